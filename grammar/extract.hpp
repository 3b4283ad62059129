// The extractor's entry point: scan a text for candidate positions and parse one claim phrase at each.
#pragma once

#include "grammar/quantity.hpp"
#include "grammar/vocabulary.hpp"

#include <memory>
#include <string_view>
#include <vector>

namespace claimcheck::grammar {

class Extractor {
 public:
  explicit Extractor(const Vocabulary& vocabulary);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // All claim phrases in text, in order of offset. Thread-safe: one Extractor serves all workers.
  std::vector<ExtractedClaim> extract(std::string_view text) const;

  // Parses a whole string as one quantity ("3.6130 trillion CNY", "8.3%"); nullopt when it is not one.
  std::optional<Quantity> parse_quantity(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck::grammar
