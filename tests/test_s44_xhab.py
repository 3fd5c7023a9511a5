"""Session 44 (xhab): figures the gold gives no year that we dated from the section or the page.

Rule habitual (facts/period_fallback.py) extended with English cues bound to the figure's own clause:
habitual_before (an adverb of habit right before its verb, an annual level said in the present) and
habitual_after (a rate per period right after it)."""
from tradeflows.pipeline import figures_of_text


def _rule(f, field):
    return next((p.split(":", 1)[1] for p in (f.fact_rules or "").split(";") if p.startswith(field + ":")), None)


def _by_figure(text, pub_year):
    return {f.figure: f for f in figures_of_text(text, fmt="web", pub_year=pub_year)}


# weforum.org, "This is what the US imports from China" (March 2018; no data set's outlet)
WEFORUM = ("Americans buy more than $500 billion worth of Chinese goods per year. "
           "Imports from China have ballooned to $505.6 billion, while American exports have consistently lagged behind.")


def test_a_rate_per_year_after_the_figure_has_no_year():
    figs = _by_figure(WEFORUM, 2018)
    f = figs["more than $500 billion"]
    assert (f.year, f.period_start, f.period_end, _rule(f, "year")) == (None, None, None, "habitual")
    # the next sentence's level, with no rate word, keeps the year the page speaks from
    g = figs["$505.6 billion"]
    assert (g.year, _rule(g, "year")) == (2018, "source_year")


def test_a_year_earlier_is_no_rate():
    figs = _by_figure("Exports rose to $12 billion, up from $10 billion a year earlier.", 2018)
    assert (figs["$10 billion"].year, _rule(figs["$10 billion"], "year")) == (2017, "base_value")
    assert _rule(figs["$12 billion"], "year") != "habitual"


def test_a_habit_adverb_binds_its_own_figure_only():
    # the phrasing of thedailystar.net (web18) in a made-up sentence of a dated paragraph: the habitual share has no
    # year, the same sentence's result keeps the paragraph's
    text = ("In 2016, the country's exports rose to $34.2 billion. Garment, which typically accounts for more than 80 "
            "percent of the country's annual exports, brought home $28.09 billion, up 10.42 percent year-on-year.")
    figs = _by_figure(text, 2016)
    assert (figs["more than 80 percent"].year, _rule(figs["more than 80 percent"], "year")) == (None, "habitual")
    assert figs["$28.09 billion"].year == 2016


def test_an_annual_level_said_in_the_present_has_no_year():
    text = ("In the first five months of 2024, trade reached $4.8 billion. He said: \"The annual trade volume between "
            "the two countries is around $10 billion.\"")
    figs = _by_figure(text, 2024)
    assert (figs["around $10 billion"].year, _rule(figs["around $10 billion"], "year")) == (None, "habitual")
    assert figs["$4.8 billion"].year == 2024
