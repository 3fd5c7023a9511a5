"""Rule year_period_carried: a bare year beside "the similar 2017 period" keeps the months in force.

"Jamaica's trade deficit with the Caribbean Community (CARICOM) increased to US$351.2 million during the period January
to October last year ... Statin said total imports were valued at US$414.1 million in 2018, 20.7 per cent above the
similar 2017 period. It said total exports to Caricom decreased by 5.9 per cent to US$62.9 million" (iajonline.com,
data/web19 tuned page ad02): the sentence's own figures read January to October of 2018 (rule year_period_in_force,
facts/period_choice.py), and the sentences after it go on with those months, not with the whole of 2018: a year whose
sentence calls it, or the year before it, a period (cue period_choice_year_period) is the part of the year in force,
of that year (the words name the period in force: no paragraph bound, as year_period_in_force has none). The figures that carry it name the rule (State.period_kept).
"""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, State
from tradeflows.vocab.patterns import EnglishCue, cue

# "the 2017 period", "the similar 2017 period", "the 2018 review period" (the row year_period_in_force reads too)
_year_period = EnglishCue("period_choice_year_period", re.I)


def year_period_carried(d: Doc, st: State, si: int, pi: int, period: tuple) -> tuple | None:
    """The period (year, m1, m2) the state goes on with when the sentence's own period is a whole year and the part
    of a year in force is kept for it, else None."""
    if period[1:3] != (1, 12) or st.period is None:
        return None
    y0, m1, m2 = st.period[:3]
    if y0 is None or m1 is None or m2 is None or m1 > m2 or (m1, m2) == (1, 12) or abs(period[0] - y0) > 1:
        return None
    s1, s2 = d.c.sentences[si]
    pat = cue("period_choice_year_period", _year_period())
    if "period" not in d.text[s1:s2].lower():
        return None
    named = {int(m.group("y")) for m in pat.finditer(d.text, s1, s2)}
    if period[0] in named or period[0] - 1 in named:
        return (period[0], m1, m2)
    return None
