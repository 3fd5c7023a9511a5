"""Years and periods of trade figures on undated stored pages outside the development sets (the years26
blind round: no publication date, the text alone places the figures): each test is a page's real
sentence, exact values, the rule that decided it."""
import pytest

from tradeflows.errors import Warnings
from tradeflows.pipeline import figures_of_text


def spans(text: str, pub_year: int | None = None, pub_month: int | None = None, lang: str = "en"):
    out = {}
    for f in figures_of_text(text, fmt="web", lang=lang, pub_year=pub_year, pub_month=pub_month):
        out.setdefault(f.figure, (f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[-1].split(";")[0]))
    return out


NEPAL_GAZETTE = (
    "The country has witnessed a trade deficit of Rs 1577 billion in the first 11 months of the current fiscal year, "
    "which is 25 per cent more compared to the last fiscal year, according to the Customs Department. The country's "
    "trade deficit was Rs 1262.11 billion in the same period in the last fiscal year.\n\nDuring the review period, "
    "country's foreign trade stood at Rs 1949 billion, which is 29.5 per cent more than the previous fiscal year. In "
    "the first 11 months of the current fiscal year, the country imported goods worth Rs 1763.22 billion against Rs "
    "1383.36 billion of the last fiscal year.")


def test_a_year_shaped_amount_before_a_scale_word_is_no_year():
    # nepalnewsgazette.com (undated): "foreign trade stood at Rs 1949 billion" read as the year 1949 gave the
    # whole undated page 1948-1949 (rule amount_not_year); the page names no year, so none is given
    got = spans(NEPAL_GAZETTE)
    assert got["Rs 1949 billion"][:3] == (None, None, None)
    assert got["Rs 1577 billion"][:3] == (None, None, None)
    assert got["Rs 1383.36 billion"][:3] == (None, None, None)


def test_a_year_shaped_amount_does_not_date_a_dated_page_either():
    # the same sentence on a page of 2022: the fiscal year in force, not 1949
    got = spans(NEPAL_GAZETTE, 2022, 6)
    assert got["Rs 1949 billion"][0] != 1949


AAJ_JULY = (
    "ISLAMABAD: Textile groups exports from the country during first month of current financial year was recorded "
    "at US$ 1.002 billion as against the exports of US$ 1.008 billion in the corresponding month of last year.\n\n"
    "During the month of July, 2018 exports of textile products registered of 0.49 percent as against the exports "
    "of the same month of last year, said the latest data released by the Pakistan Bureau of Statistics.\n\n"
    "In July, 2018, about 9,195 thousand dozens of knitwear worth US$ 208.880 million exported as against the "
    "exports of 7,529 thousand downs valuing US$ 193.802 million of same period of last year.")


def test_a_comma_between_a_month_and_its_year():
    # aaj.tv (Pakistan, undated): "During the month of July, 2018", "In July, 2018," (rule month_comma_year)
    got = spans(AAJ_JULY)
    assert got["0.49 percent"][:3] == (2018, "2018-07", "2018-07")
    assert got["US$ 208.880 million"][:3] == (2018, "2018-07", "2018-07")
    assert got["US$ 193.802 million"][:3] == (2017, "2017-07", "2017-07")


PAK_MEAT = (
    "During the month of December, 2016 about 4,125 metric tons of meat and meat products exported as compared to "
    "7,212 metric tons of meat and meat preparations exported in same month of last financial year. The country "
    "earned $18.124 million by exporting the meat and its products as against the earning of $ 23.765 million of "
    "same month of last financial year.")


def test_a_comma_between_a_month_and_its_year_second_page():
    # pakobserver.net (Pakistan): "During the month of December, 2016 ..." sets the month the next sentence's
    # figures are of (rule month_comma_year)
    got = spans(PAK_MEAT)
    assert got["$18.124 million"][:3] == (2016, "2016-12", "2016-12")
    assert got["$ 23.765 million"][:3] == (2015, "2015-12", "2015-12")


ALISON = (
    "Ethiopia earns $2.4B from exports\n\nEthiopia earned more than $2.48 billion from exports in the first quarter "
    "of the current Ethiopian fiscal year, Trade and Regional Integration Minister Kassahun Gofe said. The figure "
    "marks a 65% increase from the same period last year and represents 117% of the quarterly target.")


def test_an_undated_page_naming_no_year_has_no_fiscal_year_in_force():
    # alisonnews.com (undated, no year named): "the first quarter of the current Ethiopian fiscal year" set a
    # fiscal part in force from a year that is unknown, and the context rule failed (TypeError) on it
    warnings = Warnings()
    figs = figures_of_text(ALISON, fmt="web", lang="en", warnings=warnings)
    assert {f.figure: f.year for f in figs}["more than $2.48 billion"] is None
    assert list(warnings) == []
