"""A body that takes its place into its name: the regional branches of Saudi bodies are
named «الغرفة التجارية الصناعية [بالرياض]», «الشؤون الصحية [بمحافظة الأحساء]», «جمعية البر
[بجدة]» (``place_tail_bodies.txt``).  The tagger reads the place alone and leaves the common
nouns before it untagged; a listed name (untagged, or an ORG mention inside it) right before
«بـ + place» makes one ORG mention up to the end of the place.  The place is a place mention
or an untagged one-word place of the gazetteers (the tagger may tag it only later) with no
adjective after it («بالدور الثاني» is «on the second floor»), also after an administrative head («بمنطقة», «بمحافظة»).  Only «بـ»: «في الطائف» after the name
is mostly where something happens; «بالمنطقة» alone names no place.  Applied after the
sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .headed_places import PlaceHeads
from .phrases import listed_phrases
from .tagging import definite_nisba, put_label


@lru_cache(maxsize=1)
def place_tail_bodies() -> tuple[tuple[str, ...], ...]:
    """The listed names, longest first."""
    return tuple(sorted(listed_phrases("place_tail_bodies.txt"), key=len, reverse=True))


def _place(stems: Sequence[str], tags: Sequence[str], j: int, heads: PlaceHeads) -> int:
    """End of the place that starts at word ``j`` (0 if none)."""
    if j >= len(tags):
        return 0
    if tags[j] == "O":  # an adjective after it makes a common noun: «بالدور [الثاني]»
        adjective = j + 1 < len(tags) and tags[j + 1] == "O" and definite_nisba(stems[j + 1])
        return j + 1 if (stems[j],) in heads.places and not adjective else 0
    if tags[j] != "B-LOC":
        return 0
    end = j + 1
    while end < len(tags) and tags[end] == "I-LOC":
        end += 1
    return end


def _place_end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], j: int,
               heads: PlaceHeads) -> int:
    """End of «بـ (+ administrative head) + place» from word ``j`` (0 if none)."""
    if j >= len(tags) or not norms[j].startswith("ب") or norms[j] == stems[j]:
        return 0
    if tags[j] == "O" and stems[j] in heads.admin:
        return _place(stems, tags, j + 1, heads)
    return _place(stems, tags, j, heads)


def _free(tags: Sequence[str], lo: int, hi: int) -> bool:
    """Are the words ``[lo, hi)`` untagged or organization words, with no mention crossing
    into them from before?"""
    return not tags[lo].startswith("I-") and all(t == "O" or t.endswith("ORG")
                                                 for t in tags[lo:hi])


def join_place_tails(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                     bodies: Sequence[tuple[str, ...]], heads: PlaceHeads) -> None:
    """«listed name + بـ + place» → one ORG mention (module doc; tags changed in place)."""
    firsts = {name[0] for name in bodies}
    for i, stem in enumerate(stems):
        if stem not in firsts:
            continue
        for name in bodies:
            hi = i + len(name)
            if tuple(stems[i:hi]) == name and _free(tags, i, hi):
                end = _place_end(norms, stems, tags, hi, heads)
                if end:
                    put_label(tags, i, end, "ORG")
                    break
