/* Tables.set_finish / Tables.stems: the lemma and the feature string of tagged stems
 * (MorphModel._stems with _feats_many, _lemmas, _lemma_rules and _choose_lemmas).
 *
 * Data layout (AeFinish): the feature and lemma scorers' int32 tables (row x class column)
 * and their remap arrays (shared id -> row), held as buffers of the numpy arrays; per UPOS
 * (table ``upos``) the shared id of «u=UPOS» and a run of ``choices`` (allowed feature
 * strings sorted by name, with their columns); per lemma_options key («UPOS|last letter»
 * or «UPOS») a run of ``rule`` (lemma rules sorted by name: column and parsed edit, whose
 * strings are code points in ``pool``); normalize_light of each character it changes. */
#include "_native.h"

#include <string.h>

#define ALEF 0x0627
#define LAM 0x0644

static int grow(void **p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 64;
    void *q = PyMem_Realloc(*p, c * size);
    if (!q) {
        PyErr_NoMemory();
        return -1;
    }
    *p = q;
    *cap = c;
    return 0;
}

/* Code points of a str appended to the pool; its (offset, length). */
static int pool_put(AeFinish *F, PyObject *s, uint32_t *off, uint32_t *len)
{
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "native morphology: expected str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    while (F->npool + (size_t)n >= F->cap_pool)
        if (grow((void **)&F->pool, &F->cap_pool, F->npool + (size_t)n, sizeof(Py_UCS4)) < 0)
            return -1;
    if (n && !PyUnicode_AsUCS4(s, F->pool + F->npool, n, 0))
        return -1;
    *off = (uint32_t)F->npool;
    *len = (uint32_t)n;
    F->npool += (size_t)n;
    return 0;
}

static int get_buffer(PyObject *obj, Py_buffer *view, int ndim, Py_ssize_t itemsize)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    if (view->ndim != ndim || view->itemsize != itemsize) {
        PyBuffer_Release(view);
        view->obj = NULL;
        PyErr_SetString(PyExc_TypeError, "native morphology: unexpected scorer array");
        return -1;
    }
    return 0;
}

/* «u=UPOS» ids and the allowed feature strings (names, columns) of each UPOS. */
static int load_upos(AeModel *M, AeFinish *F, PyObject *u_ids, PyObject *choices)
{
    if (!PyDict_Check(u_ids) || !PyDict_Check(choices))
        return PyErr_SetString(PyExc_TypeError, "native morphology: dicts expected"), -1;
    if (ae_load_ints(M, &F->upos, u_ids, 0, "u ids") < 0)
        return -1;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(choices, &pos, &k, &v)) {
        M->nb.n = 0;
        if (ae_put_pystr(&M->nb, k) < 0)
            return -1;
        AeEntry *e = (AeEntry *)ae_table_get(&F->upos, M->nb.p, M->nb.n);
        if (!e || !PyList_Check(v))
            return PyErr_SetString(PyExc_ValueError, "native morphology: bad choices"), -1;
        e->voff = (uint32_t)F->nchoices;
        e->vlen = (uint32_t)PyList_GET_SIZE(v);
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(v); i++) {
            PyObject *name;
            long long col;
            if (!PyArg_ParseTuple(PyList_GET_ITEM(v, i), "UL", &name, &col)
                || grow((void **)&F->choices, &F->cap_choices, F->nchoices, sizeof(AeChoice)) < 0)
                return -1;
            Py_INCREF(name);
            F->choices[F->nchoices++] = (AeChoice){name, col};
        }
    }
    return 0;
}

