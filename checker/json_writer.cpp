// Streaming JSON output without a document tree.
#include "checker/json_writer.hpp"

#include "checker/utf8.hpp"
#include "grammar/swar.hpp"

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
// More than a double takes written shortest ("-2.2250738585072014e-308"), and more than a sign, up to
// 16 digits and the 16 zeros write_whole_number copies after them at once.
constexpr std::size_t max_number_bytes = 40;
// Room made beyond what a write needs, so that the short writes of a line rarely grow the string.
// Constant, not in proportion to the string: the room left over is cut again when the appender
// finishes, and each of many short-lived appenders on one long string must cost what it writes.
// Small enough that zeroing it (std::string::resize does) stays a short vector loop.
constexpr std::size_t spare_room = 1024;

// Whether any byte of a word (eight or four bytes of a string) is special, tested at once: nearly
// every byte of a claim's strings is plain ASCII.
template <typename Word>
bool has_special_byte(Word word) {
  return swar::any_json_special(word) != 0;
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

// Copies a text with no special byte, nearly every string of a claim, as it is, and returns its end;
// nullptr, having written some of it, when a byte is special. The text is read in words, the last of
// them overlapping the one before when its length is no multiple of the word's: the bytes read
// twice are plain, so the second copy writes them where the first did.
char* copy_plain_text(char* at, const char* from, std::size_t size) {
  if (size >= 8) {
    const char* const last = from + (size - 8);
    for (;;) {
      const auto word = swar::load(from);
      if (has_special_byte(word)) return nullptr;
      std::memcpy(at, &word, sizeof word);
      if (from == last) return at + sizeof word;
      const auto step = std::min<std::size_t>(sizeof word, static_cast<std::size_t>(last - from));
      from += step;
      at += step;
    }
  }
  if (size >= 4) {
    const auto first = swar::load<std::uint32_t>(from);
    const auto final = swar::load<std::uint32_t>(from + (size - 4));
    if (has_special_byte(first) || has_special_byte(final)) return nullptr;
    std::memcpy(at, &first, sizeof first);
    std::memcpy(at + (size - 4), &final, sizeof final);
    return at + size;
  }
  for (std::size_t k = 0; k < size; ++k) {
    if (special_bytes[static_cast<unsigned char>(from[k])]) return nullptr;
    at[k] = from[k];
  }
  return at + size;
}

char* write_escaped(char* at, std::string_view text) {
  if (char* const end = copy_plain_text(at, text.data(), text.size())) return end;
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

// An integer of magnitude below 2^53: its digits up to the last that is not zero, then the zeros in
// one copy. Amounts in base units ("1310000000000") end mostly in zeros, which std::to_chars would
// write two at a time, a division each.
char* write_whole_number(char* at, double value) {
  if (value < 0) *at++ = '-';
  auto digits = static_cast<std::uint64_t>(std::fabs(value));
  if (digits == 0) {
    *at++ = '0';
    return at;
  }
  // Below 2^53 a number ends in at most 15 zeros, so taking off 8, 4, 2 and 1 where they are there
  // takes them all.
  std::size_t zeros = 0;
  for (const auto& [power, count] :
       {std::pair<std::uint64_t, std::size_t>{100000000, 8}, {10000, 4}, {100, 2}, {10, 1}}) {
    if (digits % power == 0) {
      digits /= power;
      zeros += count;
    }
  }
  at = std::to_chars(at, at + 16, digits).ptr;
  std::memcpy(at, "0000000000000000", 16);
  return at + zeros;
}

// 10^0 to 10^19, each held exactly by a double (5^19 < 2^53).
constexpr std::array<double, 20> exact_powers_of_ten = [] {
  std::array<double, 20> powers{};
  double power = 1;
  for (double& p : powers) {
    p = power;
    power *= 10;
  }
  return powers;
}();

// Writes a value that is not an integer as the fewest decimals that read back as it ("8.3", "0.01"),
// which is what fmt writes, without fmt's general algorithm; nullptr when the value is not one this
// handles (fewer than 15 significant digits, 1e-4 <= |value| < 1e14), and fmt must write it.
//
// Why it is what fmt writes: fmt writes the decimal with the fewest significant digits among those
// that round to the value (the closest of them when there are several), in fixed notation for these
// magnitudes, with no trailing zeros. Let a = |value| and, for k = 1, 2, ..., n the integer nearest
// to fl(a * 10^k) while that stays below 1e15. n / 10^k, two exact doubles divided with correct
// rounding, equals a exactly when the decimal n * 10^-k rounds to a. In units of 10^-k the decimals
// that round to a span at most one ulp of a, under 2^-52 * 1e15 < 0.23, and fl(a * 10^k) is within
// 2^-53 * 1e15 < 0.12 of a * 10^k: so at each k at most one multiple of 10^-k rounds to a, and when
// one does it is n. The first k that finds one therefore gives the decimal with the fewest
// fractional digits; no integer rounds to a (a is no integer, and integers below 2^53 are doubles),
// nor does a power of ten with fewer fractional digits, so that decimal has the fewest significant
// digits too, and is the only such one. json_writer_test compares it with fmt on many values.
char* write_short_fraction(char* at, double value) {
  const double magnitude = std::fabs(value);
  if (!(magnitude >= 1e-4 && magnitude < 1e14)) return nullptr;
  for (std::size_t k = 1; k < exact_powers_of_ten.size(); ++k) {
    const double scaled = magnitude * exact_powers_of_ten[k];
    if (scaled >= 1e15) return nullptr;
    const auto digits = static_cast<std::uint64_t>(scaled + 0.5);  // exact: scaled < 2^50
    if (static_cast<double>(digits) / exact_powers_of_ten[k] != magnitude) continue;
    if (value < 0) *at++ = '-';
    char buffer[16];
    const std::size_t length =
        static_cast<std::size_t>(std::to_chars(buffer, buffer + sizeof buffer, digits).ptr - buffer);
    if (length > k) {
      at = std::copy_n(buffer, length - k, at);
      *at++ = '.';
      return std::copy_n(buffer + (length - k), k, at);
    }
    *at++ = '0';
    *at++ = '.';
    at = std::fill_n(at, k - length, '0');
    return std::copy_n(buffer, length, at);
  }
  return nullptr;
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
    at_ = write_whole_number(at, value);
  } else if (char* const end = write_short_fraction(at, value)) {
    at_ = end;
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
