"""A name after a place head is a place even when the tagger read it as a person's: «في
منطقة [غازي عثمان باشا]», «قائمقام قضاء [سوران]», «في [دار سعد]» (``person_place_heads.txt``:
the heads, with «+» those that belong to the name).  Only an untagged head right before a
PER mention that does not open with the article (a definite name after a head is mostly an
eponym, «مدينة الملك فهد الطبية», left to the other rules).  Applied after the sentence
rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list
from .conll import spans
from .tagging import is_definite, put_label


@lru_cache(maxsize=1)
def person_place_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(heads left out of the mention, heads that belong to the name), normalized."""
    rows = [line.split() for line in word_list("ner", "data", "person_place_heads.txt")]
    out = frozenset(normalize(r[0]) for r in rows if len(r) == 1)
    kept = frozenset(normalize(r[0]) for r in rows if len(r) > 1 and r[1] == "+")
    return out, kept


def retype_person_places(stems: Sequence[str], tags: list[str],
                         heads: tuple[frozenset[str], frozenset[str]]) -> None:
    """Retype to LOC the PER mentions right after a place head (module doc)."""
    out, kept = heads
    for lo, hi, label in list(spans(tags)):
        if label != "PER" or lo == 0 or tags[lo - 1] != "O" or is_definite(stems[lo]):
            continue
        if stems[lo - 1] in out:
            put_label(tags, lo, hi, "LOC")
        elif stems[lo - 1] in kept:
            put_label(tags, lo - 1, hi, "LOC")
