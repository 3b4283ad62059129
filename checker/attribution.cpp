// Attribution of extracted quantities to metric, subject and period, with context carried from the
// previous sentences of a paragraph.
#include "checker/attribution.hpp"

#include "grammar/month_names.hpp"
#include "grammar/period.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <utility>

namespace claimcheck {
namespace {

// Words before a metric's name that leave it the same metric ("overall exports", "nationwide core
// consumer prices" is core CPI).
constexpr std::string_view neutral_words[] = {
    "overall", "monthly", "quarterly", "yearly", "full-year", "half-year", "year-to-date", "cumulative",
    "combined", "aggregate", "headline", "national", "nationwide", "official", "actual", "preliminary",
    "latest", "recent", "current", "same", "whole", "entire", "strong", "weak", "robust", "solid",
    "sluggish", "resilient"};

const WordIndex& neutral_word_index() {
  static const WordIndex index = [] {
    WordIndex listed;
    for (const std::string_view word : neutral_words) listed.add(word);
    return listed;
  }();
  return index;
}

// Words that never name what a number measures.
const WordIndex& stop_words() {
  static constexpr std::string_view words[] = {
      "the", "a", "an", "of", "in", "on", "for", "and", "or", "to", "with", "by", "its", "their", "this",
      "that", "these", "those", "was", "were", "is", "are", "has", "have", "had", "been", "be", "which",
      "as", "at", "from", "than", "total", "totaled", "totalled", "totaling", "reached", "reaching",
      "hit", "stood", "standing", "came", "amounted", "amounting", "some", "about", "around", "nearly",
      "almost", "over", "more", "less", "under", "up", "down", "rose", "fell", "grew", "increased",
      "decreased", "declined", "dropped", "climbed", "exceeded", "exceeding", "surpassed", "topped",
      "last", "this", "next", "year", "years", "first", "second", "third", "fourth", "half", "quarter",
      "months", "month", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "while", "whereas", "also", "only", "just",
      "it", "they", "he", "she", "we", "our", "his", "her", "there", "here", "said", "says", "according",
      "mark", "level", "record", "new", "high", "low", "value", "worth", "figure", "figures", "so", "far",
      "such", "all", "among", "other", "per", "cent", "percent", "year-on-year", "annual", "annually",
      // Words of a comparison or of the pace of a change ("from a year earlier", "slowing from").
      "earlier", "ago", "before", "previous", "prior", "period", "compared", "versus", "after", "against",
      "accelerating", "accelerated", "slowing", "slowed", "easing", "eased", "quickening", "quickened",
      "picking", "picked", "widened", "widening", "narrowed", "narrowing", "beating", "missing", "marking",
      "revised", "edged", "ticked", "inched", "moved", "could", "would", "should", "might", "will", "can",
      "time", "times"};
  static const WordIndex index = [] {
    WordIndex listed;
    for (const std::string_view word : words) listed.add(word);
    for (const std::string_view word : neutral_words) listed.add(word);
    return listed;
  }();
  return index;
}

// Words between "to" or "from" and the level they lead to: "to a record low of 1.15".
bool describes_a_level(std::string_view f) {
  static constexpr std::string_view words[] = {"a",        "an",       "the",        "record",     "new",
                                               "low",      "high",     "peak",       "all-time",   "multi-year",
                                               "lowest",   "highest",  "level",      "seasonally", "adjusted",
                                               "annual",   "annualized", "rate",     "pace",       "of",
                                               "initially", "previously", "originally", "reported", "estimated"};
  return std::find(std::begin(words), std::end(words), f) != std::end(words);
}

// Verbs that report or compare an amount and name no thing: "That compares with a surplus of",
// "leaving a monthly surplus of", "Gatwick carried 20.1 million". A key made of the words before an
// amount passes over them, so that the same thing is keyed alike however the amount is brought in.
// ("bringing" stays: "bringing first-half growth to 7.52%" is of the growth it brings, not a level of
// the thing named before it.)
const WordIndex& reporting_verbs() {
  static const WordIndex index = [] {
    WordIndex listed;
    for (const std::string_view word :
         {"compares", "compare", "leaving", "leaves", "left", "giving", "gives", "gave", "putting", "puts",
          "making", "makes", "made", "handled", "handles", "carried", "carries", "served", "serves", "posted",
          "posts", "recorded", "records", "registered", "registers", "booked", "books", "logged", "logs", "saw",
          "had", "has", "took", "takes", "generated", "generates", "earned", "earns", "reported", "reports",
          "showed", "shows", "stands", "remained", "remains", "reaches", "ran", "runs", "running"}) {
      listed.add(word);
    }
    return listed;
  }();
  return index;
}

// Words that link a sentence to the one before it: "But exports fell" narrows nothing.
const WordIndex& linking_words() {
  static const WordIndex index = [] {
    WordIndex listed;
    for (const std::string_view word : {"but", "and", "yet", "meanwhile", "however", "still", "now", "then", "thus",
                                        "hence", "instead", "nevertheless", "nonetheless"}) {
      listed.add(word);
    }
    return listed;
  }();
  return index;
}

// The length of a possessive ending ("'s", "’s") of a word as written, 0 when it has none.
std::size_t possessive_ending(std::string_view written) {
  if (written.size() < 3 || written.back() != 's') return 0;
  if (written[written.size() - 2] == '\'') return 2;
  if (written.size() > 4 && written.substr(written.size() - 4, 3) == "\xE2\x80\x99") return 4;
  return 0;
}

bool is_clause_boundary(std::string_view between) {
  return between.find_first_of(",;:()") != std::string_view::npos ||
         between.find("\xE2\x80\x94") != std::string_view::npos;  // em dash
}

// Whether the words from `begin` to `end` open a clause of their own: a conjunction and a word of
// substance after it ("at 6.5 percent and revised growth for 2023-24": the period is of the new
// clause, not of the 6.5 percent before it).
bool opens_a_clause(const WordList& words, std::size_t begin, std::size_t end) {
  bool conjunction = false;
  const auto first = std::partition_point(words.begin(), words.end(), [&](const Word& w) { return w.offset < begin; });
  for (auto it = first; it != words.end(); ++it) {
    const Word& w = *it;
    if (w.offset + w.length > end) break;
    const std::string_view f = w.folded;
    if (f == "and" || f == "while" || f == "but" || f == "whereas") {
      conjunction = true;
    } else if (conjunction && !stop_words().contains(w)) {
      return true;
    }
  }
  return false;
}

// Whether the words before a month's mention at `offset` make it the last month of a year: "the fiscal
// year that ended in", "the year ended", "the financial year to".
bool closes_a_year(const WordList& words, std::size_t offset) {
  auto v = static_cast<std::size_t>(
      std::partition_point(words.begin(), words.end(), [&](const Word& w) { return w.offset < offset; }) - words.begin());
  if (v > 0 && words[v - 1].folded == "in") --v;
  if (v == 0) return false;
  const std::string_view verb = words[v - 1].folded;
  if (verb != "ended" && verb != "ending" && verb != "to") return false;
  --v;
  if (v > 0 && (words[v - 1].folded == "that" || words[v - 1].folded == "which")) --v;
  return v > 0 && words[v - 1].folded == "year";
}

// Whether collapse_whitespace would return the text as it is: single spaces between other bytes.
bool is_collapsed(std::string_view text) {
  bool after_space = true;  // a leading space is dropped
  for (char ch : text) {
    // Most bytes are above every space, and answer with one test.
    if (static_cast<unsigned char>(ch) > ' ') {
      after_space = false;
      continue;
    }
    const bool space = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
    if (space && (ch != ' ' || after_space)) return false;
    after_space = space;
  }
  return !after_space || text.empty();
}

// "12.46\n trillion yuan" as one line, for messages.
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  for (char ch : text) {
    const bool space = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(ch);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A bracketed aside ("2 trillion yuan ($280 billion) mark last year") does not end a clause:
// is_clause_boundary of the text with every bracketed part taken out, without building that text.
bool is_clause_boundary_outside_brackets(std::string_view text) {
  int depth = 0;
  // The last two bytes kept, for an em dash whose bytes the removal brings together.
  unsigned char kept_1 = 0;
  unsigned char kept_2 = 0;
  for (char ch : text) {
    if (ch == '(') {
      ++depth;
    } else if (ch == ')' && depth > 0) {
      --depth;
    } else if (depth == 0) {
      if (ch == ',' || ch == ';' || ch == ':' || ch == ')') return true;
      const auto byte = static_cast<unsigned char>(ch);
      if (byte == 0x94 && kept_1 == 0x80 && kept_2 == 0xE2) return true;
      kept_2 = kept_1;
      kept_1 = byte;
    }
  }
  return false;
}

bool is_number_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.' || c == ',' || c == '-';
  });
}

std::string join(const std::vector<std::string>& parts, char sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out.push_back(sep);
    out += p;
  }
  return out;
}

std::string key_word(std::string_view folded) {
  std::string w(folded);
  for (char& c : w) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
  }
  return w;
}

struct Context {
  std::optional<rules::Period> period;
  bool period_unresolved = false;
  std::optional<int> year;
  Interned metric;
  std::string_view metric_text;  // in the document's text
  Interned subject;
};

struct Resolved {
  std::optional<rules::Period> period;
  bool unresolved = false;
};

// The values of the phrases of a period a year before the one stated, and of the months relative to
// the draft's, in the table of sentence words.
constexpr std::string_view kYearBefore = "period:year-before";
constexpr std::string_view kLastMonth = "period:last-month";
constexpr std::string_view kThisMonth = "period:this-month";
constexpr std::string_view kTheQuarter = "period:the-quarter";

// The draft's date, as far as periods need it.
struct DraftDate {
  std::optional<int> year;
  std::optional<int> month;  // as a month index, year * 12 + month - 1
};

// A mention's period. Without a year of its own it takes the context's (an earlier mention's) or the
// draft's, but a month, quarter or year that has not ended by the draft's date is of the year before
// ("exports rose 10.7 percent in December" in a draft of January 2025 is December 2024, as is "in
// January after rising 0.7% in December" in February, and "for the full year" in January is 2024),
// unless the sentence speaks of what is to come (`ahead`: "are expected to peak in December").
Resolved resolve(const grammar::PeriodMention& m, std::optional<int> context_year, const DraftDate& draft,
                 bool ahead = false) {
  if (m.ordinal_only != 0 || m.year_before || m.context_quarter) return {};  // placed from the mention before it
  if (m.relative_month) {
    if (!draft.month) return {std::nullopt, true};
    const int month = *draft.month + *m.relative_month;
    return {rules::Period{month, month}, false};
  }
  std::optional<int> year = m.year;
  if (!year && m.relative_year) {
    if (!draft.year) return {std::nullopt, true};
    year = *draft.year + *m.relative_year;
  }
  if (!year) {
    year = context_year ? context_year : draft.year;
    if (year && !ahead && draft.month && !m.relative_year && !m.end_year &&
        rules::Period::months(*year, m.first_month, *year, m.last_month).last > *draft.month) {
      --*year;
    }
  }
  if (!year) return {std::nullopt, true};
  const int end_year = m.end_year.value_or(*year);
  return {rules::Period::months(*year, m.first_month, end_year, m.last_month), false};
}

// "in the second" after "in the first quarter of 2024": the quarter (or half) of that ordinal in the
// year of the period before it; no period after any other.
Resolved place_ordinal(const grammar::PeriodMention& m, const Resolved& before) {
  if (!before.period) return {};
  const rules::Period& p = *before.period;
  const int year = p.first / 12;
  const int length = p.last - p.first + 1;
  if (length == 3 && p.first % 3 == 0) return {rules::Period::months(year, m.ordinal_only * 3 - 2, year, m.ordinal_only * 3)};
  if (length == 6 && p.first % 6 == 0 && m.ordinal_only <= 2) {
    return {rules::Period::months(year, m.ordinal_only * 6 - 5, year, m.ordinal_only * 6)};
  }
  return {};
}

// The period mentions of a document's sentences, found sentence by sentence as attribution asks for
// them: the sentences without claims are scanned only when the context they set is read, which in
// most drafts it never is. Each sentence has the mentions the scan of the whole text finds in it.
class SentencePeriods {
 public:
  SentencePeriods(std::string_view text, const std::vector<Sentence>& sentences)
      : text_(text), sentences_(sentences), scans_(sentences.size()) {}

  // The mentions that begin in the sentence, valid until the next call.
  std::span<const grammar::PeriodMention> of(std::size_t sentence) {
    if (!scans_[sentence].done) {
      // A scan may begin only where the scan of the whole text stops: after a sentence already
      // scanned, or at a start that no mention can run across.
      std::size_t first = sentence;
      while (first > 0 && !scans_[first - 1].done && !starts_clear(first)) --first;
      for (std::size_t k = first; k <= sentence; ++k) scan(k);
    }
    const Scan& scan = scans_[sentence];
    return std::span<const grammar::PeriodMention>(mentions_).subspan(scan.first, scan.count);
  }

