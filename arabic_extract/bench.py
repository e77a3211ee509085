"""``arabic-extract bench``: throughput, per-stage time, memory and start-up of the pipeline."""
from __future__ import annotations

import gc
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Mapping

from .batch import extract_to
from .batch.inputs import iter_tasks
from .document import Document
from .errors import PipelineConfigError
from .pipeline import Pipeline

STARTUP_PROBE = ("import time; t = time.perf_counter(); import arabic_extract; "
                 "arabic_extract.load(**{kw}); print(time.perf_counter() - t)")


@dataclass
class AloneResult:
    """One stage timed alone over documents made ready by the stages before it: a cold
    pass, a warm pass, and each comparison backend once (cold) over the same documents."""

    stage: str
    words: int = 0
    tokens: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def line(self, label: str) -> str:
        secs = max(self.seconds[label], 1e-9)
        return (f"{self.words / secs:,.0f} words/s, {self.tokens / secs:,.0f} tokens/s "
                f"({self.seconds[label]:.2f} s)")


@dataclass
class BenchResult:
    articles: int = 0
    words: int = 0
    tokens: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    comparison_seconds: dict[str, float] = field(default_factory=dict)
    startup_seconds: float | None = None
    peak_rss_mb: float = 0.0
    workers: dict[int, float] = field(default_factory=dict)
    comparison: dict[str, float | str] = field(default_factory=dict)  # words/s or an error
    alone: AloneResult | None = None

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def startup_time(load_kwargs: Mapping[str, Any]) -> float:
    """Import + load in a fresh interpreter (what a user waits for)."""
    probe = STARTUP_PROBE.format(kw=dict(load_kwargs))
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=300)
    return float(out.stdout.strip().splitlines()[-1])


def load_texts(corpus: str, limit: int) -> list[str]:
    texts = []
    for task in islice(iter_tasks([corpus]), limit):
        try:
            texts.append(task.load_text("replace"))
        except Exception:  # noqa: BLE001 - unreadable inputs are not benchmarked
            continue
    return texts


def time_stages(nlp: Pipeline, texts: list[str], result: BenchResult,
                others: Mapping[str, Any] | None = None) -> None:
    """Run every stage by hand on every text, adding its time to ``result``; documents
    are dropped once done, as in a batch run.  Each of ``others`` (morphology backends
    to compare) runs on the same tokenized document, its output dropped, its time kept
    apart in ``result.comparison_seconds``."""
    others = dict(others or {})
    start, aside = time.perf_counter(), 0.0
    for text in texts:
        doc = nlp.make_doc(text)
        for stage in nlp.stages:
            doc = _timed(stage.name, stage, doc, result.stage_seconds)
            if stage.name == "tokenizer":
                result.tokens += len(doc.tokens)
                for name, other in others.items():
                    before = result.comparison_seconds.get(name, 0.0)
                    _timed(name, other, doc, result.comparison_seconds)
                    aside += result.comparison_seconds[name] - before
        result.words += len(text.split())
    result.seconds = time.perf_counter() - start - aside
    result.articles = len(texts)


def _timed(name: str, stage: Any, doc: Document, seconds: dict[str, float]) -> Document:
    """``stage(doc)``, its time added to ``seconds[name]``."""
    t0 = time.perf_counter()
    doc = stage(doc)
    seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - t0
    return doc


def time_workers(corpus: str, limit: int, workers: int,
                 load_kwargs: Mapping[str, Any]) -> float:
    """Words/s of the batch runner with ``workers`` processes over the first articles."""
    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "sample.jsonl")
        _write_sample(corpus, limit, sample)
        summary = extract_to([sample], os.path.join(tmp, "out.jsonl"), workers=workers,
                             load_kwargs=load_kwargs, errors="replace")
    return summary.words / summary.seconds if summary.seconds else 0.0


def _write_sample(corpus: str, limit: int, path: str) -> None:
    import json
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(load_texts(corpus, limit)):
            handle.write(json.dumps({"id": str(i), "content": text}, ensure_ascii=False) + "\n")


