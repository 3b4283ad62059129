// Finds claims in one comparison group whose intervals cannot both hold, in time linear in the group.
#pragma once

#include "checker/checks/check.hpp"

#include <functional>
#include <initializer_list>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct Disagreement {
  std::uint32_t at = 0;     // the claim to report on (in a checked document)
  std::uint32_t other = 0;  // an earlier claim it contradicts
  Interval at_interval;
  Interval other_interval;
  bool across_currencies = false;  // compared through the rate table
};

// Walks each group in order (reference documents first, then document order) keeping, per currency,
// the earlier claims with the highest low end and the lowest high end: a new claim contradicts some
// earlier claim exactly when it is disjoint from one of those two. Each claim is reported at most once.
// `wanted` selects the groups' claims (by role); `classes` are the role classes of the groups it may
// select claims in (a claim is grouped by the class of its role), so that the claims of other groups
// are not even read. `value` gives the interval to compare, in the claim's own unit. Money in
// different currencies is compared through USD with the rate table's tolerance.
std::vector<Disagreement> find_disagreements(const CheckContext& context, std::initializer_list<RoleClass> classes,
                                             const std::function<bool(const Claim&)>& wanted,
                                             const std::function<Interval(const Claim&)>& value);

// Sweeps that more than one check reads. The conflict and scale checks divide one sweep of the levels,
// shares and ranks between them (a scale slip is a conflict whose values differ by a factor of a
// thousand or a million), so it is made once per run, by whichever of the two runs first, while the
// other waits for it.
struct SharedSweeps {
  std::once_flag values_once;
  std::vector<Disagreement> values;
};

}  // namespace claimcheck
