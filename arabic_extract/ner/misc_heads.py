"""A MISC mention of the CRF that opens with the head of a facility or site name is a
place, as the project's guidelines annotate named facilities and sites: «المسجد الأقصى»,
«قصر العوجا» (LOC). ANERcorp, the CRF's training data, tags such names MISC as often as not.
Heads: ``facility_heads.txt``, ``site_heads.txt`` (not the media heads: «قناة …» may be a
channel). Organization heads are left out: MISC spans opened by them («الاتحاد كرة القدم
واكاسو») were mostly run-on phrases in a review of 600 articles."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .phrases import phrase_words

#: longest MISC mention retyped, in words (a longer one is a title or a slogan)
LONGEST = 4


def misc_heads() -> dict[str, str]:
    """Normalized head (without «ال») -> the type of the names it opens."""
    places = (phrase_words("facility_heads.txt") | phrase_words("site_heads.txt")) \
        - phrase_words("media_heads.txt")
    return {head: "LOC" for head in places}


def _bare(stem: str) -> str:
    return stem[2:] if stem.startswith("ال") else stem


def retype_misc(sentences: Sequence[tuple[Sequence[str], list[str]]],
                heads: dict[str, str]) -> None:
    """MISC mentions of two to ``LONGEST`` words opened by a head of ``heads`` take its
    type (tags changed in place)."""
    for stems, tags in sentences:
        if "B-MISC" not in tags:
            continue
        for lo, hi, label in spans(tags):
            label_to = heads.get(_bare(stems[lo])) if label == "MISC" else None
            if label_to and 2 <= hi - lo <= LONGEST:
                tags[lo:hi] = [f"B-{label_to}"] + [f"I-{label_to}"] * (hi - lo - 1)
