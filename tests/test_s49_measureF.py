"""Session 49, helper measureF, measure rules: cue_later (a list's flow named at its sentence's end; weak, abstains when
the later cues disagree or stand past a clause break), per_unit_price (an amount per unit of quantity is a price),
coverage_ratio's ratio forms ("the export-import ratio") and price_change's forms ("a 13.6% uptick in gold prices",
"prices for imported commodities increased by")."""
from __future__ import annotations

import pytest

from tradeflows.pipeline import figures_of_text


def measures(text: str) -> list[tuple]:
    return [(f.figure, f.measure, f.fact_rules.split(";")[0]) for f in figures_of_text(text, "t", "txt")]


def test_a_list_whose_flow_is_named_at_the_sentence_end():
    """Iran Daily (data/web31 tuned page az09), a product list with its amounts in brackets and the flow after the
    list: every item is an export, the first by cue_later, the rest carried from it (weak, not sentence_figure)."""
    text = ("Iran trade report.\n\nGas condensates (worth $5.09 billion), liquefied propane ($1.06 billion), methanol "
            "($835 million), light crude oil, excluding gasoline ($810 million) and granulated hematite iron ore ($765 "
            "million) were the chief export commodities.\n")
    assert measures(text) == [
        ("$5.09 billion", "exports", "measure:cue_later"), ("$1.06 billion", "exports", "measure:carried"),
        ("$835 million", "exports", "measure:carried"), ("$810 million", "exports", "measure:carried"),
        ("$765 million", "exports", "measure:cue_after")]


def test_shares_of_a_list_ending_on_its_whole():
    """The Weekend Post (data/web12 tuned page h05): '... of total exports to the country, respectively'."""
    text = ("Botswana trade.\n\nSouth Africa received 15.1 percent (P325.9 million), mainly attributable to Machinery & "
            "Electrical Equipment, Gold and Diamonds at 25.3 percent (P82.3 million), 21.5 percent (P70.2 million) and "
            "8.8 percent (P28.8 million) of total exports to the country, respectively.\n")
    got = measures(text)
    assert got[0] == ("15.1 percent", "exports", "measure:cue_later")
    assert [m for _, m, _ in got] == ["exports"] * 8


def test_later_cues_that_disagree_leave_the_figure_other():
    """Gulf Daily News (data/web19 tuned page ad11; gold: exports): 'trade performance' and 'merchandise exports' after
    the figure name two measures, so the figure is not guessed."""
    text = ("Saudi trade.\n\nDespite a marginal 0.1pc decrease compared to August, Saudi Arabia showed resilience in its "
            "trade performance for September, with overall merchandise exports amounting to 103.8bn riyals.\n")
    # (session 54, measureC: cue_later still abstains; the weak page_flow then gives the flow the page names most, the
    # trade of "Saudi trade" and "trade performance", as wrong against the gold's exports as "other" was)
    assert measures(text)[0] == ("0.1pc", "turnover", "measure:page_flow")


def test_a_cue_past_a_clause_break_is_another_clauses():
    """'; ' and ', while' close the clause a later cue is read in (rule cue_later abstains)."""
    text = ("Report.\n\nThe sector grew 4.5 percent in 2019 on strong domestic demand from builders; exports of the sector were not reported.\n")
    assert measures(text)[0][1:] == ("other", "measure:default_other")


def test_an_amount_per_unit_of_quantity_is_a_price():
    """Rule per_unit_price: Pravda.Ru's English wire (english.pravda.ru/news/world/71821-n), 'Prices averaged US$1.14
    per pound' after a sentence on coffee export revenue is a price, measure other (before: exports, carried from the
    line before); the same on the tuned pages of web7 ('US$4.86 per pound'), web9 ('$92.60 per barrel'), web15 ('US$1.65
    per kg') and web27 ('per ounce'), all gold other."""
    text = ("Colombian coffee growers see export revenue rise 58 percent\n\n"
            "Colombian coffee export revenue rose 58 percent to US$1.6 billion in the 2004-2005 coffee season, officials "
            "said Wednesday.\n\n"
            "Prices averaged US$1.14 per pound in the 2004-2005 coffee season, which runs from October to September, up "
            "from 77 cents per pound in the 2003-2004 season.\n")
    got = measures(text)
    assert got[-1] == ("US$1.14", "other", "measure:per_unit_price")
    assert ("US$1.6 billion", "exports", "measure:export_earnings") in got


def test_a_price_per_tonne_in_russian():
    """Russian row of cue per_unit_after (Lenta.ru, lenta.ru/news/2017/06/19/wheat/): amounts "за тонну" are prices,
    each by per_unit_price (before: the first default_other, the rest carried from it)."""
    text = ("Российская пшеница подорожала\n\n"
            "Экспортные цены на российскую пшеницу нового урожая на минувшей неделе продолжили рост, поднявшись на 6 "
            "долларов за тонну. Об этом сообщает «Интерфакс» со ссылкой на руководство компании «Русагротранс».\n\n"
            "В конце прошлой недели пшеница с содержанием белка более 12,5 процента предлагалась по 188 долларов за "
            "тонну, при этом спрос держался на уровне 182-185 долларов за тонну.\n")
    assert [g for g in measures(text) if "долларов" in g[0]] == [
        ("6 долларов", "other", "measure:per_unit_price"), ("188 долларов", "other", "measure:per_unit_price"),
        ("182-185 долларов", "other", "measure:per_unit_price")]


