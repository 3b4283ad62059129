// The period phrase grammar: "in the first half of 2025", "January-June", "Q4 2024", "last year".
#pragma once

#include "grammar/month_names.hpp"
#include "grammar/period_parser.hpp"

#include <array>
#include <string>
#include <string_view>

namespace claimcheck::grammar::period_parser {

namespace detail {

inline PeriodPhrase& found(auto& ctx) { return x3::get<phrase_tag>(ctx); }

// Years that can name a period in a news draft; other four-digit numbers are amounts.
constexpr bool plausible_year(int year) { return year >= 1900 && year <= 2100; }

// Full month names are always capitalised, so "may" and "march" as words are not months.
struct month_table : x3::symbols<int> {
  month_table() {
    for (const MonthName& month : month_names) add(std::string(month.name), month.month);
    for (const MonthName& month : month_names) {
      if (month.is_short) add(std::string(month.name) + '.', month.month);
    }
  }
};

struct half_ordinals : x3::symbols<int> {
  half_ordinals() { add("first", 1)("second", 2)("1st", 1)("2nd", 2); }
};

struct quarter_ordinals : x3::symbols<int> {
  quarter_ordinals() {
    add("first", 1)("second", 2)("third", 3)("fourth", 4)("1st", 1)("2nd", 2)("3rd", 3)("4th", 4);
  }
};

struct count_words : x3::symbols<int> {
  count_words() {
    add("two", 2)("three", 3)("four", 4)("five", 5)("six", 6)("seven", 7)("eight", 8)("nine", 9)(
        "ten", 10)("eleven", 11)("twelve", 12);
  }
};

inline month_table const months;
inline half_ordinals const halves;
inline quarter_ordinals const quarters;
inline count_words const counts;

// A whole word, in any case: "In" and "in", but not the start of "inflation".
inline auto kw(char const* word) { return grammar::parser::keyword(word); }

auto const fresh = x3::eps[([](auto& ctx) { found(ctx) = PeriodPhrase{}; })];
auto const mark_not_a_period = x3::eps[([](auto& ctx) { found(ctx).not_a_period = true; })];

auto const set_year = [](auto& ctx) {
  const int year = x3::_attr(ctx);
  if (!plausible_year(year)) {
    x3::_pass(ctx) = false;
    return;
  }
  found(ctx).year = year;
};
// The second year of a phrase ("from October 2024 to March 2025") is where the period ends.
auto const set_year_or_end = [](auto& ctx) {
  const int year = x3::_attr(ctx);
  PeriodPhrase& phrase = found(ctx);
  if (!plausible_year(year) || (phrase.year && year < *phrase.year)) {
    x3::_pass(ctx) = false;
    return;
  }
  if (!phrase.year) {
    phrase.year = year;
  } else if (year != *phrase.year) {
    phrase.end_year = year;
  }
};
auto const set_end_year = [](auto& ctx) {
  const int year = x3::_attr(ctx);
  PeriodPhrase& phrase = found(ctx);
  if (!plausible_year(year) || !phrase.year || year <= *phrase.year) {
    x3::_pass(ctx) = false;
    return;
  }
  phrase.end_year = year;
};
// "the 1990s" is the ten years from 1990; "1995s" is no period.
auto const set_decade = [](auto& ctx) {
  const int year = x3::_attr(ctx);
  if (!plausible_year(year) || year % 10 != 0) {
    x3::_pass(ctx) = false;
    return;
  }
  found(ctx).year = year;
  found(ctx).end_year = year + 9;
  found(ctx).first_month = 1;
  found(ctx).last_month = 12;
};
auto const set_short_year = [](auto& ctx) { found(ctx).year = 2000 + x3::_attr(ctx); };
auto const set_short_end_year = [](auto& ctx) {
  PeriodPhrase& phrase = found(ctx);
  const int year = *phrase.year / 100 * 100 + x3::_attr(ctx);
  if (year <= *phrase.year) {
    x3::_pass(ctx) = false;
    return;
  }
  phrase.end_year = year;
};
inline auto set_relative_year(int relative) {
  return [relative](auto& ctx) { found(ctx).relative_year = relative; };
}
auto const set_half = [](auto& ctx) {
  const int half = x3::_attr(ctx);
  found(ctx).first_month = half == 1 ? 1 : 7;
  found(ctx).last_month = half == 1 ? 6 : 12;
};
auto const set_half_digit = [](auto& ctx) {
  const int half = x3::_attr(ctx) - '0';
  found(ctx).first_month = half == 1 ? 1 : 7;
  found(ctx).last_month = half == 1 ? 6 : 12;
};
auto const set_ordinal_only = [](auto& ctx) { found(ctx).ordinal_only = x3::_attr(ctx); };
auto const set_quarter = [](auto& ctx) {
  const int quarter = x3::_attr(ctx);
  found(ctx).first_month = quarter * 3 - 2;
  found(ctx).last_month = quarter * 3;
};
auto const set_quarter_digit = [](auto& ctx) {
  const int quarter = x3::_attr(ctx) - '0';
  found(ctx).first_month = quarter * 3 - 2;
  found(ctx).last_month = quarter * 3;
};
auto const set_month_count = [](auto& ctx) {
  const int count = x3::_attr(ctx);
  if (count < 1 || count > 12) {
    x3::_pass(ctx) = false;
    return;
  }
  found(ctx).first_month = 1;
  found(ctx).last_month = count;
};
auto const set_quarter_count = [](auto& ctx) {
  const int count = x3::_attr(ctx);
  if (count < 1 || count > 4) {
    x3::_pass(ctx) = false;
    return;
  }
  found(ctx).first_month = 1;
  found(ctx).last_month = count * 3;
};
auto const set_month = [](auto& ctx) {
  found(ctx).first_month = x3::_attr(ctx);
  found(ctx).last_month = x3::_attr(ctx);
};
auto const set_last_month = [](auto& ctx) { found(ctx).last_month = x3::_attr(ctx); };

// X3's space and uint_parser ask the C library (isspace) or a general number reader for every byte,
// and a number followed by a test of the byte after it is a sequence whose attribute X3 passes
// through its parts, which a parse of "in 2024" goes through several times over. These read the same
// bytes: the program runs in the "C" locale, where x3::space is is_ascii_space's six bytes and
// x3::digit and x3::alnum ASCII digits and letters; a number of at most four digits cannot overflow
// an int, and uint_parser reads no sign.
struct ascii_spaces_parser : x3::parser<ascii_spaces_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator i = first;
    while (i != last && is_ascii_space(*i)) ++i;
    if (i == first) return false;
    first = i;
    return true;
  }
};
// What may not follow a number: x3::digit or x3::alnum.
enum class NotFollowedBy { digit, alnum };
// uint_parser<int, 10, MinDigits, MaxDigits>{} >> !x3::digit (or !x3::alnum).
template <int MinDigits, int MaxDigits, NotFollowedBy not_followed_by>
struct number_parser : x3::parser<number_parser<MinDigits, MaxDigits, not_followed_by>> {
  static_assert(MaxDigits <= 4);
  using attribute_type = int;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attribute) const {
    x3::skip_over(first, last, context);
    Iterator i = first;
    int value = 0;
    int count = 0;
    for (; count < MaxDigits && i != last && is_ascii_digit(*i); ++count, ++i) value = value * 10 + (*i - '0');
    if (count < MinDigits) return false;
    if (i != last) {
      const char next = *i;
      if (is_ascii_digit(next) || (not_followed_by == NotFollowedBy::alnum && is_ascii_letter(next))) return false;
    }
    x3::traits::move_to(value, attribute);
    first = i;
    return true;
  }
};

