"""Tests of the built-in morphological analyzer and its evaluation."""
from __future__ import annotations

import gc
import pickle
import time
from pathlib import Path
from typing import Any

import pytest

from arabic_extract.document import Document, Segment, Token
from arabic_extract.errors import ArabicExtractError, ModelNotFoundError
from arabic_extract.evaluate.morphology import evaluate_morphology, format_report, token_spans
from arabic_extract.morphology import BuiltinMorphology
from arabic_extract.morphology.conllu import nonspace_offsets
from arabic_extract.morphology.features import apply_edit, edit_class
from arabic_extract.morphology.text import Split, candidates
from arabic_extract.tokenize import Tokenizer

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PUD = ROOT.parent / "shared" / "data" / "ud" / "pud" / "ar_pud-train.conllu"


@pytest.fixture(scope="module")
def morph() -> BuiltinMorphology:
    return BuiltinMorphology()


def run(morph: BuiltinMorphology, text: str) -> Document:
    return morph(Tokenizer()(Document(text=text)))


def pieces(segments: tuple[Segment, ...]) -> list[tuple[str, int | None, int | None]]:
    return [(s.text, s.start, s.end) for s in segments]


@pytest.mark.parametrize("word, expected", [
    ("وبغداد", [("و", 0, 1), ("بغداد", 1, 6)]),
    ("للحكومة", [("ل", 0, 1), ("الحكومة", None, None)]),
    ("كتبها", [("كتب", 0, 3), ("ها", 3, 5)]),
    ("والمدينة", [("و", 0, 1), ("المدينة", 1, 8)]),
    ("سيكون", [("س", 0, 1), ("يكون", 1, 5)]),
    ("بالنسبة", [("ب", 0, 1), ("النسبة", 1, 7)]),
    ("الحكومة", [("الحكومة", 0, 7)]),
])
def test_segmentation_table(morph: BuiltinMorphology, word: str,
                            expected: list[tuple[str, int | None, int | None]]) -> None:
    assert pieces(morph.analyze(word)) == expected


def test_segments_get_ud_tags_lemmas_and_features(morph: BuiltinMorphology) -> None:
    doc = run(morph, "وصل الوزير إلى دمشق وبغداد وقدم الدعم للحكومة التي كتبت تقريرها.")
    seg = {t.text: t.segments for t in doc.tokens}
    assert [(s.upos, s.lemma) for s in seg["وبغداد"]] == [("CCONJ", "و"), ("PROPN", "بغداد")]
    li, noun = seg["للحكومة"]
    assert (li.upos, noun.upos, noun.lemma) == ("ADP", "NOUN", "حكومة")
    assert "Definite=Def" in (noun.feats or "")
    verb = seg["كتبت"][0]
    assert verb.upos == "VERB" and "Aspect=Perf" in (verb.feats or "")
    report, pron = seg["تقريرها"]
    assert (report.upos, report.lemma, pron.upos, pron.lemma) == ("NOUN", "تقرير", "PRON", "هو")


def test_unknown_and_typo_words_get_a_stem_as_lemma_guess(morph: BuiltinMorphology) -> None:
    segs = morph.analyze("وجيييه")
    assert segs and all(s.upos and s.lemma for s in segs)
    stems = [s for s in segs if s.upos not in {"CCONJ", "ADP", "PART", "PRON"}]
    assert stems and stems[0].lemma == stems[0].text
    assert morph.analyze("زززززز")[0].lemma == "زززززز"


def test_non_arabic_tokens_get_one_segment(morph: BuiltinMorphology) -> None:
    doc = run(morph, "قال 25 شخصا « Reuters » ، 2024 !")
    tags = {t.text: (len(t.segments), t.segments[0].upos) for t in doc.tokens}
    assert tags["25"] == (1, "NUM")
    assert tags["«"] == (1, "PUNCT") and tags["،"] == (1, "PUNCT")
    assert tags["Reuters"] == (1, "PROPN")


def test_stage_protocol_and_annotations(morph: BuiltinMorphology) -> None:
    assert morph.name == "morphology"
    assert morph.needs == frozenset({"tokens"}) and morph.provides == frozenset({"segments"})
    doc = run(morph, "وقال الوزير إن الحكومة ستعلن قرارها.")
    assert {"tokens", "sentences", "segments"} <= doc.annotations
    assert all(tok.segments for tok in doc.tokens)


