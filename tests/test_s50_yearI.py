"""Session 50 (yearI): years that carry too far, and head figures dated by the page's year where the body dates them."""
from tradeflows.pipeline import figures_of_text

# belta.by/amp/socium/view/tovarooborot-rossii-i-es-upal-do-minimuma-vpervye-s-oseni-1999-goda-655992-2024 (2024-08-22)
BELTA = ("Двусторонняя торговля РФ с Евросоюзом в июне сократилась до 4,9 млрд евро: на 10% в сравнении с маем. Это "
         "минимум с сентября 1999 года, когда товарооборот составлял 4,6 млрд евро.Отмечается, что сильнее всего - в 4,3 "
         "раза - упал товарооборот России с Португалией: до 13,2 млн евро. Примерно вдвое снизилась торговля с Ирландией "
         "(до 41,5 млн евро) и Чехией (121,5 млн евро).")


def _periods(text, year, month):
    return {f.figure: (f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, "page", "web", pub_year=year, pub_month=month)}


def test_since_when_clause_dates_only_its_clause():
    got = _periods(BELTA, 2024, 8)
    assert got["4,6 млрд евро"] == (1999, "1999-09", "1999-09")   # the when clause's own figure (since_when_clause)
    # the sentences after it go on with June (rule since_when_no_carry), not September 1999
    assert got["13,2 млн евро"] == (2024, "2024-06", "2024-06")
    assert got["41,5 млн евро"] == (2024, "2024-06", "2024-06")
    assert got["121,5 млн евро"] == (2024, "2024-06", "2024-06")


def test_when_clause_without_since_still_sets_the_period():
    # "в 2020 году, когда ..." is the main clause's own year: it goes on (no "с" before it)
    got = _periods("В 2020 году, когда границы закрылись, экспорт составил 5 млрд долларов. Импорт составил 3 млрд "
                   "долларов.", 2022, 5)
    assert got["3 млрд долларов"][0] == 2020


# zonakz.net/2022/11/01/tovarooborot-kazaxstana-so-stranami-shos-vyros-na-22-i-sostavil-pochti-51-mlrd (data/ruweb26
# tuned page bm05: no page outside the sets with this phrasing was found in the page store)
ZONAKZ = ("Товарооборот Казахстана со странами ШОС вырос на 22% и составил почти $51 млрд\n\n"
          "Астана. 1 ноября. КазТАГ – Товарооборот Казахстана со странами Шанхайской организации сотрудничества (ШОС) "
          "вырос на 22% и составил почти $51 млрд, сообщает пресс-служба премьер-министра Казахстана.\n\n"
          "«По итогам прошлого года темпы экономического роста государств-членов варьировались в диапазоне от 4 до 9%, а "
          "суммарный товарооборот между Казахстаном и странами ШОС вырос на 22% и составил почти $51 млрд», – говорится в "
          "сообщении.")


def _rows(text, year, month):
    return [(f.figure, f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[1].split(";")[0])
            for f in figures_of_text(text, "page", "web", pub_year=year, pub_month=month)]


def test_lead_figure_takes_the_period_of_its_dated_restatement():
    rows = _rows(ZONAKZ, 2022, 11)
    # headline, lead and the quote all state last year's (2021) figures
    assert [r[:4] for r in rows if r[0] == "почти $51 млрд"] == [("почти $51 млрд", 2021, "2021-01", "2021-12")] * 3
    # the lead's figure (dated by nothing but the page's date) takes the quote's "прошлого года" (rule restated_lead);
    # the headline skips the lead's undated restatement and reads the quote's (restated_in_body)
    assert [r[4] for r in rows if r[0] == "22%"] == ["restated_in_body", "restated_lead", "relative_doc_date"]


def test_lead_figure_with_no_dated_restatement_keeps_the_page_year():
    text = ZONAKZ.split("\n\n«")[0]
    rows = _rows(text, 2022, 11)
    assert {r[1] for r in rows if r[0] == "почти $51 млрд"} == {2022}


# baltic-course.com (data/web14 tuned page a04: Eurostat's release retold; no outside page with a currency code and "bln"
# before a compared amount's time was found)
BALTIC = ("In January to May 2018, euro area exports of goods to the rest of the world rose to EUR 927.6 bln (an increase "
          "of 2.8% compared with January-May 2017), while imports rose to EUR 847.6 bln (also an increase of 2.8% compared "
          "with January-May 2017). As a result the euro area recorded a surplus of EUR 80.0 bln, compared with +EUR 78.0 "
          "bln in January-May 2017.")


def test_compared_amount_with_currency_code_and_bln_keeps_its_time():
    got = _periods(BALTIC, 2018, 7)
    # the time after "compared with +EUR 78.0 bln in" is that amount's (rule compared_year_after), not the surplus's
    assert got["EUR 80.0 bln"] == (2018, "2018-01", "2018-05")
    assert got["EUR 78.0 bln"] == (2017, "2017-01", "2017-05")
