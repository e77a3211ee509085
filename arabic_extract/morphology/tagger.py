"""Contextual UPOS tagger over UD words: greedy left-to-right averaged perceptron.

Features are split so that almost all of the work is cached per word type: *static*
features of a word in its token, features the word gives its right neighbour (*left*
context) and its left neighbour (*right* context); only the previous two tags are
looked up per position.
"""
from __future__ import annotations

import random
from collections import OrderedDict
from itertools import chain
from operator import add
from typing import Sequence

import numpy as np

from .features import WordStats, extend_domain, stem_features, with_domain
from .perceptron import AveragedPerceptron
from .scoring import DenseScorer, FeatureIds, bounded_update
from .text import Split

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X")
BOS = "<s>"
#: every shape :func:`piece_shapes` gives, and "" (tokens without Arabic letters)
SHAPES = ("", "c", "x", "al", "enc", "bare", "al|t", "enc|t", "bare|t")
#: a score beyond any real one (bounds of shapes not in :data:`SHAPES`)
_FAR = 1 << 40


def piece_features(split: Split | None, texts: Sequence[str], counts: WordStats,
                   domain: str, tanween: bool = False,
                   stem_feats: list[str] | None = None) -> list[list[str]]:
    """Static features of each piece of a token (clitics see their stem's shape);
    ``tanween``: the surface carries a fathatan (adverbs and accusatives: «أيضاً»);
    ``stem_feats``: ``with_domain(stem_features(split, counts), domain)`` if known (``[]``
    when the caller adds them itself)."""
    if split is None:
        return [with_domain(["r=x", f"cw={t}"], domain) for t in texts]
    stem = split.stem_text
    out = []
    for i, text in enumerate(texts):
        role = "pro" if i < len(split.procs) else "stem" if i == len(split.procs) else "enc"
        if role == "stem":
            extra = (["tan"] if tanween else []) + [f"a={counts.ambiguity(text)}"]
            extra += counts.auto_features(text, "x")
            plain = (with_domain(stem_features(split, counts), domain) if stem_feats is None
                     else stem_feats)
            out.append(extend_domain(plain, extra, domain))
        else:
            out.append(with_domain([f"r={role}", f"cw={text}", f"cw|p={text}|{stem[:1]}",
                                    f"cw|s={text}|{stem[-2:]}", f"cw|k={text}|{split.key}"],
                                   domain))
    return out


def piece_shapes(split: Split | None, count: int) -> list[str]:
    """A coarse class per piece for tag conjunctions: clitic, or stem with ال / enclitic."""
    if split is None:
        return ["x"] * count
    stem = split.stem_text
    shape = "al" if stem.startswith("ال") else "enc" if split.enc else "bare"
    shape += "|t" if stem.endswith("ة") else ""
    return ["c" if i != len(split.procs) else shape for i in range(count)]


def rule_features(tag: str) -> list[str]:
    return [f"rule={tag}"]


def left_features(text: str, stats: WordStats, domain: str) -> list[str]:
    """What a word tells the word after it."""
    feats = [f"pw={text}", f"ps={text[-2:]}", f"pa={stats.ambiguity(text)}"]
    feats += stats.cluster_features(text, "pk") + stats.auto_features(text, "px", False)
    return with_domain(feats, domain)


def right_features(text: str, stats: WordStats, domain: str) -> list[str]:
    """What a word tells the word before it."""
    feats = [f"nw={text}", f"np={text[:2]}", f"ns={text[-2:]}", f"na={stats.ambiguity(text)}"]
    feats += stats.cluster_features(text, "nk") + stats.auto_features(text, "nx", False)
    return with_domain(feats, domain)


def dynamic_features(prev: str, prev2: str, domain: str, shape: str = "",
                     prev_shape: str = "") -> list[str]:
    feats = [f"pt={prev}", f"ppt={prev2}|{prev}", f"pt|s={prev}|{shape}",
             f"pt|ss={prev}|{prev_shape}|{shape}"]
    return with_domain(feats, domain)


