"""The two seed drafts: what the extractor must find in them, and what the checker must (not) say."""
import os
import unittest

from clitest import SEED_DATED, SEED_UNDATED, SEEDS, TempDir, check_json, extract, seed_text


def find(claims, text, role=None):
    hits = [c for c in claims if c["text"] == text and (role is None or c["role"] == role)]
    assert hits, f"no claim with text {text!r} (role {role}); found: {[c['text'] for c in claims]}"
    return hits[0]


class DatedSeedExtraction(unittest.TestCase):
    """000_...txt, dated 2025-07-11 by its first line."""

    @classmethod
    def setUpClass(cls):
        cls.claims = extract(SEED_DATED)

    def test_trade_value_of_mechanical_and_electronic_products(self):
        c = find(self.claims, "$1.29 trillion")
        self.assertEqual((c["role"], c["value"], c["unit"], c["qualifier"]), ("level", 1290000000000, "USD", "<"))
        self.assertEqual(c["period"], "2025-01/2025-05")
        self.assertIn("mechanical and electronic products", c["metric_text"])
        change = find(self.claims, "7.1 percent")
        self.assertEqual((change["role"], change["direction"], change["value"], change["unit"]), ("change", "up", 7.1, "percent"))
        self.assertEqual(change["metric"], c["metric"])
        self.assertEqual(change["period"], "2025-01/2025-05")

    def test_exports_inherit_the_period_of_the_sentence_before(self):
        c = find(self.claims, "$891.1 billion")
        self.assertEqual((c["role"], c["value"], c["unit"], c["qualifier"], c["precision"]),
                         ("level", 891100000000, "USD", "=", 100000000))
        self.assertEqual((c["metric"], c["period"], c["subject"]), ("exports", "2025-01/2025-05", "China"))
        change = find(self.claims, "8.1 percent")
        self.assertEqual((change["role"], change["direction"], change["value"]), ("change", "up", 8.1))
        self.assertEqual((change["metric"], change["period"]), ("exports", "2025-01/2025-05"))

    def test_cross_border_ecommerce_with_its_dollar_conversion(self):
        yuan = find(self.claims, "2-trillion yuan")
        self.assertEqual((yuan["role"], yuan["value"], yuan["unit"], yuan["qualifier"]), ("level", 2000000000000, "CNY", ">"))
        self.assertEqual(yuan["period"], "2024")  # "last year" in a piece dated 2025-07-11
        self.assertIn("e-commerce", yuan["metric_text"])
        usd = find(self.claims, "$280 billion")
        self.assertEqual((usd["role"], usd["value"], usd["unit"]), ("conversion", 280000000000, "USD"))
        self.assertEqual(usd["converts"]["offset"], yuan["offset"])

    def test_rd_spending_of_2024(self):
        level = find(self.claims, "3.6 trillion yuan")
        self.assertEqual((level["role"], level["value"], level["unit"], level["qualifier"], level["precision"]),
                         ("level", 3600000000000, "CNY", ">", 100000000000))
        self.assertEqual((level["metric"], level["period"], level["subject"]), ("rd_spending", "2024", "China"))
        change = find(self.claims, "8.3 percent")
        self.assertEqual((change["role"], change["direction"], change["value"], change["metric"], change["period"]),
                         ("change", "up", 8.3, "rd_spending", "2024"))
        rank = [c for c in self.claims if c["role"] == "rank"]
        self.assertEqual(len(rank), 1)
        self.assertEqual((rank[0]["value"], rank[0]["metric"], rank[0]["period"]), (2, "rd_spending", "2024"))

    def test_fiscal_science_spending_is_another_metric(self):
        c = find(self.claims, "360.9 billion yuan")
        self.assertEqual((c["role"], c["value"], c["unit"], c["period"]), ("level", 360900000000, "CNY", "2025-01/2025-05"))
        self.assertNotEqual(c["metric"], "rd_spending")
        change = find(self.claims, "6.5 percent")
        self.assertEqual((change["role"], change["direction"], change["value"], change["metric"]),
                         ("change", "up", 6.5, c["metric"]))

    def test_no_claim_of_years_or_first_five_months(self):
        text = seed_text(SEED_DATED)
        for c in self.claims:
            self.assertNotIn(c["text"], ("2025", "2024", "five"), c)
            span = text.encode("utf-8")[c["offset"]:c["offset"] + c["length"]].decode("utf-8")
            self.assertEqual(span, c["text"])


