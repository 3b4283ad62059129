// A claim: a quantity in a role, attributed to a metric, subject and period within a document.
#pragma once

#include "checker/stored_text.hpp"
#include "grammar/quantity.hpp"
#include "rules/period.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

// The word right before a level: "rose 5% to X from Y". "up from" and "down from" compare with an
// earlier figure, which after a change in percent is often the earlier change ("rose 5.8 percent, up
// from 4.6 percent"): a start of the move all the same, but no level of what changed.
enum class Preposition : std::uint8_t { none, to, from, up_or_down_from };
inline bool is_from(Preposition p) { return p == Preposition::from || p == Preposition::up_or_down_from; }

// Offsets are 32-bit: a draft is at most 256 MB (document.cpp), and a run keeps millions of claims.
// Strings are 8-byte handles (interned, or the text as written) and the fields are ordered to leave no
// padding: a claim takes 152 bytes.
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
  bool forecast = false;           // after a forecast word of its sentence: compared with nothing
  StoredText text;                 // the quantity as written: "3.6 trillion yuan"
  Interned metric;                 // normalized key: "rd_spending", or automatic ("auto:trade_value")
  Interned metric_text;            // the surface phrase the metric was taken from
  Interned subject;                // "China"; empty when unknown
  Interned share_of;               // share: the whole as written
  Interned share_of_metric;        // share: the whole's metric id when it is a known metric
  Interned change_basis;           // "year-on-year" ...
  grammar::Quantity quantity;
};
static_assert(sizeof(void*) != 8 || sizeof(Claim) <= 152, "a run keeps millions of claims: keep Claim compact");

// The claims of a run, in document order, in blocks of a few thousand. It grows without moving what
// it holds (a vector of millions of claims would need twice their memory each time it grows), and
// claim i is one short step from the table of blocks: a std::deque keeps just three claims of this
// size per block, so a check that visits claims out of order missed the cache twice per claim.
class ClaimList {
 public:
  static constexpr std::size_t kBlock = 4096;

  template <typename List, typename Value>
  class Iterator {
   public:
    Iterator(List* list, std::size_t at) : list_(list), at_(at) {}
    Value& operator*() const { return (*list_)[at_]; }
    Value* operator->() const { return &(*list_)[at_]; }
    Iterator& operator++() {
      ++at_;
      return *this;
    }
    bool operator==(const Iterator& other) const { return at_ == other.at_; }

   private:
    List* list_;
    std::size_t at_;
  };
  using iterator = Iterator<ClaimList, Claim>;
  using const_iterator = Iterator<const ClaimList, const Claim>;

  void push_back(Claim claim) {
    if (size_ % kBlock == 0) {
      blocks_.emplace_back();
      blocks_.back().reserve(kBlock);
    }
    blocks_.back().push_back(std::move(claim));
    ++size_;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Claim& operator[](std::size_t i) { return blocks_[i / kBlock][i % kBlock]; }
  const Claim& operator[](std::size_t i) const { return blocks_[i / kBlock][i % kBlock]; }
  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  std::vector<std::vector<Claim>> blocks_;  // each reserved to kBlock, so a claim never moves
  std::size_t size_ = 0;
};

// The claim's unit family, used to keep money, percentages and counts apart.
enum class Dimension { money, percent, percentage_point, count, rank };
Dimension dimension_of(const Claim& claim);

}  // namespace claimcheck
