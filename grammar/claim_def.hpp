// Definitions of the claim parsers: how hedges, numbers, scales, currencies and units combine.
#pragma once

#include "grammar/ascii.hpp"
#include "grammar/ast.hpp"
#include "grammar/ast_adapted.hpp"
#include "grammar/claim.hpp"
#include "grammar/normalize.hpp"
#include "grammar/symbol_tables.hpp"

#include <boost/spirit/home/x3.hpp>

#include <string>
#include <type_traits>
#include <utility>

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

using x3::_attr;
using x3::_pass;
using x3::_val;


// Every word passed to keyword() below: the extractor must know them (claim.hpp, grammar_words), and
// tests/grammar/grammar_words_test.cpp checks that every keyword() call is in this list.
inline constexpr char const* keywords[] = {
    "a", "account", "accounted", "accounting", "accounts", "an", "and", "as", "at", "between", "by", "cent", "cents",
    "comprising", "during", "each", "every", "for", "from", "globally", "hitting", "in", "last", "made", "minus",
    "negative", "next", "of", "on", "over", "pence", "per", "rank", "ranked", "ranking", "ranks", "reached",
    "reaching", "representing", "the", "this", "to", "totaling", "totalling", "up", "with", "world", "worldwide",
    "year"};

// ---- word lists from the vocabulary (see symbol_tables.hpp) -------------------------------------

table_lookup<double, &symbol_tables::scales> const scale_word{};
table_lookup<double, &symbol_tables::number_words> const number_word_entry{};
table_lookup<Interned, &symbol_tables::currencies> const currency_word{};
// After a number a currency code or name may be written in any case ("10 rmb", "125 million australian
// dollars"); before it only as listed, so "try 3 times" never reads as Turkish lira.
table_lookup<Interned, &symbol_tables::currencies, lookup_case::loose> const trailing_currency_word{};
table_lookup<Qualifier, &symbol_tables::hedges> const hedge_word{};
table_lookup<Direction, &symbol_tables::change_words> const change_word{};
table_lookup<Interned, &symbol_tables::units> const unit_word{};

// Ordinals are part of the language, not of an editor's vocabulary.
struct ordinal_words_table : x3::symbols<int> {
  ordinal_words_table() {
    add("first", 1)("second", 2)("third", 3)("fourth", 4)("fifth", 5)("sixth", 6)("seventh", 7)(
        "eighth", 8)("ninth", 9)("tenth", 10)("eleventh", 11)("twelfth", 12)("thirteenth", 13)(
        "fourteenth", 14)("fifteenth", 15)("sixteenth", 16)("seventeenth", 17)("eighteenth", 18)(
        "nineteenth", 19)("twentieth", 20);
  }
};
inline ordinal_words_table const ordinal_words;

// Denominators of spoken fractions: "two thirds", "a quarter", "fifty-four hundredths". "first" only
// ends a compound ("three twenty-firsts"); "second" is left out, since "two seconds" is a time.
struct denominator_words_table : x3::symbols<double> {
  denominator_words_table() {
    add("half", 2)("halves", 2)("quarter", 4)("quarters", 4)("first", 1)("firsts", 1);
    char const* const ordinals[] = {"third",      "fourth",      "fifth",     "sixth",     "seventh",
                                    "eighth",     "ninth",       "tenth",     "eleventh",  "twelfth",
                                    "thirteenth", "fourteenth",  "fifteenth", "sixteenth", "seventeenth",
                                    "eighteenth", "nineteenth",  "twentieth", "thirtieth", "fortieth",
                                    "fiftieth",   "sixtieth",    "seventieth", "eightieth", "ninetieth",
                                    "hundredth",  "thousandth",  "millionth", "billionth", "trillionth"};
    double const values[] = {3,  4,  5,  6,  7,  8,  9,  10,  11,   12,  13,  14,  15,  16,  17,
                             18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1e3, 1e6, 1e9, 1e12};
    for (std::size_t i = 0; i < std::size(values); ++i) {
      std::string const ordinal(ordinals[i]);
      add(ordinal, values[i])(ordinal + "s", values[i]);
    }
  }
};
inline denominator_words_table const denominator_words;
auto const denominator = x3::lexeme[folded(denominator_words) >> !x3::alnum];

