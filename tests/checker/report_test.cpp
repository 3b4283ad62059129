// Tests of the reporters (text, JSON, SARIF, GitHub), their escaping, and the order of findings.
#include "checker/finding.hpp"
#include "checker/report.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

using namespace claimcheck;
using nlohmann::json;

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// Source lines keyed by (file, line), standing in for the run's documents.
struct Sources {
  std::map<std::pair<std::string, std::size_t>, std::string> lines;
  std::function<std::string_view(const std::string&, std::size_t)> lookup() const {
    return [this](const std::string& file, std::size_t line) -> std::string_view {
      const auto found = lines.find({file, line});
      return found == lines.end() ? std::string_view{} : std::string_view{found->second};
    };
  }
};

Location at(std::string file, std::size_t line, std::size_t column, std::size_t offset,
            std::size_t length, std::string message = {}) {
  return Location{std::move(file), line, column, offset, length, std::move(message)};
}

Finding make_finding(std::string check, rules::Severity severity, std::string message,
                     Location location) {
  Finding finding;
  finding.check = std::move(check);
  finding.severity = severity;
  finding.message = std::move(message);
  finding.location = std::move(location);
  return finding;
}

// A small run: a cross-draft conflict, a points warning on a line with a tab and a non-ASCII
// character, an unresolved period, and a silenced finding that must not be shown.
struct SampleRun {
  Sources sources;
  std::vector<Finding> findings;
  RunSummary summary;
  std::vector<CheckInfo> checks;

  SampleRun() {
    sources.lines[{"drafts/a.md", 3}] =
        "China's exports totaled 12.46 trillion yuan in the first half of 2025.";
    sources.lines[{"drafts/a.md", 5}] = "\tThe share of C\xC3\xB4te d'Ivoire in exports rose 1.2 percent.";
    sources.lines[{"drafts/b.md", 1}] = "Exports hit 13 trillion yuan in the first half of 2025.";
    sources.lines[{"drafts/c.txt", 1}] = "Last year R&D spending exceeded 3.6 trillion yuan.";

    Finding conflict = make_finding(
        "conflict", rules::Severity::error,
        "exports given as 12.46 trillion yuan for 2025-H1, but drafts/b.md says 13 trillion yuan",
        at("drafts/a.md", 3, 25, 64, 19));
    conflict.related.push_back(at("drafts/b.md", 1, 13, 12, 16, "drafts/b.md says 13 trillion yuan"));
    conflict.evidence["interval"] = json::array({12.455e12, 12.465e12});
    conflict.evidence["other_interval"] = json::array({12.5e12, 13.5e12});
    findings.push_back(conflict);

    findings.push_back(make_finding(
        "points", rules::Severity::warning,
        "a share changes in percentage points: \"rose 1.2 percent\" should say percentage points",
        at("drafts/a.md", 5, 45, 180, 11)));

    Finding silenced = make_finding("scale", rules::Severity::warning, "silenced by an editor",
                                    at("drafts/b.md", 1, 13, 12, 16));
    silenced.silenced = true;
    findings.push_back(silenced);

    findings.push_back(make_finding("unresolved-period", rules::Severity::info,
                                    "\"Last year\" cannot be resolved: the document has no date",
                                    at("drafts/c.txt", 1, 1, 0, 9)));

    summary.documents = 3;
    summary.claims = 41;
    summary.silenced = 1;

    checks.push_back({"conflict", rules::Severity::error,
                      "the same metric, subject and period given incompatible values",
                      "Two claims about one metric, subject and period conflict when the "
                      "intervals their numbers denote do not overlap."});
    checks.push_back({"points", rules::Severity::warning,
                      "percent used for the change of a percentage",
                      "A share that rose 1.2 percent is ambiguous; percentage points say what "
                      "moved."});
    checks.push_back({"unresolved-period", rules::Severity::info,
                      "relative periods in a document with no date",
                      "Last year and this year need the document's date to mean a year."});
  }

  ReportInput input(bool color = false) const {
    return ReportInput{findings, summary, checks, sources.lookup(), color};
  }
};

template <typename Reporter>
std::string render(Reporter reporter, const ReportInput& input) {
  std::ostringstream out;
  reporter(out, input);
  return out.str();
}

