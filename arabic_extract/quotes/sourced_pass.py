"""«According to» phrases without a reporting verb (see :mod:`.sourced`): the marker word
is the cue, its source the speaker.  Fronted, «وبحسب مصادر أمنية، فإن …» / «ووفقا للمتحدث
…، فقد …»: the clause after «فإن», «فقد» or the comma; trailing, «…، بحسب مصادر مطلعة.»:
the clause before, when the phrase ends its sentence or a new clause follows its comma.
Run after the cue statements: a phrase inside or next to their contents («وأعلن فلان أن
…، بحسب وكالة …») only names the channel and adds nothing."""
from __future__ import annotations

from collections.abc import Sequence

from ..document import Mention, Span, Speaker, Statement
from ..entities.names import bare, is_title_word
from .clauses import Content, Opener, content_after, indirect
from .context import COMMAS, QUOTE_CHARS, RELATIVE_PRONOUNS, SENTENCE_END, Context
from .cues import is_complementizer
from .ends import clause_end
from .layout import line_break_before
from .sourced import (clause_before, closes, fronted, group, named_head, source_token,
                      unjoined, unlinked)

#: tokens of a source phrase at most («مصادر أمنية عراقية مطلعة»); a title's phrase runs
#: longer, through the body it speaks for to the name («حسب الناطق الرسمي باسم مجلس قيادة
#: المقاومة الشعبية الجنوبية فلان الفلاني»)
_MAX_SOURCE, _MAX_TITLED = 7, 12


def sourced_statements(ctx: Context, taken: Sequence[Statement]) -> list[Statement]:
    """Statements of «according to» phrases without a verb, none touching ``taken``."""
    found: list[Statement] = []
    markers = group("markers")
    for j in (k for k, norm in enumerate(ctx.norms) if unjoined(norm) in markers):
        st = _statement_at(ctx, j)
        if st is not None and not any(_touches(st, other) for other in (*taken, *found)):
            found.append(st)
    return found


def _statement_at(ctx: Context, j: int) -> Statement | None:
    tok = ctx.tokens[j]
    marker = unjoined(ctx.norm(j))
    if ctx.quoted(tok.start) or ctx.cue(j) is not None or ctx.norm(j + 1) in group("what"):
        return None
    source = source_token(ctx, j + 1, marker in ("وفقا", "طبقا"))
    if source is None:
        return None
    last = _source_end(ctx, source[0], _MAX_TITLED if _titled(ctx, *source) else _MAX_SOURCE)
    if last is None:
        return None
    if fronted(ctx, j):
        content = _after_source(ctx, last + 1)
    else:
        content = clause_before(ctx, j) if closes(ctx, last + 1) else None
    if content is None:
        return None
    text = ctx.doc.text
    return Statement(_speaker(ctx, source, last), Span(tok.start, tok.end, tok.text),
                     Span(content.start, content.end, text[content.start:content.end]),
                     content.kind)


def _source_end(ctx: Context, k: int, reach: int) -> int | None:
    """Last token of the source phrase from ``k``: words (and quote marks) up to a comma,
    the sentence's end, a complementizer, «فقد», a relative pronoun or a cue; None when
    no such boundary comes within ``reach`` words."""
    mention = ctx.mention_at.get(k)
    first = ctx.last_token(mention[0].end) + 1 if mention is not None else k + 1
    for b in range(first, min(len(ctx.tokens), k + reach) + 1):
        if b >= len(ctx.tokens) or _boundary(ctx, b):
            return b - 1
    return None


def _boundary(ctx: Context, b: int) -> bool:
    """Does token ``b`` end a source phrase?  A cue word that starts a name is part of it
    («بحسب صحيفة البيان الإماراتية»: «البيان» is also "statement")."""
    tok = ctx.tokens[b]
    norm = ctx.norm(b)
    return tok.text in COMMAS | SENTENCE_END or norm in group("openers") \
        or norm in RELATIVE_PRONOUNS or is_complementizer(tok) \
        or ctx.cue(b) is not None and b not in ctx.mention_at \
        or tok.text in ("(", ")", "؛", ":") or line_break_before(ctx, b)


