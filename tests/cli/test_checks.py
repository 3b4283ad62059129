"""Every check on drafts written for it: where it must fire, and where a careless check would fire but must not."""
import unittest

from clitest import TempDir, check_json, extract, run


class CheckCase(TempDir):
    """Writes Markdown drafts with a date and runs `claimcheck check --format json` on them."""

    def draft(self, name, body, date="2025-07-20"):
        front = f"---\ndate: {date}\n---\n\n" if date else ""
        return self.write(name, front + body + "\n")

    def findings(self, *extra):
        code, report, err = check_json(*extra, self.dir)
        self.assertIn(code, (0, 1), err)
        return report["findings"]

    def assertFires(self, check, count=1):
        hits = [f for f in self.findings() if f["check"] == check]
        self.assertEqual(len(hits), count, self.findings())
        return hits

    def assertSilent(self, check=None):
        hits = [f for f in self.findings() if check is None or f["check"] == check]
        self.assertEqual(hits, [])


class Conversion(CheckCase):
    def test_380_billion_dollars_for_2_trillion_yuan_in_2024(self):
        self.draft("a.md", "Cross-border e-commerce exports surpassed 2 trillion yuan ($380 billion) in 2024.")
        f = self.assertFires("conversion")[0]
        self.assertAlmostEqual(f["evidence"]["implied_rate"], 2e12 / 380e9, places=6)
        self.assertAlmostEqual(f["evidence"]["table_rate"], 7.1899, places=3)

    def test_euros_converted_at_a_dollar_rate_upside_down(self):
        self.draft("a.md", "Germany's exports to China fell to 90 billion euros ($75 billion) in 2023.")
        f = self.assertFires("conversion")[0]
        self.assertAlmostEqual(f["evidence"]["implied_rate"], 90 / 75, places=6)

    def test_a_plausible_conversion_of_the_seed(self):
        self.draft("a.md", "China's cross-border e-commerce exports surpassed 2 trillion yuan ($280 billion) in 2024.")
        self.assertSilent("conversion")

    def test_a_hedged_conversion_within_the_tolerance(self):
        self.draft("a.md", "In the first half of 2025, foreign trade totaled 21.79 trillion yuan ($3.04 trillion).\n\n"
                           "Cross-border e-commerce exports exceeded 2.1 trillion yuan (about $300 billion) in 2024.")
        self.assertSilent("conversion")


