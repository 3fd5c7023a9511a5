"""The document's subject country: whose trade a page is about, when no sources.csv says so.

No country is assumed. A `reporter` given in sources.csv wins; otherwise the title and
the opening of the text vote: every country, bloc or demonym named there scores a point,
more when it owns a flow ("Ukraine's foreign trade", "Russian exports"), owns statistics
("State Statistics Service of Ukraine", "Korea International Trade Association") or is a
sentence's subject. The top score is the subject, ties going to the first named; a page
that names no place has none, and its figures get an empty reporter.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from tradeflows.vocab import DEFAULT_LANGUAGE, ahead, alternation, current_language, fold, has_file, \
    pattern_needs, read_csv, read_csv_over_en, read_lines, read_lines_all
from tradeflows.vocab.lowercase import lower_text
from tradeflows.vocab.patterns import NEVER, ROLE_RANK_AFTER, EnglishCue, cue, english_cue
from tradeflows.facts.places import Place, country, find_places, lookup, merge_restated
from tradeflows.facts.counterpart_roles import more_counterpart_roles
from tradeflows.vocab.skip import skip_compile

HEAD_CHARS = 1000  # the title, dateline and first paragraph of a news page
BUYERS_REACH = 90  # how far before a place its buyers' noun and "из" may stand (a list of places between: rule buyers_from)
# how far before a place its scope cue may start ("с учетом стран – членов ЕАЭС", rule scope_not_counterpart)
SCOPE_REACH = 50


@lru_cache(maxsize=1)
def rubric_pattern() -> re.Pattern:
    """The name of an outlet's column opening a title or a line (vocab/en/title_rubrics.txt)."""
    nouns = read_lines("title_rubrics.txt")
    return re.compile(rf"[^\W\d_][^\W\d_ \t&'’-]*(?:[ \t&'’-]+[^\W\d_]+){{0,3}}?[ \t]+(?:{alternation(nouns)})[ \t]*"
                      rf"(?:[–—|:]|-(?=\s))[ \t]*", re.I)


def without_rubric(title: str) -> str:
    """The title with the name of the outlet's column that opens it blanked (same length): "Asia Pacific
    Economics – Solomon Islands trade deficit hits $298 million" names the section Asia Pacific, no
    counterpart of the page (rule title_rubric; vocab/en/title_rubrics.txt). Read for the head's
    counterpart only: "Vietnam Business: exports hit $300bn" is still about Vietnam."""
    m = rubric_pattern().match(title)
    return title if m is None else " " * m.end() + title[m.end():]

# a flow word or verb right after a place: the place trades ("Russian exports", "Japan exported")
_owns_flow = EnglishCue("owns_flow", re.I)
_POSSESSIVE = skip_compile(r"\s*['’]s?(?=\s)")
# a statistics owner: "Ministry of Commerce of X", "X Customs", "X National Statistics Agency"
_agency = EnglishCue("subject_agency", re.I)
# "China had surpassed Australia to become New Zealand's main imports partner", "Mexico overtook China":
# the rival a place passed is no counterpart of the figures that follow (unless it has its own figure)
RIVAL_BEFORE = skip_compile(r"\b(?:surpass(?:ed|es|ing)?|overt(?:ook|akes|aking|aken|ake)|outstrip(?:ped|s|ping)?|"
                            r"outpac(?:ed|es|ing)|eclips(?:ed|es|ing)|displac(?:ed|es|ing)|replac(?:ed|es|ing)|"
                            r"dethron(?:ed|es|ing)|edg(?:ed|es|ing)\s+out|leapfrog(?:ged|s|ging)?(?:\s+ahead\s+of)?)\s+(?:the\s+)?$", re.I)
# "imported by Europe's largest economy", "Africa's most populous nation": a place in an epithet of
# another, which the page is not about and which is no counterpart
epithet_cue = EnglishCue("subject_epithet", re.I)
# "An old African saying states that ...": a demonym naming where a saying comes from votes for no subject (rule
# saying_no_vote)
saying_cue = EnglishCue("subject_saying_after", re.I)


# "Ukraine War Has Furthered Chances for India To Leverage Its Ties With Russia", "the Gaza war": a place
# naming an event is no side of the page's trade (cue event_after)
# ("during the US-China trade war": both sides of a hyphened pair naming a trade war, rule trade_war_event)
# "This marks the 25th consecutive month of growth, primarily driven by auto shipments to the United States"
# (actionforex.com): a place inside a clause of cause is the cause's, no counterpart of the page (rule
# cause_clause_head; English only, other languages keep NEVER; a demonym there still votes: "driven by surging
# Indian imports of Chinese goods", thehindu.com, names the page's own pair)
cause_clause_before = EnglishCue("cause_clause_before", re.I)


EVENT_AFTER = skip_compile(r"(?:['’]s?)?(?:[-–][A-Z][\w.]*)?\s+(?:trade\s+)?(?:war|conflict|crisis|invasion|earthquake)\b", re.I)
# "US named Vietnam's largest export market", "China remains Germany's most important trading partner", "Mexico is
# also currently the US' third largest goods trading partner",
# "top destinations for Nigerian exports", "the first commercial partner of the U.S.": the place owning
# the relation (whose market or partner the other is) is the page's reporter (weight role_owner)
ROLE_OWNER_AFTER = skip_compile(r"['’]s?\s+(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s])?"
                              r"(?:(?:largest|biggest|leading|top|main|most\s+important|key|major|principal|first|single|"
                              r"number[-\s]one|No\.\s?1)\s+)*(?:(?:goods|merchandise|two-way)\s+)?"
                              r"(?:export|import|trade|trading|commercial)\s+"
                              r"(?:market|partner|destination|source)s?\b", re.I)
# ("The USA was the largest buyer of Sri Lankan products", "The major supplier of Sri Lanka was India": a buyer or
# supplier of a place's goods names the place whose trade it is, rule role_owner)
ROLE_OWNER_BEFORE = skip_compile(r"\b(?:destinations?|markets?|(?:trade|trading|commercial|export|import|"
                                 r"(?:export|import)\s+and\s+(?:export|import))\s+partners?|buyers?|suppliers?|"
                                 r"customers?|purchasers?)\s+(?:for|of)\s+(?:the\s+)?$", re.I)
# "The USA was the largest buyer of ...", "China remains the main supplier": a place named as its role in another's
# trade is that trade's counterpart, though it opens the sentence (rule role_counterpart)
# ("The USA was the main non-EU destination accounting for 22%", "On an overall basis the EU accounted for €4,436
# million (56%) of total exports in September 2014" (cso.ie): a destination, and a place whose part of the total flow
# is told, are counterparts of a page that may not name its own side; rule destination_share_counterpart)
ROLE_COUNTERPART_AFTER = skip_compile(r"(?:" + ROLE_RANK_AFTER + r"(?:buyer|supplier|customer|purchaser|source\s+of\s+imports|"
                                    r"export\s+(?:market|destination)|(?:non-[A-Za-z]+\s+)?destination)\b"
                                    # "The United States was also the most important trading partner for German exporters",
                                    # "The UK was the fourth largest trading partner of Dubai": a partner "of" or "for" the
                                    # place after it is that place's counterpart (rule partner_of_counterpart; the place
                                    # after it owns the relation, ROLE_OWNER_BEFORE)
                                    r"|\s+(?:is|was|remains|remained|became|has\s+been)\s+(?:also\s+)?(?:the|its|their)\s+"
                                    r"(?:[\w-]+\s+){0,3}?(?:trade|trading|commercial)\s+partner\s+(?:of|for)\s"
                                    r"|\s+accounted\s+for\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\bof\s+(?:the\s+)?(?:total|overall|all)\s+"
                                    r"(?:exports|imports)\b"
                                    # "The US accounts for over 31 per cent of India's total pharma exports" (newsdrum.in,
                                    # data/web27 ar06): the share of another place's flow (rule share_of_owner_counterpart)
                                    r"|\s+account(?:s|ed)?\s+for\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\bof\s+"
                                    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)(?:(?:total|overall)\s+)?(?:[a-z]+\s+){0,2}?"
                                    r"(?:exports|imports)\b)", re.I)
