// Reporters: findings to text (compiler style), JSON, SARIF 2.1.0 and GitHub workflow commands.
#include "checker/report.hpp"

#include "checker/utf8.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace claimcheck {
namespace {

using ordered_json = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// UTF-8 stepping shared by strip_control and the underline, so that both agree on what one column
// is: a valid code point, or a single byte of an invalid sequence.

constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

struct CodePoint {
  char32_t value = kInvalidCodePoint;
  std::size_t length = 1;
};

CodePoint decode_at(std::string_view s, std::size_t pos) {
  const std::size_t length = utf8_sequence_length(s, pos);
  if (length == 0) return {};
  static constexpr unsigned char lead_bits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t value = static_cast<unsigned char>(s[pos]) & lead_bits[length];
  for (std::size_t i = 1; i < length; ++i) value = (value << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  return {value, length};
}

bool is_terminal_control(char32_t cp) {
  return cp == kInvalidCodePoint || (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F);
}

// ---------------------------------------------------------------------------------------------
// Shared by every format.

bool is_reported(const Finding& finding) {
  // A check switched off should produce nothing; if one slips through it is not shown either.
  return !finding.silenced && finding.severity != rules::Severity::off;
}

struct SeverityCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t info = 0;
};

SeverityCounts count_reported(const std::vector<Finding>& findings) {
  SeverityCounts counts;
  for (const auto& finding : findings) {
    if (!is_reported(finding)) continue;
    switch (finding.severity) {
      case rules::Severity::error: ++counts.errors; break;
      case rules::Severity::warning: ++counts.warnings; break;
      case rules::Severity::info: ++counts.info; break;
      case rules::Severity::off: break;
    }
  }
  return counts;
}

std::string_view source_line_of(const ReportInput& input, const std::string& file,
                                std::size_t line) {
  if (!input.source_line || line == 0) return {};
  std::string_view text = input.source_line(file, line);
  // A CRLF file may hand over its lines with the CR still attached.
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// Where a location sits within its source line, in bytes of that line.
struct LineSpan {
  std::size_t begin = 0;
  std::size_t end = 0;      // clipped to the line
  bool whole_span = false;  // the span ends on this line
};

std::optional<LineSpan> span_in_line(std::string_view line, const Location& location) {
  if (line.empty() && location.length > 0) return std::nullopt;
  std::size_t pos = 0;
  for (std::size_t column = 1; column < location.column && pos < line.size(); ++column) {
    pos += decode_at(line, pos).length;
  }
  LineSpan span;
  span.begin = pos;
  const std::size_t wanted_end = span.begin + location.length;
  // Step by code points so a span that ends mid-character still underlines the whole character.
  while (pos < line.size() && pos < wanted_end) pos += decode_at(line, pos).length;
  span.end = pos;
  span.whole_span = wanted_end <= line.size();
  return span;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < s.size(); pos += decode_at(s, pos).length) ++count;
  return count;
}

// Column one past the location's last character, when the location ends on its own line.
std::optional<std::size_t> end_column(const ReportInput& input, const Location& location) {
  const std::string_view line = source_line_of(input, location.file, location.line);
  const auto span = span_in_line(line, location);
  if (!span || !span->whole_span) return std::nullopt;
  return location.column + count_code_points(line.substr(span->begin, span->end - span->begin));
}

std::string plural(std::size_t count, std::string_view singular, std::string_view plural_form) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural_form);
}

// ---------------------------------------------------------------------------------------------
// text

// Lines longer than this are shown as a window around the claim: the seed drafts hold whole
// articles on one line, and a terminal full of one line hides the claim it is about.
constexpr std::size_t kLongLineBytes = 500;
constexpr std::size_t kWindowContextBytes = 100;  // shown on each side of the claim
constexpr std::size_t kLongestUnderlineBytes = 200;
constexpr std::size_t kWordSnapBytes = 20;  // how far a window edge may move to a space
constexpr std::string_view kCutMark = "...";

struct Excerpt {
  std::string line;
  std::string underline;
};

