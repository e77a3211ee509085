"""A clause's subject without an entity that may speak at a later cue of its sentence:
«واستغربت إدارة المدرسة القرار، مشيرة إلى أن …» (an unnamed source or title),
«وتصر شنايدر على موقفها قائلة إن …» (a name the NER missed)."""
from __future__ import annotations

from .context import Context
from .counts import news_lexicon
from .cues import PARTICIPLE, Cue
from .plausible import speaker_words
from .named import Subject

_RARE = 40  # a missed name: a listed personal name or a word the news seldom uses
_PRONOUNS = ("ه", "ها", "هم", "هما")
_LONG = 6  # «اقتراب», «استدعاء»: derived verbal nouns longer than a plural «أفعال»


def _missed_name(ctx: Context, found: Subject) -> bool:
    """An unlinked name whose first word is a listed given name or rare («شنايدر»), not a
    common noun the subject finder took for one («وتراجع سعر النفط»)."""
    j = ctx.token_at(found.start)
    if j is None:
        return False
    last = ctx.last_token(found.end)
    if any(k in ctx.mention_at and ctx.mention_at[k][0].label == "PER"
           for k in range(last + 1, last + 4)):
        return False  # «تفقد صاحب السمو الأمير فلان …»: a title before the NER's name
    return _name_word(ctx.norm(j))


def _name_word(word: str) -> bool:
    """A listed given name or a word the news seldom uses, not a possessed noun."""
    lexicon = news_lexicon()
    return "PER" in (lexicon.words.get(word) or ()) \
        or lexicon.count(word) < _RARE and not word.endswith(_PRONOUNS)  # not «اكتشفته»


def thing_name(ctx: Context, found: Subject, i: int) -> bool:
    """Is ``found``, an unlinked name after the cue at ``i``, a thing starting the object or
    the reported clause instead («وقال صيد السمك لم يعد مربحا», «أرجع سبب التأخر إلى …»,
    «كشفت لـ«الصحيفة» مطلع الأسبوع عن …», «وأعلنت استدعاء سفيرها»): a verbal noun or a
    listed noun of causes, states and times, no given name?  Five-letter words of the
    shape are left: «أصوات», «أطباء» are plurals of people as often as verbal nouns."""
    j = ctx.token_at(found.start)
    return j is not None and j > i and thing_subject(ctx, found)


def thing_subject(ctx: Context, found: Subject) -> bool:
    """Is ``found`` an unlinked name that is a thing: a verbal noun or a listed noun of
    causes and states, no given name («وتوقع جذب أعداد كبيرة …، مشدداً»: the object)?"""
    from .complement import verbal_noun  # complement → plausible → clauses → this module
    j = ctx.token_at(found.start)
    if found.entity is not None or found.how != "name" or j is None:
        return False
    word = ctx.norm(j)
    return "PER" not in (news_lexicon().words.get(word) or ()) \
        and (verbal_noun(ctx, j, len(word) >= _LONG) or word in speaker_words("thing_nouns"))


def unnamed_clause_subject(ctx: Context, found: Subject, cue: Cue) -> bool:
    """May the entity-less subject ``found`` of its sentence's first verb speak at a
    participle cue later in that sentence?  An unnamed source («إدارة المدرسة», «مواطن
    مصري») or a missed name does; a thing («وشهدت الجلسة نقاشاً») does not, nor a title
    («أمير المنطقة»: the person named before, found as for a cue without subject)."""
    if cue.pos != PARTICIPLE or found.entity is not None:
        return False
    if found.how == "title":
        return ctx.is_source(ctx.token_at(found.start) or 0)
    return found.how == "name" and _missed_name(ctx, found) and not thing_subject(ctx, found)
