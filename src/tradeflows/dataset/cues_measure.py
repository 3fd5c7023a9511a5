"""What the figure measures by the words at it: one product's trade, a change of a level, a
balance, or the other flow than its measure says.

Split from dataset/cues.py: each cue reads the words right before or after the figure in its
clause, so it overrides a measure a cue further away gave (product_rule names the product cue).
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.figures.currencies import aliases
from tradeflows.dataset.cues_text import figure_pos, clause_start, figure_end, figure_span, may_match, sentence_places
from tradeflows.records import decided_rules
from tradeflows.vocab import alternation, holds, pattern_needs, read_csv_all, read_lines, read_lines_all
from tradeflows.vocab.patterns import EnglishCue, english_cue
from tradeflows.vocab.months import month_names
from tradeflows.vocab.skip import skip_compile

# "skimmed and whole milk powder worth $347.6 thousand", "potash fertilizers ($328.5 thousand)"
# ("export market for elaborately transformed manufactures (valued at A$642 million in 2000)": the bracket may open on
# "valued at" or "worth" before the amount, rule product_worth)
_product_before = EnglishCue("cues_measure_product_before")
# "mineral products worth R14.8bn", "minerals and mining products worth $3.891 billion": a lowercase word right before a
# generic noun of goods before "worth $X" names the kind of goods (rule product_kind_worth; not "its goods worth",
# "export goods worth", "total goods worth": function and generic words)
_product_kind_worth = EnglishCue("cues_measure_product_kind_worth")
# "mineral products worth R14.8bn out of total exports worth R21.7bn", "imported R6.2bn of the same category of goods
# out of a total of R20.8bn": an amount "out of" a total in its clause is a part of that total (rule part_out_of_total)
_out_of_total = EnglishCue("cues_measure_out_of_total", re.I)


@lru_cache(maxsize=1)
def _generic_goods() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("generic_goods.txt"))


@lru_cache(maxsize=1)
def _not_product() -> frozenset[str]:
    """Connectives, reporting verbs, sentence adverbs and a country's roles (vocab/en/not_product_words.txt): before a
    flow noun or "($X)" they name no product ("said exports accounted for", "export destination (valued at $169bn)")."""
    return frozenset(w.lower() for w in read_lines("not_product_words.txt"))


# The word sets below filter the words that English patterns (EnglishCue, read on a page of any language, as
# generic_goods.txt and not_product_words.txt above) catch in a product word's slot: English files, whatever the
# page's language, as the literals they replace were (s67 vocabD67). Each is read once, at its first use.
@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Articles, pronouns, prepositions, scale words, times, totals and the copula (vocab/en/function_words.txt):
    in a product word's slot they name no product ("$X of the", "trade ... was worth £23.5 billion")."""
    return frozenset(read_lines("function_words.txt"))


@lru_cache(maxsize=1)
def _flow_words() -> frozenset[str]:
    """Flow and measure nouns and the pronouns for them (vocab/en/flow_words.txt): "exports goods worth", "the
    export sector", "it accounted for" name no product."""
    return frozenset(read_lines("flow_words.txt"))


@lru_cache(maxsize=1)
def _verbs_of_goods() -> frozenset[str]:
    """Verbs before "goods worth $X" (vocab/en/goods_verbs.txt): "sold goods worth" names no kind of goods."""
    return frozenset(read_lines("goods_verbs.txt"))


@lru_cache(maxsize=1)
def _not_product_in() -> frozenset[str]:
    """Words after a balance noun's "in" that name no product (vocab/en/not_product_in.txt): "in favour of", "in
    real terms", "in the first half"."""
    return frozenset(read_lines("not_product_in.txt"))


@lru_cache(maxsize=1)
def _mark_tails() -> tuple[str, ...]:
    """How the text before a passed mark ends (vocab/en/mark_tails.txt, the last words of cues_measure_mark_before):
    the gate of that pattern's search in _threshold_mark."""
    return tuple(read_lines("mark_tails.txt"))


