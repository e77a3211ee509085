"""An organization named again in parentheses right after its name is the same one: «وزارة
الدفاع الأمريكية (البنتاجون)», «منظمة الدول المصدرة للبترول (أوبك)», «مجلس الاحتياطي
الاتحادي (البنك المركزي الأمريكي)» — the article gives its short name, acronym or what it is
called at home; also in quote marks («الاتحاد الدولي لكرة القدم "فيفا"», «وكالة الأنباء
الإيرانية "إرنا"»).  The two clusters of the linker become one (the fuller name stays the
entity's name).  Organizations only: a place in parentheses after another is often a
different one («جبل العرب (السويداء)»: the mountain and its province); nor a second name
that looks like a person's."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..normalize import normalize

#: what may stand between the name and its second name, and what must close the second
#: name: parentheses, or quote marks right around it («الاتحاد الدولي "فيفا"»)
OPENING = {"(": ")", "(«": ")", "(\"": ")", "\"(": ")", "\"": "\"", "«": "»", "“": "”"}
#: how far after the second name its closing mark may be
CLOSING_GAP = 2


def _apposed(text: str, first: Any, second: Any) -> bool:
    """Does mention ``second`` stand in parentheses or quote marks right after ``first``?"""
    if second.start <= first.end or second.start - first.end > 4:
        return False
    closing = OPENING.get(text[first.end:second.start].strip())
    return closing is not None and closing in text[second.end:second.end + CLOSING_GAP] \
        and not _person_like(second.text)


def _person_like(name: str) -> bool:
    """«given name + definite family name»: a person the tagger typed ORG («فريق هجر «فيصل
    الخراع»», «المشرف على القناة "عبدالعزيز العيد"»), no second name of the body."""
    from ..ner.lexicon import GIVEN_NAME_KINDS, load_lexicon
    words = [normalize(w) for w in name.split()]
    return len(words) > 1 and words[-1].startswith("ال") and \
        bool(load_lexicon().words.get(words[0], frozenset()) & GIVEN_NAME_KINDS)


def _pairs(text: str, clusters: Sequence[Any]) -> list[tuple[int, int]]:
    """(first, second) cluster indexes of the ORG names apposed in parentheses."""
    by_start = sorted((m.start, i, m) for i, c in enumerate(clusters) if c.type == "ORG"
                      for m in c.mentions)
    pairs = []
    for (_, i, a), (_, j, b) in zip(by_start, by_start[1:]):
        if i != j and _apposed(text, a, b):
            pairs.append((i, j))
    return pairs


def merge_apposed(text: str, clusters: list[Any]) -> list[Any]:
    """``clusters`` (the linker's, with ``type``, ``mentions``, ``keys``) with each
    parenthesised organization name merged into the cluster of the name before it."""
    target = list(range(len(clusters)))

    def root(i: int) -> int:
        while target[i] != i:
            i = target[i]
        return i
    for i, j in _pairs(text, clusters):
        a, b = root(i), root(j)
        if a != b:
            clusters[a].mentions.extend(clusters[b].mentions)
            clusters[a].keys |= clusters[b].keys
            target[b] = a
    return [c for i, c in enumerate(clusters) if target[i] == i]
