// The one translation unit that instantiates the claim parsers (it alone pays for the templates).
#include "grammar/claim_def.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(claim_phrase_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)

claim_phrase_type const& claim_phrase() { return claim_phrase_rule; }
quantity_type const& quantity() { return quantity_rule; }

std::vector<std::string> grammar_words() {
  std::vector<std::string> words(std::begin(keywords), std::end(keywords));
  auto add_keys = [&](auto const& table) {
    table.lookup->for_each([&](std::string const& key, auto const&) { words.push_back(key); });
  };
  add_keys(ordinal_words);
  add_keys(denominator_words);
  add_keys(change_bases);
  return words;
}

std::vector<std::string> keyword_words() { return {std::begin(keywords), std::end(keywords)}; }

double denominator_value(std::string const& word) {
  double const* const value = denominator_words.find(word);
  return value != nullptr ? *value : 0;
}

}  // namespace claimcheck::grammar::parser
