// The linear sweep behind the conflict, scale and change-conflict checks.
#include "checker/checks/disagreement.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace claimcheck {
namespace {

struct Extremes {
  std::optional<std::uint32_t> max_low;
  std::optional<std::uint32_t> min_high;
  Interval max_low_interval;
  Interval min_high_interval;

  void add(std::uint32_t claim, const Interval& i) {
    if (!max_low || i.low > max_low_interval.low) {
      max_low = claim;
      max_low_interval = i;
    }
    if (!min_high || i.high < min_high_interval.high) {
      min_high = claim;
      min_high_interval = i;
    }
  }
  // An earlier claim that `i` contradicts, with its interval.
  std::optional<std::pair<std::uint32_t, Interval>> contradicted_by(const Interval& i) const {
    if (max_low && disjoint(i, max_low_interval)) return std::pair{*max_low, max_low_interval};
    if (min_high && disjoint(i, min_high_interval)) return std::pair{*min_high, min_high_interval};
    return std::nullopt;
  }
};

// Extremes per unit (or per currency), for the few units one group holds: a short list, kept across
// groups so that no group allocates.
class ExtremesByUnit {
 public:
  void clear() { entries_.clear(); }
  // Kept in the order of the units' names, so that findings do not depend on which came first.
  Extremes& operator[](Interned unit) {
    // Handles compare by address; the names are compared only to place a unit not seen yet.
    for (auto& entry : entries_) {
      if (entry.first == unit) return entry.second;
    }
    auto it = entries_.begin();
    while (it != entries_.end() && it->first < unit) ++it;
    return entries_.emplace(it, unit, Extremes{})->second;
  }
  const std::vector<std::pair<Interned, Extremes>>& entries() const { return entries_; }

 private:
  std::vector<std::pair<Interned, Extremes>> entries_;
};

}  // namespace

std::vector<Disagreement> find_disagreements(const CheckContext& context, std::initializer_list<RoleClass> classes,
                                             const std::function<bool(const Claim&)>& wanted,
                                             const std::function<Interval(const Claim&)>& value) {
  std::vector<Disagreement> found;
  std::vector<std::uint32_t> members;
  std::vector<std::uint32_t> reportable;  // the group's reportable members, kept across groups
  ExtremesByUnit same_unit;               // by unit
  ExtremesByUnit in_usd;                  // by currency, converted to USD
  const auto& groups = context.index().groups();
  const auto& keys = context.index().keys();
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const auto& group = groups[g];
    // Most groups hold one claim, which contradicts nothing: such a claim is not even looked at.
    if (group.size() < 2) continue;
    if (std::find(classes.begin(), classes.end(), keys[g].role) == classes.end()) continue;
    // Reference claims first, then the reportable ones, each in document order.
    members.clear();
    reportable.clear();
    for (std::uint32_t i : group) {
      const Claim& c = context.claim(i);
      if (!wanted(c)) continue;
      (context.reportable(c) ? reportable : members).push_back(i);
    }
    if (members.size() + reportable.size() < 2) continue;
    members.insert(members.end(), reportable.begin(), reportable.end());

    same_unit.clear();
    in_usd.clear();
    // A group's claims share one period, so a currency's rate is looked up once for a run of its amounts.
    Interned rate_currency;
    std::optional<RateLookup> rate;
    for (std::uint32_t i : members) {
      const Claim& c = context.claim(i);
      const Interval own = value(c);
      bool reported = false;
      auto& mine = same_unit[c.quantity.unit];
      if (auto hit = mine.contradicted_by(own); hit && context.reportable(c)) {
        found.push_back({i, hit->first, own, hit->second, false});
        reported = true;
      }
      mine.add(i, own);

      if (dimension_of(c) != Dimension::money || !c.period) continue;
      if (c.quantity.unit != rate_currency) {
        rate_currency = c.quantity.unit;
        rate = context.input.rates.find(rate_currency, *c.period);
      }
      if (!rate) continue;
      const Interval usd = own.scaled(1.0 / rate->rate).widened(rate->tolerance);
      for (const auto& [currency, extremes] : in_usd.entries()) {
        if (currency == c.quantity.unit || reported) continue;
        if (auto hit = extremes.contradicted_by(usd); hit && context.reportable(c)) {
          found.push_back({i, hit->first, usd, hit->second, true});
          reported = true;
        }
      }
      in_usd[c.quantity.unit].add(i, usd);
    }
  }
  return found;
}

}  // namespace claimcheck
