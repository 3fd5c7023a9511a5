"""Names of reporters and partners: what kind of thing a name is (country, organization, region).

Split from dataset/cues.py: cell keys (norm_name), whether a name is the country itself, the
short country label, and an entity reporter's canonical name and country (vocab
organizations.csv and the place registry the relate stage names places with).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tradeflows.facts import places
from tradeflows.vocab import read_csv

def norm_name(name: str) -> str:
    """A name as a cell key: accents, case, spacing and a leading "the" do not count."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"\s+", " ", s.replace("\u2019", "'").casefold().strip().strip("."))
    return s[4:] if s.startswith("the ") else s


@lru_cache(maxsize=4096)
def lookup(name: str):
    """The place a name is nothing but (a few distinct names per corpus: cached)."""
    name = " ".join(name.split())
    return places.lookup(name[4:] if name.lower().startswith("the ") else name)


def is_country_itself(name: str | None, iso3: str | None) -> bool:
    """True when `name` is the country `iso3` itself, not a region, city or company of it
    (the place registry decides, the same one the relate stage names places with)."""
    if not iso3:
        return False
    if name is None or not name.strip():
        return True
    place = lookup(name)
    return place is not None and place.kind == "country" and place.iso3 == iso3.upper()


def country_label(iso3: str) -> str:
    """The short name economists use ("Russia", "Iran"), from the place registry."""
    try:
        return places.country(iso3)
    except KeyError:
        return iso3


m49 = places.m49


@lru_cache(maxsize=1)
def _organizations() -> dict[str, tuple[str, str]]:
    """Organization alias or name (normalised) -> (canonical name, country iso3)."""
    out = {}
    for r in read_csv("organizations.csv"):
        out[norm_name(r["alias"])] = out[norm_name(r["name"])] = (r["name"], r["iso3"])
    return out


def reporter_class(name: str | None, iso3: str | None) -> str:
    """country, organization, region or other: what kind of thing reports the flow."""
    if is_country_itself(name, iso3):
        return "country"
    if name and norm_name(name) in _organizations():
        return "organization"
    place = lookup(name) if name and name.strip() else None
    if place is not None and place.kind == "region":
        return "region"
    return "other"


def entity_of(name: str, iso3: str) -> tuple[str, str]:
    """(canonical name, country) of an entity reporter: BUTB -> (BUCE, BLR), Sakhalin region
    -> (Sakhalin Oblast, RUS); the registry's country wins over the figure's reporter_iso3."""
    org = _organizations().get(norm_name(name))
    if org:
        return org[0], (org[1] or iso3).upper()
    place = lookup(name)
    if place is not None:
        return place.name, (place.iso3 or iso3).upper()
    return " ".join(name.split()), iso3.upper()
