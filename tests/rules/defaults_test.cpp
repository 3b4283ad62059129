// The built-in rules: they validate, and they hold the currencies, rates and metrics the checks need.
#include "rules/loader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace claimcheck::rules;

namespace {

const std::vector<std::string> kKnownChecks = {"conversion", "conflict",   "change-conflict",
                                               "scale",      "arithmetic", "points",
                                               "reference",  "unresolved-period"};

const Rate* find_rate(const Rules& rules, const std::string& currency, int year) {
  for (const auto& rate : rules.rates) {
    if (rate.currency == currency && rate.period == Period::year(year)) return &rate;
  }
  return nullptr;
}

bool has_alias(const std::vector<std::string>& aliases, const std::string& alias) {
  return std::find(aliases.begin(), aliases.end(), alias) != aliases.end();
}

}  // namespace

TEST_CASE("the built-in rules validate against the full list of checks") {
  const LoadResult loaded = load_rules(default_rules_text(), "default.yaml", Rules{}, kKnownChecks);
  std::string messages;
  for (const auto& diagnostic : loaded.errors) messages += diagnostic.to_string() + "\n";
  CHECK_MESSAGE(loaded.ok(), messages);
}

TEST_CASE("the compiled-in built-in rules are what loading their text gives, field by field") {
  const LoadResult loaded = load_rules(default_rules_text(), "<built-in rules>", Rules{}, {});
  REQUIRE(loaded.ok());
  CHECK(default_rules() == loaded.rules);
}

TEST_CASE("the built-in rules hold at least twenty currencies with their aliases") {
  const Rules rules = default_rules();
  CHECK(rules.currencies.size() >= 20);
  REQUIRE(rules.currencies.count("CNY") == 1);
  CHECK(rules.currencies.at("CNY").name == "Chinese yuan");
  CHECK(has_alias(rules.currencies.at("CNY").aliases, "yuan"));
  CHECK(has_alias(rules.currencies.at("CNY").aliases, "¥"));
  CHECK(has_alias(rules.currencies.at("USD").aliases, "US$"));
  CHECK(has_alias(rules.currencies.at("USD").aliases, "U.S. dollars"));
  CHECK(has_alias(rules.currencies.at("JPY").aliases, "JP¥"));
  CHECK_FALSE(has_alias(rules.currencies.at("JPY").aliases, "¥"));
}

TEST_CASE("the built-in rules hold an annual US dollar rate for 2015 to 2025 for seven currencies") {
  const Rules rules = default_rules();
  for (const char* currency : {"CNY", "EUR", "JPY", "GBP", "HKD", "INR", "KRW"}) {
    for (int year = 2015; year <= 2025; ++year) {
      CAPTURE(currency);
      CAPTURE(year);
      const Rate* rate = find_rate(rules, currency, year);
      REQUIRE(rate != nullptr);
      CHECK(rate->rate > 0);
      CHECK_FALSE(rate->source.empty());
    }
  }
}

TEST_CASE("built-in rates are units of currency per US dollar") {
  const Rules rules = default_rules();
  CHECK(find_rate(rules, "CNY", 2024)->rate == doctest::Approx(7.1899));
  // A euro was worth more than a dollar in 2024, so a dollar bought about 0.92 euro, not 1.08.
  CHECK(find_rate(rules, "EUR", 2024)->rate == doctest::Approx(0.92).epsilon(0.02));
  CHECK(find_rate(rules, "GBP", 2024)->rate == doctest::Approx(0.78).epsilon(0.02));
  CHECK(find_rate(rules, "JPY", 2024)->rate == doctest::Approx(151.5).epsilon(0.02));
  CHECK(find_rate(rules, "HKD", 2024)->rate == doctest::Approx(7.80).epsilon(0.01));
}

TEST_CASE("the seed draft's 2 trillion yuan ($280 billion) is within 4% of the 2024 table rate") {
  const Rules rules = default_rules();
  const double implied = 2e12 / 280e9;  // 7.142857 yuan per dollar
  const double table = find_rate(rules, "CNY", 2024)->rate;
  CHECK(std::abs(implied - table) / table < 0.04);
}

