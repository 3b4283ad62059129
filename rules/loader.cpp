// Reads a rules file: YAML syntax, then every key and value checked against the schema, then merged
// over a base set of rules. All problems are collected, each with its file, line and column.
#include "rules/loader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace claimcheck::rules {

namespace {

// A rules file is hand-written; anything larger is a mistake or an attack.
constexpr std::uintmax_t kMaxFileBytes = 10 * 1024 * 1024;
// yaml-cpp shares aliased nodes, but walking them multiplies: a few lines of anchors can stand for
// billions of nodes. No honest rules file comes near this many.
constexpr std::size_t kMaxNodes = 1'000'000;

const std::vector<std::string> kTopLevelKeys = {
    "version", "document-date", "tolerance", "scales",       "number-words", "currencies", "rates",
    "metrics", "subjects",      "hedges",    "change-words", "units",        "facts",      "checks",
    "forecast-words", "basis-words", "ignore"};
const std::vector<std::string> kCurrencyKeys = {"name", "aliases"};
const std::vector<std::string> kRateKeys = {"pair", "period", "rate", "tolerance", "source"};
const std::vector<std::string> kMetricKeys = {"label", "aliases", "kind", "sum-of", "difference-of"};
const std::vector<std::string> kSubjectKeys = {"aliases"};
const std::vector<std::string> kFactKeys = {"metric", "subject", "period", "value", "change", "source"};
const std::vector<std::string> kCheckKeys = {"severity", "tolerance"};
const std::vector<std::string> kDateSources = {"front-matter", "date-line"};
const std::vector<std::string> kMetricKinds = {"money", "percent", "count"};
const std::vector<std::string> kQualifiers = {"~", ">", ">=", "<", "<="};
const std::vector<std::string> kDirections = {"up", "down"};
const std::vector<std::string> kBases = {"year-on-year", "month-on-month", "quarter-on-quarter", "annualized"};
const std::vector<std::string> kSeverities = {"error", "warning", "info", "off"};

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += ", ";
    out += "'" + word + "'";
  }
  return out;
}

// "; did you mean 'X'?" when one valid word is close, otherwise the whole list of valid words, so the
// reader always learns what would have been accepted.
std::string suggestion(std::string_view wrong, const std::vector<std::string>& valid) {
  if (valid.empty()) return "";
  const std::string* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& candidate : valid) {
    const std::size_t distance = edit_distance(wrong, candidate);
    if (best == nullptr || distance < best_distance) {
      best = &candidate;
      best_distance = distance;
    }
  }
  if (best_distance <= std::max<std::size_t>(2, wrong.size() / 3)) {
    return fmt::format("; did you mean '{}'?", *best);
  }
  if (valid.size() <= 20) return fmt::format("; expected one of {}", quoted_list(valid));
  return "";
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool contains(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Scalar: return fmt::format("'{}'", node.Scalar());
    default: return "nothing";
  }
}

