"""After relating: figures that restate or convert another take its period.

A page states one fact several times: a headline restated in the body, a head figure that a
later part-year figure repeats, an amount converted in brackets. These passes run once every
figure of the document has its own period, each a named year rule.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tradeflows.facts.subject import HEAD_CHARS
from tradeflows.records import Figure, decided_rule
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language
from tradeflows.vocab.patterns import EnglishCue, cue

_WEAK_YEAR_RULES = ("source_year", "january_past_year", "unknown", "section_period", "monthly_head", "rolling_aside", "head_year", "paragraph_period", "paragraph_guess", "undated_aim", "relative_fiscal",
                    "relative_doc_date",   # "up by 26.42% in 3 months": a headline's count of months from the page's date
                    "relative_doc_named", "relative_context", "undated_page_forecast",
                    # "Exports to China nearly double in four years" over "... increased by nearly 100 percent from 2008 to
                    # 2012" (cphpost.dk, data/web20 ae12): a span's guessed end gives way to the body's year
                    "bare_span_years")
# the year rules of a figure whose sentence names no time of its own (not "this year", read from the page's date)
_NO_TIME_RULES = ("source_year", "january_past_year", "unknown", "section_period", "monthly_head", "rolling_aside", "head_year", "paragraph_period", "paragraph_guess", "topic_period",
                  "undated_page_forecast", "bare_span_years")
HEADLINE_CHARS = 200  # a first paragraph this short is the page's headline
# the year rules of a figure dated by nothing but the page's date (or by nothing)
_PAGE_YEAR_RULES = ("source_year", "unknown", "undated_page_forecast")


def headline_restated(figs: list[Figure], headline_end: int) -> list[Figure]:
    """'Africa-EU Trade in Goods: €18 Billion Surplus' then '... in 2017 the surplus was €18 billion': a
    headline figure with no period of its own takes the period of the body figure that restates it (the
    same kind, value, currency and measure; rule restated_in_body)."""
    out = []
    for g in figs:
        # ("year_not_over": a headline's change with no time on a page of January, "Мировой экономический кризис на треть
        # сократил товарооборот Дальнего Востока", interfax-russia.ru, is the body's year that just ended)
        if g.clean_start < headline_end and _rule_of(g, "year") in _WEAK_YEAR_RULES + ("year_not_over",):
            # (a restatement that itself names no time and has none in force, the page's year, says nothing: the
            # first body figure that has a time of its own or in force is read, "Товарооборот ... вырос на 22% и
            # составил почти $51 млрд" in the lead before "По итогам прошлого года ... вырос на 22% и составил почти
            # $51 млрд», zonakz.net; with none such, the first restatement still is, as before)
            key = (g.kind, g.value, g.value_high, g.currency, g.measure)
            first = next((b for b in figs if b.clean_start >= headline_end and b.year is not None
                          and (b.kind, b.value, b.value_high, b.currency, b.measure) == key), None)
            body = first if first is None or _rule_of(first, "year") not in _PAGE_YEAR_RULES else next(
                (b for b in figs if b.clean_start > first.clean_start and b.year is not None
                 and (b.kind, b.value, b.value_high, b.currency, b.measure) == key
                 and _rule_of(b, "year") not in _PAGE_YEAR_RULES), first)
            if body is not None and body.period_start is not None and body.period_start == body.period_end \
                    and g.period_start is not None and g.period_start != g.period_end and g.year == body.year:
                # "Vietnam enjoys US$3.74 bln trade surplus in Q1" then "brought the country's total surplus in three
                # consecutive months to US$3.74 billion" read as February: a headline's own span of months is not
                # restated by a single month's figure (rule headline_span_kept)
                body = None
            name = "restated_in_body"
            if body is None and _rule_of(g, "year") in _NO_TIME_RULES + ("year_not_over",):
                body, name = _rounded_in_body(figs, g, headline_end), "headline_rounded"
            if body is not None:
                # the same fact: a goal restated is a goal ("Thailand Targets US$30 Billion ..." then "aiming
                # to boost bilateral trade to US$30 billion by 2025")
                # (a period counted from the page's date keeps that basis: the year still comes from the date)
                basis = g.year_basis if _rule_of(g, "year") in ("relative_doc_date", "relative_doc_named") else "context"
                g = _dated_by(g, body, basis, name, status=body.status if body.status != "actual" else g.status)
        out.append(g)
    return out


# how far a headline's round figure may stand from the body's exact one it rounds ("два миллиарда" for 2,2 billion)
ROUNDED_GAP = 0.15


def _rounded_in_body(figs: list[Figure], g: Figure, headline_end: int) -> Figure | None:
    """"Товарооборот Туркмении со странами СПЕКА превысил два миллиарда долларов" (a headline naming no time) then
    "В прошлом году товарооборот Туркмении со странами-участниками ... СПЕКА превысил 2,2 миллиарда долларов" (1prime.ru);
    "Мировой экономический кризис на треть сократил товарооборот Дальнего Востока" then "в 2009 году составил $22,1
    млрд, что на 32% меньше" (interfax-russia.ru): a headline figure rounding the first body figure of its flow (the same
    kind, currency, measure and partner, of one sign, within ROUNDED_GAP of it) is that figure's fact, of its period
    (rule headline_rounded), not of the page's year."""
    for b in figs:
        if b.clean_start < headline_end or b.year is None or b.period_start is None:
            continue
        if (b.kind, b.currency, b.measure, b.partner) != (g.kind, g.currency, g.measure, g.partner) \
                or g.value is None or b.value is None or g.value_high is not None or b.value_high is not None:
            continue
        if b.value * g.value > 0 and abs(g.value - b.value) <= ROUNDED_GAP * abs(b.value):
            return b
        return None   # only the first body figure of the flow: a later one is another fact
    return None


