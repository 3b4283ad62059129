// Attribution: gives each extracted quantity its metric, subject and period from the sentence and
// the sentences before it.
#pragma once

#include "checker/claim.hpp"
#include "checker/document.hpp"
#include "checker/phrase_table.hpp"
#include "grammar/extract.hpp"
#include "grammar/vocabulary.hpp"
#include "rules/model.hpp"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace claimcheck {

// The grammar's word lists, taken from the rules (defaults plus the user's file).
grammar::Vocabulary vocabulary_from_rules(const rules::Rules& rules);

// Everything attribution needs that does not change between documents; built once per run.
class Attributor {
 public:
  explicit Attributor(const rules::Rules& rules);
  // Claims of one document in text order. date_override ("YYYY-MM-DD", from --date) wins over the
  // document's own date.
  std::vector<Claim> attribute(const Document& document, std::uint32_t document_index,
                               const std::vector<grammar::ExtractedClaim>& extracted,
                               const std::optional<std::string>& date_override) const;
  const grammar::Extractor& extractor() const { return extractor_; }

 private:
  PhraseTable metrics_;   // alias -> metric id
  PhraseTable subjects_;  // alias -> subject name
  PhraseTable sentence_words_;  // forecast words ("expected", "target") and basis words ("from a year earlier")
  std::unordered_set<std::string> percent_metrics_;  // ids of the metrics of kind percent
  WordIndex change_words_;                           // the rules' change words of one word, folded
  std::vector<grammar::Direction> change_directions_;  // of each of change_words_, by its number
  // Currency names as words ("u.s. dollars", "yuan") and their codes, for "in dollar terms".
  std::vector<std::pair<std::string, std::string>> currency_terms_;
  std::vector<std::string> metric_labels_;
  grammar::Extractor extractor_;
};

// The year, month of a "YYYY-MM-DD" date; nullopt when it is not one.
std::optional<std::pair<int, int>> parse_date(std::string_view date);

}  // namespace claimcheck
