"""Known places after a preposition in sports reports.

In a sports report a town may be its club («الوكرة», «ليون»), so the listed places are not
tagged there by the list alone (:func:`.consistency.tag_known_places`). A definite place
glued to the preposition ب or ل («بالقطيف», «للطائف», where ل + ال lost its alef) is the
town, not the club, unless the name is a club's too (``sports_clubs.txt``,
``foreign_clubs.txt``: «للرياض» may be the club).
"""
from __future__ import annotations

from collections.abc import Sequence

from .phrases import listed_phrases

#: proclitic groups before a definite stem that mark a place («بال…», «لل…» = ل + ال)
PLACE_PREPOSITIONS = ("ب", "ل", "وب", "ول", "فب", "فل")


def _attached(norm: str, stem: str) -> bool:
    """Is ``norm`` a preposition ب/ل (after an optional و/ف) + the definite ``stem``?"""
    if not stem.startswith("ال"):
        return False
    for prefix in PLACE_PREPOSITIONS:
        if norm == prefix + stem or prefix.endswith("ل") and norm == prefix + stem[1:]:
            return True
    return False


def tag_attached_places(norms: Sequence[Sequence[str]],
                        sentences: Sequence[tuple[Sequence[str], list[str]]],
                        places: frozenset[str]) -> None:
    """An untagged word that is ب/ل + one of ``places`` (definite, not a club's name) is a
    place: «ولدت بالطائف», «ما لا يمكن للطائف» (tags changed in place)."""
    for words, (stems, tags) in zip(norms, sentences):
        if places.isdisjoint(stems):
            continue
        for i, stem in enumerate(stems):
            if tags[i] == "O" and stem in places and _attached(words[i], stem):
                tags[i] = "B-LOC"


def town_places(places: frozenset[str]) -> frozenset[str]:
    """``places`` that are no club's one-word name."""
    clubs = listed_phrases("sports_clubs.txt") | listed_phrases("foreign_clubs.txt")
    return places - {p[0] for p in clubs if len(p) == 1}
