// Reading drafts: offset-preserving cleaning of text, Markdown and HTML, dates, sentences, lines, silencing comments,
// input paths.
#include "checker/document.hpp"

#include "checker/utf8.hpp"
#include "grammar/ascii.hpp"
#include "grammar/byte_search.hpp"
#include "grammar/swar.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t npos = std::string::npos;
constexpr std::size_t max_file_bytes = 256u * 1024u * 1024u;
// Bounds on how far one construct may reach, so that pathological input ("[[[[..." over 50 MB)
// stays linear instead of searching the rest of the file from every bracket.
constexpr std::size_t max_link_reach = 2048;
constexpr std::size_t max_tag_reach = 4096;
constexpr std::size_t max_abbreviation_lookback = 24;
// Attribution compares every claim of a sentence with every word of it, so text with no full stops
// (a list of a million numbers, a file with no punctuation) must not become one huge sentence. Real
// sentences are far shorter; a longer one is cut at the next space and the pieces share a paragraph.
constexpr std::size_t max_sentence_bytes = 2048;

using grammar::ascii_lower;
using grammar::is_ascii_alnum;
using grammar::is_ascii_digit;
using grammar::is_ascii_letter;
using grammar::is_ascii_upper;
bool is_blank(char c) { return c == ' ' || c == '\t'; }
// As a table: sentence splitting asks this of nearly every byte, and a table lookup is always inlined.
constexpr std::array<bool, 256> space_bytes = [] {
  std::array<bool, 256> spaces{};
  for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'}) spaces[static_cast<unsigned char>(c)] = true;
  return spaces;
}();
bool is_space(char c) { return space_bytes[static_cast<unsigned char>(c)]; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

bool istarts_with(std::string_view text, std::size_t pos, std::string_view prefix) {
  return pos <= text.size() && text.size() - pos >= prefix.size() && iequals(text.substr(pos, prefix.size()), prefix);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Replaces [from, to) with spaces but keeps line feeds, so lines stay where they were.
void blank(std::string& text, std::size_t from, std::size_t to) {
  to = std::min(to, text.size());
  for (std::size_t i = from; i < to; ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

std::string encode_utf8(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Makes the bytes safe for every later stage: a BOM, NUL and other control bytes and invalid UTF-8
// become spaces; a lone CR becomes a line feed and the CR of CRLF a space, so that `text` has one
// kind of line end while keeping every offset. On the way it notes where each line starts, which it
// reads from the bytes before it changes them: a line ends at LF, CRLF or a lone CR.
// The bytes sanitize looks at: control bytes (line feeds among them), DEL and the bytes of non-ASCII
// characters.
constexpr std::array<bool, 256> unsafe_bytes = [] {
  std::array<bool, 256> unsafe{};
  for (int c = 0; c < 256; ++c) unsafe[static_cast<std::size_t>(c)] = (c < 0x20 && c != '\t') || c >= 0x7F;
  return unsafe;
}();

void sanitize(std::string& text, std::vector<std::size_t>& line_starts) {
  line_starts.assign(1, 0);
  std::size_t i = 0;
  if (text.starts_with("\xEF\xBB\xBF")) {
    blank(text, 0, 3);
    i = 3;
  }
  char* const bytes = text.data();
  const std::size_t size = text.size();
  while (i < size) {
    // Eight bytes of printable ASCII at a time, most of a draft; from a word that holds other bytes,
    // the first of them (a line feed, a tab, a non-ASCII character) is looked at below.
    if (size - i >= 8) {
      const auto word = swar::load(bytes + i);
      const auto unsafe = swar::any_below(word, 0x20) | swar::any_above(word, 0x7E);
      if (unsafe == 0) {
        i += 8;
        continue;
      }
      i += swar::first_flagged_byte(unsafe);
    }
    if (!unsafe_bytes[static_cast<unsigned char>(bytes[i])]) {  // printable ASCII, tab: kept
      ++i;
      continue;
    }
    const char c = bytes[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        bytes[i] = ' ';
        ++i;
      } else {
        i += length;
      }
      continue;
    }
    if (c == '\x1b') {
      // A terminal escape sequence is no text: "\x1b[2J" (CSI, up to its final byte) and "\x1b]0;title\x07"
      // (OSC, up to BEL or ESC \\), never past the line, are blanked whole, so that "0;title" is not read
      // as a number and a word.
      std::size_t end = i + 1;
      if (end < size && bytes[end] == '[') {
        ++end;
        while (end < size && static_cast<unsigned char>(bytes[end]) >= 0x20 && static_cast<unsigned char>(bytes[end]) <= 0x3F) ++end;
        if (end < size && static_cast<unsigned char>(bytes[end]) >= 0x40 && static_cast<unsigned char>(bytes[end]) <= 0x7E) ++end;
      } else if (end < size && bytes[end] == ']') {
        while (end < size && bytes[end] != '\x07' && bytes[end] != '\n' && bytes[end] != '\x1b') ++end;
        if (end < size && bytes[end] == '\x07') ++end;
        if (end + 1 < size && bytes[end] == '\x1b' && bytes[end + 1] == '\\') end += 2;
      }
      blank(text, i, end);
      i = end;
      continue;
    }
    if (c == '\n') {
      line_starts.push_back(i + 1);
    } else if (c == '\r') {
      const bool crlf = i + 1 < size && bytes[i + 1] == '\n';
      bytes[i] = crlf ? ' ' : '\n';
      if (!crlf) line_starts.push_back(i + 1);
    } else {
      bytes[i] = ' ';
    }
    ++i;
  }
}

std::size_t line_of(const std::vector<std::size_t>& line_starts, std::size_t offset) {
  return static_cast<std::size_t>(std::upper_bound(line_starts.begin(), line_starts.end(), offset) -
                                  line_starts.begin());
}

std::size_t line_end(std::string_view text, std::size_t pos) {
  const std::size_t end = text.find('\n', pos);
  return end == npos ? text.size() : end;
}

// "YYYY-MM-DD" at the start of s (a time may follow, not another digit).
std::optional<std::string> iso_date_prefix(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_ascii_digit(s[k])) return std::nullopt;
  }
  if (s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && is_ascii_digit(s[10])) return std::nullopt;
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::string(s.substr(0, 10));
}

std::optional<std::string> date_value(std::string_view value) {
  value = trim(value);
  if (!value.empty() && (value.front() == '"' || value.front() == '\'')) value.remove_prefix(1);
  return iso_date_prefix(value);
}

// ---------------------------------------------------------------------------------------------
// Silencing comments

// "claimcheck: ignore conflict, scale" -> {"conflict", "scale"}; "claimcheck: ignore" -> {}.
std::optional<std::vector<std::string>> parse_silencing(std::string_view comment) {
  comment = trim(comment);
  if (!istarts_with(comment, 0, "claimcheck:")) return std::nullopt;
  comment = trim(comment.substr(11));
  if (!istarts_with(comment, 0, "ignore")) return std::nullopt;
  comment.remove_prefix(6);
  if (!comment.empty() && !is_space(comment.front()) && comment.front() != ',') return std::nullopt;
  std::vector<std::string> checks;
  std::string current;
  for (const char c : comment) {
    if (is_space(c) || c == ',') {
      if (!current.empty()) checks.push_back(std::exchange(current, {}));
    } else {
      current += ascii_lower(c);
    }
  }
  if (!current.empty()) checks.push_back(current);
  return checks;
}

bool only_blanks(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_space(c); });
}

