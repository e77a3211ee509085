"""Facilities named after the place they serve: «مطار القاهرة», «مطار الجوف الإقليمي»,
«ميناء جدة الإسلامي», «كورنيش الدمام».  The tagger finds the place and leaves the head out,
so the article gets the city where it names an airport or a port.  A facility head of
``facility_place_heads.txt`` right before a LOC mention, with the adjectives of
``facility_adjectives.txt`` after it, is one LOC mention (the facility); a facility that an
earlier rule named by its head and a definite noun («متنزه الردف», headed_places.py) takes
the adjectives after it too («متنزه الردف العام»).  Applied after the sentence rules, on
clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .sites import headed_places
from .tagging import mention_end, put_label
from .wordlists import ner_words


def facility_place_words() -> tuple[frozenset[str], frozenset[str]]:
    """(heads, adjectives) of facilities named after a place."""
    return ner_words("facility_place_heads.txt"), ner_words("facility_adjectives.txt")


def join_facility_places(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                         heads: frozenset[str], adjectives: frozenset[str]) -> None:
    """«head + LOC mention + adjectives» → one LOC mention (tags changed in place), also
    when the tagger made the head a mention of its own («[كورنيش] [جدة]»); not when a
    preposition opens the place («ميناءً لمكة»: a port for Mecca)."""
    _free_heads(stems, tags, heads)
    for i, end in headed_places(stems, tags, heads):
        if norms[i + 1] != stems[i + 1]:
            continue
        put_label(tags, i, _adjectives_end(stems, tags, end, adjectives), "LOC")
    for i, stem in enumerate(stems):
        if stem in heads and tags[i] == "B-LOC":
            end = mention_end(tags, i, "LOC")
            put_label(tags, i, _adjectives_end(stems, tags, end, adjectives), "LOC")


def _free_heads(stems: Sequence[str], tags: list[str], heads: frozenset[str]) -> None:
    """Untag a head that is a LOC mention by itself right before another LOC mention."""
    for i in range(len(stems) - 1):
        if stems[i] in heads and tags[i] == "B-LOC" and tags[i + 1] == "B-LOC":
            tags[i] = "O"


def _adjectives_end(stems: Sequence[str], tags: Sequence[str], end: int,
                    adjectives: frozenset[str]) -> int:
    """End of the untagged ``adjectives`` that follow a facility's name ending at ``end``."""
    while end < len(stems) and tags[end] == "O" and stems[end] in adjectives:
        end += 1
    return end
