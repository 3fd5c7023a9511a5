"""Session 62, partnerE62: partner rules read from the wrong partners of matched figures on the tuned pages of the
English web sets (the aside third of the sets, by SHA-256 of the set name, not read).

- bilateral_in_force (facts/partners_carried.py carried, facts/relate.py _ANAPHOR_RULES): a counterpart read from
  "bilateral trade" / "the two countries" (rules bilateral_carried, bilateral_head) stays in force for the paragraph's
  next sentences, as an anaphor's does: "Indian exports amounted to US$ 4.11 billion, and imports stood at US$ 3.04
  billion" after "bilateral trade ... stood at US$ 7.15 billion" are the pair's parts, not the owner's totals;
- indicator_no_counterpart (facts/world.py indicator_none, after gdp_no_counterpart in the sieve; rows indicator_before
  and indicator_after of vocab/en/patterns.csv): a figure (measure other) of the economy's own indicators (a currency's
  rate, consumer or producer prices, inflation, the budget, wages, debt) has no counterpart;
- cued_list_not_carried (facts/carry.py _cued_places): a not-carried cue before a list's first place ("outpacing Italy
  and Belgium": a rival) governs the places the list joins to it, so none is carried to the sentences after.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int = 2024) -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=pub_year)}


def _partner_rule(f) -> str:
    return next(r.split(":", 1)[1] for r in f.fact_rules.split(";") if r.startswith("partner:"))


# -- indicator_no_counterpart ------------------------------------------------------------------------------------------

# https://odishabytes.com/?p=570047 (the rupee against the yuan, after a paragraph on US tariffs on Indian exports)
ODISHA = ("The Indian rupee has also dropped nearly 6% against the Chinese yuan over the past four months. On Friday, it "
          "fell to 12.3307 against the offshore yuan, extending its weekly decline to 1.2% and the monthly drop to 1.6%. "
          "Economists say this trend reflects the different ways US tariffs are affecting India and China, Reuters has "
          "reported.\n")


def test_a_currency_against_another_has_no_counterpart():
    # without the rule: China (sentence: "the Chinese yuan")
    f = _figs(ODISHA, 2025)["nearly 6%"]
    assert (f.measure, f.reporter, f.partner, f.partner_iso3) == ("other", "India", None, None)
    assert _partner_rule(f) == "indicator_no_counterpart"


def test_a_currency_rate_in_the_clause_before_has_no_counterpart():
    # without the rule: China (previous_counterpart)
    got = _figs(ODISHA, 2025)
    assert [(got[k].partner, _partner_rule(got[k])) for k in ("1.2%", "1.6%")] == \
        [(None, "indicator_no_counterpart")] * 2


# https://www.livemint.com/Money/8aBb1tdbsnxWkVBL1I7TZO/Rupee-opens-marginally-lower-against-dollar.html
LIVEMINT = ("Mumbai: The Indian rupee on Tuesday weakened marginally against the US dollar, tracking mixed Asian cues. At "
            "9.15am, the rupee was trading at 73.89 a dollar, down 0.1% from its Monday’s close of 73.82. The currency "
            "opened at 73.77 a dollar.\n\nTrade deficit for September stood at $13.98 billion from $17.39 billion in "
            "August. Exports came in at $27.95 billion, down 2.15% from a year ago, while imports rose 10.45% to $41.9 "
            "billion, lowest in five months.\n")


def test_flows_after_a_currency_paragraph_keep_the_world():
    # odd case: the rule reads measure other only; the flows of the next paragraph are the reporter's totals
    got = _figs(LIVEMINT, 2018)
    assert [(k, got[k].measure, got[k].partner) for k in ("$13.98 billion", "$27.95 billion", "10.45%")] == \
        [("$13.98 billion", "balance", "world"), ("$27.95 billion", "exports", "world"), ("10.45%", "imports", "world")]


@pytest.mark.xfail(strict=True, reason="'trading at 73.89 a dollar, down 0.1%': a rate written 'a dollar', not 'against "
                                       "the dollar', is not read as a currency's rate (Asia is carried from 'Asian cues')")
def test_a_rate_per_dollar_has_no_counterpart():
    assert _figs(LIVEMINT, 2018)["0.1%"].partner is None


# -- bilateral_in_force ------------------------------------------------------------------------------------------------

# CONSTRUCTED on the phrasing of a tuned page of data/web36 (a country profile whose sections are headed "India –
# <country>"): no page outside the development sets with "bilateral trade ... stood at X. <Demonym> exports amounted
# to Y" under such a heading was found with the `search` tool (queries "bilateral trade stood at billion. exports
# amounted to billion, and imports stood at", "total bilateral trade between the two countries stood at million, of
# which exports", "Bilateral trade last year amounted to $ million. Kazakh exports totalled", and others); the pages
# found name the counterpart again in the flows' own sentence
SECTIONS = ("Trade partners in Africa\n\nIndia – Kenya\n\nIndia and Kenya have close ties, and Kenyan tea is sold across "
            "India.\n\nIndia – Rwanda\n\nIndia and Rwanda's ties grew after the Prime Minister's visit to Kigali in 2018."
            "\n\nDuring 2022, bilateral trade stood at US$ 310 million. Indian exports amounted to US$ 250 million, and "
            "imports stood at US$ 60 million.\n")


def test_flows_after_bilateral_trade_are_the_pairs_parts():
    # without the rule: world (owner_own_flow) for both flows
    got = _figs(SECTIONS, 2023)
    assert [(k, got[k].measure, got[k].reporter, got[k].partner, _partner_rule(got[k]))
            for k in ("US$ 310 million", "US$ 250 million", "US$ 60 million")] == [
        ("US$ 310 million", "turnover", "India", "Rwanda", "bilateral_carried"),
        ("US$ 250 million", "exports", "India", "Rwanda", "bilateral_in_force"),
        ("US$ 60 million", "imports", "India", "Rwanda", "bilateral_in_force")]


def test_a_total_after_bilateral_trade_stays_the_world():
    # odd case (CONSTRUCTED as above): "total exports" is the reporter's whole trade (world_cue, read before carried)
    text = SECTIONS.replace("Indian exports amounted to US$ 250 million, and imports stood at US$ 60 million.",
                            "Separately, India's total exports amounted to US$ 450 billion, the ministry said.")
    f = _figs(text, 2023)["US$ 450 billion"]
    assert (f.measure, f.partner) == ("exports", "world")


# https://menafn.com/1106993905/Kazakhstan-China-Eye-Boosting-Bilateral-Trade-By-2030 (labels only: the pair is the
# page's head's, decided alike before; a clause with its own "bilateral" cue keeps its rule's name)
MENAFN = ("ASTANA, Kazakhstan, September 1. The trade turnover between Kazakhstan and China reached a record high last "
          "year, Trend reports.\n\nThe issue was discussed at the meeting between Kazakhstan's Prime Minister Alikhan "
          "Smailov and Chinese Ambassador to the country Zhang Xiao.\n\nThus, last year, the bilateral trade turnover "
          "increased by 34 percent and reached a record figure of $24 billion. Over the first half of 2023, the same index "
          "has already grown by 20 percent and amounted to $13.6 billion. At the same time, work continues to bring the "
          "volume of bilateral trade to $35 billion by 2030.\n")


def test_the_bilateral_cue_of_a_clause_keeps_its_rule():
    got = _figs(MENAFN, 2023)
    assert [(k, got[k].partner, _partner_rule(got[k])) for k in ("$24 billion", "$13.6 billion", "$35 billion")] == [
        ("$24 billion", "China", "bilateral_head"), ("$13.6 billion", "China", "bilateral_in_force"),
        ("$35 billion", "China", "bilateral_head")]


# -- cued_list_not_carried ---------------------------------------------------------------------------------------------

# CONSTRUCTED on the phrasing of a tuned page of data/web46 ("Korea was the seventh largest exporter last year,
# outpacing Italy and Belgium"): no page outside the development sets with a rival verb before a list of two places and
# an own total after was found with the `search` tool (queries "overtaking Italy and France to become the world's
# largest exporter", "surpassing Japan and exporter exports grew percent", "became the world's fifth largest exporter,
# surpassing France and Italy"); the pages found name one rival only
RIVALS = ("Korea was the seventh largest exporter last year, overtaking Italy and Belgium. The nation's exports rose 28.6 "
          "percent to $467.4 billion, the ministry said.\n")


def test_rivals_in_a_list_are_not_carried():
    # without the rule: Belgium (carried: the rival cue read before Italy only)
    got = _figs(RIVALS)
    assert [(k, got[k].measure, got[k].reporter, got[k].partner) for k in ("28.6 percent", "$467.4 billion")] == [
        ("28.6 percent", "exports", "South Korea", "world"), ("$467.4 billion", "exports", "South Korea", "world")]


def test_a_place_after_a_clause_break_is_still_carried():
    # odd case (CONSTRUCTED as above): "while its shipments to Belgium" is no list with the rival, Belgium stays in force
    got = _figs("Korea was the seventh largest exporter last year, overtaking Italy, while its shipments to Belgium rose "
                "9 percent. Exports of chips there rose 28.6 percent, the ministry said.\n")
    assert [(k, got[k].partner) for k in ("9 percent", "28.6 percent")] == [("9 percent", "Belgium"),
                                                                          ("28.6 percent", "Belgium")]
