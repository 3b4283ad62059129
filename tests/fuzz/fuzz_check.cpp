// Fuzz target: the whole check pipeline on two or three generated drafts, and every report format.
#include "checker/attribution.hpp"
#include "checker/checks/check.hpp"
#include "checker/pipeline.hpp"
#include "checker/report.hpp"
#include "rules/loader.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

// A NUL byte separates drafts: it is meaningless inside a draft, so splitting on it costs the fuzzer
// nothing it could otherwise explore.
std::vector<std::string_view> split_drafts(std::string_view input) {
  std::vector<std::string_view> drafts;
  while (drafts.size() < 2) {
    const std::size_t cut = input.find('\0');
    if (cut == std::string_view::npos) break;
    drafts.push_back(input.substr(0, cut));
    input.remove_prefix(cut + 1);
  }
  drafts.push_back(input);
  return drafts;
}

// True when s holds anything a terminal could act on: C0 and C1 controls other than line feed and tab,
// DEL, or bytes that are not well-formed UTF-8 (an 8-bit terminal reads a lone 0x9B as CSI).
bool has_terminal_control(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
      if ((lead < 0x20 && lead != '\n' && lead != '\t') || lead == 0x7F) return true;
      ++i;
      continue;
    }
    std::size_t length = 0;
    char32_t code_point = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2, code_point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3, code_point = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4, code_point = lead & 0x07;
    } else {
      return true;
    }
    if (s.size() - i < length) return true;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(s[i + k]);
      if ((next & 0xC0) != 0x80) return true;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    const char32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (code_point < smallest || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return true;
    if (code_point <= 0x9F) return true;
    i += length;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const claimcheck::rules::Rules rules = claimcheck::rules::default_rules();
  static const claimcheck::Attributor attributor(rules);
  static const claimcheck::RateTable rates(rules, 0.04);
  static constexpr std::array<const char*, 3> extensions{".txt", ".md", ".html"};
  if (size == 0) return 0;

  // The first byte picks the readers and whether the first draft is a reference draft.
  const unsigned layout = data[0];
  const auto drafts = split_drafts(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));

  std::vector<claimcheck::Document> documents;
  std::vector<claimcheck::RunDocument> run_documents;
  claimcheck::ClaimList claims;
  claimcheck::RunSummary summary;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    const std::string path = "drafts/" + std::to_string(i) + extensions[(layout + i) % extensions.size()];
    documents.push_back(claimcheck::make_document(path, std::string(drafts[i])));
    auto result = claimcheck::process_document(documents.back(), static_cast<std::uint32_t>(i), attributor,
                                               std::nullopt);
    const bool reference = i == 0 && (layout & 0x80) != 0;
    const std::size_t base = claims.size();
    for (auto& claim : result.claims) {
      if (claim.offset > drafts[i].size() || claim.length > drafts[i].size() - claim.offset) std::abort();
      claim.document = static_cast<std::uint32_t>(i);
      if (claim.converts) *claim.converts += base;
      if (!reference) ++summary.claims;
      claims.push_back(std::move(claim));
    }
    run_documents.push_back({path, reference, std::move(result.suppressions), result.month});
    ++(reference ? summary.reference_documents : summary.documents);
  }

  const claimcheck::CheckInput input{run_documents, claims, rules, rates, attributor.extractor()};
  const auto findings = claimcheck::run_checks(input);
  for (const auto& finding : findings) summary.silenced += finding.silenced ? 1 : 0;

  std::vector<claimcheck::CheckInfo> infos;
  for (const auto& check : claimcheck::all_checks()) infos.push_back(check.info);
  const claimcheck::ReportInput report{
      findings, summary, infos,
      [&](const std::string& file, std::size_t line) -> std::string_view {
        for (const auto& doc : documents) {
          if (doc.path == file) return doc.line_text(line);
        }
        return {};
      },
      false};

  // JSON and SARIF must always parse, whatever the drafts contain.
  for (const auto writer : {&claimcheck::report_json, &claimcheck::report_sarif}) {
    std::ostringstream out;
    writer(out, report);
    if (!nlohmann::json::accept(out.str())) std::abort();
  }
  // Text output may echo draft lines, but never a byte that a terminal would act on.
  {
    std::ostringstream out;
    claimcheck::report_text(out, report);
    if (has_terminal_control(out.str())) std::abort();
  }
  // One workflow command per finding and per line: a draft cannot start a command of its own.
  {
    std::ostringstream out;
    claimcheck::report_github(out, report);
    const std::string text = out.str();
    std::size_t reported = 0;
    for (const auto& finding : findings) reported += finding.silenced ? 0 : 1;
    std::size_t lines = 0;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = text.find('\n', start);
      if (end == std::string::npos || text.compare(start, 2, "::") != 0) std::abort();
      const std::string_view line(text.data() + start, end - start);
      if (has_terminal_control(line)) std::abort();
      ++lines;
      start = end + 1;
    }
    if (lines > reported) std::abort();
  }
  return 0;
}