# "imported £27.5 billion of machinery and transport equipment": what follows "of" is the product
_product_after = EnglishCue("cues_measure_product_after")
# "A €62 billion trade in medical and pharma products accounted for 38% of all exports": the flow noun right after
# the amount is one product's (rule product_trade_in)
# "Australia exported A$3.4 billion in agricultural goods to China": a kind of goods after "in" (rule product_in_kind)
_product_in_kind = EnglishCue("cues_measure_product_in_kind")
_product_trade_in = EnglishCue("cues_measure_product_trade_in")
# "Over 900 million dollars was garnered from the export of coffee": earned from one product's sales
# the verb may stand before the figure, and a conversion in brackets after it: "the country earned $402 million
# (N144.7 billion) from the export of raw cashew nuts", "Kenya earned US$3.17 million (Sh343.59 million) from sale of
# black ... tea"
_product_from_flow = EnglishCue("cues_measure_product_from_flow", re.I)
# "the RoK's semiconductor shipments to Vietnam ... 12.73 billion USD": a word before the flow noun
_product_flow = EnglishCue("cues_measure_product_flow")
# "Semiconductor exports tumbled 23.7 percent over the year to 98.63 billion dollars": a capitalised word opening the
# sentence right before its flow noun (rule product_flow_opening); "automotive shipment surged 31.1 percent to hit
# a new yearly high of 70.87 billion dollars": a singular flow noun between a word and a change verb (rule
# product_flow_one). Either is the figure's own flow only with no other flow noun between it and the figure
_product_flow_opening_rx = EnglishCue("cues_measure_product_flow_opening")
_product_flow_one = EnglishCue("cues_measure_product_flow_one")
_flow_noun_between = EnglishCue("cues_measure_flow_noun_between", re.I)
# "Exports of construction services, which exceeded half a billion dollars": the flow noun's "of"
# names what is traded (a capitalised word after "of" names a country instead)
# ("Export for oil products and petrochemicals declined in double digits to 52.16 billion dollars": "for" too)
_product_of_flow = EnglishCue("cues_measure_product_of_flow", re.I)
# "machinery ... was also the main goods export (£7.7 billion)": a top product, not the total
# ("Vehicles are the second largest Canadian export by value at $51 billion": a demonym between)
_product_top = EnglishCue("cues_measure_product_top", re.I)


# "Among the most significant commodity groups exported to China in 2023 were fuels ... valued at
# $414 million": a clause that lists the main goods gives each of them, not the total ("the most significant
# exported goods to African Union countries included debts and their products with a value of $651m")
_product_list = EnglishCue("cue_product_list", re.I)


# "The U.S. trade deficit in autos and parts production totaled about -$256 billion in 2023, rising ... from around
# -$200 billion in 2018": a balance "in" one product (rule balance_in; not "the deficit in goods", "in the first
# half", "in August", "in real terms", "a surplus in favour of")
_balance_in_rx = EnglishCue("cues_measure_balance_in")  # (a month is capitalised)
# "Hefty trade deficits by the United States were also recorded with other large auto-producing countries in 2023,
# including Japan (-$49 billion)", "large trade deficits with major producers of autos and parts, such as Mexico
# (-$121 billion)": partners named as the makers of one product, the figures that product's trade (rule producers_of)
_producers_of = EnglishCue("cues_measure_producers_of", re.I)
# "exports in the textile and clothing sector increased by 5% to 2.2 billion dirhams", "The automotive industry made the
# highest amount of exports to Germany last month with $395 million", "the rubber industry which rose 42.48% to RM14
# billion": a kind of goods before "sector" / "industry" in the figure's clause makes the amount that branch's trade
# (rule product_sector; not "the external sector", "the export sector": generic words)
_product_sector = EnglishCue("cues_measure_product_sector")
_balance_word = EnglishCue("cues_measure_balance_word", re.I)


def _balance_in(sentence: str, lo: int, pos: int, generic: frozenset[str]) -> bool:
    """A balance noun "in <product>" before the figure in its sentence, no other balance noun between."""
    function_words, flow_words = _function_words(), _flow_words()
    for m in _balance_in_rx().finditer(sentence, lo, pos):
        w = m.group(1)
        if (w in generic or w in function_words or w in flow_words or w in _not_product_in()
                or _currency_word(w)):
            continue
        if _balance_word().search(sentence, m.end(), pos) is None:
            return True
    return False


@lru_cache(maxsize=1)
def _product_flow_local() -> re.Pattern | None:
    """Other languages' "flow noun + goods" patterns (vocab/<lang>/product_flow.txt)."""
    rows = read_lines_all("product_flow.txt")
    return skip_compile("|".join(f"(?:{r})" for r in rows), re.I) if rows else None


@lru_cache(maxsize=1)
def _product_trade() -> re.Pattern:
    """A product group's name right before "trade" (vocab/en/product_trade.txt): that group's trade, not the total."""
    return skip_compile(rf"(?<![\w-])(?:{alternation(read_lines('product_trade.txt'))})"
                        + english_cue("cues_measure_product_trade_after").pattern, re.I)


@lru_cache(maxsize=1)
def _product_non() -> re.Pattern:
    """"The UAE's non-oil foreign trade in 2021 ... hitting Dh1.9 trillion": trade less a product
    group (vocab excluded_groups.txt) is no total of the flow."""
    groups = alternation(read_lines("excluded_groups.txt"))
    return skip_compile(english_cue("cues_measure_product_non_before").pattern + f"(?:{groups})"
                        + english_cue("cues_measure_product_non_after").pattern, re.I)


