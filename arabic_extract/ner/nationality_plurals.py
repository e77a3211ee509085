"""A nationality in the plural names people, not a person: «محللون سياسيون [أردنيون]»,
«سياح [إيطاليون]», «الكوريين».  A one-word person mention that is a masculine nationality
adjective (:func:`.city_clubs.masculine_adjectives`, without or with its article) + the plural
ending «ون»/«ين» is untagged (the guidelines: adjectives and groups of people are no
mentions).  Applied after the sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans

#: the sound masculine plural endings (nominative, oblique)
PLURAL_ENDINGS = ("ون", "ين")


def nationality_plural(stem: str, adjectives: frozenset[str]) -> bool:
    """Is ``stem`` («اردنيون», «الكوريين») the plural of a listed nationality adjective?"""
    bare = stem[2:] if stem.startswith("ال") else stem
    return bare.endswith(PLURAL_ENDINGS) and "ال" + bare[:-2] in adjectives


def drop_nationality_plurals(stems: Sequence[str], tags: list[str],
                             adjectives: frozenset[str]) -> None:
    """Untag one-word person mentions that are plural nationalities (tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label == "PER" and hi - lo == 1 and nationality_plural(stems[lo], adjectives):
            tags[lo] = "O"
