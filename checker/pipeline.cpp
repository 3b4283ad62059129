// Reading, extraction and attribution of one draft, and the claim's JSON form.
#include "checker/pipeline.hpp"

#include "checker/json_writer.hpp"

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

void append_claim_json(std::string& out, const Claim& c, const std::string& path, const std::vector<Claim>& claims) {
  JsonObjectWriter j(out);
  j.string("file", path).integer("line", c.line).integer("column", c.column);
  j.integer("offset", c.offset).integer("length", c.length).string("text", c.text);
  j.string("role", grammar::to_string(c.role));
  if (c.quantity.is_range) {
    j.number("low", c.quantity.low).number("high", c.quantity.high);
  } else {
    j.number("value", c.quantity.low);
  }
  j.number("precision", c.quantity.precision).string("unit", c.quantity.unit);
  j.string("qualifier", grammar::to_string(c.quantity.qualifier));
  if (c.role == grammar::Role::change) j.string("direction", grammar::to_string(c.direction));
  j.string("metric", c.metric).string("metric_text", c.metric_text).string("subject", c.subject);
  if (c.period) {
    j.string("period", c.period->to_string());
  } else {
    j.null("period");
  }
  if (c.period_unresolved) j.boolean("period_unresolved", true);
  j.object("sentence").integer("offset", c.sentence_offset).integer("length", c.sentence_length).end();
  if (c.converts && *c.converts < claims.size()) {
    const Claim& other = claims[*c.converts];
    j.object("converts").integer("offset", other.offset).integer("length", other.length).string("text", other.text).end();
  }
  if (!c.share_of.empty()) j.string("share_of", c.share_of);
  if (!c.change_basis.empty()) j.string("change_basis", c.change_basis);
  j.end();
  out.push_back('\n');
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