@lru_cache(maxsize=1)
def _product_non_after() -> re.Pattern:
    """"Nigeria earned $2.7 billion from non-oil exports": right after the amount, "from" trade less a product group
    (vocab excluded_groups.txt): the amount is that part's (rule product_non_after, s65 panelP65)."""
    groups = alternation(read_lines("excluded_groups.txt"))
    return skip_compile(english_cue("cues_measure_product_non_lead").pattern
                        + english_cue("cues_measure_product_non_before").pattern + f"(?:{groups})"
                        + english_cue("cues_measure_product_non_after").pattern, re.I)


# "gold accounted for the majority of overall export value, at $5.08 billion in 2021": a lowercase
# word whose share of the flow the clause gives before the figure is a product (rule product_accounted)
_product_accounted = EnglishCue("cues_measure_product_accounted")


# trade through one channel only: by land across a border, in transit, by barter (not the country's total)
_trade_channel = EnglishCue("cues_measure_trade_channel", re.I)


def _currency_word(word: str) -> bool:
    """A currency's name written after an amount ("yuan", "ringgit", "rupees"), or the last word of one
    ("360 billion shillings (about 2.79 billion U.S. dollars)": of "Kenyan shillings"): no product."""
    return word in aliases().after or word in _currency_tails()


@lru_cache(maxsize=1)
def _currency_tails() -> frozenset[str]:
    """The last word of every currency name written after an amount ("shillings" of "Kenyan shillings")."""
    return frozenset(a.split()[-1] for a in aliases().after if a.split())


def product_cue(r: dict) -> bool:
    """The figure is one product's trade: a lowercase word other than a generic one (vocab
    generic_goods.txt) right before "worth $X" or "($X)" (product_worth), or before a generic noun of goods
    there ("mineral products worth", product_kind_worth), a part "out of" a total (part_out_of_total), right after
    "$X of" (product_of), right before the flow noun of its clause (product_flow) or right after
    its "of" ("exports of construction services", product_of_flow), or earned "from the export of" a
    lowercase word right after the figure (product_from_flow); trade less a product group
    ("non-oil foreign trade", product_non); or the
    clause calls it the main export or import (product_top) or lists the main goods
    ("the leading commodities imported ... included", product_list); or its sentence reports the
    flow's physical volume beside its value (volume_and_value), or the amount is a share "of the
    total goods" (share_of_goods); or the page is about one product (its Figure.page_topic) and the sentence names
    no whole flow before the figure (page_product)."""
    return product_rule(r) is not None


def _product_flow_opening(r: dict, sentence: str, pos: int, generic: frozenset[str]) -> str | None:
    """product_flow_opening / product_flow_one (see _PRODUCT_FLOW_OPENING): the rule, else None."""
    measure = r.get("measure")
    if measure not in ("exports", "imports"):
        return None
    function_words = _function_words()
    found = [(m, "product_flow_opening") for m in (_product_flow_opening_rx().match(sentence),) if m is not None]
    if may_match(_product_flow_one(), sentence):     # (its flow nouns and verbs, read off the row)
        found += [(m, "product_flow_one") for m in _product_flow_one().finditer(sentence, 0, pos)]
    for m, rule in found:
        w = m.group(1).lower()
        if m.end() > pos or (measure == "imports") != m.group(2).startswith("import") \
                or w in generic or w in function_words or w in _month_names() or w in _not_product() \
                or _flow_noun_between().search(sentence, m.end(), pos):
            continue
        if rule == "product_flow_opening" and any(p.start == m.start(1) for p in sentence_places(sentence)):
            continue   # "Chinese exports", "Kenya exports": a place, no product
        return rule
    return None


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    return frozenset(month_names())