// Fraction signs, as numerator * 100 + denominator.
struct vulgar_fractions_table : x3::symbols<int> {
  vulgar_fractions_table() {
    add("\xC2\xBC", 104)("\xC2\xBD", 102)("\xC2\xBE", 304)("\xE2\x85\x90", 107)("\xE2\x85\x91", 109)(
        "\xE2\x85\x92", 110)("\xE2\x85\x93", 103)("\xE2\x85\x94", 203)("\xE2\x85\x95", 105)(
        "\xE2\x85\x96", 205)("\xE2\x85\x97", 305)("\xE2\x85\x98", 405)("\xE2\x85\x99", 106)(
        "\xE2\x85\x9A", 506)("\xE2\x85\x9B", 108)("\xE2\x85\x9C", 308)("\xE2\x85\x9D", 508)(
        "\xE2\x85\x9E", 708);
  }
};
inline vulgar_fractions_table const vulgar_fractions;

struct change_basis_table : x3::symbols<Interned> {
  change_basis_table() {
    for (char const* period : {"year", "month", "quarter", "week"}) {
      std::string const p(period);
      std::string const canonical = p + "-on-" + p;
      add(canonical, canonical)(p + " on " + p, canonical)(p + "-over-" + p, canonical)(
          p + " over " + p, canonical);
    }
    add("yoy", "year-on-year")("y-o-y", "year-on-year")("mom", "month-on-month");
  }
};
inline change_basis_table const change_bases;
auto const change_basis = x3::lexeme[change_bases >> !x3::alnum];

// ---- semantic actions: each stores one parsed piece; normalization happens after the parse -----
// An action's attribute is its own, made for it and dropped after it (the rules parse their right
// sides without an attribute, as they have actions), so the actions move the pieces they store.

