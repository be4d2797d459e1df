/* pt-stakeholders -f FILE: a stakeholder list from a spreadsheet (CSV) or
 * JSON (an array of objects, or one object a line).  Read once per
 * process; rows with the same name (and voorstel) are merged here, the
 * later row winning per field, and the merge is counted for a melding. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stakeholders.h"

typedef struct entry {
	pt_sh s;
	size_t order;		/* row order in the file */
	int dups;		/* rows merged into this one */
} entry;

/* The rows for one voorstel id, e[first..first+n), and whether a dossier
 * with that id came by: one flag per id, so memory does not grow with the
 * dossier stream. */
typedef struct idgroup {
	size_t first, n;
	int met;
} idgroup;

struct pt_sh_file {
	const char *path;	/* the caller's; outlives us for messages */
	pt_table *table;	/* CSV: holds the strings the entries borrow */
	json_t *json;		/* JSON: the same */
	entry *e;
	size_t n, cap;
	size_t ngeneral;	/* e[0..ngeneral): rows for every dossier */
	idgroup *g;		/* the rest by id, in id order */
	size_t ng;
};

static entry *file_push(pt_sh_file *f)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 64;
		f->e = pt_xrealloc(f->e, f->cap * sizeof *f->e);
	}
	entry *e = &f->e[f->n];
	pt_sh_init(&e->s);
	e->order = f->n++;
	e->dups = 0;
	return e;
}

/* Spreadsheets export rows of bare delimiters below the data. */
static int empty_row(const pt_csv_row *row)
{
	for (size_t i = 0; i < row->n; i++)
		if (*row->field[i] && strspn(row->field[i], " \t") != strlen(row->field[i]))
			return 0;
	return 1;
}

static int read_csv(pt_sh_file *f, FILE *in, int delim, pt_error *err)
{
	int idx[PT_SH_NCOLS];
	f->table = pt_table_read(in, f->path, delim, err);
	if (!f->table)
		return err->status;
	pt_csv_columns_partial(&f->table->header, pt_sh_columns, idx, (pt_loc){f->path, 1}, err);
	if (idx[PT_SH_NAAM] < 0)
		return pt_fail(err, PT_EXIT_DATA, (pt_loc){f->path, 1},
			       pt_tr("no column naam (or name) in the header; the other columns are "
				     "groep, tags, invloed, belang, houding, legitiem, urgent, contact, "
				     "opmerking, voorstel, rol"));
	if (pt_csv_columns(&f->table->header, pt_sh_columns, idx, (pt_loc){f->path, 1}, err))
		return err->status;
	/* Every bad row is named in one run, up to PT_MAX_ERRORS: all but
	 * the last here, the last by the caller. */
	int bad = 0;
	for (size_t r = 0; r < f->table->nrows && bad < PT_MAX_ERRORS; r++) {
		const pt_csv_row *row = &f->table->rows[r];
		pt_error why = {0};
		if (empty_row(row))
			continue;
		entry *e = file_push(f);
		e->s.loc = (pt_loc){f->path, row->line};
		for (int c = 0; c < PT_SH_NCOLS && !why.status; c++) {
			const char *text = pt_csv_get(row, idx[c]);
			if (text)
				pt_sh_set(&e->s, c, NULL, text, &why);
		}
		if (!why.status && !e->s.naam)
			pt_fail(&why, PT_EXIT_DATA, e->s.loc, pt_tr("no naam (every stakeholder needs a name)"));
		if (why.status && bad++)
			pt_report(err);
		if (why.status)
			*err = why;
	}
	return bad ? err->status : 0;
}

static int json_one(pt_sh_file *f, const json_t *obj, pt_loc loc, long at, pt_error *err)
{
	entry *e = file_push(f);
	e->s.loc = loc;
	if (at >= 0)
		snprintf(e->s.where, sizeof e->s.where, "[%ld]", at);
	return pt_sh_from_json(&e->s, obj, 0, err);
}

/* Each JSON value is kept in f->json: the records point into it. */
static int json_value(void *ctx, json_t *v, pt_loc loc, pt_error *err)
{
	pt_sh_file *f = ctx;
	json_array_append(f->json, v);
	if (!json_is_array(v))
		return json_one(f, v, loc, -1, err);
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x)
		if (json_one(f, x, loc, (long)i, err))
			return err->status;
	return 0;
}

/* Rows of one dossier together, the same names together, in file order. */
static int by_voorstel_key(const void *pa, const void *pb)
{
	const entry *a = pa, *b = pb;
	int c = strcmp(a->s.voorstel ? a->s.voorstel : "", b->s.voorstel ? b->s.voorstel : "");
	if (!c)
		c = strcmp(a->s.key, b->s.key);
	return c ? c : (a->order > b->order) - (a->order < b->order);
}

static int by_voorstel_order(const void *pa, const void *pb)
{
	const entry *a = pa, *b = pb;
	int c = strcmp(a->s.voorstel ? a->s.voorstel : "", b->s.voorstel ? b->s.voorstel : "");
	return c ? c : (a->order > b->order) - (a->order < b->order);
}

