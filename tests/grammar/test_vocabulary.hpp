// A small vocabulary for the grammar tests, holding the words the test sentences need.
#pragma once

#include "grammar/vocabulary.hpp"

namespace claimcheck::grammar::testing {

inline Vocabulary test_vocabulary() {
  Vocabulary vocabulary;
  vocabulary.scales = {{"thousand", 1e3}, {"million", 1e6}, {"mn", 1e6},       {"billion", 1e9},
                       {"bn", 1e9},       {"bln", 1e9},     {"trillion", 1e12}, {"tn", 1e12}};
  char const* const ones[] = {"zero",    "one",     "two",       "three",    "four",    "five",    "six",
                              "seven",   "eight",   "nine",      "ten",      "eleven",  "twelve",  "thirteen",
                              "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i) vocabulary.number_words.emplace_back(ones[i], i);
  char const* const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) vocabulary.number_words.emplace_back(tens[i], 20 + 10 * i);
  vocabulary.number_words.emplace_back("hundred", 100);
  vocabulary.number_words.emplace_back("dozen", 12);
  vocabulary.number_words.emplace_back("a", 1);
  vocabulary.number_words.emplace_back("an", 1);
  vocabulary.currencies = {{"yuan", "CNY"},         {"RMB", "CNY"},        {"renminbi", "CNY"},
                           {"CNY", "CNY"},          {"$", "USD"},          {"US$", "USD"},
                           {"USD", "USD"},          {"dollars", "USD"},    {"dollar", "USD"},
                           {"U.S. dollars", "USD"}, {"US dollars", "USD"}, {"euros", "EUR"},
                           {"euro", "EUR"},         {"\xE2\x82\xAC", "EUR"}, {"EUR", "EUR"},
                           {"\xC2\xA3", "GBP"},     {"pounds", "GBP"},     {"GBP", "GBP"},
                           {"\xC2\xA5", "CNY"},     {"yen", "JPY"},        {"HK$", "HKD"}};
  vocabulary.hedges = {{"about", Qualifier::about},       {"around", Qualifier::about},
                       {"roughly", Qualifier::about},     {"some", Qualifier::about},
                       {"approximately", Qualifier::about}, {"over", Qualifier::over},
                       {"more than", Qualifier::over},    {"exceeded", Qualifier::over},
                       {"exceeding", Qualifier::over},    {"surpassed", Qualifier::over},
                       {"topped", Qualifier::over},       {"above", Qualifier::over},
                       {"at least", Qualifier::at_least}, {"nearly", Qualifier::under},
                       {"almost", Qualifier::under},      {"just under", Qualifier::under},
                       {"less than", Qualifier::under},   {"below", Qualifier::under},
                       {"up to", Qualifier::at_most},     {"at most", Qualifier::at_most}};
  vocabulary.change_words = {{"rose", Direction::up},       {"grew", Direction::up},
                             {"climbed", Direction::up},    {"increased", Direction::up},
                             {"up", Direction::up},         {"increase", Direction::up},
                             {"growth", Direction::up},     {"rise", Direction::up},
                             {"fell", Direction::down},     {"declined", Direction::down},
                             {"down", Direction::down},     {"dropped", Direction::down},
                             {"decreased", Direction::down}, {"decrease", Direction::down},
                             {"decline", Direction::down},  {"drop", Direction::down}};
  vocabulary.units = {{"years", "year"}, {"year", "year"},   {"miles", "mile"},     {"mile", "mile"},
                      {"people", "people"}, {"companies", "company"}, {"cents", "cent"}};
  return vocabulary;
}

}  // namespace claimcheck::grammar::testing
