/* Native accelerator of the built-in morphology analyzer (optional; the pure-Python code in
 * model.py / features.py / tagger.py is the reference and the fallback, see native.py).
 *
 * One object, ``Tables``, holds hash tables built once from the model's dicts (feature ids,
 * ranking weights, word counts, clusters, UPOS classes, automatic tags, the normalize()
 * table).  Two batch methods do the per-word-type work:
 *   splits(words)       -> the best Split of each undiacritized word (MorphModel.best_split)
 *   stems(requests)     -> lemma and feature string of tagged stems (MorphModel._stems)
 *   ids(items, texts)   -> static feature ids of every piece of every drafted token, then
 *                          left and right context ids of each text: (int64 bytes of all ids,
 *                          int64 bytes of the group sizes, stem ids of each item or None)
 */
#include "_native.h"

#include <string.h>

#define MAX_CANDIDATES 640


static void Tables_dealloc(Tables *self)
{
    ae_model_free(&self->m);
    PyMem_Free(self->word);
    PyMem_Free(self->arena);
    ae_finish_free(&self->f);
    PyMem_Free(self->norm);
    PyMem_Free(self->lemma);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Tables_init(Tables *self, PyObject *args, PyObject *kwds)
{
    static char *kw[] = {"ids", "unknown", "rank", "counts", "clusters", "classes", "auto",
                         "norm", "enclitics", "split_type", NULL};
    PyObject *ids, *rank, *counts, *clusters, *classes, *autos, *norm, *encs, *split;
    long long unknown;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OLOOOOOOOO", kw, &ids, &unknown, &rank,
                                     &counts, &clusters, &classes, &autos, &norm, &encs,
                                     &split))
        return -1;
    AeModel *M = &self->m;
    ae_model_free(M);
    memset(M, 0, sizeof *M);
    M->unknown = unknown;
    Py_INCREF(split);
    M->split_type = split;
    if (ae_load_ints(M, &M->ids, ids, 0, "ids") < 0
        || ae_load_ints(M, &M->rank, rank, 0, "rank") < 0
        || ae_load_ints(M, &M->counts, counts, 1, "counts") < 0
        || ae_load_clusters(M, clusters) < 0
        || ae_load_strs(M, &M->classes, classes, "classes") < 0
        || ae_load_autos(M, autos) < 0 || ae_load_norm(M, norm) < 0
        || ae_load_encs(M, encs) < 0)
        return -1;
    return 0;
}

/* ---- candidate segmentations (text.candidates) and ranking (MorphModel.best_split) ---- */

/* A candidate: the first ``plen`` letters are proclitics; enclitic ``enc`` (-1: none). */
typedef struct {
    int plen, restore, enc;
} Cand;

static int starts(AeStr w, Py_ssize_t at, Py_UCS4 ch)
{
    return w.n > at && w.c[at] == ch;
}

/* text._prefix_options: (number of proclitic letters, restore) in its order. */
static int prefix_options(AeStr w, int *plen, int *restore)
{
    static const Py_UCS4 conjs[3] = {0, 0x0648, 0x0641};         /* "", و, ف */
    static const Py_UCS4 preps[4] = {0x0628, 0x0643, 0x0644, 0x0633}; /* ب ك ل س */
    int n = 0;
    plen[n] = 0, restore[n++] = 0;
    for (int c = 0; c < 3; c++) {
        if (conjs[c] && !starts(w, 0, conjs[c]))
            continue;
        int off = conjs[c] ? 1 : 0;
        if (off)
            plen[n] = 1, restore[n++] = 0;
        for (int p = 0; p < 4; p++) {
            if (!starts(w, off, preps[p]))
                continue;
            plen[n] = off + 1, restore[n++] = 0;
            if (preps[p] == 0x0644 && starts(w, off + 1, 0x0644))
                plen[n] = off + 1, restore[n++] = 1;
        }
    }
    return n;
}

