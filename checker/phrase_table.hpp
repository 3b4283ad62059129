// Finds known phrases (metric aliases, subject names) in text by words, longest match first.
#pragma once

#include "grammar/interned.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A word of text: lower-cased ASCII, possessive "'s" dropped, with its byte span.
struct Word {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string_view folded;  // into the text split, or the folded text of the WordList that holds the word
  std::uint32_t hash = 0;   // word_hash(folded), computed once for every table the word is looked up in
};

// The words of a text. A word's folded view is into the text when the word is its own folded form,
// else into a buffer that moves with the list: it is valid as long as the text and the list that
// holds it, until the list splits another text.
class WordList {
 public:
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  const Word& operator[](std::size_t i) const { return words_[i]; }
  std::vector<Word>::const_iterator begin() const { return words_.begin(); }
  std::vector<Word>::const_iterator end() const { return words_.end(); }

  // Replaces the words with those of text (see split_words), reusing the memory of the last split:
  // attribution splits every sentence of a document with one list.
  void split(std::string_view text, std::size_t base_offset = 0);
  void clear() { words_.clear(); }

 private:
  std::unique_ptr<char[]> folded_text_;  // the folded forms that differ from the text; never longer than it
  std::size_t folded_capacity_ = 0;
  std::vector<Word> words_;
};

// Length and the first and last two bytes: enough to tell most words apart for a filter, at the
// same cost for every word.
inline std::uint32_t word_hash(std::string_view folded) {
  const std::size_t n = folded.size();
  auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(folded[i])); };
  std::uint32_t hash = static_cast<std::uint32_t>(n);
  if (n > 0) hash = hash * 131 + byte(0) * 7 + byte(n - 1);
  if (n > 1) hash = hash * 131 + byte(1) * 7 + byte(n - 2);
  return (hash * 2654435761u) >> 16;  // the well-mixed high bits
}

// Splits text into words: runs of letters, digits and the joiners & - ' ’ . inside a word
// ("R&D", "year-on-year", "U.S."). Punctuation between words is not a word.
WordList split_words(std::string_view text, std::size_t base_offset = 0);
std::string fold_word(std::string_view word);

// Folded words, each with its number (0, 1, 2 ... in the order added), looked up by the hash a Word
// carries: no word is hashed again, and most lookups compare no string.
class WordIndex {
 public:
  static constexpr std::uint32_t npos = static_cast<std::uint32_t>(-1);
  // The number of the word, added when it is new.
  std::uint32_t add(std::string_view folded);
  // The number of the word, or npos when it was never added.
  std::uint32_t find(const Word& word) const {
    // Most words looked up are in no index: one bit, from a table small enough to stay in the
    // cache, rules out all but about one in a hundred of them without a branch that guesses wrong.
    if (((present_[(word.hash >> 6) % present_.size()] >> (word.hash & 63)) & 1) == 0) return npos;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = word.hash & mask;; s = (s + 1) & mask) {
      const std::uint32_t slot = slots_[s];
      if (slot == 0) return npos;
      const Known& known = words_[slot - 1];
      if (known.hash == word.hash && known.folded == word.folded) return slot - 1;
    }
  }
  bool contains(const Word& word) const { return find(word) != npos; }
  bool empty() const { return words_.empty(); }

 private:
  struct Known {
    std::string folded;
    std::uint32_t hash = 0;
  };
  void place(std::uint32_t number);
  std::vector<Known> words_;
  std::vector<std::uint32_t> slots_;  // open addressing on the hash: a word's number + 1, 0 when empty
  // A bit for each hash value modulo 16,384 that a word of the index has: 2 KB.
  std::array<std::uint64_t, 256> present_{};
};

struct PhraseMatch {
  std::size_t first_word = 0;  // index into the words searched
  std::size_t word_count = 0;
  std::size_t offset = 0;  // byte span in the text
  std::size_t length = 0;
  const Interned* value = nullptr;
};

class PhraseTable {
 public:
  void add(std::string_view phrase, std::string_view value);
  bool empty() const { return first_words_.empty(); }
  // Replaces matches with the non-overlapping matches in words, left to right, the longest phrase
  // winning at each word. Attribution reuses one vector for the sentences of a document.
  void find_all(const WordList& words, std::vector<PhraseMatch>& matches) const;

 private:
  struct Entry {
    std::vector<std::string> words;     // folded
    std::vector<std::uint32_t> hashes;  // word_hash of each
    Interned value;
  };
  // The entries that begin with one word, longest first. Most words that begin an entry ("the",
  // "in", "from") begin it only before a few words: a bit for each second word's hash, modulo 64,
  // rules out the longer entries without comparing them, leaving the entry of one word, if any.
  static constexpr std::size_t no_entry = static_cast<std::size_t>(-1);
  struct Bucket {
    std::vector<Entry> entries;
    std::uint64_t second_words = 0;
    std::size_t single = no_entry;  // the index of the entry of the first word alone
  };
  WordIndex first_words_;
  std::vector<Bucket> buckets_;  // by the number of their first word
};

}  // namespace claimcheck