/* One rule: (column, drop, front, pre, back, post). */
static int load_rule(AeFinish *F, PyObject *item)
{
    long long col;
    int drop;
    Py_ssize_t front, back;
    PyObject *pre, *post;
    if (!PyArg_ParseTuple(item, "LpnUnU", &col, &drop, &front, &pre, &back, &post)
        || grow((void **)&F->rule, &F->cap_rule, F->nrule, sizeof(AeRule)) < 0)
        return -1;
    AeRule *r = &F->rule[F->nrule];
    if (front < 0 || back < 0 || col < 0)
        return PyErr_SetString(PyExc_ValueError, "native morphology: bad lemma rule"), -1;
    r->col = col;
    r->drop = drop;
    r->front = front;
    r->back = back;
    if (pool_put(F, pre, &r->pre_off, &r->pre_len) < 0
        || pool_put(F, post, &r->post_off, &r->post_len) < 0)
        return -1;
    F->nrule++;
    return 0;
}

static int load_rules(AeModel *M, AeFinish *F, PyObject *rules)
{
    if (!PyDict_Check(rules) || ae_table_init(&F->rules, (size_t)PyDict_Size(rules)) < 0)
        return PyErr_Occurred() ? -1 : (PyErr_SetString(PyExc_TypeError, "dict"), -1);
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(rules, &pos, &k, &v)) {
        M->nb.n = 0;
        AeEntry *e;
        if (!PyList_Check(v) || ae_put_pystr(&M->nb, k) < 0
            || !(e = ae_table_put(&F->rules, M->nb.p, M->nb.n)))
            return PyErr_Occurred() ? -1 : (PyErr_SetString(PyExc_TypeError, "list"), -1);
        e->voff = (uint32_t)F->nrule;
        e->vlen = (uint32_t)PyList_GET_SIZE(v);
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(v); i++)
            if (load_rule(F, PyList_GET_ITEM(v, i)) < 0)
                return -1;
    }
    return 0;
}

static int load_light(AeFinish *F, PyObject *light)
{
    if (!PyDict_Check(light) || ae_table_init(&F->light, (size_t)PyDict_Size(light)) < 0)
        return PyErr_Occurred() ? -1 : (PyErr_SetString(PyExc_TypeError, "dict"), -1);
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(light, &pos, &k, &v)) {
        long cp = PyLong_Check(k) ? PyLong_AsLong(k) : -1;
        if (cp < 0 || cp > 0x10FFFF) {
            PyErr_Clear();
            return PyErr_SetString(PyExc_ValueError, "native morphology: bad code point"), -1;
        }
        Py_UCS4 key = (Py_UCS4)cp;
        AeEntry *e = ae_table_put(&F->light, (const char *)&key, sizeof key);
        if (!e || pool_put(F, v, &e->voff, &e->vlen) < 0)
            return -1;
    }
    return 0;
}

void ae_finish_free(AeFinish *F)
{
    Py_buffer *views[] = {&F->ft, &F->fr, &F->lt, &F->lr};
    for (int i = 0; i < 4; i++)
        if (views[i]->obj)
            PyBuffer_Release(views[i]);
    for (size_t i = 0; i < F->nchoices; i++)
        Py_DECREF(F->choices[i].name);
    ae_table_free(&F->upos);
    ae_table_free(&F->rules);
    ae_table_free(&F->light);
    PyMem_Free(F->choices);
    PyMem_Free(F->rule);
    PyMem_Free(F->pool);
    memset(F, 0, sizeof *F);
}

PyObject *ae_tables_set_finish(Tables *self, PyObject *args)
{
    PyObject *ft, *fr, *lt, *lr, *u_ids, *choices, *rules, *light;
    AeFinish *F = &self->f;
    if (!PyArg_ParseTuple(args, "OOOOOOOO", &ft, &fr, &lt, &lr, &u_ids, &choices, &rules,
                          &light))
        return NULL;
    ae_finish_free(F);
    if (get_buffer(ft, &F->ft, 2, 4) < 0 || get_buffer(fr, &F->fr, 1, 8) < 0
        || get_buffer(lt, &F->lt, 2, 4) < 0 || get_buffer(lr, &F->lr, 1, 8) < 0
        || load_upos(&self->m, F, u_ids, choices) < 0 || load_rules(&self->m, F, rules) < 0
        || load_light(F, light) < 0) {
        ae_finish_free(F);
        return NULL;
    }
    F->ready = 1;
    Py_RETURN_NONE;
}
