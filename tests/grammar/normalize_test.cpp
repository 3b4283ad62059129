// Tests of reading a numeral's digits: its value, and its precision from the digits written.
#include "grammar/normalize.hpp"

#include <doctest/doctest.h>

#include <charconv>
#include <cmath>
#include <string>

using claimcheck::grammar::digits_value;

TEST_CASE("a number with decimals is precise to its last decimal, as std::pow gives the power of ten") {
  for (int decimals = 1; decimals <= 14; ++decimals) {
    const std::string digits = "3." + std::string("14159265358979").substr(0, static_cast<std::size_t>(decimals));
    CAPTURE(digits);
    const auto value = digits_value(digits);
    double expected = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), expected);
    CHECK(value.value == expected);
    CHECK(value.precision == std::pow(10.0, -static_cast<double>(decimals)));
  }
}

TEST_CASE("a whole number is precise to its last nonzero digit, and separators are not digits") {
  CHECK(digits_value("7").precision == 1);
  CHECK(digits_value("2500").precision == 100);
  CHECK(digits_value("13,000").value == 13000);
  CHECK(digits_value("13,000").precision == 1000);
  CHECK(digits_value("0.50").precision == doctest::Approx(0.01));
}
