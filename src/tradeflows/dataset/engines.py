"""Engines that map "parse one document" over documents and yield the results in order.

One interface, three places to run: `serial` (this process), `processes` (a pool of
worker processes on this machine) and `dask` (a Dask cluster, local or remote). A
build consumes `engine.map(fn, items)` as a stream: at most `window` items are in
flight at a time and results come back in input order, so memory does not grow
with the corpus and the tables are the same whichever engine ran.

`fn` and the items must be picklable (a module-level function and plain data) for
the process and Dask engines.
"""
from __future__ import annotations

import gc
import os
import time
from collections import deque
from typing import Any, Callable, Iterable, Iterator

ENGINES = ("local", "dask")


def cpu_count() -> int:
    """Cores this process may use (the affinity mask where the OS has one)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:
        return os.cpu_count() or 1


YOUNG = 7000   # allocations between collections of the young generation (Python's default: 700)


def raise_young() -> tuple[int, ...]:
    """The young generation collected every YOUNG allocations (a higher threshold already set is kept): the one
    collector setting of a build (_QuietGC) and of a document read (pipeline.quiet_collector). Returns the thresholds
    it found, which gc.set_threshold(*found) puts back."""
    found = gc.get_threshold()
    gc.set_threshold(max(found[0], YOUNG), *found[1:])
    return found


class _QuietGC:
    """The collector set for a build, once the registries are built: they (and the imports) are
    frozen (gc.freeze), so the full passes walk only what the documents make; and the young
    generation is collected every YOUNG allocations instead of 700, since most of a document's
    objects are freed by their reference counts before then (raise_young). On 50 x seed 003 on one core the
    collector's time falls from about 0.11 to 0.05 s (of some 3.3 s); processes forked
    meanwhile inherit both. restore() puts both back (a caller's own
    frozen heap is left as it was)."""

    def __init__(self):
        self.frozen = gc.get_freeze_count() == 0
        if self.frozen:
            gc.freeze()
        self.thresholds = raise_young()

    def restore(self) -> None:
        if self.thresholds is not None:
            gc.set_threshold(*self.thresholds)
            self.thresholds = None
        if self.frozen:
            self.frozen = False
            gc.unfreeze()


class SerialEngine:
    """Runs fn in this process, one item after the other; with `warm`, after building the
    registries and setting the collector for the build (_QuietGC, until close)."""

    workers = 1
    batch = 1

    def __init__(self, warm: Callable[[], Any] | None = None):
        self.gc = None
        if warm is not None:
            warm()
            self.gc = _QuietGC()

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for it in items:
            yield fn(it)

    def release(self) -> None:
        """No more work will be sent (nothing to let go of here)."""

    def close(self) -> None:
        if self.gc is not None:
            self.gc.restore()


class ProcessEngine:
    """A pool of `workers` processes; results in input order, `window` items in flight."""

    def __init__(self, workers: int, window: int | None = None,
                 warm: Callable[[], Any] | None = None):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        self.workers = workers
        # fork-started workers are copies of this process: what it built, they have
        self.forks = multiprocessing.get_start_method() == "fork"
        self.gc = None
        if self.forks and warm is not None:
            warm()   # built once here, not once per worker (workers start at the first submit)
            self.gc = _QuietGC()   # the workers forked at the first submit inherit it
        self.batch = 4            # documents per message
        self.window = window or 4 * workers
        self.pool = ProcessPoolExecutor(max_workers=workers)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        pending: deque = deque()
        for it in items:
            pending.append(self.pool.submit(fn, it))
            if len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def release(self) -> None:
        """No more work will be sent: the workers are told to exit while the driver writes
        the panel; close() waits for them."""
        self.pool.shutdown(wait=False)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.gc is not None:
            self.gc.restore()


class DaskEngine:
    """A Dask distributed cluster: `scheduler` is an address ("tcp://host:8786") or None
    for a LocalCluster of one single-threaded worker process per core. Items are sent
    in order with `window` in flight and gathered in order.

    `warm` (a picklable function) builds what every document needs (the registries).
    A LocalCluster's workers are forked from this process after it ran `warm`, so they
    start with the imports and the registries instead of importing and building them
    each (about a CPU second per worker, most of a small build); a running cluster's
    workers run `warm` all at once as the build starts (kept for the next build)."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 window: int | None = None, warm: Callable[[], Any] | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise RuntimeError("the dask engine needs the dask extra: "
                               "pip install 'tradeflows[dask]'") from exc
        import multiprocessing

        import dask
        self.cluster = None
        self._closer = None       # the thread of release()
        # the workers' statistical profiler samples every thread each 10 ms: CPU that a
        # CPU-bound parse needs more (a LocalCluster's workers get this config)
        settings = {"distributed.worker.profile.enabled": False,
                    # every server's event loop wakes each tick (20 ms) only to time itself for
                    # "event loop was unresponsive" warnings (tick.limit, 3 s, is unchanged); each
                    # wake-up takes the GIL from the parse: measured on 50 x seed 003, a worker's
                    # loop thread used 0.16-0.23 CPU s and ~1,400 context switches at 20 ms,
                    # 0.11-0.14 s and ~500 at 1 s
                    "distributed.admin.tick.interval": "1s"}
        settings.update(_short_logs())
        settings.update(_fewer_wakeups())
        self.forks = scheduler is None and "fork" in multiprocessing.get_all_start_methods()
        if self.forks:
            settings["distributed.worker.multiprocessing-method"] = "fork"
        self._config = dask.config.set(settings)
        # seconds: the warm-up (the driver's, or the workers' of a running cluster) and
        # the cluster's start (or the connection to it)
        self.startup = {"warm": 0.0, "cluster": 0.0}
        if self.forks and warm is not None:
            t = time.perf_counter()
            warm()
            self.startup["warm"] = time.perf_counter() - t
        t = time.perf_counter()
        if scheduler:
            self.client = Client(scheduler)
        else:
            n = workers or cpu_count()
            # forked workers inherit this heap (the imports, the registries) frozen: their
            # garbage collector never walks it, and its pages stay shared (gc.freeze docs);
            # and the collector's young threshold (_QuietGC)
            quiet = _QuietGC() if self.forks else None
            if self.forks:
                _versions_before_fork()
            try:
                with _nanny_poll(NANNY_POLL):
                    self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                dashboard_address=None)
            finally:
                if quiet is not None:
                    quiet.restore()   # this process collects as before
            # a LocalCluster's workers are on this machine: a result comes straight from its
            # worker, not relayed through the scheduler (which runs in this process too)
            self.client = Client(self.cluster, direct_to_workers=True)
        self.startup["cluster"] = time.perf_counter() - t
        if not self.forks and warm is not None:
            t = time.perf_counter()
            self.client.run(warm)   # on every worker at once (a no-op where already built)
            self.startup["warm"] = time.perf_counter() - t
        self.workers = max(len(self.client.scheduler_info().get("workers", {})), 1)
        self.batch = 16           # documents per task: a Dask task costs ~1 ms to schedule
        # CPU-bound pure-Python parsing: one thread per worker runs at a time, so a few
        # tasks queued per worker keep it busy while the driver writes
        self.window = window or 4 * max(self.workers, workers or 1)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        pending: deque = deque()
        for it in items:
            # pure=False: two equal items (the same document twice) are two tasks
            pending.append(self.client.submit(fn, it, pure=False))
            if len(pending) >= self.window:
                yield _take(pending.popleft())
        while pending:
            yield _take(pending.popleft())

    def worker_peak_rss(self) -> dict[str, int]:
        """Peak resident memory (bytes) of every worker process, by worker address."""
        return self.client.run(_peak_rss)

    def release(self) -> None:
        """No more work will be sent: the client and a LocalCluster start closing in a thread
        (retiring the workers, waiting for their processes to exit: 0.03-0.09 s on 2 workers)
        while the driver writes the panel; close() waits for it."""
        if self._closer is None:
            import threading
            self._closer = threading.Thread(target=self._shut, name="tradeflows-dask-close")
            self._closer.start()

    def _shut(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def close(self) -> None:
        if self._closer is None:
            self._shut()
        else:
            self._closer.join()
        self._config.__exit__(None, None, None)


LOW_LEVEL_LOG = 50   # entries kept by each of distributed's developer logs (its default: 1000)
MONITOR_LOG = 120    # a server's resource samples kept, one each 0.5 s (its default: 7,200, an hour)


def _short_logs() -> dict:
    """Shorter in-memory logs of distributed for the processes this build starts or runs in.

    Every batched connection keeps its last `distributed.admin.low-level-log-length`
    messages (BatchedSend.recent_message_log), as does the scheduler's transition log. The
    messages keep what they carried alive: the client's keeps each submit's pickled
    graph, and a LocalCluster's scheduler (it runs in the build's own process) keeps each
    worker's compute-task messages with their deserialized arguments, a batch of Task
    tuples with their sources.csv rows. A 1 GB build sends a few hundred such messages
    (16 documents a task), fewer than 1,000, so these logs grew through the whole build
    (tracemalloc: the Task tuples held by the scheduler's BatchedSend to each worker, the
    client's Serialized graphs by its own). 50 recent messages still tell what a
    connection did last. The scheduler's and workers' system monitors keep a sample of
    CPU, memory, network and disk every 0.5 s for an hour, for the dashboard (off here):
    memory that grows with the build's time; two minutes are kept. Only lowered: a user's
    own lower value, or null (unlimited, for debugging), stays. With --scheduler ADDRESS
    this sets only this process's client (the remote scheduler and its workers keep their
    own configuration)."""
    import dask
    out = {}
    for key, n in (("distributed.admin.low-level-log-length", LOW_LEVEL_LOG),
                   ("distributed.admin.system-monitor.log-length", MONITOR_LOG)):
        now = dask.config.get(key, None)
        if now is not None and now > n:
            out[key] = n
    return out


WAKEUP = "1s"   # distributed's memory monitors (default 100 ms) and system monitors (500 ms)


def _fewer_wakeups() -> dict:
    """Longer intervals for the periodic callbacks that wake every server for nothing a build
    reads: each worker's and each nanny's memory monitor (every 100 ms it reads the process's
    resident size, to spill, pause or restart a worker near its memory limit: a build keeps
    no data on its workers) and every server's system monitor (CPU, memory, network and disk
    every 500 ms, for the dashboard, which is off). Each wake-up takes the GIL from a worker's
    parse, and the nannies and the scheduler run in the driver's process: idle, a 2-worker
    LocalCluster used 0.015 CPU s/s in the driver and 0.006 in each worker, 0.008 and 0.002-0.003
    at 1 s. At 1 s a memory limit is still checked every second, and MONITOR_LOG's 120 samples
    span two minutes. Only lengthened: a user's own longer interval stays."""
    import dask
    from dask.utils import parse_timedelta
    out = {}
    for key in ("distributed.worker.memory.monitor-interval",
                "distributed.admin.system-monitor.interval"):
        now = dask.config.get(key, None)
        if now is not None and parse_timedelta(now) < parse_timedelta(WAKEUP):
            out[key] = WAKEUP
    return out


def _versions_before_fork() -> None:
    """distributed's report of the installed versions, taken once here before a LocalCluster
    forks its workers. Each worker sends it to the scheduler as it registers, and the client
    as it connects; the package versions (importlib.metadata reads every package's METADATA)
    and the platform (`uname -p` in a subprocess) are cached per process, so the forked workers
    inherit them instead of each working them out while the cluster starts (a quarter of a
    worker's start-up CPU in a profile). Same report, taken earlier."""
    from distributed.versions import get_versions
    get_versions()


NANNY_POLL = 0.005   # seconds between a nanny's looks for its new worker's address (distributed: 0.05)


class _nanny_poll:
    """While a LocalCluster starts, each nanny looks for its forked worker's "started"
    message every NANNY_POLL seconds instead of every 50 ms (distributed's
    WorkerProcess._init_msg_interval, a class attribute), so the cluster is ready when its
    workers are, not up to 50 ms later (a non-blocking queue read: some 30 more reads per
    nanny). Put back on exit; a distributed without the attribute is left alone."""

    def __init__(self, seconds: float):
        self.seconds, self.before = seconds, None

    def __enter__(self):
        try:
            from distributed.nanny import WorkerProcess
            self.before = WorkerProcess._init_msg_interval
        except (ImportError, AttributeError):
            return self
        WorkerProcess._init_msg_interval = min(self.before, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.before is not None:
            from distributed.nanny import WorkerProcess
            WorkerProcess._init_msg_interval = self.before
        return False


def _take(fut):
    res = fut.result()
    fut.release()
    return res


def _peak_rss() -> int:
    import resource
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb * (1 if _is_macos() else 1024)


def _is_macos() -> bool:
    import sys
    return sys.platform == "darwin"


def make_engine(engine: str = "local", jobs: int | None = None, scheduler: str | None = None,
                warm: Callable[[], Any] | None = None):
    """The engine for `tradeflows build --engine ... --jobs ... --scheduler ...`.

    local: jobs=1 runs in this process, otherwise a process pool of `jobs` (default:
    the cores). dask: a cluster at `scheduler`, or a LocalCluster of `jobs` workers.
    `warm` builds the per-process state every document needs: engines whose workers
    start as copies of this process run it here first, the others on their workers."""
    if jobs is not None and jobs < 1:
        raise ValueError(f"--jobs must be >= 1, not {jobs}")
    if engine == "dask":
        return DaskEngine(scheduler, workers=jobs, warm=warm)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if scheduler:
        raise ValueError("--scheduler needs --engine dask")
    n = cpu_count() if jobs is None else jobs
    return SerialEngine(warm=warm) if n == 1 else ProcessEngine(n, warm=warm)
