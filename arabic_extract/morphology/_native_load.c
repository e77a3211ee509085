/* Building the native tables from the model's Python dicts (once, at model load).
 * Anything of an unexpected type or shape raises, and the Python analyzer is used. */
#include "_native.h"

#include <string.h>

/* The key of a dict item as bytes in M->nb (emptied first). */
static int key_bytes(AeModel *M, PyObject *key)
{
    M->nb.n = 0;
    return ae_put_pystr(&M->nb, key);
}

static AeEntry *put_key(AeModel *M, AeTable *t, PyObject *key)
{
    if (key_bytes(M, key) < 0)
        return NULL;
    return ae_table_put(t, M->nb.p, M->nb.n);
}

static int check_dict(PyObject *d, const char *what)
{
    if (PyDict_Check(d))
        return 0;
    PyErr_Format(PyExc_TypeError, "native morphology: %s must be a dict", what);
    return -1;
}

/* str -> int dict; ``nonneg``: values must be >= 0 (counts). */
int ae_load_ints(AeModel *M, AeTable *t, PyObject *d, int nonneg, const char *what)
{
    if (check_dict(d, what) < 0 || ae_table_init(t, (size_t)PyDict_Size(d)) < 0)
        return -1;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(d, &pos, &k, &v)) {
        if (!PyLong_Check(v) || PyBool_Check(v)) {
            PyErr_Format(PyExc_TypeError, "native morphology: %s values must be int", what);
            return -1;
        }
        long long x = PyLong_AsLongLong(v);
        if (x == -1 && PyErr_Occurred())
            return -1;
        if (nonneg && x < 0) {
            PyErr_Format(PyExc_ValueError, "native morphology: negative %s", what);
            return -1;
        }
        AeEntry *e = put_key(M, t, k);
        if (!e)
            return -1;
        e->val = x;
    }
    return 0;
}

/* The bytes of a str value appended to M->values, noted in ``e``. */
static int put_value(AeModel *M, AeEntry *e, PyObject *v)
{
    size_t start = M->values.n;
    if (ae_put_pystr(&M->values, v) < 0)
        return -1;
    if (M->values.n > 0xFFFFFFFFu || M->values.n - start > 0xFFFFF) {
        PyErr_SetString(PyExc_OverflowError, "native morphology: value too long");
        return -1;
    }
    e->voff = (uint32_t)start;
    e->vlen = (uint32_t)(M->values.n - start);
    return 0;
}

/* str -> str dict (WordStats.classes). */
int ae_load_strs(AeModel *M, AeTable *t, PyObject *d, const char *what)
{
    if (check_dict(d, what) < 0 || ae_table_init(t, (size_t)PyDict_Size(d)) < 0)
        return -1;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(d, &pos, &k, &v)) {
        AeEntry *e = put_key(M, t, k);
        if (!e || put_value(M, e, v) < 0)
            return -1;
    }
    return 0;
}

/* Offsets of the two ';' of «tags;share;names» and of the first '|' of tags, packed. */
static int pack_auto(AeEntry *e, const char *v)
{
    int64_t semi[2] = {-1, -1};
    int found = 0;
    for (uint32_t i = 0; i < e->vlen; i++) {
        if (v[i] != ';')
            continue;
        if (found == 2) {
            found = 3;
            break;
        }
        semi[found++] = i;
    }
    if (found != 2) {
        PyErr_SetString(PyExc_ValueError, "native morphology: auto value is not a;b;c");
        return -1;
    }
    int64_t bar = semi[0];
    for (int64_t i = 0; i < semi[0]; i++)
        if (v[i] == '|') {
            bar = i;
            break;
        }
    e->val = semi[0] | (semi[1] << 20) | (bar << 40);
    return 0;
}