// A run whose every string carries something hostile: terminal escapes, a C1 CSI, workflow
// commands, newlines, HTML metacharacters and bytes that are not UTF-8.
struct HostileRun {
  Sources sources;
  std::vector<Finding> findings;
  RunSummary summary;
  std::vector<CheckInfo> checks;

  static constexpr const char* kMessage =
      "value \x1b[2J\x1b]0;pwned\x07 \xC2\x9B" "31m <script>&\"x\" 100% \r\n::error::injected"
      "\n::set-env name=A::b \xFF\xFE end";

  HostileRun() {
    const std::string file = "drafts/evil\x1b[1m,name:x.md";
    sources.lines[{file, 2}] = "Exports \x1b[31mrose\x7F \xC2\x85 5 percent \xFF to 2 trillion yuan.";
    Finding finding = make_finding("conflict", rules::Severity::error, kMessage, at(file, 2, 22, 40, 9));
    finding.related.push_back(at("drafts/other\n::error::x.md", 7, 3, 90, 4, kMessage));
    finding.evidence["quote"] = kMessage;
    findings.push_back(finding);
    summary.documents = 1;
    summary.claims = 2;
    checks.push_back({"conflict", rules::Severity::error, "conflicting values", "Conflicts."});
  }

  ReportInput input(bool color) const {
    return ReportInput{findings, summary, checks, sources.lookup(), color};
  }
};

int run_command(const std::string& command) {
  const int status = std::system(command.c_str());
  return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool jsonschema_available() {
  return run_command("python3 -c 'import jsonschema' >/dev/null 2>&1") == 0;
}

std::filesystem::path write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() /
                    (name + "-" + std::to_string(static_cast<long>(::getpid())) + ".sarif");
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// Runs the schema check script on one file; `quiet` hides the report of an expected failure.
int validate_sarif(const std::filesystem::path& file, bool quiet = false) {
  const std::string command = std::string("python3 '") + CLAIMCHECK_SOURCE_DIR +
                              "/tests/cli/sarif_schema_check.py' --schema '" +
                              CLAIMCHECK_SHARED_DIR + "/schemas/sarif-schema-2.1.0.json' '" +
                              file.string() + "'" + (quiet ? " 2>/dev/null" : "");
  return run_command(command);
}

}  // namespace

TEST_SUITE("strip_control") {
  TEST_CASE("terminal escapes and DEL become question marks, one per character") {
    CHECK(strip_control("Exports \x1b[2Jrose\x7F") == "Exports ?[2Jrose?");
    CHECK(strip_control("bell\x07 and\rreturn\nnewline") == "bell? and?return?newline");
  }

  TEST_CASE("C1 controls such as the single-byte CSI are replaced") {
    CHECK(strip_control("a\xC2\x9B" "31mb") == "a?31mb");
    CHECK(strip_control("next line\xC2\x85here") == "next line?here");
  }

  TEST_CASE("tabs and valid UTF-8 text are kept as they are") {
    const std::string text = "\tC\xC3\xB4te d'Ivoire, \xE4\xB8\xAD\xE5\x9B\xBD, \xF0\x9F\x93\x88 +8.3%";
    CHECK(strip_control(text) == text);
    CHECK(strip_control("\xC2\xA0" "3.6\xE2\x80\xAFtrillion") == "\xC2\xA0" "3.6\xE2\x80\xAFtrillion");
  }

  TEST_CASE("each byte of invalid UTF-8 becomes one question mark") {
    CHECK(strip_control("rose \xFF\xFE 5%") == "rose ?? 5%");
    CHECK(strip_control("cut \xE4\xB8") == "cut ??");            // truncated sequence
    CHECK(strip_control("slash \xC0\xAF") == "slash ??");        // overlong encoding
    CHECK(strip_control("half \xED\xA0\x80.") == "half ???.");  // UTF-16 surrogate
    CHECK(strip_control("\x80" "cont") == "?cont");               // stray continuation byte
  }
}

TEST_SUITE("github escaping") {
  TEST_CASE("data escapes percent, CR and LF and nothing else") {
    CHECK(github_escape_data("up 100% in a:b, c\r\n::error::x") ==
          "up 100%25 in a:b, c%0D%0A::error::x");
  }

  TEST_CASE("property values also escape colon and comma") {
    CHECK(github_escape_property("drafts/a,b:c%.md\n") == "drafts/a%2Cb%3Ac%25.md%0A");
  }
}

