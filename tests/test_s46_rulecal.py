"""Session 46, rulecal: scripts/rule_accuracy.py (each relate rule's record on the tuned pages) and the rule changes
its table led to."""
from __future__ import annotations

import pytest

from devdocs import rule_accuracy_script



@pytest.fixture(scope="module")
def web_tuned():
    ra = rule_accuracy_script()
    return ra, list(ra.tuned_matches({"web"}))


def test_rule_accuracy_counts_what_eval_scores(web_tuned):
    """One tuned set: every matched pair is counted once per field, under one rule, and the rights of a field summed
    over its rules are what `tradeflows eval` scores for that field on the set's tuned part."""
    from tradeflows.evaluate.gold import load_gold
    from tradeflows.evaluate.scoring import score
    from tradeflows.evaluate.sets import load_sets, predict_dated
    from tradeflows.ingest.document import list_documents

    ra, parts = web_tuned
    assert [name for name, _ in parts] == ["web"]
    s = next(x for x in load_sets(ra.SETS_FILE) if x.name == "web")
    pairs = parts[0][1]
    assert pairs and not {p["doc"] for p, _ in pairs} & s.heldout   # no held-out document read
    gold = load_gold(s.gold)
    tuned = ({p.name for p in list_documents(s.raw)} & gold.docs) - s.heldout
    preds, pub = predict_dated(s.raw, tuned)
    result = score(preds, gold.only(tuned), pub)
    table = ra.tally(parts)
    matched = sum(1 for _, g in pairs if g is not None)
    assert matched == len(result["matches"])
    assert sum(t.unmatched for (f, _), t in table.items() if f == "measure") == len(result["false_positives"])
    for name in ("measure", "partner", "year", "reporter"):
        rows = [t for (f, _), t in table.items() if f == name]
        assert sum(t.n for t in rows) == matched
        assert sum(t.right for t in rows) == result["fields"][name]["correct"]
        assert all(0 <= t.right <= t.n and t.gold_none + t.pred_none <= t.n for t in rows)


def test_rule_accuracy_table_sorted_by_wrong(web_tuned):
    ra, parts = web_tuned
    lines = ra.format_table(ra.tally(parts))
    assert lines[0].split()[:6] == ["field", "rule", "n", "right", "wrong", "acc"]
    wrongs = [int(line.split()[-5]) for line in lines[1:]]   # a rule name may hold spaces ("cue:to reach")
    assert wrongs == sorted(wrongs, reverse=True)


# --- goal_whole_year (period: 3 right of 21 on the tuned pages, rule_accuracy.py): an expectation told in the past is
# of the period in force, as an analysts' forecast is; both name themselves after the period's rule

def test_past_expectation_keeps_the_month_in_force():
    """web16 tuned page (spglobal.com, 2018): 'Econoday had forecast a deficit of $50.2 billion' after July's
    deficit is July's forecast, not a goal for the whole of 2018 (rule past_expectation)."""
    from phrasing import periods_of
    text = ("The U.S. trade deficit widened to $50.08 billion in July from the revised deficit of $45.74 billion in June "
            "as exports fell and imports grew, according to data from the U.S. Department of Commerce's Bureau of "
            "Economic Analysis.\nEconoday had forecast a deficit of $50.2 billion.\n")
    got = periods_of(text, pub_year=2018, lang="en")
    assert got["$50.2 billion"][:3] == (2018, "2018-07", "2018-07")
    assert got["$50.2 billion"][3].endswith(";year:section_period+past_expectation")


