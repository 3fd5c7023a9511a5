"""English phrasings found in session 40 on the tuned pages of web19, web18, web13, web17 and web8, each a rule or a
vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_months_up_to_one_of_this_fiscal_year_end_in_that_month_before_the_page():
    """Rule to_month_fiscal (facts/periods_fiscal.py; Mizzima, data/web13 tuned page f01): 'as of October this fiscal
    year' on a page of January 2018 is the fiscal year in force up to October, and that October was in 2017; the figures
    are not of 2018, the year not yet over when the page was published. The country has no fiscal year in the
    vocabulary, so the months run from January; a country with one starts them at its fiscal start (India, April)."""
    text = ("The value of Myanmar’s trade with its main trade partner China, as of October this fiscal year, reached "
            "US$6.3 billion, consisting of $2.83 billion in exports and $3.5 billion in imports, according to figures "
            "released by the Commerce Ministry on January 3.\n")
    assert fields(text, "measure", "partner", "year", "period_end", pub_year=2018, pub_month=1, lang="en") == [
        ("US$6.3 billion", "turnover", "China", 2017, "2017-10"), ("$2.83 billion", "exports", "China", 2017, "2017-10"),
        ("$3.5 billion", "imports", "China", 2017, "2017-10")]
    text = "India's exports as of October this fiscal year stood at $244.89 billion.\n"
    assert fields(text, "year", "period_start", "period_end", pub_year=2024, pub_month=11, lang="en") == [
        ("$244.89 billion", 2024, "2024-04", "2024-10")]


def test_last_fiscal_year_on_an_undated_page_in_a_month_of_its_latest_fiscal_year_is_that_year():
    """Rule relative_latest_fiscal_month (facts/period_relative.py; The Daily Star, data/web18 tuned page ab02): an
    undated Bangladeshi page reports exports of 'fiscal 2015-16' and 'the highest ever monthly earning ... of $3.58
    billion in June'; with June 2016, a month of FY16, in force, 'increased 2.69 percent year-on-year to $1.16 billion
    last fiscal year' looks back to FY16 (July 2015-June 2016), as relative_latest_fiscal reads it with FY16 itself in
    force, not to FY15."""
    text = ("Exports hit record\n\n"
            "Exports continue to be a beacon of hope for the economy, raking in $34.24 billion in fiscal 2015-16 -- the "
            "highest in the country's history.\n"
            "The year also saw the highest ever monthly earning from exports, of $3.58 billion in June, according to "
            "data released by the Export Promotion Bureau yesterday.\n"
            "\"We expect even higher exports in the current fiscal year as we are receiving work orders aplenty,\" said "
            "Siddiqur Rahman, president of Bangladesh Garment Manufacturers and Exporters Association.\n"
            "Apart from apparel items, exports of leather and leather goods increased 2.69 percent year-on-year to "
            "$1.16 billion last fiscal year, and in doing so, crossed the $1 billion-mark for the third year.\n")
    got = fields(text, "measure", "year", "period_start", "period_end", lang="en")
    assert got[-3:] == [("2.69 percent", "exports", 2016, "2015-07", "2016-06"),
                        ("$1.16 billion", "exports", 2016, "2015-07", "2016-06"),
                        ("$1 billion", "exports", 2016, "2015-07", "2016-06")]

