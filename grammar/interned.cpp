// The process-wide string pool behind Interned.
#include "grammar/interned.hpp"

#include "grammar/swar.hpp"

#include <array>
#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace claimcheck {
namespace {

std::size_t hash_of(std::string_view s) { return std::hash<std::string_view>()(s); }

struct Slot {
  std::size_t hash = 0;
  const Interned::Entry* entry = nullptr;
};

// Workers intern concurrently; splitting the pool by hash keeps them from waiting on one lock.
// Each shard is an open-addressing table of (hash, string) that compares hashes before touching a
// string; the strings themselves live in a deque, which never moves what it holds.
struct Shard {
  std::mutex mutex;
  std::deque<Interned::Entry> strings;
  std::vector<Slot> table = std::vector<Slot>(1024);

  const Interned::Entry* intern(std::size_t hash, std::string_view text) {
    std::size_t mask = table.size() - 1;
    for (std::size_t i = (hash >> 5) & mask;; i = (i + 1) & mask) {
      Slot& slot = table[i];
      if (slot.entry == nullptr) break;
      if (slot.hash == hash && slot.entry->text == text) return slot.entry;
    }
    const Interned::Entry& added = strings.emplace_back(text, swar::is_json_plain(text));
    if (2 * strings.size() > table.size()) {
      std::vector<Slot> old(2 * table.size());
      old.swap(table);
      mask = table.size() - 1;
      for (const Slot& s : old) {
        if (s.entry != nullptr) place(s, mask);
      }
    }
    place({hash, &added}, mask);
    return &added;
  }

 private:
  void place(const Slot& slot, std::size_t mask) {
    std::size_t i = (slot.hash >> 5) & mask;
    while (table[i].entry != nullptr) i = (i + 1) & mask;
    table[i] = slot;
  }
};

constexpr std::size_t kShards = 32;  // a power of two: the low 5 bits of a hash pick the shard

std::array<Shard, kShards>& shards() {
  static std::array<Shard, kShards> pool;
  return pool;
}

}  // namespace

const Interned::Entry Interned::kEmpty;

Interned::Interned(std::string_view text) {
  if (text.empty()) return;
  const std::size_t hash = hash_of(text);
  // Most strings a thread interns (units, metrics, subjects) it has interned moments before: a small
  // per-thread cache of recent handles answers those without taking a lock.
  constexpr std::size_t kCacheSlots = 1024;
  thread_local std::array<Slot, kCacheSlots> recent{};
  Slot& cached = recent[(hash >> 16) % kCacheSlots];
  if (cached.hash == hash && cached.entry != nullptr && cached.entry->text == text) {
    entry_ = cached.entry;
    return;
  }
  Shard& shard = shards()[hash % kShards];
  {
    const std::lock_guard lock(shard.mutex);
    entry_ = shard.intern(hash, text);
  }
  cached = {hash, entry_};
}

InternedStats interned_stats() {
  InternedStats stats;
  for (Shard& shard : shards()) {
    const std::lock_guard lock(shard.mutex);
    stats.strings += shard.strings.size();
    stats.bytes += shard.table.size() * sizeof(Slot);
    for (const auto& s : shard.strings) stats.bytes += sizeof(s) + (s.text.size() > 15 ? s.text.capacity() + 1 : 0);
  }
  return stats;
}

}  // namespace claimcheck
