"""Dispatch ``python -m arabic_extract.train KIND ...`` to ``arabic_extract.train.KIND:main``."""
from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "morphology": "arabic_extract.train.morphology",
    "ner": "arabic_extract.train.ner",
    "selftag": "arabic_extract.train.selftag",
    "selftrain": "arabic_extract.train.selftrain",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in COMMANDS:
        print("usage: python -m arabic_extract.train {%s} [options]" % ",".join(COMMANDS))
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    module = importlib.import_module(COMMANDS[argv[0]])
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
