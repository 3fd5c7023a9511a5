"""Session 52, figL: the kind and sign of a percent (figures/kinds.py's change verbs, vocab/en/cues.csv)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from phrasing import one_figure  # noqa: E402


def test_skidded_is_a_fall():
    # maeeshat (data/web40 br05, a tuned page): "skidded" was no change verb, the percent read +11.3
    f = one_figure("Exports skidded 11.3 per cent year-on-year to 5.09 billion yen ($4 billion) in May, according to "
                   "data released by the Ministry of Finance.", "11.3 per cent")
    assert (f.kind, f.value) == ("growth", -11.3)


def test_tanked_is_a_fall_without_another_verb_before():
    # after "non-oil exports tanked by 24.9 per cent" (timesofoman, data/web4 z08) with no other change verb in the
    # clause: the sign is the fall's
    f = one_figure("Non-oil exports tanked by 24.9 per cent to OMR985.3 million.", "24.9 per cent")
    assert (f.kind, f.value) == ("growth", -24.9)


def test_nosedived_and_sagged_are_falls():
    f = one_figure("Imports nosedived 18.2 percent in April.", "18.2 percent")
    assert (f.kind, f.value) == ("growth", -18.2)
    f = one_figure("Shipments sagged 4.1 percent from a year earlier.", "4.1 percent")
    assert (f.kind, f.value) == ("growth", -4.1)


def test_between_two_percents_is_one_range():
    # manilatimes.net ("A disturbing lack of realism in economic targets"): "between X percent and Y percent" is one
    # figure, a range, not two figures (rule range_between_percents)
    text = ("IT seems a few eyebrows were raised earlier this week when the Department of Trade and Industry (DTI) "
            "announced an export growth target range for this year of between 6.6 percent and 8.8 percent, and "
            "immediately followed up that piece of news with an opinion that exports would \"go beyond forecasted "
            "figures,\" and expand by as much as nine percent.")
    f = one_figure(text, "6.6 percent and 8.8 percent")
    assert (f.kind, f.value, f.value_high, f.qualifier) == ("growth", 6.6, 8.8, "range")


def test_between_two_percents_of_a_fall_keeps_the_sign():
    # calchamber (data/web36 bj02): the low end and the high end of a fall, both signed
    f = one_figure("Per the WTO, world merchandise trade is set to plummet by between 13% and 32% in 2020 due to the "
                   "COVID-19 pandemic.", "13% and 32%")
    assert (f.kind, f.value, f.value_high, f.qualifier) == ("growth", -13.0, -32.0, "range")


def test_between_a_percent_and_a_smaller_one_is_no_range():
    # a high end below the low end is no range: two figures as before
    text = "Exports grew between 5% and 2% of the time."
    from tradeflows.pipeline import figures_of_text
    figs = [f.figure for f in figures_of_text(text, "page", "web")]
    assert "5% and 2%" not in figs


def test_between_years_is_untouched():
    f = one_figure("Exports rose 4.1 percent between 2019 and 2020.", "4.1 percent")
    assert (f.kind, f.value) == ("growth", 4.1)


def test_a_percent_improvement_from_a_deficit_is_its_fall():
    # manufacturing.net ("U.S. Trade Deficit Unexpectedly Improved in March", AP): the deficit narrowed to $62 billion
    # from $65.6 billion, "a 5.5 percent improvement" (rule deficit_improved)
    text = ("An AP report indicated that it was a 5.5 percent improvement from February's $65.6 billion deficit which "
            "in turn had fallen from the all-time high of $68.6 billion set in January.")
    f = one_figure(text, "5.5 percent")
    assert (f.kind, f.value) == ("growth", -5.5)
    assert f.rule.endswith(":deficit_improved")


def test_an_improvement_of_a_deficit_named_before_is_its_fall():
    # netindian (data/web40 br03, tuned): gold -75.06
    text = ("India is thus a net importer in September 2020, with a trade deficit of $2.91 billion, as compared to "
            "trade deficit of $11.67 billion, showing a substantial improvement of 75.06 per cent.")
    f = one_figure(text, "75.06 per cent")
    assert (f.kind, f.value) == ("growth", -75.06)


def test_an_improvement_with_a_flow_or_a_surplus_keeps_its_sign():
    # the flow between the deficit and "improved" is what rose; a balance that turned from deficit to surplus
    # (polity.org.za, data/web10 k08) may cross zero: left as it was
    f = one_figure("Despite the trade deficit, exports improved by 10% in May.", "10%")
    assert (f.kind, f.value) == ("growth", 10.0)
    f = one_figure("The trade deficit widened while exports showed an improvement of 4.2 per cent.", "4.2 per cent")
    assert (f.kind, f.value) == ("growth", 4.2)
    f = one_figure("The overall surplus for 2010 was R5-billion compared with a deficit of R27,3-billion in 2009, an "
                   "improvement of R32,3-billion or 118,3%.", "118,3%")
    assert f.value > 0
    f = one_figure("Exports posted a 5.5 percent improvement over the year.", "5.5 percent")
    assert (f.kind, f.value) == ("growth", 5.5)
