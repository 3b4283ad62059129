// Exchange rates from the rules: units of a currency per US dollar for a period.
#pragma once

#include "grammar/interned.hpp"
#include "rules/model.hpp"

#include <optional>
#include <unordered_map>
#include <vector>

namespace claimcheck {

struct RateLookup {
  double rate = 0;  // units of currency per USD
  double tolerance = 0;
  const rules::Rate* source = nullptr;  // nullptr for USD itself
};

class RateTable {
 public:
  RateTable(const rules::Rules& rules, double default_tolerance);
  // The rate for a period: the rate whose period contains it, else the annual rate of the year the
  // period ends in. USD is 1.
  std::optional<RateLookup> find(Interned currency, const rules::Period& period) const;

 private:
  double default_tolerance_;
  // Each currency's rates in the rules' order: a run looks a rate up for every amount it compares, and
  // the table holds a hundred rates or more. Claims keep their currency as a handle, so a lookup hashes
  // an address, not a string.
  std::unordered_map<Interned, std::vector<const rules::Rate*>> by_currency_;
};

}  // namespace claimcheck
