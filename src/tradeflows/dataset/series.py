"""The annual panel: which figures may enter a cell, why the others may not, which one a cell shows.

One admission rule, used by the build (series.parquet, series_entities.parquet and the
`series_status` of every figure) and by the evaluation (panel precision and recall), so
that what is measured is what is published. A figure enters the national panel only when
it is money (growth only feeds `growth_pct`), a flow (not one the words at it call a
balance or the other flow), actual, of a calendar year (not a fiscal year, not dated by another clause of a
sentence about a part of a year, not the base of such a part), not limited to a product, reported by the country
itself (the place registry and the organizations vocabulary tell a country from its regions, companies and
exchanges), with a country, a bloc or the world as partner (not a part of a country, an altered bloc, or the
partner of another flow's words), decided by strong rules (or confident
enough when a weak rule decided it: vocab weak_rules.csv) and with a value in US dollars.
The checks run in a fixed order and the first that fails is the figure's reason.
A figure that fails only because its reporter is an entity (region, organization)
goes to the entities' table instead, cell by cell in the same way.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import islice
from typing import Iterator

from tradeflows.dataset.cues import (
    CUE_REASON,
    balance_cue,
    base_year_confirms,
    balance_noun_owner,
    balance_owner,
    company_subject,
    compared_owner,
    conversion_cue,
    difference_cue,
    entity_cue,
    entity_of,
    fiscal_cue,
    flow_cue,
    group_subject,
    local_dollar,
    multi_year_cue,
    multi_year_total,
    norm_name,
    not_trade_rule,
    other_flow_partner,
    own_balance,
    own_total,
    pair_word_turnover,
    part_year_cue,
    per_year_cue,
    partner_reason,
    partner_source,
    product_cue,
    number_tail,
    listed_subject,
    rank_frame,
    region_owner,
    reporter_as_counterpart,
    share_of_other,
    reporter_class,
    support_cue,
    twelve_months_across,
    undated_base,
    with_owner,
    years_ago_level,
    world_subject,
)
from tradeflows.dataset.cues_clause import year_of_other_clause
from tradeflows.dataset.plausible import large_bilateral_flow, small_world_flow
from tradeflows.dataset.schema import FLOWS
from tradeflows.records import decided_rules
from tradeflows.ingest.language import detect_language
from tradeflows.vocab import DEFAULT_LANGUAGE, alternation, read_lines, using_language, weak_rules
from tradeflows.vocab.skip import skip_compile

IN = "in"
# every reason a figure can be out of the panel, in the order the checks run
REASONS = ("not money", "not a flow", "balance cue", "flow cue", "no reporter", "organization", "subnational reporter",
           "not a country", "another country", "target", "historical", "no year", "fiscal year", "partial year",
           "year of another clause", "product",
           "difference", "not year on year", "no partner", "subnational partner", "partner not a country", "partner of another flow",
           "ranked partner", "conversion", "low confidence",
           "implausible", "no usd value")
# reasons that send an otherwise admissible figure to the entities' table
ENTITY_REASONS = {"organization": "organization", "subnational reporter": "region",
                  "not a country": "other"}
# Default of `tradeflows build --min-confidence`: the lowest confidence at which a figure
# decided by a weak rule still enters the panel. Chosen from the panel precision measured
# per threshold on the development sets (README, "Which figures enter the panel").
DEFAULT_MIN_CONFIDENCE = 0.96

# the fact_rules item of a weak figure whose value the page's admitted figures add up to (dataset/corroborate.py):
# the row says why it entered the panel though a weak rule decided a field of it
CORROBORATED = "series:identity_corroborated"

# s64 (panelQ64): weak rules that a cue of the figure's own sentence confirms, in the order they are tried: (the
# fact_rules item the confirmation writes, the weak rules it covers, its cue). A figure out only for `low confidence`
# whose every weak rule a holding cue covers enters the panel with each such item written in its fact_rules (confirm,
# called by dataset/corroborate.py), so the row says what admitted it; a weak rule no cue covers keeps it out.
CONFIRMATIONS = (
    # "Statistics showed that two-way trade neared 810 million USD last year, down about 10 percent from 2017" (a page
    # of December 2019, vietnamplus.vn): the year counted from the page is the written base year's next
    ("series:base_year_confirms", frozenset({"year:relative_context", "year:relative_doc_date"}),
     base_year_confirms),
    # "two-way trade neared 810 million USD last year", "в 2019 году товарооборот между двумя странами превысил 35,5
    # млрд долларов" (interfax.ru): a turnover its clause calls the pair's, its counterpart carried
    ("series:pair_word_turnover",
     frozenset({"partner:head", "partner:bilateral_carried", "partner:head_first_line"}), pair_word_turnover),
)
_CONFIRM_PREFIX = "series:"

# Choice order of the figures of a cell: exact, approx, range, then bounds.
QUALIFIER_RANK = {"exact": 0, "approx": 1, "range": 2, "more_than": 3, "less_than": 3}
EXACT_TOLERANCE = 0.01     # two exact values differing by more than 1% conflict
APPROX_TOLERANCE = 0.10    # "about X" allows X +-10%

# what the series step reads of a figure: only these are kept in memory during a build
SERIES_FIELDS = ("doc", "char_start", "char_end", "figure_id", "kind", "measure", "status",
                 "partner", "partner_iso3", "reporter", "reporter_iso3", "scope", "product", "page_topic",
                 "period_start", "period_end", "year", "year_basis", "qualifier", "value",
                 "value_usd", "value_usd_high", "confidence", "fact_rules", "sentence",
                 "figure", "value_high", "warnings", "currency", "rule")


# ------------------------------------------------------------------ admission

def weak_rules_of(r: dict) -> list[str]:
    """The weak rules among a figure's fact_rules; a row "field:rule@basis" of weak_rules.csv makes a year rule
    weak only when the figure's year_basis is that basis (year:base_value@context)."""
    weak = weak_rules()
    basis = r.get("year_basis")
    rules = decided_rules(r.get("fact_rules"))
    out = [x for x in rules if x in weak or (basis and x.startswith("year:") and f"{x}@{basis}" in weak)]
    if out and any(x.startswith(_CONFIRM_PREFIX) for x in rules):
        covered = {w for name, covers, _ in CONFIRMATIONS if name in rules for w in covers}
        out = [x for x in out if x not in covered]     # (a confirmation written by confirm: CONFIRMATIONS)
    return out


