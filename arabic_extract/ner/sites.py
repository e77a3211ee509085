"""Natural features, districts and streets keep their head word, as the project's guidelines
annotate them: «حي الصفا», «نهر النيل», «قناة السويس» are one LOC mention each
(``site_heads.txt``), where ANERcorp and the CRF tag the name alone («الصفا»).  Applied by ``Rules.sentence`` after
the place rule, on normalized clitic-free stems.
"""
from __future__ import annotations

from collections.abc import Sequence

#: longest name a site head may take in (words after the head)
LONGEST_SITE = 4


def _loc_end(tags: Sequence[str], start: int) -> int:
    """End of the LOC mention starting at ``start`` (``start`` itself when there is none)."""
    if start >= len(tags) or tags[start] != "B-LOC":
        return start
    end = start + 1
    while end < len(tags) and tags[end] == "I-LOC":
        end += 1
    return end


def site_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str]) -> None:
    """An untagged indefinite site head followed by a place mention of at most
    :data:`LONGEST_SITE` words joins it: «حي» + «الصفا» → «حي الصفا»."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if stem not in heads or tags[i] != "O":
            continue
        end = _loc_end(tags, i + 1)
        if i + 1 < end <= i + 1 + LONGEST_SITE:
            tags[i:end] = ["B-LOC"] + ["I-LOC"] * (end - i - 1)
