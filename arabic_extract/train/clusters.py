"""Mine word clusters from unannotated news: word2vec (gensim, training time only) + k-means.

``python -m arabic_extract.train.clusters --corpus ../shared/data/news/saudinewsnet_unlabeled.jsonl.gz``
writes ``arabic_extract/ner/data/clusters.tsv``: ``word<TAB>count<TAB>cluster ids…`` for the
most frequent normalized word types.  Derived from SaudiNewsNet (CC BY-NC-SA 4.0), so the
file carries that license in its header.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
from collections import Counter
from pathlib import Path
from typing import Iterator

from ..normalize import normalize
from ..resources import data_path
from ..tokenize import TOKEN_RE

CORPUS = "../shared/data/news/saudinewsnet_unlabeled.jsonl.gz"
SIZES = (64, 256, 1024)
EMBEDDING_DIM = 24
HEADER = ("# Word clusters: word2vec skip-gram vectors (gensim) over SaudiNewsNet, k-means at\n"
          "# {sizes} clusters; columns: normalized word, corpus count, one cluster id per granularity.\n"
          "# Source: SaudiNewsNet unlabeled articles (Alshehri 2015), CC BY-NC-SA 4.0;\n"
          "# this derived file is distributed under CC BY-NC-SA 4.0 as well.\n"
          "# Rebuild: python -m arabic_extract.train.clusters\n"
          "#sizes\t{tabbed}\n")


def corpus_sentences(path: str) -> Iterator[list[str]]:
    """Normalized token lists, one per paragraph line of every article (title included)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for para in (record.get("title") or "", *(record.get("content") or "").split("\n")):
                words = [normalize(m.group()) for m in TOKEN_RE.finditer(para)]
                if len(words) > 2:
                    yield words


def tokenized_corpus(path: str, cache: Path) -> list[list[str]]:
    """The corpus as token lists, cached as one space-joined line per paragraph."""
    if not cache.exists():
        with cache.open("w", encoding="utf-8") as out:
            for words in corpus_sentences(path):
                out.write(" ".join(words) + "\n")
    with cache.open(encoding="utf-8") as handle:
        return [line.split() for line in handle]


def train_vectors(sentences: list[list[str]], dim: int, epochs: int):  # type: ignore[no-untyped-def]
    from gensim.models import Word2Vec  # training-time dependency only
    return Word2Vec(sentences, vector_size=dim, window=3, min_count=5, sg=1, negative=5,
                    workers=1, epochs=epochs, seed=1)


def cluster(model, vocab: list[str]) -> dict[int, list[int]]:  # type: ignore[no-untyped-def]
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans
    vectors = np.stack([model.wv[w] for w in vocab])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    result: dict[int, list[int]] = {}
    for k in SIZES:
        km = MiniBatchKMeans(n_clusters=k, random_state=1, batch_size=4096, n_init=3)
        result[k] = km.fit_predict(vectors).tolist()
    return result


def export_embeddings(wv, vocab: list[str], dim: int, out: str) -> None:  # type: ignore[no-untyped-def]
    """PCA-reduced word vectors, each dimension scaled to unit variance and clipped at ±3, (float16) of ``vocab`` for the CRF's dense
    features (``ner/data/embeddings.npz``: ``words`` and ``vectors``)."""
    import numpy as np
    vectors = np.stack([wv[w] for w in vocab]).astype(np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    vectors -= vectors.mean(axis=0)
    _, _, components = np.linalg.svd(vectors[:20_000], full_matrices=False)
    reduced = vectors @ components[:dim].T
    reduced = np.clip(reduced / (reduced.std(axis=0) + 1e-9), -3, 3)
    with open(out, "wb") as handle:
        np.savez_compressed(handle, words=np.array(vocab), vectors=reduced.astype(np.float16))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m arabic_extract.train.clusters")
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--cache", default="/tmp/arabic_extract_news_tokens.txt")
    parser.add_argument("--top", type=int, default=120_000, help="word types kept")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--save-vectors", help="also keep the word vectors (gensim KeyedVectors)")
    parser.add_argument("--out", default=str(data_path("ner", "data", "clusters.tsv")))
    parser.add_argument("--embeddings", default=str(data_path("ner", "data", "embeddings.npz")),
                        help="PCA-reduced vectors for the CRF's dense features")
    parser.add_argument("--embedding-dim", type=int, default=EMBEDDING_DIM)
    parser.add_argument("--embedding-top", type=int, default=60_000,
                        help="word types kept in --embeddings")
    parser.add_argument("--embeddings-from", metavar="KV",
                        help="only export --embeddings from vectors saved by --save-vectors")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    logging.basicConfig(level=logging.INFO)
    if args.embeddings_from:
        return _export_only(args)
    sentences = tokenized_corpus(args.corpus, Path(args.cache))
    counts = Counter(w for s in sentences for w in s)
    model = train_vectors(sentences, args.dim, args.epochs)
    if args.save_vectors:
        model.wv.save(args.save_vectors)
    vocab = [w for w, _ in counts.most_common() if w in model.wv][:args.top]
    ids = cluster(model, vocab)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEADER.format(sizes=", ".join(map(str, SIZES)),
                                tabbed="\t".join(map(str, SIZES))))
        for i, word in enumerate(vocab):
            out.write("\t".join([word, str(counts[word]), *(str(ids[k][i]) for k in SIZES)]) + "\n")
    print(f"wrote {len(vocab)} words to {args.out}")
    export_embeddings(model.wv, vocab[:args.embedding_top], args.embedding_dim, args.embeddings)
    return 0


def _export_only(args: argparse.Namespace) -> int:
    """Embeddings for the words of the shipped ``clusters.tsv`` (most frequent first)."""
    from gensim.models import KeyedVectors
    wv = KeyedVectors.load(args.embeddings_from)
    with open(args.out, encoding="utf-8") as handle:
        vocab = [line.split("\t", 1)[0] for line in handle if not line.startswith("#")]
    vocab = [w for w in vocab if w in wv][:args.embedding_top]
    export_embeddings(wv, vocab, args.embedding_dim, args.embeddings)
    print(f"wrote {len(vocab)} vectors to {args.embeddings}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