def product_rule(r: dict) -> str | None:
    """Which product cue holds for a figure (see product_cue), or None."""
    pos = figure_pos(r)
    if pos is None:
        return None
    sentence, generic = r["sentence"], _generic_goods()
    function_words, flow_words = _function_words(), _flow_words()
    m = _product_before().search(sentence, max(0, pos - 60), pos)
    if m is not None and m.group(1) not in generic and m.group(1) not in function_words \
            and not _currency_word(m.group(1)) and m.group(1) not in _not_product():
        return "product_worth"     # (not "12.5 billion yuan ($1.8 billion)": a currency's name before "(")
    m = _product_kind_worth().search(sentence, max(0, pos - 60), pos)
    if m is not None and m.group(1) not in generic and m.group(1) not in function_words \
            and m.group(1) not in flow_words and not m.group(1).endswith("ed") and m.group(1) not in _verbs_of_goods():
        return "product_kind_worth"    # (not "India exported goods worth", "sold goods worth": a verb, no kind)
    end = figure_end(r, pos)
    if may_match(_out_of_total(), sentence) and _out_of_total().match(sentence, end):
        return "part_out_of_total"
    m = _product_after().match(sentence, end)
    if m is not None and m.group(1) not in generic and m.group(1) not in function_words:
        return "product_of"
    m = _product_in_kind().match(sentence, end)
    if m is not None and m.group(1) not in generic and m.group(1) not in function_words:
        return "product_in_kind"
    m = _product_trade_in().match(sentence, end)
    if m is not None and m.group(1) not in generic and m.group(1) not in function_words:
        return "product_trade_in"
    lo = clause_start(sentence, pos)
    for m in _product_flow().finditer(sentence, lo, pos):
        if m.group(1) not in generic and m.group(1) not in function_words and m.group(1) not in _not_product():
            return "product_flow"
    rule = _product_flow_opening(r, sentence, pos, generic)
    if rule is not None:
        return rule
    for m in _product_of_flow().finditer(sentence, lo, pos):
        w = m.group(1)
        if w.islower() and w not in generic and w not in function_words:
            return "product_of_flow"
    m = _product_from_flow().match(sentence, end)
    if m is not None and m.group(1).islower() and m.group(1) not in generic and m.group(1) not in function_words:
        return "product_from_flow"   # "Over 900 million dollars was garnered from the export of coffee"
    local = _product_flow_local()
    if local is not None and local.search(sentence, lo, pos):
        return "product_flow"   # "Экспорт белорусского продовольствия ... достиг 8,3 миллиарда долларов"
    if _product_non().search(sentence, lo, pos):
        return "product_non"
    if may_match(_product_non_after(), sentence) and _product_non_after().match(sentence, end):
        return "product_non_after"   # "Nigeria earned $2.7 billion from non-oil exports"
    if may_match(_product_trade(), sentence[lo:pos]) and _product_trade().search(sentence, lo, pos):
        return "product_trade"   # "with energy trade hitting C$198.2 billion in 2023" (vocab product_trade.txt)
    if _trade_channel().search(sentence, lo, pos):
        return "trade_channel"  # "Thailand's overall border trade, including transit trade stood 1.71 trillion baht"
    if _product_top().search(sentence, lo, pos):
        return "product_top"
    if _product_list().search(sentence, clause_start(sentence, pos, None), pos):
        return "product_list"
    if may_match(_producers_of(), sentence) \
            and _producers_of().search(sentence, clause_start(sentence, pos, None), pos):
        return "producers_of"
    if may_match(_product_sector(), sentence):
        lo_clause = clause_start(sentence, pos)
        for m in _product_sector().finditer(sentence, lo_clause, pos):
            w = m.group(1)
            if w in generic or w in function_words or w in flow_words or w in _not_product():
                continue
            if sentence.find(")", m.end(), pos) >= 0 and sentence.rfind("(", lo_clause, m.start()) >= 0:
                continue   # "(of which K10.6 billion was from the mineral sector) in 2013, to K21.6 billion": a closed aside
            return "product_sector"
    if r.get("measure") == "balance" and may_match(_balance_in_rx(), sentence) and _balance_in(sentence, clause_start(sentence, pos, None), pos, generic):
        return "balance_in"
    for m in _product_accounted().finditer(sentence, clause_start(sentence, pos, None), pos):
        if m.group(1) not in generic and m.group(1) not in function_words and m.group(1) not in flow_words \
                and m.group(1) not in _not_product():   # ("ASEAN members accounted for 13.8 per cent of ... trade")
            return "product_accounted"
    if _part_of_own_flow(r, sentence, end):
        return "part_of_flow"
    for m in _product_comprised().finditer(sentence, 0, pos):
        w = m.group(1).lower()
        if w not in generic and w not in function_words and w not in flow_words:
            return "product_comprised"
    rule = _branch_rule(sentence, pos, generic)
    if rule is not None:
        return rule
    if _volume_change().search(sentence) and _value_word().search(sentence):
        return "volume_and_value"
    # (the words every match of the row holds, vocab.pattern_needs: a unit added to the row is looked for too)
    if holds(sentence, pattern_needs(_quantity_of())):
        for m in _quantity_of().finditer(sentence, 0, pos):
            if m.group(1) not in generic and m.group(1) not in function_words:
                return "quantity_of_goods"
    m = _share_of().match(sentence, end)
    if m is not None and _of_total_goods().match(sentence, m.end()):
        return "share_of_goods"
    if r.get("page_topic") and _page_whole_flow().search(sentence, 0, pos) is None:
        return "page_product"
    return None


