"""A person named as the source of a trailing «according to» phrase goes on speaking in
the next sentence: «… تظهر ثقة المستثمرين، بحسب فلان الذي أشرف على العملية. وقال إن …»
→ فلان (the phrase's statement is found after the cue statements, so the last speaker does
not know it)."""
from __future__ import annotations

from ..document import Speaker
from .context import Context
from .genders import name_gender
from .sourced import fronted, group, source_token, unjoined


def according_person(ctx: Context, s: int, stop: int) -> tuple[Speaker, str] | None:
    """The person (and the gender of the name, «m» unless known «f») of the last trailing
    «according to» phrase of the sentence from token ``s`` to ``stop``, else None."""
    for k in range(stop - 1, s, -1):
        marker = unjoined(ctx.norm(k))
        if marker not in group("markers"):
            continue
        if fronted(ctx, k):
            return None
        source = source_token(ctx, k + 1, marker in ("وفقا", "طبقا"))
        mention, entity = ctx.mention_at.get(source[0], (None, None)) if source else (None, None)
        if mention is None or mention.label != "PER" or not entity:
            return None
        name = ctx.entities[entity].name
        return Speaker(entity, name), name_gender(name) or "m"
    return None