def test_missing_model_raises_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="train morphology"):
        BuiltinMorphology(tmp_path / "none.json.gz").analyze("كتاب")


@pytest.mark.skipif(not SEEDS, reason="seed articles missing in seeds/")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_offsets_invariant_on_seed_articles(morph: BuiltinMorphology, path: Path) -> None:
    doc = run(morph, path.read_text(encoding="utf-8"))
    for tok in doc.tokens:
        assert tok.segments, tok.text
        for seg in tok.segments:
            assert seg.upos and seg.lemma is not None
            if seg.start is not None:
                assert tok.start <= seg.start < seg.end <= tok.end
                assert doc.text[seg.start:seg.end] == seg.text
        lined = [s for s in tok.segments if s.start is not None]
        assert all(a.end <= b.start for a, b in zip(lined, lined[1:]))


def test_speed_on_tokenized_text(morph: BuiltinMorphology) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS) or "وقال الوزير " * 50
    doc = Tokenizer()(Document(text=text * 10))
    morph(doc)  # warm the cache and load the model
    gc.collect()
    gc.disable()  # time the analyzer, not a collection of the other tests' garbage
    try:
        times = []
        for _ in range(3):
            started = time.process_time()
            out = morph(doc)
            times.append(time.process_time() - started)
    finally:
        gc.enable()
    rate = len(out.tokens) / max(min(times), 1e-6)
    assert rate > 10_000, f"{rate:.0f} tokens/s"  # loose: ~70-110k alone on a shared core


def test_stage_pickles_for_worker_processes(morph: BuiltinMorphology) -> None:
    clone = pickle.loads(pickle.dumps(morph))
    assert clone.model_path == morph.model_path
    assert pieces(clone.analyze("وبغداد")) == pieces(morph.analyze("وبغداد"))


def test_cache_is_bounded() -> None:
    small = BuiltinMorphology(cache_size=16)
    for i in range(40):
        small.analyze("كتاب" + "ب" * i)
    assert len(small._infos) <= 16  # finished analyses are kept in the infos, dropped with them
    assert sum(len(info.analyses) for info in small._infos.values()) <= 16
    assert len(small._load()[1]._context) <= 16


def test_candidates_and_lemma_rules() -> None:
    splits = candidates("وللحكومة")
    assert Split(("و", "ل"), "لحكومة", "", True) in splits
    assert Split((), "وللحكومة", "") == splits[0]
    rule = edit_class("المساعدة", "مساعد")
    assert rule is not None and apply_edit("المتحدة", rule) == "متحد"


def test_token_spans_share_the_surface_between_unaligned_segments() -> None:
    text = "للحكومة"
    tok = Token(0, 7, text, text, (Segment("ل", 0, 1), Segment("الحكومة")))
    index = nonspace_offsets(text)
    assert [span for span, _ in token_spans(tok, index)] == [(0, 1), (1, 7)]
    bare = Token(0, 7, text, text, ())
    assert [span for span, _ in token_spans(bare, index)] == [(0, 7)]


needs_pud = pytest.mark.skipif(not PUD.exists(), reason="../shared/data/ud/pud not available")


@pytest.fixture(scope="module")
def held_out(morph: BuiltinMorphology) -> dict:
    """The last 100 sentences of PUD: never seen in training (see train/morphology.py)."""
    return evaluate_morphology(PUD, morph, last=100)


@needs_pud
def test_accuracy_on_held_out_pud_sentences(held_out: dict) -> None:
    report = format_report(held_out)
    assert held_out["sentences"] == 100 and held_out["gold_words"] > 2000, report
    assert held_out["seg_f1"] >= 97.5, report
    assert held_out["lemma_accuracy"] >= 90.0, report
    assert held_out["upos_accuracy"] >= 93.0, report  # model: 93.11; issue 3 target: 93


def test_training_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    from arabic_extract.train.morphology import main
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "--heldout" in capsys.readouterr().out


WEIGHTS = {"a": {"X": 0.1, "Y": 0.2}, "b": {"X": 0.2, "Z": -1.5},
           "c": {"Y": 0.1, "Z": 40.125}, "d": {"X": 0.7, "Y": 0.7, "Z": 0.3}}


def exact(model: Any, feats: list[str], cls: str) -> int:
    """A dict perceptron's score in thousandths, added up without float rounding."""
    return sum(round(model.weights[f][cls] * 1000) for f in feats
               if cls in model.weights.get(f, {}))


