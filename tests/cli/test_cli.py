"""The command line's contracts: exit codes, output formats, rules-file errors, determinism, spans."""
import json
import os
import re
import subprocess
import sys
import unittest

from clitest import SEED_DATED, SEEDS, SHARED, SOURCE, TempDir, check_json, extract, run, seed_text

EXAMPLES = os.path.join(SOURCE, "examples")
NEWSROOM = os.path.join(EXAMPLES, "newsroom")
RULES = os.path.join(EXAMPLES, "claimcheck.yaml")


class ExitCodes(TempDir):
    def test_clean_examples_exit_0(self):
        code, out, err = run("check", os.path.join(EXAMPLES, "clean"))
        self.assertEqual(code, 0, out + err)
        self.assertRegex(out, r"4 documents, \d+ claims: 0 errors, 0 warnings, 0 info")

    def test_newsroom_exits_1_and_every_check_fires(self):
        code, report, err = check_json("newsroom", cwd=EXAMPLES)
        self.assertEqual(code, 1, err)
        fired = {f["check"] for f in report["findings"]}
        self.assertEqual(fired, {"conversion", "conflict", "change-conflict", "scale", "arithmetic", "points",
                                 "reference", "unresolved-period"})
        self.assertEqual(report["summary"]["silenced"], 1)

    def test_fail_on_never_and_warning(self):
        code, _, _ = run("check", "--fail-on", "never", NEWSROOM)
        self.assertEqual(code, 0)
        path = self.write("a.md", "---\ndate: 2025-01-01\n---\n\nThe unemployment rate rose 0.2 percent in 2024.\n")
        self.assertEqual(run("check", path)[0], 0)
        self.assertEqual(run("check", "--fail-on", "warning", path)[0], 1)

    def test_a_missing_path_exits_2_naming_it(self):
        code, out, err = run("check", os.path.join(self.dir, "nope.md"))
        self.assertEqual(code, 2)
        self.assertIn("nope.md", err)
        code, out, err = run("extract", os.path.join(self.dir, "nope.md"))
        self.assertEqual(code, 2)
        self.assertIn("nope.md", err)

    def test_bad_usage_exits_2(self):
        self.assertEqual(run("check", "--format", "xml", SEEDS)[0], 2)
        self.assertEqual(run("check", "--date", "yesterday", SEEDS)[0], 2)
        self.assertEqual(run("frobnicate")[0], 2)


class BrokenRules(TempDir):
    def assertRejected(self, yaml_text, line, column, words):
        rules = self.write("rules.yaml", yaml_text)
        code, out, err = run("check", "--rules", rules, SEEDS)
        self.assertEqual(code, 2, err)
        self.assertEqual(out, "", "nothing may be checked")
        self.assertIn(f"{rules}:{line}:{column}:", err)
        for w in words:
            self.assertIn(w, err)
        self.assertEqual(run("rules", "validate", rules)[0], 2)

    def test_unknown_key_with_suggestion(self):
        self.assertRejected("version: 1\ncurrencys:\n  CNY: {aliases: [yuan]}\n", 2, 1, ["currencies"])

    def test_bad_indentation(self):
        self.assertRejected("version: 1\nhedges:\n  north of: \">\"\n shy of: \"<\"\n", 4, 2, [])

    def test_negative_rate(self):
        self.assertRejected("rates:\n  - {pair: USD/CNY, period: 2024, rate: -7.19}\n", 2, 41, ["rate"])

    def test_unknown_check(self):
        self.assertRejected("checks:\n  conflicts: off\n", 2, 3, ["conflict"])

    def test_a_fact_value_that_is_not_a_quantity(self):
        self.assertRejected("facts:\n  - {metric: gdp, subject: China, period: 2024, value: lots}\n", 2, 56, ["lots"])

    def test_the_newsroom_rules_validate(self):
        code, out, err = run("rules", "validate", RULES)
        self.assertEqual(code, 0, err)
        self.assertIn("valid", out)


