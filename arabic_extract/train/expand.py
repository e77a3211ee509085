"""Expand the gazetteers through word vectors: a word whose nearest neighbours in the whole
vocabulary (word2vec over SaudiNewsNet) are mostly known person names / places /
organizations gets that type.

``python -m arabic_extract.train.expand --vectors /tmp/w2v.kv`` (vectors saved by
``python -m arabic_extract.train.clusters --save-vectors /tmp/w2v.kv``) writes
``ner/data/expanded.tsv``: ``word<TAB>TYPE`` (PER, LOC or ORG).  Derived from SaudiNewsNet:
CC BY-NC-SA 4.0.

``--self-tag MODEL`` instead tags the first ``--tokens`` words of the news with a trained
model (one trained without the dev and held-out parts) and writes ``ner/data/selftagged.tsv``:
``word<TAB>TYPE`` for the words it tags as a name in most of their (>= ``--min-count``)
occurrences, ``TYPE+`` when in >= 80 % of them.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from ..resources import data_path
from ..ner.lexicon import load_lexicon

HEADER = ("# Word types inferred from word2vec neighbours (k={k}, share >= {share}) over\n"
          "# SaudiNewsNet (CC BY-NC-SA 4.0); this derived file is CC BY-NC-SA 4.0 as well.\n"
          "# Seeds: gaz_*, loc_curated, mined_* lists. Rebuild: python -m "
          "arabic_extract.train.expand\n")
SEEDS = {"PER": ("PER", "MPER"), "LOC": ("LOC", "MLOC"), "ORG": ("ORG", "MORG")}


def seed_types() -> dict[str, str]:
    """Unambiguous single-word seeds: word -> PER/LOC/ORG."""
    out: dict[str, str] = {}
    for word, gazs in load_lexicon().words.items():
        types = {t for t, names in SEEDS.items() if gazs & set(names)}
        if len(types) == 1:
            out[word] = types.pop()
    return out


def neighbours(vectors, words: list[str], k: int):  # type: ignore[no-untyped-def]
    """Each word with its ``k`` nearest other words (cosine) in the whole vocabulary."""
    import numpy as np
    mat = np.stack([vectors[w] for w in words]).astype(np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-9
    for lo in range(0, len(words), 2048):
        sims = mat[lo:lo + 2048] @ mat.T
        top = np.argpartition(-sims, k + 1, axis=1)[:, :k + 1]
        for row, cand in enumerate(top):
            word = words[lo + row]
            yield word, [words[c] for c in cand if words[c] != word][:k]


SELF_HEADER = ("# Words the CRF ({model}) tags as a name in most of their occurrences in the\n"
               "# first {tokens:,} words of SaudiNewsNet (CC BY-NC-SA 4.0; this derived file\n"
               "# is CC BY-NC-SA 4.0 too). Rebuild: python -m arabic_extract.train.expand "
               "--self-tag MODEL\n")


def self_tag(model: str, corpus: str, tokens: int, min_count: int) -> list[str]:
    """``word<TAB>TYPE[+]`` lines from tagging the news with ``model``."""
    from ..ner.builtin import BuiltinNER
    from .clusters import corpus_sentences
    tagger = BuiltinNER(model, rules=False)
    seen: Counter[str] = Counter()
    named: dict[str, Counter[str]] = {}
    for words in corpus_sentences(corpus):
        for word, tag in zip(words, tagger.tag(words)):
            seen[word] += 1
            if tag != "O":
                named.setdefault(word, Counter())[tag[2:]] += 1
        tokens -= len(words)
        if tokens <= 0:
            break
    lines = []
    for word, labels in sorted(named.items()):
        label, n = labels.most_common(1)[0]
        if seen[word] >= min_count and n * 2 > seen[word] and word.isalpha():
            lines.append(f"{word}\t{label}{'+' if n >= 0.8 * seen[word] else ''}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m arabic_extract.train.expand")
    parser.add_argument("--vectors", default="/tmp/w2v.kv")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--share", type=float, default=0.5)
    parser.add_argument("--out", default=str(data_path("ner", "data", "expanded.tsv")))
    parser.add_argument("--self-tag", metavar="MODEL", help="write selftagged.tsv instead")
    parser.add_argument("--corpus", default="../shared/data/news/saudinewsnet_unlabeled.jsonl.gz")
    parser.add_argument("--tokens", type=int, default=3_000_000)
    parser.add_argument("--min-count", type=int, default=5)
    args = parser.parse_args(argv)
    if args.self_tag:
        lines = self_tag(args.self_tag, args.corpus, args.tokens, args.min_count)
        out = data_path("ner", "data", "selftagged.tsv")
        out.write_text(SELF_HEADER.format(model=Path(args.self_tag).name, tokens=args.tokens)
                       + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} self-tagged words -> {out}")
        return 0
    from gensim.models import KeyedVectors  # training-time dependency only
    vectors = KeyedVectors.load(args.vectors)
    lex = load_lexicon()
    words = [w for w in lex.clusters if w in vectors]
    types = seed_types()
    kept = []
    for word, near in neighbours(vectors, words, args.k):
        found = Counter(types[s] for s in near if s in types)
        label, n = found.most_common(1)[0] if found else ("", 0)
        if n >= args.share * args.k and types.get(word) != label:
            kept.append(f"{word}\t{label}")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEADER.format(k=args.k, share=args.share) + "\n".join(kept) + "\n")
    print(f"{len(kept)} words typed from {len(types)} seeds -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