Excerpt make_excerpt(std::string_view line, const LineSpan& span) {
  std::size_t window_begin = 0;
  std::size_t window_end = line.size();
  std::size_t underline_end = span.end;
  if (line.size() > kLongLineBytes) {
    const std::size_t wanted_begin =
        span.begin > kWindowContextBytes ? span.begin - kWindowContextBytes : 0;
    std::size_t pos = 0;
    while (pos < wanted_begin) pos += decode_at(line, pos).length;
    window_begin = pos;
    pos = span.begin;
    const std::size_t longest_end = span.begin + kLongestUnderlineBytes;
    while (pos < span.end && pos < longest_end) pos += decode_at(line, pos).length;
    underline_end = pos;
    const std::size_t wanted_end = std::min(line.size(), underline_end + kWindowContextBytes);
    while (pos < line.size()) {
      const std::size_t next = pos + decode_at(line, pos).length;
      if (next > wanted_end) break;
      pos = next;
    }
    window_end = pos;

    // A window that starts or ends mid-word reads as a typo; move in to the nearest space if one
    // is close. Spaces are ASCII, so the edges stay on character boundaries.
    if (window_begin > 0 && line[window_begin - 1] != ' ') {
      const std::size_t limit = std::min(span.begin, window_begin + kWordSnapBytes);
      const std::size_t space = line.find(' ', window_begin);
      if (space < limit) window_begin = space + 1;
    }
    if (window_end < line.size() && line[window_end] != ' ') {
      const std::size_t limit =
          std::max(underline_end, window_end - std::min(window_end, kWordSnapBytes));
      const std::size_t space = line.rfind(' ', window_end);
      if (space != std::string_view::npos && space > limit) window_end = space;
    }
  }

  Excerpt excerpt;
  if (window_begin > 0) excerpt.line += kCutMark;
  excerpt.line += strip_control(line.substr(window_begin, window_end - window_begin));
  if (window_end < line.size()) excerpt.line += kCutMark;

  if (window_begin > 0) excerpt.underline.append(kCutMark.size(), ' ');
  // Tabs are echoed so that the caret lands under the claim whatever the terminal's tab width.
  for (std::size_t pos = window_begin; pos < span.begin; pos += decode_at(line, pos).length) {
    excerpt.underline += line[pos] == '\t' ? '\t' : ' ';
  }
  excerpt.underline += '^';
  const std::size_t width =
      count_code_points(line.substr(span.begin, underline_end - span.begin));
  if (width > 1) excerpt.underline.append(width - 1, '~');
  return excerpt;
}

struct Palette {
  bool on = false;
  std::string paint(std::string_view text, std::string_view style) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", style, text);
  }
};

constexpr std::string_view kBold = "1";

std::string_view severity_style(rules::Severity severity) {
  switch (severity) {
    case rules::Severity::error: return "1;31";
    case rules::Severity::warning: return "1;35";
    case rules::Severity::info:
    case rules::Severity::off: return "1;36";
  }
  return "1;36";
}

std::string text_location(const Location& location) {
  return fmt::format("{}:{}:{}:", strip_control(location.file), location.line, location.column);
}

void write_text_finding(std::ostream& out, const ReportInput& input, const Finding& finding,
                        const Palette& palette) {
  const auto severity = to_string(finding.severity);
  out << palette.paint(text_location(finding.location), kBold) << ' '
      << palette.paint(fmt::format("{}:", severity), severity_style(finding.severity)) << ' '
      << strip_control(finding.message) << " [" << strip_control(finding.check) << "]\n";

  const std::string_view line =
      source_line_of(input, finding.location.file, finding.location.line);
  if (!line.empty()) {
    if (const auto span = span_in_line(line, finding.location)) {
      const Excerpt excerpt = make_excerpt(line, *span);
      out << excerpt.line << '\n' << palette.paint(excerpt.underline, "1;32") << '\n';
    }
  }

  for (const auto& related : finding.related) {
    out << palette.paint(text_location(related), kBold) << ' '
        << palette.paint("note:", severity_style(rules::Severity::info)) << ' '
        << strip_control(related.message.empty() ? "related location" : related.message) << '\n';
  }
}

