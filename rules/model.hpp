// The rules model: everything an editor can set in a rules file, after loading and validation.
#pragma once

#include "rules/period.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::rules {

// Where a value came from, for messages: file, 1-based line and column.
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;

  bool operator==(const SourcePos&) const = default;
};

struct Currency {
  std::string code;                  // ISO 4217
  std::string name;                  // "Chinese yuan"
  std::vector<std::string> aliases;  // surface forms: "yuan", "RMB", "¥" ...
  SourcePos pos;

  bool operator==(const Currency&) const = default;
};

// Units of currency per 1 US dollar, on average over a period.
struct Rate {
  std::string currency;  // "CNY" (from pair "USD/CNY")
  Period period;
  double rate = 0;
  std::optional<double> tolerance;  // relative, 0.04 for 4%; falls back to the conversion default
  std::string source;
  SourcePos pos;

  bool operator==(const Rate&) const = default;
};

struct Metric {
  std::string id;
  std::string label;
  std::vector<std::string> aliases;
  std::string kind;                        // "money", "percent", "count", "" when not said
  std::vector<std::string> sum_of;         // this metric = sum of these
  std::vector<std::string> difference_of;  // this metric = first - second
  SourcePos pos;

  bool operator==(const Metric&) const = default;
};

struct Fact {
  std::string metric;
  std::string subject;
  Period period;
  std::optional<std::string> value;   // as written: "3.6130 trillion CNY"; parsed by the checker
  std::optional<std::string> change;  // as written: "+8.3%"
  std::string source;
  SourcePos pos;
  SourcePos value_pos;
  SourcePos change_pos;

  bool operator==(const Fact&) const = default;
};

struct Subject {
  std::string name;                  // canonical: "China"
  std::vector<std::string> aliases;  // "China", "Chinese", "PRC" ...

  bool operator==(const Subject&) const = default;
};

enum class Severity { off, info, warning, error };

struct CheckSetting {
  std::optional<Severity> severity;   // nullopt: the check's default
  std::optional<double> tolerance;    // per-check relative tolerance where the check has one
  SourcePos pos;

  bool operator==(const CheckSetting&) const = default;
};

struct Rules {
  int version = 1;
  std::vector<std::string> document_date;  // sources in order: "front-matter", "date-line"
  double tolerance = 0;                    // extra relative slack on every interval (0.005 for 0.5%)
  std::map<std::string, Currency> currencies;  // by code
  std::vector<Rate> rates;
  std::map<std::string, Metric> metrics;  // by id
  std::vector<Fact> facts;
  std::map<std::string, CheckSetting> checks;  // by check id
  std::map<std::string, Subject> subjects;     // by canonical name
  std::vector<std::pair<std::string, std::string>> hedges;        // phrase -> "~", ">", ">=", "<", "<="
  std::vector<std::pair<std::string, std::string>> change_words;  // word -> "up" / "down"
  std::vector<std::pair<std::string, std::string>> basis_words;   // "from a year earlier" -> "year-on-year"
  std::vector<std::pair<std::string, double>> scales;             // "billion" -> 1e9
  std::vector<std::pair<std::string, double>> number_words;       // "two" -> 2
  std::vector<std::pair<std::string, std::string>> units;         // "miles" -> "mile"
  std::vector<std::string> forecast_words;  // words after which a sentence's numbers are forecasts or targets
  std::vector<std::string> ignore;                                // glob patterns of paths
  std::vector<std::string> files;                                 // the files merged into this

  bool operator==(const Rules&) const = default;
};

}  // namespace claimcheck::rules
