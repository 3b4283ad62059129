// Streaming JSON output without a document tree.
#include "checker/json_writer.hpp"

#include "checker/swar.hpp"
#include "checker/utf8.hpp"

#include <fmt/compile.h>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace claimcheck {

namespace {

// The bytes a string cannot hold as they are: control characters, '"', '\\', and the bytes of
// multi-byte UTF-8, which are checked one sequence at a time.
constexpr std::array<bool, 256> special_bytes = [] {
  std::array<bool, 256> special{};
  for (int c = 0; c < 256; ++c) special[static_cast<std::size_t>(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return special;
}();

// Each byte of a string takes at most six bytes escaped ("\u001f"); U+FFFD for a byte that starts no
// character takes three.
constexpr std::size_t max_escaped_bytes = 6;
// More than a double takes written shortest ("-2.2250738585072014e-308") or a long long ("-9223372036854775808").
constexpr std::size_t max_number_bytes = 32;
// Room made beyond what a write needs, so that the short writes of a line rarely grow the string.
// Constant, not in proportion to the string: the room left over is cut again when the appender
// finishes, and each of many short-lived appenders on one long string must cost what it writes.
// Small enough that zeroing it (std::string::resize does) stays a short vector loop.
constexpr std::size_t spare_room = 1024;

// Whether any byte of a word (eight or four bytes of a string) is special, tested at once: nearly
// every byte of a claim's strings is plain ASCII.
template <typename Word>
bool has_special_byte(Word word) {
  return (swar::any_below(word, 0x20) | swar::any_equal(word, '"') | swar::any_equal(word, '\\') |
          swar::any_non_ascii(word)) != 0;
}

// Copies the next sizeof(Word) bytes whole when they are all plain; false when they are not or the
// text ends sooner.
template <typename Word>
bool copy_plain_word(const char*& from, const char* end, char*& at) {
  if (static_cast<std::size_t>(end - from) < sizeof(Word)) return false;
  const Word word = swar::load<Word>(from);
  if (has_special_byte(word)) return false;
  std::memcpy(at, &word, sizeof word);
  from += sizeof word;
  at += sizeof word;
  return true;
}

// Writes the special byte at `from` escaped, or the UTF-8 sequence it starts as it is; returns where
// the text goes on. Kept out of write_escaped, whose loop most strings never leave.
[[gnu::noinline]] const char* write_special(const char* from, const char* end, char*& at) {
  const auto c = static_cast<unsigned char>(*from);
  if (c >= 0x80) {
    const std::size_t length = utf8_sequence_length(std::string_view(from, static_cast<std::size_t>(end - from)), 0);
    if (length == 0) {
      at = std::copy_n("\xEF\xBF\xBD", 3, at);  // U+FFFD for a byte that starts no character
      return from + 1;
    }
    at = std::copy_n(from, length, at);
    return from + length;
  }
  *at++ = '\\';
  switch (c) {
    case '"': *at++ = '"'; break;
    case '\\': *at++ = '\\'; break;
    case '\b': *at++ = 'b'; break;
    case '\f': *at++ = 'f'; break;
    case '\n': *at++ = 'n'; break;
    case '\r': *at++ = 'r'; break;
    case '\t': *at++ = 't'; break;
    default: at = fmt::format_to(at, FMT_COMPILE("u{:04x}"), c); break;
  }
  return from + 1;
}

char* write_escaped(char* at, std::string_view text) {
  const char* from = text.data();
  const char* const end = from + text.size();
  for (;;) {
    while (copy_plain_word<std::uint64_t>(from, end, at)) {
    }
    copy_plain_word<std::uint32_t>(from, end, at);
    while (from != end && !special_bytes[static_cast<unsigned char>(*from)]) *at++ = *from++;
    if (from == end) return at;
    from = write_special(from, end, at);
  }
}

}  // namespace

JsonAppender& JsonAppender::string(std::string_view text) {
  char* at = room(max_escaped_bytes * text.size() + 2);
  *at++ = '"';
  at = write_escaped(at, text);
  *at++ = '"';
  at_ = at;
  return *this;
}

JsonAppender& JsonAppender::number(double value) {
  if (!std::isfinite(value)) return literal("null");
  char* at = room(max_number_bytes);
  if (std::fabs(value) < 9e15 && value == std::floor(value)) {
    at_ = std::to_chars(at, at + max_number_bytes, static_cast<long long>(value)).ptr;
  } else {
    at_ = fmt::format_to(at, FMT_COMPILE("{}"), value);
  }
  return *this;
}

void JsonAppender::grow(std::size_t size) {
  const std::size_t written = at_ == nullptr ? out_.size() : static_cast<std::size_t>(at_ - out_.data());
  out_.resize(written + size + spare_room);
  at_ = out_.data() + written;
  limit_ = out_.data() + out_.size();
}

void JsonAppender::finish() {
  if (at_ == nullptr) return;
  out_.resize(static_cast<std::size_t>(at_ - out_.data()));
  at_ = limit_ = nullptr;
}

}  // namespace claimcheck
