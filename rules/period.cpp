// Calendar periods: construction from months, the canonical text form, and parsing it back.
#include "rules/period.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

namespace claimcheck::rules {

namespace {

constexpr int kMonthsPerYear = 12;

int year_of(int month_index) { return month_index / kMonthsPerYear; }
int month_of(int month_index) { return month_index % kMonthsPerYear + 1; }

// Reads exactly `width` decimal digits from the front of `text`, consuming them.
std::optional<int> take_digits(std::string_view& text, std::size_t width) {
  if (text.size() < width) return std::nullopt;
  for (std::size_t i = 0; i < width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  int value = 0;
  std::from_chars(text.data(), text.data() + width, value);
  text.remove_prefix(width);
  return value;
}

// One end of a period: "2024", "2025-H1", "2024-Q4" or "2024-12".
std::optional<Period> parse_single(std::string_view text) {
  auto year = take_digits(text, 4);
  if (!year) return std::nullopt;
  if (text.empty()) return Period::year(*year);
  if (text.front() != '-') return std::nullopt;
  text.remove_prefix(1);
  if (text.size() == 2 && (text[0] == 'H' || text[0] == 'h')) {
    if (text[1] == '1') return Period::months(*year, 1, *year, 6);
    if (text[1] == '2') return Period::months(*year, 7, *year, 12);
    return std::nullopt;
  }
  if (text.size() == 2 && (text[0] == 'Q' || text[0] == 'q')) {
    int quarter = text[1] - '0';
    if (quarter < 1 || quarter > 4) return std::nullopt;
    return Period::months(*year, quarter * 3 - 2, *year, quarter * 3);
  }
  auto month = take_digits(text, 2);
  if (!month || !text.empty() || *month < 1 || *month > 12) return std::nullopt;
  return Period::months(*year, *month, *year, *month);
}

}  // namespace

Period Period::months(int year, int first_month, int last_year, int last_month) {
  return Period{year * kMonthsPerYear + first_month - 1, last_year * kMonthsPerYear + last_month - 1};
}

std::string Period::to_string() const {
  char buffer[max_text_bytes];
  return std::string(buffer, write(buffer));
}

std::size_t Period::write(char* out) const {
  const int first_year = year_of(first);
  const int last_year = year_of(last);
  const int first_month = month_of(first);
  const int last_month = month_of(last);
  const bool whole_years = first_month == 1 && last_month == 12;
  // Every claim's period is written out: the common forms (years 0 to 9999) are spelled here by hand,
  // which costs a fraction of a format call; anything else goes through fmt.
  if (first >= 0 && last >= 0 && first_year <= 9999 && last_year <= 9999) {
    std::size_t n = 0;
    auto put_digits = [&](int value, int width) {
      for (int k = width - 1; k >= 0; --k) {
        out[n + static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
        value /= 10;
      }
      n += static_cast<std::size_t>(width);
    };
    put_digits(first_year, 4);
    if (whole_years && first_year == last_year) return n;
    if (whole_years) {
      out[n++] = '/';
      put_digits(last_year, 4);
      return n;
    }
    out[n++] = '-';
    if (first_year == last_year) {
      const int length = last - first + 1;
      if (length == 1) {
        put_digits(first_month, 2);
        return n;
      }
      if (length == 6 && (first_month == 1 || first_month == 7)) {
        out[n++] = 'H';
        out[n++] = first_month == 1 ? '1' : '2';
        return n;
      }
      if (length == 3 && first_month % 3 == 1) {
        out[n++] = 'Q';
        out[n++] = static_cast<char>('0' + first_month / 3 + 1);
        return n;
      }
    }
    put_digits(first_month, 2);
    out[n++] = '/';
    put_digits(last_year, 4);
    out[n++] = '-';
    put_digits(last_month, 2);
    return n;
  }
  constexpr std::size_t room = max_text_bytes;
  const auto written = [](const fmt::format_to_n_result<char*>& result) {
    return std::min(result.size, max_text_bytes);
  };
  if (whole_years && first_year == last_year) return written(fmt::format_to_n(out, room, "{:04}", first_year));
  if (whole_years) return written(fmt::format_to_n(out, room, "{:04}/{:04}", first_year, last_year));
  if (first_year == last_year) {
    const int length = last - first + 1;
    if (length == 1) return written(fmt::format_to_n(out, room, "{:04}-{:02}", first_year, first_month));
    if (length == 6 && (first_month == 1 || first_month == 7)) {
      return written(fmt::format_to_n(out, room, "{:04}-H{}", first_year, first_month == 1 ? 1 : 2));
    }
    if (length == 3 && first_month % 3 == 1) {
      return written(fmt::format_to_n(out, room, "{:04}-Q{}", first_year, first_month / 3 + 1));
    }
  }
  return written(
      fmt::format_to_n(out, room, "{:04}-{:02}/{:04}-{:02}", first_year, first_month, last_year, last_month));
}

std::optional<Period> parse_period(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return parse_single(text);
  auto from = parse_single(text.substr(0, slash));
  auto to = parse_single(text.substr(slash + 1));
  if (!from || !to || to->last < from->first) return std::nullopt;
  return Period{from->first, to->last};
}

}  // namespace claimcheck::rules
