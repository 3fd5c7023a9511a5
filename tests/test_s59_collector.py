"""pipeline.quiet_collector: the young threshold raised while a document is read, and put back after (nested calls,
threads, an exception)."""
from __future__ import annotations

import gc
import threading

import pytest

from tradeflows import pipeline
from tradeflows.dataset import engines
from tradeflows.pipeline import YOUNG, figures_of_text, quiet_collector


@pytest.fixture
def thresholds():
    """The collector's thresholds set low for the test and put back after it."""
    kept = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield (700, 10, 10)
    gc.set_threshold(*kept)


def test_raised_inside_restored_after(thresholds):
    with quiet_collector():
        assert gc.get_threshold() == (YOUNG, 10, 10)
        with quiet_collector():   # a nested call leaves it raised
            assert gc.get_threshold() == (YOUNG, 10, 10)
        assert gc.get_threshold() == (YOUNG, 10, 10)
    assert gc.get_threshold() == thresholds


def test_restored_after_an_exception(thresholds):
    with pytest.raises(ZeroDivisionError):
        with quiet_collector():
            with quiet_collector():
                1 / 0
    assert gc.get_threshold() == thresholds
    assert pipeline._COLLECTOR.depth == 0


def test_restored_after_a_failing_document(thresholds, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("clean failed")
    monkeypatch.setattr(pipeline, "clean_text", boom)
    with pytest.raises(RuntimeError):
        figures_of_text("Exports rose 5% in 2020.", "x", "web")
    assert gc.get_threshold() == thresholds


def test_a_higher_threshold_is_kept(thresholds):
    gc.set_threshold(YOUNG * 2, 10, 10)
    with quiet_collector():
        assert gc.get_threshold() == (YOUNG * 2, 10, 10)
    assert gc.get_threshold() == (YOUNG * 2, 10, 10)


def test_threads_leave_it_as_it_was(thresholds):
    inside, seen = threading.Barrier(4), []

    def work():
        with quiet_collector():
            inside.wait()   # all four inside at once
            seen.append(gc.get_threshold()[0])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [YOUNG] * 4
    assert gc.get_threshold() == thresholds


def test_a_document_reads_the_same(thresholds):
    text = "Georgia's exports to the EU amounted to $360.9 million in January-May 2019."
    with_quiet = [f.to_dict() for f in figures_of_text(text, "d", "web")]
    assert gc.get_threshold() == thresholds
    assert with_quiet and with_quiet == [f.to_dict() for f in pipeline._figures_of_clean(
        pipeline.clean_text(text, "web", "d"), "d", None, None, True, None, None, None, None, None)]


# s60 refactorK60: one raise_young for both collectors
def test_build_and_document_share_the_collector_setting(thresholds, monkeypatch):
    """Both the build's collector (SerialEngine's _QuietGC) and a document's (quiet_collector) raise the threshold
    through engines.raise_young: a changed YOUNG there moves both."""
    monkeypatch.setattr(engines, "YOUNG", 12345)
    with quiet_collector():
        assert gc.get_threshold() == (12345, 10, 10)
    assert gc.get_threshold() == thresholds
    engine = engines.SerialEngine(warm=lambda: None)
    try:
        assert gc.get_threshold() == (12345, 10, 10)
    finally:
        engine.close()
    assert gc.get_threshold() == thresholds
    assert pipeline.raise_young is engines.raise_young
