// Period phrases: instantiates the X3 period grammar and scans a text for it at word starts.
#include "grammar/period.hpp"

#include "grammar/period_def.hpp"

#include <array>

namespace claimcheck::grammar {

namespace period_parser {

BOOST_SPIRIT_INSTANTIATE(phrase_type, iterator_type, context_type)

phrase_type const& phrase() { return period_phrase; }

}  // namespace period_parser

namespace {

bool is_word_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// The letters a period phrase can start with (in, during, the, first, H1, Q2, January, since, ...),
// so that the parser is tried only at word starts that can begin one.
constexpr std::array<bool, 256> phrase_initials = [] {
  std::array<bool, 256> initials{};
  for (char c = '0'; c <= '9'; ++c) initials[static_cast<unsigned char>(c)] = true;
  for (const char c : std::string_view("abdfhijlmnoqst")) {
    initials[static_cast<unsigned char>(c)] = true;
    initials[static_cast<unsigned char>(c - 'a' + 'A')] = true;
  }
  return initials;
}();

// The words a period phrase can begin with; a word start with any other word is skipped before the
// parser runs (most words of prose are not one of these).
bool may_start_period(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c >= '0' && c <= '9') return true;
  if ((c == 'H' || c == 'Q') && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '4') return true;
  char word[12];
  std::size_t n = 0;
  while (i + n < text.size() && n < sizeof word) {
    const char ch = text[i + n];
    if (ch >= 'A' && ch <= 'Z') {
      word[n++] = static_cast<char>(ch - 'A' + 'a');
    } else if (ch >= 'a' && ch <= 'z') {
      word[n++] = ch;
    } else {
      break;
    }
  }
  if (n == 0 || n == sizeof word) return false;
  static constexpr std::string_view starts[] = {
      "since", "in", "during", "for", "over", "throughout", "by", "the", "first", "from", "between", "this",
      "last", "next", "fiscal", "fy", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec"};
  const std::string_view folded(word, n);
  for (const std::string_view start : starts) {
    if (start == folded) return true;
  }
  return false;
}

// A number right after a currency sign, a decimal point or a thousands separator is an amount
// ("$2024", "1,2024", "0.2024"), never a year.
bool continues_a_number(std::string_view text, std::size_t i) {
  if (i == 0 || text[i] < '0' || text[i] > '9') return false;
  const char before = text[i - 1];
  return before == '$' || before == '.' || before == ',' || before == '#' || before == '-' || before == '+' ||
         before == '/' || static_cast<unsigned char>(before) >= 0x80;
}

}  // namespace

std::vector<PeriodMention> find_periods(std::string_view text) {
  namespace x3 = boost::spirit::x3;
  std::vector<PeriodMention> mentions;
  const char* const begin = text.data();
  const char* const end = text.data() + text.size();
  std::size_t i = 0;
  while (i < text.size()) {
    const bool word_start = is_word_char(text[i]) && (i == 0 || !is_word_char(text[i - 1]));
    if (!word_start || !phrase_initials[static_cast<unsigned char>(text[i])] || continues_a_number(text, i) ||
        !may_start_period(text, i)) {
      ++i;
      continue;
    }
    period_parser::PeriodPhrase phrase;
    const char* first = begin + i;
    const bool parsed = x3::parse(first, end, x3::with<period_parser::phrase_tag>(phrase)[period_parser::phrase()]);
    if (!parsed || first == begin + i) {
      ++i;
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
      mentions.push_back(mention);
    }
    i += length;
  }
  return mentions;
}

}  // namespace claimcheck::grammar
