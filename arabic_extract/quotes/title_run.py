"""A title written after a named subject without commas, before the opener: «رأى الدكتور
فلان أستاذ العلوم السياسية بجامعة … أن …».  The title is the subject's apposition, so the
opener after it is still right after the subject, even for a strict cue."""
from __future__ import annotations

from .context import Context
from .cues import is_complementizer
from .named import Subject

#: words a title run may have before the opener
_MAX = 8


def past_title(ctx: Context, k: int, opener: int, subject: Subject | None) -> int:
    """``opener - 1`` when tokens ``k``..``opener - 1`` are a title of the named person
    ``subject`` (a title word first, then words only: no comma, cue, complementizer or
    other person), else ``k``."""
    entity = ctx.entities.get(subject.entity or "") if subject is not None else None
    if entity is None or entity.type != "PER" or not k < opener <= k + _MAX \
            or not ctx.is_title(k):
        return k
    for j in range(k, opener):
        mention = ctx.mention_at.get(j, (None, None))[0]
        if not ctx.is_word(j) or ctx.cue(j) is not None or is_complementizer(ctx.tokens[j]) \
                or mention is not None and mention.label == "PER":
            return k
    return opener - 1
