// Loading a user's rules file: each kind of mistake is reported at its line and column, all of them
// at once, and a valid file is merged over the built-in rules.
#include "rules/loader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimcheck::rules;

namespace {

const std::vector<std::string> kKnownChecks = {"conversion", "conflict",   "change-conflict",
                                               "scale",      "arithmetic", "points",
                                               "reference",  "unresolved-period"};

LoadResult load_user(std::string_view yaml, const Rules& base = Rules{}) {
  return load_rules(yaml, "newsroom.yaml", base, kKnownChecks);
}

// The one error a file is expected to have, with all errors shown when there are more.
Diagnostic only_error(const LoadResult& result) {
  std::string all;
  for (const auto& diagnostic : result.errors) all += diagnostic.to_string() + "\n";
  INFO(all);
  REQUIRE(result.errors.size() == 1);
  return result.errors.front();
}

const Rate* find_rate(const Rules& rules, const std::string& currency, int year) {
  for (const auto& rate : rules.rates) {
    if (rate.currency == currency && rate.period == Period::year(year)) return &rate;
  }
  return nullptr;
}

template <class Pairs>
const typename Pairs::value_type* find_word(const Pairs& pairs, const std::string& word) {
  for (const auto& pair : pairs) {
    if (pair.first == word) return &pair;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a misspelt top-level key is reported at its position with the nearest valid key") {
  const auto error = only_error(load_user("version: 1\n"
                                          "toleranse: 2%\n"));
  CHECK(error.pos.file == "newsroom.yaml");
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 1);
  CHECK(error.message == "unknown key 'toleranse' in the rules file; did you mean 'tolerance'?");
  CHECK(error.to_string() ==
        "newsroom.yaml:2:1: error: unknown key 'toleranse' in the rules file; did you mean "
        "'tolerance'?");
}

TEST_CASE("a key far from every valid key is answered with the list of valid keys") {
  const auto error = only_error(load_user("colour: blue\n"));
  CHECK(error.pos.line == 1);
  CHECK(error.pos.column == 1);
  CHECK(error.message.find("expected one of 'version', 'document-date', 'tolerance'") !=
        std::string::npos);
}

TEST_CASE("a misspelt key inside a metric suggests the key it resembles") {
  const auto error = only_error(load_user("metrics:\n"
                                          "  goods_exports:\n"
                                          "    label: goods exports\n"
                                          "    alias: [goods exports]\n"));
  CHECK(error.pos.line == 4);
  CHECK(error.pos.column == 5);
  CHECK(error.message == "unknown key 'alias' in metric 'goods_exports'; did you mean 'aliases'?");
}

TEST_CASE("a list where a mapping is expected is a type error at the list") {
  const auto error = only_error(load_user("metrics: [exports, imports]\n"));
  CHECK(error.pos.line == 1);
  CHECK(error.pos.column == 10);
  CHECK(error.message == "metrics must be a mapping of 'key: value' lines, not a list");
}

TEST_CASE("a rules file that is a list rather than a mapping is rejected") {
  const auto error = only_error(load_user("- exports\n- imports\n"));
  CHECK(error.pos.line == 1);
  CHECK(error.pos.column == 1);
  CHECK(error.message == "the rules file must be a mapping of 'key: value' lines, not a list");
}

TEST_CASE("a word where a rate is expected is a type error at the word") {
  const auto error = only_error(load_user("rates:\n"
                                          "  - {pair: USD/CNY, period: 2024, rate: seven}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 41);
  CHECK(error.message == "rate must be a number, not 'seven'");
}

TEST_CASE("a negative or zero exchange rate is impossible") {
  const auto negative = only_error(load_user("rates:\n"
                                             "  - {pair: USD/CNY, period: 2024, rate: -7.19}\n",
                                             default_rules()));
  CHECK(negative.pos.line == 2);
  CHECK(negative.pos.column == 41);
  CHECK(negative.message == "rate must be greater than zero, not -7.19");

  const auto zero = only_error(load_user("rates:\n"
                                         "  - {pair: USD/CNY, period: 2024, rate: 0}\n",
                                         default_rules()));
  CHECK(zero.pos.line == 2);
  CHECK(zero.pos.column == 41);
  CHECK(zero.message == "rate must be greater than zero, not 0");
}

TEST_CASE("a tolerance must be a percentage below 100%") {
  for (const char* written : {"150%", "lots", "4", "-1%", "100%"}) {
    CAPTURE(written);
    const auto error = only_error(load_user(std::string("tolerance: ") + written + "\n"));
    CHECK(error.pos.line == 1);
    CHECK(error.pos.column == 12);
    CHECK(error.message == std::string("tolerance must be a percentage from 0% to below 100% (such "
                                       "as 4% or 0.04), not '") +
                               written + "'");
  }
}

TEST_CASE("a tolerance may be written as a percentage or as a fraction") {
  const auto percent = load_user("tolerance: 0.5%\n");
  REQUIRE(percent.ok());
  CHECK(percent.rules.tolerance == doctest::Approx(0.005));
  const auto fraction = load_user("tolerance: 0.04\n");
  REQUIRE(fraction.ok());
  CHECK(fraction.rules.tolerance == doctest::Approx(0.04));
}

TEST_CASE("an unknown check id is reported with the nearest known check") {
  const auto error = only_error(load_user("checks:\n"
                                          "  conversion: {severity: error}\n"
                                          "  conversoin: {severity: warning}\n"));
  CHECK(error.pos.line == 3);
  CHECK(error.pos.column == 3);
  CHECK(error.message == "unknown check 'conversoin'; did you mean 'conversion'?");
}

TEST_CASE("a severity other than error, warning, info or off is refused") {
  const auto result = load_user("checks:\n"
                                "  points: {severity: fatal}\n"
                                "  reference: loud\n");
  REQUIRE(result.errors.size() == 2);
  CHECK(result.errors[0].pos.line == 2);
  CHECK(result.errors[0].pos.column == 22);
  CHECK(result.errors[0].message ==
        "check 'points' severity cannot be 'fatal'; expected one of 'error', 'warning', 'info', 'off'");
  CHECK(result.errors[1].pos.line == 3);
  CHECK(result.errors[1].pos.column == 14);
  CHECK(result.errors[1].message.find("check 'reference' severity cannot be 'loud'") == 0);
}

TEST_CASE("a check may be given a severity alone or a severity and a tolerance") {
  const auto result = load_user("checks:\n"
                                "  conversion: {severity: warning, tolerance: 3%}\n"
                                "  reference: off\n");
  REQUIRE(result.ok());
  CHECK(result.rules.checks.at("conversion").severity == Severity::warning);
  CHECK(result.rules.checks.at("conversion").tolerance == doctest::Approx(0.03));
  CHECK(result.rules.checks.at("reference").severity == Severity::off);
  CHECK_FALSE(result.rules.checks.at("reference").tolerance.has_value());
}

TEST_CASE("a hedge qualifier must be one of ~ > >= < <=, and a bare ~ is caught") {
  const auto result = load_user("hedges:\n"
                                "  north of: \">>\"\n"
                                "  about: ~\n");
  REQUIRE(result.errors.size() == 2);
  CHECK(result.errors[0].pos.line == 2);
  CHECK(result.errors[0].pos.column == 13);
  CHECK(result.errors[0].message == "hedges 'north of' cannot be '>>'; did you mean '>'?");
  // A bare ~ is YAML for "nothing"; the error points at the key since the value is empty.
  CHECK(result.errors[1].pos.line == 3);
  CHECK(result.errors[1].pos.column == 3);
  CHECK(result.errors[1].message == "hedges 'about' is empty; write \"~\" in quotes for 'about'");
}

TEST_CASE("a change word must go up or down") {
  const auto error = only_error(load_user("change-words: {soared: upward}\n"));
  CHECK(error.pos.line == 1);
  CHECK(error.pos.column == 24);
  CHECK(error.message == "change-words 'soared' cannot be 'upward'; expected one of 'up', 'down'");
}

TEST_CASE("a basis word must give one of the bases") {
  const auto error = only_error(load_user("basis-words: {from last year: yearly}\n"));
  CHECK(error.pos.line == 1);
  CHECK(error.message ==
        "basis-words 'from last year' cannot be 'yearly'; expected one of 'year-on-year', 'month-on-month', "
        "'quarter-on-quarter', 'annualized'");
  const auto added = load_user("basis-words: {versus a year before: year-on-year}\n");
  REQUIRE(added.ok());
  CHECK(std::find(added.rules.basis_words.begin(), added.rules.basis_words.end(),
                  std::pair<std::string, std::string>{"versus a year before", "year-on-year"}) !=
        added.rules.basis_words.end());
}

TEST_CASE("a rate pair must be USD/XXX") {
  const auto error = only_error(load_user("rates:\n"
                                          "  - {pair: CNY/USD, period: 2024, rate: 0.139}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 12);
  CHECK(error.message == "pair 'CNY/USD' must be written USD/XXX: units of XXX per 1 US dollar");
}

TEST_CASE("a rate pair must name a known currency") {
  const auto error = only_error(load_user("rates:\n"
                                          "  - {pair: USD/CNX, period: 2024, rate: 7.19}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 12);
  CHECK(error.message == "pair 'USD/CNX' names unknown currency 'CNX'; did you mean 'CNY'?");
}

TEST_CASE("a rate without a period is incomplete") {
  const auto error = only_error(load_user("rates:\n"
                                          "  - {pair: USD/CNY, rate: 7.19}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 5);
  CHECK(error.message == "a rate needs 'period' (pair, period and rate are required)");
}

TEST_CASE("the same pair and period twice in one file is an error") {
  const auto error = only_error(load_user("rates:\n"
                                          "  - {pair: USD/CNY, period: 2024, rate: 7.19}\n"
                                          "  - {pair: USD/CNY, period: 2024, rate: 7.20}\n",
                                          default_rules()));
  CHECK(error.pos.line == 3);
  CHECK(error.pos.column == 5);
  CHECK(error.message == "a rate for USD/CNY in 2024 is already given on line 2");
}

TEST_CASE("a period that does not parse is reported at the period") {
  const auto error = only_error(
      load_user("facts:\n"
                "  - {metric: exports, subject: China, period: 2024-H3, value: 3.58 trillion USD}\n",
                default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 47);
  CHECK(error.message ==
        "period '2024-H3' is not a period; write 2024, 2025-H1, 2024-Q4, 2024-12 or 2025-01/2025-05");
}

TEST_CASE("a fact naming an unknown metric suggests the metric meant") {
  const auto error = only_error(load_user("facts:\n"
                                          "  - {metric: export, period: 2024, value: 3.58 trillion USD}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 14);
  CHECK(error.message == "fact names unknown metric 'export'; did you mean 'exports'?");
}

TEST_CASE("a valid fact keeps its text and the positions of its value and change") {
  const auto result = load_user("facts:\n"
                                "  - metric: rd_spending\n"
                                "    subject: China\n"
                                "    period: 2024\n"
                                "    value: 3.6130 trillion CNY\n"
                                "    change: +8.3%\n"
                                "    source: NBS 2025-01-23\n",
                                default_rules());
  REQUIRE(result.ok());
  REQUIRE(result.rules.facts.size() == 1);
  const Fact& fact = result.rules.facts.front();
  CHECK(fact.metric == "rd_spending");
  CHECK(fact.subject == "China");
  CHECK(fact.period == Period::year(2024));
  CHECK(fact.value == "3.6130 trillion CNY");
  CHECK(fact.change == "+8.3%");
  CHECK(fact.source == "NBS 2025-01-23");
  CHECK(fact.pos.line == 2);
  CHECK(fact.value_pos.line == 5);
  CHECK(fact.value_pos.column == 12);
  CHECK(fact.change_pos.line == 6);
  CHECK(fact.change_pos.column == 13);
}

TEST_CASE("a metric id given twice in one file is a duplicate") {
  const auto error = only_error(load_user("metrics:\n"
                                          "  goods_exports: {aliases: [goods exports]}\n"
                                          "  services_exports: {aliases: [services exports]}\n"
                                          "  goods_exports: {aliases: [merchandise exports]}\n"));
  CHECK(error.pos.line == 4);
  CHECK(error.pos.column == 3);
  CHECK(error.message == "duplicate key 'goods_exports' in metrics (first given on line 2)");
}

TEST_CASE("an alias claimed by two metrics is an error, whatever its case") {
  const auto error = only_error(load_user("metrics:\n"
                                          "  goods_exports: {aliases: [goods exports, merchandise exports]}\n"
                                          "  merchandise_exports: {aliases: [Merchandise Exports]}\n"));
  CHECK(error.pos.line == 3);
  CHECK(error.pos.column == 35);
  CHECK(error.message == "alias 'Merchandise Exports' of metric 'merchandise_exports' already names "
                         "metric 'goods_exports'; an alias may name only one");
}

TEST_CASE("a new metric may not take an alias from a built-in metric") {
  const auto error = only_error(load_user("metrics:\n"
                                          "  shipments: {aliases: [total exports]}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 25);
  CHECK(error.message == "alias 'total exports' of metric 'shipments' already names metric "
                         "'exports'; an alias may name only one");
}

TEST_CASE("a metric relation must name known metrics") {
  const auto error = only_error(load_user("metrics:\n"
                                          "  net_exports: {difference-of: [exports, imprts]}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 42);
  CHECK(error.message ==
        "metric 'net_exports' difference-of names unknown metric 'imprts'; did you mean 'imports'?");
}

TEST_CASE("a metric kind must be money, percent or count") {
  const auto error = only_error(load_user("metrics:\n"
                                          "  tourist_arrivals: {kind: people}\n"));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 28);
  CHECK(error.message ==
        "metric 'tourist_arrivals' kind cannot be 'people'; expected one of 'money', 'percent', 'count'");
}

TEST_CASE("bad indentation is a YAML syntax error at the line and column yaml-cpp stopped at") {
  // The fourth line is indented by three spaces, under neither "exports:" (2) nor "label:" (4).
  const auto error = only_error(load_user("metrics:\n"
                                          "  exports:\n"
                                          "    label: exports\n"
                                          "   kind: money\n"));
  CHECK(error.pos.line == 4);
  CHECK(error.pos.column == 4);
  CHECK(error.message.find("YAML syntax: end of map not found") == 0);
}

TEST_CASE("an unclosed brace is a YAML syntax error on the line after it") {
  const auto error = only_error(load_user("rates:\n"
                                          "  - {pair: USD/CNY, period: 2024, rate: 7.19\n"
                                          "  - {pair: USD/EUR, period: 2024, rate: 0.92}\n",
                                          default_rules()));
  CHECK(error.pos.line == 3);
  CHECK(error.message.find("YAML syntax: end of map flow not found") == 0);
}

TEST_CASE("every error in a file is reported, in line order") {
  const auto result = load_user("version: 1\n"
                                "tolerance: 200%\n"
                                "checks:\n"
                                "  arithmetik: warning\n"
                                "  points: {severity: loud}\n");
  REQUIRE(result.errors.size() == 3);
  CHECK(result.errors[0].pos.line == 2);
  CHECK(result.errors[0].pos.column == 12);
  CHECK(result.errors[1].pos.line == 4);
  CHECK(result.errors[1].pos.column == 3);
  CHECK(result.errors[1].message == "unknown check 'arithmetik'; did you mean 'arithmetic'?");
  CHECK(result.errors[2].pos.line == 5);
  CHECK(result.errors[2].pos.column == 22);
}

TEST_CASE("an unsupported version is refused") {
  const auto error = only_error(load_user("version: 2\n"));
  CHECK(error.pos.line == 1);
  CHECK(error.pos.column == 10);
  CHECK(error.message == "version 2 is not supported; this claimcheck reads version 1");
}

TEST_CASE("a negative scale is impossible") {
  const auto error = only_error(load_user("scales: {lakh: 1e5, crore: -1e7}\n"));
  CHECK(error.pos.line == 1);
  CHECK(error.pos.column == 28);
  CHECK(error.message == "scales 'crore' must be greater than zero, not -1e7");
}

TEST_CASE("a user file is merged over the defaults: maps by key, lists appended") {
  const Rules base = default_rules();
  const auto result =
      load_user("currencies:\n"
                "  KZT: {name: Kazakh tenge, aliases: [tenge, KZT]}\n"
                "rates:\n"
                "  - {pair: USD/KZT, period: 2024, rate: 469.4, source: National Bank of Kazakhstan}\n"
                "  - {pair: USD/CNY, period: 2024, rate: 7.19, tolerance: 2%, source: PBOC}\n"
                "metrics:\n"
                "  exports: {label: goods exports, aliases: [exports, goods exports], kind: money}\n"
                "hedges: {north of: \">\", about: \"~\"}\n"
                "ignore: [\"archive/**\"]\n"
                "checks:\n"
                "  points: off\n",
                base);
  REQUIRE(result.ok());
  const Rules& merged = result.rules;
  CHECK(merged.currencies.size() == base.currencies.size() + 1);
  CHECK(merged.currencies.at("KZT").name == "Kazakh tenge");
  CHECK(merged.currencies.at("CNY").name == "Chinese yuan");

  // One new rate appended; the user's USD/CNY 2024 replaces the built-in one in place.
  CHECK(merged.rates.size() == base.rates.size() + 1);
  CHECK(find_rate(merged, "KZT", 2024)->rate == doctest::Approx(469.4));
  const Rate* cny = find_rate(merged, "CNY", 2024);
  CHECK(cny->rate == doctest::Approx(7.19));
  CHECK(cny->tolerance == doctest::Approx(0.02));
  CHECK(cny->source == "PBOC");
  CHECK(cny->pos.file == "newsroom.yaml");
  CHECK(cny->pos.line == 5);
  CHECK(find_rate(merged, "CNY", 2023)->rate == doctest::Approx(7.0809));

  CHECK(merged.metrics.size() == base.metrics.size());
  CHECK(merged.metrics.at("exports").label == "goods exports");
  CHECK(merged.metrics.at("exports").aliases == std::vector<std::string>{"exports", "goods exports"});
  CHECK(merged.metrics.at("imports").label == "imports");

  CHECK(merged.hedges.size() == base.hedges.size() + 1);
  CHECK(find_word(merged.hedges, "north of")->second == ">");
  CHECK(find_word(merged.hedges, "nearly")->second == "<");

  CHECK(merged.ignore == std::vector<std::string>{"archive/**"});
  CHECK(merged.checks.at("points").severity == Severity::off);
  CHECK(merged.checks.at("conversion").severity == Severity::error);
  CHECK(merged.files == std::vector<std::string>{"<built-in rules>", "newsroom.yaml"});
}

TEST_CASE("ignore patterns from successive files accumulate") {
  const auto first = load_user("ignore: [\"archive/**\"]\n");
  REQUIRE(first.ok());
  const auto second = load_rules("ignore: [\"drafts/old-*.md\"]\n", "desk.yaml", first.rules, kKnownChecks);
  REQUIRE(second.ok());
  CHECK(second.rules.ignore == std::vector<std::string>{"archive/**", "drafts/old-*.md"});
}

TEST_CASE("forecast words from a file are added to those before it, each once") {
  const auto first = load_user("forecast-words: [expected, guidance]\n");
  REQUIRE(first.ok());
  const auto second = load_rules("forecast-words: [guidance, \"is set to\"]\n", "desk.yaml", first.rules, kKnownChecks);
  REQUIRE(second.ok());
  CHECK(second.rules.forecast_words == std::vector<std::string>{"expected", "guidance", "is set to"});
}

TEST_CASE("forecast words that are not a list of words are errors at their line") {
  const auto mapping = load_user("version: 1\nforecast-words: {expected: yes}\n");
  REQUIRE(mapping.errors.size() == 1);
  CHECK(mapping.errors[0].pos.line == 2);
  CHECK(mapping.errors[0].message.find("forecast-words must be a list") != std::string::npos);
  const auto blank = load_user("forecast-words:\n  - expected\n  - \"  \"\n");
  REQUIRE(blank.errors.size() == 1);
  CHECK(blank.errors[0].pos.line == 3);  // the blank item's line, not the key's
  CHECK(blank.errors[0].message.find("not blank") != std::string::npos);
}

TEST_CASE("a file with errors leaves the base rules unchanged") {
  const Rules base = default_rules();
  const auto result = load_user("tolerance: 5%\n"
                                "rates: {pair: USD/CNY}\n",
                                base);
  CHECK_FALSE(result.ok());
  CHECK(result.rules.tolerance == 0);
}

TEST_CASE("an empty file changes nothing") {
  const Rules base = default_rules();
  const auto result = load_user("# nothing here yet\n", base);
  REQUIRE(result.ok());
  CHECK(result.rules.currencies.size() == base.currencies.size());
  CHECK(result.rules.rates.size() == base.rates.size());
}

TEST_CASE("a file over 10 MB is refused without being parsed") {
  const std::string huge(10 * 1024 * 1024 + 1, '#');
  const auto error = only_error(load_user(huge));
  CHECK(error.pos.line == 1);
  CHECK(error.message.find("at most 10 MB") != std::string::npos);
}

TEST_CASE("nested aliases that would expand to a billion values are refused") {
  const auto result = load_user("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                                "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
                                "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n");
  const auto error = only_error(result);
  CHECK(error.message.find("anchors and aliases") != std::string::npos);
}

TEST_CASE("a small anchor reused once is accepted") {
  const auto result = load_user("metrics:\n"
                                "  goods_exports: {aliases: [goods exports], kind: &money money}\n"
                                "  goods_imports: {aliases: [goods imports], kind: *money}\n");
  REQUIRE(result.ok());
  CHECK(result.rules.metrics.at("goods_imports").kind == "money");
}

TEST_CASE("an unreadable rules file is an error naming it") {
  const auto result = load_rules_file("/nonexistent/newsroom.yaml", Rules{}, kKnownChecks);
  const auto error = only_error(result);
  CHECK(error.to_string() ==
        "/nonexistent/newsroom.yaml: error: cannot read the rules file; check that the path is right");
}

TEST_CASE("brackets nested ten thousand deep are refused with an error, not a crash") {
  const std::string deep = "ignore: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  const auto result = load_user(deep);
  REQUIRE_FALSE(result.ok());
  CHECK(result.errors.front().message.find("YAML syntax") == 0);
}

TEST_CASE("a currency must be keyed by a three-letter ISO code") {
  const auto error = only_error(load_user("currencies:\n"
                                          "  tenge: {name: Kazakh tenge, aliases: [tenge]}\n"));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 3);
  CHECK(error.message ==
        "currency 'tenge' must be an ISO 4217 code of three capital letters, such as CNY");
}

TEST_CASE("moving the yen sign from the yuan to the yen needs both currencies in one file") {
  const Rules base = default_rules();
  const auto clash = only_error(load_user("currencies:\n"
                                          "  JPY: {name: Japanese yen, aliases: [yen, \"¥\"]}\n",
                                          base));
  CHECK(clash.pos.line == 2);
  CHECK(clash.pos.column == 44);
  CHECK(clash.message == "alias '¥' of currency 'JPY' already names currency 'CNY'; an alias may "
                         "name only one");
  const auto moved = load_user("currencies:\n"
                               "  CNY: {name: Chinese yuan, aliases: [yuan, RMB, renminbi]}\n"
                               "  JPY: {name: Japanese yen, aliases: [yen, \"¥\"]}\n",
                               base);
  CHECK(moved.ok());
}

TEST_CASE("a subject alias may name only one subject") {
  const auto error = only_error(load_user("subjects:\n"
                                          "  Korea: {aliases: [Korea, ROK]}\n",
                                          default_rules()));
  CHECK(error.pos.line == 2);
  CHECK(error.pos.column == 28);
  CHECK(error.message ==
        "alias 'ROK' of subject 'Korea' already names subject 'South Korea'; an alias may name only one");
}

TEST_CASE("a document that starts with a comma is refused before the YAML parser, which would loop") {
  const Diagnostic first = only_error(load_user(",a checks: U\n"));
  CHECK(first.pos.line == 1);
  CHECK(first.pos.column == 1);
  CHECK(first.message.find("may only stand inside an unquoted value") != std::string::npos);
  CHECK(only_error(load_user("!,s: x\n")).pos.column == 2);
  CHECK(only_error(load_user("hedges:\n  about: ,x\n")).pos.line == 2);
  // After a comment, and in a second document.
  CHECK(only_error(load_user("# the desk's rules\n  ,\n")).pos.line == 2);
  const Diagnostic second = only_error(load_user("version: 1\n---\n, x\n"));
  CHECK(second.pos.line == 3);
  CHECK(second.pos.column == 1);
  // A comma inside a flow list is ordinary YAML.
  CHECK(load_user("ignore: [\"a/**\",\n  \"b/**\"]\n").ok());
}

TEST_CASE("a NUL byte is refused before the YAML parser, which would take it for the end and loop") {
  const Diagnostic nul = only_error(load_user(std::string("version: 1\nhedges: {ab\0c: \"~\"}\n", 31)));
  CHECK(nul.pos.line == 2);
  CHECK(nul.pos.column == 12);
  CHECK(nul.message.find("NUL byte") != std::string::npos);
  CHECK(only_error(load_user(std::string("\0,", 2))).pos.column == 1);
}

TEST_CASE("a comma after a quoted or bracketed top-level value is refused before the YAML parser") {
  // Each of these made yaml-cpp 0.7 loop forever.
  const Diagnostic quoted = only_error(load_user("\"\",\n"));
  CHECK(quoted.pos.line == 1);
  CHECK(quoted.pos.column == 3);
  CHECK(quoted.message.find("may only stand inside an unquoted value") != std::string::npos);
  CHECK(only_error(load_user("'a' ,b\n")).pos.column == 5);
  CHECK(only_error(load_user("[a],\n")).pos.column == 4);
  CHECK(only_error(load_user("&x {a: 1} ,\n")).pos.column == 11);
  CHECK(only_error(load_user("version: 1\n---\n\"b\",\n")).pos.line == 3);
  CHECK(only_error(load_user("\"\"&\",\n")).pos.column == 5);
  CHECK(only_error(load_user("hedges:\n  *a, x\n")).pos.line == 2);
  // A quote inside a plain value in brackets opens nothing: the list closes at "]".
  CHECK(only_error(load_user("[x \"],e\n")).pos.column == 6);
  // Nor on a later line: in brackets, a plain value goes on over line breaks.
  const Diagnostic later = only_error(load_user("[x \n\n\"],e\"\n"));
  CHECK(later.pos.line == 3);
  CHECK(later.pos.column == 3);
  // Not a comma after a value: an escaped quote inside the value, a comma inside the quotes or on
  // the next line of a list.
  CHECK(load_user("ignore:\n  - \"a\\\",b/**\"\n").ok());
  CHECK(load_user("ignore: [\"a,b/**\"]\n").ok());
  CHECK(load_user("ignore: [a/**, {x: 1}, \"b/**\",\n  c/**]\n").ok() == false);  // a map is no glob, but no loop
  CHECK(load_user("ignore: [a/**,\n  \"b/**\"]\n").ok());
  CHECK(load_user("ignore:\n  - \"a/**\"\n  - \"b/**\"\n").ok());
  // A comma inside a plain value, or inside the lines of a block scalar, is text.
  CHECK(load_user("metrics:\n  exports:\n    label: exports, goods\n").ok());
  CHECK(load_user("metrics:\n  exports:\n    label: >\n      , goods\n\n      and services\nversion: 1\n").ok());
}

TEST_CASE("for the comma guard, as for yaml-cpp, a lone CR is no line break but CR LF is") {
  // yaml-cpp 0.7 looped on this (fuzz_rules, timeout-cf0a7760): the anchor's name runs on over the CR
  // to the comma.
  const Diagnostic anchor = only_error(load_user("&\rx:\",\n"));
  CHECK(anchor.pos.line == 1);
  CHECK(anchor.pos.column == 6);
  CHECK(anchor.message.find("may only stand inside an unquoted value") != std::string::npos);
  CHECK(only_error(load_user("\"\"&\rernce:\",\n")).pos.column == 12);
  // With CR LF line ends a file reads as with LF ones.
  CHECK(load_user("version: 1\r\nignore: [a/**,\r\n  \"b/**\"]\r\n").ok());
  CHECK(load_user("version: 1\r\nmetrics:\r\n  exports:\r\n    label: exports, goods\r\n").ok());
  CHECK(only_error(load_user("version: 1\r\n\"\",\r\n")).pos.line == 2);
}
