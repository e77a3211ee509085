"""Natural features, districts and streets keep their head word, as the project's guidelines
annotate them: «حي الصفا», «نهر النيل», «قناة السويس» are one LOC mention each
(``site_heads.txt``), where ANERcorp and the CRF tag the name alone («الصفا»).  Applied by ``Rules.sentence`` after
the place rule, on normalized clitic-free stems.
"""
from __future__ import annotations

from collections.abc import Sequence

from .tagging import _mention_end, _put

#: longest name a site head may take in (words after the head)
LONGEST_SITE = 4


def site_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str]) -> None:
    """An untagged indefinite site head followed by a place mention of at most
    :data:`LONGEST_SITE` words joins it: «حي» + «الصفا» → «حي الصفا»."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if stem not in heads or tags[i] != "O":
            continue
        end = _mention_end(tags, i + 1, "LOC")
        if i + 1 < end <= i + 1 + LONGEST_SITE:
            _put(tags, i, end, "LOC")
