// A small streaming JSON writer for the hot output path (one line per claim in `claimcheck extract`):
// appends to a string without building a document tree. Strings are escaped as RFC 8259 asks and
// bytes that are not UTF-8 become U+FFFD, so the output is always valid JSON in UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck {

void append_json_string(std::string& out, std::string_view text);
// A number as the shortest text that reads back as the same double; integers without a fraction.
// Not-a-number and infinities, which JSON cannot hold, become null.
void append_json_number(std::string& out, double value);

class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string& out) : out_(out) { out_.push_back('{'); }
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

  JsonObjectWriter& string(std::string_view key, std::string_view value) {
    append_json_string(key_(key), value);
    return *this;
  }
  JsonObjectWriter& number(std::string_view key, double value) {
    append_json_number(key_(key), value);
    return *this;
  }
  JsonObjectWriter& integer(std::string_view key, std::uint64_t value);
  JsonObjectWriter& boolean(std::string_view key, bool value) {
    key_(key) += value ? "true" : "false";
    return *this;
  }
  JsonObjectWriter& null(std::string_view key) {
    key_(key) += "null";
    return *this;
  }
  // Starts a nested object under key; close it with end() before writing more keys here.
  JsonObjectWriter object(std::string_view key) { return JsonObjectWriter(key_(key)); }
  void end() { out_.push_back('}'); }

 private:
  std::string& key_(std::string_view key);
  std::string& out_;
  bool first_ = true;
};

}  // namespace claimcheck
