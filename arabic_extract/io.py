"""Reading articles from disk and turning them into article records, one file at a time."""
from __future__ import annotations

import codecs
import os
import re
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


#: what ``encoding="auto"`` tries after UTF-8: the Windows Arabic code page
AUTO_FALLBACK = "cp1256"
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def decode(data: bytes, *, errors: str = "strict", name: str = "<bytes>",
           encoding: str = "utf-8") -> str:
    """Text of ``data`` with a BOM removed: UTF-16 when it starts with a UTF-16 BOM, else
    ``encoding`` (``"auto"``: UTF-8, or Windows Arabic cp1256 when that is no UTF-8 but
    reads as Arabic).  Binary data and undecodable bytes raise :class:`InputError`."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", errors, name)  # the codec drops the BOM
    if b"\x00" in data[:BINARY_SNIFF]:
        raise BinaryInputError(f"{name} looks like a binary file (NUL bytes), not text")
    if encoding == "auto":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = data.decode(AUTO_FALLBACK, errors="replace")
            if not _ARABIC_LETTER.search(text):
                raise _undecodable(name, "utf-8", exc) from exc
    else:
        text = _decode(data, encoding, errors, name)
    return text[1:] if text.startswith("\ufeff") else text


def _decode(data: bytes, encoding: str, errors: str, name: str) -> str:
    try:
        return data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        raise _undecodable(name, encoding, exc) from exc
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}") from exc


def _undecodable(name: str, encoding: str, exc: UnicodeDecodeError) -> InputError:
    return InputError(f"{name} is not valid {encoding.upper()} at byte {exc.start} "
                      f"({exc.reason}); re-encode it, give its encoding (Windows Arabic: "
                      "--encoding cp1256, or --encoding auto) or use errors='replace'")


def read_article(path: str | os.PathLike[str], *, errors: str = "strict",
                 encoding: str = "utf-8") -> str:
    """The article text as stored (BOM removed, nothing else changed); see :func:`decode`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return decode(data, errors=errors, name=str(path), encoding=encoding)


def error_record(doc_id: str, source: str | None, exc: BaseException) -> dict:
    """An article record that carries an error object and empty lists."""
    error = {"type": type(exc.__cause__ or exc).__name__, "message": str(exc)}
    return Document(text="", id=doc_id, source=source, error=error).to_dict()
