// The claim grammar on real sentences: every documented form, roles, spans and the non-claims.
#include "checker/attribution.hpp"
#include "grammar/extract.hpp"
#include "grammar/normalize.hpp"
#include "rules/loader.hpp"

#include <doctest/doctest.h>

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

using namespace claimcheck::grammar;

namespace {

Extractor const& extractor() {
  static Extractor const instance(claimcheck::vocabulary_from_rules(claimcheck::rules::default_rules()));
  return instance;
}

std::vector<ExtractedClaim> claims_in(std::string_view sentence) { return extractor().extract(sentence); }

std::string_view quantity_text(std::string_view sentence, ExtractedClaim const& claim) {
  return sentence.substr(claim.offset, claim.length);
}

std::string_view phrase_text(std::string_view sentence, ExtractedClaim const& claim) {
  return sentence.substr(claim.phrase_offset, claim.phrase_length);
}

// The only claim of a sentence that must hold exactly one.
ExtractedClaim only_claim(std::string_view sentence) {
  auto const claims = claims_in(sentence);
  REQUIRE(claims.size() == 1);
  return claims.front();
}

}  // namespace

TEST_CASE("a dollar amount with a decimal and a scale word is a level in US dollars") {
  std::string_view const sentence = "Exports totaled $891.1 billion in the period.";
  auto const claim = only_claim(sentence);
  CHECK(quantity_text(sentence, claim) == "$891.1 billion");
  CHECK(claim.quantity.low == doctest::Approx(891.1e9));
  CHECK(claim.quantity.high == doctest::Approx(891.1e9));
  CHECK(claim.quantity.precision == doctest::Approx(1e8));
  CHECK(claim.quantity.unit == "USD");
  CHECK(claim.quantity.qualifier == Qualifier::exact);
  CHECK(claim.role == Role::level);
}

TEST_CASE("US$ and USD prefixes are US dollars, with or without a space") {
  std::string_view const first = "Its trade reached US$5.98 trillion last year.";
  auto const dollars = only_claim(first);
  CHECK(quantity_text(first, dollars) == "US$5.98 trillion");
  CHECK(dollars.quantity.low == doctest::Approx(5.98e12));
  CHECK(dollars.quantity.precision == doctest::Approx(1e10));
  CHECK(dollars.quantity.unit == "USD");

  std::string_view const second = "Imports came to USD992 billion.";
  auto const code = only_claim(second);
  CHECK(quantity_text(second, code) == "USD992 billion");
  CHECK(code.quantity.low == doctest::Approx(992e9));
  CHECK(code.quantity.precision == doctest::Approx(1e9));
  CHECK(code.quantity.unit == "USD");
}

TEST_CASE("yuan amounts: hyphenated scale, suffix currency and RMB prefix") {
  std::string_view const hyphen = "Cross-border e-commerce exports surpassed the 2-trillion yuan mark.";
  auto const two = only_claim(hyphen);
  CHECK(quantity_text(hyphen, two) == "2-trillion yuan");
  CHECK(phrase_text(hyphen, two) == "surpassed the 2-trillion yuan");
  CHECK(two.quantity.low == doctest::Approx(2e12));
  CHECK(two.quantity.precision == doctest::Approx(1e12));
  CHECK(two.quantity.unit == "CNY");
  CHECK(two.quantity.qualifier == Qualifier::over);

  std::string_view const suffix = "Spending reached 3.6 trillion yuan and 360.9 billion yuan.";
  auto const both = claims_in(suffix);
  REQUIRE(both.size() == 2);
  CHECK(both[0].quantity.low == doctest::Approx(3.6e12));
  CHECK(both[0].quantity.precision == doctest::Approx(1e11));
  CHECK(both[1].quantity.low == doctest::Approx(360.9e9));
  CHECK(both[1].quantity.precision == doctest::Approx(1e8));
  CHECK(both[1].quantity.unit == "CNY");

  std::string_view const prefix = "The fund holds RMB 1.2 trillion in assets.";
  auto const rmb = only_claim(prefix);
  CHECK(quantity_text(prefix, rmb) == "RMB 1.2 trillion");
  CHECK(rmb.quantity.low == doctest::Approx(1.2e12));
  CHECK(rmb.quantity.unit == "CNY");
}

TEST_CASE("a currency sign with thousands separators") {
  std::string_view const sentence = "A ticket costs \xC2\xA5" "5,000 now.";
  auto const claim = only_claim(sentence);
  CHECK(claim.quantity.low == doctest::Approx(5000));
  CHECK(claim.quantity.precision == doctest::Approx(1000));
  CHECK(claim.quantity.unit == "CNY");
}

