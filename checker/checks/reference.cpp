// reference: a claim that disagrees with a fact the editors keep in the rules file.
#include "checker/checks/registry.hpp"

#include <fmt/format.h>

namespace claimcheck {
namespace {

void compare(CheckContext& ctx, const rules::Fact& fact, const std::string& written, const rules::SourcePos& pos,
             Claim like) {
  like.metric = fact.metric;
  like.subject = fact.subject;
  like.period = fact.period;
  const auto* group = ctx.index().find(comparison_key(like));
  if (group == nullptr) return;
  Interval expected = interval_of(like.quantity, 0);
  if (like.direction == grammar::Direction::down) expected = expected.negated();
  for (std::uint32_t i : *group) {
    const Claim& c = ctx.claim(i);
    if (!ctx.reportable(c) || c.quantity.unit != like.quantity.unit) continue;
    Interval stated = ctx.interval(c);
    if (c.direction == grammar::Direction::down) stated = stated.negated();
    if (!disjoint(stated, expected)) continue;
    const std::string source = fact.source.empty() ? "" : fmt::format(" ({})", fact.source);
    Finding& f = ctx.report(c, fmt::format("{}{} for {} given as {}{}, but the rules file says {}{}",
                                           c.subject.empty() ? "" : c.subject.str() + " ", metric_label(ctx.input, c),
                                           fact.period.to_string(),
                                           c.direction == grammar::Direction::down ? "down " : "", c.text, written, source));
    f.related.push_back({pos.file, static_cast<std::size_t>(pos.line), static_cast<std::size_t>(pos.column), 0, 0,
                         fmt::format("the fact: {}{}", written, source)});
    f.evidence["stated"] = stated.to_string();
    f.evidence["fact"] = expected.to_string();
    if (!fact.source.empty()) f.evidence["source"] = fact.source;
  }
}

void run(CheckContext& ctx) {
  for (const rules::Fact& fact : ctx.input.rules.facts) {
    if (fact.value) {
      if (auto q = ctx.input.extractor.parse_quantity(*fact.value)) {
        Claim like;
        like.role = grammar::Role::level;
        like.quantity = *q;
        compare(ctx, fact, *fact.value, fact.value_pos, like);
      }
    }
    if (fact.change) {
      std::string_view text = *fact.change;
      grammar::Direction direction = grammar::Direction::up;
      if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        direction = text.front() == '-' ? grammar::Direction::down : grammar::Direction::up;
        text.remove_prefix(1);
      }
      if (auto q = ctx.input.extractor.parse_quantity(text)) {
        Claim like;
        like.role = grammar::Role::change;
        like.direction = direction;
        like.quantity = *q;
        compare(ctx, fact, *fact.change, fact.change_pos, like);
      }
    }
  }
}

}  // namespace

Check reference_check() {
  return {{"reference", rules::Severity::error, "a claim that disagrees with a fact in the rules file",
           "Compares claims with the reference facts of the rules file (a metric, a subject, a period, and a "
           "value or a change with its source). A claim disagrees when its interval, from its own precision "
           "and hedge, holds no value that the fact's figure allows. Facts are compared in their own unit only."},
          run};
}

}  // namespace claimcheck
