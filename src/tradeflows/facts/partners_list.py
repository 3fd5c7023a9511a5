"""Partner rule beyond the sentence: a plural anaphor ("these countries", "the above five export destinations", "эти
пять стран") that names the list of places the sentence before closed on (rule list_anaphor).

"Myanmar shares borders with Bangladesh, China, India and Thailand. Exports to these four countries ... generated
$1.597 billion": the figure is the list's whole, not the reporter's total (default_world, world_weak and total_named
took it on the tuned pages: its sentence names no place, and "the total export value for these countries" reads as a
total), nor the list's last member carried. Tried after the sentence's own places (partners_sentence) and before the
world rules; a count the anaphor gives ("these four countries") must be the list's length.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.partners_candidates import FLOW_MEASURES, list_extent, list_name, same_place
from tradeflows.facts.list_home import without_home_demonym
from tradeflows.facts.places import merge_restated
from tradeflows.vocab import current_language, read_csv
from tradeflows.vocab.patterns import cue, english_cue

# a plural anaphor of places in the figure's sentence ("these countries", "those eleven nations", "the above five export
# destinations"; "эти пять стран", "в эти страны"), and a figure each place of the list had ("These trading partners
# each purchased 300 million euro more", cbs.nl; "На долю этих стран пришлось по 1%", finance-rambler.ru: no whole of the
# list): the rows list_anaphor and list_each of vocab/<lang>/patterns.csv, English's the cues' defaults


@lru_cache(maxsize=1)
def _english_cues() -> tuple[re.Pattern, re.Pattern]:
    """The English list_anaphor and list_each patterns, read from vocab/en/patterns.csv on first use (importing the
    module reads no file)."""
    return english_cue("list_anaphor", re.I), english_cue("list_each", re.I)


_COUNT = re.compile(r"\d{1,2}|[^\W\d_]+")
LIST_MIN = 3   # a list of two is a pair, the rules of "the two countries" read it (bilateral_carried)


@lru_cache(maxsize=None)
def _counts(lang: str) -> dict[str, int]:
    """The whole number words of the language (vocab/<lang>/numbers.csv, unit rows: every case form it lists; not
    "полтора", 1.5)."""
    rows = [(r["word"].lower(), float(r["value"])) for r in read_csv("numbers.csv", lang) if r["kind"] == "unit"]
    return {w: int(v) for w, v in rows if v.is_integer()}


def _count(words: str) -> int | None:
    """The count an anaphor gives ("these four countries": 4), None when it gives none."""
    counts = _counts(current_language())
    for w in _COUNT.findall(words):
        if w.isdigit():
            return int(w)
        if w.lower() in counts:
            return counts[w.lower()]
    return None


def list_anaphor(cl):
    """'Myanmar shares borders with Bangladesh, China, India and Thailand. Exports to these four countries ... generated
    $1.597 billion': a flow or a share whose sentence names a plural anaphor of places ("with 59 percent going to these
    five markets") and no place before it or the figure, right after a sentence of the same paragraph that names a
    list of three or more places, is that list's (written as list_name writes a list: rule list_anaphor). The anaphor
    and the "each" are read in the figure's window (cl.lo to cl.hi), the places before them from the sentence's start."""
    d, si = cl.d, cl.si
    if si < 1 or (cl.measure not in FLOW_MEASURES and cl.f.kind != "share"):
        return None
    if d.para_index(d.c.sentences[si - 1][0]) != cl.pi:
        return None
    # (the cues are read within the figure's window, cl.lo to cl.hi, as the sentence-level rules read theirs: a
    # run-on "sentence" of hundreds of figures, which the fuzzer made of one sentence the splitter does not end, is
    # read once around each figure, not whole for each)
    anaphor, each = _english_cues()
    m = cue("list_anaphor", anaphor).search(d.text, cl.lo, cl.hi)
    if m is None or d.places(si, d.c.sentences[si][0], max(m.end(), cl.f.clean_end)):
        return None   # (a place before the anaphor or the figure: the sentence's own rules read it)
    if cue("list_each", each).search(d.text, cl.lo, cl.hi):
        return None
    # ("five major trading partners: Canada, China, Mexico, the European Union (EU-28), and Japan": a name restated in
    # brackets is the same list item, places.merge_restated)
    before = merge_restated(d.text, sorted(without_home_demonym(d.places(si - 1), cl), key=lambda p: p.start))
    if not before:
        return None
    last = max(before, key=lambda p: p.start)
    ordered, lo, _, hi = list_extent(last, before, d.text)   # (last is among before: never None)
    n, said = hi - lo + 1, _count(m.group())
    if n < LIST_MIN or (said is not None and said != n):
        return None
    listed = {p.start for p in ordered[lo:hi + 1]}
    if any(p.start not in listed and p.kind in ("country", "bloc") and not same_place(p, cl.rep, cl.rep_iso)
           for p in before):
        # "China topped the list ... Japan followed with SR5913 billion, South Korea with SR5106 billion, followed by USA,
        # India, UAE ...": the anaphor names every country the sentence gave, not the list closing it
        return None
    name = list_name(last, before, d.text)
    return (name, None) if name else None
