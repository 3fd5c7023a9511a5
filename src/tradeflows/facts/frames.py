"""Trade frames: who trades with whom, read from the words around the places of a sentence.

A frame ("{A}'s {FLOW} to {B}", "trade between {A} and {B}") is a row of vocab/frames.csv,
not code. Frames are matched on a masked copy of one sentence in which every place the
registry found is a numbered slot, so "Kazakhstan's exports to China" and "the EU's
imports from the Republic of Korea" are the same frame. A sentence is masked once (relate
caches the places and frames per sentence); a figure takes the frame nearest it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from tradeflows.facts.frame_cause import cause_gap
from tradeflows.facts.places import Place, country
from tradeflows.vocab.lowercase import lower_copy, lower_text
from tradeflows.vocab.skip import skip_compile
from tradeflows.vocab.patterns import NEVER, cue
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, has_file, read_csv, read_lines

# slot words of the frame grammar (the phrasings themselves are rows of frames.csv)
_SLOTS = {
    "{FLOW}": r"(?:foreign\s+|bilateral\s+|total\s+|goods\s+|merchandise\s+)?(?:trade(?:\s+turnover)?|turnover|"
              r"exports?|imports?|shipments|sales|supplies|deliveries|purchases|export\s+of\s+\w+|"
              r"import\s+of\s+\w+)",
    "{EXPORT}": r"(?:exports?|shipments|sales|supplies|deliveries)",
    "{IMPORT}": r"(?:imports?|purchases)",
    "{VERB}": r"(?:exported|imported|sold|bought|shipped|sent|supplied|purchased|traded)",
    # a few words of one clause: not across "while", "whereas", "but" or a clause's "as" ("China's exports up
    # 4.8% in May as shipments to the US fall": the US is the cause's, not the exports')
    "{GAP}": r"(?:(?!(?:while|whereas|but|as(?!\s+(?:well|compared|against|of|a|part)\b))\s)[^\s;,\x00]+\s+){0,6}?",
    "{S}": r"\s*['’]s?",
}
_MARK = "\x00"  # a place slot is written \x00<index>\x00 in the masked sentence
# "sales to Denmark, Hungary and France": a list names no one partner
_LIST_AFTER = skip_compile(r"\s*(?:,|and\b|&)\s*\x00\d+\x00")


# "China's exports up 4.8% in May as shipments to the US fall": a frame behind "as" after the figure
# is its cause's, another clause (not "as well as", "as compared to", "as of")
_AS_CLAUSE = skip_compile(r"\s+as\s+(?!well\b|compared\b|against\b|of\b|at\b|per\b|part\b|a\s+result\b|much\b|many\b|high\b|low\b|\d)", re.I)


# a comma or semicolon between a frame and a figure after it: the frame may be another clause's (frame_for_own_clause)
_CLAUSE_END = re.compile(r"[,;]")
_OTHER_CLAUSE = 100000

_BRACKET_ALIAS = skip_compile(r"\s*\(")  # "(EU)" right after the place it abbreviates
# "the exports to Holland were recorded at US$ 1446.927 million against US$ 1499.671 million whereas the exports
# to Afghanistan stood at ...": a frame behind "whereas" / "while" after the figure opens the next item of a list,
# not the figure's (rule contrast_clause_after)
_CONTRAST_CLAUSE = skip_compile(r"\b(?:whereas|while|where\s+as)\b", re.I)


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame matched in a sentence: its name, kind, span and the places in its roles."""

    name: str
    kind: str  # flow | pair
    start: int
    end: int
    reporter: Place | None
    partner: Place | None


# frames whose reporter is the grammatical subject of a trade verb ("Москва же импортировала индийской продукции на
# $639 млн", "Больше всего Москва покупает у Бразилии"): a capital there is its government, the country, when the
# partner is another country's (rule capital_subject; a capital's own trade is a noun's owner, "экспорт Москвы")
_VERB_SUBJECT_FRAMES = frozenset({"subject_bought_from", "subject_imported_from", "subject_imported_demonym",
                                  "subject_verb_to"})
