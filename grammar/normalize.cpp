// The one number normalizer: digits and number words to values, precisions and units.
#include "grammar/normalize.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace claimcheck::grammar {

namespace {

// Trailing zeros of a whole number are not significant: 280 -> 10, 1,290,000 -> 1e4, 13 -> 1.
double whole_number_precision(double value) {
  double precision = 1;
  double rest = std::fabs(std::round(value));
  while (rest >= 10 && std::fmod(rest, 10) == 0) {
    rest /= 10;
    precision *= 10;
  }
  return precision;
}

}  // namespace

NumeralValue digits_value(std::string_view digits) {
  std::string plain;
  plain.reserve(digits.size() + 1);
  // Group separators are commas or spaces (plain, no-break, narrow no-break): only digits and the point count.
  for (char c : digits) {
    if ((c >= '0' && c <= '9') || c == '.') plain.push_back(c);
  }
  if (!plain.empty() && plain.front() == '.') plain.insert(plain.begin(), '0');
  NumeralValue result;
  std::from_chars(plain.data(), plain.data() + plain.size(), result.value);
  auto const point = plain.find('.');
  if (point == std::string::npos) {
    result.precision = whole_number_precision(result.value);
  } else {
    result.precision = std::pow(10.0, -static_cast<double>(plain.size() - point - 1));
  }
  return result;
}

NumeralValue spelled_value(ast::numeral const& numeral) {
  // Words add within a group ("twenty" "one") and multiply when a word outranks the group so far
  // ("one" "hundred", "three" "dozen"); a scale word of a thousand or more closes the group, and one
  // larger than every scale before it multiplies all that came before ("three lakh crore").
  double total = 0;
  double group = numeral.article ? 1 : 0;
  double largest_scale = 0;
  for (auto const& word : numeral.words) {
    if (word.is_scale || (group > 0 && word.value > group)) {
      bool const closes_group = word.is_scale && word.value >= 1000;
      if (closes_group && word.value > largest_scale) {
        double const before = total + group;
        total = (before == 0 ? 1 : before) * word.value;
        largest_scale = word.value;
        group = 0;
        continue;
      }
      group = (group == 0 ? 1 : group) * word.value;
      if (closes_group) {
        total += group;
        group = 0;
      }
    } else {
      group += word.value;
    }
  }
  total += group;
  double const value = numeral.negative ? -total : total;
  return {value, whole_number_precision(total)};
}

NumeralValue numeral_value(ast::numeral const& numeral) {
  if (numeral.spelled) return spelled_value(numeral);
  NumeralValue value =
      digits_value(std::string_view(numeral.first, static_cast<std::size_t>(numeral.last - numeral.first)));
  if (numeral.negative) value.value = -value.value;
  return value;
}

namespace {

struct ScaledAmount {
  double value = 0;
  double precision = 1;
};

ScaledAmount scaled(ast::amount const& amount) {
  NumeralValue const number = numeral_value(amount.number);
  return {number.value * amount.scale, number.precision * amount.scale};
}

std::string unit_of(ast::amount const& amount) { return amount.currency.empty() ? amount.unit : amount.currency; }

}  // namespace

Quantity to_quantity(ast::quantity const& parsed, Qualifier qualifier) {
  Quantity quantity;
  quantity.qualifier = qualifier;
  if (!parsed.high) {
    ScaledAmount const point = scaled(parsed.low);
    quantity.low = quantity.high = point.value;
    quantity.precision = point.precision;
    quantity.unit = unit_of(parsed.low);
    return quantity;
  }
  // A range writes its scale, currency and unit once: "between 5 and 6 percent", "$5-6 billion".
  ast::amount low = parsed.low;
  ast::amount high = *parsed.high;
  if (!low.has_scale && high.has_scale) {
    low.scale = high.scale;
    low.has_scale = true;
  }
  if (low.currency.empty()) low.currency = high.currency;
  if (high.currency.empty()) high.currency = low.currency;
  if (low.unit.empty()) low.unit = high.unit;
  ScaledAmount const from = scaled(low);
  ScaledAmount const to = scaled(high);
  quantity.is_range = true;
  quantity.low = std::min(from.value, to.value);
  quantity.high = std::max(from.value, to.value);
  quantity.precision = std::min(from.precision, to.precision);
  quantity.unit = unit_of(high).empty() ? unit_of(low) : unit_of(high);
  return quantity;
}

}  // namespace claimcheck::grammar
