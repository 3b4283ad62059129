// Grouping claims for comparison.
#include "checker/claim_index.hpp"

namespace claimcheck {
namespace {

RoleClass role_class(grammar::Role role) {
  switch (role) {
    case grammar::Role::level:
    case grammar::Role::conversion: return RoleClass::level;
    case grammar::Role::change: return RoleClass::change;
    case grammar::Role::share: return RoleClass::share;
    case grammar::Role::rank: return RoleClass::rank;
  }
  return RoleClass::level;
}

std::size_t mix(std::size_t seed, std::size_t value) {
  return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

}  // namespace

std::size_t ComparisonKeyHash::operator()(const ComparisonKey& key) const {
  std::size_t h = key.metric.hash();
  h = mix(h, key.subject.hash());
  h = mix(h, static_cast<std::size_t>(key.period.first) * 4096 + static_cast<std::size_t>(key.period.last));
  h = mix(h, static_cast<std::size_t>(key.role) * 16 + static_cast<std::size_t>(key.dimension));
  h = mix(h, key.detail.hash());
  return mix(h, key.document);
}

std::optional<ComparisonKey> comparison_key(const Claim& c) {
  if (c.metric.empty() || !c.period || c.forecast) return std::nullopt;
  static const Interned year_on_year("year-on-year");
  ComparisonKey key{c.metric, c.subject, *c.period, role_class(c.role), dimension_of(c), {}};
  if (c.subject.empty()) key.document = c.document;
  if (key.role == RoleClass::change) {
    key.detail = c.change_basis.empty() ? year_on_year : c.change_basis;
  } else if (key.role == RoleClass::share) {
    key.detail = c.share_of_metric.empty() ? c.share_of : c.share_of_metric;
  } else if (key.dimension == Dimension::count) {
    key.detail = c.quantity.unit;
  }
  return key;
}

std::optional<ComparisonKey> level_key(Interned metric, const Claim& like) {
  if (!like.period || like.forecast) return std::nullopt;
  ComparisonKey key{metric, like.subject, *like.period, RoleClass::level, Dimension::money, {}};
  if (like.subject.empty()) key.document = like.document;
  return key;
}

namespace {

constexpr std::uint32_t kNoGroup = 0xFFFFFFFFu;

// A key's handles are addresses, whose low bits are much alike, so the hash is mixed once more before
// its low bits pick a slot of the table.
std::size_t slot_of(std::size_t hash, std::size_t mask) {
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;
  return hash & mask;
}

}  // namespace

ClaimIndex::ClaimIndex() : table_(1024, 0) {}

ClaimIndex::ClaimIndex(const ClaimList& claims) : table_(1024, 0) {
  std::vector<std::uint32_t> group_of(claims.size(), kNoGroup);
  std::vector<std::uint32_t> sizes;
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    const auto key = comparison_key(claims[i]);
    if (!key) continue;
    const std::size_t hash = ComparisonKeyHash{}(*key);
    std::optional<std::uint32_t> number = find_number(*key, hash);
    if (!number) {
      number = static_cast<std::uint32_t>(keys_.size());
      keys_.push_back(*key);
      hashes_.push_back(hash);
      sizes.push_back(0);
      if (2 * keys_.size() > table_.size()) {
        table_.assign(table_.size() * 2, 0);
        for (std::uint32_t n = 0; n < keys_.size(); ++n) place(n);
      } else {
        place(*number);
      }
    }
    group_of[i] = *number;
    ++sizes[*number];
  }
  // Each group's members in claim order, which is document order.
  std::vector<std::size_t> next(sizes.size());
  std::size_t total = 0;
  for (std::size_t g = 0; g < sizes.size(); ++g) {
    next[g] = total;
    total += sizes[g];
  }
  members_.resize(total);
  groups_.reserve(sizes.size());
  for (std::size_t g = 0; g < sizes.size(); ++g) groups_.emplace_back(members_.data() + next[g], sizes[g]);
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    if (group_of[i] != kNoGroup) members_[next[group_of[i]]++] = i;
  }
}

void ClaimIndex::place(std::uint32_t number) {
  const std::size_t mask = table_.size() - 1;
  std::size_t slot = slot_of(hashes_[number], mask);
  while (table_[slot] != 0) slot = (slot + 1) & mask;
  table_[slot] = number + 1;
}

std::optional<std::uint32_t> ClaimIndex::find_number(const ComparisonKey& key, std::size_t hash) const {
  const std::size_t mask = table_.size() - 1;
  for (std::size_t slot = slot_of(hash, mask); table_[slot] != 0; slot = (slot + 1) & mask) {
    const std::uint32_t number = table_[slot] - 1;
    if (hashes_[number] == hash && keys_[number] == key) return number;
  }
  return std::nullopt;
}

const ClaimIndex::Group* ClaimIndex::find(const std::optional<ComparisonKey>& key) const {
  if (!key) return nullptr;
  const auto number = find_number(*key, ComparisonKeyHash{}(*key));
  return number ? &groups_[*number] : nullptr;
}

}  // namespace claimcheck