class UndatedSeedExtraction(unittest.TestCase):
    """001_...txt, which has no date."""

    @classmethod
    def setUpClass(cls):
        cls.claims = extract(SEED_UNDATED)

    def test_rd_expenditures_of_2024(self):
        level = find(self.claims, "3.6 trillion yuan")
        self.assertEqual((level["value"], level["unit"], level["qualifier"], level["metric"], level["period"]),
                         (3600000000000, "CNY", ">", "rd_spending", "2024"))
        change = find(self.claims, "8.3%")
        self.assertEqual((change["role"], change["direction"], change["value"], change["metric"], change["period"]),
                         ("change", "up", 8.3, "rd_spending", "2024"))
        share = find(self.claims, "2.68%")
        self.assertEqual((share["role"], share["value"], share["unit"], share["period"]), ("share", 2.68, "percent", "2024"))
        self.assertEqual(share["share_of"], "GDP")

    def test_innovation_index_rank_is_not_rd_spending(self):
        rank = find(self.claims, "11th", role="rank")
        self.assertEqual((rank["value"], rank["period"]), (11, "2024"))
        self.assertNotEqual(rank["metric"], "rd_spending")
        self.assertIn("Global Innovation Index", rank["metric_text"])

    def test_over_80_percent(self):
        c = find(self.claims, "80%")
        self.assertEqual((c["value"], c["unit"], c["qualifier"]), (80, "percent", ">"))

    def test_rd_spending_has_the_same_key_in_both_seeds(self):
        dated = [c for c in extract(SEED_DATED) if c["text"] == "3.6 trillion yuan"][0]
        undated = find(self.claims, "3.6 trillion yuan")
        self.assertEqual(dated["metric"], undated["metric"])


class SeedChecks(TempDir):
    """The pair agrees; a copy with one figure changed is caught at that figure."""

    def test_the_seeds_agree(self):
        code, report, err = check_json(SEEDS)
        self.assertEqual(code, 0, err)
        self.assertEqual([f for f in report["findings"] if f["severity"] in ("error", "warning")], [])
        drafts = [n for n in os.listdir(SEEDS) if n.endswith((".txt", ".md"))]
        self.assertEqual(report["documents"], len(drafts))
        self.assertGreaterEqual(len(drafts), 2)

    def test_the_seeds_rd_spending_figures_are_compared(self):
        # The same pair with the undated seed's figure moved out of the dated seed's interval fails.
        text = seed_text(SEED_UNDATED).replace("exceeding 3.6 trillion yuan", "exceeding 3.8 trillion yuan")
        self.write("001.txt", text)
        self.write("000.txt", seed_text(SEED_DATED))
        code, report, err = check_json(self.dir)
        self.assertEqual(code, 1, err)
        self.assertEqual([f["check"] for f in report["findings"]], ["conflict"])

    def changed_copy(self, old, new, count=1):
        text = seed_text(SEED_UNDATED)
        self.assertEqual(text.count(old), count, old)
        changed = self.write("changed.txt", text.replace(old, new))
        original = self.write("000_original.txt", seed_text(SEED_DATED))
        return changed, original, text.encode("utf-8").index(old.encode("utf-8"))

    def only_finding(self, check, *paths):
        code, report, err = check_json(*paths)
        self.assertEqual(code, 1, err)
        hits = [f for f in report["findings"] if f["check"] == check]
        self.assertEqual(len(hits), 1, report["findings"])
        return hits[0]

    def test_growth_rate_changed_to_8_9_is_a_change_conflict(self):
        changed, original, offset = self.changed_copy("an 8.3% year-on-year", "an 8.9% year-on-year")
        f = self.only_finding("change-conflict", self.dir)
        self.assertEqual(f["file"], changed)
        self.assertEqual(f["offset"], offset + len("an "))
        self.assertEqual(f["related"][0]["file"], original)

    def test_rd_spending_changed_to_3_9_trillion_is_a_conflict(self):
        changed, original, offset = self.changed_copy("exceeding 3.6 trillion yuan", "exceeding 3.9 trillion yuan")
        f = self.only_finding("conflict", self.dir)
        self.assertEqual((f["file"], f["offset"]), (changed, offset + len("exceeding ")))
        self.assertEqual(f["related"][0]["file"], original)

    def test_billion_for_trillion_is_a_scale_slip(self):
        changed, original, offset = self.changed_copy("exceeding 3.6 trillion yuan", "exceeding 3.6 billion yuan")
        f = self.only_finding("scale", self.dir)
        self.assertEqual((f["file"], f["offset"]), (changed, offset + len("exceeding ")))
        self.assertEqual(f["related"][0]["file"], original)
        code, report, _ = check_json(self.dir)
        self.assertEqual([x for x in report["findings"] if x["check"] == "conflict"], [])

    def test_380_billion_dollars_for_2_trillion_yuan_is_a_bad_conversion(self):
        text = seed_text(SEED_DATED).replace("($280 billion)", "($380 billion)")
        path = self.write("dated.txt", text)
        f = self.only_finding("conversion", path)
        self.assertEqual(f["file"], path)
        self.assertEqual(f["offset"], text.encode("utf-8").index(b"$380 billion"))
        self.assertAlmostEqual(f["evidence"]["implied_rate"], 2e12 / 380e9, places=6)


if __name__ == "__main__":
    unittest.main()
