"""Lookup tables over the CRF's attribute names that let :class:`.model.CrfTagger` score
features without building every ``offset:feature`` string, and the step runs of its batched
Viterbi."""
from __future__ import annotations

from typing import Sequence

from .features import OFFSETS


def bigram_rows(index: dict[str, int]) -> dict[str, dict[str, int]]:
    """Rows of the ``bg=left|right`` attributes as ``{left: {right: row}}``, under every
    split at a ``|`` (a stem may hold one), so a lookup matches exactly the string."""
    out: dict[str, dict[str, int]] = {}
    for attr, row in index.items():
        if attr.startswith("bg="):
            pair = attr[3:]
            for k, ch in enumerate(pair):
                if ch == "|":
                    out.setdefault(pair[:k], {})[pair[k + 1:]] = row
    return out


def slot_rows(index: dict[str, int]) -> dict[str, list[int | None]]:
    """Attribute rows by unprefixed feature: ``[own row, row seen from each offset]``
    (``None`` where the model has no such attribute), one lookup per feature of a word."""
    slots: dict[str, list[int | None]] = {}
    for attr, row in index.items():
        head, _, rest = attr.partition(":")
        offset = int(head) if rest and head.lstrip("-").isdigit() else None
        slot = 1 + OFFSETS.index(offset) if offset in OFFSETS else 0
        key = rest if slot else attr
        slots.setdefault(key, [None] * (1 + len(OFFSETS)))[slot] = row
    return slots


def segments(sizes: Sequence[int]) -> list[tuple[int, tuple[int, int]]]:
    """``(rows, (first step, end step))`` runs of Viterbi steps ``1 … max(sizes) - 1`` over
    which the same number of rows (``sizes`` sorted longest first) is still running."""
    runs, t = [], 1
    for active in range(len(sizes), 0, -1):
        if sizes[active - 1] > t:
            runs.append((active, (t, sizes[active - 1])))
            t = sizes[active - 1]
    return runs
