/* Tables.ids: the shared feature ids of drafted tokens (builtin._draft) and of the context
 * of piece texts (ContextTagger.vectors), in one batch.
 *
 * Input: items, a list of (text.Split or None, tuple of piece texts, tanween: bool) or, for
 * a token without Arabic letters, (its feature «rule=TAG», (text,), False), and texts, a
 * list of str.  Output, as ContextTagger.vectors groups them: the ids of every
 * piece of every item, then the left and the right ids of every text, all concatenated
 * (int64 bytes), the size of each group (int64 bytes), and per item the ids of its stem
 * (MorphModel.stem_ids) as a list, or None without a split. */
#include "_native.h"

#include <string.h>

/* A text.Split object's strings copied into self->arena: procs, then alef + stem, then the
 * enclitic, so that stem_text is the stem with the alef before it. */
static int fill_split(Tables *self, PyObject *procs, PyObject *stem, PyObject *enc,
                      int restore, AeSplit *s)
{
    Py_ssize_t np = PyTuple_GET_SIZE(procs), total = 1 + PyUnicode_GET_LENGTH(stem)
                                                    + PyUnicode_GET_LENGTH(enc);
    for (Py_ssize_t i = 0; i < np; i++)
        total += PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(procs, i));
    if (ae_reserve(&self->arena, &self->arena_cap, total) < 0)
        return -1;
    Py_UCS4 *at = self->arena;
    PyObject *parts[AE_MAX_PROCS + 2];
    for (Py_ssize_t i = 0; i < np; i++)
        parts[i] = PyTuple_GET_ITEM(procs, i);
    parts[np] = stem;
    parts[np + 1] = enc;
    for (Py_ssize_t i = 0; i < np + 2; i++) {
        if (i == np)
            *at++ = 0x0627;
        Py_ssize_t n = PyUnicode_GET_LENGTH(parts[i]);
        if (!PyUnicode_AsUCS4(parts[i], at, n, 0))
            return -1;
        AeStr view = {at, n};
        if (i < np)
            s->procs[i] = view;
        else if (i == np)
            s->stem = view;
        else
            s->enc = view;
        at += n;
    }
    s->nprocs = (int)np;
    s->restore = restore;
    s->stem_text = restore ? (AeStr){s->stem.c - 1, s->stem.n + 1} : s->stem;
    return 0;
}

static int check_split(PyObject *procs, PyObject *stem, PyObject *enc)
{
    if (!procs || !stem || !enc)
        return -1;
    int ok = PyTuple_Check(procs) && PyTuple_GET_SIZE(procs) <= AE_MAX_PROCS
             && PyUnicode_Check(stem) && PyUnicode_Check(enc);
    for (Py_ssize_t i = 0; ok && i < PyTuple_GET_SIZE(procs); i++)
        ok = PyUnicode_Check(PyTuple_GET_ITEM(procs, i));
    if (!ok)
        PyErr_SetString(PyExc_TypeError, "native morphology: not a text.Split");
    return ok ? 0 : -1;
}

/* The AeSplit of a text.Split object. */
static int load_split(Tables *self, PyObject *obj, AeSplit *s)
{
    PyObject *procs = PyObject_GetAttrString(obj, "procs");
    PyObject *stem = PyObject_GetAttrString(obj, "stem");
    PyObject *enc = PyObject_GetAttrString(obj, "enc");
    PyObject *restore = PyObject_GetAttrString(obj, "restore");
    int rc = -1;
    if (restore && check_split(procs, stem, enc) == 0) {
        int flag = PyObject_IsTrue(restore);
        rc = flag < 0 ? -1 : fill_split(self, procs, stem, enc, flag, s);
    }
    Py_XDECREF(procs);
    Py_XDECREF(stem);
    Py_XDECREF(enc);
    Py_XDECREF(restore);
    return rc;
}

static PyObject *list_of(const AeVec *v)
{
    PyObject *out = PyList_New((Py_ssize_t)v->n);
    for (size_t i = 0; out && i < v->n; i++) {
        PyObject *x = PyLong_FromLongLong(v->p[i]);
        if (!x) {
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, (Py_ssize_t)i, x);
    }
    return out;
}

typedef struct {
    AeVec ids, sizes, stem;
} Out;