// Whether the next byte is one of a set, consuming nothing: &x3::char_(set) without an attribute.
struct next_byte_parser : x3::parser<next_byte_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::array<bool, 256> in_set{};

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    return first != last && in_set[static_cast<unsigned char>(*first)];
  }
};
inline next_byte_parser next_byte(bool (*test)(char)) {
  next_byte_parser parser;
  for (int c = 0; c < 256; ++c) parser.in_set[static_cast<std::size_t>(c)] = test(static_cast<char>(c));
  return parser;
}
inline next_byte_parser next_byte_in(std::string_view bytes) {
  next_byte_parser parser;
  for (char const c : bytes) parser.in_set[static_cast<unsigned char>(c)] = true;
  return parser;
}

auto const space = x3::omit[ascii_spaces_parser{}];
auto const dash = x3::omit[*x3::blank >> (x3::lit('-') | "\xE2\x80\x93" | "\xE2\x80\x94") >> *x3::blank];
auto const tight_dash = x3::lit('-') | "\xE2\x80\x93";
auto const four_digits = number_parser<4, 4, NotFollowedBy::digit>{};
auto const two_digits = number_parser<2, 2, NotFollowedBy::alnum>{};
auto const day_number = number_parser<1, 2, NotFollowedBy::alnum>{};
auto const the = -(kw("the") >> space);
auto const month = months >> !x3::alnum;

