"""Session 44 (xmom): a change between two adjacent months is the later month's figure, not a two-month span.

Monthly releases (the US Census Bureau's FT-900, SARS, national statistics offices) write the change from one month to
the next as "between August and September", "the September to October increase", "from August to September": rule
month_to_month (facts/periods_build.py) reads the later month and names itself after the decision that reads it
(year:<rule>+month_to_month); the level the change started from ("from Ksh5.8 billion to Ksh5.1 billion between October
and November") is the earlier month's (from_value_month+month_to_month). Two months joined by a dash, or "In August and
September," with no change, and January with February stay spans.
"""
from tradeflows.pipeline import figures_of_text


def _figs(text, pub_year):
    return {f.figure: f for f in figures_of_text(text, fmt="web", pub_year=pub_year)}


def _period(f):
    return f.year, f.period_start, f.period_end


# blog.nacm.org/2012/10/august-exports-fall-to-lowest-level-in.html (NACM staff writer on the Commerce Department's
# August 2012 figures; the outlet is in no data set)
_NACM = ("Responsibility for the 1% decline falls solely on the goods sector, where exports decreased by $2.1 billion "
         "between July and August.")


def test_a_decrease_between_a_month_and_the_next_is_the_later_months():
    f = _figs(_NACM, 2012)["$2.1 billion"]
    assert _period(f) == (2012, "2012-08", "2012-08")
    assert "year:bare_month+month_to_month" in f.fact_rules


# resources.made-in-china.com/article/industry-view/BnYxGipJBEDS/US-Exports-Reach-All-Time-Monthly-High-in-October
# (the Census Bureau's October 2014 release quoted; the outlet is in no data set)
_MADE_IN_CHINA = ("The September to October increase in exports of goods reflected increases in industrial supplies and "
                  "materials ($1.5 billion); consumer goods ($1.0 billion); foods, feeds, and beverages ($0.6 billion); "
                  "capital goods ($0.3 billion); and other goods ($0.2 billion).")


def test_the_september_to_october_increase_is_octobers():
    figs = _figs(_MADE_IN_CHINA, 2014)
    for v in ("$1.5 billion", "$1.0 billion", "$0.6 billion"):
        assert _period(figs[v]) == (2014, "2014-10", "2014-10"), v
        assert "+month_to_month" in figs[v].fact_rules


# data/web10 tuned page k08 (Creamer Media on SARS's December 2010 figures): the phrasing of the Census template
_SARS = ("South Africa recorded a trade surplus of R10,3-billion in December, as exports stood at R53,9-billion.\n\n"
         "Sars added that the November to December change in exports of goods reflected decreases largely in prepared "
         "foodstuffs, beverages and tobacco, which decreased by R459-million – a drop of 25%.\n")


def test_the_november_to_december_change_is_decembers():
    figs = _figs(_SARS, 2011)
    assert _period(figs["R459-million"]) == (2011, "2011-12", "2011-12")
    assert _period(figs["25%"]) == (2011, "2011-12", "2011-12")


def test_a_verb_of_small_change_and_a_change_noun_before_between():
    # data/web14 tuned page a07 (freightwaves.com): "ticked up"; "a ... increase between" (the same sentence rewritten
    # with a change's noun)
    f = _figs("The U.S. trade deficit ticked up another 1.7 percent between August and September to $43.5 billion.",
              2017)
    assert _period(f["1.7 percent"]) == (2017, "2017-09", "2017-09")
    assert _period(f["$43.5 billion"]) == (2017, "2017-09", "2017-09")
    f = _figs("Exports posted a 1.1 percent increase between August and September.", 2017)
    assert _period(f["1.1 percent"]) == (2017, "2017-09", "2017-09")


def test_the_level_a_month_to_month_change_started_from_is_the_earlier_months():
    # data/web7 tuned page s10 (kenyacoast.co.ke on KNBS's figures)
    figs = _figs("In Tanzania, exports dipped from Ksh5.8 billion to Ksh5.1 billion between October and November 2023.",
                 2024)
    assert _period(figs["Ksh5.8 billion"]) == (2023, "2023-10", "2023-10")
    assert "year:from_value_month+month_to_month" in figs["Ksh5.8 billion"].fact_rules
    assert _period(figs["Ksh5.1 billion"]) == (2023, "2023-11", "2023-11")


def test_two_month_spans_stay_spans():
    # no change told: a sum over the two months
    assert _period(_figs("In August and September, exports totalled $5 billion.", 2023)["$5 billion"]) == \
        (2023, "2023-08", "2023-09")
    assert _period(_figs("Exports totalled $5 billion between August and September.", 2023)["$5 billion"]) == \
        (2023, "2023-08", "2023-09")
    # a dash joins the months of one span, a change over it included
    assert _period(_figs("Exports rose 4% in August-September.", 2023)["4%"]) == (2023, "2023-08", "2023-09")
    # January and February: a two-month release's span (China's customs), even after a change
    assert _period(_figs("Exports rose 4% between January and February.", 2023)["4%"]) == (2023, "2023-01", "2023-02")
    # months not adjacent: a part of the year
    assert _period(_figs("Exports rose 4% between January and August.", 2023)["4%"]) == (2023, "2023-01", "2023-08")
