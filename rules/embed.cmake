# Turns default.yaml into a C++ byte array, so the defaults ship inside the binary.
# The bytes are unsigned: the file is UTF-8 (currency symbols), and bytes above 127 do not fit a char.
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUTPUT}
"// Generated from rules/default.yaml by rules/embed.cmake; do not edit.\n"
"#include <string_view>\n"
"namespace claimcheck::rules {\n"
"namespace { constexpr unsigned char kDefaultYaml[] = {${bytes} 0x00}; }\n"
"std::string_view default_rules_text() { return {reinterpret_cast<const char*>(kDefaultYaml), sizeof(kDefaultYaml) - 1}; }\n"
"}  // namespace claimcheck::rules\n")
