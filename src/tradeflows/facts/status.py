"""The status decision: is a figure an actual, a target (a goal, a forecast) or historical?

A status cue of the figure's clause (vocab status.csv) decides first; once the figure's
period is known a future year makes it a goal and a dated past level inside a goal's
sentence (the level it starts from, one before the goal's year) an actual again.
"""
from __future__ import annotations

import re

from tradeflows.facts.asides import in_dash_aside
from tradeflows.facts.bodies import in_body_name
from tradeflows.facts.context import Doc
from tradeflows.facts.goal_infinitive import infinitive_goal
from tradeflows.facts.periods import find_times
from tradeflows.records import Figure
from tradeflows.vocab import fold
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue, english_cue
from tradeflows.vocab.skip import skip_compile


def clause_status(d: Doc, f: Figure, s_start: int, s_end: int, v) -> tuple[str, str, int | None]:
    """(status, rule, where the first target cue starts) from the cues of the figure's clause."""
    text = d.text
    status, srule = "actual", "default_actual"
    sentence = text[s_start:s_end]
    target_cue = None
    contrast = False
    later = None
    aside = None   # where the first goal cue of a contrasting clause after the figure starts (rule goal_clause)
    # (the sentence's cue matches scanned once and kept for its other figures, DocMemo.status_cues: 29% of data/raw's
    # figures share a sentence with one before; the loop reads every match, so a list reads as the scan did)
    if d.low is not None and v["status_lc"] is not None:
        rx, on = v["status_lc"], d.low
    else:
        rx, on = v["status_re"], text
    key = (s_start, s_end, id(rx))
    found = d.memo.status_cues.get(key)
    if found is None:
        found = d.memo.status_cues[key] = list(rx.finditer(on[s_start:s_end]))
    for m in found:
        st_ = v["status"][fold(m.group())]
        if not_a_cue(sentence, m.start(), m.end()):
            continue
        if st_ == "target" and s_start + m.end() <= f.clean_start and \
                _later_clause().search(sentence, m.end(), f.clean_start - s_start):
            continue  # "decided to boost trade to $10 billion after the two countries experienced a 38 percent growth"
        if st_ == "target" and s_start + m.start() >= f.clean_end and (
                (aside is not None and s_start + m.start() > aside)
                or cue("goal_clause", _aside_after()).fullmatch(text, f.clean_end, s_start + m.start())):
            # "Товарооборот ... превышает 28 миллиардов долларов, а целью является выход на 30 миллиарда": a goal
            # a contrasting clause after the figure names is that clause's (cue goal_clause), and so are the cues after
            # it ("..., а к 2030 году стороны ставят цель увеличить его до 10 млрд долларов")
            aside = s_start + m.start() if aside is None else aside
            continue
        if st_ == "target" and (aside_rule := goal_aside(text, f, s_start + m.start(), s_start + m.end(), s_start)):
            # a goal or forecast of an aside of the figure's clause (GOAL_ASIDES) is the aside's, not the figure's: the
            # aside's rule names an actual figure's status
            later = aside_rule
            continue
        if st_ == "target" and s_start + m.start() >= f.clean_end and \
                contrast_between().search(text, f.clean_end, s_start + m.start()):
            contrast = True
            continue
        if st_ == "target" and ((s_start + m.start() >= f.clean_end and (
                _cue_of_figure_before().search(text, f.clean_end, s_start + m.start())
                or _commentary_after().match(text, f.clean_end, s_start + m.start())))
                or (s_start + m.end() <= f.clean_start and "," in text[s_start + m.end():f.clean_start]
                    and _cue_of_figure_before().search(text, max(s_start, s_start + m.start() - 60), s_start + m.start()))):
            # "Imports grew 18.1 per cent ..., compared with a 16.2 per cent gain expected", "a deficit of 1.446 trillion
            # yen ..., against a shortfall of 1.070 trillion yen expected": a cue right after another figure's words
            # is that figure's, also for a figure after it ("... 1.070 trillion yen expected, after logging a record trade
            # gap of 2.79 trillion yen") (rule cue_of_figure); "..., suggesting that sluggish external demand could put a
            # drag on the economy": a modal of the comment after the figure is no status of it
            continue
        if st_ == "target" and ((s_start + m.start() >= f.clean_end
                                 and _clause_join().search(text, f.clean_end, s_start + m.start()))
                                or (s_start + m.end() <= f.clean_start and ";" in text[s_start + m.end():f.clean_start])) \
                and _own_figure_after().match(text, s_start + m.end()):
            # "Exports fell 1.1% yoy, missing forecasts for a 3% gain": a forecast named after the figure, in a
            # clause of its own, with its own figure right after it, is that figure's (rule forecast_own_figure); so
            # is one before the figure, a semicolon between ("higher than the expected 4.7%; trade surplus was ...")
            # "The data follows May's smaller R2,67-billion shortfall and compares with expectations of a R3,5-billion
            # gap" (mg.co.za): also a clause joined by "and" after the figure
            continue
        if st_ == "historical" or (st_ == "target" and status != "historical"):
            status, srule = st_, f"cue:{m.group().lower()}"
            if st_ == "target" and target_cue is None:
                target_cue = s_start + m.start()
    if contrast and status == "actual":
        srule = "contrast_goal"
    elif later and status == "actual":
        srule = later
    if status == "actual" and _total_of_goals(d, f, s_start, v):
        status, srule = "target", "total_of_goals"
    if status == "actual" and goal_gerund_before(text, f, s_start):
        # "The two countries agreed – at the time of Erdogan’s visit to Budapest ... in 2013 – on increasing bilateral
        # trade to USD five billion annually" (kormany.hu), "to pave the way for pushing bilateral trade to $5 billion":
        # the level a preposition's gerund of raising takes the flow to is aimed at, a goal (rule goal_gerund)
        status, srule = "target", "goal_gerund"
    if status == "actual" and infinitive_goal(d, f):
        # "Нарастить товарооборот в два раза" (a subheading): a sentence opening on an infinitive of raising names a
        # goal (rule infinitive_goal, facts/goal_infinitive.py)
        status, srule = "target", "infinitive_goal"
    if f.qualifier == "less_than" and f.kind == "money" and _up_to_figure().search(f.figure) \
            and not _was_up_to().search(text, max(0, f.clean_start - 90), f.clean_start):
        # (not "the trade gap was up to $40.3 billion from $40.0 billion": a level risen to)
        status, srule = "target", "up_to_goal"
    return status, srule, target_cue