static int same_voorstel(const entry *a, const entry *b)
{
	return strcmp(a->s.voorstel ? a->s.voorstel : "", b->s.voorstel ? b->s.voorstel : "") == 0;
}

/* Merge rows with the same voorstel and name into the first of them. */
static void merge_rows(pt_sh_file *f)
{
	size_t out = 0;
	qsort(f->e, f->n, sizeof *f->e, by_voorstel_key);
	for (size_t i = 0; i < f->n; i++) {
		if (out > 0 && same_voorstel(&f->e[out - 1], &f->e[i]) &&
		    strcmp(f->e[out - 1].s.key, f->e[i].s.key) == 0) {
			pt_sh_merge(&f->e[out - 1].s, &f->e[i].s);
			f->e[out - 1].dups++;
			continue;
		}
		f->e[out++] = f->e[i];
	}
	f->n = out;
	qsort(f->e, f->n, sizeof *f->e, by_voorstel_order);
	while (f->ngeneral < f->n && !f->e[f->ngeneral].s.voorstel)
		f->ngeneral++;
}

/* One group per voorstel id; the rows are sorted by id already. */
static void group_rows(pt_sh_file *f)
{
	f->g = pt_xmalloc((f->n - f->ngeneral + 1) * sizeof *f->g);
	for (size_t i = f->ngeneral; i < f->n; i++) {
		if (f->ng > 0 && same_voorstel(&f->e[f->g[f->ng - 1].first], &f->e[i])) {
			f->g[f->ng - 1].n++;
			continue;
		}
		f->g[f->ng++] = (idgroup){i, 1, 0};
	}
}

pt_sh_file *pt_sh_file_load(const char *path, int delim, pt_error *err)
{
	pt_buf whole = PT_BUF_INIT;
	err->status = 0;
	if (pt_rows_slurp(path, &whole, err)) {
		pt_buf_free(&whole);
		return NULL;
	}
	const char *buf = pt_buf_str(&whole);
	size_t len = whole.len;
	pt_sh_file *f = pt_xmalloc(sizeof *f);
	memset(f, 0, sizeof *f);
	f->path = path;
	if (len == 0) {
		pt_fail(err, PT_EXIT_DATA, (pt_loc){f->path, 0},
			pt_tr("empty file (give a CSV with a header row, or JSON)"));
	} else if (pt_rows_are_json(buf, len)) {
		f->json = json_array();
		pt_rows_json_each(f->path, buf, len, json_value, f, err);
	} else {
		FILE *in = fmemopen((char *)buf, len, "r");
		if (!in)
			pt_die(PT_EXIT_IO, "%s", pt_tr("out of memory"));
		read_csv(f, in, delim, err);
		fclose(in);
	}
	pt_buf_free(&whole);
	if (err->status) {
		pt_sh_file_free(f);
		return NULL;
	}
	merge_rows(f);
	group_rows(f);
	return f;
}

void pt_sh_file_free(pt_sh_file *f)
{
	if (!f)
		return;
	pt_table_free(f->table);
	json_decref(f->json);
	free(f->e);
	free(f->g);
	free(f);
}

/* The group of rows for id, by binary search; NULL when the file has none. */
static idgroup *find_group(const pt_sh_file *f, const char *id)
{
	size_t lo = 0, hi = f->ng;
	if (!id || !*id)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(f->e[f->g[mid].first].s.voorstel, id);
		if (c == 0)
			return &f->g[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void pt_sh_file_each(const pt_sh_file *f, const char *id, pt_sh_entry_fn fn, void *ctx)
{
	for (size_t i = 0; i < f->ngeneral; i++)
		fn(&f->e[i].s, f->e[i].dups, ctx);
	const idgroup *g = find_group(f, id);
	for (size_t i = 0; g && i < g->n; i++)
		fn(&f->e[g->first + i].s, f->e[g->first + i].dups, ctx);
}

void pt_sh_file_met(pt_sh_file *f, const char *id)
{
	idgroup *g = find_group(f, id);
	if (g)
		g->met = 1;
}

static int by_first_row(const void *pa, const void *pb)
{
	const entry *a = *(const entry *const *)pa, *b = *(const entry *const *)pb;
	return (a->order > b->order) - (a->order < b->order);
}

size_t pt_sh_file_unmatched(const pt_sh_file *f, void (*report)(const pt_error *w))
{
	const entry **first = pt_xmalloc((f->ng + 1) * sizeof *first);
	size_t n = 0;
	for (size_t i = 0; i < f->ng; i++)
		if (!f->g[i].met)
			first[n++] = &f->e[f->g[i].first];
	/* In file order, as a person reading the spreadsheet meets them. */
	qsort(first, n, sizeof *first, by_first_row);
	for (size_t i = 0; i < n; i++) {
		pt_error w;
		pt_fail(&w, PT_EXIT_OK, first[i]->s.loc, pt_tr("voorstel '%s' matches no dossier in the input"),
			first[i]->s.voorstel);
		report(&w);
	}
	free(first);
	return n;
}
