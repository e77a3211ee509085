"""The content of a reporting cue: an opener's clause, a quote right before the cue or a
noun complement, and the checks that keep a subject or object from being speech."""
from __future__ import annotations

from .sound_plural import quoted_charge
from .charges import charged
from .clauses import (Content, Opener, colon_complementizer, content_after, find_opener,
                      indirect, long_quote, prep_at, trim)
from .noun_object import object_content
from .context import COMMAS, RELATIVE_PRONOUNS, Context, channel, word_group
from .demands import demand_before, demand_end
from .prep_first import own_prep_first, past_alias
from .ends import clause_end
from .leading_words import past_seat
from .asides import past_aside
from .according_aside import opener_past_aside
from .came_in import came_in
from .comma_speech import comma_speech
from .first_person import first_person_speech
from .opinion_object import opinion_cue
from .far_opener import others_opener
from .cues import NOUN, PARTICIPLE, VERB, Cue, is_complementizer
from .nonspeech import intent_object
from .adverbs import accusative_adverb
from .plausible import frequent_alone, signing
from .named import Subject, nisba_at
from .thus import before_thus
from .title_run import past_title
from .sourced import applies, foreign_opener, sourced_content, verb_marker

_NEAR = 1
#: tokens from a ``prep`` cue to its own opener («أفاد مسؤولون أمس أن …»)
_OPENER_NEAR = 4
#: tokens (an apposed title) allowed between the subject and «: أن …» after a non-say cue
_COLON_NEAR = 3


def _left_quote(ctx: Context, i: int, used: set[int]) -> Content | None:
    """A quote right before the cue: «…»، قال فلان; «…».. هكذا قال فلان."""
    k = before_thus(ctx, i)
    while k >= 0 and ctx.tokens[k].text in COMMAS:
        k -= 1
    q = ctx.quote_closing_at(k) if k >= 0 else None
    if q is None or q.depth or q.open in used or not long_quote(ctx, q):
        return None
    return Content(q.start, q.end, "direct", q)


def _past_adverb(ctx: Context, k: int) -> int:
    """The token after an accusative adverb at ``k`` after the subject («وأكدت الهيئة
    مجددا منحها …»), else ``k``; the subject's seat «ومقره لندن» and an aside «- … -» come
    before it."""
    return k + 1 if k < len(ctx.tokens) and accusative_adverb(ctx, k) else k


def cue_content(ctx: Context, i: int, cue: Cue, subject: Subject | None,
             used: set[int]) -> Content | None:
    opener = find_opener(ctx, i)
    marker = verb_marker(ctx, i)  # «…، حسبما أعلنت الحكومة»: the clause before it
    if marker is not None and applies(ctx, i, cue, marker, opener):
        return sourced_content(ctx, marker)
    if marker is not None and foreign_opener(ctx, marker, opener):
        return None  # «تعي باريس، وفق ما أكدت مصادرها «…» من أن …»
    after_subject, opener = _after_subject(ctx, i, cue, subject, opener)
    if opener is not None and others_opener(ctx, cue, opener, past_title(
            ctx, after_subject, opener.index, subject) + _NEAR):
        opener = None  # «واعتبر فلان وجوده … خطأ لأنه …»: the noun complement
    demand = demand_before(ctx, after_subject, opener.index, cue) if opener else None
    if demand is not None:  # «طالبت الهيئة بإنزال …، في حين بين المفتي أن …»
        return _demanded(ctx, demand, opener.index, cue)
    if opener is not None and own_prep_first(ctx, cue, after_subject, opener.index):
        opener = None  # «كاشفاً عن مشروع …، من المتوقع أن يقام …»: the complement
    if opener is not None:
        far = opener.index > past_title(ctx, after_subject, opener.index, subject) + _NEAR \
            and not channel(ctx, after_subject) and not came_in(ctx, i) \
            and not quoted_charge(ctx, after_subject, opener.index, opener.kind == "quote")
        far = far and "voweled" not in cue.flags  # «وبيّن، في خطبة …، أن …»
        weak = cue.pos == VERB and subject is not None and weak_subject(ctx, subject) and (
            "voweled" not in cue.flags or ctx.norm(i - 1) in RELATIVE_PRONOUNS)  # «وبيّن منسق …، أن»
        if (cue.strict or cue.pos == NOUN) and (far or weak):
            if not (far and cue.takes_object and cue.pos != NOUN):
                return None
            return _object_of(ctx, i, cue, subject, after_subject)  # «أبدى فلان آراءه …»
        if opener.kind == "colon" and "say" not in cue.flags and not came_in(ctx, i) \
                and (opener.index > after_subject + _COLON_NEAR or opener.index + 1 >= len(
                    ctx.tokens) or not colon_complementizer(ctx, opener.index + 1)):
            return None  # «ذكر التقرير: …» introduces a list; «وأشار: أنه …» speaks
        content = content_after(ctx, opener)
        return _parenthetical(ctx, i, content) if content is not None else None
    left = _left_quote(ctx, i, used) if cue.pos != PARTICIPLE else None  # «"…"، مشيرا إلى …»
    if left is not None:
        return left
    return comma_speech(ctx, i, cue, subject) or first_person_speech(  # «وأضاف نستعد …»
        ctx, cue, after_subject, subject) or _object_of(  # «واعتبر الحزب القصف عدوانا»
        ctx, i, opinion_cue(ctx, i, cue, subject), subject, after_subject)


