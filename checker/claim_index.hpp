// The claim index: claims of all documents grouped by what they are about, so that checks compare
// only claims about the same metric, subject, period and kind of number.
#pragma once

#include "checker/claim.hpp"

#include <cstdint>
#include <optional>
#include <span>
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
  // A claim of no known subject is of its own draft's subject, whichever that is: it is compared only
  // within its draft ("Net income rose 7%" after a sentence naming a company is not another
  // company's net income). kAnyDocument for claims with a subject.
  static constexpr std::uint32_t kAnyDocument = 0xFFFFFFFFu;
  std::uint32_t document = kAnyDocument;
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
  // The indices of a group's claims, in document order.
  using Group = std::span<const std::uint32_t>;

  // No claims; an index is made whole from a list, and may be assigned one made so.
  ClaimIndex();
  explicit ClaimIndex(const ClaimList& claims);
  // The claims with this key; nullptr when there are none (or no key).
  const Group* find(const std::optional<ComparisonKey>& key) const;
  // Groups in a deterministic order (by first claim), for checks that walk every group.
  const std::vector<Group>& groups() const { return groups_; }
  // The key of each group, in the order of groups().
  const std::vector<ComparisonKey>& keys() const { return keys_; }

 private:
  std::optional<std::uint32_t> find_number(const ComparisonKey& key, std::size_t hash) const;
  void place(std::uint32_t number);

  // Millions of claims fall into hundreds of thousands of groups: the members of all groups are kept
  // in one array, group after group, and the keys in an open-addressing table of group numbers, so
  // that the index is a few arrays rather than a hash-map node and a vector per group.
  std::vector<std::uint32_t> members_;
  std::vector<Group> groups_;         // by group number; groups are numbered by their first claim
  std::vector<ComparisonKey> keys_;   // by group number
  std::vector<std::size_t> hashes_;   // by group number
  std::vector<std::uint32_t> table_;  // per slot, a group number + 1, or 0 for an empty slot
};

}  // namespace claimcheck
