"""Phrasings of money, kinds, measures and status found in session 38 on stored English trade news pages of outlets
no development set holds (the Middle East, Africa, South Asia, Europe, Latin America), each a rule or a vocabulary
row, tested on its page's own sentences."""
from __future__ import annotations

from phrasing import figs, first_fields


def _fields(text: str, **kw) -> dict:
    """{figure: (kind, value, measure, status)} of a web text's figures, the first of each string."""
    return first_fields(text, "kind", "value", "measure", "status", lang="en", **kw)


def test_a_change_noun_after_its_rate_and_a_frequency_word():
    """Rule change_after_frequency (figures/kinds.py, pattern change_after): in 'imports reported a 2.45% monthly
    drop due to the 1.34% decrease in non-oil imports' the rate of 'a ... monthly drop' is a fall of 2.45%, not a
    share; 'quarterly' reads the same (eluniversal.com.mx, Mexico's trade in January 2018)."""
    text = ("In January, imports to the country reached USD$35,138 million representing an annual increase of 14.1% "
            "due to a 14.1% increase in non-oil imports and a 14.8% increase in oil imports.\n\n"
            "Yet, imports reported a 2.45% monthly drop due to the 1.34% decrease in non-oil imports and 11.34% "
            "decrease in oil companies.\n")
    got = _fields(text, pub_year=2018, pub_month=2)
    assert got["2.45%"][:3] == ("growth", -2.45, "imports")
    assert got["1.34%"][:2] == ("growth", -1.34)
    text = "Exports posted a 3.1% quarterly rise in the three months to June.\n"
    assert _fields(text, pub_year=2018)["3.1%"][:2] == ("growth", 3.1)


def test_skyrocketed_is_a_change_and_its_level_reached_a_result():
    """Vocabulary rows skyrocketed, skyrocketing, skyrockets, rocketed (cues.csv) and rule changed_to_reach: 'The
    volume of re-exports skyrocketed 48 percent to reach 13 million tons' is a rise of 48%, not a share, and what
    it reached is a result, not a goal (albawaba.com, WAM on Dubai's non-oil trade in the first nine months of
    2019)."""
    text = ("Dubai’s non-oil foreign trade volumes surged to 83 million tons in the first nine months of 2019.\n\n"
            "The volume of re-exports skyrocketed 48 percent to reach 13 million tons. Exports rose by 47 percent to "
            "14 million tons while imports grew by 13 percent to 56 million tons, it said.\n")
    got = _fields(text, pub_year=2019, pub_month=12)
    kind, value, _, status = got["48 percent"]
    assert (kind, value, status) == ("growth", 48.0, "actual")


def test_a_rate_before_its_change_noun_then_to_reach():
    """Rule rate_noun_to_reach (facts/status.py, _CHANGED_BEFORE): 'The second quarter's trade activity witnessed a
    3 percent growth to reach Dh337 billion while the first quarter's trade activity saw a 7 percent growth to
    reach AED339 billion' reports results: 'to reach' after a past change written as 'a N percent growth' is no
    goal (albawaba.com, WAM on Dubai's trade in 2019)."""
    text = ("Dubai achieved regular quarterly profits in 2019. The third quarter saw the highest trade activity worth "
            "AED343 billion, a growth of 7 percent. The second quarter’s trade activity witnessed a 3 percent growth "
            "to reach Dh337 billion while the first quarter’s trade activity saw a 7 percent growth to reach AED339 "
            "billion, compared to the same period in 2018.\n")
    got = _fields(text, pub_year=2019, pub_month=12)
    assert got["3 percent"][3] == "actual"
    assert got["Dh337 billion"] == ("money", 337e9, "turnover", "actual")
    assert got["AED339 billion"] == ("money", 339e9, "turnover", "actual")


def test_a_change_then_its_amount_in_an_aside_then_to_reach():
    """Rule changed_aside_to_reach (facts/status.py, _CHANGED_BEFORE): in 'increasing by 60%, worth 78.5 million
    dinars, to reach about 209.1 million dinars' the change's own amount stands in an aside between the change and
    'to reach': the level reached is a result (timeskuwait.com, Kuwait's non-oil exports to May 2022)."""
    text = ("Kuwait’s non-oil exports made a big leap during the first five months of this year, increasing by 60%, "
            "worth 78.5 million dinars, to reach about 209.1 million dinars from January to the end of May 2022, "
            "compared to 130.6 million dinars for the same period in 2021.\n")
    got = _fields(text, pub_year=2022, pub_month=8)
    assert got["about 209.1 million dinars"] == ("money", 209.1e6, "exports", "actual")
    assert got["78.5 million dinars"][3] == "actual"


