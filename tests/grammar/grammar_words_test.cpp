// The extractor prunes where a phrase may start with the words the grammar reads (claim.hpp,
// grammar_words); a keyword("...") added to claim_def.hpp but not to its keyword list would make it
// silently miss phrases, so this test reads the grammar's source and compares.
#include "grammar/claim.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

TEST_CASE("every keyword of the claim grammar is among its grammar words") {
  std::ifstream source(std::string(CLAIMCHECK_SOURCE_DIR) + "/grammar/claim_def.hpp");
  REQUIRE(source);
  std::stringstream buffer;
  buffer << source.rdbuf();
  const std::string text = buffer.str();
  const std::vector<std::string> words = claimcheck::grammar::parser::grammar_words();
  const std::set<std::string> known(words.begin(), words.end());
  const std::string call = "keyword(\"";
  std::size_t calls = 0;
  for (std::size_t at = text.find(call); at != std::string::npos; at = text.find(call, at + 1)) {
    const std::size_t first = at + call.size();
    const std::size_t last = text.find('"', first);
    REQUIRE(last != std::string::npos);
    ++calls;
    const std::string word = text.substr(first, last - first);
    INFO("keyword(\"" << word << "\") in claim_def.hpp");
    CHECK(known.count(word) == 1);
  }
  CHECK(calls > 40);
  // Ordinals, denominators and change bases come from the grammar's own tables.
  for (const char* word : {"first", "twentieth", "halves", "hundredths", "year-on-year", "yoy"}) {
    INFO(word);
    CHECK(known.count(word) == 1);
  }
}
