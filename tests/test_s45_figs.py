"""Figure phrasings found in session 45 on fresh English pages of outlets of Asia, Africa, the Americas and Oceania
that no development set holds (practice pages, no gold): number forms, change words and qualifiers, each a rule or a
vocabulary row, tested on its page's own sentence and, where the phrasing is worth a rule, a second page's."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def _figs(text: str) -> dict:
    """{figure: (kind, value, value_high, qualifier)} of an English web text's figures (the figure stage only)."""
    out = {}
    for f in figures_of_text(text + "\n", "page", "web", relate=False, lang="en"):
        out.setdefault(f.figure, (f.kind, f.value, f.value_high, f.qualifier))
    return out


def test_a_bare_range_to_its_percent_is_one_rate():
    """Rule percent_bare_to_range (figures/ranges.py): 'grow by another five to seven per cent' is one growth
    range, 5-7, not a lone 'seven per cent' read as a share (peraktoday.com.my, Bernama on Thai exports in 2017,
    https://peraktoday.com.my/2018/01/thai-exports-hit-highest-level-six-years/); digits read the same ('to reach 8
    to 10 percent [growth in exports]', a Manila Standard copy on Philippine exports,
    https://ec2-54-179-107-131.ap-southeast-1.compute.amazonaws.com/business/176439/exporters-bullish-on-10-growth-target.html)."""
    text = ("The TPSO chief projected, meanwhile, that Thai exports should further grow by another five to seven per "
            "cent year this year.")
    assert _figs(text) == {"five to seven per cent": ("growth", 5.0, 7.0, "range")}
    text = ("“We still have a fighting chance to reach 8 to 10 percent [growth in exports] this year. We are not "
            "revising as of now. There’s no reason to revise,” Philippine Exporters Confederation Inc. president "
            "Sergio Ortiz-Luiz said.")
    kind, value, high, qual = _figs(text)["8 to 10 percent"]
    assert (value, high, qual) == (8.0, 10.0, "range")


def test_a_bare_to_is_no_range_when_the_low_end_is_larger_or_a_currency_stands_before():
    """Odd cases of rule percent_bare_to_range: a first number larger than the second ('12 to 8 percent') is no
    range's low end, and 'from' keeps its own reading (a range of shares)."""
    assert "12 to 8 percent" not in _figs("Exports rose 12 to 8 percent.")
    assert _figs("exports rose from 5 to 7 per cent of GDP")["5 to 7 per cent"][1:] == (5.0, 7.0, "range")
    assert _figs("Exports fell 3 to 5 percent.")["3 to 5 percent"] == ("growth", -3.0, -5.0, "range")


def test_a_currency_move_verb_makes_a_change_not_a_share():
    """Vocabulary rows appreciated/appreciates/appreciating/appreciation, depreciated/..., weakened/weakens/weakening,
    strengthened/... (cues.csv, rule currency_move_verb): a currency's rise or fall is a change with the verb's sign
    (ghanasentinel.com on Ghana's trade to August 2025, https://ghanasentinel.com/?p=11016; princereport.com, Reuters
    on Indonesia's trade in April 2022, https://princereport.com/?p=54651)."""
    got = _figs("KEY POINTS\n- Cedi appreciates 21 percent year-to-date, among strongest globally.")
    assert got["21 percent"] == ("growth", 21.0, None, "exact")
    got = _figs("The rupiah, which had weakened about 0.3% ahead of the data, barely moved, despite the surprisingly "
                "large surplus.")
    assert got["about 0.3%"] == ("growth", -0.3, None, "approx")
    assert _figs("a depreciation of 12% against the dollar")["12%"][:2] == ("growth", -12.0)


def test_variation_is_a_change_noun_signed_by_its_rate():
    """Vocabulary row variation (cues.csv, rule variation_noun): 'a variation of 33.1%' on a Latin American page is a
    change, its own sign deciding ('a variation of -25.1%'), not a share (veconinter.com on Colombia's exports in
    the first half of 2017, https://www.veconinter.com/blog/post/colombian-exports-jumped-in-first-six-months-of-2017/6082)."""
    text = ("Between January and June 2017, the export of fuels and mining products reported $9,178.2 million, a "
            "variation of 33.1%. This result was driven by a strong growth in external sales of oil and oil-derived "
            "products.\n\nIn June 2017, $2,777.4 million were exported, with an annual variation of 0.8%.\n\n"
            "For the same period of last year, the Colombian exports reached $14,498.2 million, with a variation of "
            "-25.1%.")
    got = _figs(text)
    assert got["33.1%"] == ("growth", 33.1, None, "exact")
    assert got["0.8%"] == ("growth", 0.8, None, "exact")
    assert got["25.1%"][:2] == ("growth", -25.1)
    assert _figs("only primary products had a positive variation of 10.2%")["10.2%"][:2] == ("growth", 10.2)


def test_below_the_forecast_is_no_bound_of_the_forecast():
    """Rule compared_to_forecast (figures/extract.py): in 'below the 34.97% rise expected in the poll' the forecast
    is written exactly; 'below' compares the result with it and bounds no figure (princereport.com, Reuters on
    Indonesia's trade in April 2022, https://princereport.com/?p=54651; kdal610.com, Reuters on April 2024,
    https://kdal610.com/2024/05/15/indonesia-records-3-56-billion-trade-surplus-in-april-above-forecast/)."""
    got = _figs("Imports were up 21.97% on an annual basis to $19.76 billion, below the 34.97% rise expected in the "
                "poll.")
    assert got["34.97%"] == ("growth", 34.97, None, "exact")
    got = _figs("In April, exports rose 1.72% from a year earlier to $19.62 billion, below the 4.57% expected by "
                "economists polled by Reuters.")
    assert got["4.57%"][1:] == (4.57, None, "exact")


def test_below_the_without_a_forecast_keeps_its_bound():
    """Odd case of rule compared_to_forecast: with no expectation word after the number 'below the' still bounds it."""
    assert _figs("exports were below the 5% of total trade")["below the 5%"][3] == "less_than"


def test_gains_signs_the_rates_after_it_over_a_fall_named_before():
    """Vocabulary row gains (cues.csv, rule gains_noun): in '... due to the decrease in demand for capital goods
    (-11 perent), which offset the gains of consumer goods (22.8 percent), raw materials and intermediate goods (15.2
    percent)' the rates after 'the gains of' are rises, not falls (manilastandard.net on Philippine trade in January
    2017, https://manilastandard.net/?p=231435; the same NEDA text on manila-stv.ph,
    https://manila-stv.ph/business/double-digit-export-growth-spurs-rise-in-philippine-february-trade.html)."""
    text = ("Import payments decelerated to $7.4 billion due to the decrease in demand for capital goods (-11 perent), "
            "which offset the gains of consumer goods (22.8 percent), raw materials and intermediate goods (15.2 "
            "percent), and mineral fuels and lubricants (42.7 percent).")
    got = _figs(text)
    assert [got[k][:2] for k in ("22.8 percent", "15.2 percent", "42.7 percent")] == [
        ("growth", 22.8), ("growth", 15.2), ("growth", 42.7)]
    text = ("However, import payments decelerated to $7.4 billion due to the decrease in demand for capital goods (-11 "
            "percent), which offset the gains of consumer goods (22.8 percent), raw materials and intermediate goods "
            "(15.2 percent), and mineral fuels and lubricants (42.7 percent).")
    got = _figs(text)
    assert got["11 percent"][:2] == ("growth", -11.0)
    assert got["15.2 percent"][:2] == ("growth", 15.2)
