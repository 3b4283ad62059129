// change-conflict: one statistic given two different changes over the same period.
#include "checker/checks/disagreement.hpp"
#include "checker/checks/registry.hpp"

#include <fmt/format.h>

namespace claimcheck {
namespace {

// A change as a signed interval: "down 2.7 percent" is about -2.7.
Interval signed_change(const CheckContext& ctx, const Claim& c) {
  const Interval i = ctx.interval(c);
  return c.direction == grammar::Direction::down ? i.negated() : i;
}

std::string describe(const Claim& c) {
  const char* verb = c.direction == grammar::Direction::down ? "down" : c.direction == grammar::Direction::up ? "up" : "changed";
  return fmt::format("{} {}", verb, c.text);
}

void run(CheckContext& ctx) {
  const auto found = find_disagreements(
      ctx, {RoleClass::change}, [](const Claim& c) { return c.role == grammar::Role::change; },
      [&](const Claim& c) { return signed_change(ctx, c); });
  for (const Disagreement& d : found) {
    const Claim& at = ctx.claim(d.at);
    const Claim& other = ctx.claim(d.other);
    const std::string subject = at.subject.empty() ? "" : at.subject.str() + " ";
    Finding& f = ctx.report(at, fmt::format("{}{} for {} given as {}, but {} says {}", subject,
                                            metric_label(ctx.input, at), period_label(at), describe(at),
                                            ctx.where(other, at), describe(other)));
    ctx.relate(f, other, fmt::format("the change given here as {}", describe(other)));
    f.evidence["metric"] = at.metric;
    f.evidence["subject"] = at.subject;
    f.evidence["period"] = period_label(at);
    f.evidence["interval"] = d.at_interval.to_string();
    f.evidence["other_interval"] = d.other_interval.to_string();
  }
}

}  // namespace

Check change_conflict_check() {
  return {{"change-conflict", rules::Severity::error, "the same statistic given two different changes",
           "Compares the changes stated for one metric, subject and period (\"up 8.3 percent\" against \"up "
           "8.9 percent\", or \"up 1.8 percent\" against \"down 2.7 percent\"). Changes are compared as signed "
           "intervals built from their precision and hedges, and only with changes of the same basis "
           "(year-on-year unless the text says otherwise)."},
          run};
}

}  // namespace claimcheck
