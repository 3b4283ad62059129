// Finds known phrases (metric aliases, subject names) in text by words, longest match first.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck {

// A word of text: lower-cased ASCII, possessive "'s" dropped, with its byte span.
struct Word {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string folded;
  std::uint32_t hash = 0;  // word_hash(folded), computed once for every table the word is looked up in
};

std::uint32_t word_hash(std::string_view folded);

// Splits text into words: runs of letters, digits and the joiners & - ' ’ . inside a word
// ("R&D", "year-on-year", "U.S."). Punctuation between words is not a word.
std::vector<Word> split_words(std::string_view text, std::size_t base_offset = 0);
std::string fold_word(std::string_view word);

struct PhraseMatch {
  std::size_t first_word = 0;  // index into the words searched
  std::size_t word_count = 0;
  std::size_t offset = 0;  // byte span in the text
  std::size_t length = 0;
  const std::string* value = nullptr;
};

class PhraseTable {
 public:
  void add(std::string_view phrase, std::string value);
  bool empty() const { return by_first_word_.empty(); }
  // Non-overlapping matches, left to right, the longest phrase winning at each word.
  std::vector<PhraseMatch> find_all(const std::vector<Word>& words) const;

 private:
  struct Entry {
    std::vector<std::string> words;  // folded
    std::string value;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_word_;  // longest first
  // Bit word_hash % size is set for every first word: most words of a sentence start no phrase, and
  // this answers for them without a lookup.
  std::bitset<8192> first_word_filter_;
};

}  // namespace claimcheck
