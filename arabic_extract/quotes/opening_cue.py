"""Cues that need the token's neighbours: a past verb with an object pronoun after «حسبما»
(:mod:`.pronoun_cue`), and «وعبر» opening a sentence.  Written without its shadda, «عبّر»
(to express) looks like the preposition «عبر» (via); «وعبر فلان عن …» at a sentence's
start, with «عن» after a short subject, is the verb («وعبر الوزير عن شكره …»)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..document import Token
from .cues import Cue, lexicon
from .pronoun_cue import pronoun_cue

_ENDS = frozenset({".", "!", "?", "؟", "…", "..."})
_COMMAS = frozenset({"،", ","})
#: tokens from the verb to its «عن» (a subject of up to eight words)
_REACH = 10


def context_cue(tokens: Sequence[Token], i: int, text: str) -> Cue | None:
    """The cue of token ``i`` read with its neighbours, else None."""
    found = pronoun_cue(tokens, i)
    if found is None and tokens[i].norm in _shadda_forms():  # most words: one set test
        return _opening_verb(tokens, i, text)
    return found


@lru_cache(maxsize=1)
def _shadda_forms() -> frozenset[str]:
    return frozenset(lexicon(True))


def _opening_verb(tokens: Sequence[Token], i: int, text: str) -> Cue | None:
    """A past verb that needs a written shadda (``needshadda``), written without it, with
    «و», opening a sentence or a paragraph, its preposition after the subject and before
    any comma («وعبر المصدر عن خالص التعازي»; not «وعبر الهاتف، قال …»)."""
    cue = lexicon(True).get(tokens[i].norm)
    if cue is None or cue.proclitic != "و" or not cue.past or not cue.preps:
        return None
    if i > 0 and tokens[i - 1].text not in _ENDS \
            and "\n" not in text[tokens[i - 1].end:tokens[i].start]:
        return None
    for j in range(i + 2, min(len(tokens), i + _REACH)):
        if tokens[j].norm in cue.preps:
            return cue
        if tokens[j].text in _ENDS or tokens[j].text in _COMMAS:
            return None
    return None
