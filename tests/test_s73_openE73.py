"""Session 73, helper openE73: phrasings of the tuned pages of web38 and web54 (trade of ports, zones and companies;
bilateral news), each a rule of the reporter or partner sieves or of the candidates' named filters."""
from __future__ import annotations

from tests.phrasing import owned_facts, rule_item

# CONSTRUCTED after the phrasing of a fortune.com fact-check (web38): searched the "pages" corpus for
# "overall (not just China) trade deficit" and "(not only with" China trade deficit; no other page writes a place
# in a "not just" bracket.
NOT_JUST = ("In 2017, the overall (not just Mexico) Canadian trade deficit for goods and services was $48 billion, "
            "according to Statistics Canada. That is, Canada exported $650 billion worth of goods and services and "
            "imported $698 billion worth.")


def test_a_place_in_a_not_just_bracket_is_no_counterpart():
    """Rule not_just_aside (facts/partners_candidates.py NAMED_FILTERS, facts/carry.py _NOT_CARRIED_BEFORE): the place
    a "(not just ...)" bracket names is a part the total goes beyond; the total is the reporter's with the world, and
    so are the figures of the next sentence (no Mexico carried)."""
    got = owned_facts(NOT_JUST, ("partner",), pub_year=2018)
    assert [g[:4] for g in got] == [("$48 billion", "balance", "Canada", "world"),
                                    ("$650 billion", "exports", "Canada", "world"),
                                    ("$698 billion", "imports", "Canada", "world")]


# fintechfilter.com, "India's Trade Surplus with the US: Growth Fueled by Exports ..." (2025; data/web38
# bn07, a studied page: searched the "pages" corpus for "Meanwhile, globally" trade deficit ... imports increased and
# found only pages giving the totals in the sentence right after the cue); its first eight lines
GLOBALLY = "\n".join((
    'India’s Trade Surplus with the US: Growth Fueled by Exports Despite Tariff Hurdles',
    'India has experienced a significant increase in its trade surplus with the US, despite facing tariff'
    ' challenges from the American administration. According to data released by the commerce ministry, '
    'India’s trade surplus with the United States surged by 16.6% in the financial year ending March '
    '2025, rising to $41.18 billion from the previous year’s $35.32 billion.',
    'Increase in Trade Surplus and Export Growth',
    'The increase in surplus is driven primarily by a boost in Indian goods exports to the US, which rose'
    ' by 11.6%. India’s exports climbed from $77.52 billion in FY24 to $86.51 billion in FY25, with major'
    ' exports including electronic goods, textiles, pharmaceuticals, engineering products, gems and '
    'jewelry, petroleum products, and various agricultural goods.',
    'However, imports from the US also experienced an uptick, albeit at a slower pace, increasing by '
    '7.42% from $42.20 billion to $45.33 billion in the same period. Despite the rise in imports, the '
    'trade surplus still saw substantial growth, highlighting the strength of Indian exports to the '
    'American market.',
    'Impact of Tariff Policies',
    'The trade dynamics have been under pressure with the US administration under President Donald Trump '
    'raising tariffs on Indian goods to 27% on April 2nd. However, this move was temporarily halted when '
    'a 90-day pause on tariff hikes for all countries was announced on April 9th.',
    'Meanwhile, globally, India’s trade deficit soared to $21.54 billion in March from a three-year low '
    'of $14.05 billion in February. The global trade scenario reflects the challenging economic '
    'conditions as merchandise exports for FY25 stood at $437.42 billion, barely exceeding the $437.07 '
    'billion achieved in FY24. Imports, however, increased significantly to $720.24 billion in FY25 from '
    '$678.21 billion in the previous fiscal year.',
    '',
))


def test_a_sentence_on_the_totals_governs_past_one_naming_no_place():
    """Rule prior_world_back (facts/world.py prior_world): a bare flow two sentences after one on the reporter's
    totals ("globally"), the sentence between naming no other place, is the total too, not the head's pair."""
    got = owned_facts(GLOBALLY, ("partner",), pub_year=2025)
    assert got[-2:] == [("$720.24 billion", "imports", "India", "world", "prior_world+prior_world_back"),
                        ("$678.21 billion", "imports", "India", "world", "prior_world+prior_world_back")]