class ConversionOfALevelReached(CheckCase):
    # USD/KRW: 1364.0 in the table for 2024, 1415.0 for 2025 (rules/default.yaml).
    def test_the_level_a_change_reaches_carries_its_conversion(self):
        # 75.8 trillion / 80.1 billion = 946 won per dollar, 31% off 1364.
        self.draft("a.md", "Revenue rose 12% to 75.8 trillion won ($80.1 billion) in 2024.", date="2025-03-01")
        f = self.assertFires("conversion")[0]
        self.assertIn("946.3 won per USD", f["message"])
        self.assertEqual([r["message"] for r in f["related"]], ["the amount converted: 75.8 trillion won"])

    def test_a_plausible_conversion_of_the_level_reached(self):
        # 25.45 trillion / 3.54 trillion = 7.19 yuan per dollar, the 2024 table's 7.1899.
        self.draft("a.md", "Exports rose 5.9 percent to 25.45 trillion yuan ($3.54 trillion) in 2024.", date="2025-03-01")
        self.assertSilent()

    def test_a_conversion_at_the_rate_of_the_drafts_date(self):
        # 75.8 trillion / 52.1 billion = 1455 won per dollar: 6.7% off the 2024 average of 1364, 2.8% off
        # the 2025 rate of a draft written in January 2025.
        self.draft("a.md", "Samsung's revenue rose 12% to 75.8 trillion won ($52.1 billion) in the fourth quarter of "
                           "2024.", date="2025-01-31")
        self.assertSilent()

    def test_last_years_figure_early_in_the_year_after_at_the_rate_of_the_drafts_date(self):
        # USD/CAD: 1.3495 for 2023, 1.4000 for 2025. 594 / 413 = 1.438: 6.6% off 2023's, 2.7% off 2025's,
        # in a draft of January 2025, 13 months after 2023 ended.
        self.draft("a.md", "Canada shipped about C$594 billion ($413 billion) of goods to the United States in 2023.",
                   date="2025-01-29")
        self.assertSilent()

    def test_an_older_figure_at_a_later_rate_is_still_wrong(self):
        # The same conversion of a 2022 figure (USD/CAD 1.3015) in the same draft: 10.5% off.
        self.draft("a.md", "Canada shipped about C$594 billion ($413 billion) of goods to the United States in 2022.",
                   date="2025-01-29")
        self.assertFires("conversion")

    def test_a_conversion_off_both_rates(self):
        # 75.8 trillion / 60.0 billion = 1263 won per dollar: 7.4% off 1364 and 10.7% off 1415.
        self.draft("a.md", "Samsung's revenue rose 12% to 75.8 trillion won ($60.0 billion) in the fourth quarter of "
                           "2024.", date="2025-01-31")
        self.assertFires("conversion")

    def test_a_wrong_conversion_is_no_conflict_of_values_as_well(self):
        # The conversion check reports it; the exchange-rate table does not make it a second finding.
        self.draft("a.md", "Revenue was 75.8 trillion won ($60.0 billion) in 2024.", date="2025-03-01")
        self.assertEqual([f["check"] for f in self.findings()], ["conversion"])


