// Fusion adaptation of the syntax tree, so X3 can fill a number word straight from a sequence.
#pragma once

#include "grammar/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::ast::number_word, value, is_scale)
