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
