"""The bench command measures something real on a small input."""
from __future__ import annotations

from arabic_extract.bench import format_bench, run_bench

from .conftest import SEEDS


def test_bench_on_seeds() -> None:
    result = run_bench(str(SEEDS), limit=5, startup=True)
    assert result.articles == 2 and result.words > 500
    assert "tokenizer" in result.stage_seconds and result.words_per_s > 0
    assert 0 < result.startup_seconds < 30 and result.peak_rss_mb > 10
    report = format_bench(result)
    assert "words/s" in report and "import + load" in report
