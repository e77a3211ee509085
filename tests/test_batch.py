"""Batch: corpora, workers, resume after SIGKILL, bad inputs, output formats."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from arabic_extract.batch import extract_corpus, extract_folder, read_done_ids
from arabic_extract.batch.runner import Settings, process_task
from arabic_extract.batch.inputs import Task

from .conftest import ROOT

ARTICLE = "قال وزير الخارجية إن المحادثات في بغداد كانت مثمرة. وأضاف أن الجولة المقبلة قريبة."


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def make_corpus(path: Path, n: int) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"a{i}", "content": f"{ARTICLE} رقم {i}"},
                                    ensure_ascii=False) + "\n")
        handle.write("{not json\n")
        handle.write(json.dumps({"id": "nocontent"}) + "\n")
    return path


def test_corpus_with_bad_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = extract_corpus(make_corpus(tmp_path / "c.jsonl.gz", 5), out)
    recs = records(out)
    assert [r["id"] for r in recs[:5]] == [f"a{i}" for i in range(5)]
    assert summary.ok == 5 and summary.failed == 2 and summary.words > 50
    assert "invalid JSON" in recs[5]["error"]["message"]
    assert "'content'" in recs[6]["error"]["message"]


def test_two_workers_match_one(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.jsonl.gz", 30)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    extract_corpus(corpus, one, workers=1)
    summary = extract_corpus(corpus, two, workers=2)
    assert records(one) == records(two) and summary.total == 32


@pytest.mark.parametrize("name, data, error_type", [
    ("binary.txt", b"\x7fELF\x00\x01\x02", "BinaryInputError"),
    ("latin1.txt", "déjà vu".encode("latin-1"), "UnicodeDecodeError"),
    ("empty.txt", b"", "EmptyInputError"),
    ("english.txt", b"No Arabic at all here.", "NoArabicTextError"),
])
def test_bad_input_kinds(tmp_path: Path, name: str, data: bytes, error_type: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    summary = extract_folder(tmp_path, out)
    by_id = {r["id"]: r for r in records(out)}
    assert by_id[Path(name).stem]["error"]["type"] == error_type
    assert by_id["good"]["error"] is None and summary.ok == 1 and summary.failed == 1


def test_huge_and_vanished_inputs() -> None:
    settings = Settings({}, max_chars=1_000_000)
    big = Task("big", "mem", text=ARTICLE * 20_000)         # ~1.6M characters
    record, _ = process_task(_nlp(), big, settings)
    assert record["error"]["type"] == "InputTooLargeError"
    gone, _ = process_task(_nlp(), Task("gone", "/nonexistent/x.txt",
                                        path="/nonexistent/x.txt"), settings)
    assert gone["error"]["type"] == "FileNotFoundError"


def _nlp():
    import arabic_extract
    return arabic_extract.load()


def test_resume_tolerates_a_truncated_line(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.jsonl.gz", 6)
    out = tmp_path / "out.jsonl"
    extract_corpus(corpus, out)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:20], encoding="utf-8")
    assert read_done_ids(out) == {"a0", "a1", "a2"}
    summary = extract_corpus(corpus, out, resume=True)
    ids = [r["id"] for r in records(out)]
    assert summary.skipped == 3 and sorted(ids) == sorted(set(ids)) and len(ids) == 8


KILL_SCRIPT = """
import sys
from arabic_extract.batch import extract_corpus
extract_corpus(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]), resume=True)
"""


def test_sigkill_then_resume_gives_each_record_once(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.jsonl.gz", 400)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-c", KILL_SCRIPT, str(corpus), str(out), "1"]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written_before = len(out.read_bytes().splitlines())
    assert 0 < written_before < 402
    subprocess.run(cmd[:-1] + ["2"], cwd=ROOT, check=True, timeout=300)
    ids = [r["id"] for r in records(out)]
    assert len(ids) == len(set(ids)) == 402


def test_csv_and_parquet_outputs(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.jsonl.gz", 3)
    extract_corpus(corpus, tmp_path / "o.csv", fmt="csv")
    header = (tmp_path / "o.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",")[:3] == ["id", "source", "text_length"]
    pytest.importorskip("pyarrow", reason="parquet output needs pyarrow")
    import pyarrow.parquet as pq
    extract_corpus(corpus, tmp_path / "o.parquet", fmt="parquet")
    table = pq.read_table(tmp_path / "o.parquet")
    assert table.num_rows == 5 and table.column("id").to_pylist()[0] == "a0"


@pytest.mark.parametrize("data, encoding, expected", [
    (ARTICLE.encode("cp1256"), "cp1256", ARTICLE),
    (ARTICLE.encode("cp1256"), "auto", ARTICLE),
    (ARTICLE.encode("utf-8"), "auto", ARTICLE),
    (ARTICLE.encode("utf-16"), "utf-8", ARTICLE),  # a UTF-16 BOM is no binary file
])
def test_encodings(data: bytes, encoding: str, expected: str) -> None:
    from arabic_extract.io import decode
    assert decode(data, encoding=encoding) == expected


def test_a_wrong_encoding_names_the_option(tmp_path: Path) -> None:
    from arabic_extract.batch import extract_to
    (tmp_path / "win.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "latin.txt").write_bytes("déjà vu".encode("latin-1"))
    out = tmp_path / "o.jsonl"
    extract_to([tmp_path], out)
    assert "--encoding cp1256" in records(out)[1]["error"]["message"]
    extract_to([tmp_path], out, encoding="auto")
    by_id = {r["id"]: r for r in records(out)}
    assert by_id["win"]["error"] is None and by_id["win"]["statements"]
    assert by_id["latin"]["error"]["type"] == "UnicodeDecodeError"  # no Arabic read into it
