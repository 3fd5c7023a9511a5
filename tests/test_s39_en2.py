"""English phrasings found in session 39 (second English round) on the tuned pages the fact rows score lowest on, each
a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_the_next_item_of_a_ranking_told_a_paragraph_an_item_keeps_the_rankings_flow():
    """Rule ranked_paragraph (rappler.com, data/web18 tuned page ab06): after 'Mineral fuels, ... ranked 2nd,
    comprising 11.5% of the total imports', the paragraph 'Transport equipment, meanwhile, ranked 3rd with a 10.5%
    share. It increased by 13.7% to $4.673 billion ...' names no flow of its own: the next item of the ranking of
    imports, not a measure left as other."""
    text = ("The PSA said electronic products remained the top imported commodities, accounting for 25% of the total "
            "import bill. It slightly increased by 0.7% to $11.065 billion in the 1st semester of 2017, from $10.984 "
            "billion in the same period in 2016.\n"
            "Mineral fuels, lubricants, and related materials ranked 2nd, comprising 11.5% of the total imports, and "
            "increasing by 30.6% to $5.106 billion in the 1st semester of 2017 from $3.909 billion in the same period "
            "in 2016.\n"
            "Transport equipment, meanwhile, ranked 3rd with a 10.5% share. It increased by 13.7% to $4.673 billion in "
            "the 1st semester of 2017 from $4.109 billion.\n")
    got = fields(text, "measure", "partner", "year", pub_year=2017, lang="en")
    assert got[-4:] == [("10.5%", "imports", "world", 2017), ("13.7%", "imports", "world", 2017),
                        ("$4.673 billion", "imports", "world", 2017), ("$4.109 billion", "imports", "world", 2016)]


def test_up_another_rate_is_a_change():
    """Rule growth_percent_signed (figures/kinds.py ADJ_CHANGE; freightwaves.com, data/web14 tuned page a07): in 'The U.S.
    trade deficit ticked up another 1.7 percent between August and September to $43.5 billion' the rate after 'up
    another' is the deficit's growth, as after 'up' alone, not a share."""
    text = ("The U.S. trade deficit ticked up another 1.7 percent between August and September to $43.5 billion as "
            "rising exports were offset by an even higher increase in imports.\n")
    assert fields(text, "kind", "value", "measure", pub_year=2017, lang="en")[0] == ("1.7 percent", "growth", 1.7,
                                                                                             "balance")


def test_a_headlines_bare_present_soar_makes_a_growth():
    """Row soar of vocab/en/cues.csv (a thebettercambodia.com headline): in 'RGPPSEZ exports soar 14% in 2025' the plural
    subject's present tense tells a rise, as 'rise' and 'jump' do, not a share."""
    text = "RGPPSEZ exports soar 14% in 2025\n"
    assert fields(text, "kind", "value", "measure", pub_year=2026, lang="en") == [("14%", "growth", 14.0, "exports")]


def test_a_year_glued_to_the_word_year_is_the_parts_year():
    """Rule year_glued (facts/periods_grammar.py _YEARPART; frontpage.lk, data/web18 tuned page ab03): in '... an increase
    of 27.49% over US$ 4,362.34 million in the first half of the year2020' the space lost between 'year' and 2020 still
    names the base's half year, 2020, not the page's 2021."""
    text = ("Sri Lanka’s merchandise exports in the first half of the year 2021 was US$ 5,561.72 million, an increase of "
            "27.49% over US$ 4,362.34 million in the first half of the year2020.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2021, lang="en")
    assert got[-1] == ("US$ 4,362.34 million", 2020, "2020-01", "2020-06")


def test_a_preposition_glued_to_a_currency_symbol_still_leaves_an_amount():
    """Rule symbol_glued_preposition (figures/currencies.py; singaporenewstribe.com, data/web11 tuned page j12): in
    'export of prepared foodstuff ... increased by 19.2 per cent, up by$5.4m to $33.8m' the space lost between 'by' and
    '$' leaves the change's amount, $5.4m; a symbol after other letters stays no currency."""
    text = ("On another hand, export of prepared foodstuff, beverages, spirits and tobacco increased by 19.2 per cent, up "
            "by$5.4m to $33.8m.\n")
    assert fields(text, "kind", "value", "measure", pub_year=2017, lang="en") == [
        ("19.2 per cent", "growth", 19.2, "exports"), ("$5.4m", "money", 5400000.0, "exports"),
        ("$33.8m", "money", 33800000.0, "exports")]


def test_a_trade_in_goods_that_is_a_share_of_exports_is_exports():
    """Rule trade_part_of_flow (facts/measure.py; lawsociety.ie, data/web3 tuned page y07): in 'A €62 billion trade in
    medical and pharma products accounted for 38% of all exports' the trade is a part of the exports, not a turnover
    both ways."""
    text = "A €62 billion trade in medical and pharma products accounted for 38% of all exports.\n"
    assert fields(text, "kind", "measure", pub_year=2022, lang="en") == [("€62 billion", "money", "exports"),
                                                                          ("38%", "share", "exports")]
