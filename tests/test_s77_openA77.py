"""Session 77 (openA77): web67 (English pages on the trade of or with regional blocs, session 76's blind set), studied
on two thirds of its tuned pages, the first third by SHA-256 of the file name set aside unread.

- mutual_trade (facts/partners_mutual.py, partner sieve after intra_regional; rows mutual_trade,
  mutual_trade_other_flow): a bloc reporter's "mutual trade" is the bloc's trade inside itself, the bloc its own
  counterpart, as "intra-regional" is.
- bare_span_years (facts/period_fallback.py; rows bare_span_years, bare_span_opening): "has doubled in 10 years to $89
  billion" on a dated page, as "in the last ten years" (rule past_span), ends with the last full year.
- fiscal_short_span (facts/periods_fiscal.py, row period_fiscal and the fiscal key of facts/periods.py): "FY22-23", "the
  year 22-23", and "in 22-23" shortly after a span of four-digit years are fiscal spans of 20xx years.
- these_years (facts/period_these_years.py, a post-pass of facts/relate.py; row these_years): a list of figures "during
  these years" takes the periods the sentence before gave its figures, in order.
- office_tenure (facts/periods_place.py _dated_not_figures; row office_tenure_before): "who led China (between 1987 and
  1992)" is a tenure, no period of figures nor one in force after it.
- pronoun_first_cue (facts/measure.py; row pronoun_subject widened to verbs of change): "It went up to ..." after a
  sentence ending on its figure is the flow of that sentence's subject (its first cue), English only.

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails at the base code
a0c81b22 (checked with the base worktree).
"""
from tradeflows.pipeline import figures_of_text


def _facts(text: str, pub_year: int, pub_month: int | None = None, title: str | None = None) -> dict:
    """{figure: (measure, reporter, partner, year, period_start, period_end, year rule, partner rule)} of a web text."""
    out = {}
    for f in figures_of_text(text, "page", "web", pub_year=pub_year, pub_month=pub_month, title=title):
        rules = dict(r.split(":", 1) for r in f.fact_rules.split(";"))
        out.setdefault(f.figure, (f.measure, f.reporter, f.partner, f.year, f.period_start, f.period_end,
                                  rules["year"], rules["partner"]))
    return out


# interfax.com/newsroom/top-stories/93330/ (7 August 2023)
INTERFAX = ("MOSCOW. Aug 7 (Interfax) - The volume of mutual trade between the member countries of the Eurasian Economic "
            "Union (EAEU) has almost doubled, exceeding $80 billion, since the organization was established.\n")


def test_mutual_trade_of_a_bloc_is_the_bloc_s_own():
    got = _facts(INTERFAX, 2023, 8, title="Mutual trade between EAEU states almost doubled in 2015-2022 - report")
    assert got["exceeding $80 billion"][1:3] == ("EAEU", "EAEU")
    assert got["exceeding $80 billion"][7] == "mutual_trade"


# sb.by/en/eaeu-mutual-trade-up-.html (14 October 2021)
SB_BY = ("From January-August 2021, the volume of mutual trade in goods made $45bn which is 31 percent more than in the "
         "same period last year – as announced by the official representative of the Eurasian Economic Commission, "
         "Iya Malkina\n")


def test_mutual_trade_under_a_bloc_title():
    got = _facts(SB_BY, 2021, 10, title="EAEU mutual trade up")
    assert got["$45bn"][:6] == ("turnover", "EAEU", "EAEU", 2021, "2021-01", "2021-08")
    assert got["$45bn"][7] == "mutual_trade"


# pravda-en.com/world/2024/05/08/493771.html (8 May 2024; data/web67 dt03, a studied tuned page)
PRAVDA = ("SIMFEROPOL, May 8 – RIA Novosti Crimea. The volume of mutual trade between the countries of the Eurasian "
          "Economic Union (EAEU) has doubled in 10 years to $89 billion, and trade with third countries has increased by "
          "60% to $ 923 billion. This was stated by Russian President Vladimir Putin at a meeting of the Supreme Eurasian "
          "Economic Council.\n\n"
          "\"The economic indicators speak for themselves. Over 10 years, the combined GDP of the Eurasian Union countries "
          "has increased from 1.6 to 2.5 trillion dollars, according to estimates. Trade turnover with third countries "
          "increased by 60% – from 579 to 923 billion dollars, and the volume of mutual trade almost doubled – from 45 "
          "to 89 billion dollars,\" the Russian leader said.\n")


def test_mutual_trade_and_a_span_of_whole_years():
    got = _facts(PRAVDA, 2024, 5, title="Putin: the volume of mutual trade between the EAEU countries has grown to 89 "
                                        "billion dollars")
    assert got["$89 billion"] == ("turnover", "EAEU", "EAEU", 2023, "2023-01", "2023-12", "bare_span_years",
                                  "mutual_trade")
    assert got["doubled"][2:7] == ("EAEU", 2023, None, None, "bare_span_years")
    # the span the sentence before opens on ("Over 10 years, ...")
    assert got["almost doubled"][2:7] == ("EAEU", 2023, None, None, "bare_span_years")