def lead_restated(figs: list[Figure], headline_end: int) -> list[Figure]:
    """"Товарооборот Казахстана со странами ... (ШОС) вырос на 22% и составил почти $51 млрд, сообщает пресс-служба"
    in the lead, then «По итогам прошлого года ... товарооборот между Казахстаном и странами ШОС вырос на 22% и составил
    почти $51 млрд» (zonakz.net): a figure of the page's head after its headline (within HEAD_CHARS) dated by nothing
    but the page's date (source_year) takes the period of a later figure that states it again (the same kind, value,
    currency, measure and status) with a time of its own or one in force (rule restated_lead); the first such
    restatement is read, none when none is dated."""
    out = []
    for g in figs:
        if headline_end <= g.clean_start < HEAD_CHARS and _rule_of(g, "year") == "source_year":
            body = next((b for b in figs if b.clean_start > g.clean_end and b.year is not None
                         and _rule_of(b, "year") not in _PAGE_YEAR_RULES and b.status == g.status
                         and (b.kind, b.value, b.value_high, b.currency, b.measure)
                         == (g.kind, g.value, g.value_high, g.currency, g.measure)), None)
            if body is not None:
                g = _dated_by(g, body, "context", "restated_lead")
        out.append(g)
    return out


def body_restates_headline(figs: list[Figure], headline_end: int) -> list[Figure]:
    """"Товарооборот между Кыргызстаном и Украиной в 2011 году составил 112 миллионов долларов" then, after a
    paragraph about a meeting "в первом полугодии 2012 года", "рекордный рост товарооборота ..., который составил 112
    миллионов долларов": a body figure with no period of its own (a weak year rule) that restates a headline figure
    of a written year (the same kind, value, currency and measure) takes the headline's period (rule
    restates_headline)."""
    heads = {}
    for g in figs:
        if g.clean_start < headline_end and g.year_basis == "explicit" and g.year is not None:
            heads.setdefault((g.kind, g.value, g.value_high, g.currency, g.measure), g)
    if not heads:
        return figs
    out = []
    for g in figs:
        h = heads.get((g.kind, g.value, g.value_high, g.currency, g.measure)) \
            if g.clean_start >= headline_end and _rule_of(g, "year") in _NO_TIME_RULES else None
        if h is not None and h.status == g.status \
                and (g.year, g.period_start, g.period_end) != (h.year, h.period_start, h.period_end):
            g = _dated_by(g, h, "context", "restates_headline")
        out.append(g)
    return out


