"""Several countries' figures in turn: each item of the list reports its own.

"China's exports in March contracted by 7.5%, Malaysia's were down by 6.1%, Indonesia's by 4.2%",
"Taiwan's exports declined by 16.64% ...; while the Philippines posted a decline of 13.84%, South
Korea 11%, Malaysia 8.35%": after a head whose flow a country owns, a country standing right before
a later figure of the sentence, after a list separator, is that figure's reporter, not the head's
owner (rule list_owner). A bare item ("South Korea 11%") parallels the head's owner only when the
head names no counterpart ("exports to China reached $5 billion, Russia $3 billion" lists
counterparts). Rule respectively_subject: the countries a sentence opens with report its
"respectively" list of their own flows.
"""
from __future__ import annotations

import re

from tradeflows.facts.reporters import DASH_BEFORE, POSSESSIVE, POSSESSIVE_SHARE, DEMONYM_FLOW
from tradeflows.facts.inflect import cases
from tradeflows.facts.respectively import listed, siblings
from tradeflows.vocab import current_language
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# between the item and its figure: "'s were down by", " posted a decline of", " at", " with a growth rate of"
ITEM_GAP = skip_compile(r"(?:['’]s?)?(?:\s+[a-z]+){0,6}\s*")
ITEM_GAP_CHARS = 40
# a flow or share word between: the item owns another flow ("Japan's imports from Korea fell 3%": rule possessive)
# or is a counterpart's share ("while Turkey's share is 19.6 percent": partner rule possessive_share)
_flow_word = EnglishCue("reporters_list_flow_word", re.I)
# right before the item: ", ", "; while the ", ", and ", "followed by "
item_open = EnglishCue("list_item_open", re.I)
# a figure of the sentence before the item: "7.5%", "16.64% in value", "$5.44 billion"
earlier_figure = EnglishCue("reporters_list_earlier_figure", re.I)
# a head that owns a role, not a flow: "Vietnam's largest trade partner", "the United States' largest export customer"
_head_role = EnglishCue("reporters_list_head_role", re.I)
# a counterpart slot of the head: "exports to China", "trade with India"
_counterpart_slot = EnglishCue("reporters_list_counterpart_slot", re.I)
# a preposition ending the gap between a "while" subject and its figure (while_subject)
_gap_ends_preposition = EnglishCue("reporters_list_gap_ends_preposition")


def _head(cl, item) -> tuple | None:
    """The head of the list: the first place of the sentence owning a flow ("China's exports", "Russian
    exports"), other than the item. A place that only opens the sentence heads no list of reporters:
    "Germany was followed by the U.S. with $14.3 billion, the United Kingdom with $12.2 billion" lists
    markets (rule list_head_owns)."""
    text = cl.d.text
    for p in cl.d.places(cl.si, cl.lo, item.start):
        if p.iso3 == item.iso3 or p.kind not in ("country", "demonym", "bloc"):
            continue
        if _head_role().match(text, p.end):
            continue  # "Vietnam's largest trade partner", "the United States' largest export customer": a role
        if (POSSESSIVE.match(text, p.end) and not POSSESSIVE_SHARE.match(text, p.end)) \
                or (p.kind == "demonym" and DEMONYM_FLOW.match(text, p.end)):
            return p
    return None


# "a contraction of 6.0% in Thailand, 4.1% in Singapore and 2.6% each in Malaysia", "an increase of 83.5% for Vietnam":
# a figure's own country right after it, behind "in" or "for" (rule list_item_after)
_item_after_cue = EnglishCue("reporters_list_item_after", re.I)
_not_item_after = EnglishCue("reporters_list_not_item_after", re.I)


