"""Words at the edge of a mention that belong to the sentence, not to the name.

* At the end: a word of time (``time_words.txt``: «مجلس الأمن الدولي اليوم», «… أمس», a day
  of the week) or a number of four digits or more («مجلس الأمن الدولي 2216», a resolution
  or a year; «فرانس 24», a flight number keep a short one) ends an organization, place or person
  mention; not right after an indefinite organization head («صحيفة اليوم»), not a listed surname at
  the end of a person («… الخميس») and not the last word of a listed name it closes («روسيا
  اليوم», «عين اليوم»: the media of ``media.txt`` and ``media_names.txt``).  Applied after the sentence rules, on normalized words.
* At the start: a noun with a possessive pronoun («زعيمه فلان», «نجلها فلان», «رئيسهم …»),
  recognised on the surface spelling (final «ه», not «ة») and by the corpus counts (the noun
  alone is frequent and takes the other pronouns too), opens no name.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from ..normalize import strip_diacritics
from .conll import spans
from .lexicon import Lexicon
from .wordlists import ner_words

#: labels whose mentions lose the edge words
LABELS = ("ORG", "LOC", "PER")
#: shortest number (digits) that is no part of a name at its end
NUMBER_DIGITS = 4
#: possessive pronouns, longest first
PRONOUNS = ("هما", "هم", "ها", "ه")
#: the other pronouns a noun takes («زوجتي», «زوجتنا»)
OTHERS = ("هم", "ها", "ه", "ي", "نا")
#: the noun alone at least this frequent, at least ``OTHER_FORMS`` of its other possessive
#: forms each at least ``FORM_MIN`` times (a name «نبيه», «عبده» has one: «نبينا», «عبدي»)
NOUN_MIN = 20
OTHER_FORMS = 2
FORM_MIN = 2


def time_words() -> frozenset[str]:
    return ner_words("time_words.txt")


def _tail_word(norms: Sequence[str], i: int, label: str, words: frozenset[str],
               lex: Lexicon) -> bool:
    word = norms[i]
    if "OHEAD" in lex.words.get(norms[i - 1], frozenset()) \
            and not norms[i - 1].startswith("ال"):
        return False  # the name slot after an indefinite head: «صحيفة اليوم»
    if word.isdigit():
        return len(word) >= NUMBER_DIGITS or label == "PER"
    return word in words and not (label == "PER" and "PER" in lex.words.get(word, ()))


def _closes_listed(stems: Sequence[str], lo: int, hi: int,
                   kept: frozenset[tuple[str, ...]]) -> bool:
    """Do the mention's words ``lo:hi`` end with a listed name of two words or more?"""
    return any(tuple(stems[k:hi]) in kept for k in range(lo, hi - 1))


def trim_time_tails(norms: Sequence[str], tags: list[str], words: frozenset[str],
                    lex: Lexicon, kept: frozenset[tuple[str, ...]] = frozenset(),
                    stems: Sequence[str] | None = None) -> None:
    """A mention loses the time words and long numbers at its end (tags changed in place),
    unless they close a listed name of ``kept`` (matched on ``stems``, else ``norms``)."""
    stems = norms if stems is None else stems
    for lo, hi, label in spans(tags):
        while label in LABELS and hi - lo > 1 and _tail_word(norms, hi - 1, label, words, lex) \
                and not _closes_listed(stems, lo, hi, kept):
            hi -= 1
            tags[hi] = "O"


def possessive_noun(surface: str, norm: str, count: Callable[[str], int]) -> bool:
    """Is the word a noun with a possessive pronoun («زعيمه», «نجلها», «زوجته»)?"""
    surface = strip_diacritics(surface)
    for pronoun in PRONOUNS:
        if not (surface.endswith(pronoun) and norm.endswith(pronoun)):
            continue
        base = norm[:-len(pronoun)]
        if len(base) < 3:
            return False
        noun = base[:-1] + "ه" if base.endswith("ت") else base
        others = sum(count(base + other) >= FORM_MIN for other in OTHERS if other != pronoun)
        return count(noun) >= NOUN_MIN and others >= OTHER_FORMS
    return False


def trim_possessives(surfaces: Sequence[str], norms: Sequence[str], tags: list[str],
                     count: Callable[[str], int], roles: Container[str] = frozenset(),
                     names: Container[str] = frozenset()) -> None:
    """A mention of two words or more starts after a noun with a possessive pronoun; not a
    given name of ``names`` right after a role or title of ``roles``: «المعلمة رحمه سالم»
    is the woman «رحمة» (ة spelled ه), not «his mercy»."""
    for lo, hi, label in spans(tags):
        if label in LABELS and hi - lo > 1 and possessive_noun(surfaces[lo], norms[lo], count) \
                and not (lo and norms[lo - 1] in roles and norms[lo] in names):
            tags[lo], tags[lo + 1] = "O", f"B-{label}"
