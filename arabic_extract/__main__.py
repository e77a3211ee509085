"""``python -m arabic_extract`` is the ``arabic-extract`` command."""
import sys

from .cli import main

sys.exit(main())
