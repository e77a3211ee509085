"""A listed place of several words keeps the first letters that look like proclitics.

The clitic counts read «بيونغ يانغ» as ب + «يونغ يانغ» (the Korean name «يونغ» is frequent),
and the tagger, seeing «يونغ», calls it a person.  When a mention's written words, before
any clitic stripping, are exactly a place of several words in the curated lists
(``loc_world.txt``, ``loc_curated.txt``), the mention is that place, first letter included.
One-word places are left to the counts (``whole_names``): «بغداد» after «ب» is common."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .conll import spans
from .phrases import listed_phrases

PLACE_LISTS = ("loc_curated.txt", "loc_world.txt")


@lru_cache(maxsize=1)
def long_places() -> frozenset[tuple[str, ...]]:
    """The listed places of two words or more, normalized."""
    return frozenset().union(*(listed_phrases(name, 2) for name in PLACE_LISTS))


def listed_place(norms: Sequence[str]) -> bool:
    """Are the normalized written words ``norms`` a listed place of several words?"""
    return len(norms) > 1 and tuple(norms) in long_places()


def retype_listed_places(norms: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """A mention whose written words are a listed place of several words, and whose first
    word the clitic counts cut, is a place (a listed place read whole stays what the tagger
    says: the newspaper «الشرق الأوسط», the person «صلاح الدين»)."""
    for lo, hi, label in spans(tags):
        if label != "LOC" and stems[lo] != norms[lo] and listed_place(norms[lo:hi]):
            tags[lo:hi] = ["B-LOC"] + ["I-LOC"] * (hi - lo - 1)
