"""The period of a figure whose sentence names no time of its own: the fallback sieve.

When period_choice finds no time expression for a figure, these rules decide in order: a mean
rate over undated years (average_rate), the goods a tariff is laid on (tariff_object), a standing share of a world total
(world_share_present), an investment total (investment_stock), an undated goal (undated_goal), the period in force in
the paragraph or set by a topic opening (paragraph_period, topic_period; paragraph_guess when the year in force is an
undated page's guessed "last year"), a quote's footnote
(source_year), a goal with no time (undated_aim), the section's period (section_period; head_year when it is the whole year the page opened
with; present_share_head for a present-tense share when the page opened with a later period; month_of_total), a
forecast on an undated page (undated_page_forecast) or any other figure not reported as done there (undated_page_goal), else the
year the text was written (source_year; on a page of January the year just over,
january_past_year) or none (unknown).
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.period_run_total import run_total_in_force
from tradeflows.facts.context import WINDOW, Doc, State
from tradeflows.facts.period_monthly import monthly_head, rolling_head
from tradeflows.facts.period_relative import after_publication
from tradeflows.facts.periods_build import ANAPHOR_WORDS
from tradeflows.facts.status import goal_gerund_before
from tradeflows.records import Figure
from tradeflows.vocab import (DEFAULT_LANGUAGE, alternation, current_language, has_file, holds, pattern_needs,
                              read_lines)
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# how many sentences a period set by an opening "Last year, ..." holds (never past its paragraph)
TOPIC_SENTENCES = 2

# goals and past levels that name no time of their own
_UNDATED = skip_compile(r"\b(?:near|foreseeable)\s+future|short\s+period|best\s+years|strategic\s+goal|"
                        r"task\s+was\s+set|coming\s+years|next\s+(?:two|three|few|\d)\b|previous\s+maximum|"
                        r"had\s+only\s+recently|in\s+the\s+early|intention|restor(?:e|ing)", re.I)
# a mean rate over years: "average annual rate", "annual average growth", "CAGR"
_AVERAGE_RATE = skip_compile(r"\b(?:average\s+(?:annual|yearly)|annual(?:ly)?\s+average|compound(?:ed)?\s+annual|"
                             r"CAGR|on\s+average\s+(?:per|a|each)\s+year)\b", re.I)
# a period named again: "during the reporting period", "in the period under review", "the aforementioned period"
_PERIOD_ANAPHOR = skip_compile(rf"\b(?:the|that|this)\s+(?:(?:reporting|review|{ANAPHOR_WORDS})\s+period|"
                               r"period\s+under\s+review)\b", re.I)


def names_period_again(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a period given before again ("in the mentioned period", "during the reporting
    period": cue period_anaphor)."""
    return cue("period_anaphor", _PERIOD_ANAPHOR).search(text, start, end) is not None


# "Oil imports during the month under review were valued at $11.11 billion" (rediff.com, India's trade of March 2018,
# after the fiscal year 2017-18 was in force): the month the report is about (row report_month, rule report_month)
_report_month = EnglishCue("report_month", re.I)
_report_month_from = EnglishCue("report_month_from", re.I)


def _report_month_period(d: Doc, si: int) -> tuple[int, int, int] | None:
    """(year, month, month) of the first single month the page names, no base nor target nor the level a change
    started from (the month its report is about), where the figure's sentence si names "the month under review"; else
    None (rule report_month). Read once per sentence and kept on the document's memo: the answer is the sentence's,
    and a run-on sentence of many figures would otherwise be searched whole for each of them (quadratic, make fuzz)."""
    memo = d.memo.report_months
    if si in memo:
        return memo[si]
    s, e = d.c.sentences[si]
    memo[si] = found = _report_month_of(d, si, s, e)
    return found


def _report_month_of(d: Doc, si: int, s: int, e: int) -> tuple[int, int, int] | None:
    """_report_month_period's reading of sentence si, text[s:e]."""
    if not cue("report_month", _report_month()).search(d.text, s, e):
        return None
    for sj in range(si):
        for t in d.times(sj):
            if t.m1 == t.m2 and t.kind != "last_month" and not (t.base or t.target or t.fiscal) \
                    and _report_month_from().search(d.text, max(0, t.start - 90), t.start) is None:
                ref, basis = d.source_year(t.start)
                year = t.year if t.year is not None else None if ref is None \
                    else ref + (t.rel or 0) - after_publication(d, t, basis)
                return None if year is None else (year, t.m1, t.m2)
    return None


