"""World rules: when a figure's counterpart is the world (the reporter's total) or no one.

Split from facts/partners.py, whose rules name a counterpart country; these decide that there is
none to name: a total named at the figure ("with the world as a whole", "the country's total
imports", "the United States' $2.98 trillion import market"), a share of the whole economy, a
flow with no counterpart in its paragraph. facts/sieves.py keeps their place in the order.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.bodies import in_body_name
from tradeflows.facts.context import islice_search, lacks
from tradeflows.facts.measure_coverage import covered
from tradeflows.facts.measure_prices import price_change
from tradeflows.facts.partners import BILATERAL, FLOW_MEASURES, HEAD_REACH, NONE, OWN_FLOW_RULES
from tradeflows.facts.asides import FOCUS_REACH, focus_examples
from tradeflows.facts.partners_candidates import LIST_SEP, candidates, same_place
from tradeflows.facts.partners_carried import owner_only_flow, owner_only_sentence
from tradeflows.facts.reporters import OF_FLOW_AFTER, OWNER_TOTAL_OF
from tradeflows.records import add_via
from tradeflows.vocab import read_lines
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile


# a total with the world: strong cues beat a partner carried from earlier sentences
_world_strong = EnglishCue("world_strong", re.I)


# "Australia's total exports grew 13.9 percent to $284.6 billion": a country's own total
# ("China received 27 percent of ... New Zealand's total goods exports ($70.4 billion)": goods too)
# a country's own total after its possessive: "Australia's total exports", "New Zealand's total goods exports"
_own_total = EnglishCue("world_own_total")


# "Vietnam posted a total import-export revenue of 238.88 billion USD": "total import" too
# ("the total UK goods and services trade deficit widened by £3bn to £9.5bn" (cityam.com): "total" before a
# balance, a place's name and the goods' words between, is the reporter's total too; rule total_balance)
# "Kenya's earnings from domestic exports contracted 7.26 percent" (mwanaspoti.co.tz, KNBS data): a country's
# domestic exports with no place named are its total, not the pair of the sentences before (rule world_weak,
# and no pair_continued)
_world = EnglishCue("world", re.I)


# "$494 billion with the world as a whole", "imports from all over the world valued at N21.95
# trillion": the world named right at the figure beats a country named elsewhere in the sentence
_world_after = EnglishCue("world_world_after", re.I)


_world_before = EnglishCue("world_world_before", re.I)
WORLD_BEFORE_WORDS = ("world",)   # a word every match holds: lacks(...) skips its search (tests/test_s47_lacks.py)


# "..., while that of the country's total imports climbed to 93.8 billion euros": a clause of its own
# (after ", while", ", whereas", ";") naming a total and no place is the world, whatever the clause before named
_clause_break = EnglishCue("clause_total_break", re.I)


# "a total trade of N5.03 trillion": the total written right before its own amount
_sum_of = EnglishCue("world_sum_of", re.I)
# ("in 2012, total trade between the two countries was $19.4 billion": a pair's total, no world's)
# ("..., while its global goods trade surplus was 62 billion Australian dollars": goods between too)
_clause_total = EnglishCue("clause_total", re.I)
CLAUSE_TOTAL_WORDS = ("total", "overall", "global")   # one of them opens every match of _CLAUSE_TOTAL


def clause_total(cl):
    """'... from China reached 11.4 billion euros, while that of the country's total imports climbed
    to 93.8 billion euros': the figure's own clause names a total and no place: the world."""
    text, start = cl.d.text, cl.f.clean_start
    total = cue("clause_total", _clause_total())
    if total is _clause_total() and lacks(cl.d, CLAUSE_TOTAL_WORDS, cl.lo, start):
        return None   # (the total is searched after the clause's break, within the window: none there, no total)
    breaks = list(cue("clause_total_break", _clause_break()).finditer(text, cl.lo, start))
    if not breaks:
        return None
    s = breaks[-1].end()
    m = total.search(text, s, start)
    if m is None or _sum_of().fullmatch(text, m.end(), start):
        # ("the import trade figure was N1.11 trillion, while exports soared at N3.92 trillion, cumulating a
        # total trade of N5.03 trillion": the sum of the amounts before it, whose counterpart it shares, not
        # the world's; rule clause_total only for a total named apart from the figure)
        return None
    if any(s <= p.start < start and p.kind in ("country", "bloc", "demonym") and p.iso3 != cl.rep_iso
           for p in cl.places):
        return None
    return "world", None


# "Mexico accounted for 15.6% of the United States' $2.98 trillion import market": money between a
# country's possessive and its flow noun is that country's whole flow
_owner_before = EnglishCue("world_owner_before")


_whole_flow_after = EnglishCue("world_whole_flow_after", re.I)


def owner_whole(cl):
    """"the United States' $2.98 trillion import market": the owner's whole flow, the world."""
    text, f = cl.d.text, cl.f
    if f.kind != "money":
        return None
    if _whole_flow_after().match(text, f.clean_end):
        owner = _owner_before()
    elif OF_FLOW_AFTER.match(text, f.clean_end):
        owner = OWNER_TOTAL_OF   # "America's grand total of $3.26 trillion of imports" (reporter rule possessive)
    else:
        return None
    for p in cl.places:
        if p.end <= f.clean_start and owner.fullmatch(text, p.end, f.clean_start):
            return "world", None
    return None


# "contributed $1855.996 million to Pakistan’s overall exports, representing 14.83 percent of the total exports amounting
# to $12510.845 million" (amu.tv, data/web63 tuned page dl06): the amount a percent's whole, a total, is stated with
# right after it is the world's, whatever list the sentence opened on (rule share_whole_amount; row
# share_whole_amount_before, searched only from a "total"/"overall" of the 90 characters before the figure)
_share_whole_amount_before = EnglishCue("share_whole_amount_before", re.I)
SHARE_WHOLE_REACH = 90
SHARE_WHOLE_WORDS = ("total", "overall")   # one of them stands in every match of the row


def share_whole_amount(cl):
    """'14.83 percent of the total exports amounting to $12510.845 million': the world."""
    text, f = cl.d.text, cl.f
    lo = max(cl.lo, f.clean_start - SHARE_WHOLE_REACH)
    if f.kind != "money" or lacks(cl.d, SHARE_WHOLE_WORDS, lo, f.clean_start):
        return None
    if _share_whole_amount_before().search(text, lo, f.clean_start) is None:
        return None
    return "world", None


# "China received 27 percent of the total value of New Zealand's total goods exports ($70.4 billion)": an amount in
# brackets right after a country's own total names that total (rule owner_whole_bracket)
_total_bracket_before = EnglishCue("world_total_bracket_before", re.I)