def _after_subject(ctx: Context, i: int, cue: Cue, subject: Subject | None,
                   opener: Opener | None) -> tuple[int, Opener | None]:
    """The token after the subject's phrase (its quoted name, alias, seat, aside and adverb
    skipped), and the opener, found past an «according to» aside when none was before."""
    after_subject = _past_quoted_name(ctx, subject, (subject.last if subject and
                                                     subject.last > i else i) + 1)
    if subject is not None and cue.takes_object:
        after_subject = past_alias(ctx, cue, after_subject)  # «أعلن الحلف (ناتو) عن …»
    if subject is None:
        return after_subject, opener
    after_subject = _past_adverb(ctx, past_aside(ctx, past_seat(ctx, after_subject)))
    if opener is None:  # «وقال فلان، وفقا لما نقلته صحيفة …، إن …»
        opener = opener_past_aside(ctx, after_subject) \
            or opener_past_aside(ctx, ctx.last_token(subject.end) + 1)  # its apposition
        after_subject = opener.index if opener is not None else after_subject
    return after_subject, opener


def _object_of(ctx: Context, i: int, cue: Cue, subject: Subject | None,
               after_subject: int) -> Content | None:
    """The cue's noun complement from ``after_subject``, when its subject may have one."""
    if _object_allowed(cue, subject) or subject is None and cue.takes_object \
            and ctx.norm(i - 1) in word_group("speech_connectives"):  # «، كما أكد على …»
        content = object_content(ctx, after_subject, cue)
        first = ctx.token_at(content.start) if content is not None else None
        if first is not None and (_coordinated(ctx, first) or signing(ctx, cue, first)
                                  or intent_object(ctx, first, cue) or ctx.norm(first) in
                                  word_group("new_clause") | word_group("speech_connectives")):
            return None  # «هدد بوتين وبدأ ينفذ …», «أعلن عزمه زيارة …», «…، كما تستطلع …»
        return content
    return None


def _past_quoted_name(ctx: Context, subject: Subject | None, k: int) -> int:
    """The token after the closing mark of a subject written in quotes («وطالب "فلان"
    الهيئة بـ…», «كشفت "الشركة" عن …») and the definite adjectives in «ي/ية» after it
    («أعلنت جماعة "…" المتطرفة مسؤوليتها»), else ``k``: they are no part of the object."""
    q = ctx.quote_closing_at(k) if subject is not None and k < len(ctx.tokens) else None
    if q is None or not q.open < subject.start <= q.end:
        return k
    k += 1
    while k < len(ctx.tokens) and nisba_at(ctx, k):
        k += 1
    return k


def _demanded(ctx: Context, k: int, opener: int, cue: Cue) -> Content | None:
    """The prepositional complement of a demand from token ``k`` (a lone «إلى» left out)."""
    if ctx.norm(k).rstrip("ـ") in cue.preps and k + 1 < opener:
        k += 1
    end = demand_end(ctx, k, opener, clause_end(ctx, k))
    return indirect(ctx, ctx.tokens[k].start, trim(ctx, ctx.tokens[k].start, end))


