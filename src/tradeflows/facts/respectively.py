"""Lists closed by "respectively": the i-th figure takes the i-th item named before the figures.

"Malaysia's trade with major partners China and the US grew by 14.1 per cent and 10.1 per
cent respectively", "Export and import reached 4.7 billion USD and 3.8 billion USD
respectively": news pairs a list of places (or flows) with a list of figures written alike.
The figures of the list are the numbers of the sentence written with the figure's own unit
("percent", "billion USD"); the items are the last ones named before the first of them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import languages, required
from tradeflows.vocab.lowercase import lower_text
from tradeflows.vocab.patterns import cue, cue_in
from tradeflows.vocab.skip import skip_compile, trie_alternation

# "... reach new highs of 115.72 billion dollars and 68.26 billion dollars each": "each" after the last
# figure of a list closes it as "respectively" does
# ("the increases were 35.1% and 36.8%, in the same order": the phrase says it too)
RESPECTIVELY = skip_compile(r"\brespectively\b|(?<=[a-z%])\s+each\b(?!\s+(?:of|other|year|month|country)\b)"
                            r"|\bin\s+the\s+same\s+order\b", re.I)
_NUMBER = skip_compile(r"(?<![\d.,])\d[\d.,]*")
_SIGN = skip_compile(r"[$€£¥₹]")


# what a cue's source may write right before a word that then starts a word of the text: a word boundary, whitespace or
# a look-behind that no word character passes
_WORD_OPENERS = (r"\b", r"\s+", r"\s", r"(?<!\w)", r"(?<![\w-])")


def _starts_word(source: str, piece: str) -> bool:
    """Whether every place the lower-cased source writes piece is right after one of _WORD_OPENERS, so that a match's
    piece starts a word of the text (no word character before it)."""
    low = source.lower()
    i = low.find(piece)
    if i < 0:
        return False
    while i >= 0:
        if not low[:i].endswith(_WORD_OPENERS):
            return False
        i = low.find(piece, i + 1)
    return True


@lru_cache(maxsize=1)
def _closer_pieces() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """The words one of which every match of the respectively cue holds, in any language (vocab.required of each
    language's cue, its vocab/<lang>/patterns.csv rows with the English pattern), each as prose writes it (lower-case,
    then capitalised) and with whether it always starts a word of the text (_starts_word: "each" is no part of
    "reached"): a row added to the cue adds its words here, so no prefilter of this module misses it; () when no group
    of words holds every match (then nothing is skipped)."""
    pieces: dict[str, bool] = {}
    for lang in languages():
        rx = cue_in(lang, "respectively", RESPECTIVELY)
        groups = required(rx.pattern, rx.flags)
        if len(groups) != 1:
            return ()
        for w in groups[0]:
            pieces[w] = pieces.get(w, True) and _starts_word(rx.pattern, w)
    return tuple((tuple(dict.fromkeys((w, w[:1].upper() + w[1:]))), word_start) for w, word_start in pieces.items())


def _closer_in(text: str, s: int, e: int, low: bool) -> bool:
    """Whether text[s:e] holds a word of _closer_pieces (one that always starts a word only where it does), in its
    lower-case or capitalised form, or (low: text is lower-cased) its lower-case form: a few substring searches."""
    pieces = _closer_pieces()
    if not pieces:
        return True
    for forms, word_start in pieces:
        for w in (forms[:1] if low else forms):
            i = text.find(w, s, e)
            while i >= 0:
                if not word_start or i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                    return True
                i = text.find(w, i + 1, e)
    return False


# (text, s, e, answer) of the window may_hold_closer read last: the rules of one figure (the partner's four, the
# measure's, the period's, the reporter's) ask it of the same sentence or clause one after another. One tuple,
# replaced whole, so a reader in another thread never pairs one window with another's answer
_LAST_WINDOW: tuple = (None, -1, -1, False)


def may_hold_closer(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] may hold a match of the respectively cue in any language, as prose writes it (lower-case or
    capitalised): its words (_closer_pieces) looked for first by plain substring searches (most sentences hold none),
    so every caller skips the pattern alike; read once for a window several rules ask in turn."""
    global _LAST_WINDOW
    last = _LAST_WINDOW
    if last[0] is text and last[1] == s and last[2] == e:
        return last[3]
    hit = _closer_in(text, s, e, False)
    _LAST_WINDOW = (text, s, e, hit)
    return hit


