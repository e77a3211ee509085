"""Where a subject phrase after a cue ends and the cue's object begins.

«وتؤكد التقارير إجراء جولة ثانية», «قالت مصادر رسمية مقتل عسكريين», «ذكرت مصادر طبية في
عدن ارتفاع الحصيلة»: after the head of the subject and what attaches to it (agreeing
adjectives, a genitive, a prepositional phrase ending in a name), an indefinite verbal noun
cannot continue the phrase: an adjective agrees with its noun, and only an indefinite noun in
construct takes a genitive.  It is the object of the cue, the reported content.

At the other end, a long title run (more words than :func:`.subjects.title_subject` looks
at) may close with the speaker's name right before the clause: :func:`late_name`.
"""
from __future__ import annotations

from ..entities.names import bare
from ..normalize import strip_diacritics
from .appeal_object import addressee_starts
from .context import (COMMAS, QUOTE_CHARS, RELATIVE_PRONOUNS, SENTENCE_END, Context, channel,
                      word_group)
from .counts import news_lexicon
from .cues import Cue, is_complementizer
from .dates import past_date
from .plausible import speaker_words
from .sound_plural import after_sound_plural

_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يات")


def verbal_noun(ctx: Context, k: int, shaped: bool = True) -> bool:
    """An indefinite verbal noun: a listed one («مقتل», «تطوير») or (``shaped``) the shape
    of the derived stems افعال/افتعال/انفعال/استفعال («ارتفاع», «استمرار», «اجراء»)."""
    norm = ctx.norm(k)
    if not ctx.is_word(k) or bare(norm) != norm or norm.lstrip("وف").startswith("ال"):
        return False
    if norm in speaker_words("verbal_nouns"):
        return True
    return shaped and len(norm) >= 5 and norm[0] == "ا" and norm[-2] == "ا" \
        and not norm.endswith(_NISBA_ENDINGS)


def closes_phrase(ctx: Context, k: int) -> bool:
    """Does token ``k`` leave no room for a genitive after it: a definite word, a nisba
    adjective («رسمية», «يمنيون») or the end of a name («في عدن»)?"""
    norm = ctx.norm(k)
    ends_name = ctx.tokens[k].end in ctx.mention_ends
    return norm.lstrip("وف").startswith("ال") or norm.endswith(_NISBA_ENDINGS) \
        and len(norm) >= 4 or ends_name


def object_starts(ctx: Context, j: int, k: int) -> bool:
    """Does token ``k`` start the cue's object rather than continue the subject phrase
    from ``j``?  After a title a name may have the shape of a verbal noun («عضو المجلس
    أركان …»): there only listed verbal nouns count.  A demonstrative («وعدّت الأمانة هذه
    التصريحات …») or an indefinite accusative («وتوقع رئيس النادي فوزا سهلا») cannot go
    on a closed phrase either."""
    if addressee_starts(ctx, j, k) or after_sound_plural(ctx, j, k):  # «ودعت الجامعة
        return True  # المواطنين …», «واتهم ناشطون القوات …»
    if k <= j or k in ctx.mention_at or not closes_phrase(ctx, k - 1):
        return False
    shaped = not ctx.is_title(j) or ctx.is_source(j)
    pointer = ctx.norm(k) in word_group("object_pointers") and ctx.norm(k - 1) not in \
        word_group("partitives")  # «إحدى هذه الرسائل»: the demonstrative goes on
    return verbal_noun(ctx, k, shaped) or pointer or accusative(ctx, k)


#: how often the stem of an «ـا» word must occur to read it as a common noun's accusative
_COMMON_STEM = 100


def accusative(ctx: Context, k: int) -> bool:
    """An indefinite accusative: tanween on alef («نجاحاً»), or a common word plus «ا»
    («نجاحا», not «أوباما»); a subject (nominative) never takes that ending."""
    norm, text = ctx.norm(k), ctx.tokens[k].text
    if not ctx.is_word(k) or norm.startswith("ال") or len(norm) < 4 or not norm.endswith("ا") \
            or norm in word_group("emphatics"):  # «المصادر ذاتها»: the phrase goes on
        return False
    return "\u064b" in text or news_lexicon().count(norm[:-1]) >= _COMMON_STEM