std::string summary_line(const ReportInput& input) {
  const auto counts = count_reported(input.findings);
  const auto& summary = input.summary;
  std::string line = fmt::format("{}, {}: {}, {}, {} info",
                                 plural(summary.documents, "document", "documents"),
                                 plural(summary.claims, "claim", "claims"),
                                 plural(counts.errors, "error", "errors"),
                                 plural(counts.warnings, "warning", "warnings"), counts.info);
  if (summary.silenced > 0) line += fmt::format(" ({} silenced)", summary.silenced);
  if (summary.unreadable > 0) {
    line += fmt::format("; {} could not be read", plural(summary.unreadable, "input", "inputs"));
  }
  if (summary.reference_documents > 0) {
    line += fmt::format("; {} compared against",
                        plural(summary.reference_documents, "reference document",
                               "reference documents"));
  }
  return line;
}

// ---------------------------------------------------------------------------------------------
// json

ordered_json location_json(const Location& location) {
  ordered_json json;
  json["file"] = location.file;
  json["line"] = location.line;
  json["column"] = location.column;
  json["offset"] = location.offset;
  json["length"] = location.length;
  return json;
}

void write_json(std::ostream& out, const ordered_json& json) {
  // Draft text is not guaranteed to be UTF-8; replacing bad bytes beats throwing mid-report.
  out << json.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

// ---------------------------------------------------------------------------------------------
// sarif

std::string_view sarif_level(rules::Severity severity) {
  switch (severity) {
    case rules::Severity::error: return "error";
    case rules::Severity::warning: return "warning";
    case rules::Severity::info: return "note";
    case rules::Severity::off: return "none";
  }
  return "none";
}

// "change-conflict" -> "ChangeConflict": SARIF rule names are meant to read as identifiers.
std::string rule_name(std::string_view id) {
  std::string name;
  bool start_of_word = true;
  for (const char c : id) {
    if (c == '-' || c == '_' || c == ' ') {
      start_of_word = true;
      continue;
    }
    const bool lower = c >= 'a' && c <= 'z';
    name += start_of_word && lower ? static_cast<char>(c - 'a' + 'A') : c;
    start_of_word = false;
  }
  return name;
}

bool is_uri_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

std::string percent_encode_path(std::string_view path) {
  std::string encoded;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_uri_unreserved(byte) || c == '/') {
      encoded += c;
    } else {
      encoded += fmt::format("%{:02X}", byte);
    }
  }
  return encoded;
}

ordered_json artifact_location(std::string_view path) {
  // On POSIX a backslash is part of a file name: it is percent-encoded, not turned into a slash.
  const std::string normalized(path);
  ordered_json location;
  if (!normalized.empty() && normalized.front() == '/') {
    // A file under the working directory is named relative to it, as code scanning expects.
    std::error_code ec;
    const std::filesystem::path cwd = std::filesystem::current_path(ec);
    const std::string root = ec ? std::string() : cwd.generic_string() + "/";
    if (!root.empty() && root != "/" && normalized.starts_with(root)) {
      location["uri"] = percent_encode_path(std::string_view(normalized).substr(root.size()));
      location["uriBaseId"] = "%SRCROOT%";
      return location;
    }
    // An absolute path has no meaning relative to the repository, so it stays a file URI.
    location["uri"] = "file://" + percent_encode_path(normalized);
    return location;
  }
  std::string_view relative = normalized;
  while (relative.starts_with("./")) relative.remove_prefix(2);
  location["uri"] = percent_encode_path(relative);
  location["uriBaseId"] = "%SRCROOT%";
  return location;
}

