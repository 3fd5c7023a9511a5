"""Russian phrasings left by session 41's first round (amounts, measures), each a rule or a vocabulary row, tested on
real sentences of stored pages."""
from __future__ import annotations

from phrasing import fields


def test_the_infinitive_of_a_flow_verb_names_the_flow():
    """Rows экспортировать / импортировать of vocab/ru/measures.csv (beltsymd.ru, 2015): 'удалось экспортировать
    товаров на сумму в 993 млн долларов' is the exports, not a measure left as other."""
    text = ("Молдова экспортирует больше товаров в ЕС, чем в страны СНГ\n\n"
            "За первые шесть месяцев текущего года поставки в страны ЕС составили 626 млн долларов, что соответствует "
            "63,1% от общего количества экспорта.\n\n"
            "В общей сложности молдавским производителям удалось экспортировать товаров на сумму в 993 млн долларов.\n")
    got = fields(text, "measure", "reporter", pub_year=2015, lang="ru")
    assert got[-1] == ("993 млн долларов", "exports", "Moldova")


def test_this_indicator_is_the_flow_of_the_last_figure():
    """Rule indicator_anaphor (facts/measure.py; caravan.kz): 'за аналогичный период 2010 года данный показатель
    составил 13,6 млн. долларов США', three sentences after the title's turnover with no flow named between, is that
    turnover, of January-June 2010."""
    text = ("За первое полугодие 2011 года внешнеторговый оборот между Астаной и Кыргызстаном составил более 26,5 млн "
            "долларов\n\n"
            "Об этом в ходе официальной встречи в Астане с мэром Бишкека Исой Омуркуловым сообщил аким столицы "
            "Имангали Тасмагамбетов, передает Казинформ.\n"
            "«Считаю, что нам необходимо расширять наши связи, найти какой-то баланс. Имеются очень хорошие "
            "возможности для расширения экспортно-импортных торговых связей между нашими странами», - заявил аким.\n"
            "По данным пресс-службы акимата, за аналогичный период 2010 года данный показатель составил 13,6 млн. "
            "долларов США.\n")
    got = fields(text, "measure", "year", "period_start", "period_end", pub_year=2011, lang="ru")
    assert got[1] == ("13,6 млн. долларов США", "turnover", 2010, "2010-01", "2010-06")


def test_the_first_level_of_a_change_with_its_own_scale_takes_the_currency_of_the_level_after():
    """Rule ru_money_change_from, its scaled form (figures/lang_ru_extra.py; mediapuls.com.tr, data/russian tuned page
    u16): in 'с 302 миллионов до 190 миллионов долларов' the first level, its own scale word, is of the currency the
    level after it names, with no money figure before it in the text to lend one (ru_money_implied_currency's)."""
    text = ("Значительно сократился экспорт в Россию турецкой сельхозпродукции (с 302 миллионов до 190 миллионов "
            "долларов), текстиля (с 192 миллионов до 42 миллионов долларов).\n")
    got = fields(text, "value", "currency", "rule", pub_year=2016, lang="ru")
    assert got[0] == ("302 миллионов", 302e6, "USD", "ru_money_change_from")
    assert got[2] == ("192 миллионов", 192e6, "USD", "ru_money_change_from")


def test_britain_by_its_short_name_is_the_united_kingdom():
    """Rows Британия, Соединенное Королевство, ФРГ of vocab/ru/places.csv (my.ua): 'После Brexit в Британии резко упал
    экспорт в ЕС' (the page's title), the short name CLDR lacks in any case form, is the United Kingdom, the reporter of
    the exports to the EU a sentence of the page tells (the page's other sentences left out: its 'британское' names the
    country too); 'Импорт из ФРГ' is from Germany."""
    text = ("После Brexit в Британии резко упал экспорт в ЕС\n\n"
            "Так, экспорт товаров в ЕС, за исключением немонетарного золота и других драгоценных металлов, в январе "
            "упал на 40,7%.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2021, lang="ru") == [
        ("40,7%", "exports", "United Kingdom", "European Union")]
    text = "Импорт из ФРГ в январе упал на 40,7%.\n"
    assert fields(text, "partner", pub_year=2021, lang="ru") == [("40,7%", "Germany")]


def test_the_year_so_far_carries_the_running_total_in_force_to_the_next_sentence():
    """Rule year_to_date_carried (facts/carry.py; 057.ua, data/ruweb13 tuned page am12): after 'В январе - августе',
    'с начала 2011 года' is January to August 2011, for its own sentence (year_to_date_context) and for the sentence
    after it, not the year 2011 with no months."""
    text = ("Наблюдается рост экспорта товаров в страны СНГ. В январе - августе в страны СНГ экспортировано 75% всех "
            "товаров, в другие страны - 25%. Экспорт товаров в страны СНГ с начала 2011 года составлял 885,9 млн. дол., "
            "в другие страны мира - 295,2 млн. дол. Импортные поступления составили 630,6 млн. дол. и 794,7 млн. дол. "
            "соответственно.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2011, lang="ru")
    assert got[-2:] == [("630,6 млн. дол", 2011, "2011-01", "2011-08"), ("794,7 млн. дол", 2011, "2011-01", "2011-08")]