inline auto const set_span = [](auto& context) {
  _val(context).first = _attr(context).begin();
  _val(context).last = _attr(context).end();
};
inline auto const push_word = [](auto& context) { _val(context).words.push_back(_attr(context)); };
inline auto const push_hyphenated = [](auto& context) {
  ast::number_word word = _attr(context);
  word.after_hyphen = true;
  _val(context).words.push_back(word);
};
inline auto const push_after_and = [](auto& context) {
  ast::number_word joiner;
  joiner.is_and = true;
  _val(context).words.push_back(joiner);
  _val(context).words.push_back(_attr(context));
};
inline auto const push_denominator = [](auto& context) {
  ast::number_word word;
  word.value = _attr(context);
  word.is_denominator = true;
  _val(context).words.push_back(word);
};
inline auto const push_hyphenated_denominator = [](auto& context) {
  ast::number_word word;
  word.value = _attr(context);
  word.is_denominator = true;
  word.after_hyphen = true;
  _val(context).words.push_back(word);
};
inline auto const push_trailing_scale = [](auto& context) {
  ast::number_word word;
  word.value = _attr(context);
  word.is_scale = true;
  _val(context).words.push_back(word);
};
// "and a half": the article is the numerator of the fraction.
inline auto const push_one = [](auto& context) {
  ast::number_word word;
  word.value = 1;
  _val(context).words.push_back(word);
};
inline auto const append_fraction = [](auto& context) {
  ast::number_word joiner;
  joiner.is_and = true;
  auto& words = _val(context).words;
  words.push_back(joiner);
  words.insert(words.end(), _attr(context).words.begin(), _attr(context).words.end());
};
inline auto const set_vulgar = [](auto& context) {
  ast::number_word numerator;
  numerator.value = _attr(context) / 100;
  ast::number_word denominator;
  denominator.value = _attr(context) % 100;
  denominator.is_denominator = true;
  _val(context).words = {numerator, denominator};
  _val(context).spelled = true;
};
inline auto const mark_article = [](auto& context) { _val(context).article = true; };
// "and" joins number words only after a multiplier: "one hundred and six", never "five and six".
inline auto const and_follows_multiplier = [](auto& context) {
  auto const& words = _val(context).words;
  _pass(context) = !words.empty() && (words.back().is_scale || words.back().value >= 100);
};
// "a"/"an" is a number only in front of a multiplier ("a dozen", "a million", not "a meeting"), and a
// scale word alone is no number ("million people" in "3 million people" belongs to the 3).
// A fraction needs a number, an article or a scale: "two thirds", "a third", "half million"; never a
// bare ordinal ("third quarter", "twenty-first century").
inline auto const numeral_is_valid = [](auto& context) {
  auto const& numeral = _val(context);
  FractionParts const parts = fraction_parts(numeral);
  if (parts.has_fraction) {
    bool const bare = parts.whole_words == 0 && parts.numerator_words == 0 && !numeral.article;
    bool const bare_allowed = parts.trailing_scale > 0 && (parts.denominator == 2 || parts.denominator == 4);
    _pass(context) = parts.denominator > 1 && (!bare || bare_allowed);
    return;
  }
  bool const starts_with_multiplier =
      !numeral.words.empty() && (numeral.words.front().is_scale || numeral.words.front().value >= 12);
  _pass(context) = numeral.article ? starts_with_multiplier : !numeral.words.front().is_scale;
};
inline auto const set_digit_span = [](auto& context) {
  _val(context).first = _attr(context).begin();
  _val(context).last = _attr(context).end();
  _val(context).spelled = false;
};
inline auto const set_spelled = [](auto& context) {
  auto spelled = std::move(_attr(context));
  spelled.spelled = true;
  spelled.negative = _val(context).negative;
  _val(context) = std::move(spelled);
};
inline auto const mark_negative = [](auto& context) { _val(context).negative = true; };
// "75 USD million": a scale after the currency, where the number had none.
inline auto const set_late_scale = [](auto& context) {
  _pass(context) = !_val(context).has_scale;
  if (_pass(context)) {
    _val(context).scale = _attr(context);
    _val(context).has_scale = true;
  }
};
inline auto const set_scale = [](auto& context) {
  _val(context).scale = _attr(context);
  _val(context).has_scale = true;
};
inline auto const set_currency = [](auto& context) { _val(context).currency = _attr(context); };
// Before a number a currency written as a word in lower case ("dollar 22.5 million") needs an amount
// with a scale or decimals after it: "Trump won 312 electoral votes" holds no Korean won.
inline auto const mark_word_prefix = [](auto& context) {
  auto const& written = _attr(context);
  bool lower_word = !written.empty() && *written.begin() >= 'a' && *written.begin() <= 'z';
  for (char c : written) {
    if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) lower_word = false;
  }
  _val(context).word_prefix = lower_word;
};
inline auto const word_prefix_has_scale = [](auto& context) {
  auto const& amount = _val(context);
  if (!amount.word_prefix || amount.has_scale) return;
  for (auto p = amount.number.first; p != amount.number.last; ++p) {
    if (*p == '.') return;
  }
  _pass(context) = false;
};
inline auto const set_unit = [](auto& context) { _val(context).unit = _attr(context); };
// "four consecutive years" counts years; after money ("$5.98 trillion last year") the noun is not a unit.
inline auto const set_counted_unit = [](auto& context) {
  _pass(context) = _val(context).currency.empty();
  if (_pass(context)) _val(context).unit = _attr(context);
};
inline auto const set_fraction = [](auto& context) { _val(context).fraction = std::move(_attr(context)); };
// Cents are a whole number under a hundred: "50 cents", "forty-five"; never "50.5" or "fifty million".
inline auto const set_minor_value = [](auto& context) {
  auto const& numeral = _attr(context);
  NumeralValue const value = numeral_value(numeral);
  // The range test comes first: converting a huge amount to int is undefined behaviour.
  bool const in_range = value.value > 0 && value.value < 100;
  bool const whole = in_range && value.value == static_cast<double>(static_cast<int>(value.value));
  bool const short_digits = numeral.spelled || numeral.last - numeral.first <= 2;
  _pass(context) = !numeral.negative && whole && short_digits && !fraction_parts(numeral).has_fraction;
  _val(context) = value.value;
};
// A failed action does not undo what it wrote: the cents are written only when they attach, or
// "sold 5 and 50 cents" would read as 5.5.
inline auto const set_minor_units = [](auto& context) {
  bool const attaches = !_val(context).has_scale && !_val(context).currency.empty();
  _pass(context) = attaches;
  if (attaches) _val(context).minor_units = _attr(context);
};
// Whether set_minor_units would take cents after the amount so far, asked before the cents are parsed:
// they are parsed into an attribute of their own, which writes nothing to the amount, so where they
// cannot attach (no currency, or a scale: "5 and 50 cents", "3 million 50 cents") their parse changes
// nothing and always fails. It is skipped after most amounts, percentages and counts.
inline auto const cents_may_attach = [](auto& context) {
  _pass(context) = !_val(context).has_scale && !_val(context).currency.empty();
};
inline auto const mark_joined_by_to = [](auto& context) { _val(context).joined_by_to = true; };
inline auto const set_low = [](auto& context) { _val(context).low = std::move(_attr(context)); };
inline auto const set_high = [](auto& context) { _val(context).high = std::move(_attr(context)); };
inline auto const clear_range = [](auto& context) {
  _val(context).high.reset();
  _val(context).joined_by_to = false;
};
// A percentage is not money: "yuan 5 percent" is a currency word that ended the previous phrase.
inline auto const currency_or_percent = [](auto& context) {
  auto const& amount = _val(context);
  _pass(context) = amount.currency.empty() || (amount.unit != percent_unit && amount.unit != percentage_point_unit);
};
// Two ends of a range must measure the same thing: "2.7 percent to 8.79 trillion yuan" is no range.
inline auto const ends_agree = [](auto& context) {
  auto const& low = _val(context).low;
  auto const& high = *_val(context).high;
  bool const units_agree = low.unit.empty() || high.unit.empty() || low.unit == high.unit;
  bool const currencies_agree = low.currency.empty() || high.currency.empty() || low.currency == high.currency;
  bool const kinds_agree = !(!low.unit.empty() && !high.currency.empty()) && !(!low.currency.empty() && !high.unit.empty());
  _pass(context) = units_agree && currencies_agree && kinds_agree;
};
// A year and "to" start no range but one of years: "rose 10% in 2024 to $5.5 billion" reads "2024 to
// $5.5 billion" as a year and the level reached, not as $5.5 billion to 2,024 billion.
inline bool is_bare_year(ast::amount const& a) {
  if (a.number.spelled || a.has_scale || !a.currency.empty() || !a.unit.empty() || a.number.last - a.number.first != 4) {
    return false;
  }
  int year = 0;
  for (auto p = a.number.first; p != a.number.last; ++p) {
    if (*p < '0' || *p > '9') return false;
    year = year * 10 + (*p - '0');
  }
  return year >= 1900 && year <= 2100;
}
inline auto const year_ends_agree = [](auto& context) {
  _pass(context) = !_val(context).joined_by_to || !is_bare_year(_val(context).low) || is_bare_year(*_val(context).high);
};
inline auto const set_qualifier = [](auto& context) { _val(context).qualifier = _attr(context); };
inline auto const set_value = [](auto& context) { _val(context).value = std::move(_attr(context)); };
inline auto const set_hedged_start = [](auto& context) { _val(context).first = _attr(context).begin(); };
inline auto const set_direction = [](auto& context) { _val(context).direction = _attr(context); };
inline auto const set_basis = [](auto& context) { _val(context).basis = _attr(context); };
inline auto const set_change_lead = [](auto& context) {
  _val(context).role = Role::change;
  _val(context).direction = _attr(context).direction;
  if (!_attr(context).basis.empty()) _val(context).change_basis = _attr(context).basis;
};
inline auto const set_phrase_basis = [](auto& context) { _val(context).change_basis = _attr(context); };
inline auto const mark_led_by_article = [](auto& context) { _val(context).led_by_article = true; };
// A change noun after the number ("an 8.3% year-on-year increase") only where an article or a stated
// basis shows it is a noun phrase; "5 trillion yuan rose" is a level followed by a verb.
inline auto const set_trailing_change = [](auto& context) {
  auto& phrase = _val(context);
  _pass(context) = phrase.led_by_article || !phrase.change_basis.empty();
  if (_pass(context)) {
    phrase.role = Role::change;
    phrase.direction = _attr(context);
  }
};
inline auto const set_main_end = [](auto& context) { _val(context).main_last = _attr(context).end(); };
inline auto const mark_share = [](auto& context) { _val(context).role = Role::share; };
// "of GDP" makes a share only of a percentage: "$5 billion of exports" stays a level.
inline auto const set_share_of = [](auto& context) {
  auto& phrase = _val(context);
  _pass(context) = phrase.value.low.unit == percent_unit || phrase.role == Role::share;
  if (_pass(context)) {
    phrase.role = Role::share;
    phrase.share_of_first = _attr(context).begin();
    phrase.share_of_last = _attr(context).end();
  }
};
inline auto const set_conversion = [](auto& context) { _val(context).conversion = std::move(_attr(context)); };
inline auto const set_resulting_conversion = [](auto& context) {
  _val(context).resulting_conversion = std::move(_attr(context));
};
// Only a change arrives somewhere: "fell 2.7 percent to 8.79 trillion yuan".
inline auto const set_resulting_level = [](auto& context) {
  _pass(context) = _val(context).role == Role::change;
  if (_pass(context)) _val(context).resulting_level = std::move(_attr(context));
};
inline auto const set_rank = [](auto& context) {
  _val(context).role = Role::rank;
  _val(context).rank = _attr(context);
};
inline auto const set_rank_span = [](auto& context) {
  _val(context).rank_first = _attr(context).begin();
  _val(context).rank_last = _attr(context).end();
};

