"""What a batch reads: ``*.txt`` files (folders searched recursively) and JSONL corpora."""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..io import iter_paths, read_article

CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


@dataclass(frozen=True, slots=True)
class Task:
    """One article to process: read from ``path`` or carried as ``text``; ``problem`` set
    when the input could not even be parsed (the record will carry it as its error)."""

    id: str
    source: str
    path: str | None = None
    text: str | None = None
    problem: str | None = None

    def load_text(self, errors: str = "strict", encoding: str = "utf-8") -> str:
        if self.problem is not None:
            raise InputError(self.problem)
        if self.text is not None:
            return self.text
        return read_article(self.path or self.source, errors=errors, encoding=encoding)


def is_corpus(path: Path) -> bool:
    return path.name.endswith(CORPUS_SUFFIXES)


def iter_tasks(paths: Iterable[str | os.PathLike[str]], *, id_field: str = "id",
               text_field: str = "content") -> Iterator[Task]:
    """Tasks for every input, lazily: files, folders (recursive ``*.txt``), JSONL corpora."""
    for path in iter_paths(paths):
        if is_corpus(path):
            yield from iter_corpus(path, id_field=id_field, text_field=text_field)
        else:
            yield Task(path.stem, str(path), path=str(path))


def _open_corpus(path: Path):
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def iter_corpus(path: Path, *, id_field: str = "id",
                text_field: str = "content") -> Iterator[Task]:
    """One task per line of a JSONL corpus; a bad line becomes a task with a problem."""
    try:
        handle = _open_corpus(path)
    except OSError as exc:
        yield Task(path.stem, str(path), problem=f"cannot open corpus {path}: {exc}")
        return
    with handle:
        for lineno, line in enumerate(handle, 1):
            if line.strip():
                yield corpus_task(path, lineno, line, id_field, text_field)


def corpus_task(path: Path, lineno: int | None, line: str, id_field: str,
                 text_field: str) -> Task:
    source = f"{path}:{lineno}" if lineno else str(path)
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return Task(f"{path.stem}:{lineno}", source, problem=f"invalid JSON line: {exc}")
    if not isinstance(item, dict):
        return Task(f"{path.stem}:{lineno}", source, problem="JSON line is not an object")
    doc_id = str(item.get(id_field) or f"{path.stem}:{lineno}")
    text = item.get(text_field)
    if not isinstance(text, str):
        return Task(doc_id, source, problem=f"field {text_field!r} missing or not a string")
    return Task(doc_id, source, text=text)