# a habit or a standing rate of the figure's own clause (rule habitual, English rows): an adverb of habit right before
# its verb ("Garment, which typically accounts for more than 80 percent of the country's annual exports", "which usually
# contributes 84%"), an annual level said in the present ("The annual trade volume between Iran and Iraq is around $10
# billion"); read in the few words before the figure, so that another figure of the sentence keeps its period
_HABITUAL_BEFORE = skip_compile(r"\b(?:typically|usually|normally|customarily|traditionally)\s+(?:[a-z]+\s+){1,3}$|"
                              r"\bannual\s+(?:[\w-]+\s+){0,2}(?:trade|turnover|exports|imports)\b[^.;:$€£¥\d]{0,60}\s"
                              r"(?:is|are)\s+(?:(?:about|around|roughly|nearly|almost|some|over|close\s+to)\s+)?$", re.I)
# ... or a rate per period right after it (vocab/en/patterns.csv period_fallback_habitual_after)
_habitual_after = EnglishCue("period_fallback_habitual_after", re.I)
# a share said in the present tense before the figure: "accounts for", "make up", "covers" (rule present_share_head;
# not "accounted for", "made up")
_PRESENT_SHARE = skip_compile(r"\b(?:accounts?\s+for|makes?\s+up|covers?|represents?|constitutes?|comprises?)\s", re.I)
# how far before a share its clause's present-tense verb is read
PRESENT_SHARE_REACH = 120
# how far before a figure its clause's habit is read
HABITUAL_REACH = 80
# the rewriting rule that set a carried period's basis to the page's date (carried_basis; records.VIA)
CARRIED_DOC_DATE = "carried_doc_date"
# the value a tariff is laid on or would hit (rule tariff_object, English rows): "impose tariffs on $200 billion in Chinese
# goods" (latimes.com), "a 10 percent duty on an additional $200 billion of Chinese imports" (politico.eu), "The tariffs
# could impact “about $50 billion” ... worth of Chinese goods": the goods a measure covers, of no period; read in the few
# words before the figure, the tariff's word first (a literal), so a rate between ("tariffs of 25% on") is skipped
_TARIFF_OBJECT = skip_compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\s+(?:[\w%.-]+\s+){0,3}?(?:on|impact|affect(?:s|ing)?|"
                              r"cover(?:s|ing)?|hit(?:s|ting)?|target(?:s|ing)?)\s+(?:(?:about|around|some|nearly|almost|more\s+than|"
                              r"over|another|an?\s+(?:additional|further|extra))\s+)?[\"“]?$", re.I)
# a share of a world total right after the figure (rule world_share_present, with a present-tense share verb before it):
# "Chile accounts for 28% of world copper production", "account for more than 40% of global economic output", "makes up
# around 9% of total world exports"
_WORLD_TOTAL_AFTER = skip_compile(r"\s*[”\"]?\s*of\s+(?:the\s+)?(?:total\s+|all\s+)?(?:world['’]s|world|global|worldwide)\b", re.I)
# an amount of investment named before the figure in its clause (rule investment_stock): "the total FDI from India so far
# exceeds US$ 2.2 billion", "Объём корейских инвестиций превысил $7,5 млрд"
# (not an amount an article makes the investment's attribute: "excluded the US$3.5-billion investment by Hong Kong"; not
# past a bracket: "свыше $89 млн прямых иностранных инвестиций (при прогнозе в $55 млн)", nor a goal: actual figures only)
_INVESTMENT_BEFORE = skip_compile(r"\b(?:investments?|FDI)\b[^.;:()\d]{0,60}(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)$", re.I)
# how far before a figure a tariff's word is read
TARIFF_REACH = 60
# a goal's own words (not a forecast's: "expected to reach" speaks of the current year)
# an outcome measured against a goal (guard of undated_aim: vocab/en/patterns.csv goal_measured)
_GOAL_MEASURED = EnglishCue("goal_measured", re.I)
_GOAL_WORD = skip_compile(r"\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|potential|plan(?:s|ned|ning)?|intend(?:s|ed)?|goal)\b", re.I)


