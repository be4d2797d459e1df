/* CSV from spreadsheets, on libcsv: ',' ';' or tab, a UTF-8 BOM, CRLF,
 * quoted fields with newlines.  Fed a line at a time, so every row knows
 * the line it starts on. */
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"

typedef struct csv_state {
	pt_csv_fn fn;
	void *ctx;
	pt_error *err;
	const char *name;
	char **field;
	size_t nf, cap, ncols;
	long line, row_line, rownum;
	size_t row_bytes;		/* of the row being read, for PT_MAX_RECORD */
	int in_row, stop;
} csv_state;

static void on_field(void *s, size_t len, void *data)
{
	csv_state *st = data;
	if (st->stop)
		return;
	char *f = pt_xmalloc(len + 1);
	memcpy(f, s ? s : "", len);
	f[len] = '\0';
	if (memchr(f, '\0', len) || !pt_utf8_valid(f, len)) {
		pt_fail(st->err, PT_EXIT_DATA, (pt_loc){st->name, st->row_line},
			pt_tr("row %ld, field %zu: not valid UTF-8 text (save the file as UTF-8 CSV)"),
			st->rownum + 1, st->nf + 1);
		st->stop = 1;
		free(f);
		return;
	}
	if (st->nf == st->cap) {
		st->cap = st->cap ? 2 * st->cap : 16;
		st->field = pt_xrealloc(st->field, st->cap * sizeof *st->field);
	}
	st->field[st->nf++] = f;
}

static void clear_fields(csv_state *st)
{
	for (size_t i = 0; i < st->nf; i++)
		free(st->field[i]);
	st->nf = 0;
}

static void on_row(int c, void *data)
{
	csv_state *st = data;
	st->in_row = 0;
	if (st->stop) {
		clear_fields(st);
		return;
	}
	pt_csv_row row = {st->nf, st->field, st->row_line, ++st->rownum};
	if (st->rownum == 1) {
		st->ncols = st->nf;
	} else if (st->nf != st->ncols) {
		pt_fail(st->err, PT_EXIT_DATA, (pt_loc){st->name, st->row_line},
			pt_tr("row %ld has %zu fields, the header has %zu"), st->rownum, st->nf, st->ncols);
		st->stop = 1;
	}
	if (!st->stop && st->fn(&row, st->ctx, st->err))
		st->stop = 1;
	clear_fields(st);
}

/* The delimiter that occurs most often outside quotes in the header. */
static int sniff(const char *line)
{
	int counts[3] = {0, 0, 0}, quoted = 0;
	const char delims[3] = {',', ';', '\t'};
	for (const char *p = line; *p && *p != '\n'; p++) {
		if (*p == '"')
			quoted = !quoted;
		for (int k = 0; k < 3 && !quoted; k++)
			counts[k] += *p == delims[k];
	}
	int best = 0;
	for (int k = 1; k < 3; k++)
		if (counts[k] > counts[best])
			best = k;
	return delims[best];
}

static int is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != '\r' && s[i] != '\n' && s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