def restated_goal(figs: list[Figure]) -> list[Figure]:
    """"Товарооборот с Таджикистаном стремится увеличить Россия до размеров $2 млрд за 2022 год" ... "«Цифра в 2
    миллиарда достижима, и мы будем к ней стремиться»": a goal with no period of its own (a weak year rule) that
    names again the amount of an earlier goal of a written year is that goal, of its period (rule restated_goal)."""
    goals: dict[float, Figure] = {}
    out = []
    for g in figs:
        if g.status == "target" and g.kind == "money":
            p = goals.get(g.value)
            if p is not None and _rule_of(g, "year") in _NO_TIME_RULES and g.value_high == p.value_high \
                    and (g.currency is None or p.currency is None or g.currency == p.currency) \
                    and (g.year, g.period_start, g.period_end) != (p.year, p.period_start, p.period_end):
                g = _dated_by(g, p, "context", "restated_goal")
            elif g.year_basis == "explicit" and g.year is not None:
                goals.setdefault(g.value, g)
        out.append(g)
    return out


def relative_restated(figs: list[Figure]) -> list[Figure]:
    """"товарооборот между Россией и Африкой, превысивший 27 миллиардов долларов в 2024 году" then, in the minister's
    quote, "он увеличился более чем в 1,5 раза и в прошлом году превысил 27 миллиардов долларов" (abbv.ru citing RIA,
    a dateline with no year, read as 2024 from the year the page names): a "last year" counted from the page's date
    (relative_doc_date) whose amount restates an earlier figure of a written year one later (the same kind, value,
    currency, measure, reporter and partner; both results, not a goal: "В 2018 году экспорт ... превысит $23 млрд"
    then "В прошлом году было $20 млрд., теперь уже говорим о $23 млрд." leaves last year's 2017) is that figure's fact: the page speaks from the year after the one its
    date was read in. The figures of the same sentence counted from the same date take that year too (rule
    restated_relative)."""
    written = {}
    for g in figs:
        if g.kind == "money" and g.year_basis == "explicit" and g.year is not None:
            written.setdefault(_fact_key(g), g)
    if not written:
        return figs
    moved: dict[tuple[str, int], Figure] = {}
    for g in figs:
        w = written.get(_fact_key(g)) if g.kind == "money" and _rule_of(g, "year") == "relative_doc_date" else None
        if w is not None and g.year is not None and w.clean_end <= g.clean_start and w.year == g.year + 1 \
                and w.status == g.status == "actual":
            moved.setdefault((g.sentence, g.year), w)
    if not moved:
        return figs
    return [_year_later(g, moved[(g.sentence, g.year)].year)
            if _rule_of(g, "year") == "relative_doc_date" and (g.sentence, g.year) in moved else g for g in figs]


def _year_later(g: Figure, year: int) -> Figure:
    """g counted from a page's date one year later: its year and its months' years moved to `year` (rule
    restated_relative)."""
    shift = year - g.year
    moved = [f"{int(p[:4]) + shift:04d}{p[4:]}" if p else p for p in (g.period_start, g.period_end)]
    return replace(g, year=year, period_start=moved[0], period_end=moved[1], year_basis="context",
                   fact_rules=g.fact_rules.replace(f"year:{_written(g, 'year')}", "year:restated_relative"))


def _fact_key(g: Figure) -> tuple:
    """What a restated amount repeats: kind, value, currency, measure and sides."""
    return (g.kind, g.value, g.value_high, g.currency, g.measure, g.reporter_iso3, g.partner)


# year rules of a "last year" dated by a guess: the page's date or the latest year it names
_RELATIVE_GUESS_RULES = ("relative_doc_date", "relative_doc_named", "relative_context")