// ---- rules --------------------------------------------------------------------------------------

x3::rule<class number_word_class, ast::number_word> const number_word = "number_word";
x3::rule<class spelled_numeral_class, ast::numeral> const spelled_numeral = "spelled_numeral";
x3::rule<class numeral_class, ast::numeral> const numeral = "numeral";
x3::rule<class fraction_class, ast::numeral> const fraction = "fraction";
x3::rule<class minor_units_class, double> const minor_units = "minor_units";
x3::rule<class minor_cents_class, double> const minor_cents = "minor_cents";
x3::rule<class single_quantity_class, ast::quantity> const single_quantity = "single_quantity";
x3::rule<class amount_class, ast::amount> const amount = "amount";
quantity_type const quantity_rule = "quantity";
x3::rule<class hedged_quantity_class, ast::hedged_quantity> const hedged_quantity = "hedged_quantity";
x3::rule<class change_lead_class, ast::change_lead> const change_lead = "change_lead";
x3::rule<class rank_phrase_class, ast::phrase> const rank_phrase = "rank_phrase";
x3::rule<class quantity_phrase_class, ast::phrase> const quantity_phrase = "quantity_phrase";
claim_phrase_type const claim_phrase_rule = "claim_phrase";

// An amount's number, parsed in place instead of into a numeral of its own that is then moved there.
// Nothing in an amount writes its number before it, and an amount is parsed only into a new one (the
// temporary of an action) or one cleared first (single_amount below), so the number starts new.
struct amount_number_parser : x3::parser<amount_number_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, ast::amount& amount, Attribute&) const {
    return numeral.parse(first, last, context, x3::unused, amount.number);
  }
};
inline amount_number_parser const amount_number{};

