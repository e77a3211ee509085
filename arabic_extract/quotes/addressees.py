"""A named country or body right after a verb of demand and right before the verb's
preposition is its addressee, not its subject («وقال الوزير … . ودعا الهند إلى استئناف
الحوار»: the minister calls on India), when the last speaker can go on with the cue."""
from __future__ import annotations

from ..document import Speaker
from .context import Context
from .cues import VERB, Cue
from .demands import starts_complement
from .named import Subject
from .speakers import SpeakerState, compatible, continued


def addressee_speaker(ctx: Context, i: int, cue: Cue, subject: Subject | None,
                      state: SpeakerState) -> Speaker | None:
    """The last speaker going on when the ``subject`` found after the demand cue at ``i``
    is rather its addressee, else None."""
    return continued(state.last) if _addressee(ctx, i, cue, subject, state) else None


def _addressee(ctx: Context, i: int, cue: Cue, subject: Subject | None,
               state: SpeakerState) -> bool:
    if subject is None or subject.entity is None or "addr" not in cue.flags \
            or cue.pos != VERB or cue.gender not in ("m", "f"):
        return False
    start = ctx.token_at(subject.start)
    if start is None or start <= i or start > i + 1 \
            or ctx.entities[subject.entity].type == "PER":
        return False
    k = subject.last + 1
    if k >= len(ctx.tokens) or not starts_complement(ctx, k, cue):
        return False
    last = state.last
    return last is not None and last.entity != subject.entity and compatible(state, last, cue)
