// The streaming JSON writer behind `claimcheck extract`: escaping, broken UTF-8, numbers.
#include "checker/json_writer.hpp"
#include "grammar/quantity.hpp"
#include "rules/period.hpp"

#include <doctest/doctest.h>
#include <limits>
#include <string>
#include <vector>

using claimcheck::JsonAppender;

namespace {

std::string string_json(std::string_view text) {
  std::string out;
  JsonAppender(out).string(text);
  return out;
}

std::string number_json(double value) {
  std::string out;
  JsonAppender(out).number(value);
  return out;
}

}  // namespace

TEST_CASE("strings: quotes, backslashes and control bytes are escaped, UTF-8 passes through") {
  CHECK(string_json("3.6 trillion yuan") == "\"3.6 trillion yuan\"");
  CHECK(string_json("the \"record\" C:\\x") == "\"the \\\"record\\\" C:\\\\x\"");
  CHECK(string_json("12.46\ntrillion\tyuan\r") == "\"12.46\\ntrillion\\tyuan\\r\"");
  CHECK(string_json(std::string_view("a\x01z\x1f", 4)) == "\"a\\u0001z\\u001f\"");
  CHECK(string_json("China\xE2\x80\x99s \xC2\xA5"
                    "5 \xF0\x9F\x93\x88") ==
        "\"China\xE2\x80\x99s \xC2\xA5"
        "5 \xF0\x9F\x93\x88\"");
}

TEST_CASE("plain strings: the words of roles, qualifiers, directions and periods need no escaping") {
  using namespace claimcheck::grammar;
  std::vector<std::string_view> words;
  for (const Role r : {Role::level, Role::change, Role::share, Role::rank, Role::conversion}) {
    words.push_back(to_string(r));
  }
  for (const Qualifier q : {Qualifier::exact, Qualifier::about, Qualifier::over, Qualifier::at_least, Qualifier::under,
                            Qualifier::at_most}) {
    words.push_back(to_string(q));
  }
  for (const Direction d : {Direction::none, Direction::up, Direction::down}) words.push_back(to_string(d));
  const std::string period = claimcheck::rules::Period::months(2024, 10, 2025, 2).to_string();
  words.push_back(period);
  for (const std::string_view word : words) {
    std::string out;
    JsonAppender(out).plain_string(word);
    CHECK(out == string_json(word));
  }
}

TEST_CASE("strings: bytes that are not UTF-8 become U+FFFD, one per byte") {
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(string_json("5\xFF%") == "\"5" + replacement + "%\"");
  // A lead byte cut short by the end of the text, an overlong "/", a UTF-16 surrogate.
  CHECK(string_json("x\xE2\x80") == "\"x" + replacement + replacement + "\"");
  CHECK(string_json("\xC0\xAF") == "\"" + replacement + replacement + "\"");
  CHECK(string_json("\xED\xA0\x80") == "\"" + replacement + replacement + replacement + "\"");
}

TEST_CASE("numbers: integers without a fraction, others shortest round-trip, no NaN") {
  CHECK(number_json(3600000000000.0) == "3600000000000");
  CHECK(number_json(-2.0) == "-2");
  CHECK(number_json(7.2) == "7.2");
  CHECK(number_json(0.01) == "0.01");
  CHECK(number_json(2.68) == "2.68");
  CHECK(number_json(1e300) == "1e+300");
  CHECK(number_json(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(number_json(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("lines: literals and values in the order written, after what the string held") {
  std::string out = "[";
  {
    JsonAppender j(out);
    j.literal("{\"file\":").string("a.md").literal(",\"line\":").integer(7).literal(",\"value\":").number(8.3);
    j.literal(",\"sentence\":{\"offset\":").integer(12).literal("}}");
  }
  out += "]";
  CHECK(out == R"([{"file":"a.md","line":7,"value":8.3,"sentence":{"offset":12}}])");
}

TEST_CASE("lines: a string far longer than the room made at a time is written whole") {
  const std::string quote(100000, '"');
  std::string out;
  JsonAppender j(out);
  j.integer(18446744073709551615ULL).string(quote).string(std::string(50000, '\x01'));
  j.finish();
  CHECK(out.size() == 20 + 2 + 2 * quote.size() + 2 + 6 * 50000);
  CHECK(out.starts_with("18446744073709551615\"\\\"\\\""));
  CHECK(out.ends_with("\\u0001\\u0001\""));
}
