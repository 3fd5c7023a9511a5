"""Relate: tie each figure to its flow, reporter, partner, period and status.

The information is spread over the sentence, the paragraph and the section
("As for Iran, ..." sets the partner for a page), so figures are related in
document order with a little state that carries over: the last partner
named, the paragraph's period and a reporter other than the document's. An
explicit mention in the figure's sentence always wins over what is carried.

Every decision names its rule in Figure.fact_rules ("measure:cue_before;
partner:carried;year:footnote"), and the figure gets a confidence from how
its fields were decided.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from tradeflows.text.clean import CleanText
from tradeflows.facts.periods import TimeExpr, find_times
from tradeflows.facts.places import Place, find_places, lookup
from tradeflows.records import Figure
from tradeflows.vocab import alternation, read_csv

FLOW_MEASURES = ("exports", "imports", "turnover", "balance")
# how many sentences a partner named in passing stays the subject of a paragraph
CARRY_SENTENCES = 4
WINDOW = 400  # characters around a figure that its sentence-level rules read
# how many paragraph breaks an organization stays the reporter without being named again
ORG_CARRY_PARAGRAPHS = 1




@lru_cache(maxsize=1)
def _vocab():
    measures = {r["cue"].lower(): (r["measure"], int(r["priority"])) for r in read_csv("measures.csv")}
    status = {r["cue"].lower(): r["status"] for r in read_csv("status.csv")}
    orgs = {r["alias"]: (r["name"], r["iso3"]) for r in read_csv("organizations.csv")}
    orgs_ci = {k.lower(): v for k, v in orgs.items()}
    return {
        "measures": measures,
        "measure_re": re.compile(rf"\b(?:{alternation(measures)})\b", re.I),
        "status": status,
        "status_re": re.compile(rf"\b(?:{alternation(status)})\b", re.I),
        "orgs": orgs_ci,
        "org_re": re.compile(rf"\b(?:{alternation(orgs)})\b", re.I),
    }


# a total with the world: strong cues beat a partner carried from earlier sentences
_WORLD_STRONG = re.compile(
    r"\b(?:foreign\s+markets?|abroad|world(?:wide)?|external\s+markets?|international\s+markets?|"
    r"\d+\s+countries|to\s+\d+\s+\w+\s+countries|foreign\s+(?:participants|companies|buyers|partners)|"
    r"foreign\s+trade\s+turnover|in\s+total|overall|in\s+general)\b", re.I)
_WORLD = re.compile(r"\b(?:total\s+(?:exports|imports|volume|export)|foreign\s+trade|foreign\s+shipments)\b", re.I)
# "Sakhalin Region's foreign trade turnover", "Korea's import": the place owns the flow
_POSSESSIVE = re.compile(r"(?:['’]s?\s+(?:\w+\s+){0,2}?(?:foreign\s+trade|trade|exports?|imports?|turnover|purchases)\b"
                         r"|\s+(?:itself|imported|imports)\b)", re.I)
_GOODS_SERVICES = re.compile(r"goods\s+and\s+services", re.I)
_GOODS = re.compile(r"\b(?:goods|commodit(?:y|ies)|merchandise)\b", re.I)
_SERVICES = re.compile(r"\bservices\b", re.I)
# "this Central Asian country": an anaphor for the partner already named
_ANAPHORIC = re.compile(r"\s+(?:country|state|republic|partner)\b", re.I)
_BILATERAL = re.compile(r"\b(?:the\s+(?:two\s+)?countries|both\s+countries|bilateral|mutual|the\s+parties|"
                        r"both\s+sides|this\s+(?:country|continent|market|state|region)|our\s+countries)\b", re.I)
_PARTNER_PREP = re.compile(r"\b(?:with|to|from|between|and|in|into)\s+(?:the\s+)?$", re.I)


@dataclass
class _State:
    partner: tuple[str, str | None] | None = None
    partner_para: int = -1
    partner_si: int = -10
    period: tuple[int | None, int, int] | None = None  # (year, m1, m2)
    period_para: int = -1
    reporter: tuple[str, str] | None = None
    reporter_para: int = -1
    reporter_kind: str = ""
    measure: str | None = None
    measure_sentence: int = -10
    measure_para: int = -1


class _Doc:
    """Per-document lookups built once: sentence places, times and markers."""

    def __init__(self, c: CleanText, pub_year: int | None):
        self.c = c
        self.text = c.text
        self.pub_year = pub_year
        self.sent_starts = [s for s, _ in c.sentences]
        self.para_starts = [s for s, _ in c.paragraphs]
        self.marker_pos = [m.clean_pos for m in c.markers]
        self._places: dict[int, list[Place]] = {}
        self._times: dict[int, list[TimeExpr]] = {}

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self.sent_starts, pos) - 1, 0)

    def para_index(self, pos: int) -> int:
        return max(bisect_right(self.para_starts, pos) - 1, 0)

    def places(self, si: int, lo: int | None = None, hi: int | None = None) -> list[Place]:
        return self._in_sentence(self._places, find_places, si, lo, hi)

    def times(self, si: int, lo: int | None = None, hi: int | None = None) -> list[TimeExpr]:
        return self._in_sentence(self._times, find_times, si, lo, hi)

    def _in_sentence(self, cache: dict, finder, si: int, lo: int | None, hi: int | None) -> list:
        """What finder finds in sentence si (found once), optionally only in [lo, hi)."""
        if si not in cache:
            s, e = self.c.sentences[si]
            found = finder(self.text, s, e)
            cache[si] = (found, [x.start for x in found])
        found, starts = cache[si]
        if lo is None:
            return found
        return found[bisect_left(starts, lo): bisect_left(starts, hi)]

    def source_year(self, pos: int) -> tuple[int | None, str]:
        """The year a quote was written: its footnote's citation, else the document's."""
        pi = self.para_index(pos)
        p_start, p_end = self.c.paragraphs[pi] if self.c.paragraphs else (0, len(self.text))
        i = bisect_left(self.marker_pos, pos)
        candidates = []
        # a quote ends with its marker: the next marker, within a stretch of text
        if i < len(self.c.markers) and self.c.markers[i].clean_pos - pos < 1500:
            candidates.append(self.c.markers[i])
        if i > 0 and self.c.markers[i - 1].clean_pos >= p_start:
            candidates.append(self.c.markers[i - 1])
        for j in (i, i - 1):
            if 0 <= j < len(self.c.markers) and abs(self.c.markers[j].clean_pos - pos) < 3000:
                candidates.append(self.c.markers[j])
        for m in candidates:
            if m.citation is not None and m.citation.year:
                return m.citation.year, "footnote"
        return self.pub_year, "doc_date"


def relate_figures(c: CleanText, figures: list[Figure], reporter: str = "Belarus",
                   pub_year: int | None = None) -> list[Figure]:
    home = lookup(reporter)
    home_iso = home.iso3 if home else None
    d = _Doc(c, pub_year)
    st = _State()
    out = []
    last_si = -1
    for f in figures:
        si = d.sentence_index(f.clean_start)
        if si != last_si:
            # the sentences since the last figure's (itself included) update the carried context
            for k in range(max(last_si, 0), si):
                _update_context(d, st, k, home_iso)
            last_si = si
        out.append(_relate_one(d, st, f, si, reporter, home_iso))
    return out


def _update_context(d: _Doc, st: _State, si: int, home_iso: str | None) -> None:
    s, e = d.c.sentences[si]
    pi = d.para_index(s)
    foreign = [p for p in d.places(si) if p.iso3 != home_iso or (p.kind == "bloc")]
    foreign = [p for p in foreign if (p.kind != "demonym" or p.iso3 != home_iso)
               and not _ANAPHORIC.match(d.text, p.end)]
    if len({p.name for p in foreign}) > 2:
        foreign = []  # a list of countries sets no partner for what follows
    if foreign:
        p = foreign[0] if len({x.name for x in foreign}) > 1 and _is_heading(d, si) else foreign[-1]
        st.partner, st.partner_para, st.partner_si = (p.name, p.iso3), pi, si
    for t in d.times(si):
        if not t.base and t.year is not None and not t.target:
            st.period, st.period_para = (t.year, t.m1, t.m2), pi
        elif not t.base and not t.target and t.m2 - t.m1 < 11 and st.period is not None:
            # "According to the results of the first quarter": a part of the year in force
            st.period, st.period_para = (st.period[0], t.m1, t.m2), pi


def _is_heading(d: _Doc, si: int) -> bool:
    s, e = d.c.sentences[si]
    return e - s < 80


def _relate_one(d: _Doc, st: _State, f: Figure, si: int, reporter: str, home_iso) -> Figure:
    text = d.text
    s_start, s_end = d.c.sentences[si]
    # everything is read within a window of the figure's sentence, so that a run-on
    # "sentence" (a table flattened to text) stays linear
    s_start = max(s_start, f.clean_start - WINDOW)
    s_end = min(s_end, f.clean_end + WINDOW)
    pi = d.para_index(f.clean_start)
    rules = []
    conf = []
    v = _vocab()

    # --- measure ------------------------------------------------------------
    measure, mrule, cue_span = _measure(d, f, s_start, s_end, v)
    if measure is None:
        measure = _previous_cue(d, si, v)
        mrule = "previous_sentence" if measure else None
    if measure is None and st.measure and st.measure_para == pi:
        measure, mrule = st.measure, "carried"
    if measure is None:
        measure, mrule = ("other", "default_other")
    st.measure, st.measure_sentence, st.measure_para = measure, si, pi
    rules.append(f"measure:{mrule}")
    conf.append({"cue_before": 1.0, "cue_after": 0.9, "share_of": 1.0, "carried": 0.7}.get(mrule, 0.4))

    # --- scope ----------------------------------------------------------------
    scope = None
    if cue_span:
        win = text[max(s_start, cue_span[0] - 30):min(s_end, cue_span[1] + 30)]
        if _GOODS_SERVICES.search(win):
            scope = "goods_and_services"
        elif _GOODS.search(win):
            scope = "goods"
        elif _SERVICES.search(win):
            scope = "services"

    # --- reporter -------------------------------------------------------------
    rep, rep_iso, rrule = reporter, home_iso, "document"
    left = text[s_start:f.clean_start]
    org = None
    for m in v["org_re"].finditer(text, s_start, s_end):
        org = v["orgs"].get(" ".join(m.group().lower().split()))
        if m.start() > f.clean_start:
            break
    home_regions = [p for p in d.places(si, s_start, s_end) if p.kind == "region" and p.iso3 == home_iso
                    and p.start < f.clean_start and not _DATELINE.match(text, p.end)]
    owners = [p for p in d.places(si, s_start, s_end) if p.start < f.clean_start and p.kind in ("country", "region")
              and p.iso3 != home_iso and _POSSESSIVE.match(text, p.end)]
    locus = [p for p in d.places(si, s_start, s_end) if p.kind == "country" and p.iso3 != home_iso
             and _IN_BEFORE.search(text, max(0, p.start - 4), p.start)] if _GDP.search(text, s_start, s_end) else []
    if owners:
        rep, rep_iso, rrule = owners[-1].name, owners[-1].iso3, "possessive"
    elif locus:
        # "in 2024 in Vietnam, GDP growth was ...": the country's own statistics
        rep, rep_iso, rrule = locus[0].name, locus[0].iso3, "locus"
    elif org:
        rep, rep_iso, rrule = org[0], org[1] or home_iso, "organization"
    elif home_regions:
        rep, rep_iso, rrule = home_regions[-1].name, home_iso, "home_region"
    elif st.reporter and (st.reporter_para == pi or (st.reporter_kind == "organization"
                                                     and pi - st.reporter_para <= ORG_CARRY_PARAGRAPHS
                                                     and not _names_home(d, si, home_iso))):
        # an organization or region stays the subject until the text turns back to the country
        rep, rep_iso, rrule = st.reporter[0], st.reporter[1], "carried"
    if rrule in ("organization", "home_region", "locus"):
        st.reporter, st.reporter_para, st.reporter_kind = (rep, rep_iso), pi, rrule
    rules.append(f"reporter:{rrule}")

    # --- status ---------------------------------------------------------------
    status, srule = "actual", "default_actual"
    sentence = text[s_start:s_end]
    for m in v["status_re"].finditer(sentence):
        st_ = v["status"][" ".join(m.group().lower().split())]
        if st_ == "historical" or (st_ == "target" and status != "historical"):
            status, srule = st_, f"cue:{m.group().lower()}"
    if f.qualifier == "less_than" and f.kind == "money" and "up to" in f.figure.lower():
        status, srule = "target", "up_to_goal"

    # --- partner --------------------------------------------------------------
    partner, piso, prule = None, None, None
    cands = [p for p in d.places(si, s_start, s_end)
             if not (p.iso3 == rep_iso and p.iso3 == home_iso and p.kind != "bloc")
             and p.name != rep and not _ANAPHORIC.match(text, p.end)
             and not _POSSESSIVE.match(text, p.end)]
    sentence = text[s_start:s_end]
    carried_here = (st.partner is not None and st.partner_para == pi
                    and si - st.partner_si <= CARRY_SENTENCES)
    if cands:
        best = min(cands, key=lambda p: _place_cost(p, f, text))
        partner, piso, prule = best.name, best.iso3, "sentence"
    elif measure not in FLOW_MEASURES + ("contracts",):
        prule = "no_counterpart"  # investment, output, aid...: only a named counterpart
    elif _WORLD_STRONG.search(sentence) and not _BILATERAL.search(sentence):
        partner, piso, prule = "world", None, "world_cue"
    elif st.partner and (carried_here or _BILATERAL.search(sentence)) :
        partner, piso = st.partner
        prule = "carried" if carried_here else "bilateral_carried"
    elif _WORLD.search(sentence):
        partner, piso, prule = "world", None, "world_cue"
    elif status != "actual" and st.partner:
        partner, piso = st.partner  # a goal of the relation the section is about
        prule = "section_goal"
    elif measure in FLOW_MEASURES:
        # a flow with no counterpart named in its paragraph is the reporter's total
        partner, piso, prule = "world", None, "default_world"
    else:
        prule = "none"
    if partner is not None and (partner == rep or (piso is not None and piso == rep_iso
                                                   and rrule in ("possessive", "locus"))):
        # a country's own statistics: its counterpart is the world
        partner, piso, prule = ("world", None, "own_total") if measure in FLOW_MEASURES else (None, None, "own")
    rules.append(f"partner:{prule}")
    conf.append({"sentence": 1.0, "world_cue": 0.85, "carried": 0.8, "section": 0.65}.get(prule, 0.5))

    # --- period ---------------------------------------------------------------
    year, m1, m2, basis, yrule = _period(d, st, f, si, pi, status)
    if year and d.pub_year and year > d.pub_year and status == "actual":
        status, srule = "target", "future_year"
    rules.append(f"status:{srule}")
    rules.append(f"year:{yrule}")
    conf.append({"explicit": 1.0, "context": 0.8, "footnote": 0.85, "doc_date": 0.7}.get(basis, 0.4))
    if year is not None and m1 is not None:
        ps, pe = f"{year:04d}-{m1:02d}", f"{year:04d}-{m2:02d}"
    else:
        ps = pe = None

    return replace(f, measure=measure, scope=scope, reporter=rep, reporter_iso3=rep_iso,
                   partner=partner, partner_iso3=piso, year=year, period_start=ps, period_end=pe,
                   year_basis=basis, status=status,
                   confidence=round(sum(conf) / len(conf), 2), fact_rules=";".join(rules))


# "MINSK, 5 December (BelTA) –": a wire dateline names where, not who
_DATELINE = re.compile(r",\s+\d{1,2}\s+[A-Z][a-z]+\s+\(")
_IN_BEFORE = re.compile(r"\bin\s+$")
_GDP = re.compile(r"\b(?:GDP|gross\s+domestic\s+product)\b")
_RIGHT_PREP = re.compile(r"\s*(?:to|with|from|for)\s+(?:the\s+)?$", re.I)


def _names_home(d: _Doc, si: int, home_iso) -> bool:
    """The sentence, or the opening of its paragraph, names the home country itself."""
    s, e = d.c.sentences[si]
    return any(p.kind == "country" and p.iso3 == home_iso for p in d.places(si, s, s + WINDOW))


def _place_cost(p: Place, f: Figure, text: str) -> float:
    if 0 <= p.start - f.clean_end <= 14 and _RIGHT_PREP.match(text, f.clean_end, p.start):
        return 0.0  # "33% to the EEU"
    if p.end <= f.clean_start:
        cost = f.clean_start - p.end
    else:
        cost = (p.start - f.clean_end) * 1.5 + 10
    if _PARTNER_PREP.search(text[max(0, p.start - 12):p.start]):
        cost *= 0.5
    if p.kind == "demonym":
        cost *= 1.3
    return cost


def _measure(d: _Doc, f: Figure, s_start: int, s_end: int, v):
    text = d.text
    cues = [(m.start(), m.end(), *v["measures"][" ".join(m.group().lower().split())])
            for m in v["measure_re"].finditer(text, s_start, s_end)]
    if not cues:
        return None, None, None
    if f.kind == "share":
        after = [c for c in cues if f.clean_end <= c[0] <= f.clean_end + 60]
        if after:
            c = min(after, key=lambda c: (c[0], -c[3]))
            if c[2] in ("output", "gdp"):
                # "70% of the output is exported", "we export 70% of our GDP": a flow's share
                flow = [x for x in cues if (x[0] > c[1] or f.clean_start - x[1] < 30)
                        and x[2] in ("exports", "imports")]
                if flow:
                    return flow[0][2], "share_of_flow", (flow[0][0], flow[0][1])
            return c[2], "share_of", (c[0], c[1])
    right = [c for c in cues if f.clean_end <= c[0] <= f.clean_end + 40]
    if right and _OF_RIGHT.match(text, f.clean_end):
        # "USD 575 thousand of exports", "$25 million worth of pipes ... exported"
        c = min(right, key=lambda c: c[0])
        return c[2], "cue_of_after", (c[0], c[1])
    before = [c for c in cues if c[1] <= f.clean_start]
    if before:
        # the nearest cue, a specific one ("surplus") outweighing a nearer vague one ("foreign trade")
        c = min(before, key=lambda c: (f.clean_start - c[1]) - 30 * c[3])
        return c[2], "cue_before", (c[0], c[1])
    right = [c for c in right if not _PART_OF.search(text, f.clean_end, c[0])]
    if right:
        c = min(right, key=lambda c: c[0] - 5 * c[3])
        return c[2], "cue_after", (c[0], c[1])
    return None, None, None


def _previous_cue(d: _Doc, si: int, v):
    """The last measure cue of the previous sentence in the same paragraph."""
    if si == 0 or d.para_index(d.c.sentences[si - 1][0]) != d.para_index(d.c.sentences[si][0]):
        return None
    s, e = d.c.sentences[si - 1]
    last = None
    for m in v["measure_re"].finditer(d.text, s, e):
        last = v["measures"][" ".join(m.group().lower().split())][0]
    return last


# "$245.5 million, with Belarusian exports amounting to": what follows is a part of it
_PART_OF = re.compile(r",\s*(?:with|including|of\s+which)\b", re.I)
_OF_RIGHT = re.compile(r"\s*(?:worth\s+)?(?:of\s+|in\s+|(?:were|was|are|is)\s+(?:\w+\s+)?)", re.I)


# goals and past levels that name no time of their own
_UNDATED = re.compile(r"\b(?:near|foreseeable)\s+future|short\s+period|best\s+years|strategic\s+goal|"
                      r"task\s+was\s+set|coming\s+years|next\s+(?:two|three|few|\d)\b|previous\s+maximum|"
                      r"had\s+only\s+recently|in\s+the\s+early|intention|restor(?:e|ing)", re.I)
_CLAUSE_BREAK = re.compile(r"[(;]")
_ADJACENT_GAP = re.compile(r"[\s,]*(?:(?:in|for|of|during|over|at\s+the\s+end\s+of)\s+)?(?:the\s+)?$", re.I)


def _period(d: _Doc, st: _State, f: Figure, si: int, pi: int, status: str = "actual"):
    """(year, m1, m2, year_basis, rule) of a figure."""
    all_times = d.times(si, f.clean_start - WINDOW, f.clean_end + WINDOW)
    # "$80.6 million in 2023": an expression right after the figure is its period
    adjacent = [t for t in all_times if 0 <= t.start - f.clean_end <= 12
                and _ADJACENT_GAP.match(d.text, f.clean_end, t.start)]
    # an expression after the figure behind "(" or ";" belongs to another clause
    times = adjacent[:1] or [t for t in all_times if not t.base and not (
        t.start >= f.clean_end and _CLAUSE_BREAK.search(d.text, f.clean_end, t.start))]
    if not times and status == "actual":
        # only a base of comparison ("compared to last year [2022]"): the figure is the year after it
        bases = [t for t in all_times if t.base and (t.year or t.bracket_year) and t.m2 - t.m1 < 11]
        bases += [t for t in all_times if t.base and (t.year or t.bracket_year)]
        if bases:
            b = bases[0]
            return (b.year or b.bracket_year) + 1, b.m1, b.m2, "context", "after_base"
    if times:
        def cost(t):
            c = (f.clean_start - t.end) if t.end <= f.clean_start else (t.start - f.clean_end) * 4 + 60
            return c * 0.3 if t.target else c
        t = min(times, key=cost)
        m1, m2 = t.m1, t.m2
        if t.year is not None:
            return t.year, m1, m2, "explicit", "explicit"
        if t.bracket_year is not None:
            return t.bracket_year + 0, m1, m2, "context", "editorial_bracket"
        # relative: a bracket elsewhere in the sentence ("last year [2022]") dates it
        bracket = next((x for x in d.times(si, f.clean_start - WINDOW, f.clean_end + WINDOW) if x.kind == "bracket"), None)
        if bracket is not None:
            return bracket.year, m1, m2, "context", "editorial_bracket"
        ref, basis = d.source_year(f.clean_start)
        if ref is None:
            return None, None, None, None, "unknown"
        year = ref + (t.rel or 0)
        full = t.kind == "relative"
        return year, (1 if full else m1), (12 if full else m2), basis, f"relative_{basis}"
    if status != "actual" and _UNDATED.search(d.text, *d.c.sentences[si]):
        return None, None, None, None, "undated_goal"  # "in the near future", "in the best years"
    if st.period is not None and st.period_para == pi:
        y, m1, m2 = st.period
        return y, m1, m2, "context", "paragraph_period"
    ref, basis = d.source_year(f.clean_start)
    if basis == "footnote":
        return ref, None, None, "footnote", "source_year"
    if st.period is not None:
        y, m1, m2 = st.period
        return y, m1, m2, "context", "section_period"
    if ref is not None:
        return ref, None, None, basis, "source_year"
    return None, None, None, None, "unknown"
