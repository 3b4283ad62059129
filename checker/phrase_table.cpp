// Word splitting and phrase lookup for attribution.
#include "checker/phrase_table.hpp"

#include "grammar/ascii.hpp"

#include <algorithm>
#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck {
namespace {

using grammar::ascii_lower;
using grammar::is_ascii_alnum;
using grammar::is_ascii_upper;
// Letters, digits, '&' and the bytes of non-ASCII characters, as a table.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> bytes{};
  for (int c = 0; c < 256; ++c) {
    bytes[static_cast<std::size_t>(c)] = is_ascii_alnum(static_cast<char>(c)) || c == '&' || c >= 0x80;
  }
  return bytes;
}();
bool is_word_byte(unsigned char c) { return word_bytes[c]; }
// What a byte is to a word, as bits: a word runs on over the plain ones without a further test.
enum ByteKind : unsigned char {
  ends = 0,    // space and punctuation other than the joiners: never in a word
  plain = 1,   // letters, digits, '&', bytes of non-ASCII characters but 0xE2
  upper = 2,   // A-Z, which are plain as well
  e2 = 4,      // 0xE2: begins a curly quote or a dash (punctuation), or another character
  joiner = 8,  // - ' . : inside a word only
};
constexpr std::array<ByteKind, 256> byte_kinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (int c = 0; c < 256; ++c) {
    ByteKind& kind = kinds[static_cast<std::size_t>(c)];
    if (c == 0xE2) {
      kind = e2;
    } else if (is_ascii_upper(static_cast<char>(c))) {
      kind = static_cast<ByteKind>(plain | upper);
    } else if (word_bytes[static_cast<std::size_t>(c)]) {
      kind = plain;
    } else if (c == '-' || c == '\'' || c == '.') {
      kind = joiner;
    }
  }
  return kinds;
}();
constexpr std::array<char, 256> lower_bytes = [] {
  std::array<char, 256> bytes{};
  for (int c = 0; c < 256; ++c) bytes[static_cast<std::size_t>(c)] = ascii_lower(static_cast<char>(c));
  return bytes;
}();

// How many bytes of a word its folded form keeps. They are decided on the word as written (folding
// changes only A-Z).
std::size_t folded_length(std::string_view word) {
  std::size_t n = word.size();
  // Possessives name the same thing: "China's" is China, "China’s" too.
  const bool ends_in_s = n > 0 && ascii_lower(word[n - 1]) == 's';
  if (ends_in_s && n > 2 && word[n - 2] == '\'') {
    n -= 2;
  } else if (ends_in_s && n > 4 && word.substr(n - 4, 3) == "\xE2\x80\x99") {
    n -= 4;
  }
  while (n > 0 && (word[n - 1] == '.' || word[n - 1] == '-' || word[n - 1] == '\'')) --n;
  return n;
}

// The sixteen bytes at p as two masks, bit k for p[k]: those that are plain, and those that are A-Z.
#if defined(__SSE2__)
struct PlainBytes {
  unsigned plain;
  unsigned upper;
};
PlainBytes plain_bytes(const unsigned char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // low <= byte < low + count, as unsigned bytes.
  auto in_range = [&](char low, int count) {
    const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8(low));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(static_cast<char>(count - 1))), d);
  };
  const __m128i upper = in_range('A', 26);
  const __m128i ascii = _mm_or_si128(_mm_or_si128(upper, in_range('a', 26)),
                                     _mm_or_si128(in_range('0', 10), _mm_cmpeq_epi8(v, _mm_set1_epi8('&'))));
  // Bytes of non-ASCII characters by their high bit, but 0xE2.
  const __m128i beyond = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2))), v);
  return {static_cast<unsigned>(_mm_movemask_epi8(ascii) | _mm_movemask_epi8(beyond)),
          static_cast<unsigned>(_mm_movemask_epi8(upper))};
}
#endif

// The first byte from p on that is not plain, or end; upper is or-ed into kinds when a byte passed is
// A-Z. Sixteen bytes at a time while as many remain: a word's length decides no branch.
const unsigned char* plain_run_end(const unsigned char* p, const unsigned char* const end, unsigned& kinds) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const PlainBytes bytes = plain_bytes(p);
    const int run = std::countr_one(bytes.plain);
    if ((bytes.upper & ((1u << run) - 1)) != 0) kinds |= upper;
    p += run;
    if (run < 16) return p;
  }
#endif
  while (p != end && (byte_kinds[*p] & plain) != 0) {
    kinds |= byte_kinds[*p];
    ++p;
  }
  return p;
}

}  // namespace

std::string fold_word(std::string_view word) {
  std::string folded(word.substr(0, folded_length(word)));
  for (char& c : folded) c = ascii_lower(c);
  return folded;
}

WordList split_words(std::string_view text, std::size_t base_offset) {
  WordList list;
  list.split(text, base_offset);
  return list;
}