ordered_json sarif_physical_location(const ReportInput& input, const Location& location) {
  ordered_json region;
  region["startLine"] = std::max<std::size_t>(location.line, 1);
  region["startColumn"] = std::max<std::size_t>(location.column, 1);
  if (const auto end = end_column(input, location)) {
    region["endLine"] = region["startLine"];
    region["endColumn"] = *end;
  }
  // Offsets are bytes; SARIF's charOffset counts characters, which would be wrong for any draft
  // with a non-ASCII character before the claim. byteOffset says exactly what is known.
  region["byteOffset"] = location.offset;
  region["byteLength"] = location.length;
  ordered_json physical;
  physical["artifactLocation"] = artifact_location(location.file);
  physical["region"] = std::move(region);
  return physical;
}

ordered_json sarif_rule(std::string_view id, std::string_view name, std::string_view summary,
                        std::string_view description, rules::Severity severity) {
  ordered_json rule;
  rule["id"] = id;
  rule["name"] = name;
  rule["shortDescription"] = {{"text", summary}};
  rule["fullDescription"] = {{"text", description}};
  ordered_json configuration;
  configuration["level"] = sarif_level(severity);
  if (severity == rules::Severity::off) configuration["enabled"] = false;
  rule["defaultConfiguration"] = std::move(configuration);
  return rule;
}

// ---------------------------------------------------------------------------------------------
// github

std::string_view github_command(rules::Severity severity) {
  switch (severity) {
    case rules::Severity::error: return "error";
    case rules::Severity::warning: return "warning";
    case rules::Severity::info:
    case rules::Severity::off: return "notice";
  }
  return "notice";
}

}  // namespace

// ---------------------------------------------------------------------------------------------

std::string strip_control(std::string_view s) {
  std::string clean;
  clean.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const CodePoint cp = decode_at(s, pos);
    if (is_terminal_control(cp.value)) {
      clean += '?';
    } else {
      clean.append(s.substr(pos, cp.length));
    }
    pos += cp.length;
  }
  return clean;
}

namespace {

// GitHub's escaping: data escapes %, CR and LF; property values also ':' and ','.
std::string github_escape(std::string_view s, bool property) {
  std::string escaped;
  escaped.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '%': escaped += "%25"; break;
      case '\r': escaped += "%0D"; break;
      case '\n': escaped += "%0A"; break;
      case ':': escaped += property ? "%3A" : ":"; break;
      case ',': escaped += property ? "%2C" : ","; break;
      default: escaped += c;
    }
  }
  return escaped;
}

}  // namespace

std::string github_escape_data(std::string_view s) { return github_escape(s, false); }

std::string github_escape_property(std::string_view s) { return github_escape(s, true); }

void report_text(std::ostream& out, const ReportInput& input) {
  const Palette palette{input.color};
  bool any = false;
  for (const auto& finding : input.findings) {
    if (!is_reported(finding)) continue;
    write_text_finding(out, input, finding, palette);
    any = true;
  }
  if (any) out << '\n';
  out << summary_line(input) << '\n';
}

void report_json(std::ostream& out, const ReportInput& input) {
  ordered_json findings = ordered_json::array();
  for (const auto& finding : input.findings) {
    if (!is_reported(finding)) continue;
    ordered_json json;
    json["check"] = finding.check;
    json["severity"] = to_string(finding.severity);
    json["message"] = finding.message;
    json.update(location_json(finding.location));
    ordered_json related = ordered_json::array();
    for (const auto& location : finding.related) {
      ordered_json entry = location_json(location);
      entry["message"] = location.message;
      related.push_back(std::move(entry));
    }
    json["related"] = std::move(related);
    json["evidence"] = finding.evidence;
    findings.push_back(std::move(json));
  }

  const auto counts = count_reported(input.findings);
  ordered_json summary;
  summary["errors"] = counts.errors;
  summary["warnings"] = counts.warnings;
  summary["info"] = counts.info;
  summary["silenced"] = input.summary.silenced;
  summary["unreadable"] = input.summary.unreadable;
  summary["reference_documents"] = input.summary.reference_documents;

  ordered_json report;
  report["version"] = 1;
  report["documents"] = input.summary.documents;
  report["claims"] = input.summary.claims;
  report["findings"] = std::move(findings);
  report["summary"] = std::move(summary);
  write_json(out, report);
}