TEST_SUITE("sort_findings") {
  TEST_CASE("findings are ordered by file, then offset, then check, then message") {
    std::vector<Finding> findings;
    findings.push_back(make_finding("points", rules::Severity::warning, "m", at("b.md", 1, 1, 5, 1)));
    findings.push_back(make_finding("scale", rules::Severity::error, "z", at("a.md", 9, 1, 90, 1)));
    findings.push_back(make_finding("conflict", rules::Severity::error, "y", at("a.md", 2, 1, 10, 1)));
    findings.push_back(make_finding("conflict", rules::Severity::error, "x", at("a.md", 2, 1, 10, 1)));
    findings.push_back(make_finding("arithmetic", rules::Severity::error, "w", at("a.md", 2, 1, 10, 1)));
    sort_findings(findings);
    std::vector<std::string> order;
    for (const auto& finding : findings) order.push_back(finding.location.file + " " + finding.check + " " + finding.message);
    CHECK(order == std::vector<std::string>{"a.md arithmetic w", "a.md conflict x", "a.md conflict y",
                                            "a.md scale z", "b.md points m"});
  }

  TEST_CASE("findings equal on every key keep the order they came in") {
    std::vector<Finding> findings;
    for (const char* tag : {"first", "second", "third"}) {
      Finding finding = make_finding("conflict", rules::Severity::error, "same", at("a.md", 1, 1, 0, 1));
      finding.evidence["tag"] = tag;
      findings.push_back(finding);
    }
    std::swap(findings[0], findings[2]);  // third, second, first
    sort_findings(findings);
    CHECK(findings[0].evidence["tag"] == "third");
    CHECK(findings[1].evidence["tag"] == "second");
    CHECK(findings[2].evidence["tag"] == "first");
  }

  TEST_CASE("severities have their lower-case names") {
    CHECK(to_string(rules::Severity::error) == "error");
    CHECK(to_string(rules::Severity::warning) == "warning");
    CHECK(to_string(rules::Severity::info) == "info");
    CHECK(to_string(rules::Severity::off) == "off");
  }
}

