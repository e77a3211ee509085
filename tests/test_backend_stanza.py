"""stanza backends against tiny models trained here with stanza's own training entry points
(NER from a few AQMAR sentences, POS and a dictionary MWT expander from a few UD-PUD
sentences): they prove loading, token mapping and offsets, not accuracy."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import regex

from arabic_extract.backends import stanza as backend
from arabic_extract.document import LABELS
from arabic_extract.errors import BackendUnavailableError, ModelNotFoundError
from arabic_extract.pipeline import Pipeline
from arabic_extract.registry import create
from arabic_extract.tokenize import Tokenizer

from .backend_helpers import assert_all_offsets, tokenized
from .conftest import SHARED

AQMAR = SHARED / "data" / "ner" / "aqmar" / "train.txt"
PUD = SHARED / "data" / "ud" / "pud" / "ar_pud-train.conllu"
HAS_STANZA = importlib.util.find_spec("stanza") is not None
TINY = ["--no_pretrain", "--word_emb_dim", "16", "--char_emb_dim", "8",
        "--char_hidden_dim", "16", "--hidden_dim", "16", "--cpu", "--shorthand", "ar_tiny"]
TEXT = "قال الرئيس محمد في بغداد إن الحكومة لأوباما.\nوأعلنت وزارة الدفاع «الأمريكية» اليوم."
_ARABIC = regex.compile(r"^[\p{Script=Arabic}&&\p{L}]+$", regex.V1)


def test_missing_models_name_the_download_command(tmp_path) -> None:
    if not HAS_STANZA:
        pytest.skip('stanza not installed (pip install "arabic-extract[stanza]")')
    with pytest.raises(ModelNotFoundError) as err:
        create("ner", "stanza", model_dir=tmp_path)
    assert "stanza.download('ar')" in str(err.value)
    assert 'pip install "arabic-extract[stanza]"' in str(err.value)
    with pytest.raises(ModelNotFoundError, match="stanza.download"):
        create("morphology", "stanza", pos_model_path=tmp_path / "missing.pt")


def test_missing_stanza_names_the_extra(monkeypatch) -> None:
    monkeypatch.setattr(backend.importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(BackendUnavailableError, match="stanza is not installed") as err:
        create("ner", "stanza", model_path="ner.pt")
    assert 'pip install "arabic-extract[stanza]"' in str(err.value)


# --- tiny models ------------------------------------------------------------------------
def _aqmar_json(path: Path, sentences: int) -> Path:
    """The first short AQMAR training sentences that have entities, as stanza NER JSON."""
    rows, current = [], []
    for line in AQMAR.read_text(encoding="utf-8").splitlines():
        if line.strip():
            word, tag = line.split()[:2]
            current.append({"text": word, "ner": tag})
            continue
        if current and len(current) < 40 and any(w["ner"] != "O" for w in current):
            rows.append(current)
        current = []
        if len(rows) == sentences:
            break
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def _with_mwt_ranges(block: str) -> str:
    """A UD-PUD sentence with clitic words glued back into multi-word tokens."""
    words = [line.split("\t") for line in block.splitlines() if not line.startswith("#")]
    out, i = [line for line in block.splitlines() if line.startswith("#")], 0
    while i < len(words):
        j = i
        while (j + 1 < len(words) and "SpaceAfter=No" in words[j][9]
               and _ARABIC.match(words[j][1]) and _ARABIC.match(words[j + 1][1])):
            j += 1
        if j > i:
            surface = "".join(w[1] for w in words[i:j + 1])
            out.append(f"{words[i][0]}-{words[j][0]}\t{surface}" + "\t_" * 8)
            for inner in words[i:j]:
                inner[9] = "_"
        out.extend("\t".join(w) for w in words[i:j + 1])
        i = j + 1
    return "\n".join(out)


def _pud(path: Path, start: int, stop: int, mwt: bool = False) -> Path:
    blocks = PUD.read_text(encoding="utf-8").strip().split("\n\n")[start:stop]
    blocks = [_with_mwt_ranges(b) if mwt else b for b in blocks]
    path.write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")
    return path


def _train(module: str, args: list[str]) -> None:
    import stanza.models.mwt_expander
    import stanza.models.ner_tagger
    import stanza.models.tagger

    mains = {"ner": stanza.models.ner_tagger.main, "pos": stanza.models.tagger.main,
             "mwt": stanza.models.mwt_expander.main}
    mains[module](args)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    if not HAS_STANZA:
        pytest.skip('stanza not installed (pip install "arabic-extract[stanza]")')
    if not (AQMAR.exists() and PUD.exists()):
        pytest.skip(f"training data for the tiny models is absent ({AQMAR}, {PUD})")
    import torch

    torch.set_num_threads(1)
    work = tmp_path_factory.mktemp("tiny_stanza")
    ner_train = _aqmar_json(work / "ner.json", 10)
    _train("ner", ["--train_file", str(ner_train), "--eval_file", str(ner_train),
                   "--max_steps", "30", "--eval_interval", "30", "--batch_size", "16",
                   "--optim", "adam", "--lr", "0.03", "--dropout", "0", "--word_dropout", "0",
                   "--scheme", "bio", "--save_dir", str(work), "--save_name", "ner.pt"] + TINY)
    pos_train = _pud(work / "pos.conllu", 0, 20)
    _train("pos", ["--train_file", str(pos_train), "--eval_file", str(pos_train),
                   "--output_file", str(work / "pos_out.conllu"), "--lang", "ar",
                   "--max_steps", "10", "--eval_interval", "10", "--batch_size", "500",
                   "--deep_biaff_hidden_dim", "16", "--composite_deep_biaff_hidden_dim", "16",
                   "--transformed_dim", "16", "--tag_emb_dim", "8",
                   "--save_dir", str(work), "--save_name", "pos.pt"] + TINY)
    mwt_train = _pud(work / "mwt.conllu", 0, 40, mwt=True)
    _train("mwt", ["--train_file", str(mwt_train), "--eval_file", str(mwt_train),
                   "--output_file", str(work / "mwt_out.conllu"), "--gold_file",
                   str(mwt_train), "--lang", "ar", "--shorthand", "ar_tiny", "--dict_only",
                   "--save_dir", str(work), "--save_name", "mwt.pt"])
    return {name: work / f"{name}.pt" for name in ("ner", "pos", "mwt")}


def test_stanza_ner_finds_what_it_memorised(tiny_models) -> None:
    """The tiny model has learnt its 10 training sentences by heart (one is used here)."""
    ner = create("ner", "stanza", model_path=tiny_models["ner"])
    text = "قال خبير إن في عام 1918 حررت قوات الثورة العربية دمشق بمساعدة من الإنكليز ."
    doc = ner(tokenized(text))
    assert_all_offsets(doc)
    assert ("دمشق", "LOC") in {(m.text, m.label) for m in doc.mentions}
    assert {m.label for m in doc.mentions} <= set(LABELS)


def test_stanza_ner_maps_tokens_to_offsets(tiny_models) -> None:
    ner = create("ner", "stanza", model_path=tiny_models["ner"])
    doc = ner(tokenized(TEXT))
    assert_all_offsets(doc)
    sentences, stanza_tokens = backend._run(ner, doc)
    assert [len(s) for s in sentences] == [len(s) for s in stanza_tokens] == [9, 8]
    assert all(t.text == s.text and t.ner for sent, toks in zip(sentences, stanza_tokens)
               for s, t in zip(sent, toks))
    assert "mentions" in doc.annotations
    assert {m.label for m in doc.mentions} <= set(LABELS)
    token_starts = {t.start for t in doc.tokens}
    assert all(m.start in token_starts for m in doc.mentions)


def test_stanza_morphology_pos_and_mwt(tiny_models) -> None:
    morph = create("morphology", "stanza", pos_model_path=tiny_models["pos"],
                   mwt_model_path=tiny_models["mwt"])
    doc = morph(tokenized(TEXT))
    assert_all_offsets(doc)
    assert "segments" in doc.annotations and all(t.segments for t in doc.tokens)
    upos = {s.upos for t in doc.tokens for s in t.segments}
    assert upos and upos <= {"NOUN", "PROPN", "VERB", "ADJ", "ADP", "PUNCT", "PRON", "DET",
                             "NUM", "PART", "CCONJ", "SCONJ", "ADV", "AUX", "X", "SYM",
                             "INTJ"}
    obama = next(t for t in doc.tokens if t.text == "لأوباما")
    assert [(s.text, s.start) for s in obama.segments] == [("ل", obama.start),
                                                            ("أوباما", obama.start + 1)]
    said = doc.tokens[0]
    assert [s.text for s in said.segments] == ["قال"] and said.segments[0].end == 3


def test_stanza_stages_chain_in_a_pipeline(tiny_models) -> None:
    morph = create("morphology", "stanza", pos_model_path=tiny_models["pos"])
    ner = create("ner", "stanza", model_path=tiny_models["ner"])
    docs = list(Pipeline([Tokenizer(), morph, ner]).pipe([TEXT, "", "بغداد"]))
    assert [d.error for d in docs] == [None, None, None]
    assert {"tokens", "segments", "mentions"} <= docs[0].annotations
    for doc in docs:
        assert_all_offsets(doc)
