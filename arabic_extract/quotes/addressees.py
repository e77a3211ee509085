"""A named country or body right after a verb of demand and right before the verb's
preposition is its addressee, not its subject («وقال الوزير … . ودعا الهند إلى استئناف
الحوار»: the minister calls on India), when the last speaker can go on with the cue.  Likewise a
word for the public or a definite sound plural in the oblique case right after the cue
(«… . وطالبت المواطنين بالتعاون»: «المواطنين» is accusative, the object addressed)."""
from __future__ import annotations

from ..document import Speaker
from .context import Context
from .appeal_object import oblique_plural, past_public
from .bounds import subject_after
from .cues import VERB, Cue
from .demands import starts_complement
from .named import Subject
from .preverbal import subject_before
from .speakers import SpeakerState, compatible, continued, recent_speaker


def addressee_speaker(ctx: Context, i: int, cue: Cue, subject: Subject | None,
                      state: SpeakerState) -> Speaker | None:
    """The last speaker going on when the ``subject`` found after the demand cue at ``i``
    is rather its addressee, else None."""
    if _public_object(ctx, i, cue, subject):
        return recent_speaker(ctx, i, cue, state)
    return continued(state.last) if _addressee(ctx, i, cue, subject, state) else None


def _public_object(ctx: Context, i: int, cue: Cue, subject: Subject | None) -> bool:
    """Is the unnamed ``subject`` right after the demand verb at ``i`` rather the public
    it addresses, a phrase followed by the demanded act («وطالبت المواطنين بـ…»)?"""
    if subject is None or subject.entity is not None or "addr" not in cue.flags \
            or cue.pos != VERB:
        return False
    start = ctx.token_at(subject.start)
    if start != i + 1:
        return False
    if oblique_plural(ctx.norm(start)) and start not in ctx.mention_at:
        return True  # «ودعا الراغبين في الترشح …»: a nominative subject ends in «ون»
    act = past_public(ctx, start, cue)
    return act > start and subject.last < act


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


def governing_subject(ctx: Context, k: int, i: int) -> Subject | None:
    """The subject of the verb cue at ``k`` that a participle cue at ``i`` goes on with;
    not the public a demand verb addresses («ودعا الراغبين …، مؤكدا»: the one who called)."""
    found = subject_after(ctx, k, i)
    if _public_object(ctx, k, ctx.cue(k), found):
        found = None
    return found or subject_before(ctx, k)
