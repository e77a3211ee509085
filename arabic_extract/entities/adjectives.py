"""Nisba adjectives read as places.

«السعودية», «السورية», «العربية» are place names, but right after a definite noun they
are adjectives agreeing with it («الأسرة السعودية», «المعارضة السورية», «الأمة
العربية»), and the guidelines count no adjective as a mention.  Such a one-word place
mention is dropped when it carries no proclitic (a conjunct «والسعودية» is a name) and
follows, after one space, a definite word that is not a relative pronoun or preposition
(«الى السعودية») and not part of a person or place name («الولايات المتحدة السعودية»).
"""
from __future__ import annotations

from ..document import Document, Mention, Token
from ..normalize import normalize
from .names import token_index

#: definite-looking function words after which a place name is no adjective
NOT_NOUNS = frozenset(normalize(w) for w in (
    "إلى", "الى", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "الآن",
    "إلا", "الا", "اللهم"))
_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")


def _feminine_nisba(norm: str) -> bool:
    return norm.startswith("ال") and norm.endswith("يه") and len(norm) >= 6


def definite_noun(token: Token) -> bool:
    return token.norm.startswith(_DEFINITE) and token.norm not in NOT_NOUNS \
        and token.norm.isalpha()


def adjectival(doc: Document, mention: Mention, names: list[tuple[int, int]]) -> bool:
    """Is the LOC ``mention`` a feminine nisba adjective after a definite noun?
    ``names`` are the spans of person and place mentions."""
    if mention.label != "LOC" or " " in mention.text.strip():
        return False
    j = token_index(doc.tokens, mention.start)
    if j == 0 or j >= len(doc.tokens):
        return False
    tok, prev = doc.tokens[j], doc.tokens[j - 1]
    if tok.start != mention.start or tok.end != mention.end or not _feminine_nisba(tok.norm):
        return False
    if doc.text[prev.end:tok.start] != " " or not definite_noun(prev):
        return False
    return not any(s < prev.end and prev.start < e for s, e in names)


def drop_adjectives(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` without the place adjectives (see :func:`adjectival`)."""
    if not doc.tokens:
        return mentions
    names = [(m.start, m.end) for m in mentions if m.label in ("PER", "LOC")]
    return tuple(m for m in mentions if not adjectival(doc, m, names))
