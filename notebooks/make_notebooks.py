"""Write the three example notebooks (code only); ``--execute`` runs them and saves outputs.

    python notebooks/make_notebooks.py --execute
"""
from __future__ import annotations

import argparse
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

QUICKSTART = [
    new_markdown_cell("# arabic_extract: quickstart\nThe two seed articles through the default "
                      "pipeline: entities, statements, right-to-left display, DataFrames."),
    new_code_cell("from pathlib import Path\nimport arabic_extract\n\n"
                  "nlp = arabic_extract.load()\nprint(nlp)\n"
                  "seeds = sorted(Path('../seeds').glob('*.txt'))\n"
                  "docs = [nlp(p.read_text(encoding='utf-8'), id=p.stem) for p in seeds]"),
    new_code_cell("docs[0]  # renders right-to-left, entities highlighted, statements shaded"),
    new_code_cell("for st in docs[0].statements:\n"
                  "    print(f'{st.speaker.name or st.speaker.text} | {st.cue.text} | "
                  "{st.content.text[:70]}')"),
    new_code_cell("frames = docs[1].to_dataframes()\nframes['entities']"),
    new_code_cell("frames['statements'][['speaker', 'cue', 'kind', 'content']]"),
]

CORPUS = [
    new_markdown_cell("# Corpus analysis\nA sample of SaudiNewsNet through the batch API, "
                      "then DataFrames and plots. Falls back to the seed articles when the "
                      "shared corpus is not on this machine."),
    new_code_cell(
        "import gzip, json, itertools, tempfile\nfrom pathlib import Path\n"
        "%matplotlib inline\nimport matplotlib.pyplot as plt\n"
        "import arabic_extract\nfrom arabic_extract.batch import extract_corpus, "
        "extract_folder\n\n"
        "corpus = Path('../../shared/data/news/saudinewsnet_5000.jsonl.gz')\n"
        "out = Path(tempfile.mkdtemp()) / 'records.jsonl'\nnewspaper = {}\n"
        "if corpus.exists():\n"
        "    sample = out.with_name('sample.jsonl')\n"
        "    with gzip.open(corpus, 'rt', encoding='utf-8') as f, open(sample, 'w', "
        "encoding='utf-8') as g:\n"
        "        for line in itertools.islice(f, 300):\n"
        "            item = json.loads(line)\n"
        "            newspaper[item['id']] = item['source']\n"
        "            g.write(line)\n"
        "    summary = extract_corpus(sample, out)\n"
        "else:\n"
        "    summary = extract_folder('../seeds', out)\n"
        "print(summary)"),
    new_code_cell("frames = arabic_extract.to_dataframes(out)\n"
                  "statements, entities = frames['statements'], frames['entities']\n"
                  "statements.head()"),
    new_code_cell("top = statements['speaker'].fillna(statements['speaker_text'])"
                  ".value_counts().head(15)\n"
                  "ax = top[::-1].plot.barh(figsize=(7, 5), title='Most quoted speakers')\n"
                  "plt.tight_layout(); plt.show()\ntop"),
    new_code_cell("fig, axes = plt.subplots(1, 2, figsize=(11, 4))\n"
                  "for ax, kind in zip(axes, ('LOC', 'ORG')):\n"
                  "    counts = entities[entities['type'] == kind].groupby('name')['mentions']"
                  ".sum().nlargest(10)\n"
                  "    counts[::-1].plot.barh(ax=ax, title=f'Most mentioned {kind}')\n"
                  "    print(kind, counts.to_dict())\n"
                  "plt.tight_layout(); plt.show()"),
    new_code_cell("if newspaper:\n"
                  "    per_source = statements.assign(newspaper=statements['article']"
                  ".map(newspaper)).groupby('newspaper').size().sort_values()\n"
                  "    per_source.plot.barh(title='Statements per newspaper'); plt.show()\n"
                  "    print(per_source.to_dict())"),
]

BACKENDS = [
    new_markdown_cell("# Backends side by side\nThe built-in morphology next to camel-tools "
                      "on the same text (when camel-tools and its database are available)."),
    new_code_cell("import os, time\nfrom pathlib import Path\nimport arabic_extract\n"
                  "text = Path('../seeds/000_90be8588a3012945.txt').read_text(encoding='utf-8')\n"
                  "builtin = arabic_extract.load(morphology='builtin', ner=None, entities=None, quotes=None)\n"
                  "doc_b = builtin(text)\n"
                  "db = Path('../../shared/data/camel_tools/morphology_db/calima-msa-r13/"
                  "morphology.db')"),
    new_code_cell("def show(doc, n=12):\n"
                  "    for tok in doc.tokens[:n]:\n"
                  "        print(tok.text, ' + '.join(f'{s.text}/{s.upos}' for s in "
                  "tok.segments))\nshow(doc_b)"),
    new_code_cell("try:\n"
                  "    camel = arabic_extract.load(morphology='camel', ner=None, entities=None,"
                  " quotes=None, options={'morphology': {'db_path': str(db)}})\n"
                  "    doc_c = camel(text)\n    show(doc_c)\n"
                  "    same = sum(len(a.segments) == len(b.segments) for a, b in "
                  "zip(doc_b.tokens, doc_c.tokens))\n"
                  "    print(f'same number of segments on {same}/{len(doc_b.tokens)} tokens')\n"
                  "except arabic_extract.BackendUnavailableError as exc:\n"
                  "    print('camel-tools backend unavailable:', exc)"),
    new_code_cell("# stanza needs its Arabic models on disk (nothing is downloaded here)\n"
                  "try:\n"
                  "    st = arabic_extract.load(morphology='stanza', ner=None, entities=None,"
                  " quotes=None)\n"
                  "    show(st(text))\n"
                  "except arabic_extract.BackendUnavailableError as exc:\n"
                  "    print('stanza backend unavailable:', exc)"),
]

NOTEBOOKS = {"01_quickstart.ipynb": QUICKSTART, "02_corpus_analysis.ipynb": CORPUS,
             "03_backends.ipynb": BACKENDS}


def build(execute: bool) -> None:
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells, metadata={"kernelspec": {
            "name": "python3", "display_name": "Python 3", "language": "python"}})
        if execute:
            from nbclient import NotebookClient
            NotebookClient(nb, timeout=600, kernel_name="python3",
                           resources={"metadata": {"path": str(HERE)}}).execute()
        nbformat.write(nb, HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--execute", action="store_true", help="run and save outputs")
    build(parser.parse_args().execute)
