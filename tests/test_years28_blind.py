"""Years and periods of trade money figures on stored English pages outside the development sets (the
years28en blind round: relative years, parts of a year, fiscal years, years given only in an earlier
sentence, undated pages): each test is a tuning page's real sentences, exact values, the rule that decided it."""
from phrasing import holding, year_spans as spans
from tradeflows.pipeline import figures_of_text


DUBAI_H1_2016 = (
    "As re-exports shrank, Dubai's non-oil foreign trade fell marginally in the first-half of the year. The total "
    "trade during the first six months of 2016 ending on June 30 was AED647 billion ($176.1 billion), down by 0.77% "
    "from AED652 billion recorded in the corresponding period last year, according to the figures revealed by Dubai "
    "Customs.\nRe-exports totaled AED172 billion during the first-half marking a drop from AED185 billion from the "
    "year earlier period.\n")


def test_from_a_level_from_the_year_earlier_period():
    # financialtribune.com (undated): "a drop from AED185 billion from the year earlier period" is the first half
    # of 2015 (the year-earlier period joins the year-ago one; rule base_value)
    got = spans(DUBAI_H1_2016)
    assert holding(got, "AED185 billion") == (2015, "2015-01", "2015-06", "base_value")
    assert holding(got, "AED172 billion")[:3] == (2016, "2016-01", "2016-06")


def test_rose_to_a_level_from_the_same_period_is_the_own_level():
    # the contrast the rule keeps: "to $X from the same period" is the change's own level, not a base
    got = spans(DUBAI_H1_2016.replace("marking a drop from AED185 billion from the year earlier period",
                                      "down 7 percent to AED185 billion from the year earlier period"))
    assert holding(got, "AED185 billion")[:3] == (2016, "2016-01", "2016-06")


DUBAI_10M_2012 = (
    "Dubai's 10-month non-oil trade hits $272bn\nDubai's total non-oil foreign trade totalled more than AED1trn "
    "($272bn) in the first 10 months of 2012, a record amount for the period.\nDubai's foreign trade fell to as low "
    "as AED619bn during the January to October period in 2009 during the worst of the global financial crisis "
    "before rising to AED742bn the following year.\n")


def test_the_following_year():
    # findexporters.com (undated, Dubai): "the following year" is the year after 2009, in its months (rule
    # following_year)
    got = spans(DUBAI_10M_2012)
    assert holding(got, "AED742bn") == (2010, "2010-01", "2010-10", "following_year")
    assert holding(got, "AED619bn")[:3] == (2009, "2009-01", "2009-10")


RT_RUSSIA_CHINA = (
    "Bilateral trade between Russia and China saw significant growth in the first five months of the current year, "
    "the latest data from China's General Administration of Customs shows.\n\nAccording to the data, the total volume "
    "of trade between the two countries during the period amounted to $50.65 billion, marking year-on-year growth of "
    "23.6%. In May alone, Russia-China trade turnover reached $10.449 billion.\n\nExports of Chinese goods to Russia "
    "increased by 35.3% to $22.921 billion, while imports of Russian products surged 15.4%, and reached $27.735 "
    "billion.\n")


def test_a_month_alone_is_not_carried():
    # rt.com, 2021-06-07: "In May alone" is May's own figure; the next paragraph goes on with January-May (rule
    # month_alone)
    got = spans(RT_RUSSIA_CHINA, 2021, 6)
    assert holding(got, "$10.449 billion")[:3] == (2021, "2021-05", "2021-05")
    assert holding(got, "$22.921 billion")[:3] == (2021, "2021-01", "2021-05")
    assert holding(got, "$27.735 billion")[:3] == (2021, "2021-01", "2021-05")


INDONESIA_CUMULATIVE = (
    "Cumulatively, up until October 2023, the overall surplus in Indonesia's trade balance has reached US$31.22 "
    "billion. According to Ismartini, this figure is lower compared to the cumulative total from January to October "
    "2022, which amounted to US$45.44 billion.\n")


def test_up_until_a_month_is_the_year_so_far():
    # expatlifeindonesia.com (undated): "up until October 2023" is January-October 2023 (rule to_month)
    got = spans(INDONESIA_CUMULATIVE)
    assert holding(got, "US$31.22 billion")[:3] == (2023, "2023-01", "2023-10")
    assert holding(got, "US$45.44 billion")[:3] == (2022, "2022-01", "2022-10")


PIB_FY23 = ("India's overall exports projected to scale new heights, growing at 13.84 percent during FY 2022-23 over "
            "FY 2021-22 to achieve USD 770.18 billion worth of exports.\n")


