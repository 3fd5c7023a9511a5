"""Phrasings found in session 38 (Russian round on Central Asia, the Caucasus and Russian regions) on stored Russian
trade news pages (outlets no development set holds), each a rule or a vocabulary row, tested on its page's own
sentences."""
from __future__ import annotations

from phrasing import ru_fields


NEWSROSTOV = ("В Ростовской области экспорт промышленных товаров с января по июль 2024 года превысил прошлогодний "
              "показатель на 40%. Об этом сообщили в региональном правительстве.\n\n"
              "Более чем в два раза увеличились отгрузки металлоконструкций и промышленного оборудования. Среди "
              "приоритетных направлений экспорта - Беларусь, Казахстан, Узбекистан, а также Ближний Восток, Азия и "
              "Африка.\n")


def test_a_region_in_the_locative_opening_its_sentence_before_a_flow_is_the_subject():
    """Rule locus_opening (facts/subject.py, Russian rows of cues locus_opening_before and locus_opening_after;
    newsrostov.ru, Rostov Oblast, September 2024): 'В Ростовской области экспорт промышленных товаров ... превысил
    прошлогодний показатель на 40%' names the region whose exports the page reports; its "В" had made it a
    counterpart's vote, and the list of export destinations after it made the 40% Belarus's, with Rostov Oblast as
    its partner."""
    got = ru_fields(NEWSROSTOV, pub_year=2024, pub_month=9)
    assert got[0] == ("40%", "growth", "exports", "Rostov Oblast", "world", 2024, "2024-01", "2024-07", "actual")