static int ends_with(const AeModel *M, AeStr w, int e)
{
    Py_ssize_t k = M->enc_len[e];
    return w.n >= k && memcmp(w.c + w.n - k, M->encs[e], (size_t)k * sizeof(Py_UCS4)) == 0;
}

/* text.candidates, the whole word first (plen 0, no enclitic). */
static int candidates(const AeModel *M, AeStr w, Cand *out)
{
    int plen[32], restore[32], encs[AE_MAX_ENCS + 1], nencs = 0, n = 0;
    out[n++] = (Cand){0, 0, -1};
    encs[nencs++] = -1;
    for (int e = 0; e < M->nencs; e++)
        if (ends_with(M, w, e))
            encs[nencs++] = e;
    int nopts = prefix_options(w, plen, restore);
    for (int o = 0; o < nopts; o++)
        for (int k = 0; k < nencs; k++) {
            int e = encs[k];
            Py_ssize_t end = w.n - (e < 0 ? 0 : M->enc_len[e]);
            Py_ssize_t len = end > plen[o] ? end - plen[o] : 0;
            Py_UCS4 c = len ? w.c[plen[o]] : 0;
            int shorty = len == 1 && (c == 0x0644 || c == 0x0628 || c == 0x0643);
            if (!len || (len < 2 && !(e >= 0 && shorty)) || (!plen[o] && e < 0))
                continue;
            out[n++] = (Cand){plen[o], restore[o], e};
        }
    return n;
}

/* The AeSplit of a candidate; a restored stem is written after an alef in ``alef_stem``. */
static void cand_split(const AeModel *M, AeStr w, Cand c, Py_UCS4 *alef_stem, AeSplit *s)
{
    Py_ssize_t enc_len = c.enc < 0 ? 0 : M->enc_len[c.enc];
    s->nprocs = c.plen;
    for (int i = 0; i < c.plen; i++)
        s->procs[i] = (AeStr){w.c + i, 1};
    Py_ssize_t end = w.n - enc_len;
    s->stem = (AeStr){w.c + c.plen, end > c.plen ? end - c.plen : 0};
    s->enc = (AeStr){c.enc < 0 ? NULL : M->encs[c.enc], enc_len};
    s->restore = c.restore;
    s->stem_text = s->stem;
    if (c.restore) {
        alef_stem[0] = 0x0627;
        memcpy(alef_stem + 1, s->stem.c, (size_t)s->stem.n * sizeof(Py_UCS4));
        s->stem_text = (AeStr){alef_stem, s->stem.n + 1};
    }
}

static PyObject *str_of(AeStr s)
{
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, s.c, s.n);
}

/* A text.Split object for the candidate. */
static PyObject *split_object(Tables *self, PyObject *word, AeStr w, Cand c)
{
    AeSplit s;
    cand_split(&self->m, w, c, self->arena, &s);
    PyObject *procs = PyTuple_New(s.nprocs), *stem, *enc;
    if (!procs)
        return NULL;
    for (int i = 0; i < s.nprocs; i++) {
        PyObject *p = str_of(s.procs[i]);
        if (!p) {
            Py_DECREF(procs);
            return NULL;
        }
        PyTuple_SET_ITEM(procs, i, p);
    }
    if (!c.plen && c.enc < 0) {
        Py_INCREF(word);
        stem = word;
    } else {
        stem = str_of(s.stem);
    }
    enc = str_of(s.enc);
    PyObject *out = NULL;
    if (stem && enc)
        out = PyObject_CallFunction(self->m.split_type, "OOOO", procs, stem, enc,
                                    c.restore ? Py_True : Py_False);
    Py_DECREF(procs);
    Py_XDECREF(stem);
    Py_XDECREF(enc);
    return out;
}

/* Index of the best candidate: exact integer sums, the first one on ties (RankScorer). */
static int best_candidate(Tables *self, AeStr w, const Cand *cands, int n, int *best)
{
    int64_t best_score = 0;
    *best = 0;
    for (int i = 0; i < n; i++) {
        AeSplit s;
        int64_t score = 0;
        cand_split(&self->m, w, cands[i], self->arena, &s);
        if (ae_split_keys(&self->m, &s) < 0
            || ae_seg_features(&self->m, w, &s, ae_sink_weight, &score) < 0)
            return -1;
        if (i == 0 || score > best_score)
            *best = i, best_score = score;
    }
    return 0;
}

