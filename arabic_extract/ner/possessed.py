"""A noun with a possessive pronoun is no name: «تصريحه» (his statement), «هاتفها» (her
phone).  A word reads as noun + «ه»/«ها»/«هم»/«هما» when it is in no curated name list
(«فاطمة», «حمزة» end in «ه» after normalization), the noun without the pronoun is a
frequent corpus word with the article («التصريح», «الهاتف») and the whole word is none
(«شرطة», «أمانة» end in «ه» too, but «الشرطة» is a word).  A one-word mention of such a
word is untagged, and so is a one-word organization right after one that is a definite
nisba adjective («هاتفها [الذكي]»; not a place: «زيارته السعودية» is the place visited):
an adjective agrees with the noun it follows, a name would not come there; so is a mention
of such a noun and one such adjective («ديوانه الشرفي»; a longer one may be the subject
after an object: «نشرت نتائجه المفوضية الأوروبية»).  Not after a place word, organization
head or title («مدينة جزرة»: the town).  Applied after the sentence rules, on normalized
words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .lexicon import Lexicon
from .tagging import definite_nisba

PRONOUNS = ("هما", "هم", "ها", "ه")
#: the noun with the article at least this frequent
NOUN_MIN = 50
#: … and the whole word with the article at most this frequent: a final «ه» is also the
#: normalized «ة» («أمانة», «شرطة»: «الشرطة» is a word, «التصريحه» none)
ARTICLE_MAX = 2
SHORTEST_NOUN = 3
PROCLITICS = frozenset("وفبل")
#: lexicon kinds of a word after which a name comes
HEAD_KINDS = frozenset({"PLACEW", "OHEAD", "TITLE"})


def possessed(norm: str, lex: Lexicon) -> bool:
    """Is the normalized ``norm`` a noun + possessive pronoun (module doc), «و»/«ف»/«ب»/«ل»
    before it or none?"""
    stem = norm[1:] if norm[:1] in PROCLITICS and not lex.curated_name(norm) else norm
    if lex.curated_name(stem):
        return False
    for pronoun in PRONOUNS:
        if stem.endswith(pronoun):
            noun = stem[:-len(pronoun)]
            if len(noun) >= SHORTEST_NOUN and not noun.startswith("ال") \
                    and lex.count("ال" + noun) >= NOUN_MIN \
                    and lex.count("ال" + stem) <= ARTICLE_MAX:
                return True
    return False


def _after_head(stems: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Is word ``i`` right after a place word, organization head or title («مدينة جزرة»:
    a name comes there, whatever it reads as)?"""
    return i > 0 and not lex.words.get(stems[i - 1], frozenset()).isdisjoint(HEAD_KINDS)


def drop_possessed(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                   lex: Lexicon) -> None:
    """Untag possessed nouns opening a mention and the adjectives after them (module doc;
    tags changed in place)."""
    for lo, hi, label in spans(tags):
        if _after_head(stems, lo, lex):
            continue
        first = lo + 1 if possessed(norms[lo], lex) else lo
        after = first > lo or (lo > 0 and tags[lo - 1] == "O" and possessed(norms[lo - 1], lex))
        if hi - first == 1 and after and (label == "ORG" or first > lo) \
                and definite_nisba(stems[first]):
            first = hi
        if first > lo:
            tags[lo:first] = ["O"] * (first - lo)
            if first < hi:
                tags[first] = f"B-{label}"
