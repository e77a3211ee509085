"""Entity-level evaluation of NER on CoNLL-style files (CoNLL exact match).

``python -m arabic_extract.evaluate.ner FILE [--backend builtin] [--predictions OUT]
[--last-fraction 0.1]``; the library call is :func:`evaluate_ner`.
"""
from __future__ import annotations

import bisect
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..document import LABELS, Document
from ..ner.conll import read_conll, spans, split_last, to_document


def _stages(stage_or_pipeline: Any) -> list[Any]:
    """The stages to run on pre-tokenized documents: a stage, a list of stages or a
    pipeline (whose tokenizer is skipped: the CoNLL tokens are given)."""
    if isinstance(stage_or_pipeline, (list, tuple)):
        return list(stage_or_pipeline)
    stages = getattr(stage_or_pipeline, "stages", None)
    if stages is None:
        return [stage_or_pipeline]
    return [s for s in stages if "tokens" not in s.provides]


def mention_tags(doc: Document) -> list[str]:
    """BIO tags over ``doc.tokens`` from ``doc.mentions`` (a mention may start inside its
    first token, after a stripped proclitic)."""
    starts = [t.start for t in doc.tokens]
    tags = ["O"] * len(doc.tokens)
    for m in doc.mentions:
        first = bisect.bisect_right(starts, m.start) - 1
        last = bisect.bisect_left(starts, m.end) - 1
        if first < 0 or last < first:
            continue
        tags[first] = f"B-{m.label}"
        tags[first + 1:last + 1] = [f"I-{m.label}"] * (last - first)
    return tags


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": 100 * p, "recall": 100 * r, "f1": 100 * f,
            "tp": tp, "fp": fp, "fn": fn}


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Per-type and micro precision/recall/F1 (percent) of predicted against gold spans."""
    counts = {label: [0, 0, 0] for label in LABELS}
    for g_tags, p_tags in zip(gold, pred):
        g, p = spans(g_tags), spans(p_tags)
        for span in g | p:
            row = counts.setdefault(span[2], [0, 0, 0])
            row[0 if span in g and span in p else 1 if span in p else 2] += 1
    per_type = {label: _prf(*row) for label, row in counts.items()}
    micro = _prf(*(sum(row[i] for row in counts.values()) for i in range(3)))
    return {"per_type": per_type, "micro": micro}


def evaluate_ner(path: str | Path, stage_or_pipeline: Any, *,
                 predictions: str | Path | None = None,
                 last_fraction: float | None = None) -> dict[str, Any]:
    """Tag the sentences of a CoNLL file and score them (only the last ``last_fraction``
    of the sentences when given, e.g. the held-out 10 % of ANERcorp train)."""
    sents = read_conll(path)
    if last_fraction:
        sents = split_last(sents, last_fraction)[1]
    stages = _stages(stage_or_pipeline)
    docs = [to_document(words) for words, _ in sents]
    began = time.perf_counter()
    for stage in stages:
        docs = [stage(doc) for doc in docs]
    elapsed = time.perf_counter() - began
    pred = [mention_tags(doc) for doc in docs]
    result = score([tags for _, tags in sents], pred)
    n_tokens = sum(len(words) for words, _ in sents)
    result.update(file=str(path), sentences=len(sents), tokens=n_tokens,
                  seconds=elapsed, tokens_per_second=n_tokens / elapsed if elapsed else 0.0,
                  stages=[getattr(s, "name", type(s).__name__) for s in stages])
    if predictions:
        _write_predictions(Path(predictions), sents, pred)
    return result


def _write_predictions(out: Path, sents: Sequence[tuple[list[str], list[str]]],
                       pred: Sequence[Sequence[str]]) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for (words, gold), tags in zip(sents, pred):
            handle.writelines(f"{w}\t{g}\t{p}\n" for w, g, p in zip(words, gold, tags))
            handle.write("\n")


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of the result of :func:`evaluate_ner`."""
    lines = [f"{result['file']}: {result['sentences']} sentences, {result['tokens']} tokens, "
             f"{result['tokens_per_second']:,.0f} tokens/s ({' -> '.join(result['stages'])})",
             f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    rows = [*result["per_type"].items(), ("micro", result["micro"])]
    for label, m in rows:
        lines.append(f"{label:<6} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f} "
                     f"{m['tp'] + m['fn']:6d}")
    return "\n".join(lines)
