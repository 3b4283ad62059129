// The run-time word lists as X3 symbol tables, and the parser that finds them in the parse context.
#pragma once

#include "grammar/quantity.hpp"
#include "grammar/ascii_parsers.hpp"
#include "grammar/vocabulary.hpp"

#include <boost/spirit/home/x3.hpp>

#include <bitset>
#include <cstdint>
#include <string>

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

// A word list split in two: entries with an upper-case letter or a non-ASCII byte match exactly,
// the rest match in any case ("yuan" also matches "Yuan"; "RMB" does not match "rmb"). Signs written
// with letters match in any case ("us$", "hk$"). A third part holds the exact entries of three letters
// or more again, for places where any case is safe ("10 rmb" after a number, never "try" before one).
template <typename T>
struct symbol_table {
  x3::symbols<T> exact;
  x3::symbols<T> any_case;
  x3::symbols<T> loose;
  // The bytes the entries of each part begin with, lower-cased for the any-case parts. The parser
  // asks most tables at words and signs that begin no entry, and a byte answers for them without a
  // walk of the search tree. They are read with [], never test(): a byte indexes them within bounds,
  // and test() checks the bound and is not inlined, a call per lookup.
  std::bitset<256> exact_first;
  std::bitset<256> any_case_first;
  std::bitset<256> loose_first;
  // The same for the first two bytes (first * 256 + second): most words that share a first byte with
  // an entry ("the", "to" beside "trillion") part from it at the second. An entry of one byte marks
  // every second byte after its first.
  std::bitset<256 * 256> exact_pairs;
  std::bitset<256 * 256> any_case_pairs;
  std::bitset<256 * 256> loose_pairs;

  void add(std::string const& surface, T const& value);
  // Whether an entry of the part whose pairs are given may begin with the bytes at start, folded to
  // lower case for the any-case parts; the first byte must already be known to begin one.
  template <typename Iterator>
  static bool pair_may_begin(std::bitset<256 * 256> const& pairs, Iterator start, Iterator const& last, bool fold) {
    if (start + 1 == last) return true;
    auto const byte = [fold](char c) { return static_cast<unsigned char>(fold ? ascii_lower(c) : c); };
    return pairs[static_cast<std::size_t>(byte(*start)) * 256 + byte(*(start + 1))];
  }
  // Whether an entry may begin with c, in whatever case the text writes it.
  bool may_begin_with(char c) const {
    auto const folded = static_cast<unsigned char>(ascii_lower(c));
    return exact_first[static_cast<unsigned char>(c)] || any_case_first[folded] || loose_first[folded];
  }
};

// Whether a lookup may also use the loose part of a table.
enum class lookup_case { as_listed, loose };

struct symbol_tables {
  symbol_table<double> scales;
  symbol_table<double> number_words;
  // Currency codes and units are interned: a parse copies the handle a table holds, never its text.
  symbol_table<Interned> currencies;
  symbol_table<Qualifier> hedges;
  symbol_table<Direction> change_words;
  symbol_table<Interned> units;

  explicit symbol_tables(Vocabulary const& vocabulary);

  // Whether an entry of any of the tables may begin with c.
  bool any_may_begin_with(char c) const {
    return scales.may_begin_with(c) || number_words.may_begin_with(c) || currencies.may_begin_with(c) ||
           hedges.may_begin_with(c) || change_words.may_begin_with(c) || units.may_begin_with(c);
  }
};

// The key under which the tables travel through the parse context (x3::with).
struct symbol_tables_tag;

// Matches the longest entry of one of the context's tables that ends at a word boundary: a letter may
// not follow a match that ends in a letter ("bn" matches in "10bn yuan", "b" does not in "10 bags").
template <typename T, symbol_table<T> symbol_tables::*Table, lookup_case Case = lookup_case::as_listed>
struct table_lookup : x3::parser<table_lookup<T, Table, Case>> {
  using attribute_type = T;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attribute) const {
    symbol_table<T> const& table = x3::get<symbol_tables_tag>(context).*Table;
    x3::skip_over(first, last, context);
    if (first == last) return false;  // no entry is empty
    Iterator const start = first;
    auto const first_byte = static_cast<unsigned char>(*start);
    auto const folded_first_byte = static_cast<unsigned char>(ascii_lower(*start));
    T exact_value{};
    Iterator exact_end = start;
    bool const exact_found =
        table.exact_first[first_byte] && symbol_table<T>::pair_may_begin(table.exact_pairs, start, last, false) &&
        table.exact.parse(exact_end, last, context, rcontext, exact_value) && ends_at_boundary(exact_end, last);
    T any_value{};
    Iterator any_end = start;
    bool const any_found = table.any_case_first[folded_first_byte] &&
                           symbol_table<T>::pair_may_begin(table.any_case_pairs, start, last, true) &&
                           lookup_folded(table.any_case, any_end, last, any_value) && ends_at_boundary(any_end, last);
    if constexpr (Case == lookup_case::loose) {
      T loose_value{};
      Iterator loose_end = start;
      bool const loose_found = table.loose_first[folded_first_byte] &&
                               symbol_table<T>::pair_may_begin(table.loose_pairs, start, last, true) &&
                               lookup_folded(table.loose, loose_end, last, loose_value) &&
                               ends_at_boundary(loose_end, last);
      if (loose_found && (!exact_found || loose_end > exact_end) && (!any_found || loose_end > any_end)) {
        first = loose_end;
        x3::traits::move_to(loose_value, attribute);
        return true;
      }
    }
    if (exact_found && (!any_found || exact_end >= any_end)) {
      first = exact_end;
      x3::traits::move_to(exact_value, attribute);
      return true;
    }
    if (any_found) {
      first = any_end;
      x3::traits::move_to(any_value, attribute);
      return true;
    }
    return false;
  }

 private:
  template <typename Iterator>
  static bool ends_at_boundary(Iterator end, Iterator const& last) {
    return end == last || !is_ascii_letter(*(end - 1)) || !is_ascii_letter(*end);
  }
};

}  // namespace claimcheck::grammar
