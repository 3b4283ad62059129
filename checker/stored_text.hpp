// The text of a claim as written ("3.6 trillion yuan"), copied into a store that lives as long as the
// process, so that a claim keeps an 8-byte handle to it as it does to its interned strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace claimcheck {

// Unlike Interned, equal texts are not shared: nearly every claim's text is new to the run (its
// digits are), and looking it up in a pool of hundreds of thousands of texts costs two cache misses
// a claim, more than copying the few bytes. Each thread copies into blocks of its own; a handle may
// be read by any thread it is handed to.
class StoredText {
 public:
  StoredText() = default;
  StoredText(std::string_view text);  // NOLINT: implicit, as Interned's is: `claim.text = "5%"`
  StoredText(const char* text) : StoredText(std::string_view(text)) {}
  StoredText(const std::string& text) : StoredText(std::string_view(text)) {}

  std::string_view view() const { return {header_->bytes(), header_->size}; }
  operator std::string_view() const { return view(); }  // NOLINT: reads as the text it stands for
  std::string str() const { return std::string(view()); }
  bool empty() const { return header_->size == 0; }
  std::size_t size() const { return header_->size; }
  // Whether every byte is one a JSON string holds as it is (swar::is_json_plain), worked out once.
  bool plain() const { return header_->plain; }

 private:
  // The text follows its header in the block.
  struct Header {
    std::uint32_t size = 0;
    bool plain = true;
    const char* bytes() const { return reinterpret_cast<const char*>(this + 1); }
  };
  static const Header kEmpty;
  const Header* header_ = &kEmpty;
};

}  // namespace claimcheck

template <>
struct fmt::formatter<claimcheck::StoredText> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const claimcheck::StoredText& s, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(s.view(), ctx);
  }
};
