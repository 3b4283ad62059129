// Fuzz target: the document readers (text, Markdown, HTML) on arbitrary bytes; the first byte picks the reader.
#include "checker/document.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr std::array<const char*, 3> names{"draft.txt", "draft.md", "draft.html"};
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const claimcheck::Document doc = claimcheck::make_document(names[data[0] % names.size()], bytes);

  // The reader's contract: text has the original's length, keeps every line feed where it was (block
  // tags may add more), and sentences and line starts lie inside it, in order.
  if (doc.original != bytes || doc.text.size() != bytes.size()) std::abort();
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n' && doc.text[i] != '\n') std::abort();
  }
  std::size_t previous_end = 0;
  for (const auto& sentence : doc.sentences) {
    if (sentence.offset < previous_end || sentence.offset > bytes.size() ||
        sentence.length > bytes.size() - sentence.offset) {
      std::abort();
    }
    previous_end = sentence.offset + sentence.length;
  }
  if (doc.line_starts.empty() || doc.line_starts.front() != 0) std::abort();
  for (std::size_t i = 1; i < doc.line_starts.size(); ++i) {
    if (doc.line_starts[i] <= doc.line_starts[i - 1] || doc.line_starts[i] > bytes.size()) std::abort();
  }
  if (doc.date && doc.date->size() != 10) std::abort();
  for (std::size_t offset : {std::size_t{0}, bytes.size() / 2, bytes.size()}) {
    const auto [line, column] = doc.line_column(offset);
    if (line == 0 || line > doc.line_starts.size() || column == 0 || column > offset + 1) std::abort();
    (void)doc.line_text(line);
  }
  for (const auto& suppression : doc.suppressions) {
    if (suppression.line == 0) std::abort();
  }
  return 0;
}
