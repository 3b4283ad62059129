// The extractor: one byte loop finds candidate positions, the claim grammar parses one phrase at each.
#include "grammar/extract.hpp"

#include "grammar/ast.hpp"
#include "grammar/claim.hpp"
#include "grammar/config.hpp"
#include "grammar/letter_run.hpp"
#include "grammar/month_names.hpp"
#include "grammar/normalize.hpp"
#include "grammar/symbol_tables.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::grammar {

namespace {

// How many words before a number may belong to its phrase ("a year-on-year increase of 6.5 percent").
constexpr int max_lookback_words = 6;

// A fraction sign ("½", "⅔") begins with the byte 0xC2 or 0xE2; every other byte of its class starts nothing.
enum ByteClass : std::uint8_t { other = 0, digit = 1, letter = 2, fraction_lead = 3 };

constexpr std::array<std::uint8_t, 256> make_byte_classes() {
  std::array<std::uint8_t, 256> classes{};
  classes[0xC2] = classes[0xE2] = fraction_lead;
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<std::size_t>(c)] = digit;
  for (int c = 'a'; c <= 'z'; ++c) classes[static_cast<std::size_t>(c)] = letter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[static_cast<std::size_t>(c)] = letter;
  return classes;
}
constexpr std::array<std::uint8_t, 256> byte_classes = make_byte_classes();

inline ByteClass class_of(char c) { return static_cast<ByteClass>(byte_classes[static_cast<unsigned char>(c)]); }
inline bool is_letter(char c) { return class_of(c) == letter; }
inline bool is_digit(char c) { return class_of(c) == digit; }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view word) {
  std::string result(word);
  for (char& c : result) c = lower(c);
  return result;
}

// A word of the text as written, which the tests of is_non_claim compare with lower-case words in
// any case, without a lower-cased copy of it.
struct TextWord {
  std::string_view written;

  bool empty() const { return written.empty(); }
  bool is(std::string_view lower_case) const {
    if (written.size() != lower_case.size()) return false;
    for (std::size_t i = 0; i < written.size(); ++i) {
      if (lower(written[i]) != lower_case[i]) return false;
    }
    return true;
  }
  bool is_any_of(std::initializer_list<std::string_view> lower_case_words) const {
    return std::any_of(lower_case_words.begin(), lower_case_words.end(), [this](std::string_view w) { return is(w); });
  }
};

// The word that ends just before position end (skipping spaces); empty at a boundary.
TextWord word_before(std::string_view text, std::size_t end) {
  std::size_t last = end;
  while (last > 0 && is_space(text[last - 1])) --last;
  std::size_t first = last;
  while (first > 0 && is_letter(text[first - 1])) --first;
  return {text.substr(first, last - first)};
}

TextWord word_after(std::string_view text, std::size_t start) {
  std::size_t first = start;
  while (first < text.size() && is_space(text[first])) ++first;
  std::size_t last = first;
  while (last < text.size() && (is_letter(text[last]) || text[last] == '.')) ++last;
  return {text.substr(first, last - first)};
}

Interned const rank_unit{"rank"};

bool is_capitalized_word_before(std::string_view text, std::size_t end) {
  std::size_t last = end;
  while (last > 0 && text[last - 1] == ' ') --last;
  std::size_t first = last;
  while (first > 0 && is_letter(text[first - 1])) --first;
  return first < last && text[first] >= 'A' && text[first] <= 'Z';
}

bool is_month(TextWord word) { return is_month_name_in_any_case(word.written); }

// Whether a month ends just before position end: its name ("June 5") or a short name with a full
// stop ("Sept. 5", "Jan. 15").
bool month_before(std::string_view text, std::size_t end) {
  std::size_t last = end;
  while (last > 0 && is_space(text[last - 1])) --last;
  if (last > 0 && text[last - 1] == '.') return is_short_month_name_in_any_case(word_before(text, last - 1).written);
  return is_month(word_before(text, end));
}

// Whether a month begins just after position start: "5 June", "3-5 May." at the end of a sentence.
bool month_after(std::string_view text, std::size_t start) {
  TextWord next = word_after(text, start);
  if (next.written.size() > 1 && next.written.back() == '.') next.written.remove_suffix(1);
  return is_month(next);
}

// Whether digits are a year a draft may name, as years are written: four plain digits, 1900 to 2100.
bool is_year_digits(std::string_view digits) {
  if (digits.size() != 4 || !std::all_of(digits.begin(), digits.end(), is_digit)) return false;
  NumeralValue const value = digits_value(digits);
  return value.value >= 1900 && value.value <= 2100;
}

// Whether two digits after a year end a span of years ("2023-24", "2010-19", "1999-00"): a later
// year of the same century, or the next one.
bool ends_year_span(std::string_view year, std::string_view short_year) {
  if (short_year.size() != 2 || !is_digit(short_year[0]) || !is_digit(short_year[1])) return false;
  int const from = static_cast<int>(digits_value(year).value) % 100;
  int const to = (short_year[0] - '0') * 10 + (short_year[1] - '0');
  return to > from || to == (from + 1) % 100;
}

// Whether the bytes between two numbers join them into one span of years: a hyphen, an en dash or
// a slash, with no space ("2024-25", "2024/25").
bool joins_years(std::string_view between) { return between == "-" || between == "/" || between == "\xE2\x80\x93"; }

Interned const year_unit{"year"};
Interned const month_unit{"month"};

// What the look back from a number asks of a byte, as a table: it reads every byte before a number.
enum LookBackMark : std::uint8_t { clause_end = 1, separator = 2, blank = 4, opener = 8 };
constexpr std::array<std::uint8_t, 256> look_back_marks = [] {
  std::array<std::uint8_t, 256> marks{};
  auto mark = [&](std::initializer_list<char> bytes, LookBackMark what) {
    for (char const c : bytes) marks[static_cast<unsigned char>(c)] |= what;
  };
  mark({'\n', ';', '!', '?', ':'}, clause_end);
  mark({',', '.'}, separator);  // a clause end unless a digit follows
  mark({' ', '\t', '\n', '\r'}, blank);
  mark({'(', '"'}, opener);  // a token may start right after one
  return marks;
}();
inline std::uint8_t look_back_mark(char c) { return look_back_marks[static_cast<unsigned char>(c)]; }