def test_growing_over_a_fiscal_year_is_a_base():
    # pib.gov.in, 2023-04-13: "growing at 13.84 percent during FY 2022-23 over FY 2021-22": the fiscal year after
    # "over" is the base, the amount reached is of FY 2022-23 (BASE_BEFORE's change words)
    got = spans(PIB_FY23, 2023, 4)
    assert holding(got, "USD 770.18 billion")[:3] == (2023, "2022-04", "2023-03")


PAKISTAN_REGIONAL = (
    "Pakistan's exports to seven regional countries during the first quarter (July-September) of the ongoing fiscal "
    "year 2023-24 witnessed a 3 percent surge when compared to the same period last year.\n\nThis accounted for 13.98 "
    "percent of Pakistan's overall exports, which amounted to $7,018.956 million from July to September 2023-24.\n\n"
    "Exports to China showed a significant increase of 26.42 percent reaching $633.374 million in the first three "
    "months of the fiscal year, compared to $501.000 million in the corresponding period last year.\n\nExports to "
    "Afghanistan also experienced a modest increase, reaching $128.533 million from $127.157 million.\n")


def test_months_joined_by_to_before_a_fiscal_span():
    # profit.pakistantoday.com.pk, 2023-11-09: "from July to September 2023-24" is July-September 2023, an actual
    # (it had been the whole fiscal year 2023-24, a target for being after the page's date)
    got = spans(PAKISTAN_REGIONAL, 2023, 11)
    assert holding(got, "$7,018.956 million")[:3] == (2023, "2023-07", "2023-09")
    figs = [f for f in figures_of_text(PAKISTAN_REGIONAL, fmt="web", lang="en", pub_year=2023, pub_month=11)
            if f.figure.endswith("$7,018.956 million")]
    assert figs[0].status == "actual"


def test_reaching_a_level_from_another():
    # the same page: "reaching $128.533 million from $127.157 million": the level the change started from is the
    # same months a year before (rule from_value)
    got = spans(PAKISTAN_REGIONAL, 2023, 11)
    assert holding(got, "$127.157 million") == (2022, "2022-07", "2022-09", "from_value")
    assert holding(got, "$128.533 million")[:3] == (2023, "2023-07", "2023-09")


UZBEK_JAN_SEP = (
    "To note, Uzbekistan's foreign trade turnover amounted to $48.2 billion from January through September 2024. This "
    "indicator increased by 7.7 percent compared to the same period last year ($44.7 billion in January-September "
    "2023).\n")


def test_a_bracketed_base_value_with_its_own_period():
    # en.trend.az, 2024-11-23: the base's value in brackets written with its own period is of that period (it had
    # been a year before it, 2022)
    got = spans(UZBEK_JAN_SEP, 2024, 11)
    assert holding(got, "$44.7 billion")[:3] == (2023, "2023-01", "2023-09")


NIGERIA_Q3 = (
    "For the year-on-year value, the total trade volume for Q3 2022 (11.59 trillion) was higher than the value "
    "recorded in the corresponding period of 2021 which stood at N10.47 trillion.\n")


def test_which_stood_at_after_a_same_period_base():
    # pulse.ng, 2022-12-06: "the corresponding period of 2021 which stood at N10.47 trillion" (rule base_value,
    # _BASE_WHEN without a comma)
    got = spans("Nigeria's total trade fell in the third quarter of 2022.\n\n" + NIGERIA_Q3, 2022, 12)
    assert holding(got, "N10.47 trillion")[:3] == (2021, "2021-07", "2021-09")


KHALEEJ_UAE = (
    "For the first time ever, UAE's non-oil foreign trade has exceeded one trillion dirhams in just 6 months.\n"
    "In the first half of the year, the volume of non-oil exports was Dh180 billion, with a growth rate of 8 per cent "
    "in comparison to 2021.\nAside from that, during the first half of the year, the country crossed Dh580 billion in "
    "import volume.\n")


def test_an_undated_page_after_its_comparison_year():
    # khaleejtimes.com (undated): a rate's base "in comparison to 2021" means the page speaks from 2022 (rule
    # rate_base_year in ingest/page_year.py); the first half of the year is 2022's
    got = spans(KHALEEJ_UAE)
    assert holding(got, "Dh180 billion")[:3] == (2022, "2022-01", "2022-06")
    assert holding(got, "Dh580 billion")[:3] == (2022, "2022-01", "2022-06")


