"""Russian periods, ranges and statuses found in session 43 (helper ru2) by probing stored Russian-language trade
news pages of Russian, Belarusian and Kazakh outlets, each tested on a real sentence."""
from __future__ import annotations

from phrasing import fields
from tradeflows.pipeline import figures_of_text

CAPITAL = ("При этом объем украинского импорта в ЕС в период с ноября 2017 по октябрь 2018 несколько снизился по "
           "сравнению с аналогичным периодом 2016-2017 годов — с 5,39 млрд евро к 5,12 млрд евро, с абсолютным "
           "показателем уменьшения объемов сельскохозяйственных поставок в ЕС на сумму в 226 миллиона евро (-4,9%).\n")


def test_the_same_period_of_a_span_of_years_is_one_base():
    """Rule same_period_year_span (facts/periods_local.py) and a base_of row of vocab/ru/patterns.csv (rule base_value;
    capital.ua citing Ukrinform, ruweb17 tuned au03): in 'с ноября 2017 по октябрь 2018 несколько снизился по сравнению
    с аналогичным периодом 2016-2017 годов — с 5,39 млрд евро к 5,12 млрд евро' the same period of 2016-2017 is one base
    (November 2016 to October 2017), and 5,39 billion, the amount the fall starts from after the dash, is its value; the
    amount it came to, the difference and the rate are of November 2017 to October 2018 (before, the span's last year,
    '2017 годов', was read as a year of its own: every figure of the sentence got 2017, January to December)."""
    got = fields(CAPITAL, "year", "period_start", "period_end", pub_year=2018, pub_month=12, lang="ru")
    assert got == [("5,39 млрд евро", 2017, "2016-11", "2017-10"),
                   ("5,12 млрд евро", 2018, "2017-11", "2018-10"),
                   ("226 миллиона евро", 2018, "2017-11", "2018-10"),
                   ("-4,9%", 2018, "2017-11", "2018-10")]


ATI = ("В Сибири объем экспорта вырос в три раза с 2019 года\n\n"
       "Объем экспорта продукции из регионов Сибирского федерального округа вырос в три раза с 2019 года - до $2 млрд. "
       "Благодаря нацпроекту \"Международная кооперация и экспорт\" вырос ежегодный вывоз продукции АПК, сообщил на "
       "совещании полномочный представитель президента в округе Анатолий Серышев на совещании с главами субъектов по "
       "итогам реализации нацпроектов.\n\n"
       "\"Национальный проект \"Международная кооперация и экспорт\" способствовал ежегодному росту объемов вывозимой за "
       "границу продукции агропромышленного комплекса. В целом по округу с 2019 года экспорт вырос почти в три раза до "
       "$2,8 млрд\", - сказал полпред.\n")


def test_a_year_after_s_next_to_a_change_is_where_the_change_is_counted_from():
    """Rule since_year_change (rows since_before and since_change_after of vocab/ru/periods.csv, facts/periods_local.py;
    ati.su on Siberia's exports, September 2024): in 'вырос в три раза с 2019 года - до $2 млрд' and 'по округу с 2019
    года экспорт вырос почти в три раза до $2,8 млрд' 2019 is where the rise is counted from ("since"), no period: the
    rise and the level it came to are of the page's time, no months (every figure got 2019, January to December,
    before)."""
    got = fields(ATI, "year", "period_start", "period_end", pub_year=2024, pub_month=9, lang="ru")
    assert got == [("в три раза", 2024, None, None), ("в три раза", 2024, None, None), ("$2 млрд", 2024, None, None),
                   ("почти в три раза", 2024, None, None), ("$2,8 млрд", 2024, None, None)]
    # a year "с" opens with no change next to it keeps its year: the clause after it says what was then
    low = "Это самый низкий показатель товарооборота с 2009 года, когда он составил $23,3 млрд.\n"
    assert fields(low, "year", "period_start", pub_year=2017, lang="ru") == [("$23,3 млрд", 2009, "2009-01")]


def test_the_level_of_a_year_a_flow_fell_to_is_a_base():
    """Row level_of_year_base ('(?:до|ниже|выше)\\s+уровн...' base_before, vocab/ru/periods.csv; novoye-vremya.com citing
    TASS, October 2024): in 'товарооборот России с Европой упал до уровней 1999 года. По итогам августа показатель
    опустился до €5,1 млрд' 1999 is the level the trade is compared with, not the time of the figure after it: the €5.1
    billion is of August of the page's year (it was August 1999 before)."""
    text = ("Между тем товарооборот России с Европой упал до уровней 1999 года. По итогам августа показатель опустился до "
            "€5,1 млрд.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2024, pub_month=10, lang="ru") == [
        ("€5,1 млрд", 2024, "2024-08", "2024-08")]


