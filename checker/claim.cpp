// The unit families of claims.
#include "checker/claim.hpp"

namespace claimcheck {

Dimension dimension_of(const Claim& claim) {
  if (claim.role == grammar::Role::rank) return Dimension::rank;
  // Checks ask this of every claim they compare: the grammar's own units are told by their handles,
  // and an ISO code by its three capitals without a call per letter.
  const Interned unit = claim.quantity.unit;
  if (unit == grammar::percent_unit) return Dimension::percent;
  if (unit == grammar::percentage_point_unit) return Dimension::percentage_point;
  const auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  const bool iso_code =
      unit.size() == 3 && capital(unit.data()[0]) && capital(unit.data()[1]) && capital(unit.data()[2]);
  return iso_code ? Dimension::money : Dimension::count;
}

}  // namespace claimcheck
