/* Shared declarations of the native morphology accelerator (see _native.c).
 *
 * Strings are handled as UTF-8 bytes made by our own encoder (ae_put_cp), which encodes
 * every code point below 0x110000, lone surrogates included (as three bytes), so that two
 * Python strings give the same bytes exactly when they are equal.  Dict keys of the model
 * are encoded the same way at load time: lookups compare exact bytes, never just hashes.
 */
#ifndef AE_NATIVE_H
#define AE_NATIVE_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* A growable byte buffer (feature strings, key and value arenas). */
typedef struct {
    char *p;
    size_t n, cap;
} AeBuf;

/* A growable int64 vector (feature ids, group sizes, cluster ids). */
typedef struct {
    int64_t *p;
    size_t n, cap;
} AeVec;

/* One slot of an open-addressing hash table.  The key is bytes [koff, koff + klen) of the
 * table's key arena, its first AE_INLINE bytes also kept in the slot (most feature strings
 * fit: a lookup then reads one slot and no arena); ``hash`` is 0 for an empty slot.
 * ``val`` is the mapped int, or for string/list values an offset (voff, vlen) into the
 * arena that the owner keeps beside the table. */
#define AE_INLINE 16
typedef struct {
    uint64_t hash;
    int64_t val;
    uint32_t koff, klen;
    uint32_t voff, vlen;
    char head[AE_INLINE];
} AeEntry;

/* Hash table: power-of-two slots, linear probing, never deleted from; ``seen`` has a bit
 * set for the top AE_SEEN_BITS bits of each key's hash, so that most absent keys (unknown
 * features, unseen words) are told apart without reading a slot. */
#define AE_SEEN_BITS 20
typedef struct {
    AeEntry *slots;
    size_t mask;
    AeBuf keys;
    uint64_t *seen;
} AeTable;

/* A word as code points (a view of the caller's buffer). */
typedef struct {
    const Py_UCS4 *c;
    Py_ssize_t n;
} AeStr;

int ae_buf_grow(AeBuf *b, size_t extra);
int ae_buf_put(AeBuf *b, const char *s, size_t n);
int ae_put_cp(AeBuf *b, Py_UCS4 cp);
int ae_put_str(AeBuf *b, AeStr s);
int ae_put_int(AeBuf *b, long long v);
int ae_vec_push(AeVec *v, int64_t x);
void ae_buf_free(AeBuf *b);
void ae_vec_free(AeVec *v);

int ae_table_init(AeTable *t, size_t count);
void ae_table_free(AeTable *t);
/* Insert (key bytes -> entry); returns the entry, or NULL on memory error. */
AeEntry *ae_table_put(AeTable *t, const char *key, size_t len);
/* The entry of ``key``, or NULL when absent. */
const AeEntry *ae_table_get(const AeTable *t, const char *key, size_t len);

/* Code points of a Python str into ``out`` (grown as needed); -1 on error. */
int ae_ucs4(PyObject *str, Py_UCS4 **out, Py_ssize_t *cap, AeStr *view);
/* UTF-8 (ae_put_cp) bytes of a Python str appended to ``b``. */
int ae_put_pystr(AeBuf *b, PyObject *str);


#define AE_MAX_PROCS 16
#define AE_MAX_ENCS 32

/* Everything analysis looks up, built once from the model's dicts (see _native.c). */
typedef struct {
    AeTable ids;       /* feature string -> shared feature id (FeatureIds.index) */
    int64_t unknown;   /* id of features not in ``ids`` */
    AeTable rank;      /* segmentation feature -> weight in thousandths */
    AeTable counts;    /* word -> count (>= 0) */
    AeTable clusters;  /* normalized word -> cluster ids at [voff, voff + vlen) of pool */
    AeVec pool;
    AeTable classes;   /* word -> UPOS classes, bytes [voff, voff + vlen) of ``values`` */
    AeTable autos;     /* word -> «tags;share;names» in ``values``; val packs the offsets
                          of its two ';' and of the first '|' (bits 0-19, 20-39, 40-59) */
    int has_auto;      /* the auto dict is not empty */
    AeTable norm;      /* code point (4 bytes) -> normalize() of it, in ``values`` */
    uint8_t norm_bmp[0x10000 / 8]; /* bit set: a BMP code point that normalize() changes */
    AeBuf values;
    Py_UCS4 encs[AE_MAX_ENCS][4]; /* enclitic pronouns, in the order candidates() tries */
    int enc_len[AE_MAX_ENCS];
    int nencs;
    PyObject *split_type;         /* text.Split */
    AeBuf fb, nb, kb, pb;         /* scratch: a feature, a lookup key, split key, its pre */
} AeModel;

