"""Mined organization phrases (lexicon kind ``MORG``, ``mined_org_phrases.txt``) as a rule
of ``Rules.sentence``: «وزارة الداخلية», «العمليات المشتركة», «الشرطة المصرية» become ORG
where the CRF left them ``O``; phrases that name a field («الأمن الغذائي») or open with a
common noun («التعاون الاقتصادي») are left out.
"""
from __future__ import annotations

from typing import Sequence

from ..normalize import normalize
from ..resources import word_list
from .lexicon import Lexicon
from .phrases import phrase_words
from .tagging import is_free, prepositional, put_label


def _strong(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("ner", "data", name))


def org_phrases(stems: Sequence[str], tags: list[str], lex: Lexicon,
                heads: frozenset[str], starts: frozenset[str] | None = None,
                fields: frozenset[tuple[str, ...]] = frozenset(),
                norms: Sequence[str] | None = None) -> None:
    """Mined organization phrases opened by a strong head or an article («وزاره
    الداخليه», «العمليات المشتركه») become ORG (``starts``: their first words, to skip;
    ``fields``: phrases that name a field, not a body, see :func:`field_phrases`); not an
    indefinite head before a preposition («شركة للإنتاج» is no «شركة الإنتاج»; ``norms``:
    the words before clitic stripping)."""
    i = 0
    while i < len(stems):
        if stems[i] not in heads and not stems[i].startswith("ال") \
                or starts is not None and stems[i] not in starts \
                or not stems[i].startswith("ال") and prepositional(norms, i + 1):
            i += 1
            continue
        for n in range(min(lex.max_phrase, len(stems) - i), 1, -1):
            kinds = lex.phrases.get(tuple(stems[i:i + n]), ())
            if "MORG" in kinds and is_free(tags, i, i + n) and tuple(stems[i:i + n]) not in fields:
                put_label(tags, i, i + n, "ORG")
                i += n - 1
                break
        i += 1


#: definite nouns that name a military command by themselves with an adjective («العمليات
#: المشتركة», «الأركان العامة»), besides the organization heads
COMMAND_BODIES = frozenset({"العمليات", "الاركان"})


def org_starts(lex: Lexicon) -> frozenset[str]:
    """First words of the mined organization phrases that :func:`org_phrases` may open
    with: an organization head («منظمة التعاون الاقتصادي»), or a definite word only when it
    names a body itself (org_heads.txt with the article: «الشرطة المصرية», «الحرس الوطني»,
    or a command: «العمليات المشتركة»);
    a headless phrase («التعاون الاقتصادي», «العاصمة الإسبانية») is mostly the genitive of a
    name, alone a common noun phrase."""
    bodies = COMMAND_BODIES | {h if h.startswith("ال") else "ال" + h
                               for h in phrase_words("org_heads.txt")}
    return frozenset(p[0] for p, kinds in lex.phrases.items() if "MORG" in kinds and
                     (not p[0].startswith("ال") or p[0] in bodies))


def field_phrases(lex: Lexicon, nationalities: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Mined phrases «concept + adjective» (``concept_heads.txt``: «الأمن الغذائي»), which
    name a field; with a nationality adjective, «العام» or «المركزي» they name a body."""
    concepts, bodies = _strong("concept_heads.txt"), nationalities | {"العام", "المركزي"}
    return frozenset(p for p, kinds in lex.phrases.items() if "MORG" in kinds
                     and p[0] in concepts and p[1] not in bodies)
