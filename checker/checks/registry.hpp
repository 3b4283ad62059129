// The built-in checks, one function per check, each defined in its own file.
#pragma once

#include "checker/checks/check.hpp"

namespace claimcheck {

Check conversion_check();
Check conflict_check();
Check change_conflict_check();
Check scale_check();
Check arithmetic_check();
Check points_check();
Check reference_check();
Check unresolved_period_check();

}  // namespace claimcheck
