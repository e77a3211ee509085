/* Feature strings of the built-in analyzer, byte for byte as features.py / tagger.py make
 * them (domain "": the compact model), each looked up as soon as it is built in M->fb.
 * Every function here mirrors one Python function, named in its comment. */
#include "_native.h"

#include <string.h>

#define ALEF 0x0627
#define LAM 0x0644
#define TEH 0x062A
#define TEH_MARBUTA 0x0629

#define PUT(s) do { if (ae_buf_put(&M->fb, (s), strlen(s)) < 0) return -1; } while (0)
#define PUTS(x) do { if (ae_put_str(&M->fb, (x)) < 0) return -1; } while (0)
#define PUTI(x) do { if (ae_put_int(&M->fb, (x)) < 0) return -1; } while (0)
#define PUTB(b) do { if (ae_buf_put(&M->fb, (b).p, (b).n) < 0) return -1; } while (0)
#define EMIT() do { if (sink(M, ctx) < 0) return -1; } while (0)

static AeStr head(AeStr s, Py_ssize_t k) /* s[:k] */
{
    AeStr r = {s.c, s.n < k ? s.n : k};
    return r;
}

static AeStr tail(AeStr s, Py_ssize_t k) /* s[-k:] */
{
    AeStr r = {s.c + (s.n > k ? s.n - k : 0), s.n < k ? s.n : k};
    return r;
}

static int min_i(int a, int b) { return a < b ? a : b; }

/* features.bucket: min(floor(log2(count + 1)), 12) */
static int bucket(int64_t count)
{
    uint64_t x = (uint64_t)count + 1;
    int bits = 0;
    while (x) {
        bits++;
        x >>= 1;
    }
    return min_i(bits - 1, 12);
}

int ae_sink_id(AeModel *M, void *vec)
{
    const AeEntry *e = ae_table_get(&M->ids, M->fb.p, M->fb.n);
    M->fb.n = 0;
    return ae_vec_push((AeVec *)vec, e ? e->val : M->unknown);
}

int ae_sink_weight(AeModel *M, void *sum)
{
    const AeEntry *e = ae_table_get(&M->rank, M->fb.p, M->fb.n);
    M->fb.n = 0;
    if (e)
        *(int64_t *)sum += e->val;
    return 0;
}

/* WordStats.get of the bytes in ``key`` (emptied).  M->nb, the scratch of lookup keys, is
 * emptied before each key is written in it. */
int64_t ae_count(AeModel *M, AeBuf *key)
{
    const AeEntry *e = ae_table_get(&M->counts, key->p, key->n);
    key->n = 0;
    return e ? e->val : 0;
}

static int count_of(AeModel *M, AeStr a, AeStr b, int64_t *out) /* counts[a + b] */
{
    M->nb.n = 0;
    if (ae_put_str(&M->nb, a) < 0 || ae_put_str(&M->nb, b) < 0)
        return -1;
    *out = ae_count(M, &M->nb);
    return 0;
}

/* Split.key ("+".join(procs) + "+ال"? + "|" + enc) into M->kb, its part before '|' into
 * M->pb. */
int ae_split_keys(AeModel *M, const AeSplit *s)
{
    M->pb.n = M->kb.n = 0;
    for (int i = 0; i < s->nprocs; i++) {
        if ((i && ae_buf_put(&M->pb, "+", 1) < 0) || ae_put_str(&M->pb, s->procs[i]) < 0)
            return -1;
    }
    if (s->restore && ae_buf_put(&M->pb, "+\xd8\xa7\xd9\x84", 5) < 0)
        return -1;
    if (ae_buf_put(&M->kb, M->pb.p, M->pb.n) < 0 || ae_buf_put(&M->kb, "|", 1) < 0)
        return -1;
    return ae_put_str(&M->kb, s->enc);
}