// Parses a plain decimal or scientific number, refusing anything after it ("7.19x") and inf/nan.
std::optional<double> parse_number(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// Counts the values a YAML tree expands to, stopping past `limit`. Nesting deeper than
// kMaxDepth counts as past the limit too: an alias inside its own anchor ("a: &a [*a]") nests
// forever, and a recursive walk of it would exhaust the stack first.
constexpr std::size_t kMaxDepth = 256;

std::size_t count_nodes(const YAML::Node& node, std::size_t limit, std::size_t count, std::size_t depth = 0) {
  if (count > limit) return count;
  if (depth > kMaxDepth) return limit + 1;
  ++count;
  if (node.IsSequence()) {
    for (const auto& item : node) {
      count = count_nodes(item, limit, count, depth + 1);
      if (count > limit) return count;
    }
  } else if (node.IsMap()) {
    for (const auto& entry : node) {
      count = count_nodes(entry.first, limit, count, depth + 1);
      count = count_nodes(entry.second, limit, count, depth + 1);
      if (count > limit) return count;
    }
  }
  return count;
}

// One key: value pair of a mapping, with the node to point at when the value is missing (yaml-cpp
// gives an empty value the position of whatever follows it).
struct Entry {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
  const YAML::Node& where() const { return value.IsNull() ? key_node : value; }
};

// Loads one file over a copy of the base rules.
class Loader {
 public:
  Loader(std::string file, const Rules& base, const std::vector<std::string>& known_checks)
      : file_(std::move(file)), base_(base), known_checks_(known_checks), rules_(base) {}

  LoadResult run(std::string_view text);

 private:
  SourcePos pos_of(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {file_, 1, 1};
    return {file_, mark.line + 1, mark.column + 1};
  }
  void error(const YAML::Node& node, std::string message) {
    errors_.push_back({pos_of(node), std::move(message)});
  }

  // The entries of a mapping; a missing (null) mapping has none. Reports non-scalar keys, duplicate
  // keys and, when `valid` is given, unknown keys with the nearest valid one.
  std::vector<Entry> entries(const YAML::Node& node, std::string_view what,
                             const std::vector<std::string>* valid);
  std::vector<YAML::Node> items(const YAML::Node& node, std::string_view what);
  std::optional<std::string> text(const Entry& entry, std::string_view what);
  std::optional<double> number(const Entry& entry, std::string_view what);
  std::optional<double> fraction(const Entry& entry, std::string_view what);
  std::optional<std::vector<std::string>> text_list(const Entry& entry, std::string_view what);
  std::optional<Period> period(const Entry& entry, std::string_view what);
  std::optional<std::string> one_of(const Entry& entry, std::string_view what,
                                    const std::vector<std::string>& valid);

  void load_version(const Entry& entry);
  void load_document_date(const Entry& entry);
  void load_scales(const Entry& entry, std::string_view what,
                   std::vector<std::pair<std::string, double>>& target, bool zero_allowed);
  void load_word_map(const Entry& entry, std::string_view what,
                     std::vector<std::pair<std::string, std::string>>& target,
                     const std::vector<std::string>* valid_values);
  void load_currencies(const Entry& entry);
  void load_rates(const Entry& entry);
  void load_metrics(const Entry& entry);
  void load_subjects(const Entry& entry);
  void load_facts(const Entry& entry);
  void load_checks(const Entry& entry);
  void load_forecast_words(const Entry& entry);
  void load_ignore(const Entry& entry);

  // An alias (any case) may name one metric, one currency, one subject: otherwise a draft's words
  // would be attributed by accident of file order.
  struct AliasUse {
    std::string owner;
    std::string alias;
    YAML::Node node;
  };
  template <class Map>
  void check_alias_owners(const Map& base_entries, const std::set<std::string>& redefined,
                          const std::vector<AliasUse>& uses, std::string_view kind);

  std::string file_;
  const Rules& base_;
  const std::vector<std::string>& known_checks_;
  Rules rules_;
  std::vector<Diagnostic> errors_;
};

std::vector<Entry> Loader::entries(const YAML::Node& node, std::string_view what,
                                   const std::vector<std::string>* valid) {
  std::vector<Entry> out;
  if (node.IsNull()) return out;
  if (!node.IsMap()) {
    error(node, fmt::format("{} must be a mapping of 'key: value' lines, not {}", what, describe(node)));
    return out;
  }
  std::unordered_map<std::string, int> first_line;
  for (const auto& pair : node) {
    if (!pair.first.IsScalar()) {
      error(pair.first, fmt::format("a key in {} must be a single word or phrase, not {}", what,
                                    describe(pair.first)));
      continue;
    }
    const std::string& key = pair.first.Scalar();
    if (valid != nullptr && !contains(*valid, key)) {
      error(pair.first, fmt::format("unknown key '{}' in {}{}", key, what, suggestion(key, *valid)));
      continue;
    }
    const auto [seen, inserted] = first_line.emplace(key, pos_of(pair.first).line);
    if (!inserted) {
      error(pair.first, fmt::format("duplicate key '{}' in {} (first given on line {})", key, what,
                                    seen->second));
      continue;
    }
    out.push_back({key, pair.first, pair.second});
  }
  return out;
}

std::vector<YAML::Node> Loader::items(const YAML::Node& node, std::string_view what) {
  std::vector<YAML::Node> out;
  if (node.IsNull()) return out;
  if (!node.IsSequence()) {
    error(node, fmt::format("{} must be a list, not {}", what, describe(node)));
    return out;
  }
  for (const auto& item : node) out.push_back(item);
  return out;
}

std::optional<std::string> Loader::text(const Entry& entry, std::string_view what) {
  if (!entry.value.IsScalar()) {
    error(entry.where(), fmt::format("{} must be a single value, not {}", what, describe(entry.value)));
    return std::nullopt;
  }
  return entry.value.Scalar();
}

std::optional<double> Loader::number(const Entry& entry, std::string_view what) {
  const auto written = text(entry, what);
  if (!written) return std::nullopt;
  const auto value = parse_number(*written);
  if (!value) error(entry.where(), fmt::format("{} must be a number, not '{}'", what, *written));
  return value;
}

// A relative tolerance: "4%" or the fraction 0.04; at least 0 and below 100%.
std::optional<double> Loader::fraction(const Entry& entry, std::string_view what) {
  const auto written = text(entry, what);
  if (!written) return std::nullopt;
  std::string_view digits = *written;
  const bool percent = !digits.empty() && digits.back() == '%';
  if (percent) digits.remove_suffix(1);
  while (!digits.empty() && digits.back() == ' ') digits.remove_suffix(1);
  auto value = parse_number(digits);
  if (value && percent) *value /= 100;
  if (!value || *value < 0 || *value >= 1) {
    error(entry.where(),
          fmt::format("{} must be a percentage from 0% to below 100% (such as 4% or 0.04), not '{}'",
                      what, *written));
    return std::nullopt;
  }
  return value;
}

std::optional<std::vector<std::string>> Loader::text_list(const Entry& entry, std::string_view what) {
  if (!entry.value.IsSequence()) {
    error(entry.where(),
          fmt::format("{} must be a list such as [a, b], not {}", what, describe(entry.value)));
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool all_scalars = true;
  for (const auto& item : entry.value) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      error(item, fmt::format("each entry of {} must be a word or phrase, not {}", what, describe(item)));
      all_scalars = false;
      continue;
    }
    out.push_back(item.Scalar());
  }
  if (!all_scalars) return std::nullopt;
  return out;
}

