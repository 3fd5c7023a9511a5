"""Session 52, partnerN: a change of a flow to a list of places (rule change_in_flow_to, its list check and its
Russian row; Russian lists joined by "и" and written by the places' own names), and a sentence opened by one
product's flow, which takes no partner carried from the sentence before (rule product_not_carried)."""
from __future__ import annotations

from phrasing import figs


def _got(text, lang="en"):
    return [(f.figure, f.partner, f.fact_rules.split("partner:")[1].split(";")[0])
            for f in figs(text, pub_year=2021, lang=lang)]


# https://ukr-today.com/economics/488186-ukrainskij-jeksport-v-jetom-godu-vyros-bolee-chem-na-chetvert-shmygal.html
# (an outlet of no set): the change of the exports to four places is the four places' as a whole, not China's
UKR_TODAY = ("Украинский экспорт в этом году вырос более чем на четверть — Шмыгаль\n\n"
             "С января по май 2021 года украинский экспорт вырос более чем на 25%, или почти на $ 5 млрд.\n\n"
             "По его словам, в указанный период почти на 50% вырос экспорт в Китай, США, Турцию и Великобританию.\n")


def test_a_russian_change_of_exports_to_a_list_is_the_whole_list():
    assert _got(UKR_TODAY, "ru")[-1] == ("почти на 50%", "China, United States, Turkey and United Kingdom", "list_whole")


def test_a_russian_list_with_the_goods_between_and_commas_only():
    """https://m.gordonua.com/news/money/eksportnyy-bum-shmygal-soobshchil-o-roste-eksporta-ukrainskih-tovarov-1556550.html:
    the goods between the flow noun and "в", the list joined by commas alone."""
    text = ("Шмыгаль сообщил о росте экспорта украинских товаров\n\n"
            "С начала 2021 года почти на 50% вырос экспорт украинской продукции в Китай, США, Турцию, Великобританию.\n")
    assert _got(text, "ru")[-1] == ("почти на 50%", "China, United States, Turkey and United Kingdom", "list_whole")


def test_a_russian_change_of_imports_from_one_place():
    """The Russian row of change_in_flow_to names the rule that decides ("на 20% снизился импорт из Китая", eriu.ru,
    data/ruweb29 tuned; before: the frame rules, same answer)."""
    text = "Экспорт Украины\n\nНа две трети обвалился экспорт в Беларусь, на 20% снизился импорт из Китая.\n"
    assert _got(text, "ru") == [("На две трети", "Belarus", "change_in_flow_to"), ("20%", "China", "change_in_flow_to")]


def test_an_english_change_in_shipments_to_a_list_is_the_whole_list():
    """The list check holds for English too ("a 17 per cent decline in shipments to China" of the Straits Times wire,
    its place made a list here)."""
    text = ("Japan's exports fall 8.4 pct in Jan\n\nTOKYO - Japan's exports fell 8.4 per cent in January. Exports to all "
            "of Asia dropped 13 per cent, largely due to a 17 per cent decline in shipments to China, Korea, Taiwan and "
            "India.\n")
    assert _got(text)[-1] == ("17 per cent", "China, Korea, Taiwan and India", "list_whole")


def test_an_english_change_in_exports_to_one_place_keeps_it():
    """http://www.privremenetetovaze.com/post/trade-commerce/247351/german-exports-rise-in-august (no set's outlet)."""
    text = ("German exports rise in August\n\nGerman exports climbed by 1.3 per cent on the previous month. The increase "
            "was led by a 5.5-per cent jump in exports to the United States, once again the biggest importer of "
            "'made in Germany' goods.\n")
    assert ("5.5-per cent", "United States", "change_in_flow_to") in _got(text)
