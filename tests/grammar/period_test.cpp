// Tests of period phrases found in real sentences: their spans, years and months.
#include "grammar/period.hpp"
#include "grammar/ascii_parsers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using claimcheck::grammar::find_periods;
using claimcheck::grammar::period_scan_may_start_at;
using claimcheck::grammar::PeriodMention;

namespace {

// The one mention in a sentence, with its text, so that a test can state the phrase as written.
struct Found {
  std::string text;
  PeriodMention mention;
};

std::vector<Found> periods_in(std::string_view sentence) {
  std::vector<Found> found;
  for (const PeriodMention& mention : find_periods(sentence)) {
    found.push_back({std::string(sentence.substr(mention.offset, mention.length)), mention});
  }
  return found;
}

Found only_period_in(std::string_view sentence) {
  const auto found = periods_in(sentence);
  REQUIRE(found.size() == 1);
  return found.front();
}

// Two sentences of a text and what lies between them.
struct SentencePair {
  std::string_view first;
  std::string_view between;
  std::string_view second;
  bool may_start = false;  // whether the period scan may start at the second
};

// Whether period_scan_may_start_at says the scan may start at the second sentence.
bool scan_may_start_at_second(const SentencePair& pair) {
  const std::string text = std::string(pair.first) + std::string(pair.between) + std::string(pair.second);
  return period_scan_may_start_at(text, pair.first.size(), pair.first.size() + pair.between.size());
}

}  // namespace

TEST_CASE("\"In 2024\" is the calendar year 2024") {
  const Found found = only_period_in(
      "In 2024, China ranked 11th in the Global Innovation Index, with R&D expenditures exceeding 3.6 trillion yuan.");
  CHECK(found.text == "In 2024");
  CHECK(found.mention.offset == 0);
  CHECK(found.mention.year == 2024);
  CHECK_FALSE(found.mention.relative_year.has_value());
  CHECK(found.mention.first_month == 1);
  CHECK(found.mention.last_month == 12);
}

TEST_CASE("\"in the year 2024\" is the year 2024") {
  const Found found = only_period_in("Exports grew in the year 2024 despite tariffs.");
  CHECK(found.text == "in the year 2024");
  CHECK(found.mention.offset == 13);
  CHECK(found.mention.year == 2024);
}

TEST_CASE("\"for the full year\", \"full-year\" and \"the year as a whole\" are a whole year of the context") {
  for (const std::string_view sentence :
       {"For the full year, exports rose 5.9 percent.", "Full-year exports rose 5.9 percent.",
        "For the year as a whole, exports rose 5.9 percent.", "Over the whole year exports rose 5.9 percent."}) {
    CAPTURE(sentence);
    const Found found = only_period_in(sentence);
    CHECK_FALSE(found.mention.year.has_value());
    CHECK_FALSE(found.mention.relative_year.has_value());
    CHECK(found.mention.first_month == 1);
    CHECK(found.mention.last_month == 12);
  }
  const Found stated = only_period_in("For the full year 2024, exports rose 5.9 percent.");
  CHECK(stated.text == "For the full year 2024");
  CHECK(stated.mention.year == 2024);
  // "full" before another word is no period.
  CHECK(periods_in("Full employment was reached.").empty());
}

TEST_CASE("\"in the second\" at a clause's end is an ordinal for attribution to place") {
  const auto found = periods_in("GDP was 29.63 trillion yuan in the first quarter and 32.18 trillion yuan in the second.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].mention.ordinal_only == 0);
  CHECK(found[1].text == "in the second");
  CHECK(found[1].mention.ordinal_only == 2);
  // Before a noun it is no period: "in the second round".
  CHECK(periods_in("He won in the second round.").empty());
}

TEST_CASE("\"last year\", \"this year\" and \"next year\" are relative to the document date") {
  const auto found = periods_in(
      "Last year, China's research and development spending exceeded 3.6 trillion yuan; this year's budget is "
      "larger and next year it may grow again.");
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "Last year");
  CHECK(found[0].mention.relative_year == -1);
  CHECK_FALSE(found[0].mention.year.has_value());
  CHECK(found[1].text == "this year");
  CHECK(found[1].mention.relative_year == 0);
  CHECK(found[2].text == "next year");
  CHECK(found[2].mention.relative_year == 1);
}

TEST_CASE("\"the first half of this year\" is January to June of the document's year") {
  const Found found = only_period_in(
      "In the first half of this year, China's foreign trade experienced a notable increase in tech value.");
  CHECK(found.text == "In the first half of this year");
  CHECK(found.mention.relative_year == 0);
  CHECK(found.mention.first_month == 1);
  CHECK(found.mention.last_month == 6);
}

