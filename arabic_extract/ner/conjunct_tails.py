"""An organization's list of fields goes on: «الهيئة السعودية للمواصفات والمقاييس
[والجودة]», «الهيئة العامة للسياحة والتراث [والآثار]».  When the tagger took a «و» +
definite noun as the last word of an organization's name (the name lists its fields), the
next untagged «و» + definite noun belongs to the list too, up to ``LONGEST`` more; not a
nisba adjective nor a word that a definite word or a mention follows (a new phrase: «…
والمقاييس والجودة العالية», «… والمقاييس والرئيس التنفيذي»).  Only for a name that opens
with an organization head (``org_heads.txt``).  Applied after the sentence rules, on
normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .tagging import is_definite, is_nisba

LONGEST = 2


def _conjunct(norms: Sequence[str], k: int) -> bool:
    """Is word ``k`` «و» + a definite noun (no nisba adjective)?"""
    word = norms[k][1:]  # the stem keeps the «و» where the corpus counts do («والمقاييس»)
    return norms[k].startswith("وال") and is_definite(word) and not is_nisba(word)


def _closed(stems: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Does the phrase end after word ``k`` (no definite word or mention follows)?"""
    return k + 1 == len(stems) or tags[k + 1] == "O" and not is_definite(stems[k + 1])


def join_conjunct_tails(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                        heads: frozenset[str]) -> None:
    """Extend organization names whose last word is a «و» conjunct (tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label != "ORG" or hi - lo < 3 or stems[lo].removeprefix("ال") not in heads \
                or not _conjunct(norms, hi - 1):
            continue
        end = hi
        while end < len(tags) and end - hi < LONGEST and tags[end] == "O" \
                and _conjunct(norms, end):
            end += 1
        if end > hi and _closed(stems, tags, end - 1):
            tags[hi:end] = ["I-ORG"] * (end - hi)
