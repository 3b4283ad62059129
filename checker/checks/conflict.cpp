// conflict and scale: one statistic given two values that cannot both be true.
#include "checker/checks/disagreement.hpp"
#include "checker/checks/registry.hpp"

#include <fmt/format.h>

namespace claimcheck {
namespace {

bool compared_value(const Claim& c) {
  return c.role == grammar::Role::level || c.role == grammar::Role::share || c.role == grammar::Role::rank;
}

nlohmann::ordered_json evidence(const CheckContext& ctx, const Claim& c, const Disagreement& d) {
  nlohmann::ordered_json e;
  e["metric"] = c.metric;
  e["subject"] = c.subject;
  e["period"] = period_label(c);
  e["interval"] = d.at_interval.to_string();
  e["other_interval"] = d.other_interval.to_string();
  if (d.across_currencies) e["compared_in"] = "USD";
  e["tolerance"] = ctx.tolerance;
  return e;
}

// The disagreements of both checks; each reports its own kind.
const std::vector<Disagreement>& value_disagreements(const CheckContext& ctx) {
  std::call_once(ctx.shared.values_once, [&] {
    // A rank is a whole place, not a rounded measurement: second and third never overlap.
    const auto classes = {RoleClass::level, RoleClass::share, RoleClass::rank};
    ctx.shared.values = find_disagreements(ctx, classes, compared_value, [&](const Claim& c) {
      return c.role == grammar::Role::rank ? Interval{c.quantity.low, c.quantity.high} : ctx.interval(c);
    });
  });
  return ctx.shared.values;
}

void report(CheckContext& ctx, bool want_scale_slips) {
  for (const Disagreement& d : value_disagreements(ctx)) {
    const Claim& at = ctx.claim(d.at);
    const Claim& other = ctx.claim(d.other);
    // A slip is a factor between the numbers as written; across currencies the rate explains any factor.
    const double factor =
        d.across_currencies ? 0 : scale_slip_factor(at.quantity.low, other.quantity.low).value_or(0);
    if ((factor > 0) != want_scale_slips) continue;
    const std::string subject = at.subject.empty() ? "" : at.subject.str() + " ";
    std::string message;
    if (factor > 0) {
      message = fmt::format("{}{} given as {} for {}, but {} says {}: {:g} times {}, likely a "
                            "million/billion/trillion slip",
                            subject, metric_label(ctx.input, at), at.text, period_label(at), ctx.where(other, at),
                            other.text, factor, at.quantity.low > other.quantity.low ? "more" : "less");
    } else {
      message = fmt::format("{}{} given as {} for {}, but {} says {}{}", subject, metric_label(ctx.input, at), at.text,
                            period_label(at), ctx.where(other, at), other.text,
                            d.across_currencies ? " (compared through the exchange-rate table)" : "");
    }
    const auto severity = d.across_currencies && ctx.severity == rules::Severity::error ? rules::Severity::warning
                                                                                        : ctx.severity;
    Finding& f = ctx.report(at, std::move(message), severity);
    ctx.relate(f, other, fmt::format("{} given here as {}", metric_label(ctx.input, other), other.text));
    f.evidence = evidence(ctx, at, d);
    if (factor > 0) f.evidence["ratio"] = factor;
  }
}

}  // namespace

Check conflict_check() {
  return {{"conflict", rules::Severity::error, "the same statistic given values that cannot both be true",
           "Compares every two claims about the same metric, subject and period (a level, a share or a rank) "
           "in one draft or across drafts. Each claim stands for an interval of true values built from the "
           "precision it was written with and its hedge: \"3.6 trillion\" is 3.55 to 3.65 trillion, \"exceeded "
           "3.6 trillion\" is above 3.6 and below 3.7 trillion, \"nearly 1.29 trillion\" is 1.28 to 1.29. Two "
           "claims conflict only when their intervals have no value in common, so rounding and hedges never "
           "raise an alarm. Amounts in different currencies are compared through the exchange-rate table, "
           "and such a conflict is at most a warning."},
          [](CheckContext& ctx) { report(ctx, false); }};
}

Check scale_check() {
  return {{"scale", rules::Severity::error, "a value a thousand or a million times another: a likely unit slip",
           "A conflict between two claims about the same metric, subject and period whose values differ by a "
           "factor close to 1,000 or 1,000,000 (within 15%) is reported here instead of as a conflict: the "
           "likely cause is million written for billion, or billion for trillion."},
          [](CheckContext& ctx) { report(ctx, true); }};
}

}  // namespace claimcheck
