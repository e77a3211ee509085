"""A position's title with its complement, then a name the tagger did not know: «وزير
الخارجية الجزائري [X Y]», «الأمين العام لحلف شمال الأطلسي [X Y]», «مدير شؤون المعلمين
[X Y]».  The complement is definite («الخارجية», «الجزائري», «للأمم», a place or
organization mention or the head before one: «لاعب نادي [النصر]») or a construct
chain of common nouns that a definite word closes («شؤون المعلمين»); the first indefinite
word after it cannot belong to it, so it opens the name.  The name is two untagged words, neither a verb, a function word, a title or a word
with a proclitic: the first a rare word, a listed name that is no frequent word or a
common given name however frequent («عمر», «سلمان»), the second a rare word or such a
listed name too, or a family name with the article («العجاجي»: :mod:`.surnames`; a
frequent one the lexicon lists as a name whose bare form is no word: «الغامدي»); a listed
name is read whole («فادي»).  «باسم» before a definite word is the complement's
common word («المتحدث باسم الحكومة [X Y]»), not the given name.
A name apposed between commas after the title and its complement («وقال قائد شرطة
نيروبي، [X Y]، إن …», «مدرب بنما، [X Y Z]، أن») is two or three words closed by a comma
or «أن/إن»: rare words, listed names or common (foreign) given names, none a place or
body the curated lexicon lists; a later word may carry a letter read as a proclitic
(«بادي», «بلوم») and be a family name with the article.  The tagger often types such a
foreign name as a place or organization, or tags part of it only: one such mention in
the slot becomes the whole person.  Not after a title that also heads a place or body name («محافظة X، …»).
Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..entities.names import bare
from .given_names import ambiguous_given_names, common_given_names, foreign_given_names
from .honorifics import HonorificRule, role_words
from .lexicon import PERSON_KINDS
from .surnames import BARE_MAX, _family_name
from .tagging import is_definite, put_label
from .verbs import is_verb

#: a word less frequent than this may be a name the lexicon does not list
RARE = 25
#: a listed name this frequent as a word is mostly a common word («الناس», «سبيل»; «على»
#: is «علي» once normalized): the first word of the name, the second; a common given
#: name (quotes/data/given_names.txt, not ner/data/ambiguous_given_names.txt) opens a name
#: however frequent («عمر», «فهد», «سلمان»)
COMMON_FIRST, COMMON_SECOND = 1000, 300
#: the longest complement, in words
LONGEST = 6
#: the longest name apposed between commas, in words
APPOSED_MAX = 3
#: lexicon kinds of a title word that also heads a place or body name («محافظة»)
_PLACE_HEADS = frozenset({"PLACEW", "OHEAD"})
#: curated kinds of places and organizations: no word of a person (the mined ones are
#: noisy: «بنسون» is a mined place)
_NOT_PERSON_KINDS = frozenset({"LOC", "ORG"})


@lru_cache(maxsize=1)
def role_forms() -> frozenset[str]:
    """The written forms whose :func:`bare` form is a role word (with «ال», «وال», «فال»):
    a set test per word instead of stripping every word of the sentence."""
    roles = role_words()
    forms = roles | {prefix + role for role in roles for prefix in ("ال", "وال", "فال")}
    return frozenset(form for form in forms if bare(form) in roles)


def _named(rule: HonorificRule, stem: str) -> bool:
    return bool(rule.lex.words.get(stem, frozenset()) & PERSON_KINDS)


def _complement_word(rule: HonorificRule, norms: Sequence[str], stems: Sequence[str],
                     tags: Sequence[str], j: int) -> bool:
    """Can word ``j`` belong to the title's complement?"""
    if tags[j] != "O":
        return tags[j][2:] in ("ORG", "LOC")
    if is_definite(stems[j]) or norms[j].startswith(("لل", "بال")):
        return True
    if stems[j] in ambiguous_given_names() and j + 1 < len(stems) \
            and is_definite(stems[j + 1]) and not _family_name(stems[j + 1], rule.lex) \
            and not _listed_family(rule, stems[j + 1]):
        return True  # the common word a name can be: «المتحدث باسم الحكومة», not «أمل الأسمري»
    closed = j + 1 < len(stems) and is_definite(stems[j + 1])
    if closed and tags[j + 1][2:] in ("ORG", "LOC"):
        return True  # the head of the name after it: «لاعب نادي [النصر] عمر الغامدي»
    return closed and not _named(rule, stems[j]) and not _named(rule, norms[j]) \
        and rule.lex.count(stems[j]) >= RARE


