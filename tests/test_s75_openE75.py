"""Session 75 (openE75): web30 and web26 (outlets writing in English on their countries' trade), studied on two thirds
of their tuned pages, the first third by SHA-256 of the file name set aside unread; the task: periods and years.

- clock_stamp_year (ingest/page_year.py text_year, row page_clock_stamp_year): "GMT 12:01 2017 Wednesday ,11 October",
  the posting stamps of a site's list of other stories under the one read, are no year the text speaks of; such a
  year counts only when the text names no other.
- base_value_initials (rows page_base_value of vocab/en/patterns.csv and facts/periods_bases.py BASE_VALUE_BEFORE):
  "from 34.372 billion U.S. dollars in 2015": a currency's initials among the words between a base's value and its
  year; the base is 2015 (the page speaks from 2016), and base_same_part gives the base the sentence's months.
- concessive_anaphor (facts/period_choice.py _clause_times): "While ... a 41.1 percent year-on-year increase in July,
  the country's exports to Germany ... soared 28 percent in the mentioned period": a main clause naming a period
  again, and none of its own, takes the opening clause's time.
- figure_is_value (facts/period_figures_show.py, row figure_is_value_after; row period_choice_year_period's noun
  "figure"; facts/period_context.py): "The 2017 figure is, therefore, $1.95 billion more": the year's own figure, no
  base; of the part of that year in force.
- from_value_rate_between (row to_value): "from 811.19 million U.S. dollars, down by 16.6 percent to 777.30 million":
  the level a change started from, its rate between the levels.
- month_of_that_year (facts/period_that_year.py, row month_that_year_after): "In October of that year" after "since
  autumn 2013": the year written last before it.

Each firing test says where its sentence comes from (CONSTRUCTED in a studied page's phrasing where the `search` tool,
corpus pages, found no other page with it) and fails without its rule.
"""
from tradeflows.ingest.page_year import text_year
from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int | None = None, title: str | None = None) -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=pub_year, title=title)}


# -- clock_stamp_year ---------------------------------------------------------------------------------------------------
# data/web30 ax04 (egypt-today.com), a studied page: its story, then the site's stamps of other stories; CONSTRUCTED in
# its shape (the `search` tool, corpus pages, "Source : XINHUA GMT 2017 Wednesday October", found no other such page)
_STAMPED = ("Exports fell by 8.3 percent in the first seven months compared with 2015.\n"
            "Source : XINHUA\n"
            "GMT 12:01 2017 Wednesday ,11 October\n"
            "State Minister for Investment: Revocation of US Sanctions is opportunity for investment increaseGMT 13:11 "
            "2017 Tuesday ,10 October\n")


def test_clock_stamp_year_not_the_text_year():
    assert text_year(_STAMPED) == 2016


# a stamp's year is the page's when the text names no other; CONSTRUCTED
def test_clock_stamp_year_alone_counts():
    assert text_year("Exports fell by 8.3 percent in July.\nSource : XINHUA\nGMT 12:01 2017 Wednesday ,11 October\n") == 2017


# -- base_value_initials ------------------------------------------------------------------------------------------------
# data/web30 ax04 (egypt-today.com, Xinhua's report), a studied page; CONSTRUCTED as shortened (the `search` tool, corpus
# pages, "exports fell to billion U.S. dollars from billion U.S. dollars in 2015 Xinhua", found Xinhua's phrasing with
# yuan and "(about ... U.S. dollars)" only)
_TOTAL = ("Total exports for January to July dropped by 8.3 percent to 31.505 billion U.S. dollars from 34.372 billion "
          "U.S. dollars in 2015.")


def test_base_value_initials_page_year():
    assert text_year(_TOTAL) == 2016


def test_base_value_initials_base_months():
    figs = _figs("Philippine exports down\n\n" + _TOTAL, 2016)
    f = figs["34.372 billion U.S. dollars"]
    assert (f.year, f.period_start, f.period_end) == (2015, "2015-01", "2015-07")
    g = figs["31.505 billion U.S. dollars"]
    assert (g.year, g.period_start, g.period_end) == (2016, "2016-01", "2016-07")


