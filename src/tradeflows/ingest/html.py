"""Saved web pages: the article's text and its metadata, without menus, sidebars or scripts.

The main text comes from trafilatura (Apache-2.0), an extractor built and
evaluated for news pages: it keeps the article's paragraphs and drops
navigation, "most read" lists, cookie banners, comments, scripts and footers,
which otherwise bring numbers of their own. Paragraphs are kept one per line
with a blank line between them, so the web layout reads them as it reads a .txt
page. The publication date is read from the page's own metadata, in order of
trust: <meta> tags, JSON-LD, a <time> in the article, the page URL, then
htmldate (Apache-2.0) on the <head>; `published_source` names which. A page
with none of them is dated from its text, as a .txt is.
"""
from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path

from tradeflows.errors import DocumentError
from tradeflows.ingest.extracted import Extracted

# <meta property|name|itemprop=...> that carry the first publication date (lower case).
PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created",
    "dcterms.issued", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
    "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate",
)
MIN_SENTENCE_WORDS = 6
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)


def _ymd(m: re.Match) -> str | None:
    """YYYY-MM-DD of a match whose groups 1-3 are year, month and day; None if no such day."""
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _iso(value: str | None) -> str | None:
    """YYYY-MM-DD from a metadata value ("2019-06-21T10:00:00+04:00", "June 21, 2019")."""
    if not value or not value.strip():
        return None
    m = _ISO.search(value)
    if m:
        return _ymd(m)
    import dateparser
    d = dateparser.parse(value.strip()[:60], languages=["en"],
                         settings={"STRICT_PARSING": True})
    return d.date().isoformat() if d else None


def _from_meta(tree) -> str | None:
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in PUBLISHED_META:
            d = _iso(el.get("content"))
            if d:
                return d
    return None


def _walk_json(obj):
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _walk_json(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk_json(v)


def _from_json_ld(tree) -> str | None:
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        for node in _walk_json(data):
            d = _iso(node.get("datePublished") if isinstance(node.get("datePublished"), str) else None)
            if d:
                return d
    return None


def _from_time(tree) -> str | None:
    """The first <time datetime> inside the article (a sidebar's <time>s date other stories)."""
    for article in tree.iter("article"):
        for el in article.iter("time"):
            d = _iso(el.get("datetime"))
            if d:
                return d
        break
    return None


def _page_url(tree) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return el.get("href")
    for el in tree.iter("meta"):
        if (el.get("property") or "").lower() == "og:url" and el.get("content"):
            return el.get("content")
    return None


def _from_url(url: str | None) -> str | None:
    from tradeflows.ingest.dates import date_of_url
    return date_of_url(url)


def published_date(tree, url: str | None) -> tuple[str | None, str | None]:
    """(ISO date, source) from the page's metadata, or (None, None)."""
    for source, find in (("html:meta", _from_meta), ("html:json-ld", _from_json_ld),
                         ("html:time", _from_time)):
        d = find(tree)
        if d:
            return d, source
    d = _from_url(url)
    if d:
        return d, "html:url"
    # htmldate knows many more header conventions; it reads the <head> only, because on
    # the whole page it takes the <time> of a sidebar story for the page's date
    head = tree.find("head")
    if head is None or not len(head):
        return None, None
    from lxml import html as lxml_html
    from htmldate import find_date
    page = lxml_html.Element("html")
    page.append(copy.deepcopy(head))
    try:
        d = find_date(page, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - a date the library cannot read is no date
        d = None
    return (d, "html:htmldate") if d else (None, None)


def _encoding(data: bytes) -> str:
    m = _CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", "replace").lower()
        try:
            data.decode(name)
            return "utf-8" if name in ("utf8", "utf-8") else name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def extract_html(data: bytes, path: str | Path) -> Extracted:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    encoding = _encoding(data)
    html = data.decode(encoding, errors="replace")
    tree = load_html(html)
    if tree is None:
        raise DocumentError(path, "not a readable HTML page")
    url = _page_url(tree)
    published, source = published_date(tree, url)
    doc = bare_extraction(copy.deepcopy(tree), url=url, with_metadata=True,
                          include_comments=False, include_tables=True, deduplicate=False)
    text = getattr(doc, "text", None) if doc is not None else None
    paragraphs = [" ".join(p.split()) for p in (text or "").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    # what is left of a page without an article is menu labels: no sentence among them
    if not any(len(p.split()) >= MIN_SENTENCE_WORDS for p in paragraphs):
        raise DocumentError(path, "no article text found in the HTML page "
                                  "(only navigation, scripts or an empty body)")
    return Extracted(raw="\n\n".join(paragraphs) + "\n", input_type="html", encoding=encoding,
                     layout="web", title=getattr(doc, "title", None) or None,
                     site=getattr(doc, "sitename", None) or None,
                     published=published, published_source=source, url=url)
