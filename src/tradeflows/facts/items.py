"""The items of a digest: a news roundup, a brief or a newsletter tells several short stories, each under a heading of
its own ("Pound Sterling - UK Markets", "MACY'S INC. PROFIT OUTLOOK IMPROVES AFTER SOLID QUARTER", "Mining businesses
want to use more solar power"). A page's weak guesses (the flow of the page, of an earlier paragraph) are the item's,
never carried over a heading into the next story (rule item_boundary).

A heading is a paragraph of one short line with no closing stop ("CVS posts strong 2Q earnings report"). It starts an
item where prose stands before it and after the run of headings it opens (the run, "Read more>>" / "LAOS, THAILAND" /
"Rail link to boost Lao and Thai economies", is one boundary); a page is a digest when it has two such boundaries or
more. Sections of one story under subheadings ("Exports up 26.6%" / "Imports up 20.8%") read as items too, which is why
only a weak guess is held back, and only in an item that names no trade flow at all (silent_item). A page with fewer (a
story with one subheading, "The fastest growing", or a title over its byline) is one item.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from tradeflows.facts.context import Doc, cue_matches
from tradeflows.facts.subject import REGION_ONLY_FILTERS, subject_scores
from tradeflows.records import FLOWS, VIA
from tradeflows.vocab import fold
from tradeflows.vocab.skip import skip_compile

HEADING_CHARS = 90   # a longer line is prose, not an item's heading
PROSE_CHARS = 100    # the shortest paragraph read as a story's prose around a heading
LEAD_MIN = 40   # the shortest lead sentence of an item (a shorter one, "1.", is its number)
DIGEST_BOUNDARIES = 2   # the boundaries that make a page a digest of several stories
_CLOSED = re.compile(r"[.!?:;,\"”’)]\s*$")


def _short_line(text: str, a: int, b: int) -> bool:
    line = text[a:b].strip()
    return bool(line) and len(line) <= HEADING_CHARS and "\n" not in line and not _CLOSED.search(line)


def item_starts(d: Doc) -> list[int]:
    """The start of every item of the page (0 first); [0] on a page that is no digest (read once)."""
    if d.memo.item_starts is None:
        text, paras = d.text, d.c.paragraphs
        heads = [_short_line(text, a, b) for a, b in paras]
        starts, prose_before = [0], False
        for i, (a, b) in enumerate(paras):
            if not heads[i]:
                prose_before = b - a >= PROSE_CHARS
                continue
            if i == 0 or heads[i - 1] or not prose_before:
                continue
            j = i   # the run of short lines the heading opens ("Source: Africa News Agency" / "Morocco : the European
            while j < len(paras) and heads[j]:   # Investment Bank will mobilize $1 billion for reconstruction")
                j += 1
            if j < len(paras) and paras[j][1] - paras[j][0] >= PROSE_CHARS:
                starts.append(a)
        d.memo.item_starts = starts if len(starts) > DIGEST_BOUNDARIES else [0]
    return d.memo.item_starts


def is_digest(d: Doc) -> bool:
    """The page tells several stories under headings of their own."""
    return len(item_starts(d)) > 1


def item_span(d: Doc, pos: int) -> tuple[int, int]:
    """(start, end) of the item holding text position pos."""
    starts = item_starts(d)
    i = bisect_right(starts, pos) - 1
    return starts[i], (starts[i + 1] if i + 1 < len(starts) else len(d.text))




def silent_item(d: Doc, v, pos: int) -> bool:
    """The figure at text position pos stands in an item of a digest that names no trade flow ("Royal Bank of Scotland
    posted a GBP1bn loss" under "Pound Sterling - UK Markets", below the item on German exports; "Macy's earned $7
    million" under "MACY'S INC. PROFIT OUTLOOK IMPROVES AFTER SOLID QUARTER"): another story than the trade the page
    names, which the page's weak guesses of a flow do not reach (rule item_boundary). False on a page that is no
    digest."""
    if not is_digest(d):
        return False
    start, end = item_span(d, pos)
    kept = d.memo.item_flows
    if start not in kept:
        kept[start] = not any(v["measures"][fold(m.group())][0] in FLOWS
                              for m in cue_matches(d, v, "measure", start, end))
    return kept[start]


# "1. Отличные новости — в России быстро растёт несырьевой экспорт ... 2. Канада требует себе справедливых условий в
# NAFTA" (smart-lab.ru): prose paragraphs numbered 1, 2, ... in turn, each a story of a numbered digest
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s+\S")


def _numbered_starts(text: str, paras) -> list[int]:
    """The starts of the prose paragraphs numbered 1, 2, ... in turn (a numbered digest's items), or [] for fewer than
    two."""
    starts = []
    for a, b in paras:
        m = _NUMBERED.match(text, a)
        if m is not None and int(m.group(1)) == len(starts) + 1 and b - a >= PROSE_CHARS:
            starts.append(a)
    return starts if len(starts) >= 2 else []


def _item_head(d: Doc, start: int, end: int) -> tuple[int, int, int, tuple | None]:
    """(where the item's heading starts, where it ends, where its lead sentence ends, the country of its rubric): the
    last of the short lines that open the item, then the first sentence of its prose; a short line before the heading
    that names one country and nothing else ("GERMANY" over "Exports fall as imports rise / The nation’s exports
    dropped in October", taipeitimes.com) is the item's rubric (rule item_subject)."""
    text, paras = d.text, d.c.paragraphs
    i = d.para_index(start)
    head_start = head_end = start
    rubric = None
    # (of a run of short lines, the last is the item's heading: "Source: Agence Tunis Afrique Presse" before it closes
    # the item before, "Read more>>" is a link)
    while 0 <= i < len(paras) and paras[i][0] < end and _short_line(text, *paras[i]):
        if head_end > start:
            rubric = _rubric_country(d, head_start, head_end) or rubric
        head_start, head_end = paras[i]
        i += 1
    lead = head_end + 1 if head_end > start else start
    si = d.sentence_index(lead)
    # (a number or a dateline read as a sentence of its own, "1.", opens the lead: the lead goes on to its prose)
    while si < len(d.c.sentences) - 1 and d.c.sentences[si][1] - lead < LEAD_MIN:
        si += 1
    lead_end = min(d.c.sentences[si][1], end) if si < len(d.c.sentences) else end
    return head_start, head_end, max(lead_end, head_end), rubric


def _rubric_country(d: Doc, a: int, b: int) -> tuple | None:
    """The one country a short line names and nothing else ("GERMANY", "SOUTH KOREA"), else None."""
    places = d.span_places(a, b)
    if len(places) != 1 or places[0].kind != "country" or not places[0].iso3:
        return None
    p = places[0]
    return (p.name, p.iso3) if not _WORD.search(d.text[a:p.start]) and not _WORD.search(d.text[p.end:b]) else None


_WORD = skip_compile(r"\w")


def story_subjects(d: Doc) -> dict[int, tuple | None]:
    """The items of a digest of separate stories: item start -> the one country its heading and lead sentence are
    about and its lead names (subject.subject_scores; None where no country leads). A page is such a digest when two
    of its items (under headings, item_starts, or prose paragraphs numbered in turn) lead with different countries
    ("Euro - European Markets / Italy's recession eased ..." after a story on German exports, "2. Канада требует ..."
    after "1. ... в России"); sections of one story ("1. Exports ..." / "2. Imports ...") lead with its one country,
    or with none, and make no such digest ({})."""
    if d.memo.story_subjects is None:
        starts = story_starts(d)
        found: dict[int, tuple | None] = {}
        if len(starts) > 1:
            for k, a in enumerate(starts):
                h0, h1, lead_end, rubric = _item_head(d, a, starts[k + 1] if k + 1 < len(starts) else len(d.text))
                if rubric is not None:
                    found[a] = rubric
                    continue
                unvoted: dict = {}
                scores = [(key, s) for key, s in subject_scores(d.text[h0:lead_end], h1 - h0, unvoted=unvoted).items()
                          if key[1]]
                best = scores[0][0] if scores and (len(scores) == 1 or scores[1][1] < scores[0][1]) else None
                # ("2. People’s Republic of China is the top trading partner on total trade / The country’s top 10
                # trading partners contributed ...": a country its heading names and its lead does not, which goes on
                # with "the country", is a section's topic, not another story's subject)
                found[a] = best if best and any(p.iso3 == best[1] for p in d.span_places(h1, lead_end)) else None
                if found[a] and unvoted:
                    # (the filter that took another place's vote away names itself after item_subject, as after the
                    # page's subject: "Royal Bank of Scotland" in a story on UK prices, rule bank_name_no_vote)
                    # (a filter that drops only regions keys its vote by the region's country, the subject itself)
                    d.memo.story_via[a] = VIA.join(dict.fromkeys(r for k, r in unvoted.items()
                                                                 if k != found[a] or r in REGION_ONLY_FILTERS))
        d.memo.story_subjects = found if len({s[1] for s in found.values() if s}) > 1 else {}
    return d.memo.story_subjects


def story_starts(d: Doc) -> list[int]:
    """The start of every item of the page (0 first) that story_subjects reads: those under headings (item_starts) and
    the prose paragraphs numbered in turn, in order (read once; [0] on a page with neither)."""
    if d.memo.story_starts is None:
        d.memo.story_starts = sorted({*item_starts(d), *_numbered_starts(d.text, d.c.paragraphs)})
    return d.memo.story_starts


def _story_names_home(d: Doc, starts: list[int], k: int, home_iso: str | None) -> bool:
    """Whether the k-th item of starts names the page's country (home_iso) in one of its sentences (read once per item
    and home)."""
    a = starts[k]
    key = (a, home_iso)
    hit = d.memo.story_names_home.get(key)
    if hit is None:
        end = starts[k + 1] if k + 1 < len(starts) else len(d.text)
        hit = d.memo.story_names_home[key] = any(p.iso3 == home_iso for si in range(d.sentence_index(a), d.sentence_index(end - 1) + 1)
                                                 for p in d.places(si))
    return hit


def item_subject(d: Doc, pos: int, home_iso: str | None) -> tuple[str, str] | None:
    """The country the item of a digest of stories holding text position pos is about, when it is another than the
    page's (home_iso) (rule item_subject: "2. Канада требует себе справедливых условий в NAFTA" after "1. ... в России
    быстро растёт несырьевой экспорт": the page's subject is read from its whole head, the item's from its lead).
    (a section on the page's partner, "China: Strategic Partnership enters a new era" on a page about Belarus's trade,
    "The China Deficit Shrinks" on one about the US deficit, names the page's country too: no other story.) That test
    comes first: an item that names the page's country is no other story whatever the items' subjects, which
    story_subjects reads for the whole page (a subject_scores reading per item: a book's dozens), so a page whose items
    holding figures all name it reads none."""
    starts = story_starts(d)
    if len(starts) < 2:
        return None   # (no items: story_subjects finds none)
    k = bisect_right(starts, pos) - 1
    if _story_names_home(d, starts, k, home_iso):
        return None
    # (story_subjects keys every start of story_starts, or none: {} where its items lead with one country at most)
    subj = story_subjects(d).get(starts[k])
    return None if subj is None or subj[1] == home_iso else subj


def item_via(d: Doc, pos: int) -> str:
    """The named filters (subject.NO_VOTE_FILTERS) that took a vote away from another place than the subject of the
    story holding pos (story_subjects), joined by records.VIA; "" where none did."""
    starts = story_starts(d)
    return d.memo.story_via.get(starts[bisect_right(starts, pos) - 1], "") if d.memo.story_via else ""
