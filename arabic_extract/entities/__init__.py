"""Article entities: PER/LOC/ORG mentions clustered into people, places, organizations."""
from __future__ import annotations

from .linker import EntityLinker, build_entities, cluster_mentions
from .names import is_title_word, name_key, titles_before

__all__ = ["EntityLinker", "build_entities", "cluster_mentions", "is_title_word", "name_key",
           "titles_before"]
