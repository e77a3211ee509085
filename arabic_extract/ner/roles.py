"""An occupation or a nationality before a person's name is no part of the name.

The project's gold keeps «الصياد فلان», «المصمم فلان», «الأرجنتيني فلان» out of the person's
name: the name starts after them.  A person mention that opens with a role of
``person_roles.txt`` (with the article; without it only when the word is no given name:
«حاكم طوكيو») or a nationality adjective with the article («البرتغالي …») and goes on
starts after it, as often as that holds («الليفتنانت كولونيل فلان»).  So does one opened
by an honorific and a title («[فضيلة الشيخ] فلان»; «فضيلة إمام» alone is untagged).  Applied after the
sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..entities.hamza import hamza_titles
from ..entities.names import is_title_word
from ..normalize import normalize
from ..resources import word_list
from .conll import spans
from .honorifics import rank_modifiers
from .lexicon import PERSON_KINDS, Lexicon


def person_roles(lex: Lexicon, nationalities: frozenset[str]) -> frozenset[str]:
    """Words that leave the start of a person mention: roles with the article, roles
    without it that no name list has as a given name, definite nationality adjectives, the
    modifiers of a rank («اللواء [ركن] فلان»: rank_modifiers.txt)."""
    words = {normalize(w) for w in word_list("ner", "data", "person_roles.txt")}
    bare = {w for w in words if "PER" not in lex.words.get(w, frozenset())}
    return frozenset({"ال" + w for w in words} | bare | rank_modifiers()
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


@lru_cache(maxsize=1)
def honorific_words() -> frozenset[str]:
    """Honorifics written before a title («فضيلة», «معالي», «سماحة»): the quote stage's
    ``[honorifics]`` of quotes/data/speaker_words.txt."""
    from ..quotes.context import word_group  # the quote stage's list, read on first use
    return word_group("honorifics", "speaker_words.txt")


def _title(stem: str) -> bool:
    """A title word, or a hamza title («إمام», sure after an honorific)."""
    return is_title_word(stem) or stem in hamza_titles()


def trim_honorific_titles(stems: Sequence[str], tags: list[str]) -> None:
    """A person mention opened by an honorific and a title («[فضيلة الشيخ فلان]»,
    «[فضيلة إمام]» وخطيب …) starts after both; with no name left it is untagged («فضيلة»
    alone is also a given name: only before a title; tags changed in place)."""
    for lo, hi, label in list(spans(tags)):
        if label != "PER" or hi - lo < 2 or stems[lo] not in honorific_words() \
                or not _title(stems[lo + 1]):
            continue
        k = lo + 1
        while k < hi and _title(stems[k]):
            k += 1
        tags[lo:k] = ["O"] * (k - lo)
        if k < hi:
            tags[k] = "B-PER"


#: corpus count of a title's sound plural («مستشارين») above which «title + ي» is the plural
#: in a construct or a possessive («مستشاري النادي», «مستشاري»), not a name («وزيري»,
#: «رئيسي» are names too: their plural is rare or the lists know them)
PLURAL_MIN = 20


def _title_plural(word: str, lex: Lexicon) -> bool:
    base = word[:-1]
    return word.endswith("ي") and len(base) > 2 and not base.startswith("ال") \
        and "TITLE" in lex.words.get(base, frozenset()) \
        and not PERSON_KINDS & lex.words.get(word, frozenset()) \
        and lex.count(base + "ين") >= PLURAL_MIN


def drop_title_plurals(stems: Sequence[str], tags: list[str], lex: Lexicon) -> None:
    """A one-word person mention that is a title's plural with «ي» is untagged."""
    for lo, hi, label in spans(tags):
        if label == "PER" and hi - lo == 1 and _title_plural(stems[lo], lex):
            tags[lo] = "O"
