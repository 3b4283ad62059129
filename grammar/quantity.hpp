// The grammar's results: what one number phrase says, before attribution to a metric or period.
#pragma once

#include "grammar/interned.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::grammar {

// How the writer bounded the true value relative to the number written.
enum class Qualifier : std::uint8_t { exact, about, over, at_least, under, at_most };
enum class Role : std::uint8_t { level, change, share, rank, conversion };
enum class Direction : std::uint8_t { none, up, down };

std::string_view to_string(Qualifier q);  // "=", "~", ">", ">=", "<", "<="
std::string_view to_string(Role r);       // "level", "change", ...
std::string_view to_string(Direction d);  // "", "up", "down"
std::optional<Qualifier> qualifier_from_symbol(std::string_view symbol);

// The units the grammar itself names, interned once so that a parse compares and stores handles.
// Interning at static initialization is safe: the pool and its cache are made on first use.
inline Interned const percent_unit{"percent"};
inline Interned const percentage_point_unit{"percentage_point"};

// A stated number: a point (low == high) or a range, in base units (3.6 trillion is 3.6e12).
struct Quantity {
  double low = 0;
  double high = 0;
  // Magnitude of the last significant digit as written: 3.6 trillion -> 1e11, 80 -> 10, 13 -> 1.
  double precision = 1;
  // ISO 4217 code, "percent", "percentage_point", or a singular lower-case noun ("people", "" if none).
  Interned unit;
  bool is_range = false;
  Qualifier qualifier = Qualifier::exact;
};

// One claim phrase found in a text. Offsets are bytes into the text given to the extractor.
struct ExtractedClaim {
  std::size_t offset = 0;  // span of the quantity itself ("3.6 trillion yuan")
  std::size_t length = 0;
  std::size_t phrase_offset = 0;  // span of the whole phrase, verbs and hedges included
  std::size_t phrase_length = 0;
  Quantity quantity;
  Role role = Role::level;
  Direction direction = Direction::none;
  // For role == conversion: index, in the same result vector, of the amount this one converts.
  std::optional<std::size_t> converts;
  // For role == share: the whole as written ("GDP", "total exports"); empty when not stated.
  Interned share_of;
  // "year-on-year", "month-on-month", "quarter-on-quarter" when stated for a change.
  Interned change_basis;
};

}  // namespace claimcheck::grammar
