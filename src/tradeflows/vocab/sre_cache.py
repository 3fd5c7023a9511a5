"""A disk cache of the code skip.skip_compile hands to _sre.compile: a process that finds it skips sre's parser
and compiler (pure Python, most of a build's fixed start) for every pattern compiled before.

What is stored: for each (pattern text, flags) the arguments of _sre.compile (the final flags, the code list, the
number of groups, the group names by number and by index), nothing else, with marshal over ints, strings, bytes,
lists, tuples and dicts only (read back, every value is type-checked: a cache file cannot run code, and any entry
that is not that shape is not used). The file's name and header carry a tag of everything the code depends on: the
interpreter (implementation, version to the micro level), sre's MAGIC and CODESIZE, the Unicode database, and a
hash of skip.py's own source (the prefilter analysis): any other interpreter or analysis reads another file, so a
stale or foreign entry is never used. _sre.compile checks the code it is given too (an invalid list raises there,
and the pattern is then compiled afresh).

Where: $TRADEFLOWS_CACHE_DIR if set (an empty value: no cache), else $XDG_CACHE_HOME/tradeflows, else
~/.cache/tradeflows; created on first write. A missing, unreadable or read-only directory or a damaged file means
no cache, never an error. Written only when asked, by save(): the pipeline's warm() calls it once it has compiled
the patterns a build needs, and a build once more after its documents, for the patterns built on first use that the
warm-up's text did not reach (importing tradeflows writes nothing); atomically (a temp file in the same directory, then
os.replace) and merged with the file as it is then: processes that write at once each leave a whole file (at worst
one's new entries are lost until the next run adds them). A few
patterns are built from sets, so their text varies with the hash seed: the file would grow with every run, so
past LIMIT entries a save writes only the entries its own process used.
"""
from __future__ import annotations

import hashlib
from array import array
import marshal
import os
import sys
import tempfile
from pathlib import Path

FORMAT = 1
KINDS = ("compile", "ahead")     # skip.skip_compile's code of (pattern, flags); skip.skip_ahead's of a compiled one
_ENTRIES: dict | None = None     # (pattern, flags) -> _sre.compile's arguments after the pattern, read from disk
_NEW: dict = {}                   # the entries compiled in this process (written by save() when there are any)
_USED: dict = {}                  # the entries this process compiled or read (written with them)
LIMIT = 20_000                    # entries in a file: past it a save keeps only its own process's
_TAG: str | None = None


def cache_dir() -> Path | None:
    """The directory of the cache, or None when TRADEFLOWS_CACHE_DIR is set empty (no cache)."""
    env = os.environ.get("TRADEFLOWS_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tradeflows"


def tag() -> str:
    """A hash of what the compiled code depends on (see the module's docstring)."""
    global _TAG
    if _TAG is None:
        import unicodedata
        import _sre
        from tradeflows.vocab import skip
        src = Path(skip.__file__).read_bytes()
        parts = (FORMAT, sys.implementation.name, sys.implementation.cache_tag, tuple(sys.version_info[:3]),
                 _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, unicodedata.unidata_version,
                 hashlib.sha256(src).hexdigest())
        _TAG = hashlib.sha256(repr(parts).encode()).hexdigest()[:20]
    return _TAG


def _path() -> Path | None:
    d = cache_dir()
    return None if d is None else d / f"sre-{tag()}.marshal"


def _valid(key, value) -> bool:
    """Whether a read entry has the shape _sre.compile's arguments have (data only)."""
    if not (type(key) is tuple and len(key) == 3 and key[0] in KINDS and type(key[1]) is str and type(key[2]) is int):
        return False
    if value is None:
        return key[0] == "ahead"      # skip_ahead's answer "no prefilter to add"
    if not (type(value) is tuple and len(value) == 5):
        return False
    flags, code, groups, groupdict, index = value
    return (type(flags) is int and type(code) is bytes and type(groups) is int and type(groupdict) is dict
            and all(type(k) is str and type(v) is int for k, v in groupdict.items())
            and type(index) is tuple and all(x is None or type(x) is str for x in index))


def _read(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (type(data) is tuple and len(data) == 2 and data[0] == tag() and type(data[1]) is dict):
        return {}
    return {k: v for k, v in data[1].items() if _valid(k, v)}


def _entries() -> dict:
    global _ENTRIES
    if _ENTRIES is None:
        _ENTRIES = _read(_path())
    return _ENTRIES


MISS = object()


def get(kind: str, pattern: str, flags: int):
    """_sre.compile's arguments after the pattern (flags, code list, groups, groupdict, index) that kind (KINDS)
    gave (pattern, flags), None where it gave none (skip_ahead: no prefilter to add), MISS where the cache has none."""
    key = (kind, pattern, flags)
    e = _entries().get(key, MISS)
    if e is MISS:
        return e
    _USED[key] = e
    if e is None:
        return e
    code = array("I")
    code.frombytes(e[1])
    return e[0], code.tolist(), e[2], e[3], e[4]


def put(kind: str, pattern: str, flags: int, args: tuple | None) -> None:
    """Remember the _sre.compile arguments (final flags, code list, groups, groupdict, index) kind gave (pattern,
    flags), or None (skip_ahead: none to add), to be written by save()."""
    if args is None:
        value = None
    else:
        final_flags, code, groups, groupdict, index = args
        try:
            blob = array("I", code).tobytes()
        except (OverflowError, TypeError):
            return
        value = (int(final_flags), blob, int(groups), dict(groupdict), tuple(index))
    if _path() is None or not _valid((kind, pattern, flags), value):
        return
    _NEW[(kind, pattern, flags)] = _USED[(kind, pattern, flags)] = _entries()[(kind, pattern, flags)] = value


def save() -> None:
    """Write this process's new entries, merged with the file as it is now (atomically; any error: nothing)."""
    path = _path()
    if path is None or not _NEW:
        return
    try:
        merged = _read(path)
        if len(merged) + len(_USED) > LIMIT:
            merged = {}      # (patterns built from a set vary with the hash seed: keep what this process used)
        merged.update(_USED)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".sre-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((tag(), merged), fh)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _NEW.clear()
    except (OSError, ValueError):
        pass
