// Fills the grammar's symbol tables from a vocabulary, splitting exact and any-case entries.
#include "grammar/symbol_tables.hpp"

#include <algorithm>

namespace claimcheck::grammar {

namespace {

bool has_non_ascii(std::string const& surface) {
  return std::any_of(surface.begin(), surface.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool has_upper_case(std::string const& surface) {
  return std::any_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string lower_cased(std::string surface) {
  for (char& c : surface) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return surface;
}

std::size_t letter_count(std::string const& surface) {
  return static_cast<std::size_t>(std::count_if(surface.begin(), surface.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }));
}

}  // namespace

template <typename T>
void symbol_table<T>::add(std::string const& surface, T const& value) {
  if (surface.empty()) return;
  bool const is_sign = surface.find('$') != std::string::npos;
  // The any-case parts hold lower-case keys only: their search tree is ordered by lower-case letters.
  auto const first_byte = [](std::string const& key) { return static_cast<unsigned char>(key.front()); };
  auto const mark_pairs = [](std::bitset<256 * 256>& pairs, std::string const& key) {
    std::size_t const row = static_cast<std::size_t>(static_cast<unsigned char>(key[0])) * 256;
    if (key.size() == 1) {
      for (std::size_t second = 0; second < 256; ++second) pairs.set(row + second);
    } else {
      pairs.set(row + static_cast<unsigned char>(key[1]));
    }
  };
  if (has_non_ascii(surface) || (has_upper_case(surface) && !is_sign)) {
    exact.add(surface, value);
    exact_first.set(first_byte(surface));
    mark_pairs(exact_pairs, surface);
    if (!has_non_ascii(surface) && letter_count(surface) >= 3) {
      std::string key = lower_cased(surface);
      loose_first.set(first_byte(key));
      mark_pairs(loose_pairs, key);
      loose.add(key, value);
    }
  } else {
    std::string key = lower_cased(surface);
    any_case_first.set(first_byte(key));
    mark_pairs(any_case_pairs, key);
    any_case.add(key, value);
  }
}

symbol_tables::symbol_tables(Vocabulary const& vocabulary) {
  for (auto const& [surface, value] : vocabulary.scales) scales.add(surface, value);
  for (auto const& [surface, value] : vocabulary.number_words) {
    // The grammar reads "a"/"an" as one only before a multiplier, so the articles are not plain words.
    if (surface == "a" || surface == "an") continue;
    number_words.add(surface, value);
  }
  for (auto const& [surface, code] : vocabulary.currencies) {
    currencies.add(surface, code);
    // A sign after letters is also written apart from them: "HK $ 10 billion", "US $ 150 million". Not
    // after one letter: "a $5 million contract" is an article, not Australian dollars.
    if (surface.size() > 2 && surface.back() == '$') currencies.add(surface.substr(0, surface.size() - 1) + " $", code);
  }
  for (auto const& [surface, qualifier] : vocabulary.hedges) hedges.add(surface, qualifier);
  for (auto const& [surface, direction] : vocabulary.change_words) change_words.add(surface, direction);
  // Percentages are part of the grammar rather than the vocabulary: every draft needs them alike.
  for (char const* percent : {"%", "percent", "per cent", "percents", "pct", "percentage"})
    units.add(percent, percent_unit);
  for (char const* points : {"percentage point", "percentage points", "pp"}) units.add(points, percentage_point_unit);
  for (auto const& [surface, singular] : vocabulary.units) units.add(surface, singular);
}

template struct symbol_table<double>;
template struct symbol_table<Interned>;
template struct symbol_table<Qualifier>;
template struct symbol_table<Direction>;

}  // namespace claimcheck::grammar