# "more than $48 billion of goods were exported in 2013, of which $10 billion worth went to China": the amount
# a clause splits behind "of which" / "out of which", the parts going to or coming from named places (rule
# whole_of_which); the gap to "of which" holds no other figure, no place and no clause break
_of_which_gap = EnglishCue("world_of_which_gap", re.I)
_part_prep = EnglishCue("world_part_prep", re.I)
WHICH_PART_REACH = 90  # characters after "of which" where the part's place may stand


def whole_of_which(cl):
    """'Statistics New Zealand says more than $48 billion of goods were exported in 2013, of which $10 billion worth
    went to China' (radionz.co.nz): the whole a clause splits behind "of which" into parts to or from named places is
    the reporter's total, the world; not the place of its part (rule whole_of_which). Not when a counterpart stands
    before the figure in its sentence ("exports to China were $X, of which $Y ...")."""
    if cl.measure not in ("exports", "imports", "turnover"):
        return None
    d, text = cl.d, cl.d.text
    s, e = d.c.sentences[cl.si]
    m = _of_which_gap().match(text, cl.f.clean_end, e)
    if m is None:
        return None
    places = d.places(cl.si, s, e)
    if any(p.start < m.end() and _part_prep().search(text, max(s, p.start - 12), p.start) for p in places):
        return None
    if any(cl.f.clean_end <= p.start < m.end() for p in places):
        return None
    return ("world", None) if any(m.end() <= p.start < m.end() + WHICH_PART_REACH and p.kind in ("country", "bloc")
                                  and _part_prep().search(text, max(s, p.start - 12), p.start) for p in places) else None


def owner_whole_bracket(cl):
    """"New Zealand's total goods exports ($70.4 billion)": the bracketed amount is the owner's total, the world."""
    text, f = cl.d.text, cl.f
    if f.kind != "money" or "(" not in text[max(cl.lo, f.clean_start - 3):f.clean_start]:
        return None
    for p in cl.places:
        if p.end <= f.clean_start and _total_bracket_before().fullmatch(text, p.end, f.clean_start):
            return "world", None
    return None


# "The value of two-way trade with all countries fell 8.7 percent to $512.2 billion in 2009-10" (pakistantoday.com.pk):
# a flow's counterpart slot filled by all countries (all its partners, all nations) before the figure, no place
# between, is the world (rule all_countries), not the bloc or country carried from the sentence before
_world_all = EnglishCue("world_world_all", re.I)
WORLD_ALL_WORDS = ("all",)   # (as WORLD_BEFORE_WORDS)


def world_named(cl):
    """'$494 billion with the world as a whole': the world, named right after or before the figure."""
    text, f = cl.d.text, cl.f
    # (another language's rows of the cue too: "сократил общий объем торговли Великобритании на 11% (как с ЕС, так и
    # с остальным миром)", both a place and the rest of the world, is the whole; s71, rule both_and_rest)
    if cue("world_world_after", _world_after()).match(text, f.clean_end) or (
            not lacks(cl.d, WORLD_BEFORE_WORDS, max(cl.lo, f.clean_start - 80), f.clean_start)
            and _world_before().search(text, max(cl.lo, f.clean_start - 80), f.clean_start)):
        return "world", None
    if lacks(cl.d, WORLD_ALL_WORDS, cl.lo, f.clean_start):
        return None   # (every match of _WORLD_ALL says "all")
    m = None
    for m in _world_all().finditer(text, cl.lo, f.clean_start):
        pass
    if m is not None and not any(m.end() <= p.start < f.clean_start for p in cl.places):
        cl.partner_rule = "all_countries"
        return "world", None
    return None


# "14.9 percent of the global trade of the United States last year, which amounted to 5 trillion
# 311 billion dollars": the figure is the value of a country's whole trade named right before it
# ("15.3 percent of total United States trade, which in the second month of the year amounted to 317
# billion dollars": the owner between the total and the flow, a time between "which" and its verb)
_whole_before = EnglishCue("world_whole_before")
WHOLE_BEFORE_WORDS = ("global", "total", "overall", "entire", "worldwide")   # (as WORLD_BEFORE_WORDS)


def world_whole(cl):
    """'the global trade of the United States last year, which amounted to $X': the world."""
    start = cl.f.clean_start
    if lacks(cl.d, WHOLE_BEFORE_WORDS, max(cl.lo, start - 140), start):
        return None   # (the words one of which opens every match of _WHOLE_BEFORE)
    return ("world", None) if _whole_before().search(cl.d.text, max(cl.lo, start - 140), start) else None


# "We export over 70% of our gross domestic product": a flow as a share of the whole economy
_of_output = EnglishCue("world_of_output", re.I)


# "46% of UK goods exports go to the EU, according to the latest data for 2019. Those exports amount to 7.7% of GDP."
# (fullfact.org, data/web61 dh02): a flow named again by a demonstrative is the flow before, with its counterpart; its
# share of the economy is no total export (rule output_share_anaphor: share_of_output passes it on to the carried rules;
# vocab/en/patterns.csv row world_flow_anaphor)
_flow_anaphor = EnglishCue("world_flow_anaphor", re.I)


def share_of_output(cl):
    """'We export over 70% of our gross domestic product': a share of the economy exported is
    the total export, whatever partner the paragraph carried; not a flow a demonstrative names again ("Those exports
    amount to 7.7% of GDP": rule output_share_anaphor)."""
    f = cl.f
    if f.kind == "share" and cl.measure in ("exports", "imports") and _of_output().match(cl.d.text, f.clean_end):
        s = cl.d.c.sentences[cl.si][0]
        if _flow_anaphor().search(cl.d.text, s, f.clean_start) is not None:
            cl.via = add_via(cl.via, "output_share_anaphor")
            return None
        return "world", None
    return None


def world_trade_none(cl):
    """The world's own trade (reporter rule world_trade, facts/reporters_world.py: "Объем международной торговли снизился
    в 2020 г. на 9 %") has no counterpart (rule world_trade)."""
    return NONE if cl.reporter_rule == "world_trade" else None


def gdp_none(cl):
    """A rate or share of GDP measures one economy, not its trade with anyone ("В 2012 году рост ВВП Литвы был одним из
    наиболее заметных во всем Евросоюзе (ЕС) - прирост составил 3,6%", "economic growth, which was 3.1% in 2022" after
    a treaty of Mexico, the USA and Canada): no counterpart, whatever place its sentence names for comparison or
    context (rule gdp_no_counterpart; the guidelines give null for GDP). An amount of money read as GDP is left to the
    rules after it: often a misread investment or cost ("Japan is the second biggest foreign investor in Southeast
    Asia's largest economy with a total of USD 1.4 billion", gapurabali.com), whose named side is its counterpart."""
    return NONE if cl.measure == "gdp" and cl.f.kind in ("growth", "share") else None


