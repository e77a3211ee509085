"""``arabic-extract bench``: throughput, per-stage time, memory and start-up of the pipeline."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Mapping

from .batch import extract_to
from .batch.inputs import iter_tasks
from .document import Document
from .pipeline import Pipeline

STARTUP_PROBE = ("import time; t = time.perf_counter(); import arabic_extract; "
                 "arabic_extract.load(**{kw}); print(time.perf_counter() - t)")


@dataclass
class BenchResult:
    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    startup_seconds: float | None = None
    peak_rss_mb: float = 0.0
    workers: dict[int, float] = field(default_factory=dict)
    comparison: dict[str, float | str] = field(default_factory=dict)  # words/s or an error

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


def time_stages(nlp: Pipeline, texts: list[str], result: BenchResult) -> list[Document]:
    """Run every stage by hand on every text, adding its time to ``result``."""
    docs, start = [], time.perf_counter()
    for text in texts:
        doc = nlp.make_doc(text)
        for stage in nlp.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            result.stage_seconds[stage.name] = (result.stage_seconds.get(stage.name, 0.0)
                                                + time.perf_counter() - t0)
        docs.append(doc)
        result.words += len(text.split())
    result.seconds = time.perf_counter() - start
    result.articles = len(texts)
    return docs


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


def compare_morphology(docs: list[Document], backend: str,
                       options: Mapping[str, Any] | None = None) -> float | str:
    """Words/s of another morphology backend over the same tokenized documents, or why it
    could not run (a missing backend must not lose the rest of the benchmark)."""
    from . import registry
    from .errors import BackendUnavailableError
    try:
        stage = registry.create("morphology", backend, **dict(options or {}))
    except BackendUnavailableError as exc:
        return f"unavailable: {exc}"
    bare = [d.replace(tokens=tuple(replace(t, segments=()) for t in d.tokens)) for d in docs]
    start = time.perf_counter()
    for doc in bare:
        stage(doc)
    return sum(len(d.tokens) for d in bare) / (time.perf_counter() - start)


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(corpus: str, *, limit: int = 2000, workers: int = 1,
              load_kwargs: Mapping[str, Any] | None = None, compare: tuple[str, ...] = (),
              compare_options: Mapping[str, Mapping[str, Any]] | None = None,
              startup: bool = True) -> BenchResult:
    """Benchmark the pipeline over the first ``limit`` articles of ``corpus``."""
    from .loading import load
    load_kwargs = dict(load_kwargs or {})
    result = BenchResult()
    if startup:
        result.startup_seconds = startup_time(load_kwargs)
    docs = time_stages(load(**load_kwargs), load_texts(corpus, limit), result)
    result.peak_rss_mb = peak_rss_mb()
    for backend in compare:
        result.comparison[backend] = compare_morphology(docs, backend,
                                                        (compare_options or {}).get(backend))
    del docs
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
    for name, rate in result.comparison.items():
        lines.append(f"morphology {name}: " + (rate if isinstance(rate, str) else
                                                f"{rate:,.0f} tokens/s on the same tokens"))
    return "\n".join(lines)
