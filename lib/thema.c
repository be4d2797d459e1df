/* Topics: recognise them from the words of a proposal, and name the groups
 * each usually touches.  Both tables are data (lib/data/thema-*.csv), the
 * project's own operationalisation of practice lists (domain.md, "Who is
 * affected"), marked standaard van pt where no source gives them. */
#include <stdlib.h>
#include <string.h>
#include "thema.h"

enum { W_THEMA, W_WOORD, W_NCOLS };
enum { G_THEMA, G_GROEP, G_MOEILIJK, G_TOELICHTING, G_NCOLS };

struct woord {
	int thema;
	char stem[64];		/* folded */
};

struct pt_thema_tables {
	struct woord *woorden;
	size_t nwoorden;
	pt_thema_need *needs;
	size_t nneeds;
};

static int thema_of(const char *s, const char *name, long line, pt_error *err)
{
	if (!s)
		return pt_fail(err, PT_EXIT_DATA, (pt_loc){name, line}, pt_tr("thema: empty (give a thema code)")), -1;
	return pt_vocab_match(&pt_v_thema, s, "thema", (pt_loc){name, line}, err);
}

static int load_woorden(pt_thema_tables *t, const char *path, pt_error *err)
{
	static const pt_column cols[] = {
		[W_THEMA] = {"thema", "thema|topic", 1}, [W_WOORD] = {"woord", "woord|word", 1}, {0, 0, 0}};
	_Static_assert(sizeof cols / sizeof cols[0] == W_NCOLS + 1, "one column a name");
	int idx[W_NCOLS];
	const char *name;
	pt_table *tb = pt_data_table(PT_THEMA_WOORDEN, path, cols, idx, &name, err);
	if (!tb)
		return err->status;
	t->woorden = pt_xcalloc(tb->nrows + 1, sizeof *t->woorden);
	for (size_t r = 0; r < tb->nrows && !err->status; r++) {
		const pt_csv_row *row = &tb->rows[r];
		struct woord *w = &t->woorden[t->nwoorden];
		const char *s = pt_csv_get(row, idx[W_WOORD]);
		if ((w->thema = thema_of(pt_csv_get(row, idx[W_THEMA]), name, row->line, err)) < 0)
			break;
		if (!s || !*pt_fold(s, w->stem, sizeof w->stem)) {
			pt_fail(err, PT_EXIT_DATA, (pt_loc){name, row->line}, pt_tr("woord: empty (give a word)"));
			break;
		}
		t->nwoorden++;
	}
	pt_table_free(tb);
	return err->status;
}

static int load_groepen(pt_thema_tables *t, const char *path, pt_error *err)
{
	static const pt_column cols[] = {
		[G_THEMA] = {"thema", "thema|topic", 1}, [G_GROEP] = {"groep", "groep|group|groepen|groups", 1},
		[G_MOEILIJK] = {"moeilijk", "moeilijk|moeilijk bereikbaar|hard to reach", 0},
		[G_TOELICHTING] = {"toelichting", "toelichting|bron|source|note", 0}, {0, 0, 0}};
	_Static_assert(sizeof cols / sizeof cols[0] == G_NCOLS + 1, "one column a name");
	int idx[G_NCOLS];
	const char *name;
	pt_table *tb = pt_data_table(PT_THEMA_GROEPEN, path, cols, idx, &name, err);
	if (!tb)
		return err->status;
	t->needs = pt_xcalloc(tb->nrows + 1, sizeof *t->needs);
	for (size_t r = 0; r < tb->nrows && !err->status; r++) {
		const pt_csv_row *row = &tb->rows[r];
		pt_loc loc = {name, row->line};
		pt_thema_need *n = &t->needs[t->nneeds];
		const char *m = pt_csv_get(row, idx[G_MOEILIJK]);
		if ((n->thema = thema_of(pt_csv_get(row, idx[G_THEMA]), name, row->line, err)) < 0 ||
		    pt_vocab_alternatives(&pt_v_groep, pt_csv_get(row, idx[G_GROEP]), "groep", loc,
					  &n->mask, &n->first, err))
			break;
		if (m && pt_parse_bool(m, &n->moeilijk) != 0) {
			pt_fail(err, PT_EXIT_DATA, loc, pt_tr("moeilijk: '%s' is not ja or nee"), m);
			break;
		}
		t->nneeds++;
	}
	pt_table_free(tb);
	return err->status;
}

pt_thema_tables *pt_thema_load(const char *woorden, const char *groepen, pt_error *err)
{
	pt_thema_tables *t = pt_xcalloc(1, sizeof *t);
	err->status = 0;
	if (load_woorden(t, woorden, err) || load_groepen(t, groepen, err)) {
		pt_thema_free(t);
		return NULL;
	}
	return t;
}

void pt_thema_free(pt_thema_tables *t)
{
	if (!t)
		return;
	free(t->woorden);
	free(t->needs);
	free(t);
}

/* Each word of text, folded, against every stem: a stem inside a word
 * counts ("parkeertarief" holds "parkeer" and "tarief"). */
static uint32_t words_of(const pt_thema_tables *t, const char *text)
{
	uint32_t mask = 0;
	char word[256], folded[256];
	while (text && *text) {
		size_t n = strcspn(text, " \t\r\n,.;:!?()/'\"&+");
		if (n > 0 && n < sizeof word) {
			memcpy(word, text, n), word[n] = '\0';
			pt_fold(word, folded, sizeof folded);
			for (size_t i = 0; i < t->nwoorden; i++)
				if (strstr(folded, t->woorden[i].stem))
					mask |= (uint32_t)1 << t->woorden[i].thema;
		}
		text += n;
		text += *text != '\0';
	}
	return mask;
}

uint32_t pt_thema_detect(const pt_thema_tables *t, const json_t *voorstel, int *given)
{
	const json_t *list = json_object_get(voorstel, "thema"), *x;
	uint32_t mask = 0;
	size_t i;
	json_array_foreach(list, i, x) {
		int k = pt_vocab_index(&pt_v_thema, json_string_value(x));
		if (k >= 0)
			mask |= (uint32_t)1 << k;
	}
	*given = mask != 0;
	if (mask)
		return mask;
	mask = words_of(t, json_string_value(json_object_get(voorstel, "titel")));
	json_array_foreach(json_object_get(voorstel, "openVoorInbreng"), i, x)
		mask |= words_of(t, json_string_value(x));
	return mask;
}

json_t *pt_thema_json(uint32_t mask)
{
	json_t *a = json_array();
	for (int i = 0; pt_v_thema.terms[i].code; i++)
		if (mask >> i & 1u)
			json_array_append_new(a, json_string(pt_v_thema.terms[i].code));
	return a;
}

void pt_thema_needs(const pt_thema_tables *t, uint32_t mask,
		    void (*fn)(const pt_thema_need *n, void *ctx), void *ctx)
{
	uint64_t named = 0;
	for (size_t i = 0; i < t->nneeds; i++) {
		const pt_thema_need *n = &t->needs[i];
		/* Two topics asking for the same group name it once. */
		if (!(mask >> n->thema & 1u) || (named >> n->first & 1u))
			continue;
		named |= (uint64_t)1 << n->first;
		fn(n, ctx);
	}
}