void WordList::split(std::string_view text, std::size_t base_offset) {
  const std::size_t n = text.size();
  if (n > folded_capacity_) {
    folded_text_ = std::make_unique_for_overwrite<char[]>(n);
    folded_capacity_ = n;
  }
  words_.clear();
  words_.reserve(n / 6 + 1);  // about one word in six bytes of prose: one allocation, no regrowth
  const auto* const first = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = first + n;
  char* folded_end = folded_text_.get();
  const unsigned char* p = first;
  while (p != end) {
    const ByteKind kind = byte_kinds[*p];
    if (kind == ends || kind == joiner) {
      ++p;
      continue;
    }
    // Curly quotes and dashes are punctuation, not word bytes.
    if (kind == e2 && end - p > 2 && p[1] == 0x80) {
      p += 3;
      continue;
    }
    const unsigned char* const start = p;
    unsigned kinds = 0;   // the kinds of the plain bytes, or-ed: upper is set when one is A-Z
    bool joined = false;  // whether the word runs on over a byte that is not plain
    ByteKind next = ends;
    for (;;) {
      p = plain_run_end(p, end, kinds);
      if (p != end) next = byte_kinds[*p];
      if (p == end || next == ends) break;
      const auto left = static_cast<std::size_t>(end - p);
      if (next == e2 && left > 2 && p[1] == 0x80) {
        // ’ inside a word ("China’s") joins; other punctuation ends it.
        if (p[2] != 0x99 || left == 3 || !is_ascii_alnum(static_cast<char>(p[3]))) break;
        p += 3;
      } else if (next == e2 || (left > 1 && is_word_byte(p[1])) ||
                 (*p == '.' && is_ascii_upper(static_cast<char>(p[-1])) &&
                  p - start <= 3)) {  // "U.S." keeps its last dot
        ++p;
      } else {
        break;
      }
      joined = true;
    }
    const auto length = static_cast<std::size_t>(p - start);
    const std::string_view as_written(reinterpret_cast<const char*>(start), length);
    // Only what a joined byte brings (an apostrophe, a dot, a dash) can end a possessive or be dropped.
    const std::size_t folded_size = joined ? folded_length(as_written) : length;
    std::string_view folded(as_written.data(), folded_size);
    // Most words are written in lower case, and are their own folded form.
    if ((kinds & upper) != 0) {
      for (std::size_t k = 0; k < folded_size; ++k) folded_end[k] = lower_bytes[start[k]];
      folded = std::string_view(folded_end, folded_size);
      folded_end += folded_size;
    }
    words_.push_back({base_offset + static_cast<std::size_t>(start - first), length, folded, word_hash(folded)});
    if (p != end && next == ends) ++p;  // the space or punctuation after the word
  }
}

std::uint32_t WordIndex::add(std::string_view folded) {
  const Word word{0, 0, folded, word_hash(folded)};
  if (const std::uint32_t known = find(word); known != npos) return known;
  const auto number = static_cast<std::uint32_t>(words_.size());
  words_.push_back({std::string(folded), word.hash});
  present_[(word.hash >> 6) % present_.size()] |= std::uint64_t{1} << (word.hash & 63);
  // At most a quarter full, so that a lookup of a word not in the index ends at the first slot.
  if (4 * words_.size() > slots_.size()) {
    slots_.assign(std::max<std::size_t>(1024, 8 * words_.size()), 0);
    for (std::uint32_t n = 0; n < number; ++n) place(n);
  }
  place(number);
  return number;
}

void WordIndex::place(std::uint32_t number) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t s = words_[number].hash & mask;
  while (slots_[s] != 0) s = (s + 1) & mask;
  slots_[s] = number + 1;
}

void PhraseTable::add(std::string_view phrase, std::string_view value) {
  Entry entry;
  for (const Word& w : split_words(phrase)) {
    entry.words.emplace_back(w.folded);
    entry.hashes.push_back(w.hash);
  }
  if (entry.words.empty()) return;
  entry.value = value;
  const std::uint32_t first = first_words_.add(entry.words.front());
  if (first == buckets_.size()) buckets_.emplace_back();
  Bucket& bucket = buckets_[first];
  bucket.entries.push_back(std::move(entry));
  std::stable_sort(bucket.entries.begin(), bucket.entries.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  bucket.second_words = 0;
  bucket.single = no_entry;
  for (std::size_t k = 0; k < bucket.entries.size(); ++k) {
    const Entry& e = bucket.entries[k];
    if (e.words.size() > 1) {
      bucket.second_words |= std::uint64_t{1} << (e.hashes[1] & 63);
    } else if (bucket.single == no_entry) {
      bucket.single = k;
    }
  }
}

void PhraseTable::find_all(const WordList& words, std::vector<PhraseMatch>& matches) const {
  matches.clear();
  const std::size_t count = words.size();
  std::size_t i = 0;
  while (i < count) {
    // Most words begin no phrase, and a loop without calls passes them with the table in registers.
    std::uint32_t first = WordIndex::npos;
    while (i < count && (first = first_words_.find(words[i])) == WordIndex::npos) ++i;
    if (i == count) break;
    const Bucket& bucket = buckets_[first];
    const Entry* found = nullptr;
    const bool may_go_on = i + 1 < count && ((bucket.second_words >> (words[i + 1].hash & 63)) & 1) != 0;
    if (!may_go_on) {
      if (bucket.single != no_entry) found = &bucket.entries[bucket.single];
    } else {
      for (const Entry& e : bucket.entries) {
        if (i + e.words.size() > count) continue;
        bool same = true;
        for (std::size_t k = 1; k < e.words.size() && same; ++k) {
          same = e.hashes[k] == words[i + k].hash && e.words[k] == words[i + k].folded;
        }
        if (same) {
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
}

}  // namespace claimcheck
