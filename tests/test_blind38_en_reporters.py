"""Phrasings found by the English reporters-and-partners helper of session 38 on stored trade news pages from
outlets no development set holds, each a rule or a vocabulary row, tested on the page's own sentences."""
from __future__ import annotations

from phrasing import fields, figs


def _rp(text: str, **kw) -> list[tuple]:
    """(figure, reporter, partner) of each figure of a web text."""
    return fields(text, "reporter", "partner", **kw)


def test_places_listed_then_as_many_figures_pair_in_order():
    """Rule paired_places (facts/partners_item.py): in 'The EU and ASEAN followed with 16.1 billion USD and 11.5
    billion USD, increasing by 20.8 and 23.7 percent' the i-th figure of each list is the i-th place's, though no
    'respectively' closes them (haiphongnews.gov.vn, Vietnam's exports in five months of 2021); so in 'followed by
    Singapore and China having 16% and 13% of total imports' (corporatemaldives.com, the Maldives' trade)."""
    text = ("The US remained the biggest export market of Vietnam, spending 37.6 billion USD on imports from the "
            "Southeast Asian country, an year-on-year rise of 49.8 percent. China came second with 20.1 billion USD, "
            "up 26 percent. The EU and ASEAN followed with 16.1 billion USD and 11.5 billion USD, increasing by 20.8 "
            "and 23.7 percent.\n")
    got = {f: p for f, _, p in _rp(text, pub_year=2021, pub_month=6)}
    assert [got[f] for f in ("16.1 billion USD", "11.5 billion USD", "20.8", "23.7 percent")] == [
        "European Union", "ASEAN", "European Union", "ASEAN"]
    text = ("Moreover, the imports of the Maldives is on the rise where most of the products were imported from the "
            "United Arab Emirates accumulating 17% of total imports followed by Singapore and China having 16% and 13% "
            "of total imports.\n")
    got = {f: p for f, _, p in _rp(text, pub_year=2019, title="Exports of the Maldives declined by 37% while the imports rose")}
    assert (got["16%"], got["13%"]) == ("Singapore", "China")
    # (two places after "between" are the two sides of one trade: no pairing)
    got = _rp("Trade between China and Japan rose 5% and 7% in the two years.\n", pub_year=2019)
    assert [p for _, _, p in got] != ["China", "Japan"]


def test_the_place_a_flow_is_of_owns_it():
    """Rule flow_of_subject (facts/subject.py): the title 'Exports of the Maldives declined by 37%
    while the imports rose' names the page's own side after 'Exports of', not a counterpart; its body's 'the imports
    of the Maldives ... followed by Singapore and China' stays the Maldives' trade (corporatemaldives.com); before,
    'of' counted as a counterpart's preposition and Singapore, named once as a subject, took the page."""
    text = ("Exports of the Maldives declined by 37% while the imports rose\n\n"
            "Moreover, the imports of the Maldives is on the rise where most of the products were imported from the "
            "United Arab Emirates accumulating 17% of total imports followed by Singapore and China having 16% and 13% "
            "of total imports.\n")
    got = _rp(text, pub_year=2019)
    assert [r for _, r, _ in got] == ["Maldives"] * 4
    assert got[1] == ("17%", "Maldives", "UAE")


def test_a_total_export_turnover_is_the_worlds():
    """Rule total_flow_turnover (facts/world.py, world_strong): 'Vietnam made total export turnovers of more than
    $33.6 billion in the first two months of this year, up 22.9 percent, with China being the biggest market,
    followed by the United States' is Vietnam's total, not the United States of the sentence before (chinacham.hu,
    Vietnam's exports in January-February 2018)."""
    text = ("China becomes Vietnam’s top export market in first two months of 2018\n\n"
            "Vietnam exported $9.4 billion worth of products to China between January and February, posting a "
            "year-on-year rise of 24.4 percent. In the same period last year, the United States was Vietnam’s biggest "
            "export market with turnovers of 6 billion dollars. Vietnam made total export turnovers of more than $33.6 "
            "billion in the first two months of this year, up 22.9 percent, with China being the biggest market, "
            "followed by the United States, the European Union, the ASEAN (Association of Southeast Asian Nations), "
            "Japan and South Korea.\n")
    got = {f: (r, p) for f, r, p in _rp(text, pub_year=2018, pub_month=3)}
    assert (got["more than $33.6 billion"], got["22.9 percent"]) == (("Vietnam", "world"), ("Vietnam", "world"))
    assert got["$9.4 billion"] == ("Vietnam", "China")


