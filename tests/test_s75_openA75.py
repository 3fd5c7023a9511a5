"""Session 75 (openA75): English outlets of Europe and North America on their own countries' trade (web65, session 74's
blind set, opened now) and web39; studied on two thirds of their tuned pages, the first third by SHA-256 of the file name
set aside unread.

- year_to_date (row period_year_to_date): "Calculated from the beginning of the year, exports to EU increased by three
  per cent" is January to the month in force, as "since the beginning of the year" is; the "to now" / "to August" after
  "from the beginning of the year" is optional.
- part_after_base (facts/period_relative.py, facts/period_context.py): "During the first six months of the year, ...
  increased by 10% in value compared with the first half of 2016" on an undated page is January-June 2017, and so are
  the sentences that carry it.
- month_of_sentence_relative (facts/period_time.py): "Last year the trade balance for May showed a deficit" on a page of
  July 2019 is May 2018.
- carried_doc_date (facts/period_fallback.py carried_basis): an English page's period carried from a figure dated by the
  page's date alone keeps year_basis doc_date (not where the page names that year as a time of events); the carrying
  rule's name is unchanged in fact_rules (only the basis moves).
- first_change_since (facts/partners_carried.py, row first_change_since): "This marked the first drop since 2016 when
  Kenya's shipments amounted to US$1.77 million" keeps the counterpart of the change the sentence before told.

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails at the base code
66525bf8 (checked with the base worktree).
"""
from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int | None = None, pub_month: int | None = None) -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=pub_year, pub_month=pub_month)}


# a release of Finnish Customs as dailyfinland.fi printed it (data/web65 dp06, a studied page, 8 July 2019)
FINLAND = ("Finland incurs €10m trade deficit in May\n\n"
           "The trade balance showed a deficit of 10 million euros in May, according to the preliminary statistics of "
           "international trade in goods provided by the Finnish Customs.\n\n"
           "Calculated from January to May, there was a deficit of 90 million euros. In the same period last year, the "
           "balance of trade showed a deficit of slightly over a billion euros. Last year the trade balance for May "
           "showed a deficit of 250 million euros.\n\n"
           "In May, the value of Finnish exports increased by six per cent and the value of imports by two per cent year "
           "on year.\n\n"
           "In May, Finnish exports to EU member states increased by five per cent and to non-EU countries by nine per "
           "cent.\n\n"
           "In the same month, imports from EU-countries increased by four per cent while imports from non-EU countries "
           "fell by one per cent. Calculated from the beginning of the year, exports to EU increased by three per cent "
           "and to non-EU countries by seven per cent.")


# -- year_to_date: "from the beginning of the year" alone (row period_year_to_date) -------------------------------------
# data/web65 dp06 (dailyfinland.fi); the `search` tool (corpus pages, "Calculated from the beginning of the year" exports
# Customs) and find_string found no other trade page with the phrasing
def test_from_beginning_of_year_is_year_to_date():
    f = _figs(FINLAND, 2019, 7)["seven per cent"]
    assert (f.measure, f.partner, f.year, f.period_start, f.period_end) == ("exports", "non-EU countries", 2019,
                                                                           "2019-01", "2019-05")


def test_from_beginning_of_year_to_month_kept():
    # CONSTRUCTED (the row's older branch, rule year_start_to_month, still reads the month it runs to)
    f = _figs("From the beginning of the year to August 2024, Ghana's exports rose by 2.1 percent.", 2024, 10)["2.1 percent"]
    assert (f.year, f.period_start, f.period_end) == (2024, "2024-01", "2024-08")


# -- month_of_sentence_relative ------------------------------------------------------------------------------------------
# data/web65 dp06 (dailyfinland.fi), a studied page
def test_last_year_opens_bare_month():
    f = _figs(FINLAND, 2019, 7)["250 million euros"]
    assert (f.measure, f.year, f.period_start, f.period_end, f.year_basis) == ("balance", 2018, "2018-05", "2018-05",
                                                                              "doc_date")
    assert "year:month_of_sentence_relative" in f.fact_rules


def test_last_year_later_in_sentence_not_opening():
    # CONSTRUCTED: "last year" after the month does not open the sentence; the month stays the page's year's
    f = _figs("The trade balance showed a deficit of 10 million euros in May, against a surplus last year.", 2019, 7)
    f = f["10 million euros"]
    assert (f.year, f.period_start) == (2019, "2019-05")
    assert "month_of_sentence_relative" not in f.fact_rules


# -- carried_doc_date ----------------------------------------------------------------------------------------------------
# data/web65 dp06 (dailyfinland.fi), a studied page: the year so far runs to May of the page's year, told by the date
# alone (rule year_to_date_context reads the month in force)
def test_carried_doc_date_year_to_date():
    f = _figs(FINLAND, 2019, 7)["seven per cent"]
    assert (f.year, f.period_end, f.year_basis) == (2019, "2019-05", "doc_date")
    assert "year:year_to_date_context" in f.fact_rules


# debrecensun.com (data/web65 dp03, a studied page, 2 April 2020)
def test_carried_doc_date_paragraph():
    text = ("Hungary’s trade surplus for January was revised down to 423 million euros in a second reading of data "
            "released by the Central Statistical Office (KSH). In the first reading, published on March 10, KSH had put "
            "the January surplus at 433 million euros. The revised figures show imports rose by 2.4% year on year in "
            "value terms to 8.802 billion euros. Exports were up by 2.8% at 9.225 billion.")
    f = _figs(text, 2020, 4)["9.225 billion"]
    assert (f.measure, f.year, f.period_start, f.year_basis) == ("exports", 2020, "2020-01", "doc_date")


