"""Where reported content starts and ends.

The content opener after a cue is the first complementizer (أن، إن، بأن، إلى أن …), colon
or quote mark (a quote of at least three words) in the sentence, unless another cue comes
first.  Indirect content runs to the end of the reported clause: the sentence end, a comma
followed by the reporter's gloss or by a new cue (see :mod:`.ends`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..entities.names import bare
from .context import COMMAS, SENTENCE_END, Context, abbreviation_dot, god_willing, word_group
from .barriers import barrier_at, complement_end
from .adverbial import adverbial_quote
from .demands import past_addressee
from .cues import NOUN, VERB, Cue, entry, is_complementizer
from .ends import (NOT_REPORTED, quote_here, clause_end, colon_speech_end, is_stop_cue,
                   long_quote, trim)
from .marks import Quote
from .layout import inside_name
from .nonspeech import self_described
from .quoted_clause import whole_quote

__all__ = ["Content", "Opener", "content_after", "find_opener", "long_quote", "object_content",
           "prep_at", "trim"]

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
        and _short_quote(ctx, k + 1)


_OWNERS = ("هما", "هم", "ها", "ه")
#: words of a title at most («في كتابه "…"»); a longer quote cites the work
_TITLE_WORDS = 8


def _short_quote(ctx: Context, j: int) -> bool:
    q = ctx.quote_opening_at(j) if j < len(ctx.tokens) else None
    return q is not None and len(ctx.doc.text[q.start:q.end].split()) <= _TITLE_WORDS


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
                and not abbreviation_dot(ctx, j - 1):  # «إيه.إن.زد»: letters of an acronym
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
        end = trim(ctx, ctx.tokens[k].start, colon_speech_end(ctx, k))
        start = k + 1 if colon_complementizer(ctx, k) else k  # «وقال فلان: إن …»
        begin = ctx.tokens[start].start
        return Content(begin, end, "direct") if end > begin else None
    end = clause_end(ctx, k)
    if (q := whole_quote(ctx, k, end)) is not None:  # «إن "…"، طبقا لما …»: the quote only
        return Content(q.start, q.end, "direct", q)
    return indirect(ctx, ctx.tokens[k].start, end)


#: words after «إن» that make it a condition («إن لم …», «إن كان …»), no complementizer
_CONDITIONAL = frozenset({"لم", "كان", "كانت", "كنت", "كنا", "وجد", "وجدت"})


def colon_complementizer(ctx: Context, k: int) -> bool:
    """Is token ``k`` (right after a colon) a complementizer opening indirect speech
    («وقال فلان: إن الوضع …», «وأضاف: إننا …»), not «إن شاء الله» nor a condition?"""
    return is_complementizer(ctx.tokens[k]) and ctx.norm(k).startswith("ان") \
        and not god_willing(ctx, k) \
        and ctx.norm(k + 1) not in _CONDITIONAL and k + 1 < len(ctx.tokens) and ctx.is_word(k + 1)


def indirect(ctx: Context, start: int, end: int) -> Content | None:
    if end <= start:
        return None
    inner = ctx.quote_marks.any_inside(start, end + 1)
    return Content(start, end, "mixed" if inner else "indirect")


def prep_at(ctx: Context, k: int, cue: Cue) -> bool:
    """Does token ``k`` start the cue's prepositional complement («ببذل», «إلى», «لهيكلة»)?"""
    norm = ctx.norm(k).rstrip("ـ")
    return norm in cue.preps or any(len(p) == 1 and norm.startswith(p) for p in cue.preps)


#: words of a subject's tail a cue's preposition may still follow («مصادر في الأمانة العامة
#: [للجامعة العربية] عن …», «عبده الحذيفي [وزير الداخلية اليمني] عن …»)
PREP_REACH = 7


def _past_prep(ctx: Context, k: int, cue: Cue) -> int:
    """Token after the cue's preposition when it comes at ``k`` or after a short tail of
    the subject: definite words, adverbs, titles, names, prepositional phrases and commas
    («للجامعة العربية», «أمس», «وزير الداخلية», «بمحافظة أملج»), not the complement's own
    nouns («أكد حرص حكومته على …» keeps «حرص»); else ``k``."""
    named = ctx.cue(k - 1) is None  # a subject stands between the cue and ``k``
    for j in range(k, min(k + (PREP_REACH if named else 3) + 1, len(ctx.tokens))):
        norm = ctx.norm(j)
        if norm.rstrip("ـ") in cue.preps:
            return j + 1
        if not cue.preps or not _subject_tail(ctx, j, named):
            break
    return k


def _subject_tail(ctx: Context, j: int, named: bool) -> bool:
    """Can token ``j`` belong to the tail of a subject before its cue's preposition (after
    a ``named`` subject also titles, names, prepositional phrases and commas)?"""
    norm = ctx.norm(j)
    if not ctx.is_word(j) or ctx.cue(j) is not None or is_complementizer(ctx.tokens[j]):
        return named and ctx.tokens[j].text in COMMAS
    if norm.startswith(("ال", "لل", "وال")) or norm in word_group("adverbs"):
        return True
    start = ctx.tokens[j].start
    return named and (ctx.is_title(j) or ctx.is_preposition(j) or len(norm) > 3
                      and norm[0] in "بل" or ctx.mention_reach.covers(start))


