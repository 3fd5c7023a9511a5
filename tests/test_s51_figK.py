"""Session 51, figK: figures and their kind on web39's fresh pages and the phrasings they share with other sets."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def figs(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.kind, f.value) for f in figures_of_text(text, fmt="web", relate=False, **kw)]


def test_collapse_and_shed_are_falls():
    """A fall said with 'collapse(d) by' or 'shed' is a change with a minus sign, not a rise nor a share
    (indiaseatradenews.com's headline; data/web39 bp03 'Exports to China collapse by almost 20 percent', data/web16
    l05 'Imports shed 10.1% on-year')."""
    got = figs("Covid 19 pandemic impact: Exports collapse by 35% in March, more pains in sight")
    assert got == [("35%", "growth", -35.0)]
    got = figs("Merchandise exports crashed by almost 35% year-on-year in March to $21.4 billion.")
    assert ("almost 35%", "growth", -35.0) in got
    got = figs("Imports shed 10.1% on-year to $33.76 billion, resulting in a trade surplus.")
    assert ("10.1%", "growth", -10.1) in got
    # a rise stays a rise
    assert figs("Exports climbed by 35% in March.") == [("35%", "growth", 35.0)]


def money(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.value, f.rule) for f in figures_of_text(text, fmt="web", relate=False, **kw)
            if f.kind == "money"]


def test_millions_with_a_thousands_point_on_a_page_that_groups_its_millions():
    """Rule grouped_millions_point: a page that counts thousands of millions in millions ('27,405 million dollars')
    writes '49.311 million dollars' for 49,311 million with its Spanish source's thousands point (pledgetimes.com,
    Mexico's trade in November 2022; bullfrag.com, EFE on October 2021; data/web5 v04, web10 k09, web14 a03,
    web27 ar10)."""
    got = money("According to Inegi, the trade balance report accumulated a deficit of 27,405 million dollars in the "
                "first 11 months of 2022. However the deficit, exports in november increased 8% year-on-year, up to "
                "a total of 49.311 million dollars.")
    assert got == [("27,405 million dollars", 27405000000.0, "money_word_after"),
                   ("49.311 million dollars", 49311000000.0, "money_word_after:grouped_millions_point")]
    got = money("Last October, Mexico registered a trade deficit of 2.701 million dollars, a figure that compares with "
                "the surplus of 6.256 million dollars in the same month of 2020; the trade deficit is 11,970 million "
                "dollars for January-October.")
    assert [v for _, v, _ in got] == [2701000000.0, 6256000000.0, 11970000000.0]
    # a page that never groups its millions reads three decimals as written (trend.az style, data/web w03) ...
    assert [v for _, v, _ in money("Kyrgyzstan's exports to Kazakhstan reached $45.702 million, and imports "
                                   "$862.182 million.")] == [45702000.0, 862182000.0]
    # ... and so does a grouping page's three whole digits, two decimals, or billions
    assert [v for _, v, _ in money("Exports were 5,141 million dollars; cotton brought 724.511 million dollars, "
                                   "rice 12.16 million dollars and coffee 1.235 billion dollars.")] == [
        5141000000.0, 724511000.0, 12160000.0, 1235000000.0]


def test_accounting_for_and_participation_name_a_part():
    """'accounting for N per cent' (the participle, as 'accounted for') and a Latin American page's 'participation'
    name a part, not a change, after an earlier change verb of the clause (data/web26 ap04, data/web27 ar10; no page
    outside the sets with the participle right after a change verb and no 'of' after the percent was found)."""
    got = figs("The value of imports increase by about €147 million on August 2013, with the EU accounting for 62 per "
               "cent of imports and Britain accounting for 30 per cent.")
    assert ("30 per cent", "share", 30.0) in got and ("62 per cent", "share", 62.0) in got
    got = figs("The amount received by Brazil is equivalent to about 29,000 million reais, which represented an "
               "increase of 44.1% in the conversion to reais and thus which reached a participation of 5.6% in "
               "agro-industrial exports and 2.7% in total shipments from the country.")
    assert [g for g in got if g[1] != "money"] == [("44.1%", "growth", 44.1), ("5.6%", "share", 5.6),
                                                   ("2.7%", "share", 2.7)]
    # a change noun after the participle keeps its change
    assert ("5%", "growth", 5.0) in figs("Exports to China rose, accounting for an increase of 5% in total trade.")


def test_halved_is_a_fall_of_half():
    """'halved' is a multiple of one half, a fall of 50% (businessinvestorguide.com on German exports to Russia in
    2015; data/web15 c07 'more than halved'); as an adjective after a determiner it tells no change, while the noun
    'a doubling' still does."""
    got = figs("If the trend continues, the report predicts, export volumes will have halved by the end of December, "
               "from €20bn to €10bn.")
    assert got[0] == ("halved", "growth", -50.0)
    assert figs("However, earnings from titanium ores and concentrates more than halved due to decreased export "
                "volumes.") == [("more than halved", "growth", -50.0)]
    assert figs("The halved tariff applies to beef.") == []
    assert figs("Exports saw a doubling in 2017.") == [("doubling", "growth", 100.0)]


def test_grouped_millions_in_a_list_with_an_implied_currency():
    """Rule grouped_millions_point also where the amount takes its currency from the one before (data/web14 a03:
    'Baja California with 12.161 million ( 10.28%)')."""
    got = money("Chihuahua led with 16.922 million dollars, followed by Baja California with 12.161 million "
                "( 10.28%) and Nuevo León with 11,290 million (9.54%).")
    assert got == [("16.922 million dollars", 16922000000.0, "money_word_after:grouped_millions_point"),
                   ("12.161 million", 12161000000.0, "money_implied_currency:grouped_millions_point"),
                   ("11,290 million", 11290000000.0, "money_implied_currency")]


def test_reduce_by_is_a_fall():
    """'reduce(s) ... by N%' is a fall, as 'reduced' (archive.laminart.com: 'If the United States decides to reduce
    imports by 20%'; data/web6 t09: 'Phosphates Help reduce Morocco's Trade Deficit by 37.2%')."""
    assert figs("If the United States decides to reduce imports by 20%, there will be countries that will be "
                "impacted by this decision.") == [("20%", "growth", -20.0)]
    assert figs("Phosphates Help reduce Morocco’s Trade Deficit by 37.2%") == [("37.2%", "growth", -37.2)]