def _item_after(cl):
    """'the Philippines logged a 10.1% fall in exports in 2020, followed by a contraction of 6.0% in Thailand, 4.1%
    in Singapore and 2.6% each in Malaysia and Indonesia', 'Thailand's trade surplus surged by 144.5%, compared with an
    increase of 83.5% for Vietnam, 43.9% for Singapore': a later figure of a sentence whose earlier figure another
    country owns, with its own country right after it, is that country's (rule list_item_after); not where the
    sentence names a counterpart behind "to", "from" or "with" ("exports to China rose 10%, against 13 percent for
    the United States" lists counterparts)."""
    text, f = cl.d.text, cl.f
    if f.kind != "growth":
        return None   # ("compared to 13 percent for the United States" after a share, "a surplus of US$6.3 billion for
        # Indonesia": a counterpart's share, the side a balance favours)
    places = cl.places
    item = next((p for p in places if p.start >= f.clean_end and p.start - f.clean_end <= 16), None)
    if item is None or item.kind != "country" or not item.iso3 \
            or not _item_after_cue().fullmatch(text, f.clean_end, item.start) or _not_item_after().match(text, item.end):
        return None
    s = cl.d.c.sentences[cl.si][0]
    owners = [p for p in places if p.end <= f.clean_start and p.kind in ("country", "demonym") and p.iso3 != item.iso3]
    if not owners or not earlier_figure().search(text, owners[0].end, f.clean_start) \
            or any(_counterpart_slot().search(text, max(s, p.start - 12), p.start) for p in places if p.end <= f.clean_start):
        return None
    return item.name, item.iso3


# "Algeria topped the list of African countries importing from Egypt, with Egyptian exports worth $977.2 million,
# followed by Libya with total exports of $632.6 million, Morocco with $ 499.3 million, Tunisia with $496.6 million"
# (seenews.com): a bare item "with" its amount in a sentence that ranks (topped / led the list, followed by, ranked,
# came first) is the next counterpart of the ranking, not a reporter of its own (rule ranked_list_counterpart)
_rank_with_gap = EnglishCue("reporters_list_rank_with_gap", re.I)
_rank_before = EnglishCue("list_rank_before", re.I)


def list_owner(cl):
    """'..., Malaysia's were down by 6.1%', '...; while the Philippines posted a decline of 13.84%, South
    Korea 11%': a country listed after a head whose flow another country owns reports its own figure."""
    text, fs = cl.d.text, cl.f.clean_start
    after = _item_after(cl)
    if after is not None:
        return after
    before = [p for p in cl.d.places(cl.si, cl.lo, fs) if p.end <= fs]
    if len(before) < 2:
        return None
    item = before[-1]
    if item.kind != "country" or not item.iso3 or fs - item.end > ITEM_GAP_CHARS:
        return None
    gap = text[item.end:fs]
    if not cue("list_item_gap", ITEM_GAP).fullmatch(gap) or _flow_word().search(gap) or _receives().search(gap):
        return None  # ("followed by Italy in second place with $1.103 billion": a ranked counterpart)
    s = cl.d.c.sentences[cl.si][0]
    if not cue("list_item_open", item_open()).search(text, max(s, item.start - 12), item.start):
        return None
    head = _head(cl, item)
    if head is None or not earlier_figure().search(text, head.end, item.start):
        return None
    owned = bool(re.match(r"['’]s?\s", gap + " "))
    if not owned and _rank_with_gap().fullmatch(gap) \
            and cue("list_rank_before", _rank_before()).search(text, s, item.start):
        return None  # rule ranked_list_counterpart: a bare item "with" its amount in a ranking is a counterpart
    if not owned:  # a bare item parallels the head's owner only when the head names no counterpart
        first = earlier_figure().search(text, head.end, item.start)
        if any(_counterpart_slot().search(text, max(s, p.start - 12), p.start)
               for p in cl.d.places(cl.si, head.end, first.start())):
            return None
    return item.name, item.iso3


# between the subjects and their figures: their own flow ("saw increased exports in March at"), not their role
# as counterparts ("were among the top trading partners in Q1 with trade value at": rule respectively_partners)
_subjects_flow = EnglishCue("reporters_list_subjects_flow", re.I)
_subjects_role = EnglishCue("reporters_list_subjects_role", re.I)
# what may stand before the subjects a sentence opens with: "Taiwan and Vietnam, however, saw ..."
_subject_lead = EnglishCue("reporters_list_subject_lead", re.I)


