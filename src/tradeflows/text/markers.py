"""Footnote reference markers in a body's text: found (a number glued to a word or closing a
sentence, not a percent, an ordinal or an amount), checked against the page's citations, and
removed with the clean-to-raw offset map kept (a removed marker's place maps to the marker).
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left

from tradeflows.text.layout import Layout
from tradeflows.text.scan import cut, keep, kept, scan_copy
from tradeflows.vocab.skip import skip_compile

# Footnote reference markers are found by anchoring on digit runs (fast) and
# reading their neighbours. The ways a marker stands, most telling first:
# glued after a word or quote ("billion2.", "year3$25", '"11 .'); glued after a
# year ("201938mutual", "202077."); spaced before punctuation or a line end
# ("time 4.", "industry 2. \""); spaced and glued to the next word ("61and",
# "80In September"); split by a stray space ("39 1.").
_DIGIT_RUN = skip_compile(r"\d+")
# (_digit_runs: the text's scan copy, text/scan.py, one byte a character and every ASCII digit "0", each run found by
# bytes.find (memchr) and matched from there, a fraction of an instruction a character where \d's class test costs some
# seventy; the copy is the one clean made for its Cyrillic test and extract reads again)
_ZEROS = skip_compile(rb"0+")
_FAR_READ = 4096   # characters past ASCII read one by one at most (a Cyrillic text: \d+ as before)
_GLUED_LEFT_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz)]”\"’»,;:.")
_NOT_MARKER_RIGHT = skip_compile(r"[\d%]|\.\d|,\d|(?:st|nd|rd|th)\b|\s?(?:%|percent|per cent|times|million|billion|thousand)\b")
_SPACED_RIGHT = skip_compile(r"\s?(?:[.,;:”\"’»)](?!\d)|\[)|\s*\n|\s*$")
_SPLIT_RIGHT = skip_compile(r" (\d{1,2})(?=\s?[.,”\"]|\s*$)")


def _digit_runs(text: str) -> list[tuple[int, int]]:
    r"""The spans of _DIGIT_RUN.finditer(text) (\d+), cheaper and exact: in the scan copy (text/scan.py) each character
    is a byte at its own offset, every ASCII digit a "0" and no other character one, and where no character past
    ASCII is a decimal digit (each read where the copy has a "?": a few hundred quotes and dashes on an English page)
    the \d+ runs are the runs of "0". A text with another script's digit (or too many characters past ASCII to read
    one by one) is read with \d+."""
    t = scan_copy(text)
    if not text.isascii():
        # (the characters past ASCII counted as they are read, a written "?" aside: past _FAR_READ of them, or at a
        # decimal digit among them, \d+ reads the text; the same answer as counting them all first, two scans less)
        far, i = 0, t.find(b"?")
        while i >= 0:
            if text[i] != "?":
                far += 1
                if far > _FAR_READ or text[i].isdecimal():
                    return [m.span() for m in _DIGIT_RUN.finditer(text)]
            i = t.find(b"?", i + 1)
    find, match, runs = t.find, _ZEROS.match, []
    s = find(b"0")
    while s >= 0:
        e = match(t, s).end()
        runs.append((s, e))
        s = find(b"0", e)
    return runs


def _marker_candidates(text: str, numbers=None) -> dict[int, list[tuple[int, int, bool]]]:
    """Number -> [(start, end, is_split)] of every marker-like digit run, in text order; `numbers` (the citations'
    numbers, a container): a run of three or four digits that is none of them is passed over unread, as it can stand
    for its own number alone (a split marker joins one or two digits to the next), which no citation would ask."""
    found: dict[int, list[tuple[int, int, bool]]] = {}
    n = len(text)
    for s, e in _digit_runs(text):
        if numbers is not None and 3 <= e - s <= 4 and int(text[s:e]) not in numbers:
            continue
        run = text[s:e]
        before = text[s - 1] if s else " "
        if before in ".,$" and s > 1 and text[s - 2].isdigit():
            continue  # a decimal or thousands part
        if len(run) > 4:
            if 5 <= len(run) <= 7 and run[:2] in ("19", "20") and before not in ".,$" \
                    and not _NOT_MARKER_RIGHT.match(text, e):
                found.setdefault(int(run[4:]), []).append((s + 4, e, False))
            continue
        if _NOT_MARKER_RIGHT.match(text, e):
            continue
        after = text[e] if e < n else " "
        if before in _GLUED_LEFT_CHARS:
            found.setdefault(int(run), []).append((s, e, False))
        elif before.isspace() or before in "\"”":
            if after.isalpha() or (before.isspace() and _SPACED_RIGHT.match(text, e)):
                found.setdefault(int(run), []).append((s, e, False))
            elif before.isspace() and len(run) <= 2:
                sp = _SPLIT_RIGHT.match(text, e)
                if sp:
                    found.setdefault(int(run + sp.group(1)), []).append((s, sp.end(), True))
    return found


def find_markers(text: str, offs: array, lay: Layout, starts: list[int]) -> list[tuple[int, int, int]]:
    """(clean_start, clean_end, number) of each citation's marker: the first one
    after the previous marker and before the citation's own footnote block."""
    candidates = _marker_candidates(text, lay.citations)
    found = []
    lo = 0
    for n in sorted(lay.citations):
        limit = bisect_left(offs, starts[lay.citations[n].line_start - 1])
        spots = [c for c in candidates.get(n, ()) if lo <= c[0] and c[1] <= limit]
        if len(spots) > 1:
            spots.sort(key=lambda c: (c[2], c[0]))  # a split marker only as a last resort
        if spots:
            s, e, _ = spots[0]
            found.append((s, e, n))
            lo = e
    return found


