"""A linear-chain CRF decoded with numpy: weights exported from python-crfsuite at training
time, scored per word type (cached) and decoded by Viterbi — no crfsuite needed to tag."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .attrs import bigram_rows, segments, slot_rows
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
        rows: list[int] = []
        starts: list[int] = []
        get = self.index.get
        for feats in groups:
            starts.append(len(rows))
            rows.append(zero)
            rows.extend([i for f in feats if (i := get(f)) is not None])
        return np.add.reduceat(self.weights[rows], starts, axis=0)


class CrfTagger:
    """Tags sentences of normalized words; per-type emission scores are cached (a row of
    ``_table`` per word type, ``_cache`` maps the word to its row and stem)."""

    def __init__(self, weights: CrfWeights, extractor: FeatureExtractor,
                 cache_size: int = 300_000) -> None:
        self.w = weights
        self.features = extractor
        self.cache_size = cache_size
        self._cache: dict[str, tuple[int, str]] = {}
        self._table = np.zeros((1024, 1 + len(OFFSETS), len(weights.labels)))
        self._slots = slot_rows(weights.index)
        self._bigrams = bigram_rows(weights.index)
        edges = weights.score_groups([[f"{o}:edge"] for o in OFFSETS])
        self._edge = dict(zip(OFFSETS, edges))
        dims = extractor.lex.embed.shape[1] if "embed" in extractor.groups else 0
        # dense weights stacked as (dims, rows): row 0 the word itself, then each offset
        self._dense = np.stack([weights.dense_matrix(dense_names(o, dims))
                                for o in (0, *OFFSETS)], axis=1) if dims else None

    def _fill(self, words: Sequence[str]) -> None:
        """Score new word types together: one ``reduceat`` (a group per word and offset,
        each summed alone in the order of ``score_groups``) for all of them."""
        parts = [self.features.type_parts(w) for w in words]
        own_row, slots, zero = self.w.index.get, self._slots.get, len(self.w.weights) - 1
        head = [zero, *([own_row("b")] if "b" in self.w.index else [])]
        rows: list[int] = []
        starts: list[int] = []
        for own, near, far, _ in parts:
            starts.append(len(rows))
            rows += head
            rows += [i for f in own if (i := own_row(f)) is not None]
            seen = {1: [m for f in near if (m := slots(f)) is not None]}
            seen[2] = [m for f in far if (m := slots(f)) is not None]
            for slot, o in enumerate(OFFSETS, start=1):
                starts.append(len(rows))
                rows.append(zero)
                if seen[abs(o)]:
                    rows += [m[slot] for m in seen[abs(o)] if m[slot] is not None]
        self._store(words, [p[3] for p in parts],
                    np.add.reduceat(self.w.weights[rows], starts, axis=0))

    def _store(self, words: Sequence[str], stems: list[str], summed: np.ndarray) -> None:
        """Put the new types' score rows (``(words * (1 + offsets), labels)``) in the table."""
        first, n = len(self._cache), len(words)
        if first + n > len(self._table):
            size = max(first + n, min(2 * (first + n), self.cache_size))
            grown = np.zeros((size, *self._table.shape[1:]))
            grown[:first] = self._table[:first]
            self._table = grown  # rows are word ids in order of first sight
        self._table[first:first + n] = summed.reshape(n, 1 + len(OFFSETS), -1)
        if self._dense is not None:
            for k, (norm, stem) in enumerate(zip(words, stems), start=first):
                vec = self.features.dense(norm, stem)
                if vec is not None:
                    self._table[k] += np.einsum("d,drl->rl", vec, self._dense)
        self._cache.update(zip(words, zip(range(first, first + n), stems)))

    def stems(self, norms: Sequence[str]) -> list[str]:
        """The clitic-stripped stems of the words (from the per-type cache)."""
        return [t[1] for t in self.types(norms)]

    def types(self, words: Sequence[str]) -> list[tuple[int, str]]:
        """The cached ``(table row, stem)`` of each word (each distinct word looked up once)."""
        cache, unique = self._cache, dict.fromkeys(words)
        new = [w for w in unique if w not in cache]
        if new and len(cache) + len(new) > self.cache_size:
            cache.clear()  # a full cache starts over (the document's words are all new)
            new = list(unique)
        if new:
            self._fill(new)
        return [cache[w] for w in words]

    def doc_emissions(self, sentences: Sequence[Sequence[str]]
                      ) -> tuple[np.ndarray, list[list[str]]]:
        """Emission scores of every word of every sentence at once, ``(words, labels)`` in
        order, and the stems per sentence; equal to scoring each sentence alone (the same
        additions in the same order; see ``tests/test_ner.py``)."""
        lengths = [len(s) for s in sentences]
        flat = [w for s in sentences for w in s]
        types = self.types(flat)
        bounds = np.cumsum([0, *lengths])
        stems = [[t[1] for t in types[lo:hi]] for lo, hi in zip(bounds[:-1], bounds[1:])]
        if not flat:
            return np.zeros((0, len(self.w.labels))), stems
        table = self._table[[t[0] for t in types]]
        sent = np.repeat(np.arange(len(lengths)), lengths)
        pos, n = np.arange(len(flat)), len(flat)
        emit = table[:, 0].copy()
        for k, o in enumerate(OFFSETS, start=1):
            j = np.clip(pos + o, 0, n - 1)
            inside = (sent[j] == sent) & (pos + o >= 0) & (pos + o < n)
            emit += np.where(inside[:, None], table[j, k], self._edge[o])
        return emit + self._extra_scores(stems), stems

    def _extra_scores(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """``score_groups`` of every word's ``sentence_extras`` (phrases, stem bigrams), the
        bigram looked up by its two stems instead of built as a string."""
        if "context" in self.features.groups:
            return self.w.score_groups([g for words in sentences
                                        for g in self.features.sentence_extras(words)])
        get, bigrams, zero = self.w.index.get, self._bigrams, len(self.w.weights) - 1
        rows: list[int] = []
        starts: list[int] = []
        for words in sentences:
            prev = "^"
            for stem, feats in zip(words, self.features.phrase_features(words)):
                starts.append(len(rows))
                rows.append(zero)
                if feats:
                    rows.extend([i for f in feats if (i := get(f)) is not None])
                right = bigrams.get(prev)
                if right is not None and (i := right.get(stem)) is not None:
                    rows.append(i)
                prev = stem
        return np.add.reduceat(self.w.weights[rows], starts, axis=0)

    def tag(self, norms: Sequence[str]) -> list[str]:
        return self.tag_many([norms])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """CRF tags of several sentences (emissions and Viterbi batched)."""
        return self.tag_document(sentences)[1]

    def tag_document(self, sentences: Sequence[Sequence[str]]
                     ) -> tuple[list[list[str]], list[list[str]]]:
        """``(stems, tags)`` of every sentence: emissions for all words at once, then
        Viterbi over all sentences together."""
        emit, stems = self.doc_emissions(sentences)
        return stems, self.viterbi([len(s) for s in sentences], emit)

    def viterbi(self, lengths: Sequence[int], emit: np.ndarray) -> list[list[str]]:
        """Viterbi over several sentences at once (``emit``: their rows concatenated); the
        sentences are taken longest first, so step ``t`` serves the first ones only."""
        trans, labels = self.w.transitions, self.w.labels
        if not any(lengths):
            return [[] for _ in lengths]
        order = sorted(range(len(lengths)), key=lambda k: -lengths[k])
        sizes = [lengths[k] for k in order]
        starts = np.cumsum([0, *lengths])[:-1]
        grid = np.zeros((sizes[0], len(order), len(labels)), dtype=trans.dtype)  # (t, row, l)
        for row, k in enumerate(order):
            grid[:sizes[row], row] = emit[starts[k]:starts[k] + sizes[row]]
        score, back = grid[0].copy(), np.zeros(grid.shape, dtype=np.intp)
        cand = np.empty((len(order), *trans.shape), dtype=trans.dtype)
        for active, (lo, hi) in segments(sizes):  # steps [lo, hi) serve ``active`` rows
            now, cands, backs, emits = score[:active], cand[:active], back[:, :active], \
                grid[:, :active]
            prev = now[:, :, None]
            for t in range(lo, hi):
                np.add(prev, trans, out=cands)
                cands.argmax(axis=1, out=backs[t])
                cands.max(axis=1, out=now)
                now += emits[t]
        tags: list[list[str]] = [[] for _ in lengths]
        for row, k in enumerate(order):
            if sizes[row]:
                tags[k] = _backtrack(back[:, row], int(score[row].argmax()), sizes[row], labels)
        return tags


def _backtrack(back: np.ndarray, last: int, length: int, labels: Sequence[str]) -> list[str]:
    best = [last]
    for t in range(length - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return [labels[i] for i in reversed(best)]