# s66 (topicT66): on a page whose title or opening is about one product's trade (Figure.page_topic, read once per
# document by facts/page_topic.py: "Japan's automotive trade grew 13% in 2013"), a later sentence that names no product
# and no whole flow ("Japan's surplus grew to ... ($118.1 billion), up from ... ($107.1 billion) in 2012") goes on with
# that product, not the nation's total (rule page_product, the last product cue: a sentence's own words decide first;
# patterns.csv cues_measure_page_whole_flow: "total", "overall", "the country's", "all goods", "merchandise")
_page_whole_flow = EnglishCue("cues_measure_page_whole_flow")


# s66 (panelR66): a figure on a page about one branch's trade whose own words name no product but its sentence does:
# "trade in autos and parts grew to ... ($17.4 billion) in imports" (trade_in_product), "one of the leading world
# exporters of flowers, with total exports of USD $2,096 million" (trader_of_product), "Exports totaled 54.6 billion
# shillings ($519 million) in 2014, and the industry will be ..." (sector_anaphor); vocab patterns.csv rows of those
# names, not_product_words.txt for the words after "trade in" that name no kind of goods
_trade_in_product = EnglishCue("cues_measure_trade_in_product")
_trader_of_product = EnglishCue("cues_measure_trader_of_product")
_trader_with = EnglishCue("cues_measure_trader_with")
_branch_contrast = EnglishCue("cues_measure_branch_contrast")
_sector_anaphor = EnglishCue("cues_measure_sector_anaphor")
_whole_flow_word = EnglishCue("cues_measure_whole_flow_word")


def _kind_of_goods(word: str, generic: frozenset[str]) -> bool:
    """A lowercase word that may name a kind of goods: no generic, function, flow, measure, month or currency word."""
    function_words, flow_words = _function_words(), _flow_words()
    return not (word in generic or word in function_words or word in flow_words or word in _not_product_in()
                or word in _not_product() or word in _month_names() or _currency_word(word))


def _branch_rule(sentence: str, pos: int, generic: frozenset[str]) -> str | None:
    """trade_in_product, trader_of_product or sector_anaphor (see above) for a figure at pos of sentence, else None.
    Each pattern's scan runs only where the sentence holds the words every match of it needs (vocab.pattern_needs)."""
    if holds(sentence, pattern_needs(_trade_in_product())):
        for m in _trade_in_product().finditer(sentence, 0, pos):
            if _kind_of_goods(m.group(1), generic) and _branch_contrast().search(sentence, m.end(), pos) is None:
                return "trade_in_product"
    if holds(sentence, pattern_needs(_trader_of_product())):
        for m in _trader_of_product().finditer(sentence, clause_start(sentence, pos), pos):
            if _kind_of_goods(m.group(1), generic) and _trader_with().search(sentence, m.end(), pos) is not None:
                return "trader_of_product"
    if holds(sentence, pattern_needs(_sector_anaphor())) and _sector_anaphor().search(sentence) is not None \
            and _whole_flow_word().search(sentence, 0, pos) is None:
        return "sector_anaphor"    # (not "Overall, exports are expected to exceed US$50 billion ... the sector")
    return None


# "Volumes rose 1.6% in 2017 and overseas sales rose in value by 8.9% to £4,360 million", "Volume rose 21% ...
# to 375m litres while value increased by 19% to A$1.76 billion": a sentence that reports the physical volume
# and the value of the flow side by side speaks of one commodity (named before it), not of a country's
# total trade (rule volume_and_value; "trade volume" is a value and does not count)
_volume_change = EnglishCue("cues_measure_volume_change", re.I)
_value_word = EnglishCue("cues_measure_value_word", re.I)
# "Australia exported 266.2 million tonnes of iron ore to China in 2009 (A$21.7 billion in value terms)", "Ethiopia
# exported 176,390 tonnes of coffee earning $424 million": a physical quantity of a named good before the amount in
# its sentence makes the amount that good's (rule quantity_of_goods; "tonnes of goods" is generic and stays)
_quantity_of = EnglishCue("cues_measure_quantity_of")
# "Salt, stones, and cement followed with export values of $625m, representing 27.0% of the total goods": an
# amount given as a share of the total goods ("... with a value of $306m constituted 13.2% of the total goods") is
# one group of goods (rule share_of_goods; "accounting for 19.2%
# of the total bloc" and "... of total goods exports" are a partner's share of a flow and stay)
_share_of = EnglishCue("cues_measure_share_of", re.I)
_of_total_goods = EnglishCue("cues_measure_of_total_goods", re.I)


