"""Organization names joining two fields by «و»: «وزارة الكهرباء والماء», «الهيئة العامة
للسياحة والتراث الوطني», «مؤسسة التدريب التقني والمهني».

An ORG mention of two words or more opened by one of the heads of
``conjunct_org_heads.txt`` (with or without the article) and ending in a definite noun
goes on through a following «و» + definite noun and that noun's definite adjectives, up to
three times («الهيئة السعودية للمواصفات والمقاييس والجودة»).  The
conjunct is no name's part when it is an organization head or a title («جامعة الدول
العربية والعقيد …», «الهيئة … والدكتور …»), a sound plural («هيئة التدريس والموظفين»; not the fields of ``field_plurals.txt``,
«جمعية الثقافة والفنون»),
or when the mention ended in an adjective and the conjunct is a noun («مجلس التعاون
الخليجي والوزير»).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .tagging import is_definite, mention_end, is_nisba
from .wordlists import ner_words

MAX_ADJECTIVES = 2
MAX_CONJUNCTS = 3  # fields joined by «و» after the name's first one
PLURAL_ENDINGS = ("ين", "ون", "ات")
GENERAL_ADJECTIVES = frozenset({"العام", "العامه"})


def conjunct_heads() -> frozenset[str]:
    return ner_words("conjunct_org_heads.txt")


@lru_cache(maxsize=1)
def field_plurals() -> frozenset[str]:
    """Plurals of fields that look like sound plurals («الفنون», «الشؤون»)."""
    return ner_words("field_plurals.txt")


def _head(stem: str, heads: frozenset[str]) -> bool:
    return stem in heads or stem.startswith("ال") and stem[2:] in heads


def _adjective(norm: str, stem: str) -> bool:
    return norm == stem and is_definite(stem) and (is_nisba(stem) or stem in GENERAL_ADJECTIVES)


def _definite_word(norm: str, stem: str) -> bool:
    """Definite, also behind the preposition «ل» («للسياحة») or a joined «و» («والمقاييس»)."""
    return is_definite(stem) or norm.startswith("لل") and is_definite("ا" + norm[1:]) \
        or norm.startswith("وال") and is_definite(norm[1:])


def _joins(norms: Sequence[str], stems: Sequence[str], last: int, heads: frozenset[str],
           titles: frozenset[str]) -> bool:
    """May word ``last + 1`` («والماء») continue the name ending at word ``last``?"""
    word = norms[last + 1]
    conj = word[1:]
    if not (word.startswith("وال") and is_definite(conj) and len(conj) >= 5
            and _definite_word(norms[last], stems[last])):
        return False
    if _head(conj, heads) or conj in titles or conj.endswith(PLURAL_ENDINGS) \
            and conj not in field_plurals():
        return False
    return not is_nisba(stems[last]) or is_nisba(conj)


def _described(norms: Sequence[str], k: int) -> bool:
    """Is word ``k`` a definite word after a further conjunct («والبريد السعودي»: a list
    of bodies, no third field of one name)?"""
    return k < len(norms) and norms[k].startswith("ال")


def conjunct_org_rule(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                      heads: frozenset[str], titles: frozenset[str]) -> None:
    """Extend ORG mentions over «و» + definite noun (+ adjectives), see the module doc."""
    i, joined = 0, 0
    while i < len(tags):
        end = mention_end(tags, i, "ORG")
        if end - i >= 2 and _head(stems[i], heads) and end < len(tags) \
                and tags[end] == "O" and _joins(norms, stems, end - 1, heads, titles) \
                and not (joined and _described(norms, end + 1)):
            stop = end + 1
            while stop < len(tags) and stop - end <= MAX_ADJECTIVES and tags[stop] == "O" \
                    and _adjective(norms[stop], stems[stop]):
                stop += 1
            tags[end:stop] = ["I-ORG"] * (stop - end)
            joined += 1
            if joined < MAX_CONJUNCTS:  # «للمواصفات والمقاييس والجودة»: a third field
                continue
        i, joined = max(end, i + 1), 0
