"""Phrasings found by the English helper of session 36 on stored trade news pages from outlets the sets have not
seen (Africa, Southeast Asia, Latin America, Oceania, the Middle East), each a rule or a vocabulary row, tested on
the page's own sentences."""
from __future__ import annotations

from phrasing import facts, times

from tradeflows.pipeline import figures_of_text




def test_a_decimal_point_does_not_close_a_when_clause():
    """Rule when_clause (its clause end): in 'since 2019 when income from domestic exports fell 2.99 percent to
    Sh156.87 billion' the amount after the rate is the when clause's too, of 2019: the decimal point of '2.99' ends
    no clause, a dash does (mwanaspoti.co.tz, Kenya's exports, 2025)."""
    text = ("The KNBS data indicate Kenya's earnings from domestic exports contracted 7.26 percent to Sh275.46 "
            "billion in the review period compared with Sh297.03 billion in the same period of 2024.\n"
            "The year-on-year drop is the first recorded by the KNBS since 2019 when income from domestic exports "
            "fell 2.99 percent to Sh156.87 billion.\n")
    got = facts(text, pub_year=2025, pub_month=5)
    assert got[-2:] == [("2.99 percent", "world", 2019, "2019-01", "2019-12"),
                        ("Sh156.87 billion", "world", 2019, "2019-01", "2019-12")]


def test_a_quarters_short_name_in_brackets_before_its_year():
    """Rule part_short_gloss: 'the fourth quarter (Q4) of 2022', 'the corresponding period (Q1) of 2021' are read
    past the bracketed short name to their year (witnessngr.com, Nigeria's trade in the first quarter of 2023)."""
    assert times("It is also more than the figure recorded in the fourth quarter (Q4) of 2022 when") == [
        ("the fourth quarter (Q4) of 2022", "quarter", 2022, 10, 12)]
    assert times("recorded in the corresponding period (Q1) of 2021.") == [
        ("corresponding period (Q1) of 2021", "same_period", 2021, 1, 12)]
    text = ("In its report on foreign trade for the first quarter of 2023, the NBS said Nigeria's total exports stood "
            "at N6.49 trillion, and imports at N5.56 trillion.\n"
            "The NBS report shows that in the quarter under review, the nation's total trade stood at N12.05 "
            "trillion. This is higher than the value (N7.86 trillion) recorded in the corresponding period (Q1) of "
            "2021.\n"
            "It is also more than the figure recorded in the fourth quarter (Q4) of 2022 when Nigeria's trade stood "
            "at N11.72 trillion.\n")
    assert facts(text, pub_year=2023, pub_month=6)[2:] == [
        ("N12.05 trillion", "world", 2023, "2023-01", "2023-03"),
        ("N7.86 trillion", "world", 2021, "2021-01", "2021-03"),
        ("N11.72 trillion", "world", 2022, "2022-10", "2022-12")]


def test_a_trade_deficit_recorded_in_the_same_period_of_the_previous_fiscal_year():
    """Rule trade_noun_recorded: 'the $9.159bn trade deficit recorded during the same period in the previous fiscal
    year' is the base's value, of the fiscal quarter a year before: 'trade deficit recorded' is a gap to the adjacent
    period as 'deficit recorded' is (avnpk.com, Pakistan's trade in July-September 2023). Rule base_restated_date:
    'the US$2.1bn trade surplus recorded a year earlier, in May 2020' is of the date written right after the base."""
    text = ("ISLAMABAD: In a remarkable achievement, Pakistan has brought down its trade deficit for the first "
            "quarter of the fiscal year 2023-24 (July-Sept) to $5.289 billion, with a massive reduction of 42.25 "
            "percent, as reported by the Pakistan Bureau of Statistics (PBS).\n"
            "This figure stands in stark contrast to the $9.159bn trade deficit recorded during the same period in "
            "the previous fiscal year.\n")
    assert facts(text, pub_year=2023, pub_month=10) == [
        ("$5.289 billion", "world", 2023, "2023-07", "2023-09"),
        ("42.25 percent", "world", 2023, "2023-07", "2023-09"),
        ("$9.159bn", "world", 2022, "2022-07", "2022-09")]
    text = ("Exports totalled US$7.9bn in the month of May, while imports totalled US$6.6bn, leaving Chile with a "
            "US$1.3bn trade surplus last month. This was 37% below the US$2.1bn trade surplus recorded a year "
            "earlier, in May 2020.\n")
    assert [(f.figure, f.year, f.period_start) for f in figures_of_text(text, fmt="web", pub_year=2021, pub_month=6)
            if f.figure == "US$2.1bn"] == [("US$2.1bn", 2020, "2020-05")]


def test_those_of_a_place_after_a_flow_with_no_owner_is_its_counterpart():
    """Rule those_of_counterpart: after 'the imports from China, the largest exporter to Egypt, declined', 'those of
    Germany' are the imports from Germany: a flow with no owner written before it is replaced by its counterpart;
    'Indonesia's exports to China were below those of Vietnam' keeps China, the flow has an owner (xfafinance.com,
    Egypt's non-petroleum imports in the first half of 2017)."""
    text = ("Egypt's total non-petroleum imports have declined to 24 billion U.S. dollars during the first half of the "
            "current year, compared to 33.9 billion in the same period last year.\n"
            "According to the GOEIC report, the imports from China, the largest exporter to Egypt, declined from 4.9 "
            "to 3.4 billion dollars, showing a 30-percent decrease, while those of Germany, Egypt's second largest "
            "exporter, decreased by 27 percent, from 3.1 to 2.28 billion.\n")
    got = [(f.figure, f.partner) for f in figures_of_text(text, fmt="web", pub_year=2017, pub_month=8)]
    assert got[2:] == [("4.9 to 3.4 billion dollars", "China"), ("30-percent", "China"), ("27 percent", "Germany"),
                       ("3.1 to 2.28 billion", "Germany")]
    text = ("Last year, Indonesia's exports to China were below those of Vietnam, at US$69.5 billion; Malaysia, "
            "US $66.7 billion; and Thailand, US$43 billion.")
    assert {f.partner for f in figures_of_text(text, fmt="web", pub_year=2020)} == {"China"}


