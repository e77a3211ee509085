"""An organization name that ends with «لل» + its field goes on over the nisba adjectives of
that field: «مركز … للإغاثة [الإنسانية]», «اللجنة المحلية للانتخابات [البلدية]», «الجمعية
الخيرية للخدمات [الاجتماعية]».  The rules end such a name at the field when the field is
not a listed one (``domain_tails`` takes the adjectives only after a listed field it joins
itself, ``org_endings`` only after a field joined by «و»).

Only after a mention of at least two words that opens with an organization or facility
head (with or without the article: «لجنة», «اللجنة»), at most two untagged definite
singular nisba adjectives, none of time, rank or nationality (``not_name_adjectives.txt``
and the nationality adjectives: «للتنمية السنوية», «للاستثمار السعودية» describe the body).
Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .tagging import definite_nisba

LONGEST = 2


def _headed(stem: str, heads: frozenset[str]) -> bool:
    return stem in heads or stem.startswith("ال") and stem[2:] in heads


def _adjectives_end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str],
                    hi: int, not_name: frozenset[str]) -> int:
    end = hi
    while end < min(len(tags), hi + LONGEST) and tags[end] == "O" \
            and norms[end] == stems[end] and definite_nisba(stems[end]) \
            and stems[end] not in not_name:
        end += 1
    return end


def join_field_adjectives(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                          heads: frozenset[str], not_name: frozenset[str]) -> None:
    """Extend «head … لل + field» organization mentions over the field's nisba adjectives
    (module doc; tags changed in place)."""
    for lo, hi, label in sorted(spans(tags)):
        if label != "ORG" or hi - lo < 2 or not norms[hi - 1].startswith("لل") \
                or not _headed(stems[lo], heads):
            continue
        end = _adjectives_end(norms, stems, tags, hi, not_name)
        tags[hi:end] = ["I-ORG"] * (end - hi)
