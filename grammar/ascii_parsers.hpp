// Parsers that fold ASCII case themselves: X3's no_case asks the C library to fold every character,
// which the profile of a large run shows. Used by the claim and the period grammars.
#pragma once

#include "grammar/ascii.hpp"

#include <boost/spirit/home/x3.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

// Compares a character of the text, folded to lower case, with one of a table's lower-case keys; X3's
// no_case would ask the C library to fold every character.
struct ascii_folding_compare {
  std::int32_t operator()(char text_char, char key_char) const {
    return static_cast<std::int32_t>(ascii_lower(text_char)) - static_cast<std::int32_t>(key_char);
  }
};

// Looks an entry up in a table of lower-case keys, in any case.
template <typename T, typename Iterator>
bool lookup_folded(x3::symbols<T> const& table, Iterator& first, Iterator const& last, T& value) {
  T const* found = table.lookup->find(first, last, ascii_folding_compare{});
  if (found == nullptr) return false;
  value = *found;
  return true;
}

namespace parser {

// A literal lower-case word in any case that does not run on into a longer word ("up" must not match
// "upgrade"). It folds ASCII case itself: X3's no_case asks the C library for every character.
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  char const* word;

  constexpr explicit keyword_parser(char const* lower_case_word) : word(lower_case_word) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator i = first;
    for (char const* expected = word; *expected != '\0'; ++expected, ++i) {
      if (i == last || ascii_lower(*i) != *expected) return false;
    }
    if (i != last && (is_ascii_alnum(*i) || *i == '_')) return false;
    first = i;
    return true;
  }
};
inline keyword_parser keyword(char const* word) { return keyword_parser(word); }

// keyword(a) | keyword(b) | ..., with the text's word read once instead of once per keyword. It
// matches where the alternative would and leaves the same position on failure (past the spaces): a
// keyword matches only a whole run of letters, so the run is compared with each keyword in turn.
template <std::size_t N>
struct any_keyword_parser : x3::parser<any_keyword_parser<N>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::array<keyword_parser, N> keywords;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator end = first;
    while (end != last && is_ascii_letter(*end)) ++end;
    if (end != last && (is_ascii_alnum(*end) || *end == '_')) return false;
    for (keyword_parser const& keyword : keywords) {
      Iterator i = first;
      char const* expected = keyword.word;
      while (i != end && *expected != '\0' && ascii_lower(*i) == *expected) {
        ++i;
        ++expected;
      }
      if (i == end && *expected == '\0') {
        first = end;
        return true;
      }
    }
    return false;
  }
};
template <typename... Keywords>
any_keyword_parser<sizeof...(Keywords)> one_of(Keywords... keywords) {
  return {{}, {keywords...}};
}

// An X3 symbol table of lower-case keys, matched in any case: folded(table) for no_case[table].
template <typename T>
struct folded_symbols_parser : x3::parser<folded_symbols_parser<T>> {
  using attribute_type = T;
  static bool const has_attribute = true;
  x3::symbols<T> const& table;

  explicit folded_symbols_parser(x3::symbols<T> const& symbol_table) : table(symbol_table) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attribute) const {
    x3::skip_over(first, last, context);
    T value{};
    if (!lookup_folded(table, first, last, value)) return false;
    x3::traits::move_to(value, attribute);
    return true;
  }
};
template <typename T>
folded_symbols_parser<T> folded(x3::symbols<T> const& table) {
  return folded_symbols_parser<T>(table);
}

}  // namespace parser
}  // namespace claimcheck::grammar