TEST_CASE("the built-in metrics include the trade identities") {
  const Rules rules = default_rules();
  REQUIRE(rules.metrics.count("trade_total") == 1);
  CHECK(rules.metrics.at("trade_total").sum_of == std::vector<std::string>{"exports", "imports"});
  REQUIRE(rules.metrics.count("trade_surplus") == 1);
  CHECK(rules.metrics.at("trade_surplus").difference_of ==
        std::vector<std::string>{"exports", "imports"});
  CHECK(rules.metrics.at("rd_spending").kind == "money");
  CHECK(rules.metrics.at("rd_intensity").kind == "percent");
  CHECK(has_alias(rules.metrics.at("rd_spending").aliases, "research and development spending"));
  CHECK(has_alias(rules.metrics.at("rd_spending").aliases, "R&D expenditures"));
}

TEST_CASE("fiscal spending on science and technology is its own metric, not R&D spending") {
  const Rules rules = default_rules();
  const auto& fiscal = rules.metrics.at("fiscal_st_spending");
  CHECK(has_alias(fiscal.aliases,
                  "national fiscal spending on science and technology research and development"));
  for (const auto& alias : rules.metrics.at("rd_spending").aliases) {
    CAPTURE(alias);
    CHECK_FALSE(has_alias(fiscal.aliases, alias));
  }
}

TEST_CASE("the built-in metrics cover the common economic indicators") {
  const Rules rules = default_rules();
  for (const char* id : {"gdp", "exports", "imports", "fdi", "retail_sales", "industrial_output",
                         "cpi", "fiscal_revenue", "fiscal_spending", "cross_border_ecommerce_exports",
                         "cross_border_ecommerce_trade", "unemployment_rate", "population"}) {
    CAPTURE(id);
    CHECK(rules.metrics.count(id) == 1);
  }
}

TEST_CASE("the built-in vocabulary holds hedges, change words, scales and number words") {
  const Rules rules = default_rules();
  const auto find = [](const auto& pairs, const std::string& key) {
    return std::find_if(pairs.begin(), pairs.end(), [&](const auto& pair) { return pair.first == key; });
  };
  CHECK(find(rules.hedges, "nearly")->second == "<");
  CHECK(find(rules.hedges, "exceeded")->second == ">");
  CHECK(find(rules.hedges, "at least")->second == ">=");
  CHECK(find(rules.hedges, "about")->second == "~");
  CHECK(find(rules.change_words, "fell")->second == "down");
  CHECK(find(rules.change_words, "rose")->second == "up");
  CHECK(find(rules.scales, "trillion")->second == 1e12);
  CHECK(find(rules.scales, "bn")->second == 1e9);
  CHECK(find(rules.number_words, "ninety-nine")->second == 99);
  CHECK(find(rules.number_words, "dozen")->second == 12);
  CHECK(find(rules.units, "people")->second == "people");
  CHECK(find(rules.units, "miles")->second == "mile");
  const auto forecast_word = [&](std::string_view word) {
    return std::find(rules.forecast_words.begin(), rules.forecast_words.end(), word) != rules.forecast_words.end();
  };
  CHECK(forecast_word("expected"));
  CHECK(forecast_word("target"));
  CHECK_FALSE(forecast_word("may"));  // also a month
  CHECK(rules.subjects.count("China") == 1);
  CHECK(has_alias(rules.subjects.at("China").aliases, "China’s"));
  CHECK(rules.document_date == std::vector<std::string>{"front-matter", "date-line"});
}

TEST_CASE("the built-in checks settings give conversion a 4% tolerance and run reference at error level") {
  const Rules rules = default_rules();
  REQUIRE(rules.checks.count("conversion") == 1);
  CHECK(rules.checks.at("conversion").severity == Severity::error);
  CHECK(rules.checks.at("conversion").tolerance == doctest::Approx(0.04));
  CHECK(rules.checks.at("reference").severity == Severity::error);
  CHECK(rules.checks.at("points").severity == Severity::warning);
}