std::optional<Period> Loader::period(const Entry& entry, std::string_view what) {
  const auto written = text(entry, what);
  if (!written) return std::nullopt;
  auto parsed = parse_period(*written);
  if (!parsed) {
    error(entry.where(),
          fmt::format("{} '{}' is not a period; write 2024, 2025-H1, 2024-Q4, 2024-12 or "
                      "2025-01/2025-05",
                      what, *written));
  }
  return parsed;
}

std::optional<std::string> Loader::one_of(const Entry& entry, std::string_view what,
                                          const std::vector<std::string>& valid) {
  if (entry.value.IsNull() && entry.value.Tag() != "!" && contains(valid, "~")) {
    // A bare ~ is YAML for "nothing"; the qualifier has to be quoted.
    error(entry.where(), fmt::format("{} is empty; write \"~\" in quotes for 'about'", what));
    return std::nullopt;
  }
  const auto written = text(entry, what);
  if (!written) return std::nullopt;
  if (!contains(valid, *written)) {
    error(entry.where(), fmt::format("{} cannot be '{}'{}", what, *written, suggestion(*written, valid)));
    return std::nullopt;
  }
  return written;
}

// yaml-cpp 0.7 loops forever on a ',' outside brackets that is not inside a plain value (found by
// fuzzing: ",a: 1", "!,s: x", '"",', "[a],", '""&",', '[x "],e', '[x\n"],e', '&\rx:",'): its scanner reads such
// a comma as a list separator even where no list is open. YAML never allows one there (',' cannot
// start a plain value), so such a file is refused before it is parsed. This follows the tokens as
// yaml-cpp's scanner does: quoted values, brackets, comments, anchors, tags, aliases, block scalars
// ("|", ">") and plain values, which in brackets end at ',' '[' ']' '{' '}' and go on over line
// breaks. Returns the offset of the first such comma.
std::optional<std::size_t> misplaced_comma(std::string_view original) {
  // For yaml-cpp a line break is "\n" or "\r\n", and a lone '\r' is an ordinary character (so "&\rx:\","
  // is an anchor named "\rx:\"" before a comma). The copy reads "\r\n" as " \n", at the same offsets.
  std::string copy(original);
  for (std::size_t i = 0; i + 1 < copy.size(); ++i) {
    if (copy[i] == '\r' && copy[i + 1] == '\n') copy[i] = ' ';
  }
  const std::string_view text = copy;
  auto is_blank = [](char c) { return c == ' ' || c == '\t'; };
  auto is_flow_indicator = [](char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; };
  auto ends_name = [&](char c) { return is_blank(c) || c == '\n' || is_flow_indicator(c); };
  std::size_t line_begin = 0;
  int depth = 0;          // inside [ ] or { }
  char quote = 0;         // inside '...' or "..."
  bool in_plain = false;  // inside a plain value ("a, b" is one value outside brackets)
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      line_begin = i + 1;
      if (depth == 0) in_plain = false;  // in brackets a plain value goes on over line breaks
      continue;
    }
    if (quote != 0) {
      if (quote == '"' && c == '\\') {
        ++i;  // an escape: "\"" does not close the value
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if (is_blank(c)) continue;
    const char before = i > line_begin ? text[i - 1] : ' ';
    if (c == '#' && (is_blank(before) || i == line_begin)) {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      in_plain = false;
      continue;
    }
    const char after = i + 1 < text.size() ? text[i + 1] : '\n';
    const bool spaced_after = is_blank(after) || after == '\n';
    const bool value_indicator = c == ':' && (spaced_after || (depth > 0 && is_flow_indicator(after)));
    if (in_plain) {
      if (value_indicator) {
        in_plain = false;  // "key: value": a value starts after it
        continue;
      }
      if (depth == 0 || !is_flow_indicator(c)) continue;
      in_plain = false;  // in brackets, ',' '[' ']' '{' '}' end a plain value
    }
    // A token starts here.
    if (c == ',') {
      if (depth == 0) return i;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    } else if (c == '&' || c == '!' || c == '*') {  // an anchor, a tag or an alias: a name, then a token
      while (i + 1 < text.size() && !ends_name(text[i + 1])) ++i;
    } else if (((c == '-' || c == '?') && spaced_after) || value_indicator) {
      // "- ", "? ", ": " come before a value
    } else if (i == line_begin && (text.substr(i, 3) == "---" || text.substr(i, 3) == "...")) {
      i += 2;
    } else if (depth == 0 && (c == '|' || c == '>')) {
      // A block scalar: its lines, indented deeper than the line it starts on, are text.
      std::size_t indent = 0;
      while (line_begin + indent < text.size() && text[line_begin + indent] == ' ') ++indent;
      std::size_t next = text.find('\n', i);
      while (next != std::string_view::npos) {
        const std::size_t p = next + 1;
        std::size_t spaces = 0;
        while (p + spaces < text.size() && text[p + spaces] == ' ') ++spaces;
        const bool blank_line = p + spaces >= text.size() || text[p + spaces] == '\n';
        if (!blank_line && spaces <= indent) break;
        line_begin = p;
        next = text.find('\n', p);
      }
      if (next == std::string_view::npos) return std::nullopt;
      i = next - 1;  // the newline ending the block is read next
    } else {
      in_plain = true;
    }
  }
  return std::nullopt;
}

