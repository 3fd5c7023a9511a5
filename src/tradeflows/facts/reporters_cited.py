"""Whose data a turnover of two countries is, when the page names no office but the data's owner.

GUIDELINES: a trade between two countries is reported by the side whose statistics it is. An office
("China's General Administration of Customs") is read by reporters.statistics_owner; pages often
cite the data by its country alone ("according to Chinese data", "latest data from China's
General Administration of Custom", "official figures released Thursday by Chinese leaders",
"figures from Brazil's Development, Industry and Foreign Trade Ministry"). Rule pair_data
gives such a pair that side; an office named in the clause still decides through rule pair.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import lacks
from tradeflows.facts.frames import frame_for
from tradeflows.facts.places import find_places
from tradeflows.facts.reporters import FRAME_REACH, statistics_owner
from tradeflows.facts.subject import SPEAKER_REACH, agency_owner
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# "Chinese data", "China's official figures", "Indian trade statistics": the place owns the data
data_after = EnglishCue("data_owner_after", re.I)
# "data from China's ...", "figures released Thursday by Chinese leaders", "data issued by the Chinese customs"
# ("data from an Indian government website has revealed", Times of Oman: an article too)
data_before = EnglishCue("data_owner_before", re.I)
DATA_BEFORE_REACH = 70  # how far before its owner a data word may stand
OPENING_DATA_CHARS = 1500  # the opening whose cited data own the page's pair figures


def data_owner(text: str, places) -> tuple[str, str | None] | None:
    """The one country whose data text cites among places (country or demonym, in text order)."""
    after, before = cue("data_owner_after", data_after()), cue("data_owner_before", data_before())
    owners = {(p.name, p.iso3) for p in places if p.kind in ("country", "demonym") and p.iso3
              and (after.match(text, p.end) or before.search(text, max(0, p.start - DATA_BEFORE_REACH), p.start))}
    return next(iter(owners)) if len({o[1] for o in owners}) == 1 else None


# the words of a trade flow, in the opening and in the figure's clause
_flow_word = EnglishCue("reporters_cited_flow_word", re.I)


def opening_data_owner(d) -> tuple[str, str | None] | None:
    """The country whose data the page's opening cites for its trade (once per document): only a sentence
    speaking of trade counts ("which according to Chinese data has been estimated at more than $7 billion"
    cites China's data on investments, not on the page's Egypt-China trade)."""
    if d.memo.opening_data_owner is None:
        text, owners = d.text, set()
        for s, e in d.c.sentences:
            if s >= OPENING_DATA_CHARS:
                break
            if _flow_word().search(text, s, e):
                owner = data_owner(text, d.span_places(s, e))   # (find_places(text, s, e), Doc.span_places)
                if owner is not None:
                    owners.add(owner)
        d.memo.opening_data_owner = (next(iter(owners)) if len({o[1] for o in owners}) == 1 else None,)
    return d.memo.opening_data_owner[0]


def pair_data(cl):
    """'Trade between Africa and China is shooting up by 19 percent every year, according to official
    figures released Thursday by Chinese leaders': the side whose data the clause, else the opening,
    cites reports the pair (an office named decides in rule pair)."""
    frames = [fr for fr in cl.frames if fr.kind == "pair"]
    if not frames:
        return None
    fr = frame_for(frames, cl.f.clean_start, cl.f.clean_end, cl.f.clean_start - FRAME_REACH, cl.hi, text=cl.d.text,
                   stops=tuple(p.start for p in cl.places))
    if fr is None or statistics_owner(cl) is not None:
        return None
    owner = data_owner(cl.d.text, cl.places)
    page = cl.d.stats_owner
    if owner is None and (page is None or page.name is None):
        owner = opening_data_owner(cl.d)
        if owner is not None and page is not None:
            cl.via = page.via   # no page owner, as a rule set one aside (records.VIA)
    for p in (fr.reporter, fr.partner):
        if owner is not None and p.iso3 == owner[1]:
            cl.frame = fr.name
            return p.name, p.iso3
    return None


def opening_speaker(d) -> tuple[str, str | None] | None:
    """The one country whose official states figures in the page's opening ("Об этом сказал премьер-министр Украины",
    "Данное заявление сделал премьер-министр Республики Беларусь"; cue speaker_before, facts/subject.py's rule
    speaker_vote), once per document; None when none or several."""
    if d.memo.opening_speaker is None:
        text = d.text
        speaker = cue("speaker_before", NEVER)
        owners = set() if speaker is NEVER else {
            (p.name, p.iso3) for p in d.span_places(0, min(len(text), OPENING_DATA_CHARS))
            if p.kind == "country" and p.iso3 and speaker.search(text, max(0, p.start - SPEAKER_REACH), p.start)}
        d.memo.opening_speaker = (next(iter(owners)) if len({o[1] for o in owners}) == 1 else None,)
    return d.memo.opening_speaker[0]


def pair_speaker(cl):
    """'Товарооборот между Молдовой и Украиной ... вырос на треть – до $ 317 млн.' on a page where 'об этом сказал
    премьер-министр Украины': the side whose official states the pair's figures reports them, where no statistics office
    is cited (rule pair decides by the office, else by the first named)."""
    frames = [fr for fr in cl.frames if fr.kind == "pair"]
    if not frames:
        return None
    fr = frame_for(frames, cl.f.clean_start, cl.f.clean_end, cl.f.clean_start - FRAME_REACH, cl.hi, text=cl.d.text,
                   stops=tuple(p.start for p in cl.places))
    page = cl.d.stats_owner
    if fr is None or statistics_owner(cl) is not None or (page is not None and page.name is not None):
        return None
    owner = opening_speaker(cl.d)
    for p in (fr.reporter, fr.partner):
        if owner is not None and p.iso3 == owner[1]:
            cl.frame = fr.name
            return p.name, p.iso3
    return None


# "exports to the US", "imports from Vietnam": a place behind one of these is the flow's counterpart ("from" only
# after an import word: "export growth of goods from Vietnam to the US" names the exporter)
_counterpart_before = EnglishCue("reporters_cited_counterpart_before", re.I)
# an office's proper name owned by the place: "Korea Customs Service", "the U.S. Census Bureau", "Japan's Finance
# Ministry" (capitalised words only: "the US market", "Japanese car arrivals, Statistics NZ said" own no office) ...
owns_office_after = EnglishCue("reporters_cited_owns_office_after")
# ... or ends with it: "the General Administration of Customs (GACC) of China", "State Statistics Service of Ukraine"
owns_office_before = EnglishCue("reporters_cited_owns_office_before")
OFFICE_REACH = 70  # how far before its place an office's name may start


def office_owner(d, si: int, lo: int, hi: int) -> tuple[str, str | None] | None:
    """The one country whose office (by its proper name) text[lo:hi] of sentence si cites."""
    text = d.text
    found = agency_owner(text, lo, hi)
    if found:
        return found
    owners = {(p.name, p.iso3) for p in d.places(si, lo, hi) if p.kind in ("country", "demonym", "bloc") and p.iso3
              and (owns_office_after().match(text, p.end) or owns_office_before().search(text, max(lo, p.start - OFFICE_REACH), p.start))}
    return next(iter(owners)) if len({o[1] for o in owners}) == 1 else None


def cited_flow(cl):
    """'Exports during the first 20 days of this month fell 20 percent from a year earlier, data from the Korea
    Customs Service showed': a flow whose clause names no owner but an office of one country (its other places
    only counterparts, behind "to"/"with", "from" after an import word, or its own regions) is that office's
    country's ("São Paulo - Exports exceeded imports in USD 6.121 billion": a dateline's region is no reporter).
    (The flow word first: a search of the clause before the figure, where the office is read over the whole window
    and its places; four figures in ten of data/raw name no flow word there.)"""
    text, fs = cl.d.text, cl.f.clean_start
    if not _flow_word().search(text, cl.lo, fs):
        return None
    owner = office_owner(cl.d, cl.si, cl.lo, cl.hi)
    if owner is None or owner[1] is None:
        return None
    for p in cl.places:
        if p.kind not in ("country", "demonym", "bloc", "region"):
            continue
        counterpart = _counterpart_before().search(text, max(0, p.start - 40), p.start)
        if p.iso3 == owner[1]:
            # "exports to Kenya ..., data from the Kenya National Bureau of Statistics": the office's country as the
            # counterpart is no reporter of the flow
            if counterpart and not owns_office_after().match(text, p.end):
                return None
            continue
        if not counterpart:
            return None
    return owner


# "..., the data showed": the data cited by a sentence just before
_DATA_AGAIN = skip_compile(r"\bthe\s+(?:same\s+)?(?:data|figures|statistics)\s+(?:also\s+)?(?:showed|shows|show|indicated|revealed)\b",
                           re.I)
DATA_AGAIN_WORDS = ("data", "figures", "statistics")   # a word every match holds: lacks(...) skips its search (tests/test_s47_lacks.py)
DATA_AGAIN_SENTENCES = 3  # how many sentences back the data cited again may have been named


def cited_again(cl):
    """'Semiconductor sales ... declined 29 percent, ..., the data showed': a place-less flow citing "the data"
    of a sentence just before is the flow of that sentence's office's country."""
    d, text = cl.d, cl.d.text
    rx = cue("data_again", _DATA_AGAIN)
    if (rx is _DATA_AGAIN and lacks(d, DATA_AGAIN_WORDS, cl.lo, cl.hi)) \
            or not rx.search(text, cl.lo, cl.hi) or not _flow_word().search(text, cl.lo, cl.hi):
        return None
    if any(p.kind in ("country", "demonym", "bloc", "region") for p in cl.places):
        return None
    for k in range(cl.si - 1, max(-1, cl.si - 1 - DATA_AGAIN_SENTENCES), -1):
        s, e = d.c.sentences[k]
        owner = office_owner(d, k, s, e)
        if owner is not None:
            return owner if owner[1] is not None else None
    return None


# the measures a pair states from either side: which side reports them is whose data they are
# ("the trade balance between India and Oman", "the trade balance swelled by $53,698.21 in Oman's favour": a balance
# that names no owner)
_ownerless_balance = EnglishCue("reporters_cited_ownerless_balance", re.I)
PAIR_MEASURES = ("turnover", "balance")


def opening_data_side(cl):
    """'MUSCAT: The trade balance between India and Oman has increased over $50,000 in favour of the Sultanate, data
    from an Indian government website has revealed' (Times of Oman): on a page whose opening cites the data of the
    head's counterpart, a turnover, or a balance told between the pair or in one side's favour, with no reporter of
    its own is that side's, not the page's subject's (rule opening_data_side; GUIDELINES: the country whose statistics
    it is)."""
    if cl.measure not in PAIR_MEASURES or cl.home_rule != "head" or cl.head_partner is None:
        return None
    if cl.measure == "balance" and not _ownerless_balance().search(cl.d.text, cl.lo, cl.hi):
        # "India's trade deficit increased ... the trade deficit, which has now surpassed the $100 billion threshold"
        # (vibesofindia.com, Chinese customs data): a deficit is its owner's whoever's data it is; only a balance
        # told between the pair or in one side's favour is the data's side's
        return None
    owner = opening_data_owner(cl.d)
    if owner is None or owner[1] is None or owner[1] != cl.head_partner[1] or owner[1] == cl.home[1]:
        return None
    return cl.head_partner
