"""Session 45's code mends (every prediction byte-identical): the rule modules' per-document caches are declared
fields of one object (facts/context.DocMemo), not keys poked into Doc.__dict__."""
from __future__ import annotations

import re
from pathlib import Path

from phrasing import fields

SRC = Path(__file__).resolve().parents[1] / "src" / "tradeflows"

# industryweek.com, "China's Trade Surplus More Than Doubles"
INDUSTRYWEEK = ("For the first four months of the year, the trade surplus totaled $33.8 billion dollars, a rise of 60.2% "
                "from the same period a year ago as exports increased 25.8% to $274.2 billion while imports rose 22.1% "
                "to $240.4 billion.\n")


def test_no_module_keeps_a_cache_in_an_objects_dict():
    """A rule module's cache of a document is a declared field (facts/context.DocMemo, figures/lang_ru.Doc) or a
    cached_property of the Doc, never a key set in an object's __dict__ nor an attribute set from outside it and asked
    for by hasattr/getattr (relate._replace and records.Figure.to_dict read a Figure's fields through __dict__, as a
    copy: no cache)."""
    poke = re.compile(r"__dict__\s*(?:\.\s*(?:setdefault|get|update|pop)\s*\(|\[)|(?:has|get)attr\(\w+,\s*\"_"
                      r"|\b(?:d|cl\.d)\._\w+\s*=(?!=)")
    found = [f"{p.relative_to(SRC)}:{i}" for p in sorted(SRC.rglob("*.py"))
             for i, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if poke.search(line) and p.name not in ("relate.py", "records.py")]
    assert found == []


def test_doc_memo_is_the_documents_own():
    """The clause cues measure reads (measure_cues.clause_cues) are kept in the document's DocMemo, read once per
    clause; another document of the same text starts with none."""
    from tradeflows.facts.context import Doc, DocMemo, cue_vocab
    from tradeflows.facts.measure_cues import clause_cues
    from tradeflows.text.clean import clean_text
    c = clean_text(INDUSTRYWEEK, "web")
    d, other = Doc(c, 2010), Doc(c, 2010)
    s, e = c.sentences[0]
    first = clause_cues(d, s, e, cue_vocab())
    assert clause_cues(d, s, e, cue_vocab()) is first
    assert [c.text[a:b] for a, b, *_ in first] == ["trade surplus", "exports", "imports"]
    assert list(d.memo.clause_cues.values()) == [first]
    assert isinstance(other.memo, DocMemo) and other.memo.clause_cues == {} and other.memo is not d.memo


def test_doc_memo_leaves_the_figures_as_they_were():
    """industryweek.com: the balance and both flows of one sentence, each with its measure, as before the mend."""
    assert fields(INDUSTRYWEEK, "measure", "reporter", "period_start", "period_end", pub_year=2010, pub_month=5) == [
        ("$33.8 billion", "balance", None, "2010-01", "2010-04"),
        ("60.2%", "balance", None, "2010-01", "2010-04"),
        ("25.8%", "exports", None, "2010-01", "2010-04"),
        ("$274.2 billion", "exports", None, "2010-01", "2010-04"),
        ("22.1%", "imports", None, "2010-01", "2010-04"),
        ("$240.4 billion", "imports", None, "2010-01", "2010-04"),
    ]


def test_one_reader_of_page_abbreviations_keeps_each_languages_patterns():
    """facts/places.page_abbreviations reads vocab page_abbreviations.csv of any language (there were two readers): an
    English abbreviation is no part of a dotted, ampersanded or hyphened name and its rivals are whole names as written;
    a Russian one's rivals are stems of any ending and case; the patterns are the two readers' patterns as they were."""
    from tradeflows.facts.places import page_abbreviations
    sa = page_abbreviations("en")[0]
    assert sa[0] == "SA" and sa[2:4] == ("ZAF", None)
    assert (sa[1].pattern, sa[1].flags & re.I) == (r"SA(?<![\w.&-]SA)(?![\w&-]|\.\w)", 0)
    assert (sa[4].pattern, sa[4].flags & re.I) == (r"\b(?:Saudi\ Arabia|South\ Australia|Saudi|Saudis|Adelaide)\b", 0)
    tat, tjk = page_abbreviations("ru")[:2]   # (s71: a row for Korea's РК after them)
    assert [r[0] for r in (tat, tjk)] == ["РТ", "РТ"] and (tat[2:4], tjk[2:4]) == (("RUS", "Tatarstan"), ("TJK", None))
    assert tat[1].pattern == r"РТ(?<![\w-]РТ)(?![\w-])"
    assert (tjk[4].pattern, bool(tjk[4].flags & re.I)) == (r"(?<![\w-])(?:Татарстан|Татари|Татарск)", True)
    assert tjk[4].search("в Татарском районе") and not sa[4].search("a saudi firm")
    # (s71: the rows' page_cues, none in these; rule page_abbreviation_cue)
    assert sa[5] is None and tat[5] is None and tjk[5] is None
    assert [m.span() for m in sa[1].finditer("SA's exports; Nestle S.A.; AT&SA; SA-based")] == [(0, 2)]


def test_page_abbreviations_read_as_before():
    """rule page_abbreviation: "SA" is South Africa on an English page naming South Africa, not on one naming Saudi
    Arabia; an outlet of South Africa needs no name (the English reader's test of the outlet kept)."""
    from tradeflows.facts.places import page_aliases
    text = "South Africa's trade balance improved. SA's exports rose 5% in March."
    assert [a[1:] for a in page_aliases(text, None, None)] == [("ZAF", None, False, "")]
    assert [a[1:] for a in page_aliases("SA's exports rose 5% in March.", None, "ZAF")] == [("ZAF", None, False, "")]
    assert page_aliases("SA's exports rose 5% in March.", None, None) == ()
    assert page_aliases(text + " Saudi Arabia's too.", None, None) == ()


# euroradio.fm, "Belarus' potash exports revenues drop 37%"
EURORADIO = ("Belarus is experiencing a drop in exports of goods, reports. In January 2016, total exports of goods amounted "
             "to 1.561 billion dollars, which is 21.2% less than in January 2015.\n\nAccording to the National Statistics "
             "Committee, the export of potash decreased by 31.6% in January 2016 - down to 311.4 thousand tons.\n")


def test_an_office_several_countries_bear_reads_the_raw_text_around_it():
    """Rule agency_country_named reads the places of the text around the office (the page names Belarus: Belarus's
    committee, euroradio.fm), not the Doc's cached places, which leave out a wire dateline's city: a Kyrgyz dateline
    and a Belarusian partner name both countries whose committee bears the name, so it is neither's."""
    from tradeflows.facts.subject import agency_owner
    assert agency_owner(EURORADIO, 0, len(EURORADIO)) == ("Belarus", "BLR")
    assert fields(EURORADIO, "reporter", "fact_rules", pub_year=2016)[2] == (
        "31.6%", "Belarus", "measure:cue_before;reporter:cited_flow;partner:default_world;status:default_actual;year:explicit")
    dateline = "BISHKEK: Exports to Belarus rose 12% in January, the National Statistics Committee said.\n"
    assert agency_owner(dateline, 0, len(dateline)) is None
