"""Session 47, panelcal2: the next causes of missed panel cells (scripts/panel_cases.py over the tuned pages of every
set): a country's own balance and total named by phrasings the partner sieve read as the weak default_world."""
from __future__ import annotations


def _fields(text: str, **kw) -> list[tuple]:
    from tradeflows.dataset.series import series_status
    from phrasing import figs, row, rule
    return [(f.figure, f.measure, f.reporter, f.partner, f.year, rule(f, "partner"), series_status(row(f)))
            for f in figs(text, **kw) if f.kind == "money"]


# ------------------------------------------------- balance_owned (vocab/en/frames.csv): "experienced", "suffered"

def test_balance_owned_experienced_tuned_sentence():
    """web36 tuned (transparency.gov.au, Austrade): a country that "experienced" a surplus owns it, as one that
    "recorded" or "posted" it does (frame balance_owned): the world by owner_own_flow, strong; default_world had
    kept all three years out of the panel."""
    text = ("Australia—a solid trade performance\n\nIn terms of trade balance, Australia experienced a record high "
            "surplus of $67 billion in 2019, sharply up from the previous two years: $23 billion in 2018 and $9.5 "
            "billion in 2017.")
    assert _fields(text, pub_year=2020, title="Australia—a solid trade performance") == [
        ("$67 billion", "balance", "Australia", "world", 2019, "owner_own_flow", "in"),
        ("$23 billion", "balance", "Australia", "world", 2018, "owner_own_flow", "in"),
        ("$9.5 billion", "balance", "Australia", "world", 2017, "owner_own_flow", "in")]


def test_balance_owned_suffered_with_a_counterpart_is_bilateral():
    """https://www.deseret.com/1994/12/20/19149047/october-trade-gap-hit-10-billion-as-u-s-drew-in-record-imports/
    (no data set's outlet): a balance "suffered" "with Japan" keeps its counterpart; the frame makes no total of it."""
    text = ("October trade gap hit $10 billion\n\nAmerica's trade deficit jumped to $10.14 billion in October as the "
            "country drew in a record level of imports and suffered the worst deficit with Japan in history.")
    got = {g[0]: g for g in _fields(text, pub_year=1994)}
    assert got["$10.14 billion"][1:3] == ("balance", "United States")
    assert got["$10.14 billion"][5] != "owner_own_flow"


# ------------------------------------------------- total_named (facts/world.py _COUNTRY_FLOW): "the nation posted a deficit"

def test_country_posted_balance_tuned_sentence():
    """web8 tuned (ajot.com): "The nation posted a deficit of $11.5 billion last year, from a $34 billion surplus in
    2020": the country's own balance with "the nation" for its name, the world by total_named (strong)."""
    text = ("Mexico’s exports surged to a record of nearly half a trillion dollars last year as the U.S. recovery "
            "boosted demand for cars, chemicals and machinery produced by its southern neighbor.\n\n"
            "Imports grew at an even faster pace as domestic demand rebounded, leading the trade surplus to evaporate. "
            "The nation posted a deficit of $11.5 billion last year, from a $34 billion surplus in 2020.")
    got = {g[0]: g for g in _fields(text, pub_year=2022)}
    assert got["$34 billion"] == ("$34 billion", "balance", "Mexico", "world", 2020, "total_named", "in")
    assert got["$11.5 billion"][1:6] == ("balance", "Mexico", "world", 2021, "total_named")


def test_country_suffered_balance_tuned_sentence():
    """web8 tuned (borneobulletin.com.bn, from The Korea Herald): "the country suffered a trade deficit, and ... the
    previous record deficit of USD20.62 billion logged in 1996" is Korea's own balance of 1996."""
    text = ("South Korea’s exports rose 6.1 per cent in 2022 from a year earlier to reach an all-time high, but it "
            "suffered the largest ever trade deficit on high global energy prices, the industry ministry said "
            "yesterday.\nIt is the first time since 2008 that the country suffered a trade deficit, and the shortfall "
            "is more than double of the previous record deficit of USD20.62 billion logged in 1996.")
    assert _fields(text, pub_year=2023) == [
        ("USD20.62 billion", "balance", "South Korea", "world", 1996, "total_named", "in")]


