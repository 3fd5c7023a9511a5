"""Phrasings found in session 36 on stored trade news pages and the tuned pages of the blind sets, each a
rule or a vocabulary row, tested on its sentence and, where one was found, on another text's.
"""
from __future__ import annotations

from phrasing import facts, figs, times

from tradeflows.facts.periods import find_times
from tradeflows.pipeline import figures_of_text




def statuses(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.status) for f in figures_of_text(text, fmt="web", **kw)]


def test_an_expectation_with_its_own_figure_is_that_figures():
    """Rule forecast_own_figure: 'higher than the expected 4.7%' after one figure and before the next, a semicolon
    between, is the 4.7%'s forecast, neither the 7.7% before it nor the surplus after it; 'the expected RMB136
    billion' is a figure right after the cue too (a currency code written onto the amount)."""
    text = ("Imports denominated in RMB fell 2.5% last month compared with last year, far lower than the expected "
            "increase of 5.8%; exports rose 7.7% year-on-year, higher than the expected 4.7%; trade surplus was "
            "RMB279.12 billion, higher than the expected RMB136 billion.")
    assert statuses(text) == [("2.5%", "actual"), ("5.8%", "target"), ("7.7%", "actual"), ("4.7%", "target"),
                              ("RMB279.12 billion", "actual"), ("RMB136 billion", "target")]
    text = ("China's General Administration of Customs announced that exports in US dollars in the previous month "
            "increased by 1.1% year-on-year, higher than the expected drop in 3.9%; imports fell for 8.5% "
            "year-on-year, more than the expected 3.9% decrease; trade surplus was US$41.65 billion, higher the "
            "expected $22.3 billion.")
    assert statuses(text) == [("1.1%", "actual"), ("3.9%", "target"), ("8.5%", "actual"), ("3.9%", "target"),
                              ("US$41.65 billion", "actual"), ("$22.3 billion", "target")]


def test_a_level_a_change_reached_is_no_base():
    """Rule risen_to_level: in 'Exports rose 28.7 percent to $14.7 billion over the same month of last year' the
    amount is the level reached, of the month in force; the same month a year before is the change's base. Rule
    began_clause: 'a declining phase that started in March' names when a state began, no period of the figures."""
    text = ("Exports in May reached $14.7 billion, having continuously broken the monthly record for 5 months in a "
            "row, said the Ministry of Commerce, Industry and Energy.\n"
            "Exports rose 28.7 percent to $14.7 billion over the same month of last year, breaking a declining "
            "phase that started in March.\n")
    assert facts(text, pub_year=2000, pub_month=6) == [
        ("$14.7 billion", "world", 2000, "2000-05", "2000-05"),
        ("28.7 percent", "world", 2000, "2000-05", "2000-05"),
        ("$14.7 billion", "world", 2000, "2000-05", "2000-05")]
    assert [(t.kind, t.base) for t in find_times("breaking a declining phase that started in March")] == [
        ("month", True)]
    assert [(t.year, t.base) for t in find_times("in the new fiscal year which began on July 8, 2021")] == [
        (None, False), (2021, False)]


def test_a_count_of_months_ending_in_a_month_crosses_the_year():
    """Rule month_ending: 'a six-month period ending in March' is October to March, of the year it ends in, as
    'the six months to March 2019' is; 'the three months to June 2019' stays inside its year."""
    assert times("Over a six-month period ending in March, exports fell") == [
        ("six-month period ending in March", "month_range", None, 10, 3)]
    assert times("in the six months to March 2019") == [("six months to March 2019", "month_range", 2019, 10, 3)]
    assert times("in the three months to June 2019") == [("three months to June 2019", "month_range", 2019, 4, 6)]
    text = ("Over a six-month period ending in March, exports from the United States to China dropped by $18.4 "
            "billion, or 26 percent, compared to a year earlier.")
    assert facts(text, pub_year=2019, pub_month=5) == [
        ("$18.4 billion", "China", 2019, "2018-10", "2019-03"),
        ("26 percent", "China", 2019, "2018-10", "2019-03")]