// A single amount, parsed in place as the quantity's low end instead of into an amount of its own that
// is then moved there. A failed range attempt may have left either end behind ("between 5 and" with
// no upper end, or a range that single_quantity reads again), so the low end is cleared first and the
// upper end after.
struct single_amount_parser : x3::parser<single_amount_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, ast::quantity& quantity, Attribute&) const {
    quantity.low.clear();
    if (!amount.parse(first, last, context, x3::unused, quantity.low)) return false;
    quantity.high.reset();
    quantity.joined_by_to = false;
    return true;
  }
};
inline single_amount_parser const single_amount{};

auto const article = one_of(keyword("an"), keyword("a"));

// Digits as written: "1,290,000", "12,34,567" (lakh grouping), "1 234 567" (a space, a no-break or
// a narrow no-break space between groups), "3.6", "0.1", ".25"; never a digit glued to a letter ("5G").
auto const three_digits = x3::repeat(3)[x3::digit] >> !x3::digit;
auto const comma_grouped = x3::repeat(1, 3)[x3::digit] >> +(',' >> three_digits);
auto const lakh_grouped =
    x3::repeat(1, 2)[x3::digit] >> +(',' >> x3::repeat(2)[x3::digit] >> &x3::lit(',')) >> ',' >> three_digits;