_LATE_REACH = 32


def late_name(ctx: Context, j: int, stop: int) -> int | None:
    """The first token of a person's name closing a long title run from ``j`` right before
    the clause («أوضح مساعد مدير الأمن العام … رئيس فريق العمل … اللواء فلان أن …»,
    «أكد استشاري وأستاذ أمراض القلب الدكتور فلان أن …»): the run's first name, not across
    a clause, a cue or a sentence end (but «د.»), not a genitive («خصوم فلان»,
    «بعد لقائه فلان») nor a relative's name («والدة اللاعب فلان»)."""
    if not _run_head(ctx, j):
        return None
    for k in range(j, min(stop, j + _LATE_REACH)):
        tok = ctx.tokens[k]
        if is_complementizer(tok) or tok.text in (":", "،", ",") or k > j and ctx.cue(k) \
                or tok.text in SENTENCE_END and len(ctx.tokens[k - 1].text) > 1 \
                or _kinship(ctx.norm(k)):
            return None
        mention, _ = ctx.mention_at.get(k, (None, None))
        if mention is not None and mention.label == "PER":
            plain = not any(ctx.tokens[t].text in QUOTE_CHARS for t in range(j, k))
            clause = _clause_after(ctx, ctx.last_token(mention.end) + 1, plain)
            return k if clause and k > j and _before_name(ctx, k - 1) else None
    return None


_CLAUSE_REACH = 4  # commas and time words skipped after the name


def _clause_after(ctx: Context, k: int, plain: bool) -> bool:
    """Does the reported clause or the cue's complement start at token ``k``, after at
    most a comma, time words and an addressee («… اللجنة فلان، أن …», «… فلان اليوم
    الأربعاء إن …», «… فلان لـ«عكاظ» إن …», «… فلان إلى أن …»)?  A complement («إلى»,
    «عن») only after a ``plain`` run, with no quote mark («لـ"الوطن" صحة انتقال فلان إلى
    …»: the run went past the addressee)."""
    stop = min(len(ctx.tokens), k + _CLAUSE_REACH)
    while k < stop and (ctx.tokens[k].text in COMMAS or ctx.norm(k) in word_group("time_words")):
        k += 1
    k = _past_addressee(ctx, k)
    return k < len(ctx.tokens) and (is_complementizer(ctx.tokens[k])
                                    or ctx.tokens[k].text == ":"
                                    or plain and ctx.norm(k) in word_group("complement_preps"))


def _past_addressee(ctx: Context, k: int) -> int:
    """The token after an addressee at ``k`` («لـ«عكاظ»», «لوكالة الصحافة الفرنسية») and
    its comma, else ``k``."""
    if k >= len(ctx.tokens):
        return k
    norm = ctx.norm(k).rstrip("ـ")
    if norm == "ل" and k + 1 < len(ctx.tokens):
        k = _past_name(ctx, k + 1)
    elif norm[:1] == "ل" and k in ctx.mention_at:
        k = _past_name(ctx, k)
    else:
        return k
    return k + 1 if k < len(ctx.tokens) and ctx.tokens[k].text in COMMAS else k


def _run_head(ctx: Context, j: int) -> bool:
    """Can token ``j`` head a title run: a word, no preposition («في اتصال تلقاه من الرئيس
    فلان أن …»), no possessed noun («عقب اجتماعها برئاسة فلان: …»)?"""
    word = strip_diacritics(ctx.tokens[j].text)  # the surface: «ة» is no pronoun «ه»
    return ctx.is_word(j) and not ctx.is_preposition(j) and not is_complementizer(ctx.tokens[j]) \
        and (ctx.is_title(j) or not word.endswith(("ه", "ها", "هم", "هما")) or len(word) < 4)