def may_open_list(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] may hold the word that opens a list when written before it ("against - respectively - 84.2
    percent (...) and 65.6 percent", "соответственно"): "each" and "in the same order" close lists only, so a figure
    with neither word before it is read no further (rule respectively_opens)."""
    return text.find("espectively", s, e) >= 0 or text.find("оответственно", s, e) >= 0


def siblings(text: str, s: int, e: int, start: int, figure: str) -> tuple[int, list[int]] | None:
    """(index of the figure at `start`, starts of every figure of its list) when the sentence
    [s, e) closes a list of two or more figures written like it with "respectively"."""
    if not may_hold_closer(text, s, e):
        return None   # the words first, as plain substring searches: most sentences hold neither
    # "с Россией и Китаем – на 10% и 20% соответственно": the Russian word (vocab/ru/patterns.csv respectively)
    closers = list(cue("respectively", RESPECTIVELY).finditer(text, s, e))
    if not closers:
        return None
    # "Sesame seeds were exported mainly to China, Japan, ... in values worth N13.7billion, ... respectively; good
    # fermented Nigerian cocoa beans were exported to the Netherlands, ... in values worth N15.3 billion, ...
    # respectively": the word after the figure closes its list, the one before closed another (rule
    # respectively_second_list)
    r = next((x for x in closers if x.start() >= start), closers[-1])
    opened = max((x.end() for x in closers if x.end() <= start and x.start() < r.start()), default=s)
    members = _members(text, s, e, figure)
    if r.end() <= start and members is not None:
        # "in imports 66.8 percent (including EU 60.0 percent), against - respectively - 84.2 percent (including EU 77.1
        # percent) and 65.6 percent (including EU 58.9 percent) in the corresponding period": the word before a list
        # opens it; the list is the run of figures right after it (rule respectively_opens)
        opens = _opened_run(text, _without_restated(text, members), r.end())
        starts = [x.start() for x in opens] if opens is not None else []
        # (a figure restated in a member's brackets, "(including EU 77.1 percent)", is no member)
        if start in starts:
            return starts.index(start), starts
    if members is None:
        # "falling by 52 and 49 percent respectively": numbers sharing the unit written after the last of them
        shared = _SHARED_UNIT_RUN.match(text, start + len(figure)) if _NUMBER.fullmatch(figure) else None
        if shared is None:
            return None
        return _nearest(start, [start] + [m.start() for m in _NUMBER.finditer(text, shared.start(), shared.end())])
    members = _without_restated(text, members)
    # "to Germany and the U.S. amounted to $21 billion and $14.8 billion, respectively, while exports
    # to Iraq stood at $12.8 billion": the word closes the list; a figure after it is another clause's
    closed = [x for x in members if opened <= x.start() < r.start()]
    members = closed if len(closed) >= 2 else members
    # "deficit with Saudi Arabia was second with $17.5 billion, followed by those with the UAE, Kuwait and
    # Australia with $10 billion, $7.5 billion and $6.5 billion, respectively": the list is the run of
    # figures joined by list words only, not every figure of the unit in the sentence
    run = _run_of(text, members, start)
    starts = [x.start() for x in (run if run is not None else members)]
    if len(starts) == 1:
        # ("falling by 52 and 49 percent respectively": the bare numbers before the one written with the unit)
        while (bare := _bare_before(text, s, starts[0])) is not None:
            starts.insert(0, bare.start())
    return _nearest(start, starts)


# "Exports and imports stood at $5.2 billion (Rs 430 billion) and $7.1 billion (Rs 590 billion), respectively": an
# amount in brackets right after a member restates it, and is no member of its own (rule respectively_restated)
# "52 and 49 percent", "5, 7 and 9 per cent": the numbers after a bare one, the unit after the last; a Russian scale word
# too, "на 3,88 и 2,29 миллиарда долларов соответственно", whose bare number figures/extract.py reads as the last one's
# amount (rule list_scale_after)
_SHARED_UNIT_RUN = skip_compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|и)\s+)\d[\d.,]*(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|и)\s+)\d[\d.,]*)*"
                              r"(?=\s*(?:%|per\s?cent|percent|pct\b|pc\b|процент|млрд|млн|трлн|миллиард|миллион|триллион))",
                              re.I)
_BARE_BEFORE = skip_compile(r"(?<![\d.,])\d[\d.,]*(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|и)\s+)$", re.I)


def _bare_before(text: str, s: int, pos: int) -> re.Match | None:
    """_BARE_BEFORE.search(text, s, pos), tried only where text[s:pos] ends as a match does: a list separator's
    last word (a comma, "and", "&" or "и") and whitespace. Read back over the whitespace first, that one test
    skips sre's try at every digit of the stretch (the same answer)."""
    j = pos
    while j > s and text[j - 1].isspace():
        j -= 1
    if j == s or text[j - 1] not in ",dD&иИ":
        return None
    return _BARE_BEFORE.search(text, s, pos)


_RESTATED_GAP = skip_compile(r"\s*\(\s*(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+)?[^\d()]{0,16}")


def _without_restated(text: str, members: list[re.Match]) -> list[re.Match]:
    return [x for k, x in enumerate(members) if not (k and _RESTATED_GAP.fullmatch(text, members[k - 1].end(), x.start()))
            and not _DIFFERENCE_AFTER.match(text, x.end())]


# "China's exports and imports in 2006 reached 1.76 trillion US dollars, 338.78 billion US dollars more than that in
# 2005" (jctrans.net): an amount followed by "more than" or "less than" is the difference from a base, no member of a
# list (rule list_difference)
_DIFFERENCE_AFTER = skip_compile(r"\s+(?:more|less|higher|lower|greater|fewer|bigger|smaller)\s+than\b", re.I)


# between "respectively" and the first figure of the list it opens: a dash or a comma at most
_OPENS_GAP = skip_compile(r"\s*(?:[-\u2013\u2014,:]\s*)?")


def _opened_run(text: str, members: list[re.Match], pos: int) -> list[re.Match] | None:
    """The run of two or more members, joined by list words, that starts right after pos (a "respectively" that opens
    its list), else None."""
    after = [x for x in members if x.start() >= pos]
    if not after or not _OPENS_GAP.fullmatch(text, pos, after[0].start()):
        return None
    run = [after[0]]
    for x in after[1:]:
        if not _FIG_GAP.fullmatch(text, run[-1].end(), x.start()):
            break
        run.append(x)
    return run if len(run) >= 2 else None


def opened_list_end(text: str, s: int, e: int, start: int, figure: str) -> int | None:
    """The end of the last figure of the list a "respectively" before it opens ("against - respectively - 84.2 percent
    (...) and 65.6 percent (...) in the corresponding period"), when the figure at `start` is an earlier member of it;
    else None. The words after the list are every member's (rule respectively_opens)."""
    if not may_open_list(text, s, start):
        return None
    closers = [x for x in cue("respectively", RESPECTIVELY).finditer(text, s, start)]
    members = _members(text, s, e, figure) if closers else None
    if members is None:
        return None
    run = _opened_run(text, _without_restated(text, members), closers[-1].end())
    starts = [x.start() for x in run] if run is not None else []
    return run[-1].end() if start in starts[:-1] else None


def _run_of(text: str, members: list[re.Match], start: int) -> list[re.Match] | None:
    """The figures of members joined to the one nearest `start` by list words only ("$10 billion,
    $7.5 billion and $6.5 billion"), when two or more and fewer than all."""
    if len(members) < 3:
        return None
    i = min(range(len(members)), key=lambda k: abs(members[k].start() - start))
    lo = hi = i
    while lo > 0 and _FIG_GAP.fullmatch(text, members[lo - 1].end(), members[lo].start()):
        lo -= 1
    while hi + 1 < len(members) and _FIG_GAP.fullmatch(text, members[hi].end(), members[hi + 1].start()):
        hi += 1
    return members[lo:hi + 1] if 2 <= hi - lo + 1 < len(members) else None


_COMPARATIVE_TAIL = skip_compile(r"\s+(?:more|higher|less|lower|up|down|greater|larger)$", re.I)


def _members(text: str, s: int, e: int, figure: str) -> list[re.Match] | None:
    """Every figure of [s, e) written like `figure` (its currency sign and unit), or None when
    the figure has no unit to compare by."""
    m = _NUMBER.search(figure)
    if m is None:
        return None
    # ("12.2% and 25.1% higher, respectively": a comparative read into the last figure is no part of its unit)
    unit = _COMPARATIVE_TAIL.sub("", figure[m.end():].strip())
    if not unit:
        return None
    # a currency sign before the number belongs to the pattern, a qualifier ("nearly") does not
    before = figure[:m.start()].split()
    # a sign ("$", "US$") or a letter prefix glued to the number ("Dh57 billion", "RM19.19 billion")
    glued = bool(before) and not figure[:m.start()][-1:].isspace()
    prefix = before[-1] if before and (_SIGN.search(before[-1]) or glued) else ""
    return list(_list_member(prefix, unit).finditer(text, s, e))


NEAREST_REACH = 30   # characters between a figure's start and its list member's (a qualifier: "nearly 70 percent")


def _nearest(start: int, starts: list[int]) -> tuple[int, list[int]] | None:
    """(index of the member at `start`, starts) for a list of two or more members; the figure's
    own start may include a qualifier ("nearly 70 percent"), so the nearest member within 30
    characters (NEAREST_REACH)."""
    if len(starts) < 2:
        return None
    i = min(range(len(starts)), key=lambda k: abs(starts[k] - start))
    return (i, starts) if abs(starts[i] - start) <= NEAREST_REACH else None


# "by 27.3 per cent, 9.3 per cent and 39 per cent": figures joined by nothing but list words
# ("reaching $31.47 billion and over $48 billion respectively": a qualifier of the next member too, rule list_qualified)
_FIG_GAP = skip_compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|&|и)\s+)"
                      r"(?:(?:about|around|nearly|almost|over|roughly|approximately|some|more\s+than|less\s+than|under)\s+)?", re.I)