def test_carried_year_named_stays_context():
    # CONSTRUCTED: the page names the year as a time of events, so the carried year is the context's
    text = ("In January 2020, Hungary’s trade surplus was 423 million euros. The revised figures show imports rose by 2.4% "
            "year on year in value terms to 8.802 billion euros.")
    f = _figs(text, 2020, 4)["8.802 billion euros"]
    assert (f.year, f.year_basis) == (2020, "context")


# -- part_after_base -----------------------------------------------------------------------------------------------------
# mundus-international.com (data/web65 dp12, a studied page, undated); the `search` tool (corpus pages, "in the first half
# of the year" exports increased compared with the first half of 2016) found globes.co.il and ekathimerini.com pages with
# a same-months base but none whose own months name no year in the same clause
SWEDEN = ("Sweden’s foreign trade in goods and services continues to increase strongly, according to a report by the "
          "National Board of Trade (Kommerskollegium) published on 18 September.  During the first six months of the "
          "year, both goods exports and goods imports increased by 10% in value compared with the first half of 2016. "
          "Service exports increased by 3.9% while imports of services increased by 9.3%.\n\n"
          "Europe as a whole received 74% of Sweden’s total exports of goods.")


def test_part_after_base():
    figs = _figs(SWEDEN)
    f = figs["10%"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-01", "2017-06")
    assert "year:part_after_base" in f.fact_rules
    for fig in ("3.9%", "9.3%", "74%"):   # carried: the paragraph's and the section's period
        assert (figs[fig].year, figs[fig].period_start, figs[fig].period_end) == (2017, "2017-01", "2017-06")


def test_part_after_base_not_on_dated_page():
    # CONSTRUCTED: a dated page dates the months by its own year (the base may be years back)
    f = _figs(SWEDEN, 2019, 9)["10%"]
    assert (f.year, f.period_start) == (2019, "2019-01")
    assert "part_after_base" not in f.fact_rules


def test_part_after_other_months_base():
    # CONSTRUCTED: a base of other months than the figure's names no year of the figure's
    text = ("During the first six months of the year, exports increased by 10% in value compared with the whole of 2016. "
            "In 2016 exports fell.")
    f = _figs(text)["10%"]
    assert "part_after_base" not in f.fact_rules


# -- first_change_since (row first_change_since) -------------------------------------------------------------------------
# foodbusinessafrica.com (data/web39 bp07, a studied page); the `search` tool (corpus pages, "marked the first drop
# since" exports to China shipments amounted to) found no other page with the phrasing
KENYA = ("The value of Kenyan tea exports to China fell by more than a third last year despite rising popularity of milk "
         "tea.\n\n"
         "Kenya earned US$3.17 million (Sh343.59 million) from sale of black fermented and partly fermented tea to the "
         "world’s largest tea market in 2019.\n\n"
         "This was a 34.05% drop compared with the earlier year, the data kept by International Trade Centre (ITC) show.\n\n"
         "This marked the first drop since 2016 when Kenya’s shipments amounted to US$1.77 million (Sh191.85 million), "
         "before climbing to US$2.5 million (Sh270.97 million) in 2017 and US$4.81 million (Sh521.35 million) in 2018.")


def test_first_change_since():
    figs = _figs(KENYA, 2020, 3)
    for fig, year in (("US$1.77 million", 2016), ("US$2.5 million", 2017), ("US$4.81 million", 2018)):
        f = figs[fig]
        assert (f.measure, f.reporter, f.partner, f.year) == ("exports", "Kenya", "China", year)
        assert "partner:first_change_since" in f.fact_rules


def test_first_change_since_needs_sentence_before():
    # CONSTRUCTED: with no pair's figure in the sentence before, the owner's own flow is its total
    text = ("Kenya's tea sector is growing.\n\nThis marked the first drop since 2016 when Kenya’s shipments amounted to "
            "US$1.77 million.")
    f = _figs(text, 2020, 3)["US$1.77 million"]
    assert "first_change_since" not in f.fact_rules


# -- updated_after_first (ingest/dates.py _byline_date) ------------------------------------------------------------------
# dailyfinland.fi (data/web65 dp06, a studied page; sources.csv: 2019-07-08)
def test_updated_after_first():
    from tradeflows.ingest.dates import publication_date
    head = ("Wednesday, 20 November, 2019\n\nSite-seeing in Rovaniemi\n\nFinland incurs €10m trade deficit in May\n\n"
            "08 Jul 2019, 20:02 ( 4 Months ago) | updated: 09 Jul 2019, 04:14 ( 4 Months ago)\n\nDF Report\n\n"
            "The trade balance showed a deficit of 10 million euros in May.")
    assert publication_date(head) == ("2019-07-08", "text:byline")


def test_updated_alone_still_dates():
    # CONSTRUCTED: an "Updated:" line with no earlier date on it dates the page by its own date, as before
    from tradeflows.ingest.dates import publication_date
    assert publication_date("Trade news\n\nUpdated: 4 May 2020\n\nText.") == ("2020-05-04", "text:byline")
