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
  return mix(h, key.detail.hash());
}

std::optional<ComparisonKey> comparison_key(const Claim& c) {
  if (c.metric.empty() || !c.period) return std::nullopt;
  static const Interned year_on_year("year-on-year");
  ComparisonKey key{c.metric, c.subject, *c.period, role_class(c.role), dimension_of(c), {}};
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
  if (!like.period) return std::nullopt;
  return ComparisonKey{metric, like.subject, *like.period, RoleClass::level, Dimension::money, {}};
}

ClaimIndex::ClaimIndex(const ClaimList& claims) {
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    auto key = comparison_key(claims[i]);
    if (!key) continue;
    auto [it, inserted] = groups_.try_emplace(*key);
    it->second.push_back(i);
    // Elements of an unordered_map stay where they are as it grows.
    if (inserted) ordered_.push_back(&it->second);
  }
}

const std::vector<std::uint32_t>* ClaimIndex::find(const std::optional<ComparisonKey>& key) const {
  if (!key) return nullptr;
  const auto it = groups_.find(*key);
  return it == groups_.end() ? nullptr : &it->second;
}

}  // namespace claimcheck