class Conflict(CheckCase):
    def test_two_drafts_disagree_on_first_half_exports(self):
        self.draft("a.md", "In the first half of 2025, China's exports rose 7.2 percent to 13.0 trillion yuan.")
        b = self.draft("b.md", "China's exports totaled 12.46 trillion yuan in the first half of 2025.")
        f = self.assertFires("conflict")[0]
        self.assertEqual(f["file"], b)
        self.assertEqual(f["related"][0]["file"], self.dir + "/a.md")

    def test_one_draft_disagrees_with_itself(self):
        self.draft("a.md", "China's GDP reached 134.9 trillion yuan in 2024.\n\n"
                           "Officials said China's GDP stood at 130.2 trillion yuan in 2024.")
        self.assertFires("conflict")

    def test_two_ranks_for_one_index(self):
        self.draft("a.md", "In 2024, China ranked 11th in the Global Innovation Index.")
        self.draft("b.md", "In 2024, China ranked 12th in the Global Innovation Index.")
        self.assertFires("conflict")

    def test_two_shares_of_gdp_for_one_year(self):
        # 2.68 percent is 2.675 to 2.685, 2.9 percent 2.85 to 2.95: no value in common; 2.7 percent
        # (2.65 to 2.75) holds 2.68.
        self.draft("a.md", "China's R&D spending accounted for 2.68 percent of GDP in 2024.")
        self.draft("b.md", "China's R&D spending accounted for 2.9 percent of GDP in 2024.")
        self.assertFires("conflict")
        self.draft("b.md", "China's R&D spending accounted for 2.7 percent of GDP in 2024.")
        self.assertSilent("conflict")

    def test_a_dollar_figure_far_from_the_yuan_figure_is_a_warning(self):
        self.draft("a.md", "China's exports reached 25.45 trillion yuan in 2024.")
        self.draft("b.md", "China's exports reached $4.5 trillion in 2024.")
        f = self.assertFires("conflict")[0]
        self.assertEqual(f["severity"], "warning")

    def test_hedges_and_rounding_agree(self):
        self.draft("a.md", "Last year, China's R&D spending exceeded 3.6 trillion yuan.")
        self.draft("b.md", "China's R&D spending was 3.61 trillion yuan in 2024.")
        self.draft("c.md", "China's R&D spending was nearly 3.62 trillion yuan in 2024.")
        self.assertSilent("conflict")

    def test_other_periods_subjects_and_metrics_are_not_compared(self):
        self.draft("a.md", "China's exports were 13 trillion yuan in the first half of 2025.")
        self.draft("b.md", "China's exports were 10.67 trillion yuan in the first five months of 2025.")
        self.draft("c.md", "ASEAN's exports were 1.9 trillion yuan in the first half of 2025.")
        self.draft("d.md", "China's imports were 8.79 trillion yuan in the first half of 2025.")
        self.assertSilent()

    def test_a_correct_dollar_figure_agrees_with_the_yuan_figure(self):
        self.draft("a.md", "China's exports reached 25.45 trillion yuan in 2024.")
        self.draft("b.md", "China's exports reached $3.5 trillion in 2024.")
        self.assertSilent()

    def test_the_two_ends_of_a_move_are_not_two_values(self):
        # Both ends took "in 2024": "from $3.38 trillion" was a second value of exports in 2024.
        self.draft("a.md", "China's exports rose to $3.58 trillion from $3.38 trillion in 2024.\n\n"
                           "In 2024, China's jobless rate fell to 5.1 percent from 5.3 percent.")
        self.assertSilent()

    def test_the_start_of_a_move_is_held_against_the_year_before(self):
        self.draft("a.md", "China's exports rose to $3.58 trillion from $3.38 trillion in 2024.")
        self.draft("b.md", "China's exports were $3.1 trillion in 2023.")
        f = self.assertFires("conflict")[0]
        self.assertIn("2023", f["message"])

    def test_the_exports_to_one_partner_are_not_all_exports(self):
        self.draft("a.md", "In 2024, China's exports to ASEAN rose 12 percent to 4.17 trillion yuan, accounting for "
                           "16.4 percent of its total exports.")
        self.draft("b.md", "China's exports grew 5.9 percent in 2024. Exports to Latin America rose 13 percent.")
        self.draft("c.md", "China's exports to the United States fell 2 percent in 2024, while those to Russia rose "
                           "4 percent.")
        self.assertSilent()

    def test_two_drafts_disagree_on_the_exports_to_one_partner(self):
        # "the U.S." and "the United States" are one partner by the rules' subject aliases.
        self.draft("a.md", "China's exports to the U.S. fell 2 percent in 2024.")
        self.draft("b.md", "China's exports to the United States rose 4.9 percent in 2024.")
        f = self.assertFires("change-conflict")[0]
        self.assertIn("exports to the", f["message"])

    def test_gdp_per_capita_is_not_gdp(self):
        self.draft("a.md", "China's GDP reached 134.9 trillion yuan in 2024, and its GDP per capita 95,749 yuan.")
        self.draft("b.md", "China's per capita GDP grew 5.1 percent in 2024, and its GDP 5 percent.")
        self.assertSilent()

    def test_two_dates_in_a_month_are_not_two_values(self):
        # The day after "Sept." is part of a date: read as an amount, 3 and 5 were a conflict of exports.
        self.draft("a.md", "In August, China's exports rose to a record, and on Sept. 3 the customs office said so.")
        self.draft("b.md", "In August, China's exports rose to a record, and on Sept. 5 the customs office said so.")
        self.assertSilent()

    def test_two_spans_of_years_are_not_two_values(self):
        # Read as amounts, "2019-20" and the "16" of "2015/16" were a conflict of exports in 2024.
        self.draft("a.md", "China's exports were strong in 2024, the best since 2019-20.")
        self.draft("b.md", "China's exports were strong in 2024, the best since 2015/16.")
        self.assertSilent()


