// Periods: the canonical text forms, parsing them back, and text that is not a period.
#include "rules/period.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

using claimcheck::rules::parse_period;
using claimcheck::rules::Period;

TEST_CASE("a whole year is written as the bare year") {
  CHECK(Period::year(2024).to_string() == "2024");
  CHECK(Period::year(2024).first == 2024 * 12);
  CHECK(Period::year(2024).last == 2024 * 12 + 11);
}

TEST_CASE("halves, quarters and single months get their short forms") {
  CHECK(Period::months(2025, 1, 2025, 6).to_string() == "2025-H1");
  CHECK(Period::months(2025, 7, 2025, 12).to_string() == "2025-H2");
  CHECK(Period::months(2024, 10, 2024, 12).to_string() == "2024-Q4");
  CHECK(Period::months(2024, 4, 2024, 6).to_string() == "2024-Q2");
  CHECK(Period::months(2024, 12, 2024, 12).to_string() == "2024-12");
}

TEST_CASE("the first five months of 2025 are written as a month range") {
  CHECK(Period::months(2025, 1, 2025, 5).to_string() == "2025-01/2025-05");
  // Three months that are not a calendar quarter stay a range.
  CHECK(Period::months(2024, 2, 2024, 4).to_string() == "2024-02/2024-04");
  // Six months across a year end are not a half.
  CHECK(Period::months(2024, 10, 2025, 3).to_string() == "2024-10/2025-03");
}

TEST_CASE("a span of whole years is written year/year") {
  CHECK(Period::months(2020, 1, 2024, 12).to_string() == "2020/2024");
}

TEST_CASE("every canonical form parses back to the period it came from") {
  for (const char* text : {"2024", "2025-H1", "2025-H2", "2024-Q4", "2024-Q1", "2024-12",
                           "2025-01/2025-05", "2020/2024", "2024-10/2025-03"}) {
    CAPTURE(text);
    const auto parsed = parse_period(text);
    REQUIRE(parsed.has_value());
    CHECK(parsed->to_string() == text);
  }
}

TEST_CASE("parsing gives the months a reader expects") {
  CHECK(parse_period("2025-H1") == Period::months(2025, 1, 2025, 6));
  CHECK(parse_period("2024-Q3") == Period::months(2024, 7, 2024, 9));
  CHECK(parse_period("2025-01/2025-05") == Period::months(2025, 1, 2025, 5));
  CHECK(parse_period("2020/2024") == Period::months(2020, 1, 2024, 12));
}

TEST_CASE("text that is not a period does not parse") {
  for (const char* text : {"", "24", "2024-13", "2024-00", "2024-H3", "2024-Q5", "2024-Q0",
                           "last year", "2024 ", "2025-05/2025-01", "2024/", "/2024", "2024-1",
                           "20245", "2024-H1x"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_period(text).has_value());
  }
}

TEST_CASE("write() spells what to_string() returns, within max_text_bytes, for any months") {
  constexpr int kMin = std::numeric_limits<int>::min();
  constexpr int kMax = std::numeric_limits<int>::max();
  const std::vector<Period> periods = {Period::year(2024),
                                       Period::months(2025, 1, 2025, 6),
                                       Period::months(2024, 10, 2024, 12),
                                       Period::year(0),
                                       Period::year(9999),
                                       Period::year(10000),
                                       Period::year(-1),
                                       Period::months(9999, 12, 10000, 1),
                                       Period{kMin, kMin},
                                       Period{kMin, kMax},
                                       Period{kMax, kMax},
                                       Period{-13, -2},
                                       Period{kMin, kMin + 5},
                                       Period{-11, 0}};
  for (const Period& period : periods) {
    CAPTURE(period.first);
    CAPTURE(period.last);
    char out[Period::max_text_bytes];
    const std::size_t length = period.write(out);
    CHECK(length <= Period::max_text_bytes);
    CHECK(std::string(out, length) == period.to_string());
  }
  CHECK(Period{kMin, kMax}.to_string() == "-178956970--7/178956970-08");
  CHECK(Period::year(10000).to_string() == "10000");
  CHECK(Period::months(2024, 10, 2025, 2).to_string() == "2024-10/2025-02");
}
