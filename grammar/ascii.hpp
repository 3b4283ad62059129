// ASCII byte tests and case folding without the C library's locale lookups: the reader, the scanner,
// the grammar and attribution ask these of nearly every byte. No Boost, so that any file may include it.
#pragma once

namespace claimcheck::grammar {

inline constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline constexpr bool is_ascii_letter(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline constexpr bool is_ascii_alnum(char c) { return is_ascii_letter(c) || is_ascii_digit(c); }
// The grammar's white space: x3::space in the "C" locale the program runs in, where the C library's
// isspace is these six bytes: ' ' and '\t', '\n', '\v', '\f', '\r', which are 9 to 13.
inline constexpr bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline constexpr char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace claimcheck::grammar
