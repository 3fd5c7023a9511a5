"""Session 65's merges: speedH65 gated measure_nontrade's rules per document by their cues' words (_RULE_CUES), while
openV65 added two rows to NON_TRADE_RULES; the merge ran them only where a page's lower-cased copy was never made."""
from tradeflows.facts import measure_nontrade as mn


def test_every_non_trade_rule_names_its_cues():
    assert [name for name, _ in mn.NON_TRADE_RULES if name not in mn._RULE_CUES] == []


def test_a_rule_without_cues_listed_may_fire(monkeypatch):
    # a page whose lower-cased copy exists (as Russian pages' figures make one), holding no cue word of any listed rule
    text = "Хлопок экспортировали на 5 млн долларов."
    low = mn.text_low(text)
    assert low is not None
    monkeypatch.setattr(mn, "_RULE_CUES", {k: v for k, v in mn._RULE_CUES.items() if k != "transfers"})
    mn._MAY.clear()
    assert "transfers" in mn._may_fire(text)
    mn._MAY.clear()
