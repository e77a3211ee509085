"""A cue verb with no speaker in reach, read impersonally: «…، وتبين أن المصاب …» (it turned
out that) and «… دعم البنك للجائزة، يعتبر امتداداً لرؤيته» (is considered + an indefinite
accusative).  Neither reports anything nor ends an earlier cue's content."""
from __future__ import annotations

from .context import Context, word_group
from .considered import considered_passive
from .cues import is_complementizer

_FILE = "nonspeech.txt"
_ACCUSATIVE = ("اً", "ًا")


def impersonal(ctx: Context, i: int) -> bool:
    """Is the cue word at ``i`` «تبين/يتبين» right before «أن», or «يعتبر/تعتبر» right
    before a word written with the accusative tanween?"""
    if i + 1 >= len(ctx.tokens):
        return False
    word = ctx.norm(i)
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    after = ctx.tokens[i + 1]
    if word in word_group("turned_out", _FILE):
        return is_complementizer(after)
    return word in word_group("considered", _FILE) and after.text.endswith(_ACCUSATIVE) \
        or considered_passive(ctx, i)  # «… تعتبر ممتازة»
