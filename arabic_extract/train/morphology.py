"""Train the built-in morphology model.

    python -m arabic_extract.train morphology [--out PATH] [--heldout 100]

Gold data: UD Arabic-PUD (``ar_pud-train.conllu`` minus its last ``--heldout`` sentences,
which are the evaluation set) and the dev split of UD Arabic-PADT 2016 (surface tokens
rebuilt).  PADT's official test split is never trained on: it stays an evaluation set.
Word counts for the segmenter come from the unannotated SaudiNewsNet corpus (CC BY-NC-SA
4.0; recorded in the model's license note).  Fixed seeds: the same data gives the same model.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

import regex

from ..morphology.builtin import DEFAULT_MODEL
from ..morphology.conllu import (TokenExample, padt_example, padt_tokens, pud_examples,
                                 read_conllu)
from ..morphology.training import train_model
from ..morphology.features import WordStats
from .selftag import NEWS, read_auto
from ..normalize import strip_diacritics
from ..resources import data_path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PUD = SHARED / "ud" / "pud" / "ar_pud-train.conllu"
PADT = (SHARED / "ud" / "padt_2016" / "ar-ud-dev.conllu",)  # never the test split
CLUSTERS = data_path("ner", "data", "clusters.tsv")
_WORD = regex.compile(r"[\p{Arabic}&&\p{L}\p{M}\u0640]+", regex.V1)


def load_sentences(pud: Path, heldout: int, padt: Sequence[Path],
                   fold: tuple[int, int] | None = None) -> list[list[TokenExample]]:
    """Gold sentences of PUD (without its last ``heldout`` ones) and of PADT 2016;
    ``fold=(k, n)`` leaves out every sentence whose index is ``k`` modulo ``n``."""
    sentences = list(read_conllu(pud))
    kept = sentences[:len(sentences) - heldout] if heldout else sentences
    out = [pud_examples(s) for s in kept]
    for path in padt:
        for sentence in read_conllu(path):
            groups = (padt_example(g, "padt") for g in padt_tokens(sentence))
            out.append([ex for ex in groups if ex is not None])
    out = [s for s in out if s]
    return [s for i, s in enumerate(out) if fold is None or i % fold[1] != fold[0]]


def corpus_counts(path: Path, min_count: int, limit: int | None = None) -> dict[str, int]:
    """Undiacritized Arabic word counts of a JSONL.gz news corpus (``content`` field)."""
    raw: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if limit is not None and i >= limit:
                break
            raw.update(_WORD.findall(json.loads(line).get("content") or ""))
    counts: Counter[str] = Counter()
    for word, n in raw.items():
        counts[strip_diacritics(word)] += n
    return {w: n for w, n in sorted(counts.items()) if n >= min_count}


def read_clusters(path: Path) -> dict[str, list[int]]:
    """``word<TAB>count<TAB>c64<TAB>c256<TAB>c1024`` → {word: [c256, c1024]} (see
    ``arabic_extract.train.clusters``); copied into the model so that it stands alone."""
    clusters = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 5 and not line.startswith("#"):
            clusters[cols[0]] = [int(cols[3]), int(cols[4])]
    return clusters


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m arabic_extract.train morphology",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL,
                        help="model file to write (default: the packaged model)")
    parser.add_argument("--heldout", type=int, default=100,
                        help="last PUD sentences kept out of training (default 100)")
    parser.add_argument("--pud", type=Path, default=PUD)
    parser.add_argument("--padt", type=Path, nargs="*", default=list(PADT))
    parser.add_argument("--news", type=Path, default=NEWS,
                        help="unannotated JSONL.gz corpus for word counts")
    parser.add_argument("--clusters", type=Path, default=CLUSTERS,
                        help="word clusters TSV (default: the NER package's clusters.tsv)")
    parser.add_argument("--auto", type=Path,
                        help="automatic news tags TSV (python -m arabic_extract.train selftag)")
    parser.add_argument("--auto-min", type=int, default=5,
                        help="piece texts tagged fewer times in --auto are left out")
    parser.add_argument("--auto-folds", type=Path, nargs="*", default=[],
                        help="N jackknifed news tag TSVs for training the tagger, the k-th "
                        "from a model trained with --fold k/N (default: --auto itself)")
    parser.add_argument("--fold", type=_fold, help="K/N: leave out sentence i when i %% N == K")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--tagger-corpora", default="pud,padt",
                        help="gold corpora the UPOS tagger learns from (default pud,padt)")
    return parser.parse_args(argv)


def _fold(text: str) -> tuple[int, int]:
    k, n = text.split("/")
    return int(k), int(n)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    sentences = load_sentences(args.pud, args.heldout, args.padt, args.fold)
    counts = corpus_counts(args.news, args.min_count) if args.news.exists() else {}
    clusters = read_clusters(args.clusters) if args.clusters.exists() else {}
    auto = read_auto(args.auto, args.auto_min) if args.auto else {}
    print(f"{len(sentences)} gold sentences, {sum(map(len, sentences))} tokens, "
          f"{len(counts)} corpus word types, {len(clusters)} clustered words, "
          f"{len(auto)} auto-tagged piece texts")
    stats = WordStats(counts, clusters, auto=auto)
    model = train_model(sentences, stats, epochs=args.epochs, seed=args.seed,
                        tagger_corpora=tuple(args.tagger_corpora.split(",")),
                        fold_auto=[read_auto(p, args.auto_min) for p in args.auto_folds])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s")
    return 0
