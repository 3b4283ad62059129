// Byte tests on a whole machine word at once ("SIMD within a register"), for the loops that skip
// plain text eight bytes at a time: cleaning drafts, escaping JSON, testing pooled strings. Each test
// is exact: nonzero when, and only when, some byte of the word is of the kind tested.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimcheck::swar {

// std::uint64_t, or std::uint32_t for a string's last few bytes.
template <typename Word>
constexpr Word ones = static_cast<Word>(0x0101010101010101ULL);
template <typename Word>
constexpr Word highs = ones<Word> * 0x80;

template <typename Word = std::uint64_t>
Word load(const char* bytes) {
  Word word;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

// Some byte is below n (n at most 0x80).
template <typename Word>
constexpr Word any_below(Word word, unsigned char n) {
  return static_cast<Word>((word - ones<Word> * n) & ~word & highs<Word>);
}

// Some byte is above n (n at most 0x7F).
template <typename Word>
constexpr Word any_above(Word word, unsigned char n) {
  return static_cast<Word>(((word + ones<Word> * static_cast<unsigned char>(0x7F - n)) | word) & highs<Word>);
}

template <typename Word>
constexpr Word any_equal(Word word, char c) {
  return any_below(static_cast<Word>(word ^ (ones<Word> * static_cast<unsigned char>(c))), 1);
}

// Some byte is not ASCII (0x80 and above).
template <typename Word>
constexpr Word any_non_ascii(Word word) {
  return static_cast<Word>(word & highs<Word>);
}

// Some byte is one a JSON string does not hold as it is: a control character, '"', '\\', or a byte
// of a character beyond ASCII (written only after its UTF-8 is checked). The JSON writer tests this
// as it copies, and is_json_plain once per string a claim keeps (Interned::plain, StoredText::plain).
template <typename Word>
constexpr Word any_json_special(Word word) {
  return static_cast<Word>(any_below(word, 0x20) | any_equal(word, '"') | any_equal(word, '\\') | any_non_ascii(word));
}

// Whether no byte of text is one any_json_special flags: eight bytes at a time, the last few in a
// word filled up with spaces, which are plain. Worked out once for each string a claim keeps.
inline bool is_json_plain(std::string_view text) {
  std::size_t k = 0;
  for (; k + 8 <= text.size(); k += 8) {
    if (any_json_special(load(text.data() + k)) != 0) return false;
  }
  auto last = ones<std::uint64_t> * static_cast<unsigned char>(' ');
  if (k < text.size()) std::memcpy(&last, text.data() + k, text.size() - k);
  return any_json_special(last) == 0;
}

// Where, in the order of memory, the first byte of a word that a test (or several, or'ed) flags
// lies; the mask must be nonzero. Only the lowest flag of a mask is sure to be right: a borrow or a
// carry runs from a flagged byte to the higher ones and may flag some of them as well. On a
// little-endian machine the lowest byte comes first in memory, so the answer is exact; elsewhere it
// is 0, at or before the first flagged byte, from where a caller reads byte by byte.
template <typename Word>
constexpr std::size_t first_flagged_byte(Word mask) {
  if constexpr (std::endian::native == std::endian::little) {
    return static_cast<std::size_t>(std::countr_zero(mask)) / 8;
  } else {
    return 0;
  }
}

}  // namespace claimcheck::swar
