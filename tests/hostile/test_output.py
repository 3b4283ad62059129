"""Output injection: draft text and file names full of terminal escapes, workflow commands and markup
never change what any output format means."""
import json
import os
import re
import unittest
from urllib.parse import unquote

from hostile import TempDir, run

# A folder name that tries every trick at once: a colour escape, a workflow command with its own
# properties, a newline, markup and JSON quoting, a backslash and something that looks pre-escaped.
HOSTILE_FOLDER = "drafts \x1b[31m::error file=x::owned\n<&>\"'\\%0A,"
TERMINAL_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")


class OutputInjection(TempDir):
    def setUp(self):
        super().setUp()
        self.folder = os.path.join(self.dir, HOSTILE_FOLDER)
        self.write(os.path.join(HOSTILE_FOLDER, "a.txt"),
                   "date 2025-07-11\n\nIn 2024, China's exports totaled $3.58 trillion, up 5.9 percent.\n")
        # The conflicting claim shares its line with a title-setting OSC sequence, a screen clear, a
        # workflow command, markup, a JSON-breaking quote and backslash, and U+0085 (a C1 newline).
        self.write(os.path.join(HOSTILE_FOLDER, "b.txt"),
                   "date 2025-07-11\n\nIn 2024, China's exports \x1b]0;pwned\x07\x1b[2J totaled $3.1 trillion "
                   "::error::boom <b>&amp;\"\\\u0085 </script>, up 5.9 percent.\r\n")
        self.a = os.path.join(self.folder, "a.txt")
        self.b = os.path.join(self.folder, "b.txt")

    def test_json_is_valid_and_keeps_the_file_name_exactly(self):
        r = run("check", "--format", "json", self.folder)
        self.assertEqual(r.code, 1, r)
        report = r.json()
        self.assertEqual(len(report["findings"]), 1)
        finding = report["findings"][0]
        self.assertEqual((finding["check"], finding["file"], finding["line"], finding["column"]),
                         ("conflict", self.b, 3, 49))
        self.assertEqual(finding["related"][0]["file"], self.a)

    def test_sarif_is_valid_and_its_uri_is_percent_encoded(self):
        r = run("check", "--format", "sarif", self.folder)
        self.assertEqual(r.code, 1, r)
        results = r.json()["runs"][0]["results"]
        self.assertEqual(len(results), 1)
        uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        self.assertNotRegex(uri, r"[\x00-\x20\"<>\\^`{|}\x7f]")
        self.assertEqual(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 3)

    def test_sarif_uri_decodes_back_to_the_file_name(self):
        r = run("check", "--format", "sarif", self.folder)
        uri = r.json()["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        self.assertTrue(unquote(uri).endswith(HOSTILE_FOLDER + "/b.txt"), uri)

    def test_text_output_holds_no_terminal_control_and_echoes_the_line_defused(self):
        r = run("check", "--format", "text", self.folder)
        self.assertEqual(r.code, 1, r)
        self.assertIsNone(TERMINAL_CONTROL.search(r.out), r.out)
        lines = r.stdout.split("\n")
        # Finding, echoed source line, underline, note, blank line, summary: the newline inside the
        # folder name did not add a line.
        self.assertEqual(len(lines), 7, lines)
        self.assertTrue(lines[0].endswith(" [conflict]"), lines[0])
        self.assertIn("?]0;pwned??[2J totaled $3.1 trillion ::error::boom <b>&amp;\"\\? </script>", lines[1])
        self.assertEqual(lines[2].index("^"), lines[1].index("$3.1"))

    def test_github_output_is_one_command_per_finding_with_escaped_properties(self):
        r = run("check", "--format", "github", self.folder)
        self.assertEqual(r.code, 1, r)
        self.assertIsNone(TERMINAL_CONTROL.search(r.out), r.out)
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 1, lines)
        command = re.fullmatch(r"::error (?P<properties>[^:]*)::(?P<message>.*)", lines[0])
        self.assertIsNotNone(command, lines[0])
        properties = dict(p.split("=", 1) for p in command["properties"].split(","))
        self.assertEqual(set(properties), {"file", "line", "col", "endColumn", "title"})
        self.assertEqual(properties["file"], self.b.replace("%", "%25").replace("\n", "%0A").replace(":", "%3A")
                         .replace(",", "%2C").replace("\x1b", "?"))
        self.assertEqual((properties["line"], properties["col"]), ("3", "49"))

    def test_extract_json_lines_stay_one_object_per_line(self):
        r = run("extract", self.b)
        self.assertEqual(r.code, 0, r)
        claims = [json.loads(line) for line in r.stdout.splitlines()]
        # The escape sequences are no text: "ESC ]0;pwned BEL" gives neither the number 0 nor the word
        # "pwned", which would otherwise stand between "exports" and its amount.
        self.assertEqual([c["text"] for c in claims], ["$3.1 trillion", "5.9 percent"])
        self.assertEqual(claims[0]["metric"], "exports")
        self.assertTrue(all(c["file"] == self.b for c in claims))


if __name__ == "__main__":
    unittest.main()
