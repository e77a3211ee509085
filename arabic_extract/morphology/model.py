"""The trained morphology model: lexicon of seen words, segmenter, tagger, lemma/features.

Analysis of a word has two steps: :meth:`MorphModel.draft` segments it (lexicon of seen
words, else the segmentation ranker) — context-free and cached per word; after the
contextual tagger has chosen the UPOS of every piece, :meth:`MorphModel.finish_many` gives
lemmas and features (a seen analysis with those tags, else the classifiers).
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from itertools import chain
from typing import Any, Mapping, Sequence

import numpy as np

from ..errors import ModelNotFoundError
from ..normalize import normalize_light
from .features import (DOMAINS, ParsedEdit, WordStats, apply_parsed, clitic_features,
                       lemma_options, parse_edit, seg_features, stem_features,
                       stem_word_features, with_domain)
from .perceptron import AveragedPerceptron
from .scoring import DenseScorer, FeatureIds, RankScorer
from .tagger import UPOS
from .text import Piece, Split, candidates, split_of


FORMAT_VERSION = 2
LICENSE = ("Derived from UD Arabic-PUD (CC BY-SA 3.0), UD Arabic-PADT 2016 (CC BY-NC-SA 3.0) "
           "and word counts/clusters/automatic tags of SaudiNewsNet (CC BY-NC-SA 4.0): "
           "CC BY-NC-SA 4.0.")
PARTS = ("seg", "tagger", "feats", "lemma")
#: stems whose feature ids are kept (the cache is emptied when full)
STEM_CACHE = 50_000

Analysis = tuple[Piece, ...]
#: lemma rules that apply to a stem: names, scorer columns, parsed edits
LemmaRules = tuple[list[str], list[int], list[ParsedEdit]]
#: a trained classifier: dicts while training, numpy arrays once loaded for analysis
Classifier = AveragedPerceptron | DenseScorer


@dataclass(frozen=True, slots=True)
class Draft:
    """A segmented word before tagging: its split and the seen analyses that fit it."""

    word: str
    split: Split | None
    lengths: tuple[int, ...]
    texts: tuple[str, ...]
    known: tuple[Analysis, ...] = ()


@dataclass
class MorphModel:
    """Everything analysis needs; built by ``arabic_extract.train.morphology``."""

    stats: WordStats
    lexicon: Mapping[str, list[list[list[Any]]]]
    clitics: Mapping[str, list[str]]
    options: Mapping[str, list[str]]
    seg: AveragedPerceptron | RankScorer
    tagger: Classifier
    feats: Classifier
    lemma: Classifier
    fixed: Mapping[str, str]
    domain: str = "pud"
    #: feature index shared by the tagger, feature and lemma scorers (compact model only)
    ids: FeatureIds | None = None
    _lemma_rule_cache: dict[tuple[str, str, bool, int], LemmaRules] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _stem_ids: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False,
                                            compare=False)
    #: the native tables of the compact model, when built (see ``native``)
    native: Any = field(default=None, init=False, repr=False, compare=False)

    def save(self, path: str | Path) -> None:
        data = {"version": FORMAT_VERSION, "license": LICENSE, "domain": self.domain,
                "counts": self.stats.counts, "clusters": self.stats.clusters,
                "classes": self.stats.classes, "auto": self.stats.auto,
                "lexicon": self.lexicon, "clitics": self.clitics, "options": self.options,
                "fixed": self.fixed,
                **{part: getattr(self, part).to_dict() for part in PARTS}}
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, path: str | Path) -> "MorphModel":
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError as exc:
            raise ModelNotFoundError(
                f"morphology model not found at {path}; train it with "
                "`python -m arabic_extract.train morphology`") from exc
        if data.get("version") != FORMAT_VERSION:
            raise ModelNotFoundError(f"{path} is not a version-{FORMAT_VERSION} morphology "
                                     "model; retrain with `python -m arabic_extract.train "
                                     "morphology`")
        parts = {part: AveragedPerceptron.from_dict(data[part]) for part in PARTS}
        stats = WordStats(data["counts"], data["clusters"], data["classes"],
                          data.get("auto", {}))
        return cls(stats, data["lexicon"], data["clitics"], data["options"],
                   fixed=data["fixed"], domain=data["domain"], **parts)

    def compact(self) -> "MorphModel":
        """The same model for analysis: numpy classifiers merged for its domain (features
        are then computed once, unmarked), same scores, faster and smaller."""
        merged = {part: DenseScorer.of(getattr(self, part), UPOS if part == "tagger" else None,
                                       self.domain, DOMAINS)
                  for part in ("tagger", "feats", "lemma")}
        return replace(self, domain="", seg=RankScorer.of(self.seg),
                       ids=FeatureIds(list(merged.values())), **merged)

    def draft(self, word: str) -> Draft:
        """Segmentation of an undiacritized Arabic word."""
        seen = self.lexicon.get(word)
        if seen:
            analyses = [tuple(Piece(*p) for p in a) for a in seen]
            first = analyses[0]
            same = tuple(a for a in analyses
                         if [(p.length, p.text) for p in a] == [(p.length, p.text)
                                                                for p in first])
            return Draft(word, split_of(word, first), tuple(p.length for p in first),
                         tuple(p.text for p in first), same)
        split = self.best_split(word)
        texts = split.procs + (split.stem_text,) + ((split.enc,) if split.enc else ())
        return Draft(word, split, split.lengths(), texts)

    def best_split(self, word: str) -> Split:
        options = candidates(word)
        if len(options) == 1:
            return options[0]
        feats = [seg_features(word, s, self.stats) for s in options]
        return options[self.seg.rank(feats)]

    def finish_many(self, items: Sequence[tuple[Draft, Sequence[str]]],
                    stem_ids: Mapping[Split, list[int]] | None = None) -> list[Analysis]:
        """Lemmas and features of drafted words once their pieces are tagged; the stems
        that need the classifiers are scored in one batch (``stem_ids``: results of
        :meth:`stem_ids` already computed)."""
        settled = [self._settled(draft, tags) for draft, tags in items]
        todo = [(draft.split, tags[len(draft.split.procs)])
                for (draft, tags), done in zip(items, settled)
                if done is None and draft.split is not None]
        stems = iter(self._stems(todo, stem_ids or {}))
        return [done if done is not None else
                self._assemble(draft, tags, None if draft.split is None else next(stems))
                for (draft, tags), done in zip(items, settled)]

    def stem_features(self, split: Split) -> list[str]:
        """Features of a stem for the feature and lemma classifiers (without its UPOS)."""
        return with_domain(stem_features(split, self.stats), self.domain)

    @staticmethod
    def _settled(draft: Draft, tags: Sequence[str]) -> Analysis | None:
        """The analysis of a word the lexicon decides, if any."""
        for analysis in draft.known:
            if all(p.upos == t for p, t in zip(analysis, tags)):
                return analysis
        if draft.split is None and draft.known:
            return tuple(Piece(p.length, p.text, p.lemma, t, p.feats)
                         for p, t in zip(draft.known[0], tags))
        return None

    def _assemble(self, draft: Draft, tags: Sequence[str], stem: Piece | None) -> Analysis:
        """The word's pieces: its analysed ``stem`` and its clitics."""
        stem_index = len(draft.split.procs) if draft.split else 0
        stem_tag = tags[stem_index]
        pieces = []
        for i, (length, text, tag) in enumerate(zip(draft.lengths, draft.texts, tags)):
            if i == stem_index and stem is not None:
                pieces.append(stem)
            else:
                role = "pro" if i < stem_index else "enc"
                pieces.append(self._clitic(role, text, tag, stem_tag, length))
        return tuple(pieces)

    def _stems(self, requests: Sequence[tuple[Split, str]],
               known: Mapping[Split, list[int]]) -> list[Piece]:
        """Stem pieces of ``(split, UPOS)`` requests: features and lemma in two batches
        (``known``: shared feature ids of stems, see :meth:`stem_ids`), or by the native
        tables when set (see ``native``)."""
        if not requests:
            return []
        ids = self.shared_ids()
        stems = [known.get(split) or self.stem_ids(split) for split, _ in requests]
        chosen = self.native and self.native.stems(stems, requests)
        if not chosen:
            groups = [s + ids.of((f"u={upos}",)) for s, (_, upos) in zip(stems, requests)]
            flat = np.fromiter(chain.from_iterable(groups), dtype=np.intp)
            sizes = [len(group) for group in groups]
            chosen = zip(self._lemmas(requests, flat, sizes),
                         self._feats_many(flat, sizes, [upos for _, upos in requests]))
        return [Piece(len(split.stem), split.stem_text, lemma, upos, top)
                for (split, upos), (lemma, top) in zip(requests, chosen)]

    def stem_ids(self, split: Split) -> list[int]:
        """:meth:`stem_features` as ids of the shared feature index (in another order;
        the part that depends on the stem's text alone is cached)."""
        ids, cache = self.shared_ids(), self._stem_ids
        text = split.stem_text
        word = cache.get(text)
        if word is None:
            word = ids.of(stem_word_features(text, self.stats))
            if len(cache) >= STEM_CACHE:
                cache.clear()
            cache[text] = word
        return word + ids.of(clitic_features(split))

    def shared_ids(self) -> FeatureIds:
        if self.ids is None:
            raise TypeError("analysis needs the compact model: MorphModel.compact()")
        return self.ids

    def _feats_many(self, flat: np.ndarray, sizes: Sequence[int],
                    upos: Sequence[str]) -> list[str]:
        """Best feature string of each stem among those its UPOS allows (ties by name)."""
        scorer = self.feats
        assert isinstance(scorer, DenseScorer)
        scores = scorer.sums(scorer.remap[flat], sizes, range(len(scorer.classes) + 1))
        out = [""] * len(upos)
        for tag in set(upos):
            names, cols = self._feat_choices(tag)
            rows = [i for i, u in enumerate(upos) if u == tag]
            for i, col in zip(rows, scores[rows][:, cols].argmax(axis=1).tolist()):
                out[i] = names[col]
        return out

    def _feat_choices(self, upos: str) -> tuple[list[str], list[int]]:
        """Feature strings allowed for ``upos``, sorted, and their scorer columns."""
        scorer = self.feats
        assert isinstance(scorer, DenseScorer)
        names = sorted(set(self.options.get(f"feats|{upos}") or ["_"]))
        zero = len(scorer.classes)
        return names, [scorer.class_index.get(name, zero) for name in names]

    def _lemmas(self, requests: Sequence[tuple[Split, str]], flat: np.ndarray,
                sizes: Sequence[int]) -> list[str]:
        """Lemma of each stem: the best-scoring lemma rule that applies (ties by name), or
        the form itself for names, words never seen in raw text and when no rule applies."""
        out, todo = [], []
        for i, (split, upos) in enumerate(requests):
            form = split.stem_text
            norm = normalize_light(form)
            out.append(norm)
            if upos == "PROPN" or not self.stats.get(form):
                if form.startswith("ال") and len(form) > 4:
                    out[i] = norm[2:]
                continue
            rules = self._lemma_rules(upos, form[-1:], norm)
            if rules[0]:
                todo.append((i, rules))
        if todo:
            self._choose_lemmas(todo, flat, sizes, out)
        return out

    def _choose_lemmas(self, todo: list[tuple[int, LemmaRules]], flat: np.ndarray,
                       sizes: Sequence[int], out: list[str]) -> None:
        """Replace the normalized form ``out[i]`` by the lemma of its best rule (rules are
        sorted by name, so the first best is the one the name tie-break picks)."""
        scorer = self.lemma
        assert isinstance(scorer, DenseScorer)
        counts = np.asarray(sizes, dtype=np.intp)
        chosen = np.zeros(len(counts), dtype=bool)
        chosen[[i for i, _ in todo]] = True
        rows = scorer.remap[flat[np.repeat(chosen, counts)]]
        scores = scorer.cell_sums_flat(rows, counts[chosen],
                                       [cols for _, (_, cols, _) in todo]).tolist()
        pos = 0
        for i, (names, _, edits) in todo:
            group = scores[pos:pos + len(names)]
            out[i] = apply_parsed(out[i], edits[group.index(max(group))]) or out[i]
            pos += len(names)

    def _lemma_rules(self, upos: str, last: str, norm: str) -> LemmaRules:
        """The rules of :func:`lemma_options` that apply to a normalized form (whether a
        rule applies depends only on its length and its ال), their columns and edits."""
        key = (upos, last, norm.startswith("ال"), len(norm))
        rules = self._lemma_rule_cache.get(key)
        if rules is None:
            scorer = self.lemma
            assert isinstance(scorer, DenseScorer)
            parsed = [(rule, parse_edit(rule)) for rule in lemma_options(self.options, upos, last)]
            fits = sorted((rule, edit) for rule, edit in parsed if apply_parsed(norm, edit))
            zero = len(scorer.classes)
            rules = self._lemma_rule_cache[key] = ([rule for rule, _ in fits],
                                        [scorer.class_index.get(rule, zero) for rule, _ in fits],
                                        [edit for _, edit in fits])
        return rules

    def _clitic(self, role: str, text: str, upos: str, stem_upos: str, length: int) -> Piece:
        entry = (self.clitics.get(f"{role}|{text}|{stem_upos}")
                 or self.clitics.get(f"{role}|{text}") or [upos, text, "_"])
        return Piece(length, text, entry[1], upos, entry[2])
