"""«قلل الوزير من أهمية التقارير»: «قلّل» reports speech only when it downplays the weight
of something («أهمية», «شأن», «خطورة» …); «يقلل من العمر الافتراضي للمبنى», «يقلل خطر
الإصابة» reduce a thing and report nothing.  Word list: ``[downplayed]`` of
``quotes/data/nonspeech.txt``."""
from __future__ import annotations

from functools import lru_cache

from ..entities.names import bare
from ..normalize import normalize
from .context import Context, word_group
from .cues import Cue

_REDUCE = normalize("قلل")
#: tokens after the cue searched for the downplayed word (a subject may come first:
#: «قلل وزير الخارجية الأمريكي من أهمية …»)
_REACH = 8


@lru_cache(maxsize=None)
def _downplayed() -> frozenset[str]:
    return frozenset(bare(w) for w in word_group("downplayed", "nonspeech.txt"))


def reduces(ctx: Context, i: int, cue: Cue) -> bool:
    """Is the cue at token ``i`` «قلل» with no downplayed word («أهمية», «شأن» …) after it
    in its sentence, within a few words?"""
    if cue.lemma != _REDUCE:
        return False
    end = min(ctx.sentence_end_token(i), i + 1 + _REACH)
    return not any(bare(ctx.norm(k)) in _downplayed() for k in range(i + 1, end))
