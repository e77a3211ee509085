"""The topic of «أما … ف» when it is no mention, title or source: «أما اللبناني فلان
فقال», «أما فلان (a name the NER missed)، أستاذ …، فيرى …», «أما فلان 30 عاما فقال».

«أما» fronts the topic of its sentence and the «ف» verb after it has that topic as its
subject, so a personal name there speaks, not the last speaker of the text.
"""
from __future__ import annotations

from .context import COMMAS, Context, word_group
from .counts import news_lexicon
from .named import Subject, described_name, known_name, name_like, unlinked_name

_NAMES = "given_names.txt"


def topic_name(ctx: Context, j: int, stop: int) -> Subject | None:
    """The person the topic from token ``j`` (right after «أما») names, before the cue at
    ``stop``: a describing noun before a name, a known name, or a name the NER missed."""
    if j >= stop or ctx.norm(j) in word_group("prepositions"):
        return None
    described = _nisba(ctx, j) and j + 1 < stop and name_like(ctx, j + 1)
    found = None if described else described_name(ctx, j, stop) or known_name(ctx, j, stop)
    if found is None and name_like(ctx, j + described):
        name = unlinked_name(ctx, j + described, stop)  # «أما اللبناني فلان»
        end = ctx.last_token(name.end)
        found = name if described or _missed_name(ctx, j) or _titled(ctx, end, stop) else None
    return found if found is not None and found.last < stop else None


def _nisba(ctx: Context, j: int) -> bool:
    """A definite adjective of origin («اللبناني», «الفرنسية») describing a name."""
    norm = ctx.norm(j)
    return ctx.is_word(j) and norm.startswith("ال") and norm.endswith(("ي", "يه")) \
        and len(norm) > 5 and j not in ctx.mention_at


def _titled(ctx: Context, last: int, stop: int) -> bool:
    """«أما فلان، أستاذ جامعي …، فيرى»: a comma and a title after the name."""
    return last + 2 < stop and ctx.tokens[last + 1].text in COMMAS and ctx.is_title(last + 2)


def _missed_name(ctx: Context, j: int) -> bool:
    """Does a name the NER missed start at ``j``: a listed given name, or a word the NER
    lexicon knows as part of persons' names?"""
    norm = ctx.norm(j)
    if norm in word_group("male", _NAMES) or norm in word_group("female", _NAMES):
        return True
    return "PER" in (news_lexicon().words.get(norm) or ())