def test_a_price_per_ton_after_an_export_sentence():
    """Rule per_unit_price (agro.gov.vn, tID6173 'Agriculture, forestry, aquatic likely to exceed year's target'): 'some
    US$3,500 per ton' is a price, though the clause opens on "Pepper's export price". Known miss: 'the US$1,500 average
    of 2006', a price named back to without its unit, stays exports."""
    text = ("Pepper exports increased most dramatically. Though the volume of pepper exported in the past 11 months was "
            "only 70,000 tons, half of 2006, prices had risen so much that turnover has reached US$249 million already, "
            "versus US$190 million last year.\n\n"
            "Pepper's export price has averages some US$3,500 per ton this year, more than double the US$1,500 average "
            "of 2006.\n")
    got = dict((g[0], g[1:]) for g in measures(text))
    assert got["some US$3,500"] == ("other", "measure:per_unit_price")
    assert got["US$1,500"] == ("exports", "measure:cue_before")   # the known miss, pinned


def test_export_import_ratios_are_coverage_ratios():
    """Rule coverage_ratio, the ratio forms of cue _COVERAGE_BEFORE (session 49): on tuned pages of five sets the ratio of
    exports to imports was read as a flow by the cue inside its name (gold: other). Data/web32 bb01 'The export– import
    ratio equaled 323.6 percent'; data/web17 aa05 'The imports coverage by total exports has become 36.6 %'; data/web17
    aa06 'Export of goods as percent of imports ... constituted 85.4%'; data/web13 f07 'Coverage of import with export';
    data/web32 bb07 'percentage of the export covering of import was 47%'; and the 'export-to-import ratio' of
    data.europa.eu's data story ('Norway had the largest export-to-import ratio')."""
    cases = {
        "The export\u2013 import ratio equaled 323.6 percent, the Statistical Office said.": "323.6 percent",
        "The imports coverage by total exports has become 36.6 % during 1st 10 2017.": "36.6 %",
        "Export of goods as percent of imports (excluding ships, aircraft and diamonds) constituted 85.4% compared to 77% "
        "at the same period in 2014.": "85.4%",
        "Coverage of import with export in the period January-September 2016 amounted to 58.09 percent.": "58.09 percent",
        "In July, percentage of the export covering of import was 47%.": "47%",
        "Norway had the largest export-to-import ratio, 140.5 percent in 2013.": "140.5 percent",
    }
    for sentence, figure in cases.items():
        got = dict((g[0], g[1:]) for g in measures("Trade.\n\n" + sentence + "\n"))
        assert got[figure] == ("other", "measure:coverage_ratio"), sentence


def test_a_coverage_rate_beside_its_flows():
    """bestportugueseeconomy.blogspot.com (2015/04, INE's release): the flows keep their measures, the coverage rate is
    other, the deficit a balance."""
    text = ("Portugal trade.\n\nExports rose 2.1% and imports dropped 3.5% in the quarter ended in February, year on "
            "year, bringing the coverage rate to 84.5% and reducing the deficit by 735.5 million euros, today released "
            "the INE.\n")
    assert [g[:2] for g in measures(text)] == [("2.1%", "exports"), ("3.5%", "imports"), ("84.5%", "other"),
                                                ("735.5 million euros", "balance")]


PRICES = ("Export prices up 7.5%, import prices up 9.9%\n\n"
          "In October 2021, export prices grew 7.5% y/y and were 12.7% higher after adjustments for the influence of the "
          "exchange rate. The 14.5% increase in the prices of semi-finished products (mainly iron, steel, metal and wooden "
          "products) had a decisive impact on the development of the entire index, according to the information provided "
          "by the Czech Statistical Office.\n\n"
          "Of the imported goods prices of crude petroleum decreased the most, by 8.3%. Prices of other mining and "
          "quarrying products increased by 4.8%, while fish and fisheries products' prices increased by 3.4%.\n")


def test_price_changes_named_with_what_they_are_of():
    """Rule price_change, session 49 forms: a change noun right after the rate and 'in' the prices ('The 14.5% increase
    in the prices of semi-finished products', nordicchamber.cz quoting the Czech Statistical Office; before: exports by
    previous_sentence) and prices 'of' or 'for' goods before the verb ('Prices of other mining and quarrying products
    increased by 4.8%', l24.lt; before: imports by previous_sentence). Tuned pages: data/web22 'general prices for export
    commodities on average increased by 20.4 per cent', data/web27 'a 13.6% uptick in gold prices', data/web37 'a 7.2% drop
    in international prices for the exported goods' (gold other)."""
    got = dict((g[0], g[1:]) for g in measures(PRICES))
    assert got["14.5%"] == ("other", "measure:price_change")
    assert got["4.8%"] == ("other", "measure:price_change")
    assert got["3.4%"] == ("other", "measure:price_change")


def test_price_change_the_most_by():
    """(a strict xfail until session 49's measureG: 'decreased the most, by' between the prices and the rate)"""
    got = dict((g[0], g[1:]) for g in measures(PRICES))
    assert got["8.3%"] == ("other", "measure:price_change")