auto const group_space = x3::lit(' ') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF") | x3::lit("\xE2\x80\x89");
auto const space_grouped = x3::repeat(1, 3)[x3::digit] >> +(group_space >> three_digits);
auto const grouped_digit_literal =
    ((comma_grouped | lakh_grouped | space_grouped | +x3::digit) >> -('.' >> +x3::digit)) | ('.' >> +x3::digit);

// grouped_digit_literal, with the digits read once where no group can follow them: each grouped form
// needs a separator right after its first one to three digits, so after a run of more than three
// digits, or a run followed by no separator's first byte, only the plain digits can match.
template <typename Grouped>
struct digit_literal_parser : x3::unary_parser<Grouped, digit_literal_parser<Grouped>> {
  using base_type = x3::unary_parser<Grouped, digit_literal_parser<Grouped>>;
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  constexpr explicit digit_literal_parser(Grouped const& grouped) : base_type(grouped) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attribute) const {
    Iterator i = first;
    while (i != last && is_ascii_digit(*i)) ++i;
    bool const separator_may_follow =
        i - first <= 3 && i != last && (*i == ',' || *i == ' ' || *i == '\xC2' || *i == '\xE2');
    if (i == first || separator_may_follow) return this->subject.parse(first, last, context, rcontext, attribute);
    if (i != last && *i == '.' && i + 1 != last && is_ascii_digit(*(i + 1))) {
      i += 2;
      while (i != last && is_ascii_digit(*i)) ++i;
    }
    first = i;
    return true;
  }
};
auto const digit_literal =
    x3::lexeme[digit_literal_parser<std::decay_t<decltype(grouped_digit_literal)>>(grouped_digit_literal)];
// A minus sign glued to the digits, or a word: "-5", "minus five percent", "negative one".
auto const minus_sign = x3::lexeme[x3::lit('-') >> &(x3::digit | '.')] | one_of(keyword("minus"), keyword("negative"));

auto const number_word_def = (number_word_entry >> x3::attr(false)) | (scale_word >> x3::attr(true));

// A further word of a number: "-one" in "twenty-one", "and six" after a multiplier ("one hundred and
// six", never "five and six"), or a word simply following ("two hundred").
auto const number_item = (x3::lit('-') >> number_word[push_hyphenated]) |
                         (keyword("and")[and_follows_multiplier] >> number_word[push_after_and]) | number_word[push_word];
auto const denominator_item = (x3::lit('-') >> denominator[push_hyphenated_denominator]) | denominator[push_denominator];
// A scale after a fraction: "half million", "three quarters billion", "half a dozen", "two thirds of a million".
auto const fraction_scale = -((-keyword("of") >> article >> scale_word[push_trailing_scale]) | scale_word[push_trailing_scale]);
auto const fraction_def = (article[push_one] | (number_word[push_word] >> *number_item)) >> denominator_item >> fraction_scale;

auto const spelled_numeral_def =
    -article[mark_article] >>
    ((number_word[push_word] >> *number_item >>
      -((denominator_item >> fraction_scale) | (keyword("and") >> fraction[append_fraction]))) |
     (denominator_item >> fraction_scale)) >>
    x3::eps[numeral_is_valid];

auto const numeral_def = -minus_sign[mark_negative] >> (x3::raw[x3::lexeme[digit_literal]][set_digit_span] |
                                                       x3::raw[spelled_numeral[set_spelled]][set_span] |
                                                       x3::raw[vulgar_fractions[set_vulgar]][set_span]);

// A unit after the number, possibly past one describing word: "four consecutive years".
auto const not_describing = one_of(keyword("last"), keyword("this"), keyword("next"), keyword("per"), keyword("a"),
                                   keyword("the"), keyword("each"), keyword("every"), keyword("in"), keyword("of"));