TEST_CASE("percent written as a sign, as percent and as per cent") {
  for (std::string_view sentence : {"Output grew 8.3% in May.", "Output grew 8.3 percent in May.",
                                    "Output grew 8.3 per cent in May."}) {
    CAPTURE(sentence);
    auto const claim = only_claim(sentence);
    CHECK(claim.quantity.low == doctest::Approx(8.3));
    CHECK(claim.quantity.precision == doctest::Approx(0.1));
    CHECK(claim.quantity.unit == "percent");
    CHECK(claim.role == Role::change);
    CHECK(claim.direction == Direction::up);
  }
}

TEST_CASE("percentage points are their own unit") {
  std::string_view const sentence = "The share rose 0.1 percentage points from a year earlier.";
  auto const claim = only_claim(sentence);
  CHECK(quantity_text(sentence, claim) == "0.1 percentage points");
  CHECK(claim.quantity.low == doctest::Approx(0.1));
  CHECK(claim.quantity.unit == "percentage_point");
}

TEST_CASE("a grouped integer keeps only its significant digits in the precision") {
  std::string_view const sentence = "The city registered 1,290,000 new firms.";
  auto const claim = only_claim(sentence);
  CHECK(quantity_text(sentence, claim) == "1,290,000 new firms");
  CHECK(claim.quantity.low == doctest::Approx(1290000));
  CHECK(claim.quantity.precision == doctest::Approx(1e4));
  CHECK(claim.quantity.unit == "company");
}

TEST_CASE("a scale word followed by U.S. dollars") {
  std::string_view const sentence = "Trade was worth 1.29 trillion U.S. dollars.";
  auto const claim = only_claim(sentence);
  CHECK(quantity_text(sentence, claim) == "1.29 trillion U.S. dollars");
  CHECK(claim.quantity.low == doctest::Approx(1.29e12));
  CHECK(claim.quantity.unit == "USD");
}

TEST_CASE("spelled-out numbers: two trillion and a dozen") {
  std::string_view const words = "The plan costs two trillion yuan.";
  auto const two = only_claim(words);
  CHECK(quantity_text(words, two) == "two trillion yuan");
  CHECK(two.quantity.low == doctest::Approx(2e12));
  CHECK(two.quantity.precision == doctest::Approx(1e12));

  std::string_view const dozen = "The firm opened a dozen plants.";
  auto const twelve = only_claim(dozen);
  CHECK(quantity_text(dozen, twelve) == "a dozen");
  CHECK(twelve.quantity.low == doctest::Approx(12));

  std::string_view const compound = "There were one hundred and sixteen entries.";
  auto const sixteen = only_claim(compound);
  CHECK(sixteen.quantity.low == doctest::Approx(116));
}

TEST_CASE("ranges: between, a hyphen, and from-to") {
  std::string_view const between = "Growth is expected to be between 5 and 6 percent.";
  auto const first = only_claim(between);
  CHECK(first.quantity.is_range);
  CHECK(first.quantity.low == doctest::Approx(5));
  CHECK(first.quantity.high == doctest::Approx(6));
  CHECK(first.quantity.unit == "percent");

  std::string_view const hyphen = "Growth is expected at 5-6 percent.";
  auto const second = only_claim(hyphen);
  CHECK(quantity_text(hyphen, second) == "5-6 percent");
  CHECK(second.quantity.is_range);
  CHECK(second.quantity.low == doctest::Approx(5));
  CHECK(second.quantity.high == doctest::Approx(6));

  std::string_view const from_to = "The line runs from 252 to 287 miles depending on the route.";
  auto const third = only_claim(from_to);
  CHECK(third.quantity.is_range);
  CHECK(third.quantity.low == doctest::Approx(252));
  CHECK(third.quantity.high == doctest::Approx(287));
  CHECK(third.quantity.unit == "mile");
}

TEST_CASE("a conversion in parentheses points at the amount it converts") {
  std::string_view const sentence = "GDP reached 21.79 trillion yuan ($3.04 trillion) in the period.";
  auto const claims = claims_in(sentence);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].quantity.unit == "CNY");
  CHECK(claims[0].quantity.low == doctest::Approx(21.79e12));
  CHECK(claims[1].role == Role::conversion);
  CHECK(claims[1].quantity.unit == "USD");
  CHECK(claims[1].quantity.low == doctest::Approx(3.04e12));
  REQUIRE(claims[1].converts.has_value());
  CHECK(*claims[1].converts == 0);

  std::string_view const hedged = "Investment hit 3.5 trillion yuan (about 500 billion U.S. dollars) last year.";
  auto const pair = claims_in(hedged);
  REQUIRE(pair.size() == 2);
  CHECK(pair[1].role == Role::conversion);
  CHECK(pair[1].quantity.qualifier == Qualifier::about);
  CHECK(pair[1].quantity.low == doctest::Approx(500e9));
  CHECK(phrase_text(hedged, pair[1]) == "about 500 billion U.S. dollars");
}

