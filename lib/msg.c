/* Texts in the user's language.  Every text a person reads lives in a
 * table in lib/data/ (CSV: key columns, then one column per language, named
 * by its code: nl, en, ...), looked up by pt_text_at, with a fallback when
 * a cell is empty.  The diagnostics are one such table, meldingen.csv,
 * keyed by the English as the code writes it inside pt_tr("...").
 *
 * The bottom room: the error path (alloc.c, diag.c) calls pt_tr, so this
 * file calls nothing else of lib/; it finds a table as data.c finds a data
 * file ($PT_DATA_DIR/name, else the copy built in) and reads it with
 * libcsv directly. */
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"

const char *pt_progname = "pt";

void pt_set_progname(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;
	pt_progname = slash ? slash + 1 : argv0 ? argv0 : "pt";
}

/* The name before main, for a text table read by a constructor (vocab.c)
 * that turns out broken: glibc hands an ELF constructor argc and argv.
 * pt_init sets the same name again. */
__attribute__((constructor(101))) static void progname_early(int argc, char **argv)
{
	if (argc > 0 && argv)
		pt_set_progname(argv[0]);
}

#define MAX_LANGS PT_MAX_LANGS

/* The languages: nl and en always, then every other language column of
 * meldingen.csv.  An index into this list is a language (enum pt_lang). */
static const char *lang_names[MAX_LANGS] = {"nl", "en"};
static int nlangs = 2;

struct pt_texts {
	const char *name, *shown;
	int nkeys, ncols, fallback;
	char **head;		/* ncols column names */
	char **cells;		/* nrows * ncols, "" when empty */
	size_t nrows, hcap;
	long *hash;		/* hcap slots: row + 1, 0 empty */
	int col[MAX_LANGS];	/* column of each language, -1 none, -2 not looked */
};

/* Reading a table: its name, for the messages of a broken one. */
struct reading {
	struct pt_texts *t;
	char **row;
	int nrow;
	long line;
	const char *shown;
};

static void *mem(void *p)
{
	if (!p) {
		fprintf(stderr, "%s: out of memory\n", pt_progname);
		exit(PT_EXIT_IO);
	}
	return p;
}

