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
