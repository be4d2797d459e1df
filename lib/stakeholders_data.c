/* The editable tables behind the stakeholder analysis (lib/data/):
 * aanpak.csv (advice), stakeholder-treden.csv (kwadrant and salience to a
 * step) and groepen-checklist.csv (the groups a plan usually touches).
 * Parsed once per process; a bad row is bad input data (exit 3). */
#include <stdlib.h>
#include <string.h>
#include "stakeholders.h"

enum { A_KWADRANT, A_SALIENCE, A_HOUDING, A_ROL, A_KINDS };
enum { NSAL = PT_SAL_N, NKWADRANT = PT_KW_N };
/* The columns of each table, by name. */
enum { AP_SOORT, AP_WAARDE, AP_TEKST };	/* then a column per language */
#define AP_NCOLS (AP_TEKST + PT_MAX_LANGS)
enum { TR_KWADRANT, TR_SALIENCE, TR_TREDE, TR_NCOLS };
enum { CL_SCHAAL, CL_SOORT, CL_GROEP, CL_NCOLS };

typedef struct need {
	int schaal, soort;	/* index, -1 for any */
	uint64_t mask;		/* groups that count */
	int first;		/* the group named in the melding */
} need;

struct pt_sh_tables {
	char *aanpak[A_KINDS][NSAL][PT_MAX_LANGS];	/* by language, NULL: none */
	int trede[NKWADRANT][NSAL];
	need *needs;
	size_t nneeds;
};

/* The row being read: its table (as shown) and where an error goes. */
struct row_at {
	const char *name;
	const pt_csv_row *r;
	pt_error *err;
};

static int row_vocab(const pt_vocab *v, const struct row_at *at, int col, const char *what)
{
	const char *s = pt_csv_get(at->r, col);
	pt_loc loc = {at->name, at->r->line};
	if (!s)
		return pt_fail(at->err, PT_EXIT_DATA, loc, pt_tr("%s: empty (give one of the codes)"), what), -1;
	return pt_vocab_match(v, s, what, loc, at->err);
}

/* ---- aanpak.csv: soort, waarde, nl, en, ... ------------------------------ */

static const pt_vocab *const aanpak_vocab[A_KINDS] = {&pt_v_kwadrant, &pt_v_salience, &pt_v_houding,
							&pt_v_rol};
static const char *const aanpak_kinds[A_KINDS] = {"kwadrant", "salience", "houding", "rol"};

static int aanpak_row(pt_sh_tables *tb, const char *name, const pt_csv_row *r, const int *idx,
		      pt_error *err)
{
	pt_loc loc = {name, r->line};
	const char *kind = pt_csv_get(r, idx[AP_SOORT]);
	int k = 0;
	while (k < A_KINDS && !(kind && pt_fold_eq(kind, aanpak_kinds[k])))
		k++;
	if (k == A_KINDS)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("soort: '%s' is not kwadrant, salience, houding or rol"), kind ? kind : "");
	int i = row_vocab(aanpak_vocab[k], &(struct row_at){name, r, err}, idx[AP_WAARDE], aanpak_kinds[k]);
	if (i < 0)
		return err->status;
	if (tb->aanpak[k][i][0])
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s '%s' has a second row; keep one"),
			       aanpak_kinds[k], aanpak_vocab[k]->terms[i].code);
	/* The Dutch is there, if empty; the English is the Dutch where empty;
	 * another language reads the Dutch at use. */
	const char *nl = pt_csv_get(r, idx[AP_TEKST + PT_NL]), *en = pt_csv_get(r, idx[AP_TEKST + PT_EN]);
	tb->aanpak[k][i][PT_NL] = pt_xstrdup(nl ? nl : "");
	tb->aanpak[k][i][PT_EN] = pt_xstrdup(en ? en : nl ? nl : "");
	for (int l = PT_EN + 1; l < PT_MAX_LANGS; l++) {
		const char *x = pt_csv_get(r, idx[AP_TEKST + l]);
		tb->aanpak[k][i][l] = x ? pt_xstrdup(x) : NULL;
	}
	return 0;
}