# "Indonesia's exports to India in 2018 comprised coal worth $5.37 billion; CPO and its derivatives valued at
# $3.56 billion": the flow is broken down into goods, each amount after it is one good's (rule product_comprised)
_product_comprised = EnglishCue("cues_measure_product_comprised", re.I)


# "US$3.4 billion or 25 percent of Indonesia's total exports to India": the amount is a share of a flow
_share_after = EnglishCue("cues_measure_share_after", re.I)
_own_flow = EnglishCue("cues_measure_own_flow", re.I)


def _part_of_own_flow(r: dict, sentence: str, end: int) -> bool:
    """The amount is followed by "or 25 percent of ... exports to <its own partner>": a part of that flow
    (a product's, a channel's), not the flow itself (rule part_of_flow). A share of a bloc's or the world's
    total ("$1.215bn, accounting for 19.2% of the total bloc") is a partner's whole flow and stays."""
    m = _share_after().match(sentence, end)
    partner = (r.get("partner") or "").strip()
    if m is None or not partner:
        return False
    w = _own_flow().match(sentence, m.end())
    return w is not None and sentence[w.end():w.end() + len(partner)].lower() == partner.lower()


# "rose 29.4 billion dollars and reached", "up 453.1 billion dollars from 2021", "an increase by
# $238.5 million", "$20 million more than": the figure is a change of a level, not the level
_change_before = EnglishCue("cues_measure_change_before", re.I)
# "imports from China dropped the most of any country, by $109 billion": a change's amount after "by" with
# words between the verb and it (rule change_by_far; "boosted by $2 billion of oil", a participle's agent, is none)
_change_by_far = EnglishCue("cues_measure_change_by_far", re.I)
CHANGE_BY_REACH = 110
# "The U.S. deficit in its foreign trade in goods and services rose 12.2% in 2022 over the previous year ($103 billion)":
# an amount alone in brackets after a rate of change, no amount between, restates the change (rule change_rate_bracket)
_change_rate_bracket = EnglishCue("cues_measure_change_rate_bracket", re.I)
# "$3 billion more", and restated as a rate: "which is $12 billion, or 23.9 percent more, compared to"
_change_after = EnglishCue("cues_measure_change_after", re.I)


# Russian "на" with an amount is a level after a verb of trade ("экспортировал в Россию товаров на $52,9 млрд", "наторговала
# почти на $3 млрд") but a change after a verb of change ("вырос на 2 млрд долларов"), or alone after a comma or
# "или" ("он все еще отстает от объемов торговли с россией, ..., примерно на 2 миллиарда долларов", "увеличился на 8,3%
# или на 324,3 миллиона долларов", "203,4 млрд евро, что лишь на 230 млн меньше"): the margin, no level (rule
# ru_change_by). Not after a dash: "С Казахстаном — на 20 миллиардов долларов" lists a level.
# The words are rows of vocab/<lang>/change_by.csv (only ru/ has it): every language's rows build one pattern, read on
# every figure as the literal it replaced was (s67 vocabD67), compiled at its first use.
@lru_cache(maxsize=1)
def _change_by_before() -> re.Pattern | None:
    """The words before a margin "на X" (vocab change_by.csv by role), up to the end of the text; None with no rows."""
    words: dict[str, list[str]] = {}
    for row in read_csv_all("change_by.csv"):
        words.setdefault(row["role"], []).append(row["word"])
    if not words:
        return None

    def alt(role: str) -> str:
        return f"(?:{alternation(words[role])})" if words.get(role) else "(?!)"
    qual = rf"{alt('qualifier')}\s+"
    return skip_compile(
        rf"(?:(?:,\s*(?:{alt('after_comma')}\s+)?|\b{alt('or')}\s+)|\b{alt('change_stem')}\w*\s+"
        # "об опережении показателя прошлого года примерно на 2,7 миллиарда долларов": a lead over a level, its
        # object between (the margin, no level; rule ru_change_by)
        rf"|\b{alt('lead_stem')}\w*\s+(?:[а-яё]+\s+){{0,4}}"
        # "из падения экспорта на 126,5 млн евро в регион СНГ" (prpost.ru): a noun of change, its flow between (rule
        # ru_change_noun, s73 openD73)
        rf"|\b{alt('change_noun')}\w*\s+(?:[а-яё]+\s+){{0,3}})"
        rf"(?:{qual})?{alt('by')}\s+(?:{qual})?$"
        # "падение экспорта в Россию составляет 120 млн евро" (prpost.ru): the amount a noun of change comes to, its
        # flow and place between, is the change's own (rule ru_change_noun)
        rf"|\b{alt('change_noun')}\w*\s+(?:[а-яё-]+\s+){{0,4}}?{alt('amounts_to')}\w*\s+(?:{qual})?$"
        # "экспортеры Литвы в этом году потеряли 126,5 млн евро" (pr-post.com), "Украинский экспорт потерял от оккупации
        # Донбасса и Крыма почти $13 млрд" (dsnews.ua): the amount a verb of losing takes, up to five words of its cause
        # between, is what was lost, a change (rule ru_loss)
        rf"|\b{alt('loss_stem')}\w*\s+(?:[\w-]+\s+){{0,5}}?(?:{qual})?$", re.I)