# "In April 2015, the NIS strengthened compared the US Dollar by 1.5%", "monthly producer prices rose 0.3% in July",
# "Brazil's consolidated public sector posted a primary budget surplus of 38.88 billion reais", "the annual rate of
# inflation peaking to 7.7 per cent": a figure (measure other) of the economy's own indicators (a currency's rate, the
# prices of its consumers or producers, inflation, the budget, wages, debt) has no counterpart, whatever country or
# currency its sentence names (rule indicator_no_counterpart; the guidelines give null). Read in the figure's own clause
# before it (from the last clause break, vocab/en/patterns.csv later_break) and right after it ("fell nearly 20%
# against the dollar", "40 percent of its national budget"); the prices of a flow ("export prices") are not among them
# (their trade has a partner: rule price_change)
_indicator_before = EnglishCue("indicator_before", re.I)
_indicator_after = EnglishCue("indicator_after", re.I)
_indicator_break = EnglishCue("later_break")
INDICATOR_REACH = 120   # characters before the figure its indicator's noun may stand


def indicator_none(cl):
    """'the NIS strengthened compared the US Dollar by 1.5%', 'producer prices rose 0.3%': no counterpart."""
    if cl.measure != "other":
        return None
    text, f = cl.d.text, cl.f
    if cue("indicator_after", _indicator_after()).match(text, f.clean_end):
        return NONE
    lo = max(cl.lo, f.clean_start - INDICATOR_REACH)
    for m in cue("later_break", _indicator_break()).finditer(text, lo, f.clean_start):
        lo = m.end()
    return NONE if cue("indicator_before", _indicator_before()).search(text, lo, f.clean_start) else None


def no_counterpart(cl):
    """Investment, output, aid: only a named counterpart, never a carried one. (A coverage ratio, measure other, is
    the trade with a partner as any flow is: rule coverage_ratio; so is a change of the prices: rule price_change.)"""
    if cl.measure == "other" and cl.f.kind == "share" and covered(cl.d.text, cl.f):
        return None
    if cl.measure == "other" and price_change(cl.d.text, cl.f, cl.lo):
        # "Import volumes increased 2.8 per cent, while prices declined 0.5 per cent": the prices of a flow are of its
        # trade with a partner as the flow is (rule price_change)
        return None
    if cl.measure == "other" and cl.f.kind == "share" and cue("bilateral", BILATERAL).search(cl.d.text, cl.lo, cl.hi):
        # "доля взаиморасчетов между двумя странами в национальной валюте достигла 90 процентов", "Доля рубля во взаимных
        # расчетах достигла 97%": a share of the two countries' own (mutual) trade or settlements is the pair's, its
        # counterpart the pair's other side, carried or the page's (rule bilateral_share: bilateral_carried, head decide,
        # and name it)
        cl.via = add_via(cl.via, "bilateral_share")
        return None
    return NONE if cl.measure not in FLOW_MEASURES + ("contracts",) else None


# "The country's trade volume with neighboring countries reached 1.2 trillion U.S. dollars": a group the
# place registry does not know is the counterpart; no single place is carried to it (rule unnamed_group)
_unnamed_group = EnglishCue("unnamed_group", re.I)
UNNAMED_AFTER = 40  # "worth 704.73 billion dollars to B&R countries": how far after the figure its group may stand
# the nouns one of which every match of _UNNAMED_GROUP holds
UNNAMED_GROUP_WORDS = ("countries", "nations", "states", "economies", "markets", "destinations")


# "внешнеторговый оборот Узбекистана со странами СНГ вырос ... С другими странами за аналогичный период внешнеторговый
# оборот вырос на 7,2 процента": the other countries after a bloc's paragraph are those outside the bloc (rule
# others_than_group; cis.minsk.by); the blocs whose complement the registry names
_COMPLEMENT = {"CIS": "non-CIS countries", "European Union": "non-EU countries"}
_OTHERS = skip_compile(r"(?<![\w-])(?:друг|остальн|прочи)\w+\s", re.I)
OTHERS_REACH = 2  # sentences back the bloc may have been named


# "В январе - августе в страны СНГ экспортировано 75% всех товаров, в другие страны - 25%", "Экспорт товаров в страны
# СНГ ... составлял 885,9 млн. дол., в другие страны мира - 295,2 млн. дол." (057.ua): the other countries that open a
# figure's own item after a bloc named in its sentence, or the sentences just before, are those outside the bloc (rule
# others_item)
_OTHERS_ITEM = skip_compile(r"(?<![\w-])(?:в|во|с|со|из|на)\s+(?:друг|остальн|прочи)\w+\s+(?:стран\w*|государств\w*)"
                          r"(?:\s+мира)?\s*[-–—:]?\s*$", re.I)
OTHERS_ITEM_WORDS = ("друг", "остальн", "прочи")   # (as WORLD_BEFORE_WORDS)
OTHERS_ITEM_REACH = 40  # how far before its figure the group may open the item


def others_item(cl):
    """'..., в другие страны - 25%' after 'в страны СНГ': the bloc's complement (rule others_item)."""
    text, start = cl.d.text, cl.f.clean_start
    if lacks(cl.d, OTHERS_ITEM_WORDS, max(cl.lo, start - OTHERS_ITEM_REACH), start):
        return None   # (the stems one of which every match of _OTHERS_ITEM holds)
    m = _OTHERS_ITEM.search(text, max(cl.lo, start - OTHERS_ITEM_REACH), start)
    if m is None:
        return None
    s = cl.d.c.sentences[cl.si][0]
    blocs = [p.name for p in cl.d.places(cl.si, s, m.start()) if p.name in _COMPLEMENT]
    if blocs:
        return _COMPLEMENT[blocs[-1]], None
    st = cl.st
    if st.partner is not None and st.partner[0] in _COMPLEMENT and 0 < cl.si - st.partner_si <= OTHERS_REACH:
        return _COMPLEMENT[st.partner[0]], None
    return None


def unnamed_group(cl):
    """'trade volume with neighboring countries': a group of no registry place; none carried (the other countries
    after a bloc: the bloc's complement, rule others_than_group)."""
    rx, hi = cue("unnamed_group", _unnamed_group()), min(cl.hi, cl.f.clean_end + UNNAMED_AFTER)
    if rx is _unnamed_group() and lacks(cl.d, UNNAMED_GROUP_WORDS, cl.lo, hi):
        return None
    m = rx.search(cl.d.text, cl.lo, hi)
    if m is None:
        return None
    st = cl.st
    if st.partner is not None and st.partner[0] in _COMPLEMENT and 0 < cl.si - st.partner_si <= OTHERS_REACH \
            and _OTHERS.search(m.group()):
        cl.partner_rule = "others_than_group"
        return _COMPLEMENT[st.partner[0]], None
    # "Rwandan informal cross-border exports with its neighboring countries ... increased by 21.4 percent" (rwandaeye,
    # data/web13 tuned page f03), "the apparel export to non-traditional markets grew by 11.69%" (tbsnews.net): a group
    # named by its kind is the counterpart as written, its adjective in one spelling (rule unnamed_group_named; "top 10
    # countries" is rule top_group's); the Belt and Road countries stay unnamed
    g = _group_kind().search(m.group())
    if g is not None:
        cl.partner_rule = "unnamed_group_named"
        return f"{_GROUP_KIND_SPELLING.get(_fold_kind(g.group(1)), _fold_kind(g.group(1)))} {g.group(2).lower()}", None
    return NONE


