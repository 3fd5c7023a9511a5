"""Mutational fuzzing of extract and relate: real sentences, damaged the way text is.

Sentences come from every development corpus of data/eval_sets.csv (held-out documents
left out) and the phrasing table. A mutation
inserts, deletes or replaces characters drawn from MUTATION_CHARS: digits, currency signs,
scale words and letters, dashes, Unicode spaces and minus signs, and the letters that
case-insensitive patterns pair with others (the long s, the Kelvin sign).

check(raw) runs one sentence through clean -> extract -> relate and returns the problems:
a rule that threw (a warning: isolation caught it), a figure whose offsets lie outside its
text or do not map back to the raw text. tests/test_fuzz.py runs a fixed budget of
hypothesis examples in `make test`; `make fuzz` runs `python tests/fuzzing.py -n N`, which
also checks that time stays linear in the input (a timing, so never in the unit tests).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "data" / "eval_sets.csv"
PHRASINGS = ROOT / "tests/data/phrasings.tsv"


# what a mutation puts into a sentence, by kind (each kind drawn equally often)
MUTATION_CHARS = {
    "digit": list("0123456789") + ["\u00b2", "\u0663", "\uff15", "\u0968"],  # ², Arabic-Indic, fullwidth, Devanagari
    "currency": list("$€£¥₹₽₸₩₫₺₦") + ["US$", "NZ$", "RM", "Rs", "Br", "руб.", "R", "N", "SR", "Dh"],
    "scale": ["b", "bn", "m", "mn", "k", "kn", "tn", "mln", "bln", "trln", "lakh", "crore",
              "billion", "million", "thousand", "млн", "млрд", "тыс"],
    # the long s, the Kelvin sign, the Turkish dotted and dotless i, sharp s, the ff ligature
    "letter": list("abkmnstBKMNST") + ["\u017f", "\u212a", "\u0130", "\u0131", "\u00df", "\ufb00"],
    "punct": list(".,;:%()[]/'\"!?") + ["%", " percent", " times", "-fold"],
    "dash": ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"],
    "space": [" ", "\u00a0", "\u2009", "\u202f", "\u2007", "\u200b", "\t", "\n", "\n\n", "\r\n"],
    "sign": ["-", "+", "\u2212", "\u00b1", "\ufe63", "\uff0d"],
}
KINDS = sorted(MUTATION_CHARS)
OPS = ("insert", "delete", "replace")
# time per character may grow this much from 32 to 256 copies before the run fails: a
# quadratic rule grows it ~8 times; timer noise on a shared machine reaches ~3 on tiny inputs
LINEAR_LIMIT = 4.0
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-Я\"'(])|\n")


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    """Every sentence with a digit in the development corpora and the phrasing table."""
    out: list[str] = []
    from tradeflows.evaluate import load_sets
    for dev in load_sets(SETS):
        folder, skip = dev.raw, dev.heldout
        for path in sorted(folder.glob("*.txt")):
            if path.name in skip:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            out.extend(s.strip()[:600] for s in _SPLIT.split(text) if any(ch.isdigit() for ch in s))
    if PHRASINGS.exists():
        for line in PHRASINGS.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.append(line.split("\t")[0])
    return tuple(s for s in dict.fromkeys(out) if s)


def mutate(sentence: str, edits: list[tuple[str, float, str, int]]) -> str:
    """Apply edits (op, where in 0..1, kind, choice) to a sentence, in order."""
    s = sentence
    for op, where, kind, choice in edits:
        pieces = MUTATION_CHARS[kind]
        piece = pieces[choice % len(pieces)]
        i = min(int(where * (len(s) + 1)), len(s))
        if op == "insert":
            s = s[:i] + piece + s[i:]
        elif op == "delete" and s:
            i = min(i, len(s) - 1)
            s = s[:i] + s[i + 1 + choice % 3:]
        elif op == "replace" and s:
            i = min(i, len(s) - 1)
            s = s[:i] + piece + s[i + 1:]
    return s


def random_edits(rng: random.Random) -> list[tuple[str, float, str, int]]:
    return [(rng.choice(OPS), rng.random(), rng.choice(KINDS), rng.randrange(64))
            for _ in range(rng.randint(1, 6))]


def check(raw: str, fmt: str = "web") -> list[str]:
    """The problems of one text through clean -> extract -> relate: rules that threw, and
    figures whose offsets are outside the texts or do not map back to the raw text."""
    from tradeflows.errors import Warnings
    from tradeflows.pipeline import figures_of_clean
    from tradeflows.text.clean import clean_text

    warnings = Warnings()
    try:
        c = clean_text(raw, fmt, "fuzz.txt")
        figs = figures_of_clean(c, "fuzz.txt", warnings=warnings)
    except Exception as e:   # a stage that throws outside the per-rule guards is a problem, not the end of the run
        return [f"threw {type(e).__name__}: {e}"]
    problems = list(warnings)
    for f in figs:
        if not (0 <= f.clean_start < f.clean_end <= len(c.text)):
            problems.append(f"clean offsets {f.clean_start}:{f.clean_end} outside {len(c.text)}")
        elif not (0 <= f.char_start < f.char_end <= len(raw)):
            problems.append(f"raw offsets {f.char_start}:{f.char_end} outside {len(raw)}")
        elif c.raw_span(f.clean_start, f.clean_end) != (f.char_start, f.char_end):
            problems.append(f"{f.figure!r}: raw span {(f.char_start, f.char_end)} is not the "
                            f"clean span's {c.raw_span(f.clean_start, f.clean_end)}")
    return problems


def _seconds(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        check(text)
        best = min(best, time.perf_counter() - t)
    return best


def linearity(samples: list[str], small: int = 32, large: int = 256) -> tuple[float, str]:
    """The worst ratio, over samples, of time per character at `large` copies of a sentence
    to time per character at `small` copies (1.0: linear; a quadratic rule gives ~large/small).
    Enough copies that a document's fixed costs do not weigh on the smaller one."""
    worst, which = 0.0, ""
    for s in samples:
        a = _seconds(" ".join([s] * small)) / small
        b = _seconds(" ".join([s] * large)) / large
        if a > 0 and b / a > worst:
            worst, which = b / a, s
    return worst, which


