"""Periods in a language other than English: its phrasing read into the same TimeExpr.

The grammar is a few shapes every language shares (a month range, a count of months, a
part of a year, a month, a relative year, a year, the same period of another year); the
words filling them are rows of vocab/<lang>/periods.csv ("январ", "перв\\w* квартал\\w*",
"прошлом году", "по сравнению с"), so another language is a file, not code. Written
for Russian: "январь-сентябрь 2023 года", "в январе-июне", "с января по май 2024 года",
"за 9 месяцев", "в I квартале", "в первом полугодии", "по итогам 2022 года", "в прошлом
году", "аналогичный период прошлого года" (a base), "по сравнению с 2015 годом" (a base),
"к 2020 году" (a target).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tradeflows.facts.periods import TimeExpr
from tradeflows.vocab import holds, read_csv, required
from tradeflows.facts.periods_build import DECADE_SPAN, STREAK_AFTER
from tradeflows.vocab.patterns import NEVER, counted, cue_in, with_first_ahead
from tradeflows.vocab.skip import skip_compile

_YEAR = r"(?:19|20)\d\d"
# "аналогичным периодом 2016-2017 годов": two years joined by a dash or a slash, the period's end in the second (its group
# y2), for the same period of a span (rule same_period_year_span)
_YEAR_SPAN_SAME = rf"\s+(?:{_YEAR})\s?[-–/]\s?(?P<y2>{_YEAR})\s*(?:годов|годах|годы|гг\.|г\.)"
# the words read before a time expression for its base and target cues (room for "по сравнению с долей в 71,91%,
# зафиксированной в")
BEFORE_REACH = 64


def _case_exotic() -> str:
    """The characters that re.IGNORECASE equates with a character whose lower() differs, other than a-z, а-я and ё
    (CPython's re._casefix: "ᲀ" with "в", "ς" with "σ", "ı" with "i", "ſ" with "s"; and İ, which lower() makes two
    characters of): each such pair has one of them here, so a stretch and a pattern's pieces free of them match
    case-blind just where their lower-cased copies match as written. Empty when the table is not there (no gate)."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:
        return ""
    chars = {chr(c) for k, cs in _EXTRA_CASES.items() for c in (k, *cs)} | {"\u0130"}
    return "".join(sorted(c for c in chars if not ("a" <= c <= "z" or "а" <= c <= "я" or c == "ё")))


_EXOTIC = _case_exotic()
_EXOTIC_RE = re.compile("[" + re.escape(_EXOTIC) + "]") if _EXOTIC else None


def _need(rx: re.Pattern | None) -> tuple | None:
    """The pieces every match of rx holds (vocab.required), lower-cased, to test on a lower-cased stretch before
    running rx over it (most sentences hold no month or relative year); None: rx is always run (no piece found, no
    case table, a piece with a character _EXOTIC holds, or a pattern that is not case-blind)."""
    if rx is None or _EXOTIC_RE is None or not rx.flags & re.I:
        return None
    need = required(rx.pattern, rx.flags)
    if not need or any(_EXOTIC_RE.search(piece) for group in need for piece in group):
        return None
    return need


@lru_cache(maxsize=None)
def _grammar(lang: str) -> dict:
    """The language's period grammar, each time pattern led by a look-ahead of the characters
    its matches start with (vocab.patterns.first_ahead: found sooner, the same matches), and
    with the pieces its matches hold (_need)."""
    g = grammar_of(lang)
    g["patterns"] = [(kind, with_first_ahead(rx)) for kind, rx in g["patterns"]]
    g["gated"] = [(kind, rx, _need(rx), g["keys"].get(kind)) for kind, rx in g["patterns"] if rx is not None]
    return g


