// The word lists the grammar's symbol tables are filled from; built by the caller from the rules files.
#pragma once

#include "grammar/quantity.hpp"

#include <string>
#include <utility>
#include <vector>

namespace claimcheck::grammar {

// Every surface form is matched case-insensitively unless it contains an upper-case letter
// (so "RMB" and "US$" are exact, "yuan" also matches "Yuan").
struct Vocabulary {
  std::vector<std::pair<std::string, double>> scales;             // "billion" -> 1e9, "bn" -> 1e9
  std::vector<std::pair<std::string, double>> number_words;       // "two" -> 2, "dozen" -> 12
  std::vector<std::pair<std::string, std::string>> currencies;    // "yuan" -> "CNY", "$" -> "USD"
  std::vector<std::pair<std::string, Qualifier>> hedges;          // "nearly" -> under
  std::vector<std::pair<std::string, Direction>> change_words;    // "rose" -> up, "fell" -> down
  std::vector<std::pair<std::string, std::string>> units;         // "miles" -> "mile"
};

}  // namespace claimcheck::grammar
