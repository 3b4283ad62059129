// Fuzz target: the scanner and the claim grammar on arbitrary bytes, with the built-in vocabulary.
#include "checker/attribution.hpp"
#include "grammar/extract.hpp"
#include "rules/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const claimcheck::grammar::Extractor& default_extractor() {
  static const claimcheck::grammar::Extractor extractor(
      claimcheck::vocabulary_from_rules(claimcheck::rules::default_rules()));
  return extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& extractor = default_extractor();
  const auto claims = extractor.extract(text);
  // The extractor promises spans inside the text, in offset order, and conversions that point back
  // at another claim of the same result: a broken promise here is an out-of-bounds read later.
  std::size_t previous_offset = 0;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto& claim = claims[i];
    if (claim.offset > size || claim.length > size - claim.offset) std::abort();
    if (claim.phrase_offset > size || claim.phrase_length > size - claim.phrase_offset) std::abort();
    if (claim.offset < previous_offset) std::abort();
    previous_offset = claim.offset;
    if (claim.converts && *claim.converts >= claims.size()) std::abort();
  }
  (void)extractor.parse_quantity(text);
  return 0;
}