TRADEMARK_KENYA = (
    "Uganda loses top slot as buyer of Kenya’s exports on 35pc fall\n\n"
    "The figures released last week indicate that apart from Uganda and Tanzania, exports to all other top "
    "destinations grew with Pakistan and Egypt also emerging as preferred markets for Kenyan goods.\n"
    "Generally, exports increased in the first quarter of the year, significantly cutting trade deficit as imports "
    "fell over the period.\n"
    "Exports grew to Sh123.92 billion in the three months to March while import dropped over the period to Sh321.5 "
    "billion from Sh355.7 billion the previous year.\n"
    "During the period, China re-emerged as the top source of imports to Kenya after traders significantly cut their "
    "orders from India.\n"
    "Imports from India dropped by 13 per cent to stand at Sh57.09 billion while China grew by 30 per cent from "
    "Sh50.36 billion to Sh65.28 billion by March.\n")


def test_a_country_that_only_changes_after_a_flow_from_another_is_the_next_counterpart():
    """Rule while_counterpart (a limit of reporter rule while_subject): in 'Imports from India dropped by 13 per cent
    to stand at Sh57.09 billion while China grew by 30 per cent from Sh50.36 billion to Sh65.28 billion' China is
    the next origin of Kenya's imports, not a reporter whose counterpart is India (trademarkafrica.com, Kenya's first
    quarter of 2016)."""
    got = {f: (r, p) for f, r, p in _rp(TRADEMARK_KENYA, pub_year=2016, pub_month=5)}
    assert got["30 per cent"] == ("Kenya", "China")
    assert got["Sh57.09 billion"] == ("Kenya", "India")


def test_generally_opens_a_sentence_on_the_totals():
    """Rule generally_total (facts/world.py, world_strong): after a paragraph on Kenya's markets under a title on its
    exports to Uganda, 'Generally, exports increased in the first quarter of the year, ...' and the next sentence's
    'Exports grew to Sh123.92 billion ... while import dropped over the period to Sh321.5 billion' are Kenya's
    totals, not its trade with the title's Uganda (trademarkafrica.com)."""
    got = {f: (r, p) for f, r, p in _rp(TRADEMARK_KENYA, pub_year=2016, pub_month=5)}
    assert [got[f] for f in ("Sh123.92 billion", "Sh321.5 billion", "Sh355.7 billion")] == [("Kenya", "world")] * 3


def test_an_export_import_value_is_the_turnover():
    """Vocabulary row 'export-import value' (vocab/en/measures.csv, beside 'import-export value'): 'Fujian Province
    achieved export-import value of 572.81 billion yuan, up 16.4% year-on-year (YOY)' is the province's trade
    turnover with the world, not its imports (e-to-china.com, Fujian's first half of 2017)."""
    text = ("Fujian Province-Foreign Trade Kept Up in First Half Year\n\n"
            "According to China Customs statistics, in the first half of this year, Fujian Province achieved "
            "export-import value of 572.81 billion yuan, up 16.4% year-on-year (YOY). Therein, export value 346.3 "
            "billion yuan, up 4.9%, and import value 226.51 billion yuan, up 39.8%.\n")
    got = [(f.figure, f.measure, f.partner) for f in figs(text, pub_year=2017, pub_month=8)]
    assert got[:2] == [("572.81 billion yuan", "turnover", "world"), ("16.4%", "turnover", "world")]


