"""A title in construct before a place or body ends no person's name: «أمين منطقة
الرياض», «وأوضح أمين الطائف», «مساعد أمين مجلس الوزراء», «فلان حاكم عام جامايكا».  The
model keeps titles that are also given names («أمين», «حاكم», «أمير») as a one-word person
or at the end of a name; followed by «عام» (secretary-general, governor-general), a
place or body head («منطقة», «مجلس») or a place or organization mention, the word is the
title.  Applied after the sentence rules, on clitic-free stems and the words before
stripping."""
from __future__ import annotations

from collections.abc import Sequence

from .honorifics import role_words
from .lexicon import Lexicon
from .conll import spans
from .wordlists import ner_words

#: lexicon kinds of place and body heads («منطقة», «مجلس») a title governs
GOVERNED_KINDS = frozenset({"PLACEW", "OHEAD"})
#: «أمين عام», «حاكم عام»
GENERAL = frozenset({"عام"})


def title_words() -> frozenset[str]:
    """Title heads and the roles of ``person_roles.txt``, without the article."""
    roles = ner_words("person_roles.txt")
    return role_words() | roles


def _governs(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], i: int,
             lex: Lexicon) -> bool:
    """Does word ``i`` stand as the genitive of a title before it (no preposition glued on:
    «شارع عمر قاضي بمكة» keeps its family name)?"""
    if i >= len(stems) or norms[i] != stems[i]:
        return False
    return stems[i] in GENERAL or tags[i] in ("B-LOC", "B-ORG") \
        or bool(GOVERNED_KINDS & lex.words.get(stems[i], frozenset()))


def drop_title_ends(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                    titles: frozenset[str], lex: Lexicon) -> None:
    """Title words at the end of a person mention before a place, a body or «عام» leave
    it (the whole mention when it is the title alone; tags changed in place)."""
    if titles.isdisjoint(stems):
        return
    for lo, hi, label in spans(tags):
        while label == "PER" and hi > lo and stems[hi - 1] in titles \
                and _governs(norms, stems, tags, hi, lex):
            hi -= 1
            tags[hi] = "O"
