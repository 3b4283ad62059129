// conversion: an amount and its conversion in brackets at an exchange rate the table rules out.
#include "checker/checks/registry.hpp"

#include <cmath>
#include <fmt/format.h>

namespace claimcheck {
namespace {

double conversion_tolerance(const CheckContext& ctx, const RateLookup& rate) {
  const auto setting = ctx.input.rules.checks.find("conversion");
  if (rate.source != nullptr && rate.source->tolerance) return *rate.source->tolerance;
  if (setting != ctx.input.rules.checks.end() && setting->second.tolerance) return *setting->second.tolerance;
  return 0.04;
}

std::string currency_name(const CheckContext& ctx, const std::string& code) {
  const auto it = ctx.input.rules.currencies.find(code);
  if (it == ctx.input.rules.currencies.end()) return code;
  if (!it->second.aliases.empty() && std::islower(static_cast<unsigned char>(it->second.aliases.front()[0])) != 0) {
    return it->second.aliases.front();
  }
  return code;
}

// The table's rate for an amount and its conversion in a period: units of the amount's currency per
// unit of the converted one, the entry it comes from, and its tolerance.
struct TableRate {
  double expected = 0;
  RateLookup table;
  double tolerance = 0;
};

std::optional<TableRate> table_rate(const CheckContext& ctx, const Claim& conv, const Claim& amount,
                                    const rules::Period& period) {
  const auto rate_amount = ctx.input.rates.find(amount.quantity.unit, period);
  const auto rate_conv = ctx.input.rates.find(conv.quantity.unit, period);
  if (!rate_amount || !rate_conv) return std::nullopt;
  const RateLookup& table = rate_amount->source != nullptr ? *rate_amount : *rate_conv;
  return TableRate{rate_amount->rate / rate_conv->rate, table, conversion_tolerance(ctx, table)};
}

bool converts_at_rate_of_draft_date(const CheckContext& ctx, const Claim& conv, const Claim& amount, double implied) {
  const std::optional<rules::Period>& month = ctx.input.documents[conv.document].month;
  // Only for a period that ended within fifteen months of the draft (last year's figure, or the year
  // before's in the draft's first months): a figure of 2019 in a draft of 2025 is converted at its own
  // year's rate.
  if (!month || !amount.period || month->last <= amount.period->last || month->last - amount.period->last > 15) {
    return false;
  }
  const auto at_month = table_rate(ctx, conv, amount, *month);
  return at_month && std::fabs(implied / at_month->expected - 1) <= at_month->tolerance;
}

void run(CheckContext& ctx) {
  const auto& claims = ctx.input.claims;
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    const Claim& conv = claims[i];
    if (conv.role != grammar::Role::conversion || !conv.converts || !ctx.reportable(conv)) continue;
    const std::size_t partner_index = *conv.converts;
    if (partner_index >= claims.size() || claims[partner_index].document != conv.document) continue;
    const Claim& amount = claims[partner_index];
    if (dimension_of(conv) != Dimension::money || dimension_of(amount) != Dimension::money) continue;
    if (conv.quantity.unit == amount.quantity.unit || conv.quantity.low <= 0 || amount.quantity.low <= 0) continue;
    if (!amount.period) continue;  // without a period there is no rate to compare with

    const auto at_period = table_rate(ctx, conv, amount, *amount.period);
    if (!at_period) continue;
    // Units of the amount's currency per unit of the converted currency.
    const double implied = amount.quantity.low / conv.quantity.low;
    const double expected = at_period->expected;
    const RateLookup& table = at_period->table;
    const double tolerance = at_period->tolerance;
    const double off = implied / expected - 1;
    if (std::fabs(off) <= tolerance) continue;
    // A newsroom converts at the rate of the day it writes as often as at the period's average: a
    // figure for 2024 in a draft of February 2025 may be converted at a 2025 rate.
    if (converts_at_rate_of_draft_date(ctx, conv, amount, implied)) continue;

    const std::string unit_a = currency_name(ctx, amount.quantity.unit);
    const std::string unit_b = currency_name(ctx, conv.quantity.unit);
    const auto slip = scale_slip_factor(implied, expected);
    std::string message = fmt::format(
        "{} converted as {}: implied rate {:.4g} {} per {}; the {} table says {:.4g} (tolerance {:g}%)", amount.text,
        conv.text, implied, unit_a, unit_b,
        table.source != nullptr ? table.source->period.to_string() : period_label(amount), expected, tolerance * 100);
    if (slip) message += fmt::format(": off by a factor of {:g}, a likely million/billion/trillion slip", *slip);
    Finding& f = ctx.report(conv, std::move(message));
    ctx.relate(f, amount, fmt::format("the amount converted: {}", amount.text));
    f.evidence["implied_rate"] = implied;
    f.evidence["table_rate"] = expected;
    f.evidence["rate_period"] = table.source != nullptr ? table.source->period.to_string() : period_label(amount);
    if (table.source != nullptr && !table.source->source.empty()) f.evidence["rate_source"] = table.source->source;
    f.evidence["tolerance"] = tolerance;
    f.evidence["deviation"] = off;
  }
}

}  // namespace

Check conversion_check() {
  return {{"conversion", rules::Severity::error, "a currency conversion at an exchange rate the table rules out",
           "For an amount followed by its conversion in brackets (\"2 trillion yuan ($280 billion)\"), divides "
           "one by the other to get the implied exchange rate and compares it with the rate table for the "
           "period of the claim (annual averages by default), and, when the period ended before the draft's "
           "date by at most fifteen months, with the rate at that date, at which newsrooms convert as often. The "
           "stated values are compared as points, since "
           "both sides convert one amount; a deviation beyond the tolerance (4% unless the rules file says "
           "otherwise) is reported, with the implied and the table's rate."},
          run,
          /*reads_index=*/false};
}

}  // namespace claimcheck