class NoKnownSubject(CheckCase):
    def test_claims_of_no_known_subject_in_two_drafts_are_not_compared(self):
        # Each draft is about a company the rules do not know: their net incomes are not one number.
        self.draft("a.md", "Apple reported its results on Thursday. Net income rose 7 percent to $36.3 billion in "
                           "the fourth quarter of 2024.", date="2025-01-31")
        self.draft("b.md", "Meta reported its results on Wednesday. Net income rose 49 percent to $20.8 billion in "
                           "the fourth quarter of 2024.", date="2025-01-30")
        self.assertSilent()

    def test_claims_of_no_known_subject_in_one_draft_are_compared(self):
        self.draft("a.md", "Net income rose 7 percent to $36.3 billion in the fourth quarter of 2024.\n\n"
                           "In the fourth quarter of 2024, net income reached $30.1 billion.", date="2025-01-31")
        self.assertFires("conflict")


class ChangeConflict(CheckCase):
    def test_8_9_against_8_3_percent(self):
        self.draft("a.md", "China's R&D spending rose 8.3 percent in 2024.")
        self.draft("b.md", "China's R&D spending rose 8.9 percent in 2024.")
        self.assertFires("change-conflict")

    def test_up_against_down(self):
        self.draft("a.md", "In the first half of 2025, China's imports rose 1.8 percent.")
        self.draft("b.md", "In the first half of 2025, China's imports fell 2.7 percent.")
        self.assertFires("change-conflict")

    def test_about_5_percent_agrees_with_5_0_percent(self):
        self.draft("a.md", "China's GDP grew about 5 percent in 2024.")
        self.draft("b.md", "China's GDP grew 5.0 percent in 2024.")
        self.assertSilent()

    def test_growth_of_two_quarters_named_by_ordinals_in_one_paragraph(self):
        # "Second-quarter" names its own period: it does not take the first quarter from the sentence before.
        self.draft("a.md", "China's first-quarter GDP grew 5.3 percent year on year. "
                           "China's second-quarter GDP grew 4.7 percent year on year.")
        self.assertSilent()

    def test_changes_over_other_periods(self):
        self.draft("a.md", "China's exports rose 7.2 percent in the first half of 2025.")
        self.draft("b.md", "China's exports rose 6 percent in the first five months of 2025.")
        self.assertSilent()

    def test_a_change_in_yuan_terms_is_not_one_in_dollar_terms(self):
        # China reports trade in both currencies: 7.1 percent in yuan and 5.9 percent in dollars are both true.
        self.draft("a.md", "China's exports grew 7.1 percent in yuan terms in 2024.")
        self.draft("b.md", "In dollar terms, China's exports rose 5.9 percent in 2024.")
        self.assertSilent()

    def test_two_changes_in_dollar_terms_disagree(self):
        self.draft("a.md", "China's exports rose 5.9 percent year on year in U.S. dollar terms in 2024.")
        self.draft("b.md", "In dollar terms, China's exports rose 7.1 percent in 2024.")
        self.assertFires("change-conflict")

    def test_a_decade_is_not_its_first_year(self):
        # "the 1990s" was read as the year 1990, so the decade's yearly growth met that of 1990.
        self.draft("a.md", "China's exports rose 5 percent a year in the 1990s.")
        self.draft("b.md", "China's exports rose 2 percent in 1990.")
        self.assertSilent()

    def test_two_drafts_disagree_on_a_decade(self):
        self.draft("a.md", "China's exports rose 5 percent a year in the 1990s.")
        self.draft("b.md", "In the 1990s, China's exports rose 9 percent a year.")
        self.assertFires("change-conflict")


