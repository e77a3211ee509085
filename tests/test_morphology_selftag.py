"""Tests of the self-tagged news statistics of the morphology model (train.selftag)."""
from __future__ import annotations

from pathlib import Path

import pytest

from arabic_extract.document import Token
from arabic_extract.morphology.features import WordStats
from arabic_extract.morphology.tagger import left_features, piece_features
from arabic_extract.morphology.text import candidates
from arabic_extract.train.morphology import load_sentences
from arabic_extract.train.selftag import HEADER, auto_entry, in_names, read_auto

PUD = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud" / "pud" / \
    "ar_pud-train.conllu"


def test_auto_entry_majority_first_then_frequent_tags() -> None:
    entry = auto_entry(100, 60, [("PROPN", 70), ("NOUN", 25), ("ADJ", 5)])
    assert entry == "PROPN|NOUN;7;3"


def test_read_auto_skips_header_and_rare_texts(tmp_path: Path) -> None:
    path = tmp_path / "tags.tsv"
    path.write_text(HEADER.format(n=3) + "كاميرون\t10\t10\tPROPN:9,NOUN:1\n"
                    "نادر\t2\t0\tNOUN:2\n", encoding="utf-8")
    assert read_auto(path, min_count=5) == {"كاميرون": "PROPN|NOUN;9;5"}


def test_in_names_marks_tokens_inside_mentions() -> None:
    tokens = [Token(0, 3, "قال", "قال"), Token(4, 8, "ديفد", "ديفد"),
              Token(9, 16, "كاميرون", "كاميرون"), Token(17, 20, "إنه", "إنه")]
    assert in_names(tokens, [(4, 16)]) == [False, True, True, False]


def test_auto_features_reach_stem_and_context() -> None:
    stats = WordStats(auto={"كاميرون": "PROPN;9;4"})
    assert stats.auto_features("كاميرون", "x") == ["xc=PROPN", "xe=4", "xm=PROPN|9"]
    assert stats.auto_features("غيره", "x") == ["x=none"]
    left = left_features("كاميرون", stats, "pud")
    assert "pxe=4" in left and "pxc=PROPN" in left and not any("pxm" in f for f in left)
    split = candidates("كاميرون")[0]
    assert split.stem_text == "كاميرون" and not split.procs
    static = piece_features(split, ["كاميرون"], stats, "pud")[0]
    assert {"xc=PROPN", "xm=PROPN|9", "pud:xe=4"} <= set(static)


def test_without_auto_stats_no_feature_is_added() -> None:
    assert WordStats().auto_features("كاميرون", "x") == []


@pytest.mark.skipif(not PUD.exists(), reason="needs ../shared UD Arabic-PUD")
def test_folds_partition_the_training_sentences() -> None:
    whole = load_sentences(PUD, 100, [])
    halves = [load_sentences(PUD, 100, [], (k, 2)) for k in (0, 1)]
    assert len(halves[0]) + len(halves[1]) == len(whole)
    assert halves[0][0] == whole[1] and halves[1][0] == whole[0]


def test_selftrain_jackknifes_the_news_tags_of_the_training_sentences(tmp_path: Path) -> None:
    from arabic_extract.train import morphology, selftag
    from arabic_extract.train.selftrain import steps
    plan = steps(tmp_path, tmp_path / "final.json.gz", ["--heldout", "100"])
    assert [m for m, _ in plan] == [morphology, selftag] * 3 + [morphology]
    folds = [args[args.index("--fold") + 1] for m, args in plan if "--fold" in args]
    assert folds == ["0/2", "1/2"]
    last = plan[-1][1]
    assert last[last.index("--auto-folds") + 1:last.index("--out")] == [
        str(tmp_path / "news0.tsv"), str(tmp_path / "news1.tsv")]
    assert all("--heldout" in args for m, args in plan if m is morphology)