def _coordinated(ctx: Context, k: int) -> bool:
    """و + a word the news uses at least twice as often alone («وبدأ»; not «وجود»)."""
    norm = ctx.norm(k)
    return norm.startswith("و") and len(norm) > 3 and frequent_alone(norm)


def _parenthetical(ctx: Context, i: int, content: Content) -> Content:
    """«وأطلق القاتل، الذي قالت السلطات إنه يدعى فلان، 13 رصاصة»: speech inside a
    comma-delimited relative clause ends at the clause's closing comma."""
    if content.kind == "direct" or ctx.norm(i - 1) not in RELATIVE_PRONOUNS \
            or i < 2 or ctx.tokens[i - 2].text not in COMMAS:
        return content
    first = ctx.token_at(content.start) or 0
    comma = next((t for t in ctx.tokens[first:]
                  if t.text in COMMAS and content.start < t.start < content.end), None)
    if comma is None:
        return content
    return Content(content.start, trim(ctx, content.start, comma.start), content.kind)


def _object_allowed(cue: Cue, subject: Subject | None) -> bool:
    """Noun complements only after a speaking subject, or after a cue that continues the
    previous speaker («ونفى …», «مشدداً على …»), never after a non-human noun subject."""
    if not cue.takes_object or cue.pos == NOUN:
        return False
    if subject is None:
        return bool(cue.proclitic) or cue.pos != VERB
    return subject.how != "noun"


def weak_subject(ctx: Context, subject: Subject) -> bool:
    """A subject that rarely speaks with an ambiguous cue («بين الفرضيات»، «بين بغداد»)."""
    ent = ctx.entities.get(subject.entity or "")
    unlinked = subject.how == "name" and subject.entity is None  # «بين عامي …»
    return subject.how == "noun" or unlinked or ent is not None and ent.type != "PER"


def unthreatened(ctx: Context, cue: Cue, content: Content, i: int | None = None) -> bool:
    """A cue flagged ``prep`` reports only with its preposition («هدد بالانسحاب», «هدد
    بأن …»); «يهدد حياته», «تهدد الهدنة» threaten, they say nothing.  Content before the
    cue («…، حسبما أفاد فلان») or after an opener («لافتاً إلى أن «…»», «متسائلة: هل …»)
    is speech whatever the preposition."""
    k = ctx.token_at(content.start)
    participle = "prepart" in cue.flags and cue.pos == PARTICIPLE  # «مفيدةً للصحة» is no speech
    if not cue.flags & {"prep", "charge"} and not participle or k is None:
        return False
    if content.kind == "direct" or i is not None and content.start < ctx.tokens[i].start:
        return False  # «أفاد فلان «…»»; «…، حسبما أفاد فلان»
    if "charge" in cue.flags and content.kind == "indirect" and not _opened(ctx, k):
        return not charged(ctx, k, cue)  # «اتهم الحكومة بالتقصير»; not «متهمين بالتحرش»
    j = k - 1
    while j > 0 and not ctx.is_word(j) and ctx.tokens[j].text != ":":
        j -= 1  # a quote mark
    near = i is not None and j - i <= _OPENER_NEAR or ctx.norm(j - 1) in cue.preps
    if near and (is_complementizer(ctx.tokens[j]) or ctx.tokens[j].text == ":"):
        return False
    return not (any(prep_at(ctx, j, cue) for j in range(k, min(k + 3, len(ctx.tokens))))
                or any(ctx.norm(k - 1).startswith(p) for p in cue.preps))  # «عام 2010 بمقاطعة»


def _opened(ctx: Context, k: int) -> bool:
    """Does content at token ``k`` follow an opener (a complementizer or a colon, past a
    quote mark)?"""
    j = k - 1
    while j > 0 and not ctx.is_word(j) and ctx.tokens[j].text != ":":
        j -= 1
    return j >= 0 and (is_complementizer(ctx.tokens[j]) or ctx.tokens[j].text == ":")
