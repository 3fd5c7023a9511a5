"""Limits per document, so that no file can hang a build.

Extraction libraries parse untrusted structure (deeply nested HTML, PDF object
graphs) and can loop or crawl on a hostile or broken file. Two guards: a size
cap checked before parsing, and a wall-clock limit (SIGALRM, only in the main
thread of a POSIX process; elsewhere the size cap alone holds).
"""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from pathlib import Path

from tradeflows.errors import DocumentError

MB = 1_000_000
# Saved news pages are well under 5 MB; a PDF book of a thousand pages is ~50 MB.
MAX_BYTES = {"html": 20 * MB, "pdf": 200 * MB}
# Seconds per document; TRADEFLOWS_INGEST_TIMEOUT overrides (0 turns it off).
DEFAULT_TIMEOUT = 120.0


def check_size(kind: str, data: bytes, path: str | Path) -> None:
    cap = MAX_BYTES.get(kind)
    if cap is not None and len(data) > cap:
        raise DocumentError(path, f"{kind.upper()} file of {len(data) / MB:.1f} MB is over the "
                                  f"{cap // MB} MB limit per document; split it or extract its text first")


def timeout_seconds() -> float:
    try:
        return float(os.environ.get("TRADEFLOWS_INGEST_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so library `except Exception` cannot swallow it."""


@contextmanager
def time_limit(seconds: float, path: str | Path, what: str):
    """Raise DocumentError when the block runs longer than `seconds`."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _Expired()

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise DocumentError(path, f"{what} took longer than {seconds:g} s; gave up on this file "
                                  "(TRADEFLOWS_INGEST_TIMEOUT sets the limit)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