TEST_CASE("\"in the first half of 2025\" and \"H1 2025\" are 2025-H1") {
  const auto found = periods_in(
      "Exports continued to show strong momentum in the first half of 2025, and H1 2025 profits rose.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "in the first half of 2025");
  CHECK(found[1].text == "H1 2025");
  for (const Found& period : found) {
    CHECK(period.mention.year == 2025);
    CHECK(period.mention.first_month == 1);
    CHECK(period.mention.last_month == 6);
  }
}

TEST_CASE("\"1H25\" is the first half of 2025 and \"the second half\" has its year from context") {
  const auto found = periods_in("The 1H25 margin improved, but the second half will be harder.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "1H25");
  CHECK(found[0].mention.year == 2025);
  CHECK(found[0].mention.last_month == 6);
  CHECK(found[1].text == "the second half");
  CHECK_FALSE(found[1].mention.year.has_value());
  CHECK_FALSE(found[1].mention.relative_year.has_value());
  CHECK(found[1].mention.first_month == 7);
  CHECK(found[1].mention.last_month == 12);
}

TEST_CASE("\"the first five months of 2025\" is January to May 2025") {
  const Found found = only_period_in(
      "In the first five months of 2025, the trade value of China's mechanical and electronic products rose by 7.1 "
      "percent year-on-year, reaching nearly $1.29 trillion.");
  CHECK(found.text == "In the first five months of 2025");
  CHECK(found.mention.year == 2025);
  CHECK(found.mention.first_month == 1);
  CHECK(found.mention.last_month == 5);
}

TEST_CASE("\"the first 11 months of 2024\" is January to November 2024") {
  const Found found = only_period_in("Imports fell 1.2 percent in the first 11 months of 2024.");
  CHECK(found.text == "in the first 11 months of 2024");
  CHECK(found.mention.year == 2024);
  CHECK(found.mention.last_month == 11);
}

TEST_CASE("\"From January to May 2025\" is January to May 2025") {
  const Found found = only_period_in(
      "From January to May 2025, national fiscal spending on science and technology research and development "
      "reached 360.9 billion yuan.");
  CHECK(found.text == "From January to May 2025");
  CHECK(found.mention.year == 2025);
  CHECK(found.mention.first_month == 1);
  CHECK(found.mention.last_month == 5);
}

TEST_CASE("\"January-June\", \"Jan-May\" and \"January to May this year\" are month ranges") {
  const auto found =
      periods_in("January-June output beat the Jan-May estimate, and sales from January to May this year rose.");
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "January-June");
  CHECK(found[0].mention.first_month == 1);
  CHECK(found[0].mention.last_month == 6);
  CHECK_FALSE(found[0].mention.year.has_value());
  CHECK(found[1].text == "Jan-May");
  CHECK(found[1].mention.last_month == 5);
  CHECK(found[2].text == "from January to May this year");
  CHECK(found[2].mention.relative_year == 0);
  CHECK(found[2].mention.last_month == 5);
}

TEST_CASE("\"in Q2\" and \"the fourth quarter\" are quarters whose year comes from context") {
  const auto found = periods_in("Profits rose in Q2 and fell in the fourth quarter.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "in Q2");
  CHECK(found[0].mention.first_month == 4);
  CHECK(found[0].mention.last_month == 6);
  CHECK_FALSE(found[0].mention.year.has_value());
  CHECK(found[1].text == "in the fourth quarter");
  CHECK(found[1].mention.first_month == 10);
  CHECK(found[1].mention.last_month == 12);
}

TEST_CASE("\"the second quarter of 2024\" and \"Q4 2024\" are quarters of 2024") {
  const auto found = periods_in("GDP grew 4.7 percent in the second quarter of 2024 and 5.4 percent in Q4 2024.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "in the second quarter of 2024");
  CHECK(found[0].mention.year == 2024);
  CHECK(found[0].mention.first_month == 4);
  CHECK(found[0].mention.last_month == 6);
  CHECK(found[1].text == "in Q4 2024");
  CHECK(found[1].mention.year == 2024);
  CHECK(found[1].mention.first_month == 10);
}

TEST_CASE("\"in May 2025\" is one month, \"in May\" takes its year from context, \"may\" is not a month") {
  const auto found = periods_in("Exports rose in May 2025, and in May the surplus may widen.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "in May 2025");
  CHECK(found[0].mention.year == 2025);
  CHECK(found[0].mention.first_month == 5);
  CHECK(found[0].mention.last_month == 5);
  CHECK(found[1].text == "in May");
  CHECK_FALSE(found[1].mention.year.has_value());
  CHECK(found[1].mention.first_month == 5);
}

TEST_CASE("\"since 2020\", dates and amounts are not periods") {
  CHECK(find_periods("Cross-border e-commerce has grown since 2020, the report dated 2025-07-11 says.").empty());
  CHECK(find_periods("On May 5, 2025 the ministry said 2000 people and $2024 were involved, up 2,024 units.").empty());
}

TEST_CASE("a bare year in other text and a possessive year are the year") {
  const auto found = periods_in("The 2024 report confirmed 2024's record of 3.6 trillion yuan.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "2024");
  CHECK(found[0].mention.offset == 4);
  CHECK(found[1].text == "2024");
  CHECK(found[1].mention.offset == 26);
  CHECK(found[1].mention.year == 2024);
}

TEST_CASE("a span of years and months across years ends in end_year") {
  const auto found = periods_in("From 2020 to 2024 output doubled; from October 2024 to March 2025 it fell.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "From 2020 to 2024");
  CHECK(found[0].mention.year == 2020);
  CHECK(found[0].mention.end_year == 2024);
  CHECK(found[1].text == "from October 2024 to March 2025");
  CHECK(found[1].mention.year == 2024);
  CHECK(found[1].mention.first_month == 10);
  CHECK(found[1].mention.end_year == 2025);
  CHECK(found[1].mention.last_month == 3);
}

TEST_CASE("\"the 1990s\" is the ten years 1990 to 1999, not the year 1990") {
  const auto found = periods_in("In the 1990s output doubled, and in the 2010s it fell.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "1990s");
  CHECK(found[0].mention.year == 1990);
  CHECK(found[0].mention.end_year == 1999);
  // The "1" that "1H25" and "1Q25" would begin sets no months of the decade.
  CHECK(found[0].mention.first_month == 1);
  CHECK(found[0].mention.last_month == 12);
  CHECK(found[1].text == "2010s");
  CHECK(found[1].mention.year == 2010);
  CHECK(found[1].mention.end_year == 2019);
  CHECK(find_periods("The 1995s are no decade.").empty());
  CHECK(find_periods("Prices have doubled since the 1990s and since 2020.").empty());
}

TEST_CASE("a span of years may be written with a slash") {
  const auto found = periods_in("Exports were worth $30 billion in 2023/24, against 2021/2022.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "in 2023/24");
  CHECK(found[0].mention.year == 2023);
  CHECK(found[0].mention.end_year == 2024);
  CHECK(found[1].text == "2021/2022");
  CHECK(found[1].mention.end_year == 2022);
}

TEST_CASE("abbreviated months with a dot and the first three quarters are read") {
  const auto found = periods_in("Sales in Jan. 2025 topped the first three quarters of 2024.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "in Jan. 2025");
  CHECK(found[0].mention.first_month == 1);
  CHECK(found[0].mention.last_month == 1);
  CHECK(found[1].text == "the first three quarters of 2024");
  CHECK(found[1].mention.last_month == 9);
}

TEST_CASE("a period phrase at the very end of a text and an empty text") {
  CHECK(find_periods("").empty());
  const Found found = only_period_in("Exports totaled $891.1 billion last year");
  CHECK(found.text == "last year");
  CHECK(found.mention.offset == 31);
}

TEST_CASE("a phrase begins at every word that can begin one, in any case") {
  const auto found = periods_in(
      "THROUGHOUT 2024 and During 2023, By 2022, Over 2021, For 2020, FY2019 and Fiscal 2018 grew, and Sept 2016 "
      "and between 2014 and 2015.");
  REQUIRE(found.size() == 9);
  CHECK(found[0].text == "THROUGHOUT 2024");
  CHECK(found[1].text == "During 2023");
  CHECK(found[2].text == "By 2022");
  CHECK(found[3].text == "Over 2021");
  CHECK(found[4].text == "For 2020");
  CHECK(found[5].text == "FY2019");
  CHECK(found[6].text == "Fiscal 2018");
  CHECK(found[7].text == "Sept 2016");
  CHECK(found[7].mention.first_month == 9);
  CHECK(found[8].text == "between 2014 and 2015");
  CHECK(found[8].mention.end_year == 2015);
}

TEST_CASE("every month with its year after a preposition is that month of the year") {
  const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
  for (int month = 1; month <= 12; ++month) {
    const std::string name = months[month - 1];
    CAPTURE(name);
    const Found found = only_period_in("Exports rose in " + name + " 2024 from a year earlier.");
    CHECK(found.text == "in " + name + " 2024");
    CHECK(found.mention.year == 2024);
    CHECK(found.mention.first_month == month);
    CHECK(found.mention.last_month == month);
  }
}

TEST_CASE("\"second-quarter\", \"Third-quarter\" and \"fourth quarter\" begin a phrase as \"first-quarter\" does") {
  const auto found = periods_in(
      "First-quarter GDP grew 5.3 percent, second-quarter GDP 4.7 percent, Third-quarter GDP 4.6 percent and "
      "fourth quarter GDP 5.4 percent, with second half growth of 5 percent.");
  // The year of each comes from context.
  const struct {
    std::string_view text;
    int first_month;
    int last_month;
  } expected[] = {{"First-quarter", 1, 3}, {"second-quarter", 4, 6}, {"Third-quarter", 7, 9},
                  {"fourth quarter", 10, 12}, {"second half", 7, 12}};
  REQUIRE(found.size() == std::size(expected));
  for (std::size_t k = 0; k < found.size(); ++k) {
    CHECK(found[k].text == expected[k].text);
    CHECK(found[k].mention.first_month == expected[k].first_month);
    CHECK(found[k].mention.last_month == expected[k].last_month);
    CHECK_FALSE(found[k].mention.year.has_value());
  }
  // An ordinal that names no half or quarter begins no phrase.
  CHECK(periods_in("It is the world's second-largest economy for a third time, a fourth of the total.").empty());
}

TEST_CASE("a phrase led by an ordinal, \"the\", \"from\" or \"between\" is found in capitals as in lower case") {
  struct Case {
    std::string_view sentence;
    std::string_view phrase;
    int first_month;
    int last_month;
    std::optional<int> year;
    std::optional<int> end_year;
  };
  const Case cases[] = {
      {"In SECOND HALF OF 2024, sales rose 3 percent.", "In SECOND HALF OF 2024", 7, 12, 2024, std::nullopt},
      {"THE THIRD QUARTER OF 2023 SAW GROWTH", "THE THIRD QUARTER OF 2023", 7, 9, 2023, std::nullopt},
      // "First" begins a half, a quarter and the first months too: each is tried before the quarters.
      {"First two quarters of 2022 were weak.", "First two quarters of 2022", 1, 6, 2022, std::nullopt},
      {"The year 2021 closed with a surplus.", "The year 2021", 1, 12, 2021, std::nullopt},
      {"Between March and May 2020 output fell.", "Between March and May 2020", 3, 5, 2020, std::nullopt},
      {"FROM 2018 TO 2019 trade grew.", "FROM 2018 TO 2019", 1, 12, 2018, 2019},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const Found found = only_period_in(c.sentence);
    CHECK(found.text == c.phrase);
    CHECK(found.mention.first_month == c.first_month);
    CHECK(found.mention.last_month == c.last_month);
    CHECK(found.mention.year == c.year);
    CHECK(found.mention.end_year == c.end_year);
  }
}

TEST_CASE("a phrase that ends inside a word begins no phrase in the rest of the word") {
  const auto found = periods_in("Sales in 2024in 2023 rose.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "in 2024");
  CHECK(found[1].text == "2023");
}

TEST_CASE("a text scanned in parts, each from where the last stopped, has the mentions of the whole") {
  const std::string_view text =
      "In the first half of 2025, exports rose. Trade in\n\n2024 grew from Jan. To March 2024 and in Q4 2023. "
      "Sales rose since 2020 in the first five months of this year.";
  const std::vector<PeriodMention> whole = find_periods(text);
  REQUIRE(whole.size() >= 4);
  for (std::size_t step = 1; step <= 40; ++step) {
    std::vector<PeriodMention> parts;
    std::size_t from = 0;
    for (std::size_t to = step; from < text.size(); to += step) {
      const std::size_t resume = find_periods(text, from, std::min(to, text.size()), parts);
      CHECK(resume >= std::min(to, text.size()));
      from = resume;
    }
    REQUIRE(parts.size() == whole.size());
    for (std::size_t k = 0; k < whole.size(); ++k) {
      CHECK(parts[k].offset == whole[k].offset);
      CHECK(parts[k].length == whole[k].length);
      CHECK(parts[k].year == whole[k].year);
      CHECK(parts[k].first_month == whole[k].first_month);
    }
  }
}

TEST_CASE("a number in a period is read whole: a digit or letter after it makes it no year, day or short year") {
  const auto found = periods_in("FY2024, FY24 and 1H25 rose; FY20245, FY24a, 1H255, 2024-255 and 5 May2025 did not.");
  REQUIRE(found.size() == 4);
  CHECK(found[0].text == "FY2024");
  CHECK(found[1].text == "FY24");
  CHECK(found[1].mention.year == 2024);
  CHECK(found[2].text == "1H25");
  CHECK(found[2].mention.last_month == 6);
  // "2024-255" is not the span 2024-25 but the year alone.
  CHECK(found[3].text == "2024");
  CHECK_FALSE(found[3].mention.end_year.has_value());
  CHECK(find_periods("Output of the first 123 months and in 12345 cases.").empty());
}

TEST_CASE("the grammar's white space is the C library's in the \"C\" locale") {
  for (int c = 0; c < 256; ++c) {
    INFO(c);
    CHECK(claimcheck::grammar::is_ascii_space(static_cast<char>(c)) == (std::isspace(c) != 0));
  }
}

TEST_CASE("any white space the C library knows separates the words of a phrase") {
  const auto found =
      periods_in("Sales in\t2024, in\n2023, in\v2022, in\f2021 and in\r\n2020 and the first\t\thalf of 2019.");
  REQUIRE(found.size() == 6);
  CHECK(found[0].mention.year == 2024);
  CHECK(found[3].text == "in\f2021");
  CHECK(found[4].text == "in\r\n2020");
  CHECK(found[5].text == "the first\t\thalf of 2019");
  CHECK(found[5].mention.last_month == 6);
}

TEST_CASE("the period scan may start at a sentence unless a mention may run on into it") {
  // "in\n\n2024" and "from Jan. To March 2024" are mentions that run on into a second sentence.
  CHECK(periods_in("Trade in\n\n2024 grew.").front().text == "in\n\n2024");
  CHECK(periods_in("Trade grew from Jan. To March 2024 it fell.").front().text == "from Jan. To March 2024");
  for (const SentencePair& pair : std::initializer_list<SentencePair>{
           {"Exports rose 5 percent.", " ", "Imports fell 3 percent in 2024.", true},
           {"Did exports rise?", "\n\n", "In 2024 they did.", true},
           {"Exports rose (in yuan)", " ", "In 2024 they did.", true},
           // A full stop is in a mention only after a month's short name, and "kept" is none.
           {"Prices were kept.", " ", "In 2024 they rose.", true},
           {"Shipments of type_", " ", "A rose.", true},
           {"", "", "In 2024 exports rose.", true},
           {"Trade in", "\n\n", "2024 grew.", false},
           {"Trade grew from Jan.", " ", "To March 2024 it fell.", false},
           {"Exports rose on Sept.", " ", "3 and fell.", false},
           {"Exports rose 5 percent", "\n", "Imports fell.", false},
           {"Exports rose in 2024,", " ", "Imports fell.", false},
           {"Exports rose January\xE2\x80\x93", "", "March.", false},
           // Inside a word, and after a word between the sentences.
           {"Shipments of type_", "", "A rose.", false},
           {"Exports rose.", "x", "In 2024 they did.", false},
           {"Exports rose.", " _ ", "In 2024 they did.", false},
       }) {
    INFO(pair.first << pair.between << pair.second);
    CHECK(scan_may_start_at_second(pair) == pair.may_start);
  }
}

TEST_CASE("where the period scan may start, it finds the mentions of the scan of the whole text") {
  const std::string_view text =
      "In the first half of 2025, exports rose. Trade in\n\n2024 grew from Jan. To March 2024 and in Q4 2023. "
      "Sales rose on Sept. 3, kept. In May 2024, H1 2023 (and 2022) rose 5 percent. Since 2020, in the "
      "first five months of this year.";
  const std::vector<PeriodMention> whole = find_periods(text);
  std::size_t starts = 0;
  for (std::size_t begin = 0; begin <= text.size(); ++begin) {
    for (std::size_t previous_end = begin >= 3 ? begin - 3 : 0; previous_end <= begin; ++previous_end) {
      if (!period_scan_may_start_at(text, previous_end, begin)) continue;
      ++starts;
      std::vector<PeriodMention> part;
      find_periods(text, begin, text.size(), part);
      std::vector<PeriodMention> expected;
      for (const PeriodMention& m : whole) {
        if (m.offset >= begin) expected.push_back(m);
      }
      INFO("begin " << begin << ", previous_end " << previous_end);
      REQUIRE(part.size() == expected.size());
      for (std::size_t k = 0; k < part.size(); ++k) {
        CHECK(part[k].offset == expected[k].offset);
        CHECK(part[k].length == expected[k].length);
      }
    }
  }
  CHECK(starts >= 10);
}
