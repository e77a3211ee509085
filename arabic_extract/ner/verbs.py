"""A verb at the edge of a person mention is no part of the name.

The tagger runs a name on into the verb next to it: «وسخر فلان من …» (و + perfect before
the subject), «فلان يحتفل» (an imperfect after it), «فلان سيجتذب» (a future verb),
«الغيني فلان اللذين يواصلان». A word is read as a verb from the corpus counts alone:

* an imperfect (ي/ت + stem, also with a dual or plural ending, the future «س» or «و»/«ف» before
  it) when the same verb with the other person prefix is about as frequent (``يواصل`` /
  ``تواصل``; not ``يونغ`` / ``تونغ``: one form far rarer) and the word never takes the
  article;
* a perfect (``خرج``) when its feminine (``خرجت``), its imperfect (``يخرج``) and its plural
  (``خرجوا``) are all corpus words; after «و»/«ف» the plural may be missing («ولمح»).

An organization or place also loses an imperfect with the «ل» of purpose at its end
(«المعهد … ليعكس»; not the company word «ليمتد»).

A word of a curated name list (given names «يزيد», «طالب», name particles «ولد») or one
after «بن»/«أبو» («فلان بن يفلح») is a name. The mention loses such words at its end and at
its start, as often as they come; a mention of verbs alone is untagged. Applied after the
sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .conll import spans
from .lexicon import Lexicon
from .wordlists import ner_words

#: the imperfect's person prefixes compared («he» / «she»)
IMPERFECT = {"ي": "ت", "ت": "ي"}
#: dual and plural endings of the imperfect
ENDINGS = ("ان", "ون", "ن")
#: both imperfect forms at least this frequent, together at least ``VERB_SUM`` …
VERB_MIN = 8
VERB_SUM = 20
#: … and the more frequent at most this many times the rarer
VERB_RATIO = 5
#: each form of a perfect at least this frequent (the plural ``PLURAL_MIN``)
PERFECT_MIN = 5
PLURAL_MIN = 3
#: words after which the next is a name whatever it reads as
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ام", "ابي"})


def imperfect(word: str, count: Callable[[str], int]) -> bool:
    """Is ``word`` (no proclitic) an imperfect verb by its corpus counts?"""
    if len(word) < 4 or word[0] not in IMPERFECT:
        return False
    cores = [word] + [word[:-len(e)] for e in ENDINGS
                      if word.endswith(e) and len(word) - len(e) >= 4]
    for core in cores:
        low, high = sorted((count(core), count(IMPERFECT[core[0]] + core[1:])))
        if count("ال" + core) == 0 and low >= VERB_MIN and low + high >= VERB_SUM \
                and high <= VERB_RATIO * low:
            return True
    return False


def perfect(word: str, count: Callable[[str], int], plural: bool = True) -> bool:
    """Is ``word`` a perfect verb (feminine, imperfect and, if ``plural``, plural forms)?"""
    if len(word) < 3 or word.startswith("ال"):
        return False
    return count(word + "ت") >= PERFECT_MIN and count("ي" + word) >= PERFECT_MIN \
        and (not plural or count(word + "وا") >= PLURAL_MIN)


def feminine_perfect(word: str, count: Callable[[str], int]) -> bool:
    """Is ``word`` the feminine of a perfect («باركت», «أعلنت»): never with the article, its
    imperfect («يبارك», form IV «يعلن» without the alef) a corpus word?"""
    if len(word) < 4 or word[-1] != "ت" or word.startswith("ال") or count("ال" + word) > 0:
        return False
    base = word[:-1]
    forms = ["ي" + base] + (["ي" + base[1:]] if base[0] == "ا" and len(base) >= 4 else [])
    return max(count(form) for form in forms) >= PERFECT_MIN


def perfect_verb(word: str, lex: Lexicon) -> bool:
    """Is the normalized ``word`` (with «و»/«ف» before it or none) a perfect, masculine or
    feminine, and in no curated name list?"""
    if len(word) < 3 or lex.curated_name(word):
        return False
    rest = word[1:] if word[0] in "وف" and len(word) >= 4 else word
    return not lex.curated_name(rest) and (
        perfect(rest, lex.count, plural=rest == word) or feminine_perfect(rest, lex.count))


def is_verb(word: str, lex: Lexicon) -> bool:
    """Is the normalized ``word`` a verb, with «و»/«ف» or «س» before it or none?"""
    if len(word) < 3 or lex.curated_name(word):
        return False
    count = lex.count
    if word[0] in "وف" and len(word) >= 4:
        rest = word[1:]
        if not lex.curated_name(rest) and (
                perfect(rest, count, plural=False) or imperfect(rest, count)
                or rest[0] == "س" and imperfect(rest[1:], count)):
            return True
    if word[0] == "س" and len(word) >= 5 and imperfect(word[1:], count):
        return True
    return imperfect(word, count) or perfect_verb(word, lex)


#: a perfect's form this often written with the article is a noun too («درب», «كفر», «نزل»)
NOUN_MIN = 20


def common_noun(word: str, lex: Lexicon) -> bool:
    """Does the normalized ``word`` (with «و»/«ف» before it or none) also read as a noun,
    one the corpus often writes with the article?  It may open a place or body name
    («درب قرمز», «وكفر شوبا»); a verb is never written so («احتفلت», «أعلن»)."""
    rest = word[1:] if word[0] in "وف" and len(word) >= 4 else word
    return lex.count("ال" + rest) >= NOUN_MIN


def _verb_at(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    return not (i > 0 and norms[i - 1] in NAME_LINKS) and is_verb(norms[i], lex)


def imperfect_verb(word: str, lex: Lexicon) -> bool:
    """Is the normalized ``word`` an imperfect verb, with «و»/«ف»/«س» or the «ل» of purpose
    («ليعكس» = so that it reflects) before it or none?"""
    if len(word) < 4 or lex.curated_name(word):
        return False
    if word[0] == "ل" and word in ner_words("company_designators.txt"):
        return False  # «ليمتد» (Limited), no «ل» + «يمتد»
    rest = word[1:] if word[0] in "وفل" else word
    rest = rest[1:] if rest[0] == "س" and len(rest) >= 5 else rest
    return imperfect(rest, lex.count)


def _head_slot(word: str, lex: Lexicon) -> bool:
    """Is ``word`` an indefinite organization head, whose next word is the name («شركة
    فيدار»)?"""
    return not word.startswith("ال") and "OHEAD" in lex.words.get(word, frozenset())


def trim_edge_verbs(norms: Sequence[str], tags: list[str], lex: Lexicon) -> None:
    """A person mention loses the verbs at its end and start, an organization or place
    the imperfect verbs at its end («الكونغرس يستعدون»; tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label in ("ORG", "LOC"):
            while hi - lo > 1 and imperfect_verb(norms[hi - 1], lex) \
                    and not _head_slot(norms[hi - 2], lex):
                hi -= 1
                tags[hi] = "O"
            while hi - lo > 1 and perfect_verb(norms[lo], lex) \
                    and not common_noun(norms[lo], lex):  # «احتفلت سفارة …»; «درب قرمز» stays
                tags[lo], tags[lo + 1] = "O", f"B-{label}"
                lo += 1
        if label != "PER":
            continue
        while hi - lo > 1 and _verb_at(norms, hi - 1, lex):
            hi -= 1
            tags[hi] = "O"
        while lo < hi and _verb_at(norms, lo, lex):
            tags[lo] = "O"
            lo += 1
            if lo < hi:
                tags[lo] = "B-PER"


def cue_verbs(lex: Lexicon) -> frozenset[str]:
    """Third-person reporting verbs and participles (quotes/data/reporting_verbs.tsv),
    except forms that are also given names («عزت», «وعد») rarer than ``COMMON_VERB``."""
    from ..quotes.cues import NOUN
    from ..quotes.cues import lexicon as cue_lexicon
    return frozenset(form for form, cue in cue_lexicon().items()
                     if cue.pos != NOUN and cue.person == 3 and not
                     ("PER" in lex.words.get(form, ()) and lex.count(form) < COMMON_VERB))


COMMON_VERB = 3000  # a reporting-verb form this frequent is a verb even if a name too
