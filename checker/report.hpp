// Reporters: findings to text (compiler style), JSON, SARIF 2.1.0 and GitHub workflow commands.
#pragma once

#include "checker/document.hpp"
#include "checker/finding.hpp"

#include <functional>
#include <iosfwd>
#include <string_view>
#include <string>
#include <vector>

namespace claimcheck {

struct CheckInfo {
  std::string id;
  rules::Severity default_severity;
  std::string summary;      // one line
  std::string description;  // one paragraph
};

struct RunSummary {
  std::size_t documents = 0;        // documents read and checked
  std::size_t reference_documents = 0;
  std::size_t unreadable = 0;       // inputs that could not be read
  std::size_t claims = 0;
  std::size_t silenced = 0;
};

struct ReportInput {
  const std::vector<Finding>& findings;  // sorted, silenced ones included (reporters skip them)
  const RunSummary& summary;
  const std::vector<CheckInfo>& checks;  // for SARIF rules
  // Source lines for text output, looked up by file path; may return an empty view.
  std::function<std::string_view(const std::string& file, std::size_t line)> source_line;
  bool color = false;
};

void report_text(std::ostream& out, const ReportInput& input);
void report_json(std::ostream& out, const ReportInput& input);
void report_sarif(std::ostream& out, const ReportInput& input);
void report_github(std::ostream& out, const ReportInput& input);

// Escaping for GitHub workflow commands (data and property values differ).
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);
// Replaces control characters (ESC, CR, other C0 and C1, DEL) so echoed draft text cannot drive a terminal.
std::string strip_control(std::string_view s);

}  // namespace claimcheck
