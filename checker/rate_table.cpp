// Rate lookup by currency and period.
#include "checker/rate_table.hpp"

namespace claimcheck {

RateTable::RateTable(const rules::Rules& rules, double default_tolerance) : default_tolerance_(default_tolerance) {
  for (const auto& rate : rules.rates) by_currency_[rate.currency].push_back(&rate);
}

std::optional<RateLookup> RateTable::find(Interned currency, const rules::Period& period) const {
  static const Interned usd("USD");
  if (currency == usd) return RateLookup{1.0, 0.0, nullptr};
  const auto rates = by_currency_.find(currency);
  if (rates == by_currency_.end()) return std::nullopt;
  const rules::Rate* best = nullptr;
  for (const rules::Rate* candidate : rates->second) {
    const rules::Rate& rate = *candidate;
    const bool contains = rate.period.first <= period.first && period.last <= rate.period.last;
    const bool same_year = rate.period.first / 12 == period.last / 12 && rate.period.last / 12 == period.last / 12;
    if (!contains && !same_year) continue;
    // The narrowest period that fits wins; a later entry (the user's file) wins a tie.
    if (best == nullptr || (rate.period.last - rate.period.first) <= (best->period.last - best->period.first)) {
      if (contains || best == nullptr) best = &rate;
    }
  }
  if (best == nullptr) return std::nullopt;
  return RateLookup{best->rate, best->tolerance.value_or(default_tolerance_), best};
}

}  // namespace claimcheck
