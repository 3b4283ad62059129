// Reading, extraction and attribution of one draft, and the claim's JSON form.
#include "checker/pipeline.hpp"

#include <cmath>
#include <fmt/format.h>

namespace claimcheck {

DocumentResult process_document(const Document& document, std::uint32_t index, const Attributor& attributor,
                                const std::optional<std::string>& date_override) {
  DocumentResult result;
  result.path = document.path;
  result.read = true;
  result.bytes = document.original.size();
  const auto extracted = attributor.extractor().extract(document.text);
  result.claims = attributor.attribute(document, index, extracted, date_override);
  result.suppressions = document.suppressions;
  return result;
}

DocumentResult process_file(const std::string& path, std::uint32_t index, const Attributor& attributor,
                            const std::optional<std::string>& date_override) {
  std::string error;
  auto bytes = read_file(path, error);
  if (!bytes) {
    DocumentResult result;
    result.path = path;
    result.error = error;
    return result;
  }
  const Document document = make_document(path, std::move(*bytes));
  return process_document(document, index, attributor, date_override);
}

namespace {

// Shortest decimal text that reads back as the same double, without exponent for ordinary sizes.
nlohmann::ordered_json number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v)) return static_cast<long long>(v);
  return v;
}

}  // namespace

nlohmann::ordered_json claim_to_json(const Claim& c, const std::string& path, const std::vector<Claim>& claims) {
  nlohmann::ordered_json j;
  j["file"] = path;
  j["line"] = c.line;
  j["column"] = c.column;
  j["offset"] = c.offset;
  j["length"] = c.length;
  j["text"] = c.text;
  j["role"] = grammar::to_string(c.role);
  if (c.quantity.is_range) {
    j["low"] = number(c.quantity.low);
    j["high"] = number(c.quantity.high);
  } else {
    j["value"] = number(c.quantity.low);
  }
  j["precision"] = number(c.quantity.precision);
  j["unit"] = c.quantity.unit;
  j["qualifier"] = grammar::to_string(c.quantity.qualifier);
  if (c.role == grammar::Role::change) j["direction"] = grammar::to_string(c.direction);
  j["metric"] = c.metric;
  j["metric_text"] = c.metric_text;
  j["subject"] = c.subject;
  if (c.period) {
    j["period"] = c.period->to_string();
  } else {
    j["period"] = nullptr;
  }
  if (c.period_unresolved) j["period_unresolved"] = true;
  j["sentence"] = {{"offset", c.sentence_offset}, {"length", c.sentence_length}};
  if (c.converts && *c.converts < claims.size()) {
    const Claim& other = claims[*c.converts];
    j["converts"] = {{"offset", other.offset}, {"length", other.length}, {"text", other.text}};
  }
  if (!c.share_of.empty()) j["share_of"] = c.share_of;
  if (!c.change_basis.empty()) j["change_basis"] = c.change_basis;
  return j;
}

namespace {

std::string scaled(double v) {
  struct Scale {
    double factor;
    const char* word;
  };
  static constexpr Scale scales[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const auto& s : scales) {
    if (std::fabs(v) >= s.factor) return fmt::format("{:.4g}{}", v / s.factor, s.word);
  }
  return fmt::format("{:.4g}", v);
}

std::string with_unit(std::string value, const std::string& unit) {
  if (unit == "percent") return value + "%";
  if (unit == "percentage_point") return value + " percentage points";
  if (unit.empty()) return value;
  return value + " " + unit;
}

}  // namespace

std::string describe_quantity(const grammar::Quantity& q) {
  return with_unit(q.is_range ? scaled(q.low) + "-" + scaled(q.high) : scaled(q.low), q.unit);
}

std::string describe_amount(double value, const std::string& unit) { return with_unit(scaled(value), unit); }

}  // namespace claimcheck
