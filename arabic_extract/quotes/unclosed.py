"""Quotes whose closing mark is missing or put too late end where the reporter speaks again
(:func:`cut_unclosed`, applied by :meth:`.context.Context.build` to every quote)."""
from __future__ import annotations

from .context import COMMAS, SENTENCE_END, Context, word_group
from .cues import PARTICIPLE, VERB, is_complementizer
from .marks import Quote


def cut_unclosed(ctx: Context, q: Quote) -> Quote:
    """An unclosed quote ends before a sentence that opens with a reporting verb
    («… مظلة واحدة. ومن جهتها كشفت …», «… في قم. وأوضح آل خليفة أن …»): the reporter
    speaks again, whatever the missing mark.  Any quote ends before «، مشيرا إلى أن …»: a
    framing participle with its opener means the closing mark was put too late."""
    k = ctx.token_at(q.start)
    if k is None:
        return q
    while k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].start < q.end:
        if q.close is None and ctx.tokens[k].text in SENTENCE_END and _opens_with_cue(ctx, k + 1) \
                or ctx.tokens[k].text in COMMAS and _framing_participle(ctx, k + 1):
            end = ctx.tokens[k].start
            while end > q.start and ctx.doc.text[end - 1].isspace():
                end -= 1
            return Quote(q.open, q.close, q.start, end, q.depth) if end > q.start else q
        k += 1
    return q


def _framing_participle(ctx: Context, k: int) -> bool:
    """Is token ``k`` a reporting participle opening its content («، موضحا أنه …»,
    «، مشيرا إلى أن …», «، مضيفا: …»)? The reporter describes the speaker again."""
    cue = ctx.cue(k)
    if cue is None or cue.pos != PARTICIPLE or cue.proclitic or k + 1 >= len(ctx.tokens):
        return False
    nxt = k + 2 if ctx.norm(k + 1) in cue.preps else k + 1
    return nxt < len(ctx.tokens) and (is_complementizer(ctx.tokens[nxt])
                                      or ctx.tokens[nxt].text == ":")


def _opens_with_cue(ctx: Context, k: int) -> bool:
    """Does the sentence at token ``k`` open with a third-person reporting verb («وأضاف»,
    «فيما أوضح», «ومن جهتها كشفت»)?"""
    for j in range(k, min(k + 5, len(ctx.tokens))):
        cue = ctx.cue(j)
        if cue is not None and cue.pos == VERB and cue.past:
            return j == k and bool(cue.proclitic) or j > k and \
                ctx.norm(k) in word_group("speech_openers")
    return False
