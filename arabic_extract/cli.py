"""Command line: a thin layer over plain functions (``arabic-extract --help``)."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Callable, Sequence

from . import __version__
from .errors import ArabicExtractError

Handler = Callable[[argparse.Namespace], int]


def _backend_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--morphology", default="default", metavar="NAME",
                        help="morphology backend: builtin, camel, stanza (default: none; the "
                             "built-in NER splits clitics itself)")
    parser.add_argument("--ner", default="default", metavar="NAME",
                        help="ner backend: builtin, camel, stanza, 'none' to skip "
                             "(default: builtin)")


def _load_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    def pick(name: str) -> str | None:
        return None if name == "none" else name
    return {"morphology": pick(args.morphology), "ner": pick(args.ner)}


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import extract_to
    if args.dask:
        from .dask import extract_with_dask
        summary = extract_with_dask(args.paths, args.output, scheduler=args.dask,
                                    load_kwargs=_load_kwargs(args), errors=args.encoding_errors,
                                    max_chars=args.max_chars, encoding=args.encoding)
    else:
        summary = extract_to(args.paths, args.output, fmt=args.format, workers=args.workers,
                             resume=args.resume, progress=args.progress,
                             load_kwargs=_load_kwargs(args), errors=args.encoding_errors,
                             max_chars=args.max_chars, id_field=args.id_field,
                             text_field=args.text_field, encoding=args.encoding)
    print(summary, file=sys.stderr)
    return 1 if summary.total and summary.failed == summary.total else 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import format_bench, run_bench
    result = run_bench(args.corpus, limit=args.limit, workers=args.workers,
                       load_kwargs=_load_kwargs(args), compare=tuple(args.compare),
                       compare_options={"camel": {"db_path": args.camel_db}} if args.camel_db
                       else None,
                       startup=not args.no_startup, alone=args.stage_alone)
    print(format_bench(result))
    return 0


def _backend_stage(kind: str, name: str, options: dict[str, Any]) -> Any:
    from .registry import create
    return create(kind, name, **{k: v for k, v in options.items() if v is not None})


def cmd_eval_morphology(args: argparse.Namespace) -> int:
    from .evaluate.morphology import evaluate_morphology, format_report
    options = {"db_path": args.db} if args.backend == "camel" else {}
    stage = _backend_stage("morphology", args.backend, options)
    result = evaluate_morphology(args.file, stage, limit=args.limit, last=args.last)
    result["backend"] = args.backend
    print(format_report(result))
    return 0


def cmd_eval_ner(args: argparse.Namespace) -> int:
    from .evaluate.ner import evaluate_ner, format_report
    stages = []
    if args.morphology != "none":
        stages.append(_backend_stage("morphology", args.morphology, {}))
    options: dict[str, Any] = {"model_path": args.model}
    if args.no_rules:
        options["rules"] = False
    stages.append(_backend_stage("ner", args.backend, options))
    result = evaluate_ner(args.file, stages, predictions=args.predictions,
                          last_fraction=args.last_fraction)
    print(format_report(result))
    return 0


def cmd_eval_statements(args: argparse.Namespace) -> int:
    from .evaluate.statements import evaluate_statements, format_report
    from .loading import load
    result = evaluate_statements(args.gold_dir, args.articles, load(),
                                 gold_mentions=args.gold_mentions)
    print(format_report(result, details=args.details))
    return 0


def cmd_eval_sample(args: argparse.Namespace) -> int:
    from .evaluate.sample import articles, gold_openings, sample
    from .loading import load
    items = articles(args.corpus, args.lines[0], args.lines[1], gold_openings(args.exclude))
    for block in sample(load(), items, args.kind, args.n, args.seed):
        print(block)
    return 0


def _sample_parser(evs: Any) -> None:
    smp = evs.add_parser("sample", help="random statements or entities to judge by hand",
                         description="Print one random statement or entity per article of a "
                                     "corpus, with its context, for a precision audit.")
    smp.add_argument("corpus", metavar="CORPUS")
    smp.add_argument("--kind", choices=("statements", "entities"), default="statements")
    smp.add_argument("--lines", nargs=2, type=int, default=(0, 1000), metavar=("LO", "HI"),
                     help="articles LO to HI of the corpus (default: 0 1000)")
    smp.add_argument("-n", type=int, default=40, help="items (default: 40)")
    smp.add_argument("--seed", type=int, default=0)
    smp.add_argument("--exclude", action="append", default=[], metavar="GOLD_ARTICLES_DIR",
                     help="skip articles that are gold articles of this folder (repeatable)")
    smp.set_defaults(func=cmd_eval_sample)


def _evaluate_parser(sub: Any) -> None:
    ev = sub.add_parser("evaluate", help="score a stage against gold data",
                        description="Evaluate morphology (CoNLL-U), NER (CoNLL) or statements "
                                    "and entities (gold JSON).")
    evs = ev.add_subparsers(dest="what", required=True, metavar="WHAT")
    morph = evs.add_parser("morphology", help="segmentation F1, UPOS and lemma accuracy",
                           description="Tokenize each sentence's raw # text, analyse it and "
                                       "score against the gold UD words.")
    morph.add_argument("file", metavar="FILE.conllu")
    morph.add_argument("--backend", default="builtin", help="builtin (default), camel, stanza")
    morph.add_argument("--db", help="camel-tools morphology.db (default: CAMELTOOLS_DATA)")
    morph.add_argument("--last", type=int, help="only the last N sentences (a held-out part)")
    morph.add_argument("--limit", type=int, help="at most N sentences")
    morph.set_defaults(func=cmd_eval_morphology)
    ner = evs.add_parser("ner", help="entity-level CoNLL P/R/F1 per type",
                         description="Tag a CoNLL file (token and BIO tag per line) and score "
                                     "exact-match entities.")
    ner.add_argument("file", metavar="FILE")
    ner.add_argument("--backend", default="builtin", help="builtin (default), camel, stanza")
    ner.add_argument("--model", help="model path for the backend")
    ner.add_argument("--morphology", default="none",
                     help="morphology stage run first (default: none, as in load())")
    ner.add_argument("--predictions", metavar="OUT", help="write token<TAB>gold<TAB>pred")
    ner.add_argument("--last-fraction", type=float, metavar="F",
                     help="only the last fraction of sentences (e.g. 0.1 held out)")
    ner.add_argument("--no-rules", action="store_true",
                     help="builtin backend: the bare sequence model, without guideline rules")
    ner.set_defaults(func=cmd_eval_ner)
    stm = evs.add_parser("statements", help="statements and article entities P/R/F1",
                         description="Score statements (speaker + content) and article "
                                     "entities against gold JSON files.")
    stm.add_argument("gold_dir", metavar="GOLD_DIR")
    stm.add_argument("--articles", required=True, metavar="ARTICLES_DIR")
    stm.add_argument("--gold-mentions", action="store_true",
                     help="give the gold entity mentions to the stages after NER")
    stm.add_argument("--details", action="store_true", help="per-article misses (statements and entities)")
    stm.set_defaults(func=cmd_eval_statements)
    _sample_parser(evs)


def cmd_info(args: argparse.Namespace) -> int:
    from .info import describe
    print(describe())
    return 0


def _batch_args(ext: argparse.ArgumentParser) -> None:
    ext.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                     help="output format (default: jsonl)")
    ext.add_argument("--workers", type=int, default=1, metavar="N",
                     help="worker processes, each loading the models once (default: 1)")
    ext.add_argument("--resume", action="store_true",
                     help="skip ids already in the output (JSONL) and append")
    ext.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar on stderr (default: when stderr is a terminal)")
    ext.add_argument("--encoding", default="utf-8",
                     help="encoding of text files: utf-8 (default), cp1256 (Windows Arabic), "
                          "auto (UTF-8, else cp1256 when it reads as Arabic), or any "
                          "Python codec; a UTF-16 BOM is always honoured")
    ext.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                     help="bytes that are not UTF-8: strict = error record (default), "
                          "replace = U+FFFD")
    ext.add_argument("--max-chars", type=int, default=5_000_000, metavar="N",
                     help="longer inputs get an error record (default: 5,000,000)")
    ext.add_argument("--id-field", default="id", help="id field of JSONL corpora")
    ext.add_argument("--text-field", default="content", help="text field of JSONL corpora")
    ext.add_argument("--dask", metavar="SCHEDULER",
                     help="run on Dask: 'local' or a scheduler address tcp://host:8786")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arabic-extract",
        description="People, places, organizations and attributed statements in Arabic news.")
    parser.add_argument("--version", action="version", version=f"arabic-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ext = sub.add_parser("extract", help="articles (files or folders of *.txt) to JSONL records",
                         description="Write one JSON article record per input file.")
    ext.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file or a folder")
    ext.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    _batch_args(ext)
    _backend_args(ext)
    ext.set_defaults(func=cmd_extract)
    bench = sub.add_parser("bench", help="throughput, per-stage time, memory, start-up",
                           description="Benchmark the pipeline on the first articles of a "
                                       "corpus (JSONL/JSONL.gz with id/content, or a folder).")
    bench.add_argument("corpus", metavar="CORPUS")
    bench.add_argument("--limit", type=int, default=2000, help="articles (default: 2000)")
    bench.add_argument("--workers", type=int, default=1, metavar="N",
                       help="also time the batch runner with 1 and N workers")
    bench.add_argument("--compare", action="append", default=[], metavar="BACKEND",
                       help="time another morphology backend on the same tokens (e.g. camel)")
    bench.add_argument("--camel-db", metavar="PATH",
                       help="morphology.db for --compare camel (default: CAMELTOOLS_DATA)")
    bench.add_argument("--no-startup", action="store_true", help="skip the import+load probe")
    bench.add_argument("--stage-alone", metavar="STAGE",
                       help="also time one stage alone over the prepared articles, cold and "
                            "warm (with --compare: the other backends alone too)")
    _backend_args(bench)
    bench.set_defaults(func=cmd_bench)
    _evaluate_parser(sub)
    info = sub.add_parser("info", help="version, backends and where models live",
                          description="Print version, registered backends and model paths.")
    info.set_defaults(func=cmd_info)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "progress", False) is None:
        args.progress = sys.stderr.isatty()
    handler: Handler = args.func
    try:
        return handler(args)
    except ArabicExtractError as exc:  # a missing model or backend: one clear line
        print(f"arabic-extract: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # «… | head»: the reader left; no traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
