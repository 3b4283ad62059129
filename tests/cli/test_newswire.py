"""Hand-written newswire drafts (tests/corpus/newswire): no false alarm beyond the known ones, each
listed with why it is false, and every planted error that check found before it still finds.

A finding that is new on the consistent drafts, a listed one that is gone, and a planted error found
or missed against planted.tsv all fail: the lists are kept true, so a fix updates them and a
regression cannot pass unseen. bench/newswire.py prints the same comparison in full."""
import os
import sys
import unittest

from clitest import BIN, SOURCE

sys.path.insert(0, os.path.join(SOURCE, "bench"))
import newswire  # noqa: E402

CORPUS = os.path.join(SOURCE, "tests", "corpus", "newswire")


class Newswire(unittest.TestCase):
    def test_the_consistent_drafts_raise_only_the_known_false_alarms(self):
        found, totals = newswire.consistent_findings(BIN, CORPUS)
        self.assertGreater(totals["documents"], 400)
        self.assertGreater(totals["claims"], 5000)
        known = newswire.known_false(CORPUS)
        new = sorted(f"{k[0]}:{k[1]} {k[2]}: {found[k]}" for k in set(found) - set(known))
        gone = sorted(f"{k[0]}:{k[1]} {k[2]}" for k in set(known) - set(found))
        self.assertEqual(new, [], "new false alarms on consistent drafts")
        self.assertEqual(gone, [], "known false alarms no longer raised: take them out of known_false.tsv")

    def test_each_known_false_alarm_says_why(self):
        for key, why in newswire.known_false(CORPUS).items():
            self.assertGreater(len(why), 20, key)

    def test_the_planted_errors_found_are_those_planted_tsv_says(self):
        results = newswire.planted_results(BIN, CORPUS)
        self.assertEqual(len(results), 80)
        changed = [f"{p['check']} {p['file']}:{p['line']} (planted.tsv: found={p['found']})"
                   for p, hit in results if hit != (p["found"] == "yes")]
        self.assertEqual(changed, [])
        self.assertGreaterEqual(sum(1 for _, hit in results if hit), 30)


if __name__ == "__main__":
    unittest.main()
