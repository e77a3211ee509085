"""A statement speaks for whoever issued it: «وأضاف البيان أن …» goes on with the body or
person who spoke «في بيان» just before, «وأشار بيان المنظمة إلى …» is the organization's,
«وجاء في بيان لوزارة الخارجية أن …» and «وأكد بيان من الرئاسة أن …» are the issuer's.
Word lists: ``quotes/data/issuers.txt``."""
from __future__ import annotations

from ..document import Speaker
from ..entities.names import bare, name_key
from .anaphora import organization_with_head, title_anaphora
from .context import Context, word_group
from .cues import is_complementizer
from .named import Subject
from .sourced import unlinked

_FILE = "issuers.txt"
_REACH = 6  # tokens after the noun where its issuer is looked for
_PREFIXES = ("", "ل", "لـ")  # «بيان الوزارة», «بيان لوزارة …»


def issuer_noun(ctx: Context, j: int) -> bool:
    """Is token ``j`` a statement noun («البيان», «وبيان», «بلاغ»)?"""
    return ctx.is_word(j) and bare(ctx.norm(j)) in word_group("issuer_nouns", _FILE)


def named_issuer(ctx: Context, j: int, stop: int) -> Subject | None:
    """The issuer written after the statement noun at ``j``: a mention annexed to it or after
    «ل», «من», «صادر عن», «الذي أصدرته» («بيان لوزارة الخارجية», «بيان من الرئاسة
    الأفغانية»), a definite noun naming a body seen before («بيان المنظمة»), or after a
    link an unnamed body («بيان من الرئاسة» with no entity)."""
    linked = False
    for k in range(j + 1, min(stop, j + _REACH)):
        if not ctx.is_word(k) or is_complementizer(ctx.tokens[k]) or ctx.cue(k) is not None:
            return None
        mention, entity = ctx.mention_at.get(k, (None, None))
        prefix = ctx.doc.text[ctx.tokens[k].start:mention.start] if mention else None
        if mention is not None and prefix in _PREFIXES and (linked or k == j + 1 or prefix):
            return Subject(entity, mention.start, mention.end, ctx.last_token(mention.end), "name")
        norm = ctx.norm(k)
        if norm in word_group("issuer_links", _FILE):
            linked = True
        elif norm.startswith("ال") and (linked or k == j + 1):
            return _body(ctx, k, linked)
        elif norm.startswith("لل") and len(norm) > 4:
            return _body(ctx, k, True, True)  # «بيان للداخلية التونسية»
        elif norm not in word_group("statement_words", _FILE):
            return None
    return None


def _body(ctx: Context, k: int, linked: bool, cut: bool = False) -> Subject | None:
    """The definite noun at ``k`` (``cut``: written with «ل», «للداخلية») as an issuer: the
    body named before with that head («المنظمة» → «منظمة هيومن رايتس ووتش»); after a link,
    an unnamed body otherwise."""
    before = ctx.tokens[k].start
    entity = organization_with_head(ctx, bare(unlinked(ctx.norm(k), 2)), before) if cut \
        else title_anaphora(ctx, k, k)
    last = k
    while linked and entity is None and last + 1 < min(len(ctx.tokens), k + 3) \
            and ctx.norm(last + 1).startswith("ال") and ctx.cue(last + 1) is None \
            and ctx.norm(last + 1) not in word_group("time_words"):
        last += 1  # «من الرئاسة الأفغانية»
    if entity is None and not linked:
        return None
    return Subject(entity, before, ctx.tokens[last].end, last, "title")


def issuer_speaker(ctx: Context, subject: Subject | None, state) -> Speaker | None:
    """The speaker of a subject phrase headed by a statement noun (``state`` is the
    :class:`~.speakers.SpeakerState`): its issuer named after it, else for «البيان» alone
    (or «البيان نفسه») the last speaker when a statement noun stands in the sentence of
    his cue («وقال الجيش في بيان …. وأضاف البيان …»); None when it names no issuer."""
    j = ctx.token_at(subject.start) if subject is not None and subject.entity is None else None
    if j is None or not issuer_noun(ctx, j):
        return None
    text = ctx.doc.text[subject.start:subject.end]
    stop = ctx.sentence_end_token(j)
    found = named_issuer(ctx, j, stop)
    if found is not None:
        ent = ctx.entities.get(found.entity) if found.entity else None
        name = ent.name if ent else ctx.doc.text[found.start:found.end]
        name = unlinked(name, 2) if name.startswith("لل") else name  # «للوزارة»
        return Speaker(found.entity, name, subject.start, subject.end, text)
    last = state.last
    if last is None or not ctx.norm(j).lstrip("وف").startswith("ال") \
            or subject.last != j and not _alone(ctx, j):
        return None
    if last.start != subject.start and not issued_phrase(last.text) \
            and not _issued(ctx, state.last_at, j):
        return None  # (the same phrase again: «وطالب البيان بـ…، مبينا أن …»)
    return Speaker(last.entity, last.name or last.text, subject.start, subject.end, text)


def _alone(ctx: Context, j: int) -> bool:
    """«البيان» with no word qualifying it, or with «نفسه/ذاته» («البيان الختامي» is some
    other statement); the subject phrase of «طالب البيان المجتمع الدولي» is «البيان» alone."""
    after = ctx.norm(j + 1)
    return not ctx.is_word(j + 1) or not after.startswith("ال") or ctx.is_preposition(j + 1) \
        or after in word_group("same", _FILE)


def _issued(ctx: Context, at: int, before: int) -> bool:
    """Does a statement noun stand in the sentence of the cue at token ``at``, before token
    ``before`` (the «البيان» being resolved)?"""
    if at < 0:
        return False
    start, end = ctx.sentence_start_token(at), ctx.sentence_end_token(at)
    return any(issuer_noun(ctx, k) for k in range(start, min(end, before)))


def issued_phrase(text: str | None) -> bool:
    """Is ``text`` a phrase headed by a statement noun («البيان»)?  A masculine cue goes on
    with it («وأوضحت الوزارة في بيان …. وذكر البيان … . وبين أن …»: the statement speaks)."""
    words = name_key(text or "").split()
    return bool(words) and bare(words[0]) in word_group("issuer_nouns", _FILE)