TEST_CASE("shares name their whole") {
  std::string_view const accounting = "Machinery sold well, accounting for 60 percent of total exports.";
  auto const sixty = only_claim(accounting);
  CHECK(sixty.role == Role::share);
  CHECK(sixty.share_of == "total exports");
  CHECK(phrase_text(accounting, sixty) == "accounting for 60 percent of total exports");

  std::string_view const bare = "R&D spending was 2.68% of GDP.";
  auto const gdp = only_claim(bare);
  CHECK(gdp.role == Role::share);
  CHECK(gdp.share_of == "GDP");
  CHECK(gdp.quantity.precision == doctest::Approx(0.01));
}

TEST_CASE("ranks by number and by word") {
  std::string_view const digits = "China ranked 11th in the innovation index.";
  auto const eleventh = only_claim(digits);
  CHECK(eleventh.role == Role::rank);
  CHECK(eleventh.quantity.low == doctest::Approx(11));

  std::string_view const words = "Spending rose again, ranking second globally.";
  auto const second = claims_in(words);
  REQUIRE(second.size() == 1);
  CHECK(second[0].role == Role::rank);
  CHECK(second[0].quantity.low == doctest::Approx(2));
  CHECK(phrase_text(words, second[0]) == "ranking second globally");
}

TEST_CASE("changes named before the number") {
  std::string_view const up_by = "Exports totaled $891.1 billion, up by 8.1 percent.";
  auto const claims = claims_in(up_by);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].role == Role::level);
  CHECK(claims[1].role == Role::change);
  CHECK(claims[1].direction == Direction::up);
  CHECK(phrase_text(up_by, claims[1]) == "up by 8.1 percent");

  std::string_view const noun = "Spending reached 360.9 billion yuan, a year-on-year increase of 6.5 percent.";
  auto const pair = claims_in(noun);
  REQUIRE(pair.size() == 2);
  CHECK(pair[1].role == Role::change);
  CHECK(pair[1].direction == Direction::up);
  CHECK(pair[1].change_basis == "year-on-year");
  CHECK(pair[1].quantity.low == doctest::Approx(6.5));
}

TEST_CASE("a change named after the number needs the article that makes it a noun phrase") {
  std::string_view const sentence = "It exceeded 3.6 trillion yuan, an 8.3% year-on-year increase.";
  auto const claims = claims_in(sentence);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].quantity.qualifier == Qualifier::over);
  CHECK(claims[1].role == Role::change);
  CHECK(claims[1].direction == Direction::up);
  CHECK(claims[1].change_basis == "year-on-year");
  CHECK(phrase_text(sentence, claims[1]) == "an 8.3% year-on-year increase");

  std::string_view const verb = "Exports of 5 trillion yuan rose again.";
  auto const level = only_claim(verb);
  CHECK(level.role == Role::level);
}

TEST_CASE("a change that arrives at a level gives two claims") {
  std::string_view const reaching =
      "Trade rose 7.1 percent year-on-year, reaching nearly $1.29 trillion.";
  auto const claims = claims_in(reaching);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].role == Role::change);
  CHECK(claims[0].direction == Direction::up);
  CHECK(claims[0].change_basis == "year-on-year");
  CHECK(phrase_text(reaching, claims[0]) == "rose 7.1 percent year-on-year");
  CHECK(claims[1].role == Role::level);
  CHECK(claims[1].quantity.qualifier == Qualifier::under);
  CHECK(claims[1].quantity.low == doctest::Approx(1.29e12));
  CHECK(phrase_text(reaching, claims[1]) == "nearly $1.29 trillion");

  std::string_view const to = "Imports fell 2.7 percent to 8.79 trillion yuan.";
  auto const fell = claims_in(to);
  REQUIRE(fell.size() == 2);
  CHECK(fell[0].role == Role::change);
  CHECK(fell[0].direction == Direction::down);
  CHECK(fell[0].quantity.low == doctest::Approx(2.7));
  CHECK(fell[1].role == Role::level);
  CHECK(fell[1].quantity.unit == "CNY");
  CHECK(fell[1].quantity.low == doctest::Approx(8.79e12));
}

