"""Session 56, helper openW45 (web45 opened: pages ranking a country's trading partners). Rules residual_item
(facts/partners_residual.py: "other countries", "the rest of the world", "Other Economies" as a ranking's item),
pair_item (facts/partners_pair.py: two places joined by "and" owning one figure), dash_aside (facts/asides.py: a place
inside a dash-set aside is not the figure's), the singular currency names after an amount (vocab/en/currencies.csv:
"86.7 billion dirham") and a clock time between a byline's label and its date (ingest/dates.py). Real sentences of
pages outside the development sets, their addresses in the comments."""
from __future__ import annotations

from phrasing import one_figure, rule
from tradeflows.facts.asides import in_dash_aside
from tradeflows.ingest.dates import publication_date

# --- rule residual_item -------------------------------------------------------------------------------------------

# https://africa.businessinsider.com/local/markets/over-30-of-exports-from-ghana-went-to-china-and-other-far-east-nations/5cwf1xe
GHANA_H1 = ("Data from the Bank of Ghana (BoG) revealed that the Far East accounted for 36.1% of the total exports from "
            "Ghana in the first half of the year. The report showed that this was followed by other economies with 17% "
            "and other European countries with 16.1%.")
# https://cedidollar.com/?p=27281 (Ghana's exports at the end of September 2020)
GHANA_Q3 = ("It was followed by the Far East including China and Japan which accounted for 20.1% percent of exports from "
            "Ghana. The Rest of Africa with 15.7%, the European Union with 12.3%, Other Economies (10.6%), ECOWAS (9.0%), "
            "and North America (1.2%) followed suit respectively.")


def test_a_residual_group_with_its_share_in_a_ranking_is_the_partner():
    f = one_figure(GHANA_H1, "17%")
    assert (f.value, f.measure, f.reporter, f.partner, f.partner_iso3) == (17.0, "exports", "Ghana", "other economies", None)
    assert rule(f, "partner") == "residual_item"


def test_a_residual_group_with_its_share_in_brackets():
    f = one_figure(GHANA_Q3, "10.6%")
    assert (f.value, f.partner, rule(f, "partner")) == (10.6, "Other Economies", "residual_item")
    # the items around it keep their own places
    assert one_figure(GHANA_Q3, "9.0%").partner == "ECOWAS"


def test_a_group_with_a_place_in_it_is_no_residual_item():
    """'other European countries' names Europe: the gold writes such a group by its place (Africa for 'other African
    countries' on the tuned pages), and this rule reads only a group that names none."""
    f = one_figure(GHANA_H1, "16.1%")
    assert rule(f, "partner") != "residual_item"


def test_a_residual_group_alone_in_its_sentence_is_left_to_the_world_rules():
    """https://www.uschina.org/reports/us-exports/national: the sentence names no other counterpart, so the group is
    the reporter's trade with the world, not an item of a ranking."""
    text = ("In 2014, US services exports to China totaled $42 billion, making China the United States' fourth-largest "
            "services export market. From 2006 to 2014, US services exports to China increased more than 300 percent. "
            "Services exports to the rest of the world increased 91 percent.")
    f = one_figure(text, "91 percent")
    assert (f.value, f.partner, rule(f, "partner")) == (91.0, "world", "world_cue")


def test_a_place_between_the_group_and_the_figure_blocks_the_rule():
    """http://en.people.cn/n3/2022/0304/c90000-9966229.html: 'Other countries from the European Union' is the EU's
    members, the place after the group stands before the figure."""
    f = one_figure("Other countries from the European Union (EU) imported German goods worth 61.4 billion euros in "
                   "January, 9.6 percent more than in the previous month.", "61.4 billion euros")
    assert rule(f, "partner") != "residual_item"


# --- rule pair_item -----------------------------------------------------------------------------------------------

def test_a_pair_with_respectively_is_read_item_by_item():
    """https://en.trend.az/world/other/1060996.html: 'respectively' gives each place its own figure (rule respectively,
    tried before pair_item)."""
    text = ("According to statistics on Saudi foreign trade, exports to the UAE reached more than 11 billion riyals last "
            "year. Kuwait comes second with 4.7 billion riyals. Egypt and Jordan are third and fourth with 4.4 billion "
            "and 2.4 billion Saudi riyals, respectively.")
    f = one_figure(text, "4.4 billion")
    assert (f.value, f.currency, f.partner_iso3, rule(f, "partner")) == (4.4e9, "SAR", "EGY", "respectively")


