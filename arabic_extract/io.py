"""Reading articles from disk and turning them into article records, one file at a time."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from .document import Document
from .errors import BinaryInputError, InputError

BINARY_SNIFF = 8192


def iter_paths(paths: Iterable[str | os.PathLike[str]], pattern: str = "*.txt") -> Iterator[Path]:
    """Files named directly, and files matching ``pattern`` below folders (sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob(pattern) if p.is_file())
        else:
            yield path


def decode(data: bytes, *, errors: str = "strict", name: str = "<bytes>") -> str:
    """UTF-8 text of ``data`` with a BOM removed; binary data raises :class:`InputError`."""
    if b"\x00" in data[:BINARY_SNIFF]:
        raise BinaryInputError(f"{name} looks like a binary file (NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not valid UTF-8 at byte {exc.start} "
                         f"({exc.reason}); re-encode it or use errors='replace'") from exc
    return text[1:] if text.startswith("\ufeff") else text


def read_article(path: str | os.PathLike[str], *, errors: str = "strict") -> str:
    """The article text as stored (UTF-8, BOM removed, nothing else changed)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return decode(data, errors=errors, name=str(path))


def error_record(doc_id: str, source: str | None, exc: BaseException) -> dict:
    """An article record that carries an error object and empty lists."""
    error = {"type": type(exc.__cause__ or exc).__name__, "message": str(exc)}
    return Document(text="", id=doc_id, source=source, error=error).to_dict()
