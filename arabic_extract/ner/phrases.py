"""Word lists of phrases (normalized entries of the NER data files) and matching them over
a sentence's stems; shared by the organization patterns and the club rule."""
from __future__ import annotations

from typing import Sequence

from ..normalize import normalize
from ..resources import word_list
from .tagging import put_label

#: definite adjectives other than nisba or feminine forms («المجلس الأعلى للقضاء»)
ELATIVES = frozenset({"الاعلي", "العليا", "الكبري", "الاكبر", "العام", "الاول", "الاولي"})


def _load(name: str) -> list[tuple[str, ...]]:
    """The normalized entries of a data file, each as a tuple of words."""
    return [tuple(normalize(e).split()) for e in word_list("ner", "data", name)]


def phrase_words(name: str) -> frozenset[str]:
    return frozenset(e[0] for e in _load(name) if len(e) == 1)


def listed_phrases(name: str, shortest: int = 1) -> frozenset[tuple[str, ...]]:
    return frozenset(e for e in _load(name) if len(e) >= shortest)


def whole_span(tags: Sequence[str], lo: int, hi: int) -> bool:
    """Does no CRF mention cross the borders of ``[lo, hi)`` (it may lie inside it)?"""
    return hi <= len(tags) and not tags[lo].startswith("I-") and \
        (hi == len(tags) or not tags[hi].startswith("I-"))


#: per phrase set (by identity: comparing equal sets of two pipelines would cost a full
#: comparison on every lookup): the set itself, its first words and its longest length
_DERIVED: dict[int, tuple[frozenset[tuple[str, ...]], frozenset[str], int]] = {}


def _derived(phrases: frozenset[tuple[str, ...]]) -> tuple[frozenset[str], int]:
    found = _DERIVED.get(id(phrases))
    if found is None or found[0] is not phrases:
        found = _DERIVED[id(phrases)] = (phrases, frozenset(p[0] for p in phrases if p),
                                         max(map(len, phrases), default=1))
    return found[1], found[2]


def first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words the phrases start with (a cheap test before slicing)."""
    return _derived(phrases)[0]


def longest_phrase(*sets: frozenset[tuple[str, ...]]) -> int:
    """The length of the longest phrase in the sets (at least 1)."""
    return max(_derived(phrases)[1] for phrases in sets) if sets else 1


def match_phrase(stems: Sequence[str], i: int, phrases: frozenset[tuple[str, ...]],
                 longest: int, norms: Sequence[str] | None = None) -> int:
    """Length of the longest phrase of ``phrases`` starting at word ``i`` (0: none).  With
    ``norms``, the words after the first may also match as written, with their proclitics
    («هيئة الأمر بالمعروف والنهي عن المنكر»: «بالمعروف» is part of the name)."""
    if i >= len(stems) or stems[i] not in first_words(phrases):
        return 0
    for n in range(min(longest, len(stems) - i), 0, -1):
        if tuple(stems[i:i + n]) in phrases or norms is not None and n > 1 \
                and (stems[i], *norms[i + 1:i + n]) in phrases:
            return n
    return 0


def tag_listed(stems: Sequence[str], tags: list[str], phrases: frozenset[tuple[str, ...]],
               label: str, norms: Sequence[str] | None = None) -> None:
    """Every phrase of a list is one ``label`` mention wherever no mention crosses its
    borders, also over shorter mentions inside it (``norms``: see :func:`match_phrase`)."""
    if first_words(phrases).isdisjoint(stems):
        return
    longest, i = longest_phrase(phrases), 0
    while i < len(stems):
        n = match_phrase(stems, i, phrases, longest, norms)
        if n and whole_span(tags, i, i + n):
            put_label(tags, i, i + n, label)
        i += max(n, 1)
