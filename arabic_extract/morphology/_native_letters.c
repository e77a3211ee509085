/* text.letters() and the ARABIC_LETTER check of new token texts in one call.
 *
 * ``set_letters(marks, arabic)`` takes the code points of text._MARKS (diacritics, tatweel,
 * invisible characters: what letters() leaves out) and of text.ARABIC_LETTER, as computed
 * by native.py from the regexes themselves; they are kept as bitmaps over all code points.
 * ``letters(texts)`` gives for each text (its letters, the index of each in the text,
 * whether one of them is an Arabic letter), the same as (*text.letters(t),
 * bool(ARABIC_LETTER.search(text.letters(t)[0]))).
 */
#include "_native.h"

#define CODE_POINTS 0x110000
#define WORDS (CODE_POINTS / 64)

static uint64_t *marks, *arabic;

static inline int has(const uint64_t *set, Py_UCS4 c)
{
    return c < CODE_POINTS && (set[c >> 6] >> (c & 63)) & 1;
}

/* A bitmap of the ints of ``seq``, or NULL with an error. */
static uint64_t *bitmap(PyObject *seq)
{
    PyObject *fast = PySequence_Fast(seq, "set_letters() takes sequences of code points");
    if (!fast)
        return NULL;
    uint64_t *set = PyMem_Calloc(WORDS, sizeof(uint64_t));
    if (!set) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(fast); i++) {
        long c = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i));
        if (c < 0 || c >= CODE_POINTS) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "not a code point");
            PyMem_Free(set);
            Py_DECREF(fast);
            return NULL;
        }
        set[c >> 6] |= (uint64_t)1 << (c & 63);
    }
    Py_DECREF(fast);
    return set;
}

PyObject *ae_set_letters(PyObject *module, PyObject *args)
{
    PyObject *m, *a;
    (void)module;
    if (!PyArg_ParseTuple(args, "OO", &m, &a))
        return NULL;
    uint64_t *mset = bitmap(m), *aset = mset ? bitmap(a) : NULL;
    if (!aset) {
        PyMem_Free(mset);
        return NULL;
    }
    PyMem_Free(marks);
    PyMem_Free(arabic);
    marks = mset;
    arabic = aset;
    Py_RETURN_NONE;
}

/* (letters, indexes, Arabic) of one str; ``buf`` holds at least its length. */
static PyObject *one(PyObject *text, Py_UCS4 *buf)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), kept = 0;
    int found = 0;
    PyObject *index = PyTuple_New(n), *bare = NULL;
    if (!index)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (has(marks, c))
            continue;
        PyObject *at = PyLong_FromSsize_t(i);
        if (!at) {
            Py_DECREF(index);
            return NULL;
        }
        PyTuple_SET_ITEM(index, kept, at);
        buf[kept++] = c;
        found |= has(arabic, c);
    }
    if (kept == n) {
        bare = Py_NewRef(text);
    } else {
        bare = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, kept);
        if (!bare || _PyTuple_Resize(&index, kept) < 0) {
            Py_XDECREF(bare);
            Py_XDECREF(index);
            return NULL;
        }
    }
    PyObject *out = PyTuple_Pack(3, bare, index, found ? Py_True : Py_False);
    Py_DECREF(bare);
    Py_DECREF(index);
    return out;
}

PyObject *ae_letters(PyObject *module, PyObject *texts)
{
    (void)module;
    if (!marks || !arabic) {
        PyErr_SetString(PyExc_RuntimeError, "set_letters() was not called");
        return NULL;
    }
    if (!PyList_CheckExact(texts)) {
        PyErr_SetString(PyExc_TypeError, "letters() takes a list of str");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(texts), cap = 0;
    Py_UCS4 *buf = NULL;
    PyObject *out = PyList_New(n);
    for (Py_ssize_t i = 0; out && i < n; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i), *item = NULL;
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "letters() takes a list of str");
        } else if (PyUnicode_GET_LENGTH(text) >= cap) {
            cap = PyUnicode_GET_LENGTH(text) * 2 + 16;
            PyMem_Free(buf);
            if (!(buf = PyMem_Malloc(cap * sizeof(Py_UCS4))))
                PyErr_NoMemory();
        }
        if (!PyErr_Occurred())
            item = one(text, buf);
        if (!item)
            Py_CLEAR(out);
        else
            PyList_SET_ITEM(out, i, item);
    }
    PyMem_Free(buf);
    return out;
}
