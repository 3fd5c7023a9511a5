"""Phrasings found by the third English helper of session 36 on the stored pages the second left open (Serbia,
the Philippines), each a rule tested on the pages' own sentences."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def rows(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.kind, f.measure, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, fmt="web", **kw)]


def test_a_coverage_ratio_is_a_share_of_measure_other():
    """Rule coverage_ratio: 'Import coverage by exports reached 78.7 percent' and '74.9 percent of imports were
    covered by exports' are the ratio of exports to imports, a share of measure other with the reporter's total trade
    (partner world), as GUIDELINES and web11 j05 have it, not a share of imports or exports (serbia-business.eu,
    Serbia's first quarter; n1info.rs, Serbia's nine months of 2019)."""
    text = ("Serbia's foreign trade in goods during the first quarter of the year amounted to approximately 16.3 "
            "billion euros, marking a decline of 2.6 percent compared to the same period last year.\n"
            "Import coverage by exports reached 78.7 percent, indicating an improvement from the previous year's 77.3 "
            "percent.\n")
    got = rows(text, pub_year=2019, pub_month=5)
    assert got[-2:] == [("78.7 percent", "share", "other", "world", 2019, "2019-01", "2019-03"),
                        ("77.3 percent", "share", "other", "world", 2018, "2018-01", "2018-03")]
    text = ("Serbia's foreign trade stood at 34.9 billion Dollars in the first nine months of 2019.\n"
            "The foreign trade deficit continued to rise and stood at 4.89 billion Dollars at the end of the third "
            "quarter which is an increase of 7.3 percent compared to the same period of 2018 which means that 74.9 "
            "percent of imports were covered by exports whch 1.2 percent less than in the same period a year earlier.\n")
    got = rows(text, pub_year=2019, pub_month=10)
    assert ("74.9 percent", "share", "other", "world", 2019, "2019-01", "2019-09") in got


def test_a_percent_after_of_which_is_a_share():
    """Rule share_of_which (figures/percent.py): 'goods worth $16.2 billion for the month, 2.4 percent lower than
    last year's $16.6 billion, of which 67.7 percent comprised of imports' is a part of the amount, a share of imports,
    not a change read from 'lower' earlier in the clause (malaya.com.ph, the Philippines' trade in January 2023)."""
    text = ("The Philippines' external trade posted a $5.74-billion deficit in January, up 27.2 percent from $4.51 "
            "billion the previous year.\n"
            "Data from the Philippine Statistics Authority (PSA) showed the country traded goods worth $16.2 billion "
            "for the month, 2.4 percent lower than last year's $16.6 billion, of which 67.7 percent comprised of "
            "imports.\n")
    got = rows(text, pub_year=2023, pub_month=2)
    assert got[-1] == ("67.7 percent", "share", "imports", "world", 2023, "2023-01", "2023-01")


def test_the_central_european_free_trade_agreement_is_a_bloc():
    """Vocabulary rows CEFTA, Central European Free Trade Agreement (vocab/en/places.csv): the bloc is the partner,
    not 'Europe' read from its name, and 'the CEFTA countries, where Serbia exported goods worth €2.3 billion' are
    the partner of the amounts, not the world (serbia-business.eu, Serbia's first quarter; nh-logistics.com,
    Serbia's first half)."""
    text = ("Serbia's foreign trade in goods during the first quarter of the year amounted to approximately 16.3 "
            "billion euros.\n"
            "Additionally, countries within the Central European Free Trade Agreement (CEFTA) emerged as significant "
            "trade partners, yielding a surplus of around 677 million euros.\n")
    got = rows(text, pub_year=2019, pub_month=5)
    assert got[-1][:4] == ("around 677 million euros", "money", "balance", "CEFTA")
    text = ("Serbia's total external trade in goods during the first half of this year amounted to €37.4 billion.\n"
            "The second most important trading partners were the CEFTA countries, where Serbia exported goods worth "
            "€2.3 billion and imported slightly more than €1 billion, resulting in a trade surplus of €1.3 billion.\n")
    got = rows(text, pub_year=2025, pub_month=7)
    assert [g[:4] for g in got[1:]] == [("€2.3 billion", "money", "exports", "CEFTA"),
                                        ("more than €1 billion", "money", "imports", "CEFTA"),
                                        ("€1.3 billion", "money", "balance", "CEFTA")]


def test_the_past_level_of_a_share_after_when_it_stood_at():
    """Rule share_when_level (figures/percent.py): 'export coverage of imports was 79.3 percent, slightly lower than
    in the same period last year, when it stood at 79.5 percent' is the share's level a year earlier, a share (of
    measure other, rule coverage_ratio) of the first half of 2024, not a change read from 'lower'
    (nh-logistics.com, Serbia's first half of 2025)."""
    text = ("Serbia's total external trade in goods during the first half of this year amounted to €37.4 billion.\n"
            "It was also noted that export coverage of imports was 79.3 percent, slightly lower than in the same "
            "period last year, when it stood at 79.5 percent.\n")
    got = rows(text, pub_year=2025, pub_month=7)
    assert got[-2:] == [("79.3 percent", "share", "other", "world", 2025, "2025-01", "2025-06"),
                        ("79.5 percent", "share", "other", "world", 2024, "2024-01", "2024-06")]
