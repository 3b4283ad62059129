"""Attribution on real sentences: which metric, subject and period each number is given."""
import unittest

from clitest import TempDir, extract, run


class Attribution(TempDir):
    def claims(self, body, date="2025-07-20", name="a.md"):
        path = self.write(name, f"---\ndate: {date}\n---\n\n{body}\n")
        return {c["text"]: c for c in extract(path)}

    def test_a_currency_name_is_not_the_subject(self):
        c = self.claims("Canada's high-tech product exports came to nearly C$41.9 billion "
                        "(30.65 billion U.S. dollars) in 2024, up by 5.7 per cent.")
        self.assertEqual(c["5.7 per cent"]["subject"], "Canada")
        self.assertEqual(c["C$41.9 billion"]["subject"], "Canada")

    def test_a_trading_partner_is_not_the_subject(self):
        c = self.claims("Vietnam's exports to the EU topped $51.2 billion in 2024.")
        self.assertEqual(c["$51.2 billion"]["subject"], "Vietnam")

    def test_the_period_after_the_amount_in_its_own_clause(self):
        c = self.claims("As reported in June, China's cross-border e-commerce exports surpassed the 2-trillion "
                        "yuan ($280 billion) mark last year.")
        self.assertEqual(c["2-trillion yuan"]["period"], "2024")
        self.assertEqual(c["$280 billion"]["period"], "2024")

    def test_the_base_of_a_year_on_year_change_is_the_year_before(self):
        c = self.claims("Exports rose 7.1 percent to 25.45 trillion yuan in 2024 from 23.77 trillion yuan.")
        self.assertEqual(c["25.45 trillion yuan"]["period"], "2024")
        self.assertEqual(c["23.77 trillion yuan"]["period"], "2023")

    def test_a_base_with_its_own_year_keeps_it(self):
        c = self.claims("Industrial production declined 10.2 percent to $492.2 billion in 2022 from $502.4bn in\n2021.")
        self.assertEqual(c["$492.2 billion"]["period"], "2022")
        self.assertEqual(c["$502.4bn"]["period"], "2021")

    def test_the_start_of_a_move_stated_by_its_ends_is_the_year_before(self):
        # "in 2024" ends the sentence: both ends took it, so it is the sentence's period, not the base's.
        c = self.claims("China's exports rose to $3.58 trillion from $3.38 trillion in 2024.")
        self.assertEqual(c["$3.58 trillion"]["period"], "2024")
        self.assertEqual(c["$3.38 trillion"]["period"], "2023")
        c = self.claims("The office vacancy rate fell 0.3 percent from 18.5 percent in 2024.", name="b.md")
        self.assertEqual(c["0.3 percent"]["period"], "2024")
        self.assertEqual(c["18.5 percent"]["period"], "2023")

    def test_a_year_after_the_start_of_a_move_is_that_start_s_when_the_text_says_so(self):
        # "up from" gives an earlier figure: the year after it is that figure's alone.
        c = self.claims("Turnout was 68.7%, up from 62.6% in 2021.", date="2025-05-01")
        self.assertIsNone(c["68.7%"]["period"])
        self.assertEqual(c["62.6%"]["period"], "2021")
        # A draft of January 2025 does not report 2023 as the end of a move: 2023 is where it started.
        c = self.claims("China's trade surplus rose 20.5 percent to $992 billion from $823.2 billion in 2023.",
                        date="2025-01-13", name="b.md")
        self.assertEqual(c["$992 billion"]["period"], "2024")
        self.assertEqual(c["20.5 percent"]["period"], "2024")
        self.assertEqual(c["$823.2 billion"]["period"], "2023")

    def test_an_earlier_growth_rate_has_no_period_the_text_does_not_give(self):
        c = self.claims("Retail sales rose 3.7 percent year-on-year in December, accelerating from 3 percent in "
                        "November, while industrial output grew 6.2 percent, up from 5.4 percent.",
                        date="2025-01-17")
        self.assertEqual(c["3.7 percent"]["period"], "2024-12")
        self.assertEqual(c["3 percent"]["period"], "2024-11")
        self.assertEqual(c["6.2 percent"]["period"], "2024-12")
        self.assertIsNone(c["5.4 percent"]["period"])

    def test_the_start_of_a_monthly_move_stated_by_its_ends_has_no_period(self):
        # "from 5.3 percent" may be November's or December 2023's: the text does not say.
        c = self.claims("In December 2024, the jobless rate fell to 5.1 percent from 5.3 percent.")
        self.assertEqual(c["5.1 percent"]["period"], "2024-12")
        self.assertIsNone(c["5.3 percent"]["period"])

    def test_a_trading_partner_narrows_the_metric(self):
        c = self.claims("China's exports to the United States fell 2 percent in 2024, while those to Russia rose "
                        "4 percent and imports from Japan 3.6 percent.")
        self.assertEqual(c["2 percent"]["metric"], "exports/to_united_states")
        self.assertEqual(c["2 percent"]["metric_text"], "exports to the United States")
        self.assertEqual(c["4 percent"]["metric"], "exports/to_russia")
        self.assertEqual(c["4 percent"]["metric_text"], "exports to Russia")
        self.assertEqual(c["3.6 percent"]["metric"], "imports/from_japan")
        self.assertEqual(c["2 percent"]["subject"], "China")

    def test_a_change_in_one_currency_has_that_basis(self):
        c = self.claims("China's exports rose 7.1 percent in yuan terms in 2024, while imports grew 2.3 percent. "
                        "In dollar terms, exports climbed 5.9 percent month on month.")
        self.assertEqual(c["7.1 percent"]["change_basis"], "year-on-year in CNY")
        self.assertEqual(c["2.3 percent"]["change_basis"], "year-on-year in CNY")  # the last before it
        self.assertEqual(c["5.9 percent"]["change_basis"], "month-on-month in USD")

    def test_a_month_or_an_amount_after_to_is_no_partner(self):
        c = self.claims("China's exports from January to June rose 5.9 percent to RMB 12 trillion.")
        self.assertEqual(c["5.9 percent"]["metric"], "exports")
        self.assertEqual(c["RMB 12 trillion"]["metric"], "exports")

    def test_an_abbreviation_at_a_line_end_does_not_end_the_sentence(self):
        c = self.claims("Mexico's fixed-asset investment exceeded 455 billion U.S.\ndollars from January to June 2024.")
        self.assertEqual(c["455 billion U.S. dollars"]["period"], "2024-H1")

    def test_a_change_without_a_metric_takes_the_previous_sentence_s(self):
        c = self.claims("China's imports reached 18.39 trillion yuan in 2024. They grew 2.3 percent.")
        self.assertEqual(c["2.3 percent"]["metric"], "imports")
        self.assertEqual(c["2.3 percent"]["period"], "2024")

    def test_a_wrapped_line_starting_with_a_year_goes_on_with_its_sentence(self):
        c = self.claims("Outbound shipments in Canada totaled above C$541 billion for\n2020. Trade grew.")
        self.assertEqual(c["C$541 billion"]["period"], "2020")

    def test_a_new_paragraph_starts_without_a_period(self):
        c = self.claims("In the first half of 2025, exports rose 7.2 percent.\n\nImports reached 8.79 trillion yuan.")
        self.assertEqual(c["7.2 percent"]["period"], "2025-H1")
        self.assertIsNone(c["8.79 trillion yuan"]["period"])

    def test_relative_periods_resolve_from_the_date(self):
        c = self.claims("In the first half of this year, exports rose 7.2 percent. Last year, imports grew "
                        "2.3 percent.", date="2025-07-14")
        self.assertEqual(c["7.2 percent"]["period"], "2025-H1")
        self.assertEqual(c["2.3 percent"]["period"], "2024")

    def test_a_month_the_draft_has_not_reached_is_of_the_year_before(self):
        c = self.claims("China's exports rose 10.7 percent year-on-year in December. In the fourth quarter, "
                        "GDP grew 5.4 percent.", date="2025-01-13")
        self.assertEqual(c["10.7 percent"]["period"], "2024-12")
        self.assertEqual(c["5.4 percent"]["period"], "2024-Q4")
        # The draft's own month, and a month before it, are of its year.
        c = self.claims("In July, exports rose 7.2 percent. In June, imports grew 1.1 percent.",
                        date="2025-07-20", name="b.md")
        self.assertEqual(c["7.2 percent"]["period"], "2025-07")
        self.assertEqual(c["1.1 percent"]["period"], "2025-06")
        # What is to come is of the year ahead: a forecast, or a year the paragraph has stated.
        c = self.claims("Exports are expected to rise 3 percent in December. In 2023, imports fell 2 percent "
                        "in November.", date="2025-01-13", name="c.md")
        self.assertEqual(c["3 percent"]["period"], "2025-12")
        self.assertEqual(c["2 percent"]["period"], "2023-11")
        # A month after a month of the draft's year, and a whole year not yet over, are of the year before.
        c = self.claims("Retail sales fell 0.9 percent in January after rising 0.7 percent in December. For the "
                        "full year, they grew 3 percent.", date="2025-02-14", name="d.md")
        self.assertEqual(c["0.9 percent"]["period"], "2025-01")
        self.assertEqual(c["0.7 percent"]["period"], "2024-12")
        self.assertEqual(c["3 percent"]["period"], "2024")

    def test_a_change_with_its_verb_left_out_is_a_change(self):
        c = self.claims("China's exports rose 10.7 percent in December, and imports 1.1 percent.")
        self.assertEqual(c["1.1 percent"]["role"], "change")
        self.assertEqual(c["1.1 percent"]["direction"], "up")
        self.assertEqual(c["1.1 percent"]["metric"], "imports")
        c = self.claims("Exports fell 2 percent in 2024, while imports from Japan 3.6 percent.", name="b.md")
        self.assertEqual(c["3.6 percent"]["role"], "change")
        self.assertEqual(c["3.6 percent"]["direction"], "down")
        self.assertEqual(c["3.6 percent"]["metric"], "imports/from_japan")

    def test_a_percentage_after_a_change_with_no_verb_stays_a_level(self):
        # The jobless rate is a percentage: "5.1 percent" may be the rate reached, not its change.
        c = self.claims("Exports rose 5 percent in 2024, and the jobless rate 5.1 percent.")
        self.assertEqual(c["5.1 percent"]["role"], "level")
        # A verb of its own, or words that are no metric, make it no gap.
        c = self.claims("Exports rose 5 percent in 2024, and imports accounted for 31 percent.", name="b.md")
        self.assertNotEqual(c["31 percent"]["role"], "change")
        c = self.claims("Exports rose 5 percent in 2024, and some analysts 40 percent.", name="c.md")
        self.assertEqual(c["40 percent"]["role"], "level")

    def test_the_ing_form_of_a_change_word_is_a_change(self):
        c = self.claims("Exports kept rising, rising 5.9 percent in 2024. Imports, falling 2.3 percent, "
                        "reached 18.39 trillion yuan.")
        self.assertEqual((c["5.9 percent"]["role"], c["5.9 percent"]["direction"]), ("change", "up"))
        self.assertEqual((c["2.3 percent"]["role"], c["2.3 percent"]["direction"]), ("change", "down"))
        # "a growing 40 percent of voters" is a share that grows: "growing" is no change word.
        c = self.claims("A growing 40 percent of voters back the plan.", name="b.md")
        self.assertNotEqual(c["40 percent"]["role"], "change")

    def test_a_word_before_the_metric_s_name_narrows_it(self):
        c = self.claims("The youth jobless rate rose to 16.9 percent in February, and the jobless rate to 5.4 "
                        "percent. China's services exports rose 12 percent, while its goods exports grew 5.9 "
                        "percent. Core inflation slowed to 0.3 percent in January.", date="2025-03-10")
        self.assertEqual(c["16.9 percent"]["metric"], "unemployment_rate/youth")
        self.assertEqual(c["5.4 percent"]["metric"], "unemployment_rate")
        self.assertEqual(c["12 percent"]["metric"], "exports/services")
        self.assertEqual(c["5.9 percent"]["metric"], "exports")  # "goods exports" is a name of exports
        self.assertEqual(c["0.3 percent"]["metric"], "cpi/core")

    def test_a_verb_or_a_neutral_word_before_the_metric_s_name_does_not_narrow_it(self):
        c = self.claims("Official data showed exports rose 2.3 percent. Analysts expect imports to fall 1 percent. "
                        "The overall jobless rate was 5.4 percent. But exports fell 0.5 percent in March. "
                        "China's rising imports reached 8 trillion yuan.", date="2025-03-10")
        self.assertEqual(c["2.3 percent"]["metric"], "exports")
        self.assertEqual(c["1 percent"]["metric"], "imports")
        self.assertEqual(c["5.4 percent"]["metric"], "unemployment_rate")
        self.assertEqual(c["0.5 percent"]["metric"], "exports")
        self.assertEqual(c["8 trillion yuan"]["metric"], "imports")

    def test_an_unknown_name_as_a_possessive_before_the_metric_is_the_subject(self):
        c = self.claims("China's exports rose 5.9 percent in 2024. Beijing's exports climbed 4 percent, and "
                        "Hong Kong's retail sales fell 7.3 percent. Guangdong's GDP exceeded 14 trillion yuan, "
                        "while Jiangsu's reached 13.7 trillion yuan.")
        self.assertEqual(c["5.9 percent"]["subject"], "China")
        self.assertEqual(c["4 percent"]["subject"], "Beijing")
        self.assertEqual(c["7.3 percent"]["subject"], "Hong Kong")
        self.assertEqual(c["14 trillion yuan"]["subject"], "Guangdong")
        self.assertEqual(c["13.7 trillion yuan"]["subject"], "Jiangsu")
        # A day's possessive names no owner: the imports are those of the sentence before.
        c = self.claims("China's exports rose 5.9 percent in 2024. Monday's data showed imports rose 1.1 percent.",
                        name="b.md")
        self.assertEqual(c["1.1 percent"]["subject"], "China")

    def test_a_name_right_after_the_claim_is_its_subject(self):
        c = self.claims("In December, the unemployment rate was 5.1 percent in China and 4.1 percent in the United "
                        "States. China's inflation was 0.1 percent, compared with 2.9 percent U.S. inflation.")
        self.assertEqual(c["5.1 percent"]["subject"], "China")
        self.assertEqual(c["4.1 percent"]["subject"], "United States")
        self.assertEqual(c["0.1 percent"]["subject"], "China")
        self.assertEqual(c["2.9 percent"]["subject"], "United States")

    def test_the_next_sentence_s_subject_is_that_of_the_last_claim_not_the_last_name(self):
        c = self.claims("China's exports jumped 12.4 percent in March ahead of new U.S. tariffs. Imports declined "
                        "4.3 percent.")
        self.assertEqual(c["4.3 percent"]["subject"], "China")

    def test_a_thing_named_in_a_new_clause_is_not_the_metric_before_it(self):
        c = self.claims("China's fiscal revenue fell 1.3 percent to 21.97 trillion yuan in 2024, while expenditure "
                        "rose 3.6 percent to 28.46 trillion yuan. China's exports rose 7.1 percent in 2024, while "
                        "home prices fell 5.7 percent.")
        self.assertEqual(c["1.3 percent"]["metric"], "fiscal_revenue")
        self.assertEqual(c["3.6 percent"]["metric"], "auto:expenditure")
        self.assertEqual(c["28.46 trillion yuan"]["metric"], "auto:expenditure")
        self.assertEqual(c["5.7 percent"]["metric"], "auto:home_prices")
        # Words before the new clause leave the metric alone.
        c = self.claims("China's exports, boosted by 2 new trade deals, totaled $3.6 trillion in 2024.", name="b.md")
        self.assertEqual(c["$3.6 trillion"]["metric"], "exports")

    def test_a_claim_with_no_words_of_its_own_is_of_the_claim_before_it(self):
        c = self.claims("Tesla's revenue was $97.7 billion in 2024, up 1 percent from a year earlier.")
        self.assertEqual(c["1 percent"]["metric"], c["$97.7 billion"]["metric"])
        self.assertEqual(c["1 percent"]["subject"], "Tesla")
        # Across sentences a change takes the metric before it only if its own sentence names nothing.
        c = self.claims("China's exports rose 7.1 percent in 2024. Shipments to ASEAN, which grew 12 percent, "
                        "outpaced the total.", name="b.md")
        self.assertNotEqual(c["12 percent"]["metric"], "exports")

    def test_a_year_and_to_before_an_amount_are_no_range(self):
        c = self.claims("Ford's profit rose 10 percent in 2024 to $5.5 billion from $5 billion.")
        self.assertEqual(c["$5.5 billion"]["value"], 5.5e9)
        self.assertEqual(c["$5.5 billion"]["period"], "2024")
        self.assertEqual(c["$5 billion"]["metric"], c["$5.5 billion"]["metric"])

    def test_a_change_word_before_from_after_a_change_starts_from_that_change(self):
        # "rising from 4.6 percent" is the growth before, as "up from" is: no level of GDP.
        path = self.write("g.md", "---\ndate: 2025-01-20\n---\n\nIn the fourth quarter, GDP grew 5.4 percent, "
                                  "rising from 4.6 percent in the third quarter.\n")
        code, out, _ = run("check", path)
        self.assertEqual(code, 0, out)
        self.assertNotIn("[points]", out)

    def test_basis_words_give_a_change_its_basis(self):
        c = self.claims("U.S. industrial production rose 0.9 percent in December and was up 0.5 percent from a year "
                        "earlier. Fourth-quarter U.S. GDP rose 0.6 percent from the third quarter. On a monthly basis, "
                        "the CPI increased 0.4 percent in December.", date="2025-01-31")
        self.assertEqual(c["0.5 percent"]["change_basis"], "year-on-year")
        # Beside a change of a stated basis, one of no stated basis is of a basis unstated.
        self.assertEqual(c["0.9 percent"]["change_basis"], "unstated")
        self.assertEqual(c["0.6 percent"]["change_basis"], "quarter-on-quarter")
        self.assertEqual(c["0.6 percent"]["period"], "2024-Q4")  # "from the third quarter" is the basis
        self.assertEqual(c["0.4 percent"]["change_basis"], "month-on-month")

    def test_a_rate_a_change_went_at_is_the_change(self):
        c = self.claims("Japan's economy grew at an annualized 2.8 percent in the October-December quarter, or 0.7 "
                        "percent from the previous quarter. The U.S. economy expanded at a 2.3 percent annualized "
                        "rate.", date="2025-02-17")
        self.assertEqual((c["2.8 percent"]["role"], c["2.8 percent"]["change_basis"]), ("change", "annualized"))
        self.assertEqual((c["0.7 percent"]["role"], c["0.7 percent"]["change_basis"]), ("change", "quarter-on-quarter"))
        self.assertEqual((c["2.3 percent"]["role"], c["2.3 percent"]["change_basis"]), ("change", "annualized"))

    def test_in_the_second_is_the_quarter_after_the_first(self):
        c = self.claims("China's GDP was 29.63 trillion yuan in the first quarter of 2024 and 32.18 trillion yuan in "
                        "the second. The U.S. economy grew at a 2.3 percent annualized rate in the fourth quarter, "
                        "slowing from 3.1 percent in the third.", date="2025-01-20")
        self.assertEqual(c["29.63 trillion yuan"]["period"], "2024-Q1")
        self.assertEqual(c["32.18 trillion yuan"]["period"], "2024-Q2")
        self.assertEqual(c["2.3 percent"]["period"], "2024-Q4")
        self.assertEqual(c["3.1 percent"]["period"], "2024-Q3")

    def test_revised_up_to_is_the_level_reached_not_a_ceiling(self):
        c = self.claims("In March, China's non-manufacturing PMI edged up to 50.8 from 50.4. U.S. third-quarter growth "
                        "was revised up to 3.1 percent from 2.8 percent. Sales could rise up to 5 percent.",
                        date="2025-04-01")
        self.assertEqual(c["3.1 percent"]["qualifier"], "=")
        self.assertIsNone(c["2.8 percent"]["period"])  # the figure before the revision: of no stated period
        self.assertEqual(c["50.8"]["qualifier"], "=")
        self.assertEqual(c["50.8"]["period"], "2025-03")
        self.assertIsNone(c["50.4"]["period"])
        self.assertEqual(c["5 percent"]["qualifier"], "<=")

    def test_a_record_low_of_is_the_level_reached(self):
        c = self.claims("Japan's total fertility rate fell to a record low of 1.15 in 2024 from 1.20.",
                        date="2025-06-04")
        self.assertEqual(c["1.15"]["period"], "2024")
        self.assertEqual(c["1.20"]["period"], "2023")

    def test_a_level_crossed_is_no_change(self):
        c = self.claims("Births dropped below 700,000 for the first time since records began in 1899.")
        self.assertEqual(c["700,000"]["role"], "level")
        self.assertEqual(c["700,000"]["qualifier"], "<")
        self.assertNotIn("1899", c)

    def test_an_amount_for_each_is_a_metric_of_its_own(self):
        c = self.claims("Jiangsu's GDP reached 13.7 trillion yuan in 2024, or about 160,000 yuan per resident. "
                        "Net income was $4.1 billion, or $1.52 a share.")
        self.assertEqual(c["13.7 trillion yuan"]["metric"], "gdp")
        self.assertEqual(c["160,000 yuan"]["metric"], "gdp/per_resident")
        self.assertTrue(c["$1.52"]["metric"].endswith("/per_share"))

    def test_an_aside_is_passed_over_for_the_words_of_a_metric(self):
        c = self.claims("High-tech manufacturing output \u2014 a bright spot \u2014 rose 8.9 percent, while the "
                        "equipment manufacturing sector (which includes cars and ships) grew 7.7 percent.")
        self.assertEqual(c["8.9 percent"]["metric"], "auto:high_tech_manufacturing_output")
        self.assertEqual(c["7.7 percent"]["metric"], "auto:equipment_manufacturing_sector")

    def test_the_year_a_move_started_is_not_the_next_sentence_s(self):
        c = self.claims("The U.S. trade deficit rose to $918.4 billion in 2024 from $784.9 billion in 2023. Exports "
                        "were $3.19 trillion and imports $4.11 trillion.", date="2025-02-05")
        self.assertEqual(c["$3.19 trillion"]["period"], "2024")
        self.assertEqual(c["$4.11 trillion"]["period"], "2024")

    def test_a_year_earlier_is_the_year_before_the_one_stated(self):
        c = self.claims("In 2024, Costco's revenue rose 5%. A year earlier, Costco's revenue had risen 6.8%. Exports "
                        "rose to $5 billion in 2024 from $4 billion a year earlier.")
        self.assertEqual(c["5%"]["period"], "2024")
        self.assertEqual(c["6.8%"]["period"], "2023")
        self.assertEqual(c["$4 billion"]["period"], "2023")

    def test_an_age_group_narrows_the_metric_and_ages_are_no_claims(self):
        c = self.claims("The jobless rate for 16- to 24-year-olds fell to 16.5 percent in March. The overall urban "
                        "unemployment rate was 5.2 percent in March. The 45-year-old founder, aged 45, spoke.",
                        date="2025-04-18")
        self.assertEqual(set(c), {"16.5 percent", "5.2 percent"})
        self.assertTrue(c["16.5 percent"]["metric"].startswith("unemployment_rate/"))
        self.assertEqual(c["5.2 percent"]["metric"], "unemployment_rate")

    def test_a_change_over_several_years_is_since_its_start(self):
        c = self.claims("China's exports climbed to 25.45 trillion yuan in 2024 from 14.14 trillion yuan in 2015, an "
                        "increase of 80 percent in under a decade.")
        self.assertEqual(c["80 percent"]["change_basis"], "since 2015")

    def test_won_before_a_count_is_a_verb_and_counts_of_different_nouns_differ(self):
        c = self.claims("In 2024, Trump won 312 electoral votes. Trump won 31 states. Samsung's revenue was 75.8 "
                        "trillion won.")
        self.assertEqual(c["312"]["unit"], "")
        self.assertNotEqual(c["312"]["metric"], c["31"]["metric"])
        self.assertEqual(c["75.8 trillion won"]["unit"], "KRW")

    def test_last_month_is_the_month_before_the_draft_s(self):
        c = self.claims("The consumer price index rose 0.2% last month. In the 12 months through September, the CPI "
                        "increased 2.4%.", date="2024-10-10")
        self.assertEqual(c["0.2%"]["period"], "2024-09")
        self.assertEqual(c["2.4%"]["period"], "2024-09")
        self.assertEqual(c["2.4%"]["change_basis"], "year-on-year")

    def test_a_year_after_since_early_is_no_period(self):
        path = self.write("h.md", "---\ndate: 2024-10-10\n---\n\n# U.S. inflation cools to 2.4%, lowest since early "
                                  "2021\n\nThe CPI rose 0.2% in September.\n")
        c = {claim["text"]: claim for claim in extract(path)}
        self.assertEqual(c["0.2%"]["period"], "2024-09")

    def test_the_last_three_months_of_a_year_are_its_fourth_quarter(self):
        c = self.claims("Britain's economy grew 0.1% in the last three months of 2024. Over 2024 as a whole, the "
                        "economy grew 0.9%.", date="2025-02-13")
        self.assertEqual(c["0.1%"]["period"], "2024-Q4")
        self.assertEqual(c["0.9%"]["period"], "2024")

    def test_words_that_describe_a_level_stand_between_from_and_it(self):
        c = self.claims("The ECB cut its deposit rate to 3.75% in June from a record high of 4.00%. Housing starts "
                        "jumped 15.8% to a seasonally adjusted annual rate of 1.499 million units in December from "
                        "1.294 million in November.", date="2024-12-20")
        self.assertIsNone(c["4.00%"]["period"])  # the start of a monthly move: of no stated period
        self.assertEqual(c["1.499 million units"]["period"], "2024-12")
        self.assertEqual(c["1.294 million"]["period"], "2024-11")
        self.assertEqual(c["1.499 million units"]["metric"], c["1.294 million"]["metric"])
        self.assertNotIn("annual", c["1.499 million units"]["metric"])

    def test_the_euro_area_is_a_subject(self):
        c = self.claims("In November, inflation was 2.7% in the United States, 2.6% in Britain and 2.2% in the euro "
                        "zone.", date="2024-12-20")
        self.assertEqual(c["2.6%"]["subject"], "United Kingdom")
        self.assertEqual(c["2.2%"]["subject"], "Euro area")

    def test_a_name_in_an_aside_after_the_first_name_is_not_the_subject(self):
        c = self.claims("Guangdong, China's biggest provincial economy, reported GDP of 14.16 trillion yuan for 2024. "
                        "Meanwhile, China's exports rose 5 percent in 2024.")
        self.assertEqual(c["14.16 trillion yuan"]["subject"], "Guangdong")
        self.assertEqual(c["5 percent"]["subject"], "China")

    def test_an_absolute_change_after_or_is_the_same_change(self):
        c = self.claims("China's grain output reached 706.5 million tonnes in 2024, up 1.6 percent, or 11.1 million "
                        "tonnes, from a year earlier.", date="2024-12-13")
        self.assertEqual(c["11.1 million tonnes"]["role"], "change")
        self.assertEqual(c["11.1 million tonnes"]["direction"], "up")
        self.assertNotEqual(c["1.6 percent"].get("change_basis"), "unstated")

    def test_a_list_of_subjects_with_the_verb_left_out(self):
        c = self.claims("The Philippines grew 5.6 percent, Malaysia 5.1 percent and Indonesia 5.03 percent in 2024.",
                        date="2025-03-10")
        self.assertEqual(c["5.6 percent"]["subject"], "Philippines")
        self.assertEqual((c["5.1 percent"]["subject"], c["5.1 percent"]["role"]), ("Malaysia", "change"))
        self.assertEqual((c["5.03 percent"]["subject"], c["5.03 percent"]["role"]), ("Indonesia", "change"))

    def test_a_metric_inside_another_claim_s_phrase_is_that_claim_s_whole(self):
        c = self.claims("Health spending reached 9.06 trillion yuan in 2023, or 7.2 percent of GDP, and per capita "
                        "health spending was 6,425 yuan.")
        self.assertNotEqual(c["6,425 yuan"]["metric"], "gdp")

    def test_numbers_glued_to_a_describing_word_are_no_claims(self):
        c = self.claims("The Port of Shanghai handled 51.5 million twenty-foot equivalent units in 2024. Brazil's "
                        "coffee harvest was 54.2 million 60-kilogram bags. On a quarter-on-quarter basis, GDP grew 1.6 "
                        "percent. The 10-year yield rose to 4.5 percent. It bid 470 pence a share, a 12-cent-a-share "
                        "premium.", date="2025-01-10")
        self.assertFalse({"twenty", "60", "quarter", "10"} & set(c))
        self.assertEqual(c["1.6 percent"]["change_basis"], "quarter-on-quarter")
        self.assertIn("12-cent", c)

    def test_the_figure_a_revision_replaces_is_of_no_period(self):
        c = self.claims("The NBS revised 2023 GDP up to 129.43 trillion yuan from the initially reported 126.06 "
                        "trillion yuan.", date="2025-02-28")
        self.assertEqual((c["129.43 trillion yuan"]["qualifier"], c["129.43 trillion yuan"]["period"]), ("=", "2023"))
        self.assertIsNone(c["126.06 trillion yuan"]["period"])

    def test_names_in_a_list_or_a_ranking_are_subjects(self):
        c = self.claims("China's GDP grew 5 percent in 2024. Jiangsu, the runner-up, grew 5.8 percent to 13.70 trillion "
                        "yuan, and Shandong, in third place, grew 5.7 percent to 9.86 trillion yuan. Shenzhen's GDP "
                        "reached 3.68 trillion yuan in 2024, behind Shanghai, at 5.39 trillion yuan.", date="2025-01-26")
        self.assertEqual((c["13.70 trillion yuan"]["subject"], c["13.70 trillion yuan"]["metric"]), ("Jiangsu", "gdp"))
        self.assertEqual(c["9.86 trillion yuan"]["subject"], "Shandong")
        self.assertEqual(c["3.68 trillion yuan"]["subject"], "Shenzhen")
        self.assertEqual(c["5.39 trillion yuan"]["subject"], "Shanghai")

    def test_two_describing_words_at_a_sentence_s_start_narrow_the_metric(self):
        c = self.claims("China's imports grew 2.3 percent in 2024. Iron ore imports rose 4.9 percent to 1.24 billion "
                        "tonnes. Analysts expect imports to fall 1 percent.", date="2025-01-14")
        self.assertEqual(c["4.9 percent"]["metric"], "imports/iron_ore")
        self.assertEqual(c["1 percent"]["metric"], "imports")

    def test_a_dateline_names_no_subject_and_no_metric(self):
        c = self.claims("BEIJING, Apr 14 - China's exports jumped 12.4% in March from a year earlier to $313.9 billion. "
                        "Imports fell 4.3% to $211.3 billion.", date="2025-04-14")
        self.assertEqual(c["$313.9 billion"]["subject"], "China")
        self.assertEqual(c["$211.3 billion"]["subject"], "China")
        c = self.claims("SEOUL, Feb 1 - Shipments abroad rose 8.2% in 2024.", date="2025-02-01", name="b.md")
        self.assertEqual(c["8.2%"]["metric"], "auto:shipments_abroad")

    def test_two_describing_words_after_a_possessive_narrow_the_metric(self):
        c = self.claims("China's imports rose 1.2% in 2024. China's crude oil imports fell 1.9% to 553.4 million "
                        "tonnes in 2024.", date="2025-01-14")
        self.assertEqual(c["1.9%"]["metric"], "imports/crude_oil")
        self.assertEqual(c["1.2%"]["metric"], "imports")

    def test_the_share_of_a_metric_is_its_own_metric(self):
        c = self.claims("Private firms' share of exports rose to 57.3 percent in 2024.")
        self.assertEqual(c["57.3 percent"]["metric"], "exports/share")

    def test_an_unknown_metric_gets_a_key_from_its_words(self):
        c = self.claims("In 2024, China's new energy vehicle sales reached 12.87 million units.")
        self.assertTrue(c["12.87 million units"]["metric"].startswith("auto:"), c)
        self.assertIn("vehicle", c["12.87 million units"]["metric"])

    # Sentences without claims set the context only when a claim reads it; these read it across
    # every kind of sentence boundary.
    def test_a_year_stated_in_a_paragraph_without_claims_places_a_later_quarter(self):
        c = self.claims("The figures cover 2023.\n\nIn the second quarter, exports reached $5 billion.")
        self.assertEqual(c["$5 billion"]["period"], "2023-Q2")
        c = self.claims("Data for 2022 came out. In March the report was late.\n\n"
                        "In the first half, exports reached $5 billion.")
        self.assertEqual(c["$5 billion"]["period"], "2022-H1")

    def test_a_year_left_by_a_sentence_without_claims_outlasts_an_unresolved_period(self):
        path = self.write("undated.txt", "Data for 2021 came out.\n\nExports reached $5 billion last year. "
                                         "In the second quarter, imports reached $3 billion.\n")
        c = {claim["text"]: claim for claim in extract(path)}
        self.assertIsNone(c["$5 billion"]["period"])
        self.assertEqual(c["$3 billion"]["period"], "2021-Q2")
        # The unresolved "last year" is the paragraph's period after it, not the year before it.
        path = self.write("undated.txt", "Data for 2021 came out. Exports reached $5 billion last year. Imports "
                                         "reached $3 billion.\n\nIn the second quarter, imports reached $4 billion.\n")
        c = {claim["text"]: claim for claim in extract(path)}
        self.assertIsNone(c["$3 billion"]["period"])
        self.assertEqual(c["$4 billion"]["period"], "2021-Q2")

    def test_a_year_stated_with_a_claim_outlasts_the_year_of_a_sentence_before_it(self):
        c = self.claims("The figures cover 2020. Exports reached $5 billion in 2024.\n\n"
                        "In the second quarter, imports reached $3 billion.")
        self.assertEqual(c["$3 billion"]["period"], "2024-Q2")

    def test_a_sentence_without_claims_gives_its_period_to_its_paragraph_only(self):
        c = self.claims("Trade data for the first quarter of 2024 are out. Exports reached $5 billion.\n\n"
                        "Trade data for 2021 are out.\n\nImports reached $3 billion.")
        self.assertEqual(c["$5 billion"]["period"], "2024-Q1")
        self.assertIsNone(c["$3 billion"]["period"])

    def test_a_subject_named_without_claims_until_a_claim_names_another(self):
        c = self.claims("Brazil published its data. Exports reached $5 billion in 2024. Brazil published data. "
                        "Germany's exports reached $6 billion in 2024. Imports reached $3 billion in 2024.")
        self.assertEqual(c["$5 billion"]["subject"], "Brazil")
        self.assertEqual(c["$3 billion"]["subject"], "Germany")

    def test_the_most_named_subject_counts_the_sentences_after_the_last_claim(self):
        c = self.claims("Exports reached $5 billion in 2024. Germany is big.\n\nBrazil grows. Brazil is big.")
        self.assertEqual(c["$5 billion"]["subject"], "Brazil")

    def test_a_change_takes_the_metric_of_a_sentence_without_claims_in_its_paragraph_only(self):
        c = self.claims("Exports were strong in 2024. They grew 2.3 percent.\n\nImports were strong in 2024.\n\n"
                        "They grew 4.5 percent.")
        self.assertEqual(c["2.3 percent"]["metric"], "exports")
        self.assertEqual(c["4.5 percent"]["metric"], "")

    def test_a_period_phrase_running_on_into_the_next_sentence_belongs_to_the_first(self):
        # "in\n\n2024" and "from Jan. To March 2024" begin in the sentence before the claim's.
        self.assertIsNone(self.claims("# Trade in\n\n2024 exports of Brazil reached $5 billion.")["$5 billion"]["period"])
        self.assertIsNone(self.claims("Exports in Brazil rose in\n\n2024 when exports reached $5 billion.")["$5 billion"]["period"])
        c = self.claims("Brazil's exports slowed from Jan. To March 2024 exports reached $5 billion.")
        self.assertEqual(c["$5 billion"]["period"], "2024-Q1")


    def test_edged_up_to_across_a_line_break_is_the_level_reached(self):
        c = self.claims("China's official manufacturing PMI rose to 50.5 in March from 50.2 in February. The "
                        "non-manufacturing PMI edged up\nto 50.8 from 50.4.", date="2025-03-31")
        self.assertEqual(c["50.8"]["qualifier"], "=")
        self.assertEqual(c["50.8"]["period"], "2025-03")
        # The start of a move stated by its ends alone, in a month: of no period the text gives.
        self.assertIsNone(c["50.4"]["period"])

    def test_the_whole_of_a_share_takes_the_metric_and_subject_it_names(self):
        c = self.claims("High-tech exports were 5.02 trillion yuan in 2024, accounting for 19.7 percent of China's "
                        "total exports of 25.45 trillion yuan.")
        self.assertEqual(c["19.7 percent"]["share_of"], "China's total exports")
        self.assertEqual((c["25.45 trillion yuan"]["metric"], c["25.45 trillion yuan"]["subject"]), ("exports", "China"))
        c = self.claims("California's gross domestic product was $4.10 trillion in 2024, or about 14.1% of the U.S. "
                        "total of $29.18 trillion.", name="b.md")
        self.assertEqual(c["$29.18 trillion"]["subject"], "United States")
        self.assertEqual(c["$4.10 trillion"]["subject"], "California")

    def test_a_whole_that_names_no_subject_takes_none(self):
        c = self.claims("Guangdong's imports and exports reached 9.11 trillion yuan in 2024, accounting for about "
                        "one-fifth of the national total of 43.85 trillion yuan.")
        self.assertEqual(c["9.11 trillion yuan"]["subject"], "Guangdong")
        self.assertEqual(c["43.85 trillion yuan"]["subject"], "")
        self.assertEqual(c["43.85 trillion yuan"]["metric"], c["9.11 trillion yuan"]["metric"])


    def test_the_quarter_is_that_of_the_period_before_it(self):
        c = self.claims("Retail sales in March rose 5.9 percent to 4.10 trillion yuan, and for the quarter they totaled "
                        "12.47 trillion yuan, up 4.6 percent.", date="2024-04-20")
        self.assertEqual(c["4.10 trillion yuan"]["period"], "2024-03")
        self.assertEqual(c["12.47 trillion yuan"]["period"], "2024-Q1")
        self.assertEqual(c["4.6 percent"]["period"], "2024-Q1")
        c = self.claims("The economy grew at a 2.4% annualized rate in the fourth quarter of 2024. Corporate profits "
                        "rose 5.9% in the quarter, after a 0.9% increase in July-September.", date="2025-03-27",
                        name="b.md")
        self.assertEqual(c["5.9%"]["period"], "2024-Q4")
        self.assertEqual(c["0.9%"]["period"], "2024-Q3")

    def test_the_quarter_of_a_year_is_no_period(self):
        c = self.claims("Exports rose 5.9 percent in 2024, and for the quarter they rose 4.6 percent.", date="2025-03-01")
        self.assertIsNone(c["4.6 percent"]["period"])

    def test_a_neutral_word_before_a_narrowing_word_is_passed_over(self):
        c = self.claims("Nationwide core consumer prices rose 3.0% in December from a year earlier, after 2.7% in "
                        "November, data showed.", date="2025-01-25")
        self.assertEqual(c["3.0%"]["metric"], "cpi/core")
        self.assertEqual(c["2.7%"]["metric"], "cpi/core")
        c = self.claims("The nationwide core consumer price index rose 3.0% in December.", date="2025-01-25", name="b.md")
        self.assertEqual(c["3.0%"]["metric"], "cpi/core")
        self.assertEqual(self.claims("Overall exports rose 3.0% in December.", date="2025-01-25",
                                     name="c.md")["3.0%"]["metric"], "exports")

    def test_states_and_more_countries_are_subjects(self):
        c = self.claims("Among states, South Dakota had the lowest unemployment rate in December at 1.9%, while "
                        "California and Nevada had the highest, at 5.5%.", date="2025-01-28")
        self.assertEqual(c["1.9%"]["subject"], "South Dakota")
        self.assertIn(c["5.5%"]["subject"], ("California", "Nevada"))
        c = self.claims("Annual inflation in Turkiye eased to 44.38% in December, while Nigeria's rose to 34.80%.",
                        date="2025-01-28", name="b.md")
        self.assertEqual(c["44.38%"]["subject"], "Turkey")
        self.assertEqual(c["34.80%"]["subject"], "Nigeria")

    def test_an_amount_for_each_of_a_count_is_a_metric_of_its_own(self):
        c = self.claims("Current-dollar GDP was $29.18 trillion in 2024, or about $85,800 for each of the 340.1 million "
                        "residents.", date="2025-02-20")
        self.assertEqual(c["$85,800"]["metric"], c["$29.18 trillion"]["metric"] + "/per_people")
        c = self.claims("Spending reached $4,000 for every resident in 2024.", date="2025-02-20", name="b.md")
        self.assertTrue(c["$4,000"]["metric"].endswith("/per_resident"), c["$4,000"]["metric"])

    def test_a_basis_after_the_start_of_the_move_and_the_start_of_the_quarter_before(self):
        c = self.claims("Fourth-quarter revenue was $39.3 billion, up 78% from $22.1 billion a year earlier and up 12% "
                        "from $35.1 billion in the previous quarter.", date="2025-02-27")
        self.assertEqual(c["12%"]["change_basis"], "quarter-on-quarter")
        self.assertEqual(c["$35.1 billion"]["period"], "2024-Q3")
        self.assertEqual(c["$22.1 billion"]["period"], "2023-Q4")
        c = self.claims("Sales in December were $39.3 billion, up 2% from $38.5 billion in the previous month.",
                        date="2025-02-27", name="b.md")
        self.assertEqual(c["2%"]["change_basis"], "month-on-month")
        self.assertEqual(c["$38.5 billion"]["period"], "2024-11")

    def test_what_staff_see_is_a_forecast(self):
        c = self.claims("ECB staff now see inflation averaging 2.0% in 2025 and growth of 0.9% in 2025.",
                        date="2025-06-05")
        self.assertTrue(c["2.0%"]["forecast"])
        self.assertTrue(c["0.9%"]["forecast"])

    def test_a_period_after_a_conjunction_and_new_words_is_of_the_new_clause(self):
        c = self.claims("The statistics office kept its growth estimate for 2024 at 6.5 percent and revised growth for "
                        "2023 up to 9.2 percent from 8.2 percent.", date="2025-03-01")
        self.assertEqual(c["6.5 percent"]["period"], "2024")
        self.assertEqual(c["9.2 percent"]["period"], "2023")
        # A period right after the claim in its clause still binds it.
        c = self.claims("In 2023, exports rose 5% and imports fell 3% in 2024.", date="2025-03-01", name="b.md")
        self.assertEqual(c["3%"]["period"], "2024")

    def test_a_year_that_ended_in_a_month_is_the_twelve_months_to_it(self):
        c = self.claims("India's merchandise exports rose 0.1% to $437.42 billion in the fiscal year that ended in "
                        "March, while imports climbed 6.2% to $720.24 billion.", date="2025-04-15")
        self.assertEqual(c["$437.42 billion"]["period"], "2024-04/2025-03")
        self.assertEqual(c["$720.24 billion"]["period"], "2024-04/2025-03")
        c = self.claims("In March alone, merchandise exports were $41.97 billion.", date="2025-04-15", name="b.md")
        self.assertEqual(c["$41.97 billion"]["period"], "2025-03")

    def test_an_amount_more_than_another_is_the_difference(self):
        c = self.claims("The new estimate is 1.4 million tonnes above the 166.0 million tonnes Conab forecast in "
                        "February.", date="2025-03-13")
        self.assertEqual((c["1.4 million tonnes"]["role"], c["1.4 million tonnes"]["direction"]), ("change", "up"))
        self.assertEqual(c["1.4 million tonnes"]["change_basis"], "than 166.0 million tonnes")
        self.assertEqual(c["166.0 million tonnes"]["qualifier"], "=")
        c = self.claims("The fee is 18.2 million pounds more than the 106.8 million pounds Chelsea paid in January "
                        "2023.", date="2025-09-02", name="b.md")
        self.assertEqual(c["18.2 million pounds"]["role"], "change")
        self.assertEqual(c["106.8 million pounds"]["qualifier"], "=")
        # A hedge after "to" stays one.
        c = self.claims("Exports rose to more than $100 billion in 2024.", date="2025-03-13", name="c.md")
        self.assertEqual(c["$100 billion"]["qualifier"], ">")

    def test_the_period_after_an_earlier_figure_is_its_own(self):
        c = self.claims("Energy prices rose 0.1% from a year earlier in December after a 2.0% decline in November.",
                        date="2025-01-07")
        self.assertEqual(c["0.1%"]["period"], "2024-12")
        self.assertEqual(c["2.0%"]["period"], "2024-11")
        c = self.claims("For 2024 as a whole, real GDP grew 0.1%, after 1.5% in 2023. Nominal GDP rose to 609.3 "
                        "trillion yen.", date="2025-02-17", name="b.md")
        self.assertEqual(c["609.3 trillion yen"]["period"], "2024")

    def test_a_change_of_no_basis_beside_a_stated_one_in_its_draft_is_unstated(self):
        c = self.claims("The consumer price index rose 0.2% in September. In the 12 months through September, the CPI "
                        "increased 2.4%.", date="2024-10-10")
        self.assertEqual(c["2.4%"]["change_basis"], "year-on-year")
        self.assertEqual(c["0.2%"]["change_basis"], "unstated")

    def test_a_year_earlier_after_the_amount_compared_with_is_its_period_alone(self):
        c = self.claims("Heathrow handled 39.9 million passengers in January to June. Gatwick carried 20.1 million, "
                        "2.0% more than the 19.7 million a year earlier.", date="2025-07-24")
        self.assertEqual(c["20.1 million"]["period"], "2025-H1")
        self.assertEqual(c["19.7 million"]["period"], "2024-H1")

    def test_a_name_later_in_the_sentence_yields_to_the_context(self):
        c = self.claims("Spain's economy grew 3.2% in 2024. Inflation was 2.8% in December, in line with a broader "
                        "rise across the euro zone.", date="2025-01-29")
        self.assertEqual(c["2.8%"]["subject"], "Spain")
        # With no subject before it, the name after the claim is still read.
        c = self.claims("Inflation was 2.8% in December, in line with a broader rise across the euro zone.",
                        date="2025-01-29", name="b.md")
        self.assertEqual(c["2.8%"]["subject"], "Euro area")

if __name__ == "__main__":
    unittest.main()