TEST_CASE("counts with a unit noun and hedged percentages are claims") {
  std::string_view const years = "Exports grew for four consecutive years.";
  auto const four = only_claim(years);
  CHECK(four.quantity.low == doctest::Approx(4));
  CHECK(four.quantity.unit == "year");

  std::string_view const over = "In the sector, over 80% are private companies.";
  auto const eighty = only_claim(over);
  CHECK(eighty.quantity.qualifier == Qualifier::over);
  CHECK(eighty.quantity.precision == doctest::Approx(10));
  CHECK(eighty.quantity.unit == "percent");
}

TEST_CASE("years used as dates are not claims") {
  for (std::string_view sentence :
       {"Spending rose in 2024.", "The firm has grown since 1988.", "From January to May 2025, output was flat.",
        "The law passed in 2019-2020 was amended."}) {
    CAPTURE(sentence);
    CHECK(claims_in(sentence).empty());
  }
}

TEST_CASE("spans of years are not claims, whatever follows them") {
  for (std::string_view sentence :
       {"In 2010-19 imports grew.", "In fiscal 2023-24 the agency spent more than planned.",
        "The 2024-25 school year will be the first under the plan.", "The 2024/25 season opens next week.",
        "The plan for 1999-00 was never carried out.", "The 2021\xE2\x80\x93" "25 plan was adopted."}) {
    CAPTURE(sentence);
    CHECK(claims_in(sentence).empty());
  }
}

TEST_CASE("a range after a year that cannot end a span of years is an amount") {
  // "2024-23" runs backwards and "2,000-10" is no year: both are amounts, as are tonnes and jobs.
  for (std::string_view sentence : {"Output of 2000-10 tonnes was reported.", "The firm cut 1900-50 jobs.",
                                    "The count was 2024-23 in the end.", "The count was 2,000-10 in the end."}) {
    CAPTURE(sentence);
    CHECK(claims_in(sentence).size() == 1);
  }
  std::string_view const tonnes = "Output of 2000-10 tonnes was reported.";
  CHECK(quantity_text(tonnes, only_claim(tonnes)) == "2000-10 tonnes");
}

TEST_CASE("the number of months in a period is not a claim") {
  std::string_view const sentence = "In the first five months of 2025, exports were strong.";
  CHECK(claims_in(sentence).empty());
}

TEST_CASE("list numbers, times, phone numbers, model names and dates are not claims") {
  for (std::string_view sentence :
       {"First, exports grew.", "1. Exports grew.\n2. Imports fell.", "The meeting starts at 10:30 sharp.",
        "Call us at 3 pm tomorrow.", "Call 555-123-4567 for details.", "Phones with 5G sold well.",
        "The Boeing 737 was grounded.", "The A320 flew again.", "The talks ended on June 5 in Geneva.",
        "School begins on Sept. 3.", "The meeting is on jan. 15 in Rome.", "The festival runs Sept. 3-5 and June 3-5.",
        "It ran from Sept. 3 to 5 last year.", "It runs 3-5 May.", "The talks ended on 5 June.",
        "This is one of the largest markets.", "The board held a meeting."}) {
    CAPTURE(sentence);
    CHECK(claims_in(sentence).empty());
  }
}

TEST_CASE("a number after a full month name and a full stop begins a sentence: it is no day") {
  std::string_view const sentence = "Sales peaked in June. 5 of the firms then closed.";
  CHECK(quantity_text(sentence, only_claim(sentence)) == "5");
}

TEST_CASE("a sentence run into the next without a space still ends the phrase") {
  std::string_view const sentence = "Exports totaled $891.1 billion, up by 8.1 percent.The good performance continued.";
  auto const claims = claims_in(sentence);
  REQUIRE(claims.size() == 2);
  CHECK(quantity_text(sentence, claims[1]) == "8.1 percent");
}

TEST_CASE("parse_quantity reads a whole string as one quantity or nothing") {
  auto const value = extractor().parse_quantity("3.6130 trillion CNY");
  REQUIRE(value.has_value());
  CHECK(value->low == doctest::Approx(3.613e12));
  CHECK(value->precision == doctest::Approx(1e8));
  CHECK(value->unit == "CNY");
  auto const percent = extractor().parse_quantity("8.3%");
  REQUIRE(percent.has_value());
  CHECK(percent->unit == "percent");
  CHECK_FALSE(extractor().parse_quantity("8.3% and more").has_value());
  CHECK_FALSE(extractor().parse_quantity("growth").has_value());
}

