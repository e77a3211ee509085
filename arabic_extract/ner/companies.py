"""The legal form closing a company's name belongs to it: «شركة الجفالي وإخوانه
المحدودة», «شركة فينيفست القابضة» (the CRF and the head rules stop before it).  Applied by
``Rules.sentence`` on the words before clitic stripping (``وإخوانه`` keeps its «و»)."""
from __future__ import annotations

from collections.abc import Sequence

from .wordlists import ner_words


def company_suffixes() -> frozenset[str]:
    """Normalized legal-form words (data/company_suffixes.txt)."""
    return ner_words("company_suffixes.txt")


def company_suffix_rule(norms: Sequence[str], tags: list[str],
                        suffixes: frozenset[str]) -> None:
    """Untagged legal-form words right after an organization mention join it."""
    for i in range(1, len(tags)):
        if tags[i] == "O" and norms[i] in suffixes and tags[i - 1] in ("B-ORG", "I-ORG"):
            tags[i] = "I-ORG"