def _goal_in_bracket(text: str, f: Figure, start: int, end: int, s_start: int) -> bool:
    """"свыше $89 млн прямых иностранных инвестиций (при прогнозе в $55 млн)": a goal in a bracket after the figure is
    the bracket's amount's (pattern goal_in_bracket; Russian rows only)."""
    return start >= f.clean_end and cue("goal_in_bracket", NEVER).fullmatch(text, f.clean_end, start) is not None


def _goal_later_amount(text: str, f: Figure, start: int, end: int, s_start: int) -> bool:
    """"В прошлом году было $20 млрд., теперь уже говорим о $23 млрд., и может быть еще больше": a goal of a later
    clause with an amount of its own is that amount's (pattern goal_later_amount; Russian rows only)."""
    return start >= f.clean_end and cue("goal_later_amount", NEVER).fullmatch(text, f.clean_end, start) is not None


def _goal_against(text: str, f: Figure, start: int, end: int, s_start: int) -> bool:
    """"export earnings rose by only 3.18 percent to $18.62 billion against a target of $19.55 billion" (newnation.io):
    a goal the figure is set against ("against", "versus", "vs." and up to three words), with its own amount after it,
    is that amount's; the rise and the level reached are results (pattern goal_against)."""
    return start >= f.clean_end and _goal_against_re().fullmatch(text, f.clean_end, start) is not None \
        and _own_figure_after().match(text, end) is not None


def _goal_dash_aside(text: str, f: Figure, start: int, end: int, s_start: int) -> bool:
    """"exceeded $100 billion — the goal set by the leaders of the two countries — and amounted to $108.3 billion": a
    goal named inside a dash-set aside before the figure is the aside's, not the figure's."""
    return end <= f.clean_start and in_dash_aside(text, start, end, s_start, f.clean_start)


def _beat_forecast(text: str, f: Figure, start: int, end: int, s_start: int) -> bool:
    """"экспорт ... вырос на 21,8% в годовом исчислении, превысив прогноз Bloomberg": a forecast the figure beat is
    compared with, not the figure's status (pattern beat_forecast; Russian rows only, English reads "than expected" in
    not_a_cue)."""
    return start >= f.clean_end and \
        cue("beat_forecast", NEVER).search(text, max(f.clean_end, start - 30), start) is not None


