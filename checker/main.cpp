// claimcheck's command line: parses arguments and hands over to the commands.
#include "checker/commands.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

namespace {

void add_common(CLI::App& command, claimcheck::CommonOptions& options) {
  command.add_option("--rules", options.rules_file, "Rules file (default: claimcheck.yaml here or in a parent folder)");
  command.add_option("--date", options.date, "Date of the drafts, YYYY-MM-DD, for 'last year' and 'this year'")
      ->check([](const std::string& value) {
        const bool ok = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                        std::all_of(value.begin(), value.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
        return ok ? std::string() : std::string("expected a date YYYY-MM-DD, got '" + value + "'");
      });
  command.add_option("--jobs,-j", options.jobs, "Files processed in parallel (default: one per core)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimcheck: checks the numbers in news drafts against each other, exchange rates and known facts"};
  app.set_version_flag("--version", std::string("claimcheck ") + CLAIMCHECK_VERSION);
  app.require_subcommand(1);

  claimcheck::ExtractOptions extract;
  auto* extract_cmd = app.add_subcommand("extract", "Print every numeric claim found, one JSON object per line");
  add_common(*extract_cmd, extract);
  extract_cmd->add_option("--format", extract.format, "json or text")->check(CLI::IsMember({"json", "text"}));
  extract_cmd->add_option("paths", extract.paths, "Draft files or folders")->required();

  claimcheck::CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check the drafts' claims and report what cannot all be true");
  add_common(*check_cmd, check);
  check_cmd->add_option("--format", check.format, "text, json, sarif or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  check_cmd->add_option("--fail-on", check.fail_on, "Exit 1 on findings at or above: error, warning or never")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  check_cmd->add_option("--reference", check.references,
                        "Drafts to compare against but never report on (repeatable)");
  bool color = false;
  bool no_color = false;
  check_cmd->add_flag("--color", color, "Colour the text output even when not on a terminal");
  check_cmd->add_flag("--no-color", no_color, "Never colour the text output");
  check_cmd->add_option("paths", check.paths, "Draft files or folders")->required();

  auto* rules_cmd = app.add_subcommand("rules", "Validate a rules file or explain the checks");
  rules_cmd->require_subcommand(1);
  std::string validate_file;
  auto* validate_cmd = rules_cmd->add_subcommand("validate", "Validate a rules file and exit 0 or 2");
  validate_cmd->add_option("file", validate_file, "The rules file")->required();
  std::optional<std::string> explain_id;
  auto* explain_cmd = rules_cmd->add_subcommand("explain", "Describe one check, or list them all");
  explain_cmd->add_option("id", explain_id, "A check id, such as conflict");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : claimcheck::kExitUsage;
  }

  if (*extract_cmd) return claimcheck::run_extract(extract, std::cout, std::cerr);
  if (*check_cmd) {
    if (color) check.color = true;
    if (no_color) check.color = false;
    return claimcheck::run_check(check, std::cout, std::cerr);
  }
  if (*validate_cmd) return claimcheck::run_rules_validate(validate_file, std::cout, std::cerr);
  if (*explain_cmd) return claimcheck::run_rules_explain(explain_id, std::cout, std::cerr);
  return claimcheck::kExitUsage;
}
