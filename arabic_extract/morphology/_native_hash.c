/* Buffers, the UTF-8 encoder and the hash table of the native morphology accelerator. */
#include "_native.h"

#include <string.h>

int ae_buf_grow(AeBuf *b, size_t extra)
{
    if (b->n + extra <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + extra)
        cap *= 2;
    char *p = PyMem_Realloc(b->p, cap);
    if (!p) {
        PyErr_NoMemory();
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

int ae_buf_put(AeBuf *b, const char *s, size_t n)
{
    if (ae_buf_grow(b, n) < 0)
        return -1;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    return 0;
}

/* UTF-8 of any code point (surrogates too, as three bytes). */
int ae_put_cp(AeBuf *b, Py_UCS4 cp)
{
    if (ae_buf_grow(b, 4) < 0)
        return -1;
    unsigned char *o = (unsigned char *)b->p + b->n;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        b->n += 1;
    } else if (cp < 0x800) {
        o[0] = 0xC0 | (cp >> 6);
        o[1] = 0x80 | (cp & 0x3F);
        b->n += 2;
    } else if (cp < 0x10000) {
        o[0] = 0xE0 | (cp >> 12);
        o[1] = 0x80 | ((cp >> 6) & 0x3F);
        o[2] = 0x80 | (cp & 0x3F);
        b->n += 3;
    } else {
        o[0] = 0xF0 | (cp >> 18);
        o[1] = 0x80 | ((cp >> 12) & 0x3F);
        o[2] = 0x80 | ((cp >> 6) & 0x3F);
        o[3] = 0x80 | (cp & 0x3F);
        b->n += 4;
    }
    return 0;
}

int ae_put_str(AeBuf *b, AeStr s)
{
    for (Py_ssize_t i = 0; i < s.n; i++)
        if (ae_put_cp(b, s.c[i]) < 0)
            return -1;
    return 0;
}

/* Decimal digits as Python's str(int) writes them. */
int ae_put_int(AeBuf *b, long long v)
{
    char tmp[24];
    int n = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[sizeof tmp - 1 - n++] = '-';
    return ae_buf_put(b, tmp + sizeof tmp - n, (size_t)n);
}

int ae_vec_push(AeVec *v, int64_t x)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 256;
        int64_t *p = PyMem_Realloc(v->p, cap * sizeof(int64_t));
        if (!p) {
            PyErr_NoMemory();
            return -1;
        }
        v->p = p;
        v->cap = cap;
    }
    v->p[v->n++] = x;
    return 0;
}

void ae_buf_free(AeBuf *b)
{
    PyMem_Free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

void ae_vec_free(AeVec *v)
{
    PyMem_Free(v->p);
    v->p = NULL;
    v->n = v->cap = 0;
}

/* 64-bit hash, eight bytes at a time (multiply and fold), never 0 (the empty slot). */
static uint64_t ae_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xff51afd7ed558ccdULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
        s += 8;
        n -= 8;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, s, n);
        h = (h ^ w) * 0x94d049bb133111ebULL;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return h | 1;
}

int ae_table_init(AeTable *t, size_t count)
{
    size_t size = 16;
    while (size < count * 2 + 1)
        size *= 2;
    t->slots = PyMem_Calloc(size, sizeof(AeEntry));
    if (!t->slots) {
        PyErr_NoMemory();
        return -1;
    }
    t->seen = PyMem_Calloc((1u << AE_SEEN_BITS) / 64, sizeof(uint64_t));
    if (!t->seen) {
        PyMem_Free(t->slots);
        t->slots = NULL;
        PyErr_NoMemory();
        return -1;
    }
    t->mask = size - 1;
    memset(&t->keys, 0, sizeof t->keys);
    return 0;
}

void ae_table_free(AeTable *t)
{
    PyMem_Free(t->slots);
    PyMem_Free(t->seen);
    t->slots = NULL;
    t->seen = NULL;
    ae_buf_free(&t->keys);
}

static int ae_same(const AeTable *t, const AeEntry *e, uint64_t h, const char *key,
                   size_t len)
{
    if (e->hash != h || e->klen != len)
        return 0;
    if (len <= AE_INLINE)
        return memcmp(e->head, key, len) == 0;
    return memcmp(t->keys.p + e->koff, key, len) == 0;
}

AeEntry *ae_table_put(AeTable *t, const char *key, size_t len)
{
    uint64_t h = ae_hash(key, len);
    size_t i = h & t->mask;
    while (t->slots[i].hash) {
        if (ae_same(t, &t->slots[i], h, key, len))
            return &t->slots[i];
        i = (i + 1) & t->mask;
    }
    if (len > UINT32_MAX || t->keys.n + len > UINT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "native tables: keys too large");
        return NULL;
    }
    AeEntry *e = &t->slots[i];
    e->koff = (uint32_t)t->keys.n;
    if (ae_buf_put(&t->keys, key, len) < 0)
        return NULL;
    e->hash = h;
    t->seen[(h >> (64 - AE_SEEN_BITS)) / 64] |= 1ULL << ((h >> (64 - AE_SEEN_BITS)) % 64);
    e->klen = (uint32_t)len;
    memcpy(e->head, key, len < AE_INLINE ? len : AE_INLINE);
    return e;
}

const AeEntry *ae_table_get(const AeTable *t, const char *key, size_t len)
{
    if (!t->slots)
        return NULL;
    uint64_t h = ae_hash(key, len), top = h >> (64 - AE_SEEN_BITS);
    if (!((t->seen[top / 64] >> (top % 64)) & 1))
        return NULL;
    size_t i = h & t->mask;
    while (t->slots[i].hash) {
        if (ae_same(t, &t->slots[i], h, key, len))
            return &t->slots[i];
        i = (i + 1) & t->mask;
    }
    return NULL;
}

int ae_ucs4(PyObject *str, Py_UCS4 **out, Py_ssize_t *cap, AeStr *view)
{
    if (!PyUnicode_Check(str)) {
        PyErr_SetString(PyExc_TypeError, "native morphology: expected str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    if (n + 1 > *cap) {
        Py_UCS4 *p = PyMem_Realloc(*out, (size_t)(n + 1) * sizeof(Py_UCS4));
        if (!p) {
            PyErr_NoMemory();
            return -1;
        }
        *out = p;
        *cap = n + 1;
    }
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    for (Py_ssize_t i = 0; i < n; i++)
        (*out)[i] = PyUnicode_READ(kind, data, i);
    view->c = *out;
    view->n = n;
    return 0;
}

int ae_put_pystr(AeBuf *b, PyObject *str)
{
    if (!PyUnicode_Check(str)) {
        PyErr_SetString(PyExc_TypeError, "native morphology: expected str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    for (Py_ssize_t i = 0; i < n; i++)
        if (ae_put_cp(b, PyUnicode_READ(kind, data, i)) < 0)
            return -1;
    return 0;
}
