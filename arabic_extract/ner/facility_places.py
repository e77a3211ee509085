"""Facilities named after the place they serve: «مطار القاهرة», «مطار الجوف الإقليمي»,
«ميناء جدة الإسلامي».  The tagger finds the place and leaves the head out, so the article
gets the city where it names an airport or a port.  A facility head of
``facility_place_heads.txt`` right before a LOC mention, with the adjectives of
``facility_adjectives.txt`` after it, is one LOC mention (the facility).  Applied after the
sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .sites import headed_places
from .tagging import put_label
from .wordlists import ner_words


def facility_place_words() -> tuple[frozenset[str], frozenset[str]]:
    """(heads, adjectives) of facilities named after a place."""
    return ner_words("facility_place_heads.txt"), ner_words("facility_adjectives.txt")


def join_facility_places(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                         heads: frozenset[str], adjectives: frozenset[str]) -> None:
    """«head + LOC mention + adjectives» → one LOC mention (tags changed in place); not
    when a preposition opens the place («ميناءً لمكة»: a port for Mecca)."""
    for i, end in headed_places(stems, tags, heads):
        if norms[i + 1] != stems[i + 1]:
            continue
        while end < len(stems) and tags[end] == "O" and stems[end] in adjectives:
            end += 1
        put_label(tags, i, end, "LOC")
