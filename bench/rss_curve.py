"""The build driver's resident memory as a build goes: every EVERY documents (default 500),
when the series step starts and at the end (MB, /proc/self/statm; Linux only).

    python bench/rss_curve.py INPUT_DIR [JOBS] [ENGINE]     # e.g. bench/_work/large_1000MB 2 local

`make bench` reports the peaks of whole builds; this shows where a driver's peak grows
(while documents stream, when the Parquet writers close, at the series and checks step)."""
from __future__ import annotations

import os
import resource
import sys
import tempfile


def main(argv: list[str]) -> int:
    from tradeflows.cli import pyarrow_without_numpy
    pyarrow_without_numpy()
    from tradeflows.dataset import build as B, parquet_io
    from tradeflows.pipeline import parse_document, warm

    every = int(os.environ.get("EVERY", 500))
    page = os.sysconf("SC_PAGE_SIZE")

    def rss() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * page / 1e6

    def peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3

    docs = {"n": 0}
    add = parquet_io.StreamedTable.add

    def counted_add(self, rows):
        if self.name == "documents":
            docs["n"] += 1
            if docs["n"] % every == 0:
                print(f"docs {docs['n']} rss {rss():.0f} MB peak {peak():.0f} MB", flush=True)
        return add(self, rows)

    parquet_io.StreamedTable.add = counted_add
    series_table = B.series_table

    def marked(cells):
        print(f"series step rss {rss():.0f} MB peak {peak():.0f} MB", flush=True)
        return series_table(cells)

    B.series_table = marked
    warm()
    print(f"warm rss {rss():.0f} MB", flush=True)
    jobs = int(argv[1]) if len(argv) > 1 else 2
    engine = argv[2] if len(argv) > 2 else "local"
    with tempfile.TemporaryDirectory() as out:
        B.build(argv[0], out, force=True, jobs=jobs, engine=engine, parse=parse_document, warm=warm)
    print(f"end rss {rss():.0f} MB peak {peak():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