def test_a_past_change_then_a_comma_and_to_reach_is_no_goal():
    """Rule changed_to_reach_far (facts/status.py, a change farther off closed by a comma): 'Non-oil exports also
    decreased last September, by about 17.2 percent on an annual basis, to reach 20.7 billion riyals' is a result:
    the amount is actual, of September, and its counterpart the world, not the OPEC+ alliance a goal of the
    sentence before named (namaazone.com, Saudi Arabia's trade in September 2023)."""
    text = ("Saudi petroleum exports declined by 17.1 percent last September, on an annual basis, to reach 83.1 billion "
            "riyals ($22.2 billion), according to what the Saudi General Authority for Statistics announced on "
            "Thursday.\n"
            "This led to a decline in the Kingdom’s total merchandise exports by 17.1 percent in September, reaching "
            "103.8 billion riyals, down from 125.3 billion riyals in the same month last year.\n"
            "The decline in the Kingdom's petroleum exports comes in light of the voluntary oil production reduction that "
            "the Kingdom began within the framework of the OPEC+ alliance, with the aim of maintaining the stability of "
            "global markets.\n"
            "Non-oil exports also decreased last September, by about 17.2 percent on an annual basis, to reach 20.7 "
            "billion riyals.\n")
    got = {f.figure: f for f in figs(text, pub_year=2023, pub_month=11)}
    assert got["83.1 billion riyals"].status == "actual"
    f = got["20.7 billion riyals"]
    assert (f.status, f.partner, f.period_start) == ("actual", "world", "2023-09")


def test_a_continents_demonym_before_nation_is_the_country_of_that_continent():
    """Rule region_anaphor_continent (a part of partner rule region_anaphor; vocab/en/continents.csv): in 'To the
    Netherlands, Kenya exported goods worth Ksh 21 billion, pushing Uganda to the third spot for the first time.
    Kenya exports to the European nation consists mainly cut flowers and have risen from Ksh 19 billion' the European
    nation is the Netherlands, not Uganda, the country named last (businesstoday.co.ke, Kenya's exports in the first
    five months of 2018)."""
    text = ("Kenyan exports to East Africa decline\n\n"
            "In the first five months, according to the KNBS, the country exported to Pakistan goods worth Ksh 27 billion, "
            "up from Ksh 24 billion in a similar period in 2017.\n\n"
            "To the Netherlands, Kenya exported goods worth Ksh 21 billion, pushing Uganda to the third spot for the "
            "first time. Kenya exports to the European nation consists mainly cut flowers and have risen from Ksh 19 "
            "billion during a similar period in 2017, according to KNBS.\n")
    got = {f: (r, p) for f, r, p in _rp(text, pub_year=2018, pub_month=7)}
    assert got["Ksh 19 billion"] == ("Kenya", "Netherlands")


def test_colombias_departments_report_their_own_exports():
    """Vocabulary rows (vocab/en/places.csv): Colombia's departments Risaralda, Antioquia, Valle del Cauca, ... are
    regions of Colombia: 'Though Risaralda only exported 4.1% of the national total' and 'Antioquia, which accounted
    for 18.5% of the nation's exports this quarter' are the departments' own exports (financecolombia.com, Colombia's
    first quarter of 2024); before, both were Colombia's."""
    text = ("Colombian Exports Up 2.5% in First Quarter of 2024\n"
            "In terms of locations, various regions within Colombia realized export growth, with the coffee-producing "
            "department of Risaralda experiencing by far the largest jump.\n"
            "Though Risaralda only exported 4.1% of the national total, it outperformed its first quarter of 2023 "
            "figures by a staggering 69.2%. Antioquia, which accounted for 18.5% of the nation’s exports this quarter, "
            "saw year-over-year growth of with 4.8%.\n")
    got = {f.figure: (f.reporter, f.reporter_iso3, f.partner) for f in figs(text, pub_year=2024, pub_month=5)}
    assert got["4.1%"] == ("Risaralda", "COL", "world")
    assert got["18.5%"] == ("Antioquia", "COL", "world")