def test_a_trade_value_level_in_the_pages_one_currency():
    """Rule money_trade_level: on a page whose amounts are all in euros, 'the value of imports in June stood at
    3.38 billion' paragraphs later is in euros too, as is 'to reach 10.52 billion' after a change rate; an amount
    after 'against' borrows the currency of the amount right before (money_implied_currency)."""
    text = ("ELSTAT data released on Tuesday showed that exports amounted to around 3 billion euros (including fuel "
            "products) in June, recording annual growth of 24.8 percent. Excluding fuel, they reached 1.99 billion "
            "against 1.78 billion in June 2017, an 11.8 percent increase.\n\n"
            "Nine of the top ten product categories saw an increase in exports.\n\n"
            "June recorded a significant increase in imports. Excluding fuel products, the value of imports in June "
            "stood at 3.38 billion, an increase of 12 percent.\n\n"
            "Overall, however, the trade deficit decreased by 9.1 percent to reach 10.52 billion.")
    money = [(f.figure, f.value, f.currency) for f in figs(text, pub_year=2018) if f.kind == "money"]
    assert money == [("around 3 billion euros", 3e9, "EUR"), ("1.99 billion", 1.99e9, "EUR"),
                     ("1.78 billion", 1.78e9, "EUR"), ("3.38 billion", 3.38e9, "EUR"), ("10.52 billion", 10.52e9, "EUR")]
    # a page with amounts in two currencies lends neither to a bare amount further on
    mixed = ("Exports reached $2 billion and 1.5 billion euros. Tourism grew.\n\nLater imports stood at 3.1 billion.")
    assert [f.figure for f in figs(mixed) if f.kind == "money"] == ["$2 billion", "1.5 billion euros"]


def test_a_pair_of_percents_shares_the_comparative_after_it():
    """Rule growth_percent_comparative: 'were 12.2% and 25.1% higher, respectively' makes both rates growth, each of
    its flow (rule respectively); a dash from a year to a figure, '(in June 2016 – 45.5%)', is no range and no
    fiscal span: the share is of June 2016."""
    text = ("In June 2017 Latvian foreign trade turnover amounted to €2.15 billion, which at current prices was 19.2% "
            "more than in June 2016, of which the exports and imports values of goods were 12.2% and 25.1% higher, "
            "respectively.\n\nLatvia exported goods in the amount of €920.3m, and imported goods in the amount of "
            "€1.23 billion. The foreign trade balance became worse, as exports in the total foreign trade value fell "
            "to 42.8% (in June 2016 – 45.5%).")
    out = [(f.figure, f.kind, f.measure, f.period_start) for f in figs(text, pub_year=2017)]
    assert out[2:4] == [("12.2%", "growth", "exports", "2017-06"), ("25.1% higher", "growth", "imports", "2017-06")]
    assert out[-1] == ("45.5%", "share", "turnover", "2016-06")
    assert [(t.kind, t.year) for t in find_times("fell to 42.8% (in June 2016 – 45.5%).")] == [("month", 2016)]


def test_a_flow_an_amount_is_given_for():
    """'was of EUR 5.1 billion for exports and of EUR 6.3 billion for imports' (Romania's INS, via Romania Journal):
    the flow after 'for' names each amount (a joined cue); intra-EU 'shipments' and 'incomings' are exports and
    imports (vocab measures.csv)."""
    text = ("The value of intra-EU trade during January-April 2018 was of EUR 17.07 billion for shipments and of "
            "EUR 19.64 billion for incomings, representing 76.8% of total exports and 75.7% of imports.\n\n"
            "The value of extra-EU trade in the same interval was of EUR 5.1 billion for exports and of EUR 6.3 "
            "billion for imports, representing 23.2% of total exports and 24.3% of total imports.")
    assert [(f.figure, f.measure) for f in figs(text, pub_year=2018) if f.kind == "money"] == [
        ("EUR 17.07 billion", "exports"), ("EUR 19.64 billion", "imports"),
        ("EUR 5.1 billion", "exports"), ("EUR 6.3 billion", "imports")]


