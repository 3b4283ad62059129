// The commands of the command line, as functions that return the process exit code.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

enum ExitCode { kExitClean = 0, kExitFindings = 1, kExitUsage = 2 };

struct CommonOptions {
  std::vector<std::string> paths;
  std::optional<std::string> rules_file;  // --rules; else claimcheck.yaml in the working directory or a parent
  std::optional<std::string> date;        // --date YYYY-MM-DD
  unsigned jobs = 0;                      // 0: one per core
};

struct ExtractOptions : CommonOptions {
  std::string format = "json";  // json (one object per line) or text
};

struct CheckOptions : CommonOptions {
  std::string format = "text";   // text, json, sarif, github
  std::string fail_on = "error";  // error, warning, never
  std::vector<std::string> references;
  std::optional<bool> color;  // nullopt: when stdout is a terminal and NO_COLOR is unset
};

int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err);
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);
int run_rules_validate(const std::string& file, std::ostream& out, std::ostream& err);
int run_rules_explain(const std::optional<std::string>& id, std::ostream& out, std::ostream& err);

}  // namespace claimcheck