_group_kind = EnglishCue("world_group_kind", re.I)
_GROUP_KIND_SPELLING = {"neighboring": "neighbouring", "nontraditional": "non-traditional",
                        "non traditional": "non-traditional"}


def _fold_kind(word: str) -> str:
    return " ".join(word.lower().split())


# "The top 10 countries accounted for 48.0 percent of total exports" (turkishminute.com), "The country's top 10 trading
# partners contributed a total trade amounting to USD142.83 billion or 78.3 percent" (psa.gov.ph), "non-oil exports to
# the top 10 global trading partners increased by 22 percent" (waradana): a ranked group of partners named before the
# figure in its clause is the counterpart as written, not the world nor a place named after it (rule top_group);
# "In H1 2021, the five largest trading partners had a combined share of 241.21 billion dirhams" (republicworld.com on
# Dubai's trade): the same group counted before its superlative (rule top_group, branch largest_group)
# ("The first ten import partners were the same as in 2018 ... The first ten represented 70% of all imports"
# (intellinews.com on Hungary's trade): "first" ranks as "top" does, and the group named again without its noun before
# a verb of share is the same group, branch first_group)
_top_group = EnglishCue("top_group_world", re.I)


TOP_GROUP_WORDS = ("top", "first", "largest", "biggest", "main", "leading")   # (as WORLD_BEFORE_WORDS)
_top_group_break = EnglishCue("world_top_group_break")


# "The exports of Ukraine fell to $36 billion", "the volume of foreign trade of Uzbekistan reached USD 34.97 billion",
# "Ukraine reduced exports to $36 billion in 2023": a frame that names only the flow's owner, and no other place in the
# clause, is that owner's total, not a counterpart carried from the sentences before (rule owner_frame_total)
OWNER_FRAMES = frozenset({"flow_of_owner", "trade_of_owner", "subject_changed_flow_amount"})


def owner_frame_total(cl):
    """The world, for a flow whose reporter a frame of OWNER_FRAMES named with no counterpart in its clause."""
    fr = cl.frame_found
    if fr is None or fr.partner is not None or fr.name not in OWNER_FRAMES or cl.measure not in FLOW_MEASURES \
            or cl.reporter_rule != "frame":
        return None
    if any(p.start != fr.reporter.start for p in cl.places):
        return None
    return "world", None


def ranked_group(text: str, lo: int, hi: int) -> re.Match | None:
    """The last ranked group of partners named in text[lo:hi] ("the top 10 countries", "the five largest trading
    partners"), unless a break (world_top_group_break: a colon, "while", ...) stands between it and hi; else None
    (read by top_group and partners_breakdown.group_breakdown)."""
    found = None
    for m in _top_group().finditer(text, lo, hi):
        found = m
    if found is None or _top_group_break().search(text, found.end(), hi):
        return None
    return found


def top_group(cl):
    """'The top 10 countries accounted for 48.0 percent of total exports': the ranked group of partners named before
    the figure in its clause (rule top_group)."""
    text, f = cl.d.text, cl.f
    if lacks(cl.d, TOP_GROUP_WORDS, cl.lo, f.clean_start):
        return None   # (the words one of which every match of _TOP_GROUP holds)
    found = ranked_group(text, cl.lo, f.clean_start)
    if found is None:
        return None
    if any(found.end() <= p.start < f.clean_start for p in cl.places):
        return None   # "Among the top 10 countries, China accounted for 20%": the place named after the group
    return " ".join(found.group().split()).lower(), None


def world_cue(cl):
    """'to 161 countries', 'foreign markets', 'in total', "Australia's total exports": the world. A figure followed by its
    share of a whole ("составил почти 206 миллионов долларов, или 9% от общего внешнеторгового оборота области") reads
    no cue past it: that total is the share's whole (rule share_whole_not_world)."""
    d, lo = cl.d, cl.lo
    # ("прирост торговли ... составил 12,2% против 9,5% для всей советской внешней торговли": the total after "против" is
    # the compared figure's, rule compared_not_world, named after the rule that decides when a cue stood past the figure)
    compared = cue("compared_figure_after", NEVER).match(d.text, cl.f.clean_end)
    hi = cl.f.clean_end if compared or cue("share_whole_after", NEVER).match(d.text, cl.f.clean_end) else cl.hi
    if compared and _strong_cue(d, cl.f.clean_end, cl.hi):
        cl.via = add_via(cl.via, "compared_not_world")
    # (each cue searched in the window as a string of its own, text[lo:hi], on its lower-cased copy where it can)
    # "constituted just 7.8 per cent of Sri Lanka's total exports": another country's total is the
    # counterpart's, not the world of this figure's reporter (read only when the window names a total)
    others_total = lambda: any(p.iso3 and p.iso3 != cl.rep_iso and _own_total().match(d.text, p.end)  # noqa: E731
                               for p in cl.places)
    return ("world", None) if (_strong_cue(d, lo, hi)
                               or (islice_search(d, _own_total(), lo, hi) and not others_total()) or _national_total(cl)) \
        and not islice_search(d, cue("bilateral", BILATERAL), lo, hi) else None


# "Kenya earned US$3.17 million from sale of ... tea to the world's largest tea market in 2019" (the world's largest,
# second, ...: a place's epithet), "statistics from the joint agency of the World Trade Organization and the United
# Nations", "the World Bank reports": "world" as a possessive or inside a body's name (facts/bodies.py) is no counterpart;
# the window's other cues still count (rule world_not_partner)
_WORLD_POSSESSIVE = skip_compile(r"['’]s?\b")


def _strong_cue(d, lo: int, hi: int) -> bool:
    """A strong world cue in d.text[lo:hi] (as islice_search reads it) that is no possessive "world's" nor a word of a
    body's name ("the World Bank"); each match looked at only when the window holds one."""
    rx = cue("world_strong", _world_strong())
    if not islice_search(d, rx, lo, hi):
        return False
    if lacks(d, WORLD_BEFORE_WORDS, lo, hi):
        return True   # (no "world" in the window: the match is another cue's)
    window = d.text[lo:hi]
    for m in rx.finditer(window):
        if m.group()[:5].lower() == "world" and (_WORLD_POSSESSIVE.match(window, m.end())
                                                 or in_body_name(d.text, lo + m.start(), lo + m.end())):
            continue
        return True
    return False