def respectively_subject(cl):
    """'Taiwan and Vietnam, however, saw increased exports in March at 18.9% and 13%, respectively': the
    countries the sentence opens with, as its subjects, report the figures in turn (counterparts of a
    "respectively" list are the partner rule's)."""
    text = cl.d.text
    found = siblings(text, cl.lo, cl.hi, cl.f.clean_start, cl.f.figure)
    if found is None:
        return None
    i, starts = found
    places = [p for p in cl.places if p.end <= starts[0] and p.kind == "country" and p.iso3]
    idx = listed(text, [(p.start, p.end) for p in places], len(starts))
    if idx is None:
        return None
    s = cl.d.c.sentences[cl.si][0]
    lead = text[s:places[idx[0]].start].strip()
    if lead and not _subject_lead().fullmatch(lead):
        return None
    gap = text[places[idx[-1]].end:starts[0]]
    if not _subjects_flow().search(gap) or _subjects_role().search(gap):
        return None
    p = places[idx[i]]
    return p.name, p.iso3


# "..., while Indonesia chalked up a trade surplus of 21.74 billion USD": a country opening a contrasting clause
while_open = EnglishCue("while_open", re.I)
# a clause whose subject receives, makes up a share of or ranks in another's flow names a counterpart ("while Japan
# accounted for 12%", "Indonesia took 16.8 per cent more shipments from China", "while Sudan ranked second with
# exports valued at $929m", "while India was down in 20th (£8.4 billion)")
# ("while India supplied 19.8% of the island nation's imports": a supplier's share of another's imports)
_receives = EnglishCue("reporters_list_receives", re.I)
CLAUSE_GAP_CHARS = 80


def while_subject(cl):
    """'The Philippines narrowed its trade deficit by 46.3 percent ... while Indonesia chalked up a trade surplus
    of 21.74 billion USD': the country opening the figure's contrasting clause reports it."""
    text, fs = cl.d.text, cl.f.clean_start
    before = [p for p in cl.d.places(cl.si, cl.lo, fs) if p.end <= fs]
    if not before:
        return None
    subj = before[-1]
    if subj.kind != "country" or not subj.iso3 or fs - subj.end > CLAUSE_GAP_CHARS:
        return None
    if not cue("while_open", while_open()).search(text, max(cl.lo, subj.start - 16), subj.start):
        return None
    gap = text[subj.end:fs]
    # "while China is the country's largest supplier, with goods imports of $20.8 billion", "while the U.K.
    # ($11.28 billion)": a counterpart's role or a bracketed item of a list of destinations
    if _receives().search(gap) or _subjects_role().search(gap) or gap.lstrip().startswith("(") \
            or _gap_ends_preposition().search(gap):
        return None
    # "Imports from India dropped by 13 per cent to stand at Sh57.09 billion while China grew by 30 per cent from
    # Sh50.36 billion to Sh65.28 billion" (trademarkafrica.com, Kenya's first quarter): a country that only changes
    # after a clause on the flow from (or to) another country is that flow's next counterpart, not a reporter
    # (rule while_counterpart)
    if _bare_change().match(gap) and any(
            q.end <= subj.start and q.kind in ("country", "bloc") and _counterpart_flow_before().search(text, max(cl.lo, q.start - 30), q.start)
            for q in before[:-1]):
        return None
    return subj.name, subj.iso3


_bare_change = EnglishCue("reporters_list_bare_change", re.I)
_counterpart_flow_before = EnglishCue("reporters_list_counterpart_flow_before", re.I)


# A list of owners in a language whose names decline ("Латвия ... экспортировала товары на сумму 4,404 млрд евро, Литва -
# на 10,35 млрд евро, Эстония - на 5,294 млрд евро", "Торговый дефицит Литвы составил 0,5 млрд евро, Эстонии – 0,7 млрд
# евро", "Литовский импорт сократился на 13% ..., эстонский – на 10% ..."): the head owns the first figure as the flow's
# subject (nominative before a flow verb), its owner (genitive after a flow noun) or its adjective (a demonym before a
# flow noun), and each later item in the head's case, after a list separator and before a dash and its figure, owns its
# figure in the same way (rule owner_list). A genitive item after a share's owner ("на долю Литвы пришлось 17%, Германии -
# 11,6%") or an accusative one after a destination ("экспорт в Германию ..., Францию – ...") has no owner head: the
# partner rules read it. Cues of vocab/<lang>/patterns.csv; none in English, whose possessives list_owner reads.
OWNER_ITEM_REACH = 45   # from the item's end to its figure
_HEAD_KINDS = {"country": ("country", "bloc"), "bloc": ("country", "bloc"), "demonym": ("demonym",)}


