"""Drop one-word "persons" that nothing in the article supports and that are common words
or pieces of a word.

A tagger slip makes a person of an ordinary word: «كوكب» in «اكتشاف كوكب جديد», «نصر» in
«نصر المظلوم», «الحكيم» in «القرار الحكيم», «ابرا» cut out of «كابرا». A real one-word
person mostly shows itself: a title («الرئيس أوباما»), a kinship noun before it («زوجته
سمر»), a place in a list of names («سمير غانم وشيرين»), the subject of a reporting verb
(«وقال سالم إن …»); and a one-word name is rarely a common word: the corpus counts «محمد»
9553 times and «المحمد» 10 times, but «كوكب» 173 times and «الكوكب» 150. So an entity
whose every mention is one word is dropped when it has none of that evidence and either
the word's other form (with the article ال, or without it for «الحكيم») is common in the
corpus, or every mention was cut out of a longer written word.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Container, Sequence

from ..document import Document, Mention, Token
from ..resources import word_list
from .names import name_key, token_index

#: the other form must be at least this share of the word's own corpus count …
COMMON_RATIO = 0.12
#: … and at least this frequent
COMMON_MIN = 5
#: what may stand between two coordinated names («سمير غانم وشيرين», «روجينا، سيمون»)
_COORDINATION = frozenset({"", "،", ",", "و", "،و", ",و"})
#: the longest text between two coordinated names worth looking at («) ، و (» and spaces)
MAX_GAP = 12
#: brackets and quote marks around a name in a list («(ماركو) رويس»)
_BRACKETS = str.maketrans("", "", "()[]«»\"“”'")


@lru_cache(maxsize=1)
def kinship() -> frozenset[str]:
    """Normalized kinship nouns (``ner/data/kinship.txt``) and their possessive forms."""
    words = {name_key(w) for w in word_list("ner", "data", "kinship.txt")}
    return frozenset(words | {w + end for w in words for end in ("ه", "ها", "هم", "ي")}
                     | {w[:-1] + "ت" + end for w in words if w.endswith("ه")
                        for end in ("ه", "ها", "هم", "ي")})


def other_form(word: str) -> str:
    """The word with the article if it has none, without it if it has one."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else "ال" + word


def common_word(word: str, count: Callable[[str], int]) -> bool:
    """Is ``word``'s other form (:func:`other_form`) common next to ``word`` itself?  So is
    a plural verb that lost its final alef («شاركو» for «شاركوا»)."""
    others = [other_form(word)] + ([word + "ا"] if word.endswith("و") else [])
    return any(count(o) >= COMMON_MIN and count(o) >= COMMON_RATIO * count(word)
               for o in others)


def glued_conjunction(word: str, count: Callable[[str], int], known: Container[str]) -> bool:
    """Is ``word`` an ordinary word with «و» (or «ف») glued on that the tagger left
    whole («وسيختلف», «وشكى»)?  The word is rare in the corpus and in no name list, nor is
    it without the letter; after «ف» that rest must be a corpus word (foreign names such as
    «فينواي» begin with «ف»)."""
    if len(word) < 4 or word[0] not in "وف" or word in known or count(word) >= COMMON_MIN:
        return False
    rest = word[1:]
    if rest in known:
        return False
    return word[0] == "و" or count(rest) >= COMMON_MIN


def cut_from_word(doc: Document, mentions: Sequence[Mention]) -> bool:
    """Was every mention cut out of a longer written word, letters that the tagger took for
    proclitics left before it («كابرا» → «ابرا», «ورودا» → «رودا»)?"""
    for m in mentions:
        j = token_index(doc.tokens, m.start)
        if j < len(doc.tokens) and doc.tokens[j].start == m.start:
            return False
    return True


def _previous(tokens: Sequence[Token], start: int) -> Token | None:
    """The token before the one holding ``start``."""
    j = token_index(tokens, start)
    if j < len(tokens) and tokens[j].start > start or j == len(tokens):
        j -= 1  # ``start`` is inside a token (a proclitic was cut off)
    if 0 < j <= len(tokens) and tokens[j - 1].end <= start:
        return tokens[j - 1]
    return None


def _coordinated(text: str, mention: Mention, persons: Sequence[Mention]) -> bool:
    """Does another person mention stand right before or after ``mention``, only a comma
    or «و» between them?"""
    for other in persons:
        if other.end <= mention.start:
            gap = text[other.end:mention.start]
        elif other.start >= mention.end:
            gap = text[mention.end:other.start]
        else:
            continue
        if len(gap) <= MAX_GAP and "".join(gap.translate(_BRACKETS).split()) in _COORDINATION:
            return True
    return False


#: what opens the words of a speaker right after the name («قال سالم إن …», «قال سالم: …»)
_OPENERS = frozenset({":", "\"", "«", "“"})


def _speaker(doc: Document, mention: Mention, prev: Token | None) -> bool:
    """Is ``mention`` the subject of a reporting verb, its words opened right after it
    («وقال سالم إن …»; not «قال لي موظف …», «وأكد حاكم مقاطعة …»)?"""
    from ..quotes.context import word_group
    from ..quotes.cues import VERB, is_complementizer, lookup
    j = token_index(doc.tokens, mention.end)
    if prev is None or j >= len(doc.tokens) \
            or name_key(mention.text) in word_group("pronoun_preps", "speaker_words.txt"):
        return False  # «قال لي إنه …»: the addressee
    cue = lookup(prev)
    nxt = doc.tokens[j]
    return cue is not None and cue.pos == VERB and (is_complementizer(nxt)
                                                    or nxt.text in _OPENERS)


def supported(doc: Document, mentions: Sequence[Mention], persons: Sequence[Mention]) -> bool:
    """Is a kinship noun before a mention, is a mention the speaker of a reporting verb,
    or coordinated with another name?"""
    for m in mentions:
        prev = _previous(doc.tokens, m.start)
        if prev is not None and name_key(prev.text) in kinship() or _speaker(doc, m, prev):
            return True
        if _coordinated(doc.text, m, [p for p in persons if p not in mentions]):
            return True
    return False


class Neighbours:
    """Mentions indexed by start and by end: those that may stand in a list with a mention
    (no more than :data:`MAX_GAP` characters away) are found without scanning them all."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_start = sorted(mentions, key=lambda m: m.start)
        self._by_end = sorted(mentions, key=lambda m: m.end)
        self._starts = [m.start for m in self._by_start]
        self._ends = [m.end for m in self._by_end]

    def near(self, mention: Mention) -> list[Mention]:
        """Mentions ending at most MAX_GAP characters before ``mention`` or starting at most
        MAX_GAP characters after it."""
        before = self._by_end[bisect_left(self._ends, mention.start - MAX_GAP):
                              bisect_right(self._ends, mention.start)]
        after = self._by_start[bisect_left(self._starts, mention.end):
                               bisect_right(self._starts, mention.end + MAX_GAP)]
        return before + after
