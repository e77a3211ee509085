"""Bodies named after the place they serve, found again after the spreading.

The sentence rules join «organization head + place mention» into one ORG mention
(:func:`.national.place_body_rule`) only where the tagger found the place; a place tagged
later, when its name is spread over the document or found in the place lists, is left
alone after its head: «بلدية الطائف», «شرطة القطيف», «غرفة أبها» came out as the place.
The Saudi service directorates are named the same way after the region they serve
(«تعليم الرياض», «صحة نجران», «مرور جدة», «جوازات الخفجي»; ``service_heads.txt``).
A head (with a proclitic or not) right before a place mention — no proclitic on the place
or on an administrative word between («بلدية محافظة الخرج»; not «مستشفى بالطائف», a
hospital in Taif) — makes one ORG mention of both.  Facility heads (مستشفى, مطار) are
not heads here: a facility is a place."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .national import PLACE_HEADS, place_end
from .tagging import put_label
from .wordlists import ner_words


@lru_cache(maxsize=1)
def spread_heads() -> frozenset[str]:
    """Heads of bodies named after a place: those of the sentence rule, the police and the
    service directorates."""
    return PLACE_HEADS | ner_words("service_heads.txt")


def join_spread_bodies(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                       heads: frozenset[str]) -> None:
    """«head + place mention» → one ORG mention (tags changed in place)."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if stem in heads and tags[i] == "O":
            end = place_end(stems, tags, i + 1, norms)
            if end:
                put_label(tags, i, end, "ORG")