# "Western Australia's exports comprised a 50.6 per cent share of total Australian exports" (australianmining.com.au,
# data/web25 tuned page an03): the total flow of the reporter's own nation, named by its demonym, is the whole a
# region's share is of; its counterpart is the world (rule national_total_demonym)
_total_before = EnglishCue("world_total_before", re.I)
_flow_noun_after = EnglishCue("world_flow_noun_after", re.I)


def _national_total(cl) -> bool:
    text = cl.d.text
    return cl.rep_iso is not None and any(
        p.kind == "demonym" and p.iso3 == cl.rep_iso and _total_before().search(text, max(0, p.start - 10), p.start)
        and _flow_noun_after().match(text, p.end) for p in cl.places)


# "New Zealand's two-way trade of goods and services (exports plus imports) for last year was valued at
# 125 billion NZ dollars", "Azerbaijan's trade turnover amounted to $6.6 billion": the reporter's own two-way
# trade or trade turnover, with no "with" or "between", is its total
# ("Dubai's non-oil trade grew 16 per cent in 2012 to Dh1.23 trillion", expolinkfairs.com, a page whose title
# names Saudi Arabia: a Gulf reporter's non-oil trade, its total with all partners; branch own_non_oil_trade)
_own_two_way = EnglishCue("world_own_two_way", re.I)


def _owns_trade(text: str, p) -> bool:
    """Place p is named as the owner of its own two-way trade: "Azerbaijan's trade turnover" (English, after it), or
    "объем товарооборота КНР в долларовом исчислении увеличился на 30 %" (Russian names the owner after the flow noun,
    in the genitive), with no counterpart behind "с", "между" or "и" after it in the clause ("товарооборот России с
    Китаем", "товарооборот Китая и Беларуси" stay pairs; rule own_trade, branch own_trade_genitive; cues
    own_trade_owner_before, own_trade_pair_after)."""
    if _own_two_way().match(text, p.end):
        return True
    return cue("own_trade_owner_before", NEVER).search(text, max(0, p.start - 40), p.start) is not None \
        and cue("own_trade_pair_after", NEVER).match(text, p.end) is None


# "Poland's commodity trade balance in 2022 was negative at EUR 19.8 billion" (a paragraph after one on Poland's
# trade with Germany): the reporter's own commodity, merchandise or overall trade balance, with no "with" or
# "between", is its balance with the world (rule own_trade)
_own_balance = EnglishCue("own_balance", re.I)


# a counterpart's slot: "exports to China", "imports from Japan", "trade with India"
_counterpart_slot = EnglishCue("world_counterpart_slot", re.I)


def listed_owners(cl):
    """'the Philippines logged a 10.1% fall in exports in 2020, followed by a contraction of 6.0% in Thailand, 4.1% in
    Singapore and 2.6% each in Malaysia and Indonesia': the figures of a list of countries that each report their own
    (reporter rule list_owner) are each one's total, the world, not a neighbouring item of the list; unless the
    sentence names a counterpart behind "to", "from" or "with" (rule listed_owners)."""
    if cl.measure not in FLOW_MEASURES:
        return None
    text, s = cl.d.text, cl.d.c.sentences[cl.si][0]
    if cl.reporter_rule != "list_owner":
        if cl.f.kind != "growth":
            return None
        # "Thailand's trade surplus surged by 144.5%, compared with an increase of 83.5% for Vietnam, 43.9% for
        # Singapore": the head's figure, when every other place of the sentence owns a figure of its own named
        # right before it, is the head's total too
        cands = candidates(cl)
        if not cands or not all(_item_owner_before().search(text, max(s, p.start - 40), p.start) for p in cands):
            return None
    if any(_counterpart_slot().search(text, max(s, p.start - 12), p.start) for p in cl.places):
        return None
    return "world", None


def owners_counterpart(cl):
    """'Экспорт Литвы в ЕС составил 59% общего объема, Эстонии - 72%', 'Латвия ... экспортировала товары на сумму 4,404 млрд
    евро, Литва - на 10,35 млрд евро': the figures of a list of owners (reporter rule owner_list, the list's head too) are
    each owner's own flow: the counterpart the head's clause names behind a preposition ("в ЕС", "из стран ЕС"), else the
    world, never another owner of the list (rule owners_counterpart)."""
    if cl.measure not in FLOW_MEASURES or cl.reporter_rule != "owner_list":
        return None
    from tradeflows.facts.reporters_list import owner_of_list   # the reporter rules' module: at call time
    text = cl.d.text
    for p in cl.d.places(cl.si, cl.lo, cl.f.clean_start):
        if p.end > cl.f.clean_start or p.name == cl.rep or owner_of_list(text, cl.lo, p):
            continue
        if cue("owners_counterpart_before", NEVER).search(text, max(cl.lo, p.start - 20), p.start):
            return p.name, p.iso3
    return "world", None


# a rate right before a list item's country, its own: "83.5% for Vietnam", "2.6% each in Malaysia"
_item_owner_before = EnglishCue("world_item_owner_before", re.I)


def own_trade(cl):
    """"New Zealand's two-way trade ... was valued at 125 billion NZ dollars", "Poland's commodity trade balance ...
    was negative at EUR 19.8 billion": the world, not the pair the page's title or the sentence before names."""
    text = cl.d.text
    balance = cue("own_balance", _own_balance()) if cl.measure == "balance" else None
    return ("world", None) if any(p.end <= cl.f.clean_start and (p.name == cl.rep or (p.iso3 and p.iso3 == cl.rep_iso))
                                  and (_owns_trade(text, p) or (balance and balance.match(text, p.end)))
                                  for p in cl.places) else None


def world_weak(cl):
    """'total exports', 'foreign trade': the world, when nothing was carried."""
    return ("world", None) if world_words(cl.d.text, cl.lo, cl.hi) else None


def world_words(text: str, lo: int, hi: int) -> bool:
    """'total exports', 'foreign trade' in text[lo:hi], not as a part of a body's name."""
    for m in cue("world", _world()).finditer(text, lo, hi):
        if in_body_name(text, m.start(), m.end()):
            continue   # "the Ministry of Development, Industry and Foreign Trade" (rule body_name)
        return True
    return False


# "In all, Zimbabwe's imports during the 12 months ... were US$4,82 billion": a sentence opening on the total
_in_all = EnglishCue("world_in_all")