LoadResult Loader::run(std::string_view text) {
  rules_.files.push_back(file_);
  // What is refused before the YAML parser reads the file: one error at a byte offset, nothing loaded.
  auto refuse = [&](std::size_t offset, std::string message) -> LoadResult {
    const std::size_t line_end = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t line_begin = line_end == std::string_view::npos || offset == 0 ? 0 : line_end + 1;
    const auto lines_before = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_begin), '\n');
    // Built field by field: g++ 12 at -O3 warns falsely about an aggregate initializer here.
    Diagnostic diagnostic;
    diagnostic.pos = SourcePos{file_, static_cast<int>(lines_before) + 1, static_cast<int>(offset - line_begin) + 1};
    diagnostic.message = std::move(message);
    errors_.push_back(std::move(diagnostic));
    return {base_, std::move(errors_)};
  };
  if (text.size() > kMaxFileBytes) {
    return refuse(0, fmt::format("the file is {} bytes; a rules file may hold at most 10 MB", text.size()));
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    // yaml-cpp 0.7 takes a NUL byte for the end of the input and, with a ',' after it, never returns
    // (found by fuzzing); YAML does not allow the byte at all.
    return refuse(nul, "the file holds a NUL byte, which a YAML file may not; is it a rules file?");
  }
  if (const auto comma = misplaced_comma(text)) {
    return refuse(*comma, "YAML syntax: outside brackets, ',' may only stand inside an unquoted value; remove it "
                          "or quote the text");
  }
  std::vector<YAML::Node> documents;
  try {
    documents = YAML::LoadAll(std::string(text));
  } catch (const YAML::Exception& failure) {
    SourcePos pos{file_, 1, 1};
    if (!failure.mark.is_null()) pos = {file_, failure.mark.line + 1, failure.mark.column + 1};
    errors_.push_back({pos, fmt::format("YAML syntax: {} (check the indentation and brackets on this "
                                        "line and the one before)",
                                        failure.msg)});
    return {base_, std::move(errors_)};
  }
  if (documents.empty()) return {std::move(rules_), {}};
  if (documents.size() > 1) {
    error(documents[1], "a rules file holds one YAML document; remove the second '---' section");
  }
  const YAML::Node& root = documents.front();
  if (count_nodes(root, kMaxNodes, 0) > kMaxNodes) {
    error(root, fmt::format("the file expands to more than {} YAML values or nests deeper than {} "
                            "levels (anchors and aliases repeated inside each other?); refusing to read it",
                            kMaxNodes, kMaxDepth));
    return {base_, std::move(errors_)};
  }

  std::map<std::string, Entry> top;
  for (auto& entry : entries(root, "the rules file", &kTopLevelKeys)) top.emplace(entry.key, entry);
  // Order matters: rates need the currencies, and facts the metrics, of this file and the base.
  const auto section = [&](const char* key, auto load) {
    if (const auto found = top.find(key); found != top.end()) (this->*load)(found->second);
  };
  section("version", &Loader::load_version);
  section("document-date", &Loader::load_document_date);
  if (const auto found = top.find("tolerance"); found != top.end()) {
    if (auto value = fraction(found->second, "tolerance")) rules_.tolerance = *value;
  }
  if (const auto found = top.find("scales"); found != top.end()) {
    load_scales(found->second, "scales", rules_.scales, false);
  }
  if (const auto found = top.find("number-words"); found != top.end()) {
    load_scales(found->second, "number-words", rules_.number_words, true);
  }
  section("currencies", &Loader::load_currencies);
  section("rates", &Loader::load_rates);
  section("metrics", &Loader::load_metrics);
  section("subjects", &Loader::load_subjects);
  if (const auto found = top.find("hedges"); found != top.end()) {
    load_word_map(found->second, "hedges", rules_.hedges, &kQualifiers);
  }
  if (const auto found = top.find("change-words"); found != top.end()) {
    load_word_map(found->second, "change-words", rules_.change_words, &kDirections);
  }
  if (const auto found = top.find("basis-words"); found != top.end()) {
    load_word_map(found->second, "basis-words", rules_.basis_words, &kBases);
  }
  if (const auto found = top.find("units"); found != top.end()) {
    load_word_map(found->second, "units", rules_.units, nullptr);
  }
  section("facts", &Loader::load_facts);
  section("checks", &Loader::load_checks);
  section("forecast-words", &Loader::load_forecast_words);
  section("ignore", &Loader::load_ignore);

  if (!errors_.empty()) {
    std::stable_sort(errors_.begin(), errors_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
    });
    return {base_, std::move(errors_)};
  }
  return {std::move(rules_), {}};
}