# frames whose counterpart is a demonym naming the goods' origin ("imports of Chinese products", rule imports_of_demonym)
_DEMONYM_PARTNER_FRAMES = frozenset({"imports_of_demonym"})


# "Около 50% реэкспорта продукции в Грузии приходится на Азербайджан, Армению и Россию" (speedme.ru): a place after
# "в" in the locative ("в Грузии", "в Китае"), not the accusative of a direction ("в Грузию", "в Китай"), is where the flow
# is counted, no destination or origin: a flow frame that would bind it after that preposition, and no other place, is
# no frame (rule locative_place, s73 openD73; cues frame_direction_before and frame_locative_place, Russian rows only).
# Frames that mean the locative are exempt ("закупки России в ЕС", purchases_in); a frame with an origin too keeps a
# destination written in the locative by a slip ("Поставки товаров из США в России в марте 2022 года упали в пять раз",
# silkway.news, tests/test_s61_testX61.py).
_LOCATIVE_FRAMES = frozenset({"purchases_in"})


def _located_not_bound(text: str, roles: dict) -> bool:
    """Whether a place of a flow frame's roles stands in the locative right after "в"/"во"/"на" (rule locative_place)."""
    before = cue("frame_direction_before", NEVER)
    if before is NEVER:
        return False
    form = cue("frame_locative_place", NEVER)
    for p in roles.values():
        if p.kind in ("country", "bloc", "region") and before.search(text, max(0, p.start - 4), p.start) \
                and form.search(p.surface):
            return True
    return False


@lru_cache(maxsize=None)
def _capitals_of(lang: str) -> frozenset[str]:
    return frozenset(read_lines("capitals.txt", lang)) if has_file("capitals.txt", lang) else frozenset()


def _capital_subject(a: Place | None, b: Place | None) -> Place | None:
    """Rule capital_subject: the subject capital `a` of a trade verb as its country, the partner `b` another
    country's."""
    if (a is not None and b is not None and a.kind == "region" and a.iso3 and b.iso3 and a.iso3 != b.iso3
            and a.name in _capitals_of(current_language())):
        return replace(a, name=country(a.iso3), kind="country")
    return a


def _frames() -> list[tuple[str, str, str, str, re.Pattern[str]]]:
    return _frames_of(current_language())


@lru_cache(maxsize=None)
def _frames_of(lang: str) -> list[tuple[str, str, str, str, re.Pattern[str]]]:
    """The frames of a language (vocab/<lang>/frames.csv), its slot words (frame_slots.csv)
    replacing the English ones."""
    slots = dict(_SLOTS)
    if lang != DEFAULT_LANGUAGE and has_file("frame_slots.csv", lang):
        slots.update({r["slot"]: r["pattern"] for r in read_csv("frame_slots.csv", lang)})
    out = []
    for r in read_csv("frames.csv", lang):
        pat = r["pattern"]
        for slot, rx in slots.items():
            pat = pat.replace(slot, rx)
        for role in ("A", "B"):
            pat = pat.replace("{%s}" % role, rf"{_MARK}(?P<{role}>\d+){_MARK}")
        pat = pat.replace(" ", r"\s+")
        out.append((r["name"], r["kind"], r["reporter"], r["partner"], re.compile(pat, re.I)))
    return out


@lru_cache(maxsize=None)
def _frames_lc_of(lang: str) -> list[re.Pattern[str] | None]:
    """Each frame's pattern for the lower-cased masked sentence (tradeflows.vocab.lowercase), in the language lang."""
    return [lower_copy(rx) for *_, rx in _frames_of(lang)]


def _frames_need() -> tuple[list[int], re.Pattern[str] | None, dict[str, int]]:
    return _frames_need_of(current_language())