int pt_csv_read(FILE *f, const char *name, int delim, pt_csv_fn fn, void *ctx, pt_error *err)
{
	struct csv_parser p;
	csv_state st = {fn, ctx, err, name, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0};
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	err->status = 0;
	pt_limits_init();
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		pt_die(PT_EXIT_IO, pt_tr("out of memory"));
	while (!st.stop && (n = getline(&line, &cap, f)) > 0) {
		st.line++;
		if (st.line == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
			memmove(line, line + 3, (size_t)n - 2), n -= 3;
		if (st.line == 1)
			csv_set_delim(&p, (unsigned char)(delim ? delim : sniff(line)));
		if (!st.in_row)
			st.row_bytes = 0;
		if (!st.in_row && !is_blank(line, (size_t)n))
			st.in_row = 1, st.row_line = st.line;
		if ((st.row_bytes += (size_t)n) > pt_max_record) {
			pt_fail(err, PT_EXIT_DATA, (pt_loc){name, st.row_line},
				"row larger than %zu bytes; raise PT_MAX_RECORD if it is real", pt_max_record);
			st.stop = 1;
			break;
		}
		if (csv_parse(&p, line, (size_t)n, on_field, on_row, &st) != (size_t)n && !st.stop) {
			pt_fail(err, PT_EXIT_DATA, (pt_loc){name, st.line},
				pt_tr("malformed CSV: %s (a quote inside a field must be doubled)"),
				csv_strerror(csv_error(&p)));
			st.stop = 1;
		}
	}
	if (!st.stop && ferror(f))
		pt_fail(err, PT_EXIT_IO, (pt_loc){name, 0}, pt_tr("read error: %s"), strerror(errno)), st.stop = 1;
	if (!st.stop && csv_fini(&p, on_field, on_row, &st) != 0 && !st.stop)
		pt_fail(err, PT_EXIT_DATA, (pt_loc){name, st.row_line},
			pt_tr("malformed CSV: a quoted field is never closed"));
	else if (!st.stop && st.rownum == 0)
		pt_fail(err, PT_EXIT_DATA, (pt_loc){name, 0}, pt_tr("empty CSV: no header row"));
	else if (!st.stop && st.rownum == 1)
		pt_fail(err, PT_EXIT_DATA, (pt_loc){name, st.row_line},
			pt_tr("the CSV has a header but no rows below it"));
	clear_fields(&st);
	free(st.field);
	free(line);
	csv_free(&p);
	return err->status;
}

int pt_csv_delim(const char *s)
{
	if (strcmp(s, ",") == 0 || strcmp(s, ";") == 0)
		return s[0];
	if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0 || strcmp(s, "\t") == 0)
		return '\t';
	return -1;
}

static int name_matches(const char *names, const char *header)
{
	char want[256], got[256];
	pt_fold(header, got, sizeof got);
	for (const char *p = names; *p;) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		char one[128];
		if (n >= sizeof one)
			n = sizeof one - 1;
		memcpy(one, p, n);
		one[n] = '\0';
		if (strcmp(pt_fold(one, want, sizeof want), got) == 0)
			return 1;
		p += n + (bar != NULL);
	}
	return 0;
}

int pt_csv_extra_columns;

int pt_csv_columns_partial(const pt_csv_row *hdr, const pt_column *cols, int *idx,
			   pt_loc loc, pt_error *err)
{
	for (int i = 0; cols[i].key; i++) {
		idx[i] = -1;
		for (size_t k = 0; k < hdr->n && idx[i] < 0; k++)
			if (name_matches(cols[i].names, hdr->field[k]))
				idx[i] = (int)k;
		if (idx[i] < 0 && cols[i].required) {
			char names[256];
			snprintf(names, sizeof names, "%s", cols[i].names);
			for (char *b = names; (b = strchr(b, '|'));)
				*b = '/';
			return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("no column '%s' in the header"), names);
		}
	}
	return 0;
}

/* The name of cols closest to an unknown header, for a did-you-mean. */
static const char *closest_name(const pt_column *cols, const char *header, char *buf, size_t n)
{
	char want[256], one[128], f[128];
	size_t best_d = (size_t)-1, len = strlen(pt_fold(header, want, sizeof want));
	buf[0] = '\0';
	for (int i = 0; cols[i].key; i++)
		for (const char *p = cols[i].names; *p;) {
			size_t k = strcspn(p, "|");
			snprintf(one, sizeof one, "%.*s", (int)k, p);
			size_t d = pt_levenshtein(want, pt_fold(one, f, sizeof f));
			if (d < best_d)
				best_d = d, snprintf(buf, n, "%s", one);
			p += k + (p[k] == '|');
		}
	return *buf && len && best_d <= (len < 6 ? 2 : len / 3) ? buf : NULL;
}

/* A column for people, read by no program: where a figure in a data
 * file comes from, a remark in a spreadsheet (pt(7), CSV). */
static const char notes_column[] = "toelichting|notes|note";

static int column_known(const pt_column *cols, const int *idx, const pt_csv_row *hdr, size_t k)
{
	if (name_matches(notes_column, hdr->field[k]))
		return 1;
	for (int i = 0; cols[i].key; i++)
		if (idx[i] == (int)k)
			return 1;
	return 0;
}