def time_stage_alone(nlp: Pipeline, texts: list[str], name: str,
                     others: Mapping[str, Any] | None = None) -> AloneResult:
    """Stage ``name`` of ``nlp`` alone over all ``texts`` (run through the stages before it
    first): a fresh copy of it (models loaded, caches empty) cold, then warm; then each of
    ``others`` once over the same documents."""
    names = [stage.name for stage in nlp.stages]
    if name not in names:
        raise PipelineConfigError(f"no stage {name!r} in the pipeline ({', '.join(names)})")
    before = nlp.stages[:names.index(name)]
    docs = []
    for text in ["."] + texts:
        doc = nlp.make_doc(text)
        for earlier in before:
            doc = earlier(doc)
        docs.append(doc)
    stage = pickle.loads(pickle.dumps(nlp.stages[names.index(name)]))  # caches left behind
    stage(docs.pop(0))  # loads its model on a one-token document
    gc.collect()
    gc.freeze()  # models and prepared documents: out of the collector's reach while timing
    result = AloneResult(name, sum(len(t.split()) for t in texts),
                         sum(len(d.tokens) for d in docs))
    for label, run in [("cold", stage), ("warm", stage), *dict(others or {}).items()]:
        t0 = time.perf_counter()
        for doc in docs:
            run(doc)
        result.seconds[label] = time.perf_counter() - t0
    gc.unfreeze()
    return result


def comparison_stages(backends: tuple[str, ...],
                      options: Mapping[str, Mapping[str, Any]] | None = None
                      ) -> tuple[dict[str, Any], dict[str, str]]:
    """Morphology stages of ``backends``, and why the ones that could not be made are
    missing (a missing backend must not lose the rest of the benchmark)."""
    from . import registry
    from .errors import BackendUnavailableError
    stages, missing = {}, {}
    for backend in backends:
        try:
            stages[backend] = registry.create("morphology", backend,
                                              **dict((options or {}).get(backend) or {}))
        except BackendUnavailableError as exc:
            missing[backend] = f"unavailable: {exc}"
    return stages, missing


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(corpus: str, *, limit: int = 2000, workers: int = 1,
              load_kwargs: Mapping[str, Any] | None = None, compare: tuple[str, ...] = (),
              compare_options: Mapping[str, Mapping[str, Any]] | None = None,
              startup: bool = True, alone: str | None = None) -> BenchResult:
    """Benchmark the pipeline over the first ``limit`` articles of ``corpus``; ``alone``:
    also time that stage alone (and the ``compare`` backends alone, not interleaved)."""
    from .loading import load
    load_kwargs = dict(load_kwargs or {})
    result = BenchResult()
    if startup:
        result.startup_seconds = startup_time(load_kwargs)
    others, missing = comparison_stages(compare, compare_options)
    nlp, texts = load(**load_kwargs), load_texts(corpus, limit)
    time_stages(nlp, texts, result, {} if alone else others)
    if alone:
        result.alone = time_stage_alone(nlp, texts, alone, others)
        others = {}
    result.peak_rss_mb = peak_rss_mb()
    result.comparison.update(missing)
    for name, seconds in result.comparison_seconds.items():
        result.comparison[name] = result.tokens / max(seconds, 1e-9)
    if workers > 1:
        for n in (1, workers):
            result.workers[n] = time_workers(corpus, limit, n, load_kwargs)
    return result


def format_bench(result: BenchResult) -> str:
    lines = [f"articles: {result.articles}   words: {result.words:,}   "
             f"time: {result.seconds:.2f} s",
             f"throughput: {result.words_per_s:,.0f} words/s, "
             f"{result.articles / max(result.seconds, 1e-9):,.1f} articles/s (one core)",
             f"peak RSS: {result.peak_rss_mb:,.0f} MB"]
    if result.startup_seconds is not None:
        lines.append(f"import + load: {result.startup_seconds:.2f} s")
    lines.append("time per stage:")
    for name, secs in result.stage_seconds.items():
        share = 100 * secs / max(result.seconds, 1e-9)
        lines.append(f"  {name:<12} {secs:8.2f} s  {share:5.1f} %  "
                     f"{result.words / max(secs, 1e-9):>12,.0f} words/s")
    for workers, rate in sorted(result.workers.items()):
        lines.append(f"batch with {workers} worker(s): {rate:,.0f} words/s")
    if result.alone is not None:
        alone = result.alone
        lines.append(f"{alone.stage} alone, cold: {alone.line('cold')}")
        lines.append(f"{alone.stage} alone, warm: {alone.line('warm')}")
        for name in alone.seconds.keys() - {"cold", "warm"}:
            ratio = alone.seconds[name] / max(alone.seconds["cold"], 1e-9)
            lines.append(f"{name} alone, cold: {alone.line(name)} "
                         f"(the stage is {ratio:.1f}x faster)")
    own = result.stage_seconds.get("morphology")
    if own:
        lines.append(f"morphology stage: {result.tokens / own:,.0f} tokens/s")
    for name, rate in result.comparison.items():
        if isinstance(rate, str):
            lines.append(f"morphology {name}: {rate}")
            continue
        ratio = f" (the stage is {result.tokens / own / rate:.1f}x faster)" if own else ""
        lines.append(f"morphology {name}: {rate:,.0f} tokens/s on the same tokens{ratio}")
    return "\n".join(lines)