// A year is never the start of a decade: "1990s" is not 1990.
auto const decade_suffix = x3::lit('s') >> !x3::alnum;
auto const year = four_digits[set_year] >> !decade_suffix;
auto const decade = (four_digits >> &decade_suffix)[set_decade] >> decade_suffix;
auto const relative_year = (kw("this") >> space >> kw("year"))[set_relative_year(0)] |
                           (kw("last") >> space >> kw("year"))[set_relative_year(-1)] |
                           (kw("next") >> space >> kw("year"))[set_relative_year(1)];
// "of 2025", "of this year", or "of the year" (the year then comes from context).
auto const of_year = -(space >> kw("of") >> space >> (year | relative_year | (kw("the") >> space >> kw("year"))));
auto const preposition =
    grammar::parser::one_of(kw("in"), kw("during"), kw("for"), kw("over"), kw("throughout"), kw("by"), kw("through"),
                            kw("ended"), kw("ending")) >> space;

// Not periods: dates and starting points.
auto const iso_date = four_digits >> '-' >> x3::digit >> x3::digit >> '-' >> x3::digit >> x3::digit >> !x3::digit;
auto const day_date = (month >> space >> day_number >> -(',' >> space >> four_digits)) |
                      (day_number >> space >> month >> -(space >> four_digits));

auto const year_span =
    ((kw("from") | kw("between")) >> space >> year >> space >>
     (kw("to") | kw("through") | kw("until") | kw("and")) >> space >> four_digits[set_end_year]) |
    (year >> (tight_dash | '/') >> (four_digits[set_end_year] | two_digits[set_short_end_year]));

auto const month_year = -x3::lit(',') >> space >> -(kw("of") >> space) >> (four_digits[set_year_or_end] | relative_year);
auto const month_to = (space >> (kw("to") | kw("through") | kw("till") | kw("until") | kw("and")) >> space) | dash;
auto const from_or_between = (kw("from") | kw("between")) >> space;
auto const months_to_months = month[set_month] >> -month_year >> month_to >> month[set_last_month] >> -month_year;
auto const month_range = -from_or_between >> months_to_months;
auto const month_of_year = month[set_month] >> month_year;

// In words ("the first half of 2025"), by code ("H1 2025"), or led by digits ("1H25", "2025 H1").
auto const half_in_words = the >> grammar::parser::folded(halves)[set_half] >> !x3::alnum >> (space | '-') >>
                           kw("half") >> of_year;
auto const half_code = 'H' >> x3::char_("12")[set_half_digit] >> !x3::alnum >> -(space >> -(kw("of") >> space) >> year);
auto const half_at_digit = (x3::char_("12")[set_half_digit] >> 'H' >> two_digits[set_short_year]) |
                           (year >> space >> 'H' >> x3::char_("12")[set_half_digit] >> !x3::alnum);
auto const half = half_in_words | half_code | half_at_digit;

auto const quarter_in_words = the >> grammar::parser::folded(quarters)[set_quarter] >> !x3::alnum >> (space | '-') >>
                              kw("quarter") >> of_year;
auto const quarter_code = 'Q' >> x3::char_("1234")[set_quarter_digit] >> !x3::alnum >>
                          -(space >> -(kw("of") >> space) >> year);
auto const quarter_at_digit = (x3::char_("1234")[set_quarter_digit] >> 'Q' >> two_digits[set_short_year]) |
                              (year >> space >> 'Q' >> x3::char_("1234")[set_quarter_digit] >> !x3::alnum);
auto const quarter = quarter_in_words | quarter_code | quarter_at_digit;

// "in the second", "in the third": an ordinal with nothing after it but the end of its clause or a
// conjunction, which stands for the quarter or half named before it.
auto const ordinal_only = kw("the") >> space >> grammar::parser::folded(quarters)[set_ordinal_only] >> !x3::alnum >>
                          &(x3::eoi | x3::char_(".,;:)") |
                            (space >> (kw("and") | kw("or") | kw("while") | kw("but") | kw("as") | kw("when") |
                                       kw("compared") | kw("from"))));

