"""Session 47, panelcal3: the next causes of missed panel cells (scripts/panel_cases.py over the tuned pages of every
set, round 3)."""
from __future__ import annotations


def _fields(text: str, **kw) -> list[tuple]:
    from tradeflows.dataset.series import series_status
    from phrasing import figs, row, rule
    return [(f.figure, f.measure, f.reporter, f.partner, f.year, rule(f, "partner"), series_status(row(f)))
            for f in figs(text, **kw) if f.kind == "money"]


def _years(text: str, **kw) -> dict:
    from phrasing import figs
    return {f.figure: f.year for f in figs(text, **kw) if f.kind == "money"}


# ------------------------------------------------- period_adjacent.adjacent_gap(): "the $X deficit seen in 2018"

def test_balance_noun_seen_in_year_is_its_own_year():
    """web23 tuned (mexicobusiness.news): the amount compared with carries its own year after its noun and "seen in"
    ("the US$13.61 billion deficit seen in 2018"), as after "recorded in"; the year of the first amount's clause (2019)
    is not its own."""
    text = ("Mexico trade surplus\n\nThe US$5.82 billion trade surplus recorded in 2019 was a dramatic improvement on "
            "the US$13.61 billion deficit seen in 2018 and was driven by the increase in exports of manufactured goods "
            "(up 3.4 percent) and non-oil exports (up 4.7 percent) to the US.")
    assert _years(text, pub_year=2020) == {"US$5.82 billion": 2019, "US$13.61 billion": 2018}


def test_balance_noun_set_in_year():
    """The same gap with "set": "below the $419.4 billion shortfall set in 2018" is 2018's."""
    text = ("US trade\n\nThe deficit with China fell to $345.6 billion in 2019, below the $419.4 billion shortfall set "
            "in 2018.")
    assert _years(text, pub_year=2020) == {"$345.6 billion": 2019, "below the $419.4 billion": 2018}


# ------------------------------------------------- measure sentence_figure: a carry within the sentence, as sure as its source

_ABS = ("International Trade: Supplementary Information, Calendar Year\n\nReference period\n2022\n\nKey statistics\n\n"
        "  • Australia's balance on goods and services was a surplus of $155,730m in the 2022 calendar year.\n\n"
        "Total exports\n\nTotal exports increased 29% in the 2022 calendar year, driven by commodity prices remaining "
        "elevated.\n\nThe top 5 exporting partners for Australia are:\n\n"
        "  1. China, down $4,332m (-2%) to $184,721m\n  2. Japan, up $54,648m (84%) to $119,733m\n"
        "  3. Korea, Republic of (South), up $16,022m (42%) to $53,875m\n  4. India, up $10,270m (42%) to $34,847m\n"
        "  5. United States of America, up $6,644m (28%) to $30,690m\n\n"
        "These five countries make up 63% of Australia’s total international trade in exports.\n")


def _measure_rules(text: str, **kw) -> dict:
    from tradeflows.dataset.series import series_status
    from phrasing import figs, row, rule
    return {f.figure: (f.measure, f.partner, rule(f, "measure"), series_status(row(f)))
            for f in figs(text, **kw) if f.kind == "money"}


def test_sentence_figure_after_list_intro_tuned_sentence():
    """web8 tuned (abs.gov.au): the level after a change in a list item takes the item's measure, which the list's
    opening line decided (list_intro): as sure as that, a strong rule (sentence_figure), where the weak `carried`
    had kept China's and the United States' 2022 exports out of the panel."""
    got = _measure_rules(_ABS, pub_year=2023, title="International Trade: Supplementary Information, Calendar Year")
    assert got["$4,332m"][:3] == ("exports", "China", "list_intro")
    assert got["$184,721m"] == ("exports", "China", "sentence_figure", "in")
    assert got["$30,690m"] == ("exports", "United States", "sentence_figure", "in")


def test_sentence_figure_after_a_weak_source_stays_carried():
    """web tuned (dailysabah.com): a ranking sentence whose first amount took its flow from an earlier sentence
    (previous_sentence, weak) hands the later items a carry just as weak: `carried`, out of the panel."""
    text = ("Türkiye’s exports to two major markets increased to record levels in 2022.\n\n"
            "Exports to the U.S. reached a record level of $14.3 billion last year, meanwhile, sales to Germany "
            "increased by 6.9% in 2022 compared to the previous year and reached $18.9 billion.\n\n"
            "While Germany is the most important trade partner of Türkiye, which maintains its records in exports, "
            "Germany is among the countries with the highest number of foreign companies in the country.\n\n"
            "Germany was followed by the U.S. with $14.3 billion, a historical peak, the United Kingdom with $12.2 "
            "billion, Italy with $11.2 billion and Iraq with $10.4 billion.")
    got = _measure_rules(text, pub_year=2023)
    assert got["$12.2 billion"][2] == "carried"
    assert got["$12.2 billion"][3] == "low confidence"


# ------------------------------------------------- bare_flow_year, branch year_before_chain (facts/world.py _year_before)

def test_bare_flow_chain_of_bullets_tuned_sentence():
    """web8 tuned (abs.gov.au): the import bullet after the export bullet after the year's balance: a run of bare-flow
    sentences with no time of their own goes on with the year of the sentence that opens it (bare_flow_year, strong);
    the year check had read only the one sentence before, so the imports stayed the weak default_world."""
    got = {g[0]: g for g in _fields(_ABS_KEY, pub_year=2023, title=_ABS_TITLE)}
    assert got["$668,940m"] == ("$668,940m", "exports", "Australia", "world", 2022, "bare_flow_year", "in")
    assert got["$513,210m"] == ("$513,210m", "imports", "Australia", "world", 2022, "bare_flow_year", "in")


def test_bare_flow_chain_stops_at_a_part_of_a_year():
    """A bullet of the chain that names a month is no full year's: the chain gives it no world by bare_flow_year (and the
    bullet after it is cut off from the year too)."""
    text = _ABS_KEY.replace("  • Total goods and services imports increased",
                            "  • Total goods and services exports in December rose $1,200m to $60,100m.\n"
                            "  • Total goods and services imports increased")
    got = {g[0]: g for g in _fields(text, pub_year=2023, title=_ABS_TITLE)}
    assert got["$60,100m"][5] != "bare_flow_year"
    assert got["$513,210m"][5] != "bare_flow_year"


_ABS_TITLE = "International Trade: Supplementary Information, Calendar Year"
_ABS_KEY = (_ABS_TITLE + "\n\nKey statistics\n\n"
            "  • Australia's balance on goods and services was a surplus of $155,730m in the 2022 calendar year.\n"
            "  • Total goods and services exports increased $149,786m (29%) to $668,940m.\n"
            "  • Total goods and services imports increased $127,754m (33%) to $513,210m.\n")