# CONSTRUCTED after the phrasing of laredoedc.org (web54): searched the "pages" corpus for port trade exports share
# "the national average is" percent; no page found sets a nation's figure beside a port's in these words.
NATIONAL = ("Trade at Port Laredo for the first four months of 2023 increased 12.5 percent, according to an analysis of "
            "U.S. government data.\n"
            "Through April, 41.3 percent of that trade at Port Laredo was an export and 58.7 percent was an import. "
            "The national average is 38.2 percent for exports and 61.8 percent for imports for the same 4 months of the "
            "year.")


def test_a_national_figure_beside_a_ports_is_the_countrys():
    """Rule national_figure (facts/reporters_national.py): a figure its sentence calls the nation's ("The national
    average is") after a port's is the page's country's, not the port's carried."""
    got = owned_facts(NATIONAL, ("reporter",), fmt="web", pub_year=2023)
    assert [g[2:] for g in got if g[0] in ("38.2 percent", "61.8 percent")] == [
        ("United States", "world", "national_figure"), ("United States", "world", "national_figure")]
    assert [g[2] for g in got if g[0] in ("41.3 percent", "58.7 percent")] == ["Port Laredo", "Port Laredo"]


def _kinds(text: str, **kw) -> list[tuple]:
    """(figure, kind, value, rule) of every figure of a text."""
    from tradeflows.pipeline import figures_of_text
    return [(f.figure, f.kind, f.value, f.rule) for f in figures_of_text(text, "page", "web", **kw)]


def test_a_contribution_is_a_share():
    """Vocab row contribution,share (vocab/en/cues.csv): a percent whose clause names what a part contributes to its
    whole is a share (rule share_percent), not a change after the clause's change verb (growth_percent_clause);
    ausfoodnews.com.au, 21 July 2008, "Fonterra now responsible for a quarter of NZ export earnings"."""
    got = _kinds("In the latest figures dairying's contribution has risen by more than three percent to a total of 27% "
                 "of New Zealand's export revenues, and Fonterra's contribution alone is 25% - highlighting their "
                 "strength in NZ.", pub_year=2008)
    assert got[-1] == ("25%", "share", 25.0, "share_percent")


def test_the_change_noun_after_a_pair_of_percents_is_both_ones():
    """Rule growth_percent_change_after_pair (figures/percent.py; cue percent_pair_next): "6.07 percent and 6.52
    percent increase" is two increases; mb.com.ph, 16 October 2022, "PEZA investment pledges reach P40-B in 9 months"."""
    got = _kinds("Meanwhile, for the January to August 2022, PEZA also generated a total of $43.166 billion exports and "
                 "created 1,798,152 direct jobs, which are 6.07 percent and 6.52 percent increase respectively as "
                 "compared to the same period last year.", pub_year=2022)
    assert [g for g in got if "percent" in g[0]] == [
        ("6.07 percent", "growth", 6.07, "growth_percent_change_after_pair"),
        ("6.52 percent", "growth", 6.52, "growth_percent_change_after")]


def test_the_peso_code_in_mixed_case():
    """Vocab rows Php and PhP (vocab/en/currencies.csv): the Philippine peso's code as PEZA writes it; peza.gov.ph,
    4 March 2023, "PEZA at 28th: Sets higher investment records ..."."""
    from tradeflows.pipeline import figures_of_text
    got = [(f.figure, f.value, f.currency) for f in figures_of_text(
        "Just last 23 February, the PEZA Board has approved a total of 12 new and expansion projects expected to bring "
        "in a total of PhP 3.80 Billion of investments. This records an increase of 112% as compared to the PhP 1.792 "
        "Billion approved in the same period last year.", "page", "web", pub_year=2023) if f.kind == "money"]
    assert got == [("PhP 3.80 Billion", 3.8e9, "PHP"), ("PhP 1.792 Billion", 1.792e9, "PHP")]
