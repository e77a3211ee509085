"""«مطار عدن الدولي», «ميناء جدة الإسلامي الدولي»: an airport or port head, its name and
«الدولي» make one LOC mention, as the project's guidelines annotate named facilities with
their head («قاعدة حرير», «استاد ويمبلي»).  The CRF tags the town alone, or «عدن الدولي»
as an organization or MISC, often with the next words («عدن الدولي بالكامل»).  Applied by
``Rules.sentence`` on normalized clitic-free stems.
"""
from __future__ import annotations

from collections.abc import Sequence

from .tagging import put_label

#: heads of facilities whose names end in «الدولي»
PORT_HEADS = frozenset({"مطار", "ميناء"})
#: the adjective that closes such a name
INTERNATIONAL = "الدولي"
#: longest name between the head and «الدولي», in words
LONGEST_NAME = 3


def _closing(stems: Sequence[str], norms: Sequence[str], i: int) -> int:
    """Index of the «الدولي» (without proclitic) closing a name that follows head ``i``,
    only words between (no punctuation, no «و» or other proclitic on the first), or 0."""
    for k in range(i + 2, min(len(stems), i + 2 + LONGEST_NAME)):
        if stems[k] == INTERNATIONAL:
            return k if norms[k] == stems[k] else 0
        if not stems[k].isalpha():
            return 0
    return 0


def port_rule(stems: Sequence[str], norms: Sequence[str], tags: list[str]) -> None:
    """An untagged airport or port head + name + «الدولي» → one LOC mention; the CRF's
    words after «الدولي» in the same mention leave it («بالكامل»)."""
    if PORT_HEADS.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-2]):
        if stem not in PORT_HEADS or tags[i] != "O" or not stems[i + 1].isalpha() \
                or norms[i + 1] != stems[i + 1]:
            continue
        k = _closing(stems, norms, i)
        if not k:
            continue
        put_label(tags, i, k + 1, "LOC")
        j = k + 1
        while j < len(tags) and tags[j].startswith("I-"):
            tags[j] = "O"
            j += 1