int ae_reserve(Py_UCS4 **buf, Py_ssize_t *cap, Py_ssize_t n)
{
    if (n <= *cap)
        return 0;
    Py_UCS4 *p = PyMem_Realloc(*buf, (size_t)n * sizeof(Py_UCS4));
    if (!p) {
        PyErr_NoMemory();
        return -1;
    }
    *buf = p;
    *cap = n;
    return 0;
}

static PyObject *Tables_splits(Tables *self, PyObject *words)
{
    if (!PyList_Check(words))
        return PyErr_Format(PyExc_TypeError, "splits() takes a list of str");
    Py_ssize_t count = PyList_GET_SIZE(words);
    ae_scratch_reset(&self->m);
    PyObject *out = PyList_New(count);
    Cand cands[MAX_CANDIDATES];
    for (Py_ssize_t i = 0; out && i < count; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        AeStr w;
        int n, best = 0;
        if (ae_ucs4(word, &self->word, &self->word_cap, &w) < 0
            || ae_reserve(&self->arena, &self->arena_cap, w.n + 2) < 0)
            goto fail;
        n = candidates(&self->m, w, cands);
        if (n > 1 && best_candidate(self, w, cands, n, &best) < 0)
            goto fail;
        PyObject *split = split_object(self, word, w, cands[best]);
        if (!split)
            goto fail;
        PyList_SET_ITEM(out, i, split);
    }
    return out;
fail:
    Py_XDECREF(out);
    return NULL;
}

static PyMethodDef Tables_methods[] = {
    {"splits", (PyCFunction)Tables_splits, METH_O,
     "splits(words) -> the best text.Split of each undiacritized word"},
    {"ids", (PyCFunction)ae_tables_ids, METH_VARARGS,
     "ids(items, texts) -> (ids, sizes, stem ids): see the module docstring"},
    {"set_finish", (PyCFunction)ae_tables_set_finish, METH_VARARGS,
     "set_finish(feats table, feats remap, lemma table, lemma remap, u ids, choices, rules, "
     "light): what stems() needs (see native.py)"},
    {"stems", (PyCFunction)ae_tables_stems, METH_O,
     "stems(requests) -> (lemma, feature string) of each (stem ids, UPOS, form)"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TablesType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "arabic_extract.morphology._native.Tables",
    .tp_basicsize = sizeof(Tables),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Native tables of a compact MorphModel (see arabic_extract.morphology.native)",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Tables_init,
    .tp_dealloc = (destructor)Tables_dealloc,
    .tp_methods = Tables_methods,
};

static PyMethodDef module_methods[] = {
    {"set_types", ae_set_types, METH_VARARGS,
     "set_types(Token, Segment): the classes place() makes (see _native_place.c)"},
    {"place", ae_place, METH_VARARGS,
     "place(tokens, rels) -> the tokens with the Segments of builtin.place()"},
    {"set_letters", ae_set_letters, METH_VARARGS,
     "set_letters(marks, arabic): code points letters() drops / that are Arabic letters"},
    {"letters", ae_letters, METH_O,
     "letters(texts) -> (letters, indexes, has an Arabic letter) of each text"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef native_module = {
    PyModuleDef_HEAD_INIT, "_native",
    "Native accelerator of the built-in morphology analyzer (same results as Python).",
    -1, module_methods,
};

PyMODINIT_FUNC PyInit__native(void)
{
    if (PyType_Ready(&TablesType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&native_module);
    if (!m)
        return NULL;
    Py_INCREF(&TablesType);
    if (PyModule_AddObject(m, "Tables", (PyObject *)&TablesType) < 0) {
        Py_DECREF(&TablesType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
