"""An organization's name goes on through «ل» + its field (``domain_nouns.txt``): «شركة آسيا
[للاستثمار]», «صندوق الأمير سلطان بن عبدالعزيز [لتنمية المرأة]», «جمعية … [لحقوق الإنسان]»,
«شركة … [للأوراق المالية]».  The tagger stops the name before the preposition.  Only after a
mention that opens with an organization head (``org_heads.txt``: «شركة», «صندوق»,
«جمعية»), and only fields, no people («قال رئيس شركة سابك للصحفيين» keeps the dative out).
A field with the article («للاستثمار») takes the nisba adjectives after it («للتنمية
الاجتماعية»); one without it («لتنمية») is a construct and takes the definite noun after it
too («لتنمية المرأة»); a field of two words («تنظيم المعارض») is listed whole, as the noun
alone reads as a purpose («غرفة الرياض لتنظيم الحفل»: to organize it).  Applied after the sentence rules, on normalized words and clitic-free
stems."""
from __future__ import annotations

from collections.abc import Sequence

from ..normalize import normalize
from ..resources import word_list
from .conll import spans
from .tagging import definite_nisba, is_definite
from .wordlists import ner_words

LONGEST_ADJECTIVES = 2
#: heads whose names never take a field: a ministry's field is its name («بموقع وزارة
#: الداخلية للخدمات الإلكترونية»: its website)
NO_FIELD_HEADS = frozenset({normalize("وزارة")})


def domain_nouns() -> frozenset[str]:
    """Fields and the people a body serves (``beneficiary_nouns.txt``: «للمكفوفين»)."""
    return ner_words("domain_nouns.txt") | ner_words("beneficiary_nouns.txt")


def org_heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("ner", "data", "org_heads.txt")
                     if " " not in w) - NO_FIELD_HEADS


def tail_end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], i: int,
              fields: frozenset[str]) -> int:
    """End of the field tail starting at word ``i``, or ``i`` when there is none."""
    norm, n = norms[i], len(norms)
    if tags[i] != "O" or not norm.startswith("ل"):
        return i
    if norm.startswith("لل") and norm[2:] in fields:
        end = i + 1
    elif i + 1 < n and tags[i + 1] == "O" and is_definite(stems[i + 1]) \
            and (norm[1:] in fields or f"{norm[1:]} {stems[i + 1]}" in fields):
        end = i + 2  # «لتنمية المرأة»
    else:
        return i
    stop = end + LONGEST_ADJECTIVES
    while end < min(n, stop) and tags[end] == "O" and definite_nisba(stems[end]):
        end += 1
    return end


def join_domain_tails(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                      fields: frozenset[str], heads: frozenset[str]) -> None:
    """Extend organization mentions over their field (module doc; tags changed in place)."""
    for lo, hi, label in sorted(spans(tags)):
        if label != "ORG" or stems[lo] not in heads or hi >= len(tags):
            continue
        end = tail_end(norms, stems, tags, hi, fields)
        tags[hi:end] = ["I-ORG"] * (end - hi)
