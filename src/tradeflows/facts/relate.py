"""Relate: tie each figure to its flow, reporter, partner, period and status.

The information is spread over the sentence, the paragraph and the section
("As for Iran, ..." sets the partner for a page), so figures are related in
document order with a little state that carries over (facts/carry.py): the last
partner named, the paragraph's period and a reporter other than the document's.
An explicit mention in the figure's sentence always wins over what is carried.

This module is the order of the decisions only; each lives in its own module:
the document's lookups (facts/context.py), the measure and scope (facts/measure.py),
the reporter and the partner (the ordered rule tables of facts/sieves.py, rules in
facts/reporters.py and facts/partners.py, trade frames in facts/frames.py), the
status (facts/status.py) and the period (facts/period_choice.py). No country is
assumed: the document's reporter comes from sources.csv, else from its head
(facts/subject.py), else stays empty.

Every decision names its rule in Figure.fact_rules ("measure:cue_before;
partner:carried;year:footnote"), and the figure gets a confidence from how
its fields were decided. A rule that rewrote what a decision read (a time
expression, a place, a clause's end, the page's statistics owner) follows that
decision's rule behind a "+" ("year:explicit+later_same_period"; records.VIA).
"""
from __future__ import annotations

import re

from tradeflows.text.clean import CleanText
from tradeflows.facts.items import item_subject
from tradeflows.facts.carry import carry_gap, first_line_title, page_head_partner
from tradeflows.facts.places import page_aliases, reset_page_aliases, set_page_aliases
from tradeflows.facts.context import WINDOW, Carried, Clause, Doc, State, cue_vocab, opening_clause_end
from tradeflows.facts.measure import MEASURE_CONFIDENCE, measure_of
from tradeflows.facts.measure_foreign import (buyer_owner_after, buyer_subject, exports_into_owner, foreign_buyer,
                                              foreign_seller, seller_ranked, seller_subject, supplied_into)
from tradeflows.facts.measure_scope import scope_of
from tradeflows.facts.partners import FLOW_MEASURES
from tradeflows.facts.world import head_has_totals
from tradeflows.facts.period_choice import BASIS_CONFIDENCE, figure_period, period_span, period_via
from tradeflows.facts.period_fiscal_range import fiscal_range_start
from tradeflows.facts.period_mean_run import MEAN_RUN_YEAR_RULES, mean_run_start
from tradeflows.facts.period_not_over import (compared_value, part_in_force_not_over, part_named_not_over,
                                              series_not_over, year_not_over)
from tradeflows.facts.head_period import head_page_period
from tradeflows.facts.period_these_years import these_years
from tradeflows.facts.page_topic import with_page_topic
from tradeflows.facts.restated import (HEADLINE_CHARS, body_restates_headline, bracketed_share, conversions,
                                       headline_restated, lead_restated, relative_restated, restated_goal,
                                       restated_figure_noun, restated_head, restated_partials, restated_share)
from tradeflows.facts.frames import frame_for
from tradeflows.facts.reporters import FRAME_REACH, opening_statistics_owner, page_currency_country
from tradeflows.facts.sieves import PARTNER_SIEVE, REPORTER_SIEVE, run, run_partner
from tradeflows.facts.status import dated_status, clause_status
from tradeflows.facts.subject import document_subject, owner_further_on, HEAD_CHARS
from tradeflows.errors import Warnings
from tradeflows.vocab.patterns import NEVER, cue
from tradeflows.vocab.skip import skip_compile
from tradeflows.records import VIA, Figure, add_via, with_via

# how many paragraph breaks an organization stays the reporter without being named again (a
# book's section on an exchange or a region runs over a few paragraphs: 1 -> 3 raised the founding
# corpus's reporter accuracy 0.72 -> 0.79 and left every news set equal; the carry is a weak rule,
# reporter:carried, so it never alone admits a figure to the panel)
ORG_CARRY_PARAGRAPHS = 3
# the figure's confidence from the partner rule that decided it (other rules: 0.5)
PARTNER_CONFIDENCE = {"sentence": 1.0, "frame": 1.0, "list_item": 1.0, "bracket_part": 1.0, "right_after": 1.0, "respectively": 1.0, "paired_places": 0.9, "world_cue": 0.85, "own_trade": 0.85,
                      "carried": 0.8, "bilateral_in_force": 0.8, "section": 0.65}