auto const describing_word = !not_describing >> x3::lexeme[+x3::lower >> !x3::alnum];
// A hyphen may join the number to its scale, currency or unit: "2-trillion yuan", "one-yen", "12-cent".
// Cents after a currency: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50",
// but not "5 dollars and 10 dollars" (a range) or "20 dollars and 30 people" (another count).
auto const cents_word = one_of(keyword("cents"), keyword("cent"), keyword("pence"));
auto const cents_blocker = scale_word | unit_word | trailing_currency_word | x3::lit('%') | x3::digit | x3::lit('-') |
                           (x3::lit('.') >> x3::digit) | (describing_word >> unit_word);
// Whether a numeral that set_minor_value takes may start at the next word: a whole number under a
// hundred, neither negative nor a fraction, begins with a digit, an article ("a dozen"), a number word
// or a scale word; a sign, a point, a denominator or a fraction sign begins only numerals it refuses.
// The cents are tried after most amounts, nearly always at some other word, which this rules out
// without a numeral parse. It consumes nothing.
struct minor_number_may_start_parser : x3::parser<minor_number_may_start_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator i = first;
    x3::skip_over(i, last, context);
    if (i == last) return false;
    char const c = *i;
    if ((c >= '0' && c <= '9') || ascii_lower(c) == 'a') return true;
    symbol_tables const& tables = x3::get<symbol_tables_tag>(context);
    return tables.number_words.may_begin_with(c) || tables.scales.may_begin_with(c);
  }
};
inline minor_number_may_start_parser const minor_number_may_start{};
auto const glued_digits = x3::lexeme[+x3::digit >> x3::alpha];  // "11a": a label, not cents
auto const minor_units_def = -keyword("and") >> minor_number_may_start >> !glued_digits >> numeral[set_minor_value] >>
                             (cents_word | !cents_blocker);
// After a currency sign the cents must be named: "$3 and 50 cents".
auto const minor_cents_def = -keyword("and") >> minor_number_may_start >> numeral[set_minor_value] >> cents_word;

auto const amount_def =
    x3::raw[-x3::raw[currency_word[set_currency]][mark_word_prefix] >> amount_number >> -((-x3::lit('-') >> scale_word)[set_scale]) >>
            -(keyword("and") >> fraction[set_fraction]) >>
            -((-x3::lit('-') >> trailing_currency_word[set_currency] >> -scale_word[set_late_scale] >>
               -(x3::eps[cents_may_attach] >> minor_units[set_minor_units])) |
              (-x3::lit('-') >> unit_word[set_unit]) | x3::omit[describing_word] >> unit_word[set_counted_unit] |
              (x3::eps[cents_may_attach] >> minor_cents[set_minor_units])) >>
            x3::eps[currency_or_percent] >> x3::eps[word_prefix_has_scale]][set_span];

auto const range_joiner = x3::lit('-') | x3::lit("\xE2\x80\x93") | keyword("to")[mark_joined_by_to];
auto const quantity_rule_def =
    x3::raw[(keyword("between") >> amount[set_low] >> keyword("and") >> amount[set_high] >> x3::eps[ends_agree]) |
            (keyword("from") >> amount[set_low] >> keyword("to") >> amount[set_high] >> x3::eps[ends_agree]) |
            // "5-6 percent" or a single amount: the first amount is read once whichever it is. The
            // eps that clears a failed range consumes nothing, since an amount ends past its spaces.
            (single_amount >>
             ((range_joiner >> amount[set_high] >> x3::eps[ends_agree] >> x3::eps[year_ends_agree]) | x3::eps[clear_range]))]
           [set_span];
auto const single_quantity_def = x3::raw[single_amount][set_span];

auto const hedged_quantity_def =
    x3::raw[-hedge_word[set_qualifier] >> -keyword("the") >> quantity_rule[set_value]][set_hedged_start];

auto const change_lead_def =
    (x3::omit[article] >> -change_basis[set_basis] >> change_word[set_direction] >> keyword("of")) |
    (change_word[set_direction] >> -keyword("by"));

auto const share_lead =
    (one_of(keyword("accounting"), keyword("accounted"), keyword("accounts"), keyword("account")) >> keyword("for")) |
    one_of(keyword("representing"), keyword("comprising")) | (keyword("made") >> keyword("up"));

