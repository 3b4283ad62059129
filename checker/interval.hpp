// Intervals of true values: what a stated number, with its precision and qualifier, allows.
#pragma once

#include "grammar/quantity.hpp"

#include <string>

namespace claimcheck {

struct Interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;

  Interval scaled(double factor) const;  // both ends times a positive factor
  Interval negated() const;              // for "down" changes
  Interval widened(double relative) const;
  double midpoint() const { return (low + high) / 2; }
  std::string to_string() const;  // "[3.55e12, 3.65e12]", "(3.6e12, 3.7e12)"
};

// DESIGN.md, "Interval": plain 3.6 trillion is [3.55, 3.65] trillion; about 19 is [18, 20];
// exceeded 3.6 trillion is (3.6, 3.7); nearly 1.29 is [1.28, 1.29); at least 5 is [5, 6];
// up to 5 is [4, 5]; a range 5-6 is [4.5, 6.5]. `tolerance` (relative) widens both ends.
Interval interval_of(const grammar::Quantity& quantity, double tolerance);

// True when no value lies in both. Ends that only touch count as overlapping unless one is open.
bool disjoint(const Interval& a, const Interval& b);

Interval sum(const Interval& a, const Interval& b);
Interval difference(const Interval& a, const Interval& b);  // a - b

}  // namespace claimcheck