KENYA_STRATEGY = (
    "Kenya has made the export of value-added farm produce such as tea, coffee and fruits to China and India a top "
    "priority in the new exports strategy that she unveiled on July 31, seeking to more than triple exports in four "
    "years.\n\n"
    "The ambitious Integrated National Exports Development and Promotion Strategy targets to grow external sales — "
    "which stood at Sh594.13 billion in 2017 — by 25 per cent every year to Sh1.8 trillion in 2022.\n")


def test_seeking_to_names_a_goal():
    """Vocabulary rows 'seeking to', 'seek to' (status.csv): '..., seeking to more than triple exports in four years'
    is a goal, not a result (hakipensheni.blogspot.com, the Business Daily's story on KNBS figures, November
    2018)."""
    got = _fields(KENYA_STRATEGY, pub_year=2018, pub_month=11)
    assert got["more than triple"][0] == "growth"
    assert got["more than triple"][3] == "target"


def test_a_dated_level_in_a_relative_clause_inside_a_goal_is_a_result():
    """Rule goal_level_aside (facts/status.py, dated_status): in 'targets to grow external sales — which stood at
    Sh594.13 billion in 2017 — by 25 per cent every year to Sh1.8 trillion in 2022' the level of 2017 the relative
    clause gives is a result; the rate and the level of 2022 stay goals (hakipensheni.blogspot.com, November
    2018)."""
    got = _fields(KENYA_STRATEGY, pub_year=2018, pub_month=11)
    assert got["Sh594.13 billion"] == ("money", 594.13e9, "exports", "actual")
    assert got["Sh1.8 trillion"] == ("money", 1.8e12, "exports", "target")
    assert got["25 per cent"][3] == "target"


RWANDA_MARCH = (
    "According to the report released on Monday, the country’s formal trade in goods deficit narrowed by 10.51 per "
    "cent in March compared to the same period last year. However, it was recorded at $102.22 million (about "
    "Rwf856.86 billion) in value over the reporting period, an increase of 34.61 per cent compared to the month of "
    "February.\n\n"
    "The country’s export value rose by 39.56 per cent in March, but was up by a lower margin of 23.40 per cent on a "
    "yearly basis, NISR indicates. The import bill increased at lower percentage of 29.68 per cent compared to "
    "February 2017, and dropped 1.08 per cent compared to March 2016, according to the report.\n")


def test_the_rate_a_change_went_at_named_as_a_margin_or_percentage():
    """Rule change_rate_of (figures/percent.py, growth_change_rate_of): 'was up by a lower margin of 23.40 per cent'
    is a rise of 23.40%, its comparative 'lower' no fall, and 'increased at lower percentage of 29.68 per cent' a
    rise of 29.68%, 'percentage' no share (newtimes.co.rw, NISR's trade in goods report for March 2017)."""
    got = _fields(RWANDA_MARCH, pub_year=2017, pub_month=5)
    assert got["23.40 per cent"][:3] == ("growth", 23.4, "exports")
    assert got["29.68 per cent"][:3] == ("growth", 29.68, "imports")
    assert got["1.08 per cent"][:2] == ("growth", -1.08)
    text = "Exports were down by a smaller margin of 5.1 per cent, while imports fell at a faster pace of 5.3 per cent.\n"
    got = _fields(text, pub_year=2017)
    assert got["5.1 per cent"][:2] == ("growth", -5.1)
    assert got["5.3 per cent"][:2] == ("growth", -5.3)