def test_trade_outside_the_bloc_after_its_mutual_trade_is_not_mutual():
    got = _facts(PRAVDA, 2024, 5)
    assert got["$ 923 billion"][2] == "third countries"
    assert got["$ 923 billion"][7] != "mutual_trade"


def test_mutual_trade_of_two_places_is_not_a_bloc_s_own():
    # CONSTRUCTED (searched "mutual trade between the EU and" in the pages corpus: none quoted a figure): a bloc and
    # another place named with the mutual trade
    got = _facts("The mutual trade between the EU and China reached EUR 739 billion in 2023.\n", 2024, 3)
    assert got["EUR 739 billion"][2] == "China"


# dunya.com/gundem/ergun-d-8-countries-will-reach-200-billion-american-dollars-of-trade-haberi-155697
D8 = ("Ergun stated that the trade volume in D-8 countries has reached 100 billion American dollars in 2010. \"These "
      "figures are pleasing, but not enough. I believe we will reach 200 billion American dollars of trade volume in "
      "five years.\n")
# chinadaily.com.cn/china/2010-10/09/content_11390542.htm
WEN = ("ISTANBUL - Chinese Premier Wen Jiabao assured Turkish businessmen Saturday that China was committed to developing "
       "closer trade and investment ties with Turkey, promising to increase bilateral trade to $50 billion in five years.\n")


def test_a_goal_in_some_years_is_no_past_span():
    assert _facts(D8, 2011, 3)["200 billion American dollars"][6] != "bare_span_years"
    assert _facts(WEN, 2010, 10)["$50 billion"][6] != "bare_span_years"


# csa-india.org, "India-ASEAN Trade Trends" (September 2025; data/web67 dt05, a studied tuned page)
CSA = ("Total India -ASEAN trade in 2008-09 was US$45.34 billion with deficit against India at US$7.06 billion. It went "
       "up to US$110.39 in 2021-22, US$ 131 billion in 22-23(post RCEP and post Covid period) and declined to US$ 121 "
       "billion in 23-24, probably as a reaction to growing adversity in India trade. Deficit against India during these "
       "years were US$ 25.75 billion, 43.51 billion and 39 billion.\n"
       "The point here is that the India ASEAN trade post RCEP grew by 20% while the deficit increased by almost 50%. "
       "During the year 22-23, Indian exports to ASEAN grew barely 5% while imports grew practically 30%.\n")


def test_two_digit_fiscal_spans_after_a_four_digit_one():
    got = _facts(CSA, 2025, 9)
    assert got["US$ 131 billion"][3:7] == (2023, "2022-04", "2023-03", "explicit+fiscal_short_span")
    assert got["US$ 121 billion"][3:7] == (2024, "2023-04", "2024-03", "explicit+fiscal_short_span")


def test_the_year_written_with_two_digits():
    got = _facts(CSA, 2025, 9)
    assert got["5%"][:6] == ("exports", "India", "ASEAN", 2023, "2022-04", "2023-03")
    assert got["30%"][:6] == ("imports", "India", "ASEAN", 2023, "2022-04", "2023-03")


def test_fy_with_two_digit_years():
    # CONSTRUCTED (searched "FY22-23 exports" in the pages corpus: the pages found write "FY 2022-23" or "FY23")
    got = _facts("India's exports to ASEAN were US$ 44 billion in FY22-23.\n", 2024, 6)
    assert got["US$ 44 billion"][3:6] == (2023, "2022-04", "2023-03")


def test_a_bare_two_digit_range_is_no_year():
    # CONSTRUCTED: a range of percentages, no span of years before it
    got = _facts("Exports to ASEAN rose 22-23% in 2024.\n", 2025, 3)
    assert all(v[3] == 2024 for v in got.values())


def test_these_years_run_over_the_periods_before():
    got = _facts(CSA, 2025, 9)
    assert got["US$ 25.75 billion"][3:7] == (2022, "2021-04", "2022-03", "these_years")
    assert got["43.51 billion"][3:7] == (2023, "2022-04", "2023-03", "these_years")
    assert got["39 billion"][3:7] == (2024, "2023-04", "2024-03", "these_years")


def test_it_after_a_sentence_ending_on_its_figure_is_its_subject():
    got = _facts(CSA, 2025, 9)
    assert got["US$110.39"][0] == "turnover"
    assert got["US$ 131 billion"][0] == "turnover"


# asumetech.com, "China is the main trading partner of the Gulf countries" (undated; data/web67 dt11, a studied tuned page)
GULF = ("Gulf-China relations were not as solid as they are today. President Deng Shaobing, who led China (between 1987 "
        "and 1992), realized that his country's need for energy sources and to move the economy needed a stable security "
        "system.\n\n"
        "Saudi Arabia is in tops the list of China's trading partners among Arab countries, while the level of trade "
        "between the UAE and China has exceeded $64 billion.\n\n"
        "The volume of trade between Kuwait and China reached $20.2 billion in the first 11 months of 2021.\n")


def test_years_of_an_office_held_are_no_period():
    got = _facts(GULF, None)
    assert got["exceeded $64 billion"][3] != 1992
    assert got["exceeded $64 billion"][6] != "head_year"
