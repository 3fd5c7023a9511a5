"""Typed tables and their safe writing: rows coerced to a table's Arrow schema
(tradeflows.dataset.schema), Parquet files written to a temporary name and renamed into
place (a reader sees the old file or the new one, never half of one), and tables streamed
in row groups so a build holds one document's rows at a time."""
from __future__ import annotations

import math
import os
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from tradeflows.dataset import schema


# ------------------------------------------------------------------ safe writing

@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path in the target's folder, renamed onto the target when the block
    succeeds and removed when it fails, so the target is either the old or the new file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_in(target.parent, target.name)
    try:
        yield tmp
        os.chmod(tmp, file_mode())   # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def temp_in(folder: Path, name: str) -> Path:
    """A new empty file .NAME.*.tmp in folder, to be renamed onto NAME when complete."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(tmp)


@lru_cache(maxsize=1)
def file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_parquet(table: pa.Table, target: str | Path) -> None:
    with atomic_path(target) as tmp:
        pq.write_table(table, tmp, compression="zstd")


def _as_str_list(v) -> list[str]:
    if isinstance(v, str):
        return [x for x in v.split(";") if x]
    return [str(x) for x in v]


def _coercer(t: pa.DataType):
    if pa.types.is_list(t):
        return _as_str_list
    if pa.types.is_integer(t):
        return int
    if pa.types.is_floating(t):
        return float
    if pa.types.is_boolean(t):
        return bool
    return str


_NONE_TYPE = type(None)
_FLOAT_TYPE = frozenset({float})


def make_table(name: str, rows: list[dict] | list[tuple],
               metadata: dict[str, str] | None = None) -> pa.Table:
    """A table of the schema `name` from row dicts (missing keys are nulls) or row tuples
    (in the schema's column order). Values are coerced to the column type (a Decimal or
    numpy number from a stage is fine); a value that cannot be raises ValueError naming
    the table, column and row."""
    sch = schema.schema(name, metadata)
    if rows and isinstance(rows[0], tuple):
        columns = list(zip(*rows))
    else:
        columns = [[r.get(n) for r in rows] for n in sch.names]
    if not rows:
        columns = [[] for _ in sch.names]
    cols = {}
    for f, vals in zip(sch, columns):
        conv = _coercer(f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
        if conv is _as_str_list:
            cols[f.name] = [None if v is None else _as_str_list(v) for v in vals]
            continue
        # the distinct types of a column, not a test per value (the same verdict)
        types = set(map(type, vals))
        types.discard(_NONE_TYPE)
        if conv is float:
            ok = types <= _FLOAT_TYPE and not [v for v in vals if v != v]   # no NaN
        else:
            ok = all(issubclass(t, conv) for t in types)
        cols[f.name] = vals if ok else _coerced(name, f.name, conv, vals)
    return pa.Table.from_pydict(cols, schema=sch)


def _coerced(table: str, column: str, conv, vals) -> list:
    out = []
    for i, v in enumerate(vals):
        if v is not None and not isinstance(v, conv):
            try:
                v = conv(v)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{table}.{column}: row {i}: cannot store {v!r}") from exc
        if isinstance(v, float) and math.isnan(v):
            v = None
        out.append(v)
    return out


FLUSH_ROWS = 2_000  # rows buffered per table before a Parquet row group is written


class StreamedTable:
    """Rows of one table written in row groups to a temporary file as they come, so a
    build holds one document's rows at a time, not the corpus's."""

    def __init__(self, name: str, tmp: Path, metadata: dict[str, str]):
        self.name, self.tmp, self.metadata = name, tmp, metadata
        self.rows: list[dict] = []
        self.writer: pq.ParquetWriter | None = None
        self.count = 0

    def add(self, rows: list[dict]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows or self.writer is None:
            table = make_table(self.name, self.rows, self.metadata)
            if self.writer is None:
                self.writer = pq.ParquetWriter(self.tmp, table.schema, compression="zstd")
            self.writer.write_table(table)
            self.count += len(self.rows)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()
