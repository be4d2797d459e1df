/* The sentence patterns of the paragraph (lib/data/zinnen.csv): one home
 * for every sentence pt-render writes, Dutch and English side by side, so
 * that a griffier can read and change them without reading C.  A pattern
 * names its values as {name}; a sentence is written whole or not at all. */
#include <stdlib.h>
#include <string.h>
#include "render_priv.h"

enum { ZIN_SLEUTEL, ZIN_NL, ZIN_EN };
static const pt_column zin_cols[] = {
	{"sleutel", "sleutel|key", 1}, {"nl", "nl|nederlands|dutch", 1},
	{"en", "en|engels|english", 1}, {0}
};

static pt_table *zinnen;
static int zin_idx[3];
static size_t *by_key;		/* row numbers sorted by key */

static int by_key_cmp(const void *a, const void *b)
{
	const char *ka = zinnen->rows[*(const size_t *)a].field[zin_idx[ZIN_SLEUTEL]];
	const char *kb = zinnen->rows[*(const size_t *)b].field[zin_idx[ZIN_SLEUTEL]];
	return strcmp(ka, kb);
}

int pt_zin_load(pt_error *err)
{
	const char *shown;
	if (zinnen)
		return 0;
	zinnen = pt_data_table("zinnen.csv", NULL, zin_cols, zin_idx, &shown, err);
	if (!zinnen)
		return err->status;
	by_key = pt_xcalloc(zinnen->nrows ? zinnen->nrows : 1, sizeof *by_key);
	for (size_t i = 0; i < zinnen->nrows; i++)
		by_key[i] = i;
	qsort(by_key, zinnen->nrows, sizeof *by_key, by_key_cmp);
	return 0;
}

const char *pt_zin(const char *key, enum pt_lang lang)
{
	size_t lo = 0, hi = zinnen ? zinnen->nrows : 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const pt_csv_row *row = &zinnen->rows[by_key[mid]];
		int c = strcmp(key, row->field[zin_idx[ZIN_SLEUTEL]]);
		if (c == 0) {
			const char *s = pt_csv_get(row, zin_idx[lang == PT_EN ? ZIN_EN : ZIN_NL]);
			return s && *s ? s : NULL;
		}
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
	if (!p)
		return NULL;
	pt_buf b = PT_BUF_INIT;
	while (*p) {
		const char *open = strchr(p, '{'), *close = open ? strchr(open, '}') : NULL;
		if (!close) {
			pt_buf_puts(&b, p);
			break;
		}
		pt_buf_put(&b, p, (size_t)(open - p));
		const char *v = var(vars, open + 1, (size_t)(close - open - 1));
		if (!v) {
			pt_buf_free(&b);
			return NULL;
		}
		pt_buf_puts(&b, v);
		p = close + 1;
	}
	return pt_buf_take(&b);
}