def restated_partials(figs: list[Figure]) -> list[Figure]:
    """A headline's "in 2022 exceeded EUR 5 billion" restates the body's "in the first ten
    months ... more than EUR 5 billion": a full-year figure of the page's head whose value,
    measure, reporter, partner and year a later part-year figure repeats takes its months
    (rule restated_part). The body's year may be a guess ("Sino-Angolan trade in 2018 worth US$25.66
    bln and counting" / "... in the first 11 months of last year at US$25.66 billion" on an undated
    page): a part whose "last year" was dated by a guess (_RELATIVE_GUESS_RULES) a year from the
    head's written one is the same part of the head's year (rule restated_part_guess)."""
    parts, guessed = {}, {}
    for g in figs:
        if g.kind == "money" and g.year and g.period_start and g.period_end and \
                (g.period_start, g.period_end) != (f"{g.year:04d}-01", f"{g.year:04d}-12"):
            parts.setdefault((g.measure, g.reporter_iso3, g.partner, g.year, g.currency, g.value), g)
            if _rule_of(g, "year") in _RELATIVE_GUESS_RULES and g.period_start[:4] == g.period_end[:4]:
                guessed.setdefault((g.measure, g.reporter_iso3, g.partner, g.currency, g.value), g)
    if not parts:
        return figs
    out = []
    for g in figs:
        whole = g.kind == "money" and g.period_start == f"{g.year or 0:04d}-01" and g.period_end == f"{g.year or 0:04d}-12"
        p = parts.get((g.measure, g.reporter_iso3, g.partner, g.year, g.currency, g.value)) if whole else None
        rule = "restated_part"
        if p is None and whole and g.year_basis == "explicit":
            p = guessed.get((g.measure, g.reporter_iso3, g.partner, g.currency, g.value))
            p = p if p is not None and abs(p.year - g.year) == 1 else None
            rule = "restated_part_guess"
        if p is not None and p is not g and g.clean_start < HEAD_CHARS and p.clean_start > g.clean_start:
            g = replace(g, period_start=f"{g.year:04d}{p.period_start[4:]}", period_end=f"{g.year:04d}{p.period_end[4:]}",
                        fact_rules=g.fact_rules.replace(f"year:{_written(g, 'year')}", f"year:{rule}"))
        out.append(g)
    return out


# "RO4.1 billion ($10.6 billion)", "N12.693 trillion (about $27 million)": a bracket that opens
# right after an amount and holds another amount in another currency
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|or|"
                             r"equivalent\s+to|equal\s+to|i\.e\.)\s*)?")


# the qualifiers a converted amount in brackets takes from the amount it converts (rule qualifier:conversion): a bound
# or an approximation ("превысил 5,25 трлн юаней ($766 млрд)"); a range's bracket has its own ends
CONVERTED_QUALIFIERS = frozenset({"more_than", "less_than", "approx"})


