"""Session 54, yearG: a sentence that restates the base of the period in force, in its own year, leaves that period in
force for the figures after it (facts/carry.py, _base_level_sentence): the same months of the year before a part of a
year (rule base_months_restated), the whole year before a whole year after a comparison with the year before
(base_year_restated). Both are written after the carried rule in fact_rules ("year:section_period+base_months_restated")."""
from __future__ import annotations

import pytest

from phrasing import figs

# urdupoint.com, "Turkish exports hit $15.2B in September" (2 October 2019), its first and third paragraphs:
# https://www.urdupoint.com/en/business/turkish-exports-hit-152b-in-september-726467.html
TURKEY_SEPTEMBER = ("Turkey's exports totaled $15.2 billion in September, surpassing last year's strong performance, the "
                    "trade minister said on Wednesday.\n\n"
                    "In September 2018, exports surged by 22.6% on a yearly basis to reach its highest-ever figure, "
                    "$14.5 billion.\n\n")
# dailysabah.com, Turkey's foreign trade (1 August 2019), a sentence that names no time of its own:
# https://www.dailysabah.com/economy/2019/08/01/turkeys-foreign-trade-deficit-shrinks-636-in-first-half-of-year
MARKETS = ("Germany remained Turkey's top export market by country, receiving some $1.07 billion worth of Turkish goods, "
           "or a 9.6% share of total exports, followed by the U.K. ($684.6 million), France ($639.6 million) and Italy "
           "($613.1 million).\n")

# glavportal.com, "Товарооборот России и Китая вырос в 2017 году на 20%" (12 January 2018): its title, its lead, the
# sentence of 2016 (the page's fourth paragraph) and the sentence of the export and import (its second), put in one
# paragraph: https://glavportal.com/materials/tovarooborot-rossii-i-kitaya-vyros-v-2017-godu-na-20
RU_TITLE = "Товарооборот России и Китая вырос в 2017 году на 20%. "
RU_LEAD = ("Товарооборот между Россией и Китаем по итогам 2017 года достиг 84 млрд долларов, что на 20,8% выше показателя "
           "предыдущего года. ")
RU_2016 = "По итогам 2016 года товарооборот между Россией и Китаем вырос на 2,2% и составил 69,52 млрд долларов. "
RU_FLOWS = ("Экспорт из России в Китай составил 41,2 млрд долларов, увеличившись на 27,7%, а импорт из КНР в РФ вырос на "
            "14,8% – до 42,88 млрд долларов, отмечается в докладе.\n")


def _periods(text: str, **kw) -> dict:
    return {f.figure: (f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[1].split(";")[0])
            for f in figs(text, **kw)}


def test_the_same_month_a_year_before_leaves_the_month_in_force():
    """'In September 2018, exports surged ... $14.5 billion' after 'Turkey's exports totaled $15.2 billion in September'
    (a page of October 2019) restates the base of September 2019; the figures of the next paragraph, which name no time,
    are of September 2019 again (rule base_months_restated), where they had taken September 2018."""
    got = _periods(TURKEY_SEPTEMBER + MARKETS, pub_year=2019, pub_month=10)
    assert got["some $1.07 billion"] == (2019, "2019-09", "2019-09", "section_period+base_months_restated")
    assert got["9.6%"] == (2019, "2019-09", "2019-09", "section_period+base_months_restated")
    assert got["$613.1 million"] == (2019, "2019-09", "2019-09", "section_period+base_months_restated")


def test_the_restating_sentence_keeps_its_own_year():
    """Odd case: the figures of the restating sentence itself keep the year they write (rule explicit)."""
    got = _periods(TURKEY_SEPTEMBER + MARKETS, pub_year=2019, pub_month=10)
    assert got["22.6%"] == (2018, "2018-09", "2018-09", "explicit")
    assert got["$14.5 billion"] == (2018, "2018-09", "2018-09", "explicit")
    assert got["$15.2 billion"] == (2019, "2019-09", "2019-09", "bare_month")


def test_the_whole_year_before_after_a_comparison_leaves_the_year_in_force():
    """'..., что на 20,8% выше показателя предыдущего года. По итогам 2016 года товарооборот ... составил 69,52 млрд
    долларов.': the year before, right after a comparison with it, gives the base's level; the export and import that
    follow are of 2017 (rule base_year_restated), where they had taken 2016."""
    got = _periods(RU_LEAD + RU_2016 + RU_FLOWS, pub_year=2018, pub_month=1, lang="ru")
    assert got["69,52 млрд долларов"] == (2016, "2016-01", "2016-12", "explicit")
    assert got["41,2 млрд долларов"] == (2017, "2017-01", "2017-12", "paragraph_period+base_year_restated")
    assert got["42,88 млрд долларов"] == (2017, "2017-01", "2017-12", "paragraph_period+base_year_restated")


@pytest.mark.xfail(strict=True, reason="known miss: a whole year before, with no comparison before it nor the "
                                       "earlier_value cue, is read as the year the text moves on to")
def test_the_whole_year_before_with_no_comparison_is_a_known_miss():
    """After the title's 'вырос в 2017 году на 20%' (no base named), 'По итогам 2016 года ...' becomes the year in force,
    so the export of 2017 is read as 2016's: a narrative going back a year and a base restated read alike."""
    got = _periods(RU_TITLE + RU_2016 + RU_FLOWS, pub_year=2018, pub_month=1, lang="ru")
    assert got["41,2 млрд долларов"][0] == 2017


# cbsl.gov.lk, "External Sector Performance - March 2019" (28 May 2019):
# https://www.cbsl.gov.lk/news/external-sector-performance-march-2019
CBSL = ("During the first quarter of 2019, the deficit in the trade account contracted to US dollars 1,661 million from "
        "US dollars 2,982 million recorded in the first quarter of 2018, as export earnings increased by 5.6 per cent "
        "(year-on-year) while import expenditure declined by 19.3 per cent.\n")


def test_a_change_after_a_base_value_and_its_time_is_of_the_figures_own_period():
    """facts/period_bases.py _BASE_VALUE_BEFORE (base_value_period) now reads a code and its currency's word before the
    base's value ('from US dollars 2,982 million recorded in the first quarter of 2018'), a rate ('against 16.3% in'),
    'improvement on', 'below', 'above', and up to eight words before the base's time: the changes after it are of the
    first quarter of 2019 (rule growth_not_base), where they had taken the base's quarter."""
    got = _periods(CBSL, pub_year=2019, pub_month=5)
    assert got["5.6 per cent"] == (2019, "2019-01", "2019-03", "growth_not_base")
    assert got["19.3 per cent"] == (2019, "2019-01", "2019-03", "growth_not_base")


def test_the_base_value_keeps_its_own_time():
    """Odd case: the base's value itself is of the base's quarter (rule explicit)."""
    got = _periods(CBSL, pub_year=2019, pub_month=5)
    assert got["US dollars 2,982 million"] == (2018, "2018-01", "2018-03", "explicit")
    assert got["US dollars 1,661 million"] == (2019, "2019-01", "2019-03", "explicit")