def test_the_compared_period_of_a_year():
    """Rule compared_period: 'up from $1.04 million during the compared period of 2018' is the same months of 2018,
    a base, and sets no whole year 2018 for the paragraph after it (egypttoday.com, Egypt's non-oil exports in the
    first eight months of 2019)."""
    assert times("up from $1.04 million during the compared period of 2018, according") == [
        ("compared period of 2018", "same_period", 2018, 1, 12)]
    text = ("CAIRO - 25 September 2019: Egypt's non-oil exports jumped 3 percent during the first eight months of 2019 "
            "to record $ 17.065 billion, compared to $ 16.612 billion during the same period of 2018, Ministry of "
            "Trade and Industry revealed Wednesday.\n\n"
            "Head of the General Organization for Export and Import Control (GOEIC) Ismail Gaber stated that three "
            "export sectors recorded an observed growth during the eight months, including Food sector which rose by "
            "7.5 percent, to $2.03 billion, compared to $1.88 billion during the same period of 2018.\n\n"
            "Gaber added that the agriculture sector's exports climbed 8 percent, reaching $1.76 billion, compared to "
            "$1.63 billion in the same period of 2018. Also, exports of ready-made garments increased to $1.1 "
            "billion, up from $1.04 million during the compared period of 2018, according to Gaber.\n\n"
            "The head of GOEIC stated that six export councils recorded a decline in their imports, including the "
            "furniture sector whose imports declined 61 percent, reaching $345 million, compared to $883 million in "
            "the same period of last year.\n")
    assert facts(text, pub_year=2019, pub_month=9)[-5:] == [
        ("$1.1 billion", "world", 2019, "2019-01", "2019-08"),
        ("$1.04 million", "world", 2018, "2018-01", "2018-08"),
        ("61 percent", "world", 2019, "2019-01", "2019-08"),
        ("$345 million", "world", 2019, "2019-01", "2019-08"),
        ("$883 million", "world", 2018, "2018-01", "2018-08")]


def test_a_gap_during_the_corresponding_period_and_a_base_from_that_in_a_month():
    """Rule balance_noun_gap ('gap'): 'swinging from a $1.93-billion gap during the corresponding period in 2019' is
    the base's value, of January-June 2019. Rule from_that: 'rising 3.8 percent, from that in May' measures June
    against May, whose month is a base and no period of the figures (antaranews.com, Indonesia's trade in June
    2020)."""
    text = ("Jakarta (ANTARA) - Indonesia posted a trade surplus of US$1.27 billion in June 2020, as exports rose to "
            "$12.03 billion and imports to $10.76 billion, Head of the Central Bureau of Statistics (BPS) "
            "Suhariyanto stated.\n"
            "In the first half of the year, trade balance recorded a surplus of $5.50 billion, swinging from a "
            "$1.93-billion gap during the corresponding period in 2019.\n"
            "\"Taking into account this position, we can say that our trade balance in June 2020 and during the "
            "January-June period is still encouraging,\" he pointed out.\n"
            "Exports increased to $12.03 billion owing to higher sales of oil and gas products, touching $580 "
            "million, or rising 3.8 percent, from that in May, while non-oil and gas sales increased by 15.73 "
            "percent to reach $11.45 billion.\n")
    assert facts(text, pub_year=2020, pub_month=7)[3:] == [
        ("$5.50 billion", "world", 2020, "2020-01", "2020-06"),
        ("$1.93-billion", "world", 2019, "2019-01", "2019-06"),
        ("$12.03 billion", "world", 2020, "2020-06", "2020-06"),
        ("$580 million", "world", 2020, "2020-06", "2020-06"),
        ("3.8 percent", "world", 2020, "2020-06", "2020-06"),
        ("15.73 percent", "world", 2020, "2020-06", "2020-06"),
        ("$11.45 billion", "world", 2020, "2020-06", "2020-06")]


def test_a_clause_opened_by_in_the_previous_month():
    """Rule previous_month_clause: in '... in May 2023 was negative and amounted to $2.267 billion, and in the
    previous month it was also negative - $2.093 billion' the second amount is April's, the month before the one in
    force (interfax.com.ua, Ukraine's foreign trade in January-May 2023)."""
    text = ("The State Statistics Service specified that in May 2023, compared to April 2023, the seasonally adjusted "
            "volume of exports decreased by 0.8%, to $3.221 billion, while imports increased by 2.8%, to $5.488 "
            "billion.\n\n"
            "The seasonally adjusted foreign trade balance in May 2023 was negative and amounted to $2.267 billion, "
            "and in the previous month it was also negative - $2.093 billion.\n")
    assert facts(text, pub_year=2023, pub_month=6)[-2:] == [
        ("$2.267 billion", "world", 2023, "2023-05", "2023-05"),
        ("$2.093 billion", "world", 2023, "2023-04", "2023-04")]