# -- concessive_anaphor -------------------------------------------------------------------------------------------------
# data/web30 ax03 (maltanewsagency), a studied page; the `search` tool (corpus pages, "exports in the mentioned period
# while year-on-year increase in July") found no other page with the anaphor after a concessive clause: CONSTRUCTED
# around the page's sentence
def test_concessive_anaphor():
    figs = _figs("Turkey's exports soar\n\n"
                 "Exports totaled nearly 89 billion in the first seven months of the year, up by 10.7 percent.\n\n"
                 "While Turkey’s automotive exports saw a 41.1 percent year-on-year increase in July, the country’s "
                 "exports to Germany, its top market, soared 28 percent in the mentioned period.", 2017)
    f = figs["28 percent"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-07", "2017-07")
    assert "concessive_anaphor" in f.fact_rules


# -- figure_is_value ----------------------------------------------------------------------------------------------------
# data/web30 ax02 (ghanalivefm.com), a studied page; the `search` tool (corpus pages, "the 2016 figure is billion more")
# found no other page: CONSTRUCTED as the page's first lines
_GHANA = ("Ghana raked in $8.95 billion from cocoa, oil and gold exports in August 2017, according to the Bank of Ghana.\n"
          "It represents a growth of 27.8% between August 2016 and the same period in 2017.\n"
          "Within the same period last year, Ghana raked in $7 billion. The 2017 figure is, therefore, $1.95 billion "
          "more relatively.\n"
          "In August 2016, the country spent $7 billion on imports.\n"
          "But now total imports represent a drop of 12.27% within the one-year period.\n")


def test_figure_is_value_own_year():
    f = _figs(_GHANA, 2017)["$1.95 billion"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-08", "2017-08")
    assert "figure_is_value" in f.fact_rules


# the period in force goes on after the year's figure (its carry kept by the rule), so the restated base of the next
# sentence leaves August 2017 in force
def test_figure_is_value_keeps_period_in_force():
    f = _figs(_GHANA, 2017)["12.27%"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-08", "2017-08")


# a base cue before the noun keeps it a base: "compared to the 2016 figure"; CONSTRUCTED
def test_figure_after_base_cue_stays_base():
    f = _figs("Ghana's exports\n\nExports rose to $9 billion compared to the 2016 figure, which was $7 billion.", 2017)["$9 billion"]
    assert f.year == 2017 and "figure_is_value" not in f.fact_rules


# -- from_value_rate_between --------------------------------------------------------------------------------------------
# data/web30 ax04 (egypt-today.com), a studied page; CONSTRUCTED as shortened (the `search` tool, corpus pages, found
# "from X to Y" pages but none with the rate between after a comma)
def test_from_value_rate_between():
    figs = _figs("Philippine exports down\n\n"
                 "Exports to Japan fell by 14.4 percent to 909.56 million U.S. dollars in July 2016 from a year ago level.\n"
                 "Same with the United States, from 811.19 million U.S. dollars, down by 16.6 percent to 777.30 million "
                 "U.S. dollars.", 2016)
    f = figs["811.19 million U.S. dollars"]
    assert (f.year, f.period_start, f.period_end) == (2015, "2015-07", "2015-07")
    assert "year:from_value" in f.fact_rules
    g = figs["777.30 million U.S. dollars"]
    assert (g.year, g.period_start) == (2016, "2016-07")


# -- month_of_that_year -------------------------------------------------------------------------------------------------
# data/web30 ax07 (barentsobserver.com), a studied page; the `search` tool (corpus pages, "In October of that year exports
# were valued at billion") found no other page: CONSTRUCTED as the page's sentences
def test_month_of_that_year():
    figs = _figs("Finnish exports to Russia down\n\n"
                 "Finnish Customs noted that exports to Russia had been falling since autumn 2013. In October of that "
                 "year, exports were valued at five billion euros.", 2015)
    f = figs["five billion euros"]
    assert (f.year, f.period_start, f.period_end) == (2013, "2013-10", "2013-10")
    assert "month_of_that_year" in f.fact_rules


# a bare month with no such words stays of the page's year; CONSTRUCTED
def test_month_without_that_year():
    figs = _figs("Finnish exports to Russia down\n\n"
                 "Exports to Russia had been falling since autumn 2013. In October, exports were valued at five billion "
                 "euros.", 2015)
    assert figs["five billion euros"].year == 2015
