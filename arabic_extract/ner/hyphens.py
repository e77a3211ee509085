"""A hyphen written without spaces inside a person's name joins its parts: «كيم كي-جونغ»,
«جان-بيير», «ماري-لويز».  The tokenizer cuts the hyphen off and the tagger sees two
persons; a person mention ending right before «-» (no space) and one starting right after it
are one mention.  With spaces around the hyphen it separates («أحمد - محمد»)."""
from __future__ import annotations

from collections.abc import Sequence

from ..document import Token

HYPHENS = frozenset({"-", "‐"})


def join_hyphens(tokens: Sequence[Token], tags: list[str]) -> None:
    """Join the person mentions on both sides of a glued hyphen (tags changed in place)."""
    for i in range(1, len(tokens) - 1):
        before, hyphen, after = tokens[i - 1], tokens[i], tokens[i + 1]
        if hyphen.text in HYPHENS and before.end == hyphen.start and hyphen.end == after.start \
                and tags[i - 1] in ("B-PER", "I-PER") and tags[i + 1] == "B-PER":
            tags[i] = tags[i + 1] = "I-PER"
