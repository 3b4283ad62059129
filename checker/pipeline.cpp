// Reading, extraction and attribution of one draft, and the claim's JSON form.
#include "checker/pipeline.hpp"

#include "checker/json_writer.hpp"

#include <fmt/format.h>
#include <cmath>

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
  const std::optional<std::string>& date = date_override ? date_override : document.date;
  if (date) {
    if (const auto year_month = parse_date(*date)) {
      result.month = rules::Period::months(year_month->first, year_month->second, year_month->first, year_month->second);
    }
  }
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

void append_claims_json(std::string& out, std::string_view path, const std::vector<Claim>& claims) {
  // Lines are about 350 bytes: one allocation for the file's lines instead of a doubling series.
  constexpr std::size_t typical_line_bytes = 400;
  out.reserve(out.size() + claims.size() * typical_line_bytes);
  JsonAppender j(out);
  // Every line starts with the same file name: escaped once here, copied as it is per claim.
  std::string line_start;
  JsonAppender(line_start).literal("{\"file\":").string(path).literal(",\"line\":");
  for (const Claim& c : claims) {
    j.literal(line_start).integer(c.line).literal(",\"column\":").integer(c.column);
    j.literal(",\"offset\":").integer(c.offset).literal(",\"length\":").integer(c.length);
    j.literal(",\"text\":").known_string(c.text).literal(",\"role\":").plain_string(grammar::to_string(c.role));
    if (c.quantity.is_range) {
      j.literal(",\"low\":").number(c.quantity.low).literal(",\"high\":").number(c.quantity.high);
    } else {
      j.literal(",\"value\":").number(c.quantity.low);
    }
    j.literal(",\"precision\":").number(c.quantity.precision).literal(",\"unit\":").known_string(c.quantity.unit);
    j.literal(",\"qualifier\":").plain_string(grammar::to_string(c.quantity.qualifier));
    if (c.role == grammar::Role::change) j.literal(",\"direction\":").plain_string(grammar::to_string(c.direction));
    j.literal(",\"metric\":").known_string(c.metric).literal(",\"metric_text\":").known_string(c.metric_text);
    j.literal(",\"subject\":").known_string(c.subject);
    if (c.period) {
      char period[rules::Period::max_text_bytes];
      j.literal(",\"period\":").plain_string(std::string_view(period, c.period->write(period)));
    } else {
      j.literal(",\"period\":null");
    }
    if (c.period_unresolved) j.literal(",\"period_unresolved\":true");
    if (c.forecast) j.literal(",\"forecast\":true");
    j.literal(",\"sentence\":{\"offset\":").integer(c.sentence_offset);
    j.literal(",\"length\":").integer(c.sentence_length).literal("}");
    if (c.converts && *c.converts < claims.size()) {
      const Claim& other = claims[*c.converts];
      j.literal(",\"converts\":{\"offset\":").integer(other.offset).literal(",\"length\":").integer(other.length);
      j.literal(",\"text\":").known_string(other.text).literal("}");
    }
    if (!c.share_of.empty()) j.literal(",\"share_of\":").known_string(c.share_of);
    if (!c.change_basis.empty()) j.literal(",\"change_basis\":").known_string(c.change_basis);
    j.literal("}\n");
  }
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
