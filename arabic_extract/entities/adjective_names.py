"""A surname that is a nationality adjective is not searched where it describes a noun.

«نبيل العربي», «عبدالله التركي»: the recovery of untagged names (:mod:`.recover`) finds
«العربي», «التركي» again in «العمل العربي المشترك», «الأمن القومي العربي», «الجانب التركي».
Such a one-word repeat right after a definite noun (one space between) that is neither an
honorific nor part of a name is the adjective of that noun, not the person («الدكتور
العربي», «اللواء السويدي» stay: see :mod:`arabic_extract.ner.adjective_repeats`)."""
from __future__ import annotations

from functools import lru_cache

from ..document import Document, Mention
from .adjectives import definite_noun, adjectival
from .names import token_index


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    from ..ner.adjective_repeats import name_honorifics
    from ..ner.national import nationalities
    return frozenset(w for w in nationalities() if w.startswith("ال")), name_honorifics()


def adjective_repeat(doc: Document, mention: Mention, names: list[tuple[int, int]]) -> bool:
    """Is the one-word PER/ORG ``mention`` a nationality adjective after a definite noun?
    ``names`` are the spans of person and place mentions."""
    if mention.label not in ("PER", "ORG") or " " in mention.text.strip() or not doc.tokens:
        return False
    j = token_index(doc.tokens, mention.start)
    if j == 0 or j >= len(doc.tokens):
        return False
    tok, prev = doc.tokens[j], doc.tokens[j - 1]
    adjectives, honorifics = _words()
    if tok.start != mention.start or tok.end != mention.end or tok.norm not in adjectives:
        return False
    if doc.text[prev.end:tok.start] != " " or not definite_noun(prev) \
            or prev.norm in honorifics or prev.norm[1:] in honorifics:
        return False
    return not any(s < prev.end and prev.start < e for s, e in names)


def described(doc: Document, mention: Mention, names: list[tuple[int, int]]) -> bool:
    """Is the mention an adjective of the noun before it: a place (:func:`.adjectival`)
    or a person's or organization's nationality surname (:func:`adjective_repeat`)?"""
    return adjectival(doc, mention, names) or adjective_repeat(doc, mention, names)
