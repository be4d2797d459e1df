/* The sentence patterns of the paragraph (lib/data/zinnen.csv): one home
 * for every sentence pt-render writes, Dutch and English side by side, so
 * that a griffier can read and change them without reading C.  A pattern
 * names its values as {name}; a sentence is written whole or not at all.
 * A column beside nl and en, named by its language's code, is one more
 * language; an empty cell falls back to the Dutch. */
#include <stdlib.h>
#include <string.h>
#include "render_priv.h"

enum { ZIN_SLEUTEL, ZIN_NL, ZIN_EN };
static const pt_column zin_cols[] = {
	{"sleutel", "sleutel|key", 1}, {"nl", "nl|nederlands|dutch", 1},
	{"en", "en|engels|english", 1}, {0}
};

enum { MAX_LANGS = 16 };

static pt_table *zinnen;
static int zin_idx[3];
static int lang_col[MAX_LANGS];	/* each language's column, -1 none */
static size_t *by_key;		/* row numbers sorted by key */

static int by_key_cmp(const void *a, const void *b)
{
	const char *ka = zinnen->rows[*(const size_t *)a].field[zin_idx[ZIN_SLEUTEL]];
	const char *kb = zinnen->rows[*(const size_t *)b].field[zin_idx[ZIN_SLEUTEL]];
	return strcmp(ka, kb);
}

/* The columns of zinnen.csv: sleutel, nl, en, and any other language
 * (a column of the messages, pt_lang_of) as one more; any other name is
 * an error, as in every table. */
static int map_columns(const char *shown, pt_error *err)
{
	pt_column cols[MAX_LANGS + 4];
	int idx[MAX_LANGS + 4], langs[MAX_LANGS + 4], n = 3;
	memcpy(cols, zin_cols, 3 * sizeof *cols);
	for (size_t c = 0; c < zinnen->header.n && n < MAX_LANGS + 3; c++) {
		const char *name = zinnen->header.field[c];
		int l = pt_lang_of(name);
		if (l > PT_EN && l < MAX_LANGS)
			langs[n] = l, cols[n++] = (pt_column){name, name, 0};
	}
	cols[n] = (pt_column){0};
	if (pt_csv_columns(&zinnen->header, cols, idx, (pt_loc){shown, 1}, err))
		return err->status;
	memcpy(zin_idx, idx, sizeof zin_idx);
	for (int l = 0; l < MAX_LANGS; l++)
		lang_col[l] = -1;
	lang_col[PT_NL] = zin_idx[ZIN_NL], lang_col[PT_EN] = zin_idx[ZIN_EN];
	for (int i = 3; i < n; i++)
		lang_col[langs[i]] = idx[i];
	return 0;
}

int pt_zin_load(pt_error *err)
{
	const char *shown;
	if (zinnen)
		return 0;
	FILE *f = pt_data_open("zinnen.csv", NULL, &shown, err);
	if (!f)
		return err->status;
	zinnen = pt_table_read(f, shown, 0, err);
	fclose(f);
	if (!zinnen || map_columns(shown, err)) {
		pt_table_free(zinnen);
		zinnen = NULL;
		return err->status;
	}
	by_key = pt_xcalloc(zinnen->nrows ? zinnen->nrows : 1, sizeof *by_key);
	for (size_t i = 0; i < zinnen->nrows; i++)
		by_key[i] = i;
	qsort(by_key, zinnen->nrows, sizeof *by_key, by_key_cmp);
	return 0;
}

/* The cell of lang, else the Dutch; NULL when both are empty. */
static const char *in_lang(const pt_csv_row *row, enum pt_lang lang)
{
	const char *s = (unsigned)lang < MAX_LANGS && lang_col[lang] >= 0 ? pt_csv_get(row, lang_col[lang]) : NULL;
	if (!s || !*s)
		s = pt_csv_get(row, zin_idx[ZIN_NL]);
	return s && *s ? s : NULL;
}

const char *pt_zin(const char *key, enum pt_lang lang)
{
	size_t lo = 0, hi = zinnen ? zinnen->nrows : 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const pt_csv_row *row = &zinnen->rows[by_key[mid]];
		int c = strcmp(key, row->field[zin_idx[ZIN_SLEUTEL]]);
		if (c == 0)
			return in_lang(row, lang);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static const char *var(const char *const *vars, const char *name, size_t n)
{
	for (; vars && vars[0]; vars += 2)
		if (strlen(vars[0]) == n && strncmp(vars[0], name, n) == 0)
			return vars[1] && *vars[1] ? vars[1] : NULL;
	return NULL;
}

char *pt_zin_fill(const char *key, enum pt_lang lang, const char *const *vars)
{
	const char *p = pt_zin(key, lang);
	return p ? pt_fill(p, vars, 1) : NULL;
}

char *pt_fill(const char *p, const char *const *vars, int strict)
{
	pt_buf b = PT_BUF_INIT;
	while (*p) {
		const char *open = strchr(p, '{'), *close = open ? strchr(open, '}') : NULL;
		if (!close) {
			pt_buf_puts(&b, p);
			break;
		}
		pt_buf_put(&b, p, (size_t)(open - p));
		const char *v = var(vars, open + 1, (size_t)(close - open - 1));
		if (!v && strict) {
			pt_buf_free(&b);
			return NULL;
		}
		if (v)
			pt_buf_puts(&b, v);
		else
			pt_buf_put(&b, open, (size_t)(close + 1 - open));
		p = close + 1;
	}
	return pt_buf_take(&b);
}