 private:
  struct Scan {
    bool done = false;
    std::size_t first = 0;  // into mentions_
    std::size_t count = 0;
    std::size_t resume = 0;  // where the scan goes on after the sentence
  };

  // Whether the scan of the whole text stops at the start of the sentence (not the first).
  bool starts_clear(std::size_t sentence) const {
    const Sentence& before = sentences_[sentence - 1];
    return grammar::period_scan_may_start_at(text_, before.offset + before.length, sentences_[sentence].offset);
  }

  // Scans the sentence; the one before it is scanned or its start is clear.
  void scan(std::size_t sentence) {
    Scan& scan = scans_[sentence];
    const Sentence& s = sentences_[sentence];
    std::size_t from = s.offset;
    if (sentence == 0) {
      from = 0;
    } else if (scans_[sentence - 1].done) {
      from = scans_[sentence - 1].resume;
    }
    const std::size_t first = mentions_.size();
    scan.resume = grammar::find_periods(text_, from, s.offset + s.length, mentions_);
    // Mentions between sentences belong to none.
    const auto in_sentence = std::find_if(mentions_.begin() + static_cast<std::ptrdiff_t>(first), mentions_.end(),
                                          [&](const grammar::PeriodMention& m) { return m.offset >= s.offset; });
    mentions_.erase(mentions_.begin() + static_cast<std::ptrdiff_t>(first), in_sentence);
    scan.first = first;
    scan.count = mentions_.size() - first;
    scan.done = true;
  }

  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  std::vector<Scan> scans_;
  std::vector<grammar::PeriodMention> mentions_;
};

// Names that are not the sentence's subject: a currency ("U.S. dollars") and a trading partner
// ("exports to the EU", "trade with ASEAN").
bool names_no_subject(const PhraseMatch& m, const WordList& words, std::string_view text) {
  // "and Hong Kong's retail sales": a possessive names whose they are.
  const Word& last = words[m.first_word + m.word_count - 1];
  if (possessive_ending(text.substr(last.offset, last.length)) > 0) return false;
  const std::size_t after = m.first_word + m.word_count;
  if (after < words.size() && (words[after].folded == "dollar" || words[after].folded == "dollars")) return true;
  std::size_t before = m.first_word;
  if (before > 0 && words[before - 1].folded == "the") --before;
  if (before == 0) return false;
  const std::string_view w = words[before - 1].folded;
  if (w == "and") {
    // "trade between China and Vietnam", but not "Malaysia 5.1 percent and Indonesia 5.03 percent".
    return std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(before - 1),
                       [](const Word& x) { return x.folded == "between"; });
  }
  return w == "to" || w == "from" || w == "with" || w == "against" || w == "between";
}

// What the grammar said of a claim, before attribution.
Claim unattributed(const grammar::ExtractedClaim& e, std::uint32_t document_index) {
  Claim c;
  c.document = document_index;
  c.offset = e.offset;
  c.length = e.length;
  c.quantity = e.quantity;
  c.role = e.role;
  c.direction = e.direction;
  c.converts = e.converts;
  c.share_of = e.share_of;
  c.change_basis = e.change_basis;
  return c;
}

// Words whose possessive names a time, not an owner: "Monday's data", "December's figure".
bool names_a_time(std::string_view word) {
  static const WordIndex times = [] {
    WordIndex listed;
    for (const std::string_view w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                     "today", "yesterday", "tomorrow", "year", "week", "month", "quarter"}) {
      listed.add(w);
    }
    return listed;
  }();
  const std::string folded = fold_word(word);
  Word w;
  w.folded = folded;
  w.hash = word_hash(folded);
  return times.contains(w) || grammar::is_month_name_in_any_case(word);
}

// Whether the subject match `m` comes right after a claim whose first word after it is words[first_after]:
// "4.1 percent in the United States", "2.9 percent U.S. inflation", with nothing but "in" (and "the")
// between them.
bool subject_follows(std::string_view text, const WordList& words, std::size_t first_after, const PhraseMatch& m) {
  std::size_t v = first_after;
  if (v < words.size() && words[v].folded == "in") ++v;
  if (v < words.size() && words[v].folded == "the" && words[v].offset < m.offset) ++v;
  if (v >= words.size() || words[v].offset != m.offset) return false;
  // No punctuation between the claim and the name: ", China said" names who said it.
  const std::size_t from = first_after > 0 ? words[first_after - 1].offset + words[first_after - 1].length : 0;
  for (std::size_t b = from; b < m.offset; ++b) {
    const char ch = text[b];
    if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.') return false;
  }
  return true;
}

// Whether the text from `begin` to `end` in a sentence leaves out a verb given before it: "[rose 10.7
// percent in December], and imports [1.1 percent]", "[fell 2 percent], while imports from Japan [3.6
// percent]". It holds a conjunction or a comma, and otherwise only the period (and stop words) of the first clause,
// "the", "those", a subject, a metric and a trading partner (a preposition and capitalised words), with
// a metric among them.
bool is_gapped_clause(std::string_view text, const WordList& words, const std::vector<PhraseMatch>& metrics,
                      const std::vector<PhraseMatch>& subjects, const std::vector<grammar::PeriodMention>& periods,
                      std::size_t begin, std::size_t end) {
  auto covered = [](const auto& spans, const Word& w) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const auto& m) { return w.offset >= m.offset && w.offset < m.offset + m.length; });
  };
  auto is_blank = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; };
  bool joined = false;
  bool metric = false;
  bool restated = false;  // joined by "or"
  bool subject = false;   // a subject named
  std::size_t at = begin;
  auto gap_is_clear = [&](std::size_t to) {
    for (std::size_t b = at; b < to; ++b) {
      if ((text[b] == ',' || text[b] == ';') && !metric) {
        joined = true;
      } else if (!is_blank(text[b])) {
        return false;
      }
    }
    return true;
  };
  for (const Word& w : words) {
    if (w.offset < begin) continue;
    if (w.offset + w.length > end) break;
    if (!gap_is_clear(w.offset)) return false;
    at = w.offset + w.length;
    const std::string_view f = w.folded;
    const bool capitalised = text[w.offset] >= 'A' && text[w.offset] <= 'Z';
    if (!metric && (f == "and" || f == "while" || f == "but" || f == "whereas" || f == "or")) {
      joined = true;
      restated = f == "or";
    } else if (!joined && (covered(periods, w) || stop_words().contains(w))) {
    } else if (covered(metrics, w) || f == "those") {
      metric = true;  // "those" stands for the metric: "and those to the EU 8.8 percent"
    } else if (covered(subjects, w)) {
      subject = true;
    } else if (f == "the") {
    } else if (metric && (f == "to" || f == "from" || f == "with" || capitalised)) {
    } else {
      return false;
    }
  }
  // "grew 2.8 percent, or 0.7 percent from the previous quarter": the same change, put another way;
  // "The Philippines grew 5.6 percent, Malaysia 5.1 percent": the same metric of another subject.
  return gap_is_clear(end) && joined && (metric || restated || subject);
}

}  // namespace

std::optional<std::pair<int, int>> parse_date(std::string_view date) {
  if (date.size() < 7 || date[4] != '-') return std::nullopt;
  int year = 0;
  int month = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (std::isdigit(static_cast<unsigned char>(date[i])) == 0) return std::nullopt;
    year = year * 10 + (date[i] - '0');
  }
  for (std::size_t i = 5; i < 7; ++i) {
    if (std::isdigit(static_cast<unsigned char>(date[i])) == 0) return std::nullopt;
    month = month * 10 + (date[i] - '0');
  }
  if (month < 1 || month > 12) return std::nullopt;
  return std::pair{year, month};
}

grammar::Vocabulary vocabulary_from_rules(const rules::Rules& rules) {
  grammar::Vocabulary v;
  v.scales = rules.scales;
  v.number_words = rules.number_words;
  for (const auto& [code, currency] : rules.currencies) {
    v.currencies.emplace_back(code, code);
    for (const auto& alias : currency.aliases) v.currencies.emplace_back(alias, code);
  }
  for (const auto& [phrase, symbol] : rules.hedges) {
    if (auto q = grammar::qualifier_from_symbol(symbol)) v.hedges.emplace_back(phrase, *q);
  }
  for (const auto& [word, direction] : rules.change_words) {
    v.change_words.emplace_back(word, direction == "down" ? grammar::Direction::down : grammar::Direction::up);
  }
  v.units = rules.units;
  return v;
}

Attributor::Attributor(const rules::Rules& rules) : extractor_(vocabulary_from_rules(rules)) {
  for (const auto& [id, metric] : rules.metrics) {
    metrics_.add(id, id);
    if (!metric.label.empty()) metrics_.add(metric.label, id);
    if (metric.kind == "percent") percent_metrics_.insert(id);
    for (const auto& alias : metric.aliases) metrics_.add(alias, id);
  }
  for (const auto& [name, subject] : rules.subjects) {
    subjects_.add(name, name);
    for (const auto& alias : subject.aliases) subjects_.add(alias, name);
  }
  // Forecast words and basis words are found in one pass over a sentence's words; a forecast word's
  // value is "", a basis word's its basis.
  for (const auto& word : rules.forecast_words) sentence_words_.add(word, "");
  for (const auto& [words, basis] : rules.basis_words) sentence_words_.add(words, basis);
  // Periods a year before the one stated: "A year earlier, revenue had risen 6.8%". After "from" they
  // are basis words ("up 5% from a year earlier"), which as longer phrases win.
  for (const char* phrase : {"a year earlier", "a year ago", "a year before", "the previous year", "the prior year",
                             "the year before", "the preceding year"}) {
    sentence_words_.add(phrase, kYearBefore);
  }
  // Months relative to the draft's date: "rose 0.2% last month" in a draft of October is September.
  sentence_words_.add("last month", kLastMonth);
  sentence_words_.add("this month", kThisMonth);
  // The quarter of the period before: "Retail sales in March rose 5.9 percent ..., and for the quarter
  // they totaled 12.47 trillion yuan" is the first quarter.
  for (const char* phrase : {"in the quarter", "for the quarter", "during the quarter", "over the quarter"}) {
    sentence_words_.add(phrase, kTheQuarter);
  }
  for (const auto& [word, direction] : rules.change_words) {
    if (word.find(' ') != std::string::npos) continue;
    const std::uint32_t number = change_words_.add(fold_word(word));
    if (number >= change_directions_.size()) change_directions_.resize(number + 1, grammar::Direction::none);
    change_directions_[number] = direction == "down" ? grammar::Direction::down : grammar::Direction::up;
  }
  for (const auto& [code, currency] : rules.currencies) {
    std::vector<std::string> names = currency.aliases;
    names.push_back(code);
    for (const std::string& name : names) {
      std::string folded;
      for (const Word& w : split_words(name)) folded += (folded.empty() ? "" : " ") + std::string(w.folded);
      if (!folded.empty()) currency_terms_.emplace_back(folded, code);
    }
  }
}

