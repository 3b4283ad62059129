// Finds known phrases (metric aliases, subject names) in text by words, longest match first.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck {

// A word of text: lower-cased ASCII, possessive "'s" dropped, with its byte span.
struct Word {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string_view folded;  // into the folded text of the WordList that holds the word
  std::uint32_t hash = 0;   // word_hash(folded), computed once for every table the word is looked up in
};

// The words of a text. Their folded forms share one buffer, which moves with the list: a word's
// folded view is valid as long as the list that holds it.
class WordList {
 public:
  WordList() = default;
  explicit WordList(std::size_t text_size) : folded_text_(std::make_unique<char[]>(text_size)) {}
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  const Word& operator[](std::size_t i) const { return words_[i]; }
  std::vector<Word>::const_iterator begin() const { return words_.begin(); }
  std::vector<Word>::const_iterator end() const { return words_.end(); }

 private:
  friend WordList split_words(std::string_view text, std::size_t base_offset);
  std::unique_ptr<char[]> folded_text_;  // at most the size of the text: folding never lengthens a word
  std::vector<Word> words_;
};

std::uint32_t word_hash(std::string_view folded);

// Splits text into words: runs of letters, digits and the joiners & - ' ’ . inside a word
// ("R&D", "year-on-year", "U.S."). Punctuation between words is not a word.
WordList split_words(std::string_view text, std::size_t base_offset = 0);
std::string fold_word(std::string_view word);

// Lets a table keyed by std::string be searched with a string_view, without building a string.
struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

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
  std::vector<PhraseMatch> find_all(const WordList& words) const;

 private:
  struct Entry {
    std::vector<std::string> words;  // folded
    std::string value;
  };
  std::unordered_map<std::string, std::vector<Entry>, StringViewHash, std::equal_to<>> by_first_word_;  // longest first
  // Bit word_hash % size is set for every first word: most words of a sentence start no phrase, and
  // this answers for them without a lookup.
  std::bitset<8192> first_word_filter_;
};

}  // namespace claimcheck