def test_a_head_naming_places_only_as_counterparts_names_no_reporter():
    """Rule counterparts_only: Statistics Netherlands' page names only 'countries outside the European Union' and
    'EU countries' as partners: whose trade it is the page does not say (no url here), so no reporter, not the
    EU nor 'non-EU countries' (vocab counterpart_groups.txt); a central bank's name ('Bank of Tanzania') names its
    country (agency)."""
    text = ("Volume of exports up 9 percent\n\nAfter adjustment for working days, the volume of exports of goods "
            "was 9 percent up in May 2007 on May 2006. The value of goods exports was 28.4 billion euro.\n\n"
            "Trade with countries outside the European Union contributed a little more to the increase of imports "
            "and exports than trade with EU countries. The increase of exports to EU countries was 7 percent en to "
            "non-EU countries 8 percent.")
    out = [(f.figure, f.reporter, f.partner) for f in figs(text, pub_year=2007)]
    assert out[-3:] == [("28.4 billion euro", None, "world"), ("7 percent", None, "European Union"),
                        ("8 percent", None, "non-EU countries")]
    text = ("The latest Bank of Tanzania (BOT) Monthly Economic Review of December 2019 indicates that in the year "
            "ending November 2019, gold exports rose by +41.9% to USD 2.1 billion on account of volume and price "
            "effects.")
    assert {f.reporter for f in figs(text, pub_year=2020)} == {"Tanzania"}


def test_a_percent_above_a_value_dates_the_value_not_the_figure():
    """'Domestic exports in the review period amounted to US$141.0 million, 30.7 per cent above the US$107.9
    million recorded in January 2022' (STATIN via Our Today): 'above' after a percent is the percent's comparative,
    no qualifier of the amount after it, and that amount is the base's value, dated by 'recorded in January 2022';
    the figure and its rate are of the month in force. 'above the similar 2017 period' is a base too."""
    text = ("Jamaican exports have grown much stronger than imports for the month of January 2023, based on the "
            "latest International Merchandise Trade published by the Statistical Institute of Jamaica STATIN.\n"
            "Domestic exports in the review period amounted to US$141.0 million, 30.7 per cent above the US$107.9 "
            "million recorded in January 2022.")
    out = [(f.figure, f.qualifier, f.period_start) for f in figs(text, pub_year=2023, pub_month=3)]
    assert out == [("US$141.0 million", "exact", "2023-01"), ("30.7 per cent", "exact", "2023-01"),
                   ("US$107.9 million", "exact", "2022-01")]
    text = ("Statin said total imports were valued at US$414.1 million in 2018, 20.7 per cent above the similar 2017 "
            "period, due mainly to increases in the commodity groups, namely, mineral fuels, etcetera (US$226.1 "
            "million), chemicals (US$21.9 million) and food (US$117.6 million).")
    assert {f.year for f in figs(text, pub_year=2019)} == {2018}


def test_a_blocs_trade_inside_itself():
    """Rule intra_regional: on a page about Central America's trade, '29.4% of exports went to the Central American
    market' and 'intra-regional exports increased 3.4%' are the bloc's trade with itself; 'the remaining 70.6% went
    to third markets', after 'while', is not (places.csv: 'Central American' is the bloc's demonym, not an
    American's)."""
    text = ("Central America’s total exports reached USD 16,299.7 million in the second quarter of 2018 and increased "
            "by 1.7% over the same period last year. 29.4% of exports went to the Central American market, while the "
            "remaining 70.6% went to third markets. The Central American Secretariat of Economic Integration reported "
            "that intra-regional exports increased 3.4% compared to the second quarter of the previous year.")
    assert [(f.figure, f.reporter, f.partner) for f in figs(text, pub_year=2018)] == [
        ("USD 16,299.7 million", "Central America", "world"), ("1.7%", "Central America", "world"),
        ("29.4%", "Central America", "Central America"), ("70.6%", "Central America", "world"),
        ("3.4%", "Central America", "Central America")]


