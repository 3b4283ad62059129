// Measures the extractor against the Recognizers-Text English specs, read from the shared folder.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "checker/attribution.hpp"
#include "grammar/extract.hpp"
#include "rules/loader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck::grammar;
namespace fs = std::filesystem;

namespace {

fs::path const specs_dir = fs::path(CLAIMCHECK_SHARED_DIR) / "peer-specs" / "recognizers-text";
fs::path const project_dir = CLAIMCHECK_CONFORMANCE_DIR;

// What one spec file measures: which of our claims count, and how its expected results read.
enum class Model { currency, percent, number };

struct Expected {
  double value = 0;
  std::string currency;  // ISO code; empty when the spec's unit has none we know
};

// The spec's currency names as our units: ISO codes, or the counted noun of a minor unit ("50 cents"
// stays 50 cent, since a cent belongs to no one currency). A name missing here accepts any currency.
std::optional<std::string> our_unit(std::string const& unit) {
  static std::map<std::string, std::string> const units = {
      {"Dollar", "USD"},          {"United States dollar", "USD"}, {"Chinese yuan", "CNY"},
      {"Euro", "EUR"},            {"Pound", "GBP"},                {"British pound", "GBP"},
      {"Japanese yen", "JPY"},    {"Hong Kong dollar", "HKD"},     {"Canadian dollar", "CAD"},
      {"Australian dollar", "AUD"}, {"Swiss franc", "CHF"},        {"Rupee", "INR"},
      {"Turkish lira", "TRY"},    {"Mexican peso", "MXN"},         {"New Zealand dollar", "NZD"},
      {"Cent", "cent"},           {"Pence", "penny"},              {"Penny", "penny"}};
  auto const found = units.find(unit);
  if (found == units.end()) return std::nullopt;
  return found->second;
}

bool is_minor_unit(std::string const& unit) { return unit == "cent" || unit == "penny"; }

bool is_currency_code(std::string const& unit) {
  return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<Expected> expected_results(nlohmann::json const& test_case, Model model) {
  std::vector<Expected> results;
  for (auto const& result : test_case.at("Results")) {
    auto const& resolution = result.at("Resolution");
    if (!resolution.contains("value") || resolution.at("value").is_null()) continue;
    std::string text = resolution.at("value").get<std::string>();
    if (text == "null") continue;  // a unit word without a number ("a small percent") states no value
    if (model == Model::percent && !text.empty() && text.back() == '%') text.pop_back();
    Expected expected;
    expected.value = std::stod(text);
    if (model == Model::currency) expected.currency = our_unit(resolution.value("unit", "")).value_or("");
    results.push_back(expected);
  }
  return results;
}

std::vector<Expected> found_results(Extractor const& extractor, std::string const& input, Model model) {
  std::vector<Expected> results;
  for (auto const& claim : extractor.extract(input)) {
    bool const counts = model == Model::number ||
                        (model == Model::currency && (is_currency_code(claim.quantity.unit) || is_minor_unit(claim.quantity.unit))) ||
                        (model == Model::percent && claim.quantity.unit == "percent");
    if (!counts) continue;
    results.push_back({claim.quantity.low, model == Model::currency ? claim.quantity.unit : ""});
    if (claim.quantity.is_range) results.push_back({claim.quantity.high, results.back().currency});
  }
  return results;
}

bool same_results(std::vector<Expected> expected, std::vector<Expected> found) {
  if (expected.size() != found.size()) return false;
  for (auto const& want : expected) {
    auto const match = std::find_if(found.begin(), found.end(), [&](Expected const& got) {
      bool const value_matches = std::fabs(got.value - want.value) <= 1e-9 * std::max(1.0, std::fabs(want.value));
      return value_matches && (want.currency.empty() || got.currency == want.currency);
    });
    if (match == found.end()) return false;
    found.erase(match);
  }
  return true;
}

// Lines of a tab-separated project file, without its comment lines.
std::string describe(std::vector<Expected> const& results) {
  std::ostringstream out;
  out << "[";
  for (auto const& result : results) out << " " << result.value << (result.currency.empty() ? "" : " ") << result.currency;
  out << " ]";
  return out.str();
}

std::vector<std::vector<std::string>> read_tsv(fs::path const& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

// Case indices declared out of scope for one spec file, from out_of_scope.tsv (file, index, input, reason).
std::set<std::size_t> out_of_scope(std::string const& file) {
  std::set<std::size_t> indices;
  for (auto const& row : read_tsv(project_dir / "out_of_scope.tsv")) {
    if (row.size() >= 4 && row[0] == file) indices.insert(static_cast<std::size_t>(std::stoul(row[1])));
  }
  return indices;
}

double floor_for(std::string const& file) {
  for (auto const& row : read_tsv(project_dir / "floors.tsv")) {
    if (row.size() >= 2 && row[0] == file) return std::stod(row[1]);
  }
  return 1.0;
}

void check_model(std::string const& file, Model model) {
  fs::path const path = specs_dir / file;
  if (!fs::exists(path)) {
    std::cout << "skipped " << file << ": " << path << " does not exist\n";
    return;
  }
  std::ifstream in(path);
  nlohmann::json const cases = nlohmann::json::parse(in);
  Extractor const extractor(claimcheck::vocabulary_from_rules(claimcheck::rules::default_rules()));
  std::set<std::size_t> const skipped = out_of_scope(file);
  std::size_t measured = 0;
  std::size_t passed = 0;
  for (std::size_t index = 0; index < cases.size(); ++index) {
    if (skipped.contains(index)) continue;
    std::string const input = cases[index].at("Input").get<std::string>();
    ++measured;
    auto const expected = expected_results(cases[index], model);
    auto const found = found_results(extractor, input, model);
    if (same_results(expected, found)) {
      ++passed;
    } else {
      std::cout << file << " case " << index << " fails: " << input << "\n  expected " << describe(expected)
                << ", found " << describe(found) << "\n";
    }
  }
  double const rate = measured == 0 ? 1.0 : static_cast<double>(passed) / static_cast<double>(measured);
  std::cout << file << ": " << passed << "/" << measured << " passed (" << rate * 100 << "%), " << skipped.size()
            << " out of scope\n";
  CHECK(rate >= floor_for(file));
}

}  // namespace

TEST_CASE("currency amounts of the peer suite are found with their value and currency") {
  check_model("CurrencyModel.json", Model::currency);
}

TEST_CASE("percentages of the peer suite are found with their value") { check_model("PercentModel.json", Model::percent); }

TEST_CASE("numbers of the peer suite that news prose uses are found with their value") {
  check_model("NumberModel.json", Model::number);
}
