// Tests of the one list of month names and the lookups built from it.
#include "grammar/month_names.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using claimcheck::grammar::is_month_initial;
using claimcheck::grammar::is_month_name_in_any_case;
using claimcheck::grammar::month_names;

TEST_CASE("every month name of the list is a month name in any case") {
  for (const auto& month : month_names) {
    std::string upper(month.name);
    for (char& c : upper) c = static_cast<char>(c & ~0x20);
    std::string lower(month.name);
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    INFO(month.name);
    CHECK(is_month_name_in_any_case(month.name));
    CHECK(is_month_name_in_any_case(upper));
    CHECK(is_month_name_in_any_case(lower));
    CHECK(is_month_initial(month.name[0]));
  }
}

TEST_CASE("words near a month name are no month name") {
  for (const std::string_view word : {"Sept.", "Jan.", "Ma", "Mayor", "Junes", "Septembers", "Septembe", "Octobre",
                                      "Ja", "jav", "Dex", "", "Sepember", "Mays", "may.", "Feb2"}) {
    INFO(word);
    CHECK_FALSE(is_month_name_in_any_case(word));
  }
}

TEST_CASE("the months begin with J, F, M, A, S, O, N and D, written as capitals") {
  for (int c = 0; c < 256; ++c) {
    const bool initial = std::string_view("JFMASOND").find(static_cast<char>(c)) != std::string_view::npos;
    INFO(c);
    CHECK(is_month_initial(static_cast<char>(c)) == initial);
  }
}
