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
