"""State agencies and armed services named by a head, a definite noun and the state's
nationality adjective: «جهاز المخابرات المصري», «جهاز الأمن الأوكراني», «سلاح الجو الملكي
الأردني».  The tagger leaves them untagged, and «جهاز» is a common body head
(:mod:`.common_bodies`).  An untagged head of ``agency_heads.txt``, a definite noun that is
no adjective, at most one more definite adjective («الملكي», «السلطاني») and a nationality
adjective are one ORG mention; not a device («جهاز التنفس الصناعي»: no nationality).
Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .tagging import is_definite, is_free, is_nisba, put_label
from .wordlists import ner_words


def agency_heads() -> frozenset[str]:
    return ner_words("agency_heads.txt")


def _national_end(stems: Sequence[str], k: int, nationalities: frozenset[str]) -> int:
    """End of «(definite adjective) + nationality adjective» at word ``k``, or 0."""
    for j in (k, k + 1):
        if j < len(stems) and stems[j] in nationalities:
            return j + 1
        if j >= len(stems) or not (is_definite(stems[j]) and is_nisba(stems[j])):
            return 0
    return 0


def national_agencies(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                      heads: frozenset[str], nationalities: frozenset[str]) -> None:
    """Tag the agencies named by a head, a noun and a nationality (module doc) as ORG."""
    for i in range(len(stems) - 2):
        noun = stems[i + 1]
        if stems[i] not in heads or norms[i + 1] != noun or not is_definite(noun) \
                or is_nisba(noun) or noun in nationalities:
            continue
        end = _national_end(stems, i + 2, nationalities)
        if end and is_free(tags, i, end):
            put_label(tags, i, end, "ORG")
