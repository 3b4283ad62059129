// The check framework: what every check reads, how it reports, and the registry of checks.
#pragma once

#include "checker/claim.hpp"
#include "checker/claim_index.hpp"
#include "checker/document.hpp"
#include "checker/finding.hpp"
#include "checker/interval.hpp"
#include "checker/rate_table.hpp"
#include "checker/report.hpp"
#include "grammar/extract.hpp"
#include "rules/model.hpp"

#include <latch>
#include <string>
#include <vector>

namespace claimcheck {

struct RunDocument {
  std::string path;
  bool reference = false;  // compared against, never reported on
  std::vector<Suppression> suppressions;
  std::optional<rules::Period> month;  // the month of the draft's date, when it has one
};

// Everything the checks read; none of it is text: checks never re-read a draft. The claims are
// grouped for comparison by run_checks, which hands the groups to the checks (CheckContext::index).
struct CheckInput {
  const std::vector<RunDocument>& documents;
  const ClaimList& claims;
  const rules::Rules& rules;
  const RateTable& rates;
  const grammar::Extractor& extractor;  // parses the values of reference facts
};

struct SharedSweeps;  // checks/disagreement.hpp

class CheckContext {
 public:
  CheckContext(const CheckInput& input, const CheckInfo& info, rules::Severity severity, double tolerance,
               SharedSweeps& shared, const ClaimIndex& index, const std::latch& index_built, std::vector<Finding>& out)
      : input(input),
        info(info),
        severity(severity),
        tolerance(tolerance),
        shared(shared),
        index_(index),
        index_built_(index_built),
        out_(out) {}

  const CheckInput& input;
  const CheckInfo& info;
  const rules::Severity severity;
  const double tolerance;  // the run's relative slack on intervals
  SharedSweeps& shared;    // what more than one check reads, made once per run by the first that asks

  const Claim& claim(std::uint32_t i) const { return input.claims[i]; }
  // The claims grouped for comparison. The groups are made while the checks that read none start:
  // the first call waits until they are.
  const ClaimIndex& index() const {
    index_built_.wait();
    return index_;
  }
  bool reportable(const Claim& c) const { return !input.documents[c.document].reference; }
  Interval interval(const Claim& c) const { return interval_of(c.quantity, tolerance); }
  const std::string& path(const Claim& c) const { return input.documents[c.document].path; }
  // "drafts/b.md" for another document, "this draft" for the same one.
  std::string where(const Claim& c, const Claim& from) const;

  // A finding at `at`, with this check's id and severity.
  Finding& report(const Claim& at, std::string message);
  Finding& report(const Claim& at, std::string message, rules::Severity severity);
  static void relate(Finding& finding, const CheckInput& input, const Claim& other, std::string message);
  void relate(Finding& finding, const Claim& other, std::string message) const {
    relate(finding, input, other, std::move(message));
  }

 private:
  const ClaimIndex& index_;
  const std::latch& index_built_;
  std::vector<Finding>& out_;
};

struct Check {
  CheckInfo info;
  void (*run)(CheckContext& context);
  // Whether run calls CheckContext::index. Those that do not are started first, beside the making of
  // the groups; one that calls it all the same only waits for them.
  bool reads_index = true;
};

// All built-in checks, in the order they run and are listed.
const std::vector<Check>& all_checks();
const Check* find_check(std::string_view id);
std::vector<std::string> check_ids();

// Runs the enabled checks, on up to `jobs` threads, and marks findings that a draft silences. Sorted
// output, the same whatever `jobs`.
std::vector<Finding> run_checks(const CheckInput& input, unsigned jobs = 1);

// Shared by several checks: the label of a metric for messages ("R&D spending").
std::string metric_label(const CheckInput& input, const Claim& claim);
std::string period_label(const Claim& claim);

// The one place that decides whether two values differ by a factor of a thousand or a million.
std::optional<double> scale_slip_factor(double a, double b);

}  // namespace claimcheck
