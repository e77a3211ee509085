"""Run the pipeline over many tasks: sequential or process workers, resumable, with progress."""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping

import regex

from ..errors import EmptyInputError, InputTooLargeError, NoArabicTextError
from ..io import error_record
from ..pipeline import Pipeline, batched, record_error
from .inputs import Task, iter_tasks
from .writers import open_writer, read_done_ids

ARABIC = regex.compile(r"\p{Script=Arabic}")
DEFAULT_MAX_CHARS = 5_000_000


@dataclass
class BatchSummary:
    """What a batch did: counts, words and time."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    words: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.ok + self.failed

    def __str__(self) -> str:
        rate = self.words / self.seconds if self.seconds else 0.0
        return (f"{self.total} articles: {self.ok} ok, {self.failed} failed, {self.skipped} "
                f"skipped (already done); {self.words} words in {self.seconds:.1f} s "
                f"({rate:,.0f} words/s)")


@dataclass(frozen=True)
class Settings:
    load_kwargs: Mapping[str, Any]
    errors: str = "strict"
    max_chars: int = DEFAULT_MAX_CHARS
    encoding: str = "utf-8"


def check_text(text: str, max_chars: int) -> None:
    """Inputs a batch records as errors rather than silently returning nothing."""
    if not text.strip():
        raise EmptyInputError("empty input: no text to analyse")
    if len(text) > max_chars:
        raise InputTooLargeError(f"input too large: {len(text):,} characters (limit {max_chars:,}; "
                         "raise it with --max-chars)")
    if not ARABIC.search(text):
        raise NoArabicTextError("no Arabic text in the input")


def process_task(nlp: Pipeline, task: Task, settings: Settings) -> tuple[dict, int]:
    """One task → (record, words); every failure becomes a record with ``error``."""
    try:
        text = task.load_text(settings.errors, settings.encoding)
        check_text(text, settings.max_chars)
        return nlp(text, id=task.id, source=task.source).to_dict(), len(text.split())
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop a batch
        return error_record(task.id, task.source, exc), 0


_WORKER: dict[str, Any] = {}


def _init_worker(settings: Settings) -> None:
    from ..loading import load
    _WORKER["nlp"] = load(**settings.load_kwargs, on_error=record_error)
    _WORKER["settings"] = settings


def _run_chunk(tasks: list[Task]) -> list[tuple[dict, int]]:
    return [process_task(_WORKER["nlp"], t, _WORKER["settings"]) for t in tasks]


def run_tasks(tasks: Iterable[Task], settings: Settings, *, workers: int = 1,
              chunk_size: int = 8) -> Iterator[tuple[dict, int]]:
    """Results in input order; at most ``2 * workers`` chunks in flight (bounded memory)."""
    if workers <= 1:
        _init_worker(settings)
        for task in tasks:
            yield process_task(_WORKER["nlp"], task, settings)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: deque[Future[list[tuple[dict, int]]]] = deque()
        for chunk in batched(tasks, chunk_size):
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _progress(enabled: bool) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a core dependency
        return None
    return tqdm(unit=" articles", file=sys.stderr, disable=not enabled, mininterval=0.5)


def extract_to(paths: Iterable[str | os.PathLike[str]], output: str | os.PathLike[str] | None,
               *, fmt: str = "jsonl", workers: int = 1, resume: bool = False,
               progress: bool = False, load_kwargs: Mapping[str, Any] | None = None,
               errors: str = "strict", max_chars: int = DEFAULT_MAX_CHARS,
               id_field: str = "id", text_field: str = "content",
               encoding: str = "utf-8") -> BatchSummary:
    """Process every input of ``paths`` and write records to ``output`` (stdout if None)."""
    summary, start = BatchSummary(), time.perf_counter()
    done = read_done_ids(output) if resume and output is not None else set()
    settings = Settings(dict(load_kwargs or {}), errors, max_chars, encoding)
    writer = open_writer(output, fmt, append=bool(done) or resume)
    bar = _progress(progress)

    def todo() -> Iterator[Task]:
        for task in iter_tasks(paths, id_field=id_field, text_field=text_field):
            if task.id in done:
                summary.skipped += 1
                continue
            yield task
    try:
        for record, words in run_tasks(todo(), settings, workers=workers):
            writer.write(record)
            _count(summary, record, words, bar, start)
    finally:
        writer.close()
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _count(summary: BatchSummary, record: dict, words: int, bar: Any, start: float) -> None:
    summary.failed += record["error"] is not None
    summary.ok += record["error"] is None
    summary.words += words
    if bar is not None:
        bar.update(1)
        elapsed = max(time.perf_counter() - start, 1e-9)
        bar.set_postfix_str(f"{summary.words / elapsed:,.0f} words/s", refresh=False)


def extract_folder(folder: str | os.PathLike[str], output: str | os.PathLike[str] | None,
                   **kwargs: Any) -> BatchSummary:
    """All ``*.txt`` files below ``folder`` → records in ``output``."""
    return extract_to([folder], output, **kwargs)


def extract_corpus(corpus: str | os.PathLike[str], output: str | os.PathLike[str] | None,
                   **kwargs: Any) -> BatchSummary:
    """A JSONL / JSONL.gz corpus with ``id`` and ``content`` fields → records."""
    return extract_to([corpus], output, **kwargs)
