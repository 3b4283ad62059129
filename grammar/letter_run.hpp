// Runs of ASCII letters read eight bytes at a time, folded to lower case and packed into two machine
// words, the form in which the extractor's word tables store and compare their words.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimcheck::grammar {

// The longest word the packed form holds; a longer run is no word of any table.
inline constexpr std::size_t max_packed_letters = 16;

// The letters text[first, last), lower-cased, byte k of the run in byte k % 8 of packed[k / 8] (the
// lowest byte first), zero past the run. Only the first max_packed_letters letters are packed.
struct LetterRun {
  std::size_t first = 0;
  std::size_t last = 0;
  std::uint64_t packed[2] = {0, 0};

  std::size_t size() const { return last - first; }
  bool packs_whole() const { return size() <= max_packed_letters; }
  bool operator==(LetterRun const& other) const {
    return size() == other.size() && packed[0] == other.packed[0] && packed[1] == other.packed[1];
  }
  // The folded letter at k, for k below size() and max_packed_letters.
  char letter(std::size_t k) const { return static_cast<char>(packed[k / 8] >> (8 * (k % 8))); }
};

// A word of lower-case letters, packed as read_letter_run packs a run of the text: for the words a
// scanner compares runs with.
constexpr LetterRun packed_letters(std::string_view lower_word) {
  LetterRun run;
  run.last = lower_word.size();
  for (std::size_t k = 0; k < lower_word.size() && k < max_packed_letters; ++k) {
    run.packed[k / 8] |= std::uint64_t{static_cast<unsigned char>(lower_word[k])} << (8 * (k % 8));
  }
  return run;
}

// The first eight bytes of a word, folded to lower case and packed as read_letter_run packs a run of
// letters (packed[0]): the key by which words of at most eight letters are compared.
constexpr std::uint64_t folded_key(std::string_view word) {
  const std::size_t size = word.size() < 8 ? word.size() : 8;
  const std::uint64_t present = size == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * size)) - 1;
  // Setting bit 0x20 lowers exactly the upper-case letters, and makes no other byte a letter.
  return packed_letters(word.substr(0, size)).packed[0] | (0x2020202020202020ULL & present);
}

// Words of at most eight letters, each with a value, by folded_key. Each word has a slot of its own in
// a table of 64 that a multiplication indexes, so that one multiplication and one comparison find a
// word's value or tell that a key is no word's. The multiplier is the first of a fixed sequence of odd
// numbers (a linear congruential generator's, as close multipliers would spread close keys alike) that
// leaves no two words in one slot. Longer words are not in the table: the caller compares them.
template <typename Value>
class ShortWordTable {
 public:
  // word_of and value_of give each entry's word and value.
  template <typename Entries, typename WordOf, typename ValueOf>
  constexpr ShortWordTable(const Entries& entries, WordOf word_of, ValueOf value_of) {
    for (multiplier_ = 0x9E3779B97F4A7C15ULL; !fill(entries, word_of, value_of);) {
      multiplier_ = (multiplier_ * 6364136223846793005ULL + 1442695040888963407ULL) | 1;
    }
  }
  // The value of the word with this key, or nullptr when the key is no word's.
  constexpr Value const* find(std::uint64_t key) const {
    Slot const& slot = slots_[slot_of(key)];
    return key != 0 && slot.key == key ? &slot.value : nullptr;
  }

 private:
  static constexpr unsigned bits = 6;
  struct Slot {
    std::uint64_t key = 0;  // 0 for an empty slot
    Value value{};
  };
  constexpr std::size_t slot_of(std::uint64_t key) const {
    return static_cast<std::size_t>((key * multiplier_) >> (64 - bits));
  }
  template <typename Entries, typename WordOf, typename ValueOf>
  constexpr bool fill(Entries const& entries, WordOf word_of, ValueOf value_of) {
    slots_ = {};
    for (auto const& entry : entries) {
      std::string_view const word = word_of(entry);
      if (word.size() > 8) continue;
      std::uint64_t const key = folded_key(word);
      Slot& slot = slots_[slot_of(key)];
      if (slot.key != 0 && slot.key != key) return false;
      slot = {key, value_of(entry)};
    }
    return true;
  }

  std::uint64_t multiplier_ = 0;
  std::array<Slot, std::size_t{1} << bits> slots_{};
};

namespace letter_bytes {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = ones * 0x80;

inline bool is_letter(char c) { return static_cast<unsigned char>((static_cast<unsigned char>(c) | 0x20) - 'a') < 26; }

// How many of the eight bytes of word, lowest first, are letters before the first that is none. Every
// byte is tested on its own, with no carry between bytes: c | 0x20 is a lower-case letter exactly when
// c is a letter; with its high bit cleared it is at most 0x7F, so adding 0x1F (to reach 0x80 from
// 'a') or 0x05 (to reach 0x80 from '{') stays within the byte; a byte with its high bit set is none.
inline unsigned leading_letters(std::uint64_t word) {
  std::uint64_t const folded = word | (ones * 0x20);
  std::uint64_t const low7 = folded & ~highs;
  std::uint64_t const from_a = (low7 + ones * (0x80 - 'a')) & highs;
  std::uint64_t const past_z = (low7 + ones * (0x80 - 'z' - 1)) & highs;
  std::uint64_t const letters = from_a & ~past_z & ~word & highs;
  std::uint64_t const others = ~letters & highs;
  return static_cast<unsigned>(std::countr_zero(others)) / 8;  // 64 bits of zeros when all eight are
}

}  // namespace letter_bytes

// The end of the run of letters that starts at p.
inline std::size_t letters_end(std::string_view text, std::size_t p) {
  if constexpr (std::endian::native == std::endian::little) {
    while (p + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + p, sizeof word);
      unsigned const n = letter_bytes::leading_letters(word);
      p += n;
      if (n < 8) return p;
    }
  }
  while (p < text.size() && letter_bytes::is_letter(text[p])) ++p;
  return p;
}

// The run of letters that starts at first (empty when text[first] is no letter or first is the end).
inline LetterRun read_letter_run(std::string_view text, std::size_t first) {
  LetterRun run;
  run.first = first;
  std::size_t p = first;
  if constexpr (std::endian::native == std::endian::little) {
    // Whole words while eight bytes remain; the lowest byte of a loaded word is the first in the text.
    while (p + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + p, sizeof word);
      unsigned const n = letter_bytes::leading_letters(word);
      std::size_t const part = (p - first) / 8;
      if (part < 2) {
        std::uint64_t const kept = n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
        run.packed[part] = (word | (letter_bytes::ones * 0x20)) & kept;
      }
      p += n;
      if (n < 8) {
        run.last = p;
        return run;
      }
    }
  }
  while (p < text.size() && letter_bytes::is_letter(text[p])) {
    std::size_t const k = p - first;
    if (k < max_packed_letters) {
      auto const folded = static_cast<unsigned char>(text[p] | 0x20);
      run.packed[k / 8] |= std::uint64_t{folded} << (8 * (k % 8));
    }
    ++p;
  }
  run.last = p;
  return run;
}

}  // namespace claimcheck::grammar
