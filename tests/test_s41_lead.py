"""The lead's changes of session 41: costs of merged rules, each mended with every development prediction unchanged."""
from __future__ import annotations

from tradeflows.figures.currencies import Context
from tradeflows.pipeline import country_codes
from tradeflows.vocab import using_language


def test_a_sentences_countries_are_read_once_however_many_figures_ask():
    """figures/currencies.Context.sentence: each figure with a currency name several countries use ("крон") asks for
    its sentence's countries; a run-on "sentence" of a whole page (make fuzz: '20% по сравнению с августом до 9,3
    млрд. крон, ...' repeated 256 times read 4.8 times slower per character than 32 times) was read again for each
    figure. It is read once per sentence now."""
    calls = []

    def places(text):
        calls.append(text)
        return country_codes(text)

    s = "Экспорт эстонских товаров в Швецию вырос на 20% по сравнению с августом до 9,3 млрд. крон."
    ctx = Context(s, places)
    with using_language("ru"):
        assert ctx.sentence(s) == {"EST", "SWE"}
        assert ctx.sentence(s) == {"EST", "SWE"}
    assert calls == [s]
