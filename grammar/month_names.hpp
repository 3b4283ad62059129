// The names of the months as drafts write them: one list, which the period grammar, its scan and the
// extractor's test of a day next to a month read.
#pragma once

#include "grammar/letter_run.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimcheck::grammar {

// A month's name, capitalised: its full name ("September") or a short one ("Sep", "Sept"), which the
// period grammar also reads with a full stop ("Sept.").
struct MonthName {
  std::string_view name;
  int month = 0;  // 1..12
  bool is_short = false;
};

inline constexpr std::array<MonthName, 24> month_names = {{
    {"January", 1, false},   {"February", 2, false}, {"March", 3, false},     {"April", 4, false},
    {"May", 5, false},       {"June", 6, false},     {"July", 7, false},      {"August", 8, false},
    {"September", 9, false}, {"October", 10, false}, {"November", 11, false}, {"December", 12, false},
    {"Jan", 1, true},        {"Feb", 2, true},       {"Mar", 3, true},        {"Apr", 4, true},
    {"Jun", 6, true},        {"Jul", 7, true},       {"Aug", 8, true},        {"Sep", 9, true},
    {"Sept", 9, true},       {"Oct", 10, true},      {"Nov", 11, true},       {"Dec", 12, true},
}};

namespace month_lookup {

// The month names of at most eight letters, by folded_key: the period scan asks this of capitalised
// words, the extractor of the words around small numbers.
constexpr std::string_view name_of(const MonthName& month) { return month.name; }
constexpr bool present(const MonthName&) { return true; }
inline constexpr ShortWordTable<bool> short_names(month_names, name_of, present);

constexpr bool equals_folded(std::string_view word, std::string_view name) {
  if (word.size() != name.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if ((word[k] | 0x20) != (name[k] | 0x20)) return false;
  }
  return true;
}

}  // namespace month_lookup

// Whether word is a month name in any case ("sept", "MAY", "September"; not "Sept."), given its
// folded_key when it has at most eight bytes (longer words are compared as they are).
constexpr bool is_month_name_in_any_case(std::string_view word, std::uint64_t key) {
  if (word.size() <= 8) return month_lookup::short_names.find(key) != nullptr;
  for (const MonthName& month : month_names) {
    if (month.name.size() > 8 && month_lookup::equals_folded(word, month.name)) return true;
  }
  return false;
}
constexpr bool is_month_name_in_any_case(std::string_view word) {
  return is_month_name_in_any_case(word, folded_key(word));
}
// Whether word is a short month name in any case ("Sept", "jan"), which a full stop may end as an
// abbreviation ("Sept. 3"); "June." ends a sentence.
constexpr bool is_short_month_name_in_any_case(std::string_view word) {
  for (const MonthName& month : month_names) {
    if (month.is_short && month_lookup::equals_folded(word, month.name)) return true;
  }
  return false;
}

// Whether c begins a month name as written ('J', 'F', 'M', 'A', 'S', 'O', 'N' or 'D'), as a table.
inline constexpr std::array<bool, 256> month_initials = [] {
  std::array<bool, 256> initials{};
  for (const MonthName& month : month_names) initials[static_cast<unsigned char>(month.name[0])] = true;
  return initials;
}();
constexpr bool is_month_initial(char c) { return month_initials[static_cast<unsigned char>(c)]; }

}  // namespace claimcheck::grammar
