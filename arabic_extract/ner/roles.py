"""An occupation or a nationality before a person's name is no part of the name.

The project's gold keeps «الصياد فلان», «المصمم فلان», «الأرجنتيني فلان» out of the person's
name: the name starts after them.  A person mention that opens with a role of
``person_roles.txt`` (with the article; without it only when the word is no given name:
«حاكم طوكيو») or a nationality adjective with the article («البرتغالي …») and goes on
starts after it, as often as that holds («الليفتنانت كولونيل فلان»).  Applied after the
sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from ..normalize import normalize
from ..resources import word_list
from .conll import spans
from .lexicon import Lexicon


def person_roles(lex: Lexicon, nationalities: frozenset[str]) -> frozenset[str]:
    """Words that leave the start of a person mention: roles with the article, roles
    without it that no name list has as a given name, definite nationality adjectives."""
    words = {normalize(w) for w in word_list("ner", "data", "person_roles.txt")}
    bare = {w for w in words if "PER" not in lex.words.get(w, frozenset())}
    return frozenset({"ال" + w for w in words} | bare
                     | {w for w in nationalities if w.startswith("ال")})


def trim_roles(stems: Sequence[str], tags: list[str], roles: frozenset[str]) -> None:
    """A person mention starts after its leading roles (tags changed in place)."""
    if roles.isdisjoint(stems):
        return
    for lo, hi, label in spans(tags):
        if label != "PER":
            continue
        while hi - lo > 1 and stems[lo] in roles:
            tags[lo], tags[lo + 1] = "O", "B-PER"
            lo += 1