def _before_name(ctx: Context, k: int) -> bool:
    """Can token ``k`` stand right before the speaker's name: a definite word or a title
    («اللواء», «الدكتور»), an abbreviation («د.»), a mark; not an indefinite noun whose
    genitive the name would be, nor a preposition?"""
    norm = ctx.norm(k).rstrip("ـ")
    if not ctx.is_word(k):  # «د.», a comma; not a quote mark: «كي تي إن» is a channel
        return ctx.tokens[k].text not in QUOTE_CHARS
    return (norm.lstrip("وف").startswith("ال") or ctx.is_title(k)) \
        and not ctx.is_preposition(k) and norm[0] not in "بل" or len(norm) == 1 and norm != "ل"


def _kinship(norm: str) -> bool:
    """«والدة», «ابنة», «الشقيق» (``bare`` would read the و of «والدة» as a proclitic), or a
    family noun («عائلة فلان», «أسرة فلان»: the family speaks, not the person)."""
    kin = speaker_words("kinship") | word_group("family_nouns")
    return norm in kin or norm.startswith("ال") and norm[2:] in kin


_ADDRESSEE_PREPS = frozenset({"ل", "لـ", "الي", "إلى"})


def past_channel(ctx: Context, k: int) -> int:
    """The token after a channel phrase at ``k`` and what qualifies it: an adjective, a
    time word, the addressee («في تصريح صحفي إلى "الوطن" ما …», «خلال حديثه لـ«الرياض»
    بضرورة …», «في بيان لها اليوم …»); ``k`` when no channel phrase starts there."""
    if not channel(ctx, k):
        return k
    j, n = k + 2, len(ctx.tokens)
    while j < n:
        norm = ctx.norm(j).rstrip("ـ")
        if norm in _ADDRESSEE_PREPS and j + 1 < n:
            j = _past_name(ctx, j + 1)
        elif norm[:1] == "ل" and (j in ctx.mention_at or ctx.is_source(j)):
            j = _past_name(ctx, j if j in ctx.mention_at else j + 1)  # «لصحيفة «…»»
        elif norm in word_group("channel_words") or norm in word_group("time_words") \
                or _nisba(ctx, j):
            j += 1
        elif ctx.is_preposition(j):
            return _past_comma(ctx, j, k)
        else:
            return j if _object_word(ctx, j) else k
    return k


def _past_comma(ctx: Context, j: int, k: int) -> int:
    """The object after a phrase from ``j`` closed by a comma within a few words («في بيان
    صادر عن وزارة الخارجية، تضامنها …»); ``k`` when none closes it or a clause follows."""
    for c in range(j + 1, min(j + 8, len(ctx.tokens) - 1)):
        tok = ctx.tokens[c]
        if tok.text in COMMAS:
            nxt = ctx.norm(c + 1)
            return c + 1 if _object_word(ctx, c + 1) and not nxt.startswith("و") \
                and len(nxt) > 3 and c + 1 not in ctx.mention_at else k
        if tok.text in SENTENCE_END or ctx.cue(c) is not None or is_complementizer(tok):
            return k
    return k


def _object_word(ctx: Context, j: int) -> bool:
    """Can token ``j`` start the object after a channel phrase: a word, no relative pronoun,
    preposition or cue («في كلمته التي ألقاها …», «في بيان على موقعها …»: the phrase goes on)?"""
    return ctx.is_word(j) and ctx.norm(j) not in RELATIVE_PRONOUNS and not ctx.is_preposition(j) \
        and ctx.cue(j) is None and not is_complementizer(ctx.tokens[j])


def _nisba(ctx: Context, j: int) -> bool:
    """An adjective in «ي/ية» after a channel noun («صحفي», «الهاتفية»), not a relative
    pronoun («التي») nor a present verb («يأتي»)."""
    norm = ctx.norm(j)
    return ctx.is_word(j) and norm.endswith(("ي", "يه")) and len(norm) >= 4 \
        and norm[0] != "ي" and norm not in RELATIVE_PRONOUNS