def grammar_of(lang: str) -> dict:
    rows = read_csv("periods.csv", lang)
    by = lambda k: [r for r in rows if r["kind"] == k]  # noqa: E731
    months = [(re.compile(r["phrase"], re.I), int(r["m1"])) for r in by("month")]
    mon = "|".join(f"(?:{r['phrase']})" for r in by("month"))
    mon = rf"(?:{mon})[а-яё]*"
    rel = "|".join(f"(?:{r['phrase']})" for r in by("relative") + by("relative_base"))
    ypart = (rf"(?:\s+(?:в\s+)?(?:(?P<y>{_YEAR})(?:\s*(?:годом|году|годах|года?|-?го|-?м|г\.))?|(?P<rel>{rel})))?")
    count = "|".join(f"(?:{r['phrase']})" for r in by("count"))
    part = "|".join(f"(?P<p{i}>{r['phrase']})" for i, r in enumerate(by("part")))
    alt = lambda k: "|".join(r["phrase"] for r in by(k))  # noqa: E731
    # what a match of two joined months holds past its pieces (_need): the joint and the month after it (a dash or "по"
    # for a range or span, "и" for a pair). A stretch where this search finds none is not scanned by the pattern, which
    # sre enters at most letters of a stretch, since its months' stems open no word of their own ("ма" in "сумма"): the
    # same matches, a search entered only at a space or a dash
    joint_month = skip_compile(rf"(?:[-–—]|\s+по\s+)\s*(?:{mon})", re.I)
    and_month = skip_compile(rf"\s+и\s+(?:{mon})", re.I)
    return {
        "keys": {"month_span": joint_month, "month_range": joint_month, "month_pair": and_month},
        "months": months, "parts": by("part"), "counts": by("count"),
        "rels": [(re.compile(r["phrase"], re.I), int(r["rel"]), r["kind"] == "relative_base")
                 for r in by("relative") + by("relative_base")],
        "patterns": [
            # ("по сравнению с аналогичными месяцами прошлого года", "тем же кварталом": the same months, quarter)
            # "по сравнению с аналогичным периодом 2016-2017 годов" (capital.ua citing Ukrinform, ruweb17): the same period
            # of a run of years (a season, twelve months across the turn of a year) is a base of the year it ends in;
            # read whole, its last year is never left over as a year of its own (rule same_period_year_span)
            ("same_period", re.compile(rf"(?<![\w-])(?:{alt('same')})\s+(?:период|месяц|квартал|полугоди)\w*"
                                       rf"(?:{_YEAR_SPAN_SAME}|{ypart})", re.I)),
            # "за период 12 месяцев с ноября 2017 по октябрь 2018" (capital.ua citing Ukrinform): months each with its
            # own year, across the turn of a year, of the year they end in (rule month_span, as English "from November
            # 2017 to October 2018"; a span longer than a year is no one period)
            ("month_span", re.compile(rf"(?<![\w-])(?P<m1>{mon})\s+(?P<y1>{_YEAR})(?:\s*(?:года|г\.))?"
                                      rf"\s*(?:[-–—]|\s+по\s+)\s*(?P<m2>{mon})\s+(?P<y>{_YEAR})(?:\s*(?:года|г\.))?", re.I)),
            ("month_range", re.compile(rf"(?:с\s+)?(?P<m1>{mon})\s*(?:[-–—]|\s+по\s+)\s*(?P<m2>{mon}){ypart}", re.I)),
            # "за январь и февраль 2024 года", "в январе и феврале": two months in a row joined by "и"
            # are one period (rule month_pair; "в январе и июне" is two months, left to "month")
            ("month_pair", re.compile(rf"(?<![\w-])(?P<m1>{mon})\s+и\s+(?P<m2>{mon}){ypart}", re.I)),
            # "с начала текущего года по апрель месяц": January to that month
            ("to_month", re.compile(rf"с\s+начала\s+(?:(?P<rel>{rel})|года)\s+(?:по|до)\s+(?P<m2>{mon})"
                                    rf"(?:\s+месяц\w*)?(?:\s+(?:включительно|\w+\s+года))?", re.I)),
            # "с начала 2020 года", "с начала года": the year so far, its last month not said (rows of kind
            # year_to_date; "с начала года по апрель" is to_month above)
            ("year_to_date", re.compile(rf"(?<![\w-])(?:{alt('year_to_date')})\s+(?:(?P<y>{_YEAR})\s*(?:года|г\.)|(?P<rel>{rel})|года)"
                                        rf"(?!\s+(?:по|до)\s)", re.I) if by("year_to_date") else None),
            # "за последние три месяца": a run of months up to the time the text speaks from, not the year's first ones:
            # its year, no months, as "now" (rows of kind recent_months, rule recent_months; souzveche.ru)
            ("recent_months", re.compile(rf"(?<![\w-])(?:{alt('recent_months')})(?![\w-])", re.I) if by("recent_months") else None),
            # "в прошлом месяце", "за минувший месяц": the month before the page's own (rows of kind last_month, resolved
            # as English "last month" is: period_choice rule last_month)
            ("last_month", re.compile(rf"(?<![\w-])(?:{alt('last_month')})", re.I) if by("last_month") else None),
            # "за 9 месяцев", "за 9 мес. 2021 г." (the abbreviation of statistics tables); "за четыре первых месяца
            # года", the ordinal after the count (nur-news.net, s73 openB73, rule months_ordinal_after)
            ("months", re.compile(rf"(?:перв\w+\s+)?(?P<n>\d{{1,2}}|{count})\s+(?:перв\w+\s+)?(?:месяц\w*|мес\.){ypart}", re.I)),
            ("part", re.compile(rf"(?<![\w\d-])(?:{part}){ypart}", re.I)),
            # "22 августа" is a date, not the month's period
            ("month", re.compile(rf"(?<![\w-])(?<!\d\s)(?<!\d\u00a0)(?P<m1>{mon}){ypart}", re.I)),
            # "на сегодняшний день", "сейчас": the time the text speaks from, no months (rows of kind now)
            # "за отчетный период": the report's own period (rows of kind report_period)
            ("report_period", re.compile(rf"(?<![\w-])(?:{alt('report_period')})(?![\w-])", re.I) if by("report_period") else None),
            ("now", re.compile(rf"(?<![\w-])(?:{alt('now')})(?![\w-])", re.I) if by("now") else None),
            # "за последние пять лет": a span of years, no one year (rows of kind span)
            ("span", re.compile(rf"(?<![\w-])(?:{alt('span')})(?![\w-])", re.I) if by("span") else None),
            # "в 80-х годах", "в 1990-е годы": a decade, no one year (rows of kind decade; rule decade_span); read before a
            # year, so "1990-е" is not the year 1990
            ("decade", re.compile(rf"(?<![\w-])(?:{alt('decade')})", re.I) if by("decade") else None),
            # "по итогам года", "за полный год", "к концу года": the year in force, else the text's own
            ("the_year", re.compile(rf"(?<![\w-])(?:{alt('the_year')})(?![\w-])", re.I) if by("the_year") else None),
            ("relative", re.compile(rf"(?P<rel>{rel})", re.I)),
            ("yoy", re.compile(alt("yoy"), re.I)),
            # not a date ("2025-08-30") nor a span's start ("2022-2023")
            ("year", re.compile(rf"(?<![\d.,$])(?P<y>{_YEAR})(?![\d%])(?!-[01]\d\b)(?!\s?[-–]\s?(?:19|20)\d\d)(?:\s*(?:годом|году|годах|года?|-?го|-?м|г\.))?", re.I)),
        ],
        # "против 11,2 миллиона в январе 2025 года", "по сравнению с $2,2 млн в январе — июне 2022 года": the time
        # after the compared amount is that amount's, a base, not the time of a figure before the cue (rule base_amount)
        # (an amount's scale word must follow its number, and the "в" is lower-case: "чем в 2020 году. В январе" is a
        # year and then the next sentence)
        "base_before": re.compile(rf"(?:{alt('base_before')})\s+(?:(?:\w+\s+){{0,1}}|(?:[$€]\s?)?\d[\d.,]*\s*"
                                  rf"(?:тыс|млн|млрд|трлн|миллион|миллиард|тысяч|триллион)[а-яё]*\.?\s+(?:[а-яё]+\.?\s+)?"
                                  # "упал до 962 миллионов долларов против 1,7 миллиарда долларов - в первом полугодии
                                  # прошлого года": a dash may stand before the base's time (rule base_amount_dash)
                                  rf"(?:[-–—]\s+)?(?-i:в|за)\s+"
                                  # "снизилась до 59,12% по сравнению с долей в 71,91%, зафиксированной в январе–феврале
                                  # 2023 года": the time after a compared share (its noun, its participle of record
                                  # between) is that share's, a base (rule base_share_recorded; mcheese.ru on
                                  # Azerbaijan's oil exports)
                                  rf"|(?:[а-яё]+\s+)?(?:в\s+)?\d[\d.,]*\s*%\s*,?\s*"
                                  rf"(?:(?:зафиксированн|отмеченн|зарегистрированн|наблюдавш|достигнут)[а-яё]*\s+)?(?-i:в|за)\s+)$", re.I),
        # "к началу 70-х годов": the decade's start before it, its first year (rows of kind decade_start_before; rule
        # decade_start)
        "decade_start_before": re.compile(rf"(?<![\w-])(?:{alt('decade_start_before')})", re.I)
        if by("decade_start_before") else None,
        "target_before": re.compile(rf"(?<![\w-])(?:{alt('target_before')})\s+(?:конца\s+)?$", re.I),
        "base_before_part": re.compile(rf"(?<![\w-])(?:{alt('base_before_part')})\s+$", re.I),
        "since_before": re.compile(rf"(?<![\w-])(?:{alt('since_before')})\s+$", re.I) if by("since_before") else None,
        # "с 2019 года экспорт вырос почти в три раза": a change's verb after a year that "с" opens (rows of kind
        # since_change_after; rule since_year_change)
        # the since_before rows that name a rule of their own, each alone: which one set a year aside (_set_aside)
        "since_rules": [(re.compile(rf"(?<![\w-])(?:{r['phrase']})\s+$", re.I), r["rule"]) for r in by("since_before")
                        if r.get("rule")],
        "since_change_after": re.compile(rf"(?:{alt('since_change_after')})", re.I) if by("since_change_after") else None,
        "since_change_rule": "+".join(sorted({r["rule"] for r in by("since_change_after") if r.get("rule")})),
        # "достиг рекордных показателей за последние 12 лет": a record word before a span (rows of kind
        # record_span_before; rule record_reach_span)
        "record_span_before": re.compile(rf"(?<![\w-])(?:{alt('record_span_before')})", re.I)
        if by("record_span_before") else None,
        # "экспортировано товаров на 580,6 млн долл., что больше января-мая 2013 г. на 5,4%" (kv.com.ua): a time in the
        # genitive right after a comparative, no preposition, is what the figure is compared with (rule
        # comparative_genitive_base)
        "base_comparative": re.compile(rf"(?<![\w-])(?:{alt('base_comparative')})\s+(?:уровня\s+)?$", re.I)
        if by("base_comparative") else None,
    }


