// Declarations of the claim parsers; their definitions live in claim_def.hpp, instantiated in claim.cpp.
#pragma once

#include "grammar/ast.hpp"

#include <boost/spirit/home/x3.hpp>

#include <string>
#include <vector>

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// One claim phrase: hedges, change verbs, share and rank words around a quantity, plus a conversion
// in parentheses or the level a change arrives at.
using claim_phrase_type = x3::rule<class claim_phrase_class, ast::phrase>;
// A bare quantity, for reading values written in rules files ("3.6130 trillion CNY").
using quantity_type = x3::rule<class quantity_class, ast::quantity>;

BOOST_SPIRIT_DECLARE(claim_phrase_type, quantity_type)

claim_phrase_type const& claim_phrase();
// Every word the claim grammar reads by itself (not from the vocabulary), lower case: its keywords,
// ordinals, fraction denominators and change bases. The extractor uses them to know which words may
// stand inside a phrase before its number.
std::vector<std::string> grammar_words();
// The words the claim grammar reads with keyword(), lower case.
std::vector<std::string> keyword_words();
// The value of a fraction denominator ("third" is 3, "quarters" 4) written in lower case; 0 for any
// other word.
double denominator_value(std::string const& word);
quantity_type const& quantity();

}  // namespace claimcheck::grammar::parser
