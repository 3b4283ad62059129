// The process-wide string pool behind Interned.
#include "grammar/interned.hpp"

#include <array>
#include <mutex>
#include <unordered_set>

namespace claimcheck {
namespace {

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// Workers intern concurrently; splitting the pool by hash keeps them from waiting on one lock.
// An unordered_set never moves its elements, so a handle stays valid as the set grows.
struct Shard {
  std::mutex mutex;
  std::unordered_set<std::string, TransparentHash, std::equal_to<>> strings;
};

constexpr std::size_t kShards = 32;

std::array<Shard, kShards>& shards() {
  static std::array<Shard, kShards> pool;
  return pool;
}

}  // namespace

const std::string Interned::kEmpty;

Interned::Interned(std::string_view text) {
  if (text.empty()) return;
  const std::size_t h = TransparentHash()(text);
  // Most strings a thread interns (units, metrics, subjects) it has interned moments before: a small
  // per-thread cache of recent handles answers those without taking a lock.
  constexpr std::size_t kCacheSlots = 1024;
  thread_local std::array<const std::string*, kCacheSlots> recent{};
  const std::string*& slot = recent[(h >> 8) % kCacheSlots];
  if (slot != nullptr && *slot == text) {
    text_ = slot;
    return;
  }
  Shard& shard = shards()[h % kShards];
  const std::lock_guard lock(shard.mutex);
  auto it = shard.strings.find(text);
  if (it == shard.strings.end()) it = shard.strings.emplace(text).first;
  text_ = &*it;
  slot = text_;
}

InternedStats interned_stats() {
  InternedStats stats;
  for (Shard& shard : shards()) {
    const std::lock_guard lock(shard.mutex);
    stats.strings += shard.strings.size();
    for (const auto& s : shard.strings) stats.bytes += sizeof(s) + (s.size() > 15 ? s.capacity() + 1 : 0);
  }
  return stats;
}

}  // namespace claimcheck
