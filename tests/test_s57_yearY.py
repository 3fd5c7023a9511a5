"""Session 57 (yearY): a title's figure dated by nothing but the page's date, on a page that reports the year just over
(rule head_page_period)."""
from tradeflows.pipeline import figures_of_text

# thestar.com.my/aseanplus/aseanplus-news/2025/01/13/chinas-trade-surplus-hits-us992-billion-with-surge-of-pre-trump-exports
# (2025-01-13): the title names no year; the body's first dated figures are of 2024, the year just over (read here as
# a page of February 2025: on a page of January the page's date alone already gives the year just over, rule
# january_past_year, and the rule is not needed)
THESTAR = ("China's trade surplus hits US$992 billion with surge of pre-Trump exports\n\n"
           "Exports grew 5.9 per cent year on year in 2024 to US$3.58 trillion, according to customs data released on "
           "Monday, one week before Trump takes office.")


def _rows(text, year, month):
    return {f.figure: (f.measure, f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[1].split(";")[0])
            for f in figures_of_text(text, "page", "web", pub_year=year, pub_month=month)}


def test_title_figure_takes_the_whole_year_the_body_reports():
    rows = _rows(THESTAR, 2025, 2)
    assert rows["US$992 billion"] == ("balance", 2024, "2024-01", "2024-12", "head_page_period")
    assert rows["US$3.58 trillion"] == ("exports", 2024, "2024-01", "2024-12", "explicit")


def test_title_keeps_the_page_year_when_the_body_is_not_the_year_just_over():
    # the same page read as published two years after the body's year: 2024 is no year just over, the rule stays out
    rows = _rows(THESTAR, 2026, 3)
    assert rows["US$992 billion"][1] == 2026
    assert rows["US$992 billion"][4] == "source_year"


def test_a_first_paragraph_that_ends_as_a_sentence_is_no_title():
    # "... hits US$992 billion." ending with a full stop is the text's first sentence, not a title: the page's year stays
    rows = _rows(THESTAR.replace("exports\n\n", "exports.\n\n", 1), 2025, 2)
    assert rows["US$992 billion"][4] == "source_year"


def test_january_page_is_the_year_just_over_by_its_date_alone():
    # the page as published (13 January 2025): january_past_year dates the title before this rule is asked
    rows = _rows(THESTAR, 2025, 1)
    assert rows["US$992 billion"][1:4] == (2024, "2024-01", "2024-12")
    assert rows["US$992 billion"][4] == "january_past_year"


# abc.net.au/news/2017-05-04/trade-surplus-narrows-to-$3.1-billion-as-imports-outpace-exports/8496244 (2017-05-04):
# the title names no time; the body's first dated figure is of March of the page's own year
ABC = ("Trade surplus narrows to $3.1 billion as imports outpace exports\n\n"
       "According to seasonally adjusted Australian Bureau of Statistics figures, the surplus fell 15 per cent in March "
       "from the $3.7 billion surplus recorded the month before.")


def test_title_figure_takes_the_months_of_the_page_year_the_body_reports():
    rows = _rows(ABC, 2017, 5)
    assert rows["$3.1 billion"] == ("balance", 2017, "2017-03", "2017-03", "head_page_period")
    assert rows["15 per cent"][1:] == (2017, "2017-03", "2017-03", "bare_month")
