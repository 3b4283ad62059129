// The commands: loading rules, walking inputs in parallel, running the checks, printing results.
#include "checker/commands.hpp"

#include "checker/attribution.hpp"
#include "checker/checks/check.hpp"
#include "checker/parallel.hpp"
#include "checker/pipeline.hpp"
#include "rules/loader.hpp"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <set>
#include <thread>
#include <unistd.h>

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// Progress for the interrupt message; written by the consuming thread, read by the signal handler.
std::atomic<std::size_t> files_read{0};
std::atomic<std::size_t> files_total{0};

// Appends the decimal digits of n; the handler may not call anything that allocates.
std::size_t put_number(char* out, std::size_t n) {
  char digits[24];
  std::size_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n > 0);
  for (std::size_t i = 0; i < count; ++i) out[i] = digits[count - 1 - i];
  return count;
}

// SIGINT or SIGTERM: say how far the run got and exit 128 + signal, never 0. Only async-signal-safe
// calls here (write and _exit).
extern "C" void on_interrupt(int signal_number) {
  char message[128];
  std::size_t n = 0;
  for (const char* p = "claimcheck: interrupted: "; *p != '\0'; ++p) message[n++] = *p;
  n += put_number(message + n, files_read.load());
  for (const char* p = " of "; *p != '\0'; ++p) message[n++] = *p;
  n += put_number(message + n, files_total.load());
  for (const char* p = " files read; nothing was reported\n"; *p != '\0'; ++p) message[n++] = *p;
  const ssize_t written = ::write(STDERR_FILENO, message, n);
  (void)written;
  ::_exit(128 + signal_number);
}

void watch_interrupts(std::size_t total) {
  files_read = 0;
  files_total = total;
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
}

unsigned effective_jobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  return std::max(1U, std::thread::hardware_concurrency());
}

// claimcheck.yaml in the working directory or the nearest parent that has one.
std::optional<std::string> find_rules_file() {
  // Named relative to the working directory ("claimcheck.yaml", "../claimcheck.yaml"), as messages
  // and related locations show it.
  std::error_code ec;
  fs::path dir = fs::current_path(ec);
  if (ec) return std::nullopt;
  std::string up;
  for (;;) {
    if (fs::is_regular_file(dir / "claimcheck.yaml", ec)) return up + "claimcheck.yaml";
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
    up += "../";
  }
}

// Values of reference facts are claims themselves and must parse, or the file does not validate.
void validate_facts(const rules::Rules& rules, const grammar::Extractor& extractor,
                    std::vector<rules::Diagnostic>& errors) {
  for (const auto& fact : rules.facts) {
    if (fact.value && !extractor.parse_quantity(*fact.value)) {
      errors.push_back({fact.value_pos, fmt::format("the fact's value '{}' is not a quantity such as "
                                                    "'3.613 trillion CNY' or '8.3%'", *fact.value)});
    }
    if (fact.change) {
      std::string_view change = *fact.change;
      if (!change.empty() && (change.front() == '+' || change.front() == '-')) change.remove_prefix(1);
      if (!extractor.parse_quantity(change)) {
        errors.push_back({fact.change_pos, fmt::format("the fact's change '{}' is not a change such as '+8.3%'",
                                                       *fact.change)});
      }
    }
  }
}

struct LoadedRules {
  rules::Rules rules;
  bool ok = true;
};

LoadedRules load_run_rules(const std::optional<std::string>& rules_file, std::ostream& err) {
  LoadedRules loaded;
  loaded.rules = rules::default_rules();
  const std::optional<std::string> file = rules_file ? rules_file : find_rules_file();
  std::vector<rules::Diagnostic> errors;
  if (file) {
    auto result = rules::load_rules_file(*file, loaded.rules, check_ids());
    errors = std::move(result.errors);
    if (errors.empty()) loaded.rules = std::move(result.rules);
  }
  // An extractor costs more to build than a small draft costs to read: none is built without facts.
  if (errors.empty() && !loaded.rules.facts.empty()) {
    const grammar::Extractor extractor(vocabulary_from_rules(loaded.rules));
    validate_facts(loaded.rules, extractor, errors);
  }
  for (const auto& e : errors) err << e.to_string() << '\n';
  if (!errors.empty()) {
    err << fmt::format("claimcheck: the rules file {} does not validate ({} error{}); nothing was checked\n",
                       file.value_or("?"), errors.size(), errors.size() == 1 ? "" : "s");
    loaded.ok = false;
  }
  return loaded;
}

