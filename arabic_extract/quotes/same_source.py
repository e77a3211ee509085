"""«المصدر نفسه» speaks again: «وذكرت صحيفة «…» أن …. وتابع المصدر نفسه إن …» goes on with
the last speaker named when no unnamed source («مصدر أمني», «مصادر») was introduced before;
otherwise it is that unnamed source, and «المصدر» alone is always an unnamed source (left to
the title rules).  Word lists: ``[source_nouns]``, ``[source_words]`` and ``[same]`` of
``quotes/data/issuers.txt``."""
from __future__ import annotations

from ..document import Speaker
from ..entities.names import bare, name_key
from .context import Context, word_group
from .named import Subject

_FILE = "issuers.txt"


def same_source(ctx: Context, subject: Subject | None, state) -> Speaker | None:
    """The last named speaker (``state``: :class:`~.speakers.SpeakerState`) for a subject
    «المصدر نفسه/ذاته» when no source word stands before it; else None."""
    j = ctx.token_at(subject.start) if subject is not None and subject.entity is None else None
    if j is None or not _definite_source(ctx.norm(j)) or subject.last > j + 1 \
            or ctx.norm(j + 1) not in word_group("same", _FILE):
        return None  # «المصدر الأمني», «المصدر»: the unnamed source
    last = state.last
    if last is None or last.entity is None or _source_before(ctx, j):
        return None
    text = ctx.doc.text[subject.start:subject.end]
    return Speaker(last.entity, last.name, subject.start, subject.end, text)


def _definite_source(word: str) -> bool:
    """Is the normalized ``word`` «المصدر» (also «والمصدر»), a source noun with the article?"""
    word = word[1:] if word[:1] in ("و", "ف") and word[1:3] == "ال" else word
    return word.startswith("ال") and bare(word) in word_group("source_nouns", _FILE)


def _source_before(ctx: Context, j: int) -> bool:
    """Was a source («مصدر», «مصادر», with or without the article) named before token ``j``?"""
    sources = word_group("source_words", _FILE)
    return any(bare(ctx.norm(k).lstrip("وفبل")) in sources or bare(ctx.norm(k)) in sources
               for k in range(j))


def source_phrase(text: str | None) -> bool:
    """Is ``text`` «المصدر» (with «و», «نفسه»)?  The verb agrees with it, not with the
    speaker it stands for («وذكرت الصحيفة …. وأشار المصدر …. ولفت إلى أن …»)."""
    words = name_key(text or "").split()
    return _definite_source(words[0] if words else "")
