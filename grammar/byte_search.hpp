// The first of a few given bytes in a stretch of text, sixteen bytes at a time where the processor
// has SSE2 (every x86-64 processor does): for the loops that pass plain text to the next byte that
// matters, such as the Markdown cleaner's markup and the sentence splitter's full stops and line ends.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::byte_search {

// Whether c is one of Bytes, as a table.
template <char... Bytes>
inline constexpr std::array<bool, 256> byte_set = [] {
  std::array<bool, 256> set{};
  ((set[static_cast<unsigned char>(Bytes)] = true), ...);
  return set;
}();

// The first position in [from, limit) whose byte is one of Bytes, or limit when there is none (from
// when from is past limit already); byte by byte.
template <char... Bytes>
std::size_t first_of_bytewise(std::string_view text, std::size_t from, std::size_t limit) {
  while (from < limit && !byte_set<Bytes...>[static_cast<unsigned char>(text[from])]) ++from;
  return from;
}

// The same position, sixteen bytes at a time while as many remain before limit. limit is at most
// text.size().
template <char... Bytes>
std::size_t first_of(std::string_view text, std::size_t from, std::size_t limit) {
#if defined(__SSE2__)
  for (; from < limit && limit - from >= 16; from += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
    __m128i found = _mm_setzero_si128();
    ((found = _mm_or_si128(found, _mm_cmpeq_epi8(v, _mm_set1_epi8(Bytes)))), ...);
    if (const int mask = _mm_movemask_epi8(found); mask != 0) {
      return from + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    }
  }
#endif
  return first_of_bytewise<Bytes...>(text, from, limit);
}

}  // namespace claimcheck::byte_search
