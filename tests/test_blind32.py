"""Figure phrasings found on the tuned pages of the blind set web10 (session 32), each a rule or a
vocabulary row, tested on its sentence and, where one was found, on another text's.
"""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def figs(text: str, **kw):
    kw.setdefault("pub_year", 2023)
    return [(f.figure, f.kind, f.value, f.currency) for f in figures_of_text(text, fmt="web", **kw)]


def test_a_figure_glued_to_the_scale_word_of_the_one_before():
    """A space lost in the page's text (rule glued_after_figure); a footnote number glued to a
    figure stays out (no unit of its own)."""
    assert figs("Meanwhile, imports amounted to $46,715.7 million16.3% more than the amount registered "
                "in the same month last year.") == [
        ("$46,715.7 million", "money", 46715700000.0, "USD"), ("16.3% more", "growth", 16.3, None)]
    assert figs("alongside a gross margin of 52.8% and net income of €9.6 billion12. Net bookings in the quarter "
                "hit €13.2 billion, of which €7.4 billion came from EUV systems, surpassing prior expectations14.",
                pub_year=2025) == [
        ("52.8%", "share", 52.8, None), ("€9.6 billion", "money", 9600000000.0, "EUR"),
        ("€13.2 billion", "money", 13200000000.0, "EUR"), ("€7.4 billion", "money", 7400000000.0, "EUR")]


def test_an_improvement_is_a_rise():
    """'improvement' and 'deterioration' are change nouns (vocab/en/cues.csv up_of, down_of, up, down)."""
    assert figs("Net income was $6.6 billion, an improvement of 15.8% over the prior year.") == [
        ("$6.6 billion", "money", 6600000000.0, "USD"), ("15.8%", "growth", 15.8, None)]
    got = figs("The overall surplus for 2010 was R5-billion compared with a deficit of R27,3-billion in 2009, "
               "an improvement of R32,3-billion or 118,3%.", reporter="South Africa")
    assert got[-1] == ("118,3%", "growth", 118.3, None)


def test_a_list_of_amounts_takes_the_currency_of_its_last():
    """Rule money_list_currency_after: the amounts before the one that names the currency, joined by
    commas and 'and', bracketed shares between them."""
    got = figs("Agriculture, manufacturing and mines contributed 2.47 billion (68%), 390 million (11%) and "
               "668 million USD (18%) respectively to the total earning.", pub_year=2021)
    assert [g for g in got if g[1] == "money"] == [
        ("2.47 billion", "money", 2470000000.0, "USD"), ("390 million", "money", 390000000.0, "USD"),
        ("668 million USD", "money", 668000000.0, "USD")]
    # a list of quantities names no currency, nor does one broken by words
    assert figs("The harvests were 3.2 billion, 4 million and 5 million tonnes.") == []
    assert [g[3] for g in figs("Exports rose to 2.1 billion and imports to 3.4 billion euros.")] == ["EUR"]


def facts(text: str, **kw):
    kw.setdefault("pub_year", 2021)
    return [(f.figure, f.measure, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, fmt="web", **kw)]


def test_regional_communities_are_partners():
    """CARICOM, SACU, SAARC, WAEMU ... are blocs (vocab/en/places.csv); trade agreements are not."""
    from tradeflows.facts.places import lookup
    assert [lookup(n).name for n in ("Caricom", "Southern African Customs Union", "SAARC", "UEMOA")] == [
        "CARICOM", "SACU", "SAARC", "WAEMU"]
    assert lookup("RCEP") is None and lookup("USMCA") is None
    got = facts("Imports into Jamaica from its Caricom trading partners fell by $49.25 billion or 16 per cent in 2020 "
                "when compared to 2019.", reporter="Jamaica")
    assert got[0][:3] == ("$49.25 billion", "imports", "CARICOM")


K06 = ("From import and export data for the period January to April 2021 provided by Statin, imports from these "
       "eleven nations totalled $91 billion, while exports totalled $21.28 billion. Performance is on par with 2020 "
       "as, for the similar period last year, imports from the Caricom trading partners totalled $81.28 billion in "
       "imports and $21.9 billion in exports.")


def test_a_clause_opened_by_the_same_period_a_year_before():
    """Rule same_period_clause: the months in force (January-April 2021), a year before; not the year 2020
    the sentence names in passing."""
    got = facts(K06, reporter="Jamaica")
    assert got[2] == ("$81.28 billion", "imports", "CARICOM", 2020, "2020-01", "2020-04")
    assert got[3] == ("$21.9 billion", "exports", "CARICOM", 2020, "2020-01", "2020-04")
    # with no part of a year in force, the rule stays out
    alone = facts(K06.split(". ", 1)[1], reporter="Jamaica")
    assert all(r[5] != "2020-04" for r in alone)
    # a same period after the figure is a comparison's base, as before
    assert facts("Exports rose to $4.8 billion in January-April 2021, up from the same period last year.",
                 reporter="Jamaica")[0][3:] == (2021, "2021-01", "2021-04")