def prior_world(cl):
    """'Globally, the country's trade deficit ... stood at $1,826 billion.' then 'Imports were
    $4,586 billion': a bare export, import or balance right after a sentence on the reporter's
    totals (a world cue, no other place named) is the total too, not the page's pair (head_flow)."""
    if cl.measure not in ("exports", "imports", "balance", "turnover") or cl.si < 1 or cl.head_partner is None \
            or (cl.head_totals and cl.measure != "turnover") or cl.reporter_rule in OWN_FLOW_RULES \
            or cl.f.clean_start > HEAD_REACH:
        return None  # only where head would give the page's pair (head_flow; a turnover's also on a page whose head
        # names the totals too, "со странами мира и Россией"); else default_world
    d = cl.d
    ps, pe = d.c.sentences[cl.si - 1]
    if d.para_index(ps) < cl.pi - 1:
        return None
    text = d.text
    if cl.measure == "turnover":
        # "Dubai's non-oil trade grew 16 per cent in 2012 to Dh1.23 trillion. Growth, however, slowed to 8 per cent
        # to touch Dh1.33 trillion in 2013." (expolinkfairs.com): a place-less trade figure right after a sentence on
        # the reporter's own total trade (rule own_trade) goes on with it (branch prior_own_trade); a place that is the
        # reporter itself names no counterpart ("По данным ГТУ Китая в 2021 г. объем торговли в юанях увеличился на
        # 21,4 %" after "объем товарооборота КНР ... увеличился на 30 %", s64)
        if any(not same_place(p, cl.rep, cl.rep_iso) for p in cl.places) or not any(
                (p.name == cl.rep or (p.iso3 and p.iso3 == cl.rep_iso)) and _owns_trade(text, p)
                for p in d.places(cl.si - 1)):
            return None
        return "world", None
    for back in range(1, PRIOR_WORLD_BACK + 1):
        si = cl.si - back
        if si < 0:
            return None
        ps, pe = d.c.sentences[si]
        if d.para_index(ps) != d.para_index(d.c.sentences[cl.si - 1][0]) \
                or any(not (p.iso3 and p.iso3 in (cl.rep_iso, cl.home[1])) and p.name != cl.rep for p in d.places(si)):
            return None
        if _on_totals(cl, si, ps, pe):
            if back > 1:
                # "Meanwhile, globally, India's trade deficit soared to $21.54 billion in March ... . The global trade
                # scenario reflects ... as merchandise exports for FY25 stood at $437.42 billion ... . Imports, however,
                # increased significantly to $720.24 billion" (fintechfilter.com, web38): a sentence naming no other
                # place between keeps the totals in force (rule prior_world_back)
                cl.via = add_via(cl.via, "prior_world_back")
            return "world", None
        if cue("bilateral", BILATERAL).search(text, ps, pe):
            return None
    return None


PRIOR_WORLD_BACK = 2   # how many sentences of the paragraph back a sentence on the reporter's totals governs (prior_world)


def _on_totals(cl, si: int, ps: int, pe: int) -> bool:
    """prior_world's test of sentence si: on the reporter's totals (a world cue, its own total, "In all", its only
    owner the reporter, its own two-way trade), naming no pair."""
    d, text = cl.d, cl.d.text
    return bool((cue("world_strong", _world_strong()).search(text, ps, pe) or _own_total().search(text, ps, pe)
                 or world_words(text, ps, pe) or _in_all().match(text[ps:pe].lstrip())
                 or owner_only_sentence(d, si, cl.rep_iso)
                 # "... as the UAE's non-oil trade crossed the AED1 trillion ... mark for the first time in the first
                 # half of 2022. Over the same period, non-oil trade imports rose 19%, while re-exports rose 20%"
                 # (uaetimes.ae, data/web50 cl11): a flow right after a sentence on the reporter's own two-way trade is
                 # a part of that total, as a trade figure is (branch prior_own_trade; rule prior_own_trade_flow)
                 or any((p.name == cl.rep or (p.iso3 and p.iso3 == cl.rep_iso)) and _owns_trade(text, p)
                        for p in d.places(si)))
                and not cue("bilateral", BILATERAL).search(text, ps, pe))


# "Imports grew by 20 percent and reached 4.8 billion dollars. The value of goods brought from the EU was $ 2.4
# billion, and ... were imported from the CIS": the next sentence splits the flow by counterpart
_part_prep_before = EnglishCue("world_part_prep_before", re.I)


def whole_before_parts(cl):
    """'Imports grew by 20 percent and reached 4.8 billion dollars.' followed, in its paragraph, by a sentence
    giving that flow to or from a named place: a bare flow naming no place is the whole the parts split, the
    reporter's total, not the page's pair (rule whole_before_parts; only where head would give head_flow)."""
    if cl.measure not in ("exports", "imports") or cl.head_partner is None or cl.head_totals \
            or cl.reporter_rule in OWN_FLOW_RULES or cl.f.clean_start > HEAD_REACH:
        return None
    d, text = cl.d, cl.d.text
    if cl.si + 1 >= len(d.c.sentences) or cl.places:
        return None
    ns, ne = d.c.sentences[cl.si + 1]
    if d.para_index(ns) != cl.pi:
        return None
    return ("world", None) if any(p.kind in ("country", "bloc") and _part_prep_before().search(text, max(0, p.start - 12), p.start)
                                  for p in d.places(cl.si + 1)) else None


def head_has_totals(head: str) -> bool:
    """The page's opening speaks of totals ('total foreign trade turnover', '141 countries')."""
    return bool(cue("world_strong", _world_strong()).search(head) or world_words(head, 0, len(head)))


# "Thus the country's trade deficit stood at $948.1 billion in 2022": the country's own flow, named as such
# (rule own_total_named; also "the nation's exports", "its total imports")
# "The nation posted a deficit of $11.5 billion last year", "the country suffered a trade deficit": the country that
# records a balance (balance_owned's verbs, frames.csv) with "the country" / "the nation" for its name (branch country_balance)
_country_flow = EnglishCue("world_country_flow", re.I)


# "The region's trade volume reached $1.5 trillion in 2023" (the Gulf states'), "The Kingdom's national exports picked up
# by 4 percent": an owner noun (vocab/en/owner_nouns.txt) naming the reporter again by a possessive, its flow with no
# "with", "between" or "to" after it, names the owner's own total as "the country's" does (branch owner_noun_total);
# not a pair's trade carried from the sentence before, nor the page's head pair
@lru_cache(maxsize=None)
def _owner_noun_flow() -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in read_lines("owner_nouns.txt"))
    return skip_compile(rf"\b(?:the|this)\s+(?:{nouns})['’]s?\s+(?:[\w-]+\s+){{0,3}}?"
                        r"(?:exports?|imports?|trade|deficit|surplus|balance|shipments)\b"
                        r"(?!\s+(?:\w+\s+){0,2}?(?:with|between|to|from)\b)", re.I)


# "comprising 11.5% of the total imports": the total named as the whole of a share, the figure a part of it
_share_of_total = EnglishCue("world_share_of_total", re.I)


def _only_reporter_placed(cl) -> bool:
    """Every place of the figure's sentence is its reporter (or none is named)."""
    return all(p.name == cl.rep or (p.iso3 and p.iso3 == cl.rep_iso) for p in cl.d.places(cl.si))