// A sentence or clause ends here, so no phrase reaches back across it ("billion, up by 8.1 percent").
bool ends_clause(std::string_view text, std::size_t at) {
  std::uint8_t const mark = look_back_mark(text[at]);
  if ((mark & (clause_end | separator)) == 0) return false;
  return (mark & clause_end) != 0 || at + 1 >= text.size() || !is_digit(text[at + 1]);
}

// Whether a line starts a Markdown block of its own (a list item, a heading, a quote, a table row),
// so that the line break before it separates phrases like a blank line.
bool starts_block(std::string_view text, std::size_t line_start) {
  std::size_t p = line_start;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  if (p >= text.size()) return false;
  char const c = text[p];
  if (c == '\n' || c == '\r' || c == '#' || c == '>' || c == '|') return true;
  if ((c == '-' || c == '*' || c == '+') && p + 1 < text.size() && (text[p + 1] == ' ' || text[p + 1] == '\t')) return true;
  std::size_t digits_end = p;
  while (digits_end < text.size() && is_digit(text[digits_end]) && digits_end - p < 3) ++digits_end;
  return digits_end > p && digits_end + 1 < text.size() && (text[digits_end] == '.' || text[digits_end] == ')') &&
         text[digits_end + 1] == ' ';
}

// The text as the grammar reads it: a line break inside a paragraph (a wrapped line) becomes a space,
// so "rose\n2.9 percent" is one phrase. Between two digits it becomes a tab, which the grammar skips
// like a space but never reads as a thousands separator, so "... 99\n100 ..." stays two numbers. A
// blank line or the start of a list item stays a break. Every byte keeps its offset. The joined text
// is only made (in joined) when a line break needs joining; a draft whose paragraphs are single lines
// is read as it is.
std::string_view joined_lines(std::string_view text, std::string& joined) {
  for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) {
    bool const after_blank = i > 0 && (text[i - 1] == '\n' || (text[i - 1] == '\r' && i > 1 && text[i - 2] == '\n'));
    if (after_blank || starts_block(text, i + 1)) continue;
    if (joined.empty()) joined.assign(text);
    std::size_t before = i;
    if (before > 0 && text[before - 1] == '\r') --before;
    bool const between_digits = before > 0 && is_digit(text[before - 1]) && i + 1 < text.size() && is_digit(text[i + 1]);
    char const space = between_digits ? '\t' : ' ';
    joined[i] = space;
    if (before < i) joined[before] = space;
  }
  if (joined.empty()) return text;
  return joined;
}

// A fraction sign ("½", "⅔") starts at p.
bool is_fraction_sign(std::string_view text, std::size_t p) {
  auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  if (byte(p) == 0xC2) return byte(p + 1) >= 0xBC && byte(p + 1) <= 0xBE;
  return byte(p) == 0xE2 && byte(p + 1) == 0x85 && byte(p + 2) >= 0x90 && byte(p + 2) <= 0x9E;
}

struct DigitRun {
  std::size_t end = 0;
  bool looks_like_time = false;
  bool looks_like_phone = false;
};

// The extent of the digits starting at start and whether they are a clock time or a phone number.
DigitRun read_digit_run(std::string_view text, std::size_t start) {
  DigitRun run;
  std::size_t i = start;
  int hyphen_groups = 0;
  std::size_t digit_count = 0;
  while (i < text.size()) {
    if (is_digit(text[i])) {
      ++digit_count;
      ++i;
    } else if ((text[i] == ',' || text[i] == '.') && i + 1 < text.size() && is_digit(text[i + 1])) {
      ++i;
    } else if (text[i] == '-' && i + 1 < text.size() && is_digit(text[i + 1]) && digit_count >= 2) {
      ++hyphen_groups;
      ++i;
    } else {
      break;
    }
  }
  run.looks_like_time = i + 1 < text.size() && text[i] == ':' && is_digit(text[i + 1]);
  // A clock time is skipped whole, minutes and seconds included.
  while (i + 1 < text.size() && text[i] == ':' && is_digit(text[i + 1])) {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
  }
  run.end = i;
  run.looks_like_phone = hyphen_groups >= 2 || (hyphen_groups == 1 && digit_count >= 7) ||
                         (start > 0 && text[start - 1] == '+');
  return run;
}

