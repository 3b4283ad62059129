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

// produce(i) runs on worker threads, in any order; consume(i, result) runs on the calling thread in
// order 0, 1, 2 ... At most `window` results wait to be consumed, which bounds memory on huge inputs.
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
  std::condition_variable ready;      // a result arrived
  std::condition_variable room;       // the consumer made room in the window
  std::size_t next_item = 0;
  std::size_t consumed = 0;

  auto worker = [&] {
    for (;;) {
      std::size_t item = 0;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return next_item >= count || next_item < consumed + window; });
        if (next_item >= count) return;
        item = next_item++;
      }
      Result result = produce(item);
      {
        std::lock_guard lock(mutex);
        slots[item % window].emplace(std::move(result));
      }
      ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return slots[i % window].has_value(); });
      result = std::move(slots[i % window]);
      slots[i % window].reset();
      consumed = i + 1;
    }
    room.notify_all();
    consume(i, std::move(*result));
  }
  for (auto& t : threads) t.join();
}

}  // namespace claimcheck