@lru_cache(maxsize=None)
def _forecast_words(lang: str) -> re.Pattern:
    """A forecast's own words (vocab forecast_words.txt of the page's language; none in a language without the file)."""
    name = "forecast_words.txt"
    if not has_file(name, lang):
        return NEVER
    return skip_compile(rf"(?<![\w-])(?:{alternation(read_lines(name, lang))})(?![\w-])", re.I)


def carried_basis(d: Doc, st: State, y: int | None, m1: int | None, m2: int | None, months: bool = True) -> str:
    """The year basis of a period carried from an earlier sentence: "doc_date" when the last figure related had that
    very period (that year, with months False: a month or the year so far of the year in force) from the page's date
    alone ("The trade balance showed a deficit of 10 million euros in May ... The revised figures show imports rose by
    2.4%" on a page of July that names no year: May of the page's year, carried, is still read off the date; rule
    carried_doc_date; the carrying rule stays the deciding one, and carried_doc_date is written after it as a
    rewriting rule, d.period_via: "year:paragraph_period+carried_doc_date"). Only where the page names that year nowhere as a time of
    events, and on English pages: on the tuned pages of the English sets the gold writes such a carried year 206 times
    "doc_date" against 23 "context" where the page never writes the year, but 215 against 182 where it does; the
    Russian sets' gold writes it as the context's (82 "context" against 48 "doc_date"). Else "context"."""
    last = st.last_period
    if last is not None and last[3] == "doc_date" and last[0] == y and (not months or (last[1] == m1 and last[2] == m2)) \
            and current_language() == DEFAULT_LANGUAGE and not d.names_event_year(y):
        d.period_via.append(CARRIED_DOC_DATE)
        return "doc_date"
    return "context"



