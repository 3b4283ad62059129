// The blocks behind StoredText: each thread fills blocks of its own, which are kept until the process
// ends in one list, so that every handle stays valid and the blocks are freed at exit.
#include "checker/stored_text.hpp"

#include "grammar/swar.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

namespace claimcheck {
namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;

struct Blocks {
  std::mutex mutex;
  std::vector<std::unique_ptr<char[]>> kept;

  char* add(std::size_t bytes) {
    auto block = std::make_unique_for_overwrite<char[]>(bytes);
    char* const start = block.get();
    const std::lock_guard lock(mutex);
    kept.push_back(std::move(block));
    return start;
  }
};

Blocks& blocks() {
  static Blocks all;
  return all;
}

}  // namespace

const StoredText::Header StoredText::kEmpty;

StoredText::StoredText(std::string_view text) {
  if (text.empty()) return;
  // A thread's free room in its current block; a text too large for a block gets one of its own.
  thread_local char* free_at = nullptr;
  thread_local std::size_t free_bytes = 0;
  constexpr std::size_t align = alignof(Header);
  const std::size_t bytes = (sizeof(Header) + text.size() + align - 1) / align * align;
  if (bytes > free_bytes) {
    const std::size_t block_bytes = std::max(bytes, kBlockBytes);
    free_at = blocks().add(block_bytes);
    free_bytes = block_bytes;
  }
  auto* const header = new (free_at) Header{static_cast<std::uint32_t>(text.size()), swar::is_json_plain(text)};
  std::memcpy(free_at + sizeof(Header), text.data(), text.size());
  free_at += bytes;
  free_bytes -= bytes;
  header_ = header;
}

}  // namespace claimcheck
