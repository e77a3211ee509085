"""Word-type knowledge from automatically tagged news, for the morphology model.

    python -m arabic_extract.train selftag --model PATH --out news_tags.tsv [--articles N]

The first ``N`` articles of the unannotated SaudiNewsNet corpus (CC BY-NC-SA 4.0) are run
through the built-in morphology model at ``--model`` and the built-in NER tagger.  For each
piece text (undiacritized) the TSV gives how often it was seen, how often inside a name
mention and its automatic UPOS counts.  ``read_auto`` turns it into the compact entries of
:attr:`WordStats.auto` (self-training: the model learns how much to trust them).  The model
given to ``--model`` must not have seen the evaluation sentences (it is only run on news).
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator, Sequence

from ..document import Document, Token
from ..morphology.builtin import DEFAULT_MODEL
from ..morphology.text import letters

NEWS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / \
    "saudinewsnet_unlabeled.jsonl.gz"
HEADER = ("# Automatic UPOS and NER tags of piece texts in the first {n} articles of "
          "SaudiNewsNet\n# (CC BY-NC-SA 4.0), tagged by arabic_extract's built-in morphology "
          "and NER models;\n# this derived file is CC BY-NC-SA 4.0.\n"
          "# text<TAB>count<TAB>in-name count<TAB>UPOS:count,...\n")
#: function-word tags never counted as part of a name
CLOSED = frozenset({"ADP", "CCONJ", "PART", "PRON", "SCONJ", "PUNCT"})


def articles(path: Path, limit: int) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i >= limit:
                break
            text = json.loads(line).get("content") or ""
            if text.strip():
                yield text


def in_names(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token (in order), whether it starts inside one of the sorted ``spans``."""
    out, j = [], 0
    for tok in tokens:
        while j < len(spans) and spans[j][1] <= tok.start:
            j += 1
        out.append(j < len(spans) and spans[j][0] <= tok.start < spans[j][1])
    return out


def tag_news(model: Path, news: Path, limit: int) -> tuple[dict[str, Counter], Counter]:
    """Automatic UPOS counts and in-name counts of every piece text."""
    from .. import load
    nlp = load(morphology="builtin", ner="builtin", entities=None, quotes=None,
               options={"morphology": {"model_path": str(model)}})
    tags: dict[str, Counter] = defaultdict(Counter)
    names: Counter = Counter()
    for text in articles(news, limit):
        doc = nlp(Document(text=text))
        spans = sorted((m.start, m.end) for m in doc.mentions)
        for tok, inside in zip(doc.tokens, in_names(doc.tokens, spans)):
            for seg in tok.segments:
                key = letters(seg.text)[0]
                tags[key][seg.upos] += 1
                names[key] += inside and seg.upos not in CLOSED
    return tags, names


def write_tsv(path: Path, tags: dict[str, Counter], names: Counter, limit: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(HEADER.format(n=limit))
        for key, counts in sorted(tags.items()):
            if key:
                upos = ",".join(f"{t}:{n}" for t, n in sorted(counts.items(), key=_by_count))
                handle.write(f"{key}\t{sum(counts.values())}\t{names[key]}\t{upos}\n")


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def auto_entry(total: int, named: int, upos: Sequence[tuple[str, int]],
               share: float = 0.1) -> str:
    """``«NOUN|ADJ;8;2»``: majority tag then the others taking ≥ ``share``, the majority
    share in tenths, the in-name share in fifths."""
    top = [t for t, n in upos[:1]] + sorted(t for t, n in upos[1:] if n >= share * total)
    return f"{'|'.join(top)};{int(10 * upos[0][1] / total)};{round(5 * named / total)}"


def read_auto(path: Path, min_count: int = 5) -> dict[str, str]:
    """:attr:`WordStats.auto` entries of the piece texts seen ≥ ``min_count`` times."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        text, total, named, upos = line.split("\t")
        if int(total) >= min_count:
            pairs = [(t, int(n)) for t, n in (p.rsplit(":", 1) for p in upos.split(","))]
            out[text] = auto_entry(int(total), int(named), pairs)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m arabic_extract.train selftag",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL,
                        help="morphology model that tags the news (default: the packaged one)")
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    tags, names = tag_news(args.model, args.news, args.articles)
    write_tsv(args.out, tags, names, args.articles)
    print(f"wrote {args.out}: {len(tags)} piece texts in "
          f"{time.perf_counter() - started:.0f} s")
    return 0
