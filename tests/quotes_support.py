"""Shared vocabulary and helpers of the quote tests: a document whose known names are
mentions, run through entity linking and quote attribution."""
from __future__ import annotations

from pathlib import Path

import regex

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.quotes.attribution import QuoteAttributor
from arabic_extract.tokenize import Tokenizer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PEOPLE = ("أحمد سالم", "سالم", "ليلى حسن", "حسين علاوي", "محمد السوداني", "السوداني",
          "قيس المحمداوي", "خالد العمر", "راشد بن عبدالله آل خليفة",
          "خالد العمر للصحفيين", "سالم لشبكة الجزيرة")  # the last two: NER errors
ORGS = ("قيادة العمليات المشتركة", "وكالة الأنباء العراقية", "وزارة الداخلية")
PLACES = ("بغداد", "واشنطن")


def make_doc(text: str) -> Document:
    """Tokenized document with every known name of the test vocabulary as a mention."""
    doc = Tokenizer()(Document(text=text))
    mentions: list[Mention] = []
    names = [(n, "PER") for n in PEOPLE] + [(n, "ORG") for n in ORGS] + [(n, "LOC") for n in PLACES]
    for name, label in sorted(names, key=lambda kv: -len(kv[0])):
        for m in regex.finditer(regex.escape(name), text):
            if not any(o.start < m.end() and m.start() < o.end for o in mentions):
                mentions.append(Mention(m.start(), m.end(), name, label))
    mentions.sort(key=lambda m: m.start)
    return doc.replace(mentions=tuple(mentions), annotations=doc.annotations | {"mentions"})


def run(text: str) -> Document:
    return QuoteAttributor()(EntityLinker()(make_doc(text)))


def speaker_name(doc: Document, st_index: int) -> str | None:
    sp = doc.statements[st_index].speaker
    return sp.name if sp.entity else sp.text


def statement_triples(text: str) -> list[tuple[str | None, str, str]]:
    """(speaker name, cue, content) of each statement of ``text``."""
    doc = run(text)
    return [(speaker_name(doc, k), s.cue.text, s.content.text)
            for k, s in enumerate(doc.statements)]


def check_statement(text: str, index: int, speaker: str, cue: str, content: str,
                    kind: str) -> None:
    """Statement ``index`` of ``text`` has this speaker, cue, content and kind (the rows of
    the construction tables)."""
    doc = run(text)
    assert len(doc.statements) > index, [s.content.text for s in doc.statements]
    st_ = doc.statements[index]
    assert (speaker_name(doc, index), st_.cue.text, st_.content.text, st_.kind) == \
        (speaker, cue, content, kind)


def check_row(text: str, index: int | None, speaker: str | None, cue: str | None,
              content: str | None, kind: str | None) -> None:
    """A construction-table row: with no ``speaker``, no statement at ``index`` and after
    (none at all when ``index`` is None); else :func:`check_statement`."""
    if speaker is None:
        doc = run(text)
        assert [s.content.text for s in doc.statements][index or 0:] == []
        return
    check_statement(text, index or 0, speaker, cue or "", content or "", kind or "")


def statement_rows(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of each statement of ``text``."""
    doc = run(text)
    return [(s.cue.text, speaker_name(doc, i), s.content.text)
            for i, s in enumerate(doc.statements)]