/* The columns: soort, waarde, nl, en and one for each other language;
 * the list ends after the last language there is. */
static void aanpak_columns(pt_column *cols)
{
	static const pt_column fixed[] = {
		[AP_SOORT] = {"soort", "soort|kind", 1}, [AP_WAARDE] = {"waarde", "waarde|value", 1},
		[AP_TEKST + PT_NL] = {"nl", "nl|tekst|text nl", 1},
		[AP_TEKST + PT_EN] = {"en", "en|text en|english", 0}};
	memset(cols, 0, (AP_NCOLS + 1) * sizeof *cols);
	memcpy(cols, fixed, sizeof fixed);
	for (int l = PT_EN + 1; l < PT_MAX_LANGS && pt_lang_name(l); l++)
		cols[AP_TEKST + l] = (pt_column){pt_lang_name(l), pt_lang_name(l), 0};
}

static const char *advice(const pt_sh_tables *t, int kind, int i, int lang)
{
	return pt_text_in(t->aanpak[kind][i], lang, PT_NL);
}

static int load_aanpak(pt_sh_tables *tb, const char *path, pt_error *err)
{
	pt_column cols[AP_NCOLS + 1];
	int idx[AP_NCOLS];
	const char *name;
	for (int i = 0; i < AP_NCOLS; i++)
		idx[i] = -1;
	aanpak_columns(cols);
	pt_table *t = pt_data_table("aanpak.csv", path, cols, idx, &name, err);
	if (!t)
		return err->status;
	for (size_t r = 0; r < t->nrows && !err->status; r++)
		aanpak_row(tb, name, &t->rows[r], idx, err);
	for (int k = 0; k < NKWADRANT && !err->status; k++)
		if (!tb->aanpak[A_KWADRANT][k][0])
			pt_fail(err, PT_EXIT_DATA, (pt_loc){name, 0},
				"no advice for kwadrant '%s' (add a row)", pt_v_kwadrant.terms[k].code);
	pt_table_free(t);
	return err->status;
}

const char *pt_sh_aanpak_rol(const pt_sh_tables *t, int rol, int lang)
{
	const char *s = advice(t, A_ROL, rol, lang);
	return s ? s : "";
}

const char *pt_sh_aanpak(const pt_sh_tables *t, pt_sh_stand st, int lang, char *buf, size_t n)
{
	const char *parts[3] = {advice(t, A_KWADRANT, st.kwadrant, lang), advice(t, A_SALIENCE, st.salience, lang),
				st.houding >= 0 ? advice(t, A_HOUDING, st.houding, lang) : NULL};
	size_t o = 0;
	buf[0] = '\0';
	for (int i = 0; i < 3; i++)
		if (parts[i] && parts[i][0] && o < n)
			o += (size_t)snprintf(buf + o, n - o, "%s%s", o ? " " : "", parts[i]);
	return buf;
}

const char *pt_sh_text(int lang, const char *id)
{
	return pt_text_needed(pt_texts_load("stakeholders-teksten.csv", 1, PT_NL), id, lang);
}

/* ---- stakeholder-treden.csv: kwadrant, salience, trede -------------------- */

/* Which salience classes can meet which quadrant: both read power from
 * invloed against the same threshold. */
static int reachable(int kwadrant, int salience)
{
	int power = kwadrant == PT_KW_ACTIEF || kwadrant == PT_KW_TEVREDEN;
	int has_power = salience == PT_SAL_SLAPEND || salience == PT_SAL_DOMINANT ||
			salience == PT_SAL_GEVAARLIJK || salience == PT_SAL_DEFINITIEF;
	return power == has_power;
}