_sentence_start = EnglishCue("subject_sentence_start", re.I)
# "our main export markets were as follows: U.A.E (15.3%), U.K (13.1%), U.S.A (10.4%), France (9.0%)" (mcci.org): the
# places listed after the markets' (destinations', suppliers') noun and a colon are counterparts of the page's side,
# each of them, up to the sentence's end (rule markets_list_counterpart)
markets_list = EnglishCue("markets_list", re.I)
_LIST_STOP = skip_compile(r"\n|[.;](?:\s+[A-Z]|\s*$)")


def _list_end(head: str, start: int) -> int:
    """Where the list that opens at start ends: a line's end, a semicolon or a sentence's point ("U.A.E (15.3%)" and
    "U.K" hold points that end nothing)."""
    m = _LIST_STOP.search(head, start)
    return m.start() if m else len(head)

# a place right after these words is a counterpart, not the subject ("exports to China")
_counterpart = EnglishCue("counterpart", re.I)
# the prepositions of a destination or an origin only ("to", "with"; not "of", "and"): a head naming every place so
# names no side of its own (rule counterparts_only; Russian rows of cue destination)
# (lower case: "With South Korea recording its greatest ever trade deficit" opens on the page's own side)
destination_cue = EnglishCue("destination")
# "weak demand in traditional markets such as Europe and the US": markets named by example, and the places of a list
# that goes on after a destination
# ("German exporters' business with important clients abroad such as the United States and China": clients and
# customers too, abroad or overseas; rule markets_such_as, a counterpart's vote as well)
# the nouns of those who buy or sell a page's goods, named by example after them (MARKETS_SUCH_AS, _COUNTERPART_LIST)
MARKET_NOUNS = r"(?:markets?|destinations?|partners?|buyers?|suppliers?|clients?|customers?)"
MARKETS_REACH = 40   # characters before a place read for MARKETS_SUCH_AS
MARKETS_SUCH_AS = skip_compile(r"\b" + MARKET_NOUNS + r"(?:\s+(?:abroad|overseas))?\s+(?:such\s+as|like|including)\s+(?:the\s+)?$",
                             re.I)
RESTATED_GAP = skip_compile(r"\s*\(\s*")  # "to the European Union (EU)": the bracket opens a restatement
LIST_GAP = skip_compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")

# "exports from Saudi Arabia (to the US)", "shipments from Brazil": the place after "from" is the exporter
# ("the value of exported goods from Iceland amounted to ISK 602,100 million": the goods between, rule exports_from)
# ("Imports of goods and services to the United States totaled $182.9 billion", "As the flow of products into the
# U.S. surged": the place goods go into is the importer, as Russian "импорт товаров в")
_exports_from = EnglishCue("exports_from", re.I)
# "Exports of the Maldives declined by 37% while the imports rose" (a title of corporatemaldives.com): the country
# the flow is "of" owns it, as after "exports from" (rule flow_of_subject; not a demonym: "imports of Chinese goods"
# are the goods' origin)
_flow_of_subject = EnglishCue("flow_of_subject", re.I)
FLOW_OF_REACH = 20
EXPORTS_FROM_REACH = 45

_DASH_BEFORE = skip_compile(r"[-‐‑–—]\s*$")
_coordinated = EnglishCue("subject_coordinated")

COUNTERPART_REACH = 40  # characters before a place read for the preposition that makes it a counterpart
# "Imports were mainly from NZ, US, China and Fiji, while the exports were mainly to NZ, USA, Korea and Australia"
# (a page of Tonga's statistics): every item of a list a destination's or origin's preposition opens is a counterpart,
# not only the first and the one after "and" (rule counterpart_list; capitalised items, so no lower-case words between)
# ("Imports from major markets such as Singapore, China, New Zealand, and Australia all dropped", fbcnews.com.fj: a
# list of markets named by example, MARKETS_SUCH_AS, goes on the same way)
_counterpart_list = EnglishCue("counterpart_list")
COUNTERPART_LIST_REACH = 80
# "said Siddiqur Rahman, president of Bangladesh Garment Manufacturers and Exporters Association" (thedailystar.net):
# a place opening a body's name (vocab/<lang>/body_nouns.txt) is that body's country, whatever preposition comes before
# it; no counterpart (rule body_country)
@lru_cache(maxsize=None)
def _body_after(lang: str) -> re.Pattern:
    return re.compile(rf"(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){{0,4}}\s+(?:{alternation(read_lines('body_nouns.txt'))})\b")


# the list goes on after the place ("NZ, US, China and Fiji"): "Compared with the US, Mexico ran a surplus" lists nothing
_list_goes_on = EnglishCue("subject_list_goes_on")

# "witnessed a 7.01 percent growth in the US market", "entered the US market": a place naming a market
# is where the page's goods go, a counterpart (cue market_after; "the US's market" and "market share" are not)
market_after_cue = EnglishCue("market_after", re.I)

# "Vietnam exports to USA surge during the US-China trade war" (titled over the US Census Bureau's data): a place
# owning a one-sided flow in the title is the side the page is about (weight title_owner)
# (the flow noun next to the place, one modifier at most and no verb: "China increased its imports of Australian
# products", "China and Russia become trade surplus leaders" name no owner of the page's flow)
_title_flow = EnglishCue("title_flow", re.I)

AMONG_REACH = 60  # how far before the area its regions' word and ranking words may open (rule ranked_among_regions)
IMPORT_DEMONYM_REACH = 24  # how far before a demonym the import word naming its goods may start
SPEAKER_REACH = 90  # how far before a country the speech verb and its official's post may open (rule speaker_vote)
ROLE_BEFORE_REACH = 80  # how far before a place its role as a partner may open (rule role_counterpart_before)
WEIGHTS = {"counterpart": 0.3, "mention": 1.0, "owns_flow": 2.0, "possessive": 1.0, "agency": 3.0, "subject": 1.0,
           "title": 1.0, "title_pair_first": 3.0, "role_owner": 3.0, "title_owner": 4.0, "speaker": 2.0}


def _agencies():
    return _agencies_of(current_language())


@lru_cache(maxsize=None)
def _agencies_of(lang: str):
    """Statistics offices whose name does not say their country (vocab/<lang>/agencies.csv)."""
    rows: dict = {}
    areas: dict = {}   # every area an office reports for, its first row first (rule agency_area_named)
    for r in read_csv_over_en("agencies.csv", lang):
        rows.setdefault(r["alias"], (r["name"], r["iso3"] or None))
        areas.setdefault(fold(r["alias"]), []).append((r["name"], r["iso3"] or None))
    rx = skip_compile(rf"\b{ahead(rows)}(?:{alternation(rows)})\b")
    return rx, {fold(k): v for k, v in rows.items()}, areas


AGENCY_COUNTRY_REACH = 1500  # how far around an office that several countries have the text is read for which it is


