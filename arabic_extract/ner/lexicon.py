"""The NER word knowledge shipped in ``ner/data``: word clusters, corpus counts, gazetteers."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..normalize import normalize
from ..resources import data_path

#: gazetteer name -> data files (one entry per line, ``#`` comments)
GAZETTEERS: dict[str, tuple[str, ...]] = {
    "PER": ("gaz_per.txt",),
    "LOC": ("gaz_loc.txt", "loc_curated.txt"),
    "ORG": ("gaz_org.txt",),
    "MPER": ("mined_per.txt",),
    "MLOC": ("mined_loc.txt",),
    "MORG": ("mined_org.txt", "mined_org_phrases.txt"),
    "TITLE": ("titles.txt",),
    "OHEAD": ("org_heads.txt",),
    "PLACEW": ("place_words.txt",),
    "PART": ("name_particles.txt",),
}


#: kinds of the curated name lists: persons, places, organizations, name particles, titles
CURATED_KINDS = frozenset({"PER", "LOC", "ORG", "PART", "TITLE"})
#: kinds of a word that names people (gazetteer, mined after titles, word vectors)
PERSON_KINDS = frozenset({"PER", "MPER", "XPER"})
#: kinds of a listed given name (gazetteer and mined lists, not the word-vector guesses)
GIVEN_NAME_KINDS = frozenset({"PER", "MPER"})
#: kinds of a word that names anything or heads a name: names of each type, particles,
#: organization heads, place words, titles
NAMING_KINDS = frozenset({"PER", "LOC", "ORG", "MPER", "MLOC", "MORG", "XPER", "XLOC", "XORG",
                          "PART", "OHEAD", "PLACEW", "TITLE"})


@dataclass(frozen=True)
class Lexicon:
    """Everything the feature extractor looks words up in (all keys normalized)."""

    clusters: dict[str, tuple[str, ...]]
    sizes: tuple[int, ...]
    counts: dict[str, int]
    words: dict[str, frozenset[str]]
    phrases: dict[tuple[str, ...], frozenset[str]]
    max_phrase: int
    embed_index: dict[str, int]
    embed: np.ndarray  # (words, dims) PCA-reduced word vectors, float32

    def vector(self, word: str) -> np.ndarray | None:
        row = self.embed_index.get(word)
        return None if row is None else self.embed[row]

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def curated_name(self, word: str) -> bool:
        """Is ``word`` in a curated name list (:data:`CURATED_KINDS`; the mined lists hold
        common words too)?"""
        return not self.words.get(word, frozenset()).isdisjoint(CURATED_KINDS)


def _entries(name: str, data_dir: Path) -> list[str]:
    lines = (data_dir / name).read_text(encoding="utf-8").splitlines()
    return [normalize(s.strip()) for s in lines if s.strip() and not s.startswith("#")]


def _read_clusters(path: Path) -> tuple[dict[str, tuple[str, ...]], tuple[int, ...],
                                         dict[str, int]]:
    """``word<TAB>count<TAB>id…`` lines; a ``#sizes`` line names the granularities."""
    clusters: dict[str, tuple[str, ...]] = {}
    counts: dict[str, int] = {}
    sizes: tuple[int, ...] = (64, 256, 1024)
    if not path.exists():
        return clusters, sizes, counts
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#sizes"):
                sizes = tuple(int(x) for x in line.split()[1:])
            if line.startswith("#"):
                continue
            word, count, *ids = line.rstrip("\n").split("\t")
            clusters[word] = tuple(ids)
            counts[word] = int(count)
    return clusters, sizes, counts


def _read_typed(path: Path) -> list[tuple[str, str]]:
    """``word<TAB>TYPE`` lines (the vector-expanded gazetteer), if the file exists."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")[:2]) for line in lines  # type: ignore[misc]
            if line and not line.startswith("#") and "\t" in line]


def _read_embeddings(path: Path) -> tuple[dict[str, int], np.ndarray]:
    """``embeddings.npz`` (words, vectors), written by ``python -m arabic_extract.train.clusters``."""
    if not path.exists():
        return {}, np.zeros((0, 0), dtype=np.float32)
    with np.load(path, allow_pickle=False) as data:
        words = data["words"].tolist()
        return {w: i for i, w in enumerate(words)}, data["vectors"].astype(np.float32)


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str | None = None, clusters_file: str | None = None) -> Lexicon:
    """Read the shipped lexicon files once (``data_dir`` defaults to ``ner/data``)."""
    root = Path(data_dir) if data_dir else data_path("ner", "data")
    clusters, sizes, counts = _read_clusters(Path(clusters_file or root / "clusters.tsv"))
    words: dict[str, set[str]] = {}
    for word, label in _read_typed(root / "expanded.tsv"):
        words.setdefault(word, set()).add(f"X{label}")
    for word, label in _read_typed(root / "selftagged.tsv"):
        words.setdefault(word, set()).add(f"A{label}")
    phrases: dict[tuple[str, ...], set[str]] = {}
    for gaz, files in GAZETTEERS.items():
        for entry in (e for f in files for e in _entries(f, root)):
            parts = tuple(entry.split())
            if len(parts) == 1:
                words.setdefault(parts[0], set()).add(gaz)
            elif parts:
                phrases.setdefault(parts, set()).add(gaz)
    return Lexicon(clusters, sizes, counts, {w: frozenset(g) for w, g in words.items()},
                   {p: frozenset(g) for p, g in phrases.items()},
                   max(map(len, phrases), default=1), *_read_embeddings(root / "embeddings.npz"))
