"""A month name in a date is no name: «بتاريخ 14 أبريل (نيسان)», «في نيسان/ إبريل 2014»,
«في شهر رمضان».  A one-word mention of ``month_names.txt`` next to a number, another month
name or the word «شهر» (brackets and slashes skipped) is untagged; elsewhere it stays
(«نيسان» the car maker, «رمضان» a given name).  Applied after the sentence rules, on
clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .wordlists import ner_words

#: what may stand between a month and its neighbour in a date
SKIP = frozenset({"(", ")", "/", "-", "،", ","})
#: words that make a month of the next word
MONTH_WORDS = frozenset({"شهر", "شهري"})


def month_names() -> frozenset[str]:
    return ner_words("month_names.txt")


def _neighbour(stems: Sequence[str], i: int, step: int) -> str:
    """The first word from ``i`` in direction ``step`` that is no bracket or slash."""
    while 0 <= i < len(stems) and stems[i] in SKIP:
        i += step
    return stems[i] if 0 <= i < len(stems) else ""


def drop_months(stems: Sequence[str], tags: list[str], months: frozenset[str]) -> None:
    """Untag a one-word mention that is a month name in a date (tags changed in place)."""
    if months.isdisjoint(stems):
        return
    for lo, hi, _ in spans(tags):
        if hi - lo != 1 or stems[lo] not in months:
            continue
        before, after = _neighbour(stems, lo - 1, -1), _neighbour(stems, hi, 1)
        if before in MONTH_WORDS or any(w.isdigit() or w in months for w in (before, after)):
            tags[lo] = "O"