# "с" right before a year: "since" or "from" (rule since_year_change)
# ("вырос на 300% с конца августа 2020 года": the end or the middle of the month a change is counted from, s73 openB73)
_SINCE_S_BEFORE = re.compile(r"(?<![\w-])с\s+(?:конца\s+|середины\s+)?$", re.I)
# a clock time right before a year: a page's time stamp ("10:20 2020"; rule clock_stamp)
_CLOCK_BEFORE = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d\s*$")
# a time expression that opens on its own preposition ("ниже в 2013 году"): no genitive after a comparative
_PREPOSITION_OPENS = re.compile(r"(?:в|во|за|на|с|со|к|до|по|от)\s", re.I)
# "с 18,99 млрд долл США в " before a time, "до 21,31 млрд" after it (rule from_amount_time)
_FROM_AMOUNT_BEFORE = re.compile(r"(?<![\w-])(?:с|со)\s+(?:почти\s+|около\s+|более\s+|свыше\s+)?(?:[$€]\s?)?\d[\d.,]*\s*"
                                 r"(?:тыс|млн|млрд|трлн|миллион|миллиард|тысяч|триллион)[а-яё]*\.?\s+(?:[а-яё$€]+\.?\s+){0,2}"
                                 r"(?-i:в|за)\s+$", re.I)
