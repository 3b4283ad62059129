// The period phrase parser's declaration: one X3 rule, defined in period_def.hpp, instantiated in period.cpp.
#pragma once

#include "grammar/ascii_parsers.hpp"

#include <boost/spirit/home/x3.hpp>

#include <optional>

namespace claimcheck::grammar::period_parser {

namespace x3 = boost::spirit::x3;

// What one phrase says. The parser's actions fill it in through the context (x3::with), so that a
// phrase with many optional parts needs no attribute plumbing.
struct PeriodPhrase {
  std::optional<int> year;
  std::optional<int> relative_year;
  std::optional<int> end_year;
  int first_month = 1;
  int last_month = 12;
  // "since 2020", "May 5, 2025", "2025-07-11": parsed whole so that the year in them is not taken for
  // the period of a claim.
  bool not_a_period = false;
  // "in the second" after "in the first quarter": an ordinal of the quarter or half named before it
  // (1 to 4), which attribution places; 0 otherwise.
  int ordinal_only = 0;
};

struct phrase_tag;

using iterator_type = char const*;
using context_type = x3::context<phrase_tag, PeriodPhrase, x3::unused_type>;
using phrase_type = x3::rule<class period_phrase_class>;

BOOST_SPIRIT_DECLARE(phrase_type)

phrase_type const& phrase();

}  // namespace claimcheck::grammar::period_parser