/* features.seg_features; needs ae_split_keys(s) first. */
int ae_seg_features(AeModel *M, AeStr word, const AeSplit *s, AeSink sink, void *ctx)
{
    AeStr none = {NULL, 0}, stem = s->stem, enc = s->enc;
    int64_t c;
    if (count_of(M, s->stem_text, none, &c) < 0)
        return -1;
    int sc = bucket(c);
    if (count_of(M, word, none, &c) < 0)
        return -1;
    int wc = bucket(c);
    PUT("k="); PUTB(M->kb); EMIT();
    PUT("P="); PUTB(M->pb); EMIT();
    PUT("E="); PUTS(enc); EMIT();
    PUT("sb|P="); PUTI(sc); PUT("|"); PUTB(M->pb); EMIT();
    PUT("sb|E="); PUTI(sc); PUT("|"); PUTS(enc); EMIT();
    PUT("wb|k="); PUTI(wc); PUT("|"); PUTB(M->kb); EMIT();
    PUT("d|k="); PUTI(sc - wc); PUT("|"); PUTB(M->kb); EMIT();
    PUT("len|k="); PUTI(stem.n < 8 ? stem.n : 8); PUT("|"); PUTB(M->kb); EMIT();
    PUT("f1|P="); PUTS(head(stem, 1)); PUT("|"); PUTB(M->pb); EMIT();
    PUT("f2|P="); PUTS(head(stem, 2)); PUT("|"); PUTB(M->pb); EMIT();
    PUT("l1|E="); PUTS(tail(stem, 1)); PUT("|"); PUTS(enc); EMIT();
    PUT("l2|E="); PUTS(tail(stem, 2)); PUT("|"); PUTS(enc); EMIT();
    PUT("sb|k="); PUTI(sc); PUT("|"); PUTB(M->kb); EMIT();
    if (enc.n && stem.n && stem.c[stem.n - 1] == TEH) {
        Py_UCS4 tm = TEH_MARBUTA;
        AeStr cut = {stem.c, stem.n - 1}, end = {&tm, 1};
        if (count_of(M, cut, end, &c) < 0)
            return -1;
        PUT("tm="); PUTI(bucket(c)); PUT("|"); PUTS(enc); EMIT();
    }
    if (s->nprocs && !s->restore) {
        Py_UCS4 al[2] = {ALEF, LAM};
        AeStr art = {al, 2};
        if (count_of(M, art, stem, &c) < 0)
            return -1;
        PUT("al="); PUTI(bucket(c)); PUT("|"); PUTB(M->pb); EMIT();
    }
    return 0;
}

/* WordStats.cluster_features: the clusters of normalize(word). */
static int cluster_features(AeModel *M, AeStr word, const char *name, AeSink sink,
                            void *ctx)
{
    M->nb.n = 0;
    for (Py_ssize_t i = 0; i < word.n; i++) {
        Py_UCS4 cp = word.c[i];
        int maybe = cp >= 0x10000 || (M->norm_bmp[cp >> 3] >> (cp & 7)) & 1;
        const AeEntry *e = maybe ? ae_table_get(&M->norm, (const char *)&cp, sizeof cp) : NULL;
        int rc = e ? ae_buf_put(&M->nb, M->values.p + e->voff, e->vlen)
                   : ae_put_cp(&M->nb, cp);
        if (rc < 0)
            return -1;
    }
    const AeEntry *e = ae_table_get(&M->clusters, M->nb.p, M->nb.n);
    M->nb.n = 0;
    if (!e || !e->vlen) {
        PUT(name); PUT("=none"); EMIT();
        return 0;
    }
    for (uint32_t i = 0; i < e->vlen; i++) {
        PUT(name); PUTI(i); PUT("="); PUTI(M->pool.p[e->voff + i]); EMIT();
    }
    return 0;
}

/* WordStats.auto_features */
static int auto_features(AeModel *M, AeStr word, const char *name, int full, AeSink sink,
                         void *ctx)
{
    if (!M->has_auto)
        return 0;
    M->nb.n = 0;
    if (ae_put_str(&M->nb, word) < 0)
        return -1;
    const AeEntry *e = ae_table_get(&M->autos, M->nb.p, M->nb.n);
    M->nb.n = 0;
    if (!e) {
        PUT(name); PUT("=none"); EMIT();
        return 0;
    }
    const char *v = M->values.p + e->voff;
    size_t s1 = e->val & 0xFFFFF, s2 = (e->val >> 20) & 0xFFFFF, bar = e->val >> 40;
    PUT(name); PUT("c="); if (ae_buf_put(&M->fb, v, s1) < 0) return -1; EMIT();
    PUT(name); PUT("e=");
    if (ae_buf_put(&M->fb, v + s2 + 1, e->vlen - s2 - 1) < 0)
        return -1;
    EMIT();
    if (full) {
        PUT(name); PUT("m=");
        if (ae_buf_put(&M->fb, v, bar) < 0 || ae_buf_put(&M->fb, "|", 1) < 0
            || ae_buf_put(&M->fb, v + s1 + 1, s2 - s1 - 1) < 0)
            return -1;
        EMIT();
    }
    return 0;
}

/* WordStats.ambiguity: the classes of ``word``, or "?" */
static int put_ambiguity(AeModel *M, AeStr word)
{
    M->nb.n = 0;
    if (ae_put_str(&M->nb, word) < 0)
        return -1;
    const AeEntry *e = ae_table_get(&M->classes, M->nb.p, M->nb.n);
    M->nb.n = 0;
    return e ? ae_buf_put(&M->fb, M->values.p + e->voff, e->vlen) : ae_buf_put(&M->fb, "?", 1);
}