def agency_owner(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """The country or bloc of a statistics office named in text[start:end] ("Eurostat")."""
    m = next(_agency_matches(text, start, end), None)
    if m is None:
        return None
    return _office_country(text, m) if _several_countries(m.group()) else _agencies()[1][fold(m.group())]


def _several_countries(alias: str) -> bool:
    """An office's name that several countries' offices bear (agencies.csv rows of one alias, each a country)."""
    areas = _agencies()[2][fold(alias)]
    return len(areas) > 1 and all(iso for _, iso in areas)


def _office_country(text: str, m) -> tuple[str, str | None] | None:
    """Which of the countries whose office bears the name matched at m the text around it names: exactly one of them,
    else none ("the National Statistics Committee" on a page of trade between China and Kyrgyzstan is Kyrgyzstan's, a
    name Belarus's office bears too; rule agency_country_named).

    The places are read again from the text, not taken from facts/context.Doc's cached ones: those leave out a wire
    dateline's city, which here keeps the office from being the partner's ("BISHKEK: Exports to Belarus rose 12% ...,
    the National Statistics Committee said" names both countries: none; session 45 tried the cached places: every eval
    prediction the same, that office Belarus's). The name is rare, so the read is cheap."""
    areas = _agencies()[2][fold(m.group())]
    named = {p.iso3 for p in find_places(text, max(0, m.start() - AGENCY_COUNTRY_REACH),
                                         min(len(text), m.end() + AGENCY_COUNTRY_REACH)) if p.iso3}
    hits = [a for a in areas if a[1] in named]
    return hits[0] if len(hits) == 1 else None


# the capitalised words of a name written out before its acronym in brackets, and the small words between them
_spelled = EnglishCue("subject_spelled")
_SMALL = frozenset({"and", "of", "for", "the", "&"})


def _agency_matches(text: str, start: int, end: int):
    """The offices of agencies.csv named in text[start:end], but for an acronym that a different name written out
    right before it defines ("the Planning and Statistics Authority (PSA)" of Qatar is no Philippine Statistics
    Authority: rule acronym_defined)."""
    for m in _agencies()[0].finditer(text, start, end):
        if text[m.end():m.end() + 1] == ")" and m.group().isupper():
            spelled = _spelled().search(text, max(0, m.start() - 100), m.start())
            if spelled is not None:
                words = [w for w in spelled.group(1).split() if w.lower() not in _SMALL]
                initials = "".join(w[0] for w in words[-len(m.group()):])
                stem = _agencies()[1][fold(m.group())][0][:4].lower()   # "Thai", "Phil": the country's name
                if initials == m.group() and not any(w.lower().startswith(stem) for w in words):
                    continue
        yield m


def _owned_agency(head: str, end: int, agency: re.Pattern) -> bool:
    """An office named right after the place, in its own clause ("Brazil's Ministry of Commerce",
    "China Customs"); not one of the next clause ("slightly below Canada, reveal data from the Census
    Bureau": rule agency_clause)."""
    # (read past the reach, so a word cut at its edge is read whole: "таможенный союз" is no office, "таможенны" was)
    m = agency.search(head, end, end + 80)
    if m is not None and m.start() >= end + 40:
        m = None
    if m is None:
        return False
    if current_language() != DEFAULT_LANGUAGE:
        # (another language's word order: any office after the place, in the place's own sentence; "несмотря на
        # снижение объемов торговли с Соединенными Штатами.\n\nСогласно данным Главного таможенного управления": an
        # office the next sentence opens on is not the place's, rule agency_next_sentence)
        # ("на первом месте Китай – 22%, Турция – 10%, Узбекистан – 8,6%», – рассказал главный таможенник Урала": an
        # office after the quote closes names who spoke it, not the place quoted, rule agency_after_quote; fedpress.ru)
        # ("в Румынию и Гонконг, согласно данным Государственного комитета статистики": an office a source phrase brings
        # in is where the figures come from, not the place's, rule agency_source_clause)
        return not _SENTENCE_END.search(head, end, m.start()) and "»" not in head[end:m.start()] \
            and not cue("agency_source_between", NEVER).search(head, end, m.start())
    return not re.search(r"[,;.:]", head[end:m.start()])


_SENTENCE_END = skip_compile(r"[.;!?](?:\s|$)|\n")


AGENCY_NAME_REACH = 60  # how far before its country an office's name may start


# a clause break or a counterpart's "with" / "between" between an office's name and the place (_agency_before)
_agency_clause_break = EnglishCue("subject_agency_clause_break")


def _agency_before(head: str, start: int, agency: re.Pattern) -> bool:
    """An office whose name ends with the place ("State Statistics Service of Ukraine"), in the
    place's own clause ("according to the US Census Bureau, was occupied by Canada" is not Canada's)."""
    last = None
    # "the Statistics Agency under the President of Tajikistan": an office's name runs to 60 characters
    reach = AGENCY_NAME_REACH if current_language() == DEFAULT_LANGUAGE else 40
    for m in agency.finditer(head, max(0, start - reach), start):
        last = m
    if last is None or current_language() != DEFAULT_LANGUAGE:
        return last is not None  # (another language's word order: any office before the place)
    # ("These statistics include trade data with Botswana, ...": a counterpart's "with" is in no office's name)
    return not _agency_clause_break().search(head[last.end():start])


def _counterpart_past_office(head: str, p: Place, agency: re.Pattern, s: float) -> bool:
    """"По данным Агентства по статистике, в экспорте товаров на долю Казахстана приходится 27,1%" (nm.tj, a page of
    Tajikistan's exports): in another language, whose office before a place is the place's whatever stands between
    (_agency_before), a place named as a counterpart (its vote a counterpart's, s) in a clause after the office's is
    no owner of the office: the office says where the figures come from (rule counterpart_past_office; the language's
    rows of cue subject_agency_clause_break; "По данным Нацстаткома, Кыргызстан увеличил экспорт", a place opening the
    clause, keeps the office's vote)."""
    if s != WEIGHTS["counterpart"] or current_language() == DEFAULT_LANGUAGE:
        return False
    last = None
    for m in agency.finditer(head, max(0, p.start - 40), p.start):
        last = m
    return last is not None and cue("subject_agency_clause_break", NEVER).search(head, last.end(), p.start) is not None


def vote_key(p: Place) -> tuple[str, str | None]:
    """A region votes for its country; a demonym already names its country."""
    if p.kind == "region" and p.iso3:
        try:
            return (country(p.iso3), p.iso3)
        except KeyError:
            pass
    return (p.name, p.iso3)


_member_of = EnglishCue("member_of", re.I)


def _not_member_of(head: str, places: list, unvoted: dict | None = None) -> list:
    """places without the blocs the subject is a member of or party to by an agreement, with their names restated
    in brackets (places.merge_restated) (rule member_of): "Papua New Guinea is a member of the Word Trade
    Organisation (WTO) and Asia Pacific Economic Cooperation (APEC)" names no counterpart. unvoted, when given, gets
    the rule's name by the vote key of each place left out."""
    member = cue("member_of", _member_of())
    dropped = [q for q in merge_restated(head, places)
               if q.kind == "bloc" and member.search(head, max(0, q.start - 240), q.start)]
    if not dropped:
        return places
    # (a place restated in brackets keeps its own vote unless its bloc is dropped: the votes count mentions)
    kept = [p for p in places if not any(q.start <= p.start and p.end <= q.end for q in dropped)]
    if unvoted is not None and len(kept) < len(places):
        for p in places:
            if p not in kept:
                unvoted.setdefault(vote_key(p), "member_of")
    return kept


@lru_cache(maxsize=1)
def counterpart_groups() -> frozenset[str]:
    """Groups named only as a counterpart ("non-EU countries"): no vote for the subject
    (vocab/en/counterpart_groups.txt)."""
    return frozenset(read_lines("counterpart_groups.txt"))


# a bracket of source credits closing its paragraph, no figure in it: "(АПК-Информ/Пищепром Украины)", "(Reuters/Xinhua)"
CREDIT_CHARS = 60
_CREDIT_OPEN = skip_compile(r"\((?=[^()\d\n]*/)[^()\d\n]*$")
_CREDIT_CLOSE = skip_compile(r"[^()\d\n]{0,30}\)\s*(?:\n|$)")


def subject_scores(head: str, title_end: int = 0,
                   strong: set | None = None, destinations: set | None = None,
                   memo: dict | None = None, made: dict | None = None,
                   unvoted: dict | None = None) -> dict[tuple[str, str | None], float]:
    """Score of each place named in head; head[:title_end] is the title. strong, when given, gathers
    the places with one vote at least above a counterpart's (named as more than a destination); made, when given,
    the name of the rule that made a place the one scored in its country's stead (region_subject,
    region_majority_subject, region_outvotes_country), by place; unvoted, when given, the name of the named filter
    (NO_VOTE_FILTERS) that took a place's vote away, by the place's vote key.

    memo (a dict the caller keeps for one document, or None): the head's scores read once when the
    document's subject and its head's counterpart (facts/carry.page_head_partner) read the same head;
    the same scores and sets as a fresh reading (strong and destinations only gather, they change
    no score)."""
    if memo is None:
        return _subject_scores(head, title_end, strong, destinations, made, unvoted)
    key = (head, title_end, current_language())
    hit = memo.get(key)
    if hit is None or (hit[1] is None and (strong is not None or destinations is not None)):
        kept_strong, kept_dest = (set(), set()) if strong is not None or destinations is not None else (None, None)
        kept_made: dict = {}
        kept_unvoted: dict = {}
        hit = memo[key] = (_subject_scores(head, title_end, kept_strong, kept_dest, kept_made, kept_unvoted), kept_strong,
                           kept_dest, kept_made, kept_unvoted)
    scores, kept_strong, kept_dest, kept_made, kept_unvoted = hit
    if strong is not None:
        strong |= kept_strong
    if destinations is not None:
        destinations |= kept_dest
    if made is not None:
        made.update(kept_made)
    if unvoted is not None:
        unvoted.update(kept_unvoted)
    return dict(scores)


class _VoteCues(NamedTuple):
    """The cues NO_VOTE_FILTERS' tests read, in the page's language, found once per reading of a head."""
    role_after: re.Pattern
    agent: re.Pattern
    post: re.Pattern
    event: re.Pattern
    saying: re.Pattern
    rival: re.Pattern
    scope: re.Pattern
    among: re.Pattern
    cause_clause: re.Pattern
    bank_name: re.Pattern


def _vote_cues(role_after: re.Pattern) -> _VoteCues:
    return _VoteCues(role_after, cue("agent_before", NEVER), cue("post_before", NEVER), cue("event_after", EVENT_AFTER),
                     cue("saying_after", saying_cue()), cue("rival_before", RIVAL_BEFORE), cue("scope_before", NEVER),
                     cue("among_regions_before", NEVER),
                     cause_clause_before() if current_language() == DEFAULT_LANGUAGE else NEVER,
                     _bank_name_before() if current_language() == DEFAULT_LANGUAGE else NEVER)


def _epithet(head: str, p: Place, c: _VoteCues) -> bool:
    """"Europe's biggest economy": an epithet of a country, no owner's role after it (rule epithet_no_vote)."""
    return epithet_cue().match(head, p.end) is not None and c.role_after.match(head, p.end) is None


def _agent(head: str, p: Place, c: _VoteCues) -> bool:
    """"давления со стороны ЕС и США": an agent acting on the page's pair (rule agent_no_vote; Russian rows only)."""
    return c.agent.search(head, max(0, p.start - 40), p.start) is not None


def _post(head: str, p: Place, c: _VoteCues) -> bool:
    """"посольства Поднебесной в РФ": a diplomat's post (rule post_no_vote; Russian rows only)."""
    return c.post.search(head, max(0, p.start - 40), p.start) is not None


def _event(head: str, p: Place, c: _VoteCues) -> bool:
    """"the Ukraine war": a place naming an event (rule event_no_vote)."""
    return c.event.match(head, p.end) is not None


def _said_by(head: str, p: Place, c: _VoteCues) -> bool:
    """p is a demonym naming where a saying comes from ("An old African saying"; rule saying_no_vote)."""
    return p.kind == "demonym" and c.saying.match(head, p.end) is not None


def _rival(head: str, p: Place, c: _VoteCues) -> bool:
    """"уступая лишь Китаю", "Poland has overtaken Russia in trade with Ukraine" (thepage.ua): a rival of the subject
    (rule rival_no_vote)."""
    return c.rival.search(head, max(0, p.start - 30), p.start) is not None


def in_scope(text: str, p: Place, c) -> bool:
    """"Показатель рассчитан с учетом стран – членов ЕАЭС": the places a total counts in or leaves out name its scope,
    neither a vote for the subject nor a partner candidate (rule scope_not_counterpart; Russian rows only). c: the
    caller's cues found once (_VoteCues, partners_candidates' _PlaceCues), c.scope the cue scope_before."""
    return c.scope.search(text, max(0, p.start - SCOPE_REACH), p.start) is not None


def _ranked_among(head: str, p: Place, c: _VoteCues) -> bool:
    """"Кузбасс сохраняет лидирующие позиции во внешней торговле среди регионов СФО" (a42.ru): the area whose regions
    the subject is ranked among contains it (rule ranked_among_regions; Russian rows only)."""
    return c.among.search(head, max(0, p.start - AMONG_REACH), p.start) is not None


def _in_cause_clause(head: str, p: Place, c: _VoteCues) -> bool:
    """A place (no demonym) inside a clause of cause (rule cause_clause_head; English only)."""
    return p.kind != "demonym" and c.cause_clause.search(head, max(0, p.start - 60), p.start) is not None


def _credited(head: str, p: Place, c: _VoteCues) -> bool:
    """"(АПК-Информ/Пищепром Украины)" closing a paragraph: a source credit names outlets (rule credit_bracket)."""
    return bool(_CREDIT_OPEN.search(head, max(0, p.start - CREDIT_CHARS), p.start) and _CREDIT_CLOSE.match(head, p.end))


def _wire_dateline(head: str, p: Place, c: _VoteCues) -> bool:
    """"WASHINGTON (Reuters) – Exports to China fell": a wire's dateline of a name several places bear says no country
    (rule wire_dateline)."""
    return p.kind == "listed" and _DATELINE_BEFORE.search(head, max(0, p.start - 8), p.start) is not None \
        and wire_dateline(head, p)


_along_border_before = EnglishCue("along_border_before", re.I)
_along_border_after = EnglishCue("along_border_after", re.I)


def along_border(text: str, p: Place) -> bool:
    """"No. 1 Inland Port along US-Mexico Border" (laredoedc.org): a place that names a border something lies along is
    where it lies, no side of its trade (rule along_border; the country that owns the border's other side, "US-", is
    read by the same test)."""
    return bool(_along_border_after().match(text, p.end)
                and _along_border_before().search(text, max(0, p.start - 24), p.start))


def _along_border_vote(head: str, p: Place, c: _VoteCues) -> bool:
    return along_border(head, p)


_bank_name_before = EnglishCue("bank_name_before")


def _bank_name(head: str, p: Place, c: _VoteCues) -> bool:
    """"after Royal Bank of Scotland posted a GBP1bn loss" (a UK market report): a region that closes a bank's name
    names the bank, not a side of the page's trade, and votes for no subject beside its country (rule
    bank_name_no_vote; a country's "Bank of Japan" votes as before; English rows only, read on English pages alone)."""
    return p.kind == "region" and c.bank_name is not NEVER \
        and c.bank_name.search(head, max(0, p.start - BANK_NAME_REACH), p.start) is not None


BANK_NAME_REACH = 12  # characters before a place that "Bank of " stands in (bank_name_no_vote)


# the named filters of _voting_places, each a place that votes for no subject: a figure whose reporter the head's
# subject decides writes the name after its reporter rule when the place is another than that subject (document_subject's
# made_by, records.VIA); the first that holds names the place
NO_VOTE_FILTERS = (
    ("epithet_no_vote", _epithet),
    ("agent_no_vote", _agent),
    ("post_no_vote", _post),
    ("event_no_vote", _event),
    ("saying_no_vote", _said_by),
    ("rival_no_vote", _rival),
    ("scope_not_counterpart", in_scope),
    ("ranked_among_regions", _ranked_among),
    ("cause_clause_head", _in_cause_clause),
    ("credit_bracket", _credited),
    ("wire_dateline", _wire_dateline),
    ("bank_name_no_vote", _bank_name),
    ("along_border", _along_border_vote),
)
# the named filters that drop only regions: the vote they take away is keyed by the region's country (vote_key)
REGION_ONLY_FILTERS = frozenset({"bank_name_no_vote"})


def _voting_places(head: str, role_after: re.Pattern, unvoted: dict | None = None) -> list[Place]:
    """The places of the head that may vote for the page's subject (_subject_scores): none a named filter drops
    (NO_VOTE_FILTERS: an epithet, an agent, a diplomat's post, an event, a saying's, a rival, the scope of a total, the
    area a region is ranked among, a cause clause's or a source credit's place, a wire's dateline), nor a group of
    counterparts (rule counterpart_group) or a bloc the subject is a member of, named with it (rule member_of).
    unvoted, when given, gets the name of the filter that dropped a place, by its vote key."""
    cues = _vote_cues(role_after)
    places = []
    groups = counterpart_groups()
    for p in find_places(head):
        for name, test in NO_VOTE_FILTERS:
            if test(head, p, cues):
                if unvoted is not None:
                    unvoted.setdefault(vote_key(p), name)
                break
        else:
            if p.name not in groups:
                places.append(p)
            elif unvoted is not None:
                unvoted.setdefault(vote_key(p), "counterpart_group")
    return _not_member_of(head, places, unvoted)


def _agency_votes(head: str, scores: dict, first: dict, regions: dict, destinations: set | None) -> None:
    """The votes of the statistics offices the head names (weight agency) added to _subject_scores' tallies."""
    for m in _agency_matches(head, 0, len(head)):
        k = _agencies()[1][fold(m.group())]
        if _several_countries(m.group()):
            # (an office's name that several countries' offices bear votes for the one the text around it names, else
            # for none: rule agency_country_named)
            k = _office_country(head, m)
            if k is None:
                continue
        # "The euro zone's trade surplus with the rest of the world grew ... according to data on Eurostat's
        # website": an office that reports for more than one area (agencies.csv rows of one alias: Eurostat, the
        # EU and the euro area) votes for the one of them the head names first, not always its first row
        # (rule agency_area_named)
        named = [a for a in _agencies()[2][fold(m.group())] if a in first]
        if named:
            k = min(named, key=first.get)
        scores[k] = scores.get(k, 0.0) + WEIGHTS["agency"]
        if destinations is not None:
            destinations.add(None)  # "according to the Census Bureau": the office's country reports
        first.setdefault(k, m.start())
        regions.setdefault(k, {})[k] = 0.0


@lru_cache(maxsize=None)
def _speaker_bodies(lang: str) -> tuple[re.Pattern, tuple[tuple[re.Pattern, tuple[str, str]], ...]] | None:
    """The chambers whose name does not say their country (vocab/<lang>/speaker_bodies.csv): one pattern of them all and
    each one's (pattern, (name, iso3)); None for a language with no such file."""
    if not has_file("speaker_bodies.csv", lang):
        return None
    rows = tuple((re.compile(r["body"]), (r["name"], r["iso3"])) for r in read_csv("speaker_bodies.csv", lang))
    return skip_compile(rf"(?<![\w-])(?:{'|'.join(r.pattern for r, _ in rows)})(?![\w-])"), rows


def _speaker_body_votes(head: str, scores: dict, first: dict, regions: dict, destinations: set | None) -> None:
    """"Таково сообщение спикера Госдумы Вячеслава Володина в ходе встречи с президентом Таджикистана", "Председатель
    Госдумы заявил": the head of a chamber whose name does not say its country (speaker_bodies.csv), his post right
    before it (cue speaker_body_before), speaks for that country, the side whose figures he states, as an official
    named with his country does (speaker_vote; weight speaker; rule speaker_body_vote)."""
    bodies = _speaker_bodies(current_language())
    post = cue("speaker_body_before", NEVER)
    if bodies is None or post is NEVER:
        return
    for m in bodies[0].finditer(head):
        if not post.search(head, max(0, m.start() - 20), m.start()):
            continue
        k = next(c for rx, c in bodies[1] if rx.fullmatch(m.group()))
        scores[k] = scores.get(k, 0.0) + WEIGHTS["speaker"]
        if destinations is not None:
            destinations.add(None)
        first.setdefault(k, m.start())
        regions.setdefault(k, {})[k] = 0.0


def _buyers_marks(head: str, rx: re.Pattern) -> list[list[int]] | None:
    """Where in head the pieces of each group of the words every match of rx holds start (vocab.pattern_needs, read
    case-blind on the head lower-cased, as the cue is case-blind), a sorted list per group, for _holds_between to ask of
    each place's window before rx is searched there (rule buyers_from: the cue's search before every place of a head
    cost the Russian pages 0.6% of their instructions, s73 costB73); None: every window is searched (no cue, no
    lower-cased copy that matches alike, or no words read off the cue)."""
    if rx is NEVER:
        return None
    low = lower_text(head)
    needs = pattern_needs(rx)
    if low is None or not needs:
        return None
    marks = []
    for group in needs:
        at: list[int] = []
        for piece in group:
            i = low.find(piece)
            while i >= 0:
                at.append(i)
                i = low.find(piece, i + 1)
        marks.append(sorted(at))
    return marks


def _holds_between(marks: list[list[int]], lo: int, hi: int) -> bool:
    """Whether a piece of every group of marks (_buyers_marks) starts in [lo, hi): false, no match of the cue lies in
    head[lo:hi], whose matches hold a piece of every group."""
    for at in marks:
        j = bisect_left(at, lo)
        if j == len(at) or at[j] >= hi:
            return False
    return True


def _subject_scores(head: str, title_end: int, strong: set | None,
                    destinations: set | None, made: dict | None = None,
                    unvoted: dict | None = None) -> dict[tuple[str, str | None], float]:
    """subject_scores, read anew."""
    scores: dict[tuple[str, str | None], float] = {}
    first: dict[tuple[str, str | None], int] = {}
    regions: dict[tuple[str, str | None], dict[tuple[str, str | None], float]] = {}
    moved: dict = {}   # country -> {region: (votes, rule)} of its regions named as the place of the story or event
    role_after, role_before = cue("role_owner_after", ROLE_OWNER_AFTER), cue("role_owner_before", ROLE_OWNER_BEFORE)
    destination = cue("destination", destination_cue())  # "exports to China": a destination or origin only (counterparts_only)
    places = _voting_places(head, role_after, unvoted)
    # "Qatar-Turkey trade volume expected ...", "Korea-Indonesia trade still developing": a title that
    # names the page's pair names its own side first (weight title_pair_first)
    pair_first = {id(a) for a, b in zip(places, places[1:])
                  if b.start < title_end and head[a.end:b.start].strip() in ("-", "–", "—")}
    # "Azerbaijan and Turkey have increased trade turnover", "Azerbaijan, Turkey increase trade": a flow
    # owned by a coordinated pair is owned by both sides, not by the one next to the verb (rule coordinated_owner)
    owns = cue("owns_flow", _owns_flow())
    coordinated = {id(a) for a, b in zip(places, places[1:])
                   if _coordinated().fullmatch(head, a.end, b.start) and owns.match(head, b.end)}
    role_counterpart_before = cue("role_counterpart_before", NEVER)
    dest_end = -1   # where the last place named as a destination ends (a list goes on: "Europe and the US")
    market_lists = [(m.end(), _list_end(head, m.end())) for m in cue("markets_list", markets_list()).finditer(head)]
    # (the language's cues the loop reads, looked up once, not for each place)
    flow_of_subject, counterpart, market_after = (cue("flow_of_subject", _flow_of_subject()), cue("counterpart", _counterpart()),
                                                  cue("market_after", market_after_cue()))
    counterpart_list, exports_from = cue("counterpart_list", _counterpart_list()), cue("exports_from", _exports_from())
    role_counterpart_after = cue("role_counterpart_after", ROLE_COUNTERPART_AFTER)
    more_roles = more_counterpart_roles(head)  # (session 67: facts/counterpart_roles.py, None for most heads)
    import_demonym_before, flow_before = cue("import_demonym_before", NEVER), cue("flow_before", NEVER)
    locus_opening_before, locus_form = cue("locus_opening_before", NEVER), cue("locus_form", NEVER)
    locus_opening_after, demonym_flow_after = cue("locus_opening_after", NEVER), cue("demonym_flow_after", NEVER)
    member_and_others_after, agency, title_flow = (cue("member_and_others_after", NEVER), cue("agency", _agency()),
                                                   cue("title_flow", _title_flow()))
    speaker_before = cue("speaker_before", NEVER)
    people_noun = cue("people_noun", NEVER)
    buyers_from = cue("buyers_from_before", NEVER)
    buyers_marks = _buyers_marks(head, buyers_from)
    for p in places:
        k = vote_key(p)
        # (the reach holds "со странами-членами ШОС": a preposition, then the group's members' word; rule
        # counterpart_members, Russian rows of cue counterpart)
        flow_of = p.kind != "demonym" and flow_of_subject.search(head, max(0, p.start - FLOW_OF_REACH), p.start)
        s = WEIGHTS["counterpart"] if ((counterpart.search(head, max(0, p.start - COUNTERPART_REACH), p.start)
                                        and not _body_after(current_language()).match(head, p.end))
                                       or market_after.match(head, p.end)
                                       or ("," in head[max(0, p.start - 6):p.start] and _list_goes_on().match(head, p.end)
                                           and counterpart_list.search(
                                               head, max(0, p.start - COUNTERPART_LIST_REACH), p.start))) \
            and not exports_from.search(head, max(0, p.start - EXPORTS_FROM_REACH), p.start) \
            and not flow_of else WEIGHTS["mention"]
        # ("Главным стратегическим партнером для республики по-прежнему остается Россия", ctv.by: a place its role as
        # a partner names before it, a counterpart too; rule role_counterpart_before, Russian rows only)
        role_counterpart = role_counterpart_after.match(head, p.end) is not None \
            or (more_roles is not None and more_roles.match(head, p.end) is not None) \
            or any(a <= p.start < b for a, b in market_lists) \
            or MARKETS_SUCH_AS.search(head, max(0, p.start - MARKETS_REACH), p.start) is not None \
            or role_counterpart_before.search(head, max(0, p.start - ROLE_BEFORE_REACH), p.start) is not None \
            or (p.kind == "demonym" and people_noun.fullmatch(p.surface) is not None)
        # ("Россияне лидируют по расходам в Казахстане", lada.kz: a country's people, who travel and spend, are the
        # counterpart of the country they spend in, no vote for the page's side; rule people_counterpart, Russian rows of
        # cue people_noun, none in English)
        # "Бразилия сократила закупки российских удобрений" (72news.ru), "Дели нарастил импорт российских товаров": a
        # demonym right after an import word names where the goods come from, a counterpart (rule
        # import_demonym_counterpart; Russian rows of cue import_demonym_before)
        if role_counterpart or (p.kind == "demonym" and import_demonym_before.search(
                head, max(0, p.start - IMPORT_DEMONYM_REACH), p.start) is not None):
            s = WEIGHTS["counterpart"]
        # "В Ростовской области экспорт промышленных товаров с января по июль 2024 года превысил прошлогодний
        # показатель на 40%" (newsrostov.ru): a place in the locative opening its sentence behind "В", a flow word
        # right after it, is where the flow is counted: the page's subject, no counterpart (rule locus_opening;
        # Russian rows of cues locus_opening_before and locus_opening_after, the locative of cue locus_form)
        locus_opening = (locus_opening_before.search(head, max(0, p.start - 8), p.start) is not None
                         and locus_form.search(p.surface) is not None
                         and locus_opening_after.match(head, p.end) is not None)
        if locus_opening:
            s = WEIGHTS["mention"] + WEIGHTS["subject"]
        base = s
        if exports_from.search(head, max(0, p.start - EXPORTS_FROM_REACH), p.start) or flow_of:
            s += WEIGHTS["owns_flow"]  # "Non-oil exports from Saudi Arabia to the US": the exporter trades
        # cue "flow_before": a flow word right before a place that owns it (none in English;
        # a Russian genitive "товарооборот Таджикистана", vocab/<lang>/patterns.csv)
        # cue "demonym_flow_after": an adjective agreeing with the export word after it owns the flow ("украинский
        # экспорт"; none in English, whose _OWNS_FLOW reads "Russian exports"; rule demonym_flow_after), not the
        # second half of a pair's adjective ("российско-иранский товарооборот")
        # ("Представители деловых кругов из Афганистана и Узбекистана закупили сжиженный газ", turkmenistan.ru: buyers from
        # a place, its name right before the purchase verb, are the counterpart the page's side sold to, not a side that
        # owns the flow; rule buyers_from, Russian rows of cue buyers_from_before)
        lo = max(0, p.start - BUYERS_REACH)
        buyers = buyers_from is not NEVER and (buyers_marks is None or _holds_between(buyers_marks, lo, p.start)) \
            and buyers_from.search(head, lo, p.start) is not None
        if buyers:
            pass
        elif owns.match(head, p.end) or (id(p) in coordinated and s >= WEIGHTS["mention"]) \
                or flow_before.search(head, max(0, p.start - 40), p.start) \
                or (p.kind == "demonym" and demonym_flow_after.match(head, p.end)
                    and not _DASH_BEFORE.search(head, max(0, p.start - 3), p.start)):
            s += WEIGHTS["owns_flow"]
        if _POSSESSIVE.match(head, p.end):
            s += WEIGHTS["possessive"]
        # "товарооборот между Таджикистаном и другими странами ШОС": the place set against the other members
        # of a group is the side the page is about, the group its counterpart (rule member_and_others;
        # Russian rows only, vocab/<lang>/patterns.csv)
        if member_and_others_after.match(head, p.end):
            s += WEIGHTS["owns_flow"]
        if p.iso3 and (role_after.match(head, p.end) or role_before.search(head, max(0, p.start - 40), p.start)):
            s += WEIGHTS["role_owner"]
        # "Об этом заявил министр экономики Украины Анатолий Кинах", "Данное заявление сделал премьер-министр Республики
        # Беларусь": the country of the official who states the page's figures is the side whose data they are (rule
        # speaker_vote; Russian rows of cue speaker_before only)
        if p.iso3 and p.kind == "country" and speaker_before.search(head, max(0, p.start - SPEAKER_REACH), p.start):
            s += WEIGHTS["speaker"]
        office_owner = False
        if (_agency_before(head, p.start, agency) and not _counterpart_past_office(head, p, agency, s)) \
                or _owned_agency(head, p.end, agency):
            s += WEIGHTS["agency"]
            office_owner = True
        if _sentence_start().search(head, max(0, p.start - 6), p.start) and not role_counterpart:
            s += WEIGHTS["subject"]
        if p.start < title_end:
            s += WEIGHTS["title"]
            if s >= WEIGHTS["mention"] and title_flow.match(head, p.end):
                s += WEIGHTS["title_owner"]
        if id(p) in pair_first:
            s += WEIGHTS["title_pair_first"]
        scores[k] = scores.get(k, 0.0) + s
        if strong is not None and s > WEIGHTS["counterpart"]:
            strong.add(k)
        if destinations is not None:
            # (a place named in its role in another's trade, "The USA was the main non-EU destination", "the EU
            # accounted for €4,436 million (56%) of total exports", is a counterpart only too: rule
            # destination_share_counterpart)
            dest = bool(role_counterpart or destination.search(head, max(0, p.start - 12), p.start)
                        or MARKETS_SUCH_AS.search(head, max(0, p.start - MARKETS_REACH), p.start)
                        or (dest_end >= 0 and LIST_GAP.fullmatch(head, dest_end, p.start))
                        # "with increased exports to the European Union (EU) following": the bracketed short name
                        # restates the destination (rule destination_restated; news.lk)
                        or (dest_end >= 0 and RESTATED_GAP.fullmatch(head, dest_end, p.start)))
            bonus = s - (WEIGHTS["title"] if p.start < title_end else 0.0) - base
            if not dest or bonus > 0:
                destinations.add(None)  # a place named otherwise than as a destination or origin ("Bank of Tanzania")
            dest_end = p.end if dest else -1
        first.setdefault(k, p.start)
        by_region = regions.setdefault(k, {})
        if p.kind == "region" and k != (p.name, p.iso3) and (at := _event_place(head, p)) is None:
            by_region[(p.name, p.iso3)] = by_region.get((p.name, p.iso3), 0.0) + s
        elif p.kind == "region" and k != (p.name, p.iso3) and made is not None:
            # (a region named as the place of the story or event votes for its country; kept aside by region, so that
            # _region_only can tell whether the region would have been the subject else)
            aside = moved.setdefault(k, {})
            aside[p.name, p.iso3] = (aside.get((p.name, p.iso3), (0.0, at))[0] + s, at)
            by_region[k] = by_region.get(k, 0.0) + s
        elif office_owner and p.kind != "region" and by_region:
            # "По данным ... Федеральной таможенной службы России, внешнеторговый оборот Орловской области ..."
            # (orelgrad.ru): a country named only as the owner of a national office, after one of its regions, still
            # leaves the page the region's (rule region_subject_national_office)
            pass
        else:
            by_region[k] = by_region.get(k, 0.0) + s  # the country itself (or its demonym) named
    _agency_votes(head, scores, first, regions, destinations)
    _speaker_body_votes(head, scores, first, regions, destinations)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], first[kv[0]]))
    if moved:
        _name_event_places(moved, regions, made)
    return {_region_only(k, regions.get(k, {}), made): v for k, v in ranked}


