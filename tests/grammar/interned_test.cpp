// Interned strings: one pooled copy per distinct text, shared by every thread.
#include "grammar/interned.hpp"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

using claimcheck::Interned;

TEST_CASE("equal texts share one pooled string, different texts do not") {
  const std::string built = std::string("trade") + "_value";
  const Interned a("trade_value");
  const Interned b(built);
  CHECK(a == b);
  CHECK(a.data() == b.data());  // the same pooled characters, not a copy
  CHECK(a.hash() == b.hash());
  CHECK(a != Interned("trade_values"));
  CHECK(a == "trade_value");
  CHECK(a == std::string_view("trade_value"));
  CHECK(a.str() == "trade_value");
  CHECK(a.size() == 11);
  CHECK(a.starts_with("trade"));
  CHECK(a.find('_') == 5);
}

TEST_CASE("the empty string is the default and is empty") {
  const Interned none;
  CHECK(none.empty());
  CHECK(none == "");
  CHECK(none == Interned(""));
  CHECK(none == Interned(std::string()));
}

TEST_CASE("a pooled string is plain when no byte of it needs escaping in JSON") {
  CHECK(Interned().plain());
  CHECK(Interned("3.6 trillion yuan").plain());
  CHECK(Interned("~ <= >= 100%").plain());
  CHECK_FALSE(Interned("the \"core\" rate").plain());
  CHECK_FALSE(Interned("a\\b").plain());
  CHECK_FALSE(Interned("5\ttonnes").plain());
  CHECK_FALSE(Interned("\xC2\xA5"
                       "5")
                  .plain());  // UTF-8 is checked, and copied, one sequence at a time
  CHECK_FALSE(Interned("5 \xFF").plain());
  for (int byte = 0; byte < 256; ++byte) {
    CAPTURE(byte);
    const bool plain = byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
    CHECK(Interned(std::string("plain-test ") + static_cast<char>(byte)).plain() == plain);
  }
}

TEST_CASE("ordering follows the text, not the address") {
  CHECK(Interned("CNY") < Interned("USD"));
  CHECK(Interned("percent") > Interned("people"));
  CHECK((Interned("GDP") <=> Interned("GDP")) == 0);
}

TEST_CASE("threads interning the same texts get the same handles") {
  constexpr int kTexts = 2000;
  std::vector<std::vector<Interned>> seen(4);
  std::vector<std::thread> threads;
  for (auto& mine : seen) {
    threads.emplace_back([&mine] {
      for (int i = 0; i < kTexts; ++i) mine.emplace_back("thread-text-" + std::to_string(i));
    });
  }
  for (auto& t : threads) t.join();
  for (int i = 0; i < kTexts; ++i) {
    for (const auto& other : seen) {
      REQUIRE(other[i] == seen[0][i]);
      REQUIRE(other[i].data() == seen[0][i].data());
    }
    REQUIRE(seen[0][i] == "thread-text-" + std::to_string(i));
  }
  CHECK(claimcheck::interned_stats().strings >= kTexts);
}