void Loader::load_version(const Entry& entry) {
  const auto value = number(entry, "version");
  if (value && *value != 1) {
    error(entry.where(), fmt::format("version {} is not supported; this claimcheck reads version 1",
                                     entry.value.Scalar()));
  }
}

void Loader::load_document_date(const Entry& entry) {
  const auto sources = text_list(entry, "document-date");
  if (!sources) return;
  std::size_t index = 0;
  for (const auto& source : *sources) {
    if (!contains(kDateSources, source)) {
      error(entry.value[index], fmt::format("document-date cannot use '{}'{}", source,
                                            suggestion(source, kDateSources)));
    }
    ++index;
  }
  rules_.document_date = *sources;
}

template <class Value>
void replace_or_append(std::vector<std::pair<std::string, Value>>& target, const std::string& key,
                       Value value) {
  const std::string folded = lower_ascii(key);
  for (auto& [existing, existing_value] : target) {
    if (lower_ascii(existing) == folded) {
      existing = key;
      existing_value = std::move(value);
      return;
    }
  }
  target.emplace_back(key, std::move(value));
}

void Loader::load_scales(const Entry& entry, std::string_view what,
                         std::vector<std::pair<std::string, double>>& target, bool zero_allowed) {
  for (const auto& word : entries(entry.value, what, nullptr)) {
    const auto value = number(word, fmt::format("{} '{}'", what, word.key));
    if (!value) continue;
    if (*value < 0 || (*value == 0 && !zero_allowed)) {
      error(word.where(), fmt::format("{} '{}' must be {}, not {}", what, word.key,
                                      zero_allowed ? "zero or more" : "greater than zero",
                                      word.value.Scalar()));
      continue;
    }
    replace_or_append(target, word.key, *value);
  }
}

void Loader::load_word_map(const Entry& entry, std::string_view what,
                           std::vector<std::pair<std::string, std::string>>& target,
                           const std::vector<std::string>* valid_values) {
  for (const auto& word : entries(entry.value, what, nullptr)) {
    const std::string label = fmt::format("{} '{}'", what, word.key);
    const auto value = valid_values != nullptr ? one_of(word, label, *valid_values) : text(word, label);
    if (!value) continue;
    if (value->empty()) {
      error(word.where(), fmt::format("{} has an empty value", label));
      continue;
    }
    replace_or_append(target, word.key, *value);
  }
}

