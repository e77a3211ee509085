"""Optional backends (camel-tools, stanza) behind the same stage protocol as the built-ins.

Importing this package, or any module in it, imports none of the optional libraries:
each stage imports them in its constructor and raises
:class:`~arabic_extract.errors.BackendUnavailableError` naming the command to run when
they (or their models) are missing.  Build them through the registry::

    from arabic_extract.registry import create
    morphology = create("morphology", "camel", db_path="…/morphology.db")
"""
