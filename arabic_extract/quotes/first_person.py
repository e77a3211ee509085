"""Direct speech with no opener: a say verb (and its subject) followed right away by the
speaker's own first-person words: «وأضاف نستعد لبدء مرحلة …», «وقال فلان نعمل على …»,
«وقال لن نسمح …», «وأضاف نحن …».  A first-person plural imperfect («نعمل») is a word in
«ن» whose third-person form in «ي» («يعمل») is common in news and more common than the
word itself («نقل», «نصر», «نائب» are nouns or names)."""
from __future__ import annotations

from .clauses import Content
from .context import COMMAS, Context, word_group
from .counts import news_lexicon
from .cues import VERB, Cue
from .ends import clause_end
from .named import Subject

#: corpus count the «ي» form needs, and its ratio to the word's own count
_MIN_COUNT, _RATIO = 100, 2


def _we_verb(norm: str) -> bool:
    if len(norm) < 4 or not norm.startswith("ن"):
        return False
    count = news_lexicon().count
    third = count("ي" + norm[1:])
    return third >= _MIN_COUNT and third >= _RATIO * count(norm)


def first_person_at(ctx: Context, k: int) -> bool:
    """Do the speaker's own first-person words start at token ``k`` (after a particle)?"""
    if k < len(ctx.tokens) and ctx.norm(k) in word_group("speech_particles"):
        k += 1
    if k >= len(ctx.tokens) or not ctx.is_word(k) or k in ctx.mention_at:
        return False
    norm = ctx.norm(k)
    return norm in word_group("first_person") or _we_verb(norm)


def first_person_speech(ctx: Context, cue: Cue, k: int,
                        subject: Subject | None) -> Content | None:
    """Direct content from token ``k`` right after a say verb's subject (or the verb
    itself) when first-person words start there, else None.  A subject must be a known
    name or a title («وقال ياعم أنا …»: a vocative read as a missed name)."""
    unknown = subject is not None and subject.entity is None and subject.how != "title"
    if cue.pos != VERB or "say" not in cue.flags or k >= len(ctx.tokens) or unknown \
            or ctx.quoted(ctx.tokens[k].start) or not first_person_at(ctx, k):
        return None
    start, end = ctx.tokens[k].start, clause_end(ctx, k)
    for j in range(k + 1, len(ctx.tokens) - 2):
        if ctx.tokens[j].start >= end:
            break
        if ctx.tokens[j].text in COMMAS and ctx.norm(j + 1).startswith("و") \
                and j + 2 in ctx.mention_at:  # «…، وأظهر يونكر تفاؤلا …»: the reporter's
            end = ctx.tokens[j].start
            break
    return Content(start, end, "direct") if end > start else None
