// The unit families of claims.
#include "checker/claim.hpp"

#include <cctype>

namespace claimcheck {

Dimension dimension_of(const Claim& claim) {
  if (claim.role == grammar::Role::rank) return Dimension::rank;
  const std::string& unit = claim.quantity.unit;
  if (unit == "percent") return Dimension::percent;
  if (unit == "percentage_point") return Dimension::percentage_point;
  const bool iso_code = unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0])) != 0 &&
                        std::isupper(static_cast<unsigned char>(unit[1])) != 0 &&
                        std::isupper(static_cast<unsigned char>(unit[2])) != 0;
  return iso_code ? Dimension::money : Dimension::count;
}

}  // namespace claimcheck
