"""A person's name never opens with an organization's head: «وقال فلان، رئيس [معهد X]» —
the rules that tag the name after a title («رئيس …») or a role took «معهد X» for the
bearer.  A PER mention whose first word is a head of ``org_heads.txt`` (without the
article: «معهد», «شركة», «نادي») is the organization.  Applied last among the sentence
rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .tagging import put_label


def retype_headed_persons(stems: Sequence[str], tags: list[str],
                          heads: frozenset[str]) -> None:
    """Retag as ORG the PER mentions opened by an organization head (tags changed in place)."""
    if "B-PER" not in tags:
        return
    for lo, hi, label in spans(tags):
        if label == "PER" and hi - lo > 1 and stems[lo] in heads:
            put_label(tags, lo, hi, "ORG")