/* features.stem_word_features */
static int stem_word_features(AeModel *M, AeStr stem, AeSink sink, void *ctx)
{
    AeStr core = stem, none = {NULL, 0};
    if (stem.n > 3 && stem.c[0] == ALEF && stem.c[1] == LAM) {
        core.c += 2;
        core.n -= 2;
    }
    Py_UCS4 al[2] = {ALEF, LAM};
    AeStr art = {al, 2};
    int64_t c;
    if (count_of(M, core, none, &c) < 0)
        return -1;
    int bare = bucket(c);
    if (count_of(M, art, core, &c) < 0)
        return -1;
    int alc = bucket(c);
    if (count_of(M, stem, none, &c) < 0)
        return -1;
    int diff = bare - alc;
    PUT("bias"); EMIT();
    PUT("w="); PUTS(stem); EMIT();
    PUT("c="); PUTS(core); EMIT();
    PUT(core.n != stem.n ? "al=True" : "al=False"); EMIT();
    PUT("n="); PUTI(core.n < 9 ? core.n : 9); EMIT();
    PUT("fb="); PUTI(bucket(c)); EMIT();
    PUT("alb="); PUTI(alc); EMIT();
    PUT("alr="); PUTI(diff < -3 ? -3 : diff > 3 ? 3 : diff); EMIT();
    for (int k = 1; k < 5; k++)
        if (core.n > k) { PUT("s"); PUTI(k); PUT("="); PUTS(tail(core, k)); EMIT(); }
    for (int k = 1; k < 4; k++)
        if (core.n > k) { PUT("p"); PUTI(k); PUT("="); PUTS(head(core, k)); EMIT(); }
    PUT("ps="); PUTS(head(core, 1)); PUT("|"); PUTS(tail(core, 2)); EMIT();
    for (Py_ssize_t i = 1; i < core.n - 3; i++) {
        AeStr tri = {core.c + i, 3};
        PUT("t="); PUTS(tri); EMIT();
    }
    int vowels = 0;
    for (Py_ssize_t i = 0; i < core.n; i++) {
        Py_UCS4 ch = core.c[i];
        vowels += ch == 0x0627 || ch == 0x0648 || ch == 0x064A || ch == 0x0649;
    }
    PUT("v="); PUTI(min_i(vowels, 4)); PUT("|"); PUTI(core.n < 8 ? core.n : 8); EMIT();
    return cluster_features(M, stem, "k", sink, ctx);
}

/* MorphModel.stem_ids: stem_word_features + clitic_features; needs ae_split_keys(s). */
int ae_stem_ids(AeModel *M, const AeSplit *s, AeVec *out)
{
    AeSink sink = ae_sink_id;
    void *ctx = out;
    if (stem_word_features(M, s->stem_text, sink, ctx) < 0)
        return -1;
    PUT("P="); PUTB(M->pb); EMIT();
    PUT("E="); PUTS(s->enc); EMIT();
    return 0;
}

/* tagger.piece_features of one piece, as builtin._draft adds them up (role 0: proclitic,
 * 1: stem, 2: enclitic, -1: no split); for the stem only what follows its ae_stem_ids,
 * which the caller puts first. */
int ae_piece_ids(AeModel *M, const AeSplit *s, int role, AeStr text, int tanween,
                 AeVec *out)
{
    AeSink sink = ae_sink_id;
    void *ctx = out;
    if (role < 0) {
        PUT("r=x"); EMIT();
        PUT("cw="); PUTS(text); EMIT();
        return 0;
    }
    if (role == 1) {
        if (tanween) { PUT("tan"); EMIT(); }
        PUT("a="); if (put_ambiguity(M, text) < 0) return -1; EMIT();
        return auto_features(M, text, "x", 1, sink, ctx);
    }
    PUT(role ? "r=enc" : "r=pro"); EMIT();
    PUT("cw="); PUTS(text); EMIT();
    PUT("cw|p="); PUTS(text); PUT("|"); PUTS(head(s->stem_text, 1)); EMIT();
    PUT("cw|s="); PUTS(text); PUT("|"); PUTS(tail(s->stem_text, 2)); EMIT();
    PUT("cw|k="); PUTS(text); PUT("|"); PUTB(M->kb); EMIT();
    return 0;
}

/* tagger.left_features (right == 0) and tagger.right_features (right == 1) */
int ae_context_ids(AeModel *M, AeStr text, int right, AeVec *out)
{
    AeSink sink = ae_sink_id;
    void *ctx = out;
    if (!right) {
        PUT("pw="); PUTS(text); EMIT();
        PUT("ps="); PUTS(tail(text, 2)); EMIT();
        PUT("pa="); if (put_ambiguity(M, text) < 0) return -1; EMIT();
        if (cluster_features(M, text, "pk", sink, ctx) < 0)
            return -1;
        return auto_features(M, text, "px", 0, sink, ctx);
    }
    PUT("nw="); PUTS(text); EMIT();
    PUT("np="); PUTS(head(text, 2)); EMIT();
    PUT("ns="); PUTS(tail(text, 2)); EMIT();
    PUT("na="); if (put_ambiguity(M, text) < 0) return -1; EMIT();
    if (cluster_features(M, text, "nk", sink, ctx) < 0)
        return -1;
    return auto_features(M, text, "nx", 0, sink, ctx);
}