_LEAD = skip_compile(r"[^\d$€£¥]*")


def _ru_change_by(sentence: str, pos: int, figure: str) -> bool:
    """The Russian margin "на X" (rule ru_change_by): the words before the amount, its own leading words too."""
    rx = _change_by_before()
    if rx is None:
        return False
    lead = figure[:_LEAD.match(figure).end()]
    return rx.search(sentence[max(0, pos - 60):pos] + lead) is not None


def difference_cue(r: dict) -> bool:
    """A money figure that is a change ("rose $29.4 billion to ...", "вырос на 2 млрд долларов") rather than a level."""
    pos = figure_pos(r)
    if pos is None or r.get("kind") != "money":
        return False
    sentence = r["sentence"]
    end = figure_end(r, pos)
    return bool(_change_before().search(sentence, max(0, pos - 40), pos) or _change_after().match(sentence, end)
                or _change_by_far().search(sentence, max(0, pos - CHANGE_BY_REACH), pos)
                or _change_rate_bracket().search(sentence, max(0, pos - CHANGE_BY_REACH), pos)
                or _ru_change_by(sentence, pos, r.get("figure") or ""))


def conversion_cue(r: dict) -> bool:
    """A money figure that restates another in brackets in another currency ("goods worth $2.48 billion
    (R35 billion)"): relate marks the one of the pair the panel leaves out (facts/restated.py,
    fact rule amount:restatement), so the cell counts the money once."""
    return r.get("kind") == "money" and "amount:restatement" in decided_rules(r.get("fact_rules"))


# "$5.1 billion bilateral deficit", "The trade gap in 1984 was $111 million": the words at the
# figure name a balance, whatever measure a cue further away gave it
# ("reached US$19.8 billion with a surplus of US$6.3 billion": a balance of its own follows, rule with_balance)
_balance_after = EnglishCue("cues_measure_balance_after", re.I)
_balance_before = EnglishCue("cues_measure_balance_before", re.I)


def balance_cue(r: dict) -> bool:
    """An export, import or turnover figure that the words right at it call a balance."""
    span = figure_span(r) if r.get("measure") in ("exports", "imports", "turnover") else None
    if span is None:
        return False
    sentence, pos, end = span
    return bool(_balance_after().match(sentence, end) or _balance_before().search(sentence, max(0, pos - 60), pos))


# "Brazil purchased a total worth US$ 39.3 billion from the United States": a buying verb before the
# figure and "from" a place after it make an import, whatever a cue further away said; selling "to" an export
# (the patterns of the relate stage's measure rules bought_from / sold_to, facts/measure_traded.py: a figure
# whose measure another rule decided is checked against them here)
from tradeflows.facts.measure_traded import (BUY_BEFORE as _BUY_BEFORE, FROM_AFTER as _FROM_AFTER,  # noqa: E402
                                             SELL_BEFORE as _SELL_BEFORE, TO_AFTER as _TO_AFTER)


def flow_cue(r: dict) -> bool:
    """An export figure that its clause says was bought from a place ("purchased ... $X from the
    United States"), or an import figure sold to one: the words at the figure name the other flow."""
    measure = r.get("measure")
    span = figure_span(r) if measure in ("exports", "imports") else None
    if span is None:
        return False
    sentence, pos, end = span
    before, after = (_BUY_BEFORE, _FROM_AFTER) if measure == "exports" else (_SELL_BEFORE, _TO_AFTER)
    return bool(before.search(sentence, max(0, pos - 60), pos) and after.match(sentence, end))


# "provided 11.6 billion lira ($390.6 million) in support to exporters", "export subsidies of $2 billion": money
# paid to traders, not their trade (rule support_to_traders)
_support_after = EnglishCue("cues_measure_support_after", re.I)
_support_before = EnglishCue("cues_measure_support_before", re.I)