template <class Map>
void Loader::check_alias_owners(const Map& base_entries, const std::set<std::string>& redefined,
                                const std::vector<AliasUse>& uses, std::string_view kind) {
  std::unordered_map<std::string, std::string> owner_of;
  for (const auto& [id, entry] : base_entries) {
    if (redefined.count(id) != 0) continue;
    for (const auto& alias : entry.aliases) owner_of.emplace(lower_ascii(alias), id);
  }
  for (const auto& use : uses) {
    const auto [owner, inserted] = owner_of.emplace(lower_ascii(use.alias), use.owner);
    if (!inserted && owner->second != use.owner) {
      error(use.node, fmt::format("alias '{}' of {} '{}' already names {} '{}'; an alias may name only "
                                  "one",
                                  use.alias, kind, use.owner, kind, owner->second));
    }
  }
}

void Loader::load_currencies(const Entry& entry) {
  std::set<std::string> redefined;
  std::vector<AliasUse> uses;
  for (const auto& code_entry : entries(entry.value, "currencies", nullptr)) {
    const std::string& code = code_entry.key;
    const bool iso_shaped = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
                              return c >= 'A' && c <= 'Z';
                            });
    if (!iso_shaped) {
      error(code_entry.key_node,
            fmt::format("currency '{}' must be an ISO 4217 code of three capital letters, such as CNY",
                        code));
      continue;
    }
    const std::string where = fmt::format("currency '{}'", code);
    Currency currency{code, code, {}, pos_of(code_entry.key_node)};
    for (const auto& field : entries(code_entry.value, where, &kCurrencyKeys)) {
      if (field.key == "name") {
        if (auto name = text(field, where + " name")) currency.name = *name;
      } else if (auto aliases = text_list(field, where + " aliases")) {
        currency.aliases = *aliases;
        std::size_t index = 0;
        for (const auto& alias : *aliases) uses.push_back({code, alias, field.value[index++]});
      }
    }
    redefined.insert(code);
    rules_.currencies[code] = std::move(currency);
  }
  check_alias_owners(base_.currencies, redefined, uses, "currency");
}

void Loader::load_rates(const Entry& entry) {
  std::set<std::size_t> from_this_file;  // indices into rules_.rates
  for (const auto& item : items(entry.value, "rates")) {
    const auto fields = entries(item, "a rate", &kRateKeys);
    if (!item.IsMap()) continue;
    Rate rate;
    rate.pos = pos_of(item);
    bool complete = true;
    std::set<std::string> given;
    for (const auto& field : fields) {
      given.insert(field.key);
      if (field.key == "pair") {
        const auto pair = text(field, "pair");
        const std::string_view written = pair ? std::string_view(*pair) : std::string_view();
        if (!pair || written.substr(0, 4) != "USD/" || written.size() <= 4) {
          if (pair) {
            error(field.where(), fmt::format("pair '{}' must be written USD/XXX: units of XXX per 1 US "
                                             "dollar",
                                             *pair));
          }
          complete = false;
          continue;
        }
        rate.currency = std::string(written.substr(4));
        if (rules_.currencies.count(rate.currency) == 0) {
          std::vector<std::string> codes;
          for (const auto& [code, currency] : rules_.currencies) codes.push_back(code);
          error(field.where(), fmt::format("pair '{}' names unknown currency '{}'{}", *pair,
                                           rate.currency, suggestion(rate.currency, codes)));
          complete = false;
        }
      } else if (field.key == "period") {
        if (auto parsed = period(field, "period")) rate.period = *parsed;
        else complete = false;
      } else if (field.key == "rate") {
        const auto value = number(field, "rate");
        if (value && *value <= 0) {
          error(field.where(), fmt::format("rate must be greater than zero, not {}", field.value.Scalar()));
        }
        if (!value || *value <= 0) complete = false;
        else rate.rate = *value;
      } else if (field.key == "tolerance") {
        rate.tolerance = fraction(field, "tolerance");
        if (!rate.tolerance) complete = false;
      } else if (auto source = text(field, "source")) {
        rate.source = *source;
      }
    }
    for (const char* required : {"pair", "period", "rate"}) {
      if (given.count(required) == 0) {
        error(item, fmt::format("a rate needs '{}' (pair, period and rate are required)", required));
        complete = false;
      }
    }
    if (!complete) continue;
    const auto same = [&](const Rate& other) {
      return other.currency == rate.currency && other.period == rate.period;
    };
    const auto earlier = std::find_if(rules_.rates.begin(), rules_.rates.end(), same);
    const auto index = static_cast<std::size_t>(earlier - rules_.rates.begin());
    if (earlier == rules_.rates.end()) {
      from_this_file.insert(index);
      rules_.rates.push_back(std::move(rate));
    } else if (from_this_file.count(index) == 0) {
      from_this_file.insert(index);
      *earlier = std::move(rate);  // the user's figure replaces the base's
    } else {
      error(item, fmt::format("a rate for USD/{} in {} is already given on line {}", rate.currency,
                              rate.period.to_string(), earlier->pos.line));
    }
  }
}

