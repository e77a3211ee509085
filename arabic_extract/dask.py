"""Dask path for corpora beyond one machine (extra ``[dask]``).

``extract_bag(paths_or_bag)`` returns a Dask bag of article records; each partition loads
the pipeline once per worker process.  ``extract_with_dask`` writes them to JSONL.
"""
from __future__ import annotations

import functools
import os
import time
from pathlib import Path
from typing import Any, Iterable, Mapping

from .batch.inputs import Task, corpus_task, is_corpus, iter_tasks
from .batch.runner import DEFAULT_MAX_CHARS, BatchSummary, Settings, process_task
from .batch.writers import JsonlWriter
from .errors import BackendUnavailableError

INSTALL = 'pip install "arabic-extract[dask]"'
_PIPELINES: dict[tuple, Any] = {}


def _import_bag() -> Any:
    try:
        import dask.bag as db
    except ImportError as exc:
        raise BackendUnavailableError(f"the Dask path needs dask: {INSTALL}") from exc
    return db


def _pipeline(settings: Settings) -> Any:
    key = tuple(sorted(settings.load_kwargs.items()))
    if key not in _PIPELINES:
        from .loading import load
        from .pipeline import record_error
        _PIPELINES[key] = load(**settings.load_kwargs, on_error=record_error)
    return _PIPELINES[key]


def _as_task(item: Any) -> Task:
    if isinstance(item, Task):
        return item
    if isinstance(item, Mapping):
        return Task(str(item["id"]), str(item.get("source", item["id"])), text=item["text"])
    path = Path(item)
    return Task(path.stem, str(path), path=str(path))


def _process_partition(items: Iterable[Any], settings: Settings) -> list[dict]:
    nlp = _pipeline(settings)
    return [process_task(nlp, _as_task(item), settings)[0] for item in items]


def _corpus_bag(db: Any, url: str) -> Any:
    """Lines of a JSONL corpus (a local path or any fsspec URL) parsed into tasks."""
    lines = db.read_text(url, blocksize=None if url.endswith(".gz") else "64MiB")
    parse = functools.partial(corpus_task, Path(url), None, id_field="id",
                              text_field="content")
    return lines.filter(str.strip).map(parse)


def extract_bag(paths_or_bag: Any, *, load_kwargs: Mapping[str, Any] | None = None,
                errors: str = "strict", max_chars: int = DEFAULT_MAX_CHARS,
                npartitions: int | None = None, encoding: str = "utf-8") -> Any:
    """A Dask bag of records from file/folder/corpus paths, or from a bag of paths,
    ``Task`` objects or ``{"id", "text"}`` dicts."""
    db = _import_bag()
    settings = Settings(dict(load_kwargs or {}), errors, max_chars, encoding)
    if isinstance(paths_or_bag, db.Bag):
        bag = paths_or_bag
    else:
        paths = [paths_or_bag] if isinstance(paths_or_bag, (str, os.PathLike)) else paths_or_bag
        corpora = [str(p) for p in paths if is_corpus(Path(p))]
        files = list(iter_tasks([p for p in paths if not is_corpus(Path(p))]))
        parts = [_corpus_bag(db, c) for c in corpora]
        if files:
            parts.append(db.from_sequence(files, npartitions=npartitions or
                                          min(len(files), 8 * (os.cpu_count() or 1))))
        bag = db.concat(parts) if len(parts) > 1 else parts[0]
    return bag.map_partitions(_process_partition, settings)


def _client(scheduler: str) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise BackendUnavailableError(f"--dask needs distributed: {INSTALL}") from exc
    if scheduler == "local":
        return Client(LocalCluster(processes=True, dashboard_address=None))
    return Client(scheduler)


def extract_with_dask(paths: Iterable[str], output: str | None, *, scheduler: str = "local",
                      load_kwargs: Mapping[str, Any] | None = None,
                      **settings: Any) -> BatchSummary:
    """Run :func:`extract_bag` on a Dask cluster, writing records as partitions finish
    (``settings``: ``errors``, ``max_chars``, ``encoding`` of :func:`extract_bag`)."""
    from distributed import as_completed
    start, summary = time.perf_counter(), BatchSummary()
    writer = JsonlWriter(output)
    with _client(scheduler) as client:
        bag = extract_bag(list(paths), load_kwargs=load_kwargs, **settings)
        futures = client.compute(bag.to_delayed())
        for future in as_completed(futures):
            for record in future.result():
                writer.write(record)
                summary.ok += record["error"] is None
                summary.failed += record["error"] is not None
            future.release()
    writer.close()
    summary.seconds = time.perf_counter() - start
    return summary