std::vector<Claim> Attributor::attribute(const Document& document, std::uint32_t document_index,
                                         const std::vector<grammar::ExtractedClaim>& extracted,
                                         const std::optional<std::string>& date_override) const {
  std::vector<Claim> claims;
  if (extracted.empty()) return claims;
  claims.reserve(extracted.size());

  const std::optional<std::string>& date = date_override ? date_override : document.date;
  DraftDate doc_date;
  if (date) {
    if (auto ym = parse_date(*date)) {
      doc_date.year = ym->first;
      doc_date.month = rules::Period::months(ym->first, ym->second, ym->first, ym->second).first;
    }
  }
  const std::string_view text = document.text;
  const std::vector<Sentence>& sentences = document.sentences;
  SentencePeriods periods(text, sentences);

  Context context;
  std::size_t paragraph = static_cast<std::size_t>(-1);
  std::size_t next_claim = 0;
  // How often each subject is named, in the order first named: a document names only a few.
  std::vector<std::pair<std::string_view, std::size_t>> subject_counts;
  auto count_subjects = [&](const std::vector<PhraseMatch>& matches) {
    for (const auto& m : matches) {
      const auto named = std::find_if(subject_counts.begin(), subject_counts.end(),
                                      [&](const auto& counted) { return counted.first == *m.value; });
      if (named != subject_counts.end()) {
        ++named->second;
      } else {
        subject_counts.emplace_back(*m.value, 1);
      }
    }
  };
  // Of the sentence at hand, kept from one sentence to the next for their memory.
  WordList words;
  std::vector<PhraseMatch> metric_matches;
  std::vector<PhraseMatch> subject_matches;
  std::vector<grammar::PeriodMention> sentence_periods;
  std::vector<Resolved> resolved;                // the sentence's periods
  std::vector<std::size_t> period_stated_after;  // claims whose period phrase follows them in their clause
  std::vector<Preposition> sentence_prepositions;  // of the sentence's claims, in order
  std::vector<PhraseMatch> whole_matches;
  std::vector<PhraseMatch> forecast_matches;
  std::vector<PhraseMatch> basis_matches;  // "from a year earlier", "on a monthly basis"
  std::vector<PhraseMatch> partner_matches;  // names after "to", "from" or "with"
  struct Owner {
    std::size_t offset = 0;  // of the possessive word
    Interned name;           // "Hong Kong"
  };
  std::vector<Owner> owners;  // the sentence's possessives of names the rules do not know
  // Wholes of shares whose words name no subject ("the national total of"): they take no subject.
  std::vector<std::size_t> wholes_of_no_subject;
  std::vector<std::size_t> possessive_words;  // capitalised words ending in "s", which may be possessives
  struct Appositive {
    bool found = false;
    Interned name;                // "Guangdong"
    std::size_t aside_begin = 0;  // the commas around the aside
    std::size_t aside_end = 0;
  };
  Appositive appositive;  // of the sentence at hand
  std::vector<std::size_t> partner_preps;     // the words "to", "from", "with" before a name
  std::vector<std::size_t> terms_words;       // the words "terms"
  static const Interned year_on_year("year-on-year");
  static const Interned quarter_on_quarter("quarter-on-quarter");
  static const Interned month_on_month("month-on-month");
  static const Interned year_before_value(kYearBefore);
  static const Interned last_month_value(kLastMonth);
  static const Interned this_month_value(kThisMonth);
  static const Interned the_quarter_value(kTheQuarter);
  static const std::uint32_t hash_to = word_hash("to");
  static const std::uint32_t hash_from = word_hash("from");
  static const std::uint32_t hash_with = word_hash("with");
  static const std::uint32_t hash_terms = word_hash("terms");
  struct CurrencyTerms {
    std::size_t offset = 0;  // of "in"
    std::string_view code;
  };
  std::vector<CurrencyTerms> currency_terms;  // the sentence's "in dollar terms"
  // The claims of a sentence often take their metric from the same words, and a paragraph's from
  // the words the context keeps: the words last interned are interned again only when others come.
  std::string_view last_metric_words;
  Interned last_metric_text;
  auto metric_text_of = [&](std::string_view metric_words) {
    if (metric_words.data() != last_metric_words.data() || metric_words.size() != last_metric_words.size()) {
      last_metric_words = metric_words;
      last_metric_text = metric_words;
    }
    return last_metric_text;
  };

  // A sentence without claims changes only the context: the period, year, metric and subject that
  // later claims may take from it, and the count of subjects that claims left without one take the
  // most named of. Most claims have all of these in their own sentence, so such sentences are only
  // listed here, and what they would have set is worked out when a claim reads it: for each part of
  // the context, the sentences from ..._from on are not yet applied, and those from ..._live_from
  // on are not yet overridden by a sentence with claims (or, for the period and metric, a new
  // paragraph), which would have set that part after them.
  std::vector<std::size_t> claim_free;
  std::size_t period_from = 0;
  std::size_t period_live_from = 0;
  std::size_t subject_from = 0;
  std::size_t subject_live_from = 0;
  std::size_t metric_from = 0;
  std::size_t metric_live_from = 0;
  WordList claim_free_words;
  std::vector<PhraseMatch> claim_free_matches;
  // The year is read by every period without a year of its own, the period by claims without a period
  // in their sentence.
  auto apply_claim_free_periods = [&] {
    for (; period_from < claim_free.size(); ++period_from) {
      const std::span<const grammar::PeriodMention> mentions = periods.of(claim_free[period_from]);
      if (mentions.empty()) continue;
      std::optional<int> year_for_sentence = context.year;
      Resolved last;
      for (const grammar::PeriodMention& m : mentions) {
        last = m.ordinal_only != 0 ? place_ordinal(m, last) : resolve(m, year_for_sentence, doc_date);
        if (last.period) year_for_sentence = last.period->last / 12;
      }
      if (period_from >= period_live_from) {
        context.period = last.period;
        context.period_unresolved = last.unresolved;
      }
      if (last.period) context.year = last.period->last / 12;
    }
  };
  // The subject is read by claims without a name in their sentence, the counts by none until the end.
  auto apply_claim_free_subjects = [&] {
    for (; subject_from < claim_free.size(); ++subject_from) {
      // Without metrics a sentence without claims is never split into words, and names no subject.
      if (metrics_.empty()) continue;
      const Sentence& sentence = sentences[claim_free[subject_from]];
      claim_free_words.split(text.substr(sentence.offset, sentence.length), sentence.offset);
      subjects_.find_all(claim_free_words, claim_free_matches);
      std::erase_if(claim_free_matches, [&](const PhraseMatch& m) { return names_no_subject(m, claim_free_words, text); });
      count_subjects(claim_free_matches);
      if (!claim_free_matches.empty() && subject_from >= subject_live_from) {
        context.subject = *claim_free_matches.back().value;
      }
    }
  };
  // The metric is read by a change with no metric of its own in its sentence.
  auto apply_claim_free_metrics = [&] {
    for (metric_from = std::max(metric_from, metric_live_from); metric_from < claim_free.size(); ++metric_from) {
      const Sentence& sentence = sentences[claim_free[metric_from]];
      claim_free_words.split(text.substr(sentence.offset, sentence.length), sentence.offset);
      metrics_.find_all(claim_free_words, claim_free_matches);
      if (!claim_free_matches.empty()) {
        context.metric = *claim_free_matches.back().value;
        context.metric_text = text.substr(claim_free_matches.back().offset, claim_free_matches.back().length);
      }
    }
  };

  for (std::size_t sentence_index = 0; sentence_index < sentences.size(); ++sentence_index) {
    // The sentences after the last claim change no claim but by the subjects they count, which are
    // counted at the end when a claim needs them.
    if (next_claim == extracted.size()) {
      for (; sentence_index < sentences.size(); ++sentence_index) claim_free.push_back(sentence_index);
      break;
    }
    const Sentence& sentence = sentences[sentence_index];
    const std::size_t s_begin = sentence.offset;
    const std::size_t s_end = sentence.offset + sentence.length;
    if (sentence.paragraph != paragraph) {
      paragraph = sentence.paragraph;
      context.period.reset();
      context.period_unresolved = false;
      context.metric = {};
      context.metric_text = {};
      period_live_from = claim_free.size();
      metric_live_from = claim_free.size();
    }
    while (next_claim < extracted.size() && extracted[next_claim].offset < s_begin) {
      // A claim outside every sentence (should not happen): keep it, unattributed.
      claims.push_back(unattributed(extracted[next_claim++], document_index));
    }
    std::size_t claim_end = next_claim;
    while (claim_end < extracted.size() && extracted[claim_end].offset < s_end) ++claim_end;
    if (claim_end == next_claim) {
      claim_free.push_back(sentence_index);
      continue;
    }

    const std::span<const grammar::PeriodMention> mentions = periods.of(sentence_index);
    sentence_periods.assign(mentions.begin(), mentions.end());
    const bool has_periods = !sentence_periods.empty();
    words.split(text.substr(s_begin, sentence.length), s_begin);
    metrics_.find_all(words, metric_matches);
    subjects_.find_all(words, subject_matches);
    sentence_words_.find_all(words, forecast_matches);
    basis_matches.clear();
    std::erase_if(forecast_matches, [&](const PhraseMatch& m) {
      if (m.value->empty()) return false;
      if (*m.value == year_before_value || *m.value == last_month_value || *m.value == this_month_value ||
          *m.value == the_quarter_value) {
        grammar::PeriodMention mention;
        mention.offset = m.offset;
        mention.length = m.length;
        mention.year_before = *m.value == year_before_value;
        mention.context_quarter = *m.value == the_quarter_value;
        if (*m.value == last_month_value) mention.relative_month = -1;
        if (*m.value == this_month_value) mention.relative_month = 0;
        const auto at = std::find_if(sentence_periods.begin(), sentence_periods.end(),
                                     [&](const grammar::PeriodMention& p) { return p.offset + p.length > m.offset; });
        if (at == sentence_periods.end() || at->offset >= m.offset + m.length) sentence_periods.insert(at, mention);
        return true;
      }
      basis_matches.push_back(m);
      return true;
    });
    // One pass over the words for those that start a trading partner ("to", "from" or "with" before
    // a capitalised word, perhaps after "the") and for "terms" ("in dollar terms"); a word's hash
    // rules out most words without a look at their letters.
    partner_preps.clear();
    terms_words.clear();
    possessive_words.clear();
    for (std::size_t v = 0; v < words.size(); ++v) {
      // A capitalised possessive ("Jiangsu's") may name an owner; looked at below.
      const char last = text[words[v].offset + words[v].length - 1];
      if (last == 's' && text[words[v].offset] >= 'A' && text[words[v].offset] <= 'Z') possessive_words.push_back(v);
      const std::uint32_t h = words[v].hash;
      if (h != hash_to && h != hash_from && h != hash_with && h != hash_terms) continue;
      const std::string_view w = words[v].folded;
      if (w == "terms") {
        terms_words.push_back(v);
      } else if ((w == "to" || w == "from" || w == "with") && v + 1 < words.size()) {
        std::size_t n = v + 1;
        if (words[n].folded == "the" && n + 1 < words.size()) ++n;
        const char initial = text[words[n].offset];
        if (initial >= 'A' && initial <= 'Z') partner_preps.push_back(v);
      }
    }
    // A name inside an amount ("100 U.S. dollars") is not the sentence's subject either. A trading
    // partner ("exports to the EU") is kept apart: it narrows the metric.
    partner_matches.clear();
    std::erase_if(subject_matches, [&](const PhraseMatch& m) {
      for (std::size_t k = next_claim; k < claim_end; ++k) {
        const auto& e = extracted[k];
        if (m.offset < e.phrase_offset + e.phrase_length && e.phrase_offset < m.offset + m.length) return true;
      }
      if (!names_no_subject(m, words, text)) return false;
      partner_matches.push_back(m);
      return true;
    });
    count_subjects(subject_matches);
    auto is_subject_word = [&](const Word& w) {
      auto covers = [&](const PhraseMatch& m) { return w.offset < m.offset + m.length && m.offset < w.offset + w.length; };
      return std::any_of(subject_matches.begin(), subject_matches.end(), covers) ||
             std::any_of(partner_matches.begin(), partner_matches.end(), covers);
    };
    auto overlaps_claim = [&](std::size_t off, std::size_t len) {
      for (std::size_t k = next_claim; k < claim_end; ++k) {
        const auto& e = extracted[k];
        if (off < e.phrase_offset + e.phrase_length && e.phrase_offset < off + len) return true;
      }
      return false;
    };
    auto in_sentence_period = [&](const Word& w) {
      return std::any_of(sentence_periods.begin(), sentence_periods.end(), [&](const grammar::PeriodMention& pm) {
        return w.offset < pm.offset + pm.length && pm.offset < w.offset + w.length;
      });
    };
    auto is_digit_word = [&](const Word& w) { return text[w.offset] >= '0' && text[w.offset] <= '9'; };
    // Words that name no metric: a month ("Feb" of a dateline), or a word in capitals only at the
    // sentence's start before a comma ("SEOUL, Feb 1 -").
    auto names_no_metric = [&](const Word& w) {
      const std::string_view written = text.substr(w.offset, w.length);
      if (grammar::is_month_name_in_any_case(written)) return true;
      if (reporting_verbs().contains(w)) return true;
      if (&w != &words[0] || w.length < 3) return false;
      const std::size_t end = w.offset + w.length;
      return end < text.size() && text[end] == ',' &&
             std::none_of(written.begin(), written.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    };
    auto overlaps_basis_words = [&](std::size_t offset, std::size_t length) {
      return std::any_of(basis_matches.begin(), basis_matches.end(), [&](const PhraseMatch& b) {
        return offset < b.offset + b.length && b.offset < offset + length;
      });
    };
    auto in_basis_words = [&](const Word& w) { return overlaps_basis_words(w.offset, w.length); };
    // "the", "its", "their", a possessive or a subject: what may stand before a word that narrows a metric.
    auto is_determiner = [&](const Word& w) {
      const std::string_view f = w.folded;
      return f == "the" || f == "its" || f == "their" || possessive_ending(text.substr(w.offset, w.length)) > 0 ||
             is_subject_word(w);
    };
    auto is_owner_word = [&](const Word& w) {
      return std::any_of(owners.begin(), owners.end(), [&](const Owner& o) { return o.offset == w.offset; });
    };
    // A word that names a thing of its own: no stop word, change word, number, name, claim or period.
    auto is_content_word = [&](const Word& w) {
      const char initial = text[w.offset];
      return initial >= 'a' && initial <= 'z' && w.length > 1 && !stop_words().contains(w) && !change_words_.contains(w) &&
             !is_number_word(w.folded) && !overlaps_claim(w.offset, w.length) && !in_sentence_period(w);
    };
    // "Guangdong, China's biggest provincial economy, reported ...": a name of capitalised words that
    // starts the sentence (no word that only links it to the one before, no period, no known subject)
    // and an aside between commas after it.
    appositive = Appositive{};
    if (!words.empty() && text[words[0].offset] >= 'A' && text[words[0].offset] <= 'Z') {
      std::size_t last = 0;
      while (last + 1 < words.size() && last < 2 && text[words[last + 1].offset] >= 'A' && text[words[last + 1].offset] <= 'Z' &&
             text.substr(words[last].offset + words[last].length, words[last + 1].offset - words[last].offset - words[last].length)
                     .find_first_not_of(" ") == std::string_view::npos) {
        ++last;
      }
      const std::size_t name_end = words[last].offset + words[last].length;
      const bool plain_name = std::none_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(last + 1), [&](const Word& w) {
        return stop_words().contains(w) || linking_words().contains(w) || w.folded.ends_with("ly") ||
               in_sentence_period(w) || is_subject_word(w) || possessive_ending(text.substr(w.offset, w.length)) > 0;
      });
      // A dateline ("BEIJING, Apr 14 -", "WASHINGTON, Feb. 28 (Reuters) -") names where the story was
      // filed, not whose numbers follow: a name in capitals only, or an aside that starts with a month.
      const std::string_view name_text = text.substr(words[0].offset, name_end - words[0].offset);
      const bool capitals_only = std::none_of(name_text.begin(), name_text.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      const bool date_after = last + 1 < words.size() &&
                              grammar::is_month_name_in_any_case(text.substr(words[last + 1].offset, words[last + 1].length));
      if (plain_name && !capitals_only && !date_after && name_end < s_end && text[name_end] == ',') {
        const std::size_t close = text.find(',', name_end + 1);
        if (close != std::string_view::npos && close < s_end) {
          appositive = Appositive{true, Interned(text.substr(words[0].offset, name_end - words[0].offset)), name_end, close};
        }
      }
    }
    // Names the rules do not know, as possessives: "Beijing's exports", "while Jiangsu's reached 13.7
    // trillion yuan", "Hong Kong's retail sales". They are subjects for the claims after them.
    owners.clear();
    for (const std::size_t v : possessive_words) {
      const Word& w = words[v];
      const std::string_view written = text.substr(w.offset, w.length);
      const std::size_t ending = possessive_ending(written);
      if (ending == 0 || is_subject_word(w) || names_a_time(written.substr(0, written.size() - ending))) continue;
      std::size_t first = v;
      while (first > 0 && v - first < 2) {
        const Word& before = words[first - 1];
        const std::size_t before_end = before.offset + before.length;
        if (text[before.offset] < 'A' || text[before.offset] > 'Z' || is_subject_word(before) ||
            before.folded == "the" || before.folded == "a" || before.folded == "an" ||
            text.substr(before_end, words[first].offset - before_end).find_first_not_of(" \t") != std::string_view::npos) {
          break;
        }
        --first;
      }
      owners.push_back({w.offset, Interned(text.substr(words[first].offset, w.offset + w.length - ending - words[first].offset))});
    }
    // Names the rules do not know after a word that starts a clause or a comparison, followed by a
    // comma, "at" or a change word: "and Shandong, in third place, grew 5.7 percent", "behind Shanghai,
    // at 5.39 trillion yuan", "while Jiangsu grew 5.8 percent".
    static const WordIndex name_joiners = [] {
      WordIndex listed;
      for (const std::string_view w : {"and", "while", "but", "whereas", "behind", "than", "unlike", "including"}) listed.add(w);
      return listed;
    }();
    for (std::size_t v = 1; v < words.size(); ++v) {
      if (text[words[v].offset] < 'A' || text[words[v].offset] > 'Z' || !name_joiners.contains(words[v - 1])) continue;
      const Word& w = words[v];
      if (text[w.offset] < 'A' || text[w.offset] > 'Z' || is_subject_word(w) || stop_words().contains(w) ||
          names_a_time(text.substr(w.offset, w.length)) || possessive_ending(text.substr(w.offset, w.length)) > 0) {
        continue;
      }
      std::size_t last = v;
      while (last + 1 < words.size() && last < v + 2 && text[words[last + 1].offset] >= 'A' && text[words[last + 1].offset] <= 'Z' &&
             !is_subject_word(words[last + 1]) &&
             text.substr(words[last].offset + words[last].length, words[last + 1].offset - words[last].offset - words[last].length)
                     .find_first_not_of(" ") == std::string_view::npos) {
        ++last;
      }
      const std::size_t name_end = words[last].offset + words[last].length;
      const bool comma_after = name_end < s_end && text[name_end] == ',';
      const bool verb_after = last + 1 < words.size() && (change_words_.contains(words[last + 1]) || words[last + 1].folded == "at");
      if (!comma_after && !verb_after) continue;
      owners.push_back({words[last].offset, Interned(text.substr(w.offset, name_end - w.offset))});
    }
    std::sort(owners.begin(), owners.end(), [](const Owner& a, const Owner& b) { return a.offset < b.offset; });

    // Resolve this sentence's periods once.
    resolved.clear();
    std::optional<int> year_for_sentence = context.year;
    bool year_from_context = true;
    for (const grammar::PeriodMention& m : sentence_periods) {
      if (year_from_context && !m.year && !m.relative_year) {
        apply_claim_free_periods();
        year_for_sentence = context.year;
      }
      if (m.ordinal_only != 0) {
        resolved.push_back(resolved.empty() ? Resolved{} : place_ordinal(m, resolved.back()));
        continue;
      }
      if (m.year_before || m.context_quarter) {
        // A year before the sentence's last period, or the context's; or the quarter that period lies in.
        std::optional<rules::Period> base;
        if (!resolved.empty()) {
          base = resolved.back().period;
        } else {
          apply_claim_free_periods();
          base = context.period;
        }
        if (m.year_before) {
          resolved.push_back(base ? Resolved{rules::Period{base->first - 12, base->last - 12}} : Resolved{});
        } else if (base && base->first / 3 == base->last / 3) {
          const int quarter_start = base->first / 3 * 3;
          resolved.push_back(Resolved{rules::Period{quarter_start, quarter_start + 2}});
        } else {
          resolved.push_back(Resolved{});
        }
        continue;
      }
      resolved.push_back(resolve(m, year_for_sentence, doc_date,
                                 !forecast_matches.empty() && forecast_matches.front().offset < m.offset));
      // "in the fiscal year that ended in March", "the year ended in June": the twelve months to it.
      if (resolved.back().period && resolved.back().period->first == resolved.back().period->last &&
          closes_a_year(words, m.offset)) {
        const int last = resolved.back().period->last;
        resolved.back().period = rules::Period{last - 11, last};
      }
      if (resolved.back().period) {
        year_for_sentence = resolved.back().period->last / 12;
        year_from_context = false;
      }
    }

    // The word before each claim of the sentence: "to X", "from Y". "up from" and "down from" compare
    // with an earlier figure, as does "from" after an earlier claim when a word of the sentence's
    // own comes before it ("accelerating from 3 percent", "rising from") or the earlier change and a
    // comma do ("grew 7.7 percent, from 5.9 percent"); after the level a move went to, a period, a
    // number or a change without a comma, "from" starts the move ("to 5.3 percent in 2024 from 5.1
    // percent", "fell 0.3 percent from 18.5 percent").
    sentence_prepositions.clear();
    // "1.4 million tonnes above the 166.0 million tonnes", "2.0% more than the 19.7 million": whether the
    // phrase of claim k (of extracted) opens with a comparison right after the phrase of the claim before
    // it, and which way: up for "above" and "more than", down for "below", "less than", "fewer than".
    auto comparison_with_previous = [&](std::size_t k) {
      if (k <= next_claim) return grammar::Direction::none;
      const grammar::ExtractedClaim& e = extracted[k];
      const grammar::ExtractedClaim& previous = extracted[k - 1];
      const std::size_t previous_end = previous.phrase_offset + previous.phrase_length;
      if (previous_end > e.phrase_offset ||
          text.substr(previous_end, e.phrase_offset - previous_end).find_first_not_of(" \t\r\n") != std::string_view::npos) {
        return grammar::Direction::none;
      }
      const auto opening =
          std::partition_point(words.begin(), words.end(), [&](const Word& w) { return w.offset < e.phrase_offset; });
      if (opening == words.end() || opening->offset != e.phrase_offset) return grammar::Direction::none;
      const std::string_view first = opening->folded;
      const std::string_view second = opening + 1 != words.end() ? (opening + 1)->folded : std::string_view();
      if (first == "above" || (first == "more" && second == "than")) return grammar::Direction::up;
      if (first == "below" || ((first == "less" || first == "fewer") && second == "than")) return grammar::Direction::down;
      return grammar::Direction::none;
    };
    bool sentence_has_year_on_year_change = false;
    for (std::size_t k = next_claim; k < claim_end; ++k) {
      const grammar::ExtractedClaim& e = extracted[k];
      if (e.role == grammar::Role::change && (e.change_basis.empty() || e.change_basis == year_on_year)) {
        sentence_has_year_on_year_change = true;
      }
      const auto ends_before = std::partition_point(
          words.begin(), words.end(), [&](const Word& w) { return w.offset + w.length <= e.phrase_offset; });
      Preposition preposition = Preposition::none;
      if (ends_before != words.begin()) {
        // "to 3.75%", and past the words that describe the level: "fell to a record low of 1.15", "to a
        // seasonally adjusted annual rate of 1.499 million", "from a record high of 4.00%", "down 10.4%
        // from a record 5.35 trillion yen".
        auto at = ends_before - 1;
        for (int passed = 0; passed < 7 && at != words.begin() && describes_a_level(at->folded); ++passed) --at;
        const Word& word = *at;
        if (word.folded == "to") preposition = Preposition::to;
        // "rose 0.1% after a 2.0% decline in November", "growth of 0.0% after 0.4% in the July-September
        // period": an earlier figure, whose period is its own, as after "up from".
        if (word.folded == "after") preposition = Preposition::up_or_down_from;
        if (word.folded == "from") {
          preposition = Preposition::from;
          const Word* before_from = at != words.begin() ? &*(at - 1) : nullptr;
          if (before_from != nullptr && (before_from->folded == "up" || before_from->folded == "down")) {
            preposition = Preposition::up_or_down_from;
          } else if (before_from != nullptr && k > next_claim) {
            const grammar::ExtractedClaim& previous = extracted[k - 1];
            // "grew 7.7 percent (in March), from 5.9 percent", with a comma: "fell 0.3 percent from 18.5
            // percent" gives the level the change started from.
            const std::size_t previous_end = previous.phrase_offset + previous.phrase_length;
            const std::size_t from_offset = at->offset;
            const bool after_previous_claim =
                previous_end <= from_offset &&
                text.substr(previous_end, from_offset - previous_end).find(',') != std::string_view::npos;
            const char initial = text[before_from->offset];
            const bool own_word = !overlaps_claim(before_from->offset, before_from->length) &&
                                  !in_sentence_period(*before_from) && !(initial >= '0' && initial <= '9');
            if (own_word || (after_previous_claim && previous.role == grammar::Role::change)) {
              preposition = Preposition::up_or_down_from;
            }
          }
        }
      }
      // "2.0% more than the 19.7 million a year earlier": the amount compared with, right after the
      // difference, is an earlier figure too, and "a year earlier" is its period alone.
      if (comparison_with_previous(k) != grammar::Direction::none) preposition = Preposition::up_or_down_from;
      sentence_prepositions.push_back(preposition);
    }
    // "revised 2023 GDP up to 129.43 trillion yuan from the initially reported 126.06 trillion yuan": in
    // a sentence that revises a figure, "up to" gives the new figure, and the figure it replaces is of no
    // period (it is no longer said to be the period's).
    static const WordIndex revision_words = [] {
      WordIndex listed;
      for (const std::string_view w : {"revised", "revises", "revise", "revision", "revisions"}) listed.add(w);
      return listed;
    }();
    const bool revises =
        std::any_of(words.begin(), words.end(), [](const Word& w) { return revision_words.contains(w); });
    // Whether a start of a move (a claim after "from") comes after claim k and right before mention m,
    // and after which words.
    auto start_of_move_before = [&](std::size_t k, const grammar::PeriodMention& m) -> std::optional<Preposition> {
      for (std::size_t j = k + 1; j < claim_end; ++j) {
        const grammar::ExtractedClaim& start = extracted[j];
        if (start.phrase_offset >= m.offset) break;
        if (!is_from(sentence_prepositions[j - next_claim])) continue;
        const std::size_t start_end = start.phrase_offset + start.phrase_length;
        if (j + 1 < claim_end && extracted[j + 1].phrase_offset < m.offset) continue;
        if (!is_clause_boundary_outside_brackets(text.substr(start_end, m.offset - start_end))) {
          return sentence_prepositions[j - next_claim];
        }
      }
      return std::nullopt;
    };
    // Whether mention m comes right after the start of a move before claim k.
    auto ends_start_of_move = [&](std::size_t k, const grammar::PeriodMention& m) {
      for (std::size_t j = next_claim; j < k; ++j) {
        const grammar::ExtractedClaim& start = extracted[j];
        const std::size_t start_end = start.phrase_offset + start.phrase_length;
        if (!is_from(sentence_prepositions[j - next_claim]) || start_end > m.offset) continue;
        if (j + 1 < claim_end && extracted[j + 1].phrase_offset < m.offset) continue;
        if (!is_clause_boundary_outside_brackets(text.substr(start_end, m.offset - start_end))) return true;
      }
      return false;
    };
    period_stated_after.clear();
    for (std::size_t k = next_claim; k < claim_end; ++k) {
      const grammar::ExtractedClaim& e = extracted[k];
      Claim c = unattributed(e, document_index);
      const std::size_t phrase_end = e.phrase_offset + e.phrase_length;
      // The words are in text order and do not overlap, so those before the claim and those after it
      // are a prefix and a suffix.
      const auto ends_before = std::partition_point(
          words.begin(), words.end(), [&](const Word& w) { return w.offset + w.length <= e.phrase_offset; });
      const std::size_t last_before =
          ends_before == words.begin() ? words.size() : static_cast<std::size_t>(ends_before - words.begin()) - 1;
      const std::size_t first_after = static_cast<std::size_t>(
          std::partition_point(ends_before, words.end(), [&](const Word& w) { return w.offset < phrase_end; }) -
          words.begin());
      c.sentence_offset = s_begin;
      c.sentence_length = sentence.length;
      // A forecast word anywhere before the claim in its sentence: "are expected to rise 3 percent, to
      // 26 trillion yuan" forecasts both.
      c.forecast = !forecast_matches.empty() && forecast_matches.front().offset < e.phrase_offset;

      c.preposition = sentence_prepositions[k - next_claim];
      // "dropped below 700,000", "rose above 5 percent": the level crossed, not the size of the change.
      if (c.role == grammar::Role::change && c.quantity.qualifier != grammar::Qualifier::exact) {
        const auto crossed = std::partition_point(words.begin(), words.end(),
                                                  [&](const Word& w) { return w.offset + w.length <= e.offset; });
        if (crossed != words.begin()) {
          const std::string_view f = (crossed - 1)->folded;
          if ((crossed - 1)->offset >= e.phrase_offset && (f == "below" || f == "above" || f == "beyond" || f == "past")) {
            c.role = grammar::Role::level;
            c.direction = grammar::Direction::none;
          }
        }
      }
      // "was revised up to 3.1 percent", "edged up to 50.8": after a verb, "up to" is the way the figure
      // moved and the level it reached, not a ceiling.
      // The phrase's first two words are read as words: a line may break between them ("edged up\nto").
      const bool phrase_opens_up_to = ends_before + 1 < words.end() && ends_before->offset == e.phrase_offset &&
                                      ends_before->folded == "up" && (ends_before + 1)->folded == "to";
      if (c.quantity.qualifier == grammar::Qualifier::at_most && last_before < words.size() && phrase_opens_up_to) {
        const std::string_view verb = words[last_before].folded;
        if (revises || verb.ends_with("ed") || verb == "went" || verb == "came" || verb == "shot" || verb == "crept") {
          c.quantity.qualifier = grammar::Qualifier::exact;
          c.preposition = Preposition::to;
        }
      }
      if (!e.share_of.empty()) {
        const auto whole_words = split_words(e.share_of);
        metrics_.find_all(whole_words, whole_matches);
        if (!whole_matches.empty()) c.share_of_metric = *whole_matches.front().value;
      }

      // Period: a mention right after the claim in its own clause ("surpassed 2 trillion yuan last
      // year") binds tightest; else the nearest mention before it in the sentence; else the first after.
      // A mention right after the start of a move later in the sentence is that start's only, where
      // the text says so: "up from 62.6% in 2021", or a year the draft is too late to report as the
      // move's end ("rose 20.5 percent to $992 billion from $823.2 billion in 2023" in January 2025:
      // the move ends in 2024).
      const Resolved* chosen = nullptr;
      const Resolved* after = nullptr;
      std::optional<rules::Period> year_after_start;  // the end of such a move, when a change says it
      for (std::size_t p = 0; p < sentence_periods.size(); ++p) {
        const auto& m = sentence_periods[p];
        if (overlaps_claim(m.offset, m.length)) continue;
        // "rose 0.6 percent from the third quarter" compares with the third quarter: a basis, not the
        // period of the change.
        if (overlaps_basis_words(m.offset, m.length)) continue;
        if (m.offset < e.phrase_offset) {
          // "accelerating from 3 percent in November, while industrial output grew 6.2 percent": the
          // period of another move's start is not this claim's.
          if (!ends_start_of_move(k, m)) chosen = &resolved[p];
        } else if (after == nullptr) {
          if (const auto start = start_of_move_before(k, m); start && resolved[p].period) {
            const rules::Period& of_start = *resolved[p].period;
            const bool whole_years = of_start.first % 12 == 0 && of_start.last % 12 == 11;
            const bool too_late = whole_years && doc_date.year && m.year && *m.year <= *doc_date.year - 2;
            if (*start == Preposition::up_or_down_from || too_late || m.year_before) {
              if (too_late && sentence_has_year_on_year_change) {
                year_after_start = rules::Period{of_start.first + 12, of_start.last + 12};
              }
              break;
            }
          }
          after = &resolved[p];
          const std::size_t gap_begin = std::min(phrase_end, m.offset);
          if (!is_clause_boundary_outside_brackets(text.substr(gap_begin, m.offset - gap_begin)) &&
              !opens_a_clause(words, gap_begin, m.offset)) {
            chosen = after;
            period_stated_after.push_back(k);
          }
          break;
        }
      }
      if (chosen == nullptr) chosen = after;
      if (year_after_start && (chosen == nullptr || chosen == after)) {
        c.period = year_after_start;
      } else if (chosen != nullptr) {
        c.period = chosen->period;
        c.period_unresolved = chosen->unresolved;
      } else {
        apply_claim_free_periods();
        c.period = context.period;
        c.period_unresolved = context.period_unresolved;
      }

      // Subject: a name right after the claim ("4.1 percent in the United States", "2.9 percent U.S.
      // inflation"), else the nearest name before it (of the rules, or an unknown possessive), else
      // the first in the sentence, else the context.
      const PhraseMatch* subject = nullptr;
      const PhraseMatch* right_after = nullptr;
      // A name right before another claim after this one ("grew 5.6 percent, Malaysia 5.1 percent") is
      // that claim's.
      auto leads_a_later_claim = [&](const PhraseMatch& m) {
        for (std::size_t o = k + 1; o < claim_end; ++o) {
          const std::size_t end = m.offset + m.length;
          if (extracted[o].phrase_offset >= end &&
              text.substr(end, extracted[o].phrase_offset - end).find_first_not_of(" \t\r\n") == std::string_view::npos) {
            return true;
          }
        }
        return false;
      };
      for (const auto& m : subject_matches) {
        if (m.offset < e.phrase_offset || (subject == nullptr && !leads_a_later_claim(m))) subject = &m;
        if (m.offset >= phrase_end && right_after == nullptr && subject_follows(text, words, first_after, m)) right_after = &m;
      }
      std::optional<Interned> owner;
      for (const Owner& o : owners) {
        if (o.offset < e.phrase_offset && (subject == nullptr || subject->offset >= e.phrase_offset || o.offset > subject->offset)) {
          owner = o.name;
        }
      }
      // "Guangdong, China's biggest provincial economy, reported GDP of 14.16 trillion yuan": a name
      // inside the aside after the sentence's first name is not the subject of what follows the aside.
      // "Jiangsu, the runner-up, grew 5.8 percent", "Chongqing, a municipality of 31.9 million people":
      // a claim in or after the aside with no name of its own before it is of the first name too.
      std::optional<std::size_t> nearest_before;
      if (subject != nullptr && subject->offset < e.phrase_offset) nearest_before = subject->offset;
      for (const Owner& o : owners) {
        if (o.offset < e.phrase_offset) nearest_before = std::max(nearest_before.value_or(0), o.offset);
      }
      const bool named_in_aside = nearest_before && *nearest_before > appositive.aside_begin &&
                                  *nearest_before < appositive.aside_end && appositive.aside_end <= e.phrase_offset;
      if (right_after == nullptr && appositive.found && e.phrase_offset > appositive.aside_begin &&
          (named_in_aside || !nearest_before)) {
        c.subject = appositive.name;
      } else if (right_after != nullptr) {
        c.subject = *right_after->value;
      } else if (owner) {
        c.subject = *owner;
      } else {
        // A name later in the sentence, not right after the claim, is its subject only when the text
        // before names none: in a draft about Spain, "Inflation was 2.8% in December, in line with a
        // broader rise across the euro zone" is Spain's.
        const bool named_later = subject != nullptr && subject->offset >= e.phrase_offset;
        if (subject == nullptr || named_later) apply_claim_free_subjects();
        if (named_later && !context.subject.empty()) subject = nullptr;
        c.subject = subject != nullptr ? *subject->value : context.subject;
      }

      // Metric.
      bool assigned = false;
      auto assign_match = [&](const PhraseMatch& m) {
        c.metric = *m.value;
        std::string_view metric_words = text.substr(m.offset, m.length);
        // "the youth jobless rate", "China's services exports", "Core inflation": a word right before the
        // metric's name makes a narrower metric, compared only with itself, when it follows "the", "its",
        // "their", a subject or a possessive, or starts the sentence. Not after another word ("officials
        // expect exports", "data showed imports": a verb), and not a word that links the sentence to the
        // one before ("But exports"), a stop word ("total", "overall"), a change word ("rising
        // exports"), a number, a month, a name, or part of a claim, a period or a subject.
        auto blank_between = [&](const Word& a, std::size_t b) {
          const std::size_t a_end = a.offset + a.length;
          return b >= a_end && text.substr(a_end, b - a_end).find_first_not_of(" \t\r\n") == std::string_view::npos;
        };
        // Whether w narrows the metric, with only blanks between it and `next` (the metric's first word
        // unless said otherwise).
        auto narrows = [&](const Word& w, bool first_in_sentence, std::size_t next = std::string_view::npos) {
          const std::string_view written = text.substr(w.offset, w.length);
          const bool lower = written.front() >= 'a' && written.front() <= 'z';
          if (next == std::string_view::npos) next = m.offset;
          if (w.length < 2 || !(lower || first_in_sentence) || !blank_between(w, next)) return false;
          if (!std::all_of(written.begin(), written.end(),
                           [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-'; })) {
            return false;
          }
          if (stop_words().contains(w) || change_words_.contains(w) || linking_words().contains(w) ||
              is_number_word(w.folded) || w.folded.ends_with("ly") || grammar::is_month_name_in_any_case(written)) {
            return false;
          }
          return !overlaps_claim(w.offset, w.length) && !is_subject_word(w) && !in_sentence_period(w);
        };
        if (m.first_word > 0) {
          const Word& modifier = words[m.first_word - 1];
          bool narrowed = false;
          if (m.first_word == 1) {
            narrowed = narrows(modifier, true);
          } else {
            const Word& before = words[m.first_word - 2];
            // A neutral word that opens the sentence or follows a determiner is passed over:
            // "Nationwide core consumer prices", "the overall core index".
            const bool neutral_lead = neutral_word_index().contains(before) &&
                                      (m.first_word == 2 || is_determiner(words[m.first_word - 3]));
            narrowed = (is_determiner(before) || neutral_lead) && blank_between(before, modifier.offset) &&
                       narrows(modifier, false);
          }
          // "Iron ore imports rose": two such words at the sentence's start, unless they read as someone
          // and a verb ("Analysts expect imports", "Data show exports").
          const Word& first = words[0];
          static const WordIndex verbs = [] {
            WordIndex listed;
            for (const std::string_view v : {"say", "says", "said", "show", "shows", "showed", "see", "sees", "saw", "expect",
                                             "expects", "expected", "estimate", "estimates", "estimated", "predict",
                                             "predicts", "think", "thinks", "believe", "believes", "note", "noted",
                                             "report", "reports", "reported", "suggest", "suggests", "warn", "warned"}) {
              listed.add(v);
            }
            return listed;
          }();
          // "China's crude oil imports": two such words after a determiner, a subject or a possessive.
          const bool two_after_determiner = [&] {
            if (m.first_word < 3) return false;
            const Word& outer = words[m.first_word - 2];
            const Word& before = words[m.first_word - 3];
            return is_determiner(before) && blank_between(before, outer.offset) && narrows(outer, false, modifier.offset) &&
                   narrows(modifier, false);
          }();
          if (two_after_determiner) {
            const Word& outer = words[m.first_word - 2];
            c.metric = c.metric.str() + "/" + key_word(outer.folded) + "_" + key_word(modifier.folded);
            metric_words = text.substr(outer.offset, m.offset + m.length - outer.offset);
          } else if (!narrowed && m.first_word == 2 && !first.folded.ends_with("s") && !verbs.contains(modifier) &&
              narrows(first, true, modifier.offset) && narrows(modifier, false)) {
            c.metric = c.metric.str() + "/" + key_word(first.folded) + "_" + key_word(modifier.folded);
            metric_words = text.substr(first.offset, m.offset + m.length - first.offset);
          } else if (narrowed) {
            c.metric = c.metric.str() + "/" + key_word(modifier.folded);
            metric_words = text.substr(modifier.offset, m.offset + m.length - modifier.offset);
          }
        }
        // "trade value of mechanical and electronic products" is a narrower metric than trade value, as
        // is "the jobless rate for 16- to 24-year-olds" or "unemployment among young people".
        std::size_t w = m.first_word + m.word_count;
        const bool narrowed_by = w < words.size() && (words[w].folded == "of" || words[w].folded == "for" ||
                                                      words[w].folded == "among");
        if (narrowed_by && !is_clause_boundary(text.substr(
                                                                 words[w - 1].offset + words[w - 1].length,
                                                                 words[w].offset - words[w - 1].offset - words[w - 1].length))) {
          std::vector<std::string> narrower;
          std::size_t end_offset = words[w].offset + words[w].length;
          for (std::size_t v = w + 1; v < words.size() && narrower.size() < 5; ++v) {
            if (words[v].offset >= e.phrase_offset) break;
            const std::string_view gap = text.substr(words[v - 1].offset + words[v - 1].length,
                                                     words[v].offset - words[v - 1].offset - words[v - 1].length);
            if (is_clause_boundary(gap)) break;
            bool is_subject = false;
            for (const auto& sm : subject_matches) {
              if (words[v].offset >= sm.offset && words[v].offset < sm.offset + sm.length) is_subject = true;
            }
            end_offset = words[v].offset + words[v].length;
            if (is_subject || stop_words().contains(words[v]) || is_number_word(words[v].folded) ||
                overlaps_claim(words[v].offset, words[v].length) || in_sentence_period(words[v])) {
              continue;
            }
            narrower.push_back(key_word(words[v].folded));
          }
          if (!narrower.empty()) {
            c.metric = c.metric.str() + "/" + join(narrower, '_');
            metric_words = text.substr(m.offset, end_offset - m.offset);
          }
        }
        // "exports to the EU", "imports from Japan", "those to Russia": the trade with one partner is a
        // narrower metric than the trade with all. The partner is the last one named between the
        // metric and the claim: "to", "from" or "with", perhaps "the", and a name (a subject of the
        // rules file, or capitalised words).
        std::string partner;
        std::size_t partner_begin = 0;  // of "to" ... the name
        std::size_t partner_end = 0;
        for (const std::size_t v : partner_preps) {
          if (v < m.first_word + m.word_count) continue;
          if (words[v].offset + words[v].length > e.phrase_offset) break;
          const std::string_view prep = words[v].folded;
          std::size_t n = v + 1;
          if (n < words.size() && words[n].folded == "the") ++n;
          if (n >= words.size() || words[n].offset >= e.phrase_offset) continue;
          std::string name;
          std::size_t name_end = 0;
          for (const auto& pm : partner_matches) {
            const bool at_name = pm.offset == words[n].offset || pm.offset == words[v + 1].offset;
            if (at_name && pm.offset + pm.length <= e.phrase_offset) {
              name = key_word(fold_word(*pm.value));
              name_end = pm.offset + pm.length;
            }
          }
          const bool named_by_rules = !name.empty();
          // Capitalised words that are no month ("from January to June"), no period and no part of
          // an amount ("to RMB 5 trillion", "to A$129 billion").
          auto in_period_or_amount = [&](const Word& word) {
            if (overlaps_claim(word.offset, word.length)) return true;
            for (const auto& pm : sentence_periods) {
              if (word.offset < pm.offset + pm.length && pm.offset < word.offset + word.length) return true;
            }
            return grammar::is_month_name_in_any_case(text.substr(word.offset, word.length));
          };
          for (std::size_t x = n; !named_by_rules && x < words.size() && x < n + 4; ++x) {
            if (words[x].offset >= e.phrase_offset || text[words[x].offset] < 'A' || text[words[x].offset] > 'Z') break;
            if (in_period_or_amount(words[x])) break;
            if (x > n && is_clause_boundary(text.substr(name_end, words[x].offset - name_end))) break;
            name += (name.empty() ? "" : "_") + key_word(words[x].folded);
            name_end = words[x].offset + words[x].length;
          }
          if (name.empty()) continue;
          partner = std::string(prep) + "_" + name;
          partner_begin = words[v].offset;
          partner_end = name_end;
        }
        std::string partner_text;  // "exports to Russia" when words stand between them in the text
        if (!partner.empty()) {
          c.metric = c.metric.str() + "/" + partner;
          const std::size_t metric_end = m.offset + metric_words.size();
          if (partner_begin >= metric_end && text.substr(metric_end, partner_begin - metric_end).find_first_not_of(" \t\r\n") == std::string_view::npos) {
            metric_words = text.substr(m.offset, partner_end - m.offset);
          } else if (partner_begin >= metric_end) {
            partner_text = std::string(metric_words) + " " + std::string(text.substr(partner_begin, partner_end - partner_begin));
          }
        }
        // "the share of exports" is a percentage, not the exports themselves.
        if (m.first_word >= 2 && words[m.first_word - 1].folded == "of" &&
            (words[m.first_word - 2].folded == "share" || words[m.first_word - 2].folded == "proportion" ||
             words[m.first_word - 2].folded == "percentage")) {
          c.metric = c.metric.str() + "/share";
          const std::size_t begin = words[m.first_word - 2].offset;
          metric_words = text.substr(begin, m.offset + m.length - begin);
        }
        c.metric_text = partner_text.empty() ? metric_text_of(metric_words) : Interned(partner_text);
        assigned = true;
      };

      if (e.role == grammar::Role::rank) {
        // "ranked 11th in the Global Innovation Index": the rank is in what follows.
        std::size_t w = first_after;
        if (w < words.size() && words[w].folded == "in") {
          ++w;
          if (w < words.size() && words[w].folded == "the") ++w;
          for (const auto& m : metric_matches) {
            if (m.first_word == w) assign_match(m);
          }
          if (!assigned) {
            std::vector<std::string> name;
            std::size_t end_offset = 0;
            const std::size_t start_offset = w < words.size() ? words[w].offset : 0;
            for (std::size_t v = w; v < words.size() && name.size() < 6; ++v) {
              if (std::isupper(static_cast<unsigned char>(text[words[v].offset])) == 0) break;
              name.push_back(key_word(words[v].folded));
              end_offset = words[v].offset + words[v].length;
            }
            if (!name.empty()) {
              c.metric = "auto:" + join(name, '_');
              c.metric_text = metric_text_of(text.substr(start_offset, end_offset - start_offset));
              assigned = true;
            }
          }
        }
      }
      if (!assigned && e.role != grammar::Role::conversion) {
        // A metric named inside another claim's phrase ("7.2 percent of GDP") is that claim's whole.
        const PhraseMatch* before = nullptr;
        for (const auto& m : metric_matches) {
          if (m.offset + m.length > e.phrase_offset) continue;
          bool in_other_claim = false;
          for (std::size_t o = next_claim; o < k; ++o) {
            const auto& other = extracted[o];
            if (m.offset >= other.phrase_offset && m.offset < other.phrase_offset + other.phrase_length) in_other_claim = true;
          }
          if (!in_other_claim) before = &m;
        }
        // "fiscal revenue fell 1.3 percent to 21.97 trillion yuan, while expenditure rose 3.6 percent":
        // after another claim, a new clause ("while", "and", "but", a comma) names a thing of its own
        // between the metric and this claim, which is of that thing, not of the metric.
        for (std::size_t o = next_claim; before != nullptr && o < k; ++o) {
          const std::size_t o_end = extracted[o].phrase_offset + extracted[o].phrase_length;
          if (extracted[o].phrase_offset < before->offset + before->length || o_end > e.phrase_offset) continue;
          bool joined = false;
          std::size_t at = o_end;
          const auto after_o = std::partition_point(words.begin(), words.end(), [&](const Word& w) { return w.offset < o_end; });
          for (auto v = static_cast<std::size_t>(after_o - words.begin()); v < words.size() && before != nullptr; ++v) {
            if (words[v].offset >= e.phrase_offset) break;
            const std::string_view gap = text.substr(at, words[v].offset - at);
            if (gap.find_first_of(",;") != std::string_view::npos) joined = true;
            at = words[v].offset + words[v].length;
            const std::string_view f = words[v].folded;
            if (f == "while" || f == "and" || f == "but" || f == "whereas") {
              joined = true;
            } else if (joined && is_content_word(words[v])) {
              before = nullptr;
            }
          }
        }
        if (before != nullptr) assign_match(*before);
      }
      if (!assigned && e.role != grammar::Role::conversion) {
        // "$5 billion in exports", "$5 billion of exports", "$5 billion exports".
        std::size_t w = first_after;
        if (w < words.size() && (words[w].folded == "in" || words[w].folded == "of")) ++w;
        for (const auto& m : metric_matches) {
          if (m.first_word == w) assign_match(m);
        }
      }
      if (!assigned && e.role == grammar::Role::conversion && e.converts) {
        // A conversion states the same amount as the claim it converts.
        const std::size_t partner = *e.converts;
        if (partner < claims.size()) {
          c.metric = claims[partner].metric;
          c.metric_text = claims[partner].metric_text;
          c.subject = claims[partner].subject;
          c.period = claims[partner].period;
          c.period_unresolved = claims[partner].period_unresolved;
          assigned = true;
        }
      }
      if (!assigned) {
        // An automatic key from the content words of the claim's own clause, before the claim if it
        // has any there; a change in a sentence with no metric of its own ("It rose 5 percent.") takes
        // the previous sentence's.
        std::vector<std::string> parts;
        std::size_t from = e.phrase_offset;
        std::size_t to = e.phrase_offset;
        // The words before the claim, nearest first: those of its clause, or with `whole_sentence` all
        // of the sentence before it.
        auto take_words_before = [&](bool whole_sentence) {
          if (last_before >= words.size()) return;
          std::size_t aside_end = words.size();  // the word before an aside skipped over, whose gap is no boundary
          for (std::size_t v = last_before + 1; v-- > 0 && parts.size() < 3;) {
            const std::size_t gap_begin = words[v].offset + words[v].length;
            const std::size_t gap_end = v == last_before ? e.phrase_offset : words[v + 1].offset;
            const std::string_view gap = text.substr(gap_begin, gap_end - gap_begin);
            // An aside in brackets or between dashes ("equipment manufacturing sector (which includes
            // cars and ships) rose", "output — a bright spot — rose") is passed over to the words
            // before it.
            if (!whole_sentence && v != aside_end) {
              const std::size_t close = gap.find(')');
              const std::size_t dash = gap.find("\xE2\x80\x94");
              std::size_t open = std::string_view::npos;
              if (close != std::string_view::npos) open = text.rfind('(', gap_begin);
              if (close == std::string_view::npos && dash != std::string_view::npos && gap_begin > s_begin) {
                open = text.rfind("\xE2\x80\x94", gap_begin - 1);
              }
              if (open != std::string_view::npos && open >= s_begin) {
                std::size_t w = v + 1;
                while (w > 0 && words[w - 1].offset > open) --w;
                if (w > 0) {
                  aside_end = w - 1;
                  v = w;  // the loop goes on at words[w - 1]
                  continue;
                }
              }
            }
            if (!whole_sentence && v != aside_end && is_clause_boundary(gap)) break;
            // The first name and, for a claim after it, the aside ("Jiangsu, the runner-up, grew").
            const bool in_appositive_name =
                appositive.found && (words[v].offset < appositive.aside_begin ||
                                     (words[v].offset < appositive.aside_end && appositive.aside_end <= e.phrase_offset));
            if (is_subject_word(words[v]) || is_owner_word(words[v]) || stop_words().contains(words[v]) ||
                in_appositive_name || change_words_.contains(words[v]) || is_number_word(words[v].folded) || is_digit_word(words[v]) ||
                overlaps_claim(words[v].offset, words[v].length) || in_sentence_period(words[v]) ||
                in_basis_words(words[v]) || names_no_metric(words[v])) {
              continue;
            }
            parts.insert(parts.begin(), key_word(words[v].folded));
            from = words[v].offset;
            if (to == e.phrase_offset) to = words[v].offset + words[v].length;
          }
        };
        take_words_before(false);
        // "Tesla's revenue was $97.7 billion in 2024, up 1% from a year earlier": a claim with no words
        // of its own in its clause is of the claim before it in its sentence.
        const std::size_t sentence_first = claims.size() - (k - next_claim);
        if (parts.empty() && claims.size() > sentence_first && !claims.back().metric.empty()) {
          c.metric = claims.back().metric;
          c.metric_text = claims.back().metric_text;
          assigned = true;
        }
        // "Shipments to ASEAN, which grew 12 percent": else of the words before it in its sentence.
        if (parts.empty() && !assigned) take_words_before(true);
        const bool may_inherit = !assigned && parts.empty() && metric_matches.empty() && e.role == grammar::Role::change;
        if (may_inherit) apply_claim_free_metrics();
        if (may_inherit && !context.metric.empty()) {
          c.metric = context.metric;
          c.metric_text = metric_text_of(context.metric_text);
          assigned = true;
        }
        if (parts.empty() && !assigned) {
          std::size_t prev_end = phrase_end;
          for (std::size_t v = first_after; v < words.size() && parts.size() < 3; ++v) {
            if (is_clause_boundary(text.substr(prev_end, words[v].offset - prev_end))) break;
            prev_end = words[v].offset + words[v].length;
            if (stop_words().contains(words[v]) || is_number_word(words[v].folded) || is_digit_word(words[v]) ||
                overlaps_claim(words[v].offset, words[v].length) || in_sentence_period(words[v]) ||
                names_no_metric(words[v])) {
              continue;
            }
            if (parts.empty()) from = words[v].offset;
            parts.push_back(key_word(words[v].folded));
            to = prev_end;
          }
        }
        if (!assigned && !parts.empty()) {
          c.metric = "auto:" + join(parts, '_');
          c.metric_text = metric_text_of(text.substr(from, to > from ? to - from : 0));
        }
      }
      // "312 electoral votes", "31 states": a count of no unit the rules know is a count of the nouns
      // after it, and counts of different nouns are different metrics.
      if (!c.metric.empty() && c.role == grammar::Role::level && c.quantity.unit.empty() && first_after < words.size()) {
        std::string nouns;
        std::size_t at = e.offset + e.length;
        for (std::size_t v = first_after; v < words.size() && v < first_after + 2; ++v) {
          const Word& w = words[v];
          if (text.substr(at, w.offset - at).find_first_not_of(" \t\r\n") != std::string_view::npos) break;
          if (text[w.offset] < 'a' || text[w.offset] > 'z' || stop_words().contains(w) || change_words_.contains(w) ||
              in_sentence_period(w) || overlaps_claim(w.offset, w.length) || w.folded == "per" || w.folded == "a" ||
              w.folded == "an") {
            break;
          }
          nouns += (nouns.empty() ? "" : "_") + key_word(w.folded);
          at = w.offset + w.length;
        }
        if (!nouns.empty()) c.metric = c.metric.str() + "/" + nouns;
      }
      // "160,000 yuan per resident", "$1.52 a share": an amount for each of something is a metric of its
      // own, not the total.
      if (!c.metric.empty() && c.role != grammar::Role::change && first_after + 1 < words.size()) {
        const std::string_view per = words[first_after].folded;
        const std::string_view what = words[first_after + 1].folded;
        const bool each = per == "per" ? what != "cent" && what != "annum"
                                       : (per == "a" || per == "an") && (what == "share" || what == "head" || what == "person");
        const std::size_t claim_end_offset = e.offset + e.length;
        if (each && words[first_after].offset >= claim_end_offset &&
            text.substr(claim_end_offset, words[first_after].offset - claim_end_offset).find_first_not_of(" \t\r\n") ==
                std::string_view::npos) {
          c.metric = c.metric.str() + "/per_" + key_word(what);
        }
        // "about $85,800 for each of the country's 340.1 million residents": for each of what the
        // count after it counts, else of the word after "each".
        const std::string_view every = words[first_after + 1].folded;
        if (!each && per == "for" && (every == "each" || every == "every") && words[first_after].offset >= claim_end_offset &&
            text.substr(claim_end_offset, words[first_after].offset - claim_end_offset).find_first_not_of(" \t\r\n") ==
                std::string_view::npos) {
          std::string_view noun = first_after + 2 < words.size() ? words[first_after + 2].folded : std::string_view("each");
          // The count, within the eight words after "for": of its unit, else of the word after it.
          const std::size_t reach = first_after + 8 < words.size() ? words[first_after + 8].offset : s_end;
          if (k + 1 < claim_end && extracted[k + 1].offset < reach) {
            const grammar::ExtractedClaim& count = extracted[k + 1];
            const std::size_t count_end = count.offset + count.length;
            const auto after_count = std::partition_point(words.begin(), words.end(),
                                                          [&](const Word& w) { return w.offset < count_end; });
            if (!count.quantity.unit.empty()) {
              noun = count.quantity.unit;
            } else if (after_count != words.end()) {
              noun = after_count->folded;
            }
          }
          if (noun == "of") noun = "each";
          c.metric = c.metric.str() + "/per_" + key_word(noun);
        }
      }
      claims.push_back(std::move(c));
    }

    const std::size_t sentence_claims = claims.size() - (claim_end - next_claim);

    // "accounting for 19.7 percent of total exports of 25.45 trillion yuan", "14.1% of the U.S. total of
    // $29.18 trillion", "one-fifth of the national total of 43.85 trillion yuan": the amount right after
    // a share's whole is the whole's, not a second figure of the share's metric and subject. It is of
    // the whole's metric when the whole names one, else of the share's; of a subject named in the
    // whole, else of the share's subject when the whole names its metric ("of GDP of"), else of none
    // ("the national total" is of a subject the words do not name).
    for (std::size_t k = sentence_claims + 1; k < claims.size(); ++k) {
      Claim& whole = claims[k];
      const Claim& share = claims[k - 1];
      if (whole.role != grammar::Role::level || share.role != grammar::Role::share || share.share_of.empty()) continue;
      const grammar::ExtractedClaim& e_share = extracted[k - 1 - sentence_claims + next_claim];
      const grammar::ExtractedClaim& e_whole = extracted[k - sentence_claims + next_claim];
      const std::size_t share_end = e_share.phrase_offset + e_share.phrase_length;
      if (share_end > e_whole.phrase_offset) continue;
      const std::string_view between = text.substr(share_end, e_whole.phrase_offset - share_end);
      const std::size_t first = between.find_first_not_of(" \t\n");
      const std::size_t last = between.find_last_not_of(" \t\n");
      if (first == std::string_view::npos || fold_word(between.substr(first, last + 1 - first)) != "of") continue;
      // The whole's words are read apart: the sentence's subjects leave out those inside a claim's phrase.
      const WordList whole_words = split_words(share.share_of);
      std::vector<PhraseMatch> named;
      subjects_.find_all(whole_words, named);
      whole.metric = share.share_of_metric.empty() ? share.metric : share.share_of_metric;
      whole.metric_text = share.share_of;
      if (!named.empty()) {
        whole.subject = *named.front().value;
      } else if (share.share_of_metric.empty()) {
        whole.subject = Interned();
        wholes_of_no_subject.push_back(k);
      } else {
        whole.subject = share.subject;
      }
    }

    // "1.4 million tonnes above the 166.0 million tonnes Conab forecast", "18.2 million pounds more than
    // the 106.8 million pounds Chelsea paid", "2.0% more than the 19.7 million a year earlier": the first
    // amount is the difference from the second, which is stated as it is (the comparison is no hedge).
    // The difference is compared only with differences from the same amount.
    for (std::size_t k = sentence_claims + 1; k < claims.size(); ++k) {
      Claim& compared = claims[k];
      Claim& difference = claims[k - 1];
      const grammar::Qualifier q = compared.quantity.qualifier;
      if (compared.role != grammar::Role::level || (q != grammar::Qualifier::over && q != grammar::Qualifier::under) ||
          (difference.role != grammar::Role::level && difference.role != grammar::Role::change)) {
        continue;
      }
      const grammar::Direction direction = comparison_with_previous(k - sentence_claims + next_claim);
      if (direction == grammar::Direction::none) continue;
      difference.role = grammar::Role::change;
      difference.direction = direction;
      difference.preposition = Preposition::none;
      difference.change_basis = "than " + collapse_whitespace(text.substr(compared.offset, compared.length));
      compared.quantity.qualifier = grammar::Qualifier::exact;
    }

    // "grew at a 2.3 percent annualized rate", "expanded at an annualized 2.8 percent": a rate the
    // change went at is the change.
    for (std::size_t k = sentence_claims; k < claims.size(); ++k) {
      Claim& c = claims[k];
      if (c.role != grammar::Role::level || c.quantity.unit != grammar::percent_unit) continue;
      const grammar::ExtractedClaim& e = extracted[k - sentence_claims + next_claim];
      auto v = static_cast<std::size_t>(std::partition_point(words.begin(), words.end(), [&](const Word& w) {
                                          return w.offset + w.length <= e.phrase_offset;
                                        }) - words.begin());
      while (v > 0 && (words[v - 1].folded == "a" || words[v - 1].folded == "an" || words[v - 1].folded == "annualized" ||
                       words[v - 1].folded == "annualised" || words[v - 1].folded == "annual" ||
                       words[v - 1].folded == "seasonally" || words[v - 1].folded == "adjusted")) {
        --v;
      }
      if (v < 2 || words[v - 1].folded != "at") continue;
      const std::uint32_t number = change_words_.find(words[v - 2]);
      if (number == WordIndex::npos) continue;
      c.role = grammar::Role::change;
      c.direction = change_directions_[number];
      c.preposition = Preposition::none;
    }

    // "exports rose 10.7 percent, and imports 1.1 percent": the second number is a change too, with the
    // verb left out. Only where all that stands between the two is a conjunction ("and", "while",
    // "but", "whereas") or a comma, perhaps "the", "those" or a subject, a metric of the rules that is
    // no percentage, and a trading partner ("and imports from Japan 3.6 percent"). After a percentage
    // ("and its share 57.3 percent", "and the jobless rate 5.1 percent") the number may as well be the
    // level reached, and stays one.
    for (std::size_t k = sentence_claims + 1; k < claims.size(); ++k) {
      Claim& c = claims[k];
      // "up 1.6 percent, or 11.1 million tonnes": the same change in other terms, whatever its unit.
      if (c.role == grammar::Role::level && claims[k - 1].role == grammar::Role::change &&
          c.preposition == Preposition::none) {
        const grammar::ExtractedClaim& e_previous = extracted[k - 1 - sentence_claims + next_claim];
        const grammar::ExtractedClaim& e_this = extracted[k - sentence_claims + next_claim];
        const std::size_t gap_begin = e_previous.phrase_offset + e_previous.phrase_length;
        if (gap_begin <= e_this.phrase_offset) {
          // Only blanks, commas and the word "or" between the two.
          char kept[3] = {0, 0, 0};
          std::size_t kept_count = 0;
          for (const char ch : text.substr(gap_begin, e_this.phrase_offset - gap_begin)) {
            if (ch == ' ' || ch == ',' || ch == '\n' || ch == '\t') continue;
            if (kept_count < 3) kept[kept_count] = static_cast<char>(ch | 0x20);
            ++kept_count;
          }
          if (kept_count == 2 && kept[0] == 'o' && kept[1] == 'r') {
            c.role = grammar::Role::change;
            c.direction = claims[k - 1].direction;
            c.change_basis = claims[k - 1].change_basis;
            continue;
          }
        }
      }
      // The change may have the ends of its move after it: "rose 5.9 percent to $3.58 trillion, and
      // imports 1.1 percent".
      std::size_t change = k - 1;
      while (change > sentence_claims && claims[change].role == grammar::Role::level &&
             claims[change].preposition != Preposition::none) {
        --change;
      }
      const Claim& before = claims[change];
      if (c.role != grammar::Role::level || before.role != grammar::Role::change ||
          c.quantity.unit != grammar::percent_unit || before.quantity.unit != grammar::percent_unit ||
          c.preposition != Preposition::none || c.metric.empty()) {
        continue;
      }
      const std::string_view metric = c.metric;
      if (percent_metrics_.contains(std::string(metric.substr(0, metric.find('/')))) || metric.ends_with("/share")) continue;
      const grammar::ExtractedClaim& e_before = extracted[k - 1 - sentence_claims + next_claim];
      const grammar::ExtractedClaim& e = extracted[k - sentence_claims + next_claim];
      if (is_gapped_clause(text, words, metric_matches, subject_matches, sentence_periods,
                           e_before.phrase_offset + e_before.phrase_length, e.phrase_offset)) {
        c.role = grammar::Role::change;
        c.direction = before.direction;
        if (c.change_basis.empty()) c.change_basis = before.change_basis;
      }
    }

    // Basis words: "rose 0.5 percent from a year earlier", "or 0.7 percent from the previous quarter"
    // (the first after a change and before the next claim), "On a monthly basis, prices rose 0.4
    // percent" (else the last between the claim before and this one). A change of no basis beside one
    // of the same metric with a basis in its sentence ("rose 0.9 percent in December and was up 0.5
    // percent from a year earlier") is of a basis unstated, compared only with changes as unstated.
    {
      const std::size_t first_claim = claims.size() - (claim_end - next_claim);
      for (std::size_t k = first_claim; !basis_matches.empty() && k < claims.size(); ++k) {
        Claim& c = claims[k];
        if (c.role != grammar::Role::change || !c.change_basis.empty()) continue;
        const std::size_t claim_end_offset = c.offset + c.length;
        // "up 12% from $35.1 billion in the previous quarter": the start of the change's move may stand
        // between the change and its basis.
        std::size_t next = k + 1;
        if (next < claims.size() && claims[next].role == grammar::Role::level && is_from(claims[next].preposition)) ++next;
        const std::size_t next_offset = next < claims.size() ? claims[next].offset : s_end;
        const std::size_t previous_offset = k > first_claim ? claims[k - 1].offset + claims[k - 1].length : s_begin;
        const PhraseMatch* chosen = nullptr;
        for (const PhraseMatch& m : basis_matches) {
          if (m.offset >= claim_end_offset && m.offset < next_offset) {
            chosen = &m;
            break;
          }
        }
        if (chosen == nullptr) {
          for (const PhraseMatch& m : basis_matches) {
            if (m.offset >= previous_offset && m.offset + m.length <= c.offset) chosen = &m;
          }
        }
        if (chosen != nullptr) c.change_basis = *chosen->value;
      }
      static const Interned unstated("unstated");
      for (std::size_t k = first_claim; k < claims.size(); ++k) {
        Claim& c = claims[k];
        if (c.role != grammar::Role::change || !c.change_basis.empty()) continue;
        for (std::size_t o = first_claim; o < claims.size(); ++o) {
          const Claim& other = claims[o];
          if (o != k && other.role == grammar::Role::change && other.metric == c.metric &&
              other.quantity.unit == c.quantity.unit && !other.change_basis.empty() && other.change_basis != unstated) {
            c.change_basis = unstated;
            break;
          }
        }
      }
    }

    // "rose 7.1 percent in yuan terms, or 5.9 percent in dollar terms": a change measured in one
    // currency has a basis of its own. A change takes the first "in <currency> terms" after it and
    // before the next claim, else the last before it in the sentence ("In dollar terms, exports rose").
    currency_terms.clear();
    for (const std::size_t t : terms_words) {
      if (t == 0) continue;
      for (std::size_t k = t - 1; k + 4 >= t && k < t; --k) {
        if (words[k].folded != "in") {
          if (k == 0) break;
          continue;
        }
        std::string between;
        for (std::size_t v = k + 1; v < t; ++v) between += (between.empty() ? "" : " ") + std::string(words[v].folded);
        for (const auto& [name, code] : currency_terms_) {
          if (name == between) currency_terms.push_back({words[k].offset, code});
        }
        break;
      }
    }
    if (!currency_terms.empty()) {
      for (std::size_t k = claims.size() - (claim_end - next_claim); k < claims.size(); ++k) {
        Claim& c = claims[k];
        if (c.role != grammar::Role::change) continue;
        const std::size_t next_offset = k + 1 < claims.size() ? claims[k + 1].offset : s_end;
        const CurrencyTerms* chosen = nullptr;
        for (const CurrencyTerms& ct : currency_terms) {
          if (ct.offset > c.offset && ct.offset < next_offset && chosen == nullptr) chosen = &ct;
        }
        if (chosen == nullptr) {
          for (const CurrencyTerms& ct : currency_terms) {
            if (ct.offset < c.offset) chosen = &ct;
          }
        }
        if (chosen == nullptr) continue;
        const std::string basis = c.change_basis.empty() ? std::string("year-on-year") : c.change_basis.str();
        c.change_basis = basis + " in " + std::string(chosen->code);
      }
    }

    // "rose 5 percent to X from Y", "fell to 5.1 percent from 5.3 percent": Y is the value before the
    // move, not of the sentence's period. After a year-on-year change (as changes are unless the text
    // says otherwise) it is the value of the period a year before; after a move stated by its ends
    // alone it is the year before only when the period is whole years ("in December ... from 5.3
    // percent" may be November), and otherwise of no period it states. Y keeps a period of its own
    // ("to X in 2022 from Y in 2021"), which a mention after Y is only if the other end of the move
    // does not have it too: in "rose to X from Y in 2024" both ends took "in 2024", the sentence's.
    bool sentence_has_change = false;
    for (std::size_t k = sentence_claims; k < claims.size(); ++k) {
      const Claim& c = claims[k];
      if (c.role == grammar::Role::change && (c.change_basis.empty() || c.change_basis == "year-on-year")) {
        sentence_has_change = true;
      }
    }
    for (std::size_t k = sentence_claims; k < claims.size(); ++k) {
      Claim& c = claims[k];
      if (!is_from(c.preposition) || !c.period || c.role != grammar::Role::level) continue;
      if (revises) {
        c.period.reset();
        continue;
      }
      // After a change from the previous quarter or month, the start is of the quarter or month before:
      // "up 12% from $35.1 billion in the previous quarter".
      const Claim* own_change = k > sentence_claims && claims[k - 1].role == grammar::Role::change ? &claims[k - 1] : nullptr;
      const int months = c.period->last - c.period->first + 1;
      const bool one_period_before =
          own_change != nullptr && ((own_change->change_basis == quarter_on_quarter && months == 3) ||
                                    (own_change->change_basis == month_on_month && months == 1));
      if (one_period_before) {
        c.period = rules::Period{c.period->first - months, c.period->last - months};
        continue;
      }
      const Claim* other_end = nullptr;  // the move's change or the level it went to
      for (std::size_t o = sentence_claims; o < claims.size(); ++o) {
        const Claim& m = claims[o];
        const bool move = (m.role == grammar::Role::change && sentence_has_change) ||
                          (m.role == grammar::Role::level && m.preposition == Preposition::to);
        if (o != k && move && m.metric == c.metric && (other_end == nullptr || o < k)) other_end = &m;
      }
      if (!sentence_has_change && other_end == nullptr) continue;
      const std::size_t extracted_index = k - sentence_claims + next_claim;
      const bool stated_after = std::find(period_stated_after.begin(), period_stated_after.end(), extracted_index) !=
                                period_stated_after.end();
      if (stated_after && (other_end == nullptr || other_end->period != c.period)) {
        // "climbed to 25.45 trillion yuan in 2024 from 14.14 trillion yuan in 2015, an increase of 80
        // percent": a change over more than a year is since the start, not year-on-year.
        const std::optional<rules::Period> end_period = other_end != nullptr ? other_end->period : std::nullopt;
        if (end_period && end_period->first - c.period->first > 12) {
          const Interned since("since " + c.period->to_string());
          for (std::size_t o = sentence_claims; o < claims.size(); ++o) {
            Claim& change = claims[o];
            if (change.role == grammar::Role::change && change.metric == c.metric &&
                (change.change_basis.empty() || change.change_basis == year_on_year)) {
              change.change_basis = since;
            }
          }
        }
        continue;
      }
      // "grew 6.2 percent, up from 5.4 percent": an earlier figure, of a period the text does not give
      // (the month before, the year before, the last report).
      if (c.preposition == Preposition::up_or_down_from && !stated_after) {
        c.period.reset();
        continue;
      }
      const bool whole_years = c.period->first % 12 == 0 && c.period->last % 12 == 11;
      if (sentence_has_change || whole_years) {
        c.period = rules::Period{c.period->first - 12, c.period->last - 12};
      } else {
        c.period.reset();
      }
    }

    // Context for the sentences that follow in this paragraph.
    if (has_periods) {
      for (std::size_t p = sentence_periods.size(); p-- > 0;) {
        const grammar::PeriodMention& m = sentence_periods[p];
        if (overlaps_claim(m.offset, m.length)) continue;
        // "rose to $918.4 billion in 2024 from $784.9 billion in 2023. Exports were ...": the year a move
        // started is not the next sentence's.
        if (ends_start_of_move(claim_end, m)) continue;
        if (overlaps_basis_words(m.offset, m.length)) continue;
        context.period = resolved[p].period;
        context.period_unresolved = resolved[p].unresolved;
        period_live_from = claim_free.size();
        if (context.period) {
          context.year = context.period->last / 12;
          period_from = claim_free.size();
        }
        break;
      }
    }
    if (!metric_matches.empty()) {
      context.metric = *metric_matches.back().value;
      context.metric_text = text.substr(metric_matches.back().offset, metric_matches.back().length);
      metric_live_from = claim_free.size();
    }
    // The sentence's subject for the sentences after it is that of its last claim, not the last name
    // in it: after "China's exports jumped 12.4 percent ahead of new U.S. tariffs." the imports of the
    // next sentence are China's.
    if (!subject_matches.empty() || !owners.empty()) {
      context.subject = claims.back().subject;
      subject_live_from = claim_free.size();
    }
    next_claim = claim_end;
  }
  // Claims after the last sentence (should not happen with a complete sentence split).
  for (; next_claim < extracted.size(); ++next_claim) {
    claims.push_back(unattributed(extracted[next_claim], document_index));
  }

  // A change of no stated basis beside a change of the same metric and period whose basis the draft
  // states ("The consumer price index rose 0.2% last month ... In the 12 months through September, the
  // CPI increased 2.4%") is of a basis unstated, as within a sentence: for a month or a quarter, which
  // may be compared with the one before. A change over a whole year is year-on-year whatever is stated.
  {
    static const Interned unstated("unstated");
    std::vector<std::size_t> stated;  // changes with a basis of their own
    for (std::size_t k = 0; k < claims.size(); ++k) {
      const Claim& c = claims[k];
      if (c.role == grammar::Role::change && c.period && !c.change_basis.empty() && c.change_basis != unstated) {
        stated.push_back(k);
      }
    }
    for (Claim& c : claims) {
      if (stated.empty()) break;
      if (c.role != grammar::Role::change || !c.period || !c.change_basis.empty()) continue;
      if (c.period->last - c.period->first + 1 > 3) continue;
      for (const std::size_t s : stated) {
        const Claim& other = claims[s];
        if (other.metric == c.metric && other.period == c.period && other.quantity.unit == c.quantity.unit &&
            other.subject == c.subject) {
          c.change_basis = unstated;
          break;
        }
      }
    }
  }

  // Claims with no subject in reach take the document's most named subject.
  std::string default_subject;
  std::size_t best = 0;
  const bool subject_missing =
      std::any_of(claims.begin(), claims.end(), [](const Claim& c) { return c.subject.empty(); });
  if (subject_missing) apply_claim_free_subjects();
  for (const auto& [name, count] : subject_counts) {
    // The first in alphabetical order among the most named.
    if (count > best || (count == best && name < default_subject)) {
      best = count;
      default_subject = name;
    }
  }
  std::size_t known_offset = 0;
  std::size_t known_line = 0;
  std::size_t known_column = 0;
  auto no_subject = wholes_of_no_subject.begin();  // in claim order
  for (std::size_t k = 0; k < claims.size(); ++k) {
    Claim& c = claims[k];
    const bool withheld = no_subject != wholes_of_no_subject.end() && *no_subject == k;
    if (withheld) ++no_subject;
    if (c.subject.empty() && !withheld) c.subject = default_subject;
    // Claims come in text order, so the line and column of each are counted on from the last one's.
    const auto [line, column] = known_line == 0
                                    ? document.line_column(c.offset)
                                    : document.line_column(c.offset, known_offset, known_line, known_column);
    c.line = line;
    c.column = column;
    known_offset = c.offset;
    known_line = line;
    known_column = column;
    const std::string_view claim_text = std::string_view(document.text).substr(c.offset, c.length);
    if (is_collapsed(claim_text)) {
      c.text = claim_text;
    } else {
      c.text = collapse_whitespace(claim_text);
    }
  }
  return claims;
}

}  // namespace claimcheck