def total_named(cl):
    """'From January to December, total export earnings amounted to $78.84 billion', 'Thus the country's trade
    deficit stood at $948.1 billion', 'The nation posted a deficit of $11.5 billion': a total ("total exports",
    "foreign trade", "the country's exports", "the country" that records a balance) named in the figure's own clause of a sentence naming no place but the reporter is the world by the
    text's own words, not a default (the strong twin of world_weak)."""
    if cl.measure not in FLOW_MEASURES or cl.rep is None:
        return None
    text = cl.d.text
    if not (world_words(text, cl.lo, cl.hi) or _own_total().search(text, cl.lo, cl.hi)
            or _country_flow().search(text, cl.lo, cl.hi) or _owner_noun_flow().search(text, cl.lo, cl.hi)) \
            or _share_of_total().search(text, cl.lo, cl.hi):
        return None   # ("Mineral fuels ... comprising 11.5% of the total imports, ... to $5.106 billion": a part's)
    return ("world", None) if _only_reporter_placed(cl) else None


def owner_own_flow(cl):
    """'Turkey's exports amounted to $254.17 billion last year', 'The U.S. international trade deficit increased
    from $845.0 billion in 2021', 'In 2017, the United States exported $2.4 trillion': a flow whose owner the
    clause names (possessive, demonym, a flow verb's subject) in a sentence naming no other place is the
    owner's total, by the clause's words (default_world's strong case)."""
    if cl.measure not in FLOW_MEASURES or cl.rep is None:
        return None
    if not (cl.reporter_rule in OWN_FLOW_RULES or owner_only_flow(cl) or balance_owned(cl)):
        return None
    if " to " in cl.d.text[cl.lo:cl.hi] and _flow_to_unplaced().search(cl.d.text, cl.lo, cl.hi):
        return None   # "Chinese exports to the Kingdom amounted to $30.32 billion": a counterpart named (rule flow_to_unplaced)
    return ("world", None) if _only_reporter_placed(cl) else None


# "Chile had recorded a $18.37 billion deficit in 2020", "South Korea recorded a trade deficit of $47.5 billion for 2022":
# a country that records, posts or runs a surplus or deficit with no counterpart (frames.csv balance_owned) owns it, as a
# possessive owns its flow; read only here, after the carried and head partners, so a balance of a pair's paragraph
# keeps its counterpart (rule owner_own_flow, reporter frame balance_owned)
BALANCE_OWNER_FRAMES = ("balance_owned",)


def balance_owned(cl) -> bool:
    """The figure is a balance whose reporter a balance_owned frame names."""
    return cl.measure == "balance" and cl.reporter_rule == "frame" and cl.frame in BALANCE_OWNER_FRAMES


# "Chinese exports to the Kingdom amounted to a whopping $30.32 billion in 2021": a flow noun followed by "to" and a
# capitalised name the place registry does not know (the Kingdom, the Emirates, the Gulf state) names a counterpart,
# so the flow is no total with the world (rule flow_to_unplaced; "exports to the world", "amounted to $X" stay)
_flow_to_unplaced = EnglishCue("world_flow_to_unplaced")


# "Exports totaled 542.41 billion U.S. dollars in 2019", "Merchandise exports fell 0.5 percent to $73.21 billion in 2024":
# a sentence that opens on the bare flow, its own subject ("Exports from the aeronautical industry", "Exports to ..."
# name a part or a counterpart), and writes a year (rule bare_flow_year). The flow may be singular ("Export grew 6.1
# percent ... to 683.9 billion dollars in 2022", Xinhua), a balance noun ("Trade deficit came in at 47.2 billion U.S.
# dollars in 2022", "For all of 2015, the trade deficit rose 4.6 percent to $531.5 billion"; not a bare "the deficit", which
# may be a budget's) or outbound shipments, after a time phrase for a year ("In 2007, export rose 25.7 percent"); the year
# may be written as the whole or the last year ("Imports spiked 18.9 percent on-year to $731.2 billion last year")
_bare_flow_open = EnglishCue("world_bare_flow_open")
_a_year = EnglishCue("world_a_year", re.I)
# "China's trade surplus reached 177.47 billion US dollars in 2006, ... \n Exports rose 27.2 percent from the previous
# year to 969.08 billion dollars" (jctrans.net): a bare flow right after a sentence on the year's total that names no
# place but the reporter goes on with that year, when its own sentence names no part of a year (rule bare_flow_year,
# branch year_before)
CHAIN_REACH = 4   # sentences back over a run of bare-flow sentences with no time of their own (year_before_chain)
_YEAR_DIGITS = skip_compile(r"\b(?:19|20)\d\d\b")


_part_of_year = EnglishCue("part_of_year_word")


def bare_flow_year(cl):
    """'Exports totaled 542.41 billion U.S. dollars in 2019', 'Trade deficit came in at 47.2 billion U.S. dollars in 2022'
    on a page whose title and opening name no counterpart: a sentence naming no place that opens on the bare export,
    import or balance noun and writes a year is the page's country's total with the world (rule
    bare_flow_year; default_world's strong case for a flow the clause does not own by name)."""
    if cl.measure not in FLOW_MEASURES or cl.head_partner is not None:
        return None
    d = cl.d
    s, e = d.c.sentences[cl.si]
    if not _bare_flow_open().match(d.text, s) or d.places(cl.si):
        return None
    if not _a_year().search(d.text, s, e) and not _year_before(cl, s, e):
        return None
    return "world", None


def _year_before(cl, s: int, e: int) -> bool:
    """The sentence before writes a year and names no place but the reporter, and the figure's own names no part of a
    year (branch year_before of bare_flow_year)."""
    d = cl.d
    part = _part_of_year()
    if cl.si == 0 or part.search(d.text, s, e):
        return False
    k = cl.si - 1
    ps, pe = d.c.sentences[k]
    while k > 0 and cl.si - k < CHAIN_REACH and _bare_flow_open().match(d.text, ps) and not d.places(k) \
            and not _a_year().search(d.text, ps, pe) and not part.search(d.text, ps, pe):
        # "Australia's balance on goods and services was a surplus of $155,730m in the 2022 calendar year. • Total goods
        # and services exports increased $149,786m (29%) to $668,940m. • Total goods and services imports increased
        # $127,754m (33%) to $513,210m." (abs.gov.au): a run of bare-flow sentences with no time of their own goes on
        # with the year of the sentence that opens it (branch year_before_chain)
        k -= 1
        ps, pe = d.c.sentences[k]
    places = d.places(k)
    return bool(places) and all(same_place(p, cl.rep, cl.rep_iso) for p in places) \
        and _YEAR_DIGITS.search(d.text, ps, pe) is not None and not part.search(d.text, ps, pe)


