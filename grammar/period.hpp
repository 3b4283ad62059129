// Period phrases ("in the first half of 2025", "last year", "January-June", "Q2"), as written.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace claimcheck::grammar {

// A mention of a calendar period. Months are 1..12. The year is either absolute (year set) or
// relative to the document date (relative_year: 0 this year, -1 last year), or absent ("in H1":
// the year comes from context).
struct PeriodMention {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::optional<int> year;
  std::optional<int> relative_year;
  int first_month = 1;
  int last_month = 12;
  // Set when the phrase names a span of years ("from 2020 to 2024"): the period ends in end_year.
  std::optional<int> end_year;
};

// All period mentions in text, in order of offset.
std::vector<PeriodMention> find_periods(std::string_view text);

// The mentions that begin in [from, to), appended to mentions, scanning text from `from` on as the
// scan of the whole text does; returns where that scan goes on after them (at least to, or the text's
// end). The mentions are those find_periods(text) finds there when `from` is 0 or a position the
// scan of the whole text stops at: the position one of these calls returned, or a position after
// a byte that is no letter, digit or '_' where no mention that begins before it ends after it.
std::size_t find_periods(std::string_view text, std::size_t from, std::size_t to, std::vector<PeriodMention>& mentions);

}  // namespace claimcheck::grammar