# measure rules of a figure whose clause names no flow: it goes on with the sentence before (rule seller_ranked)
_NO_OWN_CUE = frozenset({"previous_sentence", "carried"})
# measure rules whose cue is the figure's clause's own flow word before it, whose subject rule seller_subject reads
_SUBJECT_CUE_RULES = frozenset({"cue_before"})
# (and the supplies noun right before "на" and the figure, after a verb of providing: "обеспечила поставки на 7,86 миллиарда
# долларов", rule seller_subject)
_SELLER_CUE_RULES = frozenset({"cue_before", "flow_by_gap"})
# partner rules that name the counterpart by an anaphor ("that country", "with it", "the bloc", "the Asian country"; "bilateral
# trade", "the two countries": rules bilateral_carried, bilateral_head, whose counterpart the paragraph's next sentences
# keep, rule bilateral_in_force)
_ANAPHOR_RULES = frozenset({"anaphor_dest", "with_it", "bloc_anaphor", "region_anaphor", "bilateral_carried", "bilateral_head"})


def _currency_subject(text: str, title: str | None, figures: list) -> tuple[str, str | None] | None:
    """A page that names no place, whose amounts are in one country's own currency ("507,3 млн латов" on bnn-news.ru):
    that country, not its outlet's (rule currency_country)."""
    return page_currency_country(figures)


def _owner_subject(text: str, title: str | None, figures: list) -> tuple[str, str | None] | None:
    """A page whose title and opening name no place, with no outlet nor currency of one country: the side that owns
    the flow further on (rule unplaced_later, subject.owner_further_on)."""
    return owner_further_on(text, title)


# the page's subject where its title and opening name no place, in order: (rule, the subject rules of
# document_subject (or of a row before) it replaces, its reading of the page); the first that reads a country wins
PLACELESS_SUBJECT = (
    ("currency_country", ("outlet", "none"), _currency_subject),
    ("unplaced_later", ("none",), _owner_subject),
)


def relate_figures(c: CleanText, figures: list[Figure], reporter: str | None = None,
                   pub_year: int | None = None, title: str | None = None,
                   warnings: Warnings | None = None, pub_month: int | None = None,
                   outlet: str | None = None) -> list[Figure]:
    """Figures with their facts. reporter: the document's, from sources.csv; when None the
    document's subject is inferred from its title and opening, and may stay empty; outlet (the
    ISO code of the outlet's web domain) is the subject only of a page whose head names no place.

    A rule that throws on one figure drops that figure only (its message goes to
    `warnings`, errors.Warnings); one that throws while reading a sentence's context
    leaves the carried context as it was."""
    # the page's abbreviations of its country ("SA" on a South African page) read as places throughout (rule
    # page_abbreviation)
    token = set_page_aliases(page_aliases(c.text, title, outlet))
    try:
        warnings = Warnings() if warnings is None else warnings
        memo: dict = {}   # the head's scores, read once for the subject and the head's counterpart (one document's)
        made_by: list[str] = []   # the rule that made the head's region the subject (subject._region_only)
        name, iso3, how = document_subject(c.text, title, reporter, outlet, memo, made_by)
        for rule, replaces, read in PLACELESS_SUBJECT:
            if how in replaces and (found := read(c.text, title, figures)) is not None:
                name, iso3, how = found[0], found[1], rule
        d = Doc(c, pub_year, pub_month)
        d.home_iso = iso3   # the page's country: whose goods "worth of Kenyan products" are (measure)
        d.home_via = VIA.join(made_by)
        d.head_partner = page_head_partner(c.text, title, (name, iso3), memo)
        d.head_first_line = d.head_partner is not None and not (title or "").strip() and bool(first_line_title(c.text)[0])
        d.head_one_way = d.head_partner is not None and memo.get("head_one_way", False)
        d.head_transfers = d.head_partner is None and memo.get("head_transfers_only", False)
        d.head_part_title = d.head_partner is None and memo.get("head_part_title", False)
        d.head_totals = head_has_totals(((title or "") + "\n" + c.text[:HEAD_CHARS]))
        d.stats_owner = opening_statistics_owner(d, c.text)
        st = State()
        out = []
        last_si = -1
        for f in figures:
            si = d.sentence_index(f.clean_start)
            if si != last_si:
                # the sentences since the last figure's (itself included) update the carried context
                carry_gap(d, st, max(last_si, 0), si, iso3, name, warnings)
                last_si = si
            related = warnings.isolate("relate", f.line, _relate_one, d, st, f, si, (name, iso3), how)
            if related is not None:
                out.append(related)
        head_end = _headline_end(d)
        out = restated_figure_noun(d.text, bracketed_share(d.text, conversions(d.text, out)))
        out = relative_restated(restated_goal(body_restates_headline(
            headline_restated(lead_restated(restated_share(d.text, out), head_end), head_end),
            head_end)))
        # (the page's topic product, read once from its title and opening: facts/page_topic.py)
        return with_page_topic(head_page_period(d, restated_head(restated_partials(these_years(d, out))), head_end), title,
                               c.text)
    finally:
        reset_page_aliases(token)


