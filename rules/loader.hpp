// Loading rules files: parse YAML, validate every key and value, merge over a base.
#pragma once

#include "rules/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::rules {

struct Diagnostic {
  SourcePos pos;
  std::string message;  // says what is wrong and, for an unknown key, the nearest valid one
  std::string to_string() const;  // "file:line:col: error: message"
};

struct LoadResult {
  Rules rules;
  std::vector<Diagnostic> errors;  // empty when the file validated
  bool ok() const { return errors.empty(); }
};

// The built-in defaults (rules/default.yaml, compiled in).
std::string_view default_rules_text();
// The rules the built-in defaults load to, built by code that rules/embed_rules.cpp writes from them
// at build time: no YAML is parsed at run time. They always validate (the build fails otherwise).
Rules default_rules();

// Loads `text` (named `file` in messages) and merges it over `base`: maps are extended and entries
// with the same key replaced, lists are appended. known_checks lists the valid keys of `checks:`.
LoadResult load_rules(std::string_view text, const std::string& file, const Rules& base,
                      const std::vector<std::string>& known_checks);
// Same, reading the file; an unreadable file is an error naming it.
LoadResult load_rules_file(const std::string& path, const Rules& base,
                           const std::vector<std::string>& known_checks);

}  // namespace claimcheck::rules
