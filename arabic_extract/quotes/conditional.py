"""A reporting verb after a conditional particle reports nothing: «إذا اعتقد أعضاؤه أن …»,
«ولو قال الوزير إن …» (if he said) state a condition, not what was said.  Such a verb is
no statement of its own and no stop for the content of the cue before it («وقالت فلانة
إنه سيكون خطأ إذا اعتقد الحزب أن …»: all one statement).  Particles:
``[conditionals]`` of ``quotes/data/nonspeech.txt``."""
from __future__ import annotations

from .context import Context, word_group
from .cues import VERB, Cue

_FILE = "nonspeech.txt"
#: words allowed between the particle and the verb («إذا ما قال», «لو قد أعلن»)
_FILLERS = frozenset({"ما", "قد"})


def hypothetical(ctx: Context, i: int, cue: Cue) -> bool:
    """Is the perfect verb cue at token ``i`` the verb of a condition («إذا/لو + verb»)?"""
    if cue.pos != VERB or cue.proclitic or not cue.past:
        return False  # «وهي إذا توضح ذلك …» (as she explains): «إذا» + imperfect is no condition
    k = i - 1
    if k >= 0 and ctx.norm(k) in _FILLERS:
        k -= 1
    if k < 0 or not ctx.is_word(k):
        return False
    word = ctx.norm(k)
    particles = word_group("conditionals", _FILE)
    return word in particles or word[:1] in ("و", "ف") and word[1:] in particles
