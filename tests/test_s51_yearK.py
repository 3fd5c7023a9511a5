"""Session 51, yearK: the year an undated page speaks from (ingest.page_year.text_year)."""
from tradeflows.ingest.page_year import done_years, text_year
from tradeflows.vocab import using_language

# sport-interfax.ru/IceHockey2021/724441 (Interfax, 3 September): a whole year reported done in the past tense beside
# "текущего года" is the year before the page's (cue done_year, rule done_year_figure)
INTERFAX = ("Россия и Белоруссия рассчитывают на восстановление объемов взаимной торговли, которая в первом полугодии "
            "текущего года снизилась более, чем на 20%. Мишустин напомнил, что в 2019 году товарооборот между двумя "
            "странами превысил 35,5 млрд долларов, однако за январь - июнь объем взаимной торговли снизился на 21%.")


def test_done_year_with_figure_digits():
    with using_language("ru"):
        assert done_years(INTERFAX) == {2019}
        assert text_year(INTERFAX) == 2020


def test_done_year_clause_without_figure_is_no_result():
    # "В 2017 году наблюдался рост товарооборота между Украиной и Россией." (blog.taurica.net): a clause that tells
    # no figure, digits or spelled-out amount, is no whole result reported done (rule done_year_figure)
    with using_language("ru"):
        assert done_years("В 2017 году наблюдался рост товарооборота между Украиной и Россией.") == set()
