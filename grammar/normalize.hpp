// Turns parsed numbers into values: scale times number, precision as written, shared range units.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/quantity.hpp"

#include <cstddef>
#include <string_view>

namespace claimcheck::grammar {

// A number's value and the magnitude of its last significant digit, before any scale word.
struct NumeralValue {
  double value = 0;
  double precision = 1;
};

// "1,290,000" -> {1290000, 1e4}; "2.68" -> {2.68, 0.01}; "80" -> {80, 10}; "0" -> {0, 1}.
NumeralValue digits_value(std::string_view digits);
// "twenty-one" -> {21, 1}; "two hundred" -> {200, 100}; "a dozen" -> {12, 1}.
NumeralValue spelled_value(ast::numeral const& numeral);

// A spelled number split around its fraction: "one hundred and three and two thirds million" is whole
// "one hundred and three", numerator 2, denominator 3, trailing scale 1e6.
struct FractionParts {
  bool has_fraction = false;
  double whole = 0;
  std::size_t whole_words = 0;
  double whole_scale = 0;  // the largest scale of a thousand or more among the whole's words
  double numerator = 1;
  std::size_t numerator_words = 0;
  bool article_only = false;  // "a third": no numerator but the article
  double denominator = 1;
  double trailing_scale = 0;  // "half million", "two thirds of a million"; 0 when none
};
FractionParts fraction_parts(ast::numeral const& numeral);
NumeralValue numeral_value(ast::numeral const& numeral);

// The quantity a parsed amount or range states, in base units, with the writer's qualifier.
Quantity to_quantity(ast::quantity const& parsed, Qualifier qualifier);

}  // namespace claimcheck::grammar