def test_a_country_in_the_locative_is_where_a_flow_is_counted():
    """Rule locus_flow (Russian cues locus_in, locus_form, locus_flow_near): 'В Молдове ... экспорт сахара снизился на
    40%' and 'объемы экспорта в Литве снизились на 7%' count the flow in that country, its reporter, with the world
    as counterpart; 'в Литву' (a destination, accusative) stays a partner."""
    text = ("В Молдове в январе-марте т.г. по сравнению с показателем аналогичного периода 2017 г. экспорт сахара "
            "снизился на 40%, а импорт – на 61,9%. Об этом 8 мая сообщила пресс-служба Национального бюро "
            "статистики РМ.")
    assert [(f.figure, f.reporter, f.partner) for f in figs(text, pub_year=2018, lang="ru")] == [
        ("40%", "Moldova", "world"), ("61,9%", "Moldova", "world")]
    text = ("В январе-сентябре этого года, по сравнению с тем же периодом прошлого года объемы экспорта в Литве "
            "снизились на 7% до 18 млрд евро, в Эстонии – также на 7% до 8,9 млрд евро.")
    assert [(f.figure, f.reporter, f.partner) for f in figs(text, pub_year=2019, lang="ru")] == [
        ("7%", "Lithuania", "world"), ("18 млрд евро", "Lithuania", "world"),
        ("7%", "Estonia", "world"), ("8,9 млрд евро", "Estonia", "world")]
    text = "Экспорт белорусских товаров в Литву вырос на 12%."
    assert [(f.reporter, f.partner) for f in figs(text, pub_year=2019, lang="ru")] == [("Belarus", "Lithuania")]


def test_the_comparable_year_period_is_a_base():
    """Rule same_period: 'the US$3,424.3 million recorded for the comparable 2017 period' (STATIN via IAJ) is the
    base's value in the figure's months, as 'the 2017 period' is."""
    text = ("Statin also reported that overall, Jamaica’s trade deficit was US$3,507.6 million for the January to "
            "October 2018 period, 2.4 per cent above the US$3,424.3 million recorded for the comparable 2017 period.")
    assert facts(text, pub_year=2019) == [("US$3,507.6 million", "world", 2018, "2018-01", "2018-10"),
                                          ("2.4 per cent", "world", 2018, "2018-01", "2018-10"),
                                          ("US$3,424.3 million", "world", 2017, "2017-01", "2017-10")]
    assert [(t.kind, t.year, t.base) for t in find_times("compared with the similar 2016 period")] == [
        ("same_period", 2016, True)]


def test_markets_named_by_example_are_neither_side_of_the_page():
    """Rules counterparts_only and head_example: a Business Line page that never names India, only 'weak demand in
    traditional markets such as Europe and the US', has no reporter (no url here) and no head partner; the run 'the
    third in four months since March' is no period (the first four months)."""
    text = ("Merchandise exports in June fell 5.45 per cent year-on-year to $25.06 billion.\n"
            "The fall – the third in four months since March – was largely due to the continuing weak demand in "
            "traditional markets such as Europe and the US as well as the deceleration in domestic manufacturing.\n"
            "Imports also contracted 13.46 per cent to $35.37 billion, due to the drop in international oil prices "
            "resulting in a lower oil import bill.\n")
    out = [(f.figure, f.reporter, f.partner, f.period_start, f.period_end) for f in figs(text, pub_year=2012, pub_month=7)]
    assert out == [("5.45 per cent", None, "world", "2012-06", "2012-06"),
                   ("$25.06 billion", None, "world", "2012-06", "2012-06"),
                   ("13.46 per cent", None, "world", "2012-06", "2012-06"),
                   ("$35.37 billion", None, "world", "2012-06", "2012-06")]