def _vias(d: Doc, cl: Clause, name: str | None) -> list[str]:
    """The rules that rewrote what a reporter or partner decision read (records.VIA): the statistics owner's a rule
    read (cl.via), and a rule's that made a mention of the place decided in the figure's window (Place.via: rule
    shared_region_noun's "Липецкая ($6,82 млрд), Костромская ... области")."""
    out = [cl.via] if cl.via else []
    if name is not None and d.place_via:
        out += [p.via for p in cl.places if p.via and p.name == name]
    return out


def _is_region(d: Doc, si: int, name: str) -> bool:
    """Whether the sentence names `name` as a region (a part of a country), not as a country."""
    return any(p.kind == "region" and p.name == name for p in d.places(si))


def _headline_end(d: Doc) -> int:
    """Where a page's headline ends: its first paragraph if short, and the short paragraphs right after it
    that end with no full stop, a subtitle ("Масштабы роста ... оценили" / "Оверчук: Торговля России и Ирана
    выросла на 22 процента"); past a site's menu of short lines above the title ("Подписывайтесь" / "На главную" /
    ... / "Внешнеторговый оборот Челябинской области сократился на 13%", bfm74.ru: up to HEAD_LINES short lines
    within HEAD_CHARS, rule menu_head)."""
    paras = d.c.paragraphs
    if not paras or paras[0][1] > HEADLINE_CHARS:
        return 0
    end = paras[0][1]
    for a, b in paras[1:HEAD_LINES]:
        line = d.text[a:b].rstrip()
        if b - a > HEADLINE_CHARS or not line or line[-1] in ".!?…:;»\"" or b > HEAD_CHARS:
            break
        end = b
    return end


HEAD_LINES = 8   # the short lines a page's head may hold before its first sentence: a menu, the title, a subtitle


