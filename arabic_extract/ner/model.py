"""A linear-chain CRF decoded with numpy: weights exported from python-crfsuite at training
time, scored per word type (cached) and decoded by Viterbi — no crfsuite needed to tag."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .features import OFFSETS, FeatureExtractor, dense_names


@dataclass(frozen=True)
class CrfWeights:
    """Labels, state-feature weights (one row per attribute) and label transitions."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    transitions: np.ndarray

    @classmethod
    def load(cls, path: str | Path) -> "CrfWeights":
        with np.load(path, allow_pickle=False) as data:
            attrs = data["attrs"].tolist()
            weights = data["weights"].astype(np.float64)
            return cls(tuple(data["labels"].tolist()), {a: i for i, a in enumerate(attrs)},
                       np.vstack([weights, np.zeros((1, weights.shape[1]))]),
                       data["transitions"].astype(np.float64))

    @classmethod
    def from_crfsuite(cls, model_file: str | Path) -> "CrfWeights":
        """Read a model trained by python-crfsuite (training-time only)."""
        import pycrfsuite
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_file))
        info = tagger.info()
        labels = tuple(sorted(info.labels, key=info.labels.get))
        lab = {name: i for i, name in enumerate(labels)}
        attrs = sorted({a for a, _ in info.state_features})
        index = {a: i for i, a in enumerate(attrs)}
        weights = np.zeros((len(attrs) + 1, len(labels)), dtype=np.float32)
        for (attr, label), w in info.state_features.items():
            weights[index[attr], lab[label]] = w
        trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (a, b), w in info.transitions.items():
            trans[lab[a], lab[b]] = w
        return cls(labels, index, weights, trans)

    def save(self, path: str | Path) -> None:
        attrs = sorted(self.index, key=self.index.get)
        with open(path, "wb") as handle:
            np.savez_compressed(handle, labels=np.array(self.labels), attrs=np.array(attrs),
                                weights=self.weights[:-1].astype(np.float32),
                                transitions=self.transitions.astype(np.float32))

    def dense_matrix(self, names: Sequence[str]) -> np.ndarray:
        """``(len(names), labels)`` weights of dense attributes (zero rows when unknown)."""
        zero = len(self.weights) - 1
        return self.weights[[self.index.get(n, zero) for n in names]]

    def score_groups(self, groups: Sequence[Sequence[str]]) -> np.ndarray:
        """One summed weight row per feature group (zeros for a group with no known one)."""
        zero = len(self.weights) - 1  # the last row is kept at zero
        rows, starts = [], []
        for feats in groups:
            starts.append(len(rows))
            rows.append(zero)
            rows.extend(self.index[f] for f in feats if f in self.index)
        return np.add.reduceat(self.weights[rows], starts, axis=0)


class CrfTagger:
    """Tags sentences of normalized words; per-type emission scores are cached."""

    def __init__(self, weights: CrfWeights, extractor: FeatureExtractor,
                 cache_size: int = 300_000) -> None:
        self.w = weights
        self.features = extractor
        self.cache_size = cache_size
        self._cache: dict[str, tuple[np.ndarray, str]] = {}
        edges = weights.score_groups([[f"{o}:edge"] for o in OFFSETS])
        self._edge = dict(zip(OFFSETS, edges))
        dims = extractor.lex.embed.shape[1] if "embed" in extractor.groups else 0
        # dense weights stacked as (dims, rows): row 0 the word itself, then each offset
        self._dense = np.stack([weights.dense_matrix(dense_names(o, dims))
                                for o in (0, *OFFSETS)], axis=1) if dims else None

    def _type(self, norm: str) -> tuple[np.ndarray, str]:
        hit = self._cache.get(norm)
        if hit is None:
            if len(self._cache) >= self.cache_size:
                self._cache.clear()
            own, context, stem = self.features.type_features(norm)
            rows = self.w.score_groups([["b", *own], *(context[o] for o in OFFSETS)])
            vec = self.features.dense(norm, stem) if self._dense is not None else None
            if vec is not None:
                rows = rows + np.einsum("d,drl->rl", vec, self._dense)
            hit = self._cache[norm] = (rows, stem)
        return hit

    def stems(self, norms: Sequence[str]) -> list[str]:
        """The clitic-stripped stems of the words (from the per-type cache)."""
        return [self._type(w)[1] for w in norms]

    def emissions(self, norms: Sequence[str]) -> np.ndarray:
        types = [self._type(w) for w in norms]
        table = np.stack([t[0] for t in types])  # (n, 1 + len(OFFSETS), labels)
        stems = [t[1] for t in types]
        emit = table[:, 0].copy()
        n = len(norms)
        for k, o in enumerate(OFFSETS, start=1):
            lo, hi = max(0, -o), min(n, n - o)
            if lo < hi:
                emit[lo:hi] += table[lo + o:hi + o, k]
            emit[:lo] += self._edge[o]
            emit[max(hi, lo):] += self._edge[o]
        return emit + self.w.score_groups(self.features.sentence_extras(stems))

    def tag(self, norms: Sequence[str]) -> list[str]:
        return self.tag_many([norms])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Viterbi over several sentences at once: one numpy step per position serves every
        sentence still that long (a finished sentence keeps its final scores)."""
        lengths = [len(s) for s in sentences]
        if not any(lengths):
            return [[] for _ in sentences]
        trans, labels = self.w.transitions, self.w.labels
        emit = np.zeros((len(sentences), max(lengths), len(labels)), dtype=trans.dtype)
        for k, norms in enumerate(sentences):
            if norms:
                emit[k, :len(norms)] = self.emissions(norms)
        sizes = np.array(lengths)
        score, back = emit[:, 0].copy(), np.zeros(emit.shape, dtype=np.intp)
        for t in range(1, emit.shape[1]):
            cand = score[:, :, None] + trans
            back[:, t] = cand.argmax(axis=1)
            score = np.where((sizes > t)[:, None], cand.max(axis=1) + emit[:, t], score)
        return [_backtrack(back[k], int(score[k].argmax()), n, labels) if n else []
                for k, n in enumerate(lengths)]


def _backtrack(back: np.ndarray, last: int, length: int, labels: Sequence[str]) -> list[str]:
    best = [last]
    for t in range(length - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return [labels[i] for i in reversed(best)]
