"""A title phrase names a person: «وقال رئيس الشركة إن …», «أكد مدير الجامعة المكلف …»
speak for a body but are people, so their speaker is never the organization or place
(the NER often tags «مدير الجامعة» as an organization, or links it to the university)."""
from __future__ import annotations

from dataclasses import replace

from .context import Context
from .named import Subject
from .plausible import speaker_words
from .subjects import title_subject

_BODIES = ("ORG", "LOC")


def person_title(ctx: Context, subject: Subject | None, stop: int) -> Subject | None:
    """``subject`` unless it is an organization or place whose phrase opens with a title
    word in the construct state («مدير الجامعة», not «النجم الساحلي»); then the title
    phrase, linked only to a person seen with that title, else unnamed."""
    if subject is None or subject.entity is None \
            or ctx.entities[subject.entity].type not in _BODIES:
        return subject
    j = ctx.token_at(subject.start)
    if j is None or not _person_title(ctx, j):
        return subject
    found = title_subject(ctx, j, stop) or subject
    if found.entity is not None and ctx.entities[found.entity].type != "PER":
        found = replace(found, entity=None)
    return replace(found, how="title") if found.entity is None else found


def _person_title(ctx: Context, j: int) -> bool:
    """A title word without the article, annexed to the next word («رئيس الشركة»)."""
    word, bodies = ctx.norm(j), speaker_words("body_titles")
    return ctx.is_title(j) and not word.lstrip("وف").startswith("ال") and ctx.is_word(j + 1) \
        and word not in bodies and word[1:] not in bodies