def written_list(text: str, s: int, e: int, start: int, figure: str,
                 plain: bool = True, whole_low: str | None = None) -> tuple[int, list[int]] | None:
    """(index of the figure at `start`, starts of the members) when the figure is one of two or
    more figures written like it and joined by nothing but commas and "and", without
    "respectively" ("trade, exports and imports contracted by 27.3 per cent, 9.3 per cent and 39
    per cent"); None otherwise. plain=False: also in a sentence with "respectively" (its list
    among other figures of the unit: "trade surplus rose by 23.5% while trade, exports and imports
    contracted by 2.8%, 1% and 4.9%, respectively"). whole_low: lower_text(text) when the caller has it (a
    document's, Doc.low), where _says_respectively looks for its words."""
    if plain and _says_respectively(text, s, e, whole_low):
        return None
    members = _members(text, s, e, figure)
    if members is None:
        return None
    members = _without_restated(text, members)
    runs: list[list] = []
    for x in members:
        if runs and _FIG_GAP.fullmatch(text, runs[-1][-1].end(), x.start()):
            runs[-1].append(x)
        else:
            runs.append([x])
    for run in runs:
        # (only a run of two or more that reaches within NEAREST_REACH of the figure can hold it: _nearest, its
        # starts listed, asked of that run only, not of every run of a page's long lists)
        if len(run) >= 2 and run[0].start() - NEAREST_REACH <= start <= run[-1].start() + NEAREST_REACH:
            hit = _nearest(start, [x.start() for x in run])
            if hit is not None:
                return hit
    return None


