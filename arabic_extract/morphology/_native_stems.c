/* Tables.stems: lemma and feature string of each tagged stem, as MorphModel._stems gives
 * them (its requests' shared feature ids are the stem ids plus «u=UPOS»; scores are exact
 * integer sums of the scorers' int32 cells; the first best on ties, choices and rules being
 * sorted by name). */
#include "_native.h"

#include <string.h>

#define ALEF 0x0627
#define LAM 0x0644

/* The scorer rows of ``ids`` and of «u=UPOS» through ``remap`` into ``rows``. */
static int rows_of(const Py_buffer *remap, PyObject *ids, int64_t u_id, AeVec *rows)
{
    const int64_t *map = remap->buf;
    Py_ssize_t size = remap->shape[0], n = PyList_GET_SIZE(ids);
    rows->n = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        long long id = i < n ? PyLong_AsLongLong(PyList_GET_ITEM(ids, i)) : u_id;
        if (id == -1 && PyErr_Occurred())
            return -1;
        if (id < 0 || id >= size) {
            PyErr_SetString(PyExc_IndexError, "native morphology: feature id out of range");
            return -1;
        }
        if (ae_vec_push(rows, map[id]) < 0)
            return -1;
    }
    return 0;
}

static int score(const Py_buffer *table, const AeVec *rows, int64_t col, int64_t *out)
{
    const int32_t *cells = table->buf;
    Py_ssize_t nrows = table->shape[0], ncols = table->shape[1];
    int64_t sum = 0;
    if (col >= ncols)
        return PyErr_SetString(PyExc_IndexError, "native morphology: bad column"), -1;
    for (size_t i = 0; i < rows->n; i++) {
        if (rows->p[i] < 0 || rows->p[i] >= nrows)
            return PyErr_SetString(PyExc_IndexError, "native morphology: bad row"), -1;
        sum += cells[rows->p[i] * ncols + col];
    }
    *out = sum;
    return 0;
}

/* normalize_light of ``form`` into self->norm. */
static int light(Tables *self, AeStr form, AeStr *out)
{
    AeFinish *F = &self->f;
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < form.n; i++) {
        Py_UCS4 cp = form.c[i];
        const AeEntry *e = ae_table_get(&F->light, (const char *)&cp, sizeof cp);
        const Py_UCS4 *src = e ? F->pool + e->voff : &form.c[i];
        Py_ssize_t len = e ? (Py_ssize_t)e->vlen : 1;
        if (ae_reserve(&self->norm, &self->norm_cap, n + len + 1) < 0)
            return -1;
        memcpy(self->norm + n, src, (size_t)len * sizeof(Py_UCS4));
        n += len;
    }
    out->c = self->norm;
    out->n = n;
    return 0;
}

/* features.apply_parsed: whether the rule applies to ``norm``, and the part it keeps. */
static int applies(const AeRule *r, AeStr norm, AeStr *kept)
{
    AeStr f = norm;
    if (r->drop) {
        if (!(f.n > 3 && f.c[0] == ALEF && f.c[1] == LAM))
            return 0;
        f.c += 2;
        f.n -= 2;
    }
    if (r->front + r->back >= f.n)
        return 0;
    kept->c = f.c + r->front;
    kept->n = f.n - r->front - r->back;
    return 1;
}

static PyObject *lemma_of(Tables *self, const AeRule *r, AeStr kept)
{
    AeFinish *F = &self->f;
    Py_ssize_t n = r->pre_len + kept.n + r->post_len;
    if (ae_reserve(&self->lemma, &self->lemma_cap, n + 1) < 0)
        return NULL;
    memcpy(self->lemma, F->pool + r->pre_off, r->pre_len * sizeof(Py_UCS4));
    memcpy(self->lemma + r->pre_len, kept.c, (size_t)kept.n * sizeof(Py_UCS4));
    memcpy(self->lemma + r->pre_len + kept.n, F->pool + r->post_off,
           r->post_len * sizeof(Py_UCS4));
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, self->lemma, n);
}

/* The rules of lemma_options(options, upos, form[-1:]): «UPOS|letter», else «UPOS». */
static const AeEntry *rules_of(Tables *self, PyObject *upos, AeStr form)
{
    AeModel *M = &self->m;
    M->nb.n = 0;
    if (ae_put_pystr(&M->nb, upos) < 0)
        return NULL;
    size_t plain = M->nb.n;
    AeStr last = {form.c + (form.n ? form.n - 1 : 0), form.n ? 1 : 0};
    if (ae_buf_put(&M->nb, "|", 1) < 0 || ae_put_str(&M->nb, last) < 0)
        return NULL;
    const AeEntry *e = ae_table_get(&self->f.rules, M->nb.p, M->nb.n);
    return e ? e : ae_table_get(&self->f.rules, M->nb.p, plain);
}

