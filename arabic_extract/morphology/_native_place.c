/* The per-token end of the built-in analyzer in C: builtin.place() over a whole document.
 *
 * ``set_types(Token, Segment)`` takes the two frozen, slotted dataclasses of
 * arabic_extract.document and keeps the slot offset of each field, in field order (the
 * caller, native.py, checks that their __init__ only sets the fields: no defaults used,
 * no __post_init__).  ``place(tokens, rels)`` then makes, for each token, the Token with
 * the same start, end, text and norm objects and the Segments of its relative segments
 * (builtin.RelSegment: (start, end, lines up, text, lemma, upos, feats)), exactly as
 * builtin.place() does: offsets equal to the token's reuse its int objects.  Objects are
 * allocated by the type and their slots filled directly, as object.__setattr__ would.
 */
#include "_native.h"
#include <structmember.h>

#define TOKEN_FIELDS 5
#define SEGMENT_FIELDS 6

static PyTypeObject *token_type, *segment_type;
static Py_ssize_t token_off[TOKEN_FIELDS], segment_off[SEGMENT_FIELDS];

/* Slot offsets of ``names`` in ``type`` (object slots, writable), or -1 with an error. */
static int slot_offsets(PyTypeObject *type, const char *const *names, int n, Py_ssize_t *off)
{
    for (int i = 0; i < n; i++) {
        PyObject *d = PyDict_GetItemString(type->tp_dict, names[i]);
        if (!d || !PyObject_TypeCheck(d, &PyMemberDescr_Type)) {
            PyErr_Format(PyExc_TypeError, "%s.%s is not a slot", type->tp_name, names[i]);
            return -1;
        }
        PyMemberDef *m = ((PyMemberDescrObject *)d)->d_member;
        if (m->type != T_OBJECT_EX || (m->flags & READONLY)) {
            PyErr_Format(PyExc_TypeError, "%s.%s is not an object slot", type->tp_name,
                         names[i]);
            return -1;
        }
        off[i] = m->offset;
    }
    return 0;
}

PyObject *ae_set_types(PyObject *module, PyObject *args)
{
    static const char *const tok[] = {"start", "end", "text", "norm", "segments"};
    static const char *const seg[] = {"text", "start", "end", "lemma", "upos", "feats"};
    PyTypeObject *t, *s;
    (void)module;
    if (!PyArg_ParseTuple(args, "O!O!", &PyType_Type, &t, &PyType_Type, &s))
        return NULL;
    if (slot_offsets(t, tok, TOKEN_FIELDS, token_off) < 0
        || slot_offsets(s, seg, SEGMENT_FIELDS, segment_off) < 0)
        return NULL;
    Py_INCREF(t);
    Py_INCREF(s);
    Py_XSETREF(token_type, t);
    Py_XSETREF(segment_type, s);
    Py_RETURN_NONE;
}

/* A new instance of ``type`` whose slots at ``off`` take new references to ``values``. */
static PyObject *make(PyTypeObject *type, const Py_ssize_t *off, PyObject *const *values,
                      int n)
{
    PyObject *obj = type->tp_alloc(type, 0);
    if (!obj)
        return NULL;
    for (int i = 0; i < n; i++) {
        Py_INCREF(values[i]);
        *(PyObject **)((char *)obj + off[i]) = values[i];
    }
    return obj;
}

static inline PyObject *slot(PyObject *obj, Py_ssize_t off)
{
    return *(PyObject **)((char *)obj + off);
}

/* One Segment of a relative segment ``r`` of a token at [start, end) (objects s, e). */
static PyObject *segment(PyObject *r, Py_ssize_t start, Py_ssize_t size, PyObject *s,
                         PyObject *e)
{
    if (!PyTuple_CheckExact(r) || PyTuple_GET_SIZE(r) != 7) {
        PyErr_SetString(PyExc_TypeError, "a relative segment is a 7-tuple");
        return NULL;
    }
    PyObject *v[SEGMENT_FIELDS], *made[2] = {NULL, NULL};
    int up = PyObject_IsTrue(PyTuple_GET_ITEM(r, 2));
    if (up < 0)
        return NULL;
    v[0] = PyTuple_GET_ITEM(r, 3);
    v[1] = v[2] = Py_None;
    if (up) {
        Py_ssize_t a = PyLong_AsSsize_t(PyTuple_GET_ITEM(r, 0));
        Py_ssize_t b = PyLong_AsSsize_t(PyTuple_GET_ITEM(r, 1));
        if ((a == -1 || b == -1) && PyErr_Occurred())
            return NULL;
        v[1] = a ? (made[0] = PyLong_FromSsize_t(start + a)) : s;
        v[2] = b == size ? e : (made[1] = PyLong_FromSsize_t(start + b));
        if (!v[1] || !v[2]) {
            Py_XDECREF(made[0]);
            Py_XDECREF(made[1]);
            return NULL;
        }
    }
    for (int i = 3; i < SEGMENT_FIELDS; i++)
        v[i] = PyTuple_GET_ITEM(r, i + 1);
    PyObject *out = make(segment_type, segment_off, v, SEGMENT_FIELDS);
    Py_XDECREF(made[0]);
    Py_XDECREF(made[1]);
    return out;
}

/* The Token ``tok`` (exactly a Token) with the Segments of ``rel`` (a tuple). */
static PyObject *placed(PyObject *tok, PyObject *rel)
{
    if (Py_TYPE(tok) != token_type || !PyTuple_CheckExact(rel)) {
        PyErr_SetString(PyExc_TypeError, "place() takes Tokens and tuples");
        return NULL;
    }
    PyObject *v[TOKEN_FIELDS];
    for (int i = 0; i < TOKEN_FIELDS - 1; i++)
        if (!(v[i] = slot(tok, token_off[i]))) {
            PyErr_SetString(PyExc_AttributeError, "a Token field is not set");
            return NULL;
        }
    Py_ssize_t start = PyLong_AsSsize_t(v[0]), end = PyLong_AsSsize_t(v[1]);
    if ((start == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(rel);
    PyObject *segs = PyTuple_New(n);
    if (!segs)
        return NULL;
    for (Py_ssize_t j = 0; j < n; j++) {
        PyObject *s = segment(PyTuple_GET_ITEM(rel, j), start, end - start, v[0], v[1]);
        if (!s) {
            Py_DECREF(segs);
            return NULL;
        }
        PyTuple_SET_ITEM(segs, j, s);
    }
    v[TOKEN_FIELDS - 1] = segs;
    PyObject *out = make(token_type, token_off, v, TOKEN_FIELDS);
    Py_DECREF(segs);
    return out;
}

PyObject *ae_place(PyObject *module, PyObject *args)
{
    PyObject *tokens, *rels;
    (void)module;
    if (!PyArg_ParseTuple(args, "O!O!", &PyTuple_Type, &tokens, &PyList_Type, &rels))
        return NULL;
    if (!token_type || !segment_type) {
        PyErr_SetString(PyExc_RuntimeError, "set_types() was not called");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(tokens);
    if (PyList_GET_SIZE(rels) != n) {
        PyErr_SetString(PyExc_ValueError, "as many relative segments as tokens");
        return NULL;
    }
    PyObject *out = PyTuple_New(n);
    if (!out)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *rel = PyList_GET_ITEM(rels, i);
        Py_INCREF(rel);
        PyObject *t = placed(PyTuple_GET_ITEM(tokens, i), rel);
        Py_DECREF(rel);
        if (!t) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(out, i, t);
    }
    return out;
}
