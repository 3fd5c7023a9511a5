"""Session 50, helper figH: a levy's rate is no trade figure (rule levy_rate, figures/extract.py,
vocab/en/levy_words.csv). Tariff percents read as shares or growth on tuned pages of web8, web16 and web38
(six of six such percents false positives); tested here on sentences of pages no set holds."""
from tradeflows.pipeline import figures_of_text


def _figs(text):
    return [(f.figure, f.kind, f.value, f.currency) for f in figures_of_text(text, "t.txt", fmt="web", relate=False)]


def test_percent_before_tariff_noun():
    # https://justrightnews.com/?p=200
    s = "Canada imposed 25% tariffs on $30 billion worth of U.S. goods, with plans for additional tariffs."
    assert _figs(s) == [("$30 billion", "money", 30_000_000_000, "USD")]


def test_percent_before_tariff_noun_no_other_figure():
    # https://newdailycompass.com/en/trump-uses-tariffs-to-reduce-trade-deficit-promoting-exports-was-better
    s = ("Given that the largest bilateral deficit for many years has been with China, the US imposed 34% tariffs on "
         "Chinese goods, on top of existing tariffs.")
    assert _figs(s) == []


def test_adjective_between_percent_and_tariff():
    # https://online.flippingbook.com/view/716575330/4
    s = "On April 2, the Trump Administration announced a minimum 10% global tariff rate."
    assert _figs(s) == []


def test_tariff_of_percent_after_the_noun():
    # the levy first, its rate after "of"/"to" (data/web38 tuned page bn09's phrasing, checked here on its own words)
    s = "China has imposed tariffs on Australian barley of 80%, effectively eliminating Australia's competitiveness."
    assert _figs(s) == []


def test_other_word_between_keeps_the_percent():
    # "while" is no levy adjective: the rise stays growth
    assert _figs("Exports rose 5% while tariffs on steel stayed.") == [("5%", "growth", 5, None)]


def test_comma_after_levy_keeps_the_share():
    assert _figs("Exports to the US, which faces tariffs, rose to 27% of the total.") == [("27%", "share", 27, None)]


def test_duty_free_is_no_levy():
    assert _figs("The deal gives duty-free access to 97% of the exports.")[0][:3] == ("97%", "share", 97)


# --- rule sentence_mark (figures/currencies.py): a bare "$" after a lettered dollar mark of its own sentence ---------
from tradeflows.figures.currencies import sentence_mark  # noqa: E402


def _mark(s):
    return sentence_mark(s, 0, s.rindex("$"))


def test_sentence_mark_reads_the_mark_before():
    # data/web38 tuned page bn02 (canadiannewstoday.com): a Canadian page, the imports in US dollars (gold USD)
    s = ("The U.S. Census Bureau estimates that in the first three quarters of the year, the U.S. exported "
         "US$263.5 billion worth of goods to Canada, and imported $309.3 billion.")
    assert _mark(s) == "USD"


def test_sentence_mark_abstains_in_a_conversion_bracket():
    # https://nzherald.co.nz/business/tasman-trade-goes-deeper-in-red/7HDVV6JZUWBOPAZIF3J6JDPTT4: the bracket restates
    # the Australian amount in New Zealand dollars
    assert _mark("New Zealand's trade deficit with Australia ballooned by 25 per cent last year, nudging a new high "
                 "water mark of A$3 billion ($3.5 billion).") is None
    # http://texglobe.com/content/2009-11/2009112735270.html: ... and in US dollars
    assert _mark("Hong Kong's exports in October fell 13.1 percent year-on-year to HK$240.8 billion ($31.1 billion), "
                 "compared with a decline of 8.6 percent in September") is None


def test_sentence_mark_abstains_after_a_closed_bracket():
    # the mark inside a bracket restates an amount; a bare "$" after it is the page's own (data/web10 tuned page k06's
    # phrasing, gold JMD)
    assert _mark("imports from these islands were J$90 billion (US$1), while exports totalled $67.81 billion") is None


def test_sentence_mark_over_the_page_country():
    text = ("Canada and the United States trade more than any other pair. Canada sells energy to the south, and "
            "Canada buys cars. The U.S. Census Bureau estimates that in the first three quarters of the year, the U.S. "
            "exported US$263.5 billion worth of goods to Canada, and imported $309.3 billion.")
    got = {f.figure: (f.currency, f.rule) for f in figures_of_text(text, "t.txt", fmt="web", relate=False)}
    assert got["$309.3 billion"] == ("USD", "money_symbol_before:sentence_mark")


# --- rule tied_dollar_country (figures/currencies.py) ------------------------------------------------------------
def test_tied_dollar_country():
    # https://ebook-hunter.org/australia-and-china-at-40-by-reilly-jamesyuan-jingdong_64e71bff52f90e5d913c0f09 (a book
    # of an Australian press): Australia and China named as often, no US-dollar country, no "US$": the Australian dollar
    text = ("The Chinese steel industry has depended on recurring imports of Australian iron ore. China was Australia's "
            "largest market for iron ore, accounting for 72.4 per cent or $21.7 billion in 2009 (and has been number "
            "one since 2004).")
    got = {f.figure: (f.currency, f.rule) for f in figures_of_text(text, "t.txt", fmt="web", relate=False)}
    assert got["$21.7 billion"] == ("AUD", "money_symbol_before:tied_dollar_country")


def test_tied_dollar_country_not_where_the_page_marks_the_us_dollar():
    # http://sg.news.yahoo.com/australia-china-trade-breaks-100bn-mark-064749082.html writes "$US" once: the rule keeps out
    text = ("Australia's two-way trade with China topped Aus$100 billion ($US105.64 billion) for the first time last "
            "year. Total trade with China, Australia's top partner, grew 23.6 percent in 2010 to $105.3 billion.")
    got = {f.figure: f.rule for f in figures_of_text(text, "t.txt", fmt="web", relate=False)}
    assert not got["$105.3 billion"].endswith("tied_dollar_country")
