// The per-file half of a run: read, clean, extract and attribute one draft; independent of all others.
#pragma once

#include "checker/attribution.hpp"
#include "checker/claim.hpp"
#include "checker/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct DocumentResult {
  std::string path;
  bool read = false;
  std::string error;  // why it could not be read
  std::size_t bytes = 0;
  std::vector<Claim> claims;
  std::vector<Suppression> suppressions;
  std::optional<rules::Period> month;  // the month of the draft's date (or of --date)
};

DocumentResult process_file(const std::string& path, std::uint32_t index, const Attributor& attributor,
                            const std::optional<std::string>& date_override);
DocumentResult process_document(const Document& document, std::uint32_t index, const Attributor& attributor,
                                const std::optional<std::string>& date_override);

// Appends the claims of one file as lines of JSON, as `claimcheck extract` prints them (DESIGN.md
// lists the fields).
void append_claims_json(std::string& out, std::string_view path, const std::vector<Claim>& claims);

// "3.6 trillion yuan" style rendering of a quantity for messages: value with its unit.
std::string describe_quantity(const grammar::Quantity& q);
// One value in a unit, the same way: "9.19 trillion CNY", "2.67%".
std::string describe_amount(double value, const std::string& unit);

}  // namespace claimcheck
