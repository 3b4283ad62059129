"""Big inputs, generated at test time in a temporary folder: no hang, bounded memory, exact results.
These are the slow tests of the hostile suite (about a minute under ASan)."""
import os
import unittest

from hostile import TempDir, run

# Peak memory allowed for a run, in MB. Generous because ASan roughly doubles it; it still catches
# a run that copies a 100 MB input many times or keeps per-byte structures.
MEMORY_LIMIT_MB = 2500


class BigInputs(TempDir):
    def test_a_100_mb_draft_with_no_newline_is_read_in_bounded_time_and_memory(self):
        path = os.path.join(self.dir, "one-line.txt")
        filler = "and the talks went on " * (100 * 1024 * 1024 // 22)
        with open(path, "w") as f:
            f.write("In 2024, exports totaled $3.58 trillion. " + filler + "In 2024, exports totaled $3.1 trillion.")
        self.assertGreater(os.path.getsize(path), 100 * 1024 * 1024)
        r = run("check", "--format", "json", path, timeout=120)
        self.assertEqual(r.code, 1, r)
        self.assertEqual((r.json()["claims"], len(r.json()["findings"])), (2, 1))
        self.assertEqual(r.json()["findings"][0]["line"], 1)
        self.assertLess(r.max_rss_mb, MEMORY_LIMIT_MB)

    def test_a_million_numbers_in_one_file_are_all_extracted(self):
        path = os.path.join(self.dir, "numbers.txt")
        with open(path, "w") as f:
            # Separated by "; ": with plain spaces "99 100" would read as 99,100 (thousands grouped by spaces).
            f.writelines("; ".join(str(i * 10 + k) for k in range(10)) + "\n" for i in range(100000))
        r = run("check", "--format", "json", path, timeout=240)
        self.assertEqual(r.code, 0, r)
        # 1,000,000 numbers, less the 301 that read as years (1800 to 2100, bare four-digit integers).
        self.assertEqual((r.json()["claims"], r.json()["findings"]), (1000000 - 301, []))
        self.assertLess(r.max_rss_mb, MEMORY_LIMIT_MB)

    def test_a_1_mb_line_with_ten_thousand_claims_is_checked_in_seconds(self):
        path = os.path.join(self.dir, "dense.txt")
        sentence = "In 2024, exports totaled $3.58 trillion and the talks went on. "
        with open(path, "w") as f:
            f.write(sentence * (1024 * 1024 // len(sentence)))
        r = run("check", "--format", "json", path, timeout=30)
        self.assertEqual(r.code, 0, r)


if __name__ == "__main__":
    unittest.main()
