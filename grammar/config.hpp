// The iterator, skipper and context every claim parser is instantiated for (see claim.cpp).
#pragma once

#include "grammar/symbol_tables.hpp"

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// Spaces and tabs only, tested without the C library: the extractor has already turned the line
// breaks inside a paragraph into spaces, and a phrase never runs on across a paragraph break.
struct phrase_space_parser : x3::parser<phrase_space_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    Iterator const start = first;
    while (first != last && (*first == ' ' || *first == '\t')) ++first;
    return first != start;
  }
};
inline phrase_space_parser const phrase_space{};

}  // namespace claimcheck::grammar::parser

// X3 skips by calling the skipper until it fails, so every skip called phrase_space twice, the
// second time only to fail; this one passes the spaces in one loop.
template <>
inline void boost::spirit::x3::detail::skip_over<char const*, claimcheck::grammar::parser::phrase_space_parser>(
    char const*& first, char const* const& last, claimcheck::grammar::parser::phrase_space_parser const&) {
  while (first != last && (*first == ' ' || *first == '\t')) ++first;
}

namespace claimcheck::grammar::parser {

using iterator_type = char const*;
using skipper_type = phrase_space_parser;
using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
// The symbol tables ride in the context (x3::with), so one compiled grammar serves every vocabulary.
using context_type = x3::context<symbol_tables_tag, symbol_tables const, phrase_context_type>;

}  // namespace claimcheck::grammar::parser
