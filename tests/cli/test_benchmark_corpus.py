"""The benchmark's generated corpus: its answer key names the line of each planted number, and check
finds every planted error there with no error finding elsewhere."""
import os
import subprocess
import sys
import tempfile
import unittest

from clitest import SOURCE, run

GENERATOR = os.path.join(SOURCE, "bench", "gen_corpus.py")
SCORER = os.path.join(SOURCE, "bench", "score.py")


class GeneratedCorpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory()
        cls.dir = cls._tmp.name
        # 7 MB with seed 7 holds planted numbers whose sentence wraps just before them.
        subprocess.run([sys.executable, GENERATOR, "--out", cls.dir, "--size", "7MB", "--seed", "7"], check=True,
                       capture_output=True, timeout=300)
        cls.key = os.path.join(cls.dir, "answer_key.tsv")
        with open(cls.key, encoding="utf-8") as f:
            cls.rows = [line.rstrip("\n").split("\t") for line in f][1:]

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def lines_of(self, draft):
        with open(os.path.join(self.dir, "drafts", draft), encoding="utf-8") as f:
            return f.read().split("\n")

    def row_of(self, draft):
        return next(r for r in self.rows if r[0] == draft)

    def test_a_wrapped_change_is_keyed_to_the_line_of_its_number(self):
        self.assertEqual(self.row_of("0001/0001097.md")[1:5], ["10", "change-conflict", "9", "10"])
        lines = self.lines_of("0001/0001097.md")
        self.assertTrue(lines[8].endswith("totaled C$98.24 billion, an"), lines[8])
        self.assertTrue(lines[9].startswith("increase of 1.8 per cent."), lines[9])

    def test_a_wrapped_conversion_is_keyed_to_the_line_of_its_dollars(self):
        self.assertEqual(self.row_of("0001/0001010.md")[1:5], ["10", "conversion", "9", "10"])
        lines = self.lines_of("0001/0001010.md")
        self.assertTrue(lines[8].endswith("totaled A$129 billion (about"), lines[8])
        self.assertTrue(lines[9].startswith("$66.6 billion)"), lines[9])

    def test_check_finds_every_planted_error_and_nothing_else(self):
        findings = os.path.join(self.dir, "findings.json")
        code, out, err = run("check", "--format", "json", os.path.join(self.dir, "drafts"))
        self.assertEqual(code, 1, err)
        with open(findings, "w", encoding="utf-8") as f:
            f.write(out)
        score = subprocess.run([sys.executable, SCORER, self.key, findings], check=True, capture_output=True,
                               text=True, timeout=300).stdout
        self.assertIn(f"planted={len(self.rows)} found={len(self.rows)} false_alarms=0", score, score)


if __name__ == "__main__":
    unittest.main()
