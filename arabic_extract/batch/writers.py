"""Record writers: JSONL (append, fsync in batches, resumable), CSV and Parquet."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import IO, Any, Protocol

from ..errors import ArabicExtractError

FORMATS = ("jsonl", "csv", "parquet")
NESTED = ("people", "places", "organizations", "statements", "error")


class Writer(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


def read_done_ids(path: str | os.PathLike[str]) -> set[str]:
    """Ids already written to a JSONL output; a truncated last line (a crash mid-write) is
    cut off the file so that appending continues on a clean line."""
    path = Path(path)
    if not path.exists():
        return set()
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(end)
    done = set()
    for line in data[:end].splitlines():
        try:
            done.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return done


class JsonlWriter:
    """One complete line per record; flushed and fsynced every ``sync_every`` records."""

    def __init__(self, path: str | os.PathLike[str] | None, *, append: bool = False,
                 sync_every: int = 64) -> None:
        self._own = path is not None
        self._handle: IO[str] = (open(path, "a" if append else "w", encoding="utf-8")
                                 if path is not None else _stdout())
        self._pending = 0
        self._sync_every = sync_every

    def write(self, record: dict[str, Any]) -> None:
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._pending += 1
        if self._pending >= self._sync_every:
            self.sync()

    def sync(self) -> None:
        self._handle.flush()
        if self._own:
            os.fsync(self._handle.fileno())
        self._pending = 0

    def close(self) -> None:
        self.sync()
        if self._own:
            self._handle.close()


def _stdout() -> IO[str]:
    import sys
    return sys.stdout


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record with its nested lists encoded as JSON strings (for CSV)."""
    return {k: (json.dumps(v, ensure_ascii=False) if k in NESTED else v)
            for k, v in record.items()}


class CsvWriter:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._handle = open(path, "w", encoding="utf-8", newline="")
        self._writer: csv.DictWriter[str] | None = None

    def write(self, record: dict[str, Any]) -> None:
        row = flat_row(record)
        if self._writer is None:
            self._writer = csv.DictWriter(self._handle, fieldnames=list(row))
            self._writer.writeheader()
        self._writer.writerow(row)

    def close(self) -> None:
        self._handle.close()


class ParquetWriter:
    """Buffers rows and writes row groups with pyarrow (``pip install pyarrow``)."""

    def __init__(self, path: str | os.PathLike[str], *, rows_per_group: int = 1000) -> None:
        try:
            import pyarrow  # noqa: F401
            import pyarrow.parquet  # noqa: F401
        except ImportError as exc:
            raise ArabicExtractError("--format parquet needs pyarrow: pip install pyarrow "
                                     '(or pip install "arabic-extract[dask]")') from exc
        self._path, self._rows, self._size = path, [], rows_per_group
        self._writer: Any = None

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(flat_row(record))
        if len(self._rows) >= self._size:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        if not self._rows:
            return
        table = pa.Table.from_pylist(self._rows)
        if self._writer is None:
            self._writer = pq.ParquetWriter(str(self._path), table.schema)
        self._writer.write_table(table.cast(self._writer.schema))
        self._rows = []

    def close(self) -> None:
        self._flush()
        if self._writer is not None:
            self._writer.close()


def open_writer(path: str | os.PathLike[str] | None, fmt: str = "jsonl", *,
                append: bool = False) -> Writer:
    """A writer of ``fmt`` to ``path`` (``None``: JSONL to standard output); the output's
    folder is made when missing, and an output that cannot be opened is one clear error."""
    if fmt not in FORMATS:
        raise ArabicExtractError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    if path is None and fmt != "jsonl":
        raise ArabicExtractError(f"--format {fmt} needs an output file (-o)")
    if append and fmt != "jsonl":
        raise ArabicExtractError("--resume works with --format jsonl only")
    try:
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if fmt == "jsonl":
            return JsonlWriter(path, append=append)
        return CsvWriter(path) if fmt == "csv" else ParquetWriter(path)
    except OSError as exc:
        raise ArabicExtractError(f"cannot write the output {os.fspath(path)!r}: "
                                 f"{exc.strerror or exc}") from exc