def test_numpy_scorer_gives_the_dict_perceptrons_scores_and_ranks() -> None:
    from arabic_extract.morphology.perceptron import AveragedPerceptron
    from arabic_extract.morphology.scoring import DenseScorer
    model = AveragedPerceptron(WEIGHTS)
    scorer = DenseScorer.of(model, ("X", "Y", "Z", "W"))
    for feats in (["a", "b", "c"], ["d", "a", "a", "zz"], ["c", "d"], [], ["zz"]):
        got = scorer.matrix([scorer.rows(feats)])[0].tolist()
        assert got == [exact(model, feats, c) for c in scorer.classes]
        classes = ["Z", "Y", "X", "W", "new"]
        assert scorer.ranked(feats, classes) == model.ranked(feats, classes)
    groups = [["a", "b"], [], ["c", "a", "d"]]
    assert scorer.matrix([scorer.rows(f) for f in groups]).tolist() == [
        [exact(model, f, c) for c in scorer.classes] for f in groups]
    assert DenseScorer.of(scorer) is scorer
    assert AveragedPerceptron.from_dict(scorer.to_dict()).weights == WEIGHTS


def test_scores_do_not_depend_on_the_order_of_features() -> None:
    from arabic_extract.morphology.perceptron import AveragedPerceptron
    from arabic_extract.morphology.scoring import DenseScorer
    model = AveragedPerceptron({"a": {"X": 0.1}, "b": {"X": 0.2}, "c": {"X": 0.3}})
    scorer = DenseScorer.of(model, ("X",))
    orders = [["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"]]
    assert {scorer.matrix([scorer.rows(f)])[0][0] for f in orders} == {600}
    assert len({model.scores(f)["X"] for f in orders}) > 1  # float sums depend on the order


def test_domain_merge_gives_the_augmented_scores_with_half_the_features() -> None:
    from arabic_extract.morphology.features import with_domain
    from arabic_extract.morphology.perceptron import AveragedPerceptron
    from arabic_extract.morphology.scoring import DenseScorer
    model = AveragedPerceptron({"w=x": {"A": 1.0, "B": 0.5}, "pud:w=x": {"A": 0.25},
                                "padt:w=x": {"B": 9.0}, "cw=:": {"B": 0.125},
                                "pud:cw=:": {"B": 1.0}, "padt:s=y": {"A": 3.0}})
    merged = DenseScorer.of(model, ("A", "B"), "pud", ("pud", "padt"))
    plain = DenseScorer.of(model, ("A", "B"))
    for feats in (["w=x"], ["w=x", "cw=:", "s=y"], ["zz"]):
        augmented = plain.matrix([plain.rows(with_domain(feats, "pud"))])
        assert merged.matrix([merged.rows(with_domain(feats, ""))]).tolist() == \
            augmented.tolist()
    assert set(merged.index) == {"w=x", "cw=:"}  # another corpus's features are dropped


def test_batched_ranking_equals_one_at_a_time_ranking() -> None:
    from arabic_extract.morphology.perceptron import AveragedPerceptron
    from arabic_extract.morphology.scoring import DenseScorer
    model = AveragedPerceptron(WEIGHTS)
    scorer = DenseScorer.of(model, ("X", "Y", "Z", "W"))
    cases = [(["a", "b", "c"], ["Z", "Y", "X"]), (["d", "a", "a", "zz"], ["W", "new", "X"]),
             ([], ["Y", "X"]), (["c", "d"], ["Z", "Z", "Y"]), (["c"], []), (["b"], ["Z"])]
    requests = [(scorer.rows(feats), classes) for feats, classes in cases]
    expected = [model.ranked(feats, classes) for feats, classes in cases]
    assert scorer.ranked_many(requests) == expected
    assert [scorer.ranked(feats, classes) for feats, classes in cases] == expected
    with_classes = [i for i, (_, classes) in enumerate(cases) if classes]
    assert scorer.best_many([requests[i] for i in with_classes]) == [
        expected[i][0] for i in with_classes]
    assert scorer.ranked_many([]) == []