TEST_CASE("qualifiers, roles and directions have stable names") {
  CHECK(to_string(Qualifier::at_least) == ">=");
  CHECK(to_string(Qualifier::under) == "<");
  CHECK(to_string(Role::conversion) == "conversion");
  CHECK(to_string(Direction::down) == "down");
  CHECK(qualifier_from_symbol("<=") == Qualifier::at_most);
  CHECK_FALSE(qualifier_from_symbol("!").has_value());
}

TEST_CASE("forms news prose uses: spaced currency sign, scale words glued or spelled, dozens") {
  std::string_view const spaced = "The county sold $ 75 million of bonds.";
  auto const bonds = only_claim(spaced);
  CHECK(quantity_text(spaced, bonds) == "$ 75 million");
  CHECK(bonds.quantity.low == doctest::Approx(75e6));
  CHECK(bonds.quantity.precision == doctest::Approx(1e6));
  CHECK(bonds.quantity.unit == "USD");

  std::string_view const people = "The region has 2.5 million people.";
  auto const residents = only_claim(people);
  CHECK(residents.quantity.low == doctest::Approx(2.5e6));
  CHECK(residents.quantity.precision == doctest::Approx(1e5));
  CHECK(residents.quantity.unit == "people");

  std::string_view const glued = "The race drew 10k runners and the deal was worth 1.2b.";
  auto const both = claims_in(glued);
  REQUIRE(both.size() == 2);
  CHECK(quantity_text(glued, both[0]) == "10k");
  CHECK(both[0].quantity.low == doctest::Approx(10000));
  CHECK(quantity_text(glued, both[1]) == "1.2b");
  CHECK(both[1].quantity.low == doctest::Approx(1.2e9));

  std::string_view const eggs = "She bought 3 dozen eggs.";
  CHECK(only_claim(eggs).quantity.low == doctest::Approx(36));

  std::string_view const code_first = "They lost 75 USD million in three years.";
  auto const lost = claims_in(code_first);
  REQUIRE_FALSE(lost.empty());
  CHECK(quantity_text(code_first, lost[0]) == "75 USD million");
  CHECK(lost[0].quantity.low == doctest::Approx(75e6));
  CHECK(lost[0].quantity.unit == "USD");
}

TEST_CASE("spelled-out numbers with hyphens, and, and stacked Indian scales") {
  std::string_view const hyphen = "Twenty-one companies signed the pact.";
  auto const signers = only_claim(hyphen);
  CHECK(signers.quantity.low == doctest::Approx(21));
  CHECK(signers.quantity.unit == "company");

  std::string_view const with_and = "The agency counted one hundred and twenty three companies.";
  auto const counted = only_claim(with_and);
  CHECK(quantity_text(with_and, counted) == "one hundred and twenty three companies");
  CHECK(counted.quantity.low == doctest::Approx(123));

  std::string_view const stacked = "The plan costs three lakh crore rupees.";
  auto const plan = only_claim(stacked);
  CHECK(plan.quantity.low == doctest::Approx(3e12));
  CHECK(plan.quantity.unit == "INR");
}

TEST_CASE("negative numbers with a sign or a word") {
  std::string_view const sign = "The rate stood at -5 percent in May.";
  auto const rate = only_claim(sign);
  CHECK(quantity_text(sign, rate) == "-5 percent");
  CHECK(rate.quantity.low == doctest::Approx(-5));
  CHECK(rate.quantity.precision == doctest::Approx(1));

  std::string_view const word = "Real interest rates fell to minus two percent.";
  auto const real = only_claim(word);
  CHECK(real.quantity.low == doctest::Approx(-2));
  CHECK(real.quantity.unit == "percent");
}

TEST_CASE("thousands grouped with spaces, no-break spaces or lakh commas") {
  std::string_view const spaces = "China's population is 1 414 021 100 people.";
  auto const population = only_claim(spaces);
  CHECK(quantity_text(spaces, population) == "1 414 021 100 people");
  CHECK(population.quantity.low == doctest::Approx(1414021100));
  CHECK(population.quantity.precision == doctest::Approx(100));

  std::string_view const narrow = "The fine was 40\xE2\x80\xAF" "000 euros.";
  auto const fine = only_claim(narrow);
  CHECK(fine.quantity.low == doctest::Approx(40000));
  CHECK(fine.quantity.unit == "EUR");

  std::string_view const lakh = "The loan was 12,34,567.89 rupees.";
  auto const loan = only_claim(lakh);
  CHECK(loan.quantity.low == doctest::Approx(1234567.89));
  CHECK(loan.quantity.unit == "INR");

  std::string_view const year_then_count = "In 2024 300 companies left.";
  auto const left = only_claim(year_then_count);
  CHECK(left.quantity.low == doctest::Approx(300));
}