def test_a_quarter_of_a_relative_fiscal_year_without_of():
    """'the first quarter last fiscal', 'the first quarter this fiscal (April-June 2012)' (news leaves the 'of' out):
    that quarter of that fiscal year, India's April-March; after 'from $46.3 billion', the quarter and its fiscal
    year are a base, so the level before it is of the quarter in force."""
    text = ("India's exports in June shrink 5.45% to $25 b\n\n"
            "Exports for the first quarter this fiscal (April-June 2012) shrunk 1.7 per cent to $75.2 billion; and "
            "imports also fell 6.1 per cent to $115.26 billion. Trade deficit dipped to $40.06 billion from $46.3 "
            "billion during the first quarter last fiscal.\n")
    out = [(f.figure, f.period_start, f.period_end) for f in figs(text, pub_year=2012, pub_month=7)]
    assert out[2:7] == [("1.7 per cent", "2012-04", "2012-06"), ("$75.2 billion", "2012-04", "2012-06"),
                        ("6.1 per cent", "2012-04", "2012-06"), ("$115.26 billion", "2012-04", "2012-06"),
                        ("$40.06 billion", "2012-04", "2012-06")]
    text = "India's imports rose 3% to $14 billion in the first quarter last fiscal."
    assert facts(text, pub_year=2012, pub_month=7) == [("3%", "world", 2011, "2011-04", "2011-06"),
                                                       ("$14 billion", "world", 2011, "2011-04", "2011-06")]


def test_thousands_grouped_by_spaces_before_a_scale_word():
    """Rule spaced_scaled (Further Africa on WAEMU's trade): '17 594,7 billion CFA Francs' and '16 817 billion CFA
    Francs' are read whole (not '594,7 billion'); a sign spaced from its number in a bracket, 'gold (+ 9.6%)', makes
    a growth rate (growth_percent_sign)."""
    text = ("Exports of goods in 2018 settled at 17 594,7 billion CFA Francs in the whole area, up 1.3% compared to "
            "the previous year, thanks particularly to gold (+ 9.6%), cotton (+ 9.4%), cashew (+ 4.5%).\n\n"
            "With regard to imports, the amount in 2018 stood at 16 817 billion CFA Francs, up 13% compared to the "
            "previous year.")
    out = [(f.figure, f.kind, f.value) for f in figs(text, pub_year=2019)]
    assert out == [("17 594,7 billion CFA Francs", "money", 17594.7e9), ("1.3%", "growth", 1.3),
                   ("9.6%", "growth", 9.6), ("9.4%", "growth", 9.4), ("4.5%", "growth", 4.5),
                   ("16 817 billion CFA Francs", "money", 16817e9), ("13%", "growth", 13.0)]
    # two counts a space apart stay two numbers
    assert [f.figure for f in figs("Exports to 12 365 destinations rose 5%.", pub_year=2019)] == ["5%"]


def test_a_rate_in_an_amounts_bracket_compared_to_a_year():
    """INS Cameroon: 'an aggravation of 188.2 billion CFA francs (6.4% compared to 2022)' is the change's rate
    (growth_percent_comparative); 'a 13.5% drop in non-oil exports followed by a 10.2% increase in non-oil imports'
    names each rate's flow after it (change_in_after)."""
    text = ("Excluding crude oil, the trade balance is becoming increasingly negative: the deficit amounts to 3,131 "
            "billion CFA francs, an aggravation of 188.2 billion CFA francs (6.4% compared to 2022).")
    assert [(f.figure, f.kind) for f in figs(text, pub_year=2024)][-1] == ("6.4%", "growth")
    text = ("This increase in the non-oil deficit is linked to a 13.5% drop in non-oil exports followed by a 10.2% "
            "increase in non-oil imports.")
    assert [(f.figure, f.value, f.measure) for f in figs(text, pub_year=2018)] == [
        ("13.5%", -13.5, "exports"), ("10.2%", 10.2, "imports")]