/* A token without Arabic letters: its one feature (tagger.rule_features) for each text. */
static int rule_ids(Tables *self, PyObject *feature, PyObject *texts, Out *o,
                    PyObject **stem_list)
{
    AeModel *M = &self->m;
    for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(texts); j++) {
        M->fb.n = 0;
        if (ae_put_pystr(&M->fb, feature) < 0 || ae_sink_id(M, &o->ids) < 0
            || ae_vec_push(&o->sizes, 1) < 0)
            return -1;
    }
    Py_INCREF(Py_None);
    *stem_list = Py_None;
    return 0;
}

/* The pieces of one item; its stem ids as a new list (or None) in *stem_list. */
static int item_ids(Tables *self, PyObject *item, Out *o, PyObject **stem_list)
{
    AeModel *M = &self->m;
    if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 3
        || !PyTuple_Check(PyTuple_GET_ITEM(item, 1))) {
        PyErr_SetString(PyExc_TypeError, "ids(): items are (split, texts, tanween)");
        return -1;
    }
    PyObject *split = PyTuple_GET_ITEM(item, 0), *texts = PyTuple_GET_ITEM(item, 1);
    if (PyUnicode_Check(split))
        return rule_ids(self, split, texts, o, stem_list);
    int tanween = PyObject_IsTrue(PyTuple_GET_ITEM(item, 2));
    AeSplit s;
    int nprocs = -1;
    if (tanween < 0)
        return -1;
    if (split != Py_None) {
        o->stem.n = 0;
        if (load_split(self, split, &s) < 0 || ae_split_keys(M, &s) < 0
            || ae_stem_ids(M, &s, &o->stem) < 0 || !(*stem_list = list_of(&o->stem)))
            return -1;
        nprocs = s.nprocs;
    } else {
        Py_INCREF(Py_None);
        *stem_list = Py_None;
    }
    for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(texts); j++) {
        AeStr text;
        size_t start = o->ids.n;
        int role = nprocs < 0 ? -1 : j < nprocs ? 0 : j == nprocs ? 1 : 2;
        if (ae_ucs4(PyTuple_GET_ITEM(texts, j), &self->word, &self->word_cap, &text) < 0)
            return -1;
        for (size_t k = 0; role == 1 && k < o->stem.n; k++)
            if (ae_vec_push(&o->ids, o->stem.p[k]) < 0)
                return -1;
        if (ae_piece_ids(M, &s, role, text, tanween, &o->ids) < 0
            || ae_vec_push(&o->sizes, (int64_t)(o->ids.n - start)) < 0)
            return -1;
    }
    return 0;
}

/* Left then right context ids of each text. */
static int context_ids(Tables *self, PyObject *texts, Out *o)
{
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        AeStr text;
        if (ae_ucs4(PyList_GET_ITEM(texts, i), &self->word, &self->word_cap, &text) < 0)
            return -1;
        for (int right = 0; right < 2; right++) {
            size_t start = o->ids.n;
            if (ae_context_ids(&self->m, text, right, &o->ids) < 0
                || ae_vec_push(&o->sizes, (int64_t)(o->ids.n - start)) < 0)
                return -1;
        }
    }
    return 0;
}

static PyObject *vec_bytes(const AeVec *v)
{
    return PyBytes_FromStringAndSize(v->n ? (const char *)v->p : "",
                                     (Py_ssize_t)(v->n * sizeof(int64_t)));
}

PyObject *ae_tables_ids(Tables *self, PyObject *args)
{
    PyObject *items, *texts, *stems = NULL, *result = NULL;
    Out o;
    memset(&o, 0, sizeof o);
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &items, &PyList_Type, &texts))
        return NULL;
    ae_scratch_reset(&self->m);
    stems = PyList_New(PyList_GET_SIZE(items));
    for (Py_ssize_t i = 0; stems && i < PyList_GET_SIZE(items); i++) {
        PyObject *stem = NULL;
        if (item_ids(self, PyList_GET_ITEM(items, i), &o, &stem) < 0) {
            Py_XDECREF(stem);
            goto done;
        }
        PyList_SET_ITEM(stems, i, stem);
    }
    if (stems && context_ids(self, texts, &o) == 0) {
        PyObject *ids = vec_bytes(&o.ids), *sizes = vec_bytes(&o.sizes);
        if (ids && sizes)
            result = PyTuple_Pack(3, ids, sizes, stems);
        Py_XDECREF(ids);
        Py_XDECREF(sizes);
    }
done:
    Py_XDECREF(stems);
    ae_vec_free(&o.ids);
    ae_vec_free(&o.sizes);
    ae_vec_free(&o.stem);
    return result;
}