_TO_AMOUNT_AFTER = re.compile(r"\s*(?:[-–—]\s*)?до\s+(?:почти\s+|около\s+|более\s+|свыше\s+)?(?:[$€]\s?)?\d", re.I)


def _month(g: dict, word: str) -> int:
    return next(m for rx, m in g["months"] if rx.match(word))


def _rel(g: dict, text: str, page: str | None = None, at: int = 0) -> tuple[int, bool]:
    """The offset and base flag of a relative year's words; a row that looks past its words ("прошлогодний
    товарооборот") is matched where the words stand on the page."""
    for rx, rel, base in g["rels"]:
        if rx.fullmatch(text):
            return rel, base
    if page is not None:
        for rx, rel, base in g["rels"]:
            m = rx.match(page, at)
            if m and m.end() - at == len(text):
                return rel, base
    return 0, False


def find_local_times(lang: str, text: str, start: int = 0, end: int | None = None,
                     aside: list[TimeExpr] | None = None, report: bool = True) -> list[TimeExpr]:
    """Time expressions of text[start:end] in the language's phrasing, non-overlapping; a year a rule reads as no period
    ("с 2019 года экспорт вырос", rule since_year_change) goes to `aside` as a record of kind set_aside whose via names
    the rule, when a list is given (facts/context.py Doc.set_aside). report False: the reading _lead_period makes, of
    the kinds the grammar reads before "за отчетный период" only (the lead is never one of that phrase's own copies,
    and a kind read after it can neither be a lead nor take a lead's span: only an earlier kind's span is ever taken
    first)."""
    end = len(text) if end is None else end
    g = _grammar(lang)
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    # the stretch lower-cased, when its case-blind matches are those of the lower-cased copy (_EXOTIC): a pattern
    # whose pieces it does not hold cannot match there and is not run
    stretch = text[start:end]
    low = stretch.lower() if _EXOTIC_RE is not None and _EXOTIC_RE.search(stretch) is None else None
    for kind, rx, need, key in g["gated"]:
        if not report and kind == "report_period":
            break
        if need is not None and low is not None and not holds(low, need):
            continue
        if key is not None and key.search(text, start, end) is None:
            continue
        for m in rx.finditer(text, start, end):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            t = _build(g, kind, m, text, lang)
            if t is not None and t.kind == SET_ASIDE:
                # (a month set aside keeps its span: its year is not read again alone, rule since_month_record)
                taken.append((s, e))
                if aside is not None:
                    aside.append(t)
            elif t is not None:
                taken.append((s, e))
                out.append(t)
    out.sort(key=lambda t: t.start)
    return out