TEST_SUITE("text report") {
  TEST_CASE("findings read like compiler diagnostics with the source line and an underline") {
    const SampleRun run;
    const std::string expected =
        "drafts/a.md:3:25: error: exports given as 12.46 trillion yuan for 2025-H1, but drafts/b.md "
        "says 13 trillion yuan [conflict]\n"
        "China's exports totaled 12.46 trillion yuan in the first half of 2025.\n"
        "                        ^~~~~~~~~~~~~~~~~~~\n"
        "drafts/b.md:1:13: note: drafts/b.md says 13 trillion yuan\n"
        "drafts/a.md:5:45: warning: a share changes in percentage points: \"rose 1.2 percent\" "
        "should say percentage points [points]\n"
        "\tThe share of C\xC3\xB4te d'Ivoire in exports rose 1.2 percent.\n"
        "\t                                           ^~~~~~~~~~~\n"
        "drafts/c.txt:1:1: info: \"Last year\" cannot be resolved: the document has no date "
        "[unresolved-period]\n"
        "Last year R&D spending exceeded 3.6 trillion yuan.\n"
        "^~~~~~~~~\n"
        "\n"
        "3 documents, 41 claims: 1 error, 1 warning, 1 info (1 silenced)\n";
    CHECK(render(report_text, run.input()) == expected);
  }

  TEST_CASE("with colour the location is bold, the severity coloured and the underline green") {
    SampleRun run;
    run.findings.resize(1);
    run.findings[0].related.clear();
    run.summary = RunSummary{.documents = 1, .claims = 2};
    const std::string expected =
        "\x1b[1mdrafts/a.md:3:25:\x1b[0m \x1b[1;31merror:\x1b[0m exports given as 12.46 trillion "
        "yuan for 2025-H1, but drafts/b.md says 13 trillion yuan [conflict]\n"
        "China's exports totaled 12.46 trillion yuan in the first half of 2025.\n"
        "\x1b[1;32m                        ^~~~~~~~~~~~~~~~~~~\x1b[0m\n"
        "\n"
        "1 document, 2 claims: 1 error, 0 warnings, 0 info\n";
    CHECK(render(report_text, run.input(true)) == expected);
  }

  TEST_CASE("a run without findings prints the summary alone, with unreadable and reference counts") {
    const std::vector<Finding> none;
    const RunSummary summary{.documents = 1, .reference_documents = 5, .unreadable = 2, .claims = 1};
    const std::vector<CheckInfo> checks;
    const ReportInput input{none, summary, checks, {}, false};
    CHECK(render(report_text, input) ==
          "1 document, 1 claim: 0 errors, 0 warnings, 0 info; 2 inputs could not be read; "
          "5 reference documents compared against\n");
  }

  TEST_CASE("a finding whose source line is unavailable is shown without an excerpt") {
    const std::vector<Finding> findings{make_finding("reference", rules::Severity::warning,
                                                     "R&D spending differs from the rules file",
                                                     at("gone.md", 4, 2, 30, 3))};
    const RunSummary summary{.documents = 1, .claims = 1};
    const std::vector<CheckInfo> checks;
    const ReportInput input{findings, summary, checks, {}, false};
    CHECK(render(report_text, input) ==
          "gone.md:4:2: warning: R&D spending differs from the rules file [reference]\n\n"
          "1 document, 1 claim: 0 errors, 1 warning, 0 info\n");
  }

  TEST_CASE("an underline that would run past the end of the line stops at the line's end") {
    Sources sources;
    sources.lines[{"a.md", 1}] = "Trade rose to 4.2";  // the claim continues on the next line
    const std::vector<Finding> findings{
        make_finding("scale", rules::Severity::error, "slip", at("a.md", 1, 15, 14, 17))};
    const RunSummary summary{.documents = 1, .claims = 1};
    const std::vector<CheckInfo> checks;
    const ReportInput input{findings, summary, checks, sources.lookup(), false};
    CHECK(render(report_text, input) ==
          "a.md:1:15: error: slip [scale]\n"
          "Trade rose to 4.2\n"
          "              ^~~\n"
          "\n"
          "1 document, 1 claim: 1 error, 0 warnings, 0 info\n");
  }

  TEST_CASE("a very long line is cut to a window around the claim, with the caret moved along") {
    Sources sources;
    const std::string before = repeat("word ", 300);  // 1500 bytes
    const std::string after = repeat(" word", 300);
    sources.lines[{"seed.txt", 1}] = before + "3.6 trillion yuan" + after;
    const std::vector<Finding> findings{
        make_finding("conflict", rules::Severity::error, "differs", at("seed.txt", 1, 1501, 1500, 17))};
    const RunSummary summary{.documents = 1, .claims = 1};
    const std::vector<CheckInfo> checks;
    const ReportInput input{findings, summary, checks, sources.lookup(), false};
    // 100 bytes of context on each side: 20 words before and 20 after.
    const std::string expected = "seed.txt:1:1501: error: differs [conflict]\n..." +
                                 repeat("word ", 20) + "3.6 trillion yuan" + repeat(" word", 20) +
                                 "...\n" + std::string(3 + 100, ' ') + "^~~~~~~~~~~~~~~~~\n\n" +
                                 "1 document, 1 claim: 1 error, 0 warnings, 0 info\n";
    CHECK(render(report_text, input) == expected);
  }

  TEST_CASE("a window edge that falls inside a word moves to the nearest space") {
    Sources sources;
    const std::string before = repeat("abcdefghi ", 150) + "in ";  // 1503 bytes
    const std::string after = "," + repeat(" abcdefghi", 150);
    sources.lines[{"seed.txt", 1}] = before + "3.6 trillion yuan" + after;
    const std::vector<Finding> findings{
        make_finding("conflict", rules::Severity::error, "differs", at("seed.txt", 1, 1504, 1503, 17))};
    const RunSummary summary{.documents = 1, .claims = 1};
    const std::vector<CheckInfo> checks;
    const ReportInput input{findings, summary, checks, sources.lookup(), false};
    // 100 bytes before the claim is byte 1403, the "d" of a word: the window starts after the
    // space at 1409. 100 bytes after it is byte 1620, an "i": the window ends at the space at 1611.
    const std::string expected = "seed.txt:1:1504: error: differs [conflict]\n..." +
                                 repeat("abcdefghi ", 9) + "in 3.6 trillion yuan," +
                                 repeat(" abcdefghi", 9) + "...\n" + std::string(3 + 93, ' ') +
                                 "^~~~~~~~~~~~~~~~~\n\n" +
                                 "1 document, 1 claim: 1 error, 0 warnings, 0 info\n";
    CHECK(render(report_text, input) == expected);
  }

  TEST_CASE("a long line of multi-byte characters is cut on character boundaries") {
    Sources sources;
    const std::string zhong = "\xE4\xB8\xAD";  // 3 bytes, one column
    sources.lines[{"zh.txt", 1}] = repeat(zhong, 1000) + "3.6 trillion yuan" + repeat(zhong, 1000);
    const std::vector<Finding> findings{
        make_finding("conflict", rules::Severity::error, "differs", at("zh.txt", 1, 1001, 3000, 17))};
    const RunSummary summary{.documents = 1, .claims = 1};
    const std::vector<CheckInfo> checks;
    const ReportInput input{findings, summary, checks, sources.lookup(), false};
    // The window starts at the first character boundary at or after 100 bytes before the claim
    // (byte 2901: 33 characters) and ends at the last one within 100 bytes after it (33 again).
    const std::string expected = "zh.txt:1:1001: error: differs [conflict]\n..." +
                                 repeat(zhong, 33) + "3.6 trillion yuan" + repeat(zhong, 33) +
                                 "...\n" + std::string(3 + 33, ' ') + "^~~~~~~~~~~~~~~~~\n\n" +
                                 "1 document, 1 claim: 1 error, 0 warnings, 0 info\n";
    CHECK(render(report_text, input) == expected);
  }

  TEST_CASE("without colour no escape byte from the draft reaches the terminal") {
    const HostileRun run;
    const std::string out = render(report_text, run.input(false));
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find('\x7f') == std::string::npos);
    CHECK(out.find("\xC2\x9B") == std::string::npos);
    CHECK(out.find("\xC2\x85") == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find("\xFF") == std::string::npos);
    // Everything else is still there to read: the file, the message, the sentence and the caret.
    CHECK(out.find("drafts/evil?[1m,name:x.md:2:22: error: value ?[2J?]0;pwned? ?31m "
                   "<script>&\"x\" 100% ??::error::injected?::set-env name=A::b ?? end [conflict]\n"
                   "Exports ?[31mrose? ? 5 percent ? to 2 trillion yuan.\n"
                   "                     ^~~~~~~~~\n") != std::string::npos);
    // One line per diagnostic, excerpt and note, a blank line and the summary: the message's
    // newlines did not add lines.
    CHECK(std::count(out.begin(), out.end(), '\n') == 6);
  }

  TEST_CASE("with colour the only escape sequences are the reporter's own") {
    const HostileRun run;
    const std::string out = render(report_text, run.input(true));
    CHECK(out.find("\x1b[2J") == std::string::npos);
    CHECK(out.find("\x1b]0;") == std::string::npos);
    CHECK(out.find("\x1b[31m") == std::string::npos);
    CHECK(out.find("?[2J?]0;pwned?") != std::string::npos);
  }
}