class Scale(CheckCase):
    def test_billion_for_trillion(self):
        self.draft("a.md", "China's R&D spending reached 3.61 trillion yuan in 2024.")
        self.draft("b.md", "China's R&D spending reached 3.61 billion yuan in 2024.")
        f = self.assertFires("scale")[0]
        self.assertEqual(f["evidence"]["ratio"], 1000)
        self.assertSilent("conflict")

    def test_million_for_trillion(self):
        self.draft("a.md", "China's exports reached 25.45 trillion yuan in 2024.")
        self.draft("b.md", "China's exports reached 25.45 million yuan in 2024.")
        self.assertEqual(self.assertFires("scale")[0]["evidence"]["ratio"], 1000000)

    def test_a_factor_of_ten_is_a_conflict_not_a_slip(self):
        self.draft("a.md", "China's R&D spending reached 3.6 trillion yuan in 2024.")
        self.draft("b.md", "China's R&D spending reached 36 trillion yuan in 2024.")
        self.assertSilent("scale")
        self.assertFires("conflict")

    def test_conflict_and_scale_each_report_with_the_other_turned_off(self):
        # The two share one sweep of the claims, which either makes when the other does not run.
        self.draft("a.md", "China's R&D spending reached 3.61 trillion yuan in 2024.")
        self.draft("b.md", "China's R&D spending reached 3.61 billion yuan in 2024.")
        self.draft("c.md", "China's R&D spending reached 36 trillion yuan in 2024.")
        for off, on in (("conflict", "scale"), ("scale", "conflict")):
            rules = self.write("rules.yaml", f"version: 1\nchecks:\n  {off}: off\n")
            checks = [f["check"] for f in self.findings("--rules", rules)]
            self.assertEqual(checks, [on], (off, checks))

    def test_a_thousandfold_smaller_figure_of_another_metric(self):
        self.draft("a.md", "China's R&D spending reached 3.6 trillion yuan in 2024.")
        self.draft("b.md", "China's fiscal spending on science and technology reached 3.6 billion yuan in 2024.")
        self.assertSilent()


class Arithmetic(CheckCase):
    def test_a_fall_to_a_value_that_does_not_follow_from_the_base(self):
        self.draft("a.md", "In the first half of 2025, imports fell 2.7 percent to 8.79 trillion yuan from 9.5 trillion yuan.")
        f = self.assertFires("arithmetic")[0]
        self.assertIn("9.5 trillion yuan", f["message"])

    def test_exports_and_imports_that_do_not_add_up_to_the_total(self):
        self.draft("a.md", "In 2024, China's exports were 25.45 trillion yuan and imports were 18.39 trillion yuan. "
                           "China's total trade reached 45 trillion yuan in 2024.")
        self.assertFires("arithmetic")

    def test_a_share_of_gdp_that_does_not_fit(self):
        self.draft("a.md", "China's GDP was 134.91 trillion yuan in 2024.\n\n"
                           "China's R&D spending reached 3.61 trillion yuan in 2024, accounting for 3.5 percent of GDP.")
        self.assertFires("arithmetic")

    def test_each_move_of_a_sentence_is_checked_with_its_own_numbers(self):
        # 5 x 1.10 = 5.5 and 6 x 1.08 = 6.48: both moves hold; GM's wrong end is found with GM's numbers.
        self.draft("a.md", "Ford's profit rose 10 percent in 2024 to $5.5 billion from $5 billion, while GM's profit "
                           "rose 8 percent to $6.48 billion from $6 billion.")
        self.draft("b.md", "Ford's profit rose 10 percent in 2024 to $5.5 billion from $5 billion, while GM's profit "
                           "rose 8 percent to $7.2 billion from $6 billion.")
        hits = self.assertFires("arithmetic")
        self.assertTrue(hits[0]["file"].endswith("b.md"))
        self.assertIn("$6 billion up 8 percent", hits[0]["message"])

    def test_a_change_of_another_metric_or_a_base_of_another_year_is_no_move(self):
        self.draft("a.md", "Tesla's revenue rose 2 percent in 2024, while its operating margin narrowed to 6.2 "
                           "percent from 8.2 percent.\n\n"
                           "Germany's trade surplus widened to 239.1 billion euros in 2024 from 209.6 billion euros "
                           "in 2023, as exports fell 1.2 percent.\n\n"
                           "China's GDP grew 5 percent to 134.91 trillion yuan in 2024, up from 101.36 trillion yuan "
                           "in 2020.")
        self.assertSilent("arithmetic")

    def test_a_rise_from_a_base_that_fits(self):
        self.draft("a.md", "China's exports rose 7.1 percent to 25.45 trillion yuan in 2024 from 23.77 trillion yuan.")
        self.assertSilent()

    def test_rounded_parts_that_add_up(self):
        self.draft("a.md", "China's foreign trade reached 43.85 trillion yuan in 2024. In 2024, exports were 25.45 "
                           "trillion yuan and imports were 18.39 trillion yuan, a trade surplus of 7.06 trillion yuan.")
        self.assertSilent()

    def test_parts_come_from_the_same_draft_when_it_gives_them(self):
        # b.md adds up by itself (20 + 18.39 = 38.39), though a.md, earlier, gives other exports; c.md gives
        # only a total, so it is held against the first draft's parts (25.45 + 18.39, not 50).
        self.draft("a.md", "In 2024, China's exports were 25.45 trillion yuan and imports were 18.39 trillion yuan. "
                           "China's total trade reached 43.85 trillion yuan in 2024.")
        self.draft("b.md", "In 2024, China's exports were 20 trillion yuan and imports were 18.39 trillion yuan. "
                           "China's total trade reached 38.39 trillion yuan in 2024.")
        self.draft("c.md", "China's total trade reached 50 trillion yuan in 2024.")
        f = self.assertFires("arithmetic")[0]
        self.assertTrue(f["file"].endswith("c.md"), f)
        self.assertIn("25.45 trillion", str(f))

    def test_a_share_of_gdp_that_fits(self):
        self.draft("a.md", "China's GDP was 134.91 trillion yuan in 2024.\n\n"
                           "China's R&D spending reached 3.61 trillion yuan in 2024, accounting for 2.68 percent of GDP.")
        self.assertSilent()


