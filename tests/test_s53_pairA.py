"""Session 53, helper pairA: figures of a pair of countries ("bilateral trade", "the two countries", "взаимный
товарооборот") keep both sides. The city carried before a Russian bilateral cue (the place of a visit or a press
conference) stands for its country, as it already did for an English one (rule country_of_city in
bilateral_carried, vocab/ru/patterns.csv rows bilateral_countries and two_countries); English "both nations",
"the two sides", "our two countries" are bilateral cues (facts/partners_carried.py BILATERAL). Sentences of pages no
development set holds."""
import pytest

from tradeflows.pipeline import figures_of_text


def _turnover(text):
    return [(f.figure, f.reporter, f.partner, f.year, f.fact_rules.split(";")[2])
            for f in figures_of_text(text, "t.txt", fmt="web") if f.measure == "turnover"]


def test_russian_mutual_trade_after_the_capital_visited():
    # https://upl.uz/economy/12668-news.html (shortened): Tashkent, then "взаимный товарооборот между нашими странами"
    text = ("Мы ранее писали о том, что Валентина Матвиенко прибыла в Ташкент. Вчера, 2 октября Глава Совета Федерации "
            "Федерального Собрания России встретилась с Шавкатом Мирзиёевым.\n\n"
            "В ходе встречи Матвиенко заявила, что увидела большие реформы в Узбекистане.\n\n"
            "\"Мы видим взаимную заинтересованность в улучшении экономического сотрудничества. Взаимный товарооборот "
            "между нашими странами за последние годы вырос в разы. Поставлена задача увеличить товарооборот между "
            "странами до 25 млрд долларов к 2024 году\", — заявила Матвиенко.\n")
    assert _turnover(text) == [("25 млрд долларов", "Russia", "Uzbekistan", 2024, "partner:bilateral_head")]


def test_english_both_nations_is_bilateral():
    # https://plenglish.com/news/2023/06/25/indian-prime-minister-concludes-visit-to-egypt-to-strengthen-ties
    text = ("Indian Prime Minister concludes visit to Egypt to strengthen ties\n\n"
            "Modi landed in this capital yesterday, where he was received by his Egyptian counterpart, Mostafa Madbouly, "
            "with whom he later held a meeting.\n"
            "This is a remarkable year for our ties, the Indian head of government said shortly after the dialogues.\n"
            "In this regard, he recalled that in January El-Sisi visited India to participate in the celebration of the "
            "Republic´s Day.\n"
            "Modi pointed out that both nations are promoting a series of projects to reach 12 billion dollars in trade "
            "exchange in the next five years.\n")
    assert _turnover(text) == [("12 billion dollars", "India", "Egypt", None, "partner:bilateral_head")]


def test_city_of_a_third_country_in_the_sentence_before():
    # odd case, https://khovar.tj/rus/2009/01/tovarooborot-mezhdu-tadzhikistanom-i-rossiej-prevysil-1-milliard-dollarov-ssha
    # (shortened): the meeting was in Shenzhen; "между двумя странами" is Tajikistan and Russia, not China
    text = ("Глава Торгово-промышленной палаты Таджикистана Шариф Саид встретился в китайском городе Шэньчжень с "
            "заместителем председателя Совета Федерации России Дмитрием Мезенцевым.\n\n"
            "Стороны обсудили вопросы развития торгово-экономических отношений между двумя странами, отметив, что "
            "товарооборот в 2008 году превысил 1 миллиард долларов США.\n")
    # (s58 fixX: "между двумя странами", the clause's second bilateral cue after "Стороны", names countries, so the pair
    # carried is checked against the head's: rule bilateral_head, the same partner)
    assert _turnover(text) == [("превысил 1 миллиард долларов США", "Tajikistan", "Russia", 2008,
                                "partner:bilateral_head")]


def test_summit_city_of_a_third_country_is_no_side():
    # https://www.kommersant.ru/doc/8232254 (shortened): Moscow and Dushanbe met at a summit in Bishkek; "между нашими
    # странами" are Russia and Tajikistan. The summit's city (Kyrgyzstan's, rule country_of_city) is its venue, no side
    # and not carried (rule venue, tests/test_s53_cityA.py)
    text = ("В отношениях Москвы и Душанбе нет нерешенных вопросов, заявил президент Таджикистана Эмомали Рахмон на "
            "встрече с российским президентом Владимиром Путиным на полях саммита ОДКБ в Бишкеке.\n\n"
            "«Товарооборот увеличивается по сравнению с прошлым годом почти на 20%,— процитировали в пресс-службе Кремля "
            "слова Эмомали Рахмона на встрече с президентом РФ. — То есть нерешенных каких-то вопросов между нашими "
            "странами не существует, все идет по плану».\n")
    got = _turnover(text)
    assert [(g[0], {g[1], g[2]}) for g in got] == [("почти на 20%", {"Russia", "Tajikistan"})]
