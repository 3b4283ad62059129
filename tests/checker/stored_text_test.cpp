// Tests of StoredText: a claim's text as written, kept whole for the run whichever thread stored it.
#include "checker/stored_text.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <thread>
#include <vector>

using claimcheck::StoredText;

TEST_CASE("a stored text reads back as written, and an empty one is empty") {
  const StoredText none;
  CHECK(none.empty());
  CHECK(none.view().empty());
  const StoredText text = "3.6 trillion yuan";
  CHECK(text.view() == "3.6 trillion yuan");
  CHECK(text.size() == 17);
  CHECK(text.str() == "3.6 trillion yuan");
  CHECK(fmt::format("exports of {}", text) == "exports of 3.6 trillion yuan");
  CHECK(StoredText(std::string_view()).empty());
}

TEST_CASE("a stored text knows whether JSON must escape any of its bytes") {
  CHECK(StoredText("$280 billion").plain());
  CHECK(StoredText("7.2 percent, up from 6.9 percent a year earlier").plain());  // longer than a machine word
  CHECK_FALSE(StoredText("5 \"units\"").plain());
  CHECK_FALSE(StoredText("C:\\5").plain());
  CHECK_FALSE(StoredText("5\tpercent").plain());
  CHECK_FALSE(StoredText("\xE2\x82\xAC"
                         "5 billion")
                  .plain());                                     // a euro sign
  CHECK_FALSE(StoredText("five billion \xE2\x82\xAC").plain());  // in the last, partial word
}

TEST_CASE("texts stored by threads that have ended, some larger than a block, stay whole") {
  constexpr int kThreads = 4;
  constexpr int kTexts = 20000;
  std::vector<std::vector<StoredText>> stored(kThreads);
  auto expected = [](int thread, int k) {
    // Every 5000th text is larger than a block of the store.
    return k % 5000 == 0 ? std::string(100000, static_cast<char>('a' + thread)) + std::to_string(k)
                         : fmt::format("{}.{} trillion yuan ({})", k, thread, k * 7);
  };
  {
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (int k = 0; k < kTexts; ++k) stored[t].emplace_back(expected(t, k));
      });
    }
    for (auto& thread : threads) thread.join();
  }
  int wrong = 0;
  for (int t = 0; t < kThreads; ++t) {
    for (int k = 0; k < kTexts; ++k) wrong += stored[t][k].view() == expected(t, k) ? 0 : 1;
  }
  CHECK(wrong == 0);
}
