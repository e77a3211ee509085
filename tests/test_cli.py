"""CLI: extract writes schema records, bad files become error records, help everywhere."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from arabic_extract.cli import main

from .conftest import ROOT, SEEDS

RECORD_KEYS = ["id", "source", "text_length", "people", "places", "organizations",
               "statements", "error"]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "arabic_extract", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def check_spans(record: dict, text: str) -> int:
    count = 0
    for group in ("people", "places", "organizations"):
        for entity in record[group]:
            for m in entity["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
                count += 1
    for st in record["statements"]:
        for key in ("cue", "content"):
            assert text[st[key]["start"]:st[key]["end"]] == st[key]["text"]
            count += 1
    return count


def test_extract_seeds(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SEEDS), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    for record in records:
        assert list(record) == RECORD_KEYS and record["error"] is None
        text = (SEEDS / f"{record['id']}.txt").read_text(encoding="utf-8")
        assert record["text_length"] == len(text)
        check_spans(record, text)


def test_bad_files_do_not_stop_the_batch(tmp_path: Path, capsys) -> None:
    (tmp_path / "a_good.txt").write_text("قال الوزير إن الوضع مستقر.", encoding="utf-8")
    (tmp_path / "b_latin1.txt").write_bytes("café".encode("latin-1"))
    (tmp_path / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "d_empty.txt").write_bytes(b"")
    (tmp_path / "e_bom.txt").write_bytes("\ufeffبغداد".encode("utf-8"))
    out = tmp_path / "out.jsonl"
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(tmp_path), str(missing), "-o", str(out)]) == 0
    records = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(records) == {"a_good", "b_latin1", "c_binary", "d_empty", "e_bom", "nope"}
    assert records["a_good"]["error"] is None
    assert records["b_latin1"]["error"]["type"] == "UnicodeDecodeError"
    assert records["c_binary"]["error"]["type"] == "BinaryInputError"
    assert records["d_empty"]["error"]["type"] == "EmptyInputError"
    assert records["d_empty"]["text_length"] == 0 and records["d_empty"]["people"] == []
    assert records["e_bom"]["text_length"] == len("بغداد")
    assert records["nope"]["error"]["type"] == "FileNotFoundError"
    assert "6 articles: 2 ok, 4 failed" in capsys.readouterr().err


def test_replace_policy_reads_bad_bytes(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes("بغداد ".encode("utf-8") + b"\xff")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path / "x.txt"), "-o", str(out),
                 "--encoding-errors", "replace"]) == 0
    assert json.loads(out.read_text())["error"] is None


def test_all_failed_exits_nonzero(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")]) == 1


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["info", "--help"]])
def test_help_everywhere(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0 and "usage: arabic-extract" in result.stdout


def test_info_and_stdout_output() -> None:
    info = run_cli("info")
    assert info.returncode == 0 and "arabic-extract 0." in info.stdout and "morphology" in info.stdout
    assert "ner_model.npz" in info.stdout and "morphology.json.gz" in info.stdout
    result = run_cli("extract", str(SEEDS / "000_90be8588a3012945.txt"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["id"] == "000_90be8588a3012945"


def test_evaluate_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`evaluate ner` and `evaluate statements` run end to end on tiny hand-made gold data."""
    conll = tmp_path / "ner.tsv"
    conll.write_text("وصل O\nالوزير O\nإلى O\nبغداد B-LOC\n. O\n", encoding="utf-8")
    assert main(["evaluate", "ner", str(conll), "--morphology", "none"]) == 0
    out = capsys.readouterr().out
    assert "1 sentences" in out and "LOC" in out and "micro" in out
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir(), gold.mkdir()
    text = "وقال علي حسن إن الاجتماع كان مفيدا ."
    (articles / "a.txt").write_text(text, encoding="utf-8")

    def span(part: str) -> dict:
        return {"start": text.index(part), "end": text.index(part) + len(part), "text": part}
    record = {"file": "a.txt",
              "entities": [{"id": "p1", "type": "PER", "name": "علي حسن",
                            "aliases": ["علي حسن"], "mentions": [span("علي حسن")]}],
              "statements": [{"speaker": "p1", "cue": span("وقال"), "kind": "indirect",
                              "content": span("الاجتماع كان مفيدا")}]}
    (gold / "a.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", "statements", str(gold), "--articles", str(articles),
                 "--gold-mentions"]) == 0
    report = capsys.readouterr().out.splitlines()
    assert "articles: 1" in report[0]
    assert next(r for r in report if r.startswith("statements")).split()[1:4] == [
        "1.000", "1.000", "1.000"]


def test_a_missing_model_is_one_clear_line_and_exit_code_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conllu = tmp_path / "tiny.conllu"
    conllu.write_text("# text = قال\n1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n\n",
                      encoding="utf-8")
    code = main(["evaluate", "morphology", str(conllu), "--backend", "camel",
                 "--db", str(tmp_path / "missing.db")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("arabic-extract: error:") and "Traceback" not in err
    assert "camel" in err


def test_closed_output_pipe_is_no_traceback() -> None:
    """«arabic-extract info | head -0»: the reader has gone before anything is written."""
    proc = subprocess.Popen([sys.executable, "-m", "arabic_extract", "info"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err
