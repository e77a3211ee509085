"""Evaluation of a morphology stage against UD CoNLL-U gold words.

Like the CoNLL 2018 shared-task script, words are compared by their character span in the
sentence's non-space text: the tokenizer and the stage run on the raw ``# text``; a
predicted segment with offsets has its own span, segments without offsets (ل + «الحكومة»
in «للحكومة») share the part of their token that the other segments leave, split in the
order and proportion of their texts.  Segmentation precision/recall/F1 count words whose
span matches a gold word exactly; UPOS and lemma accuracy are measured on those aligned
words.  Lemmas are compared without diacritics and with alef variants unified
(أ إ آ ٱ → ا) on both sides, because gold lemmas spell hamzat al-wasl inconsistently;
PUD's backtick for the dagger alef (ه`ذا) counts as a diacritic.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import ArabicExtractError
from ..document import Document, Token
from ..morphology.conllu import (GoldSentence, clean_lemma, nonspace_offsets, place_words,
                                 read_conllu)
from ..normalize import normalize_light
from ..tokenize import Tokenizer

Stage = Callable[[Document], Document]
Span = tuple[int, int]


@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    aligned: int = 0
    upos: int = 0
    lemma: int = 0
    tokens: int = 0
    seconds: float = 0.0
    skipped: int = 0
    sentences: int = 0
    confusions: dict[str, int] = field(default_factory=dict)


def token_spans(token: Token, index: list[int]) -> list[tuple[Span, Any]]:
    """Non-space spans of a token's segments (whole token when it has no segments)."""
    lo, hi = index[token.start], index[token.end]
    segs = token.segments
    if not segs:
        return [((lo, hi), None)]
    out: list[tuple[Span, Any]] = []
    pending: list[Any] = []
    for seg in segs:
        if seg.start is None or seg.end is None:
            pending.append(seg)
            continue
        start = index[seg.start]
        out += _share(pending, out[-1][0][1] if out else lo, start)
        pending = []
        out.append(((start, index[seg.end]), seg))
    out += _share(pending, out[-1][0][1] if out else lo, hi)
    return out


def _share(segs: list[Any], lo: int, hi: int) -> list[tuple[Span, Any]]:
    """Split ``[lo, hi)`` between segments without offsets, by the length of their texts."""
    if not segs:
        return []
    total = sum(max(len(s.text), 1) for s in segs)
    out, pos, used = [], lo, 0
    for i, seg in enumerate(segs):
        used += max(len(seg.text), 1)
        end = hi if i + 1 == len(segs) else lo + round((hi - lo) * used / total)
        out.append(((pos, max(end, pos)), seg))
        pos = max(end, pos)
    return out


def _lemma_key(lemma: str | None) -> str:
    return normalize_light(clean_lemma(lemma or ""))


def _score_sentence(gold: GoldSentence, doc: Document, tally: _Tally) -> None:
    index = nonspace_offsets(doc.text)
    predicted = {span: seg for tok in doc.tokens for span, seg in token_spans(tok, index)}
    tally.gold += len(gold.words)
    tally.predicted += len(predicted)
    for word in gold.words:
        if (word.start, word.end) not in predicted:
            continue
        seg = predicted[(word.start, word.end)]
        tally.aligned += 1
        upos = seg.upos if seg is not None else None
        if upos == word.upos:
            tally.upos += 1
        else:
            key = f"{word.upos}->{upos}"
            tally.confusions[key] = tally.confusions.get(key, 0) + 1
        if seg is not None and _lemma_key(seg.lemma) == _lemma_key(word.lemma):
            tally.lemma += 1


def _select(path: str | Path, limit: int | None, last: int | None) -> list[GoldSentence]:
    sentences = list(read_conllu(path))
    if last:
        sentences = sentences[-last:]
    return sentences[:limit] if limit else sentences


def evaluate_morphology(conllu_path: str | Path, stage: Stage, *, limit: int | None = None,
                        last: int | None = None) -> dict[str, Any]:
    """Run tokenizer + ``stage`` on each sentence's ``# text`` and score against the gold.

    ``last=N`` evaluates the last N sentences of the file, ``limit`` caps the count."""
    tokenizer, tally = Tokenizer(), _Tally()
    stage(tokenizer(Document(text="كتاب")))  # load the model outside the timing
    for sentence in _select(conllu_path, limit, last):
        gold = place_words(sentence)
        if gold is None or gold.text is None:
            tally.skipped += 1
            continue
        doc = tokenizer(Document(text=gold.text))
        started = time.perf_counter()
        doc = stage(doc)
        tally.seconds += time.perf_counter() - started
        tally.tokens += len(doc.tokens)
        tally.sentences += 1
        _score_sentence(gold, doc, tally)
    if tally.skipped and not tally.sentences:
        raise ArabicExtractError(
            f"{conllu_path}: no sentence has a '# text' comment whose words line up with it "
            "(UD 1.x files such as PADT 2016 hold pre-segmented words, not the raw text); "
            "use a UD 2 file with '# text' lines")
    return _result(tally, str(conllu_path), getattr(stage, "name", type(stage).__name__))


def _ratio(num: int, den: int) -> float:
    return 100.0 * num / den if den else 0.0


def _result(t: _Tally, path: str, backend: str) -> dict[str, Any]:
    precision, recall = _ratio(t.aligned, t.predicted), _ratio(t.aligned, t.gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    top = sorted(t.confusions.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    return {"file": path, "backend": backend, "sentences": t.sentences,
            "skipped": t.skipped, "gold_words": t.gold, "predicted_words": t.predicted,
            "aligned_words": t.aligned, "seg_precision": precision, "seg_recall": recall,
            "seg_f1": f1, "upos_accuracy": _ratio(t.upos, t.aligned),
            "lemma_accuracy": _ratio(t.lemma, t.aligned), "tokens": t.tokens,
            "seconds": t.seconds, "words_per_second": t.tokens / t.seconds if t.seconds else 0.0,
            "upos_confusions": dict(top)}


def format_report(result: dict[str, Any]) -> str:
    """A short human-readable report of :func:`evaluate_morphology` output."""
    lines = [
        f"morphology evaluation: {result['file']} ({result['backend']})",
        f"  sentences {result['sentences']} (skipped {result['skipped']}), gold words "
        f"{result['gold_words']}, predicted {result['predicted_words']}",
        f"  segmentation  P {result['seg_precision']:.2f}  R {result['seg_recall']:.2f}  "
        f"F1 {result['seg_f1']:.2f}",
        f"  UPOS accuracy  {result['upos_accuracy']:.2f} %  (on {result['aligned_words']} "
        "aligned words)",
        f"  lemma accuracy {result['lemma_accuracy']:.2f} %  (no diacritics, alef unified)",
        f"  speed {result['words_per_second']:,.0f} tokens/s "
        f"({result['tokens']} tokens in {result['seconds']:.2f} s, model loaded, cold cache)",
    ]
    if result.get("upos_confusions"):
        pairs = ", ".join(f"{k} {v}" for k, v in result["upos_confusions"].items())
        lines.append(f"  frequent UPOS errors (gold->predicted): {pairs}")
    return "\n".join(lines)