// Lower-case words of at most max_packed_letters letters, each with a value, found from a run of
// letters of the text as read_letter_run packs it. The scanner asks about most words of a draft and
// most are in no table, so a mask of the lengths of the words that begin with each pair of letters
// answers first; the others take a probe or two of an open-addressed array.
template <typename Value>
class WordTable {
 public:
  // The value of a new or known word; nullptr for a word that is no run of 1 to max_packed_letters
  // letters, which is never looked for.
  Value* insert(std::string_view lower_word) {
    bool const letters_only =
        std::all_of(lower_word.begin(), lower_word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (lower_word.empty() || lower_word.size() > max_packed_letters || !letters_only) return nullptr;
    LetterRun const word = read_letter_run(lower_word, 0);
    if (Slot const* const known = slot_of(word)) return &slots_[static_cast<std::size_t>(known - slots_.data())].value;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = free_slot(word);
    slot.size = static_cast<std::uint8_t>(word.size());
    slot.packed[0] = word.packed[0];
    slot.packed[1] = word.packed[1];
    ++count_;
    lengths_[pair_of(word)] |= 1u << word.size();
    return &slot.value;
  }

  Value const* find(LetterRun const& word) const {
    Slot const* const slot = slot_of(word);
    return slot != nullptr ? &slot->value : nullptr;
  }
  bool contains(LetterRun const& word) const { return find(word) != nullptr; }
  // Whether the table may hold the run of size letters at text[first], from its length and first two
  // letters alone: most words of a text are answered without being read again.
  bool may_hold(std::string_view text, std::size_t first, std::size_t size) const {
    if (size == 0 || size > max_packed_letters) return false;
    auto const low_bits = [&](std::size_t k) { return static_cast<std::size_t>(text[k]) & 0x1F; };
    std::size_t const pair = (low_bits(first) << 5) | (size > 1 ? low_bits(first + 1) : 0);
    return ((lengths_[pair] >> size) & 1u) != 0;
  }

 private:
  struct Slot {
    std::uint8_t size = 0;  // 0: free
    std::uint64_t packed[2] = {0, 0};
    Value value{};
  };

  // The first two letters of a word, five bits each (a lower-case letter is 1 to 26 in its low five
  // bits; a word of one letter has 0 for its second).
  static std::size_t pair_of(LetterRun const& word) {
    return static_cast<std::size_t>(((word.packed[0] & 0x1F) << 5) | ((word.packed[0] >> 8) & 0x1F));
  }

  std::size_t home_slot(LetterRun const& word) const {
    std::uint64_t const key =
        (word.packed[0] ^ (word.packed[1] * 0x9E3779B97F4A7C15ULL) ^ word.size()) * 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::size_t>(key >> 32) & mask_;  // the well-mixed high bits
  }

  // The slot of the word; nullptr if there is none.
  Slot const* slot_of(LetterRun const& word) const {
    std::size_t const size = word.size();
    if (size == 0 || size > max_packed_letters || ((lengths_[pair_of(word)] >> size) & 1u) == 0) return nullptr;
    for (std::size_t i = home_slot(word);; i = (i + 1) & mask_) {
      Slot const& slot = slots_[i];
      if (slot.size == 0) return nullptr;
      if (slot.size == size && slot.packed[0] == word.packed[0] && slot.packed[1] == word.packed[1]) return &slot;
    }
  }

  Slot& free_slot(LetterRun const& word) {
    std::size_t i = home_slot(word);
    while (slots_[i].size != 0) i = (i + 1) & mask_;
    return slots_[i];
  }

  // Doubles the array, so that it stays at most half full and a probe soon meets a free slot.
  void grow() {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(std::max<std::size_t>(64, slots_.size() * 2)));
    mask_ = slots_.size() - 1;
    for (Slot& slot : old) {
      if (slot.size == 0) continue;
      LetterRun word;
      word.last = slot.size;
      word.packed[0] = slot.packed[0];
      word.packed[1] = slot.packed[1];
      free_slot(word) = std::move(slot);
    }
  }

  std::vector<Slot> slots_;  // a power of two of them
  std::size_t mask_ = 0;     // slots_.size() - 1
  std::size_t count_ = 0;
  // Bit n of a pair of first letters (pair_of): a word of n letters begins with it.
  std::array<std::uint32_t, 32 * 32> lengths_{};
};

struct NoValue {};
using WordSet = WordTable<NoValue>;

}  // namespace

struct Extractor::Impl {
  symbol_tables tables;
  WordSet anchor_words;
  // What may stand before a number in a phrase: every word of every entry and of the grammar. A parse
  // is tried from a word only when it leads one ("nearly", "rose", "the", "in" of "in excess of"), and
  // only when every word between it and the number is a phrase word: most words before a number lead
  // nowhere.
  struct PhraseWord {
    bool leads = false;
    bool leads_alone = false;  // a phrase may start with this word whatever follows
    // or only when one of these words follows ("in excess")
    std::vector<LetterRun> seconds;
  };
  WordTable<PhraseWord> phrase_words;
  // The first words (runs of letters, lower case) of every vocabulary entry and every keyword(): a
  // word of text that is none of them matches no table entry and no keyword where it stands.
  WordSet entry_first_words;
  bool the_starts_an_entry = false;  // a hedge or change word of the vocabulary begins with "the"
  WordSet scale_first_words;         // the same for scales
  WordTable<double> denominators;    // the grammar's fraction denominators and their values

  explicit Impl(Vocabulary const& vocabulary) : tables(vocabulary) {
    for (auto const& [surface, value] : vocabulary.number_words) {
      if (surface != "a" && surface != "an") add_anchor(surface);
    }
    for (char const* rank_verb : {"ranked", "ranking", "ranks", "rank"}) add_anchor(rank_verb);
    // Fractions may start with their denominator ("half million", "a quarter", "a hundredth").
    for (char const* denominator : {"half", "quarter", "quarters", "third", "fourth", "fifth", "sixth", "seventh",
                                    "eighth", "ninth", "tenth", "twentieth", "thirtieth", "hundredth", "thousandth",
                                    "millionth", "billionth", "trillionth"}) {
      add_anchor(denominator);
    }
    auto add_entries = [&](auto const& entries) {
      for (auto const& entry : entries) {
        add_lead(entry.first);
        add_phrase_words(entry.first);
      }
    };
    add_entries(vocabulary.hedges);
    add_entries(vocabulary.change_words);
    add_entries(vocabulary.currencies);
    add_entries(vocabulary.number_words);
    for (auto const& entry : vocabulary.scales) add_phrase_words(entry.first);
    for (auto const& entry : vocabulary.units) add_phrase_words(entry.first);
    for (std::string const& word : parser::grammar_words()) add_phrase_words(word);
    auto add_first_words = [&](auto const& entries) {
      for (auto const& entry : entries) {
        std::vector<std::string> runs = letter_runs(entry.first);
        if (!runs.empty() && is_letter(entry.first.front())) {
          the_starts_an_entry = the_starts_an_entry || runs.front() == "the";
          entry_first_words.insert(runs.front());
        }
      }
    };
    add_first_words(vocabulary.hedges);
    add_first_words(vocabulary.change_words);
    add_first_words(vocabulary.currencies);
    add_first_words(vocabulary.number_words);
    add_first_words(vocabulary.scales);
    for (auto const& entry : vocabulary.scales) {
      std::vector<std::string> runs = letter_runs(entry.first);
      if (!runs.empty() && is_letter(entry.first.front())) scale_first_words.insert(runs.front());
    }
    add_first_words(vocabulary.units);
    for (std::string const& word : parser::keyword_words()) entry_first_words.insert(word);
    for (std::string const& word : parser::grammar_words()) {
      double const value = parser::denominator_value(word);
      if (value != 0) {
        if (double* const slot = denominators.insert(word)) *slot = value;
      }
    }
    // The words claim_def.hpp itself reads first in a phrase, before a number.
    for (char const* word : {"a", "an", "the", "between", "from", "minus", "negative", "accounting", "accounted",
                             "accounts", "account", "representing", "comprising", "made", "ranked", "ranking",
                             "ranks", "rank", "year", "month", "quarter", "week", "yoy", "y", "mom"}) {
      add_lead(word);
    }
  }

