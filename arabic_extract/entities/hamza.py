"""Title words spelled with a hamza below that normalize to a preposition: «إمام»
(imam) is a title, «أمام» (before) the preposition.  Normalization drops the hamza, so the
surface must show it (data/hamza_titles.txt).  Used by the title runs before a name
(entities/names.py: «إمام وخطيب المسجد الحرام الشيخ فلان») and by the quote stage's title words."""
from __future__ import annotations

from functools import lru_cache

from ..document import Token
from ..normalize import normalize
from ..resources import word_list


@lru_cache(maxsize=1)
def hamza_titles() -> frozenset[str]:
    """The listed titles, normalized («امام»: the surface decides, unless the context does)."""
    return frozenset(normalize(w) for w in word_list("entities", "data", "hamza_titles.txt"))


def hamza_title(text: str, norm: str) -> bool:
    """Is the token (surface ``text``, normalized ``norm``) such a title: «إمام», «وإمام»?"""
    return "إ" in text and norm.lstrip("وف") in hamza_titles()


@lru_cache(maxsize=1)
def _genitives() -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("entities", "data", "title_genitives.txt"))


def leading_hamza_title(tokens: tuple[Token, ...], k: int) -> bool:
    """Does token ``k`` open a title run as a hamza title with its genitive after it:
    «إمام وخطيب المسجد …», «إمام مسجد …» (data/title_genitives.txt), not the surname of
    «عادل إمام وسعيد صالح»?"""
    if k + 1 >= len(tokens) or not hamza_title(tokens[k].text, tokens[k].norm):
        return False
    after = tokens[k + 1].norm
    return after.startswith("ال") or after in _genitives()
