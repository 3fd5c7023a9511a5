"""Session 66, speedL66: a Russian page's places built without the frozen dataclass's __init__ (places_local), and
Doc's index lookups and lacks without a builtin's call (context). Speed work: every answer stays the same, so each test
compares the faster answer with the plain one (a Place built the plain way, max(...)) rather than failing without the
change.
"""
from __future__ import annotations

from bisect import bisect_right

import pytest

from tradeflows.facts.context import Doc, lacks
from tradeflows.facts.places import Place, find_places
from tradeflows.facts.places_local import find_local_places
from tradeflows.text.clean import clean_text
from tradeflows.vocab import using_language

# dzen.ru/a/Y33aOMYT93qWyc0l (also tests/test_s65_speedH65.py): a Russian sentence naming a partner
DZEN = ("По его данным, экспорт товаров в Китай в сравнении с прошлым годом увеличился в 2 раза и составил за 9 месяцев "
        "текущего года 1,3 миллиарда долларов.")
# ukr-today.com/economics/488186-ukrainskij-jeksport-v-jetom-godu-vyros-bolee-chem-na-chetvert-shmygal.html
UKR = ("Украинский экспорт в этом году вырос более чем на четверть — Шмыгаль\n\n"
       "С января по май 2021 года украинский экспорт вырос более чем на 25%, или почти на $ 5 млрд.")
# constructed: a Russian sentence that also names places in English (the English registry's reading joins)
MIXED = ("Экспорт в countries other than the United States вырос на 5%, сообщает China Daily со ссылкой на "
         "данные таможни России.")


@pytest.mark.parametrize("text", [DZEN, UKR, MIXED])
def test_local_places_are_plain_places(text):
    """find_local_places builds its places as Place(...) would: the same class, fields, equality and hash, frozen."""
    found = find_local_places("ru", text)
    assert found
    for p in found:
        plain = Place(p.start, p.end, p.surface, p.name, p.iso3, p.kind)
        assert type(p) is Place and p == plain and hash(p) == hash(plain)
        assert (p.alteration, p.altered_iso3, p.via) == (None, None, "")
        with pytest.raises(AttributeError):
            p.start = 0


def test_local_place_fields():
    with using_language("ru"):
        found = find_places(DZEN)
    assert [(p.surface, p.name, p.iso3, p.kind) for p in found] == [("Китай", "China", "CHN", "country")]




def test_doc_indexes_and_lacks_as_with_max():
    """Doc.sentence_index and Doc.para_index read as max(bisect_right(...) - 1, 0) did, before the text's start too; lacks
    reads a window opening before the text from its start."""
    d = Doc(clean_text(UKR, "web", "page"), 2021)
    assert len(d.sent_starts) > 1 and len(d.para_starts) > 1
    for pos in range(-3, len(d.text) + 3):
        assert d.sentence_index(pos) == max(bisect_right(d.sent_starts, pos) - 1, 0)
        assert d.para_index(pos) == max(bisect_right(d.para_starts, pos) - 1, 0)
    assert d.low is not None
    assert lacks(d, ("экспорт",), -50, 20) is False
    assert lacks(d, ("шмыгаль", "китай"), -50, 20) is True
    assert lacks(d, ("шмыгаль",), -50, len(d.text)) is False