// "five" or "5", handed to one action whichever way it is written.
inline auto how_many(auto action) {
  return (grammar::parser::folded(counts) >> !x3::alnum)[action] | number_parser<1, 2, NotFollowedBy::alnum>{}[action];
}
auto const first_months = the >> kw("first") >> space >> how_many(set_month_count) >> space >> kw("months") >> of_year;
// "the last three months of 2024", "the final quarter of 2024": the fourth quarter.
auto const set_fourth_quarter = [](auto& ctx) {
  found(ctx).first_month = 10;
  found(ctx).last_month = 12;
};
auto const last_quarter = kw("the") >> space >> (kw("last") | kw("final")) >> space >>
                          ((kw("three") >> space >> kw("months")) | kw("quarter"))[set_fourth_quarter] >> of_year;
auto const first_quarters =
    the >> kw("first") >> space >> how_many(set_quarter_count) >> space >> kw("quarters") >> of_year;

auto const fiscal_year = (kw("fiscal") >> -(space >> kw("year")) >> space >> year) |
                         ("FY" >> -x3::blank >> (year | two_digits[set_short_year]));
auto const the_year = kw("the") >> space >> kw("year") >> space >> year;
// "for the full year", "full-year exports", "the whole year of 2024", "the year as a whole": a whole
// year, of the context
// when none is stated.
auto const full_year = (the >> (kw("full") | kw("whole")) >> (space | '-') >> kw("year") >>
                        -(space >> -(kw("of") >> space) >> year)) |
                       (kw("the") >> space >> kw("year") >> space >> kw("as") >> space >> kw("a") >> space >> kw("whole"));

// A year on its own ("the 2024 report", "2024's") unless a unit follows: "2000 people" is a count.
auto const unit_after = *x3::blank >> (x3::lit('%') | kw("percent") | kw("per") | kw("million") | kw("billion") |
                                       kw("trillion") | kw("yuan") | kw("dollars") | kw("euros") | kw("people") |
                                       kw("units") | kw("tons") | kw("tonnes") | kw("times"));
auto const bare_year = year >> !unit_after;

// At a digit the other alternatives fail at their first byte, before any action: they are not tried.
// Of these, half and quarter set the months at their first digit ("1" of "1H25") before they fail,
// so the decade, which sets a year and its months, is tried before them.
auto const period_at_digit = (iso_date | day_date) >> mark_not_a_period | year_span | decade | half | quarter;
// At a letter the alternatives are grouped by the words they begin with: a month name; "from" or
// "between"; "the", an ordinal ("first", "second", "third", "fourth"), "full" or "whole"; "H", "Q", "fiscal" or "FY",
// "this", "last" or "next". No word begins alternatives of two groups, and an alternative of another
// group would fail at the first word, before any action: a group whose first byte does not match is
// passed over untried, and within a group the alternatives keep their order, so the phrase found is
// the one that trying every alternative in turn finds.
auto const period_at_month = (day_date >> mark_not_a_period) | months_to_months | month_of_year;
auto const period_at_from = year_span | (from_or_between >> months_to_months);
auto const period_at_the_or_ordinal =
    half_in_words | quarter_in_words | first_months | first_quarters | the_year | full_year | last_quarter;
auto const period_at_letter =
    (next_byte(is_month_initial) >> period_at_month) | (next_byte_in("fFbB") >> period_at_from) |
    (next_byte_in("tTfFsSwW") >> period_at_the_or_ordinal) | half_code | quarter_code | fiscal_year | relative_year;
auto const period = fresh >> ((&x3::digit >> period_at_digit) | (!x3::digit >> period_at_letter));
auto const since = kw("since") >> space >> -(kw("the") >> space) >>
                   -((kw("early") | kw("late") | kw("mid") | kw("mid-")) >> -space) >> (period | fresh >> (month | four_digits)) >>
                   mark_not_a_period;

}  // namespace detail

phrase_type const period_phrase = "period_phrase";

// A preposition is read once for a period after it and, failing that, for a month or a year.
auto const period_phrase_def =
    detail::since |
    (detail::preposition >> (detail::period | (detail::fresh >> (detail::month[detail::set_month] | detail::year)) |
                             (detail::fresh >> detail::ordinal_only))) |
    detail::period | (detail::fresh >> detail::bare_year);

BOOST_SPIRIT_DEFINE(period_phrase)

}  // namespace claimcheck::grammar::period_parser