TEST_SUITE("json report") {
  TEST_CASE("the report lists unsilenced findings with related locations, evidence and a summary") {
    SampleRun run;
    run.findings.erase(run.findings.begin() + 1);  // keep the conflict, the silenced and the info
    const std::string expected = R"({
  "version": 1,
  "documents": 3,
  "claims": 41,
  "findings": [
    {
      "check": "conflict",
      "severity": "error",
      "message": "exports given as 12.46 trillion yuan for 2025-H1, but drafts/b.md says 13 trillion yuan",
      "file": "drafts/a.md",
      "line": 3,
      "column": 25,
      "offset": 64,
      "length": 19,
      "related": [
        {
          "file": "drafts/b.md",
          "line": 1,
          "column": 13,
          "offset": 12,
          "length": 16,
          "message": "drafts/b.md says 13 trillion yuan"
        }
      ],
      "evidence": {
        "interval": [
          12455000000000.0,
          12465000000000.0
        ],
        "other_interval": [
          12500000000000.0,
          13500000000000.0
        ]
      }
    },
    {
      "check": "unresolved-period",
      "severity": "info",
      "message": "\"Last year\" cannot be resolved: the document has no date",
      "file": "drafts/c.txt",
      "line": 1,
      "column": 1,
      "offset": 0,
      "length": 9,
      "related": [],
      "evidence": {}
    }
  ],
  "summary": {
    "errors": 1,
    "warnings": 0,
    "info": 1,
    "silenced": 1,
    "unreadable": 0,
    "reference_documents": 0
  }
}
)";
    CHECK(render(report_json, run.input()) == expected);
  }

  TEST_CASE("hostile text and invalid UTF-8 still give JSON that parses back") {
    const HostileRun run;
    const std::string out = render(report_json, run.input(false));
    const json parsed = json::parse(out);  // throws, and fails the test, on invalid JSON
    REQUIRE(parsed["findings"].size() == 1);
    const std::string message = parsed["findings"][0]["message"];
    // Control characters survive as JSON escapes; the two bad bytes become U+FFFD each.
    CHECK(message ==
          "value \x1b[2J\x1b]0;pwned\x07 \xC2\x9B" "31m <script>&\"x\" 100% \r\n::error::injected"
          "\n::set-env name=A::b \xEF\xBF\xBD\xEF\xBF\xBD end");
    CHECK(parsed["findings"][0]["evidence"]["quote"] == message);
    CHECK(parsed["findings"][0]["related"][0]["file"] == "drafts/other\n::error::x.md");
    CHECK(out.find('\x1b') == std::string::npos);  // escaped as \u001b in the text
  }
}

