// The claim list keeps claims in order across its blocks and never moves one once it is added.
#include "checker/claim.hpp"

#include <doctest/doctest.h>

#include <utility>
#include <vector>

using namespace claimcheck;

TEST_CASE("claims past the first blocks are found by index and by iteration, and stay where they were put") {
  ClaimList claims;
  CHECK(claims.empty());
  const std::size_t count = 2 * ClaimList::kBlock + 5;
  const Claim* first = nullptr;
  const Claim* last_of_first_block = nullptr;
  for (std::size_t i = 0; i < count; ++i) {
    Claim c;
    c.offset = static_cast<std::uint32_t>(i);
    claims.push_back(c);
    if (i == 0) first = &claims[0];
    if (i == ClaimList::kBlock - 1) last_of_first_block = &claims[i];
  }
  REQUIRE(claims.size() == count);
  CHECK(&claims[0] == first);
  CHECK(&claims[ClaimList::kBlock - 1] == last_of_first_block);
  CHECK(claims[ClaimList::kBlock].offset == ClaimList::kBlock);
  CHECK(claims[count - 1].offset == count - 1);
  std::vector<std::uint32_t> seen;
  for (const Claim& c : claims) seen.push_back(c.offset);
  REQUIRE(seen.size() == count);
  for (std::size_t i = 0; i < count; ++i) REQUIRE(seen[i] == i);
  claims[3].offset = 77;
  CHECK(std::as_const(claims)[3].offset == 77);
}