def _name_event_places(moved: dict, regions: dict, made: dict) -> None:
    """made gets, for a country that stays the place scored only because a region named as the place of the story or
    event voted for it (_event_place), that rule's name: with the region's votes its own, _region_only would have made
    the region the place scored (rules region_subject, region_majority_subject, region_outvotes_country)."""
    for k, aside in moved.items():
        votes = regions.get(k, {})
        if _region_only(k, votes) != k:
            continue
        alt = dict(votes)
        for region, (s, _) in aside.items():
            alt[region] = alt.get(region, 0.0) + s
            alt[k] = alt.get(k, 0.0) - s
        if alt.get(k, 0.0) < 1e-9:   # (the country had no vote but its regions' so named)
            alt.pop(k, None)
        if _region_only(k, alt) != k:
            made.setdefault(k, next(iter(aside.values()))[1])


# a wire's dateline after the city that opens a line, whatever the city's kind: a wire's credit and a dash, a date
# before it ("WASHINGTON (Reuters) – The US trade deficit widened ...", pledgetimes.com; "BRUSSELS, Jan 15 (Reuters) -",
# "Beijing (ANTARA) –", "/Xinhua/ --"); or a city in capitals, a dash or colon and prose ("HONG KONG – China's exports
# ...": WIRE_CAPS_AFTER); where the story was filed, no counterpart even after a title the text repeats (rule
# wire_dateline)
WIRE_CREDIT_AFTER = skip_compile(r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s+(?:19|20)\d\d)?)?\s*"
                                r"(?:\([A-Za-z][A-Za-z .&’'-]{1,24}\)|/[A-Z][A-Za-z .-]{1,24}/)\s*(?:[–—:]|--?\s)")
