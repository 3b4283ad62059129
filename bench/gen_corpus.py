#!/usr/bin/python3
"""Generates a deterministic corpus of news drafts with planted number errors and their answer key.

Every draft is drawn from one consistent world: a metric of a subject over a period has one true
value and one true growth rate, conversions use the exchange-rate table of the built-in rules, and
trade totals are the sum of exports and imports. Each sentence rounds or hedges the truth so that its
interval still contains it. A known number of drafts then break that world on purpose (a conflicting
value, a different growth rate, a billion written for a trillion, a conversion at a wrong rate, a sum
or a growth that does not add up); where, and what should catch it, goes to answer_key.tsv.

A planted wrong value must be the last statement of its statistic in path order: the checker compares
each claim with those before it, so a correct statement after a wrong one would be reported instead.
The generator therefore retires a statistic (and the statistics it is summed or shared with) once it
has planted an error in it.

Usage: gen_corpus.py --out DIR --size 10MB [--seed 1]
"""

import argparse
import math
import os
import random
import sys

# Units of the currency per US dollar, from rules/default.yaml (the conversion check's table).
RATES = {
    "CNY": {2019: 6.9081, 2020: 6.9000, 2021: 6.4508, 2022: 6.7290, 2023: 7.0809, 2024: 7.1899, 2025: 7.1900},
    "EUR": {2019: 0.8933, 2020: 0.8755, 2021: 0.8453, 2022: 0.9496, 2023: 0.9245, 2024: 0.9239, 2025: 0.8850},
    "JPY": {2019: 109.02, 2020: 106.78, 2021: 109.84, 2022: 131.46, 2023: 140.49, 2024: 151.45, 2025: 149.70},
    "GBP": {2019: 0.7832, 2020: 0.7790, 2021: 0.7267, 2022: 0.8085, 2023: 0.8042, 2024: 0.7824, 2025: 0.7576},
    "INR": {2019: 70.38, 2020: 74.10, 2021: 73.93, 2022: 78.56, 2023: 82.57, 2024: 83.67, 2025: 86.60},
    "KRW": {2019: 1165.7, 2020: 1179.2, 2021: 1143.9, 2022: 1291.7, 2023: 1305.4, 2024: 1364.0, 2025: 1415.0},
    "CAD": {2019: 1.3269, 2020: 1.3412, 2021: 1.2535, 2022: 1.3015, 2023: 1.3495, 2024: 1.3699, 2025: 1.4000},
    "AUD": {2019: 1.4384, 2020: 1.4472, 2021: 1.3312, 2022: 1.4388, 2023: 1.5053, 2024: 1.5152, 2025: 1.5504},
    "SGD": {2019: 1.3642, 2020: 1.3789, 2021: 1.3439, 2022: 1.3791, 2023: 1.3429, 2024: 1.3363, 2025: 1.3100},
}

# name, possessive form, home currency, size of the economy relative to China's
SUBJECTS = [
    ("China", "China's", "CNY", 1.0), ("Japan", "Japan's", "JPY", 0.22), ("India", "India's", "INR", 0.2),
    ("South Korea", "South Korea's", "KRW", 0.18), ("Germany", "Germany's", "EUR", 0.3),
    ("France", "France's", "EUR", 0.17), ("Britain", "Britain's", "GBP", 0.19), ("Vietnam", "Vietnam's", "USD", 0.09),
    ("Brazil", "Brazil's", "USD", 0.1), ("Indonesia", "Indonesia's", "USD", 0.08), ("Mexico", "Mexico's", "USD", 0.12),
    ("Canada", "Canada's", "CAD", 0.13), ("Australia", "Australia's", "AUD", 0.1), ("Singapore", "Singapore's", "SGD", 0.06),
    ("Malaysia", "Malaysia's", "USD", 0.05), ("Thailand", "Thailand's", "USD", 0.06), ("Saudi Arabia", "Saudi Arabia's", "USD", 0.07),
]

