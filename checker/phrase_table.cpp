// Word splitting and phrase lookup for attribution.
#include "checker/phrase_table.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {
namespace {

// ASCII tests without the C library's locale lookups: this runs on every byte of every sentence.
constexpr bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c); }
// Letters, digits, '&' and the bytes of non-ASCII characters, as a table.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> bytes{};
  for (int c = 0; c < 256; ++c) {
    bytes[static_cast<std::size_t>(c)] = is_ascii_alnum(static_cast<unsigned char>(c)) || c == '&' || c >= 0x80;
  }
  return bytes;
}();
bool is_word_byte(unsigned char c) { return word_bytes[c]; }
// The word bytes other than 0xE2, which may begin a curly quote or a dash: the bytes a word runs on
// without a further test.
constexpr std::array<bool, 256> plain_word_bytes = [] {
  std::array<bool, 256> bytes = word_bytes;
  bytes[0xE2] = false;
  return bytes;
}();
constexpr std::array<char, 256> lower_bytes = [] {
  std::array<char, 256> bytes{};
  for (int c = 0; c < 256; ++c) bytes[static_cast<std::size_t>(c)] = to_lower(static_cast<unsigned char>(c));
  return bytes;
}();
bool is_joiner(unsigned char c) { return c == '-' || c == '\'' || c == '.'; }

// How many bytes of a word its folded form keeps. They are decided on the word as written (folding
// changes only A-Z), so that the folded word is built once at its final length.
std::size_t folded_length(std::string_view word) {
  std::size_t n = word.size();
  // Possessives name the same thing: "China's" is China, "China’s" too.
  const bool ends_in_s = n > 0 && to_lower(static_cast<unsigned char>(word[n - 1])) == 's';
  if (ends_in_s && n > 2 && word[n - 2] == '\'') {
    n -= 2;
  } else if (ends_in_s && n > 4 && word.substr(n - 4, 3) == "\xE2\x80\x99") {
    n -= 4;
  }
  while (n > 0 && (word[n - 1] == '.' || word[n - 1] == '-' || word[n - 1] == '\'')) --n;
  return n;
}

void lower_in_place(std::string& folded) {
  for (char& c : folded) c = to_lower(static_cast<unsigned char>(c));
}

// Copies the first n bytes of word to out lower-cased.
void lower_copy(const char* word, std::size_t n, char* out) {
  for (std::size_t k = 0; k < n; ++k) out[k] = lower_bytes[static_cast<unsigned char>(word[k])];
}

}  // namespace

std::string fold_word(std::string_view word) {
  std::string folded(word.substr(0, folded_length(word)));
  lower_in_place(folded);
  return folded;
}

std::uint32_t word_hash(std::string_view folded) {
  // Length and the first and last two bytes: enough to tell most words apart for a filter, at the
  // same cost for every word.
  const std::size_t n = folded.size();
  auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(folded[i])); };
  std::uint32_t hash = static_cast<std::uint32_t>(n);
  if (n > 0) hash = hash * 131 + byte(0) * 7 + byte(n - 1);
  if (n > 1) hash = hash * 131 + byte(1) * 7 + byte(n - 2);
  return (hash * 2654435761u) >> 16;  // the well-mixed high bits
}

WordList split_words(std::string_view text, std::size_t base_offset) {
  WordList list(text.size());
  std::vector<Word>& words = list.words_;
  char* folded_end = list.folded_text_.get();
  words.reserve(text.size() / 6 + 1);  // about one word in six bytes of prose: one allocation, no regrowth
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    // Curly quotes and dashes are punctuation, not word bytes.
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      i += 3;
      continue;
    }
    if (!is_word_byte(c)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n) {
      const auto d = static_cast<unsigned char>(text[j]);
      if (plain_word_bytes[d]) {
        ++j;
        continue;
      }
      if (d == 0xE2 && j + 2 < n && static_cast<unsigned char>(text[j + 1]) == 0x80) {
        // ’ inside a word ("China’s") joins; other punctuation ends it.
        if (static_cast<unsigned char>(text[j + 2]) == 0x99 && j + 3 < n &&
            is_ascii_alnum(static_cast<unsigned char>(text[j + 3]))) {
          j += 3;
          continue;
        }
        break;
      }
      if (is_word_byte(d)) {
        ++j;
      } else if (is_joiner(d) && j + 1 < n && is_word_byte(static_cast<unsigned char>(text[j + 1]))) {
        ++j;
      } else if (d == '.' && j > i && is_upper(static_cast<unsigned char>(text[j - 1])) &&
                 (j - i) <= 3) {
        ++j;  // "U.S." keeps its last dot
      } else {
        break;
      }
    }
    Word& word = words.emplace_back();
    word.offset = base_offset + i;
    word.length = j - i;
    const std::size_t folded_size = folded_length(text.substr(i, j - i));
    lower_copy(text.data() + i, folded_size, folded_end);
    word.folded = std::string_view(folded_end, folded_size);
    folded_end += folded_size;
    word.hash = word_hash(word.folded);
    i = j;
  }
  return list;
}

void PhraseTable::add(std::string_view phrase, std::string value) {
  Entry entry;
  for (const Word& w : split_words(phrase)) entry.words.emplace_back(w.folded);
  if (entry.words.empty()) return;
  entry.value = std::move(value);
  first_word_filter_.set(word_hash(entry.words.front()) % first_word_filter_.size());
  auto& bucket = by_first_word_[entry.words.front()];
  bucket.push_back(std::move(entry));
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

std::vector<PhraseMatch> PhraseTable::find_all(const WordList& words) const {
  std::vector<PhraseMatch> matches;
  std::size_t i = 0;
  while (i < words.size()) {
    if (!first_word_filter_.test(words[i].hash % first_word_filter_.size())) {
      ++i;
      continue;
    }
    const auto it = by_first_word_.find(words[i].folded);
    const Entry* found = nullptr;
    if (it != by_first_word_.end()) {
      for (const Entry& e : it->second) {
        if (i + e.words.size() > words.size()) continue;
        if (std::equal(e.words.begin(), e.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i),
                       [](const std::string& a, const Word& b) { return a == b.folded; })) {
          found = &e;
          break;
        }
      }
    }
    if (found == nullptr) {
      ++i;
      continue;
    }
    const Word& last = words[i + found->words.size() - 1];
    matches.push_back({i, found->words.size(), words[i].offset, last.offset + last.length - words[i].offset,
                       &found->value});
    i += found->words.size();
  }
  return matches;
}

}  // namespace claimcheck
