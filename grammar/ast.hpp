// The claim grammar's syntax tree: what a phrase says, as written, before normalization.
#pragma once

#include "grammar/quantity.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::grammar::ast {

using iterator = char const*;

// The structs below that hold more than a few scalars declare a default constructor of their own.
// Attributes are made by value-initialization (T{}: X3 makes one for every parser with an action,
// the extractor one per parse attempt), which zero-fills the whole of a struct without a
// user-provided constructor before its member initializers run: 1.5 KB for a phrase. Every scalar
// member has an initializer, so the constructor leaves nothing unset.

// One word of a spelled-out number: "twenty" (an addend), "million" (a multiplier of all before it),
// "thirds" (the denominator of a fraction, value 3), or the "and" that joins a whole to what follows.
struct number_word {
  double value = 0;
  bool is_scale = false;
  bool is_denominator = false;
  bool is_and = false;
  bool after_hyphen = false;  // "twenty-fifth": joined to the word before, so part of one ordinal
};

// A number as written: digits ("1,290,000", "3.6") or words ("two", "a dozen", "twenty-one").
struct numeral {
  iterator first = nullptr;
  iterator last = nullptr;
  bool spelled = false;
  bool article = false;  // spelled with a leading "a"/"an", which must be followed by a multiplier
  bool negative = false;  // "-5", "minus five"; first..last spans the digits or words after the sign
  std::vector<number_word> words;

  numeral() {}  // not "= default", which would leave the zero fill: see above
  // Back to the state of a new numeral, keeping the storage of its words.
  void clear() {
    first = last = nullptr;
    spelled = article = negative = false;
    words.clear();
  }
};

// A number with what surrounds it: currency, scale word and unit ("US$5.98 trillion", "8.3 percent").
struct amount {
  iterator first = nullptr;
  iterator last = nullptr;
  numeral number;
  double scale = 1;
  bool has_scale = false;
  Interned currency;     // ISO 4217 code, from a prefix ("$") or a suffix ("yuan")
  Interned unit;         // "percent", "percentage_point" or a singular noun
  numeral fraction;      // "3 million and a quarter": a fraction of the scale; no words when none
  double minor_units = 0;  // "3 dollars 50 cents", "15 dollars 50": hundredths of the currency
  bool word_prefix = false;  // the currency is a lower-case word before the number ("dollar 22.5 million")

  amount() {}  // see above
  // Back to the state of a new amount, keeping the storage of its numerals' words.
  void clear() {
    first = last = nullptr;
    number.clear();
    scale = 1;
    has_scale = false;
    currency = unit = Interned();
    fraction.clear();
    minor_units = 0;
    word_prefix = false;
  }
};

// One amount or a range of two ("between 5 and 6 percent", "5-6 percent", "from 252 to 287 miles").
struct quantity {
  iterator first = nullptr;
  iterator last = nullptr;
  amount low;
  std::optional<amount> high;
  bool joined_by_to = false;  // "5 to 6 percent": after a change verb, "to" names the level reached instead

  quantity() {}  // see above
};

// A quantity with the hedge in front of it ("nearly $1.29 trillion").
struct hedged_quantity {
  iterator first = nullptr;
  Qualifier qualifier = Qualifier::exact;
  quantity value;

  hedged_quantity() {}  // see above
};

// The words before a number that make it a change ("rose by", "a year-on-year increase of").
struct change_lead {
  Direction direction = Direction::none;
  Interned basis;
};

// What the words around a number make of it. A phrase may carry a second quantity: the amount a
// parenthesis converts it to, or the level a change arrives at ("fell 2.7 percent to 8.79 trillion").
struct phrase {
  iterator first = nullptr;
  iterator last = nullptr;
  iterator main_last = nullptr;  // end of the words about the first quantity
  Role role = Role::level;
  Direction direction = Direction::none;
  Qualifier qualifier = Qualifier::exact;
  bool led_by_article = false;  // "an 8.3% year-on-year increase": a trailing change noun may follow
  quantity value;
  int rank = 0;  // role == rank: the ordinal
  iterator rank_first = nullptr;  // role == rank: the ordinal as written ("11th", "second")
  iterator rank_last = nullptr;
  Interned change_basis;
  iterator share_of_first = nullptr;  // role == share: the whole, as written
  iterator share_of_last = nullptr;
  std::optional<hedged_quantity> conversion;
  std::optional<hedged_quantity> resulting_level;
  std::optional<hedged_quantity> resulting_conversion;  // of the level reached: "to 75.8 trillion won ($52.1 billion)"

  phrase() {}  // see above
};

}  // namespace claimcheck::grammar::ast