def written_list_of(d, s: int, e: int, start: int, figure: str) -> tuple[int, list[int]] | None:
    """written_list(d.text, s, e, start, figure) of the document d (facts/context.Doc), read once per figure: the
    measure (rule written_list) and the partner rule paired_places both ask it of the figure's window (kept in
    Doc.memo; callers must not change the answer's list)."""
    kept = d.memo.written_lists
    key = (s, e, start, figure)
    if key not in kept:
        kept[key] = written_list(d.text, s, e, start, figure, whole_low=d.low)
    return kept[key]


def unmarked_list(text: str, s: int, e: int, start: int, figure: str, d=None) -> tuple[int, list[int]] | None:
    """(index of the figure at `start`, starts of its list) when the figure is one of two or more
    figures written alike and joined by list words only, with no "respectively" in the sentence:
    "$16.1 billion and $11.5 billion", "16% and 13%", "20.8 and 23.7 percent" (a bare number
    sharing the unit written after the last); None otherwise (partner rule paired_places). d: the
    document whose text it is (facts/context.Doc), to read the written list once (written_list_of)."""
    if _says_respectively(text, s, e, None if d is None else d.low):
        return None
    hit = written_list(text, s, e, start, figure) if d is None else written_list_of(d, s, e, start, figure)
    if hit is not None:
        return hit
    shared = _SHARED_UNIT_RUN.match(text, start + len(figure)) if _NUMBER.fullmatch(figure) else None
    if shared is None:
        # ("increasing by 20.8 and 23.7 percent": the last member, the bare numbers before it)
        starts = [start]
        while (bare := _bare_before(text, s, starts[0])) is not None:
            starts.insert(0, bare.start())
        return _nearest(start, starts)
    return _nearest(start, [start] + [m.start() for m in _NUMBER.finditer(text, shared.start(), shared.end())])


