// The one number normalizer: digits and number words to values, precisions and units.
#include "grammar/normalize.hpp"

#include <limits>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
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

namespace {

// A number of at most 15 digits, and at most one point, is read as an integer and divided by a
// power of ten. Both are exact in a double, and the division rounds correctly, so the value is the
// one std::from_chars gives the digits, without building a string for it.
std::optional<NumeralValue> short_digits_value(std::string_view digits) {
  constexpr int max_digits = 15;  // 10^15 < 2^53
  static constexpr double powers_of_ten[max_digits + 1] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                           1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  // The precision of a number with that many decimals: the same doubles std::pow(10.0, -decimals)
  // gives (normalize_test compares them), without its cost on every number read.
  static constexpr double tenths_to_the[max_digits + 1] = {1e-0, 1e-1, 1e-2,  1e-3,  1e-4,  1e-5,  1e-6,  1e-7,
                                                           1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15};
  std::uint64_t mantissa = 0;
  int digit_count = 0;
  int decimals = -1;  // digits after the point; -1 without one
  for (char const c : digits) {
    if (c >= '0' && c <= '9') {
      if (++digit_count > max_digits) return std::nullopt;
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
      if (decimals >= 0) ++decimals;
    } else if (c == '.') {
      if (decimals >= 0) return std::nullopt;
      decimals = 0;
    }
  }
  if (digit_count == 0) return std::nullopt;
  NumeralValue result;
  result.value = static_cast<double>(mantissa);
  if (decimals < 0) {
    // whole_number_precision of the same integer, with its trailing zeros counted without fmod.
    result.precision = 1;
    for (std::uint64_t rest = mantissa; rest >= 10 && rest % 10 == 0; rest /= 10) result.precision *= 10;
  } else {
    result.value /= powers_of_ten[decimals];
    result.precision = tenths_to_the[decimals];
  }
  return result;
}

}  // namespace

NumeralValue digits_value(std::string_view digits) {
  if (std::optional<NumeralValue> const value = short_digits_value(digits)) return *value;
  std::string plain;
  plain.reserve(digits.size() + 1);
  // Group separators are commas or spaces (plain, no-break, narrow no-break): only digits and the point count.
  for (char c : digits) {
    if ((c >= '0' && c <= '9') || c == '.') plain.push_back(c);
  }
  if (!plain.empty() && plain.front() == '.') plain.insert(plain.begin(), '0');
  NumeralValue result;
  // A number too long for a double is infinite, never 0; the extractor drops what is not finite.
  if (std::from_chars(plain.data(), plain.data() + plain.size(), result.value).ec == std::errc::result_out_of_range) {
    result.value = std::numeric_limits<double>::infinity();
  }
  auto const point = plain.find('.');
  if (point == std::string::npos) {
    result.precision = whole_number_precision(result.value);
  } else {
    result.precision = std::pow(10.0, -static_cast<double>(plain.size() - point - 1));
  }
  return result;
}