def _past_name(ctx: Context, j: int) -> int:
    """The token after a name at ``j``: a quote, a mention or one word."""
    q = ctx.quote_opening_at(j)
    if q is not None and q.close is not None and ctx.quote_words(q) <= 4:
        return ctx.last_token(q.outer_end) + 1
    if j in ctx.mention_at:
        return ctx.last_token(ctx.mention_at[j][0].end) + 1
    return j + 1 if ctx.is_word(j) else j


def past_meanwhile(ctx: Context, k: int) -> int:
    """Past «في الوقت نفسه/ذاته», «في ذات/نفس الوقت» (and its comma) after the cue: the
    time of the speech, no part of its object («مطالبة في الوقت نفسه الجميع بالابتعاد …»)."""
    words = " ".join(ctx.norm(j) for j in range(k, min(k + 3, len(ctx.tokens))))
    if words not in word_group("meanwhile"):
        return k
    k += 3
    return k + 1 if k < len(ctx.tokens) and ctx.tokens[k].text in COMMAS else k


#: tokens a phrase of setting may span before its comma or the cue's preposition, quote
#: marks not counted
_SETTING_REACH = 9


def past_setting(ctx: Context, k: int, cue: Cue) -> int:
    """Past a phrase of setting or channel between the cue and its object, up to the cue's
    own preposition (also right after the phrase's comma) or a comma («وأكد في نهاية
    الزيارة على ضرورة …», «وأشار في تقريره عن العام الماضي، إلى …», «أعلنت الحكومة في وقت
    سابق، تحويل …»); quote marks of a name may stand in it («في حوار مع صحيفة «…» إلى»);
    else ``k``."""
    if ctx.norm(k) not in word_group("channel_preps"):
        return k
    j, seen = k + 1, 0
    while j < len(ctx.tokens) - 1 and seen < _SETTING_REACH:
        if ctx.norm(j).rstrip("ـ") in cue.preps:
            return j + 1
        if ctx.tokens[j].text in COMMAS:
            return _after_setting(ctx, j, k, cue)
        if ctx.tokens[j].text not in QUOTE_CHARS:
            if not (ctx.is_word(j) or _number(ctx, j) and past_date(ctx, k, cue) == k) \
                    or _speech_in(ctx, j) or is_complementizer(ctx.tokens[j]):
                return k  # a date («في 8 يوليو الحالي الاستغناء عن …»): its own rule
            seen += 1
        j += 1
    return k


def _number(ctx: Context, j: int) -> bool:
    """Is token ``j`` a number, a word of a setting («في نهاية العام 2012 عن …»)?  (The
    caller leaves a date phrase with a month to :func:`.dates.past_date`.)"""
    return ctx.tokens[j].text[0].isdigit()


def _speech_in(ctx: Context, j: int) -> bool:
    """Is token ``j`` inside a setting phrase a cue of its own, not an ambiguous word: a
    preposition («في مؤتمر صحفي مشترك بين الوزيرين على …») or the channel noun of the
    setting («في تصريح نقلته الوكالة، تضامن …», «في حديثه على وجوب …»)?"""
    cue = ctx.cue(j)
    return cue is not None and not (cue.strict and "voweled" not in cue.flags)


def _after_setting(ctx: Context, j: int, k: int, cue: Cue) -> int:
    """The object's first token after the setting's comma at ``j``: past the cue's own
    preposition there, or a plain word; else ``k``."""
    nxt = ctx.norm(j + 1)
    if nxt.rstrip("ـ") in cue.preps and j + 2 < len(ctx.tokens):
        return j + 2
    plain = ctx.is_word(j + 1) and j + 1 not in ctx.mention_at and ctx.cue(j + 1) is None
    return j + 1 if plain and not nxt.startswith("و") and len(nxt) > 3 \
        and nxt not in RELATIVE_PRONOUNS else k
