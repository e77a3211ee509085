"""Relational adjectives end a name: «لجنة السلامة المرورية التابعة لـ…» → «لجنة السلامة
المرورية», «فلان القيادي بالحزب» → «فلان» (``relational_adjectives.txt``: «التابع»,
«القيادي», «المختص», «المسؤول» …).  Such a word relates the name to what follows and is a
description, never the end of a name; the word and the rest of the mention are left out.
Applied after the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .wordlists import ner_words

LABELS = frozenset({"ORG", "LOC", "PER"})


def relational_adjectives() -> frozenset[str]:
    return ner_words("relational_adjectives.txt")


def trim_relational(norms: Sequence[str], tags: list[str], words: frozenset[str]) -> None:
    """Cut ORG, LOC and PER mentions before a relational adjective (tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label not in LABELS:
            continue
        cut = next((i for i in range(lo + 1, hi) if norms[i] in words), None)
        if cut is not None:
            tags[cut:hi] = ["O"] * (hi - cut)