def test_a_list_of_four_with_each_is_no_pair():
    """https://www.photius.com/countries/japan/economy/japan_economy_trade_and_investment~411.html: four places, not
    two, before 'about 6 percent each'."""
    text = ("The largest single destination of Japanese exports was the United States, which accounted for an "
            "extraordinary 31.5 percent of all exports. West Germany, Britain, the Republic of Korea (South Korea), and "
            "Taiwan were the next largest markets, at the much lower level of about 6 percent each in 1990.")
    f = one_figure(text, "about 6 percent")
    assert rule(f, "partner") != "pair_item"


# --- rule dash_aside ----------------------------------------------------------------------------------------------

# https://www.tiendagourmet.co/germany-exports-rebound-in-april
DESTATIS = ("Sales to Russia fell 10% to 0.8 billion euros, after falling more than 60% in March, while imports – "
            "including fossil fuels – fell 16.4% to 3.7 billion euros, specifies Destatis.")


def test_words_between_a_pair_of_dashes_are_an_aside():
    i = DESTATIS.index("fossil")
    assert in_dash_aside(DESTATIS, i, i + len("fossil"), 0, DESTATIS.index("16.4%"))


def test_words_before_the_first_dash_or_an_aside_closing_after_the_figure_are_not():
    i = DESTATIS.index("Russia")
    assert not in_dash_aside(DESTATIS, i, i + len("Russia"), 0, DESTATIS.index("16.4%"))
    j = DESTATIS.index("fossil")
    # (the aside must close before the figure: with the figure inside it, no closing dash is read)
    assert not in_dash_aside(DESTATIS, j, j + len("fossil"), 0, j + len("fossil") + 2)


# --- the singular currency name after an amount -------------------------------------------------------------------

def test_a_singular_dirham_after_a_scaled_amount():
    """https://www.gktoday.in/current-affairs/india-is-dubais-second-biggest-trade-partner/"""
    f = one_figure("As per a statement of Dubai government, Dubai had a trade volume of 86.7 billion dirham with China "
                   "in H1 (first half) of 2021.", "86.7 billion dirham")
    assert (f.value, f.currency, f.measure, f.partner_iso3) == (86.7e9, "AED", "turnover", "CHN")


def test_a_singular_riyal_is_read_by_the_page_of_its_country():
    """https://en.trend.az/world/other/1060996.html: 'riyals' and 'riyal' read alike (Saudi Arabia's by default)."""
    f = one_figure("He said the value of Saudi exports to Iraq stood at more than 3.2 billion riyal last year.",
                   "more than 3.2 billion riyal")
    assert (f.value, f.currency) == (3.2e9, "SAR")


# --- a clock time between a byline's label and its date -----------------------------------------------------------

def test_a_clock_after_the_date_still_reads_the_date():
    """http://www.swissinfo.ch/eng/civil-unrest_swiss-watch-sales-plummet-in-hong-kong/45378182: the clock after."""
    head = "This content was published on November 19, 2019 11:19 AM\n\nExports of Swiss watches to Hong Kong fell."
    assert publication_date(head)[0] == "2019-11-19"


# --- rule unit_price_own_scale --------------------------------------------------------------------------------------

# https://presstv.ir/Detail/2015/05/02/409117/iraq-oil-exports-opec-saudi-market-brent-WTI-market
IRAQ = ("Iraq exported a total of 92.8 million barrels over the 30 days of March and brought in 4.8 billion US dollars "
        "in revenue, with an average selling price of 51.7 dollars per barrel, Xinhua news agency reported.")


def test_a_price_per_unit_keeps_its_own_size():
    """The amount per barrel takes no 'billion' from the revenue beside it (it took 51.7 billion before)."""
    f = one_figure(IRAQ, "51.7 dollars")
    assert (f.value, f.currency, f.measure, rule(f, "measure")) == (51.7, "USD", "other", "per_unit_price")
    assert "money_shared_scale" not in f.rule


def test_an_amount_with_no_unit_after_it_still_shares_the_scale():
    """https://www.nbr.co.nz (cited by money_shared_scale): '$639 for the 12 months' beside '$276 million'."""
    f = one_figure("A surplus of $276 million for the month and $639 for the 12 months.", "$639")
    assert (f.value, f.rule.endswith("money_shared_scale")) == (639e6, True)
