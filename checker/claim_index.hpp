// The claim index: claims of all documents grouped by what they are about, so that checks compare
// only claims about the same metric, subject, period and kind of number.
#pragma once

#include "checker/claim.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace claimcheck {

// Which claims may be compared: levels with levels, changes with changes (of the same basis), shares
// with shares of the same whole, ranks with ranks. Conversions count as levels.
enum class RoleClass : std::uint8_t { level, change, share, rank };

struct ComparisonKey {
  Interned metric;
  Interned subject;
  rules::Period period;
  RoleClass role = RoleClass::level;
  Dimension dimension = Dimension::money;
  Interned detail;  // a change's basis, a share's whole, a count's unit
  bool operator==(const ComparisonKey&) const = default;
};

struct ComparisonKeyHash {
  std::size_t operator()(const ComparisonKey& key) const;
};

// Claims without a metric or period have no key: nothing can be compared with them.
std::optional<ComparisonKey> comparison_key(const Claim& claim);

// The key of a level claim about `metric` for the same subject and period as `like`.
std::optional<ComparisonKey> level_key(Interned metric, const Claim& like);

class ClaimIndex {
 public:
  explicit ClaimIndex(const ClaimList& claims);
  // The claims with this key, in document order; nullptr when there are none (or no key).
  const std::vector<std::uint32_t>* find(const std::optional<ComparisonKey>& key) const;
  // Groups in a deterministic order (by first claim), for checks that walk every group.
  const std::vector<const std::vector<std::uint32_t>*>& groups() const { return ordered_; }

 private:
  std::unordered_map<ComparisonKey, std::vector<std::uint32_t>, ComparisonKeyHash> groups_;
  std::vector<const std::vector<std::uint32_t>*> ordered_;
};

}  // namespace claimcheck
