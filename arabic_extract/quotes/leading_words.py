"""Words right after a verb cue that come before its noun complement and belong to neither
the speaker's name nor the content: a resumptive pronoun of the occasion («وأعلن خلاله عن
…») or an honorific pronoun subject («وأشاد معاليه بما …», «وأكد سموه أهمية …»).  An
honorific that is also a feeling («أبدى سعادته بـ…») is the object and stays."""

from __future__ import annotations

from .context import Context, word_group

WORDS = "speaker_words.txt"


def past_leading(ctx: Context, k: int) -> int:
    """Token index after a resumptive or honorific pronoun at ``k`` (``k`` when none)."""
    if k >= len(ctx.tokens):
        return k
    norm = ctx.norm(k)
    if norm in word_group("resumptives", WORDS):
        return k + 1
    if norm in word_group("honorific_pronouns", WORDS) \
            and norm not in word_group("feeling_honorifics", WORDS):
        j = ctx.past_commas(k + 1)  # «وأكد سموه، استنكار …»: a comma may close the subject
        return j if ctx.is_word(j) else k  # «مشيداً سموه -خلال …- بـ…»: left as it was
    return k


def past_seat(ctx: Context, k: int) -> int:
    """Token index after a seat apposition that closes a subject («المرصد ومقره بريطانيا
    إن …», «، ومقرها في جنيف، أن …»): «ومقره/ومقرها», an optional «في», a place mention and
    its commas; ``k`` when there is none."""
    n = len(ctx.tokens)
    j = ctx.past_commas(_past_bracket(ctx, k))  # «معهد الاقتصاد (أي دابليو)، ومقره كولونيا، …»
    if j >= n or ctx.norm(j) not in word_group("seat_words", WORDS):
        return k
    j += 2 if ctx.norm(j + 1) == "في" else 1
    hit = ctx.mention_at.get(j)
    if hit is None or hit[0].label != "LOC":
        return k
    return ctx.past_commas(ctx.last_token(hit[0].end) + 1)


def _past_bracket(ctx: Context, k: int) -> int:
    """The token after a short bracket opening at ``k`` (at most six tokens), else ``k``."""
    if k >= len(ctx.tokens) or ctx.tokens[k].text != "(":
        return k
    for j in range(k + 1, min(k + 8, len(ctx.tokens))):
        if ctx.tokens[j].text == ")":
            return j + 1
    return k
