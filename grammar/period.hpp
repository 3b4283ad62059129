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
  // "in the second" ("32.18 trillion yuan in the first quarter and 33.29 trillion yuan in the second"):
  // the ordinal (1 to 4) of the quarter or half named before it in the sentence, which attribution
  // places; the months above are then not the period's. 0 for every other mention.
  int ordinal_only = 0;
  // "A year earlier", "the previous year" (found by attribution, not by find_periods): the period a
  // year before the one the sentence or its context states. false for every other mention.
  bool year_before = false;
  bool context_quarter = false;  // "in the quarter": the quarter of the period before it
  // "last month" (-1), "this month" (0), also found by attribution: relative to the draft's month.
  std::optional<int> relative_month;
};

// All period mentions in text, in order of offset.
std::vector<PeriodMention> find_periods(std::string_view text);

// The mentions that begin in [from, to), appended to mentions, scanning text from `from` on as the
// scan of the whole text does; returns where that scan goes on after them (at least to, or the text's
// end). The mentions are those find_periods(text) finds there when `from` is 0 or a position the
// scan of the whole text stops at: the position one of these calls returned, or a position after
// a byte that is no letter, digit or '_' where no mention that begins before it ends after it.
std::size_t find_periods(std::string_view text, std::size_t from, std::size_t to, std::vector<PeriodMention>& mentions);

// Whether the scan of the whole text stops at begin, so that find_periods(text, begin, to, mentions)
// finds what find_periods(text) finds from there; previous_end <= begin ends the text before (the
// sentence before, say), and only the bytes from the one before previous_end to begin are read. It
// does when no byte from previous_end to begin, nor the one before begin, is a letter, digit or '_',
// so that no mention begins in between, and the byte before previous_end can be in no mention, so
// that none runs across: a mention holds only letters, digits, white space, ',', '-', the bytes of an
// en or em dash, and '.' right after a month's short name ("Jan.", "Sept."). When unsure, false.
bool period_scan_may_start_at(std::string_view text, std::size_t previous_end, std::size_t begin);

}  // namespace claimcheck::grammar
