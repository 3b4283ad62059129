// The claim index groups claims that may be compared: same metric, subject, period and kind of number.
#include "checker/claim_index.hpp"
#include "checker/pipeline.hpp"
#include "rules/loader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace claimcheck;

namespace {

ClaimList claims_of(const std::vector<std::pair<std::string, std::string>>& drafts) {
  static const rules::Rules rules = rules::default_rules();
  static const Attributor attributor(rules);
  ClaimList claims;
  for (std::uint32_t d = 0; d < drafts.size(); ++d) {
    const Document doc = make_document(drafts[d].first, drafts[d].second);
    for (Claim& c : process_document(doc, d, attributor, std::nullopt).claims) claims.push_back(std::move(c));
  }
  return claims;
}

std::vector<std::vector<std::uint32_t>> groups_of(const ClaimIndex& index) {
  std::vector<std::vector<std::uint32_t>> groups;
  for (const auto& g : index.groups()) groups.emplace_back(g.begin(), g.end());
  return groups;
}

}  // namespace

TEST_CASE("levels, conversions, changes and counts of one statistic fall into the right groups") {
  const ClaimList claims = claims_of({
      {"a.txt",
       "China's exports rose 7.2 percent year-on-year to 13 trillion yuan in 2024.\n\n"
       "China's exports grew 7 percent in 2024, a rise of 0.9 trillion yuan.\n"},
      {"b.txt",
       "In 2024, China's exports reached 13.1 trillion yuan ($1.8 trillion), and 2 million people visited.\n\n"
       "China's exports grew 7 percent month-on-month in 2024, and 3 million cars were sold.\n"},
  });
  REQUIRE(claims.size() == 9);
  // 0: 7.2 percent (change, year-on-year)   1: 13 trillion yuan      2: 7 percent (change, no basis)
  // 3: 0.9 trillion yuan (change)           4: 13.1 trillion yuan    5: $1.8 trillion (conversion)
  // 6: 2 million people                     7: 7 percent month-on-month   8: 3 million cars
  CHECK(claims[5].role == grammar::Role::conversion);
  CHECK(claims[7].change_basis == "month-on-month");
  for (const Claim& c : claims) {
    REQUIRE(c.metric == "exports");
    REQUIRE(c.subject == "China");
  }
  const ClaimIndex index(claims);
  // A change with no basis stated is year-on-year; a conversion is a level; counts keep their units apart.
  const std::vector<std::vector<std::uint32_t>> expected{{0, 2}, {1, 4, 5}, {3}, {6}, {7}, {8}};
  CHECK(groups_of(index) == expected);
  // Each group's key, in the order of the groups: three groups of changes, three of levels.
  REQUIRE(index.keys().size() == expected.size());
  const std::vector<RoleClass> roles{RoleClass::change, RoleClass::level,  RoleClass::change,
                                     RoleClass::level,  RoleClass::change, RoleClass::level};
  for (std::size_t g = 0; g < roles.size(); ++g) {
    CHECK(index.keys()[g].role == roles[g]);
    CHECK(index.keys()[g] == *comparison_key(claims[expected[g].front()]));
  }

  const auto* levels = index.find(level_key(Interned("exports"), claims[0]));
  REQUIRE(levels != nullptr);
  CHECK(std::vector<std::uint32_t>(levels->begin(), levels->end()) == std::vector<std::uint32_t>{1, 4, 5});
  CHECK(index.find(level_key(Interned("imports"), claims[0])) == nullptr);
  CHECK(index.find(comparison_key(claims[2])) == index.find(comparison_key(claims[0])));
}

TEST_CASE("claims without a period are not indexed") {
  const ClaimList claims = claims_of({{"c.txt", "Exports rose 5 percent.\n"}});
  REQUIRE(claims.size() == 1);
  CHECK_FALSE(claims[0].period.has_value());
  CHECK_FALSE(comparison_key(claims[0]).has_value());
  CHECK(ClaimIndex(claims).groups().empty());
}

TEST_CASE("thousands of groups keep their members in document order and are found by key") {
  // 1,500 statistics given twice, the second time 1,500 claims later: the index's table grows
  // several times while claims are added.
  ClaimList claims;
  for (int round = 0; round < 2; ++round) {
    for (int k = 0; k < 1500; ++k) {
      Claim c;
      c.metric = Interned("metric_" + std::to_string(k));
      c.subject = Interned("China");
      c.period = rules::Period::year(2024);
      c.quantity.unit = Interned("CNY");
      claims.push_back(c);
    }
  }
  const ClaimIndex index(claims);
  REQUIRE(index.groups().size() == 1500);
  for (std::uint32_t k = 0; k < 1500; ++k) {
    const auto& group = index.groups()[k];
    REQUIRE(group.size() == 2);
    CHECK(group[0] == k);
    CHECK(group[1] == k + 1500);
    CHECK(index.find(comparison_key(claims[k + 1500])) == &group);
  }
  Claim unknown = claims[0];
  unknown.metric = Interned("metric_1500");
  CHECK(index.find(comparison_key(unknown)) == nullptr);
}