def _after_source(ctx: Context, b: int) -> Content | None:
    """The clause after a fronted phrase ending before token ``b``: after «فإن»/«فقد»
    (also after a comma, or after a name in apposition: «وحسب رئيس المعارضة، فلان، فإن
    …»), or right after the comma when a clause follows (not «و…» nor «الذي …»)."""
    if b < len(ctx.tokens) and ctx.tokens[b].text in COMMAS:
        b = _past_apposition(ctx, b + 1)
        if b < len(ctx.tokens) and ctx.norm(b) not in group("openers"):
            norm = ctx.norm(b)
            ok = ctx.is_word(b) and not norm.startswith("و") and ctx.cue(b) is None \
                and norm not in RELATIVE_PRONOUNS | group("next_clause")
            return indirect(ctx, ctx.tokens[b].start, clause_end(ctx, b)) if ok else None
    if b + 1 >= len(ctx.tokens) or ctx.norm(b) not in group("openers"):
        return None
    return content_after(ctx, Opener("comp", b))  # «فإن «…»»: a quote is direct speech


def _past_apposition(ctx: Context, k: int, reach: int = 4) -> int:
    """The opener after «، فلان،»: a name (a mention, or a few words without a cue) between
    two commas before «فإن»/«فقد» («وحسب رئيس المعارضة، فلان، فإن …»), else ``k``."""
    mention = ctx.mention_at.get(k)
    last = ctx.last_token(mention[0].end) + 1 if mention is not None else k + reach
    for b in range(k + 1, min(last + 1, len(ctx.tokens) - 1)):
        if ctx.tokens[b].text in COMMAS:
            return b + 1 if ctx.norm(b + 1) in group("openers") else k
        if not ctx.is_word(b) or ctx.cue(b) is not None or is_complementizer(ctx.tokens[b]):
            return k
    return k


def _speaker(ctx: Context, source: tuple[int, int], last: int) -> Speaker:
    """The source as a speaker: its mention's entity, or the phrase (without an attached
    «ل»); a person named in a title phrase or in apposition after it («المتحدث … اللواء
    فلان», «رئيس المعارضة، فلان،») is the entity, and a one-word phrase is the
    organization named before with that first word («وفقا للهيئة»)."""
    k, skip = source
    named = next((ctx.mention_at[j] for j in range(k + 1, last + 1) if j in ctx.mention_at
                  and ctx.mention_at[j][0].label == "PER"), None)  # «المتحدث … اللواء فلان»
    mention = ctx.mention_at.get(k) or named or _apposed(ctx, last + 1)
    if mention is not None and (k in ctx.mention_at or _titled(ctx, k, skip)):
        m, entity = mention
        ent = ctx.entities.get(entity) if entity else None
        return Speaker(entity, ent.name if ent else m.text, m.start, m.end, m.text)
    if last > k > 0 and ctx.tokens[last].text in QUOTE_CHARS \
            and ctx.tokens[k - 1].text in QUOTE_CHARS:
        last -= 1  # «بحسب “بوابة …”»: the closing mark is no part of the name
    start, end = ctx.tokens[k].start + skip, ctx.tokens[last].end
    norm = ctx.norm(k)
    head = bare(unlinked(norm, skip))
    entity = named_head(ctx, head, k) if last == k else None
    name = ctx.entities[entity].name if entity else None
    return Speaker(entity, name, start, end, ctx.doc.text[start:end])


def _titled(ctx: Context, k: int, skip: int) -> bool:
    """Is the source word at ``k`` (after ``skip`` letters of «ل») a title («للمتحدث»)?"""
    return is_title_word(unlinked(ctx.norm(k), skip))


def _apposed(ctx: Context, b: int) -> tuple[Mention, str | None] | None:
    """The PER mention in «، فلان،» right after the comma at token ``b``, or None."""
    if b + 1 >= len(ctx.tokens) or ctx.tokens[b].text not in COMMAS:
        return None
    mention = ctx.mention_at.get(b + 1)
    return mention if mention is not None and mention[0].label == "PER" else None


def _touches(st: Statement, other: Statement) -> bool:
    """Do the cue-to-content stretches of two statements overlap?"""
    a = (min(st.cue.start, st.content.start), max(st.cue.end, st.content.end))
    b = (min(other.cue.start, other.content.start), max(other.cue.end, other.content.end))
    return a[0] < b[1] and b[0] < a[1]
