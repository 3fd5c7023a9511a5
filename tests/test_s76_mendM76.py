"""carried_doc_date names itself in fact_rules (session 76; left from session 75's review).

A period carried from an earlier sentence whose year the page's date alone gave keeps that basis ("doc_date", rule
carried_doc_date, facts/period_fallback.carried_basis). The carrying rule stays the deciding one, and carried_doc_date
is written after it as a rewriting rule (records.VIA): "year:section_period+carried_doc_date". A later rule that takes
another period (from_value: the level a change started from) leaves it out, since the basis it set is not the one
written.

The sentences are lines 1-3 of data/web15 c09 (eagle.co.ug, 14 August 2017), a tuned page.
"""
from tradeflows.pipeline import figures_of_text

UGANDA = ("Uganda’s annual exports jumped 16 percent to US$3,121.9 million in May this year, up from US$2,690.2 million "
          "realized in May 2016, the Bank of Uganda has said in its latest State of the Uganda Economy update.\n\n"
          "On the other hand, the BoU report notes that the country had annual imports of goods decline by 1.8 percent "
          "from US$4,611.2 million to US$4,527.4 million, over the same period.\n")


def _year_rules(text: str, pub_year: int, pub_month: int) -> dict:
    return {f.figure: (f.year, f.period_end, f.year_basis, f.fact_rules.split("year:")[1].split(";")[0])
            for f in figures_of_text(text, "page", "web", pub_year=pub_year, pub_month=pub_month)}


def test_carried_period_dated_by_the_page_names_carried_doc_date():
    got = _year_rules(UGANDA, 2017, 8)
    assert got["1.8 percent"] == (2017, "2017-05", "doc_date", "section_period+carried_doc_date")
    assert got["US$4,527.4 million"] == (2017, "2017-05", "doc_date", "section_period+carried_doc_date")


def test_the_period_the_page_dated_itself_is_no_carried_one():
    got = _year_rules(UGANDA, 2017, 8)
    assert got["US$3,121.9 million"] == (2017, "2017-05", "doc_date", "month_this_year")   # "in May this year"


def test_a_level_a_change_started_from_does_not_name_it():
    # from_value takes the year before: its basis is the context's, so carried_doc_date is not written
    got = _year_rules(UGANDA, 2017, 8)
    assert got["US$4,611.2 million"] == (2016, "2016-05", "context", "from_value")


def test_a_year_the_page_names_is_the_context_s():
    # CONSTRUCTED from the page: the year written as a time of events, the carried year is the context's
    text = UGANDA.replace("in May this year", "in May 2017")
    got = _year_rules(text, 2017, 8)
    assert got["1.8 percent"] == (2017, "2017-05", "context", "section_period")
