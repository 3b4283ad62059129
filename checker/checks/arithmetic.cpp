// arithmetic: numbers that contradict each other by arithmetic: growth from a base, a share of a
// stated whole, parts against their whole.
#include "checker/checks/registry.hpp"
#include "checker/pipeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace claimcheck {
namespace {

// "rose 5% to X from Y": X must lie in Y x (1 + 5%), with every number's interval.
void growth(CheckContext& ctx) {
  const auto& claims = ctx.input.claims;
  std::size_t begin = 0;
  while (begin < claims.size()) {
    std::size_t end = begin;
    while (end < claims.size() && claims[end].document == claims[begin].document &&
           claims[end].sentence_offset == claims[begin].sentence_offset) {
      ++end;
    }
    const std::size_t sentence_begin = begin;
    begin = end;
    // Each move of the sentence: a level after "to", the change before it and the start after it, all
    // of one metric and subject. "Ford's profit rose 10% to $5.5 billion from $5 billion, while GM's
    // rose 8% to $6.48 billion from $6 billion" holds two; "revenue rose 2%, while its margin narrowed
    // to 6.2% from 8.2%" none, since the change is of another metric.
    for (std::size_t t = sentence_begin; t < end; ++t) {
      const Claim* to = &claims[t];
      if (to->role != grammar::Role::level || to->preposition != Preposition::to || !ctx.reportable(*to)) continue;
      auto same_thing = [&](const Claim& c) { return c.metric == to->metric && c.subject == to->subject; };
      const Claim* change = nullptr;
      for (std::size_t i = t; i-- > sentence_begin;) {
        const Claim& c = claims[i];
        if (c.role == grammar::Role::level && c.preposition == Preposition::to) break;
        if (c.role == grammar::Role::change) {
          if (same_thing(c)) change = &c;
          break;
        }
      }
      const Claim* from = nullptr;
      for (std::size_t i = t + 1; i < end; ++i) {
        const Claim& c = claims[i];
        if (c.role == grammar::Role::change || (c.role == grammar::Role::level && c.preposition == Preposition::to))
          break;
        if (c.role == grammar::Role::level && is_from(c.preposition)) {
          if (same_thing(c)) from = &c;
          break;
        }
      }
      // "rose to X from Y, up 5 percent": the change may come after the move's ends.
      for (std::size_t i = t + 1; change == nullptr && i < end; ++i) {
        const Claim& c = claims[i];
        if (c.role == grammar::Role::level && c.preposition == Preposition::to) break;
        if (c.role == grammar::Role::change) {
          if (same_thing(c)) change = &c;
          break;
        }
      }
      if (change == nullptr || from == nullptr) continue;
      if (to->quantity.unit != from->quantity.unit || change->direction == grammar::Direction::none) continue;
      // A start of another period than the year before ("to 134.91 trillion yuan in 2024, up from 101.36
      // trillion yuan in 2020") is no base of a yearly change.
      if (to->period && from->period && from->period->first + 12 != to->period->first &&
          from->period->first != to->period->first) {
        continue;
      }
      const Interval base = ctx.interval(*from);
      const Interval step = ctx.interval(*change);
      Interval expected;
      if (change->quantity.unit == grammar::percent_unit) {
        if (base.low < 0) continue;
        const Interval factor = change->direction == grammar::Direction::up
                                    ? Interval{1 + step.low / 100, 1 + step.high / 100, step.low_open, step.high_open}
                                    : Interval{1 - step.high / 100, 1 - step.low / 100, step.high_open, step.low_open};
        expected = {base.low * factor.low, base.high * factor.high, base.low_open || factor.low_open,
                    base.high_open || factor.high_open};
      } else if (change->quantity.unit == to->quantity.unit) {
        expected = change->direction == grammar::Direction::up ? sum(base, step) : difference(base, step);
      } else {
        continue;
      }
      const Interval stated = ctx.interval(*to);
      if (!disjoint(stated, expected)) continue;
      Finding& f = ctx.report(*to, fmt::format("{} does not follow from {} {} {}: that gives {} to {}", to->text,
                                               from->text, change->direction == grammar::Direction::up ? "up" : "down",
                                               change->text, describe_amount(expected.low, to->quantity.unit),
                                               describe_amount(expected.high, to->quantity.unit)));
      ctx.relate(f, *from, "the base value");
      ctx.relate(f, *change, "the change");
      f.evidence["stated"] = stated.to_string();
      f.evidence["expected"] = expected.to_string();
    }
  }
}

// Level claims of comparison groups. A group lists its claims in document order, so those of one
// document are found by binary search, and the first level claim of each unit in a group is looked
// for once: a lookup costs the claims of one document, not of the whole group, which keeps the checks
// below linear in the size of the corpus.
class LevelLookup {
 public:
  explicit LevelLookup(const CheckContext& ctx) : ctx_(ctx) {}