  // The lower-case runs of letters of an entry: "in excess of" is in, excess, of; "U.S. dollar" is u, s, dollar.
  static std::vector<std::string> letter_runs(std::string_view surface) {
    std::vector<std::string> runs;
    std::string run;
    for (char const c : surface) {
      if (is_letter(c)) {
        run.push_back(lower(c));
      } else if (!run.empty()) {
        runs.push_back(std::move(run));
        run.clear();
      }
    }
    if (!run.empty()) runs.push_back(std::move(run));
    return runs;
  }

  void add_lead(std::string const& surface) {
    if (surface.empty() || !is_letter(surface.front())) return;  // "$", "US$": the scanner tries every non-letter
    std::vector<std::string> const runs = letter_runs(surface);
    if (runs.empty() || runs.front().size() > max_packed_letters) return;
    PhraseWord* const found = phrase_words.insert(runs.front());
    if (found == nullptr) return;
    PhraseWord& lead = *found;
    lead.leads = true;
    // A run that is not a whole word ("US$", "R$") or an entry of one word leads whatever follows.
    std::size_t const first_run_end = surface.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    bool const ends_in_space = first_run_end != std::string::npos && is_space(surface[first_run_end]);
    if (runs.size() == 1 || !ends_in_space) {
      lead.leads_alone = true;
    } else if (runs[1].size() <= max_packed_letters) {  // a longer second word is never compared
      LetterRun const second = packed_letters(runs[1]);
      if (std::find(lead.seconds.begin(), lead.seconds.end(), second) == lead.seconds.end())
        lead.seconds.push_back(second);
    }
  }

  void add_phrase_words(std::string_view surface) {
    for (std::string const& word : letter_runs(surface)) phrase_words.insert(word);
  }

  // Whether a parse may start at the word of letters, found in phrase_words as entry (nullptr if not).
  bool leads(std::string_view text, LetterRun const& word, PhraseWord const* entry) const {
    if (entry == nullptr || !entry->leads) return false;
    if (entry->leads_alone) return true;
    std::size_t next = word.last;
    while (next < text.size() && is_space(text[next])) ++next;
    LetterRun const second = read_letter_run(text, next);
    return second.size() > 0 && second.packs_whole() &&
           std::find(entry->seconds.begin(), entry->seconds.end(), second) != entry->seconds.end();
  }

  // Whether the grammar surely finds no phrase at p because its quantity would begin with a word that
  // starts none ("the second half") or with a fraction denominator that stands alone ("the first
  // quarter of 2024", "quarter of 2024", "the third quarter"). Every start around an ordinal and a
  // period noun fails this way, and a failed parse costs more than a successful one.
  //
  // A start "the W ..." or "W ..." (when "the" and W begin no vocabulary entry and no keyword) can
  // only reach the quantity at W: no hedge, change lead, share lead or rank verb stands there. A
  // quantity starting with a word needs a table entry or a keyword (currency, number word, scale,
  // "a", "between", "minus", ...) or a denominator. A denominator with no number before it is valid
  // only if it is 2 or 4 and a scale follows, directly or after "a", "an" or "of a" ("half million",
  // "quarter of a million"), and a scale follows only where a word begins a scale entry.
  bool quantity_cannot_start(std::string_view text, std::size_t p) const {
    // A word too long to pack is left to the parser, as if it were none.
    auto word_at = [&](std::size_t q) {
      LetterRun const word = read_letter_run(text, q);
      return word.packs_whole() ? word : LetterRun{q, q};
    };
    static constexpr LetterRun the = packed_letters("the");
    static constexpr LetterRun a = packed_letters("a");
    static constexpr LetterRun an = packed_letters("an");
    static constexpr LetterRun of = packed_letters("of");
    auto after_spaces = [&](std::size_t q) {
      if (q >= text.size() || text[q] != ' ') return std::string_view::npos;
      while (q < text.size() && text[q] == ' ') ++q;
      return q < text.size() && is_letter(text[q]) ? q : std::string_view::npos;
    };
    if (!is_letter(text[p])) return false;
    LetterRun word = word_at(p);
    if (word.size() == 0) return false;
    bool const led_by_the = word == the;
    if (led_by_the) {
      if (the_starts_an_entry) return false;
      std::size_t const next = after_spaces(word.last);
      if (next == std::string_view::npos) return false;
      word = word_at(next);
      if (word.size() == 0) return false;
    }
    double const* const found_denominator = denominators.find(word);
    double const denominator = found_denominator != nullptr ? *found_denominator : 0;
    // Without "the", only a denominator is looked at: every other word a start is tried at leads.
    if (!led_by_the && denominator == 0) return false;
    if (entry_first_words.contains(word)) return false;
    if (denominator != 2 && denominator != 4) return true;
    auto may_start_scale = [&](LetterRun const& word) {
      return word.size() == 0 || word == a || word == an || scale_first_words.contains(word);
    };
    std::size_t const next = after_spaces(word.last);
    if (next == std::string_view::npos) return false;
    LetterRun const next_word = word_at(next);
    if (may_start_scale(next_word)) return false;
    if (!(next_word == of)) return true;
    // After "of" an article must follow for a scale ("quarter of a million"); a digit or an ASCII
    // punctuation mark is none ("quarter of 2024").
    std::size_t after_of = next_word.last;
    if (after_of >= text.size() || text[after_of] != ' ') return false;
    while (after_of < text.size() && text[after_of] == ' ') ++after_of;
    if (after_of >= text.size()) return false;
    char const c = text[after_of];
    if (!is_letter(c)) return static_cast<unsigned char>(c) < 0x80 && c > ' ' && c != 0x7F;
    return !may_start_scale(word_at(after_of));
  }