static int load_treden(pt_sh_tables *tb, const char *path, pt_error *err)
{
	static const pt_column cols[] = {
		[TR_KWADRANT] = {"kwadrant", "kwadrant|quadrant", 1},
		[TR_SALIENCE] = {"salience", "salience|saillantie", 1},
		[TR_TREDE] = {"trede", "trede|step|rung", 1}, {0, 0, 0}};
	_Static_assert(sizeof cols / sizeof cols[0] == TR_NCOLS + 1, "one column a name");
	int idx[TR_NCOLS];
	const char *name;
	pt_table *t = pt_data_table("stakeholder-treden.csv", path, cols, idx, &name, err);
	if (!t)
		return err->status;
	for (size_t r = 0; r < t->nrows && !err->status; r++) {
		const pt_csv_row *row = &t->rows[r];
		struct row_at at = {name, row, err};
		int k = row_vocab(&pt_v_kwadrant, &at, idx[TR_KWADRANT], "kwadrant");
		int s = k < 0 ? -1 : row_vocab(&pt_v_salience, &at, idx[TR_SALIENCE], "salience");
		int st = s < 0 ? -1 : row_vocab(&pt_v_burgertrede, &at, idx[TR_TREDE], "trede");
		if (st < 0)
			break;
		if (tb->trede[k][s] >= 0)
			pt_fail(err, PT_EXIT_DATA, (pt_loc){name, row->line},
				"kwadrant '%s' with salience '%s' has a second row; keep one",
				pt_v_kwadrant.terms[k].code, pt_v_salience.terms[s].code);
		tb->trede[k][s] = st;
	}
	for (int k = 0; k < NKWADRANT && !err->status; k++)
		for (int s = 0; s < NSAL && !err->status; s++)
			if (reachable(k, s) && tb->trede[k][s] < 0)
				pt_fail(err, PT_EXIT_DATA, (pt_loc){name, 0},
					"no trede for kwadrant '%s' with salience '%s' (add a row)",
					pt_v_kwadrant.terms[k].code, pt_v_salience.terms[s].code);
	pt_table_free(t);
	return err->status;
}

int pt_sh_trede(const pt_sh_tables *t, int kwadrant, int salience)
{
	int st = t->trede[kwadrant][salience];
	/* Dependent stakeholders (legitimate, urgent, no power) are raised: at
	 * least one step above what their quadrant gives without salience. */
	if (salience == PT_SAL_AFHANKELIJK) {
		int base = t->trede[kwadrant][PT_SAL_GEEN];
		int top = (int)pt_vocab_count(&pt_v_burgertrede) - 1;
		if (base >= 0 && st < base + 1)
			st = base + 1 > top ? top : base + 1;
	}
	return st < 0 ? 0 : st;
}

/* ---- groepen-checklist.csv: schaal, soort, groep -------------------------- */

static int any_or(const pt_vocab *v, const struct row_at *at, int col, const char *what, int *out)
{
	const char *s = pt_csv_get(at->r, col);
	*out = -1;
	if (!s || strcmp(s, "*") == 0)
		return 0;
	*out = pt_vocab_match(v, s, what, (pt_loc){at->name, at->r->line}, at->err);
	return *out < 0 ? at->err->status : 0;
}

/* "a|b": either group counts; the first is the one named. */
static int need_groups(need *nd, const struct row_at *at, int col)
{
	return pt_vocab_alternatives(&pt_v_groep, pt_csv_get(at->r, col), "groep",
				     (pt_loc){at->name, at->r->line}, &nd->mask, &nd->first, at->err);
}

