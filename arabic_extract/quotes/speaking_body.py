"""«أعلنت الهيئة السعودية للمواصفات … . … الدول الأعضاء في هيئة التقييس … . وبيّنت
الهيئة أن …»: a bare head noun that refers back to an organization goes to the body that
has been speaking, when it has that head, rather than to another body of the same kind
named in passing since.  The body that has been speaking is the last speaker, else the one
body with that head that spoke earlier when the other never did («قالت جامعة X … . وقال
فلان، أستاذ … بجامعة Y، … . وقالت الجامعة …» → X)."""
from __future__ import annotations

from collections.abc import Collection

from ..document import Speaker
from ..entities.names import bare, name_key
from .context import Context
from .named import Subject


def speaking_body(ctx: Context, subject: Subject | None, found: Speaker | None,
                  last: Speaker | None, spoken: Collection[str] = ()) -> Speaker | None:
    """``found`` (the subject's speaker), or the body with the same head that has been
    speaking (``last``, else the only one among the entities that ``spoken``) when the
    subject is a one-word definite head noun («الهيئة») resolved to another organization."""
    head = _bare_head(ctx, subject, found)
    if head is None or found is None or found.entity is None:
        return found
    if last is not None and last.entity is not None and last.entity != found.entity \
            and _org_with_head(ctx, last.entity, head):
        return _as(ctx, last.entity, found)
    if not _org_with_head(ctx, found.entity, None) or found.entity in spoken:
        return found
    bodies = [e for e in spoken if e != found.entity and _org_with_head(ctx, e, head)]
    return _as(ctx, bodies[0], found) if len(bodies) == 1 else found


def _bare_head(ctx: Context, subject: Subject | None, found: Speaker | None) -> str | None:
    """The head of a one-word definite title subject («الهيئة»), else None."""
    if found is None or subject is None or subject.how != "title":
        return None
    j = ctx.token_at(subject.start)
    if j is None or j != subject.last or not ctx.norm(j).lstrip("وف").startswith("ال"):
        return None
    return bare(ctx.norm(j))


def _org_with_head(ctx: Context, entity: str, head: str | None) -> bool:
    """Is ``entity`` an organization (whose name opens with ``head``, when given)?"""
    ent = ctx.entities.get(entity)
    if ent is None or ent.type != "ORG":
        return False
    return head is None or bare(name_key(ent.name).split()[0]) == head


def _as(ctx: Context, entity: str, found: Speaker) -> Speaker:
    body = ctx.entities[entity]
    return Speaker(body.id, body.name, found.start, found.end, found.text)