void Loader::load_metrics(const Entry& entry) {
  std::set<std::string> redefined;
  std::vector<AliasUse> uses;
  std::vector<std::pair<Entry, std::string>> relations;  // checked once every id of this file is known
  for (const auto& metric_entry : entries(entry.value, "metrics", nullptr)) {
    const std::string& id = metric_entry.key;
    const bool snake_case = !id.empty() && id.front() >= 'a' && id.front() <= 'z' &&
                            std::all_of(id.begin(), id.end(), [](char c) {
                              return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                            });
    if (!snake_case) {
      error(metric_entry.key_node,
            fmt::format("metric id '{}' must be snake_case (lower-case letters, digits and _), such "
                        "as rd_spending",
                        id));
      continue;
    }
    const std::string where = fmt::format("metric '{}'", id);
    Metric metric;
    metric.id = id;
    metric.pos = pos_of(metric_entry.key_node);
    for (const auto& field : entries(metric_entry.value, where, &kMetricKeys)) {
      const std::string label = fmt::format("{} {}", where, field.key);
      if (field.key == "label") {
        if (auto value = text(field, label)) metric.label = *value;
      } else if (field.key == "aliases") {
        if (auto aliases = text_list(field, label)) {
          metric.aliases = *aliases;
          std::size_t index = 0;
          for (const auto& alias : *aliases) uses.push_back({id, alias, field.value[index++]});
        }
      } else if (field.key == "kind") {
        if (auto kind = one_of(field, label, kMetricKinds)) metric.kind = *kind;
      } else if (auto parts = text_list(field, label)) {
        if (field.key == "difference-of" && parts->size() != 2) {
          error(field.where(), fmt::format("{} needs exactly two metrics (first minus second)", label));
          continue;
        }
        if (field.key == "sum-of" && parts->size() < 2) {
          error(field.where(), fmt::format("{} needs at least two metrics", label));
          continue;
        }
        (field.key == "sum-of" ? metric.sum_of : metric.difference_of) = *parts;
        relations.emplace_back(field, label);
      }
    }
    if (metric.label.empty()) {
      metric.label = id;
      std::replace(metric.label.begin(), metric.label.end(), '_', ' ');
    }
    redefined.insert(id);
    rules_.metrics[id] = std::move(metric);
  }
  std::vector<std::string> ids;
  for (const auto& [id, metric] : rules_.metrics) ids.push_back(id);
  for (const auto& [field, label] : relations) {
    std::size_t index = 0;
    for (const auto& part : field.value) {
      if (rules_.metrics.count(part.Scalar()) == 0) {
        error(field.value[index], fmt::format("{} names unknown metric '{}'{}", label, part.Scalar(),
                                              suggestion(part.Scalar(), ids)));
      }
      ++index;
    }
  }
  check_alias_owners(base_.metrics, redefined, uses, "metric");
}

void Loader::load_subjects(const Entry& entry) {
  std::set<std::string> redefined;
  std::vector<AliasUse> uses;
  for (const auto& subject_entry : entries(entry.value, "subjects", nullptr)) {
    const std::string where = fmt::format("subject '{}'", subject_entry.key);
    Subject subject{subject_entry.key, {}};
    for (const auto& field : entries(subject_entry.value, where, &kSubjectKeys)) {
      if (auto aliases = text_list(field, where + " aliases")) {
        subject.aliases = *aliases;
        std::size_t index = 0;
        for (const auto& alias : *aliases) uses.push_back({subject.name, alias, field.value[index++]});
      }
    }
    if (subject.aliases.empty()) subject.aliases.push_back(subject.name);
    redefined.insert(subject.name);
    rules_.subjects[subject.name] = std::move(subject);
  }
  check_alias_owners(base_.subjects, redefined, uses, "subject");
}