class KeysOfReportingVerbs(CheckCase):
    def test_the_same_count_brought_in_by_different_verbs_conflicts(self):
        self.draft("a.md", "Gatwick carried 20.1 million passengers in 2024.\n\nGatwick handled 21.1 million passengers "
                           "in 2024.")
        self.assertFires("conflict")

    def test_a_surplus_compared_with_is_keyed_as_a_surplus(self):
        self.draft("a.md", "The country ran a surplus of $992 billion in 2024.\n\nThat compares with a surplus of "
                           "$929 billion for all of 2024.")
        self.assertFires("conflict")


class WholeOfAShare(CheckCase):
    # The amount after a share's whole ("of the national total of") is the whole's, not a second value
    # of the share's own metric and subject.
    def test_the_national_total_is_no_second_value_of_the_province(self):
        self.draft("a.md", "Guangdong's imports and exports reached 9.11 trillion yuan in 2024, accounting for about "
                           "one-fifth of the national total of 43.85 trillion yuan.")
        self.assertSilent()

    def test_the_us_total_is_no_second_value_of_the_state(self):
        self.draft("a.md", "California's gross domestic product was $4.10 trillion in 2024, or about 14.1% of the U.S. "
                           "total of $29.18 trillion.")
        self.assertSilent()

    def test_a_share_of_gdp_of_an_amount_that_does_not_fit(self):
        # 7.06 / 134.91 = 5.23%, not 6.2%.
        self.draft("a.md", "The surplus was 7.06 trillion yuan in 2024, or roughly 6.2 percent of GDP of 134.91 trillion "
                           "yuan.")
        f = self.assertFires("arithmetic")[0]
        self.assertIn("the share is 5.23% to 5.24%", f["message"])
        self.assertSilent("conflict")


