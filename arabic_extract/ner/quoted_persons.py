"""People named in quote marks: «أن الزعيم السابق “الملا عمر” قتل», «المتحدث “قاري حمزة”»,
«المواطن "ثامر البخيت"».  Saudi papers often quote a person's name; the CRF, trained on
ANERcorp where a quoted phrase is mostly the title of a work, tags it MISC.  A MISC mention
of 2–4 words that fills the quote marks exactly is a PER mention when its first word is a
listed given name (not a definite word: «المجد تذكار») or an honorific of
``quoted_name_honorifics.txt``, and each later word is a given name, a name particle (بن،
أبو) or a rare definite word (a family name: «البخيت»), none joined by «و» («جساس وكليب»:
two people) and none a definite word of a shape no family name has (:func:`_common_shape`:
«علم القافية», «حسن التدبير», «طالع الكليبين»).  Titles of
works seldom pass: «روح الوحدة», «سوبر ماريو», «الأسير العاشق».  Applied after the
sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .facilities import CLOSING, OPENING
from .lexicon import GIVEN_NAME_KINDS, Lexicon
from .tagging import is_definite, mention_end, put_label
from .wordlists import ner_words

#: a definite word rarer than this may be a family name
RARE_SURNAME = 100
LONGEST = 4


def quoted_honorifics() -> frozenset[str]:
    return ner_words("quoted_name_honorifics.txt")


def _given(stem: str, lex: Lexicon) -> bool:
    return not lex.words.get(stem, frozenset()).isdisjoint(GIVEN_NAME_KINDS)


def _later_word(stem: str, lex: Lexicon) -> bool:
    """Can ``stem`` continue a person's name (given name, particle, rare family name)?"""
    if _given(stem, lex) or "PART" in lex.words.get(stem, frozenset()):
        return True
    kinds = lex.words.get(stem, frozenset())
    return is_definite(stem) and lex.count(stem) < RARE_SURNAME and not _common_shape(stem) \
        and kinds.isdisjoint({"LOC", "ORG", "MLOC", "MORG", "TITLE", "OHEAD", "PLACEW"})


def _common_shape(stem: str) -> bool:
    """Is a definite word shaped as no family name is: an abstract noun in «ـية», a plural
    or dual («الكليبين»), a verbal noun «التفعيل» («التدبير»; a nisba «التويجري» is a name)?"""
    return stem.endswith(("يه", "ين", "ون", "ات")) or \
        stem.startswith("الت") and not stem.endswith("ي")


def _person_words(words: Sequence[str], lex: Lexicon, honorifics: frozenset[str]) -> bool:
    first, rest = words[0], words[1:]
    if first in honorifics:
        return all(_given(w, lex) for w in rest[:1]) and all(_later_word(w, lex) for w in rest)
    return _given(first, lex) and not is_definite(first) and \
        all(_later_word(w, lex) for w in rest)


def quoted_persons(norms: Sequence[str], stems: Sequence[str], tags: list[str], lex: Lexicon,
                   honorifics: frozenset[str]) -> None:
    """Retag the quoted MISC mentions that are names of people (module doc) as PER."""
    for i in range(1, len(stems) - 2):
        if tags[i] != "B-MISC" or stems[i - 1] not in OPENING:
            continue
        end = mention_end(tags, i, "MISC")
        if 2 <= end - i <= LONGEST and end < len(stems) and stems[end] in CLOSING \
                and tuple(norms[i + 1:end]) == tuple(stems[i + 1:end]) \
                and _person_words(stems[i:end], lex, honorifics):
            put_label(tags, i, end, "PER")
