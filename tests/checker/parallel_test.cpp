// Tests of ordered_parallel: every item is produced once and consumed in order, on at most `jobs`
// threads, the calling thread among them.
#include "checker/parallel.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using claimcheck::ordered_parallel;

TEST_CASE("results are consumed in item order, each once, whatever the number of jobs and items") {
  for (const unsigned jobs : {1U, 2U, 3U, 8U}) {
    for (const std::size_t count :
         {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{65}, std::size_t{2000}}) {
      CAPTURE(jobs);
      CAPTURE(count);
      std::vector<std::atomic<int>> produced(count);
      std::vector<std::size_t> order;
      bool values_right = true;
      ordered_parallel<std::size_t>(
          count, jobs,
          [&](std::size_t i) {
            ++produced[i];
            // Items of uneven cost finish out of order.
            if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
            return i * i;
          },
          [&](std::size_t i, std::size_t&& value) {
            order.push_back(i);
            values_right = values_right && value == i * i;
          });
      CHECK(values_right);
      REQUIRE(order.size() == count);
      for (std::size_t i = 0; i < count; ++i) CHECK(order[i] == i);
      CHECK(std::all_of(produced.begin(), produced.end(), [](const std::atomic<int>& n) { return n == 1; }));
    }
  }
}

TEST_CASE("with two jobs the calling thread produces too, and no more than two items are produced at once") {
  const std::thread::id caller = std::this_thread::get_id();
  std::mutex mutex;
  std::condition_variable changed;
  std::set<std::thread::id> producers;
  int producing = 0;
  int most_at_once = 0;
  bool first_started = false;
  bool first_done = false;
  bool other_during_first = false;
  constexpr auto patience = std::chrono::seconds(10);
  ordered_parallel<int>(
      100, 2,
      [&](std::size_t i) {
        std::unique_lock lock(mutex);
        producers.insert(std::this_thread::get_id());
        most_at_once = std::max(most_at_once, ++producing);
        // Item 0 is produced while another item is: by the second of the two threads.
        if (i == 0) {
          first_started = true;
          changed.notify_all();
          changed.wait_for(lock, patience, [&] { return other_during_first; });
          first_done = true;
        } else {
          changed.wait_for(lock, patience, [&] { return first_started; });
          if (!first_done) {
            other_during_first = true;
            changed.notify_all();
          }
        }
        --producing;
        return static_cast<int>(i);
      },
      [](std::size_t, int&&) {});
  CHECK(other_during_first);
  CHECK(producers.size() == 2);
  CHECK(producers.count(caller) == 1);
  CHECK(most_at_once == 2);
}
