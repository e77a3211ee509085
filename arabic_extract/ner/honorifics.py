"""A person's full name after a rank or honorific: «أوضح مساعد المدير اللواء جمعان أحمد
الغامدي أن …», «وقال د. سالم باجعيفر، …».  The CRF misses such names when their words
are rare or ambiguous («صدقي», «عوض»); the rank, and the «أن»/«إن» or punctuation that
closes the name, mark them out.  Applied by ``Rules.sentence`` to words the CRF left
``O`` (or tagged as part of a person's name), on normalized clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..entities.names import bare, title_heads
from ..normalize import normalize
from ..resources import word_list
from .consistency import function_words
from .lexicon import PERSON_KINDS, Lexicon
from .tagging import is_definite, mention_end, put_label

#: words that close a name: «أن»/«إن» (clitic-free: «بأن» → «ان») and punctuation
NAME_ENDS = frozenset({"ان", "انه", "انها", "انهم", "،", ",", ":", "؛", ";", ".", "("})
MIN_WORDS, MAX_WORDS = 2, 4
#: lexicon kinds of the head words of titles, organizations and places
HEAD_KINDS = frozenset({"TITLE", "OHEAD", "PLACEW"})
COMMON = 1000  # a definite word this frequent is no family name unless listed as a name


def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(w) for w in line.split())
                     for line in word_list("ner", "data", name))


def honorifics() -> frozenset[tuple[str, ...]]:
    """Ranks and honorifics (data/person_honorifics.txt), as word tuples."""
    return _phrases("person_honorifics.txt")


def rank_modifiers() -> frozenset[str]:
    """Words between a rank and the name (data/rank_modifiers.txt: «ركن», «طيار»)."""
    return frozenset(w for (w, *rest) in _phrases("rank_modifiers.txt") if not rest)


def rank_phrases() -> frozenset[tuple[str, str]]:
    """Two-word modifiers between a rank and the name (rank_modifiers.txt: «أركان حرب»)."""
    return frozenset((w, v) for (w, *rest) in _phrases("rank_modifiers.txt")
                     for v in rest[:1] if len(rest) == 1)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Title and role words without the article, and their feminine forms («مساعدة»)."""
    roles = frozenset(bare(t) for t in title_heads() if " " not in t)
    return roles | frozenset(r + "ه" for r in roles)


def _opening(stems: Sequence[str], i: int, heads: frozenset[tuple[str, ...]]) -> int:
    """Index after the honorific starting at ``i`` (``i`` when none does)."""
    for n in (2, 1):
        if tuple(stems[i:i + n]) in heads:
            return i + n
    return i


class HonorificRule:
    """«rank/honorific + modifiers + 2-4 name words + أن/إن/punctuation» → PER."""

    def __init__(self, lex: Lexicon, stop: frozenset[str],
                 nationalities: frozenset[str], ends: frozenset[str] = frozenset()) -> None:
        self.lex = lex
        self.ends = NAME_ENDS | ends
        self.heads = honorifics()
        #: first words of the honorifics (no honorific opens elsewhere)
        self.first_words = frozenset(head[0] for head in self.heads)
        self.skip = rank_modifiers() | {w for (w, *rest) in self.heads if not rest}
        self.skip_pairs = rank_phrases()
        self.stop = stop | nationalities | function_words() | role_words()

    def name_word(self, stem: str, norm: str, first: bool) -> bool:
        """Can ``stem`` be a word of the name: no proclitic («ومسؤولي», «بتأخر»), no title,
        verb or function word; the first a given name the lexicon knows, a later definite
        word no common noun («المركز»)."""
        if norm != stem or not stem.isalpha() or stem in self.stop or stem in self.skip:
            return False
        kinds = self.lex.words.get(stem, frozenset())
        named = bool(kinds & PERSON_KINDS)
        if not kinds.isdisjoint(HEAD_KINDS):  # «منطقة»
            return False
        if stem.startswith("و") and not named:  # «ومديري»: a conjunct the counts kept whole
            return False
        if first:
            return named and not is_definite(stem)
        return named or not is_definite(stem) or self.lex.count(stem) < COMMON

    def name_start(self, stems: Sequence[str], i: int) -> int:
        """Index of the name's first word after the honorific at ``i`` (``i`` if none)."""
        j = _opening(stems, i, self.heads)
        if j == i:
            return i
        if stems[i] == "د" and j < len(stems) and stems[j] == ".":
            j += 1
        while j < len(stems):
            if tuple(stems[j:j + 2]) in self.skip_pairs:
                j += 2
            elif stems[j] in self.skip:
                j += 1
            else:
                return j
        return j

    def _closed(self, stems: Sequence[str], tags: Sequence[str], end: int) -> bool:
        """Does an untagged «أن»/«إن», punctuation mark or title stand at ``end``?"""
        return end < len(stems) and stems[end] in self.ends and tags[end] == "O"

    def _new_name(self, stems: Sequence[str], norms: Sequence[str], tags: Sequence[str],
                  start: int) -> int:
        """End of a name of 2-4 untagged words from ``start`` closed by a boundary (or
        ``start``)."""
        end = start
        while end < len(stems) and end - start < MAX_WORDS and tags[end] == "O" and \
                self.name_word(stems[end], norms[end], end == start):
            end += 1
        return end if end - start >= MIN_WORDS and self._closed(stems, tags, end) else start

    def _last_name(self, stems: Sequence[str], norms: Sequence[str], tags: Sequence[str],
                   start: int) -> int:
        """End of the CRF's person mention at ``start`` with the one word after it, when
        the mention has two words or more and stops at a given name («المهندس [خالد محفوظ]
        بحاح:»), so the family name is missing (or ``start``)."""
        end = mention_end(tags, start, "PER")
        if end - start < MIN_WORDS or is_definite(stems[end - 1]) or end == len(stems) \
                or tags[end] != "O" or not self.name_word(stems[end], norms[end], False):
            return start
        return end + 1 if self._closed(stems, tags, end + 1) else start

    def __call__(self, stems: Sequence[str], norms: Sequence[str], tags: list[str]) -> None:
        for i in range(len(stems) - MIN_WORDS):
            start = self.name_start(stems, i)
            if start == i or start >= len(stems) or tags[i] != "O":
                continue
            end = self._new_name(stems, norms, tags, start) if tags[start] == "O" \
                else self._last_name(stems, norms, tags, start)
            if end > start:
                put_label(tags, start, end, "PER")
