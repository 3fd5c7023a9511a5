"""Session 49, the Dask engine's start and close: fewer wake-ups, versions taken before the
workers fork, a nanny that looks for its worker every 5 ms while the cluster starts, results
straight from the workers, and the workers let go while the driver writes the panel."""
from __future__ import annotations

import pytest

from tradeflows.dataset import engines


@pytest.mark.dask
def test_wakeup_intervals_are_only_lengthened():
    pytest.importorskip("distributed")
    import dask
    mem, mon = "distributed.worker.memory.monitor-interval", "distributed.admin.system-monitor.interval"
    with dask.config.set({mem: "100ms", mon: "500ms"}):
        assert engines._fewer_wakeups() == {mem: engines.WAKEUP, mon: engines.WAKEUP}
    with dask.config.set({mem: "5s", mon: "1s"}):    # a user's own longer interval stays
        assert engines._fewer_wakeups() == {}


@pytest.mark.dask
def test_nanny_poll_is_shortened_while_the_cluster_starts_and_put_back():
    pytest.importorskip("distributed")
    from distributed.nanny import WorkerProcess
    before = WorkerProcess._init_msg_interval
    with engines._nanny_poll(engines.NANNY_POLL):
        assert WorkerProcess._init_msg_interval == min(before, engines.NANNY_POLL)
    assert WorkerProcess._init_msg_interval == before
    with pytest.raises(RuntimeError):                # put back after a failed start too
        with engines._nanny_poll(engines.NANNY_POLL):
            raise RuntimeError("cluster failed")
    assert WorkerProcess._init_msg_interval == before


@pytest.mark.dask
def test_versions_are_cached_before_the_fork():
    pytest.importorskip("distributed")
    from distributed import versions
    versions._version_cached.cache_clear()
    engines._versions_before_fork()
    assert versions._version_cached.cache_info().currsize > 0
    # the client's report (as it connects) is the same, from the cache
    hits = versions._version_cached.cache_info().hits
    assert versions.get_versions()["packages"]["distributed"]
    assert versions._version_cached.cache_info().hits > hits


def _square(x: int) -> int:
    return x * x


@pytest.mark.dask
def test_dask_engine_releases_its_workers_then_closes():
    pytest.importorskip("distributed")
    eng = engines.make_engine("dask", 2)
    try:
        assert eng.client.direct_to_workers is True     # a LocalCluster: straight from the workers
        assert list(eng.map(_square, range(10))) == [x * x for x in range(10)]
        eng.release()
        eng.release()                                   # once only
    finally:
        eng.close()
    assert not eng._closer.is_alive()
    assert eng.cluster.status.name == "closed"


def test_process_engine_release_then_close():
    eng = engines.make_engine("local", 2)
    assert list(eng.map(_square, range(9))) == [x * x for x in range(9)]
    eng.release()
    eng.close()
    serial = engines.make_engine("local", 1)
    assert list(serial.map(_square, [3])) == [9]
    serial.release()
    serial.close()
