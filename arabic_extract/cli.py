"""Command line: a thin layer over plain functions (``arabic-extract --help``)."""
from __future__ import annotations

import argparse
import sys
from typing import Any, Callable, Sequence

from . import __version__

Handler = Callable[[argparse.Namespace], int]


def _backend_args(parser: argparse.ArgumentParser) -> None:
    for kind in ("morphology", "ner"):
        parser.add_argument(f"--{kind}", default="default", metavar="NAME",
                            help=f"{kind} backend (default: the built-in one; 'none' to skip)")


def _load_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    def pick(name: str) -> str | None:
        return None if name == "none" else name
    return {"morphology": pick(args.morphology), "ner": pick(args.ner)}


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import extract_to
    if args.dask:
        from .dask import extract_with_dask
        summary = extract_with_dask(args.paths, args.output, scheduler=args.dask,
                                    load_kwargs=_load_kwargs(args))
    else:
        summary = extract_to(args.paths, args.output, fmt=args.format, workers=args.workers,
                             resume=args.resume, progress=args.progress,
                             load_kwargs=_load_kwargs(args), errors=args.encoding_errors,
                             max_chars=args.max_chars, id_field=args.id_field,
                             text_field=args.text_field)
    print(summary, file=sys.stderr)
    return 1 if summary.total and summary.failed == summary.total else 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import format_bench, run_bench
    result = run_bench(args.corpus, limit=args.limit, workers=args.workers,
                       load_kwargs=_load_kwargs(args), compare=tuple(args.compare),
                       startup=not args.no_startup)
    print(format_bench(result))
    return 0


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
    bench.add_argument("--no-startup", action="store_true", help="skip the import+load probe")
    _backend_args(bench)
    bench.set_defaults(func=cmd_bench)
    info = sub.add_parser("info", help="version, backends and where models live",
                          description="Print version, registered backends and model paths.")
    info.set_defaults(func=cmd_info)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "progress", False) is None:
        args.progress = sys.stderr.isatty()
    handler: Handler = args.func
    return handler(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