TEST_CASE("currency names after a number match in any case, codes before it only as written") {
  std::string_view const lower = "Sales reached 125 million australian dollars and 100 chinese yuan.";
  auto const sales = claims_in(lower);
  REQUIRE(sales.size() == 2);
  CHECK(sales[0].quantity.unit == "AUD");
  CHECK(sales[0].quantity.low == doctest::Approx(125e6));
  CHECK(sales[1].quantity.unit == "CNY");

  std::string_view const codes = "It cost 10 us dollar, 40 rmb and 20 swiss francs.";
  auto const costs = claims_in(codes);
  REQUIRE(costs.size() == 3);
  CHECK(costs[0].quantity.unit == "USD");
  CHECK(costs[1].quantity.unit == "CNY");
  CHECK(costs[2].quantity.unit == "CHF");

  std::string_view const spaced_sign = "Toy exports fell to hk $ 10.05 billion.";
  CHECK(only_claim(spaced_sign).quantity.unit == "HKD");

  std::string_view const verb = "We will try 3 times.";
  CHECK(only_claim(verb).quantity.unit == "");

  std::string_view const article = "A $5 million contract was signed.";
  CHECK(only_claim(article).quantity.unit == "USD");
}

TEST_CASE("cents and pence are units of their own, hyphenated or not") {
  std::string_view const cents = "Shares rose 50 cents on Friday.";
  auto const rise = only_claim(cents);
  CHECK(rise.role == Role::change);
  CHECK(rise.quantity.low == doctest::Approx(50));
  CHECK(rise.quantity.unit == "cent");

  std::string_view const pence = "It bid 470 pence a share, a 12-cent-a-share premium.";
  auto const bid = claims_in(pence);
  REQUIRE(bid.size() == 2);
  CHECK(bid[0].quantity.unit == "penny");
  CHECK(quantity_text(pence, bid[1]) == "12-cent");
  CHECK(bid[1].quantity.low == doctest::Approx(12));
}

TEST_CASE("numbers inside names, codes, labels and web addresses are not claims") {
  for (std::string_view sentence :
       {"The COVID-19 pandemic hit trade.", "The G20 met in Rio.", "Sales in H1 were strong.",
        "Q2 results beat forecasts.", "He is the No. 1 seed.", "`000_f21e5918f760a7ed.txt` opens with a date.",
        "The file 001_f1b43f7d977fbb38.txt has no date.", "See https://example.com/search?q=30%25 for details.",
        "The one you mentioned is gone."}) {
    CAPTURE(sentence);
    CHECK(claims_in(sentence).empty());
  }
}

TEST_CASE("a rank claim's quantity is the ordinal itself") {
  std::string_view const sentence = "China ranked 11th in the innovation index.";
  auto const rank = only_claim(sentence);
  CHECK(quantity_text(sentence, rank) == "11th");
  CHECK(phrase_text(sentence, rank) == "ranked 11th");
}

TEST_CASE("a change verb reads 'X to Y' as the change and the level it reached, not as a range") {
  std::string_view const sentence = "Private firms' share of exports rose 1.2 percent to 57.3 percent in 2024.";
  auto const claims = claims_in(sentence);
  REQUIRE(claims.size() == 2);
  CHECK(quantity_text(sentence, claims[0]) == "1.2 percent");
  CHECK(claims[0].role == Role::change);
  CHECK(claims[0].direction == Direction::up);
  CHECK_FALSE(claims[0].quantity.is_range);
  CHECK(claims[0].quantity.low == doctest::Approx(1.2));
  CHECK(quantity_text(sentence, claims[1]) == "57.3 percent");
  CHECK(claims[1].role == Role::level);
  CHECK(claims[1].quantity.low == doctest::Approx(57.3));
  CHECK(claims[1].quantity.unit == "percent");
}

TEST_CASE("ranges without a change verb, or joined by a dash, stay ranges") {
  std::string_view const trip = "The new line runs from 252 to 287 miles.";
  auto const miles = only_claim(trip);
  CHECK(miles.quantity.is_range);
  CHECK(miles.quantity.low == doctest::Approx(252));
  CHECK(miles.quantity.high == doctest::Approx(287));

  std::string_view const prices = "Prices rose 5-6 percent last year.";
  auto const change = only_claim(prices);
  CHECK(change.role == Role::change);
  CHECK(change.quantity.is_range);
  CHECK(change.quantity.low == doctest::Approx(5));
  CHECK(change.quantity.high == doctest::Approx(6));
}

