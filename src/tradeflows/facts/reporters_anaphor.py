"""'The country's trade deficit', 'the province's trade': an owner named again by a common noun.

A page often names its side once and then says "the country": "Vietnam exported goods worth US$25.94
billion to South Korea ... . The country's trade deficit with the South Korean market slipped by
19.5%". On a page whose subject is the other side (South Korea's trade association's data) rule
subject would give the deficit to the wrong side. Rule country_anaphor gives it to the one country
the sentence names before the anaphor, else to the country that opens the sentence before (its
grammatical subject), in the same paragraph. Rule entity_anaphor does the same for a region or company
the text made the reporter ("the province's trade", "the region's enterprises", "its exports"): it stays
the reporter past its paragraph, where rule carried lets it go.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import lacks
from tradeflows.facts.places import lookup
from tradeflows.vocab.patterns import EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# "the country's trade deficit", "the nation's total exports", "the country’s total goods imports and exports"
THE_COUNTRY_FLOW = skip_compile(r"\b(?:the|this)\s+(?:country|nation)['’]s?\s+(?:(?:total|overall|foreign|goods|merchandise|"
                                r"annual)\s+){0,2}(?:trade\s+(?:deficit|surplus|balance)|deficit|surplus|exports?|imports?|"
                                r"shipments|foreign\s+trade)\b(?!\s+(?:markets?|partners?|destinations?|sources?|suppliers?|"
                                r"customers?|buyers?)\b)", re.I)  # ("the country's import market": a role, rule anaphor_role)
THE_COUNTRY_FLOW_WORDS = ("country", "nation")   # a word every match holds: lacks(...) skips its search (tests/test_s47_lacks.py)
ANAPHOR_REACH = 200  # how far before the figure, in its sentence, the anaphor may stand
# what may stand before a sentence's opening subject: "The", "In 2023,", "As a result,"
_opener = EnglishCue("reporters_anaphor_opener", re.I)


def _opens(before: str) -> bool:
    """Whether a place after these words opens its sentence."""
    before = before.strip()
    return not before or bool(_opener().fullmatch(before))


def country_anaphor(cl):
    """'... . The country's trade deficit with the South Korean market slipped by 19.5%': the country
    the sentence named before the anaphor (one only), else the opening subject of the sentence before."""
    d, start = cl.d, cl.f.clean_start
    s = d.c.sentences[cl.si][0]
    anaphor = None
    rx = cue("country_flow_anaphor", THE_COUNTRY_FLOW)
    if rx is THE_COUNTRY_FLOW and lacks(d, THE_COUNTRY_FLOW_WORDS, max(s, start - ANAPHOR_REACH), start):
        return None   # (every match of THE_COUNTRY_FLOW says "country" or "nation")
    for m in rx.finditer(d.text, max(s, start - ANAPHOR_REACH), start):
        anaphor = m
    if anaphor is None:
        return None
    named = {(p.name, p.iso3) for p in d.places(cl.si) if p.kind == "country" and p.iso3 and p.end <= anaphor.start()}
    if named:
        return next(iter(named)) if len(named) == 1 else None
    if cl.si < 1:
        return None
    ps = d.c.sentences[cl.si - 1][0]
    if d.para_index(ps) != cl.pi:
        return None
    opening = [p for p in d.places(cl.si - 1) if p.kind == "country" and p.iso3 and _opens(d.text[ps:p.start])]
    return (opening[0].name, opening[0].iso3) if opening else None


# "the province's trade with countries along the Belt and Road", "the province has seen the figure exceed",
# "its exports increased 1.7 percent": a region or company the text made the reporter, named again
region_noun = EnglishCue("reporters_anaphor_region_noun", re.I)
company_noun = EnglishCue("reporters_anaphor_company_noun", re.I)
_its = EnglishCue("its_flow_anaphor", re.I)
LOOK_BACK_SENTENCES = 4  # how far back (in the paragraph) the region the anaphor names again is looked for
_office_after = EnglishCue("reporters_anaphor_office_after", re.I)
# "44 per cent of ": what joins a share to the flow it is of (rule share_of_anaphor)
_share_of_after = EnglishCue("reporters_anaphor_share_of_after", re.I)
_ENTITY_RULES = {"home_region": "region_noun", "region_next": "region_noun", "organization": "company_noun"}


def entity_anaphor(cl):
    """'The province's trade with countries along the Belt and Road reached 112.62 billion yuan' (a page on
    Heilongjiang's trade): a region or company the text made the reporter, named again as "the province", "the
    company" (or "its" flow in the next paragraph), stays the reporter in a later paragraph; a country named in
    the sentence before the figure turns the text back (rule carried keeps it within its paragraph)."""
    st = cl.st
    kind = _ENTITY_RULES.get(st.reporter_kind)
    if not st.reporter or kind is None:
        return None
    d, fs = cl.d, cl.f.clean_start
    s = d.c.sentences[cl.si][0]
    noun = cue(kind, region_noun() if kind == "region_noun" else company_noun())
    m = None
    for m in noun.finditer(d.text, max(s, fs - ANAPHOR_REACH), fs):
        pass
    if m is None:
        # "The report says 44 per cent of the province's exports shipped to other countries" (ctvnews.ca): the
        # anaphor owns the flow the share is of, right after the figure (rule share_of_anaphor)
        after = _share_of_after().match(d.text, cl.f.clean_end)
        if after:
            m = noun.match(d.text, after.end())
    if m is None and st.reporter_para >= cl.pi - 1:
        for m in cue("its_flow_anaphor", _its()).finditer(d.text, max(s, fs - ANAPHOR_REACH), fs):
            pass
    if m is None:
        return None
    if any(p.kind in ("country", "demonym") for p in d.places(cl.si, s, m.start())):
        return None
    if kind == "region_noun":  # "Another interesting example ... is the Grodno Region. ... the region's enterprises"
        for si in range(cl.si, max(-1, cl.si - LOOK_BACK_SENTENCES), -1):
            if d.para_index(d.c.sentences[si][0]) != cl.pi:
                break
            named = [p for p in d.places(si) if p.kind == "region" and p.iso3 == st.reporter[1] and p.end <= m.start()
                     and not _office_after().match(d.text, p.end)]  # "Harbin Customs" is an office, not a topic
            if named:
                return named[-1].name, named[-1].iso3
    return st.reporter


# "the trade turnover of the Belarusian region with this Central Asian country", "the Belarusian capital region",
# "this Belarusian region": a region of the country the demonym names (the demonym's country is checked against the
# region's) named again by a common noun (not "the Belarusian region of Gomel", which names it)
DEMONYM_REGION = skip_compile(r"\b(?=[tT])(?:the|this|that)\s+(?P<adj>(?-i:[A-Z][a-z]+))\s+(?:capital\s+)?"
                              r"(?:region|oblast|province)\b(?!\s+of\b)", re.I)
DEMONYM_REGION_WORDS = ("region", "oblast", "province")   # (as THE_COUNTRY_FLOW_WORDS)
DEMONYM_REGION_BACK = 4  # how many sentences back (in the paragraph or the one before) the region named is looked for


def region_named_again(cl):
    """'All of these facts suggest that the Uzbek market is very promising for enterprises in the Gomel region. In
    2020, the trade turnover of the Belarusian region with this Central Asian country grew by almost 65 percent'
    (founding 003): a region of the country the demonym names ("the Belarusian region", "this Belarusian region",
    "the Belarusian capital region") before the figure, in its sentence, is the region of that country the text
    named last in the sentences before, whose flow it is (rule region_named_again)."""
    d, fs = cl.d, cl.f.clean_start
    s = d.c.sentences[cl.si][0]
    m = None
    rx = cue("region_named_again", DEMONYM_REGION)
    if rx is DEMONYM_REGION and lacks(d, DEMONYM_REGION_WORDS, max(s, fs - ANAPHOR_REACH), fs):
        return None   # (every match of DEMONYM_REGION ends on one of these nouns)
    for m in rx.finditer(d.text, max(s, fs - ANAPHOR_REACH), fs):
        pass
    if m is None:
        return None
    adj = [p for p in d.places(cl.si, m.start("adj"), m.end("adj")) if p.kind == "demonym" and p.iso3]
    if not adj:
        return None
    iso = adj[0].iso3
    for si in range(cl.si, max(-1, cl.si - DEMONYM_REGION_BACK), -1):
        if cl.pi - d.para_index(d.c.sentences[si][0]) > 1:
            break
        named = [p for p in d.places(si) if p.kind == "region" and p.iso3 == iso and p.end <= m.start()
                 and not _office_after().match(d.text, p.end)]
        if named:
            p = named[-1]
            # "Vitebsk is also among the active participants ... the Belarusian region's exports": a town the text
            # calls a region by the noun is the region of that name, where the gazetteer has one
            region = None if _region_word().search(p.name) else lookup(f"{p.name} Region")
            return (region.name, region.iso3) if region is not None and region.iso3 == p.iso3 else (p.name, p.iso3)
    return None


_region_word = EnglishCue("reporters_anaphor_region_word", re.I)


# "Japan's exports totalled $823.27 million or a 13.2 percent share of the country's total in April" on a page about
# the Philippines' trade (manila-shimbun.com citing the Philippine Statistics Authority): a country's flow that is a
# share of "the country's total" is a part of another country's trade, loosely named by its counterpart (rule
# share_of_country_total); the possessive owner right before the flow word, nothing between
_owner_flow = EnglishCue("reporters_anaphor_owner_flow", re.I)
_share_of_the_countrys_total = EnglishCue("reporters_anaphor_share_of_the_countrys_total", re.I)
_clause_break = EnglishCue("reporters_anaphor_clause_break", re.I)
SHARE_TOTAL_REACH = 120   # how far after the owner's flow word the share of the total may end


def share_of_country_total(cl):
    """'Japan's exports totalled $823.27 million or a 13.2 percent share of the country's total' on a page whose
    subject is another country (the Philippines): the figure lies between the owner's flow and the share of 'the
    country's total', so the flow is a part of the subject's total and the subject reports it; the owner is its
    counterpart (partner rule flow_owner)."""
    if cl.home_rule != "head" or not cl.home[1]:
        return None
    d, f = cl.d, cl.f
    s0, s1 = d.c.sentences[cl.si]
    owners = [p for p in d.places(cl.si) if p.kind == "country" and p.end <= f.clean_start and _owner_flow().match(d.text, p.end)]
    if not owners or owners[-1].iso3 in (None, cl.home[1]):
        return None
    own = owners[-1]
    m = _share_of_the_countrys_total().search(d.text, f.clean_end, min(s1, own.end + SHARE_TOTAL_REACH))
    if m is None or _clause_break().search(d.text, own.end, m.start()) \
            or any(p.kind in ("country", "bloc") for p in d.places(cl.si) if own.end <= p.start < m.start()):
        return None
    return cl.home[0], cl.home[1]
