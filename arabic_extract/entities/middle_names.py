"""A person named with a middle name and then without it: «دييجو أرماندو مارادونا» …
«دييجو مارادونا», «محمد جواد ظريف» … «محمد ظريف».  Two words, the first and the last of a
fuller name of three or four words, are that name (the linker's containment, which asks
for contiguous words, missed them); «بن» in the fuller name is handled by
:func:`.names.without_lineage` («فلان بن علان الفلاني» → «فلان الفلاني»)."""
from __future__ import annotations

#: the longest fuller name whose middle may be left out
LONGEST = 4


def skips_middle(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Is ``shorter`` the first and the last word of ``longer`` (3–4 words)?"""
    return len(shorter) == 2 and 2 < len(longer) <= LONGEST and \
        longer[0] == shorter[0] and longer[-1] == shorter[-1]