def support_cue(r: dict) -> bool:
    """A money figure that is support paid to traders ("11.6 billion lira ($390.6 million) in support to
    exporters", "export subsidies of $2 billion"), not their exports or imports (rule support_to_traders,
    reason `not a flow`)."""
    span = figure_span(r) if r.get("kind") == "money" and r.get("measure") in ("exports", "imports", "turnover") else None
    if span is None:
        return False
    sentence, pos, end = span
    return bool(_support_after().match(sentence, end) or _support_before().search(sentence, max(0, pos - 60), pos))


# "imposing tariffs on Chinese products worth $250 billion", "imposed taxes on $250 billion worth of Chinese imports":
# the value of the goods a measure covers, no year's flow (rule tariff_cover)
_tariff_before = EnglishCue("cues_measure_tariff_before", re.I)  # (not "despite tariffs on steel, exports rose to")
# "Trump's $1.5 trillion tax cut", "a $20 billion stimulus": the noun right after the amount names what it is (rule
# own_noun)
_own_noun_after = EnglishCue("cues_measure_own_noun_after", re.I)


# "which has now surpassed the $100 billion threshold", "beyond the $100 billion-mark", "surpassing the $125 billion
# record", "the US became Vietnam's first export market to surpass 100 billion USD": a round mark or an earlier
# record the flow passed, not the flow's own amount (rule threshold_mark)
_mark_after = EnglishCue("cues_measure_mark_after", re.I)
_mark_before = EnglishCue("cues_measure_mark_before", re.I)




# "the two-way turnover, which exceeded $100 billion for the first time in 2021": a round amount passed for the first
# time is a mark too (rule threshold_mark), not the flow's own amount
_passed_before = EnglishCue("cues_measure_passed_before", re.I)
_first_time_after = EnglishCue("cues_measure_first_time_after", re.I)


def _threshold_mark(sentence: str, pos: int, end: int, figure: str) -> bool:
    """The amount is a mark the flow passed (see _MARK_BEFORE): its own leading words ("surpassing the") count."""
    if _mark_after().match(sentence, end):
        return True
    before = sentence[max(0, pos - 80):pos]
    if figure[:1].isalpha():                   # "surpassing the $125 billion": the figure's own leading words
        before += figure[:_LEAD.match(figure).end()]
    if _first_time_after().match(sentence, end) and _passed_before().search(before):
        return True
    return before.rstrip().endswith(_mark_tails()) and _mark_before().search(before) is not None


def not_trade_rule(r: dict) -> str | None:
    """Why a money figure read as a flow is no flow: the value of goods a tariff or sanction covers (tariff_cover:
    "imposing tariffs on Chinese products worth $250 billion"), an amount whose own noun follows it
    (own_noun: "Trump's $1.5 trillion tax cut"), or a mark the flow passed (threshold_mark: "surpassed the $100
    billion threshold", "first export market to surpass 100 billion USD"); else None (reason `not a flow`)."""
    span = figure_span(r) if r.get("kind") == "money" and r.get("measure") in ("exports", "imports", "turnover", "balance") \
        else None
    if span is None:
        return None
    sentence, pos, end = span
    if _tariff_before().search(sentence, max(0, pos - 60), pos):
        return "tariff_cover"
    if _own_noun_after().match(sentence, end):
        return "own_noun"
    if r.get("status") != "target" and _threshold_mark(sentence, pos, end, r.get("figure") or ""):
        return "threshold_mark"   # (a mark the flow moves towards is a target's: "towards the 10 billion dollar mark")
    return None


# "Total goods and services trade amounted to $86.8 billion in 2019, making up 9.5% of Australia's
# trading portfolio": a bare "$" (not US$, A$, NZ$, C$) read as the US dollar by default only
_BARE_DOLLAR = skip_compile(r"(?<![A-Za-z.$])\$")


def local_dollar(r: dict) -> bool:
    """A money figure in a bare "$" that the extraction read as the US dollar by default (no
    country of the document or sentence decided it) while its reporter's own currency is also
    written "$" (CLDR: Australia, New Zealand, Canada, Singapore ...): which dollar it is stays
    unknown, so it has no sure value in US dollars (rule local_dollar, reason `no usd value`)."""
    if r.get("kind") != "money" or r.get("currency") != "USD" or not _BARE_DOLLAR.search(r.get("figure") or ""):
        return False
    if "_country" in (r.get("rule") or "") or (r.get("rule") or "").endswith(":marked_local"):
        return False                     # ":document_country" / ":sentence_country" decided it, or the page
        #                                  marked its own dollar apart ("NZ$20 billion ($17.54 billion)")
    from tradeflows.figures.currencies import aliases
    own = aliases().local_before.get("$", {}).get((r.get("reporter_iso3") or "").upper())
    return own is not None and own != "USD"
