"""The bench command measures something real on a small input."""
from __future__ import annotations

from pathlib import Path

import pytest

from arabic_extract.bench import format_bench, run_bench

from .conftest import SEEDS


def test_bench_on_seeds() -> None:
    result = run_bench(str(SEEDS), limit=5, startup=True)
    assert result.articles == 2 and result.words > 500
    assert "tokenizer" in result.stage_seconds and result.words_per_s > 0
    assert 0 < result.startup_seconds < 30 and result.peak_rss_mb > 10
    report = format_bench(result)
    assert "words/s" in report and "import + load" in report


def test_bench_reports_a_missing_comparison_backend(tmp_path: Path) -> None:
    """A comparison backend without its data is reported, not fatal to the benchmark."""
    result = run_bench(str(SEEDS), limit=2, startup=False, compare=("camel",),
                       compare_options={"camel": {"db_path": str(tmp_path / "missing.db")}})
    assert result.words > 500 and "tokenizer" in result.stage_seconds
    assert str(result.comparison["camel"]).startswith("unavailable:")
    assert "morphology camel: unavailable" in format_bench(result)


def test_bench_times_a_comparison_backend_on_the_same_tokens() -> None:
    """Both analyzers run on every tokenized article in one run; the report gives the
    ratio of their speeds."""
    from .test_backend_camel import DB, HAS_CAMEL
    if not (HAS_CAMEL and DB.exists()):
        pytest.skip("camel-tools or its morphology database is missing")
    result = run_bench(str(SEEDS), limit=2, startup=False, load_kwargs={"morphology": "builtin"},
                       compare=("camel",), compare_options={"camel": {"db_path": str(DB)}})
    assert result.tokens > 500 and result.stage_seconds["morphology"] > 0
    rate = result.comparison["camel"]
    assert isinstance(rate, float) and rate > 0
    assert result.comparison_seconds["camel"] == pytest.approx(result.tokens / rate)
    report = format_bench(result)
    assert "morphology stage:" in report and "faster)" in report


def test_bench_times_one_stage_alone_cold_then_warm() -> None:
    result = run_bench(str(SEEDS), limit=2, startup=False, alone="ner")
    alone = result.alone
    assert alone is not None and alone.stage == "ner"
    assert alone.words == result.words and alone.tokens == result.tokens > 500
    assert alone.seconds["cold"] > 0 and alone.seconds["warm"] > 0
    report = format_bench(result)
    assert "ner alone, cold:" in report and "ner alone, warm:" in report


def test_bench_names_an_unknown_stage(capsys: pytest.CaptureFixture[str]) -> None:
    from arabic_extract.cli import main
    assert main(["bench", str(SEEDS), "--limit", "1", "--no-startup",
                 "--stage-alone", "parser"]) == 2
    assert "no stage 'parser'" in capsys.readouterr().err


def test_stage_alone_starts_from_empty_caches() -> None:
    """The pipeline run before it has filled the stage's caches; the alone timing copies the
    stage, so its first pass pays for every new word again."""
    result = run_bench(str(SEEDS), limit=2, startup=False, load_kwargs={"morphology": "builtin"},
                       alone="morphology")
    assert result.alone is not None
    assert result.alone.seconds["cold"] > 2 * result.alone.seconds["warm"]
