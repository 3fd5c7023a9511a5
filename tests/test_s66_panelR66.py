"""Session 66 (panelR66): panel precision on pages about one product or one sector (dataset/cues_measure.py
_branch_rule; rows of vocab/en/patterns.csv and vocab/en/not_product_words.txt). Each rule makes a figure one branch's
trade (reason `product`), no nation's total:

- trade_in_product: "trade in <kind of goods>" before the figure in its sentence, no contrast clause between ("trade
  in autos and parts grew to ¥15.67 trillion ... ($17.4 billion) in imports"; not "trade in goods");
- trader_of_product: the reporter ranked as an exporter / importer / supplier "of <kind of goods>", its flow then
  given "with" the amount ("one of the leading world exporters of flowers, with total exports of USD $2,096 million");
- sector_anaphor: a bare "the industry" / "the sector" / "the segment" in the figure's sentence ("Exports totaled ...
  ($519 million) in 2014, and the industry will be ..."; not "Commerce and Industry Minister").

Sentences are from pages outside the development sets found with the `search` tool (corpus "pages"), their address
above them, unless labelled CONSTRUCTED; each marked test fails without its rule (checked on 674d08c5).
"""
from tradeflows.dataset.cues_measure import product_rule
from tradeflows.dataset.series import series_status

from phrasing import one_figure, row


def _row(text: str, figure: str, **kw) -> dict:
    return row(one_figure(text, figure, **kw))


# -- trade_in_product ------------------------------------------------------------------------------------------------
# https://www.taylorfrancis.com/chapters/mono/10.4324/9781315733814-32/international-trade-theodore-feitshans
TAYLOR = ("In real terms, trade in agricultural products has increased from $85 billion in 1995 to in excess of $144 "
          "billion in 2013.\n")
# https://interactive.guim.co.uk/embed/briefing-boxes/gloab-trade-03-08-18/embed.html (odd case: trade in goods)
GUARDIAN = ("Excluding services – the dominant driver for the UK economy – the UK ran a trade in goods deficit of "
            "£137.5bn.\n")
# CONSTRUCTED odd case: a contrast clause sets the total against the product's trade
CONTRAST = "Trade in autos fell by 3%, while total exports rose to $152.9 billion in 2013.\n"


def test_trade_in_a_kind_of_goods_is_a_product():      # fails without trade_in_product
    r = _row(TAYLOR, "$144 billion", exact=False, pub_year=2015)
    assert product_rule(r) == "trade_in_product"
    assert product_rule(_row(TAYLOR, "$85 billion", pub_year=2015)) == "trade_in_product"


def test_trade_in_goods_is_generic():
    assert product_rule(_row(GUARDIAN, "£137.5bn", pub_year=2018)) != "trade_in_product"


def test_trade_in_product_stops_at_a_contrast():
    assert product_rule(_row(CONTRAST, "$152.9 billion", pub_year=2014)) is None


# -- trader_of_product -----------------------------------------------------------------------------------------------
# https://www.textile-fabric.com/?p=4585
TEXTILE = ("Bangladesh became the world’s third largest exporter of ready-made garments in 2019, with its market share "
           "increasing by 2% to 6.8% and export value reaching US$34 billion.\n")
# https://www.just-style.com/news/world-clothing-and-textile-exports-slide-in-q1/
JUSTSTYLE = ("China remained the top exporter of clothing last year with a value of US$152bn, but its share of the "
             "total market was down 4% to 30.8%.\n")
# https://www.wto-ilibrary.org/content/books/9789287043696s009-c001 (odd case: an exporter of no kind of goods)
WTO = ("China was the leading exporter, with total exports of US$ 2.27 trillion and a 14 per cent share of world "
       "exports, followed by the United States (US$ 1.50 trillion, 9 per cent), Germany (US$ 1.33 trillion, 8 per "
       "cent) and Japan (US$ 624 billion, 4 per cent).\n")
# CONSTRUCTED odd case: an exporter of goods is generic
GOODS = "China, the world's largest exporter of goods, with total exports of US$ 2.27 trillion in 2015, led the list.\n"


def test_exporter_of_a_kind_of_goods_with_its_exports():    # fails without trader_of_product
    r = _row(TEXTILE, "US$34 billion", pub_year=2020)
    assert product_rule(r) == "trader_of_product"
    assert series_status(r) == "product"
    assert product_rule(_row(JUSTSTYLE, "US$152bn", pub_year=2020)) == "trader_of_product"


def test_exporter_of_no_kind_of_goods_stays():
    assert product_rule(_row(WTO, "US$ 2.27 trillion", pub_year=2016)) is None
    assert product_rule(_row(GOODS, "US$ 2.27 trillion", pub_year=2016)) is None


# -- sector_anaphor --------------------------------------------------------------------------------------------------
# https://en.vietnamplus.vn/forestry-export-expected-to-hit-record-113-billion-usd-in-2019/165804.vnp
FORESTRY = ("This would be the highest growth rate in the sector’s history, he said, adding that the sector is also "
            "expected to enjoy a trade surplus of approximately 8 billion USD, thus contributing significantly to the "
            "agriculture sector’s overall growth.\n")
# https://www.thehindu.com/business/Industry/union-minister-for-commerce-and-industry-piyush-goyal-press-conference-in-new-delhi/article65286740.ece/amp/
# (odd case: "Industry" in an office's name)
HINDU = ("During a press conference, Union Commerce and Industry Minister Piyush Goyal said India’s goods exports in "
         "2021-22 hit a record $418 billion, over 40% higher than last year and 33% over pre-pandemic levels of "
         "2019-20.\n")
# CONSTRUCTED odd case: the industry ministry as a source
MINISTRY = "Exports rose to $2.5 billion in 2019, the industry ministry said on Monday.\n"
# CONSTRUCTED odd case (no outside sentence found; the phrasing is web2's tuned page's, its words changed): "the
# sector's head" is a ministry's minister, the sector a branch of government
HEAD = "The sector’s head, Ana Ruiz, said that shipments to China reached US$12.5 billion in 2021.\n"
# CONSTRUCTED odd case (no outside sentence found; the phrasing is web5's tuned page's, its speaker changed): a whole
# flow named before the figure, the sector a trade ministry's
OVERALL = ("“Overall, exports are expected to exceed US$50 billion in order to continue consolidating the sector as an "
           "engine of growth in the country,” the minister pointed out.\n")


def test_the_sector_in_the_sentence_is_a_branch():     # fails without sector_anaphor
    assert product_rule(_row(FORESTRY, "approximately 8 billion USD", pub_year=2019)) == "sector_anaphor"


def test_an_office_of_industry_is_no_branch():
    assert product_rule(_row(HINDU, "$418 billion", exact=False, pub_year=2022)) is None
    assert product_rule(_row(MINISTRY, "$2.5 billion", pub_year=2020)) is None
    assert product_rule(_row(HEAD, "US$12.5 billion", pub_year=2022)) is None
    assert product_rule(_row(OVERALL, "US$50 billion", pub_year=2018)) is None