// A comment silences its own line when it shares it with text, otherwise the line after it.
void record_comment_silencing(Document& doc, std::size_t begin, std::size_t end) {
  const auto checks = parse_silencing(std::string_view(doc.original).substr(begin + 4, end - begin - 7));
  if (!checks) return;
  const std::string_view original = doc.original;
  const std::size_t first_line = line_of(doc.line_starts, begin);
  const std::size_t last_line = line_of(doc.line_starts, end - 1);
  const std::size_t first_line_start = doc.line_starts[first_line - 1];
  const std::size_t last_line_end = line_end(original, end);
  std::size_t silenced = last_line + 1;
  if (!only_blanks(original.substr(first_line_start, begin - first_line_start))) {
    silenced = first_line;
  } else if (!only_blanks(original.substr(end, last_line_end - end))) {
    silenced = last_line;
  }
  doc.suppressions.push_back({silenced, *checks});
}

// ---------------------------------------------------------------------------------------------
// Entities and tags, shared by HTML and Markdown

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// Non-breaking and typographic spaces decode to a plain space: numbers written "3.6&nbsp;trillion"
// must read like "3.6 trillion".
constexpr std::array named_entities{
    NamedEntity{"amp", U'&'},         NamedEntity{"lt", U'<'},          NamedEntity{"gt", U'>'},
    NamedEntity{"quot", U'"'},        NamedEntity{"apos", U'\''},       NamedEntity{"nbsp", U' '},
    NamedEntity{"ensp", U' '},        NamedEntity{"emsp", U' '},        NamedEntity{"thinsp", U' '},
    NamedEntity{"mdash", U'\u2014'},  NamedEntity{"ndash", U'\u2013'},  NamedEntity{"minus", U'\u2212'},
    NamedEntity{"rsquo", U'\u2019'},  NamedEntity{"lsquo", U'\u2018'},  NamedEntity{"ldquo", U'\u201C'},
    NamedEntity{"rdquo", U'\u201D'},  NamedEntity{"laquo", U'\u00AB'},  NamedEntity{"raquo", U'\u00BB'},
    NamedEntity{"euro", U'\u20AC'},   NamedEntity{"pound", U'\u00A3'},  NamedEntity{"yen", U'\u00A5'},
    NamedEntity{"cent", U'\u00A2'},   NamedEntity{"copy", U'\u00A9'},   NamedEntity{"reg", U'\u00AE'},
    NamedEntity{"trade", U'\u2122'},  NamedEntity{"hellip", U'\u2026'}, NamedEntity{"times", U'\u00D7'},
    NamedEntity{"divide", U'\u00F7'}, NamedEntity{"deg", U'\u00B0'},    NamedEntity{"middot", U'\u00B7'},
    NamedEntity{"bull", U'\u2022'},   NamedEntity{"sect", U'\u00A7'},   NamedEntity{"para", U'\u00B6'},
    NamedEntity{"permil", U'\u2030'}, NamedEntity{"frac12", U'\u00BD'}, NamedEntity{"frac14", U'\u00BC'},
    NamedEntity{"frac34", U'\u00BE'},
};

std::optional<char32_t> entity_code_point(std::string_view body) {
  if (body.starts_with('#')) {
    body.remove_prefix(1);
    int base = 10;
    if (!body.empty() && (body.front() == 'x' || body.front() == 'X')) {
      base = 16;
      body.remove_prefix(1);
    }
    if (body.empty() || body.size() > 7) return std::nullopt;
    char32_t value = 0;
    for (const char c : body) {
      int digit = 0;
      if (is_ascii_digit(c)) {
        digit = c - '0';
      } else if (base == 16 && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f') {
        digit = ascii_lower(c) - 'a' + 10;
      } else {
        return std::nullopt;
      }
      value = value * static_cast<char32_t>(base) + static_cast<char32_t>(digit);
    }
    // Control characters would change how lines and sentences are found; surrogates are not text.
    if (value < 0x20 || value == 0x7F || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
      return std::nullopt;
    }
    return value == 0xA0 ? U' ' : value;
  }
  for (const auto& entity : named_entities) {
    if (entity.name == body) return entity.code_point;
  }
  return std::nullopt;
}

// Decodes the entity at text[i] == '&' in place, padding with spaces; returns the bytes it spans, or 0
// when there is no entity there or its UTF-8 would not fit in the entity's own bytes.
std::size_t decode_entity(std::string& text, std::size_t i) {
  std::size_t k = i + 1;
  while (k < text.size() && k - i <= 10 && (is_ascii_alnum(text[k]) || (k == i + 1 && text[k] == '#'))) ++k;
  if (k >= text.size() || text[k] != ';' || k == i + 1) return 0;
  const auto code_point = entity_code_point(std::string_view(text).substr(i + 1, k - i - 1));
  if (!code_point) return 0;
  const std::string bytes = encode_utf8(*code_point);
  const std::size_t span = k + 1 - i;
  if (bytes.size() > span) return 0;
  text.replace(i, bytes.size(), bytes);
  blank(text, i + bytes.size(), i + span);
  return span;
}

bool is_block_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 27> block_tags{
      "p",      "div",    "br",         "li",    "h1",    "h2",    "h3",         "h4",      "h5",
      "h6",     "tr",     "td",         "th",    "table", "ul",    "ol",         "section", "article",
      "header", "footer", "blockquote", "title", "main",  "aside", "figcaption", "dd",      "dt"};
  return std::any_of(block_tags.begin(), block_tags.end(), [&](std::string_view tag) { return iequals(tag, name); });
}

// The tag name of "<p class=x>" or "</P>", lower-cased; empty when this is not a tag.
std::string tag_name(std::string_view tag) {
  std::size_t k = 1;
  if (k < tag.size() && tag[k] == '/') ++k;
  std::string name;
  while (k < tag.size() && (is_ascii_alnum(tag[k]) || tag[k] == '-' || tag[k] == ':')) name += ascii_lower(tag[k++]);
  return name;
}

// Blanks a tag; a block-level tag leaves line breaks so that sentences and paragraphs split there
// (two, a blank line, except for <br>).
void blank_tag(std::string& text, std::size_t begin, std::size_t end, std::string_view name) {
  blank(text, begin, end);
  if (!is_block_tag(name)) return;
  text[begin] = '\n';
  if (name != "br" && end - begin >= 2) text[begin + 1] = '\n';
}

