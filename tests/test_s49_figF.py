"""Session 49, helper figF: figures the rules missed on pages they were not written for.

cut_tail_unit: the page store keeps a page's first ~2,000 characters, so a page's text may end inside the unit word
right after its last number ("$147.6 billio", "12.2 percen"; 9 tuned pages of web6, web17, web18, web31, web36, web37
and ruweb4). The cut word is completed from the unit words (units.txt, vocab/en/cut_words.txt) when 3 letters or more
of it open words of one meaning; the figure keeps the surface the page has."""
from __future__ import annotations

from tradeflows.figures.extract import _cut_words
from tradeflows.pipeline import figures_of_text


def figs(text: str):
    return [(f.figure, f.kind, f.value, f.currency, f.rule) for f in figures_of_text(text, "page", "txt", relate=False)]


# yosefardi.com/2018/10/12/china-trade-surplus-largest-in-3-months/ (an outlet of no set), cut as the store cuts
YOSEFARDI = "China\u2019s trade surplus widened to US$31.69 billion in September of 2018 from US$27.38 billio"
# old.kxly.com/june-trade-gap-narrows-helped-by-rising-exports/ (an outlet of no set), cut the same way
KXLY = "The Commerce Department says the U.S. trade deficit narrowed in June.\n\nThe trade imbalance fell 4.1 percen"


def test_cut_scale_word_completed():
    out = figs(YOSEFARDI)
    assert out[0][:4] == ("US$31.69 billion", "money", 31.69e9, "USD")
    assert out[1] == ("US$27.38 billio", "money", 27.38e9, "USD", "money_symbol_before:cut_tail_unit")


def test_cut_percent_word_completed():
    out = figs(KXLY)
    assert [(f[0], f[1], f[2]) for f in out] == [("4.1 percen", "growth", -4.1)]
    assert out[0][4].endswith(":cut_tail_unit")


def test_cut_tail_only_at_the_end_of_the_text():
    """The same cut word inside the text is no unit; a cut word that opens no unit word, or units of two meanings,
    is left alone."""
    assert figs("Exports were US$27.38 billio and more.") == [("US$27.38", "money", 27.38, "USD", "money_symbol_before")]
    assert figs("The surplus widened to US$31.69 billion in Sep") == [
        ("US$31.69 billion", "money", 31.69e9, "USD", "money_symbol_before")]
    words = _cut_words()
    assert words["billio"] == "billion" and words["milli"] == "million" and words["per"] == "percent"
    assert "qua" not in words and "bi" not in words and "mi" not in words


# growth_points_than_rate: percentage points between two growth rates are growth, signed by the comparative
# (web37 bl05 "4 percentage points higher than the overall growth rate", bl08 "3.8 percentage points faster than
# China's overall foreign trade growth")
# breakinglatest.news/business/general-administration-of-customs-the-total-value-of-my-countrys-foreign-trade-... (no set)
BREAKING = ("A year-on-year increase of 11.7%, 2.5 percentage points faster than the growth rate in the first half of "
            "the year.")
# en.shippingchina.com/sailingnews/...index/detail/type/Trade/id/15771.html (no set)
SHIPPING = ("The central Province of Hubei saw its trade value surge 47.6 per cent in January to $1.8 billion, 3.2 "
            "percentage points higher than the national growth, Logistics Week reported.\n"
            "Export value rose 42.6 per cent to $1.1 billion, 21.6 percentage points faster than the national rate. "
            "Import value soared 55.9 per cent to $720 million, 29.6 percentage points slower than the national "
            "average.")


def test_points_between_growth_rates_are_growth():
    assert [f[:3] for f in figs(BREAKING)] == [("11.7%", "growth", 11.7), ("2.5 percentage points", "growth", 2.5)]
    pts = [(f[0], f[1], f[2], f[4]) for f in figs(SHIPPING) if "points" in f[0]]
    assert pts == [("3.2 percentage points", "growth", 3.2, "growth_points_than_rate"),
                   ("21.6 percentage points", "growth", 21.6, "growth_points_than_rate"),
                   ("29.6 percentage points", "growth", -29.6, "growth_points_than_rate")]


