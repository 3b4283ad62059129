// A finding: what a check concluded, where, and the numbers that decided it.
#pragma once

#include "rules/model.hpp"

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck {

struct Location {
  std::string file;
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, in code points
  std::size_t offset = 0;  // bytes
  std::size_t length = 0;
  std::string message;     // for related locations: what is there ("drafts/b.md says 13 trillion yuan")
};

struct Finding {
  std::string check;  // "conflict"
  rules::Severity severity = rules::Severity::error;
  std::string message;
  Location location;
  std::vector<Location> related;
  nlohmann::ordered_json evidence = nlohmann::ordered_json::object();  // intervals, rates, expected values
  bool silenced = false;  // matched a "claimcheck: ignore" comment; counted, not reported
};

std::string_view to_string(rules::Severity severity);  // "error", "warning", "info", "off"

// Sorts findings into their output order: file, offset, check id, message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace claimcheck
