"""Where reported content starts and ends.

The content opener after a cue is the first complementizer (أن، إن، بأن، إلى أن …), colon
or quote mark (a quote of at least three words) in the sentence, unless another cue comes
first.  Indirect content runs to the end of the reported clause: the sentence end, a comma
followed by the reporter's gloss or by a new cue (see :mod:`.ends`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..entities.names import bare
from .context import SENTENCE_END, Context, abbreviation_dot, god_willing, word_group
from .barriers import barrier_at
from .bracketed import bracketed_speech
from .construct_quote import construct_names_quote
from .adverbial import adverbial_quote
from .cues import NOUN, VERB, Cue, entry, is_complementizer
from .ends import (NOT_REPORTED, quote_here, clause_end, colon_speech_end, is_stop_cue,
                   long_quote, trim)
from .marks import Quote
from .layout import inside_name
from .nonspeech import self_described
from .quoted_clause import whole_quote

__all__ = ["Content", "Opener", "content_after", "find_opener", "long_quote", "prep_at", "trim"]

MAX_MIDDLE = 70


@dataclass(frozen=True)
class Opener:
    """How the content is introduced: "comp", "colon", "quote"; token index of the opener."""

    kind: str
    index: int
    quote: Quote | None = None


@dataclass(frozen=True)
class Content:
    """Content offsets (without quote marks), its kind and the quote it came from."""

    start: int
    end: int
    kind: str
    quote: Quote | None = None


def names_quote(ctx: Context, k: int) -> bool:
    """Is token ``k`` a head that names the quote after it («لصحيفة «…»», «مسلسل «…»»,
    a work with its author and a short title: «في كتابه "…"», «روايتها «…»»)?"""
    word = bare(ctx.norm(k))
    owned = next((word[:-len(s)] for s in _OWNERS if word.endswith(s)), "")
    owned = owned[:-1] + "ه" if owned.endswith("ت") else owned  # «روايته» → «روايه»
    return word in word_group("name_heads") or word[1:] in word_group("name_heads") \
        or bool(owned) and (owned in word_group("works") or owned[1:] in word_group("works")) \
        and _short_quote(ctx, k + 1) or construct_names_quote(ctx, k)  # «ممثل "…"»


_OWNERS = ("هما", "هم", "ها", "ه")
#: words of a title at most («في كتابه "…"»); a longer quote cites the work
_TITLE_WORDS = 8


def _short_quote(ctx: Context, j: int) -> bool:
    q = ctx.quote_opening_at(j) if j < len(ctx.tokens) else None
    return q is not None and ctx.quote_words(q) <= _TITLE_WORDS


def find_opener(ctx: Context, i: int) -> Opener | None:
    """The opener of the cue at token ``i``, or None (then maybe a noun complement)."""
    end = min(ctx.sentence_end_token(i), i + MAX_MIDDLE)
    j = i + 1
    while j < end:
        tok = ctx.tokens[j]
        q = quote_here(ctx, j)
        if tok.text in SENTENCE_END and not abbreviation_dot(ctx, j) \
                or (j > i + 1 or _joined_verb(ctx, j)) and is_stop_cue(ctx, j) \
                or barrier_at(ctx, j, i):  # «حسبما يدعي وقال الاتحاد إنه …»: «وقال» opens
            return None  # «هدد بوتين …، ولكن ما قد يغيب عنه أن …»: another clause's «أن»
        found = entry(tok)
        if found is not None and found.pos != NOUN and ctx.cue(j) is None \
                and ctx.norm(j - 1) not in word_group("masdar_heads") and not inside_name(ctx, j):
            return None  # a first-person or passive reporting verb: «أقول لكم: …»
        if tok.text == "(":  # «فحص (دي إن إيه) أن …»: nothing inside brackets opens
            j = _after_bracket(ctx, j, end)
            continue
        if god_willing(ctx, j):  # «إن شاء الله» is no complementizer
            j += 3
            continue
        if is_complementizer(tok) and not self_described(ctx, j) \
                and not abbreviation_dot(ctx, j - 1) and not _in_code(ctx, j) \
                and not _condition(ctx, i, j):  # «إيه.إن.زد», «اتش7إن7»: an acronym's letters
            return Opener("comp", j) if ctx.norm(j - 1) not in NOT_REPORTED \
                else adverbial_quote(ctx, j, end)  # «قال قبل أن يغادر “…”»: maybe a quote
        if tok.text == ":":
            nq = quote_here(ctx, j + 1) if j + 1 < len(ctx.tokens) else None
            return Opener("quote", j + 1, nq) if nq else Opener("colon", j)
        if q is not None and long_quote(ctx, q) and not ctx.is_preposition(j - 1) \
                and not names_quote(ctx, j - 1):
            return Opener("quote", j, q)
        j = (ctx.last_token(q.outer_end) + 1) if q is not None else j + 1
    return None


def _in_code(ctx: Context, j: int) -> bool:
    """Is token ``j`` written together with a digit or Latin letter before it, a part of a
    letters-and-digits code («اتش7إن7», «H7إن9»), no word of its own?  A number right
    after it is a missing space («أن17 شخصا قتلوا»)."""
    toks = ctx.tokens
    return j > 0 and toks[j - 1].end == toks[j].start and _code_char(toks[j - 1].text[-1])


def _code_char(char: str) -> bool:
    return char.isdigit() or char.isascii() and char.isalpha()


def _condition(ctx: Context, i: int, j: int) -> bool:
    """Is the «إن» at ``j`` a condition («حتى إن كانت …», «- إن وجدت -», «… إن لم
    يتوقف»), no complementizer of the cue at ``i``?  Right after a verb of saying and its
    subject, with no punctuation between, it opens the reported sentence itself («وقال
    الوزير للصحفيين إن لم تتحسن …», «قائلا إن كان …»)."""
    if not conditional_in(ctx, j):
        return False
    cue = ctx.cue(i)
    return cue is None or "say" not in cue.flags \
        or not all(ctx.is_word(k) and ctx.tokens[k].text.strip("ـ") for k in range(i + 1, j))


def _joined_verb(ctx: Context, j: int) -> bool:
    cue = ctx.cue(j)
    return cue is not None and cue.pos == VERB and cue.proclitic == "و"


def _after_bracket(ctx: Context, j: int, end: int) -> int:
    """The token after the «)» closing the bracket at ``j`` (``j + 1`` when none closes it
    before ``end``)."""
    for k in range(j + 1, end):
        if ctx.tokens[k].text == ")":
            return k + 1
    return j + 1


def content_after(ctx: Context, opener: Opener) -> Content | None:
    """The content introduced by ``opener``."""
    if opener.quote is not None:
        return Content(opener.quote.start, opener.quote.end, "direct", opener.quote)
    k = opener.index + 1
    if k >= len(ctx.tokens):
        return None
    if opener.kind == "colon":
        if (inside := bracketed_speech(ctx, k)) is not None:  # «وقال: (…)، فهو …»
            return Content(inside[0], inside[1], "direct")
        end = trim(ctx, ctx.tokens[k].start, colon_speech_end(ctx, k))
        if colon_complementizer(ctx, k):  # «وقال فلان: إن …»
            return _after_complementizer(ctx, k + 1, end)
        begin = ctx.tokens[k].start
        return Content(begin, end, "direct") if end > begin else None
    return _after_complementizer(ctx, k, clause_end(ctx, k))


def _after_complementizer(ctx: Context, k: int, end: int) -> Content | None:
    """The clause from token ``k`` to offset ``end`` after a complementizer: indirect
    speech, also after a colon when no quote mark opens it («وقال فلان: إن الوضع …»);
    direct when one quote is the whole clause («إن "…"، طبقا لما …»: the quote only)."""
    if (q := whole_quote(ctx, k, end)) is not None:
        return Content(q.start, q.end, "direct", q)
    return indirect(ctx, ctx.tokens[k].start, end)


#: words after «إن» that make it a condition («إن لم …», «إن كان …»), no complementizer
_CONDITIONAL = frozenset({"لم", "كان", "كانت", "كنت", "كنا", "وجد", "وجدت"})


def conditional_in(ctx: Context, k: int) -> bool:
    """Is token ``k`` a bare «إن» before a word that makes it a condition («إن لم …»,
    «إن كان …», «إن وجدت»)?  Not «أن» with its hamza above («بعد أن كان»)."""
    return ctx.norm(k) == "ان" and not ctx.tokens[k].text.startswith("أ") \
        and ctx.norm(k + 1) in _CONDITIONAL


def colon_complementizer(ctx: Context, k: int) -> bool:
    """Is token ``k`` (right after a colon) a complementizer opening indirect speech
    («وقال فلان: إن الوضع …», «وأضاف: إننا …»), not «إن شاء الله» nor a condition?"""
    return is_complementizer(ctx.tokens[k]) and ctx.norm(k).startswith("ان") \
        and not god_willing(ctx, k) \
        and ctx.norm(k + 1) not in _CONDITIONAL and k + 1 < len(ctx.tokens) and ctx.is_word(k + 1)


def indirect(ctx: Context, start: int, end: int) -> Content | None:
    if end <= start:
        return None
    inner = ctx.speech_quotes.any_inside(start, end + 1)  # a quoted fragment of speech
    return Content(start, end, "mixed" if inner else "indirect")


def prep_at(ctx: Context, k: int, cue: Cue) -> bool:
    """Does token ``k`` start the cue's prepositional complement («ببذل», «إلى», «لهيكلة»)?"""
    norm = ctx.norm(k).rstrip("ـ")
    return norm in cue.preps or any(len(p) == 1 and norm.startswith(p) for p in cue.preps)


#: words of a subject's tail a cue's preposition may still follow («مصادر في الأمانة العامة
#: [للجامعة العربية] عن …», «عبده الحذيفي [وزير الداخلية اليمني] عن …»)
PREP_REACH = 7
