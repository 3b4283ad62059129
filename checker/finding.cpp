// Findings: severity names and the one output order every reporter relies on.
#include "checker/finding.hpp"

#include <algorithm>
#include <tuple>

namespace claimcheck {

std::string_view to_string(rules::Severity severity) {
  switch (severity) {
    case rules::Severity::off: return "off";
    case rules::Severity::info: return "info";
    case rules::Severity::warning: return "warning";
    case rules::Severity::error: return "error";
  }
  return "off";
}

void sort_findings(std::vector<Finding>& findings) {
  // Stable, so that findings equal on every key keep the order the checks produced them in, which
  // is itself deterministic; output must not depend on how many threads did the work.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location.file, a.location.offset, a.check, a.message) <
           std::tie(b.location.file, b.location.offset, b.check, b.message);
  });
}

}  // namespace claimcheck