# metric id: (phrases that name it, size for China in US dollars a year, plural)
METRICS = {
    "exports": (["exports", "export value", "total exports", "goods exports", "outbound shipments"], 3.5e12, True),
    "imports": (["imports", "import value", "total imports", "goods imports", "inbound shipments"], 2.6e12, True),
    "trade_total": (["total trade", "foreign trade", "foreign trade value", "trade in goods", "total imports and exports"], 0, False),
    "trade_surplus": (["trade surplus", "surplus in goods trade"], 0, False),
    "rd_spending": (["R&D spending", "R&D expenditure", "research and development spending",
                     "spending on research and development", "R&D investment"], 0.5e12, False),
    "gdp": (["GDP", "gross domestic product", "economic output"], 18.5e12, False),
    "fiscal_revenue": (["fiscal revenue", "general public budget revenue", "government revenue"], 3.0e12, False),
    "retail_sales": (["retail sales", "retail sales of consumer goods", "total retail sales of consumer goods"], 6.6e12, True),
    "fdi": (["foreign direct investment", "FDI", "actual use of foreign capital"], 0.16e12, False),
    "odi": (["outbound direct investment", "overseas direct investment", "ODI"], 0.17e12, False),
    "industrial_output": (["industrial output", "industrial value added", "industrial production"], 5.6e12, False),
    "fixed_asset_investment": (["fixed-asset investment", "investment in fixed assets", "FAI"], 7.1e12, False),
    "high_tech_exports": (["high-tech exports", "exports of high-tech products", "high-tech product exports"], 0.8e12, True),
    "cross_border_ecommerce_exports": (["cross-border e-commerce exports", "cross-border e-commerce export value"], 0.28e12, True),
    "services_trade": (["services trade", "trade in services", "total services trade"], 1.0e12, False),
}
BASE_METRICS = [m for m in METRICS if METRICS[m][1] > 0]
TRADE_FAMILY = {"exports", "imports", "trade_total", "trade_surplus"}
SHARE_FAMILY = {"rd_spending", "gdp"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORDINALS = ["first", "second", "third", "fourth"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]

# Periods as (key, first month index, last month index); months count from year*12. The years
# 2015-2025 are those the default rates cover. Every planted error retires its statistic for good, so
# the number of periods bounds the size of a corpus that still has claims to plant and state.
def periods():
    out = []
    for y in range(2015, 2025):
        out.append((f"{y}", y * 12, y * 12 + 11))
    for y in range(2015, 2026):
        out.append((f"{y}-H1", y * 12, y * 12 + 5))
        for q in range(4):
            if y == 2025 and q > 1:
                break
            out.append((f"{y}-Q{q + 1}", y * 12 + 3 * q, y * 12 + 3 * q + 2))
    for n in (5, 7):
        out.append((f"2025-01/2025-{n:02d}", 2025 * 12, 2025 * 12 + n - 1))
    return out

PERIODS = periods()


def period_fraction(first, last):
    return (last - first + 1) / 12


def period_phrase(rng, key, first, last, doc_year):
    """A way to write the period that the tool resolves to the same calendar interval."""
    y = first // 12
    m0, m1 = first % 12, last % 12
    if m0 == 0 and m1 == 11:
        forms = [f"in {y}", f"for {y}", f"in {y}", f"for the whole of {y}"]
        if y == doc_year - 1:
            forms += ["last year", "in the past year" if False else "last year"]
        return rng.choice(forms)
    if m0 == 0 and m1 == 5:
        forms = [f"in the first half of {y}", f"in the first half of {y}", f"in H1 {y}", f"from January to June {y}"]
        if y == doc_year:
            forms.append("in the first half of this year")
        return rng.choice(forms)
    if m1 - m0 == 2:
        q = m0 // 3
        return rng.choice([f"in the {ORDINALS[q]} quarter of {y}", f"in Q{q + 1} {y}", f"in the {ORDINALS[q]} quarter of {y}"])
    n = m1 + 1
    return rng.choice([f"in the first {NUMBER_WORDS[n]} months of {y}", f"from January to {MONTHS[m1]} {y}",
                       f"in the first {NUMBER_WORDS[n]} months of {y}"])


class World:
    """The true values: one per metric, subject and period, derived from the seed alone."""

    def __init__(self, seed):
        self.seed = seed
        self.cache = {}

    def _rng(self, *key):
        return random.Random(f"{self.seed}|" + "|".join(map(str, key)))

    def usd_value(self, metric, subject_index, first, last, year_offset=0):
        """Value in US dollars of a base metric for a period shifted by year_offset years."""
        key = (metric, subject_index, first, last, year_offset)
        if key in self.cache:
            return self.cache[key]
        name, _, _, size = SUBJECTS[subject_index]
        base = METRICS[metric][1] * size * period_fraction(first, last)
        rng = self._rng("level", metric, name, first % 12, last % 12)
        level = base * rng.uniform(0.55, 1.45)
        y = first // 12 + year_offset
        # A yearly growth path from 2015; every period of a year moves with that year's growth.
        for year in range(2016, y + 1):
            level *= 1 + self.growth_rate(metric, subject_index, first % 12, last % 12, year)
        self.cache[key] = level
        return level

    def growth_rate(self, metric, subject_index, m0, m1, year):
        rng = self._rng("growth", metric, SUBJECTS[subject_index][0], m0, m1, year)
        return rng.uniform(-0.06, 0.14)

    def value(self, metric, subject_index, first, last, year_offset=0):
        """Value in the subject's home currency; derived metrics from their parts."""
        if metric == "trade_total":
            return (self.value("exports", subject_index, first, last, year_offset)
                    + self.value("imports", subject_index, first, last, year_offset))
        if metric == "trade_surplus":
            return (self.value("exports", subject_index, first, last, year_offset)
                    - self.value("imports", subject_index, first, last, year_offset))
        currency = SUBJECTS[subject_index][2]
        # Home-currency values follow the dollar path at a fixed 2019 rate so growth stays in the
        # home currency's own terms; conversions use the year's rate.
        rate = RATES[currency][2019] if currency != "USD" else 1.0
        return self.usd_value(metric, subject_index, first, last, year_offset) * rate

    def growth(self, metric, subject_index, first, last):
        now = self.value(metric, subject_index, first, last)
        before = self.value(metric, subject_index, first, last, -1)
        if before <= 0 or now <= 0:
            return None
        return (now / before - 1) * 100


# ---------------------------------------------------------------------------------------------
# Writing numbers, with the interval the checker will give them (DESIGN.md, "Interval").

SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]


