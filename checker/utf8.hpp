// UTF-8 well-formedness, shared by the document reader (columns, cleaning) and the JSON writer.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimcheck {

// Length of the well-formed UTF-8 sequence starting at i (1 for ASCII), or 0 when the byte there cannot
// start one (overlong forms, surrogates and code points above U+10FFFF are not well-formed).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

}  // namespace claimcheck
