// unresolved-period: relative periods ("last year") in a draft that has no date.
#include "checker/checks/registry.hpp"

namespace claimcheck {
namespace {

void run(CheckContext& ctx) {
  for (const Claim& c : ctx.input.claims) {
    if (!c.period_unresolved || !ctx.reportable(c)) continue;
    Finding& f = ctx.report(c, "the period of " + c.text.str() +
                                   " is relative (\"last year\", \"this year\"), and the draft has no date: it is "
                                   "not compared with anything; add a date to the draft or pass --date");
    f.evidence["metric"] = c.metric;
  }
}

}  // namespace

Check unresolved_period_check() {
  return {{"unresolved-period", rules::Severity::info, "a relative period in a draft without a date",
           "A claim about \"last year\" or \"the first half of this year\" can only be compared once the draft's "
           "date is known. The date comes from front matter (date: 2025-07-11), from a first line \"date "
           "2025-07-11\", or from --date. Without one, such claims are left out of every comparison, and this "
           "check says so."},
          run,
          /*reads_index=*/false};
}

}  // namespace claimcheck