def precision_of(digits):
    """Magnitude of the last significant digit of a decimal string (trailing integer zeros do not count)."""
    digits = digits.replace(",", "")
    if "." in digits:
        return 10.0 ** -(len(digits) - digits.index(".") - 1)
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def interval(mantissa, precision, qualifier):
    if qualifier == "=":
        return (mantissa - precision / 2, mantissa + precision / 2)
    if qualifier == "~":
        return (mantissa - precision, mantissa + precision)
    if qualifier == ">":
        return (mantissa, mantissa + precision)
    if qualifier == "<":
        return (mantissa - precision, mantissa)
    raise ValueError(qualifier)


def format_digits(x, decimals):
    text = f"{x:,.{decimals}f}"
    return text


def round_for(value, significant, qualifier):
    """The written mantissa for value at the given significant digits and hedge, with its interval."""
    exponent = math.floor(math.log10(abs(value)))
    decimals = max(0, significant - 1 - exponent)
    step = 10.0 ** -decimals
    if qualifier == ">":
        shown = math.floor(value / step) * step
    elif qualifier == "<":
        shown = math.ceil(value / step) * step
    else:
        shown = round(value / step) * step
    text = format_digits(shown, decimals)
    precision = precision_of(text)
    low, high = interval(float(text.replace(",", "")), precision, qualifier)
    margin = precision * 0.02
    if not (low + margin < value < high - margin):
        return None
    return text, (low, high)


HEDGES = {"~": ["about", "around", "roughly", "some", "approximately"],
          ">": ["more than", "over", "above", "in excess of"],
          "<": ["nearly", "almost", "just under", "close to" if False else "nearly"]}
HEDGE_VERBS = {">": ["exceeded", "topped", "surpassed"]}


def money_text(rng, currency, mantissa, scale):
    if currency == "CNY":
        return rng.choice([f"{mantissa} {scale} yuan", f"{mantissa} {scale} yuan", f"RMB {mantissa} {scale}",
                           f"{mantissa} {scale} yuan"])
    if currency == "USD":
        short = {"billion": "bn", "million": "mn", "trillion": "tn"}[scale]
        if rng.random() < 0.1:
            return rng.choice([f"US${mantissa} {scale}", f"{mantissa} {scale} U.S. dollars"])
        return rng.choice([f"${mantissa} {scale}", f"${mantissa} {scale}",
                           f"${mantissa}{short}" if scale != "trillion" else f"${mantissa} {scale}"])
    if currency == "EUR":
        return rng.choice([f"€{mantissa} {scale}", f"{mantissa} {scale} euros"])
    if currency == "JPY":
        return f"{mantissa} {scale} yen"
    if currency == "GBP":
        return rng.choice([f"£{mantissa} {scale}", f"{mantissa} {scale} pounds"])
    if currency == "INR":
        return f"{mantissa} {scale} rupees"
    if currency == "KRW":
        return f"{mantissa} {scale} won"
    if currency == "CAD":
        return f"C${mantissa} {scale}"
    if currency == "AUD":
        return f"A${mantissa} {scale}"
    if currency == "SGD":
        return f"S${mantissa} {scale}"
    raise ValueError(currency)


def split_scale(value):
    for factor, word in SCALES:
        if value >= factor:
            return value / factor, factor, word
    return value / 1e6, 1e6, "million"


def write_money(rng, value, currency, qualifier=None, significant=None):
    """(text of the amount without hedge, hedge word or '', interval in base units)"""
    mantissa, factor, word = split_scale(value)
    if qualifier is None:
        qualifier = rng.choices(["=", "~", ">", "<"], weights=[50, 15, 20, 15])[0]
    if significant is None:
        significant = rng.choice([2, 3, 3, 3, 4])
    for q, sig in ((qualifier, significant), (qualifier, significant + 1), ("=", 4), ("=", 5)):
        rounded = round_for(mantissa, sig, q)
        if rounded:
            text, (low, high) = rounded
            return money_text(rng, currency, text, word), q, (low * factor, high * factor)
    raise AssertionError("no rounding contains the value")