INDONESIA_NOVEMBER = (
    "Jakarta. Indonesia recorded a surplus of $5.16 billion in its international trade in November to extend a run "
    "of surpluses to the 31st consecutive month, the Central Statistics Agency, or BPS, announced on Thursday.\nThe "
    "latest monthly figure brings the overall international trade surplus to top $50 billion year to date.\nThe "
    "country's exports amounted to $24.12 billion last month, in comparison to $18.96 in its monthly imports to "
    "extend the record-breaking run that has begun since May 2020.\nNovember's export value declined slightly by "
    "2.46 percent from the previous month but climbed by 5.58 percent year-on-year. The import was down by 0.91 "
    "percent from October and 1.89 percent from November 2021.\n")


def test_an_undated_page_after_a_rate_base_month():
    # aec.utcc.ac.th (undated, from jakartaglobe.id): "1.89 percent from November 2021" is a base: the page
    # speaks from 2022 (rule rate_base_year); "last month" on a page with no date is the month in force (rule
    # last_month_in_force)
    got = spans(INDONESIA_NOVEMBER)
    assert holding(got, "$5.16 billion")[:3] == (2022, "2022-11", "2022-11")
    assert holding(got, "$50 billion")[:3] == (2022, "2022-01", "2022-11")
    assert holding(got, "$24.12 billion") == (2022, "2022-11", "2022-11", "last_month_in_force")


QAZINFORM = (
    "In January-May this year, China's imports and exports with the Central Asian nations – Kazakhstan, Kyrgyzstan, "
    "Tajikistan, Turkmenistan and Uzbekistan – rose 10% on-year, reaching a new record of 39.8 billion US dollars.\n\n"
    "In 2024, the China-Central Asia trade turnover was more than three times of the 2014 figure, hitting 94.8 "
    "billion US dollars.\n\nAccording to Liu Huaqin, professor at the Institute of Europe and Eurasia of the Chinese "
    "Academy of International Trade and Economic Cooperation, Kazakhstan is the largest trade partner of China in "
    "Central Asia, as both nations traded goods worth 43.82 billion US dollars last year.\n")


def test_an_undated_page_after_a_year_told_done():
    # qazinform.com (undated): "In 2024, the ... turnover was ..." beside "this year" is a year done: this year is
    # 2025, last year 2024 (rule in_year_done, an English row of done_year)
    got = spans(QAZINFORM)
    assert holding(got, "39.8 billion US dollars")[:3] == (2025, "2025-01", "2025-05")
    assert holding(got, "43.82 billion US dollars")[:3] == (2024, "2024-01", "2024-12")
    assert holding(got, "94.8 billion US dollars")[:3] == (2024, "2024-01", "2024-12")


# the same round's partner and panel misses that were one vocabulary row each

WORLDBULLETIN_TURKEY = (
    "Turkey's exports to the EU28 rose 6.7 percent to reach €38 billion ($41 billion) and its imports from the EU28 "
    "were €44.3 billion ($47.8 billion), up 7.8 percent year-on-year in H1.\n")


def test_eu28_is_the_european_union():
    # worldbulletin.net, 2018-08-15: "the EU28" (vocab/en/places.csv rows EU28, EU-28, EU27, EU-27)
    figs = {f.figure: f for f in figures_of_text(WORLDBULLETIN_TURKEY, fmt="web", lang="en", pub_year=2018, pub_month=8)}
    assert (figs["€38 billion"].reporter, figs["€38 billion"].partner) == ("Turkey", "European Union")
    assert (figs["€44.3 billion"].measure, figs["€44.3 billion"].partner) == ("imports", "European Union")


OPPORTIMES_SEQUENCE = (
    "The sequence? Mexico's product exports to the United States were $343.681 billion in 2018; $356.094 billion in "
    "2019; $323.520 billion in 2020; and $384.649 billion in 2021.\n")


def test_product_exports_are_goods_exports():
    # opportimes.com (undated): "Mexico's product exports" are its goods exports, not one product's
    # (vocab/en/generic_goods.txt row product): the 2018 cell enters the panel
    from tradeflows.dataset.series import series_status
    from tradeflows.dataset.tasks import figure_rows
    figs = figures_of_text(OPPORTIMES_SEQUENCE, fmt="web", lang="en")
    rows = {f.figure: r for f, r in zip(figs, figure_rows(figs))}
    r = rows["$343.681 billion"]
    assert (r["reporter"], r["partner"], r["year"], series_status(r)) == ("Mexico", "United States", 2018, "in")
