// The check framework: reporting, silencing and running the registry.
#include "checker/checks/check.hpp"

#include "checker/checks/disagreement.hpp"

#include "checker/parallel.hpp"
#include "checker/pipeline.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <latch>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

std::string CheckContext::where(const Claim& c, const Claim& from) const {
  return c.document == from.document ? "this draft" : path(c);
}

Finding& CheckContext::report(const Claim& at, std::string message) { return report(at, std::move(message), severity); }

Finding& CheckContext::report(const Claim& at, std::string message, rules::Severity sev) {
  Finding f;
  f.check = info.id;
  f.severity = sev;
  f.message = std::move(message);
  f.location = {path(at), at.line, at.column, at.offset, at.length, {}};
  out_.push_back(std::move(f));
  return out_.back();
}

void CheckContext::relate(Finding& finding, const CheckInput& input, const Claim& other, std::string message) {
  finding.related.push_back(
      {input.documents[other.document].path, other.line, other.column, other.offset, other.length, std::move(message)});
}

std::string metric_label(const CheckInput& input, const Claim& claim) {
  const auto slash = claim.metric.find('/');
  const std::string base = claim.metric.substr(0, slash);
  if (!claim.metric_text.empty() && (slash != std::string::npos || claim.metric.starts_with("auto:"))) {
    return claim.metric_text;
  }
  const auto it = input.rules.metrics.find(base);
  if (it != input.rules.metrics.end() && !it->second.label.empty()) return it->second.label;
  return claim.metric_text.empty() ? claim.metric : claim.metric_text;
}

std::string period_label(const Claim& claim) { return claim.period ? claim.period->to_string() : "an unknown period"; }

std::optional<double> scale_slip_factor(double a, double b) {
  if (a <= 0 || b <= 0) return std::nullopt;
  const double ratio = a > b ? a / b : b / a;
  for (double factor : {1e3, 1e6, 1e9}) {
    if (std::fabs(ratio / factor - 1) <= 0.15) return factor;
  }
  return std::nullopt;
}

const Check* find_check(std::string_view id) {
  for (const auto& check : all_checks()) {
    if (check.info.id == id) return &check;
  }
  return nullptr;
}

std::vector<std::string> check_ids() {
  std::vector<std::string> ids;
  for (const auto& check : all_checks()) ids.push_back(check.info.id);
  return ids;
}

namespace {

// The order the checks are started in: first those that read no groups of claims, which run while
// the groups are made; then the longest first, as they time on the benchmark's corpora (arithmetic
// 0.08 s, conflict 0.07 s, change-conflict 0.03 s on 100 MB), so that with two jobs all finish at
// about the same time. A check not named here is started last of its kind.
std::vector<std::size_t> start_order(const std::vector<Check>& checks) {
  static constexpr std::string_view by_time[] = {"arithmetic", "conflict",          "change-conflict", "points",
                                                 "conversion", "unresolved-period", "scale",           "reference"};
  std::vector<std::size_t> order(checks.size());
  for (std::size_t i = 0; i < checks.size(); ++i) order[i] = i;
  auto rank = [&](std::size_t i) {
    const auto time_rank = static_cast<std::size_t>(
        std::find(std::begin(by_time), std::end(by_time), checks[i].info.id) - std::begin(by_time));
    return std::pair{checks[i].reads_index, time_rank};
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
  return order;
}

}  // namespace

std::vector<Finding> run_checks(const CheckInput& input, unsigned jobs) {
  // Checks only read the claims, so they run side by side, each into its own list; the lists are
  // joined in the registry's order, so the result does not depend on `jobs` or on the order they ran in.
  // The first task groups the claims; the checks that read the groups wait for it (CheckContext::index),
  // and with one job it is done before any check starts.
  const auto& checks = all_checks();
  static const std::vector<std::size_t> order = start_order(checks);
  ClaimIndex index;
  std::latch index_built(1);
  SharedSweeps shared;
  std::vector<std::vector<Finding>> found_by(checks.size());
  ordered_parallel<std::vector<Finding>>(
      order.size() + 1, jobs,
      [&](std::size_t k) {
        std::vector<Finding> found;
        if (k == 0) {
          struct Release {
            std::latch& latch;
            ~Release() { latch.count_down(); }
          } release{index_built};
          index = ClaimIndex(input.claims);
          return found;
        }
        const Check& check = checks[order[k - 1]];
        rules::Severity severity = check.info.default_severity;
        const auto setting = input.rules.checks.find(check.info.id);
        if (setting != input.rules.checks.end() && setting->second.severity) severity = *setting->second.severity;
        if (severity == rules::Severity::off) return found;
        CheckContext context(input, check.info, severity, input.rules.tolerance, shared, index, index_built, found);
        check.run(context);
        return found;
      },
      [&](std::size_t k, std::vector<Finding>&& found) {
        if (k > 0) found_by[order[k - 1]] = std::move(found);
      });
  std::vector<Finding> findings;
  for (auto& found : found_by) {
    findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  // A finding whose line a draft silences is kept for the count but not reported.
  std::unordered_map<std::string, const RunDocument*> by_path;
  for (const auto& d : input.documents) by_path.emplace(d.path, &d);
  for (Finding& f : findings) {
    const auto it = by_path.find(f.location.file);
    if (it == by_path.end()) continue;
    for (const Suppression& s : it->second->suppressions) {
      if (s.line != f.location.line) continue;
      if (s.checks.empty() || std::find(s.checks.begin(), s.checks.end(), f.check) != s.checks.end()) {
        f.silenced = true;
      }
    }
  }
  sort_findings(findings);
  return findings;
}

}  // namespace claimcheck
