"""A noun complement instead of a clause after a cue: «أكد متانة …», «كشف عن …», «طالب
ببذل …» (:func:`object_content`): where the object starts past the subject's tail, the cue's
preposition, adverbs and dates, and where it ends."""
from __future__ import annotations

from .barriers import complement_end
from .clauses import PREP_REACH, Content, indirect, prep_at
from .context import COMMAS, SENTENCE_END, Context, word_group
from .cues import NOUN, Cue, is_complementizer
from .demands import past_addressee
from .ends import clause_end


def _past_prep(ctx: Context, k: int, cue: Cue) -> int:
    """Token after the cue's preposition when it comes at ``k`` or after a short tail of
    the subject: definite words, adverbs, titles, names, prepositional phrases and commas
    («للجامعة العربية», «أمس», «وزير الداخلية», «بمحافظة أملج»), not the complement's own
    nouns («أكد حرص حكومته على …» keeps «حرص»), nor a charge's object; else ``k``."""
    named = ctx.cue(k - 1) is None  # a subject stands between the cue and ``k``
    if "charge" in cue.flags:
        return k  # «عزا فلان السبب إلى …»: the object before the preposition is content
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