static int load_checklist(pt_sh_tables *tb, const char *path, pt_error *err)
{
	static const pt_column cols[] = {
		[CL_SCHAAL] = {"schaal", "schaal|scale", 1}, [CL_SOORT] = {"soort", "soort|kind", 1},
		[CL_GROEP] = {"groep", "groep|group|groepen|groups", 1}, {0, 0, 0}};
	_Static_assert(sizeof cols / sizeof cols[0] == CL_NCOLS + 1, "one column a name");
	int idx[CL_NCOLS];
	const char *name;
	pt_table *t = pt_data_table("groepen-checklist.csv", path, cols, idx, &name, err);
	if (!t)
		return err->status;
	tb->needs = pt_xmalloc((t->nrows ? t->nrows : 1) * sizeof *tb->needs);
	for (size_t r = 0; r < t->nrows && !err->status; r++) {
		need *nd = &tb->needs[tb->nneeds];
		struct row_at at = {name, &t->rows[r], err};
		if (any_or(&pt_v_schaal, &at, idx[CL_SCHAAL], "schaal", &nd->schaal) ||
		    any_or(&pt_v_soort, &at, idx[CL_SOORT], "soort", &nd->soort) ||
		    need_groups(nd, &at, idx[CL_GROEP]))
			break;
		tb->nneeds++;
	}
	pt_table_free(t);
	return err->status;
}

static int applies(const need *nd, int schaal, int soort)
{
	return (nd->schaal < 0 || nd->schaal == schaal) && (nd->soort < 0 || nd->soort == soort);
}

void pt_sh_checklist(const pt_sh_tables *t, int schaal, int soort, pt_sh_need_fn fn, void *ctx)
{
	for (size_t i = 0; i < t->nneeds; i++) {
		const need *nd = &t->needs[i];
		int implied = 0;
		if (!applies(nd, schaal, soort))
			continue;
		/* A need that a narrower (or the same, earlier) applying one
		 * implies is left out, so no group is named twice. */
		for (size_t j = 0; j < t->nneeds && !implied; j++) {
			const need *o = &t->needs[j];
			implied = j != i && applies(o, schaal, soort) && (o->mask & ~nd->mask) == 0 &&
				  (o->mask != nd->mask || j < i);
		}
		if (!implied)
			fn(nd->mask, nd->first, ctx);
	}
}

pt_sh_tables *pt_sh_tables_load(const char *aanpak, const char *treden, const char *checklist,
				pt_error *err)
{
	pt_sh_tables *t = pt_xmalloc(sizeof *t);
	memset(t, 0, sizeof *t);
	memset(t->trede, -1, sizeof t->trede);
	err->status = 0;
	if (pt_vocab_count(&pt_v_groep) > 64 || pt_vocab_count(&pt_v_salience) != PT_SAL_N ||
	    pt_vocab_index(&pt_v_salience, "afhankelijk") != PT_SAL_AFHANKELIJK ||
	    pt_vocab_index(&pt_v_salience, "definitief") != PT_SAL_DEFINITIEF ||
	    pt_vocab_index(&pt_v_salience, "geen") != PT_SAL_GEEN ||
	    pt_vocab_index(&pt_v_kwadrant, "tevreden houden") != PT_KW_TEVREDEN ||
	    pt_vocab_count(&pt_v_kwadrant) != PT_KW_N ||
	    pt_vocab_index(&pt_v_houding, "onbekend") != PT_HOUDING_ONBEKEND ||
	    pt_vocab_index(&pt_v_rol, "initiatiefnemer") != PT_ROL_INITIATIEFNEMER)
		pt_die(PT_EXIT_IO, pt_tr("internal: the vocabularies and stakeholders_data.c disagree"));
	if (load_aanpak(t, aanpak, err) || load_treden(t, treden, err) ||
	    load_checklist(t, checklist, err)) {
		pt_sh_tables_free(t);
		return NULL;
	}
	return t;
}

void pt_sh_tables_free(pt_sh_tables *t)
{
	if (!t)
		return;
	for (int k = 0; k < A_KINDS; k++)
		for (int i = 0; i < NSAL; i++)
			for (int l = 0; l < PT_MAX_LANGS; l++)
				free(t->aanpak[k][i][l]);
	free(t->needs);
	free(t);
}
