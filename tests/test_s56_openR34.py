"""Session 56, openR34: the rules written from the tuned pages of data/ruweb34 (partner rankings), on real
sentences of pages outside the development sets (the `search` tool's stored pages, cited per test)."""
from tradeflows.pipeline import figures_of_text


def _figs(text: str):
    return figures_of_text(text, fmt="web", lang="ru", relate=True)


def test_mockva_count_words_before_the_percent_word_are_shares():
    # https://mockva.ru/2021/05/31/291826.html (rule ru_share_word): "девять процентов", "пять процентов" with no
    # "на" before them are shares, read as the digits beside them are
    text = ("«По итогам первого квартала этого года на экспорт в Беларусь приходится 39 процентов несырьевого "
            "неэнергетического экспорта, в Китай — 12 процентов, в Великобританию — 10 процентов, в Казахстан — девять "
            "процентов, в США — пять процентов. 25 процентов экспорта приходится на все остальные страны», — говорится "
            "в сообщении ведомства.")
    got = [(f.figure, f.kind, f.value, f.qualifier, f.partner_iso3, f.measure, f.rule) for f in _figs(text)
           if f.rule == "ru_share_word"]
    assert got == [("девять процентов", "share", 9.0, "exact", "KAZ", "exports", "ru_share_word"),
                   ("пять процентов", "share", 5.0, "exact", "USA", "exports", "ru_share_word")]


def test_tvspb_count_word_share_takes_its_qualifier():
    # https://tvspb.ru/news/2022/12/2/mishustin-rossiya-odin-iz-vedushhih-torgovyh-partnerov-uzbekistana
    # (rule ru_share_word): "около" before the count word makes the share approximate
    text = ("«Россия является одним из ведущих торговых партнеров Узбекистана. По итогам прошлого года мы, опередив "
            "Китай, вышли на первое место во внешнеторговом обороте Республики с долей около восемнадцати процентов», "
            "— подчеркнул Мишустин.")
    got = [(f.figure, f.kind, f.value, f.qualifier, f.rule) for f in _figs(text) if f.kind == "share"]
    assert got == [("около восемнадцати процентов", "share", 18.0, "approx", "ru_share_word")]


def test_gfaclaims_compound_amount_with_its_number_keeps_both_parts():
    # https://gfaclaims.com/politika/33885-tovarooborot-mezhdu-belorussiey-i-rf-v-2011-godu-dostig-pochti-39-mlrd-dollarov.html
    # (suffix :compound, its first part's number now optional for "миллиард 300 миллионов"): "38 млрд 607,6 млн
    # долларов" is 38.6076 billion, not 607.6 million
    text = ("Товарооборот Белоруссии и России в 2011 году вырос по сравнению с предыдущим годом на 37,7 проц и составил "
            "38 млрд 607,6 млн долларов.")
    got = [(f.figure, f.value, f.currency, f.rule) for f in _figs(text) if f.kind == "money"]
    assert got == [("38 млрд 607,6 млн долларов", 38607600000.0, "USD", "money_word_after:compound")]


def test_ruserbia_count_word_after_a_change_word_is_a_rate():
    # https://ruserbia.com/economic/statisitika-ekonomika/v-aprele-serbiya-dobilas-rekordnogo-eksporta/ (rule
    # ru_growth_clause_word): "рост ВВП ... двух процентов" has a change word in its clause and no share word, so the
    # count word is a rate, as "2 процентов" would be (revise's ru_growth_clause), not ru_share_word's share
    text = ("В апреле сербский экспорт вырос на 30% по сравнению с тем же месяцем прошлого года, достигнув абсолютного "
            "рекорда в 950 миллионов евро, – сообщает Министерство финансов и промышленности Сербии.\n«Если эта "
            "тенденция роста экспорта и промышленного производства продлится до конца года и если сбудутся ожидания "
            "хорошего сельскохозяйственного сезона, рост ВВП может быть больше запланированных двух процентов», – "
            "указывается в сообщении министерства.")
    got = [(f.figure, f.kind, f.value, f.measure, f.status, f.rule) for f in _figs(text) if "процентов" in f.figure]
    assert got == [("двух процентов", "growth", 2.0, "gdp", "target", "ru_growth_clause_word")]


# The phrasings below were found only on data/ruweb34's tuned pages (opened in session 56); about a dozen searches of
# the stored pages found no outside sentence, so the tests hold each rule to its page's own lines.

_CC02 = ("По итогам 9 месяцев 2020 года доля Китая во внешнем обороте Украины (экспорт и импорт товаров и услуг) "
         "составила 12,9% (10 854,7 млн долларов).\n"
         "По данным статистического ведомства, Россия находится на втором месте (7 409,8 млн долларов и 8,7%), хотя "
         "еще по итогам 2018 года была первой.\n"
         "Далее следуют Германия (6 067,8 млн долларов, 7,2%), Польша (5 620,1 млн долларов, 6,6%) и США (4 121,1 млн "
         "долларов, 4,9%).")


def test_cc02_concessive_clause_year_neither_dates_its_figures_nor_the_next_sentence():
    # data/ruweb34 cc02 (nikvesti), lines 11, 13, 14: ", хотя еще по итогам 2018 года" closes a clause (clause_break
    # row "хотя") and looks back (rule concessive_look_back): Russia's 8,7% and Germany's 7,2% stay in 2020's nine months
    got = {(f.figure, f.year) for f in _figs(_CC02) if f.figure in ("8,7%", "7 409,8 млн долларов", "7,2%")}
    assert got == {("7 409,8 млн долларов", 2020), ("8,7%", 2020), ("7,2%", 2020)}


def test_cc06_partner_with_share_after_a_comma():
    # data/ruweb34 cc06 (vedomosti): frame partner_with_share with a comma before "с долей": Kyrgyzstan (A) reports the
    # share, Russia (B) its partner
    from tradeflows.facts.frames import find_frames
    from tradeflows.facts.places import find_places
    from tradeflows.vocab import using_language
    text = "Россия – один из ключевых торговых партнеров Киргизии, с долей во внешней торговле республики в 22,3%."
    with using_language("ru"):
        got = [(f.name, f.reporter.iso3, f.partner.iso3) for f in find_frames(text, 0, len(text), find_places(text))]
    assert got == [("partner_with_share", "KGZ", "RUS")]


def test_cc08_srv_is_vietnam():
    # data/ruweb34 cc08 (hotlib): "СРВ", the Socialist Republic of Vietnam, is a place (vocab/ru/places.csv)
    from tradeflows.facts.places import find_places
    from tradeflows.vocab import using_language
    text = "доля которой во внешнеторговом обороте СРВ составляет почти 20%"
    with using_language("ru"):
        assert [(text[p.start:p.end], p.iso3) for p in find_places(text)] == [("СРВ", "VNM")]


def test_cc05_compound_amount_whose_first_scale_word_has_no_number():
    # data/ruweb34 cc05 (publika), line 2 (suffix :compound): "миллиард 300 миллионов долларов" is 1.3 billion
    text = ("В первом квартале текущего года Молдова импортировала товаров более чем на миллиард 300 миллионов долларов, "
            "что почти на 30% больше, чем в тот же период 2017-ого.")
    got = [(f.figure, f.value, f.qualifier, f.rule) for f in _figs(text) if f.kind == "money"]
    assert got == [("более чем на миллиард 300 миллионов долларов", 1300000000.0, "more_than", "money_word_after:compound")]