@lru_cache(maxsize=None)
def _frames_need_of(lang: str) -> tuple[list[int], re.Pattern[str] | None, dict[str, int]]:
    """For each frame's lower-cased pattern, what any match of it holds (read from the parsed
    pattern, _need): its top-level literal words (all) and, for each top-level alternation whose
    every branch opens with a literal word, those words (one at least). Written as clauses, each
    one bit: a word of the first kind is a clause of its own, an alternation's words one clause.
    Returns each frame's clause bits (0: nothing known, no test), the pattern that finds in a
    sentence the longest word of them starting at each position (_longest_words), and for each
    word it may find the bits of the clauses it and the words that are its prefixes satisfy: a
    sentence holds a word where the longest word starting there has it as a prefix (all words
    found at one position are prefixes of the text there, so of the longest), and a frame's every
    match holds what the frame needs, so a frame whose clauses are not all satisfied is skipped."""
    clause_bits: dict[frozenset, int] = {}
    frame_bits = []
    for lc in _frames_lc_of(lang):
        need = _need(lc)
        bits = 0
        if need is not None:
            for clause in [frozenset((w,)) for w in need[0]] + [frozenset(ws) for ws in need[1]]:
                bits |= clause_bits.setdefault(clause, 1 << len(clause_bits))
        frame_bits.append(bits)
    words = sorted({w for clause in clause_bits for w in clause})
    satisfies = {w: 0 for w in words}
    for clause, bit in clause_bits.items():
        for w in clause:
            satisfies[w] |= bit
    found = {w: 0 for w in words}
    for w in words:
        for v in words:
            if w.startswith(v):
                found[w] |= satisfies[v]
    return frame_bits, (_longest_words(words) if words else None), found