namespace {

using word_span = std::span<ast::number_word const>;

// Whole-number words to a value: words add within a group ("twenty" "one") and multiply when a word
// outranks the group so far ("one" "hundred", "three" "dozen"); a scale word of a thousand or more
// closes the group, and one larger than every scale before it multiplies all that came before
// ("three lakh crore"). An "and" between words is only a joiner here.
double whole_words_value(word_span words, bool article) {
  double total = 0;
  double group = article ? 1 : 0;
  double largest_scale = 0;
  for (auto const& word : words) {
    if (word.is_and) continue;
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
  return total + group;
}

double largest_scale_in(word_span words) {
  double largest = 0;
  for (auto const& word : words) {
    if (word.is_scale && word.value >= 1000) largest = std::max(largest, word.value);
  }
  return largest;
}

}  // namespace

FractionParts fraction_parts(ast::numeral const& numeral) {
  FractionParts parts;
  auto const& words = numeral.words;
  auto const denominator = std::find_if(words.begin(), words.end(), [](auto const& w) { return w.is_denominator; });
  if (denominator == words.end()) return parts;
  parts.has_fraction = true;
  std::size_t const at = static_cast<std::size_t>(denominator - words.begin());
  std::size_t numerator_first = 0;
  for (std::size_t i = at; i > 0; --i) {
    if (words[i - 1].is_and) {
      numerator_first = i;
      break;
    }
  }
  std::size_t numerator_last = at;
  parts.denominator = denominator->value;
  // "twenty-fifth", "twenty firsts": a tens word joined to a small ordinal is part of the ordinal.
  if (numerator_last > numerator_first && parts.denominator < 10) {
    auto const& before = words[numerator_last - 1];
    bool const is_tens = !before.is_scale && !before.is_denominator && before.value >= 20 && before.value < 100 &&
                         static_cast<int>(before.value) % 10 == 0;
    if (is_tens && (denominator->after_hyphen || parts.denominator == 1)) {
      parts.denominator += before.value;
      --numerator_last;
    }
  }
  word_span const all(words);
  parts.whole_words = numerator_first == 0 ? 0 : numerator_first - 1;
  parts.whole = parts.whole_words == 0 ? 0 : whole_words_value(all.subspan(0, parts.whole_words), numeral.article);
  bool const article_is_numerator = numerator_first == 0 && numeral.article;
  parts.numerator_words = numerator_last - numerator_first;
  parts.numerator = parts.numerator_words == 0
                        ? 1
                        : whole_words_value(all.subspan(numerator_first, parts.numerator_words), article_is_numerator);
  parts.article_only = parts.numerator_words == 0 && numerator_first == 0;
  for (std::size_t i = at + 1; i < words.size(); ++i) {
    if (words[i].is_scale) parts.trailing_scale = parts.trailing_scale == 0 ? words[i].value : parts.trailing_scale * words[i].value;
  }
  parts.whole_scale = largest_scale_in(all.subspan(0, parts.whole_words));
  return parts;
}

NumeralValue spelled_value(ast::numeral const& numeral) {
  FractionParts const parts = fraction_parts(numeral);
  if (!parts.has_fraction) {
    double const total = whole_words_value(numeral.words, numeral.article);
    return {numeral.negative ? -total : total, whole_number_precision(total)};
  }
  double const fraction = parts.numerator / parts.denominator;
  double value = 0;
  double unit = 1;
  if (parts.trailing_scale > 0) {
    // "five and a half million" scales the whole too; "one billion and a half million" does not.
    unit = parts.trailing_scale;
    value = parts.whole_scale > parts.trailing_scale ? parts.whole + fraction * unit : (parts.whole + fraction) * unit;
  } else {
    // "one million and a half" is a half of the million; "one hundred and three quarters" of one.
    bool const ends_in_scale = parts.whole_words > 0 && numeral.words[parts.whole_words - 1].is_scale &&
                               numeral.words[parts.whole_words - 1].value >= 1000;
    unit = ends_in_scale ? numeral.words[parts.whole_words - 1].value : 1;
    value = parts.whole + fraction * unit;
  }
  // A spoken fraction is as fine as its denominator: "three quarters" is known to a quarter.
  return {numeral.negative ? -value : value, unit / parts.denominator};
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

// The amount's value under the given scale: its own, or the one a range writes at its other end.
ScaledAmount scaled(ast::amount const& amount, double scale) {
  NumeralValue const number = numeral_value(amount.number);
  ScaledAmount result{number.value * scale, number.precision * scale};
  if (!amount.fraction.words.empty()) {
    // "3 million and a quarter": the fraction is of the scale, or of one when there is none.
    NumeralValue const fraction = spelled_value(amount.fraction);
    result.value += fraction.value * scale;
    result.precision = std::min(result.precision, fraction.precision * scale);
  }
  if (amount.minor_units > 0) {
    result.value += amount.minor_units / 100;
    result.precision = 0.01;
  }
  return result;
}

Interned unit_of(ast::amount const& amount) { return amount.currency.empty() ? amount.unit : amount.currency; }

}  // namespace

Quantity to_quantity(ast::quantity const& parsed, Qualifier qualifier) {
  Quantity quantity;
  quantity.qualifier = qualifier;
  if (!parsed.high) {
    ScaledAmount const point = scaled(parsed.low, parsed.low.scale);
    quantity.low = quantity.high = point.value;
    quantity.precision = point.precision;
    quantity.unit = unit_of(parsed.low);
    return quantity;
  }
  // A range writes its scale, currency and unit once: "between 5 and 6 percent", "$5-6 billion".
  ast::amount const& low = parsed.low;
  ast::amount const& high = *parsed.high;
  double const low_scale = !low.has_scale && high.has_scale ? high.scale : low.scale;
  ScaledAmount const from = scaled(low, low_scale);
  ScaledAmount const to = scaled(high, high.scale);
  quantity.is_range = true;
  quantity.low = std::min(from.value, to.value);
  quantity.high = std::max(from.value, to.value);
  quantity.precision = std::min(from.precision, to.precision);
  // Each end takes the currency the other states when it states none, and the low end the high end's unit.
  Interned const low_currency = low.currency.empty() ? high.currency : low.currency;
  Interned const high_currency = high.currency.empty() ? low.currency : high.currency;
  Interned const low_unit = low.unit.empty() ? high.unit : low.unit;
  Interned const high_end = high_currency.empty() ? high.unit : high_currency;
  Interned const low_end = low_currency.empty() ? low_unit : low_currency;
  quantity.unit = high_end.empty() ? low_end : high_end;
  return quantity;
}

}  // namespace claimcheck::grammar