// The value of attribute `name` in a tag's text ("<meta name=\"date\" content=\"2025-07-11\">").
std::optional<std::string_view> attribute(std::string_view tag, std::string_view name) {
  for (std::size_t k = 1; k + name.size() < tag.size(); ++k) {
    if (!is_space(tag[k - 1]) || !istarts_with(tag, k, name)) continue;
    std::size_t v = k + name.size();
    while (v < tag.size() && is_blank(tag[v])) ++v;
    if (v >= tag.size() || tag[v] != '=') continue;
    ++v;
    while (v < tag.size() && is_blank(tag[v])) ++v;
    if (v >= tag.size()) return std::nullopt;
    if (tag[v] == '"' || tag[v] == '\'') {
      const std::size_t close = tag.find(tag[v], v + 1);
      if (close == npos) return std::nullopt;
      return tag.substr(v + 1, close - v - 1);
    }
    std::size_t close = v;
    while (close < tag.size() && !is_space(tag[close]) && tag[close] != '>') ++close;
    return tag.substr(v, close - v);
  }
  return std::nullopt;
}

void read_html_date(std::string_view tag, std::string_view name, std::optional<std::string>& meta_date,
                    std::optional<std::string>& time_date) {
  if (name == "meta" && !meta_date) {
    const auto key = attribute(tag, "name") ? attribute(tag, "name") : attribute(tag, "property");
    if (key && (iequals(*key, "date") || iequals(*key, "dc.date") || iequals(*key, "article:published_time") ||
                iequals(*key, "pubdate"))) {
      if (const auto content = attribute(tag, "content")) meta_date = date_value(*content);
    }
  } else if (name == "time" && !time_date) {
    if (const auto datetime = attribute(tag, "datetime")) time_date = date_value(*datetime);
  }
}

// Finds "</name" case-insensitively from pos; npos when absent.
std::size_t find_closing_tag(std::string_view text, std::size_t pos, std::string_view name) {
  for (std::size_t k = text.find("</", pos); k != npos; k = text.find("</", k + 2)) {
    if (istarts_with(text, k + 2, name)) return k;
  }
  return npos;
}

// ---------------------------------------------------------------------------------------------
// HTML

void clean_html(Document& doc) {
  std::string& text = doc.text;
  std::optional<std::string> meta_date, time_date;
  std::size_t next_close_bracket = 0;  // cached: the next '>' at or after the current tag
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '&') {
      if (const std::size_t span = decode_entity(text, i)) i += span - 1;
      continue;
    }
    if (c != '<' || i + 1 >= text.size()) continue;
    if (text.compare(i, 4, "<!--") == 0) {
      const std::size_t close = text.find("-->", i + 4);
      const std::size_t end = close == npos ? text.size() : close + 3;
      if (close != npos) record_comment_silencing(doc, i, end);
      blank(text, i, end);
      i = end - 1;
      continue;
    }
    const char after = text[i + 1];
    if (!is_ascii_letter(after) && after != '/' && after != '!' && after != '?') continue;
    if (next_close_bracket != npos && next_close_bracket <= i) next_close_bracket = text.find('>', i);
    if (next_close_bracket == npos) break;  // no tag can end anywhere after here
    const std::size_t end = next_close_bracket + 1;
    const std::string name = tag_name(std::string_view(text).substr(i, end - i));
    read_html_date(std::string_view(text).substr(i, end - i), name, meta_date, time_date);
    const bool opens_raw_text = (name == "script" || name == "style") && after != '/';
    if (opens_raw_text) {
      const std::size_t closing = find_closing_tag(text, end, name);
      const std::size_t closing_end = closing == npos ? npos : text.find('>', closing);
      const std::size_t raw_end = closing_end == npos ? text.size() : closing_end + 1;
      blank(text, i, raw_end);
      i = raw_end - 1;
      continue;
    }
    blank_tag(text, i, end, name);
    i = end - 1;
  }
  doc.date = meta_date ? meta_date : time_date;
}

// ---------------------------------------------------------------------------------------------
// Markdown

// How a line starts a block, for sentence and paragraph splitting once its markers are blanked. A
// hidden line held only markup (a comment, an image): blanked, it must not read as a blank line.
enum class LineKind : unsigned char { prose, block, heading, hidden };

struct LineMark {
  std::size_t offset;  // first byte of the line
  LineKind kind;
};

bool is_thematic_break(std::string_view line) {
  line = trim(line);
  if (line.size() < 3) return false;
  const char mark = line.front();
  if (mark != '-' && mark != '*' && mark != '_') return false;
  std::size_t count = 0;
  for (const char c : line) {
    if (c == mark) {
      ++count;
    } else if (!is_blank(c)) {
      return false;
    }
  }
  return count >= 3;
}

bool is_table_delimiter_row(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.find('-') == npos) return false;
  return std::all_of(line.begin(), line.end(), [](char c) { return c == '|' || c == '-' || c == ':' || is_blank(c); });
}

bool is_setext_underline(std::string_view line) {
  line = trim(line);
  if (line.size() < 2) return false;
  return std::all_of(line.begin(), line.end(), [&](char c) { return c == line.front(); }) &&
         (line.front() == '=' || line.front() == '-');
}

// Length of a fence ("```", "~~~~") at the start of a line after up to three spaces; 0 when none.
std::pair<char, std::size_t> fence_at(std::string_view line) {
  std::size_t k = 0;
  while (k < line.size() && k < 3 && line[k] == ' ') ++k;
  if (k >= line.size() || (line[k] != '`' && line[k] != '~')) return {0, 0};
  const char mark = line[k];
  std::size_t run = 0;
  while (k + run < line.size() && line[k + run] == mark) ++run;
  if (run < 3) return {0, 0};
  return {mark, run};
}

class MarkdownCleaner {
 public:
  explicit MarkdownCleaner(Document& doc) : doc_(doc), text_(doc.text) {}

  std::vector<LineMark> run() {
    std::size_t pos = skip_front_matter();
    char fence_mark = 0;
    std::size_t fence_length = 0;
    std::size_t previous_line_start = npos;
    bool previous_line_blank = true;
    while (pos < text_.size()) {
      std::size_t end = line_end(text_, pos);
      const std::string_view line = std::string_view(text_).substr(pos, end - pos);
      const auto [mark, run] = fence_at(line);
      if (fence_mark != 0) {
        if (mark == fence_mark && run >= fence_length && only_blanks(line.substr(line.find(mark) + run))) {
          fence_mark = 0;
        }
        blank(text_, pos, end);
      } else if (mark != 0 && (mark == '~' || line.find('`', line.find(mark) + run) == npos)) {
        fence_mark = mark;
        fence_length = run;
        blank(text_, pos, end);
      } else if (is_setext_underline(line) && !previous_line_blank) {
        blank(text_, pos, end);
        mark_line(previous_line_start, LineKind::heading);
      } else if (is_thematic_break(line)) {
        blank(text_, pos, end);
      } else {
        const std::size_t content = block_prefix(pos, end);
        end = inline_markup(content, end);
        mark_hidden_lines(pos, end);
      }
      const std::string_view cleaned = std::string_view(text_).substr(pos, end - pos);
      previous_line_blank = only_blanks(cleaned);
      previous_line_start = pos;
      pos = end + 1;
    }
    return std::move(marks_);
  }

