// Interval arithmetic for claims.
#include "checker/interval.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace claimcheck {
namespace {

// Relative slack for floating-point noise only (3.6e12 - 0.05e12 is not exact).
constexpr double kEpsilon = 1e-9;

}  // namespace

Interval Interval::scaled(double factor) const { return {low * factor, high * factor, low_open, high_open}; }

Interval Interval::negated() const { return {-high, -low, high_open, low_open}; }

Interval Interval::widened(double relative) const {
  if (relative <= 0) return *this;
  const double magnitude = std::max(std::fabs(low), std::fabs(high));
  return {low - magnitude * relative, high + magnitude * relative, low_open, high_open};
}

std::string Interval::to_string() const {
  return fmt::format("{}{:g}, {:g}{}", low_open ? '(' : '[', low, high, high_open ? ')' : ']');
}

Interval interval_of(const grammar::Quantity& q, double tolerance) {
  const double p = q.precision > 0 ? q.precision : 1;
  Interval i;
  if (q.is_range) {
    i = {q.low - p / 2, q.high + p / 2};
  } else {
    const double v = q.low;
    switch (q.qualifier) {
      case grammar::Qualifier::exact: i = {v - p / 2, v + p / 2}; break;
      case grammar::Qualifier::about: i = {v - p, v + p}; break;
      case grammar::Qualifier::over: i = {v, v + p, true, true}; break;
      case grammar::Qualifier::at_least: i = {v, v + p}; break;
      case grammar::Qualifier::under: i = {v - p, v, false, true}; break;
      case grammar::Qualifier::at_most: i = {v - p, v}; break;
    }
  }
  return i.widened(tolerance);
}

bool disjoint(const Interval& a, const Interval& b) {
  const double scale = std::max({std::fabs(a.low), std::fabs(a.high), std::fabs(b.low), std::fabs(b.high), 1e-300});
  const double eps = scale * kEpsilon;
  if (a.high < b.low - eps || b.high < a.low - eps) return true;
  // Touching ends: disjoint only when one of the touching ends is open.
  if (std::fabs(a.high - b.low) <= eps && a.high < b.low + eps && (a.high_open || b.low_open) && a.low < b.low) return true;
  if (std::fabs(b.high - a.low) <= eps && b.high < a.low + eps && (b.high_open || a.low_open) && b.low < a.low) return true;
  return false;
}

Interval sum(const Interval& a, const Interval& b) {
  return {a.low + b.low, a.high + b.high, a.low_open || b.low_open, a.high_open || b.high_open};
}

Interval difference(const Interval& a, const Interval& b) {
  return {a.low - b.high, a.high - b.low, a.low_open || b.high_open, a.high_open || b.low_open};
}

}  // namespace claimcheck