TEST_SUITE("sarif report") {
  TEST_CASE("results carry rule, level, a relative URI and a region in code points") {
    SampleRun run;
    run.findings[0].location.file = "./drafts/a.md";
    run.findings[1].location.file = "drafts/My Draft #1 caf\xC3\xA9.md";
    run.sources.lines[{"./drafts/a.md", 3}] = run.sources.lines[{"drafts/a.md", 3}];
    run.sources.lines[{"drafts/My Draft #1 caf\xC3\xA9.md", 5}] = run.sources.lines[{"drafts/a.md", 5}];
    const json log = json::parse(render(report_sarif, run.input()));

    CHECK(log["version"] == "2.1.0");
    REQUIRE(log["runs"].size() == 1);
    const json& sarif_run = log["runs"][0];
    CHECK(sarif_run["tool"]["driver"]["name"] == "claimcheck");
    CHECK(sarif_run["columnKind"] == "unicodeCodePoints");
    const json& rules = sarif_run["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 3);
    CHECK(rules[1]["id"] == "points");
    CHECK(rules[2]["name"] == "UnresolvedPeriod");
    CHECK(rules[1]["shortDescription"]["text"] == "percent used for the change of a percentage");
    CHECK(rules[2]["defaultConfiguration"]["level"] == "note");

    const json& results = sarif_run["results"];
    REQUIRE(results.size() == 3);  // the silenced finding is left out
    CHECK(results[0]["ruleId"] == "conflict");
    CHECK(results[0]["ruleIndex"] == 0);
    CHECK(results[0]["level"] == "error");
    const json& first = results[0]["locations"][0]["physicalLocation"];
    CHECK(first["artifactLocation"] == json{{"uri", "drafts/a.md"}, {"uriBaseId", "%SRCROOT%"}});
    CHECK(first["region"] == json{{"startLine", 3}, {"startColumn", 25}, {"endLine", 3},
                                  {"endColumn", 44}, {"byteOffset", 64}, {"byteLength", 19}});
    const json& related = results[0]["relatedLocations"][0];
    CHECK(related["id"] == 1);
    CHECK(related["message"]["text"] == "drafts/b.md says 13 trillion yuan");
    CHECK(related["physicalLocation"]["region"]["endColumn"] == 29);
    CHECK(results[0]["properties"]["evidence"]["other_interval"][1] == 13.5e12);

    // "1.2 percent" starts at column 45 (after a tab and 43 characters, one of them two bytes).
    const json& second = results[1]["locations"][0]["physicalLocation"];
    CHECK(second["artifactLocation"]["uri"] == "drafts/My%20Draft%20%231%20caf%C3%A9.md");
    CHECK(second["region"]["endColumn"] == 56);
    CHECK(results[1]["ruleIndex"] == 1);
    CHECK(results[1]["level"] == "warning");
    CHECK(results[2]["level"] == "note");
    CHECK(sarif_run["properties"]["summary"]["silenced"] == 1);
  }

  TEST_CASE("a finding of a check missing from the rule list still points at a rule") {
    SampleRun run;
    run.checks.clear();
    const json log = json::parse(render(report_sarif, run.input()));
    const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 3);
    CHECK(rules[2]["id"] == "unresolved-period");
    CHECK(log["runs"][0]["results"][2]["ruleIndex"] == 2);
  }

  TEST_CASE("SARIF output validates against the SARIF 2.1.0 schema, hostile text included") {
    if (!jsonschema_available()) {
      MESSAGE("python3 jsonschema is not installed; SARIF schema validation skipped");
      return;
    }
    const SampleRun sample;
    const HostileRun hostile;
    const auto sample_file = write_temp("claimcheck-report-sample", render(report_sarif, sample.input()));
    const auto hostile_file = write_temp("claimcheck-report-hostile", render(report_sarif, hostile.input(false)));
    CHECK(validate_sarif(sample_file) == 0);
    CHECK(validate_sarif(hostile_file) == 0);

    // The validator itself must be able to say no.
    json broken = json::parse(render(report_sarif, sample.input()));
    broken["runs"][0]["results"][0]["level"] = "fatal";
    const auto broken_file = write_temp("claimcheck-report-broken", broken.dump());
    CHECK(validate_sarif(broken_file, true) == 1);

    std::filesystem::remove(sample_file);
    std::filesystem::remove(hostile_file);
    std::filesystem::remove(broken_file);
  }

  TEST_CASE("hostile text still gives SARIF that parses back") {
    const HostileRun run;
    const json log = json::parse(render(report_sarif, run.input(false)));
    const json& result = log["runs"][0]["results"][0];
    CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "drafts/evil%1B%5B1m%2Cname%3Ax.md");
    CHECK(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "drafts/other%0A%3A%3Aerror%3A%3Ax.md");
  }
}