// The whole of a share: up to three words, stopping before words that start a new thought, or "of"
// before the whole's amount ("19.7 percent of total exports of 25.45 trillion yuan"). A dot between
// letters stays in a word: "of the U.S. total".
auto const share_stop = one_of(keyword("in"), keyword("for"), keyword("and"), keyword("from"), keyword("to"), keyword("of"),
                               keyword("last"), keyword("this"), keyword("with"), keyword("at"), keyword("on"),
                               keyword("by"), keyword("year"), keyword("over"), keyword("during"));
auto const abbreviation = x3::lexeme[x3::alpha >> '.' >> +(x3::alpha >> '.')];  // "U.S.", "U.K."
auto const whole_word =
    x3::lexeme[abbreviation | (x3::alpha >> *(x3::alnum | x3::char_("&'-") | (x3::lit('.') >> &x3::alpha)))];
auto const share_whole = x3::raw[x3::repeat(1, 3)[!share_stop >> whole_word]];

auto const level_lead =
    keyword("to") | (-x3::lit(',') >> one_of(keyword("reaching"), keyword("reached"), keyword("hitting"),
                                             keyword("totaling"), keyword("totalling")));

// The quantity of a phrase: a range or a single amount, except that a change verb reads "X to Y" as
// the change and the level it reached ("rose 1.2 percent to 57.3 percent"), so after one only the
// single amount is taken. Written as a parser rather than as quantity_rule[...] | single_quantity[...]
// so that the text is not read a second time where quantity_rule fails: its last alternative starts
// with the very amount that single_quantity reads, so single_quantity cannot succeed there either.
// Both parse straight into the phrase's quantity, which nothing before them has set: single_quantity
// sets every part of it again, and where both fail the phrase's other alternative sets it whole.
struct quantity_or_single_parser : x3::parser<quantity_or_single_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, ast::phrase& phrase, Attribute&) const {
    Iterator quantity_end = first;
    if (!quantity_rule.parse(quantity_end, last, context, x3::unused, phrase.value)) return false;
    if (!(phrase.role == Role::change && phrase.value.high && phrase.value.joined_by_to)) {
      first = quantity_end;
      return true;
    }
    Iterator single_end = first;
    if (!single_quantity.parse(single_end, last, context, x3::unused, phrase.value)) return false;
    first = single_end;
    return true;
  }
};
inline quantity_or_single_parser const quantity_or_single{};

auto const quantity_phrase_def =
    -hedge_word[set_qualifier] >> -change_lead[set_change_lead] >> -share_lead[mark_share] >> -hedge_word[set_qualifier] >> -keyword("the") >>
    x3::raw[(quantity_or_single | (article[mark_led_by_article] >> quantity_rule[set_value])) >> -change_basis[set_phrase_basis] >>
            -change_word[set_trailing_change] >> -(keyword("of") >> share_whole[set_share_of])][set_main_end] >>
    -('(' >> hedged_quantity[set_conversion] >> ')') >>
    -(level_lead >> hedged_quantity[set_resulting_level] >> -('(' >> hedged_quantity >> ')')[set_resulting_conversion]);

auto const rank_verb = one_of(keyword("ranked"), keyword("ranking"), keyword("ranks"), keyword("rank"));
auto const ordinal_digits = x3::lexeme[x3::int_ >> (x3::lit("st") | "nd" | "rd" | "th") >> !x3::alnum];
auto const ordinal_word = x3::lexeme[folded(ordinal_words) >> !x3::alnum];
auto const rank_phrase_def = x3::raw[rank_verb >> -one_of(keyword("as"), keyword("the")) >>
                                     x3::raw[ordinal_digits[set_rank] | ordinal_word[set_rank]][set_rank_span] >>
                                     -(one_of(keyword("globally"), keyword("worldwide")) |
                                       (keyword("in") >> keyword("the") >> keyword("world")))][set_main_end];

// Both alternatives parse straight into the caller's phrase (no copy per attempt); the extractor sets its span.
auto const claim_phrase_rule_def = rank_phrase | quantity_phrase;

BOOST_SPIRIT_DEFINE(number_word, spelled_numeral, numeral, fraction, minor_units, minor_cents, single_quantity, amount, quantity_rule, hedged_quantity, change_lead,
                    rank_phrase, quantity_phrase, claim_phrase_rule)

}  // namespace claimcheck::grammar::parser