  // Whether the phrase the grammar reads at p is a bare year, which is_non_claim drops: "In 2024, exports
  // rose". A parse costs more than everything else the scanner does for a number, and every date
  // and period in a draft has a year. The digits are four and stand alone, so the numeral is the
  // plain integer they spell; no entry begins with a digit, so no hedge, change word or currency
  // goes before it. What follows, past spaces, is a byte that begins no table entry and is no
  // letter, so no scale, currency or unit (nor a describing word before one) joins the amount and
  // no "to" follows; it is no hyphen and no dash either, so no range does. The amount is bare and
  // single whatever else the phrase holds, and such a year is no claim.
  bool reads_bare_year(std::string_view text, std::size_t p) const {
    std::size_t const end = p + 4;
    if (end > text.size()) return false;
    int year = 0;
    for (std::size_t k = p; k < end; ++k) {
      if (!is_digit(text[k])) return false;
      year = year * 10 + (text[k] - '0');
    }
    if (year < 1900 || year > 2100 || tables.any_may_begin_with(text[p])) return false;
    auto const digit_at = [&](std::size_t q) { return q < text.size() && is_digit(text[q]); };
    bool const more_digits = end < text.size() && (text[end] == ',' || text[end] == '.') && digit_at(end + 1);
    if (digit_at(end) || more_digits) return false;
    std::size_t next = end;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    if (next == text.size()) return true;
    char const c = text[next];
    bool const may_join = static_cast<unsigned char>(c) >= 0x80 || is_letter(c) || is_digit(c) || c == '-' ||
                          (c == '.' && digit_at(next + 1)) || tables.any_may_begin_with(c);
    return !may_join;
  }

  void add_anchor(std::string const& surface) {
    std::string word = lowered(surface);
    // Only the first word of a multi-word entry is seen by the scanner ("twenty-one" starts at "twenty").
    auto const end = word.find_first_not_of("abcdefghijklmnopqrstuvwxyz");
    if (end != std::string::npos) word.resize(end);
    anchor_words.insert(word);
  }

  // The first position from i on where the scanner has something to read: a digit, the first byte of
  // a fraction sign, or a word that may be an anchor or a web address. The other bytes and words are
  // passed here, in a loop of its own that is never inlined into the scanner's: most of a text is
  // passed, and in a function of its own the loop keeps what it reads in registers.
  [[gnu::noinline]] std::size_t next_to_read(std::string_view text, std::size_t i) const {
    // Only a word at i itself may follow a letter or a digit ("5G" after a digit run); a word found
    // later follows a byte of the class other.
    bool word_start = i == 0 || !(is_letter(text[i - 1]) || is_digit(text[i - 1]));
    while (i < text.size()) {
      ByteClass const byte_class = class_of(text[i]);
      if (byte_class == other) {
        ++i;
        word_start = true;
        continue;
      }
      if (byte_class != letter) return i;
      std::size_t const end = letters_end(text, i);
      // A word before ':' or '.' may begin a web address.
      if (end < text.size() && (text[end] == ':' || text[end] == '.')) return i;
      if (word_start && anchor_words.may_hold(text, i, end - i)) return i;
      i = end;
    }
    return i;
  }

  // Parses into a phrase fresh from its constructor; on failure the phrase holds what the parse left.
  bool parse_phrase_at(std::string_view text, std::size_t start, ast::phrase& phrase) const {
    char const* first = text.data() + start;
    char const* const last = text.data() + text.size();
    while (first != last && (*first == ' ' || *first == '\t')) ++first;
    phrase.first = first;
    auto const parser = x3::with<symbol_tables_tag>(tables)[parser::claim_phrase()];
    if (!x3::phrase_parse(first, last, parser, parser::phrase_space, phrase)) return false;
    phrase.last = first;
    return true;
  }

  // Where a phrase may start, earliest first: a few word starts and the anchor, kept without allocating.
  struct Starts {
    std::array<std::size_t, max_lookback_words + 1> at{};
    std::size_t first = 0;  // at[first, last)
    std::size_t last = 0;
  };

  // The word starts between limit and anchor where a parse may start, nearest last, among at most
  // max_lookback_words words. A phrase runs through every word between its start and its number, so
  // the look back ends before a word of letters that is no phrase word ("In 2024", "the exports of
  // China rose 5 percent": only "rose"); any other token ("$5", "(", "year-on-year") is left to the
  // grammar. A parse may start at anything but a letter (a digit, "$", "("), at a word only if it leads.
  Starts phrase_starts(std::string_view text, std::size_t limit, std::size_t anchor) const {
    Starts starts;
    // Filled from the end, nearest the anchor first, so that they come out earliest first.
    starts.first = starts.last = max_lookback_words;
    // One pass back from the anchor to the floor, the end of the nearest clause or the limit, or until
    // enough words are found: the floor itself is only needed if the words reach it.
    int words = 0;
    bool at_floor = anchor == limit || ends_clause(text, anchor - 1);
    for (std::size_t p = anchor; !at_floor && words < max_lookback_words;) {
      --p;
      // A letter after a letter neither starts a token nor ends a clause: a word is passed to its first
      // letter (or to the limit) at once.
      if (is_letter(text[p])) {
        while (p > limit && is_letter(text[p - 1])) --p;
      }
      // ends_clause(text, p - 1) and the marks of the bytes at p and before it, from one table.
      std::uint8_t const before = p == limit ? 0 : look_back_mark(text[p - 1]);
      at_floor = p == limit || (before & clause_end) != 0 || ((before & separator) != 0 && !is_digit(text[p]));
      bool const starts_token =
          (look_back_mark(text[p]) & blank) == 0 && (at_floor || (before & (blank | opener)) != 0);
      if (!starts_token) continue;
      LetterRun const word = read_letter_run(text, p);
      bool may_start = true;
      if (word.size() > 0) {
        PhraseWord const* const entry = phrase_words.find(word);
        bool const whole_word = word.last == text.size() || is_space(text[word.last]);
        if (whole_word && entry == nullptr) break;
        may_start = leads(text, word, entry);
      }
      if (may_start) starts.at[--starts.first] = p;
      ++words;
    }
    return starts;
  }