# the kinds of time a lead period is (rule report_period)
_LEAD_KINDS = ("month_range", "months", "part")


@lru_cache(maxsize=4)
def _lead_period(lang: str, text: str) -> TimeExpr | None:
    """The period the text opens with, for rule report_period: the first period of months of its reading (without the
    report phrases' own) that is not a base or a target; None for none. Read once a text (each phrase read the text
    before it again, quadratic in the phrases: make fuzz's worst growth 3.82). Keyed by the language and the text
    itself, which alone decide the reading (its kinds read their cues in lang: cue_in), so a cached lead is never
    another text's; four texts at most (a page and the sentences rules read apart from it)."""
    return next((t for t in find_local_times(lang, text, report=False)
                 if not t.base and not t.target and t.kind in _LEAD_KINDS), None)


def _report_period(lang: str, text: str, m: re.Match) -> TimeExpr | None:
    """Rule report_period: "за отчетный период" is the period the page opens with (its first period of months that is
    not a base: _lead_period), not the last one named before it; none when that period does not end before the phrase.
    (Until session 74 the lead was the first such period of a reading of the text before the phrase alone; the two
    differ only where a match of the whole text's reading reaches into the phrase, or looks past its start, which no
    development page holds: the dump of every set is the same.)"""
    lead = _lead_period(lang, text)
    return None if lead is None or lead.end > m.start() else replace(lead, start=m.start(), end=m.end())


# a bracket opened right before a time ("14% торгового дефицита (в январе 2011 года - 30%)") and the compared value after
# it, behind a dash or "соответственно" (rule bracket_compared_time)
_BRACKET_OPEN_BEFORE = re.compile(r"\(\s*(?:в|во|за)\s+$", re.I)
_BRACKET_VALUE_AFTER = re.compile(r"\s*(?:[-–—]\s*|,?\s*соответственно\s+)(?:[$€]\s?)?\d", re.I)



def _decade(g: dict, m: re.Match, text: str) -> TimeExpr:
    """A decade: its first year when its start stands right before it ("к началу 70-х годов", rule decade_start), else a
    span of years with no one year (rule decade_span, as English "in the late 1980s"). The decade's start is its first
    year with no months ("к началу 70-х годов": the early 1970s, no one year's January to December)."""
    rx = g["decade_start_before"]
    if rx is not None and rx.search(text, max(0, m.start() - 12), m.start()):
        n = m.group("dec")
        year = int(n) if len(n) == 4 else (1900 if int(n) >= 20 else 2000) + int(n)
        # (the early part of a decade is no one year's months: its year alone, no period; s77 openD77)
        return TimeExpr(m.start(), m.end(), "year", year, None, None, None, None, False, via="decade_start")
    return TimeExpr(m.start(), m.end(), "span", None, None, None, 1, 12, False, via=DECADE_SPAN)


