"""States that no longer exist (ISO 3166-3, pycountry's historic_countries) as places of the registry.

A retrospective page's trade is the USSR's, the GDR's or Czechoslovakia's, and an economist's panel writes them with the
codes the standard withdrew them under (SUN, DDR, CSK, YUG), not with a successor's: the registry reads them as
countries, with those codes and their old numeric codes (M49). pycountry writes their names as an index does
("USSR, Union of Soviet Socialist Republics", "Upper Volta, Republic of"); the names prose uses are read off that form
(`prose_names`). A current country keeps every name it has: a historic alias already taken, or one that joins two current
countries ("Serbia and Montenegro", which later pages name as two), is left out (rule historic_country).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Historic", "historic_countries", "joins_countries", "prose_names"]

# "(Socialist) Federal Republic of": a capitalised word in brackets is optional; a lower-case bracket is a comment on the
# name ("Pacific Islands (trust territory)"), which prose never writes, so such a name gives no alias
_OPTIONAL = re.compile(r"\(([A-Z][^()]*)\)\s*")


@dataclass(frozen=True)
class Historic:
    iso3: str
    numeric: int | None
    name: str            # the short name: the index form's head ("USSR"), else its long form
    aliases: tuple[str, ...]


def prose_names(index_name: str) -> list[str]:
    """The names prose gives a state pycountry writes in index form, the head first: "USSR, Union of Soviet Socialist
    Republics" -> USSR, Union of Soviet Socialist Republics; "Upper Volta, Republic of" -> Upper Volta, Republic of Upper
    Volta; "France, Metropolitan" -> France, Metropolitan France; "Yugoslavia, (Socialist) Federal Republic of" -> both
    long forms. A middle part ("Yemen, Democratic, People's Democratic Republic of") is the index's, not a name."""
    if "(" in _OPTIONAL.sub("", index_name):
        return []
    variants = {_OPTIONAL.sub(r"\1 ", index_name), _OPTIONAL.sub("", index_name)}
    out: list[str] = []
    for v in sorted(variants, key=len, reverse=True):
        parts = [p.strip() for p in v.split(",")]
        head, last = parts[0], parts[-1]
        names = [head]
        if len(parts) > 1:
            if last.endswith(" of"):
                names.append(f"{last} {head}")
            elif " " in last:
                names.append(last)
            else:
                names.append(f"{last} {head}")
        out += [n for n in names if n not in out]
    return out


@lru_cache(maxsize=1)
def historic_countries() -> tuple[Historic, ...]:
    """Every state of ISO 3166-3 whose alpha-3 code is no current country's (pycountry, read once)."""
    import pycountry
    current = {c.alpha_3 for c in pycountry.countries}
    out = []
    for c in pycountry.historic_countries:
        code = getattr(c, "alpha_3", None)
        names = prose_names(c.name)
        if not code or code in current or not names:
            continue
        numeric = getattr(c, "numeric", None)
        out.append(Historic(code, int(numeric) if numeric else None, names[0], tuple(names)))
    return tuple(out)


def joins_countries(alias: str, known) -> bool:
    """Whether an alias is current names joined by "and" ("Serbia and Montenegro"): `known(part)` for each part."""
    parts = alias.split(" and ")
    return len(parts) > 1 and all(known(p) for p in parts)