def object_content(ctx: Context, k: int, cue: Cue) -> Content | None:
    """A noun complement instead of a clause: «أكد متانة …», «كشف عن …», «طالب ببذل …»;
    an addressee before the complement is left out («طالب الجميع ببذل …»)."""
    k = ctx.past_commas(k)
    named = k > 0 and ctx.cue(k - 1) is None  # a subject stands between the cue and ``k``
    from .leading_words import past_leading  # «وأعلن خلاله عن …», «وأشاد معاليه بما …»
    k = past_leading(ctx, k)
    from .complement import past_channel, past_meanwhile, past_setting  # complement → clauses
    from .dates import past_date
    k = past_meanwhile(ctx, k)
    moved = past_addressee(ctx, k, cue)  # «طالب الجميع ببذل …»
    if moved == k:
        k = _past_prep(ctx, k, cue)
    else:  # a lone «إلى» is left out
        k = moved + 1 if ctx.norm(moved).rstrip("ـ") in cue.preps else moved
    k = past_date(ctx, past_channel(ctx, past_setting(ctx, k, cue)), cue)
    if k >= len(ctx.tokens) or not ctx.is_word(k) or ctx.cue(k) is not None \
            or ctx.norm(k) in word_group("not_nouns") or _subject_follows(ctx, k):
        return None
    if named and ctx.norm(k).startswith("لل") and not prep_at(ctx, k, cue):
        k = _object_after_modifier(ctx, k, cue) or k  # «الهيئة العامة للطيران …»: a genitive
    if named and _subject_modifier(ctx, k, cue):
        k = _object_after_modifier(ctx, k, cue)
        if k is None:
            return None
    first, k = k, _past_adverb(ctx, k)
    if k is None:
        return None
    if ctx.norm(k).rstrip("ـ") in cue.preps and k + 1 < len(ctx.tokens):
        k += 1  # «أعلنت اليوم عن …»
    end = complement_end(ctx, k, clause_end(ctx, k))
    if len(ctx.doc.text[ctx.tokens[first].start:end].split()) < 3:
        return None  # counted with the adverbs: «أعلن أمس تأجيل الحكم» is speech
    return indirect(ctx, ctx.tokens[k].start, end)


def _subject_modifier(ctx: Context, k: int, cue: Cue) -> bool:
    """Does the object after a subject start with a preposition not the cue's own, with no
    comma closing it before the clause ends («دعا دبلوماسيون من جنوب آسيا الصين …», «توقع
    البنك تسجيل زيادة في صافي ربحه»)?  The subject phrase went on or took the object: no
    boundary is sure.  A fronted phrase with its comma («في حال …، سيسعى …») is left."""
    norm = ctx.norm(k).rstrip("ـ")
    if prep_at(ctx, k, cue) or not (ctx.is_preposition(k) or norm.startswith("لل")):
        return False
    end = clause_end(ctx, k)
    return not any(t.text in COMMAS and t.start < end for t in ctx.tokens[k + 1:k + 40])


#: words a subject's prepositional phrase or setting may take before the object
_MODIFIER_REACH = 10


def _object_after_modifier(ctx: Context, k: int, cue: Cue) -> int | None:
    """The object's first token after the phrase at ``k``: the cue's preposition («… في
    ملخص تنفيذي بإمكانات النمو») or a verbal noun after a closed phrase («في بيان لها
    اليوم استشهاد …»), within a few words, not across a comma, cue or clause; else None."""
    from .complement import closes_phrase, verbal_noun  # complement → plausible → clauses
    for j in range(k + 1, min(k + _MODIFIER_REACH, len(ctx.tokens))):
        tok = ctx.tokens[j]
        other = ctx.cue(j)  # a channel noun may stand in the setting («في بيان لها»)
        if tok.text in COMMAS | SENTENCE_END or other is not None and other.pos != NOUN \
                or is_complementizer(tok):
            return None
        if prep_at(ctx, j, cue):
            whole = ctx.norm(j).rstrip("ـ") in cue.preps
            return j + 1 if whole and j + 1 < len(ctx.tokens) else j
        if verbal_noun(ctx, j) and closes_phrase(ctx, j - 1) and j not in ctx.mention_at:
            return j
    return None


def _subject_follows(ctx: Context, k: int) -> bool:
    """«أوضح ذلك مدير …»: a demonstrative object referring back, the subject after it."""
    nxt = k + 1
    source = ctx.is_source(nxt) and not ctx.norm(nxt).startswith("ال")  # «هذه المصادر» speaks
    return ctx.norm(k) in word_group("demonstratives") and nxt < len(ctx.tokens) and (
        nxt in ctx.mention_at or ctx.is_title(nxt) or source)


def _past_adverb(ctx: Context, k: int) -> int | None:
    """Past a run of time words («أعلنت الشرطة أمس الخميس مقتل …») or an adverb and its
    comma before the object («أعلنت الحكومة أمس، استئناف …»); None when the adverb closes
    the clause («حسبما أعلنت الحكومة آنذاك، وذلك …»)."""
    last, n = k, len(ctx.tokens)
    while last + 1 < n and ctx.norm(last) in word_group("time_words") | {"يوم"} \
            and ctx.norm(last + 1) in word_group("time_words"):  # «يوم الخميس الماضي»
        last += 1
    if ctx.norm(last) in word_group("time_words") and last + 1 < n and _object_word(ctx, last):
        return last + 1
    if ctx.norm(last) not in word_group("adverbs") or last + 2 >= n \
            or ctx.tokens[last + 1].text not in COMMAS | SENTENCE_END:
        return k
    if ctx.tokens[last + 1].text in SENTENCE_END or not ctx.is_word(last + 2) \
            or ctx.norm(last + 2).startswith("و"):
        return None
    return last + 2


def _object_word(ctx: Context, last: int) -> bool:
    """Can the word after the time word at ``last`` start the object? Not «أو» («اليوم أو
    غدا»), nor an adjective of a noun «اليوم» («اليوم الأول»)."""
    nxt = ctx.norm(last + 1)
    noun = ctx.norm(last) in ("اليوم", "الليله") and nxt.startswith("ال")
    return ctx.is_word(last + 1) and nxt not in ("او", "و", "قبل", "بعد") and not noun
