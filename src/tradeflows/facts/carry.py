"""The carried context: what one sentence leaves in force for the figures after it.

A partner named on its own ("As for Iran, ...") and a period set by a sentence hold for the
sentences that follow until another is named (the period within its paragraph), so relate
reads every sentence in document order, figure or not, and updates State here. A figure's
own sentence always wins over what is carried (the rules of the other modules decide that).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from tradeflows.facts.asides import examples_of, focus_examples
from tradeflows.facts.context import DATELINE, Carried, Doc, State, city_state_dateline, isearch
from tradeflows.facts.partners import LIST_SEP, PART_BEFORE, ANAPHORIC as _ANAPHORIC
from tradeflows.facts.partners_candidates import (EVENT_PLACE_REACH, ORG_NAME_AFTER, VENUE_REACH, agreement_name,
                                                  venue_anywhere, venue_before)
from tradeflows.facts.period_fiscal_force import fiscal_shaped
from tradeflows.facts.period_stamp import caption_line, date_stamp
from tradeflows.facts.period_year_carried import year_period_carried
from tradeflows.facts.period_context import BARE_MONTH_NAMES_YEAR, BARE_MONTH_REACH, context_period, closing_part_year, comparison_aside, compared_value_time, \
    in_prior_change, month_alone
from tradeflows.facts.owner_carry import owner_not_carried
from tradeflows.facts.comparison_frame import comparison_frame
from tradeflows.facts.places import find_places
from tradeflows.facts.partners_carried import BILATERAL as _BILATERAL
from tradeflows.facts.partners_candidates import (NOT_JUST_REACH, RIVAL_BEFORE, among_scope, not_just_before,
                                                 region_anaphor, region_name_anaphor)
from tradeflows.facts.reporters import is_locus_of_flow
from tradeflows.facts.subject import (EVENT_AFTER, LIST_GAP, MARKETS_REACH, MARKETS_SUCH_AS, SCOPE_REACH, WIRE_CAPS_AFTER,
                                      WIRE_CREDIT_AFTER, vote_key, subject_scores, HEAD_CHARS, without_rubric)
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, holds, pattern_needs
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue, cue_in
from tradeflows.vocab.lowercase import lower_copy_of
from tradeflows.vocab.skip import skip_compile
from tradeflows.errors import describe
from tradeflows.records import add_via


def page_head_partner(text: str, title: str | None, home, memo: dict | None = None) -> tuple[str, str | None] | None:
    """The counterpart the page's head is about: its best-scored place after the subject (memo: see
    subject.subject_scores)."""
    title = (title or "").strip()
    if not title:
        title, text = first_line_title(text)
    title = without_rubric(title)
    # (a printed page repeats its title in the text, under the site's name: "Fifth Estate (efangin.fifthestate.nz) \n
    # Asia Pacific Economics – Solomon Islands trade deficit ...": a rubric opening any line of the head is blanked)
    text = "\n".join(map(without_rubric, text[:HEAD_CHARS].split("\n"))) + text[HEAD_CHARS:]
    head = text[:HEAD_CHARS]
    m = DATELINE.match(head)
    if m is not None and city_state_dateline(head, m):
        # "HONG KONG – ...", "HONG KONG (AP) — ...": where the story was filed is no counterpart
        head = " " * m.end() + head[m.end():]
    head = _off_wire_datelines(head)
    # "Kenyan exports to Uganda rise as crisis hits EU": a title's own flow names its counterpart, whatever
    # else the title names (rule head_title_flow)
    # (a page given no title opens on its own: its first line)
    line = title or text[:200].split("\n", 1)[0]
    # "Главный поставщик фармпродукции – Россия" (liter.kz), "Большинство импортных лекарств в Казахстан завозят из России и
    # Беларуси" (matritca.kz): a title that names its counterpart as the main supplier or buyer, or as where most of the
    # goods come from, is about the subject's whole flow, the counterpart its largest part: no page pair (rule
    # head_part_title, read by partners_carried.head; row head_part_title of vocab/<lang>/patterns.csv, no English row)
    if cue("head_part_title", NEVER).search(line) is not None:
        if memo is not None:
            memo["head_part_title"] = True
        return None
    in_line = find_places(line)
    for p in in_line:
        if p.kind in ("country", "bloc") and (p.iso3 is None or p.iso3 != home[1]) and p.name != home[0] \
                and cue("title_flow_to", _flow_to()).search(line, max(0, p.start - 30), p.start):
            if _whole_first(in_line, line, 0, home, vote_key(p)):
                break   # (the line's flow to it is a part of the subject's total named before: rule head_whole_first)
            if memo is not None and _title_flow_drives().match(line, p.end) is not None:
                memo["head_one_way"] = True   # (read by head: rule head_flow_driver)
            return vote_key(p)
    if _rank_contest(in_line, line, home):
        return None
    scores = subject_scores((title + "\n" if title else "") + head, len(title), memo=memo)
    others = [(k, v) for k, v in scores.items() if k[0] != home[0] and (k[1] is None or k[1] != home[1])]
    if not others:
        return None
    # one met only further down ("particularly with China and Mexico", "the trade deficit with China
    # narrowed" in a third paragraph on the US deficit) is named in passing, not the page's (rule
    # head_opening); so is a demonym that modifies no trade word ("Chinese-pledged infrastructure projects")
    opening = (title + "\n" if title else "") + _opening(text)
    found = find_places(opening)
    # "Лебедев: Товарооборот между странами СНГ ... \n На саммите глав стран СНГ в Душанбе лидеры рассмотрят ...": a
    # counterpart the head names only as an event's venue is no side the page is about (rule venue)
    # (a head with no event noun and its venue's preposition names no venue: its places are not found again for this)
    lang = current_language()
    if venue_anywhere(lang).search(head) is not None:
        venue = venue_before(lang)
        best_named = [p for p in find_places(head) if others[0][0] in (vote_key(p), (p.name, p.iso3))]
        if best_named and all(venue.search(head, max(0, p.start - VENUE_REACH), p.start) for p in best_named):
            return None
    if len(others) == 1 and current_language() != DEFAULT_LANGUAGE:
        # (another language's pages: a single counterpart of the head is the page's, unless named only after the
        # opening as one part's partner: "Крупнейшим партнером в импорте является Китай" in the last paragraph of a
        # page on a region's food imports, blagovmeste.ru; rule head_opening_single: a counterpart named as the largest
        # partner in one flow is a part's partner, not the page's; row part_partner of vocab/<lang>/patterns.csv)
        if not any(vote_key(p) == others[0][0] for p in found) and cue("part_partner", NEVER).search(text[:HEAD_CHARS]):
            return None
        if _by_focus(found, opening, others[0][0]):
            return None
        if _beside_transfers_only(head, others[0][0]):
            if memo is not None:
                memo["head_transfers_only"] = True   # (read by head: rule head_transfers_only)
            return None
        return others[0][0]
    # ("data from the Japan External Trade Organization (Jetro)": a place opening an organization's name is no
    # counterpart, rule org_name_after)
    named = {vote_key(p) for p in found
             if (p.kind != "demonym" or cue("demonym_trade", _demonym_trade()).match(opening, p.end))
             and not cue("org_name_after", ORG_NAME_AFTER).match(opening, p.end)
             and not comparison_frame(opening, p)}   # ("relative to GDP in the EU": facts/comparison_frame.py)
    best = others[0][0]
    lead = _lead_start(opening, len(title))
    if best not in named or _in_list(found, opening, best) or _by_example(found, opening, best) \
            or _by_focus(found, opening, best) \
            or _whole_first(found, opening, len(title), home, best) \
            or (lead != len(title) and _whole_first(found, opening, lead, home, best)) \
            or _drives_whole(found, opening, lead, home, best) \
            or ((prose := _prose_lead_start(opening, len(title))) is not None
                and _whole_first(found, opening, prose, home, best, result=True)):
        return None
    if _beside_transfers_only(head, best):
        if memo is not None:
            memo["head_transfers_only"] = True   # (read by head: rule head_transfers_only)
        return None
    if len(others) > 1 and others[1][1] >= others[0][1] and not any(
            vote_key(p) == best and p.start < _lead_end(opening, len(title)) for p in found):
        # "... the country's outbound shipments reached 35-point-five billion U.S. dollars ... Exports to the United
        # States increased two-point-five percent, while shipments to China decreased three-point-eight percent": two
        # counterparts named alike, neither in the lead sentence, make neither the page's (rule head_tie; the
        # first named wins a tie when the lead names it: "Mexico ranked as the second trading partner of the US")
        return None
    return best


# "China is our biggest export market but the gov't says it is the US" (opinyon.net, data/web61 dh07): a title that
# disputes which of two counterparts holds a rank ("biggest export market", "top trading partner"), a contrast word
# between them, is about the ranking, not a pair: neither is the page's counterpart, and a flow with none named is the
# subject's total (rule head_rank_contest; vocab/en/patterns.csv rows head_rank_word, head_rank_contrast). A title
# with no contrast keeps its first counterpart: "Poland overtakes Great Britain as Germany's fifth largest trading
# partner" (igmt-gmbh.com, tests/test_blind31.py) is about Poland
_HEAD_RANK_WORD = EnglishCue("head_rank_word", re.I)
_HEAD_RANK_CONTRAST = EnglishCue("head_rank_contrast", re.I)


# "Exports to U.S. Drive Japanese Auto Industry Growth" (wardsauto.com, data/web56 cx13): a title whose flow to a
# counterpart drives the subject's growth names that flow's counterpart, not the counterpart of the subject's whole
# trade (rule head_flow_driver, read by partners_carried.head; vocab/en/patterns.csv row title_flow_drives)
_title_flow_drives = EnglishCue("title_flow_drives", re.I)


def _rank_contest(places, line: str, home) -> bool:
    """Whether the title line names two counterparts or more (countries or blocs, not the subject), a contrast word
    between the first and the last, and a rank of a market or partner (rule head_rank_contest)."""
    others = [p for p in places if p.kind in ("country", "bloc")
              and (p.iso3 is None or p.iso3 != home[1]) and p.name != home[0]]
    if len({vote_key(p) for p in others}) < 2:
        return False
    return _HEAD_RANK_CONTRAST().search(line, others[0].end, others[-1].start) is not None \
        and _HEAD_RANK_WORD().search(line) is not None


def _off_wire_datelines(head: str) -> str:
    """The head with a wire's dateline that opens a line blanked (same length): after a title the text repeats
    ("US trade deficit widens ... \n WASHINGTON (Reuters) – The US trade deficit widened ...", pledgetimes.com), or a
    caption, the city the story was filed from is no counterpart of the page (rule wire_dateline: a credit after the
    city, or a city in capitals, a dash and prose)."""
    line = -1   # (the text's first line too: "WASHINGTON (dpa-AFX) -" after a title given apart)
    while True:
        m = DATELINE.match(head, line + 1)
        if m is not None and (WIRE_CREDIT_AFTER.match(head, m.end())
                              or (head[line + 1:m.end()].isupper() and WIRE_CAPS_AFTER.match(head, m.end()))):
            head = head[:line + 1] + " " * (m.end() - line - 1) + head[m.end():]
        line = head.find("\n", line + 1)
        if line < 0:
            return head


# the subject's own flow with no counterpart, or with the world ("Thailand's exports rose", "The euro zone's trade
# surplus with the rest of the world grew")
# ("The Philippines' total external trade in goods dropped year-on-year by 18.6 percent in April ..., with China
# remaining its top trading partner", philippinesnewsgazette.com: a name ending in s takes the apostrophe alone, rule
# head_whole_first)
_own_whole = EnglishCue("own_whole_flow", re.I)
_own_result = EnglishCue("own_result_flow", re.I)


def _whole_first(places, opening: str, start: int, home, key, result: bool = False) -> bool:
    """Whether the lead sentence names the subject's own total flow before the place `key` ("Thailand's exports
    rose more than expected in September ..., but exports to China continued to fall", "The euro zone's trade
    surplus with the rest of the world grew in February, with a decline in imports from China"): the page is on
    the totals, the place one part of them, not the page's counterpart (rule head_whole_first). result: the total may
    also be reported by a verb ("Korea posted a trade surplus ..., but trade with the European Union suffered a
    deficit", row own_result_flow; asked for the prose lead of rule head_prose_lead)."""
    end = _lead_end(opening, start)
    whole = None
    for p in places:
        if p.start < start or p.start >= end:
            continue
        if whole is None and (p.name == home[0] or (home[1] is not None and p.iso3 == home[1])) \
                and (cue("own_whole_flow", _own_whole()).match(opening, p.end)
                     or (result and cue("own_result_flow", _own_result()).match(opening, p.end))):
            whole = p.end
        elif whole is not None and vote_key(p) == key:
            return True
    return False


def _lead_start(opening: str, title_len: int) -> int:
    """Where the lead sentence starts after a title of title_len characters: past the title's line again when the
    text opens by repeating it ("Japan Slips Back to Deficit as Exports Tumble 13%" as the title and the text's first
    line, then "Japan’s trade balance returned to deficit ..."): the lead is the first sentence of prose, not the title
    read twice (rule lead_after_title)."""
    if not title_len:
        return title_len
    body = title_len + 1
    skip = len(opening) - len(opening[body:].lstrip(" \t")) if body < len(opening) else body
    if opening.startswith(opening[:title_len], skip) and opening.startswith("\n", skip + title_len):
        return skip + title_len
    return title_len


# a place's market or demand as the subject of a verb that drives the subject's own total ("Asian markets spurred
# Malaysia’s total trade between January and October", mole.com.my; "Strong demand from outside Europe pushed exports
# from Germany, Europe's biggest economy, to a record high last year", rte.ie): the verb, then the flow when it is
# written before its owner ("exports from Germany"; the owner's own whole is read after it otherwise)
_drives = EnglishCue("head_driver", re.I)


DRIVER_REACH = 60   # how far before the subject's name the driving place may stand


def _drives_whole(places, opening: str, start: int, home, key) -> bool:
    """Whether the lead sentence names the place `key` as what drove the subject's own total flow ("Asian markets
    spurred Malaysia’s total trade", "Strong demand from outside Europe pushed exports from Germany"): a cause of the
    totals, not the page's counterpart (rule head_driver)."""
    end = _lead_end(opening, start)
    driver = None
    for p in places:
        if p.start < start or p.start >= end:
            continue
        if vote_key(p) == key:
            driver = p
        elif driver is not None and (p.name == home[0] or (home[1] is not None and p.iso3 == home[1])):
            if p.start - driver.end > DRIVER_REACH:
                return False
            m = cue("head_driver", _drives()).search(opening, driver.end, p.start)
            return m is not None and (m.group("flow") is not None
                                      or cue("own_whole_flow", _own_whole()).match(opening, p.end) is not None)
    return False


_LEAD_END = skip_compile(r"[.!?](?=\s+[A-ZА-ЯЁ«\"“])|\n")


def _prose_lead_start(opening: str, title_len: int) -> int | None:
    """Where the opening's last line starts when short lines come between the title and it (a skip link, the title
    again, a byline: "Go to contents / Korea posts trade surplus ... / ... / Korea posted a trade surplus last month
    ..., but trade with the European Union suffered a deficit", donga.com): its first line of prose, the lead that
    _lead_start's title-again reading does not reach; None when no line comes before it (rule head_prose_lead)."""
    start = opening.rfind("\n") + 1
    return start if start > title_len else None


def _lead_end(opening: str, start: int) -> int:
    """Where the lead sentence that opens the text after a title ends."""
    m = _LEAD_END.search(opening, start + 1)
    return m.end() if m else len(opening)


def _by_example(places, text: str, key) -> bool:
    """Whether the place `key` is first named as an example of markets ("weak demand in traditional markets such as
    Europe and the US"): a cause's aside, not the page's counterpart (rule head_example; facts/asides.py examples_of)."""
    for p, example in examples_of(places, text, "markets_such_as", MARKETS_SUCH_AS, MARKETS_REACH, LIST_GAP):
        if vote_key(p) == key:
            return example
    return False


def _by_focus(places, text: str, key) -> bool:
    """Whether the place `key` is first named after a focus adverb ("the euro area's exports grew, especially to the
    US", "экспорта, особенно направленного в США", forexmart.eu): an example of where the flow went, not the page's
    counterpart (rule head_focus_example; facts/asides.py focus_examples)."""
    first = next((p for p in places if vote_key(p) == key), None)
    return first is not None and first.start in focus_examples(places, text, cue("list_sep", LIST_SEP))


# "Объем денежных переводов физических лиц из РФ в Таджикистан составил 1,3 млрд долларов" on a page titled "В
# Таджикистане денежные переводы мигрантов превысили экспорт драгметаллов" (tjinform.com): a counterpart the head names
# only in sentences on the money migrants send home is where the transfers come from, no side of the page's trade (rule
# head_transfers_only; vocab/<lang>/patterns.csv rows head_transfers)
_head_transfers = EnglishCue("head_transfers", re.I)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _beside_transfers_only(head: str, key) -> bool:
    """Whether every sentence of the head naming the place `key` speaks of remittances (rule head_transfers_only)."""
    rx = cue("head_transfers", _head_transfers())
    if rx.search(head) is None:
        return False
    named = [p for p in find_places(head) if vote_key(p) == key]
    for p in named:
        start = max((m.end() for m in _SENTENCE_END.finditer(head, 0, p.start)), default=0)
        end_m = _SENTENCE_END.search(head, p.end)
        if rx.search(head, start, end_m.start() if end_m else len(head)) is None:
            return False
    return bool(named)


HEAD_LIST_MIN = 3   # places joined by commas and "and" that make a list rather than a pair


def _in_list(places, text: str, key) -> bool:
    """Whether the place `key` stands in a list of HEAD_LIST_MIN places or more in text ("These statistics
    include trade data with Botswana, Eswatini, Lesotho and Namibia (BELN)"): the first of a list, which
    takes the list's "with", is no more the page's counterpart than the others (rule head_list)."""
    runs: list[list] = []
    for p in places:
        if runs and LIST_SEP.fullmatch(text, runs[-1][-1].end, p.start):
            runs[-1].append(p)
        else:
            runs.append([p])
    return any(len(run) >= HEAD_LIST_MIN and any(vote_key(q) == key for q in run) for run in runs)


# a page given no title whose first line is a headline ("Egypt's trade with Africa states 26% up in four
# months"): that line is its title, weighed as one (rule head_first_line)
_HEADLINE_MAX = 160
# what may open a sentence before its month and year ("In September 2018, Colombia's trade deficit reached ...")
_month_opens = EnglishCue("carry_month_opens", re.I)
_CONTINUED = skip_compile(r"\n[ \t]*[^\W\d_A-ZА-ЯЁ]")   # the next line goes on in lower case: wrapped prose


def first_line_title(text: str) -> tuple[str, str]:
    """(title, the text after it) when the page's first line reads as a headline: short, its own line, and
    not closed by a sentence's full stop; else ("", text)."""
    lead = len(text) - len(text.lstrip())
    nl = text.find("\n", lead)
    line = text[lead:nl].strip() if nl > 0 else ""
    if not line or len(line) > _HEADLINE_MAX or line[-1] in ".:;-\u2013\u2014" or not text[nl:].strip() \
            or _CONTINUED.match(text, nl):
        # (a sentence, a dateline alone on its line, "BEIJING, July 13 (Xinhua) —", or the first line of prose
        # wrapped at a line break, "По предварительным данным объём эстонского\nэкспорта снизился")
        return "", text
    return line, text[nl + 1:]


_flow_to = EnglishCue("title_flow_to", re.I)


OPENING_MIN = 120  # a dateline or a one-line standfirst is not the whole opening


def _opening(text: str) -> str:
    """The first paragraph of the text (with the short lines before it)."""
    end = 0
    while end < len(text):
        nxt = text.find("\n", end)
        nxt = len(text) if nxt < 0 else nxt
        if nxt - end >= OPENING_MIN:
            return text[:nxt]
        end = nxt + 1
    return text


class _Unset:
    """What a sentence leaves unset, as opposed to set to None (a scratch _Effects field)."""


_UNSET = _Unset()


class _ReadsState(Exception):
    """A partner-half rule that reads the State in force met carry_gap's scratch copy: read the gap in order."""


class _Effects:
    """What one sentence's places write to the carried State, read on a scratch copy: the partner half of
    update_context reads nothing of State, so what it leaves is a function of the sentence alone."""

    __slots__ = ("partner", "partner_para", "partner_si", "reporter", "reporter_para", "reporter_kind")

    def __init__(self):
        for name in self.__slots__:
            setattr(self, name, _UNSET)


# the fields of State each sentence writes together: partner alone (a sentence may end the one carried and leave its
# paragraph and sentence as they were), its paragraph and sentence, and a region opening a sentence as the reporter
_PARTNER_GROUPS = (("partner",), ("partner_para", "partner_si"), ("reporter", "reporter_para", "reporter_kind"))


def carry_gap(d: Doc, st: State, lo: int, hi: int, home_iso: str | None, home_name: str | None, warnings) -> None:
    """update_context(d, st, k, ...) for the sentences k of lo..hi-1 in order (the sentences between two figures'),
    reading only what a figure after them can see.

    The two halves of update_context write apart: the period half (chained: each sentence's period depends on the
    one in force) runs on every sentence in order that may hold a time (Doc.time_sentences: the others hold none, and
    a sentence with no time leaves the period as it is), while the partner half reads nothing of State, so of the sentences
    in the gap only the last to write each of its fields counts. Those are found from the end of the gap backward,
    so in a book, where most sentences name places and few hold a figure, the sentences before the last to name a
    counterpart are not read for one (most of update_context's partner work). A fault while reading backward
    reads the gap again in order, as update_context would (a sentence not read can leave no warning)."""
    try:
        found = _partner_effects_back(d, lo, hi, home_iso, home_name)
    except Exception:  # noqa: BLE001 - the faulty sentence is told, in order, by update_context below
        found = None
    if found is None:
        for k in range(lo, hi):
            try:   # Warnings.isolate inlined: the sentence's line is only looked up for a warning
                update_context(d, st, k, home_iso, home_name)
            except Exception as exc:  # noqa: BLE001 - one sentence's fault must not fail its document
                warnings.append(describe(exc, "relate", d.line_of_sentence(k)))
        return
    for field, value in found.items():
        setattr(st, field, value)
    timed = d.time_sentences()   # (the others hold no time: their period half does nothing)
    for k in (range(lo, hi) if timed is None else timed[bisect_left(timed, lo):bisect_left(timed, hi)]):
        try:
            times = d.times(k)
            if times:
                _carry_period(d, st, k, d.para_index(d.c.sentences[k][0]), times)
        except Exception as exc:  # noqa: BLE001 - one sentence's fault must not fail its document
            warnings.append(describe(exc, "relate", d.line_of_sentence(k)))


def _partner_effects_back(d: Doc, lo: int, hi: int, home_iso: str | None, home_name: str | None) -> dict:
    """The fields of State the partner half of sentences lo..hi-1 leaves, in order, each from the last sentence that
    writes it: the whole partner half read from hi-1 backward until the partner and its paragraph are decided, then
    (a region opening a sentence being the only other write) only the sentences' openers."""
    found: dict = {}
    k = hi - 1
    while k >= lo and ("partner" not in found or "partner_si" not in found):
        eff = _Effects()
        _partner_half(d, eff, k, home_iso, home_name)
        for group in _PARTNER_GROUPS:
            if group[0] not in found and getattr(eff, group[0]) is not _UNSET:
                for field in group:
                    found[field] = getattr(eff, field)
        k -= 1
    if "reporter" not in found and home_iso:
        # (only a sentence whose places may hold a region of the home country where _opener reads one may have an
        # opener: the others are not read, _opening_sentences)
        holding = _opening_sentences(d, home_iso)
        for j in (range(k, lo - 1, -1) if holding is None
                  else reversed(holding[bisect_left(holding, lo):bisect_right(holding, k)])):
            places = d.places(j)
            opener = _opener(d, j, places, home_iso) if places else None
            if opener is not None:
                found["reporter"], found["reporter_para"], found["reporter_kind"] = \
                    (opener.name, home_iso), d.para_index(d.c.sentences[j][0]), "home_region"
                break
    return found


def _opening_sentences(d: Doc, home_iso: str) -> list[int] | None:
    """The sentences whose places may hold an opener (_opener) of home_iso, in order, once per document
    (DocMemo.may_open). In a text read sentence by sentence (Doc.region_positions: a book), the first sentence, each
    that ends before a letter or digit, and each in which a position where such a region may start passes _opener's
    tests of the text before the place: only non-word characters and "the" before it from the sentence's start, or
    "As for" (rules carried, region_introduced), or a cue naming an example in the 24 characters before it (its tests
    after the place need the place's end, which only reading the sentence tells): a book names its regions in
    hundreds of sentences, few opening on one, and reading each sentence's places costs more than these tests.
    Elsewhere Doc.sentences_may_hold (the sentences whose places hold such a region)."""
    memo = d.memo.may_open
    if home_iso in memo:
        return memo[home_iso]
    found = d.region_positions(home_iso)
    if found is None:
        hit = d.sentences_may_hold("region", home_iso)
    else:
        text, sentences = d.text, d.c.sentences
        before, topic = _subject_before(), cue("topic_opener", _topic_opener())
        introduced = cue("introduced_before", _introduced_before())
        out = {0}
        out.update(found[1])
        for p in found[0]:
            si = d.sentence_index(p)
            s = sentences[si][0]
            if si not in out and (before.fullmatch(text, s, p) or topic.fullmatch(text, s, p)
                                  or introduced.search(text, max(s, p - 24), p)):
                out.add(si)
        hit = sorted(out)
    memo[home_iso] = hit
    return hit


def _partner_half(d: Doc, st, si: int, home_iso: str | None, home_name: str | None) -> None:
    """The partner half of update_context: what sentence si's places (or its naming no place) leave in force."""
    s, e = d.c.sentences[si]
    places = d.places(si)
    if places:
        _carry_partner(d, st, si, d.para_index(s), places, home_iso, home_name)
    elif _total_sentence(d, s, e):
        st.partner = None


def update_context(d: Doc, st: State, si: int, home_iso: str | None, home_name: str | None = None) -> None:
    """What sentence si leaves in force: the partner it names alone, the period it sets.

    relate calls this for every sentence of a page, most of which (in a book, most by far) name no
    place or no time: each half reads only what its sentence holds. A sentence that names no place
    can only end the partner carried (rule total_ends_carried; _carry_partner with no place does no
    more), and one with no time expression leaves the period as it is (context_period sets none,
    and no part of a year is there to narrow the one in force), so neither half is run for nothing."""
    s, e = d.c.sentences[si]
    pi = d.para_index(s)
    places = d.places(si)
    if places:
        _carry_partner(d, st, si, pi, places, home_iso, home_name)
    elif _total_sentence(d, s, e):
        st.partner = None
    times = d.times(si)
    if times:
        _carry_period(d, st, si, pi, times)


_bloc_anaphor_in_force = EnglishCue("bloc_anaphor_in_force", re.I)


def _carry_partner(d: Doc, st: State, si: int, pi: int, places: list, home_iso: str | None,
                   home_name: str | None) -> None:
    """The partner (and a home region as the reporter) a sentence naming places leaves in force."""
    s, e = d.c.sentences[si]
    foreign = [p for p in places if (p.iso3 != home_iso or p.kind == "bloc") and p.name != home_name]
    # "to the markets of 161 countries, including Asia, Africa and Latin America": a list opened by
    # "including" names parts of what went before, none of them the counterpart of what follows (rules part_before,
    # part_share, part_list: parts gets each one's name by the place's start)
    parts, prev = {}, None
    for p in sorted(foreign, key=lambda x: x.start):
        why = "part_before" if isearch(d, cue("part_before", PART_BEFORE), max(0, p.start - 16), p.start) \
            else "part_share" if isearch(d, cue("part_share_before", NEVER), max(0, p.start - 60), p.start) \
            else "part_list" if prev is not None and LIST_SEP.fullmatch(d.text, prev.end, p.start) else ""
        if why:
            parts[p.start] = why
            prev = p
        else:
            prev = None
    # "Это произошло благодаря увеличению объемов экспорта, особенно направленного в США": a place named after a focus
    # adverb is an example of where the flow went, no counterpart of what follows (rule focus_not_carried)
    for start in focus_examples(foreign, d.text, cue("list_sep", LIST_SEP)):
        parts.setdefault(start, "focus_not_carried")
    named = ""   # the names of the filters that dropped a place (records.VIA), which a partner carried from here holds
    if foreign:
        after, before = _not_carried_cues(current_language())
        asked: dict = {}   # _cue_around's answers _cued_list_places read, by place (start, end)
        listed = _cued_list_places(d, foreign, after, before, asked) if len(foreign) > 1 else ()
        kept = []
        for p in foreign:
            why = _not_carried_by(d, p, home_iso, parts, listed, asked, after, before)
            if why is None:
                kept.append(p)
            else:
                named = add_via(named, why)
        foreign = kept
    if parts and not foreign:
        st.partner = None
    if not foreign and _total_sentence(d, s, e):
        # "Торговый оборот Узбекистана с Россией ... Ранее статкомитет сообщил, что совокупный внешнеторговый
        # оборот Узбекистана ... 81,2 млрд. В частности, объем экспорта ... 33,8 млрд": a sentence on the
        # reporter's own totals, naming no counterpart, ends the one carried before (rule total_ends_carried)
        st.partner = None
    # "поставки в Сибирь, ..., Ростовскую, Мурманскую, Томскую, Новосибирскую области" (ctv.by): the one region read
    # closes a list of regions that share its noun, a list as much as one of named places (rule shared_noun_list;
    # Russian rows of cue shared_noun_list_before)
    if any(isearch(d, cue("shared_noun_list_before", NEVER), max(0, p.start - 40), p.start) for p in foreign):
        foreign = []
    if len({p.name for p in foreign}) > 2:
        # a list of countries sets no partner for what follows; a list of examples also ends the one
        # carried before it ("the pool of buyers ... such countries as Jordan, Lebanon, the UAE, Oman and
        # Saudi Arabia."): what follows is about them all (rule examples_list)
        if any(isearch(d, _examples_before(), max(0, p.start - 40), p.start) for p in foreign):
            st.partner = None
        foreign = []
    if len({p.name for p in foreign}) == 2 and _coordinated_pair(d, foreign):
        # "the increase in exports was less than expected with sales to the U.S. and EU nearly flat. Japan
        # had a goods trade surplus of ¥797.3 billion": two places joined by "and" name no one counterpart
        # for what follows (rule pair_list_not_carried; "trade between A and B" still carries)
        st.partner = None
        foreign = []
    if not foreign and isearch(d, cue("bloc_anaphor_in_force", _bloc_anaphor_in_force()), s, e):
        # "Vietnam has never recorded a trade surplus with the bloc since joining. In its first year, 1996, the deficit
        # was $745 million" (customstoday.com.pk): "the bloc" names again the bloc in force, which stays in force for
        # this paragraph (rule bloc_anaphor_carried). The one write of the partner half that reads the State: on
        # carry_gap's scratch copy it asks for the gap to be read in order, and only for a sentence that says "the bloc"
        partner = st.partner
        if partner is _UNSET:
            raise _ReadsState("bloc_anaphor_carried")
        if partner is not None and partner[1] is None and partner[0] != "world":
            st.partner_para, st.partner_si = pi, si
    if foreign:
        p = foreign[0] if len({x.name for x in foreign}) > 1 and _is_heading(d, si) else foreign[-1]
        st.partner, st.partner_para, st.partner_si = Carried(p.name, p.iso3, named) if named else (p.name, p.iso3), pi, si
        if _own_total_after(d, si, foreign[-1].end, home_iso):
            # "The ... Ukrainian-Chinese trade turnover ... corresponds to the general trends of Ukraine's
            # foreign trade for this period. So, ... Ukrainian exports grew by 30.7%": a sentence that ends on
            # the reporter's own totals carries no counterpart (rule own_total_last)
            st.partner = None
    _carry_opener(d, st, si, places, home_iso)


def _not_carried_by(d: Doc, p, home_iso: str | None, parts: dict, listed, asked: dict, after, before) -> str | None:
    """The name of the first filter of _carry_partner that leaves the place uncarried, else None: a demonym of the page's
    country, or on a page of none a demonym of no country (rule home_demonym), an anaphor (anaphoric), a part (parts' names), a region's anaphor or epithet
    (region_anaphor, region_epithet), a demonym made an adjective (demonym_compound), the group reporters are drawn from
    or the locus of a flow (among_scope, locus_flow), a not-carried cue around it (_cue_around's names), a list such a
    cue governs (cued_list_not_carried), a standing aside (standing_aside), an agreement's name (agreement_name_after)."""
    text = d.text
    if p.kind == "demonym" and p.iso3 == home_iso:
        return "home_demonym"
    if _ANAPHORIC.match(text, p.end):
        return "anaphoric"
    if p.start in parts:
        return parts[p.start]
    # "The Asian giant remains Argentina's second largest trading partner": a region's demonym standing for one country
    # named before carries no region (rule region_anaphor)
    if region_anaphor(text, p):
        return "region_anaphor" if p.kind == "demonym" else "region_name_anaphor" if region_name_anaphor(text, p) \
            else "region_epithet"
    # "as Chinese-pledged infrastructure projects are reaching": a demonym made into an adjective of a participle
    # ("Chinese-built", "Russian-made") names no counterpart
    if p.kind == "demonym" and _DEMONYM_COMPOUND.match(text, p.end):
        return "demonym_compound"
    # "Among the major EU countries, in Germany exports increased by 0.5%": the group the reporters are drawn from and
    # the reporter the clause opens on carry no counterpart (rules among_scope, locus_flow)
    if among_scope(text, p):
        return "among_scope"
    if is_locus_of_flow(text, p):
        return "locus_flow"
    # "the highest trade surplus relative to GDP in the EU": the frame of a comparison (facts/comparison_frame.py)
    if comparison_frame(text, p):
        return "comparison_frame"
    cued = asked[p.start, p.end] if (p.start, p.end) in asked else _cue_around(d, p.start, p.end, after, before)
    if cued:
        return cued
    if p.start in listed:
        return "cued_list_not_carried"
    if _standing_aside(text, p):
        return "standing_aside"
    # "the North American Free Trade Agreement launched with ...": the agreement's name carries no counterpart (rule
    # agreement_name_after)
    if agreement_name(text, p):
        return "agreement_name_after"
    if owner_not_carried(text, p, home_iso):   # "the US trade deficit expanded" on a page of no country (facts/owner_carry.py)
        return "owner_not_carried"
    return None


# "The Philippines' total external trade in goods dropped year-on-year by 18.6 percent in April to 14.34 billion U.S.
# dollars, with China remaining its top trading partner" (philippinesnewsgazette.com; "while China remains the top
# trading partner" reads the same): an aside on who ranks first among the partners, not the counterpart of the
# figures after it ("Of the total external trade in April, ... 65.8 percent were imported goods"; rule standing_aside)
_standing_aside_before = EnglishCue("carry_standing_aside_before", re.I)
_standing_aside_after = EnglishCue("carry_standing_aside_after", re.I)


def _standing_aside(text: str, p) -> bool:
    """Whether the place opens a while- or with-aside that ranks it first among the partners (rule standing_aside)."""
    return bool(_standing_aside_after().match(text, p.end)
                and _standing_aside_before().search(text, max(0, p.start - 16), p.start))


def _opener(d: Doc, si: int, places: list, home_iso: str | None):
    """The region of the page's country that opens sentence si as its subject, if one does, or that the sentence
    introduces as the topic of what follows (rule region_introduced)."""
    if not home_iso:
        return None
    s, e = d.c.sentences[si]
    return next((p for p in places if p.kind == "region" and p.iso3 == home_iso
                 and ((_subject_before().fullmatch(d.text, s, p.start) and _subject_verb().match(d.text, p.end))
                      or _introduced(d, s, e, p))), None)


# "Another interesting example in this context is the Grodno Region.", "Among the Belarusian regions ..., one can name
# the Brest region .", "... we can note the Vitebsk region.": a sentence that ends on a region it names as an example
# introduces the topic of the sentences after it (rule region_introduced); "As for the Brest region , it is among the
# leaders ..." opens on it
_introduced_before = EnglishCue("introduced_before", re.I)
_INTRODUCED_END = skip_compile(r"\s*[.!?:]?\s*$")
_topic_opener = EnglishCue("topic_opener", re.I)


def _introduced(d: Doc, s: int, e: int, p) -> bool:
    """Whether the sentence [s, e) introduces the place p as its topic: ending on it after a verb that names an example
    ("is the Grodno Region.", "one can name the Brest region ."), or opening on "As for" it (rule region_introduced)."""
    text = d.text
    return bool((_INTRODUCED_END.fullmatch(text, p.end, e)
                 and cue("introduced_before", _introduced_before()).search(text, max(s, p.start - 24), p.start))
                or cue("topic_opener", _topic_opener()).fullmatch(text, s, p.start))


def _carry_opener(d: Doc, st, si: int, places: list, home_iso: str | None) -> None:
    """A region of the page's country opening sentence si as its subject: the reporter it leaves in force."""
    opener = _opener(d, si, places, home_iso)
    if opener is not None:
        # "Gomel Region is among the regions that have significantly expanded ... Here, ... they
        # shipped $745 million": a region of the page's country opening a sentence as its subject
        # stays the reporter of the paragraph (reporter rule carried)
        st.reporter, st.reporter_para, st.reporter_kind = (opener.name, home_iso), d.para_index(d.c.sentences[si][0]), \
            "home_region"


def _carry_period(d: Doc, st: State, si: int, pi: int, times: list) -> None:
    """The period a sentence with time expressions leaves in force (_read_period), read only when one of its times is
    neither a base nor a target of comparison, or is fiscal.

    A sentence all of whose times are bases or targets, none fiscal ("Imports declined by 5.6% to US$176.4 billion,
    after a 7.3% fall in the previous month."), leaves the State as it was: _read_period remembers the month of no base
    nor target (month_in_force); context_period returns None (its two writes of a period, fiscal_started's and
    last_month_in_force's, take no base nor target, with_fiscal_year returns a time that is not fiscal as it is, every
    other branch comes after its skip of a base or a target, and its look-backs return None), reading nothing but
    what is read once (the cue tables, the times of the sentences before, all read already as relate reads the page
    in order); with no period and no time of its own none of the sentence's rules runs (month_in_force, closing_part,
    base_level_sentence, ...), and a part of a year narrows the period in force only when it is neither. (A fiscal time
    is read: with_fiscal_year would read the sentence's places, Doc.places, which notes a place a rule made.) In a
    book some 7% of the sentences with times are such (data/raw); context_period and the rest are not run for them
    (tests/test_s63_speedA63.py checks it on every such sentence of data/raw, in the State relate reaches it with)."""
    for t in times:
        if (not t.base and not t.target) or t.fiscal:
            _read_period(d, st, si, pi, times)
            return


def _read_period(d: Doc, st: State, si: int, pi: int, times: list) -> None:
    """The period a sentence with time expressions leaves in force (facts/period_context.py)."""
    if date_stamp(d, si):
        return  # "17 March, 2026, 7:43 am" atop the page: when it was written or read (rule date_stamp)
    if caption_line(d, si):
        return  # "... on August 20, 2013, in Beijing, China. Photo: Getty Images.": a caption (rule caption_credit_line)
    s, e = d.c.sentences[si]
    if cue("comparison_opening", NEVER).match(d.text, s, e):
        # "В номинальном выражении в этом году экспорт Литвы сократился на 12,2 млн евро. Для сравнения — в начале 2014
        # года экспорт Литвы вырос на 2%. Существенное влияние ... — экспорт на рынки СНГ упал на 41%" (pr-post.com):
        # a sentence opened "for comparison" sets an earlier time beside the one in force, which stays in force for the
        # sentences after it (rule comparison_sentence; cue comparison_opening, Russian rows only)
        return
    for t in times:
        if t.kind == "month" and t.year is not None and t.m1 == t.m2 and not t.target and not t.base \
                and t.year > st.month_years.get(t.m1, 0) and _month_opens().fullmatch(d.text, s, t.start):
            # (the latest year a sentence opened by a month and its year, "In September 2018, ...", named each month
            # with: rule month_in_force)
            st.month_years[t.m1] = t.year
    period = context_period(d, si, st.period, st.fiscal_period)
    own = [t for t in times if not t.base and not t.target and t.kind != "yoy"]
    if period is not None and period[1] is not None and period[1] == period[2] and period[1] in st.month_years \
            and any(t.kind == "month" and t.year is None and not t.rel and t.m1 == period[1]
                   and not BARE_MONTH_NAMES_YEAR.search(d.text, t.start, t.end + BARE_MONTH_REACH) for t in own):
        # (a bare month the text named before with its year goes on as that month of that year: rule month_in_force)
        period = (st.month_years[period[1]],) + tuple(period[1:])
    if period is not None and st.period is not None and st.period_para == pi and any(t.kind != "the_year" for t in own) \
            and all(t.kind == "the_year" or closing_part_year(t, st.period) is not None for t in own):
        # "... по итогам второго полугодия -8,0%. Во втором полугодии доля ... возросла": the closing part of
        # the year in force goes on with that year, not the page's (rule closing_part)
        part = next(t for t in own if t.kind != "the_year")
        period = (st.period[0], part.m1, part.m2)
    if period is not None and len(period) > 3 and st.period is not None and st.period_para == pi \
            and st.period[0] is not None and st.period[0] > period[0]:
        period = None  # "in 2024 amounted to ... Last year, ...": a later year already in force stays
    if period is not None and period[1] is None and st.period is not None and st.period_para == pi \
            and st.period[0] == period[0] and st.period[1] == 1 and st.period[2] is not None \
            and any(t.kind == "year_to_date" for t in own):
        # "В январе - августе в страны СНГ экспортировано 75% всех товаров ... Экспорт товаров в страны СНГ с начала
        # 2011 года составлял 885,9 млн. дол. ... Импортные поступления составили 630,6 млн. дол." (057.ua, data/ruweb13
        # tuned page am12): the year so far, its months unknown, is the running total in force, January to its
        # month, for the sentences after it too (rule year_to_date_carried, as year_to_date_context for its own)
        period = (st.period[0], 1, st.period[2]) + period[3:]
    if period is not None and (kept := _base_level_sentence(d, st, si, pi, own, period)) is not None:
        # "За первое полугодие 2020 года ... поставили ... на 5,7 млрд долларов США. В сравнении с аналогичным периодом
        # прошлого года объем экспорта снизился на 35 %. В 2019 году он составлял 8,8 млрд долларов.": the year
        # before, named right after a change against the same period of last year, gives the base's level; the
        # part of the year in force stays for the paragraphs after it (rule base_level_sentence; base_year_restated
        # and base_months_restated name the period kept to the figures that carry it)
        period = None
        st.period_kept = kept
    kept_months = year_period_carried(d, st, si, pi, period) if period is not None else None
    if kept_months is not None:
        # "total imports were valued at US$414.1 million in 2018, 20.7 per cent above the similar 2017 period" after
        # "January to October last year": the months in force go on (rule year_period_carried)
        period = kept_months
    if period is not None:
        topic = len(period) > 3 and period[3] == "topic"
        # (a period a rule of context_period names for the figures that carry it: "last_year_topic_bare")
        named = period[3] if len(period) > 3 and not topic else ""
        period = period[:3]
        if not (period[1:] == (1, 12) and st.period is not None and st.period[0] == period[0]
                and st.period[1] != st.period[2]):   # a single month ("in June 2019", a meeting's) gives way
            # "В январе–октябре ... В октябре товарооборот ... составил $13 млрд.": the month that ends the running
            # total in force is a detail of it; the next paragraphs go on with the total (rule month_of_total;
            # first scoped to Russian pages; session 41 opened it to English ones: "In January-July, the volume of
            # foreign trade of Uzbekistan reached USD 34.97 billion. ... the supply of gold in July increased ... ||
            # The largest volume of foreign trade turnover was recorded with China" (today.az), the dev sets unmoved;
            # there only for a month told in the paragraph that opened the total: "In the first 10 months of 2019 ...
            # || The top destination ... last month was Germany" makes that month the period in force, rule
            # last_month_in_force)
            st.period_whole = st.period if ((current_language() != DEFAULT_LANGUAGE or st.period_para == pi)
                                            and st.period is not None
                                            and period[1] == period[2] != 1 and
                                            st.period[0] == period[0] and st.period[1] == 1 and
                                            st.period[2] == period[2]) else None
            st.period = period  # "in 2019" after "January-October 2019" keeps the months
            st.period_kept = "year_period_carried" if kept_months is not None else named
            if st.first_period is None:
                st.first_period = period
            if fiscal_shaped(d, si, period):
                st.fiscal_period = period  # what "the first six months" goes on with after a month's detail
        st.period_para, st.period_si = pi, si
        st.period_topic = si if topic else None
    elif st.period is not None:
        for t in times:
            if not t.base and not t.target and t.year is None and t.m2 - t.m1 < 11 and t.kind != "last_month" and not (t.kind == "last_months" and d.pub_month) \
                    and not t.m1 == t.m2 % 12 + 1 != 1 \
                    and not in_prior_change(d, s, t) and not compared_value_time(d.text, s, t) \
                    and not comparison_aside(d.text, t) and not month_alone(d.text, t, e):
                # (nor a rolling year, nor an earlier change's month, nor "In May alone")
                # (nor a bracketed comparison's months: "(в январе-феврале рост был 50 процентов)", rule comparison_aside)
                # "According to the results of the first quarter": a part of the year in force
                st.period, st.period_para, st.period_whole = _part_in_force(d.text, t, st.period), pi, None
                st.period_kept = ""
                st.period_si = si
            elif t.year is None and not t.base and d.text.find("revised", max(s, t.start - 70), t.start) >= 0 \
                    and compared_value_time(d.text, s, t):
                # "... and a downwardly revised A$10.5 billion in May": the period in force went past a revised
                # earlier amount's month; the figures that carry it name the rule (revised_value_time)
                st.period_kept = "revised_value_time"


def _part_of_year(period: tuple) -> bool:
    """A period of fewer than twelve months (not a calendar or a fiscal year: "2017-18" is April to March)."""
    return period[1] is not None and period[2] is not None and (period[2] - period[1]) % 12 + 1 < 12


def _base_level_sentence(d: Doc, st: State, si: int, pi: int, own: list, period: tuple) -> str | None:
    """Whether the sentence restates the level of the base of the period in force, and so leaves that period in force:
    None when it does not; else what the figures that carry the kept period name (State.period_kept): the rule that
    read it so, base_months_restated or base_year_restated, or "" for base_level_sentence (which they do not name).

    base_months_restated: the sentence's own period, its year written, is the same months of the year before as a part
    of a year in force, fewer than twelve months (a fiscal year before a fiscal year is a narrative's, as a whole
    year) ("For the month of January, total spending on imports was valued at US$689.5 million. ... For the first month
    in 2023, Jamaica earned US$185.2 million from exports." on a page of January 2024, radiojamaica.com; "Ghana raked
    in $8.95 billion ... in August 2017 ... In August 2016, the country spent $7 billion on imports."): the base of the
    comparison, told with its own year; what follows is of the period in force again.
    base_level_sentence: the sentence names only the whole year before the part of a year in force, in its paragraph,
    and the sentence before it compares with the same period a year earlier, or the sentence gives the indicator just
    told its earlier value (cue earlier_value); base_year_restated: the same of a whole year in force ("Торговый оборот
    между Казахстаном и Россией в 2006 году составил $13 млрд ... Напомним, что в 2005 году этот показатель составлял
    $9,5 млрд.")."""
    if st.period is None or st.period[0] is None or si == 0 or not own or any(t.year is None for t in own):
        return None   # (a base named from the period in force, "In the previous FY import was ...", reads it: no restating)
    whole = st.period[1:] == (1, 12)
    if _part_of_year(st.period) and tuple(period[:3]) == (st.period[0] - 1, st.period[1], st.period[2]):
        return "base_months_restated"
    if st.period_para != pi or tuple(period[:3]) != (st.period[0] - 1, 1, 12):
        return None
    # "По итогам первого полугодии 2021 года доля Китая ... достигла 14,7%. По итогам 2020 года его доля была 13,1%."
    # (rbc.ua): a sentence that gives the indicator just told, by an anaphor, in the past of a state ("его доля была",
    # "этот показатель составлял") is the base's level too (rule earlier_value; cue earlier_value, Russian rows only)
    s, e = d.c.sentences[si]
    if not (any(t.base and t.rel == -1 for t in d.times(si - 1)) or isearch(d, cue("earlier_value", NEVER), s, e)):
        return None
    return "base_year_restated" if whole else ""


# "the first half budget year", "the first quarter of the fiscal year": a part named as a fiscal year's
_fiscal_after = EnglishCue("carry_fiscal_after", re.I)


def _part_in_force(text: str, t, in_force: tuple) -> tuple:
    """The period a part of a year with no year ("the first quarter") sets after in_force: of its year;
    "the first half budget year" while a fiscal year that starts in a later month than January is in
    force (2019-07 to 2019-12 from "this fiscal year which began in July 8, 2019") counts from that
    start (rule fiscal_part_in_force)."""
    y, a, b = in_force
    if y is None or a == 1 or t.m1 != 1 or not _fiscal_after().match(text, t.end):
        return y, t.m1, t.m2
    start_year = y - (a > b)
    m2 = (a + t.m2 - 2) % 12 + 1
    return start_year + (m2 < a), a, m2


# "совокупный внешнеторговый оборот", "общий объем экспорта": the reporter's own total (Russian rows only); not as the
# whole a share before it is of ("% всего товарооборота"; the words of other languages: rows share_before_total of
# vocab/<lang>/patterns.csv)
_SHARE_BEFORE = skip_compile(r"%\s+(?:[\w-]+\s+)?$", re.I)


def _total_sentence(d: Doc, s: int, e: int) -> bool:
    """A sentence naming the reporter's own total (not as the whole a share is of, nor two sides' trade)."""
    m = cue("own_total_sentence", NEVER).search(d.text, s, e)
    return bool(m) and not cue("share_before_total", _SHARE_BEFORE).search(d.text, max(s, m.start() - 30), m.start()) \
        and not isearch(d, cue("bilateral", _BILATERAL), s, e)


# a demonym naming a counterpart: "Chinese goods", "the Russian market", "Indian exporters"
_demonym_trade = EnglishCue("demonym_trade", re.I)
_DEMONYM_COMPOUND = skip_compile(r"-[a-z]")
# ("months of front-loading to beat new US tariffs", "US sanctions", "the US president", "the Chinese
# government": a place's policy or office, no counterpart either)
_economy_after = EnglishCue("economy_after", re.I)
_economy_before = EnglishCue("economy_before", re.I)

# What right after or before a place keeps it from being carried: (cue name, its English pattern,
# and how many characters before the place it is read)
_ranking_scope_before = EnglishCue("ranking_scope_before", re.I)
# "Last year the Emirates became the leading country of the Middle East in terms of trade with Russia" (evrazesnews.com,
# in Russian): the region a country ranks first in is the scope of its rank, not the counterpart of the figures after
# (rule rank_scope_not_carried; "the largest trading partner of Kazakhstan" names the rank's owner, and is not read so)
_RANK_SCOPE_BEFORE = skip_compile(r"\b(?:leading|largest|biggest|top|main|major|first|second|third|most\s+important)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:countr(?:y|ies)|nations?|economy|economies|exporters?|importers?)\s+"
                                  r"(?:in|of|among)\s+(?:the\s+)?$", re.I)
# "China was India's second largest trade partner after the US": the place a ranked partner comes after
_ranked_after_before = EnglishCue("ranked_after_before", re.I)
_NOT_CARRIED_AFTER = (
    # "the recovery of the US economy and easing of inflation in Europe": a place of an
    # economic condition, not a counterpart of trade
    ("economy_after", _economy_after, "economy_not_carried"),
    ("event_after", EVENT_AFTER, "event_not_carried"),   # "the Ukraine war"
)
_dispute_between_before = EnglishCue("dispute_between_before", re.I)
# "both our nations are members of regional groups such as SAFTA, APTA and BIMSTEC" (nation.lk on Sri Lanka-Bangladesh
# trade): a bloc the subjects are said to be members of is what they belong to, not the counterpart of the trade
# named after it (rule membership_not_carried; "exports to the member states of the EAEU" stays a counterpart)
_membership_before = EnglishCue("membership_before")
_NOT_CARRIED_BEFORE = (
    ("economy_before", _economy_before, 40, "economy_not_carried"),
    ("membership_before", _membership_before, 80, "membership_not_carried"),
    ("agent_before", NEVER, 40, "agent_not_carried"),
    # "заявил иранский посол в Москве": a diplomat's post is where he speaks, not the
    # counterpart of the figures after (rule post_not_carried)
    ("post_before", NEVER, 40, "post_not_carried"),
    # "уступая лишь Китаю", "что на $4 млрд меньше, чем у Китая", "China became the largest trade partner of
    # Russia, overtaking Germany": a rival, not carried (rule rival_not_carried)
    ("rival_before", RIVAL_BEFORE, 30, "rival_not_carried"),
    # "Kazakhstan is considered to be China's major trade partner in Central Asia": the scope of a ranking,
    # not a counterpart of what follows (rule ranking_scope_not_carried)
    ("ranking_scope_before", _ranking_scope_before, 24, "ranking_scope_not_carried"),
    ("rank_scope_before", _RANK_SCOPE_BEFORE, 60, "rank_scope"),
    # "... while China was India's second largest trade partner after the US. A decade ago trade between the two
    # was around $250 million": the place a ranked partner comes after, not the counterpart of what follows
    # (rule ranked_after_not_carried)
    ("ranked_after_before", _ranked_after_before, 60, "ranked_after_not_carried"),
    # "директор четвертого департамента стран СНГ": a unit's name, not carried (unit_name_before)
    ("unit_name_before", NEVER, 80, "unit_name"),
    # "Показатель рассчитан с учетом стран – членов ЕАЭС": the scope of a total, not carried (rule scope_not_counterpart)
    ("scope_before", NEVER, SCOPE_REACH, "scope_not_counterpart"),
    # "while exports unexpectedly rose for May, as the trade war between the U.S. and China plays out": the sides of
    # a dispute named as an event, not the counterpart of the figures after (rule dispute_sides_not_carried)
    ("dispute_between_before", _dispute_between_before, 50, "dispute_sides_not_carried"),
    # "рост после начала полномасштабной войны с Украиной. Если в 2022 году товарооборот составлял около $ 6 млрд"
    # (ridl.io): the place an event the clause names took place in, or was fought with, is no counterpart of the
    # figures after either (rule event_place_not_carried; cue event_place_before, Russian rows only)
    ("event_place_before", NEVER, EVENT_PLACE_REACH, "event_place_not_carried"),
    # "the overall (not just China) U.S. trade deficit ... . That is, the U.S. exported $2.3 trillion": a part the total
    # goes beyond is no counterpart of the figures after either (rule not_just_aside, facts/partners_candidates.py)
    ("partners_candidates_not_just_before", not_just_before, NOT_JUST_REACH, "not_just_aside"),
)


def _english(en) -> re.Pattern:
    """A table's English pattern: a compiled one, or the reader of its vocab/en/patterns.csv row (read on first use)."""
    return en() if callable(en) else en


@lru_cache(maxsize=None)
def _not_carried_cues(lang: str) -> tuple[tuple[tuple[re.Pattern, str], ...],
                                          tuple[tuple[re.Pattern, re.Pattern | None, int, str, tuple], ...]]:
    """The patterns of _NOT_CARRIED_AFTER and _NOT_CARRIED_BEFORE in a language, with their rules' names, found once
    (not for each place of each sentence); a cue only another language fills (NEVER) is left out, as it matches
    nothing. Each before pattern with its lower-cased copy (lower_copy_of, as isearch reads it) and the words every
    match of that copy holds (vocab.pattern_needs, () where there is no copy), found once."""
    after = tuple((rx, rule) for rx, rule in ((cue_in(lang, name, _english(en)), rule)
                                              for name, en, rule in _NOT_CARRIED_AFTER) if rx is not NEVER)
    before = tuple((rx, reach, rule) for rx, reach, rule in ((cue_in(lang, name, _english(en)), reach, rule)
                                                            for name, en, reach, rule in _NOT_CARRIED_BEFORE)
                   if rx is not NEVER)
    # "заявил ... на полях саммита ОДКБ в Бишкеке. «Товарооборот увеличивается ...»": an event's venue is no
    # counterpart of the figures after either (rule venue; vocab/<lang>/venue_events.csv)
    before += ((venue_before(lang), VENUE_REACH, "venue"),)
    copies = tuple((rx, lower_copy_of(rx), reach, rule) for rx, reach, rule in before if rx is not NEVER)
    return after, tuple((rx, lc, reach, rule, pattern_needs(lc) if lc is not None else ())
                        for rx, lc, reach, rule in copies)


def _cued_list_places(d: Doc, places: list, after, before, asked: dict) -> set[int]:
    """The starts of the places a list joins (LIST_SEP between them) to a place a not-carried cue names (_cue_around):
    "Korea was the seventh largest exporter last year, outpacing Italy and Belgium" names two rivals, the cue before the
    first governs the list, so neither is the counterpart of "the nation's exports rose 28.6 percent" after (rule
    cued_list_not_carried; chosun.com). The cue is asked of a place only when a list goes on from it; asked gets each
    answer by the place's start and end, for _carry_partner's own test of every place to read instead of asking again."""
    listed, prev, prev_listed, text, sep = set(), None, False, d.text, cue("list_sep", LIST_SEP)
    for p in sorted(places, key=lambda x: x.start):
        if prev is not None and sep.fullmatch(text, prev.end, p.start) is not None:
            if not prev_listed:
                prev_listed = asked[prev.start, prev.end] = _cue_around(d, prev.start, prev.end, after, before)
        else:
            prev_listed = False
        if prev_listed:
            listed.add(p.start)
        prev = p
    return listed


def _cue_around(d: Doc, start: int, end: int, after, before) -> str:
    """The rule name of the first of the patterns `after` (pattern, rule) that matches right after a place (start, end)
    or of `before` (pattern, its lower-cased copy, reach, rule, the copy's words) that finds a match within reach before
    it, else "" (isearch inlined, the copies found once: loops, not any() over generators: this runs for every place of
    every sentence). A copy is searched only where the lower-cased window holds its words (vocab.holds): nearly every
    place has none of the cues before it, and a few substring tests of its window cost less than sre's search."""
    text, low = d.text, d.low
    for rx, rule in after:
        if rx.match(text, end):
            return rule
    for rx, lc, reach, rule, needs in before:
        a = start - reach if start > reach else 0
        if low is not None and lc is not None:
            if holds(low[a:start], needs) and lc.search(low, a, start) is not None:
                return rule
        elif rx.search(text, a, start) is not None:
            return rule
    return ""


# a place opening its sentence as the subject of a verb ("Gomel Region is among", "The Brest region
# has increased")
_subject_before = EnglishCue("carry_subject_before", re.I)
_subject_verb = EnglishCue("carry_subject_verb", re.I)
# "Ukraine's foreign trade", "Japan's total exports": a country's own totals
_own_total_after_cue = EnglishCue("own_total_after", re.I)


def _own_total_after(d: Doc, si: int, after: int, home_iso: str | None) -> bool:
    """The sentence names the home country's own totals after its last counterpart."""
    if home_iso is None:
        return False
    s, e = d.c.sentences[si]
    return any(p.iso3 == home_iso and p.start >= after and p.kind in ("country", "demonym")
               and cue("own_total_after", _own_total_after_cue()).match(d.text, p.end)
               and not _share_of().search(d.text, max(s, p.start - 40), p.start) for p in d.places(si))


# "accounting for 8.4 percent of Kyrgyzstan's total trade": a share of the totals, the counterpart stays
_share_of = EnglishCue("carry_share_of", re.I)


# "such countries as", "namely", "for example": a list of examples, not a counterpart
_examples_before = EnglishCue("carry_examples_before", re.I)


def _is_heading(d: Doc, si: int) -> bool:
    s, e = d.c.sentences[si]
    return e - s < 80


# "trade between China and Russia", "Sino-...": a pair the sentence is about, not two alternatives
_between_before = EnglishCue("between_before", re.I)
_and_sep = EnglishCue("and_sep", re.I)


def _coordinated_pair(d: Doc, foreign: list) -> bool:
    """The two places of a sentence are joined by "and" ("sales to the U.S. and EU"), not as the sides
    of a "between" pair: a sentence naming two counterparts alike carries neither."""
    a, b = sorted(foreign, key=lambda x: x.start)[-2:]
    if a.kind not in ("country", "bloc") or b.kind not in ("country", "bloc"):
        return False
    flow_to = cue("title_flow_to", _flow_to())
    if flow_to.search(d.text, max(0, a.start - 30), a.start) and flow_to.search(d.text, max(0, b.start - 30), b.start):
        # "Exports to the United States increased two-point-five percent, while shipments to China decreased
        # three-point-eight percent. Imports dropped ...": two destinations, each of its own flow (rule
        # pair_list_not_carried)
        return True
    return (cue("and_sep", _and_sep()).fullmatch(d.text, a.end, b.start) is not None
            and not isearch(d, cue("between_before", _between_before()), max(0, a.start - 16), a.start))