 private:
  std::size_t skip_front_matter() {
    std::size_t start = 0;
    while (start < text_.size() && start < 3 && text_[start] == ' ') ++start;  // a blanked BOM
    if (text_.compare(start, 3, "---") != 0 ||
        !only_blanks(std::string_view(text_).substr(start + 3, line_end(text_, start) - start - 3))) {
      return 0;
    }
    std::size_t pos = line_end(text_, start) + 1;
    while (pos < text_.size()) {
      const std::size_t end = line_end(text_, pos);
      const std::string_view line = std::string_view(text_).substr(pos, end - pos);
      const std::string_view content = trim(line);
      if (content == "---" || content == "...") {
        blank(text_, 0, end);
        return end + 1;
      }
      if (line.starts_with("date:") && !doc_.date) doc_.date = date_value(line.substr(5));
      pos = end + 1;
    }
    doc_.date.reset();  // an unterminated "---" block is not front matter
    return 0;
  }

  // True when the line before the one at `pos` has text and is not itself a list item or heading.
  bool previous_line_is_prose(std::size_t pos) const {
    if (pos == 0 || pos == npos) return false;
    std::size_t end = pos - 1;  // the previous line's line end
    std::size_t start = end;
    while (start > 0 && text_[start - 1] != '\n' && text_[start - 1] != '\r') --start;
    bool has_text = false;
    for (std::size_t p = start; p < end; ++p) has_text = has_text || !is_blank(text_[p]);
    if (!has_text) return false;
    for (auto it = marks_.rbegin(); it != marks_.rend() && it->offset >= start; ++it) {
      if (it->offset == start && it->kind != LineKind::prose) return false;
    }
    return true;
  }

  void mark_line(std::size_t offset, LineKind kind) {
    if (offset == npos) return;
    if (!marks_.empty() && marks_.back().offset == offset) {
      marks_.back().kind = kind;
    } else {
      marks_.push_back({offset, kind});
    }
  }

  void mark_hidden_lines(std::size_t pos, std::size_t end) {
    const std::string_view original = std::string_view(doc_.original).substr(pos, end - pos);
    if (only_blanks(original) || !only_blanks(std::string_view(text_).substr(pos, end - pos))) return;
    mark_line(pos, LineKind::hidden);
    for (std::size_t k = text_.find('\n', pos); k < end; k = text_.find('\n', k + 1)) {
      mark_line(k + 1, LineKind::hidden);
    }
  }

  // Blanks quote markers, heading hashes, list bullets, table pipes and link definitions at the start
  // of a line; returns where the line's inline content starts.
  std::size_t block_prefix(std::size_t pos, std::size_t end) {
    std::size_t k = pos;
    const auto skip_blanks = [&] {
      while (k < end && is_blank(text_[k])) ++k;
    };
    skip_blanks();
    while (k < end && text_[k] == '>') {
      text_[k++] = ' ';
      skip_blanks();
    }
    const std::string_view rest = std::string_view(text_).substr(k, end - k);
    if (rest.starts_with('#')) {
      std::size_t hashes = 0;
      while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
      if (hashes <= 6 && (hashes == rest.size() || is_blank(rest[hashes]))) {
        blank(text_, k, k + hashes);
        blank_closing_hashes(k + hashes, end);
        mark_line(pos, LineKind::heading);
        return k + hashes;
      }
    }
    if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && is_blank(rest[1])) {
      text_[k] = ' ';
      mark_line(pos, LineKind::block);
      return k + 1;
    }
    std::size_t digits = 0;
    while (digits < rest.size() && digits < 9 && is_ascii_digit(rest[digits])) ++digits;
    // As in CommonMark, a numbered item interrupts a paragraph only when it is "1.": a wrapped line
    // that starts "2020. Exports..." goes on with its sentence.
    if (digits > 0 && digits + 1 < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
        is_blank(rest[digits + 1]) && (rest.substr(0, digits) == "1" || !previous_line_is_prose(pos))) {
      blank(text_, k, k + digits + 1);
      mark_line(pos, LineKind::block);
      return k + digits + 1;
    }
    if (rest.starts_with('|')) {
      if (is_table_delimiter_row(rest)) {
        blank(text_, k, end);
        return end;
      }
      for (std::size_t p = k; p < end; ++p) {
        if (text_[p] == '|' && (p == 0 || text_[p - 1] != '\\')) text_[p] = ' ';
      }
      mark_line(pos, LineKind::block);
      return k;
    }
    if (rest.starts_with('[')) {
      const std::size_t close = rest.find("]:");
      if (close != npos && rest.find(']') == close) {
        blank(text_, k, end);
        return end;
      }
    }
    return k;
  }

  void blank_closing_hashes(std::size_t from, std::size_t end) {
    std::size_t e = end;
    while (e > from && is_blank(text_[e - 1])) --e;
    std::size_t h = e;
    while (h > from && text_[h - 1] == '#') --h;
    if (h < e && h > from && is_blank(text_[h - 1])) blank(text_, h, e);
  }

  // Inline markup from i to the line end; returns the end of the last line touched (an HTML comment
  // may run over several lines).
  std::size_t inline_markup(std::size_t i, std::size_t end) {
    while (i < end) {
      i = skip_prose(i, end);
      if (i == end) break;
      const char c = text_[i];
      if (c == '\\' && i + 1 < end && std::strchr("\\`*_{}[]()#+-.!|<>~&\"'", text_[i + 1]) != nullptr) {
        text_[i] = ' ';
        i += 2;
      } else if (c == '`') {
        i = code_span(i, end);
      } else if (c == '<' && text_.compare(i, 4, "<!--") == 0) {
        const std::size_t close = text_.find("-->", i + 4);
        const std::size_t comment_end = close == npos ? text_.size() : close + 3;
        if (close != npos) record_comment_silencing(doc_, i, comment_end);
        blank(text_, i, comment_end);
        i = comment_end;
        if (comment_end > end) end = line_end(text_, comment_end);
      } else if (c == '<') {
        i = inline_tag(i, end);
      } else if (c == '&') {
        const std::size_t span = decode_entity(text_, i);
        i += span == 0 ? 1 : span;
      } else if (c == '!' && i + 1 < end && text_[i + 1] == '[') {
        i = link(i + 1, end, true);
      } else if (c == '[') {
        i = link(i, end, false);
      } else if (c == '*' || c == '_' || c == '~') {
        i = emphasis(i, end);
      } else {
        ++i;
      }
    }
    return end;
  }

  // The first byte from i on that may start inline markup (see inline_markup), or end: most bytes
  // are prose.
  std::size_t skip_prose(std::size_t i, std::size_t end) const {
    return byte_search::first_of<'\\', '`', '<', '&', '!', '[', '*', '_', '~'>(text_, i, end);
  }

  // The next c at or after `from`, cached: a draft of 50 MB of "[[[[" must not search the rest of the
  // file from every bracket. A cached position blanked since is looked up again.
  std::size_t next_of(char c, std::size_t from, std::size_t& cache) {
    if (cache == npos) return npos;
    if (cache < from || text_[cache] != c) cache = text_.find(c, from);
    return cache;
  }

  std::size_t code_span(std::size_t i, std::size_t end) {
    std::size_t run = 0;
    while (i + run < end && text_[i + run] == '`') ++run;
    std::size_t k = i + run;
    // Only a few backtick runs are looked at: a code span longer than that is left as text.
    for (int runs_seen = 0; runs_seen < 16; ++runs_seen) {
      k = text_.find('`', k);
      if (k == npos || k >= end) break;
      std::size_t close_run = 0;
      while (k + close_run < end && text_[k + close_run] == '`') ++close_run;
      if (close_run == run) {
        blank(text_, i, i + run);
        blank(text_, k, k + run);
        return k + run;
      }
      k += close_run;
    }
    return i + run;
  }

  std::size_t inline_tag(std::size_t i, std::size_t end) {
    if (i + 1 >= end || !(is_ascii_letter(text_[i + 1]) || text_[i + 1] == '/')) return i + 1;
    const std::size_t close = next_of('>', i, next_angle_);
    if (close == npos || close >= std::min(end, i + max_tag_reach)) return i + 1;
    const std::string_view inside = std::string_view(text_).substr(i, close + 1 - i);
    const bool autolink = inside.find("://") != npos || (inside.find('@') != npos && inside.find(' ') == npos);
    const std::string name = tag_name(inside);
    if (!autolink && name.empty()) return i + 1;
    blank_tag(text_, i, close + 1, autolink ? std::string() : name);
    return close + 1;
  }

  // [text](url), [text][ref] and images ![alt](url): link text stays, the rest is blanked; an image
  // is blanked whole because its alt text is not part of the prose.
  std::size_t link(std::size_t open, std::size_t end, bool image) {
    const std::size_t close = next_of(']', open, next_square_);
    if (close == npos || close + 1 >= end || close - open > max_link_reach) return open + 1;
    std::size_t target_end = npos;
    if (text_[close + 1] == '(') {
      const std::size_t paren = next_of(')', close + 1, next_paren_);
      if (paren != npos && paren < end && paren - close <= max_link_reach) target_end = paren + 1;
    } else if (text_[close + 1] == '[') {
      const std::size_t square = next_of(']', close + 2, next_square_);
      if (square != npos && square < end && square - close <= max_link_reach) target_end = square + 1;
    }
    if (target_end == npos) return open + 1;
    if (image) {
      blank(text_, open - 1, target_end);
      return target_end;
    }
    text_[open] = ' ';
    blank(text_, close, target_end);
    return open + 1;  // the link text may hold emphasis of its own
  }

  // Emphasis runs (*, _, ~~) are blanked unless they are text: "3 * 4", snake_case, "~5".
  std::size_t emphasis(std::size_t i, std::size_t end) {
    const char mark = text_[i];
    std::size_t run = 0;
    while (i + run < end && text_[i + run] == mark) ++run;
    const char before = i > 0 ? text_[i - 1] : ' ';
    const char after = i + run < end ? text_[i + run] : ' ';
    bool markup = true;
    if (mark == '*') markup = !(is_space(before) && is_space(after));
    if (mark == '_') markup = !(is_ascii_alnum(before) && is_ascii_alnum(after));
    if (mark == '~') markup = run == 2;
    if (markup) blank(text_, i, i + run);
    return i + run;
  }

  Document& doc_;
  std::string& text_;
  std::vector<LineMark> marks_;
  std::size_t next_square_ = 0;
  std::size_t next_paren_ = 0;
  std::size_t next_angle_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Plain text

