// The streaming JSON writer behind `claimcheck extract`: escaping, broken UTF-8, numbers.
#include "checker/json_writer.hpp"
#include "checker/utf8.hpp"
#include "grammar/quantity.hpp"
#include "rules/period.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <cmath>
#include <cstdint>
#include <cstring>
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

TEST_CASE("strings: of every length to 40, plain or with a special byte at any place, as escaped byte by byte") {
  const auto escaped_byte_by_byte = [](std::string_view text) {
    std::string out = "\"";
    for (std::size_t k = 0; k < text.size();) {
      const auto c = static_cast<unsigned char>(text[k]);
      if (c >= 0x80) {
        const std::size_t length = claimcheck::utf8_sequence_length(text, k);
        out += length == 0 ? std::string("\xEF\xBF\xBD") : std::string(text.substr(k, length));
        k += length == 0 ? 1 : length;
        continue;
      }
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c < 0x20) {
        out += fmt::format("\\u{:04x}", c);
      } else {
        out += static_cast<char>(c);
      }
      ++k;
    }
    return out + "\"";
  };
  const std::string plain = "Exports totaled 891.1 billion U.S. dollars";
  for (std::size_t length = 0; length <= 40; ++length) {
    const std::string text = plain.substr(0, length);
    CHECK(string_json(text) == escaped_byte_by_byte(text));
    for (std::size_t at = 0; at < length; ++at) {
      for (const std::string_view special : {"\"", "\\", "\n", "\t", "\x01", "\xC2\xA5", "\xFF", "\xE2\x80"}) {
        std::string with_special = text;
        with_special.replace(at, std::min(special.size(), length - at), special);
        with_special.resize(length);
        CAPTURE(with_special);
        CHECK(string_json(with_special) == escaped_byte_by_byte(with_special));
      }
    }
  }
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

TEST_CASE("pooled strings: written as string() writes their text, whether or not a byte needs escaping") {
  const auto interned_json = [](claimcheck::Interned text) {
    std::string out;
    JsonAppender(out).known_string(text);
    return out;
  };
  CHECK(interned_json(claimcheck::Interned()) == "\"\"");
  CHECK(interned_json("3.6 trillion yuan") == "\"3.6 trillion yuan\"");
  CHECK(interned_json("\xC2\xA5"
                      "5 trillion") ==
        "\"\xC2\xA5"
        "5 trillion\"");
  // Every byte at the start, in the middle and at the end of a claim's text.
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    for (const std::string& text : {std::string(1, c), std::string("up ") + c + "5%", std::string("5 tonnes") + c}) {
      CAPTURE(byte);
      CHECK(interned_json(text) == string_json(text));
    }
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

TEST_CASE("numbers: decimals are written as fmt writes them, shortest round-trip, on many values") {
  // What the writer wrote before it spelled short decimals itself: the reference.
  const auto fmt_json = [](double value) {
    if (std::fabs(value) < 9e15 && value == std::floor(value)) return std::to_string(static_cast<long long>(value));
    return fmt::format("{}", value);
  };
  std::size_t mismatches = 0;
  std::size_t compared = 0;
  const auto compare = [&](double value) {
    if (!std::isfinite(value)) return;
    ++compared;
    if (number_json(value) != fmt_json(value) && ++mismatches <= 10) {
      FAIL_CHECK(fmt::format("{:a}: {} written, fmt writes {}", value, number_json(value), fmt_json(value)));
    }
  };
  const auto compare_around = [&](double value) {
    for (const double v : {value, std::nextafter(value, 0.0), std::nextafter(value, HUGE_VAL),
                           std::nextafter(std::nextafter(value, HUGE_VAL), HUGE_VAL)}) {
      compare(v);
      compare(-v);
    }
  };
  // Decimals as drafts write them, and their neighbours, which need 16 or 17 digits.
  for (long long digits = 1; digits <= 100000; ++digits) {
    double power = 1;
    for (int k = 1; k <= 9; ++k) {
      power *= 10;
      compare_around(static_cast<double>(digits) / power);
    }
  }
  for (long long digits = 100000000000000LL - 50000; digits < 100000000000000LL + 50000; ++digits) {
    compare_around(static_cast<double>(digits) / 10);    // near 1e13, where 15 digits run out
    compare_around(static_cast<double>(digits) / 1e18);  // near 1e-4, where fmt turns to exponents
  }
  // Powers of two and of ten, the edges of the fast path, and results of arithmetic.
  for (int e = -30; e <= 60; ++e) compare_around(std::ldexp(1.0, e));
  for (int e = -8; e <= 17; ++e) compare_around(std::pow(10.0, e));
  for (const double v : {1e-4, 9.9999e-5, 1e14, 99999999999999.9, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 3.6e12 / 7,
                         891.1 * 1.081, 0.000123, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308}) {
    compare_around(v);
  }
  // Integers, most of them ending in zeros as amounts in base units do, up to where fmt takes over.
  for (long long digits = 1; digits <= 20000; ++digits) {
    for (double value = static_cast<double>(digits); value < 9.1e15; value *= 10) compare_around(value);
  }
  for (const double v : {0.0, -0.0, 8999999999999999.0, 9e15, 4503599627370496.0, 1e15, 123456789012345.0}) {
    compare_around(v);
  }
  // Doubles of every magnitude from random bits.
  std::uint64_t state = 88172645463325252ULL;
  for (int n = 0; n < 1000000; ++n) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    double value = 0;
    std::memcpy(&value, &state, sizeof value);
    compare(value);
    // The same significand at a magnitude drafts use, from 2^-18 to 2^52.
    int exponent = 0;
    const double significand = std::frexp(value, &exponent);
    if (std::isfinite(significand)) compare(std::ldexp(significand, static_cast<int>(state % 71) - 17));
  }
  CHECK(mismatches == 0);
  CHECK(compared > 10000000);
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
