"""Session 74 (precP74): a precision audit of the sieves' rules over the tuned pages of every development set.

- owner_out_no_head (facts/partners_carried.py _OWNER_OUT_FRAMES): the Russian frames of a flow out of its owner with
  no destination (vocab/ru/frames.csv exports_out_of "экспорт ... из X", exported_out_of "из X ... экспортировано")
  join the English exports_from / exported_from: such a flow on a page whose head names a counterpart is the owner's
  total, not the head's pair (head_flow was wrong on ruweb41 cq12 and ruweb52 dm04).
- non-CIS rows (vocab/ru/places.csv): "стран, не входящих в состав СНГ" are the countries outside the bloc (non-CIS
  countries, as "вне СНГ"), not the CIS its last word names (sentence was wrong on ruweb45 cy06 and ruweb51 dk01).
- goal_measured (vocab/en/patterns.csv, guard of undated_aim in facts/period_fallback.py): a goal an outcome is measured
  against ("beat the government's target of $33.5 billion", "missed the seven-month target", "higher than its periodic
  target", "98 percent of the plan", "The plan was to earn ... for the same period") is the outcome's period's, not a
  goal of no time; the rules after undated_aim decide (undated_aim was wrong on web4, web18, web50 and web63).

Searches of the `search` tool (corpus pages) for pages outside the development sets with these phrasings: "экспорт
продукции АПК из области составил миллиарда долларов Китай", "из стран, не входящих в состав СНГ, импорт составил", "export earnings beat the government's target of billion
fiscal year" (found rmgbd.net and bdnews24.com pages with the phrasing; quoted below with their address). They found pages with neighbouring phrasings only (the
flows there name their destination), so the sentences below are CONSTRUCTED on the tuned pages' phrasings (each says
which).
"""
from phrasing import figs, rule_item


# -- owner_out_no_head (Russian frames) -------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb52 dm04 (apsny.ge: "Экспорт мандаринов из Грузии обвалился на 54%", a title, and
# "около 75% всего экспорта грузинских мандаринов пришлось на Россию" below it)
OWNER_OUT = ("Экспорт вина из Молдовы сократился на 30%\n\n"
             "По данным Национального бюро статистики, в январе–сентябре 2024 года экспорт молдавского вина сократился "
             "на 30%.\n\n"
             "Около 60% всего экспорта молдавского вина пришлось на Польшу, что указывает на высокую зависимость отрасли "
             "от одного рынка.\n")


def test_russian_exports_out_of_the_owner_naming_no_destination_are_its_total():
    got = [(f.figure, f.reporter, f.partner, rule_item(f, "partner")) for f in figs(OWNER_OUT, lang="ru", pub_year=2024)]
    assert got[0] == ("30%", "Moldova", "world", "partner:default_world")


def test_the_share_of_the_named_market_keeps_its_counterpart():
    # odd case: the sentence naming the market is the frame's, not the head's
    got = [(f.figure, f.reporter, f.partner, rule_item(f, "partner")) for f in figs(OWNER_OUT, lang="ru", pub_year=2024)]
    assert got[2] == ("Около 60%", "Moldova", "Poland", "partner:frame")


# -- non-CIS rows ------------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb45 cy06 and ruweb51 dk01 (Kazakh pages: "Из стран, не входящих в состав СНГ,
# Казахстан завёз 4,9 тыс. тонн медикаментов на сумму 389 млн долл.")
NON_CIS = ("В 2024 году Казахстан импортировал лекарств на 1,5 млрд долларов. Из стран СНГ завезено лекарств на 300 млн "
           "долларов. Из стран, не входящих в состав СНГ, Казахстан завёз 4,9 тыс. тонн медикаментов на сумму 389 млн "
           "долл.\n")


def test_countries_not_in_the_cis_are_the_non_cis_countries():
    got = [(f.figure, f.partner, rule_item(f, "partner")) for f in figs(NON_CIS, lang="ru", pub_year=2024)]
    assert got[2] == ("389 млн долл", "non-CIS countries", "partner:sentence")


def test_countries_of_the_cis_stay_the_cis():
    # odd case: the sentence before names the bloc itself
    got = [(f.figure, f.partner) for f in figs(NON_CIS, lang="ru", pub_year=2024)]
    assert got[1] == ("300 млн долларов", "CIS")


# -- goal_measured ----------------------------------------------------------------------------------------------------
# The two target sentences are rmgbd.net's (https://rmgbd.net/2017/02/exports-rise-as-rmg-continues-to-attract-foreign-
# buyers), each set in a paragraph of its own; the title and the first paragraph are CONSTRUCTED so that no period is in
# force in their paragraphs
MEASURED = ("Bangladesh export earnings rise 4 percent in 2017\n\n"
            "Exports rose by 4.0 per cent to $3.31 billion in January this year against the same month a year earlier.\n\n"
            "The receipts missed the seven-month target of $17.28 billion.\n\n"
            "It was also higher than its periodic target of $548.26 million.\n")


def test_a_target_an_outcome_missed_or_beat_is_of_the_outcomes_year():
    got = [(f.figure, f.status, f.year, rule_item(f, "year")) for f in figs(MEASURED, lang="en", pub_year=2017)]
    assert got[3:] == [("$17.28 billion", "target", 2017, "year:goal_whole_year"),
                       ("$548.26 million", "target", 2017, "year:goal_whole_year")]


# CONSTRUCTED around the sentence of data/web63 dl03 (borkena.com: "The plan was to earn US$ 1.31 billion for the same
# period."), with an aim of no time after it
PLAN = ("Ethiopia's export revenue in 2021\n\n"
        "Ethiopia's export revenue rose in the first half of 2021, the ministry said.\n\n"
        "The plan was to earn US$ 1.31 billion for the same period.\n\n"
        "The government aims to earn $5 billion from exports.\n")


def test_the_plan_of_a_period_just_reported_is_of_that_year():
    got = [(f.figure, f.year, rule_item(f, "year")) for f in figs(PLAN, lang="en", pub_year=2021)]
    assert got[0] == ("US$ 1.31 billion", 2021, "year:goal_whole_year")


def test_an_aim_measured_against_nothing_stays_undated():
    # odd case: no outcome is set against the aim, so undated_aim decides
    got = [(f.figure, f.year, rule_item(f, "year")) for f in figs(PLAN, lang="en", pub_year=2021)]
    assert got[1] == ("$5 billion", None, "year:undated_aim")