def period_without_time(d: Doc, st: State, f: Figure, si: int, pi: int, status: str):
    """(year, m1, m2, year_basis, rule) of a figure with no time expression of its own."""
    s, e = d.c.sentences[si]
    if f.kind == "growth" and cue("average_rate", _AVERAGE_RATE).search(
            d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
        # "grew at an average annual rate of 12.7% in the 13 years the agreement has been in force":
        # a mean over years the text does not date (rule average_rate)
        return None, None, None, None, "average_rate"
    if cue("habitual", NEVER).search(d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
        # "Россия традиционно экспортирует в Кыргызстан энергоресурсы — одна треть всего экспорта приходится на
        # нефть": what a country does by tradition is of no one period, not the section's (rule habitual; cue
        # habitual, Russian rows only; read within the figure's window, as every rule here, so that a run-on sentence
        # stays linear: a figure of a 26,000-character run-on sentence read all of it, for each of its 512 figures)
        return None, None, None, None, "habitual"
    if cue("habitual_before", _HABITUAL_BEFORE).search(d.text, max(s, f.clean_start - HABITUAL_REACH), f.clean_start) \
            or cue("habitual_after", _habitual_after()).match(d.text, f.clean_end, min(e, f.clean_end + HABITUAL_REACH)):
        # "India exports pharma products worth USD 2-3 billion every month" in a section of 2023: a standing rate or a
        # habit of the figure's own clause is of no one period (rule habitual; cues habitual_before, habitual_after)
        return None, None, None, None, "habitual"
    if cue("tariff_object", _TARIFF_OBJECT).search(d.text, max(s, f.clean_start - TARIFF_REACH), f.clean_start):
        # "President Trump has decided to impose tariffs on $200 billion in Chinese goods" in a section of 2018: the
        # goods a tariff is laid on (or would hit) are no flow of the section's year (rule tariff_object)
        return None, None, None, None, "tariff_object"
    if f.kind == "share" and cue("world_total_after", _WORLD_TOTAL_AFTER).match(d.text, f.clean_end, min(e, f.clean_end + WINDOW)) \
            and cue("world_share_verb", _PRESENT_SHARE).search(d.text, max(s, f.clean_start - PRESENT_SHARE_REACH), f.clean_start):
        # "With an average annual production of 6 million tons, Chile accounts for 28% of world copper production" in a
        # section of 2023: a country's standing share of a world total, said in the present with no time of its own, is
        # of no one year (rule world_share_present; "had been accounted" in the past keeps the carried year)
        return None, None, None, None, "world_share_present"
    if f.kind == "money" and status == "actual" and cue("investment_before", _INVESTMENT_BEFORE).search(d.text, max(s, f.clean_start - 80), f.clean_start):
        # "Совокупный объём турецких инвестиций в экономику Туркменистана достиг 50 млрд долл." a paragraph after a
        # year: an investment total with no time of its own is a stock built over years, of no one year (rule
        # investment_stock)
        return None, None, None, None, "investment_stock"
    if status != "actual" and cue("undated_goal", _UNDATED).search(d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
        return None, None, None, None, "undated_goal"  # "in the near future", "in the best years"
    if (report := _report_month_period(d, si)) is not None:
        return (*report, "context", "report_month")
    topic_far = st.period_topic is not None and si - st.period_topic > TOPIC_SENTENCES
    if f.kind == "growth" and (run_end := _run_named_before(d, si, pi, f)) is not None:
        # "Если в довоенном 2021 году суммарный показатель отраслевого экспорта достигал $7,4 млрд, то по итогам 2024-го он
        # снизился до $1,9 млрд. Таким образом, экспорт IT-решений за указанный период сократился в 3,9 раза" (osnmedia.ru):
        # a change over "the said period" right after a sentence of its paragraph that names two years is the change
        # from the first to the last, no one year's months (rule period_anaphor_run; cue period_anaphor_run, Russian
        # rows only)
        return run_end, None, None, "context", "period_anaphor_run"
    if st.period is not None and st.period_para == pi and not topic_far:
        y, m1, m2 = st.period
        if st.period_topic is None and _guessed_in_force(d, st):
            # "В прошлом году товарооборот между двумя странами вырос на 13% до $43,4 млрд. Российские поставки
            # снизились на 7,7% до $21,3 млрд" on an undated page (avto.vesti.ru): the year in force is a "last year"
            # dated by the latest year the page names, a guess (relative_context, weak); carried to the next
            # sentence it stays one (rule paragraph_guess, weak)
            return y, m1, m2, "context", "paragraph_guess"
        if st.period_topic is None and run_total_in_force(d, st, si, f):
            # "... в период с 2008 года по 2022 года ... на сумму 3,2 млрд долларов ... . Наиболее крупные из этих
            # проектов реализованы в СЭЗ “Ангрен” (84 проекта на сумму 1038,2 млн долларов)": a part of the run's total
            # of the sentence before (rule run_total_carried, facts/period_run_total.py)
            return y, None, None, "context", "run_total_carried"
        if st.period_topic is None:
            return y, m1, m2, carried_basis(d, st, y, m1, m2), "paragraph_period"
        return y, m1, m2, "context", "topic_period"
    if f.kind == "growth" and _span_just_before(d, si, pi):
        # "Если говорить о показателях товарооборота, то за последние пять лет они значительно выросли. Видим темпы
        # порядка 2,5 раза роста" (24kg.org, 360.ru): a change right after a sentence of its paragraph that names only
        # a span of years is the change over that span, of no one year (rule span_before)
        return None, None, None, None, "span_before"
    if status != "actual" and (term := _term_end_year(d, f, s, e)) is not None:
        # "the country is aiming to boost trade with African states by half a trillion rand before the end of the current
        # administration" ... "We are targeting half a trillion trade with Africa by 2019" (africanleadershipmagazine.co.uk):
        # a goal by the end of the government's term is for the one goal year the page names (rule term_end_goal, row
        # term_end_goal)
        return term, 1, 12, "context", "term_end_goal"
    if status != "actual" and (goal := _goal_year_before(d, si, pi)) is not None:
        # "Pakistan's Ministry of Commerce has announced a new five-year plan to increase exports to $57 billion by 2025.
        # The government wants to boost ... leather exports to $1.384 billion" (newscurators.com), "К 2030 году Белоруссия
        # в два раза увеличит экспорт молочной продукции. В ценовом выражении поставки увеличатся до 4 млрд долларов"
        # (damol.pro, data/ruweb22 be08): a goal naming no time of its own right after a sentence of its paragraph that
        # set a goal's year is for that year, not the page's (rule goal_year_before)
        return goal.year, goal.m1, goal.m2, "context", "goal_year_before"
    ref, basis = d.source_year(f.clean_start)
    if basis == "footnote":
        # (a source's year that the period the text set in the last paragraphs names too is the context's: rule
        # footnote_year_in_context)
        return ref, None, None, "context" if st.names_year_near(ref, pi) else "footnote", "source_year"
    if status != "actual" and (cue("goal_word", _GOAL_WORD).search(d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW))
                               or goal_gerund_before(d.text, f, s)) \
            and not cue("goal_measured", _GOAL_MEASURED()).search(d.text, s, e):
        # "Turkey and Uzbekistan aim to enhance their bilateral trade volume to $5 billion": a goal
        # that names no time of its own in its paragraph has none, not the page's (rule undated_aim); so has a level a
        # preposition's gerund of raising aims at ("to pave the way for pushing bilateral trade to $5 billion",
        # astanaherald.com, after a paragraph on the fiscal year 2021-22: row goal_gerund); not a goal an outcome is
        # measured against ("not only beat the government's target of $33.5 billion", "1.51 per cent higher from the
        # fiscal's target of $30.16 bn"), which is the outcome's period's (cue goal_measured; the rules after it decide)
        return None, None, None, None, "undated_aim"
    if st.period is not None and st.period_topic is None and st.period_para != pi and ref is not None \
            and st.period[0] != ref and _now_before_in_paragraph(d, si, pi):
        # "... сейчас доля составляет 4,6%, в прошлом году она достигала 10,9%. || Глава региона уточнил, что сейчас
        # активно развивается совместная работа со странами Азии и Африки. В государства Азии доля экспорта
        # увеличилась на 13,7%": a new paragraph that speaks from now before the figure is of the time the text speaks
        # from, not of the other year in force before it (rule now_paragraph)
        return ref, None, None, basis, "now_paragraph"
    if st.period is not None and st.period_topic is None:
        if st.period_whole is not None and st.period_para != pi:
            y, m1, m2 = st.period_whole
            return y, m1, m2, "context", "month_of_total"
        y, m1, m2 = st.period
        if cue("period_anaphor", _PERIOD_ANAPHOR).search(d.text, s, e):
            # "The country's exports amounted to $24.4 billion ... during the reporting period" a paragraph after "in
            # 2023, Uzbekistan's foreign trade turnover reached $62.6 billion": the period the text gave last, named
            # again (rule period_anaphor; section_period alone is a weak carry)
            return y, m1, m2, "context", "period_anaphor"
        if st.first_period == st.period and (m1, m2) == (1, 12):
            # "China's imports and exports increased ... to US$620.79 billion last year" (a page of January 2003), then a
            # paragraph later "China's foreign trade with Japan ... reached US$101.91 billion": the whole year the page
            # opened with, still (or again) in force, is the page's year, not a guess (rule head_year, strong; any
            # other period carried from an earlier paragraph stays the weak section_period)
            return y, m1, m2, "context", "head_year"
        if f.kind == "share" and st.first_period is not None and st.first_period[0] is not None and y is not None \
                and st.first_period[0] > y and not (st.first_period[1:] == (1, 12) and st.first_period[0] == d.pub_year) \
                and cue("present_share", _PRESENT_SHARE).search(d.text, max(s, f.clean_start - PRESENT_SHARE_REACH), f.clean_start):
            # "In 2023-24, ... exports rose to USD 27.9 billion. ... || The business stood at over USD 50 billion for the
            # 2022-23. || The US accounts for over 31 per cent of India's total pharma exports" (newsdrum.in, data/web27
            # tuned page ar06): a share said in the present tense ("accounts for", "makes up", "covers") in a later
            # paragraph is of the page's own (latest) period, the one it opened with, not of an older year a paragraph
            # between carried (rule present_share_head; cue present_share; section_period keeps any past-tense share;
            # not a whole year the page is written in, "Sunday, June 13 2021" atop a page of 2018's figures: not over)
            fy, fm1, fm2 = st.first_period
            return fy, fm1, fm2, "context", "present_share_head"
        if (head := monthly_head(d, st, s, e)) is not None:
            return (*head, "context", "monthly_head")   # "drove the monthly numbers lower" after January-August
        if (head := rolling_head(d, st, s, e)) is not None:
            # "AUSTRALIA posted its largest monthly trade surplus in 11 years in September ... The sum of the seasonally
            # adjusted balances for the three months to September 2008 was a surplus of $2.15 billion ... || The value
            # of exports rose by 8% to $26.5 billion" (miningnews.net, data/web64 tuned page dn05): a rolling span that
            # ends in the single month the page opened with is an aside of that month's report; the paragraphs after
            # it go back to the month (rule rolling_aside)
            return (*head, "context", "rolling_aside")
        return y, m1, m2, carried_basis(d, st, y, m1, m2), "section_period"
    if status != "actual" and basis == "context":
        if _forecast_words(current_language()).search(d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
            # "Overall, exports are expected to exceed US$50 billion" (perutradeoffice.com, data/web5 v03, no date): a
            # forecast with no time of its own speaks of the time it is made in, the year the page is guessed to speak
            # from (rule undated_page_forecast; vocab forecast_words.txt; as "expected to reach" beside _GOAL_WORD)
            return ref, None, None, basis, "undated_page_forecast"
        # "would further increase trade volume to $1 billion" on a page with no date: the year the page is
        # guessed to speak from (the latest it names) is no goal's year (rule undated_page_goal)
        return None, None, None, None, "undated_page_goal"
    if ref is not None and basis == "doc_date" and d.pub_month == 1 and status == "actual" and f.kind == "growth" \
            and any(t.via == "since_month_change" for t in d.set_aside(si, f.clean_start - WINDOW, f.clean_end + WINDOW)):
        # "Товарооборот между Туркменистаном и Ираном вырос на 300% с конца августа 2020 года" on a page of 15 January
        # 2021: a change counted from a month set aside (rule since_month_change) runs up to the page's time, the year
        # just begun, no months (rule since_to_page; not january_past_year)
        return ref, None, None, basis, "since_to_page"
    if ref is not None and basis == "doc_date" and d.pub_month == 1 and status == "actual":
        # "На Кишинев приходится 37,6% совокупного экспорта Левобережья" on a page of 30 January 2020 that names no
        # time for it: a year barely begun has no results yet; the figures are the year just over (rule january_past_year)
        return ref - 1, 1, 12, basis, "january_past_year"
    if ref is not None and basis == "doc_date" and status == "actual" and f.kind in ("money", "growth") \
            and _bare_span_before(d, si, pi, f):
        # "The volume of mutual trade between the countries of the Eurasian Economic Union (EAEU) has doubled in 10 years
        # to $89 billion" (pravda-en.com, a speech of 8 May 2024, data/web67): a count of whole years the figure's
        # clause, or the sentence before that opens on it ("Over 10 years, ... . Trade turnover with third countries
        # increased by 60%"), looks back over is a span that ends with the last full year, as "in the last ten years"
        # is (rule past_span): that year for a level, the span's end with no months for a change (rule
        # bare_span_years; row bare_span_years, bare_span_opening)
        return ref - 1, *((None, None) if f.kind == "growth" else (1, 12)), basis, "bare_span_years"
    if ref is not None:
        return ref, None, None, basis, "source_year"
    return None, None, None, None, "unknown"


# "has doubled in 10 years to $89 billion", "Over 10 years, the combined GDP ... has increased": a count of whole years
# looked back over with no "last" or "past" (rows bare_span_years, bare_span_opening; rule bare_span_years)
_bare_span = EnglishCue("bare_span_years", re.I)
_bare_span_opening = EnglishCue("bare_span_opening", re.I)
BARE_SPAN_AFTER = 20   # how far after the figure the span is read ("doubled in 10 years")


def _bare_span_before(d: Doc, si: int, pi: int, f: Figure) -> bool:
    """A bare count of years looked back over stands before the figure in its sentence, or opens the sentence right
    before it in its paragraph. (Each row is searched only where the lower-cased text holds its words, vocab.holds of
    vocab.pattern_needs: this is asked of every figure that falls back to the page's date.)"""
    s, e = d.c.sentences[si]
    text, low = d.text, d.low
    hi = min(e, f.clean_end + BARE_SPAN_AFTER)
    rx = cue("bare_span_years", _bare_span())
    if (low is None or holds(low[s:hi], pattern_needs(rx))) and rx.search(text, s, hi):
        return True   # ("has doubled in 10 years": right after a change too)
    start = d.c.paragraphs[pi][0] if d.c.paragraphs else 0
    if si < 1 or d.c.sentences[si - 1][0] < start:
        return False
    ps, pe = d.c.sentences[si - 1]
    rx = cue("bare_span_opening", _bare_span_opening())
    return (low is None or holds(low[ps:pe], pattern_needs(rx))) and rx.match(text, ps) is not None


def _guessed_in_force(d: Doc, st: State) -> bool:
    """The period in force was set by a relative year ("в прошлом году", "last year") of a page with no date, dated by
    the latest year the page names (Doc.source_year basis "context"), its sentence writes no year of it, and the page names
    it nowhere as a time of events."""
    if d.pub_year is not None or st.period is None or st.period[0] is None or not 0 <= st.period_si < len(d.c.sentences):
        return False
    times = d.times(st.period_si)
    if any(t.year == st.period[0] or t.bracket_year == st.period[0] for t in times):
        return False
    if any(t.base and t.kind == "year" and t.year is not None for t in times):
        return False   # "за прошлый год ..., чем в 2015 году": the year after the base it names, no guess (relative_after_base)
    # (a year the page itself names elsewhere as a time of events, "Общий внешнеторговый оборот Грузии в 2023 году" on
    # apsny-line.ru after "В прошлом году ее доля ...", is no guess)
    return not d.names_event_year(st.period[0]) \
        and any(t.kind == "relative" and t.rel is not None and not t.base and not t.target
                and d.source_year(t.start)[1] == "context" for t in times)


def _now_before_in_paragraph(d: Doc, si: int, pi: int) -> bool:
    """A sentence of the figure's paragraph before its own names the time the text speaks from ("сейчас")."""
    start = d.c.paragraphs[pi][0] if d.c.paragraphs else 0
    sj = si - 1
    while sj >= 0 and d.c.sentences[sj][0] >= start:
        if any(t.kind == "now" for t in d.times(sj)):
            return True
        sj -= 1
    return False


def _goal_year_before(d: Doc, si: int, pi: int):
    """The goal's time ("by 2025", "к 2030 году") with its year written in the sentence right before the figure's, in
    its paragraph, the last such of that sentence; None when that sentence names any other time of the year (a base,
    a past level)."""
    start = d.c.paragraphs[pi][0] if d.c.paragraphs else 0
    if si < 1 or d.c.sentences[si - 1][0] < start:
        return None
    ts = d.times(si - 1)
    goals = [t for t in ts if t.target and t.year is not None and not t.base]
    if not goals or len(goals) != len(ts) or (d.pub_year is not None and goals[-1].year < d.pub_year):
        return None
    return goals[-1]


RUN_ANAPHOR_REACH = 80   # characters before a change read for "за указанный период"


def _run_named_before(d: Doc, si: int, pi: int, f: Figure) -> int | None:
    """The last of two or more years the sentence right before the figure's, in its paragraph, names as times of its
    own, when the figure's clause names that stretch as "the said period" (cue period_anaphor_run), else None."""
    s = d.c.sentences[si][0]
    if si < 1 or not cue("period_anaphor_run", NEVER).search(d.text, max(s, f.clean_start - RUN_ANAPHOR_REACH), f.clean_start):
        return None
    start = d.c.paragraphs[pi][0] if d.c.paragraphs else 0
    if d.c.sentences[si - 1][0] < start:
        return None
    years = {t.year for t in d.times(si - 1) if t.year is not None and not t.base and not t.target}
    return max(years) if len(years) >= 2 else None


_term_end_goal = EnglishCue("term_end_goal", re.I)


def _term_end_year(d: Doc, f: Figure, s: int, e: int) -> int | None:
    """The one year the page's goals are set for ("by 2019": a target time with its year written), where the figure's
    window names the end of the government's term as its goal's time (row term_end_goal); else None."""
    if d.text.find("end of", max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)) < 0 \
            or not _term_end_goal().search(d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
        return None
    years = {t.year for sj in range(len(d.c.sentences)) for t in d.times(sj)
             if t.target and t.year is not None and not t.base}
    return years.pop() if len(years) == 1 else None


def _span_just_before(d: Doc, si: int, pi: int) -> bool:
    """The sentence right before the figure's, in its paragraph, names a span of years ("за последние пять лет") and
    no other time."""
    start = d.c.paragraphs[pi][0] if d.c.paragraphs else 0
    if si < 1 or d.c.sentences[si - 1][0] < start:
        return False
    ts = d.times(si - 1)
    return bool(ts) and all(t.kind == "span" and not t.base for t in ts)
