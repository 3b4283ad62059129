// A calendar period as a span of whole months, with the canonical text form used in output and YAML.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::rules {

// Months are counted as year * 12 + (month - 1), so a period is a closed range of month indices.
struct Period {
  int first = 0;  // month index of the first month
  int last = 0;   // month index of the last month, inclusive

  static Period months(int year, int first_month, int last_year, int last_month);
  static Period year(int y) { return months(y, 1, y, 12); }

  // "2024", "2025-H1", "2025-H2", "2024-Q4", "2024-12", otherwise "2025-01/2025-05".
  std::string to_string() const;
  // More bytes than to_string returns: at most two ends, each a year of up to ten characters with its
  // sign ("-178956970") and a month of up to three ("-10"), with a byte before each month and one
  // between the ends, 29 bytes.
  static constexpr std::size_t max_text_bytes = 32;
  // Writes what to_string returns to `out`, which holds max_text_bytes, and returns its length: a
  // writer that copies it on needs no string of its own per period.
  std::size_t write(char* out) const;
  auto operator<=>(const Period&) const = default;
};

// Parses the canonical forms above (and "2020/2024" for a span of years); nullopt otherwise.
std::optional<Period> parse_period(std::string_view text);

}  // namespace claimcheck::rules
