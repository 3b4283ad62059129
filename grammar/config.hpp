// The iterator, skipper and context every claim parser is instantiated for (see claim.cpp).
#pragma once

#include "grammar/symbol_tables.hpp"

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = char const*;
using skipper_type = x3::standard::space_type;
using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
// The symbol tables ride in the context (x3::with), so one compiled grammar serves every vocabulary.
using context_type = x3::context<symbol_tables_tag, symbol_tables const, phrase_context_type>;

}  // namespace claimcheck::grammar::parser
