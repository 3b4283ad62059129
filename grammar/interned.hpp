// Interned strings: the words a claim is described by (units, metrics, subjects, the quantity as
// written) repeat across millions of claims, so each distinct string is stored once for the whole run
// and a claim keeps an 8-byte handle to it.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace claimcheck {

// A handle to a string in the process-wide pool. Copying is free, two handles are equal exactly when
// their strings are, and the string lives until the process ends. Interning is thread-safe.
class Interned {
 public:
  Interned() = default;
  Interned(std::string_view text);  // NOLINT: implicit, so that `claim.metric = "gdp"` reads naturally
  Interned(const char* text) : Interned(std::string_view(text)) {}
  Interned(const std::string& text) : Interned(std::string_view(text)) {}

  const std::string& str() const { return *text_; }
  std::string_view view() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT: reads as the string it stands for
  operator std::string_view() const { return *text_; }    // NOLINT
  bool empty() const { return text_->empty(); }
  std::size_t size() const { return text_->size(); }
  const char* data() const { return text_->data(); }
  std::size_t find(char c, std::size_t from = 0) const { return text_->find(c, from); }
  bool starts_with(std::string_view prefix) const { return view().starts_with(prefix); }
  std::string substr(std::size_t pos, std::size_t n = std::string::npos) const { return text_->substr(pos, n); }
  std::size_t hash() const { return std::hash<const void*>()(text_); }

  // One pooled string per distinct text, so handles compare by address.
  friend bool operator==(const Interned& a, const Interned& b) { return a.text_ == b.text_; }
  friend bool operator==(const Interned& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Interned& a, const char* b) { return a.view() == b; }
  friend bool operator==(const Interned& a, const std::string& b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Interned& a, const Interned& b) { return a.view() <=> b.view(); }

 private:
  static const std::string kEmpty;
  const std::string* text_ = &kEmpty;
};

// How many distinct strings the pool holds and the bytes they take, for the benchmark and tests.
struct InternedStats {
  std::size_t strings = 0;
  std::size_t bytes = 0;
};
InternedStats interned_stats();

}  // namespace claimcheck

template <>
struct std::hash<claimcheck::Interned> {
  std::size_t operator()(const claimcheck::Interned& s) const { return s.hash(); }
};

template <>
struct fmt::formatter<claimcheck::Interned> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const claimcheck::Interned& s, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(s.view(), ctx);
  }
};
