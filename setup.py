"""Build of the optional C accelerator of the built-in morphology analyzer.

Everything else is in pyproject.toml.  The extension is optional: when it cannot be
compiled (no C compiler), the package installs without it and the pure-Python analyzer runs,
with the same results.
"""
from setuptools import Extension, setup

NATIVE = Extension(
    "arabic_extract.morphology._native",
    sources=[f"arabic_extract/morphology/{name}.c"
             for name in ("_native", "_native_hash", "_native_load", "_native_feats",
                          "_native_ids", "_native_finish", "_native_stems",
                          "_native_place", "_native_letters")],
    depends=["arabic_extract/morphology/_native.h"],
    optional=True,
)

setup(ext_modules=[NATIVE])
