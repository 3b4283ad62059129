// The search for the first of a few bytes: sixteen at a time, it must find what a byte loop and
// std::string_view::find_first_of find, from every start to every limit.
#include "grammar/byte_search.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace byte_search = claimcheck::byte_search;

namespace {

// The reference: the first of `set` in [from, limit), limit when none.
std::size_t reference(std::string_view text, std::string_view set, std::size_t from, std::size_t limit) {
  if (from >= limit) return from;
  const std::size_t found = text.substr(0, limit).find_first_of(set, from);
  return found == std::string_view::npos ? limit : found;
}

}  // namespace

TEST_CASE("first_of finds the first sentence end of a real paragraph") {
  const std::string_view text =
      "Exports rose 7.2 percent to 13 trillion yuan in the first half, customs data showed on Friday!\n"
      "Imports fell?";
  auto first_end = [&](std::size_t from) {
    return byte_search::first_of<'\n', '\r', '.', '!', '?'>(text, from, text.size());
  };
  CHECK(first_end(0) == text.find('.'));                   // the decimal point of "7.2"
  CHECK(first_end(text.find('.') + 1) == text.find('!'));  // past 60 bytes of plain words
  CHECK(first_end(text.find('!') + 1) == text.find('\n'));
  CHECK(first_end(text.find('\n') + 1) == text.size() - 1);  // the '?'
  CHECK(first_end(text.size()) == text.size());
  // A limit before the next end is the answer.
  CHECK(byte_search::first_of<'.', '!'>(text, 20, 40) == 40);
}

TEST_CASE("first_of agrees with find_first_of at every start and limit, every byte at every place") {
  // Each set byte, a byte of a non-ASCII character and a byte that is no set byte, put at every
  // position of a text longer than three blocks of sixteen.
  constexpr std::string_view set("\\`<&![*_~", 9);
  for (const char planted : {'\\', '`', '<', '&', '!', '[', '*', '_', '~', '\xE2', '\x80', 'a', '\0', '\x7F'}) {
    for (std::size_t at = 0; at < 53; ++at) {
      std::string text(53, 'x');
      text[at] = planted;
      if (at + 20 < text.size()) text[at + 20] = '~';  // a second one later, in another block
      for (std::size_t from = 0; from <= text.size(); ++from) {
        for (const std::size_t limit : {std::size_t{0}, from, from + 1, from + 15, from + 16, from + 17, text.size()}) {
          if (limit > text.size()) continue;
          const std::size_t expected = reference(text, set, from, limit);
          CHECK(byte_search::first_of<'\\', '`', '<', '&', '!', '[', '*', '_', '~'>(text, from, limit) == expected);
          CHECK(byte_search::first_of_bytewise<'\\', '`', '<', '&', '!', '[', '*', '_', '~'>(text, from, limit) ==
                expected);
        }
      }
    }
  }
}

TEST_CASE("first_of tells a set byte from bytes that differ from it in one bit") {
  // cmpeq compares whole bytes: 0xAE is '.' with the high bit set, ',' and '/' are one bit away.
  for (const std::string_view near : {"\xAE", ",", "/", "\x0E", "n"}) {
    std::string text(40, ' ');
    text.replace(17, 1, near);
    CHECK(byte_search::first_of<'.'>(text, 0, text.size()) == text.size());
    text[33] = '.';
    CHECK(byte_search::first_of<'.'>(text, 0, text.size()) == 33);
  }
}
