// The registry: adding a check means one new file and one line here.
#include "checker/checks/registry.hpp"

namespace claimcheck {

const std::vector<Check>& all_checks() {
  static const std::vector<Check> checks = {
      conversion_check(), conflict_check(), change_conflict_check(), scale_check(),
      arithmetic_check(), points_check(),   reference_check(),       unresolved_period_check(),
  };
  return checks;
}

}  // namespace claimcheck