  // Starts in one text where the grammar found no phrase. Neighbouring anchors look back over the same
  // words ("the first quarter of 2024" tries "the" for "quarter" and again for "2024"), and a parse
  // depends only on the text and its start, so a start that failed once is not tried again. Only the
  // last few are kept: the starts of one anchor lie within a few words of it.
  class FailedStarts {
   public:
    bool contains(std::size_t start) const {
      auto const kept = at_.begin() + static_cast<std::ptrdiff_t>(std::min(count_, at_.size()));
      return std::find(at_.begin(), kept, start) != kept;
    }
    void add(std::size_t start) { at_[count_++ % at_.size()] = start; }

   private:
    std::array<std::size_t, 16> at_{};
    std::size_t count_ = 0;  // starts ever added; the last at_.size() of them are kept
  };

  bool is_non_claim(std::string_view text, std::string_view original, ast::phrase const& phrase) const;
  void add_claims(std::string_view text, ast::phrase const& phrase, std::vector<ExtractedClaim>& claims) const;
  bool phrase_covering(std::string_view text, std::size_t limit, std::size_t anchor, bool anchor_may_start,
                       FailedStarts& failed, std::optional<ast::phrase>& phrase) const;
};

// Numbers that the grammar reads but that state nothing checkable: years, dates, list numbers,
// clock times, model names, "first five months", "one of the".
bool Extractor::Impl::is_non_claim(std::string_view text, std::string_view original, ast::phrase const& phrase) const {
  if (phrase.role == Role::rank) return false;
  auto offset_of = [&](char const* p) { return static_cast<std::size_t>(p - text.data()); };
  ast::amount const& amount = phrase.value.low;
  ast::numeral const& numeral = amount.number;
  bool const bare = amount.currency.empty() && amount.unit.empty() && !amount.has_scale;
  std::size_t const number_start = offset_of(numeral.first);
  std::size_t const number_end = offset_of(numeral.last);
  bool const led = phrase.first != phrase.value.first;

  // A digit glued to letters is a model, a code or a file name ("5G", "737MAX", "001_draft.txt")
  // unless a unit or scale took them ("10k", "1.2bn").
  if (!numeral.spelled && number_end < text.size() && (is_letter(text[number_end]) || text[number_end] == '_') &&
      offset_of(amount.last) == number_end) {
    return true;
  }
  // Ages: "the 45-year-old", "24-year-olds", "aged 60 and over", "16- to 24-year-olds".
  if (!numeral.spelled && !phrase.value.high) {
    std::size_t const amount_end = offset_of(amount.last);
    std::string_view const after = text.substr(amount_end, 5);
    bool const year_old = amount.unit == year_unit && (after.starts_with("-old") || after.starts_with(" old"));
    bool const suspended = bare && number_end + 1 < text.size() && text[number_end] == '-' && text[number_end + 1] == ' ';
    if (year_old || suspended) return true;
  }
  if (!numeral.spelled && word_before(text, number_start).is_any_of({"aged", "age", "ages"})) return true;
  // A number glued to a word that describes a noun after it: "60-kilogram bags", "twenty-foot
  // equivalent units", "a 10-year bond", and "a quarter-on-quarter basis".
  // ("12-cent-a-share premium" is a price: a unit other than a span of time keeps the claim.)
  if (!phrase.value.high && amount.currency.empty() && !amount.has_scale &&
      (amount.unit.empty() || amount.unit == year_unit || amount.unit == month_unit)) {
    std::size_t const end = offset_of(amount.last);
    std::size_t hyphen = number_end;
    while (hyphen < text.size() && text[hyphen] == ' ') ++hyphen;
    if (hyphen < end || (hyphen < text.size() && text[hyphen] == '-')) {
      // The hyphen at the number's end, the unit (if any) after it, then a blank and a word in lower case.
      std::size_t word_end = hyphen + 1;
      while (word_end < text.size() && (is_letter(text[word_end]) || text[word_end] == '-')) ++word_end;
      std::size_t next = word_end;
      while (next < text.size() && text[next] == ' ') ++next;
      bool const glued = hyphen < text.size() && text[hyphen] == '-' && word_end > hyphen + 1;
      bool const noun_after = next > word_end && next < text.size() && text[next] >= 'a' && text[next] <= 'z';
      bool const on_basis = glued && (text.substr(hyphen, 4) == "-on-" || text.substr(hyphen, 6) == "-over-");
      if (glued && (noun_after || on_basis)) return true;
    }
  }
  // A span of time that frames other numbers: "in the 12 months through September", "over the past
  // five years", "the first 11 months".
  if (!phrase.value.high && (amount.unit == month_unit || amount.unit == year_unit) &&
      word_before(text, number_start).is_any_of({"the", "past", "last", "first", "next", "previous", "recent"})) {
    return true;
  }
  if (!numeral.spelled && bare && !phrase.value.high) {
    std::string_view const digits(numeral.first, number_end - number_start);
    bool const plain_integer = digits.find_first_of(".,") == std::string_view::npos;
    NumeralValue const value = digits_value(digits);
    if (plain_integer && digits.size() == 4 && value.value >= 1800 && value.value <= 2100) return true;
    TextWord const previous = word_before(text, number_start);
    TextWord const next = word_after(text, number_end);
    if (plain_integer && value.value <= 31 && (month_after(text, number_end) || month_before(text, number_start))) {
      return true;
    }
    // The second year of "2024/25" or "2024-25" when the grammar read the first as a year of its own.
    if (number_start >= 5 && joins_years(text.substr(number_start - 1, 1)) &&
        is_year_digits(text.substr(number_start - 5, 4)) && (number_start == 5 || !is_digit(text[number_start - 6])) &&
        ends_year_span(text.substr(number_start - 5, 4), digits)) {
      return true;
    }
    if (next.is_any_of({"am", "pm", "a.m.", "p.m."})) return true;
    if (plain_integer && !led && is_capitalized_word_before(text, number_start) && !is_month(previous)) return true;
    // "No. 1", "#3": a label, like a rank, not a count.
    std::size_t label_end = number_start;
    while (label_end > 0 && text[label_end - 1] == ' ') --label_end;
    if (label_end > 0 && text[label_end - 1] == '#') return true;
    if (label_end > 0 && text[label_end - 1] == '.' && word_before(text, label_end - 1).is("no")) return true;
    // "1." or "2)" at the start of a line numbers a list.
    std::size_t line_start = number_start;
    while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
    bool const at_line_start = line_start == 0 || original[line_start - 1] == '\n';
    if (at_line_start && plain_integer && value.value < 100 && number_end < text.size() &&
        (text[number_end] == '.' || text[number_end] == ')')) {
      return true;
    }
  }
  // A span of years: "2019-2020", "in 2010-19", "fiscal 2023-24", "the 2024-25 school year".
  if (!numeral.spelled && phrase.value.high && !phrase.value.high->number.spelled) {
    auto const& high = *phrase.value.high;
    auto const of_years = [](ast::amount const& a) {
      return a.currency.empty() && !a.has_scale && (a.unit.empty() || a.unit == year_unit);
    };
    std::string_view const from(numeral.first, number_end - number_start);
    std::string_view const to(high.number.first, static_cast<std::size_t>(high.number.last - high.number.first));
    if (of_years(amount) && of_years(high) && is_year_digits(from)) {
      if (bare && high.unit.empty() && is_year_digits(to)) return true;
      std::string_view const between(numeral.last, static_cast<std::size_t>(high.number.first - numeral.last));
      if (joins_years(between) && (is_year_digits(to) || ends_year_span(from, to))) return true;
    }
    // Days of a month: "Sept. 3-5", "June 3 to 5", "3-5 May".
    bool const plain_days = from.size() <= 2 && to.size() <= 2 && std::all_of(from.begin(), from.end(), is_digit) &&
                            std::all_of(to.begin(), to.end(), is_digit) && digits_value(from).value <= 31 &&
                            digits_value(to).value <= 31;
    bool const high_bare = high.currency.empty() && high.unit.empty() && !high.has_scale;
    if (bare && high_bare && plain_days &&
        (month_before(text, number_start) || month_after(text, static_cast<std::size_t>(high.number.last - text.data())))) {
      return true;
    }
  }
  if (numeral.spelled && !phrase.value.high) {
    if (word_before(text, number_start).is_any_of({"first", "second", "last", "past", "next", "previous", "initial"})) {
      return true;
    }
    // "a third consecutive year", "a fifth straight month": an ordinal, unless a whole follows ("a third
    // of exports") or nothing does ("cut by a third.").
    FractionParts const fraction = fraction_parts(numeral);
    if (fraction.has_fraction && fraction.article_only && fraction.trailing_scale == 0 && amount.currency.empty() &&
        amount.unit != percent_unit) {
      TextWord const next = word_after(text, number_end);
      if (!next.empty() && !next.is_any_of({"of", "and", "or"})) return true;
    }
    // "one of the", "the one you mentioned": a pronoun, not a count ("the" leads no claim).
    bool const stated = phrase.role != Role::level || phrase.qualifier != Qualifier::exact;
    if (bare && !stated && numeral.words.size() == 1 && numeral_value(numeral).value == 1) return true;
  }
  return false;
}

