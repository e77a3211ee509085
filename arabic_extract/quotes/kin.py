"""A relative named by a kinship noun with a pronoun right after the cue («ويقول والده إن
…», «وقالت شقيقته …»): an unnamed speaker, not the person the pronoun refers to."""
from __future__ import annotations

from .context import Context
from .cues import VERB, Cue
from .named import Subject
from .plausible import speaker_words

_SUFFIXES = ("هما", "هم", "ها", "ه")


def kin_subject(ctx: Context, i: int, cue: Cue) -> Subject | None:
    """The kinship noun with its pronoun after the verb cue at ``i``, as an unnamed subject
    (not after a verb of demand: «ودعا والده إلى …» addresses him)."""
    k = i + 1
    if cue.pos != VERB or "addr" in cue.flags or k >= len(ctx.tokens) or not ctx.is_word(k):
        return None
    if not _kin_with_pronoun(ctx.norm(k)):
        return None
    tok = ctx.tokens[k]
    return Subject(None, tok.start, tok.end, k, "title")


def _kin_with_pronoun(norm: str) -> bool:
    """«والده», «والدته», «شقيقها», «ابنهم» (normalized: ة written ه)."""
    kin = speaker_words("kinship")
    for suffix in _SUFFIXES:
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 2:
            return stem in kin or stem.endswith("ت") and stem[:-1] + "ه" in kin
    return False
