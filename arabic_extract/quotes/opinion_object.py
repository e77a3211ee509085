"""An evaluation verb with its speaking subject written after it and a noun object:
«واعتبر الحزب هذا القصف عدوانا», «ويعتبر فلان الاتفاق ليس كافيا».  The object and its
predicate are the opinion the subject states.

The same words mostly mean "is considered" («ويعتبر فلان أحد أهم اللاعبين», «تعتبر إيران
إحدى أكبر الدول», «ويعتبر اليوم آخر يوم …»), so the subject must be a person or an
organization, or a listed speaker noun («محللون»), and the object must not look like a
predicate: an indefinite accusative («مصدرا»), «أحد/إحدى», «من».  After a relative pronoun
(«الدولة التي تعتبر الحزب منظمة …») the subject is before the verb, and a written damma
(«ويُعتبر», «اعتُبر») marks the passive.  The present tense («ويعتبر فلان مهندس …») is
"is considered" unless the object cannot be a predicate (:func:`_marked_object`)."""
from __future__ import annotations

from dataclasses import replace

from ..entities.names import bare
from .context import RELATIVE_PRONOUNS, Context, word_group
from .cues import VERB, Cue
from .named import Subject
from .subjects import plural_source
from .counts import news_lexicon

_DAMMA = "\u064f"
_PREDICATE_HEADS = frozenset({"احد", "احدي", "من", "اكثر", "اكبر", "اهم", "افضل", "اول"})
_BROKEN_ADJECTIVES = frozenset({"عرب", "اجانب"})
_NEGATORS = frozenset({"ليس", "ليست", "غير"})
#: a preposition on a definite noun («بالمقارنة», «للأنشطة») or «و» + pronoun («وهي»)
_JOINED_STARTS = ("بال", "لل", "كال", "وهو", "وهي", "وهم")


def opinion_cue(ctx: Context, i: int, cue: Cue, subject: Subject | None) -> Cue:
    """``cue`` taking a noun object when it is an evaluation verb («اعتبر»: flags
    ``objpart`` and ``think``) whose speaking subject follows it; else ``cue``."""
    if cue.pos != VERB or not {"objpart", "think"} <= cue.flags or subject is None \
            or subject.start < ctx.tokens[i].end or _DAMMA in ctx.tokens[i].text \
            or i > 0 and ctx.norm(i - 1) in RELATIVE_PRONOUNS:
        return cue
    k = subject.last + 1
    if not _speaking(ctx, subject) or not _object_start(ctx, k) \
            or not cue.past and not _marked_object(ctx, k):
        return cue
    return replace(cue, flags=cue.flags | {"obj"})


def _marked_object(ctx: Context, k: int) -> bool:
    """After the present «يعتبر فلان …», which mostly reads "is considered", an object that
    cannot be a predicate: a demonstrative («هذا الإجراء») or a word followed by a negated
    predicate («الاتفاق ليس كافيا», «… غير لائق»)."""
    return ctx.norm(k) in word_group("demonstratives") \
        or any(ctx.norm(x) in _NEGATORS for x in range(k + 1, min(k + 3, len(ctx.tokens))))


def _speaking(ctx: Context, subject: Subject) -> bool:
    """A person or organization, or a plural of a listed speaker noun with its adjectives
    («محللون سياسيون», «خبراء»; not «مصدر إزعاج», a predicate)."""
    from .sourced import group  # sourced imports content_of's modules
    ent = ctx.entities.get(subject.entity or "")
    if ent is not None:
        return ent.type in ("PER", "ORG")
    first = ctx.token_at(subject.start)
    return first is not None and bare(ctx.norm(first)) in group("speakers") \
        and plural_source(ctx, first) \
        and all(_plural_adjective(ctx.norm(k)) for k in range(first + 1, subject.last + 1))


def _plural_adjective(norm: str) -> bool:
    """«سياسيون», «أردنيون», «عرب»: an adjective of a plural speaker noun; the subject
    phrase of «محللون» ran into the object when any other word follows it."""
    return norm.endswith(("ون", "ين")) or norm in _BROKEN_ADJECTIVES


def _object_start(ctx: Context, k: int) -> bool:
    """Can token ``k`` start an object rather than a predicate: a definite noun or a
    demonstrative («الاتفاق», «هذا القصف»), or a noun in construct («تصرفات الوزير»); not
    a prepositional phrase («ويعتبر الجيش بفروعه …») nor a new clause («وهي …»)?"""
    if k >= len(ctx.tokens) or not ctx.is_word(k) or ctx.cue(k) is not None:
        return False
    norm = ctx.norm(k)
    if norm in word_group("demonstratives"):
        return True
    return norm not in _PREDICATE_HEADS and not norm.endswith("ا") and len(norm) > 2 \
        and not norm.startswith(_JOINED_STARTS) \
        and not (norm[0] in "بلك" and _joined(norm))  # «بفروعه»


def _joined(norm: str) -> bool:
    """Is ``norm`` a proclitic + a word the news uses at least 10 times, and at least
    twice as often as ``norm`` itself («بفروعه»; not «برنامج»)?"""
    count = news_lexicon().count
    return count(norm[1:]) >= 10 and count(norm[1:]) >= 2 * count(norm)