def hedge_word(rng, qualifier, as_verb=False):
    if qualifier == "=":
        return ""
    if as_verb and qualifier in HEDGE_VERBS and rng.random() < 0.5:
        return rng.choice(HEDGE_VERBS[qualifier])
    return rng.choice(HEDGES[qualifier])


def percent_text(rng, text):
    return rng.choice([f"{text} percent", f"{text} percent", f"{text}%", f"{text} per cent"])


def write_change(rng, growth, exact=False):
    """(phrase, interval of the signed change) for a growth rate in percent."""
    magnitude = abs(growth)
    qualifier = "=" if exact or rng.random() < 0.85 else "~"
    rounded = round_for(magnitude, 2 if magnitude >= 1 else 1, qualifier) if magnitude >= 0.1 else None
    if rounded is None or float(rounded[0]) == 0:
        return None
    text, (low, high) = rounded
    if "." not in text:
        rounded = round_for(magnitude, 2 if magnitude >= 10 else 2, "=")
        if rounded is None:
            return None
        text, (low, high) = rounded
        qualifier = "="
    hedge = "" if qualifier == "=" else rng.choice(["about ", "around "])
    pct = percent_text(rng, text)
    up = growth > 0
    if up:
        phrase = rng.choice([f"up {hedge}{pct}", f"up by {hedge}{pct} year-on-year", f"a year-on-year increase of {hedge}{pct}",
                             f"an increase of {hedge}{pct}", f"up {hedge}{pct} from a year earlier"])
    else:
        phrase = rng.choice([f"down {hedge}{pct}", f"down {hedge}{pct} year-on-year", f"a year-on-year decrease of {hedge}{pct}",
                             f"a decline of {hedge}{pct}"])
    signed = (low, high) if up else (-high, -low)
    return phrase, signed


def change_verb(rng, up):
    return rng.choice(["rose", "grew", "climbed", "increased", "expanded"]) if up else rng.choice(
        ["fell", "declined", "dropped", "decreased", "slipped"])


# ---------------------------------------------------------------------------------------------
# Sentences with no claim. Some carry numbers that are not claims: dates, times, model names.

FILLER_SUBJECTS = ["Analysts", "Economists at several banks", "Officials", "Trade associations", "Market watchers",
                   "Industry groups", "Local exporters", "Researchers", "Policymakers", "Business leaders"]
FILLER_VERBS = ["said", "noted", "argued", "pointed out", "warned", "expect", "believe", "stressed"]
FILLER_TOPICS = ["the recovery in external demand", "supply chain diversification", "the push into green technology",
                 "digital trade platforms", "the upgrading of manufacturing", "tariff uncertainty",
                 "investment in logistics", "the services sector", "private enterprises", "regional cooperation",
                 "consumer confidence", "the shift toward high-end products", "port capacity",
                 "the new energy vehicle industry", "currency volatility"]
FILLER_ENDS = ["would remain a key driver of growth", "could weigh on the outlook", "is likely to gather pace",
               "has changed the way companies plan", "will need steady policy support",
               "remains uneven across regions", "deserves closer attention", "has helped cushion external shocks",
               "is reshaping traditional trade routes", "may take several years to mature"]
FILLER_FIXED = [
    "The figures were released at a press conference in the capital on Tuesday.",
    "The ministry said the data would be revised when the annual survey is complete.",
    "A spokesperson declined to comment on the outlook for the coming months.",
    "The report was published at 10 a.m. local time on July 14.",
    "The group, founded in 1988, represents exporters of machinery and electronics.",
    "Carriers added routes for the Boeing 737 and the Airbus A320 during the summer.",
    "Operators have built more 5G base stations in industrial parks since 2019.",
    "The new rules take effect on January 1 next year.",
    "Exporters said orders from emerging markets held up better than expected.",
    "The data do not include trade in services, which is reported separately.",
    "The central bank kept its policy rate unchanged at its latest meeting.",
    "Shipping rates have eased since the peak of the disruption.",
]


def filler(rng):
    if rng.random() < 0.25:
        return rng.choice(FILLER_FIXED)
    return f"{rng.choice(FILLER_SUBJECTS)} {rng.choice(FILLER_VERBS)} that {rng.choice(FILLER_TOPICS)} {rng.choice(FILLER_ENDS)}."


HEADLINES = ["{s} trade holds steady as demand shifts", "What the latest data say about {s}'s economy",
             "{s} bets on innovation to sustain growth", "Exporters in {s} adapt to a changing market",
             "A closer look at {s}'s numbers", "{s}: investment, trade and the road ahead"]


# ---------------------------------------------------------------------------------------------
# The corpus.

class Sentence:
    """A sentence and where its claims are, so that a planted error can be located after wrapping."""

    def __init__(self, text, marks=None, plant=None):
        self.text = text
        self.marks = marks or {}   # name -> character offset in text
        self.plant = plant         # (check id, mark name, note) or None