def _owner_form(text: str, p) -> str | None:
    """How p owns the flow named next to it: "subject" (nominative before a flow verb: "Латвия ... экспортировала"),
    "owner" (after a flow noun: "Экспорт Литвы", "дефицит Литвы"), "adjective" (a demonym before a flow noun:
    "Литовский импорт"), else None."""
    if DASH_BEFORE.search(text, max(0, p.start - 3), p.start):
        return None   # "белорусско-китайский товарооборот": a pair's adjective owns no flow alone
    if p.kind == "demonym":
        return "adjective" if cue("owner_demonym_flow_after", NEVER).match(text, p.end) else None
    if cue("owner_flow_before", NEVER).search(text, max(0, p.start - 40), p.start):
        return "owner"
    if cue("owner_verb_after", NEVER).match(text, p.end) and not cue("owner_prep_before", NEVER).search(
            text, max(0, p.start - 6), p.start) and _may_be(p, "nomn"):
        return "subject"
    return None


def _may_be(p, case: str) -> bool:
    """p's last word may stand in the case (a word the analyser does not know may)."""
    found = cases(p.surface.split()[-1], current_language())
    return found is None or case in found


def owner_of_list(text: str, lo: int, p) -> bool:
    """p is the head or an item of a list of owners (rule owner_list): no counterpart of its figures."""
    return _owner_form(text, p) is not None or _is_owner_item(text, lo, p)


_FORM_CASE = {"subject": "nomn", "owner": "gent"}


def _agree(head, form: str, item) -> bool:
    """The item stands in the case of the head's form (a word the analyser does not know agrees)."""
    lang = current_language()
    ci = cases(item.surface.split()[-1], lang)
    if ci is None:
        return True
    need = _FORM_CASE.get(form)
    if need is not None:
        return need in ci
    ch = cases(head.surface.split()[-1], lang)
    return ch is None or bool(ch & ci)


def _is_owner_item(text: str, lo: int, p, fig_start: int | None = None) -> bool:
    """p opens a list item: a list separator before it, a dash and (when fig_start is given) the figure after it."""
    if not cue("owner_item_open", NEVER).search(text, max(lo, p.start - 4), p.start):
        return False
    if fig_start is None:
        return bool(cue("owner_item_dash", NEVER).match(text, p.end))
    return fig_start - p.end <= OWNER_ITEM_REACH and bool(cue("owner_item_gap", NEVER).fullmatch(text, p.end, fig_start))


def owner_list(cl):
    """An item of a list of owners, or its head, owns the figure (see the note above)."""
    if cue("owner_item_open", NEVER) is NEVER:
        return None   # a language with no rows of the cue (English) opens no item, and both branches need one
    text, f = cl.d.text, cl.f
    places = [p for p in cl.places if p.iso3 or p.kind == "bloc"]
    before = [p for p in places if p.end <= f.clean_start]
    if not before:
        return None
    item = before[-1]
    if item.kind in _HEAD_KINDS and _is_owner_item(text, cl.lo, item, f.clean_start):
        for head in reversed(before[:-1]):
            if head.kind not in _HEAD_KINDS[item.kind] or head.iso3 == item.iso3:
                continue
            form = _owner_form(text, head)
            if form is None:
                continue
            if cue("earlier_figure", NEVER).search(text, head.end, item.start) and _agree(head, form, item):
                return item.name, item.iso3
            return None
        return None
    # the head's own figure: the owner named last before it, a parallel item after it in the sentence
    head = item
    form = _owner_form(text, head) if head.kind in _HEAD_KINDS else None
    if form is None:
        return None
    later = [p for p in places if p.start >= f.clean_end]
    if not later or later[0].kind not in _HEAD_KINDS[head.kind] or later[0].iso3 == head.iso3:
        return None
    nxt = later[0]
    # the next owner an item in the head's case ("Торговый дефицит Литвы составил 0,5 млрд евро, Эстонии – 0,7 млрд евро")
    # or a clause of its own after the separator ("Импорт Латвии ... составил 5,371 млрд евро, Литва импортировал товары на
    # сумму 11,522 млрд евро")
    if (_is_owner_item(text, cl.lo, nxt) and _agree(head, form, nxt)) \
            or (cue("owner_item_open", NEVER).search(text, max(cl.lo, nxt.start - 4), nxt.start)
                and _owner_form(text, nxt) is not None):
        return head.name, head.iso3
    return None
