// Period phrases: instantiates the X3 period grammar and scans a text for it at word starts.
#include "grammar/period.hpp"

#include "grammar/ascii_parsers.hpp"
#include "grammar/letter_run.hpp"
#include "grammar/month_names.hpp"
#include "grammar/period_def.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

namespace claimcheck::grammar {

namespace period_parser {

BOOST_SPIRIT_INSTANTIATE(phrase_type, iterator_type, context_type)

phrase_type const& phrase() { return period_phrase; }

}  // namespace period_parser

namespace {

// Letters, digits and "_", as a table: the scan asks this of every byte of a document.
constexpr std::array<bool, 256> word_chars = [] {
  std::array<bool, 256> chars{};
  for (int c = 0; c < 256; ++c) {
    chars[static_cast<std::size_t>(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
  return chars;
}();
bool is_word_char(char c) { return word_chars[static_cast<unsigned char>(c)]; }

// The words a period phrase can begin with but the month names, by what the grammar needs after them.
// The scan's tests below all read this one list: a word added here is looked at wherever it begins.
enum class StartWord : std::uint8_t { none, preposition, the, from, relative, ordinal, fiscal, other };
struct StartWordEntry {
  std::string_view word;  // lower case
  StartWord kind;
};
constexpr StartWordEntry start_words[] = {
    {"in", StartWord::preposition},
    {"by", StartWord::preposition},
    {"for", StartWord::preposition},
    {"over", StartWord::preposition},
    {"since", StartWord::preposition},  // followed by what a preposition may be
    {"during", StartWord::preposition},
    {"throughout", StartWord::preposition},
    {"through", StartWord::preposition},  // "the 12 months through September"
    {"ended", StartWord::preposition},    // "the quarter ended June"
    {"ending", StartWord::preposition},
    {"the", StartWord::the},
    {"from", StartWord::from},
    {"between", StartWord::from},
    {"this", StartWord::relative},
    {"last", StartWord::relative},
    {"next", StartWord::relative},
    {"first", StartWord::ordinal},
    {"second", StartWord::ordinal},
    {"third", StartWord::ordinal},
    {"fourth", StartWord::ordinal},
    {"full", StartWord::ordinal},   // "full year", "full-year": followed as an ordinal is
    {"whole", StartWord::ordinal},  // "the whole year"
    {"fiscal", StartWord::fiscal},
    {"fy", StartWord::other},  // rare enough to leave to the parser
};

// The first two letters, folded, of every word a period phrase can begin with: the start words
// and the month names. Most words of a text begin otherwise, and this answers for them from two bytes.
constexpr std::array<std::uint32_t, 26> start_pairs = [] {
  std::array<std::uint32_t, 26> pairs{};
  auto add = [&](std::string_view word) {
    pairs[static_cast<std::size_t>((word[0] | 0x20) - 'a')] |= 1u << ((word[1] | 0x20) - 'a');
  };
  for (const StartWordEntry& entry : start_words) add(entry.word);
  for (const MonthName& month : month_names) add(month.name);
  return pairs;
}();
bool is_start_pair(char first, char second) {
  if (!is_ascii_letter(first) || !is_ascii_letter(second)) return false;
  const std::uint32_t seconds = start_pairs[static_cast<std::size_t>((first | 0x20) - 'a')];
  return ((seconds >> ((second | 0x20) - 'a')) & 1u) != 0;
}

// What the scan does at a byte: passes it (not a word character), passes the word it begins (no
// period phrase begins with it), or looks closer (a digit, H or Q, a letter that begins a pair).
enum class Start : unsigned char { pass_byte, pass_word, look };
constexpr std::array<Start, 256> starts = [] {
  std::array<Start, 256> kinds{};
  for (int c = 0; c < 256; ++c) {
    const auto ch = static_cast<char>(c);
    if (!word_chars[static_cast<std::size_t>(c)]) {
      kinds[static_cast<std::size_t>(c)] = Start::pass_byte;
    } else if (is_ascii_digit(ch) || ch == 'H' || ch == 'Q' ||
               (is_ascii_letter(ch) && start_pairs[static_cast<std::size_t>((ch | 0x20) - 'a')] != 0)) {
      kinds[static_cast<std::size_t>(c)] = Start::look;
    } else {
      kinds[static_cast<std::size_t>(c)] = Start::pass_word;
    }
  }
  return kinds;
}();

// A run of letters, compared with words as a key: up to eight letters, folded, packed into one
// integer (the first in the low byte, the first half of letter_run.hpp's packed form), so that a
// switch on the key compares the run with many words at once. Letters are never zero, so a key also
// tells the run's length; a longer run has key 0, which is no word's.
struct KeyedRun {
  std::size_t first = 0;
  std::size_t last = 0;  // where the run ends
  std::uint64_t key = 0;
  std::size_t size() const { return last - first; }
};
constexpr std::uint64_t key(std::string_view lower_word) { return packed_letters(lower_word).packed[0]; }
KeyedRun read_letters(std::string_view text, std::size_t first) {
  KeyedRun run;
  run.first = first;
  if constexpr (std::endian::native == std::endian::little) {
    if (text.size() - first >= 8) {
      // The run's first eight bytes, the lowest first: most runs end within them, and one load both
      // finds the end and gives the key.
      std::uint64_t bytes;
      std::memcpy(&bytes, text.data() + first, sizeof bytes);
      const unsigned n = letter_bytes::leading_letters(bytes);
      if (n == 8) {
        run.last = letters_end(text, first + 8);
        if (run.last == first + 8) run.key = bytes | 0x2020202020202020ULL;
      } else {
        run.last = first + n;
        // Only ASCII letters are folded here, and setting bit 0x20 lowers exactly those that are upper case.
        run.key = (bytes | 0x2020202020202020ULL) & ((std::uint64_t{1} << (8 * n)) - 1);
      }
      return run;
    }
  }
  run.last = letters_end(text, first);
  if (run.size() > 8) return run;
  for (std::size_t k = 0; k < run.size(); ++k) {
    run.key |= std::uint64_t{static_cast<unsigned char>(text[first + k] | 0x20)} << (8 * k);
  }
  return run;
}
// Whether a run of more than eight letters is lower_word, in any case.
bool is_long_word(std::string_view text, const KeyedRun& run, std::string_view lower_word) {
  if (run.size() != lower_word.size()) return false;
  for (std::size_t k = 0; k < lower_word.size(); ++k) {
    if ((text[run.first + k] | 0x20) != lower_word[k]) return false;
  }
  return true;
}

// The start words of up to eight letters, by key.
constexpr std::string_view word_of(const StartWordEntry& entry) { return entry.word; }
constexpr StartWord kind_of(const StartWordEntry& entry) { return entry.kind; }
constexpr ShortWordTable<StartWord> start_word_table(start_words, word_of, kind_of);

// The start word with this key, or none.
constexpr StartWord start_word_of_key(std::uint64_t key) {
  const StartWord* const kind = start_word_table.find(key);
  return kind != nullptr ? *kind : StartWord::none;
}
static_assert(
    [] {
      for (const StartWordEntry& entry : start_words) {
        if (entry.word.size() <= 8 && start_word_of_key(key(entry.word)) != entry.kind) return false;
      }
      return true;
    }(),
    "every start word is found in the table, as its kind");

// The start words of more than eight letters, which have no key.
constexpr std::size_t long_start_word_count = [] {
  std::size_t count = 0;
  for (const StartWordEntry& entry : start_words) count += entry.word.size() > 8 ? 1 : 0;
  return count;
}();
constexpr std::array<StartWordEntry, long_start_word_count> long_start_words = [] {
  std::array<StartWordEntry, long_start_word_count> entries{};
  std::size_t k = 0;
  for (const StartWordEntry& entry : start_words) {
    if (entry.word.size() > 8) entries[k++] = entry;
  }
  return entries;
}();

inline StartWord start_word(std::string_view text, const KeyedRun& run) {
  if (run.key != 0) return start_word_of_key(run.key);
  for (const StartWordEntry& entry : long_start_words) {
    if (is_long_word(text, run, entry.word)) return entry.kind;
  }
  return StartWord::none;
}

// A month name as the grammar's table has it: capitalised, the rest lower case ("May", not "may").
bool is_capitalised(std::string_view word) {
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  for (std::size_t k = 1; k < word.size(); ++k) {
    if (word[k] < 'a' || word[k] > 'z') return false;
  }
  return true;
}
bool is_month_name(std::string_view text, const KeyedRun& run) {
  // Most words are not capitalised or begin with a letter no month name begins with, and this answers
  // for them from one byte.
  if (!is_month_initial(text[run.first])) return false;
  const std::string_view word = text.substr(run.first, run.size());
  return is_month_name_in_any_case(word, run.key) && is_capitalised(word);
}

// The cheap tests below rule out a word start where the period grammar (period_def.hpp) cannot match,
// so that the parser runs only where it may. Each says what the grammar needs there; a keyword or a
// table entry must be followed by a non-letter, so a run of letters that is not the word cannot be it.

// After the words that need a space and then more ("in", "the", "from", ...): where that space ends,
// or npos when there is none.
std::size_t after_space(std::string_view text, std::size_t i) {
  if (i >= text.size() || !is_ascii_space(text[i])) return std::string_view::npos;
  while (i < text.size() && is_ascii_space(text[i])) ++i;
  return i;
}

// After "the ": "the first half", "the 2nd quarter", "the first five months", "the year 2024", "the
// full year", "the last three months of 2024".
bool may_follow_the(std::string_view text, std::size_t i) {
  i = after_space(text, i);
  if (i >= text.size()) return false;
  if (text[i] >= '1' && text[i] <= '4') return true;
  const KeyedRun run = read_letters(text, i);
  return run.key == key("year") || run.key == key("last") || run.key == key("final") ||
         start_word(text, run) == StartWord::ordinal;
}

// After "from " or "between ": a year or a month ("from 2020 to 2024", "from January to May").
bool may_follow_from(std::string_view text, std::size_t i) {
  i = after_space(text, i);
  if (i >= text.size()) return false;
  return is_ascii_digit(text[i]) || is_month_name(text, read_letters(text, i));
}

// A number can start a period only as a year ("2024", "2024-25", "2024 Q4", "2025-07-11"), a day
// before a month ("5 May"), or glued to H, Q or an ordinal suffix ("1H25", "3Q24", "2nd half").
bool number_may_start_period(std::string_view text, std::size_t i) {
  std::size_t end = i;
  while (end < text.size() && is_ascii_digit(text[end])) ++end;
  const std::size_t digits = end - i;
  if (digits == 4) return true;
  if (end >= text.size()) return false;
  if (digits <= 2 && is_ascii_space(text[end])) {
    const std::size_t next = after_space(text, end);
    return next < text.size() && is_month_initial(text[next]);
  }
  // "1H", "3Q", "1st", "2nd", "3rd", "4th", the ordinals in any case.
  return digits == 1 && std::string_view("HQsSnNrRtT").find(text[end]) != std::string_view::npos;
}

// After "in ", "during ", "for ", ...: any period, or a month or a year.
bool may_follow_preposition(std::string_view text, std::size_t i) {
  i = after_space(text, i);
  if (i >= text.size()) return false;
  // After the preposition the grammar reads a period or a year, as at a number on its own.
  if (is_ascii_digit(text[i])) return number_may_start_period(text, i);
  const KeyedRun run = read_letters(text, i);
  if (is_month_name(text, run)) return true;
  switch (run.key) {
    case key("early"):  // "since early 2021", which is no period
    case key("late"):
    case key("mid"): return true;
    case key("h"):  // "H" and "Q" only as written, and "FY"
    case key("q"): return text[i] == 'H' || text[i] == 'Q';
    case key("fy"): return text[i] == 'F' && text[i + 1] == 'Y';
    case key("the"): return may_follow_the(text, run.last);
    default: break;
  }
  switch (start_word(text, run)) {
    case StartWord::from:
    case StartWord::relative:
    case StartWord::ordinal:
    case StartWord::fiscal: return true;
    default: return false;
  }
}

// Whether a period phrase may begin at the word start i. Sets scanned to where the run of letters
// there ends when it looks at them, so that the caller passes the word from there.
bool may_start_period(std::string_view text, std::size_t i, std::size_t& scanned) {
  const char c = text[i];
  if (is_ascii_digit(c)) return number_may_start_period(text, i);
  if ((c == 'H' || c == 'Q') && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '4') return true;
  if (i + 1 >= text.size() || !is_start_pair(c, text[i + 1])) return false;
  const KeyedRun run = read_letters(text, i);
  const std::size_t end = run.last;
  scanned = end;
  switch (start_word(text, run)) {
    case StartWord::preposition:
      return may_follow_preposition(text, end);
    case StartWord::the:
      return may_follow_the(text, end);
    case StartWord::from:
      return may_follow_from(text, end);
    case StartWord::relative: {  // "this year", "last year", "next year"
      const std::size_t next = after_space(text, end);
      return next < text.size() && read_letters(text, next).key == key("year");
    }
    case StartWord::ordinal:  // "first half", "second-quarter", "first five months"
      return end < text.size() && (text[end] == '-' || is_ascii_space(text[end]));
    case StartWord::fiscal: {  // "fiscal 2024", "fiscal year 2024"
      const std::size_t next = after_space(text, end);
      return next < text.size() && (is_ascii_digit(text[next]) || read_letters(text, next).key == key("year"));
    }
    case StartWord::other:  // "FY": rare enough to leave to the parser
      return true;
    case StartWord::none:
      break;
  }
  return is_month_name(text, run);
}

// A number right after a currency sign, a decimal point or a thousands separator is an amount
// ("$2024", "1,2024", "0.2024"), never a year.
bool continues_a_number(std::string_view text, std::size_t i) {
  if (i == 0 || text[i] < '0' || text[i] > '9') return false;
  const char before = text[i - 1];
  return before == '$' || before == '.' || before == ',' || before == '#' || before == '-' || before == '+' ||
         before == '/' || static_cast<unsigned char>(before) >= 0x80;
}

// The bytes a mention may hold but '.': letters, digits, the grammar's white space, ',', '-' and the
// bytes of an en or em dash.
bool may_be_in_mention(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return is_ascii_alnum(c) || is_ascii_space(c) || c == ',' || c == '-' || byte == 0xE2 || byte == 0x80 ||
         byte == 0x93 || byte == 0x94;
}

// The sizes of the months' short names, the shortest and the longest.
constexpr std::pair<std::size_t, std::size_t> short_month_name_sizes = [] {
  std::pair<std::size_t, std::size_t> sizes{std::string_view::npos, 0};
  for (const MonthName& month : month_names) {
    if (month.is_short) sizes = {std::min(sizes.first, month.name.size()), std::max(sizes.second, month.name.size())};
  }
  return sizes;
}();

// Whether the '.' at dot may end a month's short name ("Jan.", "Sept."), the one '.' a mention holds.
bool may_end_short_month_name(std::string_view text, std::size_t dot) {
  // Most words before a full stop are not capitalised, and this answers for them from a byte or two.
  bool capitalised = false;
  for (std::size_t size = short_month_name_sizes.first; size <= short_month_name_sizes.second && size <= dot; ++size) {
    capitalised = capitalised || is_month_initial(text[dot - size]);
  }
  if (!capitalised) return false;
  const std::string_view before = text.substr(0, dot);
  for (const MonthName& month : month_names) {
    if (month.is_short && before.ends_with(month.name)) return true;
  }
  return false;
}

}  // namespace

std::vector<PeriodMention> find_periods(std::string_view text) {
  std::vector<PeriodMention> mentions;
  find_periods(text, 0, text.size(), mentions);
  return mentions;
}

std::size_t find_periods(std::string_view text, std::size_t from, std::size_t to,
                         std::vector<PeriodMention>& mentions) {
  namespace x3 = boost::spirit::x3;
  const char* const begin = text.data();
  const char* const end = text.data() + text.size();
  std::size_t i = from;
  // Past the rest of a word where no phrase starts: no position inside a word is a word start.
  auto word_end = [&](std::size_t p) {
    while (p < text.size() && is_word_char(text[p])) ++p;
    return p;
  };
  // i is never inside a word here: the scan passes whole words, and a mention that ends inside one
  // is followed by a pass to the word's end.
  while (i < to) {
    const Start start = starts[static_cast<unsigned char>(text[i])];
    if (start == Start::pass_byte) {
      ++i;
      continue;
    }
    std::size_t scanned = i + 1;  // the word runs at least to here
    if (start == Start::pass_word || continues_a_number(text, i) || !may_start_period(text, i, scanned)) {
      i = word_end(scanned);
      continue;
    }
    period_parser::PeriodPhrase phrase;
    const char* first = begin + i;
    const bool parsed = x3::parse(first, end, x3::with<period_parser::phrase_tag>(phrase)[period_parser::phrase()]);
    if (!parsed || first == begin + i) {
      i = word_end(i + 1);
      continue;
    }
    const std::size_t length = static_cast<std::size_t>(first - (begin + i));
    // A range that runs backwards within one year ("November-February") is not a period we can place.
    const bool backwards = !phrase.end_year && phrase.first_month > phrase.last_month;
    if (!phrase.not_a_period && !backwards) {
      PeriodMention mention;
      mention.offset = i;
      mention.length = length;
      mention.year = phrase.year;
      mention.relative_year = phrase.relative_year;
      mention.first_month = phrase.first_month;
      mention.last_month = phrase.last_month;
      mention.end_year = phrase.end_year;
      mention.ordinal_only = phrase.ordinal_only;
      mentions.push_back(mention);
    }
    i += length;
    if (is_word_char(text[i - 1])) i = word_end(i);
  }
  return i;
}

bool period_scan_may_start_at(std::string_view text, std::size_t previous_end, std::size_t begin) {
  for (std::size_t k = previous_end; k < begin; ++k) {
    if (is_word_char(text[k])) return false;
  }
  if (begin > 0 && is_word_char(text[begin - 1])) return false;
  if (previous_end == 0) return true;
  const std::size_t last = previous_end - 1;
  return text[last] == '.' ? !may_end_short_month_name(text, last) : !may_be_in_mention(text[last]);
}

}  // namespace claimcheck::grammar