TEST_CASE("a line break inside a paragraph counts as a space") {
  std::string_view const rose = "Trade rose\n2.9 percent in 2024.";
  auto const change = only_claim(rose);
  CHECK(change.role == Role::change);
  CHECK(change.direction == Direction::up);
  CHECK(quantity_text(rose, change) == "2.9 percent");

  std::string_view const increase = "It was a year-on-year\nincrease of 3.1 percent.";
  auto const noun = only_claim(increase);
  CHECK(noun.role == Role::change);
  CHECK(noun.change_basis == "year-on-year");
  CHECK(noun.quantity.low == doctest::Approx(3.1));

  std::string_view const exceeded = "Imports exceeded\n18.2 trillion yuan in 2024.";
  auto const imports = only_claim(exceeded);
  CHECK(imports.quantity.qualifier == Qualifier::over);
  CHECK(imports.quantity.low == doctest::Approx(18.2e12));
  CHECK(imports.quantity.unit == "CNY");

  std::string_view const more = "The province exported more\nthan 5 billion yuan of tea.";
  CHECK(only_claim(more).quantity.qualifier == Qualifier::over);
}

TEST_CASE("a blank line ends a phrase") {
  std::string_view const sentence = "Exports rose\n\n2.9 percent was the forecast.";
  auto const claim = only_claim(sentence);
  CHECK(claim.role == Role::level);
  CHECK(quantity_text(sentence, claim) == "2.9 percent");
}

TEST_CASE("a fraction in words is one claim with the fraction's value") {
  std::string_view const sentence = "Two thirds of exports went to Asia.";
  auto const claim = only_claim(sentence);
  CHECK(quantity_text(sentence, claim) == "Two thirds");
  CHECK(claim.quantity.low == doctest::Approx(2.0 / 3.0));
  CHECK(claim.quantity.unit == "");

  std::string_view const sign = "About ⅔ of the budget went to roads.";
  CHECK(only_claim(sign).quantity.low == doctest::Approx(2.0 / 3.0));
}

TEST_CASE("a whole and a half, and fractions of a scale") {
  std::string_view const sales = "Sales rose one and a half percent.";
  auto const change = only_claim(sales);
  CHECK(quantity_text(sales, change) == "one and a half percent");
  CHECK(change.role == Role::change);
  CHECK(change.quantity.low == doctest::Approx(1.5));
  CHECK(change.quantity.unit == "percent");

  std::string_view const fund = "The fund holds half a million dollars.";
  auto const dollars = only_claim(fund);
  CHECK(dollars.quantity.low == doctest::Approx(500000));
  CHECK(dollars.quantity.unit == "USD");

  std::string_view const city = "The city has a quarter million residents.";
  auto const residents = only_claim(city);
  CHECK(residents.quantity.low == doctest::Approx(250000));
  CHECK(residents.quantity.unit == "people");

  std::string_view const population = "The population is 3 million and a half.";
  CHECK(only_claim(population).quantity.low == doctest::Approx(3.5e6));

  std::string_view const scaled = "The region is home to 1.5 million people.";
  CHECK(only_claim(scaled).quantity.low == doctest::Approx(1.5e6));
}

TEST_CASE("ordinals that look like fractions are not claims") {
  CHECK(claims_in("Exports grew for a third consecutive year.").empty());
  CHECK(claims_in("Growth slowed in the third quarter.").empty());
  CHECK(claims_in("It was the trade route of the twenty-first century.").empty());
}

TEST_CASE("a currency amount with its cents") {
  std::string_view const cents = "The ticket cost 3 dollars 50 cents.";
  auto const ticket = only_claim(cents);
  CHECK(quantity_text(cents, ticket) == "3 dollars 50 cents");
  CHECK(ticket.quantity.low == doctest::Approx(3.5));
  CHECK(ticket.quantity.unit == "USD");

  std::string_view const spoken = "A coffee costs 15 dollars 50.";
  CHECK(only_claim(spoken).quantity.low == doctest::Approx(15.5));

  std::string_view const sign = "A ride is $3 and 50 cents.";
  auto const ride = only_claim(sign);
  CHECK(ride.quantity.low == doctest::Approx(3.5));
  CHECK(ride.quantity.unit == "USD");

  std::string_view const range = "Tickets cost between 5 dollars and 10 dollars.";
  auto const tickets = only_claim(range);
  CHECK(tickets.quantity.is_range);
  CHECK(tickets.quantity.low == doctest::Approx(5));
  CHECK(tickets.quantity.high == doctest::Approx(10));
}

