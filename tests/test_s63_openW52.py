"""Session 63 (openW52): rules written on the tuned pages of data/web52 (trade in services: IT/BPO earnings, tourism
and travel receipts, services balances), each for a phrasing.

- services_earnings (facts/measure_cues.py, vocab/en/services_earnings.csv): "tourism revenues", "revenue from
  tourism", "tourist earnings" are the country's services exports, "travel payments" its services imports; scope
  services; not a tax's ("tax revenues from tourism").
- service_before (facts/measure_scope.py): "Total service exports" (the singular), "software exports": scope services.
- residual_pair (facts/partners_residual.py): "the deficit between Canada and all other countries" after a sentence
  naming the United States: the residual group as written.
- world_examples (facts/world.py): places named as examples after buyers abroad named as a whole ("to foreign clients,
  especially to the Middle East and Africa") stand for the world.
- growth_followed_with (figures/percent.py): "hiked by 23.9%, followed by the Asian countries with 18.7%" goes on
  with the change's kind.
- list_item's "with" (vocab/en/patterns.csv partners_item_list_for): "the EU nations with 15.4%" is the EU's.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _fields(text: str, pub_year: int) -> dict:
    """figure -> (kind, value, measure, scope, reporter, partner, year, fact_rules) of a web text."""
    return {f.figure: (f.kind, f.value, f.measure, f.scope, f.reporter, f.partner, f.year, f.fact_rules)
            for f in figures_of_text(text, "page", "web", pub_year=pub_year)}


# -- services_earnings -------------------------------------------------------------------------------------------------
# https://www.parikiaki.com/2011/07/cyprus-tourism-revenue/
PARIKIAKI = ("Revenue from tourism reached 187.1 million euros in May 2011 compared to 164.8 million euros in the "
             "corresponding month of the previous year, recording an increase of 13.6%.")
# https://ft.lk/top-story/trade-deficit-contracts-by-18-to-682-m-in-april/26-311578
FT_LK = ("The Central Bank said tourist earnings are estimated to have increased by 29.2% to $130.1 million in May 2014, "
         "compared to $100.7 million in May 2013.")


def test_revenue_from_tourism_is_services_exports():
    got = _fields(PARIKIAKI, 2011)
    for figure in ("187.1 million euros", "13.6%"):
        kind, _, measure, scope, _, partner, year, rules = got[figure]
        assert (measure, scope, partner, year) == ("exports", "services", "world", 2011)
        assert "measure:services_earnings" in rules and "scope:services_earnings" in rules


def test_tourist_earnings_are_services_exports():
    got = _fields(FT_LK, 2014)
    assert got["$130.1 million"][2:4] == ("exports", "services")
    assert got["29.2%"][:4] == ("growth", 29.2, "exports", "services")


# CONSTRUCTED (no real page found with the phrase and a figure): travel payments are the residents' spending abroad
def test_travel_payments_are_services_imports():
    got = _fields("Travel payments rose 12.4% to $1.2 billion in 2019.", 2020)
    assert got["$1.2 billion"][2:4] == ("imports", "services")


# CONSTRUCTED odd case: a tax on tourism is the state's revenue, no flow
def test_tax_revenues_from_tourism_are_no_exports():
    got = _fields("Tax revenues from tourism rose to $20 million in 2019.", 2020)
    assert got["$20 million"][2] == "other"
    assert "services_earnings" not in got["$20 million"][7]


# -- service_before ----------------------------------------------------------------------------------------------------
# https://www.cso.ie/en/releasesandpublications/er/its/internationaltradeinservices2013/
CSO = "Total service exports increased by €6.8bn from €85.5bn in 2012 to €92.3bn in 2013."


def test_singular_service_exports_are_services():
    got = _fields(CSO, 2014)
    assert got["€92.3bn"][2:4] == ("exports", "services")
    assert got["€92.3bn"][7].endswith("scope:service_before")


def test_plain_exports_get_no_scope():
    # odd case (same page's phrasing, the service word taken out): no scope is read
    got = _fields("Total exports increased by €6.8bn from €85.5bn in 2012 to €92.3bn in 2013.", 2014)
    assert got["€92.3bn"][2:4] == ("exports", None)
    assert "scope:" not in got["€92.3bn"][7]


# -- residual_pair -----------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web52's tuned page cp09 (Statistics Canada's release); the `search` tool (corpus pages:
# "deficit with all other countries", "surplus with all other countries services") found none with the group after a
# named counterpart.
def test_deficit_with_all_other_countries_is_the_group():
    text = ("The services deficit with the United States fell $1.3 billion to $10.9 billion in 2018. The trade in "
            "services deficit between Canada and all other countries edged down to $10.4 billion.")
    got = _fields(text, 2019)
    assert got["$10.4 billion"][5] == "all other countries"
    assert "partner:residual_pair" in got["$10.4 billion"][7]
    assert got["$10.9 billion"][5] == "United States"


def test_all_other_countries_alone_is_the_world():
    # odd case: the group is the only counterpart named: the reporter's trade with the world
    got = _fields("Canada's trade deficit with all other countries edged down to $10.4 billion in 2018.", 2019)
    assert got["$10.4 billion"][5] == "world"


# -- world_examples ----------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web52's tuned page cp02 ("IT companies which provide software solutions to overseas
# clients, especially to the Middle East and the African region performed well with earnings growing by 12 per cent");
# the `search` tool (corpus pages: "overseas clients, especially", "foreign markets, particularly ... grew by") found no
# other page with the phrasing and a figure.
def test_examples_of_foreign_clients_are_the_world():
    text = ("In 2012, Kenyan software firms which sell to foreign clients, especially to the Middle East and Africa, "
            "saw earnings from exports rise by 12 per cent.")
    got = _fields(text, 2013)
    assert got["12 per cent"][4:7] == ("Kenya", "world", 2012)
    assert "partner:world_examples" in got["12 per cent"][7]


def test_a_focus_without_buyers_abroad_keeps_its_place():
    # odd case: "especially to Uganda" after no buyers named as a whole names the counterpart
    got = _fields("In 2012, exports of Kenyan software firms, especially to Uganda, rose by 12 per cent.", 2013)
    assert got["12 per cent"][5] == "Uganda"


# -- growth_followed_with, list_item's "nations with" -------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web52's tuned page cp04 ("tourism income from the Arab Gulf states hiked by 23.9%,
# followed by the Asian countries with 18.7%, the EU nations with 15.4%"); the `search` tool (corpus pages: "followed
# by ... with ... percent" rises) found lists whose items name their own change ("other European countries with a
# 44.5% rise", leathermag.com), none with bare items.
FOLLOWED = ("In January, Jordan's tourism income from Europe increased by 20.1%. While tourism income from the Gulf "
            "states hiked by 23.9%, followed by the Asian countries with 18.7%, the EU nations with 15.4%, and the "
            "United States with 11.7%, the central bank added.")


def test_items_following_a_change_are_changes():
    got = _fields(FOLLOWED, 2020)
    for figure, value, partner in (("18.7%", 18.7, "Asia"), ("15.4%", 15.4, "European Union"),
                                   ("11.7%", 11.7, "United States")):
        assert got[figure][:2] == ("growth", value)
        assert got[figure][5] == partner


def test_a_followed_item_after_a_ranking_stays_a_share():
    # odd case: the percent before "followed by" is in another sentence: the item's percent is a share
    got = _fields("Exports rose by 23.9% in 2019. Germany took the largest share, followed by France with 18.7%.", 2020)
    assert got["18.7%"][0] == "share"


# -- known misses left -------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web52's tuned page cp09: the services word stands 36 characters after the balance's
# cue ("deficit on international transactions in services"), past goods_scope's 30-character window
@pytest.mark.xfail(strict=True, reason="scope read only within 30 characters of the cue")
def test_deficit_on_transactions_in_services():
    got = _fields("Canada's deficit on international transactions in services contracted by $1.8 billion in 2018.",
                  2019)
    assert got["$1.8 billion"][3] == "services"


# CONSTRUCTED on the phrasing of web52's tuned page cp03: sales of start-up companies counted in services exports read
# as two-way trade ("transactions")
@pytest.mark.xfail(strict=True, reason="a one-off sale of companies in a services-exports release is read as turnover")
def test_start_up_sales_are_services_exports():
    text = ("Sale of start-up companies and other one-off transactions generated revenues of $2.75bn in "
            "January-August 2019, 75% more than in the first eight months of 2018.")
    assert _fields(text, 2019)["$2.75bn"][2] == "exports"