void report_sarif(std::ostream& out, const ReportInput& input) {
  ordered_json descriptors = ordered_json::array();
  std::map<std::string, std::size_t, std::less<>> rule_index;
  for (const auto& check : input.checks) {
    if (rule_index.contains(check.id)) continue;
    rule_index.emplace(check.id, descriptors.size());
    descriptors.push_back(sarif_rule(check.id, rule_name(check.id), check.summary, check.description,
                               check.default_severity));
  }
  // Every result needs a rule to point at; a check missing from the list still gets a bare one.
  for (const auto& finding : input.findings) {
    if (!is_reported(finding) || rule_index.contains(finding.check)) continue;
    rule_index.emplace(finding.check, descriptors.size());
    descriptors.push_back(sarif_rule(finding.check, rule_name(finding.check), finding.check,
                               finding.check, finding.severity));
  }

  // Silenced findings are left out rather than sent with a suppression: the JSON report leaves them
  // out too, and an editor's "ignore" should not reappear as an alert in a code-scanning view.
  // Their number is in the run's properties.
  ordered_json results = ordered_json::array();
  for (const auto& finding : input.findings) {
    if (!is_reported(finding)) continue;
    ordered_json result;
    result["ruleId"] = finding.check;
    result["ruleIndex"] = rule_index.at(finding.check);
    result["level"] = sarif_level(finding.severity);
    result["message"] = {{"text", finding.message}};
    ordered_json location;
    location["physicalLocation"] = sarif_physical_location(input, finding.location);
    result["locations"] = ordered_json::array({std::move(location)});
    if (!finding.related.empty()) {
      ordered_json related = ordered_json::array();
      for (std::size_t i = 0; i < finding.related.size(); ++i) {
        ordered_json entry;
        entry["id"] = i + 1;
        entry["physicalLocation"] = sarif_physical_location(input, finding.related[i]);
        entry["message"] = {{"text", finding.related[i].message}};
        related.push_back(std::move(entry));
      }
      result["relatedLocations"] = std::move(related);
    }
    result["properties"] = {{"evidence", finding.evidence}};
    results.push_back(std::move(result));
  }

  const auto counts = count_reported(input.findings);
  ordered_json driver;
  driver["name"] = "claimcheck";
#ifdef CLAIMCHECK_VERSION
  driver["version"] = CLAIMCHECK_VERSION;
#endif
  driver["rules"] = std::move(descriptors);

  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  // Columns are counted in code points throughout claimcheck, not in UTF-16 units (SARIF's default).
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  run["properties"] = {{"summary",
                        {{"documents", input.summary.documents},
                         {"claims", input.summary.claims},
                         {"errors", counts.errors},
                         {"warnings", counts.warnings},
                         {"info", counts.info},
                         {"silenced", input.summary.silenced},
                         {"unreadable", input.summary.unreadable},
                         {"reference_documents", input.summary.reference_documents}}}};

  ordered_json log;
  log["$schema"] =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = ordered_json::array({std::move(run)});
  write_json(out, log);
}

void report_github(std::ostream& out, const ReportInput& input) {
  for (const auto& finding : input.findings) {
    if (!is_reported(finding)) continue;
    const Location& location = finding.location;
    std::string properties =
        fmt::format("file={},line={},col={}", github_escape_property(location.file),
                    location.line, location.column);
    // endColumn follows SARIF: the column just after the claim's last character.
    if (const auto end = end_column(input, location)) {
      properties += fmt::format(",endColumn={}", *end);
    }
    properties += ",title=" + github_escape_property("claimcheck " + finding.check);

    std::string message = finding.message;
    for (const auto& related : finding.related) {
      message += fmt::format("; see {}:{}:{}", related.file, related.line, related.column);
      if (!related.message.empty()) message += fmt::format(" ({})", related.message);
    }
    // Escaping first takes CR and LF out; strip_control then removes what would reach the log
    // viewer as a terminal sequence.
    out << "::" << github_command(finding.severity) << ' ' << strip_control(properties)
        << "::" << strip_control(github_escape_data(message)) << '\n';
  }
}

}  // namespace claimcheck
