"""Inference-time form of an :class:`AveragedPerceptron`: numpy arrays instead of dicts.

Trained weights are rounded to thousandths (:meth:`AveragedPerceptron.average`), so they
are kept as a dense ``int16`` table of thousandths (feature row x class column); the rare
weight that does not fit is kept aside as a float and patched in.  ``k / 1000.0`` is the
float the dict holds, and each score is added up feature after feature in the order given
(:func:`numpy.add.accumulate`, :func:`numpy.bincount`; ``numpy.sum`` may add pairwise), as
the dict perceptron does: scores, and so every argmax
and tie-break, are bit-for-bit the same.
"""
from __future__ import annotations

from collections import OrderedDict
from itertools import chain
from typing import Any, Iterable, Sequence, TypeVar

import numpy as np

from .perceptron import AveragedPerceptron

SCALE = 1000.0
LIMIT = np.iinfo(np.int16).max
K = TypeVar("K")
V = TypeVar("V")


class DenseScorer:
    """Read-only multi-class scorer over a fixed class order (``classes``).

    Row ``blank`` and column ``len(classes)`` hold zeros: unknown features and classes."""

    def __init__(self, weights: dict[str, dict[str, float]],
                 classes: Sequence[str] | None = None) -> None:
        names = classes or sorted({c for row in weights.values() for c in row})
        self.classes: tuple[str, ...] = tuple(names)
        self.class_index = {c: i for i, c in enumerate(self.classes)}
        self.index = {feat: i for i, feat in enumerate(weights)}
        self.blank = len(self.index)
        cells = [(r, self.class_index[c], v)
                 for r, row in enumerate(weights.values()) for c, v in row.items()]
        rows, cols = (np.array([cell[i] for cell in cells], dtype=np.int64) for i in (0, 1))
        vals = np.array([cell[2] for cell in cells], dtype=np.float64)
        units = np.round(vals * SCALE)
        fits = (np.abs(units) <= LIMIT) & (units / SCALE == vals)
        self.table = np.zeros((self.blank + 1, len(self.classes) + 1), dtype=np.int16)
        self.table[rows[fits], cols[fits]] = units[fits]
        self.extra: dict[int, dict[int, float]] = {}
        for r, c, v in zip(rows[~fits].tolist(), cols[~fits].tolist(), vals[~fits].tolist()):
            self.extra.setdefault(r, {})[c] = v
        self.has_extra = np.zeros(self.blank + 1, dtype=bool)
        self.has_extra[list(self.extra)] = True

    @classmethod
    def of(cls, model: "AveragedPerceptron | DenseScorer",
           classes: Sequence[str] | None = None) -> "DenseScorer":
        """``model`` converted (or itself when already a scorer)."""
        return model if isinstance(model, DenseScorer) else cls(model.weights, classes)

    def rows(self, features: Iterable[str]) -> list[int]:
        """Row ids of ``features`` (the blank row for unknown ones)."""
        get, blank = self.index.get, self.blank
        return [get(f, blank) for f in features]

    def matrix(self, groups: Sequence[Sequence[int]],
               cols: Sequence[int] | None = None) -> np.ndarray:
        """Scores of several row-id lists, shape ``(len(groups), len(cols))``; all classes
        in :attr:`classes` order when ``cols`` is None."""
        sizes = [len(g) for g in groups]
        ids = np.fromiter(chain.from_iterable(groups), dtype=np.intp, count=sum(sizes))
        table = self.table.take(ids, axis=0)
        values = (table[:, :len(self.classes)] if cols is None else table[:, cols]) / SCALE
        hits = np.flatnonzero(self.has_extra.take(ids))
        if hits.size:
            self._patch(values, hits, ids, range(len(self.classes)) if cols is None else cols)
        if len(groups) == 1 and sizes[0]:
            return np.add.accumulate(values, axis=0)[-1:].copy()
        width = values.shape[1]
        bins = np.repeat(np.arange(len(groups)) * width, sizes)[:, None] + np.arange(width)
        flat = np.bincount(bins.ravel(), values.ravel(), minlength=len(groups) * width)
        return flat.reshape(len(groups), width)

    def _patch(self, values: np.ndarray, hits: np.ndarray, ids: np.ndarray,
               cols: Sequence[int]) -> None:
        """Put in the weights that the int16 table cannot hold (``hits``: positions in
        ``ids`` of rows that have some)."""
        where = {c: i for i, c in enumerate(cols)}
        for pos in hits.tolist():
            for c, v in self.extra[int(ids[pos])].items():
                if c in where:
                    values[pos, where[c]] = v

    def ranked(self, features: Iterable[str], classes: Iterable[str]) -> list[str]:
        """``classes`` sorted best first (ties by name), as the dict perceptron ranks them."""
        return self.ranked_many([(self.rows(features), list(classes))])[0]

    def ranked_many(self, requests: Sequence[tuple[Sequence[int], Sequence[str]]]
                    ) -> list[list[str]]:
        """:meth:`ranked` of many ``(row ids, classes)`` requests in one numpy pass."""
        return [sorted(totals, key=lambda c: (-totals[c], c)) for totals in self._totals(requests)]

    def best_many(self, requests: Sequence[tuple[Sequence[int], Sequence[str]]]) -> list[str]:
        """The first class :meth:`ranked_many` would give for each request."""
        return [min(totals, key=lambda c: (-totals[c], c)) for totals in self._totals(requests)]

    def _totals(self, requests: Sequence[tuple[Sequence[int], Sequence[str]]]
                ) -> list[dict[str, float]]:
        """Score of each (distinct) class of each request."""
        if not requests:
            return []
        zero = len(self.classes)
        names = [list(dict.fromkeys(classes)) for _, classes in requests]
        cols = [[self.class_index.get(c, zero) for c in group] for group in names]
        scores = self.cell_sums([rows for rows, _ in requests], cols).tolist()
        out, pos = [], 0
        for group in names:
            out.append(dict(zip(group, scores[pos:pos + len(group)])))
            pos += len(group)
        return out

    def cell_sums(self, rows: Sequence[Sequence[int]],
                  cols: Sequence[Sequence[int]]) -> np.ndarray:
        """Score of every class ``cols[g][j]`` over the rows ``rows[g]`` (added up in row
        order), all groups' scores concatenated: shape ``(sum of len(cols[g]),)``."""
        per_group = np.array([len(c) for c in cols], dtype=np.intp)
        sizes = np.array([len(r) for r in rows], dtype=np.intp)
        row_ids = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=sizes.sum())
        col_ids = np.fromiter(chain.from_iterable(cols), dtype=np.intp,
                              count=per_group.sum())
        per_row = np.repeat(per_group, sizes)  # (row, class) cells of each row
        row_start = np.cumsum(per_row) - per_row
        col_start = np.repeat(np.cumsum(per_group) - per_group, sizes)
        slot = np.repeat(col_start - row_start, per_row) + np.arange(per_row.sum())
        cell_rows = np.repeat(row_ids, per_row)
        cell_cols = col_ids[slot]
        values = self.table[cell_rows, cell_cols] / SCALE
        for pos in np.flatnonzero(self.has_extra[cell_rows]).tolist():
            values[pos] = self.extra[int(cell_rows[pos])].get(int(cell_cols[pos]), values[pos])
        return np.bincount(slot, values, minlength=len(col_ids))

    def to_dict(self) -> dict[str, Any]:
        """The weights in the model-file layout of :class:`AveragedPerceptron`."""
        weights = {}
        for feat, r in self.index.items():
            row = {self.classes[c]: float(v) / SCALE
                   for c, v in enumerate(self.table[r, :-1].tolist()) if v}
            extra = self.extra.get(r, {})
            weights[feat] = row | {self.classes[c]: v for c, v in extra.items()}
        return {"weights": weights}


def bounded_update(cache: OrderedDict[K, V], fresh: dict[K, V], size: int) -> None:
    """Add ``fresh`` to ``cache``, dropping its oldest entries beyond ``size``."""
    cache.update(fresh)
    while len(cache) > size:
        cache.popitem(last=False)