SET_ASIDE = "set_aside"   # the kind of a time a rule read as no period (find_local_times' aside)


def _set_aside(m: re.Match, rule: str) -> TimeExpr:
    """The year of m, read as no period by `rule`: a record that names the rule to the decisions around it."""
    return TimeExpr(m.start(), m.end(), SET_ASIDE, None, None, None, 1, 12, False, via=rule)


def _build(g: dict, kind: str, m: re.Match, text: str, lang: str = "ru") -> TimeExpr | None:
    gd = m.groupdict()
    if kind == "report_period":
        return _report_period(lang, text, m)
    year = int(gd["y"]) if gd.get("y") else int(gd["y2"]) if gd.get("y2") else None
    rel, rel_base = _rel(g, " ".join(gd["rel"].split()), text, m.start("rel")) if gd.get("rel") else (None, False)
    m1, m2, base, same = 1, 12, False, False
    if kind == "yoy":
        return TimeExpr(m.start(), m.end(), "yoy", None, -1, None, 1, 12, True)
    if kind in ("now", "recent_months"):
        return TimeExpr(m.start(), m.end(), "now", None, 0, None, 1, 12, False)
    if kind == "span":
        if g["record_span_before"] is not None and g["record_span_before"].search(
                text, max(0, m.start() - BEFORE_REACH), m.start()):
            return None  # how far back a record reaches, no period of the figure (rule record_reach_span)
        return TimeExpr(m.start(), m.end(), "span", None, None, None, 1, 12, False)
    if kind == "decade":
        return _decade(g, m, text)
    if kind == "year_to_date":
        return TimeExpr(m.start(), m.end(), kind, year, None if year else (rel or 0), None, 1, 12, False)
    if kind == "the_year":
        return TimeExpr(m.start(), m.end(), "the_year", None, 0, None, 1, 12, False)
    if kind == "same_period":
        if year is None and rel is None:
            rel = -1
        return TimeExpr(m.start(), m.end(), kind, year, None if year else rel, None, 1, 12, True, same=True)
    if kind == "month_range":
        m1, m2 = _month(g, gd["m1"]), _month(g, gd["m2"])
    elif kind == "month_span":
        m1, m2, y1, kind = _month(g, gd["m1"]), _month(g, gd["m2"]), int(gd["y1"]), "month_range"
        if not ((year == y1 and m1 <= m2) or (year == y1 + 1 and m1 > m2)):
            return None  # longer than a year: no one period (each month and year is read alone)
    elif kind == "month_pair":
        m1, m2, kind = _month(g, gd["m1"]), _month(g, gd["m2"]), "month_range"
        if m2 != m1 + 1:
            return None
    elif kind == "months":
        n = gd["n"]
        m2 = int(n) if n.isdigit() else next(int(r["m1"]) for r in g["counts"]
                                                if re.fullmatch(r["phrase"], n, re.I))
        if not 1 <= m2 <= 12:
            return None
        if cue_in(lang, "streak_after", STREAK_AFTER).match(text, m.end()):
            return None  # "два месяца подряд показатель превышает 50 млрд долларов": a streak (rule streak)
    elif kind == "part":
        i = next(int(k[1:]) for k, v in gd.items() if k.startswith("p") and v)
        r = g["parts"][i]
        m1, m2 = int(r["m1"]), int(r["m2"])
    elif kind == "month":
        m1 = m2 = _month(g, gd["m1"])
    elif kind == "to_month":
        m1, m2, kind = 1, _month(g, gd["m2"]), "month_range"
    elif kind == "relative":
        base = rel_base
    elif kind == "last_month":
        m1 = m2 = 1  # a month known only from the page's date (period_choice rule last_month)
        rel = 0
    before = text[max(0, m.start() - BEFORE_REACH):m.start()]
    if kind == "year" and _CLOCK_BEFORE.search(before):
        return None  # "30 января\n10:20 2020": the year of a page's time stamp, no period (rule clock_stamp)
    if kind == "year" and m.end() == m.end("y") and counted(text, m.start(), m.end()):
        return None  # "экспортировала 2088 юрт": a count, not a year (rule count_not_year)
    if ((kind == "year" or (kind == "month" and year is not None)) and g["since_change_after"] is not None
            and _SINCE_S_BEFORE.search(before) and not g["base_before"].search(before)
            and g["since_change_after"].match(text, m.end())):
        # "с 2019 года экспорт вырос", "начиная с марта 2022-го года выросла в 4-5 раз": where a change is counted from, no
        # period of the figure (the row's rule, since_year_change; since_month_change for a month with its year); not a
        # base's "с" ("по сравнению с мартом 2021 года вырос": after_base)
        return _set_aside(m, g["since_change_rule"] if kind == "year" else "since_month_change")
    if kind in ("month", "year") and cue_in(lang, "when_clause", NEVER).match(text, m.end()) \
            and _SINCE_S_BEFORE.search(before) and not cue_in(lang, "since_when_opening", NEVER).search(before):
        # "самый низкий показатель товарооборота с 2009 года, когда он составил $23,3 млрд": the time a record is counted
        # from, dated again by a clause of its own, is the period of that clause's figure (rule since_when_clause; ", когда":
        # the when_clause row of vocab/ru/patterns.csv). Not where "С" opens the sentence or a list's item ("- С 1972 года,
        # когда турецкие подрядчики начали работать за границей, общий объем выполненных проектов достиг 515,1 миллиарда
        # долларов", relocationtr.com): the main clause after the when-clause counts its total from that time, no period
        # of its figure (rule since_year_opening; row since_when_opening; s77 openD77)
        pass
    elif kind == "month" and year is not None and g["since_before"] is not None and g["since_before"].search(before) \
            and _SINCE_S_BEFORE.search(before):
        # "что стало максимальным ростом с марта 2015 года", "самого высокого уровня с декабря 2014 года": the month a
        # record is counted from, as its year alone ("минимумом с 2005 года"), is no period of the figure (rule
        # since_month_record; a row that names its own rule names it: "вырос на 300% с конца августа 2020 года",
        # since_month_change)
        return _set_aside(m, next((r for rx, r in g["since_rules"] if rx.search(before)), None) or "since_month_record")
    elif kind == "year" and g["since_before"] is not None and g["since_before"].search(before):
        if re.search(r"(?<![\w-])с\s+$", before):
            # "минимумом с 2005 года": where a record is counted from, no period ("вырос в три раза с 2019 года": where a
            # change is, the row's rule since_year_change, a record set aside that names it)
            rule = next((r for rx, r in g["since_rules"] if rx.search(before)), None)
            return None if rule is None else _set_aside(m, rule)
        # "исторического максимума 2012 года (203,6 млрд евро)": when a past record was set, a base whose value
        # may follow in brackets (rule base_value), never the period of the figure before it (kind record_year)
        return TimeExpr(m.start(), m.end(), "record_year", year, None, None, 1, 12, True)
    base = base or rel_base or bool(g["base_before"].search(before)) or (
        g["base_comparative"] is not None and bool(g["base_comparative"].search(before))
        and not _PREPOSITION_OPENS.match(text, m.start())) or (
        kind in ("month_range", "months", "part", "month") and bool(g["base_before_part"].search(before))) or (
        # "в прошлом году объем торговли между провинцией и Россией увеличился с 18,99 млрд долл США в 2011 году до
        # 21,31 млрд долл США": the time of the amount a change started from is that amount's, a base, not the time of
        # the amount it came to (rule from_amount_time; russian.people.com.cn)
        bool(_FROM_AMOUNT_BEFORE.search(before)) and bool(_TO_AMOUNT_AFTER.match(text, m.end())))
    if not base and _BRACKET_OPEN_BEFORE.search(before) and _BRACKET_VALUE_AFTER.match(text, m.end()):
        # "На страны ЕС приходилось 14% торгового дефицита (в январе 2011 года - 30%)", "(в январе 2011 года
        # соответственно 33, 36 и 32%)" (bizzone.info): a time opening a bracket after a figure, its own value after a
        # dash, is the time of the value compared with, a base, never the period of the figures around (rule
        # bracket_compared_time)
        base = True
    target = bool(g["target_before"].search(before)) and kind in ("year", "relative")
    return TimeExpr(m.start(), m.end(), kind, year, rel, None, m1, m2, base, target=target, same=same)
