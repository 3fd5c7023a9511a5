"""Session 60, speedG60: the partner side's savings give the answers of the code they replaced.

- context._read_alone: Doc.sentences_may_hold's sentences read alone, found by maps over all sentences, are those
  _scan_slice gives None for (one call a sentence before).
- context._grouped_lower_copy: the cue tables' lower-cased copies, made a trie of their phrases, find the matches of
  the plain lower-cased copy (lower_copy) of the re.I alternation, in English and Russian, on the tuned pages and on
  texts glued from the phrases (cut short, spaces made runs of whitespace, words run together).
"""
import random
import re
from pathlib import Path
from types import SimpleNamespace as NS

from tradeflows.facts import context as C
from tradeflows.vocab import alternation, fold, read_csv_over_en
from tradeflows.vocab.lowercase import lower_copy, lower_text
from tradeflows.vocab.skip import skip_compile

ROOT = Path(__file__).resolve().parent.parent


def _random_case(rng):
    n = rng.randint(1, 70)
    text = "".join(rng.choice("ab  .\n-") for _ in range(n))
    cuts = sorted(rng.sample(range(n + 1), min(n + 1, rng.randint(2, 14))))
    sentences = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, rng.choice((1, 2)))]
    found, pos = [], 0
    while pos < n:
        a = rng.randint(pos, n)
        b = rng.randint(a, min(n, a + 8))
        if found and rng.random() < 0.2:
            a = found[-1].start   # (two places may start at one position)
        found.append(NS(start=a, end=b))
        pos = max(b, a + 1)
    found.sort(key=lambda p: p.start)
    return text, sentences, found


def test_read_alone_is_scan_slice_none():
    rng = random.Random(60)
    for _ in range(5000):
        text, sentences, found = _random_case(rng)
        starts = [p.start for p in found]
        want = [si for si, (s, e) in enumerate(sentences) if C._scan_slice(text, s, e, found, starts) is None]
        assert list(C._read_alone(text, sentences, found, starts)) == want


def _texts():
    out = []
    for folder in (ROOT / "data" / "raw", ROOT / "data" / "russian" / "raw"):
        out += [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))[:12]]
    return out


def test_trie_lower_copy_matches_the_plain_lower_copy():
    rng = random.Random(62)
    texts = [t for t in map(lower_text, _texts()) if t is not None]
    n = 0
    for lang in ("en", "ru"):
        tables = ({fold(r["cue"]) for r in read_csv_over_en("measures.csv", lang)},
                  {fold(r["cue"]) for r in read_csv_over_en("status.csv", lang)},
                  {r["alias"] for r in read_csv_over_en("organizations.csv", lang)})
        for phrases in tables:
            rx = skip_compile(rf"\b(?:{alternation(phrases)})\b", re.I)
            trie, plain = C._grouped_lower_copy(phrases, rx), lower_copy(rx)
            words = sorted(phrases)
            glued = []
            for _ in range(300):
                parts = []
                for _ in range(rng.randint(1, 8)):
                    w = rng.choice(words)
                    if rng.random() < 0.3:
                        w = w[:rng.randint(1, len(w))]
                    if rng.random() < 0.3:
                        w = w.replace(" ", rng.choice(["  ", "\n", " \t "]))
                    parts.append(rng.choice([" ", "", "-", "s ", ".", "x"]) + w)
                glued.append(lower_text("".join(parts)) or "")
            for t in texts + glued:
                got = [m.span() for m in trie.finditer(t)]
                assert got == [m.span() for m in plain.finditer(t)]
                s = rng.randint(0, len(t))
                e = rng.randint(s, len(t))
                assert [m.span() for m in trie.finditer(t, s, e)] == [m.span() for m in plain.finditer(t, s, e)]
                n += len(got)
    assert n > 10000
