"""A public body is often named by a head, a definite common noun and an adjective of scope
or status: «مجموعة الأزمات الدولية», «غرفة الملاحة الدولية», «مصلحة الجمارك العامة», «مكتب
الوكلاء الموحد».  The tagger knows such names only when the noun is a listed field; the
adjective (``body_adjectives.txt``) marks the phrase as a name.  Three or four untagged
words — a head of ``adjective_body_heads.txt`` without the article (a proclitic allowed), a
definite noun that is no nisba adjective, one or two listed adjectives, these written
without a proclitic («أمانة الرياض [للعام] الثاني» is no name) — after a word outside any
mention are ORG.  Applied after the sentence rules, on normalized words and clitic-free
stems."""
from __future__ import annotations

from collections.abc import Sequence

from .tagging import definite_nisba, is_definite, put_label
from .wordlists import ner_words

LONGEST_ADJECTIVES = 2


def body_adjectives() -> frozenset[str]:
    return ner_words("body_adjectives.txt")


def body_heads() -> frozenset[str]:
    return ner_words("adjective_body_heads.txt")


def _body_end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], i: int,
              adjectives: frozenset[str]) -> int:
    """End of «head + noun + adjectives» starting at head ``i``, or ``i`` when there is none."""
    n = len(stems)
    if i + 2 >= n or tags[i + 1] != "O" or tags[i + 2] != "O":
        return i
    noun = norms[i + 1]
    if not is_definite(noun) or definite_nisba(noun) or noun in adjectives:
        return i
    end = i + 2
    while end < min(n, i + 2 + LONGEST_ADJECTIVES) and tags[end] == "O" \
            and norms[end] in adjectives:
        end += 1
    return end if end > i + 2 else i


def tag_adjective_bodies(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                         heads: frozenset[str], adjectives: frozenset[str]) -> None:
    """Tag «head + definite noun + adjective of scope» as ORG (module doc; tags in place)."""
    i = 0
    while i < len(stems):
        if tags[i] == "O" and stems[i] in heads and (i == 0 or tags[i - 1] == "O"):
            end = _body_end(norms, stems, tags, i, adjectives)
            if end > i:
                put_label(tags, i, end, "ORG")
                i = end
                continue
        i += 1