static char *text_dup(const char *s, size_t n)
{
	char *p = mem(malloc(n + 1));
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* A table that cannot be read ends the program: its texts are what the
 * program would say.  English, since the messages may be the broken one. */
static void broken(const char *shown, long line, const char *what)
{
	if (line > 0)
		fprintf(stderr, "%s: %s:%ld: %s\n", pt_progname, shown, line, what);
	else
		fprintf(stderr, "%s: %s: %s\n", pt_progname, shown, what);
	exit(PT_EXIT_DATA);
}

static void on_cell(void *s, size_t n, void *ctx)
{
	struct reading *r = ctx;
	r->row = mem(realloc(r->row, (size_t)(r->nrow + 1) * sizeof *r->row));
	r->row[r->nrow++] = text_dup(s ? s : "", s ? n : 0);
}

static void on_row(int end, void *ctx)
{
	struct reading *r = ctx;
	struct pt_texts *t = r->t;
	r->line++;
	if (!t->head) {
		t->head = r->row, t->ncols = r->nrow;
		if (t->ncols <= t->nkeys)
			broken(r->shown, r->line, "a text table needs its key column(s) and a column per language");
	} else {
		if (r->nrow != t->ncols)
			broken(r->shown, r->line, "this row has another number of cells than the header; "
						  "quote a cell that holds a comma");
		t->cells = mem(realloc(t->cells, (t->nrows + 1) * (size_t)t->ncols * sizeof *t->cells));
		memcpy(t->cells + t->nrows++ * (size_t)t->ncols, r->row, (size_t)t->ncols * sizeof *r->row);
		free(r->row);
	}
	r->row = NULL, r->nrow = 0;
}

static size_t key_hash(const struct pt_texts *t, char *const *cells)
{
	size_t h = 2166136261u;
	for (int k = 0; k < t->nkeys; k++)
		for (const unsigned char *p = (const unsigned char *)cells[k]; ; p++) {
			h = (h ^ *p) * 16777619u;
			if (!*p)
				break;
		}
	return h;
}

static int key_is(const struct pt_texts *t, char *const *cells, const char *const *key)
{
	for (int k = 0; k < t->nkeys; k++)
		if (strcmp(cells[k], key[k]) != 0)
			return 0;
	return 1;
}

/* The first row of a key wins; tools/textcheck.py finds a second. */
static void index_rows(struct pt_texts *t)
{
	t->hcap = 16;
	while (t->hcap < 2 * t->nrows)
		t->hcap *= 2;
	t->hash = mem(calloc(t->hcap, sizeof *t->hash));
	for (size_t i = 0; i < t->nrows; i++) {
		char **cells = t->cells + i * (size_t)t->ncols;
		size_t h = key_hash(t, cells) & (t->hcap - 1);
		while (t->hash[h] && !key_is(t, t->cells + (size_t)(t->hash[h] - 1) * (size_t)t->ncols,
					     (const char *const *)cells))
			h = (h + 1) & (t->hcap - 1);
		if (!t->hash[h])
			t->hash[h] = (long)i + 1;
	}
}

/* The bytes of a table: $PT_DATA_DIR/name if there, else built in. */
static char *table_bytes(const char *name, size_t *len, const char **shown)
{
	const char *dir = getenv("PT_DATA_DIR");
	if (dir && *dir) {
		size_t n = strlen(dir) + strlen(name) + 2;
		char *path = mem(malloc(n));
		snprintf(path, n, "%s/%s", dir, name);
		FILE *f = access(path, F_OK) == 0 ? fopen(path, "rb") : NULL;
		if (f) {
			char *s = NULL;
			size_t cap = 0, got;
			*len = 0;
			do {
				s = mem(realloc(s, cap += 65536));
				*len += got = fread(s + *len, 1, cap - *len, f);
			} while (got > 0);
			fclose(f);
			*shown = path;
			return s;
		}
		if (access(path, F_OK) == 0) {
			fprintf(stderr, "%s: %s: cannot open: %s\n", pt_progname, path, strerror(errno));
			exit(PT_EXIT_IO);
		}
		free(path);
	}
	for (const struct pt_blob *b = pt_blobs; b->name; b++)
		if (strcmp(b->name, name) == 0) {
			*len = b->len, *shown = name;
			return text_dup(b->data, b->len);
		}
	fprintf(stderr, "%s: %s: no such built-in data file\n", pt_progname, name);
	exit(PT_EXIT_IO);
}

static struct pt_texts *texts_read(const char *name, int nkeys, int fallback)
{
	struct pt_texts *t = mem(calloc(1, sizeof *t));
	struct reading r = {t, NULL, 0, 0, NULL};
	struct csv_parser p;
	size_t len;
	char *s = table_bytes(name, &len, &r.shown), *at = s;
	t->name = name, t->nkeys = nkeys, t->fallback = fallback;
	for (int i = 0; i < MAX_LANGS; i++)
		t->col[i] = -2;
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		at += 3, len -= 3;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		mem(NULL);
	if (csv_parse(&p, at, len, on_cell, on_row, &r) != len || csv_fini(&p, on_cell, on_row, &r) != 0)
		broken(r.shown, r.line + 1, "malformed CSV (a quote inside a cell must be doubled)");
	csv_free(&p);
	free(s);
	t->shown = r.shown;
	if (!t->head)
		broken(r.shown, 1, "empty: a text table needs a header");
	index_rows(t);
	return t;
}

/* Tables are read once, on first use, and kept for the process. */
const pt_texts *pt_texts_load(const char *name, int nkeys, int fallback)
{
	static struct pt_texts *loaded[16];
	static size_t nloaded;
	for (size_t i = 0; i < nloaded; i++)
		if (strcmp(loaded[i]->name, name) == 0)
			return loaded[i];
	struct pt_texts *t = texts_read(name, nkeys, fallback);
	if (nloaded < sizeof loaded / sizeof *loaded)
		loaded[nloaded++] = t;
	return t;
}

long pt_texts_find(const pt_texts *t, const char *const *key)
{
	char *const *k = (char *const *)key;
	size_t h = key_hash(t, k) & (t->hcap - 1);
	for (; t->hash[h]; h = (h + 1) & (t->hcap - 1))
		if (key_is(t, t->cells + (size_t)(t->hash[h] - 1) * (size_t)t->ncols, key))
			return t->hash[h] - 1;
	return -1;
}

const char *pt_texts_shown(const pt_texts *t)
{
	return t->shown;
}

size_t pt_texts_rows(const pt_texts *t)
{
	return t->nrows;
}

const char *pt_texts_key(const pt_texts *t, size_t row, int k)
{
	return t->cells[row * (size_t)t->ncols + (size_t)k];
}

static int column_of(const pt_texts *t, int lang)
{
	struct pt_texts *w = (struct pt_texts *)t;
	if (lang < 0 || lang >= nlangs)
		return -1;
	if (w->col[lang] == -2) {
		w->col[lang] = -1;
		for (int c = t->nkeys; c < t->ncols; c++)
			if (strcmp(t->head[c], lang_names[lang]) == 0)
				w->col[lang] = c;
	}
	return w->col[lang];
}

/* The one lookup: the cell of lang, else of the table's fallback
 * language, else the first key (for the messages: the English). */
const char *pt_text_at(const pt_texts *t, size_t row, int lang)
{
	char *const *cells = t->cells + row * (size_t)t->ncols;
	int c = column_of(t, lang);
	if (c < 0 || !*cells[c])
		c = column_of(t, t->fallback);
	return c >= 0 && *cells[c] ? cells[c] : cells[0];
}

const char *pt_text(const pt_texts *t, const char *id, int lang)
{
	long row = pt_texts_find(t, &id);
	return row < 0 ? id : pt_text_at(t, (size_t)row, lang);
}

const char *pt_text_needed(const pt_texts *t, const char *id, int lang)
{
	long row = pt_texts_find(t, &id);
	if (row < 0) {
		char what[512];
		snprintf(what, sizeof what, pt_tr("no row '%s': add it, as in the built-in copy"), id);
		broken(t->shown, 0, what);
	}
	return pt_text_at(t, (size_t)row, lang);
}

const char *pt_text_in(char *const *by_lang, int lang, int fallback)
{
	return lang >= 0 && lang < PT_MAX_LANGS && by_lang[lang] ? by_lang[lang] : by_lang[fallback];
}

/* ---- the language ------------------------------------------------------ */

static int lang_index(const char *name)
{
	for (int i = 0; i < nlangs; i++)
		if (strcmp(lang_names[i], name) == 0)
			return i;
	return -1;
}

static const pt_texts *messages(void);

/* A language's code, the name of its columns ("nl", "en", ...). */
const char *pt_lang_name(int lang)
{
	if (lang >= 2)
		messages();
	return lang >= 0 && lang < nlangs ? lang_names[lang] : NULL;
}

static const pt_texts *messages(void)
{
	static const pt_texts *t;
	if (!t) {
		t = pt_texts_load("meldingen.csv", 1, PT_EN);
		for (int c = 1; c < t->ncols && nlangs < MAX_LANGS; c++)
			if (lang_index(t->head[c]) < 0)
				lang_names[nlangs++] = t->head[c];
	}
	return t;
}

/* "NL", "nl_NL.UTF-8", "nl-BE", "en_GB@euro": the language part (two or
 * three letters, any case) when it is a column of the messages table, or
 * -1. */
int pt_lang_of(const char *spelling)
{
	char code[16];
	size_t n = 0;
	for (const char *p = spelling; *p && !strchr("_-.@", *p); p++) {
		if (n == 3 || !strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", *p))
			return -1;
		code[n++] = (char)(*p | 0x20);
	}
	code[n] = '\0';
	if (n < 2)
		return -1;	/* "C", "POSIX": no language */
	int i = lang_index(code);
	if (i < 0) {
		messages();
		i = lang_index(code);
	}
	return i;
}

/* -1: not yet decided; then a language. */
static int msg_lang = -1;

static int locale_lang(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			int lang = pt_lang_of(v);
			return lang < 0 ? PT_EN : lang;
		}
	}
	return PT_EN;
}

void pt_msg_set_lang(int lang)
{
	msg_lang = lang >= 0 && lang < nlangs ? lang : PT_EN;
}

/* --lang wins (pt_msg_set_lang), then PT_LANG, then the locale. */
static int msg_lang_now(void)
{
	if (msg_lang < 0) {
		const char *v = getenv("PT_LANG");
		int lang = v && *v ? pt_lang_of(v) : -1;
		msg_lang = lang >= 0 ? lang : locale_lang();
	}
	return msg_lang;
}

const char *pt_tr(const char *en)
{
	int lang = msg_lang_now();
	return lang == PT_EN ? en : pt_text(messages(), en, lang);
}