// "# claimcheck: ignore conflict" or "// claimcheck: ignore conflict" alone on a line silences the
// next line; the comment itself is not prose.
std::vector<std::size_t> read_text_silencing(Document& doc) {
  std::vector<std::size_t> comment_lines;
  std::string& text = doc.text;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = line_end(text, pos);
    std::string_view content = trim(std::string_view(text).substr(pos, end - pos));
    if (content.starts_with('#') || content.starts_with("//")) {
      content.remove_prefix(content.starts_with('#') ? 1 : 2);
      if (const auto checks = parse_silencing(content)) {
        doc.suppressions.push_back({line_of(doc.line_starts, pos) + 1, *checks});
        blank(text, pos, end);
        comment_lines.push_back(pos);
      }
    }
    pos = end + 1;
  }
  return comment_lines;
}

// A first non-empty line " date 2025-07-11" gives the document's date; the line is metadata, not prose.
void read_date_line(Document& doc) {
  std::string& text = doc.text;
  std::size_t pos = 0;
  while (pos < text.size() && is_space(text[pos])) ++pos;
  const std::size_t start = pos;
  if (!istarts_with(text, pos, "date")) return;
  pos += 4;
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (pos >= text.size() || !is_blank(text[pos])) return;
  while (pos < text.size() && is_blank(text[pos])) ++pos;
  const auto date = iso_date_prefix(std::string_view(text).substr(pos));
  const std::size_t end = line_end(text, start);
  if (!date || !only_blanks(std::string_view(text).substr(pos + 10, end - pos - 10))) return;
  doc.date = date;
  blank(text, start, end);
}

// ---------------------------------------------------------------------------------------------
// Sentences

bool is_terminal(char c) { return c == '.' || c == '!' || c == '?'; }

// The first byte in [from, limit) that can end a sentence or its paragraph, inside a sentence not yet
// long enough to be cut at a space: a line end or terminal punctuation. limit when there is none
// (from when it is past limit already).
std::size_t next_sentence_event(std::string_view text, std::size_t from, std::size_t limit) {
  return byte_search::first_of<'\n', '\r', '.', '!', '?'>(text, from, limit);
}

// Whether the bytes of `mark` stand at text[i], for i at most text.size(): a comparison of a few bytes
// where a substring would be checked and made first.
bool mark_at(std::string_view text, std::size_t i, std::string_view mark) {
  return text.size() - i >= mark.size() && std::memcmp(text.data() + i, mark.data(), mark.size()) == 0;
}

// Length of a closing quote or bracket at text[i] (", ', ), ], ” ’ »), 0 when none.
std::size_t closing_mark_length(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (mark_at(text, i, "\xE2\x80\x9D") || mark_at(text, i, "\xE2\x80\x99")) return 3;
  if (mark_at(text, i, "\xC2\xBB")) return 2;
  return 0;
}

// Whether text[i] starts a capitalised word, allowing an opening quote before it.
bool starts_capitalised(std::string_view text, std::size_t i) {
  if (i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == '(')) ++i;
  if (mark_at(text, i, "\xE2\x80\x9C") || mark_at(text, i, "\xE2\x80\x98")) i += 3;
  return i < text.size() && is_ascii_upper(text[i]);
}

enum class Abbreviation { none, title, other };

// A word of up to eight bytes, lower-cased and packed into one number, so that looking it up among
// the abbreviations compares numbers rather than strings; 0 for a longer word, which is none of them.
constexpr std::uint64_t abbreviation_key(std::string_view word) {
  if (word.size() > 8) return 0;
  std::uint64_t key = 0;
  for (const char c : word) key = key << 8 | static_cast<unsigned char>(is_ascii_upper(c) ? c - 'A' + 'a' : c);
  return key;
}

// No abbreviation below is longer (abbreviation_keys checks this).
constexpr std::size_t longest_abbreviation = 6;

