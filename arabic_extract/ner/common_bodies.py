"""An organization head followed only by indefinite common words names no body.

A name after a head is a proper noun («شركة أرامكو»), a definite phrase («وزارة الخارجية»)
or a listed name; an indefinite adjective, participle, common noun or verb after the head
makes it a description: «شركات أميركية», «مجموعة مسؤولة», «جبهة قتال واحدة», «مصنع غاز»,
«شركات تنتج».  Such an ORG mention (the head of ``common_body_heads.txt`` first, at least
one word after it) is untagged when every later word is an ordinary word: no article, no
proclitic, in no curated name list, and a word the corpus also has with the article (a
name seldom takes it: «تنظيم داعش», «شركة موبايلي») or an imperfect verb.  When a name
mention follows right after a last word that is a noun (no nisba adjective, no verb), it
is that noun's genitive and the whole chain is the organization («شركة واحة مكة»,
«مصنع كسوة الكعبة المشرفة»).
Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..entities.evidence import common_word
from ..normalize import normalize
from ..resources import word_list
from .conll import spans
from .lexicon import Lexicon
from .tagging import is_definite, is_nisba

#: curated name lists (the mined lists hold common words too)
NAME_KINDS = frozenset({"PER", "LOC", "ORG", "PART", "TITLE"})
#: prefixes of the imperfect verb (third person and «we»), which a verb may trade
IMPERFECT = ("ي", "ت", "ن")
#: the verb with another prefix must be at least this frequent («تنتج» / «ينتج»)
VERB_MIN = 20
#: a name genitive completing the chain: a place or a named thing
GENITIVES = frozenset({"B-LOC", "B-MISC"})


def common_body_heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("ner", "data", "common_body_heads.txt"))


def _verb(stem: str, count: Callable[[str], int]) -> bool:
    """Is ``stem`` an imperfect verb: with another person prefix a frequent word too
    («تنتج» / «ينتج»; not «تويتر» / «يويتر»)?"""
    return len(stem) > 3 and stem[0] in IMPERFECT and count("ال" + stem) == 0 and any(
        count(p + stem[1:]) >= VERB_MIN for p in IMPERFECT if p != stem[0])


def _ordinary(norm: str, stem: str, lex: Lexicon) -> bool:
    """Is the word an indefinite ordinary word: no article or clitic, in no curated name
    list, and a common word with the article too («أميركية» / «الأميركية»; a name is
    seldom definite: «داعش», «موبايلي») or an imperfect verb?"""
    if norm != stem or not stem.isalpha() or stem.startswith("ال") \
            or not lex.words.get(stem, frozenset()).isdisjoint(NAME_KINDS):
        return False
    return common_word(stem, lex.count) or _verb(stem, lex.count)


def _genitive_end(stems: Sequence[str], tags: Sequence[str], hi: int) -> int:
    """End of a name genitive right after ``hi`` (a place or MISC mention, then its definite
    adjectives: «مصنع كسوة» + «الكعبة المشرفة»), or ``hi`` when none follows."""
    if hi >= len(tags) or tags[hi] not in GENITIVES:  # «شركة X لجنة …»: two bodies
        return hi
    end = hi + 1
    while end < len(tags) and tags[end].startswith("I-"):
        end += 1
    while end < len(tags) and tags[end] == "O" and is_definite(stems[end]) \
            and (is_nisba(stems[end]) or stems[end].startswith("الم")):
        end += 1
    return end


def drop_common_bodies(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                       heads: frozenset[str], lex: Lexicon) -> None:
    """Untag an ORG mention made of a head and ordinary words only, or complete it when a
    name follows as the genitive of its last noun («شركة واحة» + «مكة»; in place)."""
    for lo, hi, label in spans(tags):
        if label == "ORG" and hi - lo > 1 and stems[lo] in heads \
                and all(_ordinary(norms[i], stems[i], lex) for i in range(lo + 1, hi)):
            last = stems[hi - 1]
            end = hi if is_nisba(last) or _verb(last, lex.count) else \
                _genitive_end(stems, tags, hi)
            tags[lo:end] = ["O"] * (hi - lo) if end == hi else \
                ["B-ORG"] + ["I-ORG"] * (end - lo - 1)