class Points(CheckCase):
    def test_a_rate_that_rose_by_percent(self):
        self.draft("a.md", "The surveyed urban unemployment rate rose 0.2 percent to 5.3 percent in 2024.")
        self.assertFires("points")

    def test_a_share_that_rose_by_percent(self):
        self.draft("a.md", "Private firms' share of exports rose 1.2 percent in 2024.")
        self.assertFires("points")

    def test_a_narrower_rate_that_rose_by_percent(self):
        # "youth jobless rate" narrows the unemployment rate, which is of kind percent.
        self.draft("a.md", "The youth jobless rate rose 0.4 percent in 2024.")
        self.assertFires("points")

    def test_percentage_points_are_right(self):
        self.draft("a.md", "The surveyed urban unemployment rate rose 0.2 percentage points to 5.3 percent in 2024.")
        self.assertSilent()

    def test_a_share_of_gdp_beside_a_money_change(self):
        self.draft("a.md", "In 2024, China's R&D expenditures exceeded 3.6 trillion yuan, an 8.3% year-on-year "
                           "increase, accounting for 2.68% of GDP.")
        self.assertSilent()

    def test_a_rate_that_rose_by_percent_to_a_percent(self):
        # No rule names the office vacancy rate: the level it rose to says that it is a percentage.
        self.draft("a.md", "The office vacancy rate rose 0.4 percent to 18.2 percent in 2024.")
        self.assertFires("points")

    def test_another_change_or_a_target_in_percent_is_no_level(self):
        self.draft("a.md", "Retail sales grew 3.5 percent in 2024, slower than the 7.2 percent growth in 2023.\n\n"
                           "GDP grew 5 percent in 2024, matching the official target of \"around 5 percent\".")
        self.assertSilent("points")

    def test_an_earlier_growth_rate_after_a_word_or_a_comma_is_no_level(self):
        self.draft("a.md", "China's retail sales rose 3 percent year-on-year in November, slowing from 4.8 percent "
                           "in October.\n\nRetail sales rose 3.7 percent in December, accelerating from 3 percent "
                           "in November.\n\nIndustrial output grew 7.7 percent in March, from 5.9 percent.")
        self.assertSilent("points")

    def test_up_from_an_earlier_growth_rate_is_no_level(self):
        self.draft("a.md", "Industrial output rose 5.8 percent in 2024, up from 4.6 percent in 2023.")
        self.assertSilent("points")

    def test_consumer_prices_rise_in_percent(self):
        self.draft("a.md", "China's consumer price index rose 0.2 percent in 2024.")
        self.assertSilent()


class Reference(CheckCase):
    RULES = ("version: 1\nfacts:\n"
             "  - {metric: gdp, subject: China, period: 2024, value: 134.91 trillion CNY, change: \"+5.0%\", source: NBS}\n"
             "  - {metric: rd_spending, subject: China, period: 2024, value: 3.6130 trillion CNY, change: \"+8.3%\"}\n")

    def setUp(self):
        super().setUp()
        self.rules = self.write("rules.yaml", self.RULES)

    def findings(self, *extra):
        return super().findings("--rules", self.rules, *extra)

    def test_gdp_against_the_reference_value(self):
        self.draft("a.md", "China's GDP reached 126 trillion yuan in 2024.")
        f = self.assertFires("reference")[0]
        self.assertEqual(f["related"][0]["file"], self.rules)
        self.assertEqual(f["related"][0]["line"], 3)

    def test_rd_growth_against_the_reference_change(self):
        self.draft("a.md", "China's R&D spending rose 9.3 percent in 2024.")
        self.assertFires("reference")

    def test_a_hedged_figure_that_agrees(self):
        self.draft("a.md", "China's GDP reached about 135 trillion yuan in 2024, and R&D spending exceeded 3.6 "
                           "trillion yuan, up 8.3 percent.")
        self.assertSilent()

    def test_another_year_is_not_the_fact(self):
        self.draft("a.md", "China's GDP reached 126 trillion yuan in 2023.")
        self.assertSilent()

    def test_a_forecast_is_not_the_fact(self):
        self.draft("a.md", "In January 2024, the IMF expected China's GDP to grow 4.6 percent in 2024.",
                   date="2024-01-20")
        self.assertSilent()


