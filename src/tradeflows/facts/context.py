"""The per-document lookups relate reads, and the state it carries from figure to figure.

Every rule of a figure reads the same sentences, paragraphs, places, times and frames, so
a document's are found once (Doc, cached per sentence) and the cue tables of its language
once (cue_vocab); State is what carries over in document order (the last partner, the
paragraph's period and measure, a reporter other than the document's) and Clause is what
the reporter and partner sieves (facts/sieves.py) read about one figure.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress, count, repeat
from operator import gt, not_, or_

from tradeflows.text.clean import CleanText
from tradeflows.facts.fiscal import fiscal_year
from tradeflows.facts.periods import TimeExpr, TriggerIndex, find_times
from tradeflows.facts.item_stamp import drop_item_stamp
from tradeflows.ingest.page_year import THIS_YEAR_CUE, text_year, to_come_test, without_stale_banners, year_starts
from tradeflows.facts.frames import Frame, find_frames
from tradeflows.facts.places import Place, find_places, region_starts
from tradeflows.facts.subject import rubric_pattern, wire_dateline
from tradeflows.records import Figure
from tradeflows.vocab.lowercase import CASED_SPLITS, LOWER_COPIES, lower_copy, lower_copy_of, lower_source
from tradeflows.vocab import DEFAULT_LANGUAGE, alternation, current_language, fold, read_csv_over_en, text_low
from tradeflows.vocab.skip import skip_compile, trie_alternation
from tradeflows.vocab.patterns import NEVER, cue

# a year named as a time of events ("in 2010"); the language's own words through cue "event_year"
# a place that owns the flow: "Pakistani products", "Pakistan's exports", "Pakistan exported goods", "Bangladesh's
# export earnings", "Indian goods"
_FLOW_OWNER_AFTER = skip_compile(r"(?:[’']s)?\s+(?:(?:total|overall|merchandise|goods\s+and\s+services)\s+)?"
                               r"(?:products|goods|exports?|imports?|exported|imported|exporters|importers|export\s+earnings)\b", re.I)
_EVENT_YEAR = skip_compile(r"\b(?:in|of|for|during|since|from)\s+((?:19|20)\d\d)\b")
_EVENT_WORDS = ("in", "of", "for", "during", "since", "from")   # the words a match of _EVENT_YEAR opens on


def _event_year_matches(text: str) -> list[re.Match]:
    """_EVENT_YEAR.finditer(text), read from the years (page_year.year_starts, str.find): where one is written after
    spaces, _EVENT_YEAR tried at the word before them that would open it (its matches never overlap: each ends on its
    own year), where sre would enter the pattern at every d, f, i, o and s of the page."""
    out = []
    for p in year_starts(text):
        if p == 0 or not text[p - 1].isspace():
            continue
        k = p - 1
        while k > 0 and text[k - 1].isspace():
            k -= 1
        for w in _EVENT_WORDS:
            if k >= len(w) and text.startswith(w, k - len(w)):
                m = _EVENT_YEAR.match(text, k - len(w))
                if m is not None:
                    out.append(m)
                break
    return out
# "during 2020 and the first half of 2021": a year named only by a part of it ("half of 2021") is no
# year the page looks back on whole; it may be the page's own year still running (rule part_named_year)
_PART_OF_YEAR_BEFORE = skip_compile(r"\b(?:half|quarter|semester|months?|weeks?|January|February|March|April|May|"
                                  r"June|July|August|September|October|November|December)\s+$", re.I)

# "Jakarta: ...", "NEW DELHI (UrduPoint News) ...", "ASTANA, Kazakhstan, February 15. ...": where a
# wire story was filed opens the text; that city names no trade counterpart (rule dateline)
# (a city's letters may be accented: "São Paulo, 5 – The Brazilian agricultural sector had a 17.5% increase in exports",
# a wire's dateline of the day alone before a dash, web28 at06)
DATELINE = skip_compile(r"\s*(?:date\s+\d{4}-\d\d(?:-\d\d)?\s+)?(?:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’-])+(?:\s+[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’-])+){0,2})"
                       r"(?:,\s+[A-Z][a-z]+)?(?=\s*:\s|\s*\(|\s+[–—-]\s|,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b"
                       r"|,\s+\d{1,2}\s+[–—-]\s)")


# what follows a wire dateline's city-state: a dash or colon, or a wire's credit ("(AP) —", "(Reuters) -",
# "/Xinhua/ --", a date before it: "SINGAPORE, Jan. 13 (Reuters) -") and then a dash or colon
_CITY_STATE_AFTER = skip_compile(r"\s*(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s+(?:19|20)\d\d)?\s*"
                               r"(?=[(/]))?(?:\([A-Z][A-Za-z .&’'-]{1,24}\)\s*|/[A-Z][A-Za-z .-]{1,24}/\s*)?(?:[–—:]|--?\s)")

def city_state_dateline(text: str, m: re.Match) -> bool:
    """Whether the wire dateline m (DATELINE) ends where a city-state filed from is no counterpart: a dash, a colon,
    or a wire's credit and a dash (rule dateline)."""
    return cue("dateline_city_state", _CITY_STATE_AFTER).match(text, m.end(), m.end() + 60) is not None


_LINE_OPEN = skip_compile(r"(?:^|\n)[ \t]*(?:date\s+\d{4}-\d\d(?:-\d\d)?\s+)?$")


# "KOLKATA: A senior Russian diplomat said ...", "ISLAMABAD – Pakistan's exports ...": a city in capitals
# opening a line before a colon or a dash is where the story was filed (cue dateline_after)
_DATELINE_AFTER = skip_compile(r"(?<=[A-Z])\s*(?::|[–—]|\s-)\s"
                             # "CAIRO -17 June 2019: Trade exchange between Egypt and China ...": a dash glued to the date
                             r"|(?<=[A-Z])\s+[–—-]\s?(?=[0-3]?\d\s+[A-Z][a-z]+\s+(?:19|20)\d\d)")


