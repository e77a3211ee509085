"""«أعلنت الهيئة السعودية للمواصفات … . … الدول الأعضاء في هيئة التقييس … . وبيّنت
الهيئة أن …»: a bare head noun that refers back to an organization goes to the body that
has been speaking, when it has that head, rather than to another body of the same kind
named in passing since."""
from __future__ import annotations

from ..document import Speaker
from ..entities.names import bare, name_key
from .context import Context
from .named import Subject


def speaking_body(ctx: Context, subject: Subject | None, found: Speaker | None,
                  last: Speaker | None) -> Speaker | None:
    """``found`` (the subject's speaker), or the last speaker ``last`` when the subject is a
    one-word definite head noun («الهيئة») resolved to another organization and ``last``
    is an organization with the same head."""
    if found is None or subject is None or last is None or subject.how != "title" \
            or found.entity is None or last.entity is None or found.entity == last.entity:
        return found
    j = ctx.token_at(subject.start)
    if j is None or j != subject.last or not ctx.norm(j).lstrip("وف").startswith("ال"):
        return found
    head = bare(ctx.norm(j))
    body, other = ctx.entities.get(last.entity), ctx.entities.get(found.entity)
    if body is None or other is None or body.type != "ORG" or other.type != "ORG" \
            or bare(name_key(body.name).split()[0]) != head:
        return found
    return Speaker(body.id, body.name, found.start, found.end, found.text)
