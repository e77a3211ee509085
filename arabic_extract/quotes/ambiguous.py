"""Verbs that are also prepositions, written bare («عقب» after, «بين» between: no shadda,
no «و», no suffix).  Such a word is the verb only where a clause can start: after a
comma, at the sentence start, after a connective or relative pronoun («…، بين فلان أن»,
«فيما بين أن», «الذي بين أن», «قد بين أن»); after a noun it is the preposition of that
noun's phrase («وقال فلان في تصريح عقب الزيارة : …», «وأوضح فلان عقب الجلسة أن …»), and
the opener after it is the earlier cue's.  Word lists: ``[speech_connectives]``,
``[new_clause]``, ``[verb_particles]`` of ``quotes/data/function_words.txt``."""
from __future__ import annotations

from .context import COMMAS, RELATIVE_PRONOUNS, Context, word_group
from .cues import VERB, Cue

_GROUPS = ("speech_connectives", "new_clause", "verb_particles")
_PUNCT = frozenset({"؛", ";", ":", "(", "-", "–"})


def bare_ambiguous(cue: Cue) -> bool:
    """A verb that is also a preposition, written bare («عقب», «بين»: no shadda, no «و»)."""
    return "shadda" in cue.flags and "voweled" not in cue.flags and not cue.proclitic


def preposition_form(cue: Cue) -> bool:
    """Is the cue written exactly like the preposition («عقب», «بين»; not «بينت», «مبينا»)?"""
    return bare_ambiguous(cue) and cue.pos == VERB and cue.past and cue.gender == "m"


def clause_start(ctx: Context, j: int) -> bool:
    """Can a clause start at token ``j`` (see module)?"""
    if j == ctx.sentence_start_token(j) or j == 0:
        return True
    prev = ctx.tokens[j - 1].text
    if prev in COMMAS or prev in _PUNCT or not ctx.is_word(j - 1):
        return True
    word = ctx.norm(j - 1)
    return word in RELATIVE_PRONOUNS or any(word in word_group(g) for g in _GROUPS)