def conversions(text: str, figs: list[Figure]) -> list[Figure]:
    """An amount in brackets right after another, in another currency, is the same money
    converted: it takes that amount's period and counterpart (rule conversion), whatever stands next to it. One of
    the two is marked the restatement (fact rule amount:restatement), so the panel counts the money
    once: the bracketed one, unless it alone is in US dollars ("N478 billion (US$1.6 billion)")."""
    out: list[Figure] = []
    for g in figs:
        p = out[-1] if out else None
        if (p is not None and g.kind == "money" and p.kind == "money" and g.currency != p.currency
                and p.clean_end <= g.clean_start
                and cue("conversion_gap", _CONVERSION_GAP).fullmatch(text, p.clean_end, g.clean_start)):
            if (g.year, g.period_start, g.period_end) != (p.year, p.period_start, p.period_end):
                g = _dated_by(g, p, p.year_basis, "conversion")
            if _other_sides(g, p):
                # "US$1.03 billion (N374.1bn) (or 9.33 per cent), US$897 billion ... respectively": the
                # converted amount is the same money with the same counterpart, whatever its own
                # words decided (rule partner:conversion)
                g = replace(g, reporter=p.reporter, reporter_iso3=p.reporter_iso3, partner=p.partner,
                            partner_iso3=p.partner_iso3,
                            fact_rules=g.fact_rules.replace(f"partner:{_written(g, 'partner')}", "partner:conversion"))
            if g.qualifier == "exact" and p.qualifier in CONVERTED_QUALIFIERS and current_language() != DEFAULT_LANGUAGE:
                # "Объем торговли услугами Китая превысил 5,25 трлн юаней ($766 млрд) в 2016 году" (caderus.com, data/ruweb49
                # dg05): the converted amount is the same money, bounded or rounded as the amount it converts (rule
                # qualifier:conversion; s77 openD77). Not on English pages, whose annotators keep the bracket as written
                # ("more than Rs 500 crore ($60 million)": the qualifier fell on six English sets and rose on two)
                g = replace(g, qualifier=p.qualifier, fact_rules=g.fact_rules + ";qualifier:conversion")
            if g.currency == "USD" and p.currency != "USD":
                out[-1] = replace(p, fact_rules=p.fact_rules + ";amount:restatement")
            else:
                g = replace(g, fact_rules=g.fact_rules + ";amount:restatement")
        out.append(g)
    return out


# "Nigeria $23 billion or 16 percent, South Africa $21 billion or 14 percent", "US$1.03 billion (N374.1bn)
# (or 9.33 per cent)": a share or rate joined by "or" right after an amount restates it
_OR_GAP = re.compile(r"\)?\s*,?\s*\(?\s*or\s+")


def restated_share(text: str, figs: list[Figure]) -> list[Figure]:
    """A percentage that restates the amount right before it ("$23 billion or 16 percent") is of the
    same flow between the same sides: it takes that amount's reporter and counterpart (rule
    partner:or_share), not the place its own words are nearest (the next item's)."""
    out: list[Figure] = []
    for g in figs:
        p = out[-1] if out else None
        if (p is not None and g.kind in ("share", "growth") and p.kind == "money" and _other_sides(g, p)
                and p.clean_end <= g.clean_start
                and cue("or_gap", _OR_GAP).fullmatch(text, p.clean_end, g.clean_start)):
            g = replace(g, reporter=p.reporter, reporter_iso3=p.reporter_iso3, partner=p.partner,
                        partner_iso3=p.partner_iso3,
                        fact_rules=g.fact_rules.replace(f"partner:{_written(g, 'partner')}", "partner:or_share"))
        out.append(g)
    return out


# "from its 1997 level of $108 billion (1.2 percent of GDP)" (washingtontimes.com, data/web50 cl01): a share opening the
# brackets right after an amount (a hedge before it at most), the bracket naming no year of its own
_share_bracket_gap = EnglishCue("share_bracket_gap")   # row of vocab/<lang>/patterns.csv: "(", "(about "
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
BRACKET_REACH = 80  # how far after the share its bracket may close


def bracketed_share(text: str, figs: list[Figure]) -> list[Figure]:
    """"... which reflected an increase of more than $500 billion per year from its 1997 level of $108 billion (1.2
    percent of GDP)": a share in brackets right after an amount restates that amount as a part of a whole, so it is of
    the amount's period, not of the clause's other year its own words found (rule bracketed_share); the bracket names
    no year of its own."""
    out: list[Figure] = []
    for g in figs:
        p = out[-1] if out else None
        if (p is not None and g.kind == "share" and p.kind == "money" and p.clean_end <= g.clean_start
                and (g.year, g.period_start, g.period_end) != (p.year, p.period_start, p.period_end)
                and cue("share_bracket_gap", _share_bracket_gap()).fullmatch(text, p.clean_end, g.clean_start)):
            close = text.find(")", g.clean_end, g.clean_end + BRACKET_REACH)
            if close >= 0 and "(" not in text[g.clean_end:close] and not _YEAR.search(text, g.clean_end, close):
                g = _dated_by(g, p, p.year_basis, "bracketed_share")
        out.append(g)
    return out


