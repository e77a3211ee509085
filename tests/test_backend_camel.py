"""camel-tools backends: morphology against the real calima-msa-r13 database, NER against a
tiny randomly initialised BERT folder built here (loading, alignment and offsets, not
accuracy)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from arabic_extract.backends import camel_data
from arabic_extract.backends.align import bio_spans, mentions_from_tags
from arabic_extract.document import LABELS, Segment, Token
from arabic_extract.errors import BackendUnavailableError, ModelNotFoundError
from arabic_extract.pipeline import Pipeline
from arabic_extract.registry import create
from arabic_extract.tokenize import Tokenizer

from .backend_helpers import assert_all_offsets, tokenized
from .conftest import ROOT, SHARED
from .test_no_network import BLOCK_AND_LOAD

DB = SHARED / "data/camel_tools/morphology_db/calima-msa-r13/morphology.db"
HAS_CAMEL = importlib.util.find_spec("camel_tools") is not None
needs_camel = pytest.mark.skipif(not HAS_CAMEL, reason='camel-tools not installed '
                                 '(pip install "arabic-extract[camel]")')
needs_db = pytest.mark.skipif(not (HAS_CAMEL and DB.exists()),
                              reason=f"camel-tools or its database ({DB}) is absent")
TEXT = ("وقال الرئيس للحكومة في بغداد إن وجيييه سيذهبون إلى البصرة، "
        "وكتابهم «نشرتها» لأوباما عام 2025.")


def test_importing_the_backend_does_not_import_camel_tools() -> None:
    code = ("import sys, arabic_extract.backends.camel, arabic_extract.backends.stanza;"
            "bad = [m for m in ('camel_tools', 'torch', 'transformers', 'stanza')"
            " if m in sys.modules]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@needs_db
def test_camel_backend_loads_offline_without_a_catalogue(tmp_path) -> None:
    """No catalogue.json anywhere and sockets blocked: camel-tools must not download it."""
    code = BLOCK_AND_LOAD.split("import arabic_extract")[0] + (
        "from arabic_extract.registry import create\n"
        f"stage = create('morphology', 'camel', db_path={str(DB)!r})\n"
        "print(stage.best_analysis('وبغداد')['atbseg'])\n")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "وَ+_بَغْداد"


def test_missing_database_names_the_commands(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "nothing"))
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(ModelNotFoundError) as err:
        create("morphology", "camel")
    assert "camel_data -i morphology-db-msa-r13" in str(err.value)
    assert 'pip install "arabic-extract[camel]"' in str(err.value)
    with pytest.raises(ModelNotFoundError, match="camel_data -i ner-arabert"):
        create("ner", "camel")


@needs_db
def test_database_found_through_cameltools_data(monkeypatch) -> None:
    """``$CAMELTOOLS_DATA`` may hold camel-tools' ``data/`` layout or be that folder."""
    monkeypatch.setenv("CAMELTOOLS_DATA", str(DB.parents[2]))
    found = camel_data.resolve(None, camel_data.MORPHOLOGY_DB, "x", "database")
    assert found == DB


