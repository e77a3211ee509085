"""A small averaged perceptron (multi-class and candidate ranking), JSON-serializable."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Sequence

RANK = "+"


class AveragedPerceptron:
    """Sparse linear model ``feature -> {class: weight}`` trained with weight averaging."""

    def __init__(self, weights: dict[str, dict[str, float]] | None = None) -> None:
        self.weights: dict[str, dict[str, float]] = weights or {}
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)
        self._step = 0

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        weights = self.weights
        for feat in features:
            row = weights.get(feat)
            if row:
                for cls, value in row.items():
                    totals[cls] += value
        return totals

    def predict(self, features: Iterable[str]) -> str | None:
        """Best class over every class seen; None when nothing scores."""
        totals = self.scores(features)
        return max(totals, key=lambda c: (totals[c], c)) if totals else None

    def ranked(self, features: Iterable[str], classes: Iterable[str]) -> list[str]:
        """``classes`` sorted best first; only those classes are scored, so this stays cheap
        when a feature's row holds hundreds of classes (lemma rules)."""
        weights = self.weights
        rows = [row for row in map(weights.get, features) if row]
        totals = {c: sum(row.get(c, 0.0) for row in rows) for c in classes}
        return sorted(totals, key=lambda c: (-totals[c], c))

    def rank(self, candidates: Sequence[Sequence[str]]) -> int:
        """Index of the best-scoring feature set (ranking mode, one weight per feature)."""
        weights = self.weights
        best, best_score = 0, float("-inf")
        for i, feats in enumerate(candidates):
            score = sum(weights[f][RANK] for f in feats if f in weights)
            if score > best_score:
                best, best_score = i, score
        return best

    def tick(self) -> None:
        self._step += 1

    def update(self, truth: str, guess: str | None, features: Iterable[str]) -> None:
        if truth == guess:
            return
        for feat in features:
            self._add(feat, truth, 1.0)
            if guess is not None:
                self._add(feat, guess, -1.0)

    def update_rank(self, good: Sequence[str], bad: Sequence[str]) -> None:
        for feat in good:
            self._add(feat, RANK, 1.0)
        for feat in bad:
            self._add(feat, RANK, -1.0)

    def _add(self, feat: str, cls: str, value: float) -> None:
        row = self.weights.setdefault(feat, {})
        key = (feat, cls)
        old = row.get(cls, 0.0)
        self._totals[key] += (self._step - self._stamps[key]) * old
        self._stamps[key] = self._step
        row[cls] = old + value

    def average(self, precision: int = 3) -> None:
        """Replace weights by their average over all steps; drop the ones that round to 0."""
        step = max(self._step, 1)
        averaged: dict[str, dict[str, float]] = {}
        for feat, row in self.weights.items():
            new_row = {}
            for cls, value in row.items():
                key = (feat, cls)
                total = self._totals[key] + (self._step - self._stamps[key]) * value
                rounded = round(total / step, precision)
                if rounded:
                    new_row[cls] = rounded
            if new_row:
                averaged[feat] = new_row
        self.weights = averaged
        self._totals.clear()
        self._stamps.clear()

    def to_dict(self) -> dict[str, Any]:
        return {"weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "AveragedPerceptron":
        return cls(data["weights"])