void Extractor::Impl::add_claims(std::string_view text, ast::phrase const& phrase,
                                 std::vector<ExtractedClaim>& claims) const {
  auto offset_of = [&](char const* p) { return static_cast<std::size_t>(p - text.data()); };
  // Checks that follow a parse (x3::eps) skip spaces first, so a span may end in them.
  auto end_of = [&](char const* first, char const* last) {
    while (last > first && is_space(last[-1])) --last;
    return offset_of(last);
  };
  ExtractedClaim main;
  main.offset = offset_of(phrase.value.first);
  main.length = end_of(phrase.value.first, phrase.value.last) - main.offset;
  main.phrase_offset = offset_of(phrase.first);
  main.phrase_length = end_of(phrase.first, phrase.main_last) - main.phrase_offset;
  main.role = phrase.role;
  main.direction = phrase.direction;
  main.change_basis = phrase.change_basis;
  if (phrase.role == Role::rank) {
    main.offset = offset_of(phrase.rank_first);
    main.length = end_of(phrase.rank_first, phrase.rank_last) - main.offset;
    main.quantity.low = main.quantity.high = phrase.rank;
    main.quantity.precision = 1;
    main.quantity.unit = rank_unit;
  } else {
    main.quantity = to_quantity(phrase.value, phrase.qualifier);
  }
  // A number beyond a double's range ("$999...9 billion", 400 digits) is no claim anyone can check.
  auto const finite = [](Quantity const& q) { return std::isfinite(q.low) && std::isfinite(q.high); };
  if (!finite(main.quantity)) return;
  if (phrase.share_of_first != nullptr) {
    main.share_of =
        std::string_view(phrase.share_of_first, static_cast<std::size_t>(phrase.share_of_last - phrase.share_of_first));
  }
  std::size_t const main_index = claims.size();
  claims.push_back(std::move(main));

  auto add_hedged = [&](ast::hedged_quantity const& hedged, Role role, std::size_t converted) {
    ExtractedClaim claim;
    claim.offset = offset_of(hedged.value.first);
    claim.length = end_of(hedged.value.first, hedged.value.last) - claim.offset;
    claim.phrase_offset = offset_of(hedged.first);
    claim.phrase_length = end_of(hedged.first, hedged.value.last) - claim.phrase_offset;
    claim.quantity = to_quantity(hedged.value, hedged.qualifier);
    if (!finite(claim.quantity)) return;
    claim.role = role;
    if (role == Role::conversion) claim.converts = converted;
    claims.push_back(std::move(claim));
  };
  if (phrase.conversion) add_hedged(*phrase.conversion, Role::conversion, main_index);
  if (phrase.resulting_level) {
    std::size_t const level_index = claims.size();
    add_hedged(*phrase.resulting_level, Role::level, main_index);
    // Only a level that was kept is converted.
    if (phrase.resulting_conversion && claims.size() > level_index) {
      add_hedged(*phrase.resulting_conversion, Role::conversion, level_index);
    }
  }
}