def test_missing_camel_tools_names_the_extra(monkeypatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(camel_data.importlib.util, "find_spec",
                        lambda name, *a: None if name == "camel_tools" else real(name, *a))
    with pytest.raises(BackendUnavailableError, match=r'arabic-extract\[camel\]'):
        camel_data.import_camel("camel_tools.morphology.database")


@pytest.mark.parametrize("tags, spans", [
    (["B-PERS", "I-PERS", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
    (["I-ORG", "I-ORG", "B-ORG", "I-LOC"], [(0, 2, "ORG"), (2, 3, "ORG"), (3, 4, "LOC")]),
    (["S-MISC", "B-PER", "E-PER", "I-XYZ"], [(0, 1, "MISC"), (1, 3, "PER")]),
    (["O", "B-MIS", "O", "O"], [(1, 2, "MISC")]),
])
def test_bio_decoding(tags, spans) -> None:
    assert bio_spans(tags) == spans


def test_mentions_leave_proclitics_outside() -> None:
    text = "وبغداد جميلة"
    segs = (Segment("و", 0, 1, "وَ", "CCONJ"), Segment("بغداد", 1, 6, "بغداد", "PROPN"))
    tokens = (Token(0, 6, "وبغداد", "وبغداد", segs), Token(7, 12, "جميلة", "جميله"))
    (mention,) = mentions_from_tags(text, tokens, ["B-LOC", "O"])
    assert (mention.start, mention.end, mention.text, mention.label) == (1, 6, "بغداد", "LOC")


@pytest.fixture(scope="session")
def camel_morphology():
    if not (HAS_CAMEL and DB.exists()):
        pytest.skip(f"camel-tools or its database ({DB}) is absent")
    return create("morphology", "camel", db_path=DB, disambiguator="prob")


@needs_db
@pytest.mark.parametrize("word, pieces, upos", [
    ("وبغداد", ("و", "بغداد"), ("CCONJ", "PROPN")),
    ("للحكومة", ("ل", "لحكومة"), ("ADP", "NOUN")),
    ("وكتابهم", ("و", "كتاب", "هم"), ("CCONJ", "NOUN", "PRON")),
    ("سيذهبون", ("س", "يذهبون"), ("AUX", "VERB")),
    ("الرئيس", ("الرئيس",), ("NOUN",)),
    ("بالعراق", ("ب", "العراق"), ("ADP", "PROPN")),
    ("بطولته", ("بطولت", "ه"), ("NOUN", "PRON")),
    ("فترة", ("فترة",), ("NOUN",)),
    ("2025", ("2025",), ("NUM",)),
])
def test_segments_follow_the_ud_split(camel_morphology, word, pieces, upos) -> None:
    (token,) = camel_morphology(tokenized(word)).tokens
    assert tuple(s.text for s in token.segments) == pieces
    assert tuple(s.upos for s in token.segments) == upos
    assert "".join(s.text for s in token.segments) == word


@needs_db
def test_lemma_features_and_offsets(camel_morphology) -> None:
    doc = camel_morphology(tokenized(TEXT))
    assert "segments" in doc.annotations
    assert all(t.segments for t in doc.tokens)
    assert_all_offsets(doc)
    said = doc.tokens[0].segments[1]
    assert (said.lemma, said.upos) == ("قال", "VERB")
    assert {"Aspect": "Perf", "Person": "3", "Gender": "Masc"}.items() <= said.feats_dict.items()
    pronoun = next(t for t in doc.tokens if t.text == "وكتابهم").segments[-1]
    assert pronoun.feats_dict["Number"] == "Plur"


@needs_db
def test_unknown_words_and_cache(camel_morphology) -> None:
    doc = camel_morphology(tokenized("وجيييه Obama وجيييه"))
    first, latin, again = doc.tokens
    assert first.segments[-1].text.endswith("جيييه") and latin.segments[0].text == "Obama"
    assert first.segments[-1].upos == "PROPN"
    assert [s.text for s in first.segments] == [s.text for s in again.segments]
    assert again.segments[0].start == again.start
    assert camel_morphology._analyse.cache_info().hits >= 1


@needs_db
def test_mle_word_model_is_used_and_required(camel_morphology, tmp_path, monkeypatch) -> None:
    """A (one-word) MLE model picks the analysis it lists; "mle" without one names the fix."""
    scored = camel_morphology.disambiguator.disambiguate_word(["وقال"], 0).analyses
    sub = next(a.analysis for a in scored if a.analysis["prc2"] == "wa_sub")
    (tmp_path / "model.json").write_text(json.dumps({"وقال": dict(sub)}, ensure_ascii=False),
                                         encoding="utf-8")
    stage = create("morphology", "camel", db_path=DB, disambiguator=str(tmp_path))
    assert stage.best_analysis("وقال")["prc2"] == "wa_sub"
    assert camel_morphology.best_analysis("وقال")["prc2"] == "wa_conj"
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "nothing"))
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(ModelNotFoundError, match="camel_data -i disambig-mle-calima-msa-r13"):
        create("morphology", "camel", db_path=DB, disambiguator="mle")


@needs_db
def test_seed_article_keeps_every_offset(camel_morphology, seed_texts) -> None:
    text = next(iter(seed_texts.values()))
    doc = camel_morphology(tokenized(text[:3000]))
    assert_all_offsets(doc)
    aligned = sum(s.start is not None for t in doc.tokens for s in t.segments)
    total = sum(len(t.segments) for t in doc.tokens)
    assert aligned / total > 0.95


# --- NER with a tiny BERT built at test time ------------------------------------------
WORDS = ("قال", "الرئيس", "محمد", "في", "بغداد", "و", "##بغداد", "إن", "الحكومة", "العراق")


@pytest.fixture(scope="session")
def tiny_bert(tmp_path_factory) -> Path:
    """A randomly initialised 2-layer BERT token classifier with camel-tools' labels, whose
    classifier is biased to say B-PERS (so the test can predict its output)."""
    pytest.importorskip("transformers")
    torch = pytest.importorskip("torch")
    if not HAS_CAMEL:
        pytest.skip("camel-tools not installed")
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny_bert")
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "«", "»", "."]
    (folder / "vocab.txt").write_text("\n".join(specials + list(WORDS)) + "\n",
                                      encoding="utf-8")
    labels = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
    config = BertConfig(vocab_size=len(specials) + len(WORDS), hidden_size=32,
                        num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
                        max_position_embeddings=256,
                        id2label=dict(enumerate(labels)),
                        label2id={label: i for i, label in enumerate(labels)})
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-5.0)
        model.classifier.bias[labels.index("B-PERS")] = 5.0
    model.save_pretrained(folder)
    BertTokenizer(str(folder / "vocab.txt"), do_lower_case=False).save_pretrained(folder)
    return folder


@needs_camel
def test_camel_ner_aligns_words_to_offsets(tiny_bert) -> None:
    import torch

    torch.set_num_threads(1)
    ner = create("ner", "camel", model_path=tiny_bert)
    text = "قال الرئيس محمد \u200f في بغداد.\nإن الحكومة «العراق»."
    doc = ner(tokenized(text))
    assert_all_offsets(doc)
    assert "mentions" in doc.annotations
    visible = [t for t in doc.tokens if t.text != "\u200f"]
    assert [m.text for m in doc.mentions] == [t.text for t in visible]
    assert {m.label for m in doc.mentions} == {"PER"}
    assert set(LABELS) >= {m.label for m in doc.mentions}


@needs_db
def test_camel_ner_after_camel_morphology(tiny_bert, camel_morphology) -> None:
    ner = create("ner", "camel", model_path=tiny_bert)
    doc = Pipeline([Tokenizer(), camel_morphology, ner])("وبغداد")
    (mention,) = doc.mentions
    assert (mention.text, mention.start, mention.label) == ("بغداد", 1, "PER")