def test_a_when_clause_after_a_base_year_is_that_year():
    """Rule when_clause, now in English too: the clause ", when" opens after a base year is of that year;
    "and" ends the clause (the next clause's figure keeps its own time)."""
    got = facts("Sars also highlighted that South Africa reported an overall yearly surplus for the first time since "
                "2003, when a yearly surplus of R12-billion was recorded.", reporter="South Africa", pub_year=2011)
    assert got[0][:4] == ("R12-billion", "balance", "world", 2003)
    got = facts("Sri Lankan exports to India have increased substantially since 2000 when ISLFTA came into force and "
                "more than 60% of Sri Lanka’s total exports to India over the past few years have used the ISFTA "
                "benefits.", reporter="Sri Lanka", pub_year=2022)
    assert got[0][0] == "more than 60%" and got[0][3] is None


def test_revenue_from_exports_is_exports():
    """measures.csv: 'revenue from export(s)', 'earnings from exports' name exports, not output."""
    assert facts("Ethiopia Earns $3.6 Billion in Revenue from Export", reporter="Ethiopia")[0][:3] == (
        "$3.6 Billion", "exports", "world")


def test_the_list_currency_on_another_page():
    """money_list_currency_after on the Ethiopian Monitor's sentence (no bracketed shares)."""
    got = figs("Agriculture, manufacturing and mining contributed 2.47 billion, 390 million and 668 million US Dollars "
               "respectively to the total earning.", pub_year=2021)
    assert got == [("2.47 billion", "money", 2470000000.0, "USD"), ("390 million", "money", 390000000.0, "USD"),
                   ("668 million US Dollars", "money", 668000000.0, "USD")]


def test_a_share_of_products_to_a_place_is_of_that_place():
    """share_of_flow_to reads 'products', 'goods', 'commodities', 'merchandise' as the flow too."""
    got = facts("Mineral fuels and oils constituted 80.9 percent of exports to North America and 42.6 percent of "
                "products to Europe, while cocoa formed 22.1 percent of all exports to Europe, 7.6 percent of exports "
                "to Asia and 13.1 percent to North America.", reporter="Ghana", pub_year=2023)
    assert [g[2] for g in got] == ["North America", "Europe", "Europe", "Asia", "North America"]


def test_a_trade_desk_is_no_flow():
    """Rule flow_word_office: '<place> trade desk', '... trade officials' name an office, not the place's flow,
    so the place is no reporter."""
    from tradeflows.facts.reporters import DEMONYM_FLOW
    text = "news that U.S. and Chinese trade officials will meet to discuss an August 12 deadline"
    assert DEMONYM_FLOW.match(text, text.index(" trade")) is None
    assert DEMONYM_FLOW.match("Chinese trade fell", len("Chinese")) is not None
    got = [(f.figure, f.reporter, f.partner, f.measure) for f in figures_of_text(
        "Data supplied to the Jamaica Observer by the Caricom trade desk of the Statistical Institute of Jamaica "
        "(Statin) indicate that total imports into the island from these countries were $253.43 billion (US$1.68 "
        "billion at $151=US$1), while exports by Jamaica to these islands totalled $67.81 billion in 2020.",
        fmt="web", pub_year=2021, reporter="Jamaica")]
    assert got[0][:2] == ("$253.43 billion", "Jamaica") and got[-1][:2] == ("$67.81 billion", "Jamaica")


def test_these_nations_after_a_bloc_are_its_members():
    """Rule group_carried, with a count: 'imports from these eleven nations' stands for the group carried."""
    text = ("In 2020, Jamaica's major trading partners in Caricom — Trinidad and Tobago, Suriname, Guyana, Barbados, "
            "Belize, Grenada, Antigua and Barbuda, Saint Lucia, Dominica, Saint Vincent and the Grenadines and "
            "Montserrat — saw slippage in trading, for the most part.\n\n" + K06.split(" Performance")[0])
    from tradeflows.facts.partners_carried import _group_anaphor
    assert _group_anaphor().search("imports from these eleven nations totalled $91 billion")
    assert _group_anaphor().search("exports to those 15 countries") and not _group_anaphor().search("these 2021 figures")
    got = facts(text, reporter="Jamaica")
    assert [g[:3] for g in got] == [("$91 billion", "imports", "CARICOM"), ("$21.28 billion", "exports", "CARICOM")]


def test_a_year_to_come_is_no_year_the_page_looks_back_on():
    """Rule goal_year_no_event: 'intends ... in 2023' names a goal, so an undated page's "December last year"
    is not December of that year (relative_latest reads only years named as times of events)."""
    from tradeflows.ingest.page_year import to_come
    s = ("The country has proven itself Treaty between Mexico, USA and Canada (T-MEC) to accelerate economic growth, "
         "which was 3.1% in 2022, and the government intends to repeat this figure in 2023.")
    assert to_come(s, s.index("2023"), s.index("2023") + 4) and not to_come(s, s.index("2022"), s.index("2022") + 4)
    page = ("However, Inegi in her report recalled that the January deficit was recorded after the surplus $984 million "
            "in December last year.\n\n" + s)
    got = facts(page, reporter="Mexico", pub_year=None)
    assert got[0][:1] + got[0][3:] == ("$984 million", 2022, "2022-12", "2022-12")