void print_read_errors(const std::vector<ReadError>& errors, std::ostream& err) {
  for (const auto& e : errors) err << fmt::format("claimcheck: cannot read {}: {}\n", e.path, e.message);
}

bool use_color(const CheckOptions& options) {
  if (options.color) return *options.color;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return isatty(STDOUT_FILENO) != 0;
}

std::string text_line(const Claim& c, const std::string& path) {
  std::string period = c.period ? c.period->to_string() : (c.period_unresolved ? "unresolved" : "-");
  std::string value = describe_quantity(c.quantity);
  std::string role(grammar::to_string(c.role));
  if (c.role == grammar::Role::change) role += std::string(" ") + std::string(grammar::to_string(c.direction));
  return fmt::format("{}:{}:{}: {:<12} {:<2} {:<28} {:<10} {:<16} {} [{}]\n", path, c.line, c.column, role,
                     grammar::to_string(c.quantity.qualifier), value, period, c.subject.empty() ? "-" : c.subject,
                     c.metric_text.empty() ? c.metric : c.metric_text, c.metric);
}

// Source lines for text output, read again from the file: documents are not kept in memory.
class SourceLines {
 public:
  std::string_view line(const std::string& file, std::size_t line) {
    if (file != file_) {
      file_ = file;
      std::string error;
      content_ = read_file(file, error).value_or(std::string());
      starts_ = {0};
      for (std::size_t i = 0; i < content_.size(); ++i) {
        if (content_[i] == '\n') starts_.push_back(i + 1);
      }
    }
    if (line == 0 || line > starts_.size()) return {};
    const std::size_t begin = starts_[line - 1];
    std::size_t end = line < starts_.size() ? starts_[line] - 1 : content_.size();
    if (end > begin && content_[end - 1] == '\r') --end;
    return std::string_view(content_).substr(begin, end - begin);
  }

 private:
  std::string file_;
  std::string content_;
  std::vector<std::size_t> starts_;
};

}  // namespace