def _relate_one(d: Doc, st: State, f: Figure, si: int, home, home_rule: str) -> Figure:
    """One figure with its facts, decided in the order each decision needs the ones before."""
    text = d.text
    s_start, s_end = d.c.sentences[si]
    # everything is read within a window of the figure's sentence, so that a run-on
    # "sentence" (a table flattened to text) stays linear
    s_start = max(s_start, f.clean_start - WINDOW, opening_clause_end(text, s_start, f.clean_start))
    s_end = min(s_end, f.clean_end + WINDOW)
    pi = d.para_index(f.clean_start)
    rules = []
    conf = []
    v = cue_vocab()

    # --- measure ------------------------------------------------------------
    measure, mrule, cue_span = measure_of(d, st, f, si, pi, s_start, s_end, v)
    rules.append(f"measure:{mrule}")
    conf.append(MEASURE_CONFIDENCE.get(mrule, 0.4))

    # --- scope ----------------------------------------------------------------
    scope, scope_rule = scope_of(text, s_start, s_end, cue_span, mrule)

    # --- reporter -------------------------------------------------------------
    home_iso = home[1]
    # (the page's head is another story's than a digest's item on another country: its counterpart is not the item's)
    item_home = item_subject(d, f.clean_start, home_iso)
    cl = Clause(d, st, f, si, pi, s_start, s_end, v, home, home_rule, d.frames(si, s_start, s_end), measure=measure,
                org_carry=ORG_CARRY_PARAGRAPHS, names_home=_names_home(d, si, home_iso),
                head_partner=None if item_home else d.head_partner, head_totals=d.head_totals, item_home=item_home)
    found, rrule = run(REPORTER_SIEVE, cl)
    rep, rep_iso = found if found else (None, None)
    if mrule == "supplies_after_import" and st.import_reporter_si == si and st.import_reporter[1] \
            and rep_iso != st.import_reporter[1]:
        # "импорт рыбы ... из России увеличился на 18,8%, но поставки зерновых из России снизились на 12,3%": the
        # supplies that go on with the sentence's earlier import are that importer's, not the supplier's the frame
        # "поставки ... из России" reads (rule supplies_after_import, as the measure's)
        (rep, rep_iso), rrule = st.import_reporter, "supplies_after_import"
    if rrule in ("organization", "home_region", "locus"):
        st.reporter, st.reporter_para, st.reporter_kind = (rep, rep_iso), pi, rrule
    elif rrule == "transactions_of_org":  # the organization whose transactions the text tells stays for its paragraph
        st.reporter, st.reporter_para, st.reporter_kind = (rep, rep_iso), pi, "organization"
    elif rrule in ("entity_designated", "entity_demonstrative", "entity_sentence_before", "entity_subject", "entity_share"):
        # a port, zone or company whose own flow a clause tells stays the reporter of its paragraph (rule carried), and
        # of the page's later flows that name no owner where the page names it again and again (rule entity_carried)
        st.reporter, st.reporter_para, st.reporter_kind = (rep, rep_iso), pi, "entity"
    elif rrule == "region_next_paragraph":
        # the region a paragraph naming no place goes on with stays for the paragraph (its later figures carried), but
        # not against a frame naming its country ("Внешнеторговый оборот России ... сократился на 44,1%": rule
        # carried_part leaves a region of kind region_next alone)
        st.reporter, st.reporter_para, st.reporter_kind = (rep, rep_iso), pi, "region_next"
    elif rrule == "region_named_again":  # "the Belarusian region": the region named again stays for its paragraph
        st.reporter, st.reporter_para, st.reporter_kind = (rep, rep_iso), pi, "home_region"
    elif rrule == "entity_anaphor":  # "the region's enterprises": the entity named again is the one spoken of now
        st.reporter, st.reporter_para = (rep, rep_iso), pi
    elif rrule in ("frame", "possessive") and rep and _is_region(d, si, rep):
        # "Экспорт товаров Витебской области за январь-июнь превысил $1,5 млрд. Из них на страны СНГ ... пришлось
        # $660 млн": a region whose own flow a sentence tells stays the reporter of its paragraph (rule carried)
        st.reporter, st.reporter_para, st.reporter_kind = (rep, rep_iso), pi, "home_region"
    rules.append(f"reporter:{with_via(rrule, _vias(d, cl, rep)) if cl.via or d.place_via else rrule}")
    seller = foreign_seller(d, si, cue_span, rep_iso) if measure == "exports" and cue_span and rep_iso else None
    if seller is None and measure == "exports" and rep_iso and mrule in _NO_OWN_CUE and si > 0 \
            and seller_ranked(d, si - 1, rep_iso):
        # "Туркменистан по-прежнему остаётся на первом месте среди государств, продающих трубопроводный газ Китаю. На
        # втором месте стоит Россия с показателем за 2022 год в 3,98 миллиардов долларов" (atavatan): a figure whose
        # clause names no flow, after a sentence ranking the sellers to the reporter, goes on with that ranking
        # (rule seller_ranked)
        seller = "seller_ranked"
    if seller is not None:
        # "In turn, Russian enterprises increased sales of polymers ... by 63%": the reporter's imports
        measure, rules[0] = "imports", f"measure:{seller}"
        st.measure = measure
    elif measure == "exports" and d.stats_owner is not None and (d.stats_owner.iso3 or d.stats_owner.name) \
            and ((rrule == "frame" and (_supplies_into(d.text, cl.frame_found, d.stats_owner.iso3 or d.stats_owner.name)
                                        or exports_into_owner(d, cl.frame_found, d.stats_owner.iso3))
                  and rep_iso != d.stats_owner.iso3)
                 # "стоимость поставок туркменского трубопроводного газа в Китай в 2022 году составила 10,25 миллиардов
                 # долларов" after "Главное таможенное управление Китайской Народной Республики опубликовало данные по
                 # импорту газа" (atavatan; the owner the reporter already, by another rule): the same supplies
                 or (rep_iso == d.stats_owner.iso3 and _supplies_into(d.text, _flow_frame_of(cl), rep_iso))):
        # "В августе стоимость беларусских поставок в КНР выросла почти на 10 млн долларов" on a page of Chinese customs
        # data ("На это указывают свежие данные китайской таможенной статистики"): the supplies into the country whose
        # statistics the page cites are its imports from the supplier (rule stats_owner_imports)
        rep, rep_iso = d.stats_owner.name, d.stats_owner.iso3
        rrule = "stats_owner_imports"
        rules[0] = with_via("measure:stats_owner_imports", d.stats_owner.via)
        rules[-1] = with_via("reporter:stats_owner_imports", d.stats_owner.via)
        measure = "imports"
        st.measure = measure
    elif measure == "exports" and cue_span and rep_iso and mrule in _SUBJECT_CUE_RULES \
            and supplied_into(d, si, cue_span, rep_iso):
        # "Поставки сливочного масла в РФ упали на 70,4 процента" with Russia the reporter: supplies into the reporter
        # are its imports (rule supplied_into_reporter)
        measure, rules[0] = "imports", "measure:supplied_into_reporter"
        st.measure = measure
    elif measure == "imports" and cue_span and rep_iso and foreign_buyer(d, si, cue_span, rep_iso):
        # "The U.S. remained the biggest market for Cambodia, importing $4.23 billion": the reporter's exports
        measure, rules[0] = "exports", "measure:foreign_buyer"
        st.measure = measure
    elif measure == "exports" and cue_span and rep_iso and mrule in _SELLER_CUE_RULES \
            and (sold := seller_subject(d, si, cue_span, f.clean_start, rep_iso)):
        # "Last month, the Russian Federation delivered goods worth almost $6.3 billion" on a page of Turkey's trade: a
        # country other than the reporter, the subject of the selling verb, sells the reporter its imports (rule
        # seller_subject)
        # seller_subject); so does another country listed after it, the verb left out ("Китай — на 6,66 миллиарда", rule
        # seller_elided)
        measure, rules[0] = "imports", f"measure:{sold}"
        st.measure = measure
    elif measure == "imports" and cue_span and rep_iso and mrule in _SUBJECT_CUE_RULES \
            and buyer_subject(d, si, cue_span, f.clean_start, rep_iso):
        # "Россия за этот период импортировала продукции и услуг на 2,55 миллиарда долларов" on a page of Turkey's
        # trade: a country other than the reporter, the subject of the buying verb, buys the reporter's exports (rule
        # buyer_subject)
        measure, rules[0] = "exports", "measure:buyer_subject"
        st.measure = measure
    elif measure == "imports" and cue_span and rep_iso and mrule in _SUBJECT_CUE_RULES \
            and buyer_owner_after(d, si, cue_span, f.clean_start, rep_iso):
        # "Закупки США полупроводниковых продуктов из Тайваня выросли в мае 2023 года на 9%" on a page of Taiwan's
        # statistics: another country's buying from the reporter, its owner right after the cue, is the reporter's
        # exports (rule buyer_owner_after)
        measure, rules[0] = "exports", "measure:buyer_owner_after"
        st.measure = measure

    if measure == "imports" and rep_iso:
        # (the importer of the sentence's import, for rule supplies_after_import of a figure after it)
        st.import_reporter, st.import_reporter_si = (rep, rep_iso), si

    # --- status ---------------------------------------------------------------
    status, srule, target_cue = clause_status(d, f, s_start, s_end, v)

    # --- partner --------------------------------------------------------------
    cl.status, cl.rep, cl.rep_iso, cl.reporter_rule, cl.via = status, rep, rep_iso, rrule, ""
    found, prule = run_partner(PARTNER_SIEVE, cl)
    prule = cl.partner_rule or prule
    if type(found) is Carried:
        # (the partner carried from a sentence where filters dropped other places: their names, carry._carry_partner)
        cl.via = add_via(cl.via, found.via)
    partner, piso = found if found else (None, None)
    # (a bloc's trade inside itself, rules intra_bloc, intra_regional, mutual_trade and bloc_mutual_partner, is the one
    # flow whose counterpart is its reporter)
    if partner is not None and prule not in ("intra_bloc", "intra_regional", "mutual_trade", "bloc_mutual_partner") \
            and (partner == rep or (piso is not None and piso == rep_iso
                                    and rrule in ("possessive", "locus", "frame", "demonym_flow", "flow_after"))):
        # a country's own statistics: its counterpart is the world
        partner, piso, prule = ("world", None, "own_total") if measure in FLOW_MEASURES else (None, None, "own")
    if prule in _ANAPHOR_RULES and partner is not None and partner != "world":
        # "sales to that country reached US$3.07 billion ... Imports totalled US$8.297 billion": a counterpart an
        # anaphor names is in force for the paragraph's next sentences, as a place named there would be (rule
        # anaphor_in_force)
        st.partner, st.partner_para, st.partner_si = (partner, piso), pi, si
    if prule == "pair_continued" and st.partner == (partner, piso):
        # "On Japan-China trade in 2015, total trade decreased by 11.8% ... || Japan's exports decreased by 12.3% ... ||
        # Japan's trade deficit decreased by 2.7%" (jiffa.or.jp): a paragraph that continued the page's pair keeps it
        # in force for the next paragraph's flow, as the pair's own sentence did (rule pair_continued_chain)
        st.partner_para, st.partner_si = pi, si
    if prule == "flow_anaphor" and st.partner == (partner, piso):
        # "... этот показатель сократился на 39,6 процента." then, a paragraph of its own, "В июле текущего года эта
        # цифра составила 13,8 миллиарда долларов": the indicator named again keeps its counterpart in force for the
        # next anaphor, as a place named in the sentence would (rule flow_anaphor_chain; m24.ru)
        st.partner_para, st.partner_si = pi, si
    rules.append(f"partner:{with_via(prule, _vias(d, cl, partner)) if cl.via or d.place_via else prule}")
    conf.append(PARTNER_CONFIDENCE.get(prule, 0.5))

    # --- period ---------------------------------------------------------------
    year, m1, m2, basis, yrule = figure_period(d, st, f, si, pi, status, rep_iso)
    if year_not_over(d, year, m1, m2, yrule, status):
        # "The ambassador said that in 2022 ... Chinese exports to Russia amounted to $67.34 billion"
        # on a page of 22.12.2022: the year of publication was not over, so its months are unknown
        # (a year named as a whole, "за полный год", "к концу года", rule the_year, is that whole year)
        # (unless the sentence names the part of that year it speaks of: rule part_named_not_over)
        part = part_named_not_over(d, st, si, year)
        m1, m2, yrule = (*part, "part_named_not_over") if part is not None else (None, None, "year_not_over")
        if part is None and (force := part_in_force_not_over(st, year)) is not None:
            # (else the part of that year the text set in force: rule part_in_force_not_over)
            m1, m2, yrule = (*force, "part_in_force_not_over")
    elif series_not_over(d, si, f, year, m1, m2, yrule, status):
        m1, m2, yrule = None, None, "series_not_over"
    # the current fiscal year may end in the next calendar year: that makes it no goal
    status_year = min(year, d.pub_year) if yrule == "relative_fiscal" and year and d.pub_year else year
    status, srule = dated_status(d, f, si, status, srule, target_cue, status_year, basis, yrule, m2)
    rules.append(f"status:{srule}")
    run_start = fiscal_range_start(d, si, f, year, m1, m2) if yrule == "explicit" and m1 is not None else None
    if run_start is not None:
        # "from fiscal 2017-2018 to fiscal 2019-2020 was roughly $18.46 billion": the run of fiscal years the
        # figure's own last one ends, from the first one's start (rule fiscal_years_range)
        yrule = "fiscal_years_range"
    elif yrule in MEAN_RUN_YEAR_RULES and (mean_run := mean_run_start(d, si, f, year)) is not None:
        # "Среднегодовой прирост торговли за 1961-1988 гг. составил 12,2%": a mean over a written run of years is of the
        # whole run, from its first year's January to its last one's December (rule mean_run_span, written after the
        # period's rule; Russian rows only)
        run_start, m1, m2 = mean_run, 1, 12
        d.period_via.append("mean_run_span")
    rules.append(f"year:{with_via(yrule, period_via(d, f, si, basis)) if d.period_via or d.aside else yrule}")
    conf.append(BASIS_CONFIDENCE.get(basis, 0.4))
    ps, pe = period_span(year, m1, m2)
    if run_start is not None:
        ps = f"{run_start:04d}-{m1:02d}"
    if year is not None and (yrule in ("base_value", "same_period_not_over") or compared_value(d, f)) \
            and st.last_period is not None and st.last_period_si >= si - 1:
        # "... amounted to $933.4 million. ... amounted to $541.1 million during the corresponding period of
        # 2021. Of the total turnover, exports amounted to $621.1 million": a comparison's base value is no
        # whole that the next sentence's part is of; the figure before it stays that whole (part_of_previous)
        st.last_period_si = si
    elif year is not None:
        st.last_period, st.last_period_si = (year, m1, m2, basis), si
    st.figure_period = (year, m1, m2, basis, si)   # (rule bracket_part: its part's period)

    value, high = f.value, f.value_high
    if measure == "balance" and f.kind == "money" and value is not None and value < 0 \
            and not (f.value_high is not None and f.value_high > 0) \
            and not _CHANGE_BY_BEFORE.search(d.text, max(0, f.clean_start - 30), f.clean_start):
        # "-€6.7bn", "US$ Million -7522.85" as a trade balance: its value is the magnitude, as a deficit written in
        # words is (GUIDELINES: "Balances and deficits: value is the magnitude"; the figure's text keeps the minus;
        # "The balance moved by -€13 billion" is a difference, signed as written: rule balance_magnitude)
        value, high = -value, (None if high is None else -high)
        if high is not None and high < value:
            value, high = high, value
        rules.append("value:balance_magnitude")
    if scope_rule is not None:
        rules.append(f"scope:{scope_rule}")
    return _replace(f, measure=measure, scope=scope, reporter=rep, reporter_iso3=rep_iso,
                   partner=partner, partner_iso3=piso, year=year, period_start=ps, period_end=pe,
                   year_basis=basis, status=status, value=value, value_high=high,
                   confidence=round(sum(conf) / len(conf), 2), fact_rules=";".join(rules))


