"""Short forms of words in organization names (``data/key_forms.tsv``): «اتحاد الكرة» is
«اتحاد كرة القدم», «الاتحاد السعودي للكرة» is «الاتحاد السعودي لكرة القدم».  The linker keys
an organization's mention by the full form, so that both make one entity.

Foreign names write their «g» as «غ» or «ج» («الكونغرس»/«الكونجرس», «بيليغريني»/«بيليجريني»):
the keys of all names write «ج» (:func:`one_g`), so that both spellings make one entity
(two different names of one article that differ only there are rare)."""
from __future__ import annotations

from functools import lru_cache

from ..resources import word_list
from .names import name_key

Words = tuple[str, ...]


@lru_cache(maxsize=1)
def _forms() -> dict[str, Words]:
    table = {}
    for line in word_list("entities", "data", "key_forms.tsv"):
        short, full = [f.strip() for f in line.split("\t") if f.strip()]
        table[name_key(short)] = tuple(name_key(full).split())
    return table


def full_forms(words: Words) -> Words:
    """``words`` (an organization's key words) with each short form made full."""
    forms = _forms()
    if not any(w in forms for w in words):
        return words
    return tuple(part for w in words for part in forms.get(w, (w,)))


def one_g(words: Words) -> Words:
    """``words`` with the foreign «g» written one way (module doc)."""
    if not any("غ" in w for w in words):
        return words
    return tuple(w.replace("غ", "ج") for w in words)
