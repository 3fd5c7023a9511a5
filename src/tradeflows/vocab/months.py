"""English month names as data (vocab/en/months.csv), for the stages that read dates
(ingest) and periods (facts) alike: one table, not a list in each module."""
from __future__ import annotations

from functools import lru_cache

from tradeflows.vocab import fold, read_csv


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    return tuple((int(r["number"]), r["name"], tuple((r.get("abbreviations") or "").split()))
                 for r in read_csv("months.csv", "en"))


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """{folded name or abbreviation: 1-12}: "january" -> 1, "sept" -> 9."""
    return {fold(w): n for n, name, abbr in _rows() for w in (name,) + abbr}


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """{folded full name: 1-12}: "january" -> 1 (no abbreviations)."""
    return {fold(name): n for n, name, _ in _rows()}


def month_number(word: str) -> int:
    """1-12 of a month name or abbreviation as written ("Dec.", "december"); KeyError else."""
    return month_numbers()[fold(word.rstrip("."))]


@lru_cache(maxsize=2)
def month_pattern(abbreviations: bool = False) -> str:
    """A non-capturing regex alternation of the month names (longest first), with their
    abbreviations and an optional dot after them when asked."""
    words = [name for _, name, _ in _rows()]
    if abbreviations:
        words += [a for _, _, abbr in _rows() for a in abbr]
    body = "|".join(sorted(words, key=len, reverse=True))
    return rf"(?:{body})\.?" if abbreviations else rf"(?:{body})"
