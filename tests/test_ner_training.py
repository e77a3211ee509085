"""Training-time helpers of the NER trainer (no crfsuite needed)."""
import numpy as np

from arabic_extract.ner.model import CrfWeights
from arabic_extract.train.ner import MAIN, OTHER, _augment, merge_domain


def test_augment_copies_every_feature_under_the_domain_prefix():
    seq = [{"b": 1.0, "w=قال": 1.0}, {"e0": 0.5}]
    out = _augment(seq, MAIN)
    assert out[0] == {"b": 1.0, "w=قال": 1.0, MAIN + "b": 1.0, MAIN + "w=قال": 1.0}
    assert out[1] == {"e0": 0.5, MAIN + "e0": 0.5}


def test_merge_domain_adds_the_main_copy_and_drops_the_other_domain():
    attrs = ["b", MAIN + "b", OTHER + "b", MAIN + "w=x", OTHER + "w=y"]
    weights = np.array([[1.0, 0.0], [0.5, 2.0], [9.0, 9.0], [0.0, 3.0], [7.0, 7.0], [0.0, 0.0]])
    trans = np.eye(2)
    merged = merge_domain(CrfWeights(("O", "B-PER"), {a: i for i, a in enumerate(attrs)},
                                     weights, trans))
    assert sorted(merged.index) == ["b", "w=x"]
    assert merged.weights[merged.index["b"]].tolist() == [1.5, 2.0]
    assert merged.weights[merged.index["w=x"]].tolist() == [0.0, 3.0]
    assert merged.weights[-1].tolist() == [0.0, 0.0]  # the zero row unknown features use
    assert merged.transitions is trans