def test_a_time_phrase_between_the_subject_and_its_flow_verb():
    """Frame subject_time_verb_to (vocab/en/frames.csv): 'Uganda during the five months imported from Kenya goods worth
    Ksh 21.3 billion' is Uganda's imports from Kenya; before, the time phrase hid the frame and the reporter was the
    'East Africa' of the title 'Kenyan exports to East Africa decline' (businesstoday.co.ke, 2018)."""
    text = ("Kenyan exports to East Africa decline\n\n"
            "Uganda during the five months imported from Kenya goods worth Ksh 21.3 billion , a decline from Ksh 21.9 "
            "billion  in a similar period last year.\n")
    got = [(f.figure, f.measure, f.reporter, f.partner) for f in figs(text, pub_year=2018, pub_month=7)]
    assert got == [("Ksh 21.3 billion", "imports", "Uganda", "Kenya"), ("Ksh 21.9 billion", "imports", "Uganda", "Kenya")]


def test_a_markets_spending_on_imports_from_the_reporter_is_its_exports():
    """Rule foreign_buyer (its spending form, facts/measure.py _SPENDING_ON): 'The US remained the biggest export market
    of Vietnam, spending 37.6 billion USD on imports from the Southeast Asian country, an year-on-year rise of 49.8
    percent' is Vietnam's exports to the US, and so are the next markets' amounts that carry the flow ('China came
    second with 20.1 billion USD'); they were imports (haiphongnews.gov.vn, Vietnam's first five months of 2021)."""
    text = ("Export turnover grows 30.7 percent in five months\n"
            "The US remained the biggest export market of Vietnam, spending 37.6 billion USD on imports from the "
            "Southeast Asian country, an year-on-year rise of 49.8 percent. China came second with 20.1 billion USD, "
            "up 26 percent.\n")
    got = [(f.figure, f.measure, f.reporter, f.partner) for f in figs(text, pub_year=2021, pub_month=6)][1:]
    assert got == [("37.6 billion USD", "exports", "Vietnam", "United States"),
                   ("49.8 percent", "exports", "Vietnam", "United States"),
                   ("20.1 billion USD", "exports", "Vietnam", "China"), ("26 percent", "exports", "Vietnam", "China")]


def test_they_or_the_change_just_told_opens_a_paragraph_on_the_flow_before():
    """Rule change_anaphor (facts/measure_context.py, cue anaphor_measure): 'Imports from Turkey continued to be low,
    after an informal blockade by Saudi Arabia.' then, in a paragraph of its own, 'In June they fell to 5.7 million
    riyals from 21.8 in May' (sweetcrudereports.com, Reuters on Saudi Arabia's trade in June 2021) are imports, and
    '... last January foreign sales reached 3,694 million dollars.' then 'The fall was 2.8 percent compared to the
    same month in 2022' (all4youhitradio.com, Colombia's January 2023) is a change of the exports; both were 'other'."""
    text = ("Imports from Turkey continued to be low, after an informal blockade by Saudi Arabia.\n"
            "In June they fell to 5.7 million riyals from 21.8 in May, and from 712.4 million riyals in June last year.\n")
    got = [(f.figure, f.measure) for f in figs(text, pub_year=2021, pub_month=8, title="Saudi Arabia's June oil exports rise")]
    assert got[0] == ("5.7 million riyals", "imports")
    text = ("Colombia’s exports continue to decline, in a trend that began in December, after two years of growth. "
            "According to Dane, last January foreign sales reached 3,694 million dollars.\n\n"
            "The fall was 2.8 percent compared to the same month in 2022, mainly due to a 4.5 percent decrease in exports "
            "of the fuel group.\n")
    got = {f.figure: f.measure for f in figs(text, pub_year=2023, pub_month=3)}
    assert got["2.8 percent"] == "exports"