WIRE_CAPS_AFTER = skip_compile(r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?\s*(?:[–—:]|--?\s)\s*[A-Z“\"‘']")


def wire_dateline(text: str, p: Place) -> bool:
    """Whether the place p that opens a line is a wire story's dateline of any kind of city (rule wire_dateline):
    a credit follows it, or it is in capitals and a dash or colon and prose follow."""
    return bool(cue("wire_credit_after", WIRE_CREDIT_AFTER).match(text, p.end)
                or (p.surface.isupper() and cue("wire_caps_after", WIRE_CAPS_AFTER).match(text, p.end)))


# where a story was filed or an event held, not who trades: a dateline ("Jakarta: ...",
# "ABUJA — ...", "LIMA, May 25 ...") or "released in Abuja on Thursday"
_DATELINE_BEFORE = skip_compile(r"(?:^|\n)[ \t]*$")
_DATELINE_AFTER = skip_compile(r"[ \t]*(?:[:—–]|-\s|,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d))")
_event_before = EnglishCue("subject_event_before")
_event_after = EnglishCue("subject_event_after")


# "James Emejo in Abuja" (thisdaylive.com, a line of its own under the title), "By Tony Obiechina, Abuja" (dailyasset.ng): a byline names
# the writer and where the story was filed, no side of the page's trade (rule byline_place; the first line of the head,
# a title such as "Record Exports in Gujarat", is never a byline, nor a subheading further than BYLINE_CHARS into the head)
_BYLINE_AFTER = skip_compile(r"[ \t]*(?:\n|$)")
BYLINE_REACH = 60  # how far before a place its byline's line may start
BYLINE_CHARS = 300  # how far into the head (its title and opening) a byline may end


def _event_place(head: str, p: Place) -> str | None:
    """A city or region named as the place of the story or event: it votes for its country, never makes the page about
    itself (rule region_subject's exceptions): the name of the one that holds, a dateline's place (rule dateline_place),
    an event's (rule event_place_region) or a byline's (rule byline_place), else None."""
    if _DATELINE_BEFORE.search(head, max(0, p.start - 8), p.start) and _DATELINE_AFTER.match(head, p.end):
        return "dateline_place"
    if _event_before().search(head, max(0, p.start - 4), p.start) and _event_after().match(head, p.end):
        return "event_place_region"
    if p.end <= BYLINE_CHARS and _BYLINE_AFTER.match(head, p.end) \
            and cue("byline_before", english_cue("byline_before")).search(head, max(0, p.start - BYLINE_REACH), p.start):
        return "byline_place"
    return None


def _region_only(k: tuple[str, str | None], votes: dict, made: dict | None = None) -> tuple[str, str | None]:
    """A country voted for only by one of its regions, never named itself, is that region: a page
    on "Arkansas exports" is about Arkansas (a subnational reporter), not the United States
    (rule region_subject). made, when given, gets the rule that made a region the place scored, by region
    (region_subject, region_majority_subject, region_outvotes_country), for fact_rules to name."""
    if len(votes) == 1 and k not in votes:
        region = next(iter(votes))
        if made is not None:
            made[region] = "region_subject"
        return region
    # "Western Australia needs to diversify its export base ... 50.6 per cent share of total Australian exports"
    # (australianmining.com.au), "Queensland clocked 48% growth in exports and surpassed NSW" (miningmonthly.com): a
    # page whose votes for a country come from one of its regions named again and again (REGION_MAJORITY_MIN), twice
    # as many as from the country itself and its other regions together, is about that region; a capital named in
    # a dateline or two is no such region (rule region_majority_subject)
    top, v = max(votes.items(), key=lambda kv: kv[1], default=(k, 0.0))
    if top == k:
        return k
    if v >= REGION_MAJORITY_MIN and v >= 3 * (sum(votes.values()) - v):
        if made is not None:
            made[top] = "region_majority_subject"
        return top
    # "Record high for WA exports as State's strong performance lifts Australia to $11.7 billion trade surplus"
    # (thewest.com.au), "Хэйлунцзян ... экспорт провинции": the one region of a country the head names, with more votes
    # than the country itself, is the page's subject, though its country is named too; a page naming two or more of its
    # regions compares them ("Alberta and Saskatchewan as the heavyweight and middleweight champions", a page on
    # Canada's exports), and a capital stands for its country's government ("Как Таллин добился рекордного
    # товарооборота"; vocab capitals.txt): the country stays (rule region_outvotes_country)
    if v >= REGION_OUTVOTE_MIN and set(votes) == {top, k} and v > votes[k] and top[0] not in _capitals():
        if made is not None:
            made[top] = "region_outvotes_country"
        return top
    return k


REGION_MAJORITY_MIN = 6.0  # the votes a region needs to be a page's subject beside its country named (region_majority_subject)
REGION_OUTVOTE_MIN = 3.0  # the votes a region needs to outvote its country named (region_outvotes_country)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """The canonical names of capitals (vocab/<lang>/capitals.txt of every language): no region subject."""
    return frozenset(read_lines_all("capitals.txt"))


def document_subject(text: str, title: str | None = None, given: str | None = None,
                     outlet: str | None = None, memo: dict | None = None,
                     made_by: list | None = None) -> tuple[str | None, str | None, str]:
    """(name, iso3, rule) of the document's reporter: sources.csv, else the head's vote, else the
    country of the outlet's web domain (a page that names no place: rule outlet), else none.
    memo: see subject_scores. made_by, when given, gets the name of the rule that made the head's place the subject
    in its country's stead (region_subject, region_majority_subject, region_outvotes_country), and of each named filter
    that took the vote of another place than the subject away (NO_VOTE_FILTERS: saying_no_vote), which fact_rules
    writes after the reporter rule's."""
    if given:
        p = lookup(given)
        return (given, p.iso3 if p else None, "sources")
    title = (title or "").strip()
    head = (title + "\n" if title else "") + text[:HEAD_CHARS]
    strong: set = set()
    named: set = set()
    made: dict = {}
    unvoted: dict = {}
    scores = subject_scores(head, len(title), strong, named, memo, made, unvoted)
    if not scores:
        try:
            return (country(outlet), outlet, "outlet") if outlet else (None, None, "none")
        except KeyError:
            return None, None, "none"
    (name, iso3), _ = next(iter(scores.items()))
    later = None if strong else _subject_later(text, title)
    if later is not None:
        return later[0], later[1], "head_later"
    if not strong and len(scores) > 1 and all(k[1] is None for k in scores):
        # "Причем сократился по всем направлениям – в СНГ на 29%, в ЕС — на 17%, в другие страны — на 17%" (an
        # economist's post on a country the page never names): a head that names two groups of countries or more, no
        # country, each voted a counterpart's, breaks someone's trade down by destination and says no side of its own:
        # no reporter rather than the first group (rule counterparts_group, as counterparts_only for a head of
        # destinations; one group alone, "между государствами Таможенного союза", may be the page's own). As there, the
        # outlet's country is the side of such a page when its web domain names one (komsomol.md on that post: Moldova's
        # exports by destination; rule counterparts_group_outlet, written after the reporter rule outlet)
        try:
            if outlet:
                if made_by is not None:
                    made_by.append("counterparts_group_outlet")
                return country(outlet), outlet, "outlet"
        except KeyError:
            pass
        return None, None, "counterparts_group"
    if not named:
        # "Exports to China rose 5 percent in May 2007": a head that names places only as destinations or origins
        # does not say whose trade it is; the outlet's country, else none (rule counterparts_only)
        try:
            return (country(outlet), outlet, "outlet") if outlet else (None, None, "counterparts_only")
        except KeyError:
            return None, None, "counterparts_only"
    if made_by is not None and (name, iso3) in made:
        made_by.append(made[name, iso3])
    if made_by is not None and unvoted:
        # ("An old African saying states that ..." on a page of Kenya's trade: the filter that took another place's
        # vote away names itself after the reporter rule, rule saying_no_vote; NO_VOTE_FILTERS)
        made_by.extend(r for r in dict.fromkeys(r for k, r in unvoted.items() if k != (name, iso3)) if r not in made_by)
    return name, iso3, "head"


LATER_CHARS = 4 * HEAD_CHARS  # how far the text is read for the side of a page whose opening names only counterparts


def owner_further_on(text: str, title: str | None) -> tuple[str, str | None] | None:
    """A page whose title and opening name no place at all ("Our overall exports grew 5.81 per cent in the outgoing
    fiscal year (FY18)" in an editor's column, "Country's exports increased by 25.67 per cent") is about the side that
    owns the flow further on ("buyers' confidence in Bangladesh's RMG sector"): that side, when the longer text gives it
    a vote above a counterpart's and names it twice at least, else None (rule unplaced_later; read after the page's own
    currency, before none). A side named once ("-India-China trade balance agreement remain a non-starter" in a list of
    related stories under "Country's exports increased by 25.67 per cent") is named in passing."""
    later = _subject_later(text, (title or "").strip())
    if later is None:
        return None
    named = sum(vote_key(p) == later for p in find_places(text[:LATER_CHARS]))
    return later if named >= LATER_OWNER_MIN else None


LATER_OWNER_MIN = 2  # how often the text read (LATER_CHARS) names the owner further on of a page with no place in its head


def _subject_later(text: str, title: str) -> tuple[str, str | None] | None:
    """A page whose title and opening name places only as destinations ("RMG export ... to the US
    amounted to ...", "growth in the US market") is about the side that owns the flow further on
    ("Bangladesh's export earnings from the US"): that side, when the longer text gives it a vote above a
    counterpart's, else None (the opening's vote stands; rule subject_later)."""
    if len(text) <= HEAD_CHARS:
        return None
    strong_later: set = set()
    scores = subject_scores((title + "\n" if title else "") + text[:LATER_CHARS], len(title), strong_later)
    top = next(iter(scores), None)
    return top if top in strong_later else None
