// Streaming JSON output without a document tree.
#include "checker/json_writer.hpp"

#include "checker/utf8.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <iterator>

namespace claimcheck {

namespace {

// The bytes a string cannot hold as they are: control characters, '"', '\\', and the bytes of
// multi-byte UTF-8, which are checked one sequence at a time.
constexpr std::array<bool, 256> special_bytes = [] {
  std::array<bool, 256> special{};
  for (int c = 0; c < 256; ++c) special[static_cast<std::size_t>(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return special;
}();

std::size_t plain_run_end(std::string_view text, std::size_t i) {
  while (i < text.size() && !special_bytes[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  // Most strings need no escaping at all: quotes and bytes in one append.
  const std::size_t first_special = plain_run_end(text, 0);
  if (first_special == text.size()) {
    const std::size_t at = out.size();
    out.append(text.size() + 2, '"');
    text.copy(out.data() + at + 1, text.size());
    return;
  }
  out.push_back('"');
  out.append(text.data(), first_special);
  std::size_t i = first_special;
  while (i < text.size()) {
    // Copy the longest run that needs no escaping in one go.
    const std::size_t run = plain_run_end(text, i);
    out.append(text.data() + i, run - i);
    i = run;
    if (i >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no character
        ++i;
      } else {
        out.append(text.data() + i, length);
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", c); break;
    }
    ++i;
  }
  out.push_back('"');
}

void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
  } else if (std::fabs(value) < 9e15 && value == std::floor(value)) {
    fmt::format_to(std::back_inserter(out), "{}", static_cast<long long>(value));
  } else {
    fmt::format_to(std::back_inserter(out), "{}", value);
  }
}

JsonObjectWriter& JsonObjectWriter::integer(std::string_view key, std::uint64_t value) {
  char digits[24];
  const auto result = std::to_chars(std::begin(digits), std::end(digits), value);
  key_(key).append(digits, result.ptr);
  return *this;
}

std::string& JsonObjectWriter::key_(std::string_view key) {
  // A key is a name chosen by the program: when it needs no escaping (always, in practice), the
  // separator, the quoted key and the colon go in with one append.
  if (key.size() <= 32 && plain_run_end(key, 0) == key.size()) {
    std::array<char, 36> buffer;
    std::size_t n = 0;
    if (!first_) buffer[n++] = ',';
    buffer[n++] = '"';
    n += key.copy(buffer.data() + n, key.size());
    buffer[n++] = '"';
    buffer[n++] = ':';
    first_ = false;
    out_.append(buffer.data(), n);
    return out_;
  }
  if (!first_) out_.push_back(',');
  first_ = false;
  append_json_string(out_, key);
  out_.push_back(':');
  return out_;
}

}  // namespace claimcheck