# a change's amount, signed as written ("The balance moved by -€13 billion", "the surplus narrowed by -$2bn")
_CHANGE_BY_BEFORE = skip_compile(r"\b(?:by|moved|changed|swung|shifted|narrowed|widened|improved|worsened|deteriorated)\b"
                                 r"[^.;]{0,20}$", re.I)


def _replace(f: Figure, **changes) -> Figure:
    """dataclasses.replace(f, **changes) for a Figure (a plain dataclass: no __post_init__, no
    init=False field): its fields copied with the changes, without replace's walk of the
    class's fields (a sizeable part of relating a figure)."""
    g = object.__new__(Figure)
    fields = g.__dict__
    fields.update(f.__dict__)
    fields.update(changes)
    return g


def _flow_frame_of(cl):
    """The flow frame of the clause's figure (rule frame's choice), whichever rule chose its reporter."""
    frames = [fr for fr in cl.frames if fr.kind == "flow" and fr.reporter is not None]
    return frame_for(frames, cl.f.clean_start, cl.f.clean_end, cl.f.clean_start - FRAME_REACH, cl.hi, text=cl.d.text,
                     stops=tuple(p.start for p in cl.places)) if frames else None


def _supplies_into(text: str, fr, iso3: str) -> bool:
    """A flow frame of supplies (cue supplies_word: "поставки", not "экспорт", which names the supplier's own flow) whose
    supplier is named by its adjective ("беларусских поставок в КНР") or its country ("поставки из Украины в Беларусь"
    on a page of Belarus's statistics committee, citynews.net.ua) and whose destination is the country iso3, or the bloc
    of that name, which has no code ("Поставки Россией газа в ЕС уменьшились ... до 16,7 миллиарда евро" on a page citing
    Eurostat, ntv.ru; session 77)."""
    return fr is not None and fr.reporter is not None and fr.reporter.kind in ("demonym", "country") \
        and fr.partner is not None and (fr.partner.iso3 or fr.partner.name) == iso3 \
        and cue("supplies_word", NEVER).search(text, fr.start, fr.end) is not None


def _names_home(d: Doc, si: int, home_iso) -> bool:
    """The sentence, or the opening of its paragraph, names the home country itself."""
    s, e = d.c.sentences[si]
    return any(p.kind == "country" and p.iso3 == home_iso for p in d.places(si, s, s + WINDOW))
