"""«يعتبر/تعتبر» right before an indefinite predicate is the passive "is considered", not
a speaker's opinion: «القرى التي تعتبر بعيدة عن الطرق …», «هل يعتبر جريمة لهذه الدرجة،
مع يقيني أن …», «نسبة من الخريجين تعتبر مؤهلة …».  The word after the verb names no speaker
(no mention, title, source, person word nor rare word, as :mod:`.revealed`), has no
article and is no preposition, and no «أن/إن» follows within eight words before a
punctuation mark («يعتبر مراقبون أن …», «يعتبر دعاة التوسع في … أن …» report).  Neither
a statement nor a stop for an earlier cue's content."""
from __future__ import annotations

from .context import Context, word_group
from .cues import is_complementizer
from .revealed import speaker_word

_FILE = "nonspeech.txt"
#: words after the verb searched for a complementizer, up to a punctuation mark
#: («يعتبر دعاة التوسع في صناعة السيارات ذاتية القيادة أن …»)
_REACH = 8


def considered_passive(ctx: Context, i: int) -> bool:
    """Is the cue word at ``i`` «يعتبر/تعتبر» (also with و/ف) before an indefinite
    predicate (see the module)?"""
    word = ctx.norm(i)
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    k = i + 1
    if word not in word_group("considered", _FILE) or k >= len(ctx.tokens) \
            or not ctx.is_word(k) or ctx.norm(k).startswith("ال") or ctx.is_preposition(k) \
            or is_complementizer(ctx.tokens[k]) or speaker_word(ctx, k):
        return False
    for j in range(k, min(len(ctx.tokens), k + _REACH)):
        if not ctx.is_word(j):
            return True
        if is_complementizer(ctx.tokens[j]):
            return False
    return True

