"""Sentence splitting that survives "No. 1", "V.I.Kozlov", "U.S.", "Jan.", decimals and "<...>"."""
from __future__ import annotations

from functools import lru_cache

from tradeflows.vocab import read_csv_all, read_lines_all
from tradeflows.vocab.skip import skip_compile

# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# whitespace, then something that can open a sentence.
# an orphan closing quote after the space ('industry. " In addition') ends the sentence too
# Capitals of every script the vocabularies cover open a sentence (Latin, Cyrillic).
# A page that lost the space after a full stop ("... (Destatis).China has been ... since 2016.According to"):
# a word, year or bracket, '.', then a capitalised word, Latin or Cyrillic, before a space or a comma (no initials, no
# "U.S.", no decimals: "in the fourth quarter of 2012.Historically, from 1995 until 2012"); a two-letter word too
# after a long one ("на 56,5% больше.На фоне пандемии ... с марта прошлого года": rule glued_short_opener)
_BOUNDARY = skip_compile(r"[.!?]+[\"”’»)]*(?:\s+[\"”’»](?=\s))?"
                         r"(\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9$€£])|(?<=[a-zа-яё0-9)%]\.)(?<![A-ZА-ЯЁ][a-zа-яё]\.)"
                         r"(?=[A-ZА-ЯЁ][a-zа-яё]{2,}[\s,])|(?<=[a-zа-яё]{5}\.)(?=[A-ZА-ЯЁ][a-zа-яё]\s))")
# "Including trade data with Botswana, Lesotho, Namibia and Swaziland (BLNS) The R12-billion trade balance surplus for June
# 2018 is attributable to ..." (it-online.co.za, pulse.ng: SARS's releases with their subheading run into the text): an
# acronym in brackets, then "The" opening a clause, is a heading's end, no full stop written (rule heading_run_in)
_HEADING_RUN = skip_compile(r"\([A-Z]{2,6}\)(\s+)(?=The\s)")
# the abbreviations of a scale that a glued capitalised word after them ends the sentence of
_SCALE_ABBREVIATIONS = frozenset({"млн", "млрд", "трлн", "тыс", "bn", "mln", "bln"})
_TOKEN_BEFORE = skip_compile(r"(\S+?)[.!?]+[\"”’»)]*$")
_CLOSERS = "\"”’»)"   # (_TOKEN_BEFORE's closing quotes and brackets)
_INITIALS = skip_compile(r"^(?:[A-ZА-ЯЁ]\.)*[A-ZА-ЯЁ]$")   # (ends on a capital: split_sentences asks that first)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The tokens of abbreviations.txt, and every currency sign written with a period before its amount in
    currencies.csv ("Rs. 24.8 billion", "JD. 4351.1 million", "Kshs. 1.3 trillion"): none ends a sentence."""
    signs = {r["alias"][:-1] for r in read_csv_all("currencies.csv")
             if r.get("alias", "").endswith(".") and r.get("position") in ("before", "both")}
    return frozenset(w for w in read_lines_all("abbreviations.txt") if " " not in w) | signs


@lru_cache(maxsize=1)
def _joined() -> dict[str, tuple[str, ...]]:
    """Abbreviations that end no sentence before one word only ("долл. США": a sentence may end
    on "долл." but not inside "долл. США"): the list's lines written "word. Next"."""
    out: dict[str, list[str]] = {}
    for line in read_lines_all("abbreviations.txt"):
        if " " in line:
            word, nxt = line.split(None, 1)
            out.setdefault(word.rstrip("."), []).append(nxt)
    return {k: tuple(v) for k, v in out.items()}


def ends_on_abbreviation(line: str) -> bool:
    """The line ends on an abbreviation's dot ("34,9 тыс.", "5 млрд долл.", "в 2014 г."): a scale's, a listed one or
    one that ends no sentence before one word only. (text/clean.py: rule wrapped_after_abbreviation)"""
    tok = _TOKEN_BEFORE.search(line.rstrip().rsplit(None, 1)[-1]) if line.strip() else None
    if not tok or not line.rstrip().endswith("."):
        return False
    word = tok.group(1).lstrip("(\"“«[").rpartition(".")[2] or tok.group(1)
    return word.lower() in _SCALE_ABBREVIATIONS or word in abbreviations() or word in _joined()


# a count glued to the word after it ("1млрд."): read apart from the word (rule glued_scale_count)
_GLUED_COUNT = skip_compile(r"^\d+(?:[.,]\d+)?(?=[^\W\d_])")


def _boundaries(text: str, start: int, end: int):
    """_BOUNDARY.finditer(text, start, end), found from the stops instead of a class test at every character (a
    sentence stop is some 1 character in 160). Exact: a match opens on one of ".!?" ([.!?]+ is the pattern's first
    item), so the leftmost match from a position is the first that _BOUNDARY.match finds at the stops past it, in
    order (match reads behind its position as search does); a match is never empty, and the next is looked for from
    its end, as finditer does. Each stop is found by str.find, its next place kept until passed."""
    match, find = _BOUNDARY.match, text.find
    dot, bang, query = find(".", start, end), find("!", start, end), find("?", start, end)
    if bang < 0 and query < 0:   # (most paragraphs: full stops alone)
        while dot >= 0:
            m = match(text, dot, end)
            if m is None:
                dot = find(".", dot + 1, end)
            else:
                yield m
                dot = find(".", m.end(), end)
        return
    p = start
    while True:
        if dot >= 0 and dot < p:
            dot = find(".", p, end)
        if bang >= 0 and bang < p:
            bang = find("!", p, end)
        if query >= 0 and query < p:
            query = find("?", p, end)
        q = min((x for x in (dot, bang, query) if x >= 0), default=-1)
        if q < 0:
            return
        m = match(text, q, end)
        if m is None:
            p = q + 1
        else:
            yield m
            p = m.end()


