"""The shipped morphology model in one command: base model, news tags, jackknifed tags.

    python -m arabic_extract.train selftrain [--work DIR] [--out PATH] [--heldout N]

Runs, each step on one core (about 12 minutes in all):

1. ``morphology`` → a base model (no self-training features);
2. ``selftag`` with it → news tags for analysis time;
3. ``morphology --fold k/2`` for k = 0, 1 and ``selftag`` with each → the jackknifed news
   tags that the tagger's training sentences see (made without those sentences);
4. ``morphology --auto … --auto-folds …`` → the final model at ``--out``.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

from ..morphology.builtin import DEFAULT_MODEL
from . import morphology, selftag

FOLDS = 2


def steps(work: Path, out: Path, heldout: list[str]) -> list[tuple[object, list[str]]]:
    """The (command module, arguments) of every step, in order."""
    base, news = work / "base.json.gz", work / "news.tsv"
    halves = [work / f"half{k}.json.gz" for k in range(FOLDS)]
    folds = [work / f"news{k}.tsv" for k in range(FOLDS)]
    plan: list[tuple[object, list[str]]] = [
        (morphology, ["--out", str(base), *heldout]),
        (selftag, ["--model", str(base), "--out", str(news)])]
    for k in range(FOLDS):
        plan += [(morphology, ["--fold", f"{k}/{FOLDS}", "--out", str(halves[k]), *heldout]),
                 (selftag, ["--model", str(halves[k]), "--out", str(folds[k])])]
    plan.append((morphology, ["--auto", str(news), "--auto-folds", *map(str, folds),
                              "--out", str(out), *heldout]))
    return plan


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m arabic_extract.train selftrain",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("selftrain-work"),
                        help="directory for the intermediate models and news tags")
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--heldout", type=int, help="passed to every morphology step")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    heldout = ["--heldout", str(args.heldout)] if args.heldout is not None else []
    for module, step in steps(args.work, args.out, heldout):
        print(f"== {module.__name__.rsplit('.', 1)[-1]} {' '.join(step)}", flush=True)
        if module.main(step):
            return 1
    return 0