TEST_SUITE("github report") {
  TEST_CASE("each finding is one workflow command with related locations in the message") {
    const SampleRun run;
    const std::string expected =
        "::error file=drafts/a.md,line=3,col=25,endColumn=44,title=claimcheck conflict::exports "
        "given as 12.46 trillion yuan for 2025-H1, but drafts/b.md says 13 trillion yuan; see "
        "drafts/b.md:1:13 (drafts/b.md says 13 trillion yuan)\n"
        "::warning file=drafts/a.md,line=5,col=45,endColumn=56,title=claimcheck points::a share "
        "changes in percentage points: \"rose 1.2 percent\" should say percentage points\n"
        "::notice file=drafts/c.txt,line=1,col=1,endColumn=10,title=claimcheck "
        "unresolved-period::\"Last year\" cannot be resolved: the document has no date\n";
    CHECK(render(report_github, run.input()) == expected);
  }

  TEST_CASE("paths and messages cannot start a new workflow command") {
    std::vector<Finding> findings{make_finding(
        "conflict", rules::Severity::warning, "up 100%\n::error::forged, then: more\r\n",
        at("drafts/a,b:c.md", 2, 3, 20, 4))};
    findings[0].related.push_back(at("drafts/x.md", 9, 1, 80, 4, "says 5%\n::warning::x"));
    const RunSummary summary{.documents = 1, .claims = 1};
    const std::vector<CheckInfo> checks;
    const ReportInput input{findings, summary, checks, {}, false};
    CHECK(render(report_github, input) ==
          "::warning file=drafts/a%2Cb%3Ac.md,line=2,col=3,title=claimcheck conflict::up "
          "100%25%0A::error::forged, then: more%0D%0A; see drafts/x.md:9:1 (says 5%25%0A::warning::x)\n");
  }

  TEST_CASE("hostile text yields exactly one line per finding and no escape bytes") {
    const HostileRun run;
    const std::string out = render(report_github, run.input(false));
    CHECK(std::count(out.begin(), out.end(), '\n') == 1);
    CHECK(out.back() == '\n');
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("\xC2\x9B") == std::string::npos);
    CHECK(out.starts_with("::error file=drafts/evil?[1m%2Cname%3Ax.md,line=2,col=22,endColumn=31,"
                          "title=claimcheck conflict::value ?[2J?]0;pwned? ?31m <script>&\"x\" "
                          "100%25 %0D%0A::error::injected%0A::set-env name=A::b ?? end; see "
                          "drafts/other%0A::error::x.md:7:3 ("));
  }
}
