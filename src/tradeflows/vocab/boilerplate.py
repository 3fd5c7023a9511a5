"""Web-page boilerplate lines (vocab/<lang>/boilerplate.txt) as two patterns, built once.

Read by the web layout (text/layout.py) and by the PDF reader for a page printed from a
browser (ingest/pdf.py), whose text layer holds the page's menus, banners and share bars.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import read_lines


# a line this long is the story's own text: a "stop:" line ends the page only after one (a list of other stories
# above the article is dropped alone, never the article after it)
STORY_WORDS = 12


@lru_cache(maxsize=1)
def boilerplate() -> tuple[re.Pattern, re.Pattern]:
    """(drop, stop): a whole stripped line matching `drop` is boilerplate; one matching
    `stop` ("stop:" lines of the file) starts the navigation matter that ends a page."""
    drop, stop = [], []
    for line in read_lines("boilerplate.txt"):
        (stop if line.startswith("stop:") else drop).append(line.removeprefix("stop:"))
    return (re.compile("|".join(f"(?:{p})" for p in drop), re.I),
            re.compile("|".join(f"(?:{p})" for p in stop), re.I))