def _says_respectively(text: str, s: int, e: int, whole_low: str | None = None) -> bool:
    """The language's "respectively" cue found in [s, e) (RESPECTIVELY in English), its words (_closer_pieces) looked
    for first as plain substrings of the lower-cased sentence (most sentences hold none; a sentence with İ, ı or ſ,
    which re.I equates with i and s, is searched as it is: vocab/lowercase.py). whole_low: lower_text(text) when the
    caller has it (a document's, Doc.low): the words looked for in it within [s, e), without lower-casing a copy of the
    sentence."""
    if whole_low is not None:
        if not _closer_in(whole_low, s, e, True):
            return False
        return cue("respectively", RESPECTIVELY).search(text, s, e) is not None
    low = lower_text(text[s:e])
    if low is not None and not _closer_in(low, 0, len(low), True):
        return False
    return cue("respectively", RESPECTIVELY).search(text, s, e) is not None


@lru_cache(maxsize=1)
def _scales() -> str:
    """Every scale word (vocab units.txt), longest first, as one alternation, written as a trie of their characters (a
    space \\s+): after a number sre follows the one branch its character opens instead of trying the seventy words in
    turn; of the words that match at one position, each a prefix of the next, the longest is still tried first (a
    branch that goes on before the word that ends there), so the same one matches."""
    from tradeflows.figures.units import scale_words
    root: dict = {}
    for w in sorted(scale_words(), key=len, reverse=True):
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = None   # a word ends here
    return trie_alternation(root)


