"""Learning the morphology model from gold tokens (see ``arabic_extract.train.morphology``)."""
from __future__ import annotations

import random
from dataclasses import replace
from collections import Counter, defaultdict
from typing import Any, Iterable, Mapping, Sequence

import regex

from ..normalize import normalize_light
from .conllu import TokenExample
from .features import (WordStats, edit_class, reduce_feats, seg_features, stem_features,
                       with_domain)
from .model import MorphModel, lemma_options
from .perceptron import AveragedPerceptron
from .tagger import (TrainSentence, TrainWord, left_features, piece_features, piece_shapes,
                     right_features, rule_features, train_tagger)
from .text import Split, candidates, rule_upos, split_of

ARABIC_WORD = regex.compile(r"[\p{Arabic}&&\p{L}]+", regex.V1)
SOURCE_WEIGHT = {"pud": 3, "padt": 1}


def is_arabic(surface: str) -> bool:
    return ARABIC_WORD.fullmatch(surface) is not None


def gold_split(example: TokenExample) -> Split | None:
    """The :class:`Split` of a gold token (None when not proclitics + stem + enclitic)."""
    return split_of(example.surface, example.pieces)


def _epochs(items: Sequence[Any], epochs: int, seed: int) -> Iterable[Any]:
    rng = random.Random(seed)
    order = list(items)
    for _ in range(epochs):
        rng.shuffle(order)
        yield from order


def train_segmenter(examples: Sequence[TokenExample], counts: WordStats,
                    epochs: int, seed: int) -> AveragedPerceptron:
    """Ranking perceptron choosing among :func:`candidates` of each word."""
    data = []
    for ex in examples:
        gold = gold_split(ex)
        options = candidates(ex.surface)
        if gold is None or gold not in options or len(options) < 2:
            continue
        feats = [seg_features(ex.surface, s, counts) for s in options]
        data.append((feats, options.index(gold)))
    model = AveragedPerceptron()
    for feats, gold_index in _epochs(data, epochs, seed):
        model.tick()
        guess = model.rank(feats)
        if guess != gold_index:
            model.update_rank(feats[gold_index], feats[guess])
    model.average()
    return model


def _stem_data(examples: Sequence[TokenExample],
               counts: WordStats) -> list[tuple[list[str], Any, str, str | None]]:
    data = []
    for ex in examples:
        split = gold_split(ex)
        if split is None:
            continue
        stem = ex.pieces[len(split.procs)]
        feats = with_domain(stem_features(split, counts), ex.source)
        data.append((feats, stem, split.stem_text, edit_class(split.stem_text, stem.lemma)))
    return data


def build_options(data: Sequence[tuple[list[str], Any, str, str | None]],
                  ) -> dict[str, list[str]]:
    """Lemma rules and feature sets worth scoring, by UPOS (and last letter for lemmas)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for _, stem, form, rule in data:
        seen[f"feats|{stem.upos}"][reduce_feats(stem.feats)] += 1
        if rule is not None:
            seen[f"lemma|{stem.upos}"][rule] += 1
            seen[f"lemma|{stem.upos}|{form[-1:]}"][rule] += 1
    keep = {"feats": 24, "lemma": 12}
    return {key: [v for v, n in c.most_common(keep[key.split("|")[0]]) if n > 1]
            for key, c in sorted(seen.items())}


def train_stem_models(examples: Sequence[TokenExample], counts: WordStats,
                      epochs: int, seed: int) -> dict[str, Any]:
    """Feature and lemma-rule classifiers for stems, given the UPOS (seeded, averaged)."""
    data = _stem_data(examples, counts)
    options = build_options(data)
    models = {k: AveragedPerceptron() for k in ("feats", "lemma")}
    for feats, stem, form, rule in _epochs(data, epochs, seed):
        for model in models.values():
            model.tick()
        tagged = feats + [f"u={stem.upos}"]
        target = reduce_feats(stem.feats)
        choices = options.get(f"feats|{stem.upos}", [])
        if target in choices:
            models["feats"].update(target, models["feats"].ranked(tagged, choices)[0], tagged)
        choices = lemma_options(options, stem.upos, form)
        if rule in choices:
            models["lemma"].update(rule, models["lemma"].ranked(tagged, choices)[0], tagged)
    for model in models.values():
        model.average()
    return {"options": options, **models}


def build_lexicon(examples: Sequence[TokenExample]) -> dict[str, list[list[list[Any]]]]:
    """Gold analyses of every seen word, most frequent first (UD-PUD counted three times)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for ex in examples:
        analysis = tuple((p.length, p.text, normalize_light(p.lemma), p.upos,
                          reduce_feats(p.feats)) for p in ex.pieces)
        seen[ex.surface][analysis] += SOURCE_WEIGHT.get(ex.source, 1)
    return {word: [[list(p) for p in a] for a, _ in sorted(c.items(), key=_by_count)]
            for word, c in sorted(seen.items())}