class Forecast(CheckCase):
    def test_a_forecast_is_not_compared_with_the_figure_reported_later(self):
        self.draft("a.md", "China's exports are forecast to rise 3 percent in 2025, and are projected to reach "
                           "26 trillion yuan.", date="2025-03-05")
        self.draft("b.md", "China's exports rose 6.1 percent to 26.99 trillion yuan in 2025.", date="2026-01-20")
        self.assertSilent()

    def test_two_forecasters_may_differ(self):
        self.draft("a.md", "The IMF expects China's GDP to grow 4.6 percent in 2025, while the World Bank "
                           "forecasts growth of 4.2 percent.", date="2025-01-20")
        self.draft("b.md", "China has a growth target of around 5 percent for 2025.", date="2025-03-05")
        self.assertSilent()

    def test_the_figure_before_the_forecast_word_is_still_compared(self):
        self.draft("a.md", "China's exports rose 5.9 percent in 2024, beating the forecast of 5.5 percent.")
        self.draft("b.md", "China's exports rose 7.1 percent in 2024.")
        f = self.assertFires("change-conflict")[0]
        self.assertIn("5.9 percent", str(f))

    def test_a_forecast_is_still_checked_within_its_sentence(self):
        self.draft("a.md", "Cross-border e-commerce exports are expected to reach 2 trillion yuan ($380 billion) in 2024.")
        self.assertFires("conversion")

    def test_the_claims_after_a_forecast_word_are_marked_in_extract(self):
        path = self.draft("a.md", "Exports rose 5.9 percent in 2024 and are expected to grow 3 percent in 2025.")
        claims = {c["text"]: c for c in extract(path)}
        self.assertNotIn("forecast", claims["5.9 percent"])
        self.assertIs(claims["3 percent"]["forecast"], True)

    def test_a_newsroom_adds_its_own_forecast_word(self):
        self.draft("a.md", "China's exports rose 5.9 percent in 2024.")
        self.draft("b.md", "The ministry's guidance has China's exports up 5 percent in 2024.")
        self.assertFires("change-conflict")
        rules = self.write("rules.yaml", "version: 1\nforecast-words: [guidance]\n")
        self.assertEqual([f for f in self.findings("--rules", rules) if f["check"] == "change-conflict"], [])


class UnresolvedPeriod(CheckCase):
    def test_last_year_without_a_date(self):
        self.draft("a.md", "Cross-border e-commerce exports grew 16.9 percent last year.", date=None)
        f = self.assertFires("unresolved-period")[0]
        self.assertEqual(f["severity"], "info")

    def test_this_year_without_a_date(self):
        self.draft("a.txt", "Exports rose 7.2 percent in the first half of this year.", date=None)
        self.assertFires("unresolved-period")

    def test_the_date_option_resolves_it(self):
        self.draft("a.md", "Cross-border e-commerce exports grew 16.9 percent last year.", date=None)
        self.assertEqual([f for f in self.findings("--date", "2025-07-11") if f["check"] == "unresolved-period"], [])

    def test_a_dated_draft(self):
        self.draft("a.md", "Cross-border e-commerce exports grew 16.9 percent last year.")
        self.assertSilent()


class Silencing(CheckCase):
    def test_an_ignore_comment_silences_the_next_line_and_is_counted(self):
        self.draft("a.md", "China's exports totaled 13.0 trillion yuan in the first half of 2025.")
        self.draft("b.md", "<!-- claimcheck: ignore conflict -->\n"
                           "China's exports totaled 12.46 trillion yuan in the first half of 2025.")
        code, report, err = check_json(self.dir)
        self.assertEqual(code, 0, err)
        self.assertEqual(report["findings"], [])
        self.assertEqual(report["summary"]["silenced"], 1)


if __name__ == "__main__":
    unittest.main()