class Formats(TempDir):
    def test_sarif_validates_against_the_schema(self):
        code, out, err = run("check", "--format", "sarif", "newsroom", cwd=EXAMPLES)
        self.assertEqual(code, 1, err)
        path = self.write("out.sarif", out)
        schema = os.path.join(SHARED, "schemas", "sarif-schema-2.1.0.json")
        checker = os.path.join(os.path.dirname(__file__), "sarif_schema_check.py")
        proc = subprocess.run([sys.executable, checker, "--schema", schema, path], capture_output=True, text=True)
        if proc.returncode == 77:
            self.skipTest("python3-jsonschema is not installed")
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        log = json.loads(out)
        results = log["runs"][0]["results"]
        self.assertEqual(len(results), 11)
        self.assertTrue(all(r["ruleId"] for r in results))
        self.assertTrue(any(r.get("relatedLocations") for r in results))

    def test_github_commands_escape_draft_text(self):
        path = self.write("a,b:c.md", "---\ndate: 2025-01-01\n---\n\n"
                                       "China's GDP was 134.9 trillion yuan in 2024. Note: %0A::error::x.\n\n"
                                       "China's GDP was 120.1 trillion yuan in 2024.\n")
        code, out, err = run("check", "--format", "github", path)
        self.assertEqual(code, 1, err)
        lines = out.splitlines()
        self.assertEqual(len(lines), 1, out)
        self.assertTrue(lines[0].startswith("::error file="))
        self.assertIn("a%2Cb%3Ac.md", lines[0])
        props, message = lines[0][len("::error "):].split("::", 1)
        self.assertNotIn("::", message)
        self.assertNotIn("\n", message)

    def test_text_output_names_file_line_column_and_check(self):
        code, out, err = run("check", NEWSROOM)
        self.assertEqual(code, 1)
        self.assertRegex(out, re.compile(r"^\S+2025-07-16-exporters\.md:6:88: error: .* \[conflict\]$", re.M))
        self.assertIn("note:", out)
        self.assertNotIn("\x1b", out)  # NO_COLOR is set by the test harness

    def test_jobs_do_not_change_a_byte(self):
        outputs = set()
        for jobs in ("1", "2", "4"):
            for fmt in ("json", "sarif", "text"):
                code, out, err = run("check", "--jobs", jobs, "--format", fmt, NEWSROOM, SEEDS)
                outputs.add((fmt, out))
        self.assertEqual(len(outputs), 3)
        a = run("extract", "--jobs", "1", SEEDS, NEWSROOM)[1]
        b = run("extract", "--jobs", "2", SEEDS, NEWSROOM)[1]
        self.assertEqual(a, b)

    def test_rules_explain(self):
        code, out, err = run("rules", "explain")
        self.assertEqual(code, 0)
        for check in ("conversion", "conflict", "change-conflict", "scale", "arithmetic", "points", "reference",
                      "unresolved-period"):
            self.assertIn(check, out)
        code, out, err = run("rules", "explain", "conversion")
        self.assertEqual(code, 0)
        self.assertIn("exchange rate", out)
        self.assertEqual(run("rules", "explain", "nonsense")[0], 2)


class Reference(TempDir):
    def test_reference_drafts_are_compared_but_not_reported(self):
        old = self.write("published/a.md", "---\ndate: 2025-01-01\n---\n\nChina's GDP was 134.9 trillion yuan in 2024."
                                           "\n\nChina's GDP was 120.1 trillion yuan in 2024.\n")
        new = self.write("drafts/b.md", "---\ndate: 2025-02-01\n---\n\nChina's GDP was 110.1 trillion yuan in 2024.\n")
        code, report, err = check_json("--reference", os.path.dirname(old), new)
        self.assertEqual(code, 1, err)
        self.assertEqual([f["file"] for f in report["findings"]], [new])
        self.assertEqual(report["documents"], 1)
        self.assertEqual(report["summary"]["reference_documents"], 1)


class Spans(TempDir):
    """Line, column and offset of a claim point at that exact text in the original file."""

    def assertPointsAt(self, path, claim):
        data = open(path, "rb").read()
        start, length = claim["offset"], claim["length"]
        self.assertEqual(data[start:start + length].decode("utf-8"), claim["text"])
        line_start = data.rfind(b"\n", 0, start) + 1
        self.assertEqual(claim["line"], data.count(b"\n", 0, start) + 1)
        self.assertEqual(claim["column"], len(data[line_start:start].decode("utf-8")) + 1)

    def test_markdown(self):
        path = self.write("a.md", "---\ntitle: \"Trade\"\ndate: 2025-07-14\n---\n\n# Trade\n\n"
                                  "In the *first half* of 2025, China’s exports rose **7.2 percent** to "
                                  "[13 trillion yuan](https://example.com/x).\n")
        claims = extract(path)
        self.assertEqual([c["text"] for c in claims], ["7.2 percent", "13 trillion yuan"])
        for c in claims:
            self.assertPointsAt(path, c)
        self.assertEqual((claims[1]["line"], claims[1]["column"]), (8, 71))
        self.assertEqual(claims[1]["period"], "2025-H1")

    def test_html(self):
        path = self.write("a.html", "<html><head><meta name=\"date\" content=\"2025-07-14\"></head><body>\n"
                                    "<p>China&rsquo;s exports rose <b>7.2&nbsp;percent</b> to\n"
                                    "<em>13 trillion yuan</em> in the first half of 2025.</p></body></html>\n")
        claims = extract(path)
        self.assertEqual(len(claims), 2)
        data = open(path, "rb").read()
        self.assertEqual(claims[0]["offset"], data.index(b"7.2&nbsp;percent"))
        self.assertEqual((claims[1]["line"], claims[1]["column"]), (3, 5))
        self.assertPointsAt(path, claims[1])
        self.assertEqual(claims[1]["period"], "2025-H1")


if __name__ == "__main__":
    unittest.main()


class Readme(TempDir):
    def test_the_readme_rules_example_validates(self):
        text = open(os.path.join(SOURCE, "README.md"), encoding="utf-8").read()
        block = text.split("```yaml\n", 1)[1].split("```", 1)[0]
        path = self.write("claimcheck.yaml", block)
        code, out, err = run("rules", "validate", path)
        self.assertEqual(code, 0, err)
