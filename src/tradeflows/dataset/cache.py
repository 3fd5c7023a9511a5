"""Per-document cache of parse results, so `make data` re-parses only what changed.

An entry is keyed by the SHA-256 of the document's raw bytes and the tool
version, and stored as a pickle under OUTPUT/.cache/. The tool version is the
package version plus a digest of the pipeline's code and vocabularies (every
module that can change a figure), so an edited rule invalidates the cache even
before the version is bumped. The entry also records the parameters the parse
depended on besides the text (format, reporter, publication year and the
document's name, all of which may come from sources.csv); when they differ the
document is parsed again.

`COUNTER` counts parses and cache hits for the whole process ("parsed",
"reused"); every DocumentCache also counts its own.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from tradeflows import __version__

CACHE_DIR = ".cache"
FORMAT = 1           # bump when the layout of an entry changes
# Modules that only write, export or describe the tables: editing them never changes a figure.
_NOT_PIPELINE = ("dataset/", "publish/", "cli.py", "evaluate/", "__main__.py")

COUNTER: Counter = Counter()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 over the pipeline's source files and vocabularies, computed once per process."""
    h = hashlib.sha256()
    root = resources.files("tradeflows")
    files = []
    for entry in _walk(root):
        name = entry[0]
        if name.endswith(".py") and name.startswith(_NOT_PIPELINE):
            continue
        if name.endswith((".py", ".txt", ".csv", ".json", ".tsv")) and not name.startswith("data/"):
            files.append(entry)
    for name, path in sorted(files):
        h.update(name.encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _walk(root, prefix: str = ""):
    for child in root.iterdir():
        name = prefix + child.name
        if child.is_dir():
            if child.name != "__pycache__":
                yield from _walk(child, name + "/")
        elif child.is_file():
            yield name, child


def tool_version() -> str:
    """The version part of the cache key: package version + pipeline code digest."""
    return f"{__version__}+{code_digest()[:16]}"


class DocumentCache:
    """Parse results per document content, under OUTPUT/.cache/."""

    def __init__(self, root: str | Path, version: str | None = None, read: bool = True):
        self.root = Path(root)
        self.version = version or tool_version()
        self.read = read          # False (build --force): parse everything, refresh the entries
        self.parsed = 0
        self.reused = 0
        self.used: set[str] = set()
        self.counter = COUNTER    # a worker's cache counts apart; its driver adds it up

    def key(self, sha256: str) -> str:
        v = hashlib.sha256(f"{FORMAT}:{self.version}".encode()).hexdigest()[:16]
        return f"{sha256}-{v}"

    def path(self, sha256: str) -> Path:
        return self.root / f"{self.key(sha256)}.pkl"

    def load(self, sha256: str, params: dict) -> Any | None:
        if not self.read:
            return None
        p = self.path(sha256)
        try:
            with p.open("rb") as fh:
                entry = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("version") != self.version \
                or entry.get("params") != params:
            return None
        return entry["data"]

    def store(self, sha256: str, params: dict, data: Any) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        target = self.path(sha256)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=self.root)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump({"version": self.version, "params": params, "data": data}, fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get_or_parse(self, sha256: str, params: dict, parse: Callable[[], Any]) -> Any:
        """The cached result for this content and parameters, else parse() (and store it)."""
        self.used.add(self.key(sha256))
        data = self.load(sha256, params)
        if data is not None:
            self.reused += 1
            self.counter["reused"] += 1
            return data
        data = parse()
        self.parsed += 1
        self.counter["parsed"] += 1
        try:
            self.store(sha256, params, data)
        except OSError:
            pass  # a cache that cannot be written only costs time
        return data

    def count(self, outcome: str, key: str | None) -> None:
        """Count a lookup another process made for this cache ("parsed" or "reused")."""
        setattr(self, outcome, getattr(self, outcome) + 1)
        COUNTER[outcome] += 1
        if key:
            self.used.add(key)

    def prune(self) -> int:
        """Remove entries not used since this cache was opened; the number removed."""
        if not self.root.is_dir():
            return 0
        n = 0
        for p in self.root.glob("*.pkl"):
            if p.stem not in self.used:
                p.unlink(missing_ok=True)
                n += 1
        for p in self.root.glob(".*.tmp"):
            p.unlink(missing_ok=True)
        return n