void Loader::load_facts(const Entry& entry) {
  std::vector<std::string> ids;
  for (const auto& [id, metric] : rules_.metrics) ids.push_back(id);
  for (const auto& item : items(entry.value, "facts")) {
    const auto fields = entries(item, "a fact", &kFactKeys);
    if (!item.IsMap()) continue;
    Fact fact;
    fact.pos = pos_of(item);
    bool complete = true;
    bool has_period = false;
    for (const auto& field : fields) {
      if (field.key == "metric") {
        const auto metric = text(field, "metric");
        if (metric && rules_.metrics.count(*metric) == 0) {
          error(field.where(), fmt::format("fact names unknown metric '{}'{}", *metric,
                                           suggestion(*metric, ids)));
          complete = false;
        } else if (metric) {
          fact.metric = *metric;
        } else {
          complete = false;
        }
      } else if (field.key == "period") {
        has_period = true;
        if (auto parsed = period(field, "period")) fact.period = *parsed;
        else complete = false;
      } else if (field.key == "subject") {
        if (auto subject = text(field, "subject")) fact.subject = *subject;
      } else if (field.key == "value") {
        fact.value = text(field, "value");
        fact.value_pos = pos_of(field.where());
      } else if (field.key == "change") {
        fact.change = text(field, "change");
        fact.change_pos = pos_of(field.where());
      } else if (auto source = text(field, "source")) {
        fact.source = *source;
      }
    }
    if (fact.metric.empty() && complete) {
      error(item, "a fact needs 'metric'");
      complete = false;
    }
    if (!has_period) {
      error(item, "a fact needs 'period'");
      complete = false;
    }
    if (!fact.value && !fact.change && complete) {
      error(item, "a fact needs 'value', 'change' or both");
      complete = false;
    }
    if (complete) rules_.facts.push_back(std::move(fact));
  }
}

void Loader::load_checks(const Entry& entry) {
  for (const auto& check : entries(entry.value, "checks", nullptr)) {
    if (!known_checks_.empty() && !contains(known_checks_, check.key)) {
      error(check.key_node,
            fmt::format("unknown check '{}'{}", check.key, suggestion(check.key, known_checks_)));
      continue;
    }
    const std::string where = fmt::format("check '{}'", check.key);
    CheckSetting setting;
    setting.pos = pos_of(check.key_node);
    const auto severity_of = [&](const Entry& field) -> std::optional<Severity> {
      const auto word = one_of(field, where + " severity", kSeverities);
      if (!word) return std::nullopt;
      if (*word == "error") return Severity::error;
      if (*word == "warning") return Severity::warning;
      if (*word == "info") return Severity::info;
      return Severity::off;
    };
    if (check.value.IsMap()) {
      for (const auto& field : entries(check.value, where, &kCheckKeys)) {
        if (field.key == "severity") setting.severity = severity_of(field);
        else setting.tolerance = fraction(field, where + " tolerance");
      }
    } else {
      setting.severity = severity_of(check);
    }
    rules_.checks[check.key] = setting;
  }
}

void Loader::load_forecast_words(const Entry& entry) {
  if (!text_list(entry, "forecast-words")) return;
  for (const auto& item : entry.value) {
    const std::string word = item.Scalar();
    if (word.find_first_not_of(" \t") == std::string::npos) {
      error(item, "each entry of forecast-words must be a word or phrase, not blank");
      continue;
    }
    if (std::find(rules_.forecast_words.begin(), rules_.forecast_words.end(), word) == rules_.forecast_words.end()) {
      rules_.forecast_words.push_back(word);
    }
  }
}

void Loader::load_ignore(const Entry& entry) {
  if (auto patterns = text_list(entry, "ignore")) {
    rules_.ignore.insert(rules_.ignore.end(), patterns->begin(), patterns->end());
  }
}

}  // namespace

std::string Diagnostic::to_string() const {
  if (pos.line <= 0) return fmt::format("{}: error: {}", pos.file, message);
  return fmt::format("{}:{}:{}: error: {}", pos.file, pos.line, pos.column, message);
}

LoadResult load_rules(std::string_view text, const std::string& file, const Rules& base,
                      const std::vector<std::string>& known_checks) {
  return Loader(file, base, known_checks).run(text);
}

namespace {

// One error about a whole file. Built field by field: g++ 12 at -O3 warns falsely about nested
// aggregate initializers of Diagnostic.
LoadResult file_error(const Rules& base, const std::string& path, std::string message) {
  Diagnostic diagnostic;
  diagnostic.pos.file = path;
  diagnostic.message = std::move(message);
  LoadResult result;
  result.rules = base;
  result.errors.push_back(std::move(diagnostic));
  return result;
}

}  // namespace

LoadResult load_rules_file(const std::string& path, const Rules& base,
                           const std::vector<std::string>& known_checks) {
  std::error_code failure;
  const auto size = std::filesystem::file_size(path, failure);
  std::ifstream in(path, std::ios::binary);
  if (failure || !in) return file_error(base, path, "cannot read the rules file; check that the path is right");
  if (size > kMaxFileBytes) {
    return file_error(base, path, fmt::format("the file is {} bytes; a rules file may hold at most 10 MB", size));
  }
  std::ostringstream content;
  content << in.rdbuf();
  return load_rules(content.str(), path, base, known_checks);
}

}  // namespace claimcheck::rules