def test_a_run_of_item_paragraphs_keeps_the_flow():
    """Rule parallel_paragraph: paragraphs of one shape ('<item> decreased by ...'), each an item, go on with
    the flow of the one before; a paragraph of another shape does not."""
    text = ("Sars also highlighted that South Africa reported an overall yearly surplus for the first time since "
            "2003, when a yearly surplus of R12-billion was recorded.\n\n"
            "Mineral products exports decreased by R908-million, representing a decrease of 6%.\n\n"
            "Precious and semi-precious stones and metals decreased by R1,6-billion – down 10%.\n\n"
            "Base metals and articles thereof decreased by R1,6-billion – down 18%.\n\n"
            "In Durban, the harbour handled R2-billion in the month.")
    got = [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", pub_year=2011, reporter="South Africa")]
    assert got == [("R12-billion", "balance"), ("R908-million", "exports"), ("6%", "exports"), ("R1,6-billion", "exports"), ("10%", "exports"),
                   ("R1,6-billion", "exports"), ("18%", "exports"), ("R2-billion", "other")]


def test_respectively_skips_an_amount_restated_in_brackets():
    """Rule respectively_restated: a bracketed restatement right after a member ('148.6 billion cedis (13.9
    billion dollars)') is no member of the list; each list keeps its order. The Ghana page's sentence (web10
    k04) with its slip '144.1 cedis' written '144.1 billion cedis', as the page meant."""
    got = figs_measures = [(f.figure, f.measure) for f in figures_of_text(
        "On trade balance, the Trade Deficit Report said Ghana’s trade deficit stood at 4.5 billion Ghana cedis "
        "(about 399 million U.S. dollars) , with imports and exports of 148.6 billion cedis (13.9 billion dollars) "
        "and 144.1 billion cedis (12.79 billion dollars) respectively.", fmt="web", pub_year=2023)]
    assert got[2:] == [("148.6 billion cedis", "imports"), ("13.9 billion dollars", "imports"),
                       ("144.1 billion cedis", "exports"), ("12.79 billion dollars", "exports")]
    assert figs_measures[:2] == [("4.5 billion Ghana cedis", "balance"), ("about 399 million U.S. dollars", "balance")]


def test_a_cue_in_a_concession_names_no_figure():
    """Rule concession_before: 'Despite the growing deficit' is a concession; the figure is what the clause
    after it names (exports), as 'due to ...' already was."""
    got = [(f.figure, f.measure) for f in figures_of_text(
        "Despite the growing deficit the total volume of exports in January amounted to 42 thousand 590.6 million "
        "dollars.which is 25.6% more than the same period last year, the agency clarifies based on initial data.",
        fmt="web", pub_year=2023, reporter="Mexico")]
    assert got == [("42 thousand 590.6 million dollars", "exports"), ("25.6% more", "exports")]
    # another page: the clause's own cue still names the figure
    got = [(f.figure, f.measure) for f in figures_of_text(
        "Despite the reduction in March, the trade gap is up 18.5 percent to $163.4 billion so far this year.",
        fmt="web", pub_year=2018, reporter="United States")]
    assert got == [("18.5 percent", "balance"), ("$163.4 billion", "balance")]


def test_and_before_a_flow_after_the_figure_opens_another_clause():
    """'exports increased 1.6% in February and imports remained unchanged': the flow after 'and' is the next
    clause's (the gap of cue_of_after now breaks at 'and'/'or' right before the cue)."""
    got = [(f.figure, f.measure) for f in figures_of_text(
        "On a monthly basis, seasonally adjusted exports increased 1.6% in February and imports remained unchanged, "
        "the Prague-based CZSO revealed on April 6.", fmt="web", pub_year=2020, reporter="Czechia")]
    assert got == [("1.6%", "exports")]


def test_a_rate_restated_in_money_takes_the_money_s_time():
    """growth_to_amount reads 'or <amount> in <time>' as it reads 'to <amount> in <time>': 'fell by 20 per cent or
    $35.26 billion in 2020' is 2020's change, not the year of the level named before it."""
    got = facts("Imports coming from Trinidad and Tobago, Jamaica's main Caricom trading partner, which totalled "
                "$173.15 billion in 2019, fell by 20 per cent or $35.26 billion in 2020, when it was $137.89 billion.",
                reporter="Jamaica")
    assert [(g[0], g[3]) for g in got] == [("$173.15 billion", 2019), ("20 per cent", 2020),
                                           ("$35.26 billion", 2020), ("$137.89 billion", 2020)]