def test_past_expectation_and_analysts_in_russian():
    """ruweb14 tuned page (rodina.news, 2020-06-09): 'Опрошенные Reuters экономисты прогнозировали падение экспорта на
    15,6%' (analysts, vocab/ru/patterns.csv row analysts) and 'Ожидалось, что торговый профицит составит 10 миллиардов
    евро' (row past_expectation) are of April, the month the page reports."""
    from phrasing import periods_of
    text = ("Экспорт и импорт Германии в апреле продемонстрировали максимальное снижение с начала сбора данных в 1990 "
            "году, поскольку коронавирусный кризис резко снизил спрос.\nС учетом сезонных колебаний экспорт упал на 24% "
            "в месячном исчислении, а импорт снизился на 16,5%.\nОпрошенные Reuters экономисты прогнозировали падение "
            "экспорта на 15,6%, импорта — на 16%. Ожидалось, что торговый профицит составит 10 миллиардов евро.\n")
    got = periods_of(text, pub_year=2020, pub_month=6, lang="ru")
    assert got["15,6%"][:3] == got["16%"][:3] == got["10 миллиардов евро"][:3] == (2020, "2020-04", "2020-04")
    assert got["15,6%"][3].endswith(";year:section_period+analysts_forecast")
    assert got["10 миллиардов евро"][3].endswith(";year:section_period+past_expectation")


def test_analysts_forecast_names_itself_on_another_page():
    """thestreet.com ('Trade Gap Unexpectedly Shrinks', https://www.thestreet.com/opinion/trade-gap-unexpectedly-
    shrinks-10222866, no outlet of the sets): the economists' expectation is of March, the month in force, and the
    rule that kept it there is named (before session 46 it decided silently)."""
    from phrasing import periods_of
    text = ("The U.S. trade deficit was a much narrower-than-expected $55 billion in March, as exports rose, thanks to "
            "the weakening dollar. Economists had been expecting the deficit to widen to nearly $62 billion from "
            "February's record gap of $60.6 billion.\n")
    got = periods_of(text, pub_year=2008, lang="en")
    assert got["nearly $62 billion"] == (2008, "2008-03", "2008-03", "measure:cue_before;reporter:subject;"
                                         "partner:default_world;status:cue:expecting;"
                                         "year:paragraph_period+carried_doc_date+analysts_forecast")



# --- list_whole (partner: 3 right of 17 on the tuned pages): four of its wrongs were only the serial comma; the gold
# writes a listed partner "A, B and C" (58 of the 59 listed partners of the tuned gold)

def test_list_partner_drops_the_serial_comma():
    """web10 tuned page (africacommoditiesreport.com, 2022): the whole list, written without its serial comma."""
    from phrasing import figs
    text = ("The report named four countries, Switzerland, China, South Africa, and Canada as the destinations for more "
            "than half of Ghana’s exports and sources of more than half of the country’s imports as well in 2022.\n")
    got = [(f.figure, f.measure, f.partner, f.fact_rules.split(";")[2]) for f in figs(text, pub_year=2022, lang="en")]
    assert got == [("more than half", "exports", "Switzerland, China, South Africa and Canada", "partner:list_whole"),
                   ("more than half", "imports", "Switzerland, China, South Africa and Canada", "partner:list_whole")]


def test_list_partner_drops_the_serial_comma_on_another_page():
    """web11 tuned page (colombiareports.com, 2014), another outlet: 'exports to China, Spain, and Panama'."""
    from phrasing import figs
    text = ("On a brighter note, exports to China, Spain, and Panama together contributed an increase in 15.2 "
            "percentage points of total exports for April.\n")
    got = [(f.figure, f.partner, f.fact_rules.split(";")[2]) for f in figs(text, pub_year=2014, lang="en")]
    assert got == [("15.2 percentage points", "China, Spain and Panama", "partner:list_whole")]


def test_serial_comma_only_before_the_last_item():
    from tradeflows.facts.partners_candidates import _serial_comma   # (with list_name, s52 partnerN)
    assert _serial_comma().sub(r"\1", "Trinidad, and Tobago, and the United States of America") == \
        "Trinidad, and Tobago and the United States of America"
    assert _serial_comma().sub(r"\1", "Brazil and the Netherlands") == "Brazil and the Netherlands"