def _unit_pattern(unit: str) -> str:
    """The unit as a pattern; a scale word opening it stands for any scale word ("Goods exports and imports
    reached $1.4 billion and $620 million, respectively": one list whatever the magnitudes)."""
    head, _, tail = unit.partition(" ")
    from tradeflows.figures.units import scale_words
    if head.lower() not in scale_words():
        return re.escape(unit)
    return rf"(?:{_scales()})" + (rf"\s+{re.escape(tail)}" if tail else "")


@lru_cache(maxsize=256)
def _list_member(prefix: str, unit: str) -> re.Pattern:
    """A figure written like the list's: the same currency sign and unit ("$... billion"; any scale word)."""
    u = _unit_pattern(unit)
    if prefix and not _SIGN.search(prefix):
        # a letter prefix glued to the number is part of every member ("Dh57 billion, Dh46.2 billion")
        return skip_compile(rf"(?<!\w){re.escape(prefix)}\s?\d[\d.,]*\s*{u}(?!\w)", re.I)
    if not prefix:
        # the digit first and the look-behind after it ("(?<![\w.,])\d" read from the digit): the same
        # matches, but sre jumps from one digit to the next instead of trying every position
        return skip_compile(rf"\d(?<![\w.,].)[\d.,]*\s*{u}(?!\w)", re.I)
    # (skip_compile: an optional sign opens it, so re.compile's search would enter it at every position; its prefilter,
    # the sign's and the digits' characters, lets it enter only where a member can start: the same matches)
    return skip_compile(rf"(?:{re.escape(prefix)}\s?)?(?<![\w.,])\d[\d.,]*\s*{u}(?!\w)", re.I)


# ("total imports and total exports increased by $138.3 million (2.9%) and $117.6 million (6.1%) respectively": a
# list's second item may repeat the first's modifier, rule list_item_modifier)
_LIST_GAP = skip_compile(r"\s*(?:,\s*|,?\s+(?:and|&|и)\s+|\s+)(?:the\s+)?(?:(?:total|overall|merchandise|domestic|non-oil)\s+)?", re.I)
# "trade with Malaysia reached US$ 14.01 billion and with Thailand US$ 13.04 billion ..., growing by
# 20.4 percent and 10.9 percent respectively": items each behind the same preposition, apart
_PREP_GAP = skip_compile(r"\s+(?:[^.;()]|\.(?=\d)){0,60}?,?\s+and\s+(?P<p>with|to|from|in|for)\s+(?:the\s+)?", re.I)
_PREP_BEFORE = skip_compile(r"\b(with|to|from|in|for)\s+(?:the\s+)?$", re.I)


# "Kenya's exports to and imports from Uganda", "exports to Uganda and imports from Uganda": two flows, each with
# its own preposition (and place), joined by "and"
_FLOW_PREP_GAP = skip_compile(r"\s+(?:to|from|with)(?:\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?\s*,?\s+and\s+")


def listed(text: str, spans: list[tuple[int, int]], n: int) -> list[int] | None:
    """Indices of the last n spans when they form one written list ("China, Russia and
    Japan"; "Export and import"), else None."""
    if len(spans) < n:
        return None
    idx = list(range(len(spans) - n, len(spans)))
    for a, b in zip(idx, idx[1:]):
        if not (_LIST_GAP.fullmatch(text, spans[a][1], spans[b][0]) or _same_prep(text, spans[a], spans[b])
                or _FLOW_PREP_GAP.fullmatch(text, spans[a][1], spans[b][0])):
            return None
    return idx


def _same_prep(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """b is behind '..., and <prep>' and a behind the same <prep> ('with Malaysia ... and with Thailand')."""
    m = _PREP_GAP.fullmatch(text, a[1], b[0])
    before = _PREP_BEFORE.search(text, max(0, a[0] - 12), a[0])
    return bool(m and before and before.group(1).lower() == m.group("p").lower())
