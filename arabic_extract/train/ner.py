"""Train the built-in NER tagger: ``python -m arabic_extract.train ner [options]``.

Trains a CRF (python-crfsuite, L-BFGS with elastic net) on ANERcorp's CAMeL train split
minus its last ``--holdout-fraction`` of sentences, which are never trained on and are used
for the evaluation printed at the end.  Writes ``ner/data/ner_model.npz`` and ``ner_model.json``.

Model selection: ``--dev-fraction 0.1 --out /tmp/x.npz`` also holds out the sentences just
before the held-out part (10 % of the whole file), trains on the rest and scores that dev part
only; features and penalties are chosen there, and the shipped model (``--dev-fraction 0``,
trained on train + dev) is scored once on the held-out part.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from ..ner.builtin import BuiltinNER, default_model_path
from ..ner.conll import Sent, read_conll, split_last
from ..ner.features import ALL_GROUPS, DEFAULT_GROUPS, FeatureExtractor
from ..ner.lexicon import load_lexicon
from ..ner.model import CrfWeights
from ..normalize import normalize

ANERCORP = "../shared/data/ner/anercorp/train.tsv"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m arabic_extract.train ner",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", default=ANERCORP, help="CoNLL file (default: %(default)s)")
    parser.add_argument("--holdout-fraction", type=float, default=0.1,
                        help="last fraction of --train sentences held out (default 0.1)")
    parser.add_argument("--dev-fraction", type=float, default=0.0,
                        help="fraction of the whole file, just before the held-out part, "
                             "held out as the dev part for model selection (default 0)")
    parser.add_argument("--extra", action="append", default=[],
                        help="more CoNLL training files (AQMAR, Wojood; labels mapped)")
    parser.add_argument("--domain-extra", action="store_true",
                        help="feature augmentation: --extra corpora are another domain, "
                             "the shipped weights are the main corpus's (plain + its copy)")
    parser.add_argument("--groups", default=",".join(DEFAULT_GROUPS),
                        help=f"feature groups among {','.join(ALL_GROUPS)} "
                             "(default: %(default)s)")
    parser.add_argument("--c1", type=float, default=0.1,
                        help="L1 penalty (default %(default)s, as the shipped model)")
    parser.add_argument("--c2", type=float, default=0.01,
                        help="L2 penalty (default %(default)s, as the shipped model)")
    parser.add_argument("--iterations", type=int, default=200, help="L-BFGS iterations")
    parser.add_argument("--out", default=str(default_model_path()), help="model file")
    parser.add_argument("--no-eval", action="store_true", help="skip the held-out evaluation")
    return parser.parse_args(argv)


MAIN, OTHER = "@@n@", "@@x@"


def _augment(seq: list[dict[str, float]], prefix: str) -> list[dict[str, float]]:
    return [{**feats, **{prefix + k: v for k, v in feats.items()}} for feats in seq]


def train_crf(sents: list[Sent], groups: list[str], args: argparse.Namespace,
              domains: list[str] | None = None) -> None:
    """Train with python-crfsuite, then export the weights for the numpy tagger."""
    import pycrfsuite
    extractor = FeatureExtractor(load_lexicon(), groups)
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, (words, tags) in enumerate(sents):
        seq = extractor.sentence([normalize(w) for w in words])
        if domains is not None:
            seq = _augment(seq, domains[k])
        trainer.append(seq, tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(f"{tmp}/ner.crfsuite")
        weights = CrfWeights.from_crfsuite(f"{tmp}/ner.crfsuite")
        if domains is not None:
            weights = merge_domain(weights)
        weights.save(args.out)


def merge_domain(w: CrfWeights) -> CrfWeights:
    """Weights for the main domain: each plain attribute plus its main-domain copy; the
    other domain's copies dropped."""
    import numpy as np
    rows: dict[str, list[int]] = {}
    for attr, i in w.index.items():
        if attr.startswith(OTHER):
            continue
        rows.setdefault(attr[len(MAIN):] if attr.startswith(MAIN) else attr, []).append(i)
    attrs = sorted(rows)
    weights = np.zeros((len(attrs) + 1, w.weights.shape[1]), dtype=np.float32)
    for k, attr in enumerate(attrs):
        weights[k] = w.weights[rows[attr]].sum(axis=0)
    return CrfWeights(w.labels, {a: k for k, a in enumerate(attrs)}, weights, w.transitions)


def split_dev(train: list[Sent], args: argparse.Namespace) -> tuple[list[Sent], list[Sent]]:
    """``(training part, dev part)``: the dev part is the ``--dev-fraction`` of the whole file
    that comes just before the held-out part."""
    if args.dev_fraction <= 0:
        return train, []
    return split_last(train, args.dev_fraction / (1 - args.holdout_fraction))


def dev_report(model: str, dev: list[Sent]) -> str:
    """Bare-CRF and with-rules scores on the dev sentences."""
    from ..evaluate.ner import score
    lines = []
    for rules in (False, True):
        ner = BuiltinNER(model, rules=rules)
        result = score([tags for _, tags in dev],
                       [ner.tag([normalize(w) for w in words]) for words, _ in dev])
        lines.append(f"dev rules={rules}: " + " ".join(
            f"{k} {v['f1']:.2f}" for k, v in [*result["per_type"].items(),
                                               ("micro", result["micro"])]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    groups = [g for g in args.groups.split(",") if g]
    unknown = set(groups) - set(ALL_GROUPS)
    if unknown:
        raise SystemExit(f"unknown feature groups {sorted(unknown)}; known: {ALL_GROUPS}")
    train, dev = split_dev(split_last(read_conll(args.train), args.holdout_fraction)[0], args)
    domains = [MAIN] * len(train)
    for extra in args.extra:
        more = read_conll(extra)
        train += more
        domains += [OTHER] * len(more)
    began = time.perf_counter()
    train_crf(train, groups, args, domains if args.domain_extra else None)
    meta = {"groups": groups, "train": [args.train, *args.extra],
            "holdout_fraction": args.holdout_fraction, "dev_fraction": args.dev_fraction,
            "c1": args.c1, "c2": args.c2, "iterations": args.iterations,
            "sentences": len(train)}
    Path(args.out).with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n",
                                                   encoding="utf-8")
    print(f"trained on {len(train)} sentences in {time.perf_counter() - began:.0f}s "
          f"-> {args.out}")
    if dev:
        print(dev_report(args.out, dev))
    elif not args.no_eval and args.holdout_fraction > 0:
        from ..evaluate.ner import evaluate_ner, format_report
        for rules in (False, True):
            result = evaluate_ner(args.train, BuiltinNER(args.out, rules=rules),
                                  last_fraction=args.holdout_fraction)
            print(f"rules={rules}\n{format_report(result)}")
    return 0