def _by_count(item: tuple[Any, int]) -> tuple[int, str]:
    return -item[1], str(item[0])


def _majority(counter: Counter) -> Any:
    return max(counter.items(), key=lambda kv: (kv[1], str(kv[0])))[0]


def build_clitics(examples: Sequence[TokenExample]) -> dict[str, list[str]]:
    """Most frequent (UPOS, lemma, features) of each clitic, also by its stem's UPOS."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for ex in examples:
        split = gold_split(ex)
        if split is None:
            continue
        stem = ex.pieces[len(split.procs)]
        clitics = [("pro", p) for p in ex.pieces[:len(split.procs)]]
        clitics += [("enc", ex.pieces[-1])] if split.enc else []
        for role, piece in clitics:
            value = (piece.upos, normalize_light(piece.lemma), reduce_feats(piece.feats))
            weight = SOURCE_WEIGHT.get(ex.source, 1)
            seen[f"{role}|{piece.text}"][value] += weight
            seen[f"{role}|{piece.text}|{stem.upos}"][value] += weight
    return {key: list(_majority(c)) for key, c in sorted(seen.items())}


def _tag_counts(examples: Iterable[TokenExample]) -> list[tuple[str, Counter]]:
    seen: dict[str, Counter] = defaultdict(Counter)
    for ex in examples:
        for piece in ex.pieces:
            seen[piece.text][piece.upos] += 1
    return sorted(seen.items())


def unambiguous_words(examples: Iterable[TokenExample], min_count: int = 20,
                      share: float = 0.995) -> dict[str, str]:
    """Frequent words that (nearly) always have the same UPOS: tagged without scoring."""
    fixed = {}
    for text, tags in _tag_counts(examples):
        tag, n = tags.most_common(1)[0]
        if n >= min_count and n >= share * sum(tags.values()):
            fixed[text] = tag
    return fixed


def ambiguity_classes(examples: Iterable[TokenExample], min_count: int = 5,
                      share: float = 0.1) -> dict[str, str]:
    """UPOS tags that frequent UD words take at least ``share`` of the time."""
    classes = {}
    for text, tags in _tag_counts(examples):
        total = sum(tags.values())
        if total >= min_count:
            classes[text] = "|".join(sorted(t for t, n in tags.items() if n >= share * total))
    return classes


def tagger_sentence(sentence: Sequence[TokenExample], counts: WordStats,
                    tagdict: Mapping[str, str]) -> TrainSentence:
    """The words of a gold sentence with the tagger's static features."""
    words: list[TrainWord] = []
    for ex in sentence:
        texts = [p.text for p in ex.pieces]
        if is_arabic(ex.surface):
            static = piece_features(gold_split(ex), texts, counts, ex.source, ex.tanween)
            fixed: list[str | None] = [tagdict.get(t) for t in texts]
            shapes = piece_shapes(gold_split(ex), len(texts))
        else:
            tag = rule_upos(ex.surface)
            static, fixed = [rule_features(tag)] * len(texts), [tag] * len(texts)
            shapes = [""] * len(texts)
        words += [(f, left_features(t, counts, ex.source), right_features(t, counts, ex.source),
                   p.upos, x, h) for f, t, p, x, h in zip(static, texts, ex.pieces, fixed, shapes)]
    return (sentence[0].source if sentence else "pud"), words


def train_model(sentences: Sequence[Sequence[TokenExample]], counts: WordStats, *,
                epochs: int = 6, seed: int = 13, domain: str = "pud",
                tagger_corpora: tuple[str, ...] = ("pud", "padt"),
                fold_auto: Sequence[Mapping[str, str]] = ()) -> MorphModel:
    """The whole model from gold sentences and unannotated word counts; ``fold_auto``:
    jackknifed :attr:`WordStats.auto` for the tagger's training, sentence ``i`` seeing
    ``fold_auto[i % len(fold_auto)]`` (news tagged by a model trained without it)."""
    arabic = [ex for sentence in sentences for ex in sentence if is_arabic(ex.surface)]
    types = list(dict.fromkeys(arabic))  # the classifiers serve unseen words: learn types
    stems = train_stem_models(types, counts, epochs, seed)
    tagdict = unambiguous_words(arabic)
    counts = replace(counts, classes=ambiguity_classes(arabic))
    views = [replace(counts, auto=auto) for auto in fold_auto] or [counts]
    tagged = [tagger_sentence(s, views[i % len(views)], tagdict)
              for i, s in enumerate(sentences)]
    tagged = [t for t in tagged if t[0] in tagger_corpora]
    tagged += [t for t in tagged if t[0] == "pud"]  # the target conventions count twice
    return MorphModel(stats=counts, lexicon=build_lexicon(arabic),
                      clitics=build_clitics(arabic),
                      seg=train_segmenter(types, counts, epochs, seed),
                      tagger=train_tagger(tagged, epochs, seed), fixed=tagdict, domain=domain,
                      **stems)