/* str -> «tags;share;names» dict (WordStats.auto). */
int ae_load_autos(AeModel *M, PyObject *d)
{
    if (ae_load_strs(M, &M->autos, d, "auto") < 0)
        return -1;
    M->has_auto = PyDict_Size(d) > 0;
    for (size_t i = 0; i <= M->autos.mask; i++) {
        AeEntry *e = &M->autos.slots[i];
        if (e->hash && pack_auto(e, M->values.p + e->voff) < 0)
            return -1;
    }
    return 0;
}

/* str -> list[int] dict (WordStats.clusters). */
int ae_load_clusters(AeModel *M, PyObject *d)
{
    if (check_dict(d, "clusters") < 0
        || ae_table_init(&M->clusters, (size_t)PyDict_Size(d)) < 0)
        return -1;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(d, &pos, &k, &v)) {
        if (!PyList_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "native morphology: clusters must be lists");
            return -1;
        }
        AeEntry *e = put_key(M, &M->clusters, k);
        if (!e)
            return -1;
        e->voff = (uint32_t)M->pool.n;
        e->vlen = (uint32_t)PyList_GET_SIZE(v);
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(v); i++) {
            PyObject *c = PyList_GET_ITEM(v, i);
            if (!PyLong_Check(c) || PyBool_Check(c)) {
                PyErr_SetString(PyExc_TypeError, "native morphology: cluster ids must be int");
                return -1;
            }
            long long x = PyLong_AsLongLong(c);
            if ((x == -1 && PyErr_Occurred()) || ae_vec_push(&M->pool, x) < 0)
                return -1;
        }
    }
    return 0;
}

/* int (code point) -> str dict: normalize() of every character it changes. */
int ae_load_norm(AeModel *M, PyObject *d)
{
    if (check_dict(d, "norm") < 0 || ae_table_init(&M->norm, (size_t)PyDict_Size(d)) < 0)
        return -1;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(d, &pos, &k, &v)) {
        long cp = PyLong_Check(k) ? PyLong_AsLong(k) : -1;
        if (cp < 0 || cp > 0x10FFFF) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError, "native morphology: bad code point in norm");
            return -1;
        }
        Py_UCS4 key = (Py_UCS4)cp;
        AeEntry *e = ae_table_put(&M->norm, (const char *)&key, sizeof key);
        if (!e || put_value(M, e, v) < 0)
            return -1;
        if (cp < 0x10000)
            M->norm_bmp[cp >> 3] |= (uint8_t)(1 << (cp & 7));
    }
    return 0;
}

/* The enclitic pronouns in the order candidates() tries them. */
int ae_load_encs(AeModel *M, PyObject *encs)
{
    if (!PyTuple_Check(encs) || PyTuple_GET_SIZE(encs) > AE_MAX_ENCS) {
        PyErr_SetString(PyExc_ValueError, "native morphology: enclitics must be a short tuple");
        return -1;
    }
    M->nencs = (int)PyTuple_GET_SIZE(encs);
    for (int i = 0; i < M->nencs; i++) {
        PyObject *e = PyTuple_GET_ITEM(encs, i);
        if (!PyUnicode_Check(e) || PyUnicode_GET_LENGTH(e) < 1
            || PyUnicode_GET_LENGTH(e) > 4) {
            PyErr_SetString(PyExc_ValueError, "native morphology: bad enclitic");
            return -1;
        }
        M->enc_len[i] = (int)PyUnicode_GET_LENGTH(e);
        for (int j = 0; j < M->enc_len[i]; j++)
            M->encs[i][j] = PyUnicode_READ_CHAR(e, j);
    }
    return 0;
}

void ae_model_free(AeModel *M)
{
    AeTable *tables[] = {&M->ids, &M->rank, &M->counts, &M->clusters, &M->classes,
                         &M->autos, &M->norm};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        ae_table_free(tables[i]);
    AeBuf *bufs[] = {&M->values, &M->fb, &M->nb, &M->kb, &M->pb};
    for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++)
        ae_buf_free(bufs[i]);
    ae_vec_free(&M->pool);
    Py_CLEAR(M->split_type);
}
