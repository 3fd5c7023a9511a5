"""Session 71 (found by `make fuzz`): rule report_period read the text before each "за отчетный период" again, with
that text's own "отчетный период" phrases, so a page repeating the phrase n times took 2^n readings (eight copies of
the sentence below took 3 s at fd94a0e5, ten more than 17 s; the fuzzer's 32 copies never finished). The lead period
is now looked for without those phrases (facts/periods_local.py, find_local_times(report=False)).

CONSTRUCTED in the shape of a Russian customs summary that repeats "за отчетный период" (no timing here: the number of
readings is counted).
"""
from tradeflows.facts import periods_local
from tradeflows.pipeline import figures_of_text

REPEATED = ("За отчетный период экспорт за январь-март 2023 года вырос на 5%, а за отчетный период импорт снизился "
            "на 3%. ")


def test_report_period_reads_the_text_before_it_once_per_phrase(monkeypatch):
    # (session 74, speedA74: the lead is read once a text, no longer once a phrase: tests/test_s74_speedA74.py)
    periods_local._lead_period.cache_clear()
    calls = []
    real = periods_local.find_local_times

    def counting(*args, **kwargs):
        calls.append(kwargs.get("report", True))
        return real(*args, **kwargs)

    monkeypatch.setattr(periods_local, "find_local_times", counting)
    figs = figures_of_text(REPEATED * 12, "p", "web", pub_year=2023)
    assert len(figs) == 24
    # one reading of the text for its 24 phrases, none of them reading the phrases before it again; 2^24 readings
    # before session 71, 24 before session 74
    assert calls.count(False) == 1


def test_report_period_keeps_the_lead_period():
    figs = figures_of_text(REPEATED * 3, "p", "web", pub_year=2023)
    got = [(f.figure, f.to_dict()["measure"], f.to_dict()["period_start"], f.to_dict()["period_end"]) for f in figs]
    assert got == [("5%", "exports", "2023-01", "2023-03"), ("3%", "imports", "2023-01", "2023-03")] * 3