template <std::size_t N>
constexpr std::array<std::uint64_t, N> abbreviation_keys(const std::string_view (&words)[N]) {
  std::array<std::uint64_t, N> keys{};
  for (std::size_t k = 0; k < N; ++k) {
    if (words[k].size() > longest_abbreviation) throw "an abbreviation longer than longest_abbreviation is never found";
    keys[k] = abbreviation_key(words[k]);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

constexpr auto title_keys =
    abbreviation_keys({"mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "jr", "sr"});
constexpr auto other_keys =
    abbreviation_keys({"u.s",  "u.k", "u.n",    "e.u", "e.g",  "i.e", "etc", "vs",  "no",  "nos", "inc",  "co",
                       "corp", "ltd", "jan",    "feb", "mar",  "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov",  "dec", "approx", "est", "dept", "a.m", "p.m", "fig", "vol", "pp",  "cf",   "al"});

// The bytes of a word read back from a full stop: letters, and full stops inside it.
enum : unsigned char { not_in_word, letter, inner_stop };
constexpr std::array<unsigned char, 256> word_bytes = [] {
  std::array<unsigned char, 256> kinds{};
  for (char c = 'a'; c <= 'z'; ++c) {
    kinds[static_cast<unsigned char>(c)] = letter;
    kinds[static_cast<unsigned char>(c - 'a' + 'A')] = letter;
  }
  kinds['.'] = inner_stop;
  return kinds;
}();

// The word ending just before the full stop at `dot`: "Mr" is a title (a name always follows), "U.S",
// "e.g" and "Oct" are other abbreviations.
Abbreviation abbreviation_before(std::string_view text, std::size_t dot) {
  // The word is read back once, and packed into its abbreviation_key on the way while it is short
  // enough to be an abbreviation: the key of a word holds its last byte lowest, and setting 0x20
  // lower-cases a letter and keeps a full stop.
  const std::size_t lookback_end = dot > max_abbreviation_lookback ? dot - max_abbreviation_lookback : 0;
  std::size_t begin = dot;
  unsigned kinds = 0;
  std::uint64_t key = 0;
  while (begin > lookback_end) {
    const auto c = static_cast<unsigned char>(text[begin - 1]);
    const unsigned kind = word_bytes[c];
    if (kind == not_in_word) break;
    kinds |= kind;
    const std::size_t from_end = dot - begin;
    if (from_end < longest_abbreviation) key |= static_cast<std::uint64_t>(c | 0x20) << (8 * from_end);
    --begin;
  }
  if (begin == dot) return Abbreviation::none;
  if (begin > 0 && (is_ascii_alnum(text[begin - 1]) || text[begin - 1] == '@')) return Abbreviation::none;
  const bool dotted = (kinds & inner_stop) != 0;
  // Most words before a full stop are longer than every abbreviation, and are none of them.
  if (dot - begin > longest_abbreviation) key = 0;
  if (key != 0 && std::binary_search(title_keys.begin(), title_keys.end(), key)) return Abbreviation::title;
  if (dot - begin == 1 && is_ascii_upper(text[begin])) return Abbreviation::title;  // an initial: "J. Smith"
  if (dotted || (key != 0 && std::binary_search(other_keys.begin(), other_keys.end(), key))) {
    return Abbreviation::other;
  }
  return Abbreviation::none;
}

// If a sentence ends with the terminal punctuation at i, returns the end of the sentence (closing
// quotes included); otherwise npos. `resume` is set to where scanning continues either way.
std::size_t sentence_end_at(std::string_view text, std::size_t i, std::size_t& resume) {
  const char c = text[i];
  std::size_t e = i;
  while (e < text.size() && is_terminal(text[e])) ++e;
  resume = e;
  if (c == '.' && e == i + 1 && e < text.size() && is_ascii_digit(text[e])) return npos;  // 3.6
  while (e < text.size()) {
    const std::size_t length = closing_mark_length(text, e);
    if (length == 0) break;
    e += length;
  }
  if (e == text.size()) return e;
  const bool single_dot = c == '.' && resume == i + 1;
  if (is_space(text[e])) {
    if (!single_dot) return e;
    const Abbreviation abbreviation = abbreviation_before(text, i);
    if (abbreviation == Abbreviation::none) return e;
    if (abbreviation == Abbreviation::title) return npos;
    // Look past one line break: "455 billion U.S.\ndollars" wraps inside its sentence.
    std::size_t next = e;
    while (next < text.size() && is_blank(text[next])) ++next;
    if (next < text.size() && text[next] == '\r') ++next;
    if (next < text.size() && text[next] == '\n') ++next;
    while (next < text.size() && is_blank(text[next])) ++next;
    return starts_capitalised(text, next) || next == text.size() || text[next] == '\n' || text[next] == '\r' ? e : npos;
  }
  // No space after the stop: a new sentence only when a capital follows directly ("chain.In"),
  // never inside initials ("U.S.") or addresses ("globaltimes.com.cn").
  if (!starts_capitalised(text, e)) return npos;
  if (single_dot && abbreviation_before(text, i) != Abbreviation::none) return npos;
  if (single_dot && i >= 1 && is_ascii_letter(text[i - 1]) && (i < 2 || !is_ascii_letter(text[i - 2]))) return npos;
  return e;
}

bool ends_with_terminal_punctuation(std::string_view text, std::size_t line_end_pos) {
  std::size_t e = line_end_pos;
  while (e > 0 && is_space(text[e - 1])) --e;
  while (e > 0) {
    const char c = text[e - 1];
    if (c == '"' || c == '\'' || c == ')') {
      --e;
    } else if (e >= 3 && (mark_at(text, e - 3, "\xE2\x80\x9D") || mark_at(text, e - 3, "\xE2\x80\x99"))) {
      e -= 3;
    } else {
      break;
    }
  }
  return e > 0 && (is_terminal(text[e - 1]) || text[e - 1] == ':' || text[e - 1] == ';');
}

// How a raw line of text starts: "# Heading", "- item", "* item", "• item", "1. item".
LineKind classify_raw_line(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_blank(text[pos])) ++pos;
  const std::string_view rest = text.substr(pos, 12);
  if (rest.starts_with('#')) {
    std::size_t hashes = 0;
    while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
    if (hashes <= 6 && hashes < rest.size() && is_blank(rest[hashes])) return LineKind::heading;
  }
  if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && is_blank(rest[1])) {
    return LineKind::block;
  }
  if (rest.starts_with("\xE2\x80\xA2")) return LineKind::block;
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 3 && is_ascii_digit(rest[digits])) ++digits;
  if (digits > 0 && digits + 1 < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
      is_blank(rest[digits + 1])) {
    return LineKind::block;
  }
  return LineKind::prose;
}

template <typename KindOfLine>
std::vector<Sentence> split_into_sentences(std::string_view text, KindOfLine kind_of_line) {
  std::vector<Sentence> sentences;
  std::size_t paragraph = 0;
  bool paragraph_used = false;
  std::size_t start = npos;
  const auto close_sentence = [&](std::size_t end) {
    if (start == npos) return;
    while (end > start && is_space(text[end - 1])) --end;
    if (end > start) {
      sentences.push_back({start, end - start, paragraph});
      paragraph_used = true;
    }
    start = npos;
  };
  const auto close_paragraph = [&](std::size_t end) {
    close_sentence(end);
    if (paragraph_used) {
      ++paragraph;
      paragraph_used = false;
    }
  };
  LineKind current_line = kind_of_line(0);
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (start != npos && i - start >= max_sentence_bytes && is_space(c)) close_sentence(i);
    if (c == '\n' || c == '\r') {
      std::size_t j = i;
      std::size_t line_ends = 0;
      std::size_t next_line_start = npos;
      while (j < text.size() && is_space(text[j])) {
        if (text[j] == '\n' || (text[j] == '\r' && (j + 1 == text.size() || text[j + 1] != '\n'))) {
          if (next_line_start == npos || kind_of_line(next_line_start) != LineKind::hidden) ++line_ends;
          next_line_start = j + 1;
        }
        ++j;
      }
      if (line_ends >= 2 || j == text.size()) {
        close_paragraph(i);
        current_line = kind_of_line(next_line_start);
      } else {
        const LineKind next_line = kind_of_line(next_line_start);
        if (current_line == LineKind::heading || next_line == LineKind::heading) {
          close_paragraph(i);
        } else if (next_line == LineKind::block) {
          if (ends_with_terminal_punctuation(text, i)) {
            close_sentence(i);
          } else {
            close_paragraph(i);
          }
        }
        current_line = next_line;
      }
      i = j;
      continue;
    }
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (start == npos) start = i;
    if (!is_terminal(c)) {
      // Up to the length at which a sentence is cut at a space, no other byte changes anything above.
      i = next_sentence_event(text, i + 1, std::min(text.size(), start + max_sentence_bytes));
      continue;
    }
    std::size_t resume = i + 1;
    const std::size_t end = sentence_end_at(text, i, resume);
    if (end != npos) {
      close_sentence(end);
      i = end;
    } else {
      i = resume;
    }
  }
  close_paragraph(text.size());
  return sentences;
}