# Texts made of one unit repeated ("1111...", "$$$$...", "1 times 1 times ..."): a rule that
# backtracks over a run of digits or signs turns quadratic on them (once a unit test, timed;
# a timing belongs here, run by `make fuzz`, not in the unit tests).
ADVERSARIAL = ["1", " ", "$$$", "1.1.1.", "1,1,1,", "%%%%", "1 times 1 times ", "-", "1-1-1-"]


def adversarial_linearity(small: int = 25_000, large: int = 200_000) -> tuple[float, str]:
    """The worst ratio, over ADVERSARIAL units, of time per character at `large` characters
    of the repeated unit to time per character at `small` characters (1.0: linear)."""
    worst, which = 0.0, ""
    for unit in ADVERSARIAL:
        def text(n: int) -> str:
            return (unit * (n // len(unit) + 1))[:n]
        a = _seconds(text(small)) / small
        b = _seconds(text(large)) / large
        if a > 0 and b / a > worst:
            worst, which = b / a, unit * 3
    return worst, which


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=100_000, help="mutated sentences to try")
    ap.add_argument("--seconds", type=float, default=None,
                    help="stop after this many seconds (or -n sentences, whichever comes first)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--linear", type=int, default=20,
                    help="mutated sentences whose time is checked for linearity")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    pool = sentences()
    crashes: list[tuple[str, list[str]]] = []
    t0 = time.perf_counter()
    done = 0
    for i in range(args.n):
        if args.seconds is not None and time.perf_counter() - t0 > args.seconds:
            break
        done += 1
        s = mutate(rng.choice(pool), random_edits(rng))
        problems = check(s)
        if problems:
            crashes.append((s, problems))
            print(f"PROBLEM {s!r}: {problems[0]}", file=sys.stderr)
        if (i + 1) % 10_000 == 0:
            print(f"  {i + 1} sentences, {len(crashes)} with problems, "
                  f"{time.perf_counter() - t0:.0f} s", file=sys.stderr)
    ratio, worst = max(linearity([mutate(rng.choice(pool), random_edits(rng))
                                  for _ in range(args.linear)]), adversarial_linearity())
    print(f"fuzz: {done} mutated sentences from {len(pool)} real ones (seed {args.seed}): "
          f"{len(crashes)} with problems; time per character at 256 vs 32 copies of a sentence "
          f"(and of 200 vs 25 thousand characters of a repeated unit such as '1.1.1.'): "
          f"worst ratio {ratio:.2f} (1 = linear) in {time.perf_counter() - t0:.0f} s")
    print(f"fuzz: {'not linear' if ratio > LINEAR_LIMIT else 'slowest to grow'}: {worst[:200]!r}", file=sys.stderr)
    return 1 if crashes or ratio > LINEAR_LIMIT else 0


if __name__ == "__main__":
    sys.exit(main())
