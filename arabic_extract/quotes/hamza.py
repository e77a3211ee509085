"""Title words spelled with a hamza below that normalize to a preposition: «إمام»
(imam) is a title, «أمام» (before) the preposition.  Normalization drops the hamza, so the
surface must show it (data/hamza_titles.txt)."""
from __future__ import annotations

from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("quotes", "data", "hamza_titles.txt"))


def hamza_title(text: str, norm: str) -> bool:
    """Is the token (surface ``text``, normalized ``norm``) such a title: «إمام», «وإمام»?"""
    return "إ" in text and norm.lstrip("وف") in _titles()
