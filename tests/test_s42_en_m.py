"""English money, magnitudes and figure kinds found in session 42 by probing stored trade news pages that state
money in many notations and currencies (naira, shillings, cedis, baht, dirhams, rupees in lakh crore), each a rule
tested on real sentences."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def kinds(text: str, pub_year: int) -> list[tuple]:
    """(figure, kind, value, measure) of a web text's figures."""
    return [(f.figure, f.kind, f.value, f.measure)
            for f in figures_of_text(text, "page", "web", lang="en", pub_year=pub_year)]


def test_a_percent_the_span_of_its_change_follows_is_a_change_with_the_clauses_sign():
    """Rule growth_percent_frequency (nairaday.ng on Nigeria's first quarter of 2025, NBS's figures): in 'up 7.4%
    year-on-year and nearly 3% quarter-on-quarter' the second percent is a change (it was read a share of imports,
    the 'up' before the first percent reaching no further)."""
    text = ("Exports reached \u20a620.60 trillion\u2014up 7.4% year-on-year and nearly 3% quarter-on-quarter\u2014while "
            "imports stood at \u20a615.43 trillion, representing a 4.6% annual increase but a 7% drop from the previous "
            "quarter\n")
    assert kinds(text, 2025)[:4] == [
        ("\u20a620.60 trillion", "money", 20600000000000.0, "exports"), ("7.4%", "growth", 7.4, "exports"),
        ("nearly 3%", "growth", 3.0, "exports"), ("\u20a615.43 trillion", "money", 15430000000000.0, "imports")]


def test_a_bare_change_verb_of_a_headline_or_after_saw_gives_the_sign():
    """Rule headline_bare_verb (vocab/en/cues.csv; manilatimes.net on the Philippines' exports in April 2013, NSO's
    figures; manufacturing.net, AP, on Germany's exports in April 2009): 'Exports drop 12.8%' was read a rise (the
    'to $4.041B' after it made it a change, no sign found), 'saw its exports plunge nearly 30 percent' a share."""
    text = ("Exports drop 12.8% to $4.041B in April\n"
            "Philippine merchandise exports in April 2013 contracted by 12.8 percent to reach $4.041 billion from the "
            "$4.328 billion recorded in the same month of 2012, data from the National Statistics Office (NSO) said on "
            "Tuesday.\n")
    assert kinds(text, 2013)[:3] == [("12.8%", "growth", -12.8, "exports"),
                                      ("$4.041B", "money", 4041000000.0, "exports"),
                                      ("12.8 percent", "growth", -12.8, "exports")]
    text = ("BERLIN (AP) -- Germany, Europe's largest economy, saw its exports plunge nearly 30 percent in April as the "
            "global economic crisis continued to hurt demand for its products, the Federal Statistical Office reported "
            "Tuesday.\n")
    assert kinds(text, 2009) == [("nearly 30 percent", "growth", -30.0, "exports")]


def test_a_change_named_over_the_full_year_is_a_change():
    """Rule change_after_full_year (supremeconsult.org on the Philippines' exports in April 2016): in 'aiming for a 5%
    full-year exports growth for 2016' the percent is the growth target (it was read a share)."""
    text = ("Year-to-date, exports have declined 7.3% to $17.363 billion from $18.738 billion during the same period in "
            "2015. The government is aiming for a 5% full-year exports growth for 2016.\n")
    figs = figures_of_text(text, "page", "web", lang="en", pub_year=2016)
    assert [(f.figure, f.kind, f.value, f.measure, f.status) for f in figs][-1] == (
        "5%", "growth", 5.0, "exports", "target")


def test_imports_and_exports_to_a_list_of_places_is_the_trade_with_each():
    """Rule pair_of_places (facts/measure.py; chinaeconomicindicator.com on China's first quarter of 2023, GAC's
    figures): in 'Imports and exports to the European Union, the United States, Japan and the Republic of Korea
    reached RMB 1.34 trillion, RMB 1.11 trillion, RMB 546.41 billion and 528.46 billion, respectively' the list
    'respectively' pairs with the figures is the places'; the pair is the trade with each (the last three were read
    imports, imports, exports)."""
    text = ("Imports and exports to the European Union, the United States, Japan and the Republic of Korea reached RMB "
            "1.34 trillion, RMB 1.11 trillion, RMB 546.41 billion and 528.46 billion, respectively, over the same "
            "period, accounting for 35.6 percent of the country's foreign trade.\n")
    figs = figures_of_text(text, "page", "web", lang="en", pub_year=2023)
    assert [(f.figure, f.value, f.currency, f.measure, f.partner) for f in figs][:4] == [
        ("RMB 1.34 trillion", 1340000000000.0, "CNY", "turnover", "European Union"),
        ("RMB 1.11 trillion", 1110000000000.0, "CNY", "turnover", "United States"),
        ("RMB 546.41 billion", 546410000000.0, "CNY", "turnover", "Japan"),
        ("528.46 billion", 528460000000.0, "CNY", "turnover", "South Korea")]


def test_a_percent_shrinking_of_the_surplus_is_a_fall_of_the_balance():
    """Rules shrinking_noun (vocab/en/cues.csv) and change_in_after with 'of' (facts/measure.py _CHANGE_IN;
    english.www.gov.cn, Xinhua on China's first quarter of 2017): 'a 35.7-percent shrinking of trade surplus' is a
    fall of the balance (it was read a rise of exports, the flow of the clause before)."""
    text = ("BEIJING \u2014 China's imports grew faster than exports in the first quarter, resulting in a 35.7-percent "
            "shrinking of trade surplus, customs data showed on April 13.\n")
    assert kinds(text, 2017) == [("35.7-percent", "growth", -35.7, "balance")]


def test_a_group_named_only_as_a_counterpart_before_a_flow_is_its_partner():
    """Rule counterpart_group_flow (facts/reporters.py; independent.co.uk on the UK's trade in the three months to
    February 2018, ONS's figures): in 'with non-EU goods exports declining by £2.1bn' the non-EU countries are where
    the UK's exports go, not their owner (it was read the exports of 'non-EU countries' to the world)."""
    text = ("The UK trade deficit widened to \u00a36.4bn in the three months to February due to a fall in non-EU "
            "exports.\n"
            "According to the Office for National Statistics (ONS), the total trade deficit widened by \u00a3400m, with "
            "non-EU goods exports declining by \u00a32.1bn.\n")
    figs = figures_of_text(text, "page", "web", lang="en", pub_year=2018)
    assert [(f.figure, f.measure, f.reporter, f.partner) for f in figs][-1] == (
        "\u00a32.1bn", "exports", "United Kingdom", "non-EU countries")
