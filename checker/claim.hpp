// A claim: a quantity in a role, attributed to a metric, subject and period within a document.
#pragma once

#include "grammar/quantity.hpp"
#include "rules/period.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace claimcheck {

// The word right before a level: "rose 5% to X from Y".
enum class Preposition : std::uint8_t { none, to, from };

// Offsets are 32-bit: a draft is at most 256 MB (document.cpp), and a run keeps millions of claims.
// Strings are interned handles and the fields are ordered to leave no padding: a claim takes 152 bytes.
struct Claim {
  std::uint32_t document = 0;  // index into the run's documents
  std::uint32_t offset = 0;    // the quantity's byte span in the document
  std::uint32_t length = 0;
  std::uint32_t line = 0;    // 1-based, of offset
  std::uint32_t column = 0;  // 1-based, in code points
  std::uint32_t sentence_offset = 0;
  std::uint32_t sentence_length = 0;
  std::optional<std::uint32_t> converts;  // conversion: index of the amount it converts, in the same claim list
  std::optional<rules::Period> period;
  grammar::Role role = grammar::Role::level;
  grammar::Direction direction = grammar::Direction::none;
  Preposition preposition = Preposition::none;
  bool period_unresolved = false;  // a relative period in a document without a date
  Interned text;                   // the quantity as written: "3.6 trillion yuan"
  Interned metric;                 // normalized key: "rd_spending", or automatic ("auto:trade_value")
  Interned metric_text;            // the surface phrase the metric was taken from
  Interned subject;                // "China"; empty when unknown
  Interned share_of;               // share: the whole as written
  Interned share_of_metric;        // share: the whole's metric id when it is a known metric
  Interned change_basis;           // "year-on-year" ...
  grammar::Quantity quantity;
};
static_assert(sizeof(void*) != 8 || sizeof(Claim) <= 152, "a run keeps millions of claims: keep Claim compact");

// The claims of a run, in document order. A deque grows without moving what it holds: a vector of
// millions of claims would need twice their memory each time it grows.
using ClaimList = std::deque<Claim>;

// The claim's unit family, used to keep money, percentages and counts apart.
enum class Dimension { money, percent, percentage_point, count, rank };
Dimension dimension_of(const Claim& claim);

}  // namespace claimcheck