# The asides of a figure's clause whose goal or forecast cue is not the figure's status, tried in order (the first that
# holds decides): name -> test(text, figure, cue start, cue end, sentence start). A bracket's amount and a later
# clause's are read after the figure, a dash-set aside before it, a beaten forecast right after it.
GOAL_ASIDES = (
    ("goal_in_bracket", _goal_in_bracket),
    ("goal_later_amount", _goal_later_amount),
    ("goal_against", _goal_against),
    ("goal_dash_aside", _goal_dash_aside),
    ("beat_forecast", _beat_forecast),
)


def goal_aside(text: str, f: Figure, start: int, end: int, s_start: int) -> str | None:
    """The name of the first aside of GOAL_ASIDES that holds the target cue text[start:end] of the sentence opening at
    s_start apart from figure f, else None."""
    for name, holds in GOAL_ASIDES:
        if holds(text, f, start, end, s_start):
            return name
    return None


# "This year, in monetary terms, exports from Türkiye could reach $11 billion and exports from Russia could amount to
# $46 billion. It's about $56 billion in total": a sentence that only sums up, right after one of goals or forecasts,
# is their total, a goal too (rule total_of_goals)
_sum_opening = EnglishCue("sum_opening", re.I)


_FIGURE_LEAD = skip_compile(r"[^\d$€£¥]*")


_sum_after = EnglishCue("sum_after", re.I)


def _total_of_goals(d: Doc, f: Figure, s_start: int, v) -> bool:
    """The figure sums up the sentence before ("It's about $56 billion in total"), whose figures are goals: a status
    cue (vocab status.csv) of a goal stands in that sentence."""
    text = d.text
    if f.kind != "money" or not _sum_after().match(text, f.clean_end):
        return False
    lead = _FIGURE_LEAD.match(f.figure).group()   # the figure's own leading words ("about $56 billion")
    if not _sum_opening().fullmatch(text[s_start:f.clean_start] + lead):
        return False
    si = d.sentence_index(s_start)
    if si < 1:
        return False
    ps, pe = d.c.sentences[si - 1]
    sentence = text[ps:pe]
    return any(v["status"].get(fold(m.group())) == "target" and not not_a_cue(sentence, m.start(), m.end())
               for m in v["status_re"].finditer(sentence))


# "a record $891.3 billion, despite President Donald Trump's protectionist trade policies aimed at cutting
# the gap": a goal a concessive aside after the figure names is the aside's (English rows of cue goal_clause)
_aside_after = EnglishCue("goal_clause", re.I)


# "exports stood at $27.74 billion in the fiscal year 2022-23, whereas, the target was $32.35 billion", "achieved
# $13.07 billion, up by 5% from 2021 ..., but fell short $1.03 billion from the set target", "up 5% to $13.07 b;
# falls $1.03 b short of original $14.1 b goal": a goal named in a contrasting clause after the figure is that
# clause's (rule contrast_goal)
def contrast_between() -> re.Pattern:
    """vocab/en/patterns.csv contrast_between (compiled on first call: english_cue keeps it)."""
    return english_cue("contrast_between", re.I)


# "forecasts for a 3% gain", "expectations of USD 95.6 billion", "an expected drop of 8.9%", "the expected RMB136
# billion": a figure right after a
# forecast's cue (rule forecast_own_figure)
# ("a R3,5-billion gap": a one-letter currency glued to its amount, the rand's R, the naira's N)
_own_figure_after = EnglishCue("own_figure_after", re.I)


# the clause of its own after the figure that a forecast with its own figure stands in (rule forecast_own_figure)
_clause_join = EnglishCue("forecast_clause_join")


# another figure and at most three words of its own, then the cue ("16.2 per cent gain ", "1.070 trillion yen ")
_cue_of_figure_before = EnglishCue("cue_of_figure_before", re.I)


_commentary_after = EnglishCue("commentary_after", re.I)


