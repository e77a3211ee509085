"""Dask path: a LocalCluster gives the same records as the plain batch."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from arabic_extract.batch import extract_folder

pytest.importorskip("dask.bag", reason="the [dask] extra is not installed")
pytest.importorskip("distributed", reason="the [dask] extra is not installed")

TEXTS = ["قال الوزير إن المحادثات في بغداد كانت مثمرة.",
         "أعلنت الحكومة أن الانتخابات ستجري في موعدها.",
         "No Arabic here."]


def test_local_cluster_matches_plain_batch(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    from arabic_extract.dask import extract_bag, extract_with_dask
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"t{i}.txt").write_text(text, encoding="utf-8")
    plain = tmp_path / "plain.jsonl"
    extract_folder(folder, plain)
    expected = sorted(plain.read_text(encoding="utf-8").splitlines())
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        got = extract_bag([str(folder)]).compute()
    assert sorted(json.dumps(r, ensure_ascii=False) for r in got) == expected
    out = tmp_path / "dask.jsonl"
    summary = extract_with_dask([str(folder)], str(out), scheduler="local")
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == expected
    assert summary.ok == 2 and summary.failed == 1


def test_corpus_bag_synchronous(tmp_path: Path) -> None:
    import dask

    from arabic_extract.dask import extract_bag
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": f"n{i}", "content": t}, ensure_ascii=False)
             for i, t in enumerate(TEXTS)] + ["{broken"]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with dask.config.set(scheduler="synchronous"):
        got = extract_bag([str(corpus)]).compute()
    assert [r["id"] for r in got[:3]] == ["n0", "n1", "n2"]
    assert [r["error"] is None for r in got] == [True, True, False, False]
    assert got[2]["error"]["type"] == "NoArabicTextError"


def test_bag_reads_the_encoding_it_is_given(tmp_path: Path) -> None:
    import dask

    from arabic_extract.dask import extract_bag
    (tmp_path / "win.txt").write_bytes(TEXTS[0].encode("cp1256"))
    with dask.config.set(scheduler="synchronous"):
        strict = extract_bag([str(tmp_path)]).compute()
        auto = extract_bag([str(tmp_path)], encoding="auto").compute()
    assert strict[0]["error"]["type"] == "UnicodeDecodeError"
    assert auto[0]["error"] is None and auto[0]["statements"]
