// Runs a function over items on several threads and hands the results back in item order.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace claimcheck {

// produce(i) runs on `jobs` threads, the calling thread among them, in any order; consume(i, result)
// runs on the calling thread in order 0, 1, 2 ... At most `window` results wait to be consumed, which
// bounds memory on huge inputs.
//
// The calling thread produces whenever the next result to consume is not ready, and sleeps only when
// the window is full or every item is taken: with one thread per core none is left idle, and a
// document's result wakes the calling thread only when it is the one that thread waits for. (A
// consumer that only waited was woken once per document, two system calls a file, which on two
// cores cost a fifth of a run's time.)
template <typename Result>
void ordered_parallel(std::size_t count, unsigned jobs, const std::function<Result(std::size_t)>& produce,
                      const std::function<void(std::size_t, Result&&)>& consume) {
  jobs = std::max(1U, jobs);
  if (jobs == 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  const std::size_t window = std::max<std::size_t>(64, 8 * jobs);
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable ready;  // the result the calling thread waits for arrived
  std::condition_variable room;   // the calling thread made room in the window
  std::size_t next_item = 0;      // the first item no thread has taken
  std::size_t consumed = 0;       // the items before this are consumed; the calling thread waits for it
  // Whether an item may be taken: one is left and its slot in the window is free. With the lock held.
  auto may_take = [&] { return next_item < count && next_item < consumed + window; };

  auto worker = [&] {
    for (;;) {
      std::size_t item = 0;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return next_item >= count || may_take(); });
        if (next_item >= count) return;
        item = next_item++;
      }
      Result result = produce(item);
      bool waited_for = false;
      {
        std::lock_guard lock(mutex);
        slots[item % window].emplace(std::move(result));
        waited_for = item == consumed;
      }
      if (waited_for) ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < count;) {
    std::unique_lock lock(mutex);
    std::optional<Result>& slot = slots[i % window];
    if (slot) {
      Result result = std::move(*slot);
      slot.reset();
      const std::size_t item = i++;
      consumed = i;
      lock.unlock();
      room.notify_all();
      consume(item, std::move(result));
    } else if (may_take()) {
      const std::size_t item = next_item++;
      lock.unlock();
      Result result = produce(item);
      lock.lock();
      slots[item % window].emplace(std::move(result));
    } else {
      ready.wait(lock, [&] { return slot.has_value(); });
    }
  }
  for (auto& t : threads) t.join();
}

}  // namespace claimcheck
