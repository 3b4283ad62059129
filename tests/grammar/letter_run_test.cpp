// Runs of letters read eight bytes at a time: the same extent and folded letters as a byte loop.
#include "grammar/letter_run.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using claimcheck::grammar::LetterRun;
using claimcheck::grammar::packed_letters;
using claimcheck::grammar::read_letter_run;

namespace {

// The run as a byte loop reads it.
LetterRun letters_one_by_one(std::string_view text, std::size_t first) {
  LetterRun run;
  run.first = first;
  std::size_t p = first;
  while (p < text.size() && ((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z'))) {
    std::size_t const k = p - first;
    if (k < 16) run.packed[k / 8] |= std::uint64_t{static_cast<unsigned char>(text[p] | 0x20)} << (8 * (k % 8));
    ++p;
  }
  run.last = p;
  return run;
}

}  // namespace

TEST_CASE("a run of letters ends at the first byte that is no ASCII letter, folded to lower case") {
  std::string_view const text = "Exports ROSE 8.1%, year-on-year";
  LetterRun const exports = read_letter_run(text, 0);
  CHECK(exports.last == 7);
  CHECK(exports == packed_letters("exports"));
  LetterRun const rose = read_letter_run(text, 8);
  CHECK(rose.last == 12);
  CHECK(rose == packed_letters("rose"));
  CHECK(read_letter_run(text, 13).size() == 0);  // a digit
  CHECK(read_letter_run(text, 19).last == 23);   // "year", before the hyphen
  CHECK(read_letter_run(text, 27).last == text.size());
}

TEST_CASE("a word longer than sixteen letters is read whole but packs only its first sixteen") {
  std::string_view const text = "internationalization of trade";
  LetterRun const word = read_letter_run(text, 0);
  CHECK(word.last == 20);
  CHECK_FALSE(word.packs_whole());
  CHECK(word.letter(15) == 'a');
}

TEST_CASE("every byte value ends a run exactly where a byte loop says, at every position before the end") {
  // Each byte value, after runs of every length up to 20 letters, near the end of the text and far from it.
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t letters = 0; letters <= 20; ++letters) {
      for (std::size_t tail = 0; tail <= 9; ++tail) {
        std::string text = "aB";
        for (std::size_t k = 0; k < letters; ++k) text.push_back(static_cast<char>(k % 2 == 0 ? 'A' + k : 'z' - k));
        text.push_back(static_cast<char>(byte));
        text.append(tail, 'q');
        for (std::size_t first : {std::size_t{0}, std::size_t{1}, std::size_t{2}}) {
          LetterRun const fast = read_letter_run(text, first);
          LetterRun const slow = letters_one_by_one(text, first);
          CHECK(fast.last == slow.last);
          CHECK(fast.packed[0] == slow.packed[0]);
          CHECK(fast.packed[1] == slow.packed[1]);
        }
      }
    }
  }
}