def _name_word(rule: HonorificRule, stem: str, norm: str, first: bool) -> bool:
    """Can the word be the name's first (``first``) or second word?  A listed name is read
    whole even where the clitic stripping cut a proclitic off it («فادي» is no ف + «ادي»);
    another word with a proclitic is none («بصحة»)."""
    if norm != stem:
        if not rule.lex.curated_name(norm):
            return False
        stem = norm
    if first and stem in common_given_names() and stem not in ambiguous_given_names():
        return True  # «مدير الشركة عمر الغامدي»: frequent, or a verb form, being a name
    if not rule.name_word(stem, stem, False) or is_verb(stem, rule.lex):
        return False
    count, listed = rule.lex.count(stem), rule.lex.curated_name(stem)
    if is_definite(stem):
        return not first and (_family_name(stem, rule.lex) or _listed_family(rule, stem))
    return count < RARE or listed and count < (COMMON_FIRST if first else COMMON_SECOND)


def _listed_family(rule: HonorificRule, stem: str) -> bool:
    """A frequent family name the lexicon lists as a person's name whose bare form is no
    word («الغامدي», «القحطاني»; not «الناس»)."""
    return _named(rule, stem) and rule.lex.count(stem[2:]) <= BARE_MAX


def _name_start(rule: HonorificRule, norms: Sequence[str], stems: Sequence[str],
                tags: Sequence[str], i: int) -> int:
    """Index after the complement of the title at ``i`` (``i`` when it has none)."""
    j = i + 1
    while j < len(stems) and j - i <= LONGEST and _complement_word(rule, norms, stems, tags, j):
        j += 1
    return j if j > i + 1 else i


def _apposed_word(rule: HonorificRule, stem: str, norm: str, first: bool) -> bool:
    """Can the word belong to a name apposed between commas: no clitic, title, verb or
    function word, no place or organization the lexicon lists; the first a rare word, a
    listed name or a common (foreign) given name, a later one also a family name with
    the article."""
    if norm != stem:  # a later «بادي» is no ب + «ادي»; a first «ببرقية» has its clitic
        if first or is_definite(stem) or rule.lex.count(norm) >= RARE:
            return False
        stem = norm
    if stem.startswith("و") and not _named(rule, stem):
        return False  # «ووزيران»: a conjunct the counts kept whole
    if stem in rule.stop or not stem.isalpha() or is_verb(stem, rule.lex):
        return False
    kinds = rule.lex.words.get(stem, frozenset())
    if not kinds.isdisjoint(_NOT_PERSON_KINDS):
        return False
    if stem in common_given_names() or stem in foreign_given_names():
        return stem not in ambiguous_given_names()
    if is_definite(stem):
        return not first and (_family_name(stem, rule.lex) or _listed_family(rule, stem))
    if _named(rule, stem):  # the commas close the slot: any listed name no common word
        return rule.lex.count(stem) < COMMON_FIRST
    return rule.lex.count(stem) < (RARE if first else COMMON_SECOND)


def _apposed_name(rule: HonorificRule, norms: Sequence[str], stems: Sequence[str],
                  tags: Sequence[str], start: int) -> int:
    """End of a name of 2-3 words apposed after a title's comma at ``start``, untagged or
    one mention of the tagger (a place, organization or part of the name), closed by a
    comma or «أن/إن» (``start`` when there is none)."""
    end = start
    while end < len(stems) and end - start < APPOSED_MAX \
            and (tags[end] == "O" or tags[end][2:] in ("PER", "LOC", "ORG")) \
            and _apposed_word(rule, stems[end], norms[end], end == start):
        end += 1
    labels = {tag[2:] for tag in tags[start:end]} - {""}
    closed = end < len(stems) and stems[end] in rule.ends and tags[end] == "O"
    if end - start < 2 or len(labels) > 1 or not closed or tags[start][:2] == "I-":
        return start
    return end


def tag_role_names(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                   rule: HonorificRule) -> None:
    """Tag PER the two-word name after a title and its complement (module doc)."""
    roles = role_forms()
    for i in range(len(stems) - 3):
        if stems[i] not in roles or tags[i] != "O" \
                or norms[i] != stems[i] and not norms[i].startswith("و"):
            continue
        j = _name_start(rule, norms, stems, tags, i)
        if j > i and j + 2 < len(stems) and stems[j] in ("،", ",") \
                and rule.lex.words.get(stems[i], frozenset()).isdisjoint(_PLACE_HEADS):
            end = _apposed_name(rule, norms, stems, tags, j + 1)
            if end > j + 1:
                put_label(tags, j + 1, end, "PER")
            continue
        if j == i or j + 1 >= len(stems) or tags[j] != "O" or tags[j + 1] != "O":
            continue
        if _name_word(rule, stems[j], norms[j], True) \
                and _name_word(rule, stems[j + 1], norms[j + 1], False):
            put_label(tags, j, j + 2, "PER")
