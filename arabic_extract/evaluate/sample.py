"""Random samples of pipeline output for judging by hand (precision audits of unseen
articles): one random statement or entity per article, printed with its context.

Articles whose text is one of a gold folder's articles are skipped (``exclude``), so that
an audit never reads what the gold evaluation scores.  The sample is fixed by ``seed``:
``random.Random(seed)`` shuffles the articles, then picks one item of each."""
from __future__ import annotations

import random
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..batch.inputs import iter_tasks
from ..document import Document
from ..errors import InputError

#: characters of an article's opening compared with the gold articles
OPENING = 60
#: characters of context shown on each side
CONTEXT = 150


def gold_openings(folders: Iterable[str | Path]) -> frozenset[str]:
    """Openings of the ``*.txt`` articles of gold folders (whitespace collapsed).  A folder
    that holds no article is an error: a mistyped path would exclude nothing, silently."""
    openings = set()
    for folder in folders:
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
        if not texts:
            raise InputError(f"--exclude {folder}: no *.txt articles there (a wrong path?)")
        openings.update(_opening(text) for text in texts)
    return frozenset(openings)


def _opening(text: str) -> str:
    return " ".join(text.split())[:OPENING]


def articles(corpus: str, lo: int, hi: int, exclude: frozenset[str]) -> list[tuple[int, str]]:
    """(line, text) of articles ``lo``–``hi`` of a corpus, gold articles left out."""
    out = []
    for n, task in enumerate(islice(iter_tasks([corpus]), hi)):
        if n < lo:
            continue
        try:
            text = task.load_text("replace")
        except Exception:  # noqa: BLE001 - an unreadable line is no article to audit
            continue
        if text.strip() and _opening(text) not in exclude:
            out.append((n, text))
    return out


def sample(nlp: Any, items: list[tuple[int, str]], kind: str, n: int,
           seed: int) -> Iterator[str]:
    """``n`` blocks of text: one random statement (``kind`` "statements") or PER/LOC/ORG
    entity ("entities") of each of the shuffled articles that has one."""
    rng = random.Random(seed)
    order = list(items)
    rng.shuffle(order)
    done = 0
    for line, text in order:
        if done >= n:
            return
        block = _block(nlp(text), kind, rng, line)
        if block is not None:
            done += 1
            yield f"### {done} line {line} {block}"


def _block(doc: Document, kind: str, rng: random.Random, line: int) -> str | None:
    text = doc.text
    if kind == "statements":
        if not doc.statements:
            return None
        s = rng.choice(doc.statements)
        co = ", ".join(c.name or c.text or "" for c in s.co_speakers)
        lo = max(0, min(s.cue.start, s.content.start) - CONTEXT)
        return (f"speaker={s.speaker.name or s.speaker.text} (at cue: {s.speaker.text}) "
                f"co={co} cue={s.cue.text} kind={s.kind}\ncontent: {s.content.text}\n"
                f"context: {_flat(text[lo:max(s.cue.end, s.content.end) + 60])}\n")
    entities = [e for e in doc.entities if e.type in ("PER", "LOC", "ORG")]
    if not entities:
        return None
    e = rng.choice(entities)
    m = e.mentions[0]
    return (f"{e.type} name={e.name} mentions={[x.text for x in e.mentions][:6]}\n"
            f"context: {_flat(text[max(0, m.start - CONTEXT):m.end + CONTEXT // 2])}\n")


def _flat(text: str) -> str:
    return " ".join(text.split())