/* One segmentation: code points viewed in the caller's buffers. */
typedef struct {
    AeStr procs[AE_MAX_PROCS];
    int nprocs;
    AeStr stem;       /* surface letters of the stem */
    AeStr stem_text;  /* the stem with its restored alef (Split.stem_text) */
    AeStr enc;
    int restore;
} AeSplit;

/* Where feature strings go: ids of the shared index, or a sum of ranking weights. */
typedef int (*AeSink)(AeModel *M, void *ctx);

/* Empty the scratch buffers: every batch method starts with this, so that a batch stopped
 * by an error leaves nothing behind for the next one. */
static inline void ae_scratch_reset(AeModel *M)
{
    M->fb.n = M->nb.n = M->kb.n = M->pb.n = 0;
}

int ae_sink_id(AeModel *M, void *vec);
int ae_sink_weight(AeModel *M, void *sum);
int ae_split_keys(AeModel *M, const AeSplit *s);
int ae_seg_features(AeModel *M, AeStr word, const AeSplit *s, AeSink sink, void *ctx);
int ae_stem_ids(AeModel *M, const AeSplit *s, AeVec *out);
int ae_piece_ids(AeModel *M, const AeSplit *s, int role, AeStr text, int tanween,
                 AeVec *out);
int ae_context_ids(AeModel *M, AeStr text, int right, AeVec *out);
int64_t ae_count(AeModel *M, AeBuf *key);

int ae_load_ints(AeModel *M, AeTable *t, PyObject *d, int nonneg, const char *what);
int ae_load_strs(AeModel *M, AeTable *t, PyObject *d, const char *what);
int ae_load_autos(AeModel *M, PyObject *d);
int ae_load_clusters(AeModel *M, PyObject *d);
int ae_load_norm(AeModel *M, PyObject *d);
int ae_load_encs(AeModel *M, PyObject *encs);
void ae_model_free(AeModel *M);

/* A lemma rule (features.ParsedEdit): its lemma-scorer column and edit; pre and post are
 * code points in AeFinish.pool. */
typedef struct {
    int64_t col;
    int drop;
    Py_ssize_t front, back;
    uint32_t pre_off, pre_len, post_off, post_len;
} AeRule;

/* An allowed feature string of a UPOS and its feature-scorer column. */
typedef struct {
    PyObject *name;
    int64_t col;
} AeChoice;

/* What lemma and feature choice need (layout: see _native_finish.c). */
typedef struct {
    int ready;
    Py_buffer ft, fr, lt, lr;   /* feats table, feats remap, lemma table, lemma remap */
    AeTable upos;               /* UPOS -> val: id of «u=UPOS»; voff/vlen: its choices */
    AeChoice *choices;
    size_t nchoices, cap_choices;
    AeTable rules;              /* «UPOS|letter» or «UPOS» -> voff/vlen: its rules */
    AeRule *rule;
    size_t nrule, cap_rule;
    AeTable light;              /* code point -> normalize_light of it (voff/vlen in pool) */
    Py_UCS4 *pool;
    size_t npool, cap_pool;
} AeFinish;

/* The Python object: the tables and scratch buffers of one model. */
typedef struct {
    PyObject_HEAD
    AeModel m;
    Py_UCS4 *word;   /* scratch: a word's code points */
    Py_ssize_t word_cap;
    Py_UCS4 *arena;  /* scratch: the strings of one split */
    Py_ssize_t arena_cap;
    AeFinish f;
    Py_UCS4 *norm, *lemma; /* scratch: normalize_light of a form, a lemma */
    Py_ssize_t norm_cap, lemma_cap;
} Tables;

int ae_reserve(Py_UCS4 **buf, Py_ssize_t *cap, Py_ssize_t n);
PyObject *ae_tables_ids(Tables *self, PyObject *args);
PyObject *ae_tables_set_finish(Tables *self, PyObject *args);
PyObject *ae_tables_stems(Tables *self, PyObject *requests);

/* _native_place.c: builtin.place() over a document (module functions) */
PyObject *ae_set_types(PyObject *module, PyObject *args);
PyObject *ae_place(PyObject *module, PyObject *args);

/* _native_letters.c: text.letters() and the Arabic-letter check (module functions) */
PyObject *ae_set_letters(PyObject *module, PyObject *args);
PyObject *ae_letters(PyObject *module, PyObject *texts);
void ae_finish_free(AeFinish *F);

#endif
