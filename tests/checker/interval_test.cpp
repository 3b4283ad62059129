// Interval semantics (DESIGN.md, "Interval"): what a stated number allows, and when two disagree.
#include "checker/interval.hpp"

#include <doctest/doctest.h>

using claimcheck::disjoint;
using claimcheck::Interval;
using claimcheck::interval_of;
using claimcheck::grammar::Qualifier;
using claimcheck::grammar::Quantity;

namespace {

Quantity q(double value, double precision, Qualifier qualifier = Qualifier::exact) {
  Quantity quantity;
  quantity.low = quantity.high = value;
  quantity.precision = precision;
  quantity.qualifier = qualifier;
  return quantity;
}

}  // namespace

TEST_CASE("plain 3.6 trillion is 3.55 to 3.65 trillion") {
  const Interval i = interval_of(q(3.6e12, 1e11), 0);
  CHECK(i.low == doctest::Approx(3.55e12));
  CHECK(i.high == doctest::Approx(3.65e12));
  CHECK_FALSE(i.low_open);
  CHECK_FALSE(i.high_open);
}

TEST_CASE("about 19 percent is 18 to 20") {
  const Interval i = interval_of(q(19, 1, Qualifier::about), 0);
  CHECK(i.low == doctest::Approx(18));
  CHECK(i.high == doctest::Approx(20));
}

TEST_CASE("exceeded 3.6 trillion is above 3.6 and below 3.7 trillion") {
  const Interval i = interval_of(q(3.6e12, 1e11, Qualifier::over), 0);
  CHECK(i.low == doctest::Approx(3.6e12));
  CHECK(i.high == doctest::Approx(3.7e12));
  CHECK(i.low_open);
  CHECK(i.high_open);
}

TEST_CASE("nearly 1.29 trillion is 1.28 up to but not 1.29 trillion; over 80% is (80, 90)") {
  const Interval nearly = interval_of(q(1.29e12, 1e10, Qualifier::under), 0);
  CHECK(nearly.low == doctest::Approx(1.28e12));
  CHECK(nearly.high == doctest::Approx(1.29e12));
  CHECK(nearly.high_open);
  const Interval over = interval_of(q(80, 10, Qualifier::over), 0);
  CHECK(over.low == doctest::Approx(80));
  CHECK(over.high == doctest::Approx(90));
}

TEST_CASE("a range 5-6 percent is 4.5 to 6.5") {
  Quantity r = q(5, 1);
  r.high = 6;
  r.is_range = true;
  const Interval i = interval_of(r, 0);
  CHECK(i.low == doctest::Approx(4.5));
  CHECK(i.high == doctest::Approx(6.5));
}

TEST_CASE("the rules file's tolerance widens both ends relative to the value") {
  const Interval i = interval_of(q(100, 1), 0.01);
  CHECK(i.low == doctest::Approx(99.5 - 1.005));
  CHECK(i.high == doctest::Approx(100.5 + 1.005));
}

TEST_CASE("rounding and hedges agree") {
  // exceeded 3.6 trillion / 3.61 trillion
  CHECK_FALSE(disjoint(interval_of(q(3.6e12, 1e11, Qualifier::over), 0), interval_of(q(3.61e12, 1e10), 0)));
  // about 5 percent / 5.0 percent
  CHECK_FALSE(disjoint(interval_of(q(5, 1, Qualifier::about), 0), interval_of(q(5.0, 0.1), 0)));
  // nearly $1.29 trillion / $1.287 trillion
  CHECK_FALSE(disjoint(interval_of(q(1.29e12, 1e10, Qualifier::under), 0), interval_of(q(1.287e12, 1e9), 0)));
  // 3.6 trillion / 3.64 trillion
  CHECK_FALSE(disjoint(interval_of(q(3.6e12, 1e11), 0), interval_of(q(3.64e12, 1e10), 0)));
}

TEST_CASE("different values conflict") {
  CHECK(disjoint(interval_of(q(3.6e12, 1e11), 0), interval_of(q(3.9e12, 1e11), 0)));
  CHECK(disjoint(interval_of(q(8.3, 0.1), 0), interval_of(q(8.9, 0.1), 0)));
  // up 1.8 percent against down 2.7 percent, as signed changes
  CHECK(disjoint(interval_of(q(1.8, 0.1), 0), interval_of(q(2.7, 0.1), 0).negated()));
}

TEST_CASE("ends that only touch: closed ends overlap, an open end does not") {
  // 3.6 trillion [3.55, 3.65] and 3.7 trillion [3.65, 3.75] share 3.65.
  CHECK_FALSE(disjoint(interval_of(q(3.6e12, 1e11), 0), interval_of(q(3.7e12, 1e11), 0)));
  // nearly 1.29 [1.28, 1.29) and exceeded 1.29 (1.29, 1.30) share nothing.
  CHECK(disjoint(interval_of(q(1.29e12, 1e10, Qualifier::under), 0),
                 interval_of(q(1.29e12, 1e10, Qualifier::over), 0)));
}
