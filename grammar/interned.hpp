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
  // A string as the pool keeps it; only the pool makes them.
  struct Entry {
    Entry() = default;
    Entry(std::string_view text, bool plain) : text(text), plain(plain) {}

    std::string text;
    bool plain = true;
  };

  Interned() = default;
  Interned(std::string_view text);  // NOLINT: implicit, so that `claim.metric = "gdp"` reads naturally
  Interned(const char* text) : Interned(std::string_view(text)) {}
  Interned(const std::string& text) : Interned(std::string_view(text)) {}

  const std::string& str() const { return entry_->text; }
  std::string_view view() const { return entry_->text; }
  operator const std::string&() const { return entry_->text; }  // NOLINT: reads as the string it stands for
  operator std::string_view() const { return entry_->text; }    // NOLINT
  bool empty() const { return entry_->text.empty(); }
  std::size_t size() const { return entry_->text.size(); }
  const char* data() const { return entry_->text.data(); }
  std::size_t find(char c, std::size_t from = 0) const { return entry_->text.find(c, from); }
  bool starts_with(std::string_view prefix) const { return view().starts_with(prefix); }
  std::string substr(std::size_t pos, std::size_t n = std::string::npos) const { return entry_->text.substr(pos, n); }
  std::size_t hash() const { return std::hash<const void*>()(entry_); }
  // Whether every byte is one a JSON string holds as it is: 0x20 to 0x7F, other than '"' and '\\'.
  // Nearly every pooled string is (units, metrics, subjects, claims as written), and each is written
  // out once per claim: this is worked out once, when the text enters the pool.
  bool plain() const { return entry_->plain; }

  // One pooled string per distinct text, so handles compare by address.
  friend bool operator==(const Interned& a, const Interned& b) { return a.entry_ == b.entry_; }
  friend bool operator==(const Interned& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Interned& a, const char* b) { return a.view() == b; }
  friend bool operator==(const Interned& a, const std::string& b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Interned& a, const Interned& b) { return a.view() <=> b.view(); }

 private:
  static const Entry kEmpty;
  const Entry* entry_ = &kEmpty;
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
