// Word-at-a-time byte tests: each must agree with the byte-by-byte test for every byte value at
// every position, with any other bytes around it.
#include "grammar/swar.hpp"

#include <doctest/doctest.h>

#include <array>
#include <bit>
#include <cstdint>

namespace swar = claimcheck::swar;

namespace {

// A word holding `byte` at `position` and `filler` everywhere else.
template <typename Word>
Word word_with(unsigned char byte, std::size_t position, unsigned char filler) {
  std::array<char, sizeof(Word)> bytes;
  bytes.fill(static_cast<char>(filler));
  bytes[position] = static_cast<char>(byte);
  return swar::load<Word>(bytes.data());
}

template <typename Word>
void check_every_byte_at_every_position() {
  // Fillers that are never of a kind tested below next to ones that always are, and a high byte.
  for (const unsigned char filler : {'a', '0', ' ', '\0', '\xFF', '\x80', '\x7F'}) {
    for (std::size_t position = 0; position < sizeof(Word); ++position) {
      for (int value = 0; value < 256; ++value) {
        const auto byte = static_cast<unsigned char>(value);
        const Word word = word_with<Word>(byte, position, filler);
        CAPTURE(value);
        CAPTURE(position);
        CAPTURE(static_cast<int>(filler));
        CHECK((swar::any_below(word, 0x20) != 0) == (byte < 0x20 || filler < 0x20));
        CHECK((swar::any_below(word, 0x0E) != 0) == (byte < 0x0E || filler < 0x0E));
        CHECK((swar::any_above(word, 0x7E) != 0) == (byte > 0x7E || filler > 0x7E));
        CHECK((swar::any_equal(word, '.') != 0) == (byte == '.' || filler == '.'));
        CHECK((swar::any_equal(word, '\\') != 0) == (byte == '\\' || filler == '\\'));
        CHECK((swar::any_non_ascii(word) != 0) == (byte >= 0x80 || filler >= 0x80));
        const auto json_special = [](unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; };
        CHECK((swar::any_json_special(word) != 0) == (json_special(byte) || json_special(filler)));
      }
    }
  }
}

}  // namespace

TEST_CASE("word tests agree with byte tests: eight-byte words") { check_every_byte_at_every_position<std::uint64_t>(); }

TEST_CASE("word tests agree with byte tests: four-byte words") { check_every_byte_at_every_position<std::uint32_t>(); }

namespace {

// Two bytes of the kind tested at `first` and `second`, which the borrow of the first may disturb,
// among fillers that are not.
template <typename Word>
void check_first_flagged_byte() {
  for (std::size_t first = 0; first < sizeof(Word); ++first) {
    for (std::size_t second = first + 1; second < sizeof(Word); ++second) {
      for (int value = 0; value < 256; ++value) {
        std::array<char, sizeof(Word)> bytes;
        bytes.fill('a');
        bytes[second] = '\n';
        bytes[first] = static_cast<char>(value);
        const Word word = swar::load<Word>(bytes.data());
        CAPTURE(value);
        CAPTURE(first);
        CAPTURE(second);
        const std::size_t expected = value < 0x20 || value > 0x7E || value == '.' ? first : second;
        const Word mask = swar::any_below(word, 0x20) | swar::any_above(word, 0x7E) | swar::any_equal(word, '.');
        if constexpr (std::endian::native == std::endian::little) {
          CHECK(swar::first_flagged_byte(mask) == expected);
        } else {
          CHECK(swar::first_flagged_byte(mask) <= expected);
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("the first flagged byte of a word is the first byte of the kind tested, whatever follows it") {
  check_first_flagged_byte<std::uint64_t>();
  check_first_flagged_byte<std::uint32_t>();
}
