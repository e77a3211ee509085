"""Training entry points: ``python -m arabic_extract.train {morphology,ner,selftag} ...``."""
