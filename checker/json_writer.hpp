// A small streaming JSON writer for the hot output path (one line per claim in `claimcheck extract`):
// appends to a string without building a document tree. Strings are escaped as RFC 8259 asks and
// bytes that are not UTF-8 become U+FFFD, so the output is always valid JSON in UTF-8.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck {

// Writes JSON text at the end of a string through a pointer. The string grows a kilobyte or more at
// a time and each write checks its room with one comparison: std::string::append would check
// capacity and call memcpy once per piece, and a line of JSON has dozens of pieces. Keys and
// punctuation are written as literals ("\"line\":"); the caller puts them in order. The string holds
// exactly what was written once the appender is finished or destroyed; nothing else may change it
// before then.
class JsonAppender {
 public:
  explicit JsonAppender(std::string& out) : out_(out) {}
  JsonAppender(const JsonAppender&) = delete;
  JsonAppender& operator=(const JsonAppender&) = delete;
  ~JsonAppender() { finish(); }

  // Text that is JSON already, copied as it is.
  JsonAppender& literal(std::string_view json) {
    char* at = room(json.size());
    json.copy(at, json.size());
    at_ = at + json.size();
    return *this;
  }
  JsonAppender& string(std::string_view text);  // quoted and escaped
  // Quoted only: for text that holds no byte a JSON string must escape, such as the fixed words of an
  // enum ("level", ">=") or a period ("2024-Q4").
  JsonAppender& plain_string(std::string_view text) {
    char* at = room(text.size() + 2);
    *at++ = '"';
    at += text.copy(at, text.size());
    *at++ = '"';
    at_ = at;
    return *this;
  }
  // A string that has worked out whether any byte needs the escaping pass, which nearly none does
  // (Interned, StoredText), quoted and escaped.
  template <typename Text>
  JsonAppender& known_string(const Text& text) {
    return text.plain() ? plain_string(text) : string(text);
  }
  JsonAppender& integer(std::uint64_t value) {
    char* at = room(max_integer_bytes);
    at_ = std::to_chars(at, at + max_integer_bytes, value).ptr;
    return *this;
  }
  // The shortest text that reads back as the same double; integers without a fraction. Not-a-number
  // and infinities, which JSON cannot hold, become null.
  JsonAppender& number(double value);
  void finish();

 private:
  // Where the next `size` bytes go, growing the string when they would not fit.
  char* room(std::size_t size) {
    if (static_cast<std::size_t>(limit_ - at_) < size) grow(size);
    return at_;
  }
  void grow(std::size_t size);

  static constexpr std::size_t max_integer_bytes = 20;  // 18446744073709551615

  std::string& out_;
  // The string's bytes from at_ to limit_ are room made by grow(), not yet written.
  char* at_ = nullptr;
  char* limit_ = nullptr;
};

}  // namespace claimcheck