TEST_CASE("cents that attach to no currency leave the amount before them as it is written") {
  // A number with no currency, or one with a scale, takes no cents: the cents are a claim of their own.
  std::string_view const bare = "The shop sold 5 and 50 cents worth of sweets.";
  auto const sold = claims_in(bare);
  REQUIRE(sold.size() == 2);
  CHECK(quantity_text(bare, sold[0]) == "5");
  CHECK(sold[0].quantity.low == 5);
  CHECK(sold[0].quantity.precision == 1);
  CHECK(quantity_text(bare, sold[1]) == "50 cents");

  std::string_view const scaled = "The fund held 3 million 50 cents in cash.";
  auto const held = claims_in(scaled);
  REQUIRE(held.size() == 2);
  CHECK(quantity_text(scaled, held[0]) == "3 million");
  CHECK(held[0].quantity.low == 3e6);
  CHECK(held[0].quantity.precision == 1e6);

  std::string_view const counted = "Inspectors counted 12 45 cents coins.";
  auto const coins = claims_in(counted);
  REQUIRE(coins.size() == 2);
  CHECK(coins[0].quantity.low == 12);
  CHECK(coins[0].quantity.precision == 1);
}

TEST_CASE("cents are read only after an amount with a currency and no scale, which they attach to") {
  // A scale before the cents: they are not read into the amount, and stand as a claim of their own.
  std::string_view const fees = "The fund paid $3 million and 50 cents in fees.";
  auto const paid = claims_in(fees);
  REQUIRE(paid.size() == 2);
  CHECK(quantity_text(fees, paid[0]) == "$3 million");
  CHECK(paid[0].quantity.low == 3e6);
  CHECK(quantity_text(fees, paid[1]) == "50 cents");

  std::string_view const scaled_name = "It cost 3 million yuan and 50 more.";
  auto const cost = claims_in(scaled_name);
  REQUIRE(cost.size() == 2);
  CHECK(quantity_text(scaled_name, cost[0]) == "3 million yuan");
  CHECK(cost[0].quantity.low == 3e6);

  // A currency and no scale: the cents are read, after a sign or a name.
  std::string_view const sign = "A ride is $3 and 50 cents.";
  CHECK(quantity_text(sign, only_claim(sign)) == "$3 and 50 cents");
  std::string_view const name = "A meal was 12 yuan and 50.";
  auto const meal = only_claim(name);
  CHECK(quantity_text(name, meal) == "12 yuan and 50");
  CHECK(meal.quantity.low == doctest::Approx(12.5));
}

TEST_CASE("a year followed by a unit is a count, not a date") {
  std::string_view const sentence = "The plant made 2024 tonnes of steel.";
  auto const claim = only_claim(sentence);
  CHECK(quantity_text(sentence, claim) == "2024 tonnes");
  CHECK(claim.quantity.low == 2024);
  CHECK(claim.quantity.high == 2024);
  CHECK(claim.quantity.precision == 1);
  CHECK(claim.quantity.unit == "ton");
  CHECK_FALSE(claim.quantity.is_range);
  CHECK(claim.role == Role::level);
}

TEST_CASE("digits_value gives the value std::from_chars gives the same digits") {
  // Integers, decimals, leading zeros, 15 significant digits (read as an integer divided by a power
  // of ten) and 16 (read by std::from_chars), including one that a double cannot hold exactly.
  std::string_view const written[] = {"0",
                                      "7",
                                      "80",
                                      "2024",
                                      "007",
                                      "0.5",
                                      "0.1",
                                      "3.6",
                                      "2.68",
                                      "891.1",
                                      "0.000123",
                                      "00012.50",
                                      "123456789012345",
                                      "999999999999999",
                                      "1234567.89012345",
                                      "0.12345678901234",
                                      "1234567890123456",
                                      "9007199254740993",
                                      "9999999999999999",
                                      "0.1234567890123456",
                                      "12345678.90123456"};
  for (std::string_view const digits : written) {
    CAPTURE(digits);
    double expected = 0;
    REQUIRE(std::from_chars(digits.data(), digits.data() + digits.size(), expected).ec == std::errc{});
    CHECK(digits_value(digits).value == expected);
  }
}