def _places_off_datelines(text: str, start: int, end: int, found: list[Place] | None = None) -> list[Place]:
    """The places of a sentence without a city that opens a line as a wire dateline ("KOLKATA: ...",
    "Пекин, 8 мая /Синьхуа/ --": cue dateline_after; "WASHINGTON (Reuters) –": rule wire_dateline)."""
    found = find_places(text, start, end) if found is None else found
    after = cue("dateline_after", _DATELINE_AFTER)
    return [p for p in found if not (p.kind in _WIRE_KINDS and _may_open_line(text, p.start)
                                     and ((p.kind == "region" and after.match(text, p.end)) or wire_dateline(text, p))
                                     and _LINE_OPEN.search(text, max(0, p.start - 40), p.start))
            and not (p.kind == "bloc" and _in_rubric(text, p))]


_WIRE_KINDS = frozenset({"region", "listed", "country"})   # a city, a name of several places, a city-state


def _may_open_line(text: str, start: int) -> bool:
    """A cheap test before _LINE_OPEN: what stands right before start may be a line's opening (a line break, spaces
    or tabs, or the date "date 2021-10-05 " of a page's stamp); a word's letter or a space after one never is."""
    if start == 0:
        return True
    c = text[start - 1]
    if c == "\n":
        return True
    return (c == " " or c == "\t") and (start == 1 or text[start - 2] in "\n \t0123456789")


def _in_rubric(text: str, p: Place) -> bool:
    """A group of countries in the name of an outlet's column opening a line ("Asia Pacific Economics – Solomon
    Islands trade deficit hits $298 million", a printed page's title repeated in its text): the section's, no side
    of the trade (rule title_rubric)."""
    line = text.rfind("\n", 0, p.start) + 1
    m = rubric_pattern().match(text, line) if p.start - line < 60 else None
    return m is not None and p.end <= m.end()


def _places_past_dateline(text: str, start: int, end: int) -> list[Place]:
    """The places of the first sentence, without the city of a wire dateline that opens it."""
    found = _places_off_datelines(text, start, end)
    m = DATELINE.match(text, start, end) if start == 0 else None
    if m is None or not found or found[0].start >= m.end():
        return found
    # a city-state filed from ("HONG KONG – China's exports rose ...") is no counterpart either, when the
    # dateline ends in a dash or colon, or a wire's credit and a dash ("HONG KONG (AP) — China's trade surplus ...",
    # "SINGAPORE, Jan 13 (Reuters) -", "/Xinhua/ --": rule dateline); a "Country, Month day" form without a credit
    # names a country that may be the subject
    city_state = city_state_dateline(text, m)
    return [p for p in found if p.start >= m.end() or (p.kind not in ("region",) and not city_state)]


WINDOW = 400  # characters around a figure that its sentence-level rules read
FRAME_SPAN = 400  # how far before the window a frame may start and still reach into it


def cue_vocab():
    return _vocab_of(current_language())


@lru_cache(maxsize=None)
def _vocab_of(lang: str):
    """The cue tables of a language: English rows, the language's own on top."""
    measures = {fold(r["cue"]): (r["measure"], int(r["priority"])) for r in read_csv_over_en("measures.csv", lang)}
    status = {fold(r["cue"]): r["status"] for r in read_csv_over_en("status.csv", lang)}
    orgs = {r["alias"]: (r["name"], r["iso3"]) for r in read_csv_over_en("organizations.csv", lang)}
    orgs_ci = {fold(k): v for k, v in orgs.items()}
    v = {
        "measures": measures,
        "measure_re": skip_compile(rf"\b(?:{alternation(measures)})\b", re.I),
        "status": status,
        "status_re": skip_compile(rf"\b(?:{alternation(status)})\b", re.I),
        "orgs": orgs_ci,
        "org_re": skip_compile(rf"\b(?:{alternation(orgs)})\b", re.I),
    }
    # copies for the lower-cased text (Doc.low, tradeflows.vocab.lowercase): the same matches, ~4x faster (the _re
    # patterns skip ahead, compiled so at once: searched where there is no lower-cased copy)
    for key, phrases in (("measure", measures), ("status", status), ("org", orgs)):
        v[key + "_lc"] = _grouped_lower_copy(phrases, v[key + "_re"])
    return v


def _grouped_lower_copy(phrases, rx: re.Pattern) -> re.Pattern | None:
    """lower_copy(rx) for rx = \\b(?:alternation(phrases))\\b (re.I), its alternatives made a trie of their lower-cased
    characters (a space any run of whitespace, as alternation's \\s+): at a position sre follows the one branch its
    character opens (a branch opening on another literal is passed over at once) instead of trying in turn each phrase
    that starts with the same letter, and a phrase that goes on past another is tried before it (alternation's order,
    longest first: of the phrases that match at one position, each a prefix of the next, the same one matches first);
    a look-ahead of their first characters after the \\b tests them all at once at a word's start. lower_copy(rx)
    itself is compiled only when the trie cannot be made (an alternation of escaped phrases lower-cases to a valid
    pattern: lower_source alone says whether there is a copy; a phrase with whitespace other than single spaces between
    its words would give two branches that both match)."""
    if lower_source(rx) is None:
        return None
    root: dict = {}
    for p in sorted(phrases, key=len, reverse=True):   # alternation's order
        q = p.lower()
        if not q or len(q) != len(p) or q[0].isspace() or q != " ".join(q.split()):
            return lower_copy(rx)
        node = root
        for c in q:
            node = node.setdefault(c, {})
        node[""] = None   # a phrase ends here
    firsts = "".join(map(re.escape, root))
    try:
        # skip_ahead: the look-ahead is tested inside the pattern, entered at every position; as sre's
        # prefilter the same class lets search enter only where a phrase can start (same matches)
        return skip_compile(rf"\b(?=[{firsts}])(?:{trie_alternation(root)})\b", rx.flags & ~re.I)
    except re.error:
        return lower_copy(rx)


