"""A paper or channel told something: «قال … لـ"الاقتصادية"», «في حديث لـ«الشرق الأوسط»».

A newspaper named by a common word (``media_names.txt``: «الوطن», «الاقتصادية», «الشرق
الأوسط») is an organization only after a media head in :func:`.patterns.media_rule`; a
detached «لـ» + that name in quotes is one too when the sentence reports speech (a reporting
verb or speech noun among the words before it, or right after the closing quote), also over
a CRF place («الشرق الأوسط»).  A colon right after the closing quote introduces the words
told («… لـ«الشرق الأوسط»: «…»», however far the verb), and «مع» after a speech noun (with
its pronoun or bare, at most one word before it) is «لـ» too («في حديثه مع «الشرق الأوسط»»,
«في اتصال هاتفي مع «الحياة»»).  Elsewhere «لـ"الأولى"» («promotion to the first division»)
stays as it is.  Some papers open the quote with «»» too («لـ»المدينة»»).  Applied after
the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .facilities import CLOSING, OPENING
from .tagging import put_label

#: detached «لـ» (the tatweel is gone after normalization) and «إلى»
TO = frozenset({"ل", "الي"})
#: words that report speech without being reporting-verb cues of the quotes stage
SPEECH = frozenset({"حديث", "حوار", "مقابله", "ان"})
#: how many words before «لـ» may hold the reporting verb («وقال مصدر عسكري في صنعاء لـ…»)
WINDOW = 8
LONGEST = 3
#: «مع» + the paper after one of these nouns (with a pronoun suffix: «حديثه», «حوارها»)
WITH, SPEECH_NOUNS = "مع", frozenset({"حديث", "حوار", "مقابله", "لقاء", "اتصال"})
COLON = ":"
#: quote marks that open the paper's name: some papers open with «»» too («لـ»المدينة»»)
OPENERS = OPENING | {"»"}


@lru_cache(maxsize=1)
def speech_words() -> frozenset[str]:
    """Reporting verbs and speech nouns, with their proclitics (normalized)."""
    from ..quotes.cues import lexicon as cue_lexicon
    return frozenset(cue_lexicon()) | SPEECH


def quoted_name_length(norms: Sequence[str], start: int,
                       names: frozenset[tuple[str, ...]]) -> int:
    """Length of the listed name at ``start`` closed by a quote mark, or 0."""
    for n in range(LONGEST, 0, -1):
        end = start + n
        if end < len(norms) and norms[end] in CLOSING and tuple(norms[start:end]) in names:
            return n
    return 0


def _to(norms: Sequence[str], i: int) -> bool:
    """Is word ``i`` «لـ» / «إلى», or «مع» after a speech noun with its pronoun?"""
    if norms[i] in TO:
        return True
    return norms[i] == WITH and any(_speech_noun(norms[k]) for k in range(max(0, i - 2), i))


def _speech_noun(word: str) -> bool:
    """A speech noun, bare («في اتصال [هاتفي] مع») or with its pronoun («في حديثه مع»)."""
    return word in SPEECH_NOUNS or (word.endswith(("ه", "ها"))
                                    and (word[:-1] in SPEECH_NOUNS or word[:-2] in SPEECH_NOUNS))


def replaceable(tags: Sequence[str], lo: int, hi: int) -> bool:
    """Are the words untagged, or one mention of a place or organization exactly?"""
    if all(t == "O" for t in tags[lo:hi]):
        return True
    label = tags[lo][2:]
    return tags[lo].startswith("B-") and label in ("LOC", "ORG") \
        and all(t == "I-" + label for t in tags[lo + 1:hi]) \
        and (hi == len(tags) or not tags[hi].startswith("I-"))


def told_media(norms: Sequence[str], tags: list[str],
               names: frozenset[tuple[str, ...]]) -> None:
    """«لـ» + a quoted paper's name in a sentence that reports speech is an organization."""
    if not TO.intersection(norms) and WITH not in norms:
        return
    speech = speech_words()
    for i in range(len(norms) - 3):
        if not _to(norms, i) or norms[i + 1] not in OPENERS:
            continue
        n = quoted_name_length(norms, i + 2, names)
        after = i + 3 + n
        if not n or not replaceable(tags, i + 2, i + 2 + n):
            continue
        if speech.isdisjoint(norms[max(0, i - WINDOW):i]) and \
                (after >= len(norms) or norms[after] not in speech | {COLON}):
            continue
        put_label(tags, i + 2, i + 2 + n, "ORG")
