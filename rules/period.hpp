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
  auto operator<=>(const Period&) const = default;
};

// Parses the canonical forms above (and "2020/2024" for a span of years); nullopt otherwise.
std::optional<Period> parse_period(std::string_view text);

}  // namespace claimcheck::rules
