"""CoNLL-style NER files: one token per line (tab or space separated), blank line between
sentences, BIO tags in the last column; ANERcorp's PERS and AQMAR's MIS are mapped."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..document import Document, Sentence, Token
from ..errors import InputError
from ..normalize import normalize

LABEL_MAP = {"PERS": "PER", "MIS": "MISC", "GPE": "LOC", "FAC": "LOC"}
Sent = tuple[list[str], list[str]]


def map_tag(tag: str, keep: frozenset[str] = frozenset({"PER", "LOC", "ORG", "MISC"})) -> str:
    """``B-PERS`` → ``B-PER``; tags of other types (and malformed ones) → ``O``."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    label = LABEL_MAP.get(label, label)
    return f"{prefix}-{label}" if prefix in {"B", "I"} and label in keep else "O"


def read_conll(path: str | Path) -> list[Sent]:
    """Sentences as ``(tokens, tags)``; the first tag column is used (Wojood outer level)."""
    sents: list[Sent] = []
    words: list[str] = []
    tags: list[str] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read CoNLL file {path}: {exc}") from exc
    for line in [*lines, ""]:
        parts = line.split()
        if not parts:
            if words:
                sents.append((words, tags))
            words, tags = [], []
        elif len(parts) >= 2:
            words.append(parts[0])
            tags.append(map_tag(parts[1]))
    return sents


def split_last(sents: list[Sent], fraction: float) -> tuple[list[Sent], list[Sent]]:
    """``(first part, last fraction)`` of the sentences, in file order."""
    cut = len(sents) - int(round(len(sents) * fraction))
    return sents[:cut], sents[cut:]


def spans(tags: Iterable[str]) -> frozenset[tuple[int, int, str]]:
    """Entity spans ``(start, end, label)`` of a BIO sequence (an I- after O starts one).

    The rules call this for every sentence after each rule, mostly on tags no rule changed,
    so the answer is kept per tag sequence (a tuple hashes in C; the scan is Python)."""
    return _spans(tuple(tags))


@lru_cache(maxsize=4096)
def _spans(seq: tuple[str, ...]) -> frozenset[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start, label, last = -1, "", -2
    for i in [k for k, tag in enumerate(seq) if tag != "O"]:
        prefix, _, lab = seq[i].partition("-")
        if label and (i != last + 1 or prefix != "I" or lab != label):
            out.add((start, last + 1, label))
            label = ""
        if prefix == "B" or (prefix == "I" and not label):
            start, label = i, lab
        last = i
    if label:
        out.add((start, last + 1, label))
    return frozenset(out)


def to_document(words: list[str]) -> Document:
    """A tokenized Document whose text is the words joined by single spaces (one sentence)."""
    tokens, pos = [], 0
    for word in words:
        tokens.append(Token(pos, pos + len(word), word, normalize(word)))
        pos += len(word) + 1
    text = " ".join(words)
    return Document(text=text, tokens=tuple(tokens),
                    sentences=(Sentence(0, len(text), text, 0, len(tokens)),),
                    annotations=frozenset({"tokens", "sentences"}))