def test_an_expectation_a_wish_and_a_dream_of_a_level_are_goals():
    """Rows ждут, ожидают, желание, мечта of vocab/ru/status.csv: 'В России ждут, что товарооборот с Китаем сохранится на
    уровне 300 миллиардов долларов в год' (lenta.ru citing TASS, April 2025) and 'У нас есть мечта и желание выйти за
    потолок двух миллиардов долларов' (alta.ru, May 2025) name levels hoped for, targets (both were actual)."""
    lenta = "В России ждут, что товарооборот с Китаем сохранится на уровне 300 миллиардов долларов в год.\n"
    alta = ("«Вместе с туристическим потоком растет и торговля. У нас есть мечта и желание выйти за потолок двух "
            "миллиардов долларов. Пока мы полтора миллиарда преодолели», - сказал Вольвач.\n")
    assert fields(lenta, "status", pub_year=2025, pub_month=4, lang="ru") == [("300 миллиардов долларов", "target")]
    assert fields(alta, "status", pub_year=2025, pub_month=5, lang="ru") == [("двух миллиардов долларов", "target")]


def test_the_to_clause_of_an_if_contrast_holds_its_own_goal():
    """Row goal_clause ', то ...' (vocab/ru/patterns.csv, facts/status.py; 24news24.ru on Belarus's food exports, November
    2019): in 'если в минувшем году доход от экспорта ... составил $6,7 млрд, то в этом планируется увеличение до $8,2
    млрд' the plan is the "то" clause's: last year's $6.7 billion is an actual (it was a target), this year's $8.2
    billion a target."""
    text = ("Заяц также уточнил, что если в минувшем году доход от экспорта продовольственных товаров и "
            "сельскохозяйственного сырья составил $6,7 млрд, то в этом планируется увеличение до $8,2 млрд.\n")
    assert fields(text, "year", "status", pub_year=2019, pub_month=11, lang="ru") == [
        ("$6,7 млрд", 2018, "actual"), ("$8,2 млрд", 2019, "target")]


def test_na_before_a_qualifier_and_before_a_range_of_percents_is_a_change():
    """Rules ru_growth_by (group byq of figures/lang_ru.py's "left") and ru_growth_by_range: 'Товарооборот России и Ирана
    в 2025 году вырастет на порядка 25%' (novoye-vremya.com citing TASS, 2024) and 'Экспорт сельхозотрасли России будет
    прирастать на 7-10% в год' (zol.ru, February 2018) are changes, about 25% and 7 to 10% (both were read as shares:
    "на" before the qualifier, and a range, were not read as "by")."""
    novoye = "Товарооборот России и Ирана в 2025 году вырастет на порядка 25%.\n"
    zol = ("Экспорт сельхозотрасли России будет прирастать на 7-10% в год, заявил журналистам первый заместитель министра "
           "сельского хозяйства России Джамбулат Хатуов.\n")
    got = [(f.figure, f.kind, f.value, f.value_high, f.qualifier)
           for f in figures_of_text(novoye + zol, "page", "web", lang="ru", pub_year=2018)]
    assert got == [("порядка 25%", "growth", 25.0, None, "approx"), ("7-10%", "growth", 7.0, 10.0, "range")]
    # a share's change keeps its kind
    share = "Доля стран ЕС в экспорте снизилась на 1-2%.\n"
    assert [f.kind for f in figures_of_text(share, "page", "web", lang="ru", pub_year=2018)] == ["share"]


def test_the_future_of_a_change_verb_is_a_forecast():
    """Rows вырастет, увеличится, сократится, ... of vocab/ru/status.csv (newsorel.ru on the Oryol region's exports, April
    2018): in 'Согласно прогнозу, в 2018 году объемы экспорта достигнут 224,8 млн долларов. По сравнению с 2015 годом
    показатель увеличится в 2 раза' the doubling is forecast, a target of 2018 (it was an actual with no months)."""
    text = ("- Согласно прогнозу, в 2018 году объемы экспорта достигнут 224,8 млн долларов.  По сравнению с 2015 годом "
            "показатель увеличится в 2 раза, - рассказали в пресс-службе облправительства.\n")
    assert fields(text, "year", "period_start", "period_end", "status", pub_year=2018, pub_month=4, lang="ru") == [
        ("224,8 млн долларов", 2018, "2018-01", "2018-12", "target"),
        ("в 2 раза", 2018, "2018-01", "2018-12", "target")]
