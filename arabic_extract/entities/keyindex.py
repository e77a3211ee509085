"""Where the clusters of one type are, by key and by key word, so that a mention is
compared with the clusters that share a word with it, not with every cluster."""
from __future__ import annotations


class KeyIndex:
    """Cluster positions (in creation order) by whole key and by each word of a key."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, ...], set[int]] = {}
        self._by_word: dict[str, set[int]] = {}

    def add(self, position: int, key: tuple[str, ...]) -> None:
        self._by_key.setdefault(key, set()).add(position)
        for word in key:
            self._by_word.setdefault(word, set()).add(position)

    def exact(self, key: tuple[str, ...]) -> list[int]:
        """Positions of the clusters having ``key``, in creation order."""
        return sorted(self._by_key.get(key, ()))

    def sharing(self, word: str) -> list[int]:
        """Positions of the clusters with ``word`` in one of their keys, in creation order."""
        return sorted(self._by_word.get(word, ()))
