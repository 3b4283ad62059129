// Fuzz target: the rules-file loader and validator on arbitrary YAML, merged over the built-in defaults.
#include "checker/checks/check.hpp"
#include "rules/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const claimcheck::rules::Rules defaults = claimcheck::rules::default_rules();
  static const std::vector<std::string> known_checks = claimcheck::check_ids();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = claimcheck::rules::load_rules(text, "fuzz.yaml", defaults, known_checks);
  for (const auto& error : result.errors) {
    // Every error must say where it is, so that an editor can find it.
    if (error.pos.file != "fuzz.yaml" || error.message.empty()) std::abort();
    (void)error.to_string();
  }
  return 0;
}