def test_a_heading_line_before_a_blank_line_ends_its_paragraph_in_a_pdf():
    """A browser's print of a news page (Latin American News on Peru): 'LOOK: Social conflicts have generated
    losses of more than US$1 billion', a related-story line with no full stop, then a blank line and 'Idexcam
    maintained that ...': the capital after the blank opens a paragraph, so the destinations' list keeps the
    export flow of its own sentence; a line ending on 'of', 'the', 'and' still runs on past a blank line."""
    from tradeflows.text.clean import clean_text
    raw = ("Among the main product lines, fresh blueberries stood out, 72,630 tons (23.43%) for US$ 351 million (14.84%);\n"
           "fresh grapes, 39,834 tons (26.65%) for US$ 98 million (28.77%); and fresh asparagus, 13,479 million (-13.95%)\n"
           "for US$ 37 million (-18.35%).\n\n"
           "LOOK: Social conflicts have generated losses of more than US$1 billion\n\n"
           "Idexcam maintained that, among the 10 main destinations, five were those that showed an increase compared to\n"
           "October 2021. These were exports to the United States with US$ 799 million (7.38%); Canada, US$283 million.\n")
    text = clean_text(raw, "pdf", "t").text
    assert "US$1 billion\nIdexcam maintained" in text
    raw = ("The volume of trade between the two countries reached the level of\n\n"
           "Four hundred million dollars in the first half of the year, exceeding the plan by a wide margin overall.\n")
    assert "level of Four hundred" in clean_text(raw, "pdf", "t").text


def test_a_cue_after_the_amounts_restatement_in_brackets():
    """Yeni Safak on Eurostat: 'the EU's goods trade recorded €12.1 billion ($13.3) deficit': the cue after the
    bracketed restatement names both amounts (a cue joined after the figure)."""
    text = ("It said the EU's goods trade recorded €12.1 billion ($13.3) deficit in the same month, compared with €7.9 "
            "billion in August 2018.")
    assert [(f.figure, f.measure) for f in figs(text, pub_year=2019)] == [
        ("€12.1 billion", "balance"), ("$13.3", "balance"), ("€7.9 billion", "balance")]


def test_the_caribbeans_own_dollar_signs():
    """vocab currencies.csv: 'TT$83.2 billion' (ttt.live), 'J$', 'G$', 'Bds$', 'RD$', 'N$', 'S/' are those
    countries' currencies; 'T&T' names Trinidad and Tobago; a multilateral body's name ('the Economic Commission for
    Latin America and the Caribbean') is no side of the page (places.csv stop rows); a letter currency before a lone
    1-4 ('Q2 2023') is a quarter, not quetzales."""
    text = ("According to the Economic Commission for Latin America and the Caribbean (ECLAC) Report, Trinidad and "
            "Tobago is the best exporter in the region for 2022.\nT&T’s exports increased by an estimated 69%.\n"
            "In addition, the Central Statistical Office indicated in 2022, total exports were at TT$83.2 billion.\n")
    assert [(f.figure, f.currency, f.reporter) for f in figs(text, pub_year=2023)] == [
        ("an estimated 69%", None, "Trinidad and Tobago"), ("TT$83.2 billion", "TTD", "Trinidad and Tobago")]
    for amount, code in (("J$45.2 billion", "JMD"), ("G$120.5 billion", "GYD"), ("Bds$3.1 billion", "BBD"),
                         ("RD$250 million", "DOP"), ("N$3.4 billion", "NAD"), ("S/ 4.5 billion", "PEN")):
        assert [(f.figure, f.currency) for f in figs(f"Exports reached {amount} in 2022.", pub_year=2023)] == [
            (amount, code)]
    text = "In Q2 2023, Guatemala's exports rose 5% to $4 billion, and Q3 exports fell; Q1 exports reached Q12.5 billion."
    assert [(f.figure, f.currency) for f in figs(text, pub_year=2023) if f.kind == "money"] == [
        ("$4 billion", "USD"), ("Q12.5 billion", "GTQ")]