// Reads whole from a descriptor; fails on a read error or when more than the limit arrives.
bool read_all(int fd, std::string& bytes, std::string& error) {
  std::array<char, 1 << 16> buffer;  // not zeroed: read() fills what is used
  for (;;) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      return false;
    }
    if (got == 0) return true;
    if (bytes.size() + static_cast<std::size_t>(got) > max_file_bytes) {
      error = "file is larger than 256 MB; split it into smaller drafts";
      return false;
    }
    bytes.append(buffer.data(), static_cast<std::size_t>(got));
  }
}

// ---------------------------------------------------------------------------------------------
// Paths

// Glob match where "*" and "?" stay within one path segment and "**" crosses segments.
bool glob_match(std::string_view pattern, std::string_view path) {
  while (!pattern.empty()) {
    if (pattern.starts_with("**")) {
      pattern.remove_prefix(2);
      if (pattern.starts_with('/')) {
        const std::string_view rest = pattern.substr(1);
        if (glob_match(rest, path)) return true;
        for (std::size_t k = 0; k < path.size(); ++k) {
          if (path[k] == '/' && glob_match(rest, path.substr(k + 1))) return true;
        }
        return false;
      }
      for (std::size_t k = 0; k <= path.size(); ++k) {
        if (glob_match(pattern, path.substr(k))) return true;
      }
      return false;
    }
    if (pattern.front() == '*') {
      pattern.remove_prefix(1);
      for (std::size_t k = 0; k <= path.size(); ++k) {
        if (glob_match(pattern, path.substr(k))) return true;
        if (k < path.size() && path[k] == '/') break;
      }
      return false;
    }
    if (path.empty()) return false;
    if (pattern.front() == '?' ? path.front() == '/' : pattern.front() != path.front()) return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
  }
  return path.empty();
}

std::string without_dot_slash(std::string path) {
  while (path.starts_with("./")) path.erase(0, 2);
  return path;
}

// A pattern without a slash names a file at any depth ("*.draft.md"); one ending in a slash, a folder.
bool ignored(const std::vector<std::string>& globs, const std::string& relative, const std::string& written) {
  if (globs.empty()) return false;
  const std::string relative_path = without_dot_slash(relative);
  const std::string written_path = without_dot_slash(written);
  const std::string file_name = fs::path(written_path).filename().generic_string();
  for (std::string glob : globs) {
    if (glob.ends_with('/')) glob += "**";
    if (glob_match(glob, relative_path) || glob_match(glob, written_path)) return true;
    if (glob.find('/') == npos && glob_match(glob, file_name)) return true;
  }
  return false;
}

// A file name's extension as std::filesystem reads it (from the last dot, unless the name starts
// there), lower-cased; empty when there is none.
std::string lowered_extension(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  if (dot == npos || dot == 0) return {};
  std::string extension(name.substr(dot));
  std::transform(extension.begin(), extension.end(), extension.begin(), ascii_lower);
  return extension;
}

bool has_draft_extension(std::string_view name) {
  const std::string extension = lowered_extension(name);
  return extension == ".md" || extension == ".markdown" || extension == ".txt" || extension == ".html" ||
         extension == ".htm";
}

// `folder / name` as std::filesystem joins them, without building paths: a walk joins a name for every
// file it lists.
std::string joined_path(std::string_view folder, std::string_view name) {
  std::string path(folder);
  if (!path.empty() && path.back() != '/') path.push_back('/');
  path += name;
  return path;
}

struct Found {
  std::string path;
  std::string identity;  // canonical path: the same file reached twice is read once
};

std::string identity_of(const fs::path& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  if (ec) canonical = fs::absolute(path, ec).lexically_normal();
  return canonical.generic_string();
}

class Walker {
 public:
  Walker(const std::vector<std::string>& globs, std::vector<Found>& found, std::vector<ReadError>& errors)
      : globs_(globs), found_(found), errors_(errors) {}

  void walk(const std::string& root) {
    active_.clear();
    walk_directory(root, std::string());
  }

