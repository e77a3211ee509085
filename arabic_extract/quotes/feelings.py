"""«أمر يدعو للقلق», «ما يدعو إلى التفاؤل»: «دعا» with a feeling as its object gives cause
for that feeling (a thing's effect on people); nobody calls for anything.  Word list:
``[feelings]`` of ``quotes/data/nonspeech.txt``."""
from __future__ import annotations

from functools import lru_cache

from ..entities.names import bare
from ..normalize import normalize
from .context import Context, word_group
from .cues import Cue

_CALL = normalize("دعا")
_TO = frozenset({normalize("إلى"), "الى"})


@lru_cache(maxsize=None)
def _feelings() -> frozenset[str]:
    return frozenset(bare(w) for w in word_group("feelings", "nonspeech.txt"))


def _feeling(word: str) -> bool:
    """Is ``word`` (after «إلى», or with an attached «لـ»: «للقلق») a listed feeling?"""
    if word.startswith("لل"):
        word = word[2:]
    elif word.startswith("ل") and len(word) > 3:
        word = word[1:]
    return bare(word) in _feelings()


def gives_cause(ctx: Context, i: int, cue: Cue) -> bool:
    """Is the cue at token ``i`` «دعا» whose object, right after it (or after «إلى»), is a
    feeling («يدعو للفخر», «تدعو إلى القلق», «يدعو إلى مزيد من القلق» is left)?"""
    if cue.lemma != _CALL or i + 1 >= len(ctx.tokens):
        return False
    k = i + 2 if ctx.norm(i + 1) in _TO else i + 1
    if k >= len(ctx.tokens) or not ctx.is_word(k):
        return False
    word = ctx.norm(k)
    return _feeling(word) if k == i + 1 else bare(word) in _feelings()
