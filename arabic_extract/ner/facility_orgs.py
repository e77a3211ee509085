"""A named hospital, clinic or hotel is a place, whatever the rule that tagged it: the rules
of organizations read «مستشفى» as a body's head when a town names the hospital
(«مستشفى [جازان] العام» → ORG), while a hospital named after a person («مستشفى الملك فهد»)
is a place.  An ORG mention opened by a head of ``facility_org_heads.txt`` becomes LOC (the
guidelines: named facilities are LOC).  Applied last among the sentence rules, on clitic-free
stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .conll import spans
from .tagging import put_label
from .wordlists import ner_words


@lru_cache(maxsize=1)
def facility_org_heads() -> frozenset[str]:
    return ner_words("facility_org_heads.txt")


def retype_facility_orgs(stems: Sequence[str], tags: list[str],
                         heads: frozenset[str]) -> None:
    """Retype to LOC the ORG mentions that a facility head opens (tags changed in place)."""
    if heads.isdisjoint(stems):
        return
    for lo, hi, label in list(spans(tags)):
        if label == "ORG" and hi - lo > 1 and stems[lo] in heads:
            put_label(tags, lo, hi, "LOC")