def _trie(words: list[str]) -> str:
    """An alternation of words (none empty, distinct) as a trie, a longer word before its prefix at each
    node: where several words start at a position, the longest of them matches."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    alts = []
    for c, rests in heads.items():
        more = [r for r in rests if r]
        body = _trie(more) if more else ""
        if more and "" in rests:
            body = f"(?:{body})?"
        alts.append(re.escape(c) + body)
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _longest_words(words: list[str]) -> re.Pattern[str]:
    """findall gives, for each position of a text where one of the words starts, the longest that does."""
    return re.compile(f"(?=({_trie(words)}))")


def _need(lc: re.Pattern | None) -> tuple | None:
    if lc is None or lc.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as sre_c, _parser as sre_p
        items = sre_p.parse(lc.pattern, lc.flags).data
        words, any_of, run = [], [], []
        for op, av in list(items) + [(None, None)]:
            if op is sre_c.LITERAL:
                run.append(chr(av))
                continue
            if len(run) >= 2:
                words.append("".join(run))
            run = []
            if op is sre_c.BRANCH:
                heads = []
                for alt in av[1]:
                    head = []
                    for aop, aav in alt:
                        if aop is not sre_c.LITERAL:
                            break
                        head.append(chr(aav))
                    heads.append("".join(head))
                if heads and all(len(h) >= 2 for h in heads):
                    any_of.append(tuple(heads))
    except Exception:  # noqa: BLE001 - an unreadable pattern is scanned as before
        return None
    return (tuple(words), tuple(any_of)) if words or any_of else None


def mask(text: str, start: int, end: int, places: list[Place]) -> tuple[str, list[int], list[int]]:
    """text[start:end] with each place a numbered slot, and the map of masked to text offsets."""
    pieces, mstarts, tstarts = [], [0], [start]
    pos, mlen = start, 0
    for i, p in enumerate(places):
        if p.start < pos or p.end > end:
            continue
        pieces.append(text[pos:p.start])
        mlen += p.start - pos
        slot = f"{_MARK}{i}{_MARK}"
        pieces.append(slot)
        mstarts.append(mlen)
        tstarts.append(p.start)
        mlen += len(slot)
        mstarts.append(mlen)
        tstarts.append(p.end)
        pos = p.end
    pieces.append(text[pos:end])
    return "".join(pieces), mstarts, tstarts


def _to_text(m: int, mstarts: list[int], tstarts: list[int]) -> int:
    k = bisect_right(mstarts, m) - 1
    return tstarts[k] + (m - mstarts[k])


@lru_cache(maxsize=4096)
def _frames_open(lang: str, sat: int) -> tuple:
    """(order, frame, lower-cased pattern) of the frames of `lang` whose clauses (_frames_need_of) the bits `sat`
    satisfy all, in their order: sentences satisfy the same few sets of clauses, so each set's frames are picked
    once, not tested one by one per sentence (a sentence lacking a word every match of a frame holds skips it)."""
    needs = _frames_need_of(lang)[0]
    return tuple((order, fr, lc) for order, (fr, lc, need) in enumerate(zip(_frames_of(lang), _frames_lc_of(lang), needs))
                 if sat & need == need)


@lru_cache(maxsize=None)
def _words_in_tokens(lang: str) -> bool:
    """Whether no word of the frames' clauses (_frames_need_of) holds a whitespace character: then every place a word
    stands in a sentence lies inside one of its whitespace-free runs (str.split), and the words a sentence holds are
    those its runs hold, each run read alone (_token_clauses)."""
    return not any(c.isspace() for w in _frames_need_of(lang)[2] for c in w)


# language -> whitespace-free run of a lower-cased masked sentence -> the clauses it satisfies (_token_clauses), kept
# across documents (keyed on the run itself, an immutable string; emptied when it holds more than _TOKENS_KEPT runs): a
# sentence's runs are the same few thousand words page after page
_TOKEN_CLAUSES: dict[str, dict[str, int]] = {}
_TOKENS_KEPT = 1 << 16


def _token_clauses(lang: str, token: str) -> int:
    """The clauses (_frames_need_of) the words in one whitespace-free run of a lower-cased masked sentence satisfy: the
    longest word at each of its positions, as find_frames reads a whole sentence (where the look-ahead at each position
    costs about 850 instructions a character: valgrind, 39M of a data/raw pass; a run looked up in _TOKEN_CLAUSES costs
    a dict's lookup)."""
    _, longest, satisfies = _frames_need_of(lang)
    sat = 0
    for w in set(longest.findall(token)):
        sat |= satisfies[w]
    return sat


def find_frames(text: str, start: int, end: int, places: list[Place]) -> list[Frame]:
    """Every frame of frames.csv in text[start:end], in text order; an earlier row wins a tie."""
    masked, mstarts, tstarts = mask(text, start, end, places)
    if _MARK not in masked:
        return []
    found: list[tuple[int, int, Frame]] = []
    low = lower_text(masked)
    _, longest, satisfies = _frames_need()
    sat = -1   # the clauses the sentence satisfies (_frames_need_of), all where there is no lower-cased copy
    if low is not None and longest is not None:
        sat = 0
        lang = current_language()
        if _words_in_tokens(lang):
            known = _TOKEN_CLAUSES.setdefault(lang, {})
            if len(known) > _TOKENS_KEPT:
                known.clear()
            for token in low.split():
                hit = known.get(token)
                if hit is None:
                    hit = known[token] = _token_clauses(lang, token)
                sat |= hit
        else:
            for w in set(longest.findall(low)):
                sat |= satisfies[w]
    for order, (name, kind, rep, par, rx), lc in _frames_open(current_language(), sat):
        for m in (lc.finditer(low) if low is not None and lc is not None else rx.finditer(masked)):
            roles = {r: places[int(m.group(r))] for r in ("A", "B") if r in rx.groupindex and m.group(r)}
            a, b = roles.get(rep), roles.get(par)
            if a is not None and b is not None and a.name == b.name:
                continue
            if name in _VERB_SUBJECT_FRAMES and rep == "A":
                a = _capital_subject(a, b)
                # rule capital_partner: "Бразилиа закупила у Москвы зерновых на сумму в 108,5 млн долларов" (r-nk.com):
                # a country (or a capital read as one) that buys from another country's capital buys from that country
                b = _capital_subject(b, a) if a is not None and a.kind == "country" else b
            if name == "bare_flow_to" and a is not None and a.kind != "country":
                continue  # "Russian exports to Egypt": a demonym's flow is reporter rule demonym_flow's
            if name in _DEMONYM_PARTNER_FRAMES and (b is None or b.kind != "demonym"):
                continue  # "imports of Chinese products": the goods' origin; "imports of China rose": China's own
            if kind == "flow" and "B" in rx.groupindex and _LIST_AFTER.match(masked, m.end("B") + 1):
                continue
            if kind == "flow" and len(roles) == 1 and name not in _LOCATIVE_FRAMES and _located_not_bound(text, roles):
                continue   # "реэкспорта продукции в Грузии": where the flow is counted, no destination (rule locative_place)
            found.append((_to_text(m.start(), mstarts, tstarts), order,
                          Frame(name, kind, _to_text(m.start(), mstarts, tstarts),
                                _to_text(m.end(), mstarts, tstarts), a, b)))
    found.sort(key=lambda t: (t[0], t[1]))
    return [f for _, _, f in found]


def frame_for(frames: list[Frame], fig_start: int, fig_end: int, lo: int, hi: int,
              kind: str | None = None, text: str = "", stops: tuple[int, ...] = ()) -> Frame | None:
    """The frame of a figure: one around it, else the nearest before it, else one just after
    in the same clause (no comma or semicolon between: ", with Indonesia's imports" is another clause).
    stops: places; a frame before the figure with one of them in between is another item's
    ("turnover with Russia increased by 3.5 times, with Kazakhstan - by 4.2 times")."""
    return _nearest_frame(frames, fig_start, fig_end, lo, hi, kind, text, stops, False)[0]


def frame_for_own_clause(frames: list[Frame], fig_start: int, fig_end: int, lo: int, hi: int,
                         text: str = "", stops: tuple[int, ...] = ()) -> tuple[Frame | None, bool]:
    """frame_for, where a frame before the figure beyond a comma or semicolon yields to one just after the figure in
    its own clause ("На две трети обвалился экспорт в Беларусь, на 20% снизился импорт из Китая": China's), and
    whether that decided: frame_for would take another frame (rule frame_own_clause)."""
    best, plain = _nearest_frame(frames, fig_start, fig_end, lo, hi, None, text, stops, True)
    return best, best is not plain


def _nearest_frame(frames: list[Frame], fig_start: int, fig_end: int, lo: int, hi: int, kind: str | None, text: str,
                   stops: tuple[int, ...], own_clause: bool) -> tuple[Frame | None, Frame | None]:
    """The frame of frame_for (own_clause: of frame_for_own_clause), and the one frame_for would take: both in one
    pass over the frames."""
    def text_between(a: int, b: int) -> str:
        return text[a:b] if text else ""

    best, best_cost = None, None
    plain, plain_cost = None, None
    for fr in frames:
        if (kind and fr.kind != kind) or fr.end < lo or fr.start > hi:
            continue
        penalty = 0
        if fr.start <= fig_start and fr.end >= fig_end:
            cost = 0
        elif fr.end <= fig_start:
            # "between Morocco and the European Union (EU) was estimated at": the bracketed short name
            # of the frame's last place is no other item's (rule bracket_alias)
            if any(fr.end <= x < fig_start and not _BRACKET_ALIAS.fullmatch(text_between(fr.end, x)) for x in stops):
                continue
            cost = fig_start - fr.end
            if own_clause and (_CLAUSE_END.search(text_between(fr.end, fig_start))):
                penalty = _OTHER_CLAUSE
        elif fr.start >= fig_end and fr.start - fig_end <= 60 and "," not in text_between(fig_end, fr.start) \
                and ";" not in text_between(fig_end, fr.start) \
                and not _AS_CLAUSE.search(text_between(fig_end, fr.start)) \
                and not _CONTRAST_CLAUSE.search(text_between(fig_end, fr.start)) \
                and not cause_gap(text_between(fig_end, fr.start)):
            cost = (fr.start - fig_end) * 2 + 20
        else:
            continue
        if best_cost is None or cost + penalty < best_cost:
            best, best_cost = fr, cost + penalty
        if own_clause and (plain_cost is None or cost < plain_cost):
            plain, plain_cost = fr, cost
    return best, (plain if own_clause else best)
