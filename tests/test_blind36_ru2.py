"""Russian phrasings found in session 36 (second round) on stored trade news pages of CIS and Russian outlets, each a
rule or a vocabulary row, tested on its page's sentences.
"""
from __future__ import annotations

from phrasing import ru_fields as facts

from tradeflows.pipeline import figures_of_text



def test_a_loss_of_exports_is_a_decline_not_a_share():
    """Down cue 'убыл' (vocab/ru/cues.csv; souzveche.ru on Belarus's exports in January-May 2020): in 'в общей
    сложности убыль объема экспорта составила 19,2%' the 'убыль' (loss) is the change of exports, a growth rate
    of -19,2, not a share."""
    text = ("При этом глава МИД Беларуси сообщил, что несмотря на то, что в период за январь-май этого года физический "
            "объем экспорта возрос, в то же время он упал в денежном выражении.\n"
            "Дипломат добавил, что в общей сложности убыль объема экспорта составила 19,2%, а больше всего пострадали "
            "поставки нефти и нефти продуктов, сжиженного газа, калийных и азотных удобрений.\n")
    got = [f for f in figures_of_text(text, fmt="web", pub_year=2020, pub_month=7, lang="ru")]
    assert [(f.figure, f.kind, f.value, f.measure) for f in got] == [("19,2%", "growth", -19.2, "exports")]
    assert (got[0].period_start, got[0].period_end) == ("2020-01", "2020-05")


def test_a_goal_for_the_coming_years_has_no_year():
    """Russian row of cue undated_goal, rule undated_goal (islam-today.ru on Kazakhstan's trade with Russia, January
    2023; the same phrasing on mir24.tv: 'В ближайшие два года Россия и Узбекистан планируют довести товарооборот до
    $10 млрд'): 'вполне реалистично достичь отметки в $30 млрд уже в ближайшие годы' names no year of the goal, not
    the year of the figures before it."""
    text = ("«Так, по итогам 11 месяцев 2022 года товарооборот между странами составил $24 млрд, что на 7% выше, чем за "
            "аналогичный период предыдущего года. По словам премьер-министра, при таких темпах вполне реалистично "
            "достичь отметки в $30 млрд уже в ближайшие годы», – говорится в сообщении пресс-службы казахстанского "
            "правительства.\n")
    got = facts(text, pub_year=2023, pub_month=1)
    assert got[0][5:8] == (2022, "2022-01", "2022-11")
    assert got[-1][0] == "$30 млрд" and got[-1][5:] == (None, None, None, "target")


def test_a_place_after_a_but_clause_is_not_the_partner_of_the_figure_before_it():
    """Russian row ', а' of cue later_clause, rule sentence (t-l.ru on the Tyumen Region's trade with the CIS in
    January-September 2025): in 'При этом импорт увеличился на 54,4 %, а прирост этого показателя по Китаю достиг
    149 %' China is the 149 %'s counterpart only; the 54,4 % keeps the CIS the paragraph is about."""
    text = ("На 10,4 % вырос объем экспорта Тюменской области со странами СНГ января по сентябрь. При этом импорт "
            "увеличился на 54,4 %, а прирост этого показателя по Китаю достиг 149 %, сообщает инфоцентр регионального "
            "правительства.\n")
    got = facts(text, pub_year=2025, pub_month=10)
    assert [(g[0], g[2], g[4]) for g in got] == [("10,4 %", "exports", "CIS"), ("54,4 %", "imports", "CIS"),
                                                 ("149 %", "imports", "China")]


NEWDAY = ("Объем торговли Китая в первые два месяца текущего года резко вырос по сравнению с аналогичным периодом 2025 "
          "года, значительно превысив прогнозы, несмотря на снижение объемов торговли с Соединенными Штатами.\n\n"
          "Согласно данным Главного таможенного управления, экспорт в январе и феврале в совокупности вырос на 21,8% в "
          "годовом исчислении, превысив прогноз Bloomberg, основанный на опросе экономистов, которые ожидали роста, "
          "ограниченного 7,2%.\n\n"
          "Согласно официальным данным, импорт за тот же период также вырос на 19,8%, вновь превысив прогноз Bloomberg "
          "о росте на 7%.\n")


def test_an_office_the_next_sentence_opens_on_is_not_the_place_before_it():
    """Rule agency_next_sentence in facts/subject.py (newdaynews.ru on China's trade in January-February 2026): in
    '... несмотря на снижение объемов торговли с Соединенными Штатами.\\n\\nСогласно данным Главного таможенного
    управления' the customs office opens the next paragraph; it is no office of the United States, so the page is
    about China, whose exports and imports the figures are."""
    got = facts(NEWDAY, pub_year=2026, pub_month=3)
    assert [(g[0], g[2], g[3]) for g in got if g[0] in ("21,8%", "19,8%")] == [("21,8%", "exports", "China"),
                                                                             ("19,8%", "imports", "China")]


def test_a_forecast_the_figure_beat_is_not_the_figures_status():
    """Rule beat_forecast, Russian row of its cue (newdaynews.ru on China's trade in January-February 2026): in
    'экспорт ... вырос на 21,8% в годовом исчислении, превысив прогноз Bloomberg' and 'импорт за тот же период также
    вырос на 19,8%, вновь превысив прогноз Bloomberg о росте на 7%' the figures are results that beat a forecast,
    actuals of January-February; the 7% the forecast names stays a target."""
    got = {g[0]: g for g in facts(NEWDAY, pub_year=2026, pub_month=3)}
    assert got["21,8%"][5:] == (2026, "2026-01", "2026-02", "actual")
    assert got["19,8%"][5:] == (2026, "2026-01", "2026-02", "actual")
    assert got["7%"][8] == "target"


def test_a_flow_behind_a_contrasting_clause_is_not_the_whole_a_share_is_of():
    """Rule share_next_item, Russian row of its cue (sputnik.by on Belarus's foreign trade, the phrasing helper_ru
    left open; no second page found): in 'экспорт в соотношении составил – 79,5%, а импорт – 77,8%' the 'импорт'
    after ', а' opens the next item; the 79,5% is the exports' (not a share of imports)."""
    text = ("По сравнению с аналогичным периодом прошлого года из расчета в текущих ценах оборот внешней торговли "
            "товарами составил 78,6%, то есть снизился на 21,4%. В то же время экспорт в соотношении составил – 79,5%, "
            "а импорт – 77,8%\n")
    got = facts(text, pub_year=2020, pub_month=7)
    assert [(g[0], g[2]) for g in got[2:]] == [("79,5%", "exports"), ("77,8%", "imports")]
