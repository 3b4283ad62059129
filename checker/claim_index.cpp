// Grouping claims for comparison.
#include "checker/claim_index.hpp"

#include <fmt/format.h>

namespace claimcheck {
namespace {

std::string_view role_class(const Claim& c) {
  switch (c.role) {
    case grammar::Role::level:
    case grammar::Role::conversion: return "level";
    case grammar::Role::change: return "change";
    case grammar::Role::share: return "share";
    case grammar::Role::rank: return "rank";
  }
  return "level";
}

std::string_view dimension_name(Dimension d) {
  switch (d) {
    case Dimension::money: return "money";
    case Dimension::percent: return "percent";
    case Dimension::percentage_point: return "pp";
    case Dimension::count: return "count";
    case Dimension::rank: return "rank";
  }
  return "";
}

std::string make_key(std::string_view metric, const Claim& c, std::string_view role, std::string_view dimension,
                     std::string_view detail) {
  return fmt::format("{}\x1f{}\x1f{}-{}\x1f{}\x1f{}\x1f{}", metric, c.subject, c.period->first, c.period->last, role,
                     dimension, detail);
}

}  // namespace

std::string comparison_key(const Claim& c) {
  if (c.metric.empty() || !c.period) return {};
  const Dimension d = dimension_of(c);
  std::string detail;
  if (c.role == grammar::Role::change) {
    detail = c.change_basis.empty() ? "year-on-year" : c.change_basis;
  } else if (c.role == grammar::Role::share) {
    detail = c.share_of_metric.empty() ? c.share_of : c.share_of_metric;
  } else if (d == Dimension::count) {
    detail = c.quantity.unit;
  }
  return make_key(c.metric, c, role_class(c), dimension_name(d), detail);
}

std::string level_key(const std::string& metric, const Claim& like) {
  if (!like.period) return {};
  return make_key(metric, like, "level", "money", "");
}

ClaimIndex::ClaimIndex(const ClaimList& claims) {
  std::vector<std::string> order;
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    std::string key = comparison_key(claims[i]);
    if (key.empty()) continue;
    auto [it, inserted] = groups_.try_emplace(std::move(key));
    it->second.push_back(i);
    if (inserted) order.push_back(it->first);
  }
  for (const auto& key : order) ordered_.push_back(&groups_.at(key));
}

const std::vector<std::uint32_t>* ClaimIndex::find(const std::string& key) const {
  const auto it = groups_.find(key);
  return it == groups_.end() ? nullptr : &it->second;
}

}  // namespace claimcheck