# "Central Statistics Office (CSO) figures show the value of exports rose to €165.2 billion in 2021", "the value of PNG's
# imports was K12.4 billion kina", "the value of exported goods from Iceland amounted to ISK 602,100 million": the value
# of the export or import flow itself, named as a whole (not "the value of exports and imports", not "exports to ..."),
# in a sentence naming no place but the reporter, is the reporter's total (rule value_of_flow; default_world's strong
# case, read only where nothing else named a counterpart)
_value_of_flow = EnglishCue("value_of_flow")


PAIR_REACH = 3   # sentences back that a pair's words (BILATERAL) keep a place-less flow the pair's


def value_of_flow(cl):
    """'the value of exports rose to €165.2 billion in 2021', 'the value of PNG's imports was K12.4 billion': the
    value of the flow itself in the figure's clause of a sentence naming no place but the reporter is the reporter's
    total (rule value_of_flow, read just before the weak default_world)."""
    if cl.measure not in ("exports", "imports") or cl.rep is None:
        return None
    d = cl.d
    if cue("value_of_flow", _value_of_flow()).search(d.text, cl.lo, cl.hi) is None or not _only_reporter_placed(cl):
        return None
    # "... Belarusian exports have traditionally formed the basis of bilateral trade. ... \n\n At the end of 2018, with a
    # total trade turnover of 19.5 million dollars, the value of exports from Belarus exceeded 19 million dollars": a
    # pair's words in its sentence or the few before it (across a paragraph break) speak of a pair the text does not name
    # here, no total (branch after_pair)
    bilateral = cue("bilateral", BILATERAL)
    if any(bilateral.search(d.text, *d.c.sentences[k]) for k in range(max(0, cl.si - PAIR_REACH), cl.si + 1)):
        return None
    return "world", None


# "Under the same period in the year 2012 the balance of trade showed a deficit", "the petroleum products deficit was
# reduced from -US$23.160 billion in 2018": a part of a year or a group of goods, no whole-year total
# "The trade gap in 1984 was $111 million in America's favor": a side's favour names a pair, no total
_not_whole_balance = EnglishCue("world_not_whole_balance", re.I)
# the sentence says whose balance it is: trade's ("trade deficit", "balance of trade", "balance on goods and services");
# a bare "the deficit" may be a budget's ("For the entire year, the deficit increased $61.2 billion")
_trade_balance = EnglishCue("world_trade_balance", re.I)


def one_country_paragraph(cl):
    """A flow on a page whose title and opening name no counterpart, in a paragraph naming no place but the
    reporter (rule one_country_paragraph; default_world's strong case: nothing on the page or around the figure
    offers another side)."""
    if cl.measure != "balance" or cl.head_partner is not None or cl.rep is None:
        return None
    d = cl.d
    s, e = d.c.sentences[cl.si]
    if not _YEAR_DIGITS.search(d.text, s, e) or not _trade_balance().search(d.text, s, e) \
            or _part_of_year().search(d.text, s, e) or _not_whole_balance().search(d.text, s, e):
        return None
    k = cl.si
    while k > 0 and d.para_index(d.c.sentences[k - 1][0]) == cl.pi:
        k -= 1
    n = len(d.c.sentences)
    while k < n and d.para_index(d.c.sentences[k][0]) == cl.pi:
        if not all(same_place(p, cl.rep, cl.rep_iso) for p in d.places(k)):
            return None
        k += 1
    return "world", None


def default_world(cl):
    """A flow with no counterpart named in its paragraph is the reporter's total."""
    if cl.measure in FLOW_MEASURES or (cl.measure == "other" and cl.f.kind == "share" and covered(cl.d.text, cl.f)) \
            or (cl.measure == "other" and price_change(cl.d.text, cl.f, cl.lo)):
        # (a coverage ratio is the reporter's total trade as a flow is: rule coverage_ratio; so are the prices of its
        # flows: rule price_change)
        return "world", None
    return None


# "Coming next to China in the list of world's largest exporters in 2013 is the United States whose exports
# were valued at $1.579 trillion", "America is the world's second-largest importer. ... China is third,
# importing $1.4 trillion": a ranking of the world's traders gives each ranked country's total
_world_rank = EnglishCue("world_world_rank", re.I)
_rank_verb = EnglishCue("world_rank_verb", re.I)
WORLD_RANK_WORDS = ("world", "porting")   # every match of _WORLD_RANK or _RANK_VERB holds one
RANK_REACH = 3  # sentences back in the paragraph for the ranking a rank verb goes on with


def world_rank(cl):
    """A figure of a sentence that ranks the world's exporters or importers (or goes on with such a
    ranking: "China is third, importing $1.4 trillion") is its country's total, when every other
    place of the sentence comes before the ranking (not "..., the world's largest exporter, shipped $X to the US")."""
    if cl.measure not in ("exports", "imports", "turnover"):
        return None
    d, text = cl.d, cl.d.text
    s, e = cl.lo, cl.hi   # the figure's window of its sentence: a run-on "sentence" stays linear
    if lacks(d, WORLD_RANK_WORDS, s, e):
        return None   # (a match of _WORLD_RANK says "world", one of _RANK_VERB "importing" or "exporting")
    m = _world_rank().search(text, s, e)
    if m is None:
        m = _rank_verb().search(text, s, e)
        if m is None or not any(d.para_index(d.c.sentences[k][0]) == cl.pi
                                and _world_rank().search(text, *d.c.sentences[k])
                                for k in range(max(0, cl.si - RANK_REACH), cl.si)):
            return None
    for p in d.places(cl.si, s, e):
        if p.name == cl.rep or (p.iso3 and p.iso3 == cl.rep_iso):
            continue
        if p.end > m.start():
            return None
    return "world", None



# "Sri Lankan IT companies which provide software solutions to overseas clients, especially to the Middle East and the
# African region performed well with earnings growing by 12 per cent" (priu.gov.lk): places named only as examples (a
# focus adverb) of buyers abroad named as a whole ("overseas clients", "foreign markets") stand for the world, not the
# figure's counterpart (rule world_examples; cue world_focus_before, whose end is the focus adverb of asides.py)
_world_focus = EnglishCue("world_focus_before", re.I)


def world_examples(cl):
    """The world, when every place before a flow's figure in its sentence is an example after a focus adverb that
    follows buyers abroad named as a whole (rule world_examples)."""
    if cl.measure not in FLOW_MEASURES:
        return None
    d, f = cl.d, cl.f
    s0 = d.c.sentences[cl.si][0]
    heads = [p for p in candidates(cl)
             if s0 <= p.start and p.end <= f.clean_start and not same_place(p, cl.rep, cl.rep_iso)]
    if not heads or _world_focus().search(d.text, max(s0, heads[0].start - FOCUS_REACH), heads[0].start) is None:
        return None
    focused = focus_examples(heads, d.text, cue("list_sep", LIST_SEP))
    return ("world", None) if all(p.start in focused for p in heads) else None