  // The first level claim about `metric` for the subject and period of `near`, in `unit` (in any unit
  // when `unit` is empty): the one in the document of `near` if there is one, else the group's first.
  const Claim* find(Interned metric, const Claim& near, Interned unit) {
    const auto* group = ctx_.index().find(level_key(metric, near));
    if (group == nullptr) return nullptr;
    auto it = std::partition_point(group->begin(), group->end(),
                                   [&](std::uint32_t i) { return ctx_.claim(i).document < near.document; });
    for (; it != group->end() && ctx_.claim(*it).document == near.document; ++it) {
      if (matches(ctx_.claim(*it), unit)) return &ctx_.claim(*it);
    }
    auto [first, inserted] = first_.try_emplace({group, unit}, nullptr);
    if (inserted) {
      for (std::uint32_t i : *group) {
        if (matches(ctx_.claim(i), unit)) {
          first->second = &ctx_.claim(i);
          break;
        }
      }
    }
    return first->second;
  }

 private:
  static bool matches(const Claim& c, Interned unit) {
    return c.role == grammar::Role::level && (unit.empty() || c.quantity.unit == unit);
  }
  struct KeyHash {
    std::size_t operator()(const std::pair<const void*, Interned>& key) const {
      return std::hash<const void*>()(key.first) * 31 + key.second.hash();
    }
  };
  const CheckContext& ctx_;
  std::unordered_map<std::pair<const void*, Interned>, const Claim*, KeyHash> first_;
};

// "R&D spending of 3.6 trillion yuan, 2.68% of GDP" with GDP stated too: the share must fit.
void shares(CheckContext& ctx) {
  LevelLookup levels(ctx);
  for (const Claim& s : ctx.input.claims) {
    if (s.role != grammar::Role::share || s.share_of_metric.empty() || s.metric.empty() || !s.period) continue;
    if (s.quantity.unit != grammar::percent_unit || !ctx.reportable(s)) continue;
    const Claim* part = levels.find(s.metric, s, Interned());
    if (part == nullptr) continue;
    const Claim* whole = levels.find(s.share_of_metric, s, part->quantity.unit);
    if (whole == nullptr) continue;
    const Interval p = ctx.interval(*part);
    const Interval w = ctx.interval(*whole);
    if (w.low <= 0) continue;
    const Interval ratio{p.low / w.high * 100, p.high / w.low * 100, p.low_open || w.high_open,
                         p.high_open || w.low_open};
    const Interval stated = ctx.interval(s);
    if (!disjoint(stated, ratio)) continue;
    Finding& f = ctx.report(s, fmt::format("{} of {} does not fit {} of {}: the share is {:.3g}% to {:.3g}%", s.text,
                                           s.share_of, part->text, whole->text, ratio.low, ratio.high));
    ctx.relate(f, *part, "the part");
    ctx.relate(f, *whole, "the whole");
    f.evidence["stated"] = stated.to_string();
    f.evidence["expected"] = ratio.to_string();
  }
}

// A metric that the rules make the sum or the difference of others.
struct Relation {
  bool is_sum = false;
  std::vector<Interned> parts;
};

// The rules' relations by the whole's metric, as handles: every level of money is looked up here, and
// most name no metric with parts.
std::unordered_map<Interned, Relation> relations_by_whole(const rules::Rules& rules) {
  std::unordered_map<Interned, Relation> relations;
  for (const auto& [id, metric] : rules.metrics) {
    const bool is_sum = !metric.sum_of.empty();
    const std::vector<std::string>& parts = is_sum ? metric.sum_of : metric.difference_of;
    if (!parts.empty()) relations.emplace(id, Relation{is_sum, {parts.begin(), parts.end()}});
  }
  return relations;
}

// Relations of the rules file: total = exports + imports, surplus = exports - imports.
void relations(CheckContext& ctx) {
  const auto by_whole = relations_by_whole(ctx.input.rules);
  LevelLookup levels(ctx);
  for (const Claim& whole : ctx.input.claims) {
    if (whole.role != grammar::Role::level || dimension_of(whole) != Dimension::money || !whole.period) continue;
    if (!ctx.reportable(whole)) continue;
    const auto relation = by_whole.find(whole.metric);
    if (relation == by_whole.end()) continue;
    const bool is_sum = relation->second.is_sum;
    std::vector<const Claim*> found;
    for (Interned part : relation->second.parts) found.push_back(levels.find(part, whole, whole.quantity.unit));
    const Interval stated = ctx.interval(whole);
    bool all = true;
    for (const Claim* p : found) all = all && p != nullptr;
    Interval expected;
    std::string message;
    if (all) {
      expected = ctx.interval(*found[0]);
      for (std::size_t k = 1; k < found.size(); ++k) {
        expected = is_sum ? sum(expected, ctx.interval(*found[k])) : difference(expected, ctx.interval(*found[k]));
      }
      if (!disjoint(stated, expected)) continue;
      std::string terms;
      for (std::size_t k = 0; k < found.size(); ++k) {
        if (k > 0) terms += is_sum ? " + " : " - ";
        terms += found[k]->text;
      }
      message = fmt::format("{} given as {}, but {} gives {} to {}", metric_label(ctx.input, whole), whole.text, terms,
                            describe_amount(expected.low, whole.quantity.unit),
                            describe_amount(expected.high, whole.quantity.unit));
    } else if (is_sum) {
      // A single part larger than the whole it belongs to.
      const Claim* bigger = nullptr;
      for (const Claim* p : found) {
        if (p != nullptr && disjoint(stated, ctx.interval(*p)) && ctx.interval(*p).low > stated.high) bigger = p;
      }
      if (bigger == nullptr) continue;
      found = {bigger};
      expected = ctx.interval(*bigger);
      message = fmt::format("{} given as {}, less than one of its parts: {}", metric_label(ctx.input, whole),
                            whole.text, bigger->text);
    } else {
      continue;
    }
    Finding& f = ctx.report(whole, std::move(message));
    for (const Claim* p : found) {
      if (p != nullptr) ctx.relate(f, *p, fmt::format("{} given here as {}", metric_label(ctx.input, *p), p->text));
    }
    f.evidence["relation"] = is_sum ? "sum-of" : "difference-of";
    f.evidence["stated"] = stated.to_string();
    f.evidence["expected"] = expected.to_string();
  }
}

}  // namespace

Check arithmetic_check() {
  return {{"arithmetic", rules::Severity::error, "numbers whose arithmetic does not add up",
           "Checks what follows from the numbers themselves: a value that rose or fell by a stated change to a "
           "stated level from a stated base (\"rose 5% to X from Y\"); a share whose part and whole are both "
           "stated; and the relations of the rules file between metrics (by default total trade = exports + "
           "imports and trade surplus = exports - imports) for one subject and period. Every number counts "
           "with its interval, so a rounded figure never fails the arithmetic."},
          [](CheckContext& ctx) {
            growth(ctx);
            shares(ctx);
            relations(ctx);
          }};
}

}  // namespace claimcheck
