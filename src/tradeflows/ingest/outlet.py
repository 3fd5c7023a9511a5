"""The country of a page's outlet, read from its web address's country-code domain.

A weak hint, kept for pages whose head names no place at all ("В апреле экспорт РК ...
сократился" on rki.kbs.co.kr, "Объем внешней и взаимной торговли ... вырос" on utrk.kg):
relate uses it only then, as the subject rule `outlet`. Domains sold as generic names
(.io, .co, .tv, ...: data/generic_tlds.txt) say nothing; "uk" is the United Kingdom.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?((?:[a-z0-9-]+\.)+([a-z]{2}))(?=[/:?#)\s]|$)", re.I)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    text = resources.files("tradeflows").joinpath("data", "generic_tlds.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def outlet_country(*addresses: str | None) -> str | None:
    """ISO alpha-3 of the first address's country-code domain (a URL, or an outlet name that
    holds its domain: "KBS World Radio Russian (rki.kbs.co.kr)"); None for a generic one."""
    import pycountry
    for a in addresses:
        a = (a or "").strip()
        if "://" in a:
            a = urlsplit(a).hostname or ""   # the host only: never a dotted word of the path
        m = _HOST.search(a)
        if m is None:
            continue
        tld = m.group(2).lower()
        if tld in _generic():
            return None
        c = pycountry.countries.get(alpha_2="GB" if tld == "uk" else tld.upper())
        return c.alpha_3 if c is not None else None
    return None