def not_a_cue(text: str, start: int, end: int) -> bool:
    """A status cue word at text[start:end] that is none here: inside an institution's name
    ("The Ministry of Planning reported", "the Planning Commission"), after "than" or "as"
    ("than expected", "as forecast"), or "to reach" after a change in the past tense ("increased by 6% to reach $1.6 billion last year": a result)."""
    if in_body_name(text, start, end):
        return True
    if _than_before().search(text, max(0, start - 8), start) and not _goal_noun().fullmatch(text, start, end):
        return True  # "fell more sharply than expected in May", "higher-than-expected": a comparison with forecasts
        #              (not "setting USD 100 billion as target for 2015": the figure set as the goal, rule as_goal)

    if _potential_cue().fullmatch(text, start, end) and _market_class_after().match(text, end):
        # "exports to major markets rose 15.2%, and 20% in high potential markets", "expanded by 6.3% to secondary
        # potential markets": a class of markets, no goal (rule potential_markets)
        return True
    if _could_cue().fullmatch(text, start, end) and _could_not_beat().match(text, end):
        # "However, it still could not beat the $5.14 billion trade surplus that Indonesia booked in June 2022": a
        # level a result fell short of, a result itself (rule could_not_beat)
        return True
    if _to_cue().match(text, start, end) and _continued_before().search(text, max(0, start - 30), start):
        # "the total UK goods and services trade deficit widened by £3bn to £9.5bn, ..., as imports continued to
        # increase" (cityam.com): an infinitive a past or present verb of going on takes is what goes on, no goal
        # (rule continued_to; "will continue to" keeps the modal's own cue)
        return True
    return _to_cue().match(text, start, end) is not None and bool(
        _changed_before().search(text, max(0, start - 140), start))


# the words from a figure to a goal's cue it is set against ("... to $18.62 billion against a target of", rule
# goal_against)
_goal_against_re = EnglishCue("goal_against", re.I)


# the cue words whose own rules read past them: "potential", "could", a cue opening with "to " (vocab/en/patterns.csv)
_potential_cue = EnglishCue("potential_cue", re.I)
_could_cue = EnglishCue("could_cue", re.I)
_to_cue = EnglishCue("to_cue", re.I)


# "continued", "continues", "has kept": a verb of going on right before a cue's "to" (rule continued_to)
_continued_before = EnglishCue("continued_before", re.I)