// Whether a phrase covers the anchor: the longest one, tried from the earliest word start back to the
// anchor, is left in phrase. Each attempt parses into a phrase fresh from its constructor, emplaced
// in the caller's phrase: an std::optional<ast::phrase> is zeroed whole where it is made, empty or
// not, so one serves every anchor of a text.
bool Extractor::Impl::phrase_covering(std::string_view text, std::size_t limit, std::size_t anchor,
                                      bool anchor_may_start, FailedStarts& failed,
                                      std::optional<ast::phrase>& phrase) const {
  char const* const anchor_at = text.data() + anchor;
  Starts starts = phrase_starts(text, limit, anchor);
  if (anchor_may_start) starts.at[starts.last++] = anchor;
  for (std::size_t k = starts.first; k < starts.last; ++k) {
    std::size_t const start = starts.at[k];
    // An anchor comes after every start tried before it, so only the words before it may have failed.
    if (start != anchor && failed.contains(start)) continue;
    if (quantity_cannot_start(text, start)) {
      failed.add(start);
      continue;
    }
    // The parse would find the year, and the year covers the anchor: it is this anchor's phrase.
    if (start == anchor && reads_bare_year(text, start)) break;
    if (!parse_phrase_at(text, start, phrase.emplace())) {
      failed.add(start);
      continue;
    }
    bool const covers = phrase->role == Role::rank
                            ? (phrase->first <= anchor_at && anchor_at < phrase->last)
                            : (phrase->value.first <= anchor_at && anchor_at < phrase->value.last);
    if (covers) return true;
  }
  return false;
}

Extractor::Extractor(const Vocabulary& vocabulary) : impl_(std::make_unique<Impl>(vocabulary)) {}
Extractor::~Extractor() = default;

std::vector<ExtractedClaim> Extractor::extract(std::string_view original) const {
  std::string joined;
  std::string_view const text = joined_lines(original, joined);
  std::vector<ExtractedClaim> claims;
  std::size_t const size = text.size();
  std::size_t limit = 0;  // no phrase reaches back before the end of the previous one
  Impl::FailedStarts failed;
  std::optional<ast::phrase> phrase;  // the phrase found at each anchor in turn
  std::size_t i = 0;
  while (i < size) {
    i = impl_->next_to_read(text, i);
    if (i == size) break;
    ByteClass const byte_class = class_of(text[i]);
    if (byte_class == fraction_lead) {
      if (is_fraction_sign(text, i)) {
        if (impl_->phrase_covering(text, limit, i, true, failed, phrase) &&
            !impl_->is_non_claim(text, original, *phrase)) {
          impl_->add_claims(text, *phrase, claims);
          limit = static_cast<std::size_t>(phrase->last - text.data());
          i = std::max(i + 1, limit);
          continue;
        }
      }
      ++i;
      continue;
    }
    std::size_t resume = i + 1;
    // Whether a phrase is tried here, and whether it may start at i itself.
    bool candidate = false;
    bool may_start_here = true;
    if (byte_class == digit) {
      DigitRun const run = read_digit_run(text, i);
      resume = run.end;
      // Digits inside a name or code ("G20", "COVID-19", "draft_001") start no phrase of their own; a
      // phrase from an earlier word may still take them ("USD115").
      char const before = i > 0 ? text[i - 1] : ' ';
      bool const glued_to_word = is_letter(before) || before == '_' ||
                                 (before == '-' && i > 1 && (is_letter(text[i - 2]) || text[i - 2] == '_'));
      candidate = !run.looks_like_time && !run.looks_like_phone;
      may_start_here = !glued_to_word;
    } else {
      LetterRun const word = read_letter_run(text, i);
      std::size_t const word_end = word.last;
      resume = word_end;
      // A web address holds numbers that are no claims ("?q=30%25"): skip it whole.
      static constexpr LetterRun www = packed_letters("www");
      char const after = word_end < size ? text[word_end] : ' ';
      bool const is_address = (after == ':' && text.substr(word_end, 3) == "://") || (after == '.' && word == www);
      if (is_address) {
        while (resume < size && !is_space(text[resume])) ++resume;
        limit = resume;
        i = resume;
        continue;
      }
      bool const word_start = i == 0 || !(is_letter(text[i - 1]) || is_digit(text[i - 1]));
      candidate = word_start && impl_->anchor_words.contains(word);
    }
    if (candidate) {
      if (impl_->phrase_covering(text, limit, i, may_start_here, failed, phrase) &&
          !impl_->is_non_claim(text, original, *phrase)) {
        impl_->add_claims(text, *phrase, claims);
        std::size_t const phrase_end = static_cast<std::size_t>(phrase->last - text.data());
        limit = phrase_end;
        resume = std::max(resume, phrase_end);
      }
    }
    i = resume;
  }
  return claims;
}

std::optional<Quantity> Extractor::parse_quantity(std::string_view text) const {
  ast::quantity parsed;
  char const* first = text.data();
  char const* const last = text.data() + text.size();
  auto const parser = x3::with<symbol_tables_tag>(std::as_const(impl_->tables))[parser::quantity()];
  if (!x3::phrase_parse(first, last, parser, parser::phrase_space, parsed) || first != last) return std::nullopt;
  return to_quantity(parsed, Qualifier::exact);
}

}  // namespace claimcheck::grammar
