"""A title's change that the body restates as the change of a physical quantity is that quantity's change too (rule
physical_change, form physical_title).

"Импорт пшеницы вырос почти в два раза" (a title line) over "В первом квартале 2015 года в Азербайджан было поставлено
495 тыс. 611,5 тонн пшеницы, что примерно в два раза превышает показатель за тот же период прошлого года" (turan.az,
ruweb52 dm06): the body says the doubling is of tonnes, which the guidelines leave out; the title, naming no unit, says
the same.

A title here is a short paragraph (at most TITLE_CHARS) that ends with no full stop and holds no other figure; the body's
change is a later figure of the same value the physical rules dropped, and no change of that value the body keeps.
"""
from __future__ import annotations

from tradeflows.records import Figure

TITLE_CHARS = 120


def physical_title(d, out: list[Figure], physical: list[bool]) -> set[int]:
    """The indexes of out's title changes restated by a dropped physical change."""
    dropped = [(f.clean_start, f.value) for f, p in zip(out, physical) if p and f.kind == "growth"]
    if not dropped:
        return set()
    kept = [(f.clean_start, f.value) for f, p in zip(out, physical) if not p and f.kind == "growth"]
    found: set[int] = set()
    for i, (f, p) in enumerate(zip(out, physical)):
        if p or f.kind != "growth":
            continue
        a, b = _paragraph(d, f.clean_start)
        line = d.text[a:b].rstrip()
        if b - a > TITLE_CHARS or not line or line[-1] in ".!?…" \
                or any(g is not f and a <= g.clean_start < b for g in out):
            continue
        if any(s > b and v == f.value for s, v in dropped) and not any(s > b and v == f.value for s, v in kept):
            found.add(i)
    return found


def _paragraph(d, pos: int) -> tuple[int, int]:
    from bisect import bisect_right
    i = bisect_right(d.para_starts, pos) - 1
    return tuple(d.c.paragraphs[max(i, 0)])