def dated_status(d: Doc, f: Figure, si: int, status: str, srule: str, target_cue: int | None,
                  year: int | None, basis: str | None, yrule: str | None = None,
                  m2: int | None = None) -> tuple[str, str]:
    """(status, rule) once the figure's period is known (m2: the month it ends in, of `year`)."""
    text = d.text
    if status == "target" and yrule == "base_value" and target_cue is not None and target_cue < f.clean_start \
            and (_compared_before().search(text, max(0, f.clean_start - 40), f.clean_start)
                 or (basis in ("explicit", "doc_date") and _over_before(d, year, m2))):
        # the base a goal is measured against is a result (rule goal_base): compared with right before it
        # ("Bilateral trade is projected to surpass $88 billion during the current fiscal, compared to $73 billion for
        # the last financial year"), or of a period over before the page ("... may surpass FY 2021-22's figures of $73
        # billion" in November 2022, "a target of $100 billion by 2015 compared to last year's record figure of $74
        # billion")
        return "actual", "goal_base"
    if status == "historical" and basis == "explicit" and _own_year_after().match(text, f.clean_end):
        # "Belarus and its African partners have gone from annual trade of $158 million in the early 2000s to $553
        # million in 2020": a figure with a single year of its own is no level of a time without one (rule own_year)
        return "actual", "own_year"
    if year and d.pub_year and year > d.pub_year and status == "actual":
        if _past_result_before(d, f, si):
            # "the euro area recorded a EUR 16.5 bln surplus ... in May 2018" on a page dated 2017: a result the text
            # reports in the past tense is one, whatever the page's date says (rule past_tense_result)
            return "actual", "past_tense_result"
        status, srule = "target", "future_year"
    elif status == "target" and yrule == "now" and not _now_before_goal(d, f, si, target_cue):
        # "India is looking to double its bilateral trade with Africa by 2030, up from the current USD 82 billion":
        # the level a goal starts from is a result (rule current_level)
        status, srule = "actual", "current_level"
    elif status == "target" and target_cue is not None and target_cue < f.clean_start and basis == "explicit" \
            and year and d.pub_year and year < d.pub_year and f.qualifier in ("exact", "approx") \
            and _compared_in().search(text, target_cue, f.clean_start):
        # "This target is a slight increase as compared to Indonesia's non-oil and gas exports to Australia of
        # US$3.2 billion in 2022": a past year's level a goal is compared with, further on, is a result
        # (rule goal_compared_past)
        status, srule = "actual", "goal_compared_past"
    elif status == "target" and target_cue is not None and basis == "explicit" and \
            _past_after_goal(d, si, f, year, target_cue):
        status, srule = "actual", "past_after_goal"
    elif status == "target" and target_cue is not None and basis == "explicit" and f.clean_end <= target_cue \
            and year and d.pub_year and year < d.pub_year and f.qualifier in ("exact", "approx") \
            and not _as_goal().fullmatch(text, f.clean_end, target_cue):
        # (a bound, "exceeded $100 billion — the goal set by the leaders", is the goal's own mark)
        # "totalled to 95.7 billion dollars in 2018 raising hopes of ... 100 billion dollars in 2019":
        # a dated past level said before the goal's cue is a result
        status, srule = "actual", "before_goal"
    elif status == "target" and target_cue is not None and target_cue < f.clean_start and basis == "explicit" \
            and year and d.pub_year and year < d.pub_year and f.qualifier in ("exact", "approx") \
            and _level_aside().search(text, max(target_cue, f.clean_start - 40), f.clean_start) \
            and _year_closes_aside().match(text, f.clean_end):
        # "targets to grow external sales — which stood at Sh594.13 billion in 2017 — by 25 per cent every year to
        # Sh1.8 trillion in 2022": the dated past level a relative clause inside a goal's sentence gives is a result
        # (rule goal_level_aside)
        status, srule = "actual", "goal_level_aside"
    elif status == "target" and basis == "explicit" and cue("goal_from", _goal_from()).search(text, max(0, f.clean_start - 30), f.clean_start) \
            and cue("goal_from_year_to", _goal_from_year_to()).match(text, f.clean_end):
        # "to increase trade from $25 billion in 2023 to $30 billion", "довести его со 100 миллиардов долларов в год в
        # 2018 году до 200 миллиардов"
        status, srule = "actual", "goal_start"
    elif status == "target" and target_cue is not None and target_cue < f.clean_start and basis == "explicit" \
            and _over_before(d, year, m2) and f.qualifier in ("exact", "approx") \
            and cue("goal_from", _goal_from()).search(text, max(target_cue, f.clean_start - 30), f.clean_start):
        # "exports ... are expected to touch a record $50 billion by 2026-27 from $31.8 billion in 2022-23", "Revenue
        # is expected to rise to 10 billion rupees this year from 8 billion rupees in 2015": the dated level a goal
        # starts from, named after it, is a result (rule goal_from_after)
        status, srule = "actual", "goal_from_after"
    elif status == "target" and srule in _MODAL_RULES and basis == "explicit" and year and d.pub_year \
            and year < d.pub_year and f.qualifier in ("exact", "approx"):
        # "Brazil will achieve a trade surplus of approximately US$98.8 billion in 2023" on a page of January 2024:
        # a wire's translated release of a year already over reports a result (a goal noun, "the target of
        # $100 billion in 2023", stays a goal; rule past_year_will)
        status, srule = "actual", "past_year_will"
    return status, srule


# a single year right after a figure ("$553 million in 2020", not "in the early 2000s": rule own_year)
_own_year_after = EnglishCue("own_year_after")
# "which stood at", "that was", "which amounted to": a relative clause that gives a level (rule goal_level_aside)
_level_aside = EnglishCue("level_aside", re.I)


# ... closed by its own year right after the figure ("... Sh594.13 billion in 2017 —")
_year_closes_aside = EnglishCue("year_closes_aside")


# the status cues that only a modal verb gives (vocab status.csv: will, would)
def _now_before_goal(d: Doc, f: Figure, si: int, target_cue: int | None) -> bool:
    """Rule goal_after_now: '"Объем экспорта ... в настоящее время достиг $560 млн, и мы планируем увеличить показатель
    до $1 млрд"': the time the text speaks from stands before the goal's cue, the figure after the cue, and none
    between: the figure is the goal's, not the level it starts from (rule current_level reads 'up from the current
    USD 82 billion', its now-word after the cue)."""
    if target_cue is None or target_cue >= f.clean_start:
        return False
    s0 = d.c.sentences[si][0]
    now = lambda a, b: any(t.kind == "now" for t in find_times(d.text, a, b))  # noqa: E731
    return now(s0, target_cue) and not now(target_cue, f.clean_start)


def _over_before(d: Doc, year: int | None, m2: int | None) -> bool:
    """Whether a period of `year` ending in month m2 was over before the page was published."""
    return bool(year and d.pub_year and (year < d.pub_year or (year == d.pub_year and m2 and d.pub_month
                                                                and m2 < d.pub_month)))


