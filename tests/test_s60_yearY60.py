"""Session 60, yearY60: rule in_year_past (ingest/page_year.py, English row page_year_done_past): a year opening a
sentence whose clause tells in the past tense of an amount is a whole year done, so an undated page that also speaks
of "this year" speaks from a later year. Sentences from pages outside the development sets."""

from tradeflows.ingest.page_year import done_years, text_year

# https://gerealtor.ru/en/kompanija/novosti/?ELEMENT_ID=3739 (2020)
GEREALTOR = ("According to statistics, in the first two months, most of the wine was delivered to Russia. "
             "In 2019, Georgia increased wine exports compared to the same period last year to the United States by "
             "1032%, to Sweden by 313%, to Poland by 42%. Georgian wine also fell in love with China and Ukraine.")
# https://winesgeorgia.com/media-listing/georgian-wine-exports-to-the-u-s-continue-to-climb-during-lockdown/
WINESGEORGIA = ("These positive results follow five straight years of year-over-year double-digit growth (30%+ on "
                "average) in Georgia’s annual wine exports to the U.S. In 2019, Georgian wine exports to the U.S. rose "
                "46% over the previous year, making the U.S. Georgia’s largest Western wine market.")
# https://bm.ge/en/article/in-march-exports-increased-by-308---geostat/80211/
BM_GE = ("It is noteworthy that in 2020, local exports increased by 3.5%, and despite the challenges related to the "
         "coronavirus, in 2020, the volume of local exports reached a record high of $ 2,406.9 million.")


def test_in_year_past_regular_verb():
    assert done_years(GEREALTOR) == {2019}


def test_in_year_past_irregular_verb_after_abbreviation():
    """'In 2019, Georgian wine exports to the U.S. rose 46%': the abbreviation's dots end no clause (was a strict xfail;
    s61 xfailY61 lifted it)."""
    assert done_years(WINESGEORGIA) == {2019}


def test_in_year_past_moves_the_page_year_beside_this_year():
    # the same sentence on a page that also says "this year" (https://english.thesaigontimes.vn/trade-revenue-up-over-16-in-jan-may):
    # the year reported done is behind the page's own
    text = GEREALTOR + " Vietnam’s trade has amounted to US$305.53 billion so far this year, up by 16.6% versus the same period last year."
    assert text_year(text) == 2020
    assert text_year(GEREALTOR) == 2019


def test_in_year_not_opening_a_sentence_is_no_done_year():
    # odd case: "that in 2020, ... increased" opens no sentence (the rule reads only a year that opens one)
    assert done_years(BM_GE) == set()