def _next_item(text: str, spans: list, s: int, at: int, n: int) -> bool:
    """The number n at `at`, after a space within the sentence from s, goes on with a list: the sentence before s is
    the list's number n - 1 alone ("1." then "China, ... $184,721m 2."; rule list_number)."""
    if n < 2 or at - 1 <= s or not text[at - 1].isspace() or not spans:
        return False
    ps, pe = spans[-1]
    return text[ps:pe] == f"{n - 1}."


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of text[start:end], in text coordinates."""
    end = len(text) if end is None else end
    abbrev = abbreviations()
    joined = _joined()
    spans, s = [], start
    # (") The" looked for in place: the paragraph is not copied to be read)
    runs = [m for m in _HEADING_RUN.finditer(text, start, end)] if text.find(") The", start, end) >= 0 else []
    for m in (sorted(list(_boundaries(text, start, end)) + runs, key=lambda m: m.start()) if runs
              else _boundaries(text, start, end)):
        if m.re is _HEADING_RUN:
            if m.start(1) > s:
                spans.append((s, m.start(1)))
                s = m.end(1)
            continue
        ms = m.start()
        lo = ms - 40 if ms - 40 > s else s    # (the 40 characters before it, within this sentence)
        # the token is the stretch's last whitespace-free chunk (read alone: the same match, fast)
        g1s, g1e = m.span(1)
        # (the stretch ends where the match's punctuation does, m.group().split()[0]: the text up to group 1 unless
        # an orphan quote stands between, ". \"" before group 1, whose space is the text's second last)
        seg = text[ms:g1s]
        chunk = text[lo: ms + (len(seg.split()[0]) if seg[-2:-1].isspace() else len(seg))].rsplit(None, 1)
        # the token's _TOKEN_BEFORE group, read by two rstrips (exact): the chunk ends on the match's punctuation
        # ([.!?]+ then closers, two disjoint sets), so the lazy (\S+?) is the chunk with its longest such suffix
        # cut, the closers first and then the stops; a chunk of stops and closers alone is left to the regex
        word = chunk[-1].rstrip(_CLOSERS).rstrip(".!?") if chunk else ""
        if not word and chunk:
            tok = _TOKEN_BEFORE.search(chunk[-1])
            word = tok.group(1) if tok else ""
        word = word.lstrip("(\"“«[")
        # (isdecimal, not isdigit: "7²" is digits to isdigit and no number to int)
        if word.isdecimal() and len(word) <= 2 and text[ms] == "." and _next_item(text, spans, s, ms - len(word), int(word)):
            # "1. China, down $4,332m (-2%) to $184,721m 2. Japan, up $54,648m (84%) to $119,733m" (abs.gov.au, a
            # numbered list glued into one line): the next number of a list whose number n - 1 stood alone as the
            # sentence before ends the item before it and stands alone as a paragraph's "1." does (rule list_number)
            at = e = ms - len(word)
            while e > s and text[e - 1].isspace():
                e -= 1
            spans.append((s, e))
            spans.append((at, ms + 1))
            s = g1e
            continue
        if word not in joined and "." in word and word.rpartition(".")[2] in joined:   # (no dot: the word itself)
            word = word.rpartition(".")[2]   # "85,1 млн.дол. США": the abbreviation glued to a scale's dot
        elif word[:1].isdigit() and word not in joined and _GLUED_COUNT.sub("", word) in joined:
            # "составил 1млрд. 72 млн. долларов США" (kabar.kg): the scale's abbreviation glued to its count is the
            # abbreviation, one amount with the part after it (rule glued_scale_count)
            word = _GLUED_COUNT.sub("", word)
        glued = not (g1s < g1e and text[g1s].isspace())   # (group 1 opens on no space)
        if (word in abbrev and not (glued and word.lower() in _SCALE_ABBREVIATIONS
                                    and not (word in joined and text.startswith(joined[word], g1e)))) \
                or (word[-1:].isupper() and _INITIALS.match(word)):
            # (a scale's abbreviation glued to a capitalised word ends its sentence: "вырос на 20,6%, до $34,129
            # млрд.Отмечается, что ...", a page that lost the space after the full stop)
            continue
        if word in joined and (text.startswith(joined[word], g1e)
                               or ("#" in joined[word] and text[g1e:g1e + 1].isdecimal())):
            continue   # ("долл. США"; "#": a digit, "2 млрд. 342 млн. долларов")
        # ("<..." ends the 40 characters before it and its first character; or "<" right before it)
        if (ms - 3 >= lo and text.startswith("<...", ms - 3)) or text[ms - 1: ms] == "<":
            continue
        spans.append((s, g1s))
        s = g1e
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return spans