def cue_matches(d: "Doc", v: dict, key: str, start: int, end: int):
    """v[key + "_re"].finditer(d.text, start, end), on the lower-cased text when it can."""
    if d.low is not None and v[key + "_lc"] is not None:
        return v[key + "_lc"].finditer(d.low, start, end)
    return v[key + "_re"].finditer(d.text, start, end)


def isearch(d: "Doc", rx: re.Pattern, start: int, end: int) -> bool:
    """Whether the re.I pattern rx finds a match in d.text[start:end] (as rx.search(d.text, start,
    end) reads it), on the lower-cased text as rx's lower-cased copy when it can (the same spans,
    faster: vocab/lowercase.py); for rules that only ask whether it is there."""
    if rx is NEVER:
        return False   # a cue only another language fills (vocab.patterns.NEVER): nothing to search
    if d.low is not None:
        hit = LOWER_COPIES.get(id(rx))   # lower_copy_of inlined: rules call this tens of thousands of times
        lc = hit[1] if hit is not None else lower_copy_of(rx)
        if lc is not None:
            return lc.search(d.low, start, end) is not None
        split = CASED_SPLITS.get(id(rx))
        if split is not None:   # (a cue with a case-sensitive row: its case-blind rows on the lower-cased text)
            return split[1].search(d.low, start, end) is not None or split[2].search(d.text, start, end) is not None
    return rx.search(d.text, start, end) is not None


def islice_search(d: "Doc", rx: re.Pattern, start: int, end: int) -> bool:
    """Whether rx finds a match in d.text[start:end] read as a string of its own (rx.search(d.text[start:end]): the
    slice's edges are the string's edges), on the lower-cased slice as rx's lower-cased copy when it can (a re.I
    pattern: the same matches, faster, as isearch)."""
    if d.low is not None:
        lc = lower_copy_of(rx)
        if lc is not None:
            return lc.search(d.low[start:end]) is not None
        split = CASED_SPLITS.get(id(rx))
        if split is not None:   # (a cue with a case-sensitive row: its case-blind rows on the lower-cased slice)
            return split[1].search(d.low[start:end]) is not None or split[2].search(d.text[start:end]) is not None
    return rx.search(d.text[start:end]) is not None