def test_points_of_a_share_stay_share():
    """A share's points compared with a year, or with no rate after "than", stay share_points."""
    out = figs("The share of exports rose 2 percentage points higher than last year, to 40% of the total.")
    assert out[0][:3] == ("2 percentage points", "share", 2.0) and out[0][4] == "share_points"
    out = figs("Its share of the market was 1.5 percentage points lower than in 2019.")
    assert out[0][1] == "share" and out[0][4] == "share_points"


# plural change nouns before "of" and a list of percents (web37 bl05 "saw respective growths of 0.6% and 2.7%"):
# the first reads the noun right before it (growth_percent_change_of), the later ones the list (growth_listed_change)
# amp.theportugalnews.com/news/2022-08-13/exports-up-312-and-imports-up-377/69347 (no set)
PORTUGAL = ("In June 2022, exports and imports of goods recorded year-on-year nominal increases of 37.1% and 41.6%, "
            "respectively (+40.7% and +45.0%, in the same order, in May 2022) .")


def test_plural_change_noun_list():
    out = figs(PORTUGAL)
    assert [f[:3] for f in out[:2]] == [("37.1%", "growth", 37.1), ("41.6%", "growth", 41.6)]
    assert out[1][4] == "growth_listed_change"
    out = figs("Exports to the two markets saw respective declines of 4.5% and 2.1% in 2023.")
    assert [f[:3] for f in out] == [("4.5%", "growth", -4.5), ("2.1%", "growth", -2.1)]


def test_plural_change_noun_list_stops_at_words():
    """A percent after words, not a list of percents, is not read from the noun."""
    out = figs("Exports saw increases of 18.3% in value and 22.0% of the total went to the EU.")
    assert out[0][:3] == ("18.3%", "growth", 18.3) and out[1][1] == "share"


# fraction_of_year_flow: a year between "of (the|all)" and the flow or change it names is no count and no period (data/
# web25 an08 "About one-third of all 2012 manufactured exports originating in Texas went to Mexico")
# usitc.gov/research_and_analysis/trade_shifts_2017/us.htm (no set)
USITC = ("Nearly one-half of the 2017 increase in U.S. exports was due to a rise in the quantity and value of U.S. "
         "energy exports, which in value terms increased $44.8 billion (45.5 percent) to $143.2 billion in 2017.")


def test_fraction_of_a_year_flow_is_a_share():
    out = figs(USITC)
    assert out[0] == ("Nearly one-half", "share", 50.0, None, "share_fraction")
    assert figs("Nearly one-half of all 2017 exports went to China.")[0][:3] == ("Nearly one-half", "share", 50.0)


def test_fraction_of_a_period_or_count_stays_out():
    assert figs("Exports rose in the second half of the 2017 fiscal year.") == []
    assert figs("More than half of the 27 member countries sent delegations.") == []


# spaced_decimal before "%" whatever the document's decimal mark: "electrical machines and apparatus and their parts
# (6, 6%)" on a page writing "10.9%" (data/web32 bb02), "увеличился на 15. 3%" on a comma page (data/ruweb21 bc08).
# hvylya.net/news/digest/2010-70.html (no set) writes "экспорт вырос на 30,9% – до $28,36 млрд, тогда как импорт – на
# 26,2%"; its first rate is damaged below the way those pages' copies are (a space after the mark), the rest kept
HVYLYA = ("По его данным, в январе-июне 2010 года экспорт вырос на 30. 9% – до $28,36 млрд, тогда как импорт – на 26,2%, "
          "до $27,96 млрд.")


def test_spaced_decimal_before_percent_whatever_the_mark():
    out = figs(HVYLYA)
    assert ("30. 9%", "growth", 30.9) in [f[:3] for f in out]
    assert ("26,2%", "growth", 26.2) in [f[:3] for f in out]
    out = figs("Exports included machinery (10.9%), electrical machines and apparatus and their parts (6, 6%), "
               "highways vehicles (5.7%).")
    assert [f[:3] for f in out] == [("10.9%", "share", 10.9), ("6, 6%", "share", 6.6), ("5.7%", "share", 5.7)]


def test_spaced_list_is_no_decimal():
    """Counts spaced by commas, or a year ending a sentence, are no decimal."""
    values = [f[2] for f in figs("Sweden, Finland and Russia took 16, 15 and 11% of all exports.")]
    assert 11.0 in values and not any(16 < v < 17 for v in values)
    assert [f[:3] for f in figs("Exports rose in 2015. 3% of firms export.")] == [("3%", "share", 3.0)]
