// Splitting sentences into words and finding known phrases among them, as attribution does.
#include "checker/phrase_table.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using claimcheck::PhraseMatch;
using claimcheck::PhraseTable;
using claimcheck::split_words;
using claimcheck::Word;
using claimcheck::WordIndex;
using claimcheck::WordList;

namespace {

std::vector<std::string> folded_words(const WordList& words) {
  std::vector<std::string> folded;
  for (const Word& w : words) folded.emplace_back(w.folded);
  return folded;
}

}  // namespace

TEST_CASE("a sentence splits into folded words with their spans") {
  const std::string text = "Exports of the Guangdong-Hong Kong-Macao Greater Bay Area rose 5.2 percent.";
  const WordList words = split_words(text, 100);
  CHECK(folded_words(words) == std::vector<std::string>{"exports", "of", "the", "guangdong-hong", "kong-macao",
                                                        "greater", "bay", "area", "rose", "5.2", "percent"});
  REQUIRE(words.size() == 11);
  CHECK(words[3].offset == 100 + text.find("Guangdong"));
  CHECK(words[3].length == std::string("Guangdong-Hong").size());
  // The full stop after the last word is not part of it.
  CHECK(words[10].offset + words[10].length == 100 + text.size() - 1);
}

TEST_CASE("possessives, abbreviations, curly quotes and dashes") {
  // "Zürich’s": the curly apostrophe and the s are dropped from the folded form, not from the span.
  const std::string text = "Z\xC3\xBC" "rich\xE2\x80\x99s growth\xE2\x80\x94" "exports to the U.S. and China's banks";
  const WordList words = split_words(text);
  CHECK(folded_words(words) ==
        std::vector<std::string>{"z\xC3\xBC" "rich", "growth", "exports", "to", "the", "u.s", "and", "china", "banks"});
  REQUIRE(words.size() == 9);
  CHECK(words[0].length == std::string("Z\xC3\xBC" "rich\xE2\x80\x99s").size());
  CHECK(words[5].length == 4);  // "U.S." keeps its last dot in the span
}

TEST_CASE("words longer than sixteen bytes, with capitals late in them and at the end of the text") {
  const std::string text = "the telecommunications sector of PricewaterhouseCoopers and internationalizationISO";
  const WordList words = split_words(text);
  CHECK(folded_words(words) == std::vector<std::string>{"the", "telecommunications", "sector", "of",
                                                        "pricewaterhousecoopers", "and", "internationalizationiso"});
  REQUIRE(words.size() == 7);
  CHECK(words[6].offset + words[6].length == text.size());
  // A lower-case word is its own folded form, a view into the text.
  CHECK(words[1].folded.data() == text.data() + words[1].offset);
}

TEST_CASE("every byte value inside a long word either belongs to it or ends it, wherever it stands") {
  for (int value = 0; value < 256; ++value) {
    const char byte = static_cast<char>(value);
    const bool ascii_alnum = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9');
    // Letters, digits, '&', the bytes of other characters, and the joiners between two word bytes.
    const bool in_word = ascii_alnum || byte == '&' || value >= 0x80 || byte == '-' || byte == '\'' || byte == '.';
    for (std::size_t at = 1; at < 39; ++at) {
      std::string text(40, 'x');
      text[at] = byte;
      const WordList words = split_words(text);
      CAPTURE(value);
      CAPTURE(at);
      if (in_word) {
        REQUIRE(words.size() == 1);
        CHECK(words[0].length == 40);
        std::string expected = text;
        if (byte >= 'A' && byte <= 'Z') expected[at] = static_cast<char>(byte - 'A' + 'a');
        CHECK(std::string(words[0].folded) == expected);
      } else {
        REQUIRE(words.size() == 2);
        CHECK(words[0].length == at);
        CHECK(words[1].offset == at + 1);
        CHECK(words[1].length == 39 - at);
      }
    }
  }
}

TEST_CASE("a word index finds the words added and no other") {
  WordIndex index;
  const std::uint32_t exports = index.add("exports");
  const std::uint32_t imports = index.add("imports");
  CHECK(index.add("exports") == exports);
  const WordList words = split_words("Exports and imports, not export or exported");
  REQUIRE(words.size() == 7);
  CHECK(index.find(words[0]) == exports);
  CHECK(index.find(words[2]) == imports);
  for (std::size_t k : {1u, 3u, 4u, 5u, 6u}) CHECK(index.find(words[k]) == WordIndex::npos);
  const WordIndex empty;
  CHECK(empty.find(words[0]) == WordIndex::npos);
}

TEST_CASE("a phrase table finds the longest phrase at each word, left to right") {
  PhraseTable subjects;
  subjects.add("Hong Kong", "Hong Kong");
  subjects.add("Hong Kong SAR", "Hong Kong");
  subjects.add("Kong", "Kong");
  subjects.add("China", "China");
  const WordList words = split_words("Hong Kong SAR's exports to China rose, Hong Kong's imports fell");
  std::vector<PhraseMatch> matches;
  subjects.find_all(words, matches);
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].first_word == 0);
  CHECK(matches[0].word_count == 3);
  CHECK(*matches[0].value == "Hong Kong");
  CHECK(matches[1].first_word == 5);
  CHECK(*matches[1].value == "China");
  CHECK(matches[2].first_word == 7);
  CHECK(matches[2].word_count == 2);
  CHECK(matches[2].length == std::string("Hong Kong's").size());
}

TEST_CASE("a phrase of one word is found where a longer phrase with the same first word is not") {
  PhraseTable table;
  table.add("South Korea", "South Korea");
  table.add("South Africa", "South Africa");
  table.add("South", "the South");
  table.add("a year earlier", "year before");
  const WordList words = split_words("South Korea and the South grew faster than a year earlier, South Africa a year later");
  std::vector<PhraseMatch> matches;
  table.find_all(words, matches);
  REQUIRE(matches.size() == 4);
  CHECK(*matches[0].value == "South Korea");
  CHECK(matches[0].word_count == 2);
  CHECK(*matches[1].value == "the South");
  CHECK(matches[1].first_word == 4);
  CHECK(*matches[2].value == "year before");
  CHECK(matches[2].first_word == 8);
  CHECK(matches[2].word_count == 3);
  CHECK(*matches[3].value == "South Africa");
  // "a year later" is no phrase of the table, and a last word that begins only longer phrases is none.
  const WordList ending = split_words("growth picked up from a");
  table.find_all(ending, matches);
  CHECK(matches.empty());
  const WordList last = split_words("growth in the South");
  table.find_all(last, matches);
  REQUIRE(matches.size() == 1);
  CHECK(*matches[0].value == "the South");
}