int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err) {
  LoadedRules loaded = load_run_rules(options.rules_file, err);
  if (!loaded.ok) return kExitUsage;
  std::vector<ReadError> read_errors;
  const auto paths = collect_paths(options.paths, loaded.rules.ignore, read_errors);
  const Attributor attributor(loaded.rules);
  std::size_t unreadable = read_errors.size();
  watch_interrupts(paths.size() + read_errors.size());
  ordered_parallel<std::pair<std::string, std::string>>(
      paths.size(), effective_jobs(options.jobs),
      [&](std::size_t i) {
        DocumentResult result = process_file(paths[i], static_cast<std::uint32_t>(i), attributor, options.date);
        std::string text;
        if (!result.read) return std::pair{std::move(text), std::move(result.error)};
        if (options.format == "text") {
          for (const Claim& c : result.claims) text += text_line(c, result.path);
        } else {
          append_claims_json(text, result.path, result.claims);
        }
        return std::pair{std::move(text), std::string()};
      },
      [&](std::size_t i, std::pair<std::string, std::string>&& result) {
        ++files_read;
        out << result.first;
        if (!result.second.empty()) {
          err << fmt::format("claimcheck: cannot read {}: {}\n", paths[i], result.second);
          ++unreadable;
        }
      });
  print_read_errors(read_errors, err);
  out.flush();
  return unreadable > 0 ? kExitUsage : kExitClean;
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  LoadedRules loaded = load_run_rules(options.rules_file, err);
  if (!loaded.ok) return kExitUsage;
  std::vector<ReadError> read_errors;
  const auto checked = collect_paths(options.paths, loaded.rules.ignore, read_errors);
  std::vector<std::string> references;
  if (!options.references.empty()) {
    const std::set<std::string> checked_set(checked.begin(), checked.end());
    for (auto& p : collect_paths(options.references, loaded.rules.ignore, read_errors)) {
      if (checked_set.count(p) == 0) references.push_back(std::move(p));
    }
  }
  // Reference drafts first, so that a conflict between a checked and a reference draft lands on the
  // checked one.
  std::vector<std::pair<std::string, bool>> inputs;
  for (const auto& p : references) inputs.emplace_back(p, true);
  for (const auto& p : checked) inputs.emplace_back(p, false);

  const Attributor attributor(loaded.rules);
  std::vector<RunDocument> documents;
  ClaimList claims;
  RunSummary summary;
  summary.unreadable = read_errors.size();
  watch_interrupts(inputs.size() + read_errors.size());
  ordered_parallel<DocumentResult>(
      inputs.size(), effective_jobs(options.jobs),
      [&](std::size_t i) {
        return process_file(inputs[i].first, static_cast<std::uint32_t>(i), attributor, options.date);
      },
      [&](std::size_t i, DocumentResult&& result) {
        if (result.read) ++files_read;
        if (!result.read) {
          read_errors.push_back({result.path, result.error});
          ++summary.unreadable;
        }
        const std::size_t base = claims.size();
        for (Claim& c : result.claims) {
          c.document = static_cast<std::uint32_t>(documents.size());
          if (c.converts) *c.converts += base;
          claims.push_back(std::move(c));
        }
        documents.push_back({std::move(result.path), inputs[i].second, std::move(result.suppressions), result.month});
        if (result.read) {
          if (inputs[i].second) {
            ++summary.reference_documents;
          } else {
            ++summary.documents;
          }
        }
      });
  print_read_errors(read_errors, err);

  const RateTable rates(loaded.rules, 0.04);
  const CheckInput input{documents, claims, loaded.rules, rates, attributor.extractor()};
  std::vector<Finding> findings = run_checks(input, effective_jobs(options.jobs));
  for (const Claim& c : claims) {
    if (!documents[c.document].reference) ++summary.claims;
  }
  for (const Finding& f : findings) summary.silenced += f.silenced ? 1 : 0;

  std::vector<CheckInfo> infos;
  for (const auto& check : all_checks()) infos.push_back(check.info);
  SourceLines lines;
  const ReportInput report{findings, summary, infos,
                           [&](const std::string& file, std::size_t line) { return lines.line(file, line); },
                           use_color(options)};
  if (options.format == "json") {
    report_json(out, report);
  } else if (options.format == "sarif") {
    report_sarif(out, report);
  } else if (options.format == "github") {
    report_github(out, report);
  } else {
    report_text(out, report);
  }
  out.flush();

  if (summary.unreadable > 0) return kExitUsage;
  if (options.fail_on == "never") return kExitClean;
  const rules::Severity threshold = options.fail_on == "warning" ? rules::Severity::warning : rules::Severity::error;
  for (const Finding& f : findings) {
    if (!f.silenced && f.severity >= threshold) return kExitFindings;
  }
  return kExitClean;
}

int run_rules_validate(const std::string& file, std::ostream& out, std::ostream& err) {
  const LoadedRules loaded = load_run_rules(file, err);
  if (!loaded.ok) return kExitUsage;
  out << fmt::format("{}: valid ({} currencies, {} rates, {} metrics, {} facts)\n", file, loaded.rules.currencies.size(),
                     loaded.rules.rates.size(), loaded.rules.metrics.size(), loaded.rules.facts.size());
  return kExitClean;
}

int run_rules_explain(const std::optional<std::string>& id, std::ostream& out, std::ostream& err) {
  if (!id) {
    for (const auto& check : all_checks()) {
      out << fmt::format("{:<18} {:<8} {}\n", check.info.id, to_string(check.info.default_severity), check.info.summary);
    }
    return kExitClean;
  }
  const Check* check = find_check(*id);
  if (check == nullptr) {
    err << fmt::format("claimcheck: no check named '{}'; 'claimcheck rules explain' lists them\n", *id);
    return kExitUsage;
  }
  out << fmt::format("{} (default severity: {})\n\n{}\n\n{}\n", check->info.id, to_string(check->info.default_severity),
                     check->info.summary, check->info.description);
  return kExitClean;
}

}  // namespace claimcheck