def confirm(r: dict) -> bool:
    """Write in a weak figure's fact_rules the confirmations (CONFIRMATIONS) whose cues cover all its weak rules, when
    they do; True when written. Run on a figure out only for `low confidence` (dataset/corroborate.py)."""
    weak = weak_rules_of(r)
    if not weak:
        return False
    with using_language(sentence_language(r)):
        names = [name for name, covers, cue in CONFIRMATIONS if covers.intersection(weak) and cue(r)]
    covered = {w for name, covers, _ in CONFIRMATIONS if name in names for w in covers}
    if not names or not covered.issuperset(weak):
        return False
    added = ";".join(names)
    r["fact_rules"] = f"{r['fact_rules']};{added}" if r.get("fact_rules") else added
    return True


def corroborated(r: dict) -> bool:
    """The page's arithmetic vouches for the figure (its fact_rules hold CORROBORATED)."""
    return CORROBORATED in decided_rules(r.get("fact_rules"))


def full_year(r: dict) -> bool:
    y = r.get("year")
    return (y is not None and r.get("period_start") == f"{int(y):04d}-01"
            and r.get("period_end") == f"{int(y):04d}-12")


def failures(r: dict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Iterator[str]:
    """Every check a figure row fails, in the order of REASONS."""
    kind = r.get("kind")
    if kind not in ("money", "growth"):
        yield "not money"
    if r.get("measure") not in FLOWS:
        yield "not a flow"
    elif balance_cue(r):
        yield "balance cue"
    elif flow_cue(r):
        yield "flow cue"
    elif support_cue(r) or not_trade_rule(r):
        yield "not a flow"         # "11.6 billion lira ($390.6 million) in support to exporters", "tariffs on
        #                            Chinese products worth $250 billion", "Trump's $1.5 trillion tax cut"
    if not r.get("reporter_iso3"):
        yield "no reporter"
    else:
        rc = reporter_class(r.get("reporter"), r.get("reporter_iso3"))
        if rc == "organization":
            yield "organization"
        elif rc == "region":
            yield "subnational reporter"
        elif rc == "other":
            yield "not a country"
        else:
            cue = entity_cue(r)
            if cue:
                yield CUE_REASON[cue]
            elif company_subject(r):
                yield "organization"       # "Samsung Electronics exported $113.2 billion worth of goods in 2021"
            elif group_subject(r) or world_subject(r):
                yield "not a country"      # "26 significant economies saw a trade surplus of $2.45 trillion",
                #                            "World commercial services exports hit USD 6.26 trillion"
            elif region_owner(r):
                yield "subnational reporter"   # "..., Texas exports again accounted for more than California"
            elif with_owner(r) or balance_noun_owner(r) or compared_owner(r) or share_of_other(r):
                yield "another country"    # "At the forefront is China, with an astounding $3.38 trillion in exports",
                #                            "China-EU merchandise trade ..., with EU deficit of EUR 396 billion",
                #                            "... below those of Vietnam, at US$69.5 billion"
            elif balance_owner(r) or partner_source(r) or rank_frame(r) == "reporter" or reporter_as_counterpart(r) \
                    or listed_subject(r):
                yield "another country"    # "Canada was the country with ... surplus"; "the US Census Bureau data";
                #                            "Japan was Australia's fifth-largest import source, valued at ...";
                #                            "countries that imported the most goods from China ... were Nigeria $23 billion"
    status = r.get("status")
    if status == "target":
        yield "target"
    elif status != "actual":
        yield "historical"
    if r.get("year") is None or per_year_cue(r) or multi_year_total(r) or undated_base(r) or years_ago_level(r):
        yield "no year"            # (per_year: "U.S. trade is valued at more than $500 billion annually";
        #                            multi_year_total: "Between 2015 and 2020, ... totaled $250 billion";
        #                            undated_base: "were $2.8bn, down from $3.8bn, a decline of 27%";
        #                            years_ago_level: "A decade ago trade ... was around $250 million, which in 2000")
    elif twelve_months_across(r) or (full_year(r) and fiscal_cue(r)):
        yield "fiscal year"    # April 2021-March 2022 ("2021-'22"): no calendar year
    elif (not full_year(r) and not (r.get("period_start") is None and multi_year_cue(r))) or part_year_cue(r):
        yield "partial year"   # (a change over several years has no one period: its reason is "not year on year")
    elif year_of_other_clause(r):
        yield "year of another clause"   # "in 2012, Erdogan said, "Current trade volume ... is $7 billion"
        #                                  (dataset/cues_clause.py: a quotation, a dashed aside, another amount)
    if r.get("product") or product_cue(r):
        yield "product"
    if difference_cue(r):
        yield "difference"
    elif multi_year_cue(r):
        yield "not year on year"   # "increased 7,140% from 17,000 tons ten years ago": no annual growth
    pr = partner_reason(r)
    if pr:
        yield pr
    elif own_balance(r) or own_total(r):
        yield "no partner"         # "increasing its surplus ... to a record $333.4 billion" (partner carried),
        #                            "the $5.3 trillion total in 2022" (partner carried)
    elif other_flow_partner(r):
        yield "partner of another flow"
    elif rank_frame(r) == "partner":
        yield "ranked partner"     # "the US has ... taken a top slot as India's ... partner with ... $112.3 billion"
    if conversion_cue(r):
        yield "conversion"         # "goods worth $2.48 billion (R35 billion)": the same amount restated
    if weak_rules_of(r) and not corroborated(r):    # (dataset/corroborate.py: the page's arithmetic)
        conf = r.get("confidence")
        if conf is None or conf < min_confidence - 1e-9:
            yield "low confidence"
    if "implausible" in (r.get("warnings") or "") or number_tail(r) or small_world_flow(r) \
            or large_bilateral_flow(r):
        yield "implausible"        # "$2.019.5 billion" read as "5 billion": the tail of a split number;
        #                            "Kenya's shipments amounted to US$1.77 million": no country's world total;
        #                            "the U.S. ... imported $2.9 trillion" with a partner country: no bilateral flow
    if kind == "money" and (r.get("value_usd") is None or local_dollar(r)):
        yield "no usd value"       # "$86.8 billion" for Australia: a bare "$" read as US dollars by default


def sentence_language(r: dict) -> str:
    """The language of a figure's sentence (ingest.language.detect_language on the sentence): the language whose
    vocabulary the admission's cues read. The build and the evaluation check figures of many documents in one
    process, outside the pipeline's `using_language` block, so without it a Russian sentence's places ("Китаем"),
    months ("за январь–май 2025 года") and rows of vocab/ru were read with English's (s50, panelH)."""
    return _language_of(r.get("sentence") or "")


@lru_cache(maxsize=1)
def _language_of(sentence: str) -> str:
    """(kept for the last sentence only: the figures of one sentence come one after the other)"""
    return detect_language(sentence) if sentence else DEFAULT_LANGUAGE


def series_status(r: dict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> str:
    """`in` when the figure passes the admission rule, else the first reason it does not."""
    with using_language(sentence_language(r)):
        return next(failures(r, min_confidence), IN)


def share_evidence(r: dict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> bool:
    """A share of a partner country in a flow that passes every other admission check: the
    evidence of a share=part/whole check (tradeflows.dataset.checks)."""
    if r.get("kind") != "share" or not r.get("partner_iso3"):
        return False
    with using_language(sentence_language(r)):
        return next(failures({**r, "kind": "growth"}, min_confidence), IN) == IN


def entity_kind(r: dict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> str | None:
    """organization, region or other when the figure fails only because an entity, not its
    country, reports it (it then belongs in series_entities); else None."""
    if not (r.get("reporter") and r.get("reporter_iso3")) \
            or reporter_class(r["reporter"], r.get("reporter_iso3")) == "country":
        return None   # what entity_kind_of needs first, without running every check
    return admission(r, min_confidence)[1]


def entity_kind_of(r: dict, fails: list[str]) -> str | None:
    """entity_kind from the figure's failures (all of them in order, or the first two: it asks
    only whether the first is the one), when they are known."""
    if (len(fails) == 1 and fails[0] in ENTITY_REASONS and r.get("reporter")
            and reporter_class(r["reporter"], r.get("reporter_iso3")) != "country"):
        return ENTITY_REASONS[fails[0]]
    return None


def admission(r: dict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> tuple[str, str | None]:
    """(series_status, entity_kind) of a figure, its checks run once: the entity kind is
    only looked for when the first failure is an entity's (as entity_kind would find it), and
    then the checks run only up to a second failure (which makes it no entity's figure)."""
    with using_language(sentence_language(r)):
        fails = failures(r, min_confidence)
        first = next(fails, IN)
        if first not in ENTITY_REASONS:
            return first, None
        return first, entity_kind_of(r, [first, *islice(fails, 1)])


def partner_key(r: dict) -> tuple[str, str]:
    piso = r.get("partner_iso3")
    return ("iso", piso.upper()) if piso else ("name", norm_name(r["partner"]))


def cell_key(r: dict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> tuple | None:
    """The national panel cell of an admitted figure: (reporter, partner, flow, scope, year).
    A build's candidate (dataset/rows.py) carries the admission its worker decided (`_status`,
    at the build's threshold), which is not run again here."""
    status = r.get("_status")
    if (series_status(r, min_confidence) if status is None else status) != IN:
        return None
    return (r["reporter_iso3"].upper(), partner_key(r), r["measure"], r.get("scope") or None,
            int(r["year"]))


def entity_cell_key(r: dict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> tuple | None:
    """The entities' cell of a figure: (country, entity, kind, partner, flow, scope, year)."""
    ek = entity_kind(r, min_confidence) if r.get("_status") is None else r.get("_entity_kind")
    if ek is None:
        return None
    name, iso3 = entity_of(r["reporter"], r["reporter_iso3"])
    return (iso3, name, ek, partner_key(r), r["measure"], r.get("scope") or None, int(r["year"]))


# ------------------------------------------------------------------ choice

@lru_cache(maxsize=1)
def _source_re() -> re.Pattern:
    return skip_compile(rf"\b(?:{alternation(read_lines('stat_sources.txt'))})\b", re.I)


def names_source(sentence: str | None) -> bool:
    """The sentence names a statistical source (customs, a statistics office, a ministry)."""
    return bool(sentence) and _source_re().search(sentence) is not None


def choice_rank(r: dict) -> int:
    """The first keys of the choice order, packed in one small int (smaller is better): an
    explicit year before an inferred one, a named statistical source before a quote without
    one, exact before approx before range before bounds."""
    named = names_source(r.get("sentence")) if r.get("_status") is None else r.get("_named_source")
    return ((r.get("year_basis") not in (None, "explicit")) << 4 | (not named) << 3
            | QUALIFIER_RANK.get(r.get("qualifier"), 4))


def choice_entry(r: dict, published: str | None) -> tuple:
    """What the choice order reads of a figure: (choice_rank, its document's publication date,
    document, char_start, char_end, figure_id)."""
    return (choice_rank(r), published or "", r["doc"], r["char_start"], r["char_end"], r["figure_id"])


def choice_sorted(items: list, entry=lambda e: e) -> list:
    """items (or what `entry` gives of them: choice_entry tuples) best first: by choice_rank; then
    the most recently published document first (revised data); then the first in the text;
    ties keep their order."""
    out = sorted(items, key=lambda x: entry(x)[2:5])
    out.sort(key=lambda x: entry(x)[1], reverse=True)   # stable
    out.sort(key=lambda x: entry(x)[0])
    return out


def choice_before(a: tuple, b: tuple) -> bool:
    """choice_entry a comes strictly before b in choice_sorted's order."""
    if a[0] != b[0]:
        return a[0] < b[0]
    if a[1] != b[1]:
        return a[1] > b[1]
    return a[2:5] < b[2:5]


def choice_order(rows: list[dict], published: dict[str, str | None]) -> list[dict]:
    """The figures of a cell, best first (choice_sorted)."""
    keyed = [(choice_entry(r, published.get(r["doc"])), r) for r in rows]
    return [r for _, r in choice_sorted(keyed, entry=lambda x: x[0])]


def _interval(r: dict) -> tuple[float, float]:
    v, vh, q = r["value_usd"], r.get("value_usd_high"), r.get("qualifier")
    if q == "approx":
        a, b = v * (1 - APPROX_TOLERANCE), v * (1 + APPROX_TOLERANCE)
        return min(a, b), max(a, b)
    if q == "more_than":
        return v, math.inf
    if q == "less_than":
        return -math.inf, v
    if q == "range" and vh is not None:
        return min(v, vh), max(v, vh)
    return v, v


def disagree(a: dict, b: dict) -> bool:
    """True when two figures of a cell cannot both hold given their qualifiers."""
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    gap = max(alo, blo) - min(ahi, bhi)
    scale = max(abs(a["value_usd"]), abs(b["value_usd"]))
    if a.get("qualifier") == "exact" and b.get("qualifier") == "exact":
        return gap > EXACT_TOLERANCE * scale
    return gap > 1e-9 * scale
