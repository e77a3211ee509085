"""Which known entity a few words spell («وقال قطان» → the entity «محمد قطان»): an index
over the article's entity mentions, built once per document instead of comparing every
mention at every cue (that made long documents quadratic)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..entities.names import name_key
from .context import Context

_ATTRIBUTE = "_known_names"


@dataclass(frozen=True)
class NameIndex:
    """Order (in ``ids``) of the first entity with a mention of each key, and of the first
    person with a mention ending in each one or two words."""

    ids: tuple[str, ...]
    exact: dict[str, int]
    tails: dict[tuple[str, ...], int]


def name_index(ctx: Context) -> NameIndex:
    """The index of ``ctx``'s entities, made on first use and kept with the context."""
    index = ctx.__dict__.get(_ATTRIBUTE)
    if index is None:
        index = ctx.__dict__[_ATTRIBUTE] = _build(ctx)
    return index


def _build(ctx: Context) -> NameIndex:
    ids, exact, tails = [], {}, {}
    for order, ent in enumerate(ctx.entities.values()):
        ids.append(ent.id)
        for mention in ent.mentions:
            key = name_key(mention.text)
            if not key:
                continue
            exact.setdefault(key, order)
            if ent.type == "PER":
                words = tuple(key.split())
                tails.setdefault(words[-1:], order)
                tails.setdefault(words[-2:], order)
    return NameIndex(tuple(ids), exact, tails)


def known_entity(ctx: Context, key: str, words: Sequence[str], tail: bool) -> str | None:
    """The first entity with a mention spelled ``key``, or (``tail``, one or two words)
    the first person whose mention ends in ``words``; None when there is none."""
    index = name_index(ctx)
    found = [index.exact.get(key)]
    if tail and len(words) < 3:
        found.append(index.tails.get(tuple(words)))
    orders = [order for order in found if order is not None]
    return index.ids[min(orders)] if orders else None
