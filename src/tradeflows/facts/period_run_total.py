"""A money amount summed over a written run of years is no one year's (rule run_of_years_total).

"Всего в период с 2008 года по 2022 года на территориях специальных экономических зон реализовано 604 проектов на сумму
3,2 млрд долларов" (old.miit.uz, data/ruweb43): the run "с 2008 по 2022" before the amount, and no change between them,
makes the amount the run's total: its year is the run's last, its period none (the guidelines: "since 2006 or unclear ->
null"), as a change over such a run (rule run_of_years_words). Not an amount a change reaches or starts from over the
run ("From 2000 to 2023, ... grew from less than 100 billion yuan to ...": that year's level): a word of change between
the run and the amount (row run_total_change of vocab/<lang>/patterns.csv), or a word of a difference or an average
right before the run ("разница между 2008 и 2010 годом — $3 млрд", row run_total_kind_before), leaves it to the rules
after. The run itself is read here too (run_start), for these rules and for facts/period_choice.py's (from_run_start,
run_of_years, run_of_years_words).
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

_change = EnglishCue("run_total_change", re.I)
_kind_before = EnglishCue("run_total_kind_before", re.I)
KIND_REACH = 60   # how far before the run's last year a word saying it is a difference or an average may stand

_RUN_DASH = skip_compile(r"\s*[-–—]\s*")
# "From 2000 to 2023, ... grew from less than 100 billion yuan to 1.98 trillion yuan", "Between 2010 and 2020": the run's
# words (rule from_run_start; Russian "с 2016 по 2018 год": rows of vocab/ru/patterns.csv)
_run_word = EnglishCue("period_choice_run_word", re.I)
_run_open = EnglishCue("period_choice_run_open")


def run_start(d, si: int, year: int, at: int | None = None, words: bool = False) -> int | None:
    """The first year of a written run of years "2022—2024" (words: also "from 2000 to 2023", "between 2010 and
    2020") in the sentence that ends in year (at: where)."""
    times, text = d.times(si), d.text
    for a, b in zip(times, times[1:]):
        if b.year != year or a.year is None or (at is not None and b.start != at) \
                or not a.kind == b.kind == "year" or a.year >= year:
            continue
        if _RUN_DASH.fullmatch(text, a.end, b.start):
            return a.year
        if words and cue("period_choice_run_word", _run_word()).fullmatch(text, a.end, b.start) \
                and cue("period_choice_run_open", _run_open()).search(text, max(0, a.start - 10), a.start):
            return a.year
    return None


def run_total(d, si: int, f, t, run: int | None) -> bool:
    """The money figure f, after the time t that closes a written run of years starting in run (two years apart at
    least) in its sentence, with no word of change between them and none of a difference or an average right before the
    run, is the run's total."""
    return run is not None and run < t.year - 1 and f.kind == "money" and t.end <= f.clean_start \
        and t.start >= d.c.sentences[si][0] \
        and cue("run_total_change", _change()).search(d.text, t.end, f.clean_start) is None \
        and cue("run_total_kind_before", _kind_before()).search(
            d.text, max(d.c.sentences[si][0], t.start - KIND_REACH), t.start) is None


def run_total_in_force(d, st, si: int, f) -> bool:
    """"Всего в период с 2008 года по 2022 года ... реализовано 604 проектов на сумму 3,2 млрд долларов ... . Наиболее
    крупные из этих проектов реализованы в СЭЗ “Ангрен” (84 проекта на сумму 1038,2 млн долларов)": a money figure of
    no time of its own, in the paragraph right after a sentence whose amount was a run's total (rule run_of_years_total),
    is a part of that total, no one year's, as are the amounts after it in its sentence (rule run_total_carried)."""
    if f.kind != "money" or st.period is None or st.period[1:] != (1, 12) or st.last_period is None \
            or st.last_period[0] != st.period[0] or st.last_period[1] is not None or st.last_period_si not in (si - 1, si) \
            or st.period_si != si - 1:
        return False
    run = run_start(d, si - 1, st.period[0], words=True)
    return run is not None and run < st.period[0] - 1