def test_the_rwandan_franc_written_rwf_or_frw():
    """Vocabulary rows Rwf, RWf, Frw, FRW (currencies.csv, rule rwandan_franc_prefix): '$102.22 million (about
    Rwf856.86 billion)' restates the deficit in Rwandan francs (newtimes.co.rw, March 2017)."""
    got = _fields(RWANDA_MARCH, pub_year=2017, pub_month=5)
    assert got["about Rwf856.86 billion"][:3] == ("money", 856.86e9, "balance")
    f = next(f for f in figs(RWANDA_MARCH, pub_year=2017, lang="en") if f.figure == "about Rwf856.86 billion")
    assert f.currency == "RWF"
    f = next(f for f in figs("Rwanda's exports rose to Frw 120.5 billion in 2022.\n", pub_year=2023, lang="en"))
    assert (f.figure, f.currency, f.value) == ("Frw 120.5 billion", "RWF", 120.5e9)


def test_the_shilling_written_after_a_scaled_amount():
    """Rule shilling_suffix (figures/extract.py; currencies.csv rows '/-' for Tanzania, Kenya and Uganda; the scale
    abbreviation 'tri' of units.txt): 'the country's exports value between 2018 and 2022 were 27.93 billion US
    dollars (70tri/-)' restates the dollars in Tanzanian shillings (dailynews.co.tz, TanTrade's figures, 2023)."""
    text = ("Exports value increases by 16pc annually\n\n"
            "TANZANIA: TANZANIA exports have been increasing at an average of over 16 per cent a year in the last four "
            "years pushed by enhanced quality of goods.\n\n"
            "According to Tanzania Trade Development Authority’s (TanTrade) latest data, the country’s exports value "
            "between 2018 and 2022 were 27.93 billion US dollars (70tri/-) where some businesses’ good performance was "
            "championed by the country’s ambassadors and high commissioners abroad.\n")
    got = {f.figure: (f.kind, f.value, f.currency, f.measure) for f in figs(text, pub_year=2023, lang="en")}
    assert got["70tri/-"] == ("money", 70e12, "TZS", "exports")
    assert got["27.93 billion US dollars"] == ("money", 27.93e9, "USD", "exports")


def test_fdi_and_remittances_are_no_trade():
    """Vocabulary rows FDI (investment) and remittance, remittances (other) of measures.csv: a headline's '13% Rise
    in FDI Inflows; But Trade Deficit Exceeds $9 billion' (frontiermarketnews.org, Bangladesh Bank's figures for
    FY17) and 'Remittances increased by about 50 percent in the first quarter' after a sentence on the trade deficit
    (bangladeshlivenews.com, October 2020) measure no trade."""
    text = ("Bangladesh: 13% Rise in FDI Inflows; But Trade Deficit Exceeds $9 billion\n"
            "Bangladesh experienced an increase in foreign direct investment (FDI) in the first 11 months of its "
            "previous fiscal year (FY17), according to data released by Bangladesh Bank.\n")
    got = _fields(text, pub_year=2017, pub_month=7)
    assert got["13%"][:3] == ("growth", 13.0, "investment")
    assert got["Exceeds $9 billion"][2] == "balance"
    text = ("However, the trade deficit has narrowed due to strong remittance inflows to the country. Remittances "
            "increased by about 50 percent in the first quarter.\n")
    got = _fields(text, pub_year=2020, pub_month=10)
    assert got["about 50 percent"][:3] == ("growth", 50.0, "other")


def test_the_former_and_the_latter_name_the_flows_of_a_pair():
    """Rule former_latter (facts/measure.py): in 'the rate of increase in imports which completely outstrips the rate
    of increase exports, with the former growing by 10.68% ($36.37 billion to $40.253 billion) and the latter by 3.8%
    ($29.919 billion to $31.055 billion)' the former is imports, the latter exports (frontiermarketnews.org,
    Bangladesh's trade in FY17)."""
    text = ("A major factor that pushed it over the $9 billion mark is the rate of increase in imports which "
            "completely outstrips the rate of increase exports, with the former growing by 10.68% ($36.37 billion to "
            "$40.253 billion) and the latter by 3.8% ($29.919 billion to $31.055 billion) between the two fiscal "
            "periods.\n")
    got = _fields(text, pub_year=2017, pub_month=7)
    assert [got[x][2] for x in ("10.68%", "$36.37 billion", "$40.253 billion")] == ["imports"] * 3
    assert [got[x][2] for x in ("3.8%", "$29.919 billion", "$31.055 billion")] == ["exports"] * 3
    text = "Trade with the former Soviet Union rose 5% to $3 billion, exports grew 2%.\n"
    assert _fields(text, pub_year=2017)["5%"][2] == "turnover"