def lacks(d: "Doc", words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether none of the lower-case words is written in d.text[start:end], in any case (read on the lower-cased
    text d.low, which a re.I pattern matches like the text: vocab/lowercase.py); False when there is no lower-cased copy.
    A rule whose re.I pattern, searched within [start, end), cannot match without one of the words passes a figure
    on at once when it lacks them all: one substring search of the window each, where sre would try the pattern at
    every position (the same answer, for a fraction of the cost)."""
    low = d.low
    if low is None:
        return False
    if start < 0:   # (not max(start, 0): a builtin's call, and rules ask this some ten thousand times a pass)
        start = 0
    for w in words:
        if low.find(w, start, end) >= 0:
            return False
    return True


# "While the figure ... is tiny compared to UAE exports of $24 billion in 2019 to its top destination Saudi Arabia, the
# Israeli government sees trade with the UAE rising to $1 billion by year-end" (thejerusalemconnection.us, a Reuters
# report): a sentence opened by a concessive clause that holds a figure of its own; the comma after that figure (the
# last number before ours) ends the clause, when a main clause's subject follows it, no word going on with the clause
_CONCESSIVE_OPEN = skip_compile(r"[\W]*(?:While|Whilst|Although|Though|Even\s+though|Whereas)\b")
# a number of the clause, not a year ("While indeed more goods were exported than imported yet again in 2022, the foreign
# trade balance ... fell from 175.3 billion euros in the previous year": no figure of its own, the year is the sentence's)
_NUMBER = skip_compile(r"\d(?:[\d.,]*\d)?")
_YEAR = skip_compile(r"(?:19|20)\d\d")
# (a pronoun opening the main clause names the concessive clause's subject again, and its time with it: "Although milk
# powder exported to China fell 65 percent for the year ended October, it was still the largest commodity, while ...
# beef and fruit had doubled", travellingnz, data/web6 tuned)
_MAIN_CLAUSE_AFTER = skip_compile(r",\s+(?:the|an?|(?!(?:It|This|These|They|We|He|She)\b)[A-Z][a-z]+)\s+(?!(?:of|to|from|in|at|"
                                r"or|and|up|down|than|compared|against)\b)")


def opening_clause_end(text: str, s_start: int, start: int) -> int:
    """Where a sentence's opening concessive clause, holding a figure before the one at `start`, ends: after its
    comma (rule concessive_clause_scope), else s_start."""
    if not _CONCESSIVE_OPEN.match(text, s_start):
        return s_start
    numbers = [m for m in _NUMBER.finditer(text, s_start, start) if not _YEAR.fullmatch(m.group())]
    if not numbers:
        return s_start
    comma = text.find(",", numbers[-1].end(), start)
    while comma >= 0 and text[comma + 1:comma + 2].isdigit():
        comma = text.find(",", comma + 1, start)   # "1,285.77": a thousands separator
    if comma < 0 or not _MAIN_CLAUSE_AFTER.match(text, comma):
        return s_start
    return comma + 1


@dataclass
class Clause:
    """What the reporter and partner rules of facts/sieves.py read about one figure."""

    d: "Doc"
    st: "State"
    f: Figure
    si: int
    pi: int
    lo: int
    hi: int
    v: dict
    home: tuple[str | None, str | None]
    home_rule: str
    frames: list[Frame]
    measure: str = "other"
    status: str = "actual"
    org_carry: int = 1
    names_home: bool = False
    head_partner: tuple[str, str | None] | None = None
    item_home: tuple[str, str] | None = None   # the country of the digest's story holding the figure (items.item_subject)
    rep: str | None = None
    rep_iso: str | None = None
    frame: str | None = None
    frame_found: "Frame | None" = None   # the flow frame that decided the reporter (rule frame)
    partner_rule: str | None = None
    reporter_rule: str | None = None
    head_totals: bool = True
    via: str = ""   # the rules that rewrote what the deciding rule read (StatsOwner.via), written after its name
    # the named filters that dropped places of the candidates the partner rule being run read (partners_candidates.
    # candidates): sieves.run_partner adds them to via only when that rule decides
    read_via: str = ""
    # d.places(si, lo, hi): the places of the figure's window, which some forty rules of both sieves read (the
    # sentence's places never change once found, nor does the window): taken once per clause (callers only read the
    # list). (Set by __post_init__, not a cached_property: writing an instance's __dict__ would turn every later
    # attribute read of the clause into a slower lookup.)
    places: list = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.places = self.d.places(self.si, self.lo, self.hi)


# how many paragraphs back a period the text set still makes a footnote-dated year one of the context (State.names_year_near)
YEAR_IN_FORCE_PARAGRAPHS = 3


class Carried(tuple):
    """A partner carried in State, (name, iso3), with the names of the filters that dropped other places of the
    sentence that set it (records.VIA; carry._carry_partner): the partner rule that decides by returning it writes them
    after its own name (relate), as a place a rule made carries its name (Place.via)."""

    def __new__(cls, name: str, iso3: str | None, via: str):
        t = super().__new__(cls, (name, iso3))
        t.via = via
        return t


@dataclass
class State:
    partner: tuple[str, str | None] | None = None
    partner_para: int = -1
    partner_si: int = -10
    period: tuple[int | None, int, int] | None = None  # (year, m1, m2)
    period_para: int = -1
    period_si: int = -10   # the sentence that set the period in force
    first_period: tuple[int | None, int, int] | None = None  # the first period the page set (its head's: rule head_year)
    reporter: tuple[str, str] | None = None
    reporter_para: int = -1
    reporter_kind: str = ""
    period_topic: int | None = None  # the sentence of a "Last year, ..." that set the period
    period_whole: tuple[int | None, int, int] | None = None  # the running total a month in force ends
    fiscal_period: tuple[int | None, int, int] | None = None  # the latest fiscal year or part of one in force
    measure: str | None = None
    measure_sentence: int = -10
    measure_para: int = -1
    measure_rule: str = ""             # the rule that decided the measure in force (rule sentence_figure)
    measure_flows: set = field(default_factory=set)   # the flows the page's figures were given (rule earlier_paragraph)
    last_period: tuple | None = None   # (year, m1, m2, basis) of the last figure related
    last_period_si: int = -10          # ... and its sentence
    figure_period: tuple | None = None   # (year, m1, m2, basis, sentence) of the last figure related, a base's value too
    month_years: dict = field(default_factory=dict)   # month -> the latest year the text named it with (month_in_force)
    period_kept: str = ""   # the rule that kept the period in force past a sentence restating its base (carry)
    import_reporter: tuple | None = None   # the reporter of the last import related (rule supplies_after_import)
    import_reporter_si: int = -10          # ... and its sentence

    def names_year_near(self, year: int | None, pi: int) -> bool:
        """The period in force was set by the text within YEAR_IN_FORCE_PARAGRAPHS paragraphs before paragraph pi and
        is of the year given (rule footnote_year_in_context: a year read from a footnote's source that the text around
        names too is from the context)."""
        return year is not None and self.period is not None and self.period[0] == year \
            and 0 <= pi - self.period_para <= YEAR_IN_FORCE_PARAGRAPHS


# "Of which, exports hit 39.7 billion USD": a sentence that opens as a part of the one before
# ("In June alone, China-Africa trade totaled 16.82 billion U.S. dollars ... Among these, Chinese exports to Africa increased
# 8 percent": the parts of the month just named)
PART_OF_PREVIOUS = skip_compile(r"\W*(?:of\s+(?:which|this|these|that|the\s+total|this\s+amount)|out\s+of\s+(?:this|which)|"
                              r"within\s+(?:this|which)|among\s+(?:these|them|which))\b", re.I)


@dataclass(slots=True)
class DocMemo:
    """What a rule module reads of one document once and asks again, kept on it (Doc.memo): the answers are the
    document's, dropped with it, so nothing read of one page reaches another. Each cache is keyed by all its answer
    reads; callers only read what it holds."""

    # measure_cues.clause_cues: (clause start, end, id of the cue tables) -> the clause's measure cues
    clause_cues: dict[tuple[int, int, int], list] = field(default_factory=dict)
    # respectively.written_list_of: (sentence start, end, figure start, figure) -> written_list's answer
    written_lists: dict[tuple[int, int, int, str], tuple | None] = field(default_factory=dict)
    # partners_candidates.candidates: (parts, sentence, window's start, end, reporter, its ISO code, the home's) -> the
    # window's candidate places
    candidates: dict[tuple, list] = field(default_factory=dict)
    # partners_candidates._dropped_by: (place start, end, name) -> None if the place's own tests passed, else the name
    # of the named filter that dropped it (NAMED_FILTERS)
    candidate_of: dict[tuple[int, int, str], str | None] = field(default_factory=dict)
    # partners_sentence._stops_frame: (place start, end, name) -> the place ends a frame's reach for rule frame
    frame_stop: dict[tuple[int, int, str], bool] = field(default_factory=dict)
    # visitor_spending.visitor_spending: the cue spans it made a services flow's cue ("туристы принесли", rule
    # visitor_spending), that measure names
    visitor_spans: set[tuple[int, int]] = field(default_factory=set)
    # visitor_spending.visitor_spending: the page holds its words at all (None: not read yet)
    visitor_page: bool | None = None
    # measure_context.previous_cue: sentence index -> the sentence names its subject by an anaphor
    anaphor_measure: dict[int, bool] = field(default_factory=dict)
    # period_fiscal_force.speaks_fiscal: the page speaks of fiscal years at all (None: not read yet)
    speaks_fiscal: bool | None = None
    # measure_foreign.exports_into_owner: the exporter's ISO code -> the opening tells its goods as the statistics
    # owner's imports, in a sentence citing the office (the same for every frame of that exporter)
    import_from_opening: dict[str, bool] = field(default_factory=dict)
    # period_relative.fiscal_anchors: the fiscal years the page dates by their start (None: not read yet)
    fiscal_anchors: list[tuple[int, int, int]] | None = None
    # period_anchor_after.year_after_anchor: (year, month, start) of each month-year the page names as the end of what
    # came before (None: not read yet)
    anchor_months: list[tuple[int, int, int]] | None = None
    # reporters_section.section_owner: where the text before a figure's paragraph ends -> its subheading's flow owner
    section_owners: dict[int, tuple[str, str | None] | None] = field(default_factory=dict)
    # reporters_cited.opening_data_owner: (the country whose data the opening cites, or None,) once read
    opening_data_owner: tuple[tuple[str, str | None] | None] | None = None
    # reporters_cited.opening_speaker: (the country whose official states the opening's figures, or None,) once read
    opening_speaker: tuple[tuple[str, str | None] | None] | None = None
    # measure_context.page_flow: (the flow the page names most, or None,) once read
    page_flow: tuple[str | None] | None = None
    # items.item_starts: the start of every item of a digest (None: not read yet); items.silent_item: item start ->
    # the item names no trade flow
    item_starts: list[int] | None = None
    item_flows: dict[int, bool] = field(default_factory=dict)
    # items.story_subjects: the start of every item of a digest of stories -> its own subject, (name, iso3) or None
    # (None: not read yet)
    story_subjects: dict[int, tuple | None] | None = None
    # items.item_via: story start -> the named filters that took another place's vote away in its lead
    story_via: dict[int, str] = field(default_factory=dict)
    # items.story_starts: the start of every item of the page (0 first), under headings or numbered in turn (None: not read)
    story_starts: list[int] | None = None
    # items.item_subject: (story start, the page's ISO code) -> the story names the page's country
    story_names_home: dict[tuple[int, str | None], bool] = field(default_factory=dict)
    # Doc.sentences_may_hold: (kind, ISO code) -> the sentences whose places may hold such a place (None: any may)
    may_hold: dict[tuple[str, str], list[int] | None] = field(default_factory=dict)
    # Doc.region_positions: ISO code -> (where a region of it may start, the sentences that end before a letter or digit)
    region_positions: dict[str, tuple[list[int], list[int]] | None] = field(default_factory=dict)
    # carry._opening_sentences: ISO code -> the sentences of a text read sentence by sentence that may open on a region of
    # it (None: any may)
    may_open: dict[str, list[int] | None] = field(default_factory=dict)
    # reporters_apposition.role_owner_continued: sentence index -> the sentence holds a word of a ranking going on
    rank_words: dict[int, bool] = field(default_factory=dict)
    # reporters_entity.entities: sentence index -> (the starts of the sentence's entities, the entities)
    entities: dict[int, tuple[list[int], list]] = field(default_factory=dict)
    # period_fallback.report_month_period: sentence index -> (year, month, month) of the month the page reports on where
    # the sentence names "the month under review", else None (one reading per sentence, shared by its figures)
    report_months: dict[int, tuple[int, int, int] | None] = field(default_factory=dict)
    # reporters_region_owner.region_noun_flow: entry k the least end of a region of sentences 0..k (-1: none), read
    # sentence by sentence as far as a figure asks, once per document
    region_ends: list[int] = field(default_factory=list)
    # status.clause_status: (sentence start, end, id of the status cue pattern scanned) -> the matches of its scan of
    # the sentence read alone (the pattern is one of the cue tables', kept for the process)
    status_cues: dict[tuple[int, int, int], list] = field(default_factory=dict)


def _scan_slice(text: str, s: int, e: int, found: list, starts: list[int]) -> tuple[int, int] | None:
    """(i, j) when the places of text[s:e] read alone are found[i:j], the slice of one scan of the whole text: the
    sentence ends before a space (a place never reaches past it) and no place of the scan runs over its edges; else
    None (the sentence is read alone)."""
    if not (e == len(text) or text[e].isspace()):
        return None
    i, j = bisect_left(starts, s), bisect_left(starts, e)
    if (i > 0 and found[i - 1].end > s) or (j > i and found[j - 1].end > e):
        return None
    return i, j


def _read_alone(text: str, sentences: list[tuple[int, int]], found: list, starts: list[int]):
    """The indices of the sentences for which _scan_slice(text, s, e, found, starts) is None, in order, found for all the
    sentences of a page at once by maps over them (a book's thousands of sentences, where a loop of _scan_slice calls
    costs more than the rest of Doc.sentences_may_hold): the sentence ends before no space, or the last place to start
    before its start, or before its end, ends past that edge. (The test at the end needs no j > i of _scan_slice's:
    a place that starts before s and ends past e > s ends past s too.)"""
    ends = [-1]   # ends[k]: the end of found[k - 1], the last place to start before a position bisect_left puts at k
    ends += [p.end for p in found]
    firsts = [s for s, _ in sentences]
    lasts = [e for _, e in sentences]
    padded = text + " "   # (a sentence ending at the text's end ends before a space)
    flags = map(or_, map(or_, map(not_, map(str.isspace, map(padded.__getitem__, lasts))),
                         map(gt, map(ends.__getitem__, map(bisect_left, repeat(starts), firsts)), firsts)),
                map(gt, map(ends.__getitem__, map(bisect_left, repeat(starts), lasts)), lasts))
    return compress(count(), flags)


# a text this long or longer (a book) has its places read sentence by sentence, where a shorter one's come from one
# scan of the whole text (Doc._sentence_places): relate asks for the places of the sentences near its figures and the
# few that may open on a region of the page's country (Doc.sentences_may_hold), in a book a small part of its text
# (data/raw's book: 29% of its characters; a sentence read alone costs about 2.5 times its share of the scan)
READ_ALONE_CHARS = 200_000


class Doc:
    """Per-document lookups built once: sentence places, times and markers (and the rule modules' caches, memo)."""

    def __init__(self, c: CleanText, pub_year: int | None, pub_month: int | None = None):
        self.c = c
        self.text = c.text
        # for the cue patterns' lower-case copies (cue_matches); the text's one copy (vocab.text_low), which the
        # extract stage's Russian scans may have made and the page gates of facts/measure_nontrade.py read
        self.low = text_low(c.text)
        self.pub_year = pub_year
        self.pub_month = pub_month  # "the current fiscal year" is the one the page's date falls in
        self.sent_starts = [s for s, _ in c.sentences]
        self.para_starts = [s for s, _ in c.paragraphs]
        self.marker_pos = [m.clean_pos for m in c.markers]
        self._places: dict[int, list[Place]] = {}
        self._all_places: tuple | None = None   # (language, places of the whole text, their starts)
        self._local = current_language() != DEFAULT_LANGUAGE
        self.place_via = False   # a place of a sentence read so far carries the rule that made it (Place.via)
        self._times: dict[int, list[TimeExpr]] = {}
        self._time_sentences: list[int] | None = None   # (time_sentences, read once)
        self.aside: list[TimeExpr] = []   # times a rule read as no period, naming it (find_times' aside; rarely any)
        self.period_via: list[str] = []    # the rewriting rules of what the figure's period decision read (period_choice)
        # the cue spans rule export_earnings made an export cue, or a unit's price (facts/measure_cues), that measure names
        self.earnings_spans: set[tuple[int, int]] = set()
        self.price_spans: set[tuple[int, int]] = set()
        # the cue spans rule services_earnings made a services flow's cue ("tourism revenues", "travel payments")
        self.services_spans: set[tuple[int, int]] = set()
        self._trigger_index = None if self.low is None else TriggerIndex(self.low)   # (built when find_times first asks)
        self._frames: dict[int, tuple[list[Frame], list[int]]] = {}
        self.head_partner: tuple[str, str | None] | None = None
        self.head_totals = True
        self.head_first_line = False  # the head partner read from a first line taken as the title
        self.head_one_way = False  # the head partner read from a title's flow that drives the subject (head_flow_driver)
        self.head_transfers = False  # no head partner: the head's counterpart named only beside remittances (head_transfers_only)
        self.head_part_title = False  # the title named its counterpart as the main supplier: no head partner (head_part_title)
        self.stats_owner = None  # whose statistics the opening cites (facts/reporters.py StatsOwner)
        self.home_iso: str | None = None  # the page's country (relate_figures sets it)
        self.home_via = ""  # the rule that made the head's place the page's subject (relate_figures; records.VIA)
        self.memo = DocMemo()   # the rule modules' caches of this document (DocMemo)

    def cues(self, v: dict, key: str, start: int, end: int):
        """Matches of the cue pattern v[key + "_re"] in text[start:end] (see cue_matches)."""
        return cue_matches(self, v, key, start, end)

    def sentence_index(self, pos: int) -> int:
        i = bisect_right(self.sent_starts, pos) - 1
        return i if i > 0 else 0

    def line_of_sentence(self, si: int) -> int | None:
        try:
            return self.c.line_of(self.c.offsets[self.sent_starts[si]])
        except (IndexError, TypeError):
            return None

    def para_index(self, pos: int) -> int:
        i = bisect_right(self.para_starts, pos) - 1
        return i if i > 0 else 0

    def places(self, si: int, lo: int | None = None, hi: int | None = None) -> list[Place]:
        hit = self._places.get(si)   # the cached case of _in_sentence inlined: rules ask this most of all
        if hit is None:
            out = self._in_sentence(self._places, _places_past_dateline if si == 0 else self._sentence_places,
                                    si, lo, hi)
            if not self.place_via:
                # (a place a rule made, Place.via: rules shared_region_noun, listed_region)
                self.place_via = any(p.via for p in self._places[si][0])
            return out
        if lo is None:
            return hit[0]
        found, starts = hit
        return found[bisect_left(starts, lo): bisect_left(starts, hi)]

    def _sentence_places(self, text: str, s: int, e: int) -> list[Place]:
        """_places_off_datelines(text, s, e), in English taken from one scan of the whole text (a
        call per sentence costs more than the scan): the same places wherever none runs over the
        sentence's edges and the sentence ends before a space (a place never reaches past it), else
        read alone. A text of READ_ALONE_CHARS or more (a book) is read sentence by sentence: relate asks
        for the places of a small part of it."""
        lang = current_language()
        if lang != DEFAULT_LANGUAGE or len(text) >= READ_ALONE_CHARS:
            return _places_off_datelines(text, s, e)
        found, starts = self._whole_places(lang)
        span = _scan_slice(text, s, e, found, starts)
        return _places_off_datelines(text, s, e) if span is None else found[span[0]:span[1]]

    def _whole_places(self, lang: str) -> tuple[list[Place], list[int]]:
        """The places of the whole text that _sentence_places slices (scanned once), and their starts."""
        if self._all_places is None or self._all_places[0] != lang:
            raw = find_places(self.text)
            found = _places_off_datelines(self.text, 0, len(self.text), raw)
            starts = [p.start for p in found]
            # (found is raw less the datelines' places, most often none: then the same starts)
            self._all_places = (lang, found, starts, raw, starts if len(found) == len(raw) else [p.start for p in raw])
        return self._all_places[1], self._all_places[2]

    def span_places(self, start: int, end: int) -> list[Place]:
        """find_places(self.text, start, end) for a span that is a sentence or a line of the text (the rules that read
        the places of one span outside Doc.places: the opening's cited data owner, a subheading's flow owner, the
        opening's places), in English sliced from the whole text's one scan (Doc._whole_places keeps it as
        find_places made it, before the datelines are taken off) under the same test as Doc._sentence_places: the
        span ends at the text's end or before a space (a place never reaches past it) and no place of the scan runs
        over its edges (_scan_slice); else, in another language, and before the scan is made (a short page whose
        sentences Doc.places has not read: a scan made for one span would cost more than the span), the span read alone."""
        if self._all_places is None or self._all_places[0] != current_language():
            return find_places(self.text, start, end)
        raw, starts = self._all_places[3], self._all_places[4]
        span = _scan_slice(self.text, start, end, raw, starts)
        return find_places(self.text, start, end) if span is None else raw[span[0]:span[1]]

    def sentences_may_hold(self, kind: str, iso3: str) -> list[int] | None:
        """The sentences whose places (Doc.places) may hold one of this kind and ISO code, in order, once per document
        (DocMemo.may_hold): in English, where a sentence's places are its slice of one scan of the whole text, those
        whose slice holds one, and every sentence _sentence_places reads alone instead (the first, one ending before
        no space, one whose edge a place of the scan runs over), whose places may be any. The places of every other
        sentence hold none: a rule that looks for one there (carry's region opener, over the sentences of a book
        between two figures) need not read them. A text whose sentences are all read alone (READ_ALONE_CHARS) has no
        scan to read them from: _may_hold_alone. None in another language (each sentence read alone): any may."""
        lang = current_language()
        if lang != DEFAULT_LANGUAGE:
            return None
        key = (kind, iso3)
        if key in self.memo.may_hold:
            return self.memo.may_hold[key]
        if len(self.text) >= READ_ALONE_CHARS:
            hit = self._may_hold_alone(kind, iso3)
        else:
            found, starts = self._whole_places(lang)
            out = {0}
            out.update(_read_alone(self.text, self.c.sentences, found, starts))   # those _sentence_places reads alone
            # (the sentence a place starts in: the last to start at or before it; sentences are in order, apart)
            out.update(self.sentence_index(p.start) for p in found if p.kind == kind and p.iso3 == iso3)
            hit = sorted(out)
        self.memo.may_hold[key] = hit
        return hit

    def _may_hold_alone(self, kind: str, iso3: str) -> list[int] | None:
        """sentences_may_hold's answer for a text whose sentences are read alone (READ_ALONE_CHARS): for a region, the
        first sentence (read past its dateline), each in which one of region_positions' positions stands (the sentence a
        place of [s, e) starts in, as in the scan) and each that ends before a letter or digit; None (any may) for
        another kind, or where a page's abbreviation may stand for a region."""
        found = self.region_positions(iso3) if kind == "region" else None
        if found is None:
            return None
        starts, cut = found
        out = {0}
        out.update(map(self.sentence_index, starts))
        out.update(cut)
        return sorted(out)

    def region_positions(self, iso3: str) -> tuple[list[int], list[int]] | None:
        """For an English text read sentence by sentence (READ_ALONE_CHARS): the positions at which a region of iso3
        may start in a sentence's places (places.region_starts) and the sentences that end before a letter or digit,
        for which region_starts does not answer (their places may hold any region); once per document
        (DocMemo.region_positions: the page's abbreviations are those in force when first asked, relate's). None for a shorter text (its places are one scan's: sentences_may_hold), in
        another language, or where a page's abbreviation may stand for a region."""
        if len(self.text) < READ_ALONE_CHARS or current_language() != DEFAULT_LANGUAGE:
            return None
        memo = self.memo.region_positions
        if iso3 not in memo:
            starts = region_starts(self.text, iso3)
            padded = self.text + " "
            memo[iso3] = None if starts is None else (starts, list(compress(count(), map(
                str.isalnum, map(padded.__getitem__, (e for _, e in self.c.sentences))))))
        return memo[iso3]

    def frames(self, si: int, lo: int | None = None, hi: int | None = None) -> list[Frame]:
        """The trade frames of sentence si, read once on its cached places; with lo/hi only
        those that start in [lo - FRAME_SPAN, hi), so a run-on "sentence" stays linear."""
        if si not in self._frames:
            s, e = self.c.sentences[si]
            found = find_frames(self.text, s, e, self.places(si))
            self._frames[si] = (found, [fr.start for fr in found])
        found, starts = self._frames[si]
        if lo is None:
            return found
        return found[bisect_left(starts, lo - FRAME_SPAN): bisect_left(starts, hi)]

    def times(self, si: int, lo: int | None = None, hi: int | None = None) -> list[TimeExpr]:
        hit = self._times.get(si)    # (as places)
        if hit is None:
            return self._in_sentence(self._times, self._sentence_times, si, lo, hi)
        if lo is None:
            return hit[0]
        found, starts = hit
        return found[bisect_left(starts, lo): bisect_left(starts, hi)]

    def time_sentences(self) -> list[int] | None:
        """The sentences in which find_times may find a time, in order, once per document (TriggerIndex.may_hold_times):
        every other sentence's times are [] (Doc.times), and a reader of many sentences in order (carry_gap) skips
        them. None in another language (find_local_times, no first test) or with no lower-cased text: any may."""
        if self._local or self._trigger_index is None or current_language() != DEFAULT_LANGUAGE:
            return None
        hit = self._time_sentences
        if hit is None:
            hit = self._time_sentences = self._trigger_index.may_hold_times(self.c.sentences)
        return hit

    def _sentence_times(self, text: str, s: int, e: int) -> list[TimeExpr]:
        # (a digest item's bracketed date opening the sentence is no period of it: rule item_stamp)
        return drop_item_stamp(find_times(text, s, e, self.low, self._trigger_index, self.aside), text, s,
                               self.aside)

    def set_aside(self, si: int, lo: int, hi: int) -> list[TimeExpr]:
        """The times of sentence si within [lo, hi) that a rule read as no period (kind set_aside, its via the rule)."""
        if not self.aside:
            return []
        self.times(si)
        s, e = self.c.sentences[si]
        lo, hi = max(lo, s), min(hi, e)
        return [t for t in self.aside if lo <= t.start < hi]

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
        if self.pub_year is None and self.text_year is not None:
            return self.text_year, "context"  # an undated page speaks from the latest year it names
        return self.pub_year, "doc_date"

    # (the page-wide readings below are read once, when a rule first asks: cached_property keeps each on the Doc)
    @cached_property
    def says_this_year(self) -> bool:
        """The page speaks of its own year ("this year", "the current year")."""
        return THIS_YEAR_CUE().search(self.text) is not None

    @cached_property
    def _event_year_positions(self) -> list[tuple[int, int]]:
        """(position, year) of each year the page names as a time of events (see names_event_year)."""
        come = to_come_test(self.text, self.low)   # (its patterns chosen once, run on the lower-cased text)
        rx = cue("event_year", _EVENT_YEAR)
        return [(m.start(), int(next(g for g in m.groups() if g)))
                for m in (_event_year_matches(self.text) if rx is _EVENT_YEAR else rx.finditer(self.text))
                if not _PART_OF_YEAR_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
                # ("the government intends to repeat this figure in 2023": a year to come is no
                # time of events the page looks back on, rule goal_year_no_event)
                and not come(m.start(m.lastindex), m.end(m.lastindex))]

    @cached_property
    def _event_years(self) -> set[int]:
        return {y for _, y in self._event_year_positions}

    def names_event_year(self, year: int) -> bool:
        """The page names the year as a time of events ("in 2010", "в 2010 году"), not only in a
        date stamp."""
        return year in self._event_years

    def names_event_year_in(self, year: int, spans) -> bool:
        """The page names the year as a time of events inside one of the (start, end) spans."""
        return self.names_event_year(year) and any(
            y == year and any(a <= pos < b for a, b in spans) for pos, y in self._event_year_positions)

    @cached_property
    def text_year(self) -> int | None:
        text = without_stale_banners(self.text)   # (rule stale_banner; the text itself where it has none)
        return text_year(text, low=self.low if text is self.text else None)

    @property
    def open_year(self) -> int | None:
        """The year the page was written in, not yet over then: its publication year; on an undated
        page, the latest year it names if it gives some months of that year as a period of their own
        ("From January to July 2024, Uzbekistan exported ..."): data of part of a year is the news only
        while the year runs (rule open_text_year; weak evidence, read only for a from-to chain by
        period_not_over.series_not_over). Read once, when a figure of that year asks."""
        if self.pub_year is not None:
            return self.pub_year
        return self._open_text_year

    @cached_property
    def _open_text_year(self) -> int | None:
        """open_year of an undated page."""
        y = self.text_year
        if y is not None:
            for si in self._sentences_writing(f"{y % 100:02d}"):
                if any(t.year == y and t.m2 < 12 and not (t.base or t.target or t.fiscal)
                       and t.kind != "year" for t in self.times(si)):
                    return y
        return None

    def _sentences_writing(self, digits: str) -> list[int]:
        """The sentences whose text holds `digits`, in order: where open_year looks for a time of its year.
        A time's year is read off digits written in its own match (the year, "2024", or its last two digits,
        "'24"; a year of another calendar is a fiscal one, which open_year leaves out), so a sentence that
        never writes the year's last two digits holds no such time, and its times need not be found."""
        found: list[int] = []
        text, sentences = self.text, self.c.sentences
        pos = text.find(digits)
        while pos >= 0:
            si = self.sentence_index(pos)
            s, e = sentences[si]
            if s <= pos and pos + len(digits) <= e and (not found or found[-1] != si):
                found.append(si)
            pos = text.find(digits, pos + 1)
        return found

    @cached_property
    def _opening_places(self) -> list[Place]:
        """The places of the page's opening (its first paragraph, at least 1,000 characters): fiscal_country's."""
        opening = self.c.paragraphs[0][1] if self.c.paragraphs else 0
        return self.span_places(0, min(max(opening, 1000), len(self.text)))   # (sliced from the whole text's scan when exact)

    def fiscal_country(self, si: int, rep_iso: str | None) -> str | None:
        """Whose fiscal year an 'FY23' means: the reporter's, else a country of the page opening
        (the page's subject), else of the sentence, that keeps a fiscal year apart from the calendar."""
        if fiscal_year(rep_iso):
            return rep_iso
        places = [p for p in self._opening_places + self.places(si) if p.kind in ("country", "demonym", "region")]
        for p in places:
            if fiscal_year(p.iso3) and _FLOW_OWNER_AFTER.match(self.text, p.end):
                # "The United States (US) remained the top export destination of Pakistani products during
                # the fiscal year (2022-23)": the flow's owner, not the first country named (rule fiscal_owner)
                return p.iso3
        for p in places:
            if fiscal_year(p.iso3):
                return p.iso3
        return None