def remove_markers(text: str, offs: array, spans: list[tuple[int, int, int]]):
    """(text with the markers at spans removed, its offsets, (clean_pos, number, raw_start, raw_end) of each); the scan
    copy kept for text (text/scan.py) is cut alongside it and kept for the text returned, where the next stage
    would encode and translate the whole text again."""
    parts, kept_offs = [], []   # (kept_offs: byte views of the offsets kept, joined once at the end)
    positions = []
    pieces: list[tuple[int, int] | None] = []   # (start, end) of each part taken from text, None for a space put in
    pos = 0
    length = 0   # of the parts so far (summed as they come: a sum per marker is quadratic)
    # (the offsets kept are byte views of offs, joined once into the new array at its full size: extending the array
    # view by view grew it ~6% at a time, each growth a copy of all of it, ~15M instructions for a book's 786 markers)
    with memoryview(offs).cast("B") as raw:
        width = offs.itemsize
        for s, e, n in spans:
            cut_s, replace = s, False
            before = text[s - 1] if s else " "
            after = text[e] if e < len(text) else " "
            if before == " " and (after in " .,;:”\"’»)\n" or e == len(text)):
                cut_s = s - 1                     # "direction 1." -> "direction."
            elif before not in " \n" and (after.isalnum() or after in "$€"):
                replace = True                    # "year3$25" -> "year $25"
            parts.append(text[pos:cut_s])
            pieces.append((pos, cut_s))
            kept_offs.append(raw[pos * width:cut_s * width])
            length += len(parts[-1])
            marker_pos = length
            if replace:
                parts.append(" ")
                pieces.append(None)
                kept_offs.append(raw[s * width:(s + 1) * width])   # (the space maps to the marker: offs[s])
                length += 1
            positions.append((marker_pos, n, offs[s], offs[e - 1] + 1))
            pos = e
        parts.append(text[pos:])
        pieces.append((pos, len(text)))
        kept_offs.append(raw[pos * width:])
        new_offs = array("q", b"".join(kept_offs))
        kept_offs.clear()   # (the views released before raw is)
    out = "".join(parts)
    t = kept(text)
    if t is not None:
        keep(out, cut(t, pieces))
    return out, new_offs, positions


# A reference in square brackets glued to the word or number it follows, the way encyclopedias and their copies print
# them with no footnote block the page kept ("47 млрд[2] долл.", "14 270[2] долл.", "выросла на 12,6 %[11],"): one to
# three digits, a space, a punctuation mark or the line's end after it (rule bracket_reference)
_BRACKET_REFERENCE = skip_compile(r"\[(\d{1,3})\](?=[\s.,;:)»”\"]|$)", re.M)


def find_bracket_references(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of each bracketed reference glued to a word: removed like a marker, so the unit or currency
    after it reads with the amount before it ("47 млрд[2] долл." is 47 billion dollars); none when the text has no "["."""
    if "[" not in text:
        return []
    # (the bracket opens the pattern, a literal its search skips ahead to; the glued character before it is read here:
    # a look-behind opening the pattern would be tried at every position of the text)
    return [(m.start(), m.end(), int(m.group(1))) for m in _BRACKET_REFERENCE.finditer(text)
            if m.start() > 0 and not text[m.start() - 1].isspace() and text[m.start() - 1] != "["]

