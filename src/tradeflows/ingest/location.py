"""Where documents live: a local folder, or an address fsspec opens (s3://bucket/corpus,
gs://..., abfs://..., file:///mnt/corpus, memory://...).

An archive past one machine sits in an object store that every Dask worker reads; the
build sends each worker a document's address, not its bytes. `as_path` turns an input
into something with the few methods ingest and build use (name, suffix, read_bytes,
open, iterdir, is_file, is_dir, exists): a pathlib.Path for a local path, a RemotePath
for an address with a protocol. fsspec comes with the `dask` extra; a protocol's own
package (s3fs for s3://, gcsfs for gs://) is the user's to install.
"""
from __future__ import annotations

import posixpath
from pathlib import Path


def is_address(s) -> bool:
    """An input written with a protocol ("s3://...", "file://..."), read through fsspec."""
    return isinstance(s, RemotePath) or (isinstance(s, str) and "://" in s)


def as_path(s) -> "Path | RemotePath":
    """A Path for a local input, a RemotePath for an address (is_address)."""
    if isinstance(s, (Path, RemotePath)):
        return s
    return RemotePath(s) if is_address(s) else Path(s)


def _fsspec():
    try:
        import fsspec
    except ImportError as exc:  # the base install reads local folders only
        raise OSError("reading an address (s3://, gs://, file://, ...) needs fsspec: "
                      "pip install 'tradeflows[dask]'") from exc
    return fsspec


class RemotePath:
    """A file or folder at an fsspec address, with the pathlib methods the build uses."""

    __slots__ = ("url",)

    def __init__(self, url: str):
        proto, _, rest = url.partition("://")
        self.url = f"{proto}://{rest.rstrip('/') or '/'}" if rest.strip("/") else url

    def _fs(self):
        fs, path = _fsspec().core.url_to_fs(self.url)
        return fs, path

    @property
    def name(self) -> str:
        return posixpath.basename(self.url.partition("://")[2].rstrip("/"))

    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.name)[1]

    @property
    def stem(self) -> str:
        return posixpath.splitext(self.name)[0]

    def __truediv__(self, other: str) -> "RemotePath":
        return RemotePath(f"{self.url.rstrip('/')}/{other}")

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"RemotePath({self.url!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, RemotePath) and other.url == self.url

    def __lt__(self, other: "RemotePath") -> bool:
        return self.url < other.url

    def __hash__(self) -> int:
        return hash(self.url)

    def read_bytes(self) -> bytes:
        with _fsspec().open(self.url, "rb") as fh:
            return fh.read()

    def open(self, mode: str = "r", encoding: str | None = None, newline: str | None = None):
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": newline}
        return _fsspec().open(self.url, mode if "b" in mode or "t" in mode else mode + "t",
                              **kwargs)

    def exists(self) -> bool:
        fs, path = self._fs()
        return fs.exists(path)

    def is_file(self) -> bool:
        fs, path = self._fs()
        return fs.isfile(path)

    def is_dir(self) -> bool:
        fs, path = self._fs()
        return fs.isdir(path)

    def iterdir(self):
        fs, path = self._fs()
        for p in fs.ls(path, detail=False):
            yield RemotePath(fs.unstrip_protocol(p))