/* Every header column must be one the reader knows: a misspelt
 * "Houdng" would otherwise leave every attitude unknown without a word.
 * With --extra-columns the unknown ones are let through, named once. */
int pt_csv_columns(const pt_csv_row *hdr, const pt_column *cols, int *idx,
		   pt_loc loc, pt_error *err)
{
	pt_buf unknown = PT_BUF_INIT;
	char near[128];
	int n = 0;
	if (pt_csv_columns_partial(hdr, cols, idx, loc, err))
		return err->status;
	for (size_t k = 0; k < hdr->n; k++) {
		const char *h = hdr->field[k];
		if (column_known(cols, idx, hdr, k) || !*h)
			continue;
		pt_buf_printf(&unknown, "%s'%s'", n++ ? ", " : "", h);
		if (!pt_csv_extra_columns && closest_name(cols, h, near, sizeof near))
			pt_buf_printf(&unknown, pt_tr(" (did you mean '%s'?)"), near);
	}
	int st = 0;
	if (n && pt_csv_extra_columns)
		pt_warn_at(loc, pt_tr("columns not read: %s"), unknown.s);
	else if (n)
		st = pt_fail(err, PT_EXIT_DATA, loc,
			     pt_tr("unknown column %s: rename or remove it, or let it through with --extra-columns"),
			     unknown.s);
	pt_buf_free(&unknown);
	return st;
}

const char *pt_csv_get(const pt_csv_row *row, int idx)
{
	if (idx < 0 || (size_t)idx >= row->n || row->field[idx][0] == '\0')
		return NULL;
	return row->field[idx];
}

pt_csv_row pt_csv_row_copy(const pt_csv_row *r)
{
	pt_csv_row c = *r;
	c.field = pt_xmalloc((r->n ? r->n : 1) * sizeof *c.field);
	for (size_t i = 0; i < r->n; i++)
		c.field[i] = pt_xstrdup(r->field[i]);
	return c;
}

void pt_csv_row_free(pt_csv_row *r)
{
	if (!r->field)
		return;
	for (size_t i = 0; i < r->n; i++)
		free(r->field[i]);
	free(r->field);
}

static int table_row(const pt_csv_row *row, void *ctx, pt_error *err)
{
	pt_table *t = ctx;
	if (row->rownum == 1) {
		t->header = pt_csv_row_copy(row);
		return 0;
	}
	t->rows = pt_xrealloc(t->rows, (t->nrows + 1) * sizeof *t->rows);
	t->rows[t->nrows++] = pt_csv_row_copy(row);
	return 0;
}

pt_table *pt_table_read(FILE *f, const char *name, int delim, pt_error *err)
{
	pt_table *t = pt_xmalloc(sizeof *t);
	memset(t, 0, sizeof *t);
	t->name = pt_xstrdup(name);
	if (pt_csv_read(f, name, delim, table_row, t, err)) {
		pt_table_free(t);
		return NULL;
	}
	return t;
}

void pt_table_free(pt_table *t)
{
	if (!t)
		return;
	pt_csv_row_free(&t->header);
	for (size_t i = 0; i < t->nrows; i++)
		pt_csv_row_free(&t->rows[i]);
	free(t->rows);
	free(t->name);
	free(t);
}

/* As the language's spreadsheet program reads a CSV (taalregels.csv):
 * Dutch Excel wants ';' and a byte order mark to see UTF-8. */
int pt_csv_template_start(FILE *f, int lang, int delim)
{
	if (strcmp(pt_lang_rule(lang, "spreadsheet-bom"), "ja") == 0)
		fputs("\xEF\xBB\xBF", f);
	return delim ? delim : *pt_lang_rule(lang, "spreadsheet-scheidingsteken");
}

void pt_csv_put_cell(FILE *f, const char *s, int delim, int first)
{
	if (!first)
		fputc(delim, f);
	if (*s && strchr("=+-@", *s))
		fputc('\'', f);
	if (!strchr(s, delim) && !strpbrk(s, "\"\r\n")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}
