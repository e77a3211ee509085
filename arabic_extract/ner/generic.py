"""Common-noun bodies (``generic_bodies.txt``): «مجلس الإدارة», «هيئة التدريس» belong to
every company or university and name none, so a mention made only of one is untagged
(the mined organization phrases and the CRF tag them)."""
from __future__ import annotations

from typing import Sequence

from ..normalize import normalize
from ..resources import word_list
from .conll import spans


def generic_bodies() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(line).split())
                     for line in word_list("ner", "data", "generic_bodies.txt"))


def drop_generic_bodies(sentences: Sequence[tuple[Sequence[str], list[str]]],
                        phrases: frozenset[tuple[str, ...]]) -> None:
    """Untag every ORG mention whose words are one of ``phrases`` (tags changed in place)."""
    for stems, tags in sentences:
        for lo, hi, label in spans(tags):
            if label == "ORG" and tuple(stems[lo:hi]) in phrases:
                tags[lo:hi] = ["O"] * (hi - lo)