class Generator:
    def __init__(self, seed, target_bytes, plant_every):
        self.seed = seed
        self.world = World(seed)
        self.rng = random.Random(seed)
        self.target = target_bytes
        self.plant_every = plant_every
        self.retired = set()          # (metric, subject index, period key)
        # (metric, subject, period key) -> [highest low, lowest high] of the intervals stated so far:
        # a new interval is disjoint from one of them exactly when it is disjoint from these bounds.
        self.levels = {}
        self.changes = {}
        self.planted = []             # answer key rows
        self.bytes = 0
        self.next_plant_at = plant_every

    # Statistics a planted error in `metric` drags along: the identities the checker verifies.
    def family(self, metric):
        if metric in TRADE_FAMILY:
            return TRADE_FAMILY
        if metric in SHARE_FAMILY:
            return SHARE_FAMILY
        return {metric}

    def retire(self, metric, subject, period_key):
        for m in self.family(metric):
            self.retired.add((m, subject, period_key))

    def is_retired(self, metric, subject, period_key):
        return (metric, subject, period_key) in self.retired

    def document(self, index):
        rng = random.Random(f"{self.seed}|doc|{index}")
        markdown = rng.random() < 0.5
        home = rng.choices(range(len(SUBJECTS)), weights=[6] + [1] * (len(SUBJECTS) - 1))[0]
        month = rng.randint(7, 9)
        day = rng.randint(1, 28)
        date = f"2025-{month:02d}-{day:02d}"
        doc_year = 2025
        want_plant = self.bytes >= self.next_plant_at
        mentioned = set()
        paragraphs = []
        size = 0
        target = rng.randint(2500, 9000)
        plant_done = False
        while size < target:
            sentences = []
            for _ in range(rng.randint(2, 6)):
                if rng.random() < 0.62:
                    sentences.append(Sentence(filler(rng)))
                    continue
                subject = home if rng.random() < 0.7 else rng.randrange(len(SUBJECTS))
                s = None
                if want_plant and not plant_done and rng.random() < 0.5:
                    s = self.planted_sentence(rng, subject, doc_year, mentioned)
                    plant_done = s is not None
                if s is None:
                    s = self.fact_sentence(rng, subject, doc_year, mentioned)
                if s is not None:
                    sentences.extend(s if isinstance(s, list) else [s])
            if sentences:
                paragraphs.append(sentences)
                size += sum(len(x.text) + 1 for x in sentences)
        if plant_done:
            self.next_plant_at += self.plant_every
        return self.render(index, markdown, date, home, paragraphs, rng)

    # A clean statement of one statistic, true to the world.
    def fact_sentence(self, rng, subject, doc_year, mentioned):
        name, possessive, currency, _ = SUBJECTS[subject]
        for _ in range(6):
            metric = rng.choice(list(METRICS))
            key, first, last = rng.choice(PERIODS)
            if self.is_retired(metric, subject, key) or (metric, subject, key) in mentioned:
                continue
            value = self.world.value(metric, subject, first, last)
            if value <= 0:
                continue
            growth = self.world.growth(metric, subject, first, last) if metric != "trade_surplus" else None
            if metric == "trade_total" and rng.random() < 0.35 and not any(
                    (m, subject, key) in mentioned or self.is_retired(m, subject, key) for m in ("exports", "imports")):
                return self.trade_bundle(rng, subject, key, first, last, doc_year, mentioned)
            if metric == "rd_spending" and rng.random() < 0.3 and (("gdp", subject, key) not in mentioned):
                return self.rd_share(rng, subject, key, first, last, doc_year, mentioned)
            return self.level_sentence(rng, subject, metric, key, first, last, doc_year, value, growth, mentioned)
        return None

    def level_sentence(self, rng, subject, metric, key, first, last, doc_year, value, growth, mentioned,
                       override_value=None, override_growth=None, plant=None, conversion_rate=None, amount_text=None):
        name, possessive, currency, _ = SUBJECTS[subject]
        aliases, _, plural = METRICS[metric]
        alias = rng.choice(aliases)
        period = period_phrase(rng, key, first, last, doc_year)
        stated_value = override_value if override_value is not None else value
        conv_rate = conversion_rate
        if currency != "USD" and conv_rate is None and not plant and rng.random() < 0.2 and first // 12 in RATES[currency]:
            conv_rate = RATES[currency][first // 12] * rng.uniform(0.99, 1.01)
        if amount_text is not None:
            amount, qualifier, value_interval = amount_text
        elif conv_rate is not None:
            # The conversion check compares the written numbers as points, so both keep three or
            # more significant digits.
            amount, qualifier, value_interval = write_money(rng, stated_value, currency, qualifier="=",
                                                            significant=rng.choice([3, 4]))
        else:
            amount, qualifier, value_interval = write_money(rng, stated_value, currency,
                                                            qualifier="=" if plant else None)
        hedge = hedge_word(rng, qualifier, as_verb=True)
        stated_growth = override_growth if override_growth is not None else growth
        change = write_change(rng, stated_growth, exact=override_growth is not None) if stated_growth is not None else None
        if plant and plant[0] in ("conflict", "scale"):
            change = None
        conversion = ""
        if conv_rate is not None:
            usd, _, _ = write_money(rng, stated_value / conv_rate, "USD", qualifier="=", significant=3)
            conversion = f" ({rng.choice(['', '', 'about '])}{usd})"
        be = "were" if plural else "was"
        verb = rng.choice(["totaled", "reached", "came to", "stood at", "amounted to", be]) if not hedge or hedge in (
            "exceeded", "topped", "surpassed") else rng.choice(["totaled", "reached", "came to", "stood at", be])
        if hedge in ("exceeded", "topped", "surpassed"):
            verb_phrase = hedge
        elif hedge:
            verb_phrase = f"{verb} {hedge}"
        else:
            verb_phrase = verb
        form = rng.randrange(4)
        marks = {}
        if form == 0:
            head = f"{cap(period)}, {possessive} {alias} {verb_phrase} "
        elif form == 1:
            head = f"{possessive[0].upper() + possessive[1:]} {alias} {verb_phrase} "
        elif form == 2:
            head = f"{cap(alias)} in {name} {verb_phrase} "
        else:
            head = f"{cap(period)}, {alias} in {name} {verb_phrase} "
        marks["level"] = len(head)
        text = head + amount + conversion
        if conversion:
            # At the dollar amount, past a hedge ("(about $13.7bn)") that may end the line above.
            marks["conversion"] = len(head) + len(amount) + conversion.index(usd)
        if form in (1, 2):
            text += f" {period}"
        if change:
            # At the number, where a finding on the change points: the phrase before it ("an increase
            # of") may end on the line above.
            first_digit = next(k for k, c in enumerate(change[0]) if c.isdigit())
            marks["change"] = len(text) + 2 + first_digit
            text += f", {change[0]}"
        text += "."
        mentioned.add((metric, subject, key))
        record_key = (metric, subject, key)
        if not plant:
            note_interval(self.levels, record_key, value_interval)
            if change:
                note_interval(self.changes, record_key, change[1])
        return Sentence(text, marks, plant)

    # Total trade with its parts, in one sentence.
    def trade_bundle(self, rng, subject, key, first, last, doc_year, mentioned, wrong_total=None):
        name, possessive, currency, _ = SUBJECTS[subject]
        period = period_phrase(rng, key, first, last, doc_year)
        e = self.world.value("exports", subject, first, last)
        i = self.world.value("imports", subject, first, last)
        total_value = wrong_total if wrong_total is not None else e + i
        total, tq, ti = write_money(rng, total_value, currency, qualifier="=" if wrong_total else None)
        ex, eq, ei = write_money(rng, e, currency, qualifier="=")
        im, iq, ii = write_money(rng, i, currency, qualifier="=")
        th = hedge_word(rng, tq)
        th = th + " " if th else ""
        head = f"{cap(period)}, {possessive} {rng.choice(['total trade', 'foreign trade'])} {rng.choice(['reached', 'came to', 'totaled'])} {th}"
        marks = {"trade_total": len(head)}
        text = head + total + ", with exports of "
        marks["exports"] = len(text)
        text += ex + " and imports of "
        marks["imports"] = len(text)
        text += im + "."
        for m in ("exports", "imports", "trade_total"):
            mentioned.add((m, subject, key))
        if wrong_total is None:
            note_interval(self.levels, ("trade_total", subject, key), ti)
            note_interval(self.levels, ("exports", subject, key), ei)
            note_interval(self.levels, ("imports", subject, key), ii)
        return Sentence(text, marks)

    # R&D spending with its share of GDP, and GDP in the next sentence.
    def rd_share(self, rng, subject, key, first, last, doc_year, mentioned):
        if self.is_retired("gdp", subject, key) or self.is_retired("rd_spending", subject, key):
            return None
        name, possessive, currency, _ = SUBJECTS[subject]
        rd = self.world.value("rd_spending", subject, first, last)
        gdp = self.world.value("gdp", subject, first, last)
        share = rd / gdp * 100
        period = period_phrase(rng, key, first, last, doc_year)
        rd_text, rq, ri = write_money(rng, rd, currency, qualifier="=", significant=3)
        gdp_text, gq, gi = write_money(rng, gdp, currency, qualifier="=", significant=4)
        share_text = round_for(share, 3, "=")
        if share_text is None:
            return None
        head = f"{cap(period)}, {possessive} {rng.choice(['R&D spending', 'R&D expenditure'])} reached "
        first_sentence = Sentence(f"{head}{rd_text}, accounting for {share_text[0]}% of GDP.", {"level": len(head)})
        second = Sentence(f"{possessive[0].upper() + possessive[1:]} GDP was {gdp_text} {period}.")
        mentioned.add(("rd_spending", subject, key))
        mentioned.add(("gdp", subject, key))
        note_interval(self.levels, ("rd_spending", subject, key), ri)
        note_interval(self.levels, ("gdp", subject, key), gi)
        return [first_sentence, second]

    # A statement that breaks the world on purpose, or None when nothing suitable is available.
    def planted_sentence(self, rng, subject, doc_year, mentioned):
        kind = rng.choices(["conflict", "change-conflict", "scale", "conversion", "arithmetic-growth",
                            "arithmetic-sum"], weights=[3, 2, 2, 2, 1, 1])[0]
        name, possessive, currency, _ = SUBJECTS[subject]
        for _ in range(20):
            metric = rng.choice(BASE_METRICS + ["trade_total"])
            key, first, last = rng.choice(PERIODS)
            fact = (metric, subject, key)
            if self.is_retired(*fact) or any((m, subject, key) in mentioned for m in self.family(metric)):
                continue
            value = self.world.value(metric, subject, first, last)
            growth = self.world.growth(metric, subject, first, last)
            if kind in ("conflict", "scale"):
                earlier = self.levels.get(fact)
                if not earlier:
                    continue
                if kind == "scale":
                    if value < 2e9:
                        continue
                    wrong = value / 1000
                else:
                    wrong = None
                    for _ in range(10):
                        factor = 1 + rng.choice([-1, 1]) * rng.uniform(0.12, 0.35)
                        candidate = value * factor
                        _, _, iv = write_money(random.Random(0), candidate, currency, qualifier="=", significant=4)
                        if disjoint_from_some(iv, earlier):
                            wrong = candidate
                            break
                    if wrong is None:
                        continue
                amount = write_money(rng, wrong, currency, qualifier="=", significant=4)
                note = f"{metric} {SUBJECTS[subject][0]} {key}: true {value:.4g}, written {amount[0]}"
                s = self.level_sentence(rng, subject, metric, key, first, last, doc_year, value, growth, mentioned,
                                        plant=(kind, "level", note), amount_text=amount)
                self.retire(metric, subject, key)
                return s
            if kind == "change-conflict":
                earlier = self.changes.get(fact)
                if not earlier or growth is None:
                    continue
                wrong = None
                for _ in range(10):
                    candidate = growth + rng.choice([-1, 1]) * rng.uniform(2.5, 7)
                    if abs(candidate) < 0.5:
                        continue
                    written = write_change(random.Random(0), candidate, exact=True)
                    if written and disjoint_from_some(written[1], earlier):
                        wrong = candidate
                        break
                if wrong is None:
                    continue
                note = f"{metric} {SUBJECTS[subject][0]} {key}: true change {growth:.2f}%, written {wrong:.1f}%"
                s = self.level_sentence(rng, subject, metric, key, first, last, doc_year, value, growth, mentioned,
                                        override_growth=wrong, plant=("change-conflict", "change", note))
                if "change" not in s.marks:
                    continue
                self.retire(metric, subject, key)
                return s
            if kind == "conversion":
                if currency == "USD" or first // 12 not in RATES[currency] or metric == "trade_total":
                    continue
                table = RATES[currency][first // 12]
                wrong_rate = table * (1 + rng.choice([-1, 1]) * rng.uniform(0.12, 0.3))
                note = f"{metric} {SUBJECTS[subject][0]} {key}: converted at {wrong_rate:.4g}, table {table:.4g}"
                # The amount itself is true, so nothing needs to be retired.
                s = self.level_sentence(rng, subject, metric, key, first, last, doc_year, value, growth, mentioned,
                                        plant=("conversion", "conversion", note), conversion_rate=wrong_rate)
                return s
            if kind == "arithmetic-growth":
                if "-" in key or growth is None or metric == "trade_total":
                    continue
                prior_key = str(first // 12 - 1)
                if self.is_retired(metric, subject, prior_key) or (metric, subject, prior_key) in mentioned or int(prior_key) < 2019:
                    continue
                # The change is stated wrongly: the level and the base stay true.
                wrong = growth + rng.choice([-1, 1]) * rng.uniform(4, 9)
                if abs(wrong) < 1:
                    continue
                prior = self.world.value(metric, subject, first - 12, last - 12)
                now_text, _, _ = write_money(rng, value, currency, qualifier="=", significant=4)
                prior_text, _, _ = write_money(rng, prior, currency, qualifier="=", significant=4)
                pct = percent_text(rng, f"{abs(wrong):.1f}")
                alias = rng.choice(METRICS[metric][0])
                head = f"{possessive[0].upper() + possessive[1:]} {alias} {change_verb(rng, wrong > 0)} {pct} to "
                text = f"{head}{now_text} in {first // 12} from {prior_text} in {first // 12 - 1}."
                note = f"{metric} {SUBJECTS[subject][0]} {key}: true change {growth:.2f}%, written {wrong:.1f}%"
                mentioned.add(fact)
                mentioned.add((metric, subject, prior_key))
                self.retire(metric, subject, key)
                self.retire(metric, subject, prior_key)
                return Sentence(text, {"to": len(head)}, ("arithmetic", "to", note))
            if kind == "arithmetic-sum":
                if metric != "trade_total":
                    continue
                e = self.world.value("exports", subject, first, last)
                i = self.world.value("imports", subject, first, last)
                wrong_total = (e + i) * (1 + rng.choice([-1, 1]) * rng.uniform(0.15, 0.3))
                s = self.trade_bundle(rng, subject, key, first, last, doc_year, mentioned, wrong_total=wrong_total)
                s.plant = ("arithmetic", "trade_total",
                           f"trade_total {SUBJECTS[subject][0]} {key}: exports + imports {e + i:.4g}, written {wrong_total:.4g}")
                self.retire("trade_total", subject, key)
                return s
        return None

    def render(self, index, markdown, date, home, paragraphs, rng):
        ext = "md" if markdown else "txt"
        rel = f"{index // 1000:04d}/{index:07d}.{ext}"
        title = rng.choice(HEADLINES).format(s=SUBJECTS[home][0])
        lines = []
        if markdown:
            lines += ["---", f"title: \"{title}\"", f"date: {date}", "---", "", f"# {title}", ""]
        else:
            lines += [f" date {date}", "", title, ""]
        plants = []
        line_count = len(lines)
        for sentences in paragraphs:
            offsets = []
            text = ""
            for k, s in enumerate(sentences):
                if k > 0:
                    # Text drafts sometimes run sentences together, as pasted copy does.
                    text += "" if (not markdown and rng.random() < 0.03) else " "
                offsets.append(len(text))
                text += s.text
            if markdown:
                text = wrap(text, 100)
            first_line = line_count + 1
            for s, off in zip(sentences, offsets):
                if s.plant:
                    check, mark, note = s.plant
                    at = off + s.marks[mark]
                    line = first_line + text.count("\n", 0, at)
                    span_first = first_line + text.count("\n", 0, off)
                    span_last = first_line + text.count("\n", 0, off + len(s.text))
                    plants.append((rel, line, check, span_first, span_last, note))
            lines.append(text)
            lines.append("")
            line_count += text.count("\n") + 2
        body = "\n".join(lines)
        return rel, body, plants


def note_interval(table, key, bounds):
    low, high = bounds
    seen = table.get(key)
    if seen is None:
        table[key] = [low, high]
    else:
        seen[0] = max(seen[0], low)
        seen[1] = min(seen[1], high)


def disjoint_from_some(bounds, seen):
    return bounds[1] < seen[0] or bounds[0] > seen[1]


def cap(text):
    return text[0].upper() + text[1:]


def wrap(text, width):
    """Greedy wrap at spaces, keeping every character's offset (a space becomes a newline)."""
    chars = list(text)
    start = 0
    n = len(text)
    while n - start > width:
        cut = text.rfind(" ", start, start + width)
        if cut <= start:
            cut = text.find(" ", start + width)
            if cut < 0:
                break
        chars[cut] = "\n"
        start = cut + 1
    return "".join(chars)


def parse_size(text):
    units = {"KB": 1e3, "MB": 1e6, "GB": 1e9, "B": 1}
    for suffix, factor in units.items():
        if text.upper().endswith(suffix):
            return int(float(text[: -len(suffix)]) * factor)
    return int(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="directory for the corpus (drafts/ and answer_key.tsv)")
    parser.add_argument("--size", default="10MB", help="total size of the drafts, e.g. 5MB, 100MB, 1GB")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plant-every", default=None,
                        help="one planted error per this much text (default 100KB, and 1/2000 of a corpus above 200MB)")
    args = parser.parse_args()

    target = parse_size(args.size)
    plant_every = parse_size(args.plant_every) if args.plant_every else max(100_000, target // 2000)
    generator = Generator(args.seed, target, plant_every)
    drafts = os.path.join(args.out, "drafts")
    os.makedirs(drafts, exist_ok=True)
    key_rows = []
    index = 0
    made_dirs = set()
    while generator.bytes < target:
        rel, body, plants = generator.document(index)
        path = os.path.join(drafts, rel)
        folder = os.path.dirname(path)
        if folder not in made_dirs:
            os.makedirs(folder, exist_ok=True)
            made_dirs.add(folder)
        data = body.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        generator.bytes += len(data)
        key_rows.extend(plants)
        index += 1
    with open(os.path.join(args.out, "answer_key.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tline\tcheck\tsentence_first_line\tsentence_last_line\tnote\n")
        for row in key_rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    print(f"{index} drafts, {generator.bytes} bytes, {len(key_rows)} planted errors in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