# "The 46% figure is lower than in previous years" (fullfact.org, data/web61 dh02): a noun right after the figure that
# names it as a figure given before (row figure_noun_after of vocab/<lang>/patterns.csv)
_figure_noun_after = EnglishCue("figure_noun_after", re.I)


def restated_figure_noun(text: str, figs: list[Figure]) -> list[Figure]:
    """"... 46% of UK goods exports went to the EU in 2019. ... The 46% figure is lower than in previous years": a figure
    the text names as a figure ("The 46% figure", "the $100 billion number") is the last earlier figure of the page of
    its kind, value and currency: it takes that figure's measure, sides and period (rule restated_figure_noun)."""
    out: list[Figure] = []
    for g in figs:
        if g.kind != "growth" and _figure_noun_after().match(text, g.clean_end):
            p = next((x for x in reversed(out) if (x.kind, x.value, x.value_high, x.currency) ==
                      (g.kind, g.value, g.value_high, g.currency) and x.clean_end <= g.clean_start), None)
            if p is not None and (p.measure, p.partner, p.year) != (g.measure, g.partner, g.year):
                rules = g.fact_rules
                for field in ("measure", "reporter", "partner"):
                    rules = rules.replace(f"{field}:{_written(g, field)}", f"{field}:restated_figure_noun")
                g = _dated_by(replace(g, measure=p.measure, reporter=p.reporter, reporter_iso3=p.reporter_iso3,
                                      partner=p.partner, partner_iso3=p.partner_iso3, fact_rules=rules),
                              p, "context", "restated_figure_noun")
        out.append(g)
    return out


def restated_head(figs: list[Figure]) -> list[Figure]:
    """A head's amount with no period of its own that the body states again with a written
    year ("Речь идёт о почти 300 млрд рублей" / "в 2022-м ... достиг ... почти 300 млрд рублей")
    takes the body's period (rule restated_head)."""
    dated = {}
    for g in figs:
        if g.kind == "money" and g.year_basis == "explicit" and g.year is not None:
            dated.setdefault((g.currency, g.value, g.value_high), []).append(g)
    if not dated:
        return figs
    out = []
    for g in figs:
        if g.kind == "money" and g.clean_start < HEAD_CHARS and g.year_basis != "explicit":
            p = next((x for x in dated.get((g.currency, g.value, g.value_high), [])
                      if x.clean_start > g.clean_start and x.status == g.status
                      and (x.measure == g.measure or g.measure == "other")), None)
            if p is not None:
                g = _dated_by(g, p, "explicit", "restated_head")
        out.append(g)
    return out


def _other_sides(g: Figure, p: Figure) -> bool:
    """g names another pair of sides than p, which names a counterpart (the same pair stated from
    the other side, "between Saudi Arabia and the US ... 75.6 billion riyals ($20.2bn)", is no other)."""
    return p.partner is not None and {g.reporter, g.partner} != {p.reporter, p.partner}


def _rule_of(f: Figure, field: str) -> str:
    """The rule that decided a field of the figure (without the rules that rewrote what it read)."""
    return decided_rule(f.fact_rules, field)


def _dated_by(g: Figure, src: Figure, basis: str | None, rule: str, **more) -> Figure:
    """g with the year and period of `src`, the figure that restates it, its year rule named `rule`."""
    return replace(g, year=src.year, period_start=src.period_start, period_end=src.period_end, year_basis=basis,
                   fact_rules=g.fact_rules.replace(f"year:{_written(g, 'year')}", f"year:{rule}"), **more)


def _written(f: Figure, field: str) -> str:
    """A field's rule as fact_rules writes it, with its rewriting rules ("explicit+later_same_period"): a restating rule
    that decides the field again writes its own name in place of all of it."""
    return next((r.split(":", 1)[1] for r in f.fact_rules.split(";") if r.startswith(field + ":")), "")