 private:
  // Paths are kept as strings: std::filesystem splits a path into components whenever one is joined
  // or compared, which a walk does for every file it lists.
  void walk_directory(const std::string& directory, const std::string& relative) {
    std::error_code ec;
    const std::string canonical = fs::canonical(directory, ec).generic_string();
    if (ec) {
      errors_.push_back({directory, ec.message()});
      return;
    }
    if (!active_.insert(canonical).second) {
      errors_.push_back({directory, "symbolic link loop: the folder contains itself"});
      return;
    }
    // Each name with its type as the folder listing gives it: a regular file or a folder that is no
    // link needs no system call of its own, which keeps a walk of a hundred thousand drafts from
    // taking seconds. Other entries (links, or a type the file system does not list) are looked up.
    struct Entry {
      std::string name;
      fs::file_type listed = fs::file_type::none;
      bool operator<(const Entry& other) const { return name < other.name; }
    };
    std::vector<Entry> entries;
    fs::directory_iterator it(directory, ec);
    if (ec) {
      errors_.push_back({directory, ec.message()});
      active_.erase(canonical);
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      // The entry's own tests read the listed type; status() and symlink_status() would not.
      std::error_code type_ec;
      fs::file_type listed = fs::file_type::none;
      if (!it->is_symlink(type_ec) && !type_ec) {
        if (it->is_regular_file(type_ec)) {
          listed = fs::file_type::regular;
        } else if (!type_ec && it->is_directory(type_ec)) {
          listed = fs::file_type::directory;
        }
      }
      entries.push_back({it->path().filename().generic_string(), type_ec ? fs::file_type::none : listed});
    }
    if (ec) errors_.push_back({directory, ec.message()});
    std::sort(entries.begin(), entries.end());
    for (const Entry& entry : entries) {
      const std::string& name = entry.name;
      const std::string written = joined_path(directory, name);
      const std::string child_relative = joined_path(relative, name);
      const bool plain = entry.listed == fs::file_type::regular || entry.listed == fs::file_type::directory;
      std::error_code status_ec;
      const fs::file_status status = plain ? fs::file_status(entry.listed) : fs::status(written, status_ec);
      if (status_ec) {
        if (has_draft_extension(name) && !ignored(globs_, child_relative, written)) {
          errors_.push_back({written, status_ec.message()});
        }
        continue;
      }
      if (fs::is_directory(status)) {
        if (!ignored(globs_, child_relative + "/", written + "/")) walk_directory(written, child_relative);
      } else if (has_draft_extension(name) && !ignored(globs_, child_relative, written)) {
        // Opening a named pipe waits for a writer: one "draft.md" pipe in a folder would hang the run.
        if (fs::is_regular_file(status)) {
          // In a folder already made canonical, only a link needs resolving (one system call for the
          // check, against one per path component for every file).
          std::error_code link_ec;
          const bool link = !plain && fs::is_symlink(fs::symlink_status(written, link_ec));
          found_.push_back({written, link || link_ec ? identity_of(written) : joined_path(canonical, name)});
        } else {
          errors_.push_back({written, "not a regular file (a pipe, socket or device); only files are read"});
        }
      }
    }
    active_.erase(canonical);
  }

  const std::vector<std::string>& globs_;
  std::vector<Found>& found_;
  std::vector<ReadError>& errors_;
  std::set<std::string> active_;  // canonical folders on the current path: a repeat is a loop
};

}  // namespace

std::pair<std::size_t, std::size_t> Document::line_column(std::size_t offset) const {
  offset = std::min(offset, original.size());
  const std::size_t line = line_of(line_starts, offset);
  std::size_t k = line_starts[line - 1];
  if (k == 0 && std::string_view(original).starts_with("\xEF\xBB\xBF") && offset >= 3) k = 3;  // editors hide a BOM
  return line_column(offset, k, line, 1);
}

std::pair<std::size_t, std::size_t> Document::line_column(std::size_t offset, std::size_t known_offset,
                                                          std::size_t known_line, std::size_t known_column) const {
  offset = std::min(offset, original.size());
  if (known_offset > offset || known_line == 0) return line_column(offset);
  std::size_t line = known_line;
  while (line < line_starts.size() && line_starts[line] <= offset) ++line;
  std::size_t column = known_column;
  std::size_t k = known_offset;
  if (line != known_line) {  // a later line: counted from its start (past line 1, so no BOM is there)
    column = 1;
    k = line_starts[line - 1];
  }
  while (k < offset) {
    // An ASCII byte is one column; only the others need the UTF-8 decoder.
    if (offset - k >= 8 && swar::any_non_ascii(swar::load(original.data() + k)) == 0) {
      k += 8;
      column += 8;
      continue;
    }
    const std::size_t length = static_cast<unsigned char>(original[k]) < 0x80 ? 1 : utf8_sequence_length(original, k);
    k += length == 0 ? 1 : length;
    ++column;
  }
  return {line, column};
}

std::string_view Document::line_text(std::size_t line) const {
  if (line == 0 || line > line_starts.size()) return {};
  const std::string_view all = original;
  const std::size_t begin = line_starts[line - 1];
  std::size_t end = line < line_starts.size() ? line_starts[line] : all.size();
  while (end > begin && (all[end - 1] == '\n' || all[end - 1] == '\r')) --end;
  return all.substr(begin, end - begin);
}

Format format_for_path(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string extension = lowered_extension(slash == npos ? path : path.substr(slash + 1));
  if (extension == ".md" || extension == ".markdown") return Format::markdown;
  if (extension == ".html" || extension == ".htm") return Format::html;
  return Format::text;
}

Document make_document(std::string path, std::string bytes) {
  Document doc;
  doc.format = format_for_path(path);
  doc.path = std::move(path);
  doc.original = std::move(bytes);
  doc.text = doc.original;
  sanitize(doc.text, doc.line_starts);
  switch (doc.format) {
    case Format::html:
      clean_html(doc);
      doc.sentences = split_sentences(doc.text);
      break;
    case Format::markdown: {
      const std::vector<LineMark> marks = MarkdownCleaner(doc).run();
      if (!doc.date) read_date_line(doc);
      std::size_t next_mark = 0;
      doc.sentences = split_into_sentences(doc.text, [&](std::size_t offset) {
        while (next_mark < marks.size() && marks[next_mark].offset < offset) ++next_mark;
        return next_mark < marks.size() && marks[next_mark].offset == offset ? marks[next_mark].kind : LineKind::prose;
      });
      break;
    }
    case Format::text: {
      const std::vector<std::size_t> comment_lines = read_text_silencing(doc);
      read_date_line(doc);
      doc.sentences = split_into_sentences(doc.text, [&](std::size_t offset) {
        return std::binary_search(comment_lines.begin(), comment_lines.end(), offset)
                   ? LineKind::hidden
                   : classify_raw_line(doc.text, offset);
      });
      break;
    }
  }
  std::stable_sort(doc.suppressions.begin(), doc.suppressions.end(),
                   [](const Suppression& a, const Suppression& b) { return a.line < b.line; });
  return doc;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  return split_into_sentences(text, [&](std::size_t offset) { return classify_raw_line(text, offset); });
}

std::vector<std::string> collect_paths(const std::vector<std::string>& inputs,
                                       const std::vector<std::string>& ignore_globs, std::vector<ReadError>& errors) {
  std::vector<Found> found;
  Walker walker(ignore_globs, found, errors);
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec) {
      errors.push_back({input, ec.message()});
    } else if (fs::is_directory(status)) {
      walker.walk(input);
    } else if (!ignored(ignore_globs, input, input)) {
      found.push_back({input, identity_of(input)});
    }
  }
  std::vector<std::string> paths;
  std::set<std::string> seen;
  for (const Found& file : found) {
    if (seen.insert(file.identity).second) paths.push_back(file.path);
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::optional<std::string> read_file(const std::string& path, std::string& error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes;
  struct stat info {};
  bool ok = true;
  if (::fstat(fd, &info) != 0) {
    error = std::strerror(errno);
    ok = false;
  } else if (S_ISDIR(info.st_mode)) {
    error = std::strerror(EISDIR);
    ok = false;
  } else if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_file_bytes) {
    error = "file is larger than 256 MB; split it into smaller drafts";
    ok = false;
  } else {
    if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<std::size_t>(info.st_size));
    ok = read_all(fd, bytes, error);
  }
  ::close(fd);
  if (!ok) return std::nullopt;
  return bytes;
}

}  // namespace claimcheck