def test_the_end_of_a_quarter_is_the_years_months_to_it():
    """Rule to_part_end (N1 on Serbia's nine months of 2019): 'The foreign trade deficit ... stood at 4.89 billion
    Dollars at the end of the third quarter' is January-September, as 'by the end of September' is (to_month), not
    the third quarter alone; 'By the end of the first half' is January-June; 'in the third quarter of 2023' stays
    the quarter."""
    text = ("Exports increased by 0.7 percent to the level of 14.6 billion Dollars while goods imports reached the level "
            "of 19.5 billion which is 2.3 percent higher than a year earlier. The foreign trade deficit continued to "
            "rise and stood at 4.89 billion Dollars at the end of the third quarter of 2019.")
    assert facts(text, pub_year=2019, pub_month=10)[-1] == ("4.89 billion Dollars", "world", 2019, "2019-01", "2019-09")
    assert times("By the end of the first half, imports had reached") == [
        ("By the end of the first half", "to_month", None, 1, 6)]
    assert times("in the third quarter of 2023") == [("the third quarter of 2023", "quarter", 2023, 7, 9)]


def test_a_sentence_ends_where_a_page_lost_the_space_after_its_full_stop():
    """Sentence splitting (a capitalised word glued to the full stop, before a space or a comma): "in the fourth
    quarter of 2012.Historically, from 1995 until 2012" (the T&T Guardian) and "вырос на 20,6%, до $34,129
    млрд.Отмечается, что" (medichub.net; a scale's abbreviation glued to a capital ends its sentence) are two
    sentences; "V.I.Kozlov", "U.S.Trade" and "2 млрд. 342 млн. долларов" stay one."""
    from tradeflows.text.clean import clean_text

    def sentences(t):
        c = clean_text(t, "web", "t")
        return [c.text[s:e] for s, e in c.sentences]
    assert sentences("T&T recorded a trade surplus of US$407.60 million in the fourth quarter of 2012.Historically, "
                     "from 1995 until 2012, T&T's balance of trade averaged US$616.37 million.") == [
        "T&T recorded a trade surplus of US$407.60 million in the fourth quarter of 2012.",
        "Historically, from 1995 until 2012, T&T's balance of trade averaged US$616.37 million."]
    assert len(sentences("Импорт российских товаров и услуг в Китай вырос на 20,6%, до $34,129 млрд.Отмечается, что "
                         "только в июне объем торговли между КНР и РФ составил $12,263 млрд.")) == 2
    assert len(sentences("He met V.I.Kozlov, said the U.S.Trade office.")) == 1
    assert len(sentences("Экспорт составил 2 млрд. 342 млн. долларов.")) == 1


def test_a_russian_rate_that_restates_an_amount_of_a_change():
    """Rule ru_growth_or (as English growth_percent_or): 'Чистый прирост нашего экспорта за первые 10 месяцев
    составил 8,4 млрд долларов, или 3,9%' (eadaily.com) is a growth rate, not a share; after a fall ('сократился на 2
    млрд долларов, или 5%') it is negative; a share of a whole named after it ('или 45% оборота') stays a share."""
    def kinds(t):
        return [(f.figure, f.kind, f.value) for f in figs(t, pub_year=2024, lang="ru") if f.figure.endswith("%")]
    assert kinds("«У нас был рост в восьми из десяти месяцев. Чистый прирост нашего экспорта за первые 10 месяцев "
                 "составил 8,4 млрд долларов, или 3,9%», — сказал Болат.") == [("3,9%", "growth", 3.9)]
    assert kinds("Импорт сократился на 2 млрд долларов, или 5%.") == [("5%", "growth", -5.0)]
    assert kinds("Экспорт составил 40 млрд долларов, или 45% оборота.") == [("45%", "share", 45.0)]
