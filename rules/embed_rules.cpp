// Build step: loads rules/default.yaml with the rules loader and writes a C++ file holding both its
// text (default_rules_text) and the Rules it loads to, as code that builds them (default_rules). A
// run then starts from the built-in rules without parsing YAML, which costs more than the rest of a
// run on a single draft. A file that does not validate fails the build.
#include "rules/loader.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace {

using namespace claimcheck::rules;

// A C++ string literal. Bytes outside printable ASCII are written as three-digit octal escapes,
// which, unlike hex escapes, never take in a digit that follows them.
std::string cpp(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte >= 0x7F) {
      out += fmt::format("\\{:03o}", byte);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// The shortest text that reads back as the same double, always with a point or an exponent so that
// it is a floating literal.
std::string cpp(double value) {
  std::string out = fmt::format("{}", value);
  if (out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

std::string cpp(int value) { return std::to_string(value); }

std::string cpp(const std::vector<std::string>& words) {
  std::string out = "{";
  for (const auto& word : words) {
    if (out.size() > 1) out += ", ";
    out += cpp(word);
  }
  return out + "}";
}

std::string cpp(Severity severity) {
  switch (severity) {
    case Severity::off: return "Severity::off";
    case Severity::info: return "Severity::info";
    case Severity::warning: return "Severity::warning";
    case Severity::error: return "Severity::error";
  }
  return "Severity::off";
}

std::string cpp(const Period& period) { return fmt::format("Period{{{}, {}}}", period.first, period.last); }

std::string cpp(const SourcePos& pos) {
  return fmt::format("SourcePos{{{}, {}, {}}}", cpp(pos.file), pos.line, pos.column);
}

template <class T>
std::string cpp(const std::optional<T>& value) {
  return value ? cpp(*value) : "std::nullopt";
}

template <class Value>
std::string cpp(const std::vector<std::pair<std::string, Value>>& pairs) {
  std::string out = "{";
  for (const auto& [key, value] : pairs) {
    if (out.size() > 1) out += ",\n      ";
    out += fmt::format("{{{}, {}}}", cpp(key), cpp(value));
  }
  return out + "}";
}

// The statements that fill `rules`, one per field and one per entry of a map or a list of records,
// every member named so that a reordered model fails to compile instead of filling the wrong field.
std::string statements(const Rules& rules) {
  std::string out;
  out += fmt::format("  rules.version = {};\n", cpp(rules.version));
  out += fmt::format("  rules.document_date = {};\n", cpp(rules.document_date));
  out += fmt::format("  rules.tolerance = {};\n", cpp(rules.tolerance));
  for (const auto& [code, c] : rules.currencies) {
    out +=
        fmt::format("  rules.currencies.emplace({}, Currency{{.code = {}, .name = {}, .aliases = {}, .pos = {}}});\n",
                    cpp(code), cpp(c.code), cpp(c.name), cpp(c.aliases), cpp(c.pos));
  }
  for (const auto& r : rules.rates) {
    out += fmt::format(
        "  rules.rates.push_back(Rate{{.currency = {}, .period = {}, .rate = {}, .tolerance = {}, .source = {}, "
        ".pos = {}}});\n",
        cpp(r.currency), cpp(r.period), cpp(r.rate), cpp(r.tolerance), cpp(r.source), cpp(r.pos));
  }
  for (const auto& [id, m] : rules.metrics) {
    out += fmt::format(
        "  rules.metrics.emplace({}, Metric{{.id = {}, .label = {}, .aliases = {}, .kind = {}, .sum_of = {}, "
        ".difference_of = {}, .pos = {}}});\n",
        cpp(id), cpp(m.id), cpp(m.label), cpp(m.aliases), cpp(m.kind), cpp(m.sum_of), cpp(m.difference_of), cpp(m.pos));
  }
  for (const auto& f : rules.facts) {
    out += fmt::format(
        "  rules.facts.push_back(Fact{{.metric = {}, .subject = {}, .period = {}, .value = {}, .change = {}, "
        ".source = {}, .pos = {}, .value_pos = {}, .change_pos = {}}});\n",
        cpp(f.metric), cpp(f.subject), cpp(f.period), cpp(f.value), cpp(f.change), cpp(f.source), cpp(f.pos),
        cpp(f.value_pos), cpp(f.change_pos));
  }
  for (const auto& [id, s] : rules.checks) {
    out += fmt::format("  rules.checks.emplace({}, CheckSetting{{.severity = {}, .tolerance = {}, .pos = {}}});\n",
                       cpp(id), cpp(s.severity), cpp(s.tolerance), cpp(s.pos));
  }
  for (const auto& [name, s] : rules.subjects) {
    out += fmt::format("  rules.subjects.emplace({}, Subject{{.name = {}, .aliases = {}}});\n", cpp(name), cpp(s.name),
                       cpp(s.aliases));
  }
  out += fmt::format("  rules.hedges = {};\n", cpp(rules.hedges));
  out += fmt::format("  rules.change_words = {};\n", cpp(rules.change_words));
  out += fmt::format("  rules.basis_words = {};\n", cpp(rules.basis_words));
  out += fmt::format("  rules.scales = {};\n", cpp(rules.scales));
  out += fmt::format("  rules.number_words = {};\n", cpp(rules.number_words));
  out += fmt::format("  rules.units = {};\n", cpp(rules.units));
  out += fmt::format("  rules.forecast_words = {};\n", cpp(rules.forecast_words));
  out += fmt::format("  rules.ignore = {};\n", cpp(rules.ignore));
  out += fmt::format("  rules.files = {};\n", cpp(rules.files));
  return out;
}

// The bytes of the file as an array: the file is UTF-8 (currency symbols), and bytes above 127 do not
// fit a char.
std::string byte_array(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += fmt::format("{}0x{:02x},", i % 24 == 0 ? "\n    " : "", static_cast<unsigned char>(text[i]));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: claimcheck_embed_rules default.yaml output.cpp\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << argv[1] << ": error: cannot read the built-in rules\n";
    return 1;
  }
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  // Named as the run names them, and with no list of checks: the checker validates the ids it runs.
  const LoadResult loaded = load_rules(text, "<built-in rules>", Rules{}, {});
  if (!loaded.ok()) {
    std::cerr << argv[1] << " does not validate:\n";
    for (const auto& diagnostic : loaded.errors) std::cerr << diagnostic.to_string() << '\n';
    return 1;
  }
  std::ofstream out(argv[2], std::ios::binary);
  out << "// Generated from rules/default.yaml by rules/embed_rules.cpp; do not edit.\n"
         "#include \"rules/loader.hpp\"\n"
         "\n"
         "namespace claimcheck::rules {\n"
         "namespace {\n"
         "constexpr unsigned char kDefaultYaml[] = {"
      << byte_array(text)
      << "\n    0x00};\n"
         "}  // namespace\n"
         "\n"
         "std::string_view default_rules_text() {\n"
         "  return {reinterpret_cast<const char*>(kDefaultYaml), sizeof(kDefaultYaml) - 1};\n"
         "}\n"
         "\n"
         "Rules default_rules() {\n"
         "  Rules rules;\n"
      << statements(loaded.rules)
      << "  return rules;\n"
         "}\n"
         "\n"
         "}  // namespace claimcheck::rules\n";
  out.close();
  if (!out) {
    std::cerr << argv[2] << ": error: cannot write the built-in rules\n";
    return 1;
  }
  return 0;
}
