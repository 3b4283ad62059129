// The claim index: claims of all documents grouped by what they are about, so that checks compare
// only claims about the same metric, subject, period and kind of number.
#pragma once

#include "checker/claim.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimcheck {

// Which claims may be compared: levels with levels, changes with changes (of the same basis), shares
// with shares of the same whole, ranks with ranks.
std::string comparison_key(const Claim& claim);

class ClaimIndex {
 public:
  // Claims without a metric or period are not indexed: nothing can be compared with them.
  explicit ClaimIndex(const ClaimList& claims);
  const std::vector<std::uint32_t>* find(const std::string& key) const;
  // Groups in a deterministic order (by first claim), for checks that walk every group.
  const std::vector<const std::vector<std::uint32_t>*>& groups() const { return ordered_; }

 private:
  std::unordered_map<std::string, std::vector<std::uint32_t>> groups_;
  std::vector<const std::vector<std::uint32_t>*> ordered_;
};

// The key of a level claim about `metric` for the same subject and period as `like`.
std::string level_key(const std::string& metric, const Claim& like);

}  // namespace claimcheck