def test_country_balance_with_a_counterpart_named():
    """A balance "the country ran" "with China" names its counterpart: no total."""
    text = ("Vietnam trade\n\nVietnam's exports grew in 2019. The country ran a trade deficit of $34 billion with "
            "China in 2019.")
    got = _fields(text, pub_year=2020)
    assert [(g[0], g[3]) for g in got] == [("$34 billion", "China")]


# ------------------------------------------------- bare_flow_year (facts/world.py _BARE_FLOW_OPEN): "Total goods and services exports"

def test_bare_flow_goods_and_services_tuned_sentence():
    """web8 tuned (abs.gov.au): a bullet opening on "Total goods and services exports" right after a sentence on the
    year's balance of the reporter is the year's total with the world (bare_flow_year, branch year_before)."""
    text = ("International Trade: Supplementary Information, Calendar Year\n\nKey statistics\n\n"
            "  • Australia's balance on goods and services was a surplus of $155,730m in the 2022 calendar year.\n"
            "  • Total goods and services exports increased $149,786m (29%) to $668,940m.\n")
    got = {g[0]: g for g in _fields(text, pub_year=2023)}
    assert got["$668,940m"] == ("$668,940m", "exports", "Australia", "world", 2022, "bare_flow_year", "in")


# ------------------------------------------------- bilateral_head (facts/partners_carried.py): the page's own pair

def test_bilateral_head_tuned_sentence():
    """web29 tuned (nation.lk): "The total bilateral trade" in a paragraph naming no place, on a page that opens on
    "bilateral trade between Sri Lanka and Bangladesh", is the page's own pair: bilateral_head, strong (as the weak
    bilateral_carried it had stayed out of the panel)."""
    text = ("Talks to enhance bilateral trade between Sri Lanka and Bangladesh opened in Colombo last week. The first "
            "ministerial level talks to take place since the Dhaka round in 2012, focused on co-operation in trade and "
            "industry.\n\nBesides, we have a vast range of complementarities which can be harnessed and transformed into "
            "tangible and mutually beneficial business alliances.\n\nThe total bilateral trade that was at US$ 48 "
            "million in 2010 has grown by more than two fold to US$ 131 million by 2015.")
    assert _fields(text, pub_year=2016) == [
        ("US$ 48 million", "turnover", "Sri Lanka", "Bangladesh", 2010, "bilateral_head", "in"),
        ("US$ 131 million", "turnover", "Sri Lanka", "Bangladesh", 2015, "bilateral_head", "in")]


def test_bilateral_head_other_outlet():
    """https://udaipurkiran.com/india-china-bilateral-trade-has-continued-to-make-steady-growth-in-2019/ (no data
    set's outlet): the title's pair, India and China, for "Bilateral trade ... was 95.7 billion US dollars in 2018"."""
    title = "India China bilateral trade has continued to make steady growth in 2019"
    text = (title + "\n\nHowever in US dollar terms, it has dipped by 3 billion US dollars as compared to 2018 as "
            "overall global trade was moderated in 2019. Bilateral trade is projected to be about 92.68 billion dollars "
            "in 2019 while it was 95.7 billion US dollars in 2018, a record high till now.")
    got = {g[0]: g for g in _fields(text, pub_year=2020, title=title)}
    assert got["95.7 billion US dollars"] == (
        "95.7 billion US dollars", "turnover", "India", "China", 2018, "bilateral_head", "in")
    assert got["about 92.68 billion dollars"][5:] == ("bilateral_head", "target")


def test_bilateral_carried_to_another_pair_stays_weak():
    """"the two countries" carried to a country that is not the counterpart of the page's title and opening (a
    paragraph on Vietnam's exports to South Korea on a Vietnam-Japan page) is no page pair: the weak
    bilateral_carried keeps the guess out of the panel."""
    title = "Vietnam and Japan boost trade ties"
    text = (title + "\n\nVietnam and Japan signed three agreements on Monday.\n\nVietnam also exported $20 billion of "
            "goods to South Korea in 2022, up 5%.\n\nTrade between the two countries reached $85 billion in 2022.")
    got = {g[0]: g for g in _fields(text, pub_year=2023, title=title)}
    assert got["$85 billion"][3:] == ("South Korea", 2022, "bilateral_carried", "low confidence")
