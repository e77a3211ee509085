"""A past reporting verb with an object pronoun right after the reporter's «according to»
marker: «…، بحسب ما ذكرته الصحيفة», «وفقاً لما أعلنه الوزير», «حسبما أوردته الوكالة» (the
pronoun resumes «ما»).  The form is the cue; :mod:`.sourced` reads its subject and content
as for «حسبما ذكرت الصحيفة».  Elsewhere such a form is no cue: «ذكرته» alone may be «I
mentioned it», «قاله» is part of a relative clause («ما قاله الرئيس أمس كان …»)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..document import Token
from ..normalize import strip_diacritics
from .cues import VERB, Cue, lookup

_FILE = "according_speech.txt"
#: object pronouns, longest first («أعلنتهما» before «أعلنته»)
_PRONOUNS = ("هما", "هم", "ها", "ه")


def pronoun_cue(tokens: Sequence[Token], i: int) -> Cue | None:
    """The past verb cue of token ``i`` without its object pronoun, when the token right
    before is «حسبما»/«وفقما» or «ما»/«لما» after «بحسب»/«حسب»/«وفق»/«وفقا»/«طبقا», in a
    trailing phrase («…، بحسب ما ذكرته الصحيفة»; not a fronted one, whose clause follows
    after «فقد», an apposition or a comma) that is no channel of a cue right before it
    («وأضاف بحسب ما نقلته الوكالة "…"», «وذكرت المصادر بحسب ما نقلته صحيفة …، إن …»)."""
    marker = marker_before(tokens, i)
    if marker is None or _fronted(tokens, marker) or _channel(tokens, marker):
        return None
    tok = tokens[i]
    surface = strip_diacritics(tok.text)
    for suffix in _PRONOUNS:
        if tok.norm.endswith(suffix) and surface.endswith(suffix) \
                and len(tok.norm) - len(suffix) >= 3:
            cut = len(suffix)
            bare = replace(tok, text=surface[:-cut], norm=tok.norm[:-cut], segments=())
            cue = lookup(bare)
            if cue is not None and cue.pos == VERB and cue.past and not cue.proclitic:
                return cue
            return None
    return None


@lru_cache(maxsize=None)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], Callable[[str], str]]:
    """(verb markers, «ما»/«لما», markers, :func:`.sourced.unjoined`), read once."""
    from .context import word_group  # context imports this module
    from .sourced import unjoined
    return (word_group("verb_markers", _FILE), word_group("what", _FILE),
            word_group("markers", _FILE), unjoined)


def marker_before(tokens: Sequence[Token], i: int) -> int | None:
    """The first token of the «according to» marker right before token ``i``, or None."""
    if i < 1:
        return None
    verb_markers, what, markers, unjoined = _words()
    before = unjoined(tokens[i - 1].norm)
    if before in verb_markers:
        return i - 1
    if i > 1 and before in what and unjoined(tokens[i - 2].norm) in markers:
        return i - 2
    if i > 2 and before in what and tokens[i - 2].norm in _what_markers() \
            and tokens[i - 3].text in ("،", ","):
        return i - 2  # «…، على ما أعلنت الوكالة»
    return None


@lru_cache(maxsize=None)
def _what_markers() -> frozenset[str]:
    from .context import word_group  # context imports this module
    return word_group("what_markers", _FILE)


def _fronted(tokens: Sequence[Token], marker: int) -> bool:
    from .context import SENTENCE_END
    return marker == 0 or tokens[marker - 1].text in SENTENCE_END


def _channel(tokens: Sequence[Token], marker: int) -> bool:
    """Is there a reporting verb among the three tokens before the marker, in its
    sentence?"""
    from .context import SENTENCE_END
    for k in range(marker - 1, max(-1, marker - 4), -1):
        if tokens[k].text in SENTENCE_END:
            return False
        cue = lookup(tokens[k])
        if cue is not None and cue.pos == VERB:
            return True
    return False