def test_batched_finish_equals_one_word_at_a_time(morph: BuiltinMorphology) -> None:
    model = morph.model
    words = ["والاستثمارات", "بكتابه", "للمدارس", "فسيكتبونها", "زززززز", "مما", "وبغداد"]
    drafts = [model.draft(w) for w in words]
    items = [(d, tags) for d in drafts
             for tags in (["NOUN"] * len(d.texts), ["CCONJ"] + ["VERB"] * (len(d.texts) - 1),
                          ["ADP"] * (len(d.texts) - 1) + ["PROPN"])]
    one_by_one = [model.finish_many([item])[0] for item in items]
    assert model.finish_many(items) == one_by_one
    known = {d.split: model.stem_ids(d.split) for d in drafts if d.split is not None}
    assert model.finish_many(items, known) == one_by_one
    assert len(set(one_by_one)) > len(words)  # the tags change the analyses


def test_lemma_is_the_first_applicable_rule_in_ranked_order(morph: BuiltinMorphology) -> None:
    """The analyzer scores only the rules that apply (applicability depends on the
    form's length and article); it must pick what ranking all rules and taking the first
    that applies picks."""
    from arabic_extract.morphology.model import lemma_options
    from arabic_extract.normalize import normalize_light
    model = morph.model
    words = ["والاستثمارات", "بكتابه", "للمدارس", "المتحدة", "يكتبون", "قال", "أعلنت",
             "المستشفيات", "بالوزراء", "كتب", "وسيناقشون", "بالمستثمرين", "المحافظات",
             "بتصريحاته", "المتسابقات"]
    checked = 0
    for word in words:
        split = model.draft(word).split
        if split is None:
            continue
        for upos in ("NOUN", "VERB", "ADJ"):
            draft = model.draft(word)
            tags = ["ADP"] * len(split.procs) + [upos] + ["PRON"] * bool(split.enc)
            stem = model.finish_many([(draft, tags)])[0][len(split.procs)]
            form = split.stem_text
            if not model.stats.get(form) or model._settled(draft, tags) is not None:
                continue  # a name, a word never seen, or one the lexicon decides
            rules = model.lemma.ranked(model.stem_features(split) + [f"u={upos}"],
                                       lemma_options(model.options, upos, form))
            expected = next(filter(None, (apply_edit(form, r) for r in rules)),
                            normalize_light(form))
            assert stem.lemma == expected, (word, upos)
            checked += 1
    assert checked >= 15


def test_tagger_shortcut_gives_the_tags_of_plain_greedy_decoding(morph: BuiltinMorphology) -> None:
    """Words whose best tag cannot change with the previous tags skip the dynamic
    features; the tags must be those of looking at the previous tags everywhere."""
    import numpy as np
    from arabic_extract.morphology.tagger import BOS, UPOS, dynamic_features
    tagger = morph._load()[1]
    doc = Tokenizer()(Document(text=SEEDS[0].read_text(encoding="utf-8")))
    infos, _ = morph._token_infos([t.text for t in doc.tokens])
    vectors = np.concatenate([info.vectors for info in infos])
    fixed = [tag for info in infos for tag in info.fixed]
    shapes = [shape for info in infos for shape in info.shapes]
    left = np.concatenate([tagger.bos_left[None], vectors[:-1, 1]])
    right = np.concatenate([vectors[1:, 2], tagger.eos_right[None]])
    base = vectors[:, 0] + left + right
    expected, prev, prev2, prev_shape = [], BOS, BOS, ""
    for row, tag, shape in zip(base, fixed, shapes):
        if tag is None:
            feats = dynamic_features(prev, prev2, tagger.domain, shape, prev_shape)
            scores = row + tagger.model.matrix([tagger.model.rows(feats)])[0]
            tag = UPOS[int(np.argmax(scores))]
        expected.append(tag)
        prev, prev2, prev_shape = tag, prev, shape
    assert tagger.tag(vectors, fixed, shapes) == expected
    sure = tagger._sure(base, shapes)
    assert len(expected) / 3 < sum(tag is not None for tag in sure) < len(expected)


def test_a_file_without_raw_text_is_one_clear_error(tmp_path: Path) -> None:
    # UD 1.x (PADT 2016): pre-segmented words and no «# text» line; nothing to tokenize
    path = tmp_path / "old.conllu"
    path.write_text("# sent_id s-1\n1\tبِ\tبِ\tADP\t_\t_\t2\tcase\t_\t_\n"
                    "2\tبَغدَاد\tبَغدَاد\tX\t_\t_\t0\troot\t_\t_\n\n", encoding="utf-8")
    with pytest.raises(ArabicExtractError, match="# text"):
        evaluate_morphology(path, BuiltinMorphology())
