"""The word lists of the NER rules: one normalized word per line of a ``ner/data`` file."""
from __future__ import annotations

from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list


@lru_cache(maxsize=None)
def ner_words(name: str) -> frozenset[str]:
    """Normalized entries of the one-word-per-line list ``ner/data/<name>``."""
    return frozenset(normalize(w) for w in word_list("ner", "data", name))
