"""Command line: a thin layer over plain functions (``arabic-extract --help``)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable, Sequence

from . import __version__

Handler = Callable[[argparse.Namespace], int]


def _backend_args(parser: argparse.ArgumentParser) -> None:
    for kind in ("morphology", "ner"):
        parser.add_argument(f"--{kind}", default="default", metavar="NAME",
                            help=f"{kind} backend (default: the built-in one; 'none' to skip)")


def _pipeline(args: argparse.Namespace) -> Any:
    from .loading import load
    from .pipeline import record_error

    def pick(name: str) -> str | None:
        return None if name == "none" else name
    return load(morphology=pick(args.morphology), ner=pick(args.ner), on_error=record_error)


def cmd_extract(args: argparse.Namespace) -> int:
    from .io import iter_paths, process_file
    nlp = _pipeline(args)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    total = failed = 0
    try:
        for path in iter_paths(args.paths):
            record = process_file(nlp, path, errors=args.encoding_errors)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            total += 1
            failed += record["error"] is not None
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{total} articles, {total - failed} ok, {failed} failed", file=sys.stderr)
    return 1 if total and failed == total else 0


def cmd_info(args: argparse.Namespace) -> int:
    from .info import describe
    print(describe())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arabic-extract",
        description="People, places, organizations and attributed statements in Arabic news.")
    parser.add_argument("--version", action="version", version=f"arabic-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ext = sub.add_parser("extract", help="articles (files or folders of *.txt) to JSONL records",
                         description="Write one JSON article record per input file.")
    ext.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file or a folder")
    ext.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: stdout)")
    ext.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                     help="what to do with bytes that are not UTF-8 (default: strict = error "
                          "record)")
    _backend_args(ext)
    ext.set_defaults(func=cmd_extract)
    info = sub.add_parser("info", help="version, backends and where models live",
                          description="Print version, registered backends and model paths.")
    info.set_defaults(func=cmd_info)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.func
    return handler(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