_MODAL_RULES = frozenset({"cue:will", "cue:would"})


# "setting USD 100 billion as target for 2015": a goal noun after "as" names what the figure is set as (rule as_goal;
# so the amount is no past level said before a goal's cue, before_goal)
_as_goal = EnglishCue("as_goal", re.I)


_goal_noun = EnglishCue("goal_noun", re.I)


_market_class_after = EnglishCue("market_class_after", re.I)


# "could not beat", "could not match": the past level a result is compared with (rule could_not_beat)
_could_not_beat = EnglishCue("could_not_beat", re.I)


# ("higher-than-expected earnings", "better-than-forecast exports": the comparison hyphened into one word)
_than_before = EnglishCue("than_before", re.I)


_compared_in = EnglishCue("compared_in", re.I)


_compared_before = EnglishCue("compared_before", re.I)


# A clause after a goal's cue that reports what happened ("... after the two countries experienced ...", "..., after
# registering a $3.2 billion gap in 2015": vocab/en/patterns.csv goal_later_clause, matched case-sensitively; rules
# later_clause, later_clause_result).
_later_clause = EnglishCue("goal_later_clause")


# "up to" in a money figure's own text ("up to $10 billion": rule up_to_goal)
_up_to_figure = EnglishCue("up_to_figure", re.I)


# a preposition, a gerund of raising, its object and "to" right before the figure: the level aimed at (vocab/en
# patterns.csv row goal_gerund; rule goal_gerund); read in the few words before the figure
_goal_gerund = EnglishCue("goal_gerund", re.I)
GOAL_GERUND_REACH = 90   # how far before a figure its gerund's preposition is read


def goal_gerund_before(text: str, f: Figure, s_start: int) -> bool:
    """A preposition's gerund of raising, its object and "to" stand right before the figure (row goal_gerund): "on
    increasing bilateral trade to USD five billion", "for pushing bilateral trade to $5 billion"; not a participle
    with no preposition (", pushing the total to $5 billion": a result)."""
    lo = max(s_start, f.clean_start - GOAL_GERUND_REACH)
    if text.find(" to ", max(lo, f.clean_start - 20), f.clean_start) < 0:
        return False   # (most figures: no "to" right before them, the pattern is not run)
    return cue("goal_gerund", _goal_gerund()).search(text, lo, f.clean_start) is not None


# A verb of a level risen to before "up to" ("the trade gap was up to $40.3 billion from $40.0 billion", "rose up to
# $10.7 billion in 2017": no goal; vocab/en/patterns.csv was_up_to, rule up_to_goal).
_was_up_to = EnglishCue("was_up_to", re.I)


# A change in the past tense (or a headline's present) right before a cue's "to reach": what it reached is an actual
# ("rose by 18.63% ... to reach", "rising 30 percent to reach", "witnessed a 3 percent growth to reach":
# vocab/en/patterns.csv changed_to_reach; rules changed_to_reach_far, changed_aside_to_reach, rate_noun_to_reach,
# result_noun_to_reach).
_changed_before = EnglishCue("changed_to_reach", re.I)


# "is expected to increase trade ... from $25 billion in 2023 to $30 billion by next year": the
# dated level a goal starts from is an actual (status rule goal_start)
_goal_from = EnglishCue("goal_from", re.I)


_goal_from_year_to = EnglishCue("goal_from_year_to", re.I)


# A past-tense verb of a result before the figure in its clause, no word of a goal between (vocab/en/patterns.csv
# past_result; rule past_tense_result).
_past_result_rx = EnglishCue("past_result", re.I)


def _past_result_before(d: Doc, f: Figure, si: int) -> bool:
    s0 = d.c.sentences[si][0]
    return bool(cue("past_result", _past_result_rx()).search(d.text, max(s0, f.clean_start - 160), f.clean_start))


def _past_after_goal(d: Doc, si: int, f: Figure, year: int, cue: int) -> bool:
    """'likely to cross $1 billion in 2021 after a decrease from $1.27 billion in 2019': a
    figure dated before the goal's own later year, after it in the sentence, is a past actual."""
    if d.pub_year is not None and year >= d.pub_year:
        return False
    return any(t.year is not None and t.year > year and not t.base and cue < t.start < f.clean_start
               for t in d.times(si))
