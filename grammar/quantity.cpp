// Names of qualifiers, roles and directions as they appear in output and in rules files.
#include "grammar/quantity.hpp"

namespace claimcheck::grammar {

std::string_view to_string(Qualifier q) {
  switch (q) {
    case Qualifier::exact: return "=";
    case Qualifier::about: return "~";
    case Qualifier::over: return ">";
    case Qualifier::at_least: return ">=";
    case Qualifier::under: return "<";
    case Qualifier::at_most: return "<=";
  }
  return "=";
}

std::string_view to_string(Role r) {
  switch (r) {
    case Role::level: return "level";
    case Role::change: return "change";
    case Role::share: return "share";
    case Role::rank: return "rank";
    case Role::conversion: return "conversion";
  }
  return "level";
}

std::string_view to_string(Direction d) {
  switch (d) {
    case Direction::none: return "";
    case Direction::up: return "up";
    case Direction::down: return "down";
  }
  return "";
}

std::optional<Qualifier> qualifier_from_symbol(std::string_view symbol) {
  for (Qualifier q : {Qualifier::exact, Qualifier::about, Qualifier::over, Qualifier::at_least, Qualifier::under,
                      Qualifier::at_most}) {
    if (to_string(q) == symbol) return q;
  }
  return std::nullopt;
}

}  // namespace claimcheck::grammar
