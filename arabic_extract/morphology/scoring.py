"""Inference-time form of an :class:`AveragedPerceptron`: numpy arrays instead of dicts.

Trained weights are rounded to thousandths (:meth:`AveragedPerceptron.average`), so they
are kept as a dense ``int32`` table of thousandths (feature row x class column) and every
score is an exact integer sum: no float rounding, so the order in which features are
added never changes a score, an argmax or a tie-break.  Scores are in thousandths.

A model trained with feature augmentation (every feature once plain and once marked with
its corpus, ``pud:w=…``) is *merged* for analysis: the row of ``w=…`` becomes the sum of the
plain row and the ``pud:`` row, and the other corpora's rows are dropped, so analysis looks
up half as many features and gets the same scores.
"""
from __future__ import annotations

from collections import OrderedDict
from itertools import chain
from typing import Any, Iterable, Mapping, Sequence, TypeVar

import numpy as np

from .perceptron import RANK, AveragedPerceptron

SCALE = 1000
K = TypeVar("K")
V = TypeVar("V")
Weights = Mapping[str, Mapping[str, float]]


def units(value: float) -> int:
    """A weight in thousandths (weights are rounded to thousandths when averaged)."""
    return round(value * SCALE)


def merge_domain(weights: Weights, domain: str, domains: Iterable[str]
                 ) -> dict[str, dict[str, int]]:
    """Weights (in thousandths) as seen from ``domain``: ``f`` gets ``f`` + ``domain:f``;
    features marked with another of ``domains`` are dropped."""
    marks = {f"{d}:" for d in domains}
    own = f"{domain}:"
    merged: dict[str, dict[str, int]] = {}
    for feat, row in weights.items():
        head = feat[:feat.find(":") + 1]
        if head == own:
            feat = feat[len(own):]
        elif head in marks:
            continue
        target = merged.setdefault(feat, {})
        for cls, value in row.items():
            target[cls] = target.get(cls, 0) + units(value)
    return merged


class DenseScorer:
    """Read-only multi-class scorer over a fixed class order (``classes``).

    Row ``blank`` and column ``len(classes)`` hold zeros: unknown features and classes."""

    def __init__(self, weights: Mapping[str, Mapping[str, int]],
                 classes: Sequence[str] | None = None) -> None:
        """``weights``: feature → class → weight in thousandths (see :func:`units`)."""
        names = classes or sorted({c for row in weights.values() for c in row})
        self.classes: tuple[str, ...] = tuple(names)
        self.class_index = {c: i for i, c in enumerate(self.classes)}
        self.index = {feat: i for i, feat in enumerate(weights)}
        self.blank = len(self.index)
        cells = [(r, self.class_index[c], v)
                 for r, row in enumerate(weights.values()) for c, v in row.items()]
        rows, cols, vals = (np.array([cell[i] for cell in cells], dtype=np.int64)
                            for i in range(3))
        self.table = np.zeros((self.blank + 1, len(self.classes) + 1), dtype=np.int32)
        self.table[rows, cols] = vals
        #: shared feature id -> row of this scorer, once bound (see :meth:`bind`)
        self.remap = np.zeros(1, dtype=np.intp)

    @classmethod
    def of(cls, model: "AveragedPerceptron | DenseScorer",
           classes: Sequence[str] | None = None, domain: str = "",
           domains: Iterable[str] = ()) -> "DenseScorer":
        """``model`` converted (or itself when already a scorer); merged for ``domain``
        when given (see :func:`merge_domain`)."""
        if isinstance(model, DenseScorer):
            return model
        if domain:
            return cls(merge_domain(model.weights, domain, domains), classes)
        return cls({f: {c: units(v) for c, v in row.items()}
                    for f, row in model.weights.items()}, classes)

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
        return self.sums(ids, sizes, cols)

    def sums(self, rows: np.ndarray, sizes: Sequence[int] | np.ndarray,
             cols: Sequence[int] | None = None) -> np.ndarray:
        """Scores of consecutive groups of ``rows`` (``sizes``: rows per group), as
        :meth:`matrix`; exact int64 sums."""
        table = self.table.take(rows, axis=0)
        values = table[:, :len(self.classes)] if cols is None else table[:, cols]
        if not len(values):
            return np.zeros((len(sizes), values.shape[1]), dtype=np.int64)
        counts = np.asarray(sizes, dtype=np.intp)
        starts = np.minimum(np.cumsum(counts) - counts, len(values) - 1)
        out = np.add.reduceat(values, starts, axis=0, dtype=np.int64)
        out[counts == 0] = 0
        return out

    def bind(self, ids: "FeatureIds") -> None:
        """Map the ids of a shared :class:`FeatureIds` to this scorer's rows
        (:attr:`remap`; unknown features go to the blank row)."""
        get, blank = self.index.get, self.blank
        self.remap = np.array([get(f, blank) for f in ids.index] + [blank], dtype=np.intp)

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
                ) -> list[dict[str, int]]:
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
        """Score of every class ``cols[g][j]`` over the rows ``rows[g]``, all groups'
        scores concatenated: shape ``(sum of len(cols[g]),)``."""
        sizes = np.array([len(r) for r in rows], dtype=np.intp)
        row_ids = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=sizes.sum())
        return self.cell_sums_flat(row_ids, sizes, cols)

    def cell_sums_flat(self, row_ids: np.ndarray, sizes: np.ndarray,
                       cols: Sequence[Sequence[int]]) -> np.ndarray:
        """:meth:`cell_sums` of the groups of ``sizes[g]`` consecutive ``row_ids``."""
        per_group = np.array([len(c) for c in cols], dtype=np.intp)
        col_ids = np.fromiter(chain.from_iterable(cols), dtype=np.intp,
                              count=per_group.sum())
        per_row = np.repeat(per_group, sizes)  # (row, class) cells of each row
        row_start = np.cumsum(per_row) - per_row
        col_start = np.repeat(np.cumsum(per_group) - per_group, sizes)
        slot = np.repeat(col_start - row_start, per_row) + np.arange(per_row.sum())
        values = self.table[np.repeat(row_ids, per_row), col_ids[slot]]
        return np.bincount(slot, values, minlength=len(col_ids))

    def to_dict(self) -> dict[str, Any]:
        """The weights in the model-file layout of :class:`AveragedPerceptron`."""
        weights = {}
        for feat, r in self.index.items():
            weights[feat] = {self.classes[c]: v / SCALE
                             for c, v in enumerate(self.table[r, :-1].tolist()) if v}
        return {"weights": weights}