/* MorphModel._lemmas + _choose_lemmas for one stem. */
static PyObject *stem_lemma(Tables *self, PyObject *upos, AeStr form, const AeVec *rows)
{
    AeStr norm, kept;
    AeModel *M = &self->m;
    M->nb.n = 0;
    if (light(self, form, &norm) < 0 || ae_put_str(&M->nb, form) < 0)
        return NULL;
    int64_t count = ae_count(M, &M->nb);
    if (PyUnicode_CompareWithASCIIString(upos, "PROPN") == 0 || !count) {
        int cut = form.n > 4 && form.c[0] == ALEF && form.c[1] == LAM;
        Py_ssize_t start = cut ? (norm.n < 2 ? norm.n : 2) : 0;
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, norm.c + start, norm.n - start);
    }
    const AeEntry *e = rules_of(self, upos, form);
    if (PyErr_Occurred())
        return NULL;
    const AeRule *best = NULL;
    int64_t best_score = 0, s;
    AeStr best_kept = norm;
    for (uint32_t i = 0; e && i < e->vlen; i++) {
        const AeRule *r = &self->f.rule[e->voff + i];
        if (!applies(r, norm, &kept))
            continue;
        if (score(&self->f.lt, rows, r->col, &s) < 0)
            return NULL;
        if (!best || s > best_score)
            best = r, best_score = s, best_kept = kept;
    }
    if (!best)
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, norm.c, norm.n);
    return lemma_of(self, best, best_kept);
}

/* MorphModel._feats_many for one stem: the best allowed feature string. */
static PyObject *stem_feats(Tables *self, const AeEntry *u, const AeVec *rows)
{
    const AeChoice *best = NULL;
    int64_t best_score = 0, s;
    for (uint32_t i = 0; i < u->vlen; i++) {
        const AeChoice *c = &self->f.choices[u->voff + i];
        if (score(&self->f.ft, rows, c->col, &s) < 0)
            return NULL;
        if (!best || s > best_score)
            best = c, best_score = s;
    }
    if (!best)
        return PyErr_Format(PyExc_KeyError, "native morphology: no feature strings");
    Py_INCREF(best->name);
    return best->name;
}

/* One request (stem ids, UPOS, form) -> (lemma, feature string). */
static PyObject *stem_one(Tables *self, PyObject *req, AeVec *frows, AeVec *lrows)
{
    PyObject *ids, *upos, *form_obj;
    AeStr form;
    if (!PyArg_ParseTuple(req, "O!UU", &PyList_Type, &ids, &upos, &form_obj))
        return NULL;
    AeModel *M = &self->m;
    M->nb.n = 0;
    if (ae_put_pystr(&M->nb, upos) < 0)
        return NULL;
    const AeEntry *u = ae_table_get(&self->f.upos, M->nb.p, M->nb.n);
    M->nb.n = 0;
    if (!u)
        return PyErr_Format(PyExc_KeyError, "native morphology: unknown UPOS %R", upos);
    if (ae_ucs4(form_obj, &self->word, &self->word_cap, &form) < 0
        || rows_of(&self->f.fr, ids, u->val, frows) < 0
        || rows_of(&self->f.lr, ids, u->val, lrows) < 0)
        return NULL;
    PyObject *feats = stem_feats(self, u, frows), *lemma = NULL, *out = NULL;
    if (feats)
        lemma = stem_lemma(self, upos, form, lrows);
    if (lemma)
        out = PyTuple_Pack(2, lemma, feats);
    Py_XDECREF(feats);
    Py_XDECREF(lemma);
    return out;
}

PyObject *ae_tables_stems(Tables *self, PyObject *requests)
{
    if (!self->f.ready)
        return PyErr_Format(PyExc_RuntimeError, "stems() needs set_finish() first");
    if (!PyList_Check(requests))
        return PyErr_Format(PyExc_TypeError, "stems() takes a list");
    AeVec frows = {0}, lrows = {0};
    ae_scratch_reset(&self->m);
    PyObject *out = PyList_New(PyList_GET_SIZE(requests));
    for (Py_ssize_t i = 0; out && i < PyList_GET_SIZE(requests); i++) {
        PyObject *one = stem_one(self, PyList_GET_ITEM(requests, i), &frows, &lrows);
        if (!one)
            Py_CLEAR(out);
        else
            PyList_SET_ITEM(out, i, one);
    }
    ae_vec_free(&frows);
    ae_vec_free(&lrows);
    return out;
}