class ContextTagger:
    """Scores over :data:`UPOS`: static, left- and right-context vectors of each word are
    computed once per word type (:meth:`vectors`); :meth:`tag` adds the dynamic part."""

    def __init__(self, model: DenseScorer, ids: FeatureIds, stats: WordStats, domain: str,
                 cache_size: int = 100_000) -> None:
        """``model`` is bound to the shared feature index ``ids`` (see ``FeatureIds``)."""
        self.model = model
        self.ids = ids
        self.stats = stats
        self.domain = domain
        self.cache_size = cache_size
        self._dynamic: dict[tuple[str, str, str, str], list[float]] = {}
        #: left and right vectors of piece texts, shape (2, len(UPOS)), oldest first
        self._context: OrderedDict[str, np.ndarray] = OrderedDict()
        bos = self.model.matrix([self.model.rows(left_features(BOS, stats, domain)),
                                 self.model.rows(right_features(BOS, stats, domain))])
        self.bos_left, self.eos_right = bos[0], bos[1]
        self._shape_index = {shape: i for i, shape in enumerate(SHAPES)}
        self._low, self._high = self._bounds()

    def vectors(self, pieces: Sequence[tuple[Sequence[int], str]]) -> np.ndarray:
        """Static, left and right vectors of ``(static feature ids, text)`` pieces:
        shape ``(len(pieces), 3, len(UPOS))``; context vectors are cached per text."""
        stats, domain, of = self.stats, self.domain, self.ids.of
        texts = [text for _, text in pieces]
        new = self.new_texts(texts)
        groups = [ids for ids, _ in pieces]
        for text in new:
            groups += [of(left_features(text, stats, domain)),
                       of(right_features(text, stats, domain))]
        sizes = [len(group) for group in groups]
        flat = np.fromiter(chain.from_iterable(groups), dtype=np.intp, count=sum(sizes))
        return self.vectors_of(flat, sizes, texts, new)

    def new_texts(self, texts: Sequence[str]) -> list[str]:
        """The distinct ``texts`` whose context vectors are not cached, in order."""
        cache = self._context
        return [text for text in dict.fromkeys(texts) if text not in cache]

    def vectors_of(self, flat: np.ndarray, sizes: Sequence[int] | np.ndarray,
                   texts: Sequence[str], new: Sequence[str]) -> np.ndarray:
        """:meth:`vectors` given the shared feature ids ``flat`` of the pieces' static
        features then of the left and right features of each of the ``new`` texts
        (``sizes``: ids per group) and the pieces' ``texts``."""
        cache = self._context
        scores = self.model.sums(self.model.remap[flat], sizes)
        count = len(texts)
        fresh = dict(zip(new, scores[count:].reshape(len(new), 2, len(UPOS)).copy()))
        out = np.empty((count, 3, len(UPOS)), dtype=np.int64)
        out[:, 0] = scores[:count]
        if count:
            out[:, 1:] = [cache[text] if text in cache else fresh[text] for text in texts]
        bounded_update(cache, fresh, self.cache_size)
        return out

    def tag(self, vectors: np.ndarray, fixed: Sequence[str | None],
            shapes: Sequence[str]) -> list[str]:
        """Greedy decoding of a word sequence given its :meth:`vectors` (stacked); the
        previous tags are looked at only where they can change the best tag."""
        if not len(fixed):
            return []
        left = np.concatenate([self.bos_left[None], vectors[:-1, 1]])
        right = np.concatenate([vectors[1:, 2], self.eos_right[None]])
        base = vectors[:, 0] + left + right
        sure = self._sure(base, shapes)
        open_rows = [i for i, (tag, known) in enumerate(zip(fixed, sure))
                     if tag is None and known is None]
        rows = iter(base[open_rows].tolist())
        tags: list[str] = []
        prev = prev2 = BOS
        prev_shape = ""
        dynamic, labels = self._dynamic, UPOS
        for tag, known, shape in zip(fixed, sure, shapes):
            if tag is None:
                tag = known
                if tag is None:
                    key = (prev, prev2, shape, prev_shape)
                    dyn = dynamic.get(key) or self._dyn(key)
                    scores = list(map(add, next(rows), dyn))
                    tag = labels[scores.index(max(scores))]
            tags.append(tag)
            prev, prev2, prev_shape = tag, prev, shape
        return tags

    def _sure(self, base: np.ndarray, shapes: Sequence[str]) -> list[str | None]:
        """The tag of each word whose best class wins whatever the previous two tags are
        (its lowest possible score beats every other class's highest), else None."""
        index, unknown = self._shape_index, len(SHAPES)
        shape = np.fromiter((index.get(s, unknown) for s in shapes), np.intp, len(shapes))
        before = np.concatenate(([index[""]], shape[:-1]))
        low = base + self._low[shape, before]
        high = base + self._high[shape, before]
        best = low.argmax(axis=1)
        rows = np.arange(len(best))
        floor = low[rows, best]
        high[rows, best] = -_FAR
        wins = (floor > high.max(axis=1)).tolist()
        return [UPOS[b] if w else None for b, w in zip(best.tolist(), wins)]

    def _bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Lowest and highest dynamic score (:func:`dynamic_features`) of each class for
        each (shape, previous shape), over all previous two tags; shape
        ``(len(SHAPES) + 1, len(SHAPES) + 1, len(UPOS))``, the last row and column for
        shapes not listed (no bound)."""
        tags, size, domain = UPOS + (BOS,), len(SHAPES), self.domain

        def scores(features: list[str]) -> np.ndarray:
            rows = self.model.rows
            return self.model.matrix([rows(with_domain([f], domain)) for f in features])

        n, k, width = len(tags), size, len(UPOS)
        prev = scores([f"pt={p}" for p in tags])[:, None, None]
        pair = scores([f"ppt={p2}|{p}" for p in tags for p2 in tags]).reshape(n, n, width)
        shape = scores([f"pt|s={p}|{s}" for p in tags for s in SHAPES]).reshape(n, k, 1, width)
        both = scores([f"pt|ss={p}|{ps}|{s}" for p in tags for s in SHAPES
                       for ps in SHAPES]).reshape(n, k, k, width)
        fixed = prev + shape + both  # (prev, shape, prev shape, class)
        low = np.full((k + 1, k + 1, width), -_FAR, dtype=np.int64)
        high = np.full((k + 1, k + 1, width), _FAR, dtype=np.int64)
        low[:k, :k] = (fixed + pair.min(axis=1)[:, None, None]).min(axis=0)
        high[:k, :k] = (fixed + pair.max(axis=1)[:, None, None]).max(axis=0)
        return low, high

    def _dyn(self, key: tuple[str, str, str, str]) -> list[float]:
        feats = dynamic_features(*key[:2], self.domain, *key[2:])
        vec = self._dynamic[key] = self.model.matrix([self.model.rows(feats)])[0].tolist()
        return vec


#: static features, left-context and right-context features, gold tag, fixed tag, shape
TrainWord = tuple[list[str], list[str], list[str], str, str | None, str]
TrainSentence = tuple[str, list[TrainWord]]  # (domain, words)


def train_tagger(sentences: Sequence[TrainSentence], epochs: int,
                 seed: int) -> AveragedPerceptron:
    """Greedy training with the model's own previous tags (as at analysis time)."""
    model = AveragedPerceptron()
    rng = random.Random(seed)
    order = list(sentences)
    for _ in range(epochs):
        rng.shuffle(order)
        for domain, sentence in order:
            prev = prev2 = BOS
            prev_shape = ""
            for i, (static, _, _, gold, fixed, shape) in enumerate(sentence):
                tag = fixed
                if tag is None:
                    model.tick()
                    feats = (static + _context(sentence, i, domain)
                             + dynamic_features(prev, prev2, domain, shape, prev_shape))
                    guess = model.predict(feats)
                    model.update(gold, guess, feats)
                    tag = guess or gold
                prev, prev2, prev_shape = tag, prev, shape
    model.average()
    return model


def _context(sentence: Sequence[TrainWord], i: int, domain: str) -> list[str]:
    left = sentence[i - 1][1] if i else left_features(BOS, WordStats(), domain)
    right = (sentence[i + 1][2] if i + 1 < len(sentence)
             else right_features(BOS, WordStats(), domain))
    return left + right
