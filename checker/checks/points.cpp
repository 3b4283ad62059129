// points: "percent" for the change of something that is itself a percentage.
#include "checker/checks/registry.hpp"

#include "checker/phrase_table.hpp"

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

namespace claimcheck {
namespace {

// Words that make a metric a percentage whatever it measures ("export share", "R&D intensity").
bool names_a_percentage(const std::string& metric_text) {
  const WordList words = split_words(metric_text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view f = words[i].folded;
    // "a share", "per share": an amount for each share, not a share of a whole.
    const bool each = i > 0 && (words[i - 1].folded == "a" || words[i - 1].folded == "per");
    if ((f == "share" && !each) || f == "proportion" || f == "ratio" || f == "intensity" || f == "percentage") return true;
  }
  return false;
}

// names_a_percentage, worked out once per phrase: thousands of changes name the same few metrics.
class PercentageNames {
 public:
  bool operator()(Interned metric_text) {
    auto [known, added] = known_.try_emplace(metric_text, false);
    if (added) known->second = names_a_percentage(metric_text);
    return known->second;
  }

 private:
  std::unordered_map<Interned, bool> known_;
};

void run(CheckContext& ctx) {
  const auto& claims = ctx.input.claims;
  std::unordered_set<std::string_view> percent_metrics;  // the rules' metrics of kind percent
  for (const auto& [id, metric] : ctx.input.rules.metrics) {
    if (metric.kind == "percent") percent_metrics.insert(id);
  }
  PercentageNames named_as_percentage;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.role != grammar::Role::change || c.quantity.unit != grammar::percent_unit || !ctx.reportable(c)) continue;
    if (c.metric.empty()) continue;
    std::string why;
    // A narrower metric ("unemployment_rate/youth", "exports/to_asean") is of the kind of the one it narrows.
    const std::string_view metric = c.metric;
    if (percent_metrics.contains(metric.substr(0, metric.find('/')))) {
      why = fmt::format("{} is a percentage", metric_label(ctx.input, c));
    } else if (named_as_percentage(c.metric_text)) {
      why = fmt::format("\"{}\" is a percentage", c.metric_text);
    } else {
      // The same sentence gives the level the change went to or came from in percent ("rose 0.2 percent
      // to 5.3 percent", "from 5.1 percent"). Another percent of the metric in the sentence is no such
      // level: "slower than the 7.2 percent growth in 2023" is a change, "a target of around 5 percent"
      // a goal.
      auto same_sentence = [&](std::size_t k) {
        return claims[k].document == c.document && claims[k].sentence_offset == c.sentence_offset;
      };
      std::size_t first = i;
      while (first > 0 && same_sentence(first - 1)) --first;
      // A share "of GDP" beside it is another quantity; an amount of money makes the metric money.
      bool money = false;
      const Claim* percent_level = nullptr;
      for (std::size_t k = first; k < claims.size() && same_sentence(k); ++k) {
        const Claim& o = claims[k];
        if (o.metric != c.metric || o.role != grammar::Role::level) continue;
        if (dimension_of(o) == Dimension::money) money = true;
        const bool end_of_move = o.preposition == Preposition::to || o.preposition == Preposition::from;
        if (o.quantity.unit == grammar::percent_unit && end_of_move && percent_level == nullptr) {
          percent_level = &o;
        }
      }
      if (percent_level != nullptr && !money) {
        why = fmt::format("the same sentence gives {} itself as {}", metric_label(ctx.input, c), percent_level->text);
      }
    }
    if (why.empty()) continue;
    Finding& f = ctx.report(c, fmt::format("{} changes by {}, but {}: a change of a percentage is in percentage "
                                           "points; write \"percentage points\" if that is meant",
                                           metric_label(ctx.input, c), c.text, why));
    f.evidence["metric"] = c.metric;
    f.evidence["reason"] = why;
  }
}

}  // namespace

Check points_check() {
  return {{"points", rules::Severity::warning, "percent where percentage points are meant",
           "Flags a change given in percent for something that is itself a percentage: a metric the rules file "
           "marks as kind percent (a rate, a share, an intensity), a metric named as a share, proportion, ratio "
           "or intensity, or one whose level the change went to or came from the same sentence gives in percent "
           "(\"rose 0.2 percent to 5.3 percent\"). \"The export share rose 1.2 "
           "percent\" most likely means 1.2 percentage points; a relative change of a percentage is rare enough "
           "that it should be said in so many words."},
          run,
          /*reads_index=*/false};
}

}  // namespace claimcheck
