"""Shared helper of the entity-rule tests."""
from __future__ import annotations

import arabic_extract


def entity_set(text: str) -> set[tuple[str, str]]:
    """(type, name) of the article entities of ``text`` (the pipeline without quotes)."""
    doc = arabic_extract.load(quotes=None)(text)
    return {(e.type, e.name) for e in doc.entities}
