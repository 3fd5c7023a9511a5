"""Session 60, helper partnerP60: partner rules for phrasings seen on three or more development sets.

bilateral_share (facts/world.py no_counterpart): a share (measure other) of the two countries' own mutual trade or
settlements ("доля рубля во взаимных расчетах достигла 97%", "доля взаиморасчетов между двумя странами") is the pair's,
not a figure with no counterpart: no_counterpart passes it on, and bilateral_carried / bilateral_head name the pair's
other side (ruweb2, ruweb15, ruweb34). Sentences are quoted from pages of outlets outside the development sets."""
from __future__ import annotations

import pytest

from tradeflows.pipeline import figures_of_text


def _all(text: str, figure: str) -> list:
    return [f for f in figures_of_text(text, "t", "txt") if f.figure == figure]


def _rule(f, field: str) -> str:
    return next(r for r in f.fact_rules.split(";") if r.startswith(field + ":"))


# tass.ru/ekonomika/25714245 (Ushakov on Russia and Kyrgyzstan, 24 November)
USHAKOV = ("Ушаков: доля рубля в расчетах РФ и Киргизии достигла 97%\n"
           "МОСКВА, 24 ноября. /ТАСС/. Доля рубля во взаимных расчетах России и Киргизии достигла 97%. Об этом "
           "журналистам сообщил помощник президента РФ Юрий Ушаков.\n"
           "\"В прошлом году двухсторонний товарооборот вырос на 13,6% до рекордных $4,1 млрд. В январе - сентябре "
           "текущего года еще подрос на 17%\", - сказал Ушаков. \"Хочу отметить, что доля рубля в взаимных расчетах "
           "достигла 97%. Это позволяет ограждать коммерческие операции между иностранными компаниями от негативного "
           "воздействия внешних факторов\", - сообщил он.\n")


def test_share_of_mutual_settlements_is_the_pairs():
    """The quoted "доля рубля в взаимных расчетах достигла 97%" names no place: the mutual settlements are Russia's
    and Kyrgyzstan's (no_counterpart gave none before)."""
    f = _all(USHAKOV, "97%")[-1]
    assert (f.value, f.measure, f.reporter_iso3, f.partner_iso3) == (97.0, "other", "RUS", "KGZ")
    assert _rule(f, "partner") == "partner:bilateral_head+bilateral_share"   # (session 61: the rule names itself)


def test_share_of_settlements_naming_the_pair_keeps_the_sentence_rule():
    """The opening's "Доля рубля во взаимных расчетах России и Киргизии достигла 97%" names both: the sentence's
    place decides, as before (the rule only passes on a figure no earlier rule decided)."""
    f = _all(USHAKOV, "97%")[0]
    assert (f.measure, f.partner_iso3, _rule(f, "partner")) == ("other", "KGZ", "partner:sentence")


def test_share_of_international_settlements_has_no_counterpart():
    """glav.su/forum/threads/1628655 (quoting SWIFT data): the dollar's share of international settlements is no
    pair's ("международных" is no bilateral cue): still no counterpart (odd case)."""
    text = ("Доля американского доллара в международных расчетах по итогам февраля 2022 года снизилась на 1,07 "
            "процентного пункта (п.п.) по сравнению с январем и составила 38,85%, следует из материалов системы "
            "межбанковских переводов SWIFT.\n")
    f = _all(text, "38,85%")[0]
    assert (f.value, f.measure, f.partner, _rule(f, "partner")) == (38.85, "other", None, "partner:no_counterpart")


@pytest.mark.xfail(strict=True, reason="known miss: the bilateral cue (\"Наши страны\") stands in the sentence before "
                   "the figure's; the rule reads the figure's own clause only")
def test_share_after_a_sentence_on_our_countries():
    """fotkaew.ru/putin-rossiya-i-kirgiziya-v-torgovykh-raschetakh-aktivno-perekhodyat-na-natsvalyuty"""
    text = ("Путин: Россия и Киргизия в торговых расчетах активно переходят на нацвалюты\n"
            "Москва и Бишкек активно переходят на нацвалюты в обоюдной торговле. Об этом заявил в четверг президент "
            "Владимир Путин по итогам российско-киргизских переговоров в Бишкеке. Доля рубля в подобных коммерческих "
            "сделках достигла уже 83%.\n"
            "\"Наши страны в торговых расчётах активно переходят на национальные валюты, выстраивают устойчивые каналы "
            "кредитно-банковского сотрудничества. Как результат, доля рубля во встречных коммерческих сделках достигла "
            "внушительных 83%\", — отметил российский лидер.\n")
    f = _all(text, "83%")[-1]
    assert f.partner_iso3 == "KGZ"