class FeatureIds:
    """One ``feature -> id`` dict shared by several scorers: a word's features are looked
    up once, and each scorer maps the ids to its own rows with a numpy gather
    (``scorer.remap[ids]``); unknown features get id :attr:`unknown`."""

    def __init__(self, scorers: Sequence[DenseScorer]) -> None:
        names = dict.fromkeys(chain.from_iterable(scorer.index for scorer in scorers))
        self.index = {feat: i for i, feat in enumerate(names)}
        self.unknown = len(self.index)
        for scorer in scorers:
            scorer.bind(self)

    def of(self, features: Iterable[str]) -> list[int]:
        get, unknown = self.index.get, self.unknown
        return [get(f, unknown) for f in features]


class RankScorer:
    """Inference-time form of a ranking :class:`AveragedPerceptron` (one weight per
    feature): a flat ``feature -> weight`` dict in thousandths (see :func:`units`), so a
    candidate's score is an exact integer sum: no float rounding, the same winner whatever
    the order of the features or the Python version (``sum`` of floats is compensated from
    Python 3.12 on)."""

    def __init__(self, weights: Mapping[str, int]) -> None:
        """``weights``: feature → weight in thousandths."""
        self.weights = dict(weights)

    @classmethod
    def of(cls, model: "AveragedPerceptron | RankScorer") -> "RankScorer":
        if isinstance(model, RankScorer):
            return model
        return cls({feat: units(row[RANK]) for feat, row in model.weights.items()
                    if RANK in row})

    def rank(self, candidates: Sequence[Sequence[str]]) -> int:
        """Index of the best-scoring feature set (the first one on ties)."""
        get = self.weights.get
        best, best_score = 0, None
        for i, feats in enumerate(candidates):
            score = sum([get(f, 0) for f in feats])
            if best_score is None or score > best_score:
                best, best_score = i, score
        return best

    def to_dict(self) -> dict[str, Any]:
        return {"weights": {feat: {RANK: value / SCALE} for feat, value in self.weights.items()}}


def bounded_update(cache: OrderedDict[K, V], fresh: dict[K, V], size: int) -> None:
    """Add ``fresh`` to ``cache``, dropping its oldest entries beyond ``size``."""
    cache.update(fresh)
    while len(cache) > size:
        cache.popitem(last=False)
