"""«عشر/عشرة» after an ordinal unit belongs to the name the ordinal ends.

An ordinal of 11th–19th is two words, the unit and «عشر» («الحادي عشر», «الثالثة عشرة»); a
name phrase that ends in the unit goes on through it («شركة الحادي عشر القابضة», «الفيلق
الثاني عشر»), and a company's legal form after it then joins the name as well.  Applied
after the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence

from .companies import company_suffix_rule
from .wordlists import ner_words

#: the second word of the ordinal (normalized)
TENS = frozenset({"عشر", "عشره"})
LABELS = frozenset({"ORG", "LOC", "MISC"})


def ordinal_units() -> frozenset[str]:
    """Normalized ordinal units (data/ordinal_units.txt)."""
    return ner_words("ordinal_units.txt")


def join_ordinal_tens(norms: Sequence[str], tags: list[str], units: frozenset[str],
                      suffixes: frozenset[str]) -> None:
    """An untagged «عشر» after an ORG, LOC or MISC mention ending in an ordinal unit joins
    it, and so do legal-form words after it (tags changed in place)."""
    joined = False
    for i in range(1, len(tags)):
        label = tags[i - 1][2:]
        if tags[i] == "O" and norms[i] in TENS and norms[i - 1] in units and label in LABELS:
            tags[i] = "I-" + label
            joined = True
    if joined:
        company_suffix_rule(norms, tags, suffixes)
