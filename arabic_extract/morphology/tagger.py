"""Contextual UPOS tagger over UD words: greedy left-to-right averaged perceptron.

Features are split so that almost all of the work is cached per word type: *static*
features of a word in its token, features the word gives its right neighbour (*left*
context) and its left neighbour (*right* context); only the previous two tags are
looked up per position.
"""
from __future__ import annotations

import random
from collections import OrderedDict
from typing import Sequence

import numpy as np

from .features import WordStats, extend_domain, stem_features, with_domain
from .perceptron import AveragedPerceptron
from .scoring import DenseScorer, bounded_update
from .text import Split

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X")
BOS = "<s>"


def piece_features(split: Split | None, texts: Sequence[str], counts: WordStats,
                   domain: str, tanween: bool = False,
                   stem_feats: list[str] | None = None) -> list[list[str]]:
    """Static features of each piece of a token (clitics see their stem's shape);
    ``tanween``: the surface carries a fathatan (adverbs and accusatives: «أيضاً»);
    ``stem_feats``: ``with_domain(stem_features(split, counts), domain)`` if known."""
    if split is None:
        return [with_domain(["r=x", f"cw={t}"], domain) for t in texts]
    stem = split.stem_text
    out = []
    for i, text in enumerate(texts):
        role = "pro" if i < len(split.procs) else "stem" if i == len(split.procs) else "enc"
        if role == "stem":
            extra = (["tan"] if tanween else []) + [f"a={counts.ambiguity(text)}"]
            extra += counts.auto_features(text, "x")
            plain = stem_feats or with_domain(stem_features(split, counts), domain)
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

    def __init__(self, model: DenseScorer, stats: WordStats, domain: str,
                 cache_size: int = 100_000) -> None:
        self.model = model
        self.stats = stats
        self.domain = domain
        self.cache_size = cache_size
        self._dynamic: dict[tuple[str, str, str, str], list[float]] = {}
        #: left and right vectors of piece texts, shape (2, len(UPOS)), oldest first
        self._context: OrderedDict[str, np.ndarray] = OrderedDict()
        bos = self.model.matrix([self.model.rows(left_features(BOS, stats, domain)),
                                 self.model.rows(right_features(BOS, stats, domain))])
        self.bos_left, self.eos_right = bos[0], bos[1]

    def vectors(self, pieces: Sequence[tuple[Sequence[str], str]]) -> np.ndarray:
        """Static, left and right vectors of ``(static features, text)`` pieces:
        shape ``(len(pieces), 3, len(UPOS))``; context vectors are cached per text."""
        rows, stats, domain, cache = self.model.rows, self.stats, self.domain, self._context
        new = [text for text in dict.fromkeys(text for _, text in pieces) if text not in cache]
        groups = [rows(static) for static, _ in pieces]
        for text in new:
            groups += [rows(left_features(text, stats, domain)),
                       rows(right_features(text, stats, domain))]
        scores = self.model.matrix(groups)
        fresh = dict(zip(new, scores[len(pieces):].reshape(len(new), 2, len(UPOS)).copy()))
        out = np.empty((len(pieces), 3, len(UPOS)))
        out[:, 0] = scores[:len(pieces)]
        if pieces:
            out[:, 1:] = [cache[text] if text in cache else fresh[text] for _, text in pieces]
        bounded_update(cache, fresh, self.cache_size)
        return out

    def tag(self, vectors: np.ndarray, fixed: Sequence[str | None],
            shapes: Sequence[str]) -> list[str]:
        """Greedy decoding of a word sequence given its :meth:`vectors` (stacked)."""
        if not len(fixed):
            return []
        left = np.concatenate([self.bos_left[None], vectors[:-1, 1]])
        right = np.concatenate([vectors[1:, 2], self.eos_right[None]])
        base = (vectors[:, 0] + left + right).tolist()
        tags: list[str] = []
        prev = prev2 = BOS
        prev_shape = ""
        dynamic, labels = self._dynamic, UPOS
        for row, tag, shape in zip(base, fixed, shapes):
            if tag is None:
                key = (prev, prev2, shape, prev_shape)
                dyn = dynamic.get(key) or self._dyn(key)
                scores = [a + b for a, b in zip(row, dyn)]
                tag = labels[scores.index(max(scores))]
            tags.append(tag)
            prev, prev2, prev_shape = tag, prev, shape
        return tags

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
