/* pt-plan's data, read once per process: the werkvormen catalogue, the
 * settings (hourly rate, expected reach, weeks), the colleagues who can
 * lead a werkvorm, and the case archive that pt-evaluate writes. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "plan.h"
#include "thema.h"

#define CATALOG "werkvormen.csv"
#define SETTINGS "plan-instellingen.csv"
#define MINIMUM "plan-minimum.csv"

/* ---- steps of both ladders ------------------------------------------------ */

static pt_term treden_terms[PT_PLAN_NTREDEN + 1];
static const pt_vocab treden_vocab = {"trede", treden_terms};

/* Both ladders as one vocabulary, so a catalogue cell can name any step
 * and pt_vocab_match can still suggest the closest one. */
static const pt_vocab *treden(void)
{
	if (!treden_terms[0].code) {
		for (int i = 0; i < 5; i++) {
			treden_terms[i] = pt_v_burgertrede.terms[i];
			treden_terms[5 + i] = pt_v_overheidstrede.terms[i];
		}
	}
	return &treden_vocab;
}

int pt_plan_trede_index(const char *code)
{
	return code ? pt_vocab_index(treden(), code) : -1;
}

const char *pt_plan_trede_code(int i)
{
	return i >= 0 && i < PT_PLAN_NTREDEN ? treden()->terms[i].code : NULL;
}

static const pt_term moment_terms[] = {
	{"voorbereiding", "voorbereiding", "preparation"},
	{"start", "start", "start"},
	{"tijdens", "tijdens", "during"},
	{"besluit", "besluit", "decision"},
	{"terugkoppeling", "terugkoppeling", "feedback"},
	{0, 0, 0}
};
static const pt_vocab moment_vocab = {"moment", moment_terms};
_Static_assert(sizeof moment_terms / sizeof *moment_terms == PT_PLAN_NMOMENTEN + 1, "moment per PT_PLAN_MOMENT_");

static const pt_term vorm_terms[] = {
	{"fysiek", "fysiek", "physical"},
	{"online", "online", "online"},
	{"beide", "beide", "both"},
	{"schriftelijk", "schriftelijk", "written"},
	{"intern", "intern", "internal"},
	{0, 0, 0}
};
static const pt_vocab vorm_vocab = {"vorm", vorm_terms};

static const pt_term soort_terms[] = {
	{"werkvorm", "werkvorm", "method"},
	{"proces", "proces", "process"},
	{"procedure", "procedure", "procedure"},
	{"rol", "rol", "role"},
	{0, 0, 0}
};
static const pt_vocab soort_vocab = {"soort", soort_terms};

static const pt_term rol_terms[] = {
	{"deelnemer", "deelnemer", "participant"},
	{"partner", "partner", "partner"},
	{"overheid", "overheid", "authority"},
	{"initiatiefnemer", "initiatiefnemer", "initiator"},
	{0, 0, 0}
};
static const pt_vocab rol_vocab = {"rol", rol_terms};
_Static_assert(sizeof rol_terms / sizeof *rol_terms == PT_PLAN_NROLLEN + 1, "rol per PT_PLAN_ROL_");

int pt_plan_rol_index(const char *code)
{
	return code ? pt_vocab_index(&rol_vocab, code) : -1;
}

/* The groups are pt_v_groep's; a set of them is a 64-bit mask. */
const pt_vocab *pt_plan_groep_vocab(void)
{
	/* More groups than bits is a change to pt_v_groep this file must follow. */
	if (pt_vocab_count(&pt_v_groep) > PT_PLAN_MAXGROEPEN)
		pt_die(PT_EXIT_IO, pt_tr("pt_v_groep has more than 64 groups: widen pt_plan_groepen"));
	return &pt_v_groep;
}

static const pt_term cijfers_terms[] = {
	{"standaard", "standaard", "default"},
	{"eigen", "eigen", "own"},
	{0, 0, 0}
};
static const pt_vocab cijfers_vocab = {"cijfers", cijfers_terms};

/* ---- numbers ------------------------------------------------------------------ */

/* An amount below max, in units of 1/scale. */
static long fixed_below(const char *s, int scale, double max, double *v, char *why, size_t n)
{
	if (pt_parse_amount(s, v, why, n))
		return -1;
	if (*v >= max) {
		if (why)
			snprintf(why, n, "'%s' is too large", s);
		return -1;
	}
	/* Whole units and the fraction apart: v * scale loses the last
	 * digits of a budget near the limit (10^17 cents is past 2^53). */
	double whole = floor(*v);
	return (long)whole * scale + lround((*v - whole) * scale);
}

long pt_plan_fixed(const char *s, int scale, char *why, size_t n)
{
	double v;
	return fixed_below(s, scale, PT_PLAN_FIGURE_MAX, &v, why, n);
}

long pt_plan_count(const char *s, char *why, size_t n)
{
	double v;
	long r = fixed_below(s, 1, PT_PLAN_FIGURE_MAX, &v, why, n);
	/* "2,5" people or sessions is a typo, not 3 of them: say so. */
	if (r >= 0 && v != floor(v)) {
		if (why)
			snprintf(why, n, "'%s' is not a whole number", s);
		return -1;
	}
	return r;
}

long pt_plan_budget(const char *s, char *why, size_t n)
{
	double v;
	return fixed_below(s, 100, PT_AMOUNT_MAX, &v, why, n);
}

/* ---- the catalogue ------------------------------------------------------------ */

enum { C_ID, C_NAAM, C_NAME, C_SOORT, C_TREDEN, C_SCHALEN, C_FASEN, C_MIN, C_MAX, C_VORM,
       C_BEREIK, C_ROLLEN, C_INSTRUMENTEN, C_MOMENT, C_VOORB, C_SESSIE, C_SESSIES, C_PERPARTIJ,
       C_VAST, C_PERDLN, C_WEKEN, C_CIJFERS, C_OMS, C_DESC, C_THEMAS, C_N };

static const pt_column catalog_cols[] = {
	[C_ID] = {"id", "id", 1},
	[C_NAAM] = {"naam", "naam", 1},
	[C_NAME] = {"name", "name|naam en", 0},
	[C_SOORT] = {"soort", "soort|kind", 0},
	[C_TREDEN] = {"treden", "treden|steps|trede", 1},
	[C_SCHALEN] = {"schalen", "schalen|scales|schaal", 1},
	[C_FASEN] = {"fasen", "fasen|beleidsfasen|phases", 0},
	[C_MIN] = {"min", "min|minimum|min deelnemers", 1},
	[C_MAX] = {"max", "max|maximum|max deelnemers", 1},
	[C_VORM] = {"vorm", "vorm|form", 1},
	[C_BEREIK] = {"bereik", "bereik|doelgroepen|reaches", 1},
	[C_ROLLEN] = {"rollen", "rollen|roles", 0},
	[C_INSTRUMENTEN] = {"instrumenten", "instrumenten|instruments", 0},
	[C_MOMENT] = {"moment", "moment|momenten", 0},
	[C_VOORB] = {"voorbereidingUren", "voorbereidingUren|voorbereiding|preparation hours", 1},
	[C_SESSIE] = {"urenPerSessie", "urenPerSessie|uren per sessie|hours per session", 1},
	[C_SESSIES] = {"sessies", "sessies|sessions", 0},
	[C_PERPARTIJ] = {"perPartij", "perPartij|per partij|per party", 0},
	[C_VAST] = {"vasteKosten", "vasteKosten|vaste kosten|fixed costs", 1},
	[C_PERDLN] = {"kostenPerDeelnemer", "kostenPerDeelnemer|kosten per deelnemer|cost per participant", 1},
	[C_WEKEN] = {"weken", "weken|weeks", 0},
	[C_CIJFERS] = {"cijfers", "cijfers|figures", 0},
	[C_OMS] = {"omschrijving", "omschrijving|beschrijving", 1},
	[C_DESC] = {"description", "description", 0},
	[C_THEMAS] = {"themas", "themas|thema|topics", 0},
	[C_N] = {0, 0, 0}
};
_Static_assert(sizeof catalog_cols / sizeof *catalog_cols == C_N + 1, "a column per C_ index");

typedef struct catalog_state {
	pt_plan *p;
	const char *file;
	int idx[C_N];
	int lang_col;		/* the names in the language of --lang beyond nl and en; -1 none */
} catalog_state;

/* A list cell: items split on ';', ',', '|' or spaces, each matched in v;
 * "alle" or "*" is every value. */
static int parse_set64(const char *cell, const pt_vocab *v, const char *col, pt_loc loc,
		       uint64_t *out, pt_error *err)
{
	char buf[1024], what[64];
	*out = 0;
	snprintf(buf, sizeof buf, "%s", cell ? cell : "");
	snprintf(what, sizeof what, "column %s", col);
	for (char *save = NULL, *t = strtok_r(buf, ";,| \t", &save); t;
	     t = strtok_r(NULL, ";,| \t", &save)) {
		if (strcmp(t, "*") == 0 || pt_fold_eq(t, "alle") || pt_fold_eq(t, "all")) {
			size_t n = pt_vocab_count(v);
			*out = n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
			continue;
		}
		int i = pt_vocab_match(v, t, what, loc, err);
		if (i < 0)
			return -1;
		*out |= (uint64_t)1 << i;
	}
	return 0;
}

static int parse_set(const char *cell, const pt_vocab *v, const char *col, pt_loc loc,
		     unsigned *out, pt_error *err)
{
	uint64_t x;
	int rc = parse_set64(cell, v, col, loc, &x, err);
	*out = (unsigned)x;
	return rc;
}

static int parse_one(const char *cell, const pt_vocab *v, const char *col, pt_loc loc,
		     int *out, pt_error *err)
{
	char what[64];
	snprintf(what, sizeof what, "column %s", col);
	*out = pt_vocab_match(v, cell ? cell : "", what, loc, err);
	return *out < 0 ? -1 : 0;
}

static int parse_num(const char *cell, int scale, const char *col, pt_loc loc, long *out,
		     pt_error *err)
{
	char why[512];
	*out = pt_plan_fixed(cell ? cell : "", scale, why, sizeof why);
	if (*out < 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("column %s: %s"), col, why);
	return 0;
}

static int parse_count(const char *cell, const char *col, pt_loc loc, long *out, pt_error *err)
{
	char why[512];
	*out = pt_plan_count(cell ? cell : "", why, sizeof why);
	if (*out < 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("column %s: %s"), col, why);
	return 0;
}

/* The optional columns of a row, with their defaults. */
static int catalog_optional(catalog_state *st, const pt_csv_row *row, pt_plan_werkvorm *w,
			    pt_loc loc, pt_error *err)
{
	const int *x = st->idx;
	const char *cell;
	int ja = 0;
	w->fasen = (1u << 5) - 1;
	w->momenten = 1u << PT_PLAN_MOMENT_TIJDENS;
	w->rollen = 1u << PT_PLAN_ROL_DEELNEMER;
	w->instrumenten = ~0u;
	w->sessies = 1;
	if (((cell = pt_csv_get(row, x[C_SOORT])) && parse_one(cell, &soort_vocab, "soort", loc, &w->soort, err)) ||
	    ((cell = pt_csv_get(row, x[C_FASEN])) && parse_set(cell, &pt_v_beleidsfase, "fasen", loc, &w->fasen, err)) ||
	    ((cell = pt_csv_get(row, x[C_MOMENT])) && parse_set(cell, &moment_vocab, "moment", loc, &w->momenten, err)) ||
	    ((cell = pt_csv_get(row, x[C_ROLLEN])) && parse_set(cell, &rol_vocab, "rollen", loc, &w->rollen, err)) ||
	    ((cell = pt_csv_get(row, x[C_INSTRUMENTEN])) &&
	     parse_set(cell, &pt_v_instrument, "instrumenten", loc, &w->instrumenten, err)) ||
	    ((cell = pt_csv_get(row, x[C_THEMAS])) && parse_set(cell, &pt_v_thema, "themas", loc, &w->themas, err)) ||
	    ((cell = pt_csv_get(row, x[C_SESSIES])) && parse_count(cell, "sessies", loc, &w->sessies, err)) ||
	    ((cell = pt_csv_get(row, x[C_WEKEN])) && parse_count(cell, "weken", loc, &w->weken, err)))
		return -1;
	if ((cell = pt_csv_get(row, x[C_PERPARTIJ])) && pt_parse_bool(cell, &ja))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("column perPartij: '%s' is not ja or nee"), cell);
	w->per_partij = ja;
	return 0;
}

static int catalog_values(catalog_state *st, const pt_csv_row *row, pt_plan_werkvorm *w,
			  pt_loc loc, pt_error *err)
{
	const int *x = st->idx;
	const char *cell;
	long min, max;
	if (catalog_optional(st, row, w, loc, err))
		return -1;
	if (parse_set(pt_csv_get(row, x[C_TREDEN]), treden(), "treden", loc, &w->treden, err) ||
	    parse_set(pt_csv_get(row, x[C_SCHALEN]), &pt_v_schaal, "schalen", loc, &w->schalen, err) ||
	    parse_set64(pt_csv_get(row, x[C_BEREIK]), pt_plan_groep_vocab(), "bereik", loc, &w->bereik, err) ||
	    parse_one(pt_csv_get(row, x[C_VORM]), &vorm_vocab, "vorm", loc, &w->vorm, err) ||
	    parse_count(pt_csv_get(row, x[C_MIN]), "min", loc, &min, err) ||
	    parse_count(pt_csv_get(row, x[C_MAX]), "max", loc, &max, err) ||
	    parse_num(pt_csv_get(row, x[C_VOORB]), 10, "voorbereidingUren", loc, &w->voorbereiding, err) ||
	    parse_num(pt_csv_get(row, x[C_SESSIE]), 10, "urenPerSessie", loc, &w->per_sessie, err) ||
	    parse_num(pt_csv_get(row, x[C_VAST]), 100, "vasteKosten", loc, &w->vast, err) ||
	    parse_num(pt_csv_get(row, x[C_PERDLN]), 100, "kostenPerDeelnemer", loc, &w->per_deelnemer, err))
		return -1;
	if (!w->treden || !w->schalen)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("column %s is empty: name at least one"),
			       !w->treden ? "treden" : "schalen");
	if (max && min > max)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("min %ld is above max %ld (max 0 means no upper limit)"), min, max);
	int standaard = 0;
	if ((cell = pt_csv_get(row, x[C_CIJFERS])) &&
	    parse_one(cell, &cijfers_vocab, "cijfers", loc, &standaard, err))
		return -1;
	/* An empty cell is counted as a default: only "eigen" claims own figures. */
	w->standaard = standaard == 0;
	w->min = min, w->max = max;
	return 0;
}

/* Put "row N (what): " before err's message and return -1: a spreadsheet
 * shows row numbers, and the werkvorm or setting says which row it is. */
static int name_row(pt_error *err, long rownum, const char *what)
{
	char pre[160];
	size_t n = (size_t)snprintf(pre, sizeof pre, "row %ld (%s): ", rownum, what);
	size_t len = strlen(err->msg);
	if (n >= sizeof pre)
		n = sizeof pre - 1;
	if (n + len >= sizeof err->msg)
		len = sizeof err->msg - n - 1;
	memmove(err->msg + n, err->msg, len);
	memcpy(err->msg, pre, n);
	err->msg[n + len] = '\0';
	return -1;
}

/* ---- werkvormen by name: two hash tables, so reading a catalogue of n
 * rows costs n lookups, not n * n comparisons of folded names ---------- */

typedef struct name_slot {
	char *key;		/* NULL: empty */
	int wi;
} name_slot;

typedef struct name_table {
	name_slot *slot;
	size_t cap, n;		/* cap a power of two, kept above twice n */
} name_table;

struct pt_plan_names {
	name_table id;		/* the id as written */
	name_table folded;	/* pt_fold of id, naam and name: the first row holding it */
};

static size_t name_hash(const char *s)
{
	size_t h = 5381;
	for (; *s; s++)
		h = h * 33 ^ (unsigned char)*s;
	return h;
}

static name_slot *name_probe(const name_table *t, const char *key)
{
	size_t i = name_hash(key) & (t->cap - 1);
	while (t->slot[i].key && strcmp(t->slot[i].key, key) != 0)
		i = (i + 1) & (t->cap - 1);
	return &t->slot[i];
}

static int name_get(const name_table *t, const char *key)
{
	const name_slot *s = t->cap ? name_probe(t, key) : NULL;
	return s && s->key ? s->wi : -1;
}

/* Keep the first row under a key: a later one with the same name does
 * not replace it, as a search in catalogue order would not. */
static void name_put(name_table *t, const char *key, int wi)
{
	if (2 * (t->n + 1) > t->cap) {
		name_table g = {pt_xcalloc(t->cap ? 2 * t->cap : 64, sizeof *g.slot), t->cap ? 2 * t->cap : 64, t->n};
		for (size_t i = 0; i < t->cap; i++)
			if (t->slot[i].key)
				*name_probe(&g, t->slot[i].key) = t->slot[i];
		free(t->slot);
		*t = g;
	}
	name_slot *s = name_probe(t, key);
	if (!s->key)
		s->key = pt_xstrdup(key), s->wi = wi, t->n++;
}

static void name_table_free(name_table *t)
{
	for (size_t i = 0; i < t->cap; i++)
		free(t->slot[i].key);
	free(t->slot);
}

/* Folded into 256 bytes, as pt_fold_eq compares, so a key matches where
 * a comparison of folded names would. */
static void names_add(pt_plan *p, int wi)
{
	char buf[256];
	if (!p->names)
		p->names = pt_xcalloc(1, sizeof *p->names);
	name_put(&p->names->id, p->w[wi].id, wi);
	const char *keys[] = {p->w[wi].id, p->w[wi].naam, p->w[wi].name};
	for (int k = 0; k < 3; k++)
		name_put(&p->names->folded, pt_fold(keys[k], buf, sizeof buf), wi);
}

/* The id as written first, then id, naam or name folded: the first row
 * in the catalogue that has it. */
int pt_plan_werkvorm_find(const pt_plan *p, const char *s)
{
	char buf[256];
	if (!p->names)
		return -1;
	int wi = name_get(&p->names->id, s);
	if (wi >= 0)
		return wi;
	return name_get(&p->names->folded, pt_fold(s, buf, sizeof buf));
}

/* A column named by a language's code beyond nl and en (a column of
 * meldingen.csv, e.g. "de") holds the werkvormen's names in it: the one
 * of --lang is read, the others are left for other runs. */
static int catalog_header(catalog_state *st, const pt_csv_row *row, pt_loc loc, pt_error *err)
{
	pt_csv_row hdr = *row;
	hdr.field = pt_xmalloc((row->n + 1) * sizeof *hdr.field);
	st->lang_col = -1;
	for (size_t k = 0; k < row->n; k++) {
		const char *h = row->field[k];
		int lang = strlen(h) <= 3 ? pt_lang_of(h) : -1;
		hdr.field[k] = lang > PT_EN ? (char *)"" : row->field[k];
		if (lang > PT_EN && lang == st->p->o.lang)
			st->lang_col = (int)k;
	}
	int rc = pt_csv_columns(&hdr, catalog_cols, st->idx, loc, err);
	free(hdr.field);
	return rc;
}

static int catalog_row(const pt_csv_row *row, void *ctx, pt_error *err)
{
	catalog_state *st = ctx;
	pt_plan *p = st->p;
	pt_loc loc = {st->file, row->line};
	if (row->rownum == 1)
		return catalog_header(st, row, loc, err);
	const char *id = pt_csv_get(row, st->idx[C_ID]);
	const char *naam = pt_csv_get(row, st->idx[C_NAAM]);
	if (!id || !pt_id_safe(id))
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("column id: '%s' is not a valid id (letters, digits, '.', '_', '-')"),
			       id ? id : "");
	if (!naam)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("column naam is empty"));
	if (pt_plan_werkvorm_find(p, id) >= 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("werkvorm '%s' is listed twice"), id);
	pt_plan_werkvorm w = {0};
	if (catalog_values(st, row, &w, loc, err))
		return name_row(err, row->rownum, id);
	const char *name = pt_csv_get(row, st->idx[C_NAME]);
	const char *oms = pt_csv_get(row, st->idx[C_OMS]);
	const char *desc = pt_csv_get(row, st->idx[C_DESC]);
	w.id = pt_xstrdup(id);
	w.naam = pt_xstrdup(naam);
	w.name = pt_xstrdup(name ? name : naam);
	const char *other = st->lang_col >= 0 ? pt_csv_get(row, st->lang_col) : NULL;
	w.naam_lang = other ? pt_xstrdup(other) : NULL;
	w.omschrijving = pt_xstrdup(oms ? oms : "");
	w.description = pt_xstrdup(desc ? desc : w.omschrijving);
	w.line = row->line;
	if (p->nw == p->wcap) {
		p->wcap = p->wcap ? 2 * p->wcap : 64;
		p->w = pt_xrealloc(p->w, p->wcap * sizeof *p->w);
	}
	p->w[p->nw++] = w;
	names_add(p, (int)p->nw - 1);
	return 0;
}

const char *pt_plan_werkvorm_naam(const pt_plan *p, int wi, enum pt_lang lang)
{
	const pt_plan_werkvorm *w = &p->w[wi];
	return lang == PT_EN ? w->name : lang > PT_EN && w->naam_lang ? w->naam_lang : w->naam;
}

static int load_catalog(pt_plan *p, pt_error *err)
{
	catalog_state st = {p, NULL, {0}, -1};
	FILE *f = pt_data_open(CATALOG, p->o.catalog, &st.file, err);
	if (!f)
		return -1;
	int rc = pt_csv_read(f, st.file, 0, catalog_row, &st, err);
	fclose(f);
	if (!rc && p->nw == 0)
		rc = pt_fail(err, PT_EXIT_DATA, (pt_loc){st.file, 0},
			     pt_tr("the catalogue lists no werkvormen"));
	return rc ? -1 : 0;
}

/* ---- settings ----------------------------------------------------------------- */

enum { S_INSTELLING, S_WAARDE, S_CIJFERS, S_TOELICHTING, S_N };
static const pt_column settings_cols[] = {
	[S_INSTELLING] = {"instelling", "instelling|setting", 1},
	[S_WAARDE] = {"waarde", "waarde|value", 1},
	[S_CIJFERS] = {"cijfers", "cijfers|figures", 0},
	[S_TOELICHTING] = {"toelichting", "toelichting|reason", 0},	/* for people */
	[S_N] = {0, 0, 0}
};
_Static_assert(sizeof settings_cols / sizeof *settings_cols == S_N + 1, "a column per S_ index");

typedef struct settings_state {
	pt_plan *p;
	const char *file;
	int idx[S_N];
} settings_state;

/* A family of settings: NAME, or NAME.CODE for one value of vocab v
 * (NAME alone sets them all).  scale 1: a whole number; 100: a factor. */
typedef struct setting {
	const char *name;
	const pt_vocab *v;	/* NULL: one value */
	long *slot;
	int scale;
} setting;

static int setting_find(pt_plan_settings *s, const char *name, long **slot, size_t *n, int *scale)
{
	const setting table[] = {
		{"bereik", &pt_v_schaal, s->bereik, 1},
		{"factor.schaal", &pt_v_schaal, s->factor_schaal, 100},
		{"factor.trede", &pt_v_burgertrede, s->factor_trede, 100},
		{"weken.stap", &pt_v_schaal, s->wk_stap, 1},
		{"weken.verwerking", &pt_v_schaal, s->wk_verwerking, 1},
		{"deelnemers.perPartij", NULL, &s->per_partij, 1},
		{"weken.ontwerp", &pt_v_schaal, s->wk_ontwerp, 1},
		{"weken.aankondiging", NULL, &s->wk_aankondiging, 1},
		{"weken.besluitvorming", NULL, &s->wk_besluitvorming, 1},
		{"weken.terugkoppeling", NULL, &s->wk_terugkoppeling, 1},
		{"weken.minimum.ontwerp", &pt_v_schaal, s->min_ontwerp, 1},
		{"weken.minimum.stap", &pt_v_schaal, s->min_stap, 1},
		{"weken.minimum.verwerking", &pt_v_schaal, s->min_verwerking, 1},
		{"weken.minimum.aankondiging", NULL, &s->min_aankondiging, 1},
		{"weken.minimum.besluitvorming", NULL, &s->min_besluitvorming, 1},
		{"rondes.zwaar", NULL, &s->rondes_zwaar, 1},
		{"factor.impact", &pt_v_impact, s->factor_impact, 100},
		{"factor.licht", NULL, &s->factor_licht, 100},
	};
	for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
		size_t len = strlen(table[i].name);
		if (pt_fold_eq(table[i].name, name)) {
			*slot = table[i].slot, *scale = table[i].scale;
			*n = table[i].v ? pt_vocab_count(table[i].v) : 1;
			return 0;
		}
		if (table[i].v && strncmp(table[i].name, name, len) == 0 && name[len] == '.') {
			int k = pt_vocab_index(table[i].v, name + len + 1);
			if (k < 0)
				return -1;
			*slot = table[i].slot + k, *scale = table[i].scale, *n = 1;
			return 0;
		}
	}
	return -1;
}

/* "12-19/01-03;07-11/08-23": periods from MM-DD to MM-DD, a period over
 * the new year allowed; at most eight. */
static int parse_holidays(pt_plan_settings *s, const char *val, pt_loc loc, pt_error *err)
{
	int n = 0;
	for (const char *p = val ? val : ""; *p;) {
		int m1, d1, m2, d2, used = 0;
		if (n == 8 || sscanf(p, "%2d-%2d/%2d-%2d%n", &m1, &d1, &m2, &d2, &used) != 4 || m1 < 1 || m1 > 12 ||
		    m2 < 1 || m2 > 12 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31)
			return pt_fail(err, PT_EXIT_DATA, loc,
				       pt_tr("setting vakanties: '%s' is not a list of periods MM-DD/MM-DD separated by ';' (at most 8)"),
				       val);
		s->vakantie[n][0] = m1 * 100 + d1, s->vakantie[n][1] = m2 * 100 + d2, n++;
		p += used;
		if (*p == ';')
			p++;
	}
	s->nvakantie = n;
	return 0;
}

static int settings_value(settings_state *st, const char *name, const char *val, const char *cijfers,
			  pt_loc loc, pt_error *err)
{
	pt_plan_settings *s = &st->p->s;
	long *slot, v;
	size_t n;
	int scale;
	if (pt_fold_eq(name, "uurtarief")) {
		if (parse_num(val, 100, "waarde", loc, &s->uurtarief, err))
			return -1;
		s->uurtarief_standaard = !(cijfers && pt_fold_eq(cijfers, "eigen"));
		return 0;
	}
	if (pt_fold_eq(name, "vakanties"))
		return parse_holidays(s, val, loc, err);
	if (pt_fold_eq(name, "woorden.locatieOpen")) {
		free(s->locatie_open);
		s->locatie_open = pt_xstrdup(val ? val : "");
		return 0;
	}
	if (pt_fold_eq(name, "woorden.evaluatie")) {
		free(s->evaluatie);
		s->evaluatie = pt_xstrdup(val ? val : "");
		return 0;
	}
	if (pt_fold_eq(name, "groepen.organisaties"))
		return parse_set64(val, pt_plan_groep_vocab(), "waarde", loc, &s->organisaties, err);
	if (pt_fold_eq(name, "groepen.bewoners"))
		return parse_set64(val, pt_plan_groep_vocab(), "waarde", loc, &s->bewoners, err);
	if (pt_fold_eq(name, "licht.instrumenten"))
		return parse_set(val, &pt_v_instrument, "waarde", loc, &s->licht_instrumenten, err);
	if (pt_fold_eq(name, "licht.zeggenschap"))
		return parse_set(val, &pt_v_zeggenschap, "waarde", loc, &s->licht_zeggenschap, err);
	if (pt_fold_eq(name, "licht.fasen"))
		return parse_set(val, &pt_v_beleidsfase, "waarde", loc, &s->licht_fasen, err);
	if (pt_fold_eq(name, "licht.impact"))
		return parse_set(val, &pt_v_impact, "waarde", loc, &s->licht_impact, err);
	if (setting_find(s, name, &slot, &n, &scale)) {
		pt_fail(err, PT_EXIT_DATA, loc, pt_tr("unknown setting '%s' (known: see pt-plan(1), SETTINGS)"), name);
		return 1;	/* the message is complete: no row prefix */
	}
	if (scale == 1 ? parse_count(val, "waarde", loc, &v, err) : parse_num(val, scale, "waarde", loc, &v, err))
		return -1;
	while (n--)
		slot[n] = v;
	return 0;
}

static int settings_row(const pt_csv_row *row, void *ctx, pt_error *err)
{
	settings_state *st = ctx;
	pt_loc loc = {st->file, row->line};
	if (row->rownum == 1)
		return pt_csv_columns(row, settings_cols, st->idx, loc, err);
	const char *name = pt_csv_get(row, st->idx[S_INSTELLING]);
	if (!name)
		return 0;
	int rc = settings_value(st, name, pt_csv_get(row, st->idx[S_WAARDE]),
				pt_csv_get(row, st->idx[S_CIJFERS]), loc, err);
	return rc < 0 ? name_row(err, row->rownum, name) : -rc;
}

/* Built-in values, so a settings file may list only what it changes;
 * the same as the shipped plan-instellingen.csv. */
static void settings_defaults(pt_plan_settings *s)
{
	static const long bereik[] = {40, 150, 600, 3000, 10000};
	static const long fs[] = {50, 100, 150, 300, 400}, ft[] = {50, 100, 125, 150, 150};
	static const long stap[] = {3, 3, 4, 6, 8}, verw[] = {2, 3, 4, 6, 8}, ontwerp[] = {2, 3, 4, 6, 8};
	static const long min_stap[] = {2, 2, 3, 4, 4}, min_verw[] = {1, 1, 2, 3, 4}, min_ontwerp[] = {1, 1, 2, 3, 4};
	for (int i = 0; i < PT_PLAN_NSCHALEN; i++) {
		s->bereik[i] = bereik[i], s->factor_schaal[i] = fs[i];
		s->wk_stap[i] = stap[i], s->wk_verwerking[i] = verw[i], s->wk_ontwerp[i] = ontwerp[i];
		s->min_stap[i] = min_stap[i], s->min_verwerking[i] = min_verw[i], s->min_ontwerp[i] = min_ontwerp[i];
	}
	s->min_aankondiging = 1, s->min_besluitvorming = 4, s->rondes_zwaar = 2;
	s->factor_impact[0] = 100, s->factor_impact[1] = 100, s->factor_impact[2] = 125;
	s->locatie_open = pt_xstrdup("locatie;plek;plaats;tracé;vestigingsplaats");
	s->evaluatie = pt_xstrdup("evaluatie;evalueren");
	s->factor_licht = 100;
	s->vakantie[0][0] = 1219, s->vakantie[0][1] = 103, s->vakantie[1][0] = 711, s->vakantie[1][1] = 823;
	s->nvakantie = 2;
	for (int i = 0; i < PT_PLAN_NBURGER; i++)
		s->factor_trede[i] = ft[i];
	s->uurtarief = 7500, s->uurtarief_standaard = 1, s->per_partij = 2;
	s->wk_aankondiging = 2, s->wk_besluitvorming = 6, s->wk_terugkoppeling = 2;
}

static int load_settings(pt_plan *p, pt_error *err)
{
	settings_state st = {p, NULL, {0}};
	settings_defaults(&p->s);
	if (parse_set64("maatschappelijk;bewonersorganisatie;woningcorporatie;onderwijs;hulpdiensten;zorg;"
			"natuur;overheid;intern;politiek;media;energiecooperatie;verkeersorganisaties",
			pt_plan_groep_vocab(), "groepen.organisaties", (pt_loc){SETTINGS, 0}, &p->s.organisaties, err))
		return -1;
	pt_loc here = {SETTINGS, 0};
	if (parse_set64("inwoners;omwonenden;bewonersorganisatie;huurders;ouderen;jongeren;kinderen;ouders;mantelzorgers;"
			"clienten;beperking;laaggeletterden;anderstaligen", pt_plan_groep_vocab(), "groepen.bewoners", here,
			&p->s.bewoners, err))
		return -1;
	if (parse_set("tarief;openbareOrde;vergunning;uitvoering", &pt_v_instrument, "licht.instrumenten", here,
		      &p->s.licht_instrumenten, err) ||
	    parse_set("provincie;rijk;waterschap;regio;elders", &pt_v_zeggenschap, "licht.zeggenschap", here,
		      &p->s.licht_zeggenschap, err) ||
	    parse_set("uitvoering", &pt_v_beleidsfase, "licht.fasen", here, &p->s.licht_fasen, err) ||
	    parse_set("laag", &pt_v_impact, "licht.impact", here, &p->s.licht_impact, err))
		return -1;
	FILE *f = pt_data_open(SETTINGS, p->o.settings, &st.file, err);
	if (!f)
		return -1;
	int rc = pt_csv_read(f, st.file, 0, settings_row, &st, err);
	fclose(f);
	if (p->o.uurtarief >= 0)
		p->s.uurtarief = p->o.uurtarief, p->s.uurtarief_standaard = 0;
	return rc ? -1 : 0;
}

/* ---- minimum sets ---------------------------------------------------------------- */

enum { M_WANNEER, M_WERKVORMEN, M_DOELGROEPEN, M_TOELICHTING, M_N };
static const pt_column minimum_cols[] = {
	[M_WANNEER] = {"wanneer", "wanneer|when", 1},
	[M_WERKVORMEN] = {"werkvormen", "werkvormen|methods", 1},
	[M_DOELGROEPEN] = {"doelgroepen", "doelgroepen|groups", 0},
	[M_TOELICHTING] = {"toelichting", "toelichting|reason", 0},
	[M_N] = {0, 0, 0}
};
_Static_assert(sizeof minimum_cols / sizeof *minimum_cols == M_N + 1, "a column per M_ index");

typedef struct minimum_state {
	pt_plan *p;
	const char *file;
	int idx[M_N];
} minimum_state;

static int minimum_row(const pt_csv_row *row, void *ctx, pt_error *err)
{
	minimum_state *st = ctx;
	pt_plan *p = st->p;
	pt_loc loc = {st->file, row->line};
	char buf[1024];
	if (row->rownum == 1)
		return pt_csv_columns(row, minimum_cols, st->idx, loc, err);
	const char *wanneer = pt_csv_get(row, st->idx[M_WANNEER]);
	const char *wv = pt_csv_get(row, st->idx[M_WERKVORMEN]);
	const char *why = pt_csv_get(row, st->idx[M_TOELICHTING]);
	if (!wanneer || !wv)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("columns wanneer and werkvormen must not be empty"));
	pt_plan_minimum m = {pt_xstrdup(wanneer), pt_xcalloc(strlen(wv) + 2, sizeof(int)), 0,
			     pt_xstrdup(why ? why : ""), row->line};
	size_t n = 0;
	snprintf(buf, sizeof buf, "%s", wv);
	for (char *save = NULL, *t = strtok_r(buf, "|; ", &save); t; t = strtok_r(NULL, "|; ", &save)) {
		int i = pt_plan_werkvorm_find(p, t);
		/* The built-in sets beside an own catalogue keep what it has. */
		if (i < 0 && !p->o.minimum && p->o.catalog)
			continue;
		if (i < 0) {
			free(m.wanneer), free(m.werkvormen), free(m.toelichting);
			return pt_fail(err, PT_EXIT_DATA, loc,
				       pt_tr("column werkvormen: '%s' is not in the werkvormen catalogue"), t);
		}
		m.werkvormen[n++] = i;
	}
	m.werkvormen[n] = -1;
	if (n == 0) {
		free(m.wanneer), free(m.werkvormen), free(m.toelichting);
		return 0;
	}
	p->min = pt_xrealloc(p->min, (p->nmin + 1) * sizeof *p->min);
	p->min[p->nmin++] = m;
	return parse_set64(pt_csv_get(row, st->idx[M_DOELGROEPEN]), pt_plan_groep_vocab(), "doelgroepen",
			   loc, &p->min[p->nmin - 1].doelgroepen, err);
}

static int load_minimum(pt_plan *p, pt_error *err)
{
	minimum_state st = {p, NULL, {0}};
	FILE *f = pt_data_open(MINIMUM, p->o.minimum, &st.file, err);
	if (!f)
		return -1;
	int rc = pt_csv_read(f, st.file, 0, minimum_row, &st, err);
	fclose(f);
	return rc ? -1 : 0;
}

/* ---- colleagues ------------------------------------------------------------- */

enum { K_NAAM, K_AFDELING, K_CONTACT, K_WERKVORMEN, K_N };
static const pt_column collega_cols[] = {
	[K_NAAM] = {"naam", "naam|name", 1},
	[K_AFDELING] = {"afdeling", "afdeling|department", 0},
	[K_CONTACT] = {"contact", "contact|e-mail|email|telefoon", 0},
	[K_WERKVORMEN] = {"werkvormen", "werkvormen|methods|werkvorm", 1},
	[K_N] = {0, 0, 0}
};
_Static_assert(sizeof collega_cols / sizeof *collega_cols == K_N + 1, "a column per K_ index");

typedef struct collega_state {
	pt_plan *p;
	const char *file;
	int idx[K_N];
} collega_state;

static int collega_row(const pt_csv_row *row, void *ctx, pt_error *err)
{
	collega_state *st = ctx;
	pt_plan *p = st->p;
	pt_loc loc = {st->file, row->line};
	char buf[2048];
	if (row->rownum == 1)
		return pt_csv_columns(row, collega_cols, st->idx, loc, err);
	const char *naam = pt_csv_get(row, st->idx[K_NAAM]);
	if (!naam)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("column naam is empty"));
	pt_plan_collega c = {pt_xstrdup(naam), NULL, NULL, pt_xmalloc(p->nw + 1)};
	memset(c.kan, 0, p->nw + 1);
	snprintf(buf, sizeof buf, "%s", pt_csv_get(row, st->idx[K_WERKVORMEN]) ? pt_csv_get(row, st->idx[K_WERKVORMEN]) : "");
	/* Werkvormen by id or name: names hold spaces, so only ';' and '|' split. */
	for (char *save = NULL, *t = strtok_r(buf, ";|", &save); t; t = strtok_r(NULL, ";|", &save)) {
		pt_trim(t);
		if (!*t)
			continue;
		int i = pt_plan_werkvorm_find(p, t);
		if (i < 0) {
			free(c.naam), free(c.kan);
			return pt_fail(err, PT_EXIT_DATA, loc,
				       pt_tr("column werkvormen: '%s' is not in the werkvormen catalogue (use its id, e.g. '%s')"), t, p->w[0].id);
		}
		c.kan[i] = 1;
	}
	const char *afd = pt_csv_get(row, st->idx[K_AFDELING]), *contact = pt_csv_get(row, st->idx[K_CONTACT]);
	c.afdeling = afd ? pt_xstrdup(afd) : NULL;
	c.contact = contact ? pt_xstrdup(contact) : NULL;
	p->c = pt_xrealloc(p->c, (p->nc + 1) * sizeof *p->c);
	p->c[p->nc++] = c;
	return 0;
}

static int load_collegas(pt_plan *p, pt_error *err)
{
	collega_state st = {p, p->o.collegas, {0}};
	FILE *f = strcmp(p->o.collegas, "-") == 0 ? stdin : fopen(p->o.collegas, "rb");
	if (!f)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){p->o.collegas, 0}, pt_tr("cannot open: %m"));
	int rc = pt_csv_read(f, p->o.collegas, 0, collega_row, &st, err);
	if (f != stdin)
		fclose(f);
	return rc ? -1 : 0;
}

/* ---- the case archive ------------------------------------------------------- */

/* A number at key in obj (an object), or -1 when absent. */
static int case_figure(json_t *obj, const char *key, double *out, pt_loc loc, const char *part,
		       pt_error *err)
{
	json_t *v = json_object_get(obj, key);
	*out = -1;
	if (!v || json_is_null(v))
		return 0;
	/* The amount limit keeps sums and ratios of figures finite. */
	if (!json_is_number(v) || json_number_value(v) < 0 ||
	    json_number_value(v) >= PT_AMOUNT_MAX)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("case: %s.%s must be a number of 0 or more, below %.0f"), part, key,
			       PT_AMOUNT_MAX);
	*out = json_number_value(v);
	return 0;
}

static int case_enum(json_t *c, const char *key, const pt_vocab *v, int *out, pt_loc loc,
		     pt_error *err)
{
	json_t *x = json_object_get(c, key);
	char what[64];
	*out = -1;
	if (!x || json_is_null(x))
		return 0;
	snprintf(what, sizeof what, "case: %s", key);
	if (!json_is_string(x))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s must be a text"), what);
	*out = pt_vocab_match(v, json_string_value(x), what, loc, err);
	return *out < 0 ? -1 : 0;
}

static int case_read(pt_plan *p, json_t *c, pt_loc loc, pt_plan_case *out, pt_error *err)
{
	json_t *v;
	size_t i;
	memset(out, 0, sizeof *out);
	if (!json_is_object(c))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("case: expected an object"));
	if (!json_is_string(json_object_get(c, "id")))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("case: 'id' is missing or not a text"));
	if (case_enum(c, "trede", treden(), &out->trede, loc, err) ||
	    case_enum(c, "ladder", &pt_v_ladder, &out->ladder, loc, err) ||
	    case_enum(c, "schaal", &pt_v_schaal, &out->schaal, loc, err) ||
	    case_enum(c, "soort", &pt_v_soort, &out->soort, loc, err))
		return -1;
	const char *arrays[] = {"werkvormen", "lessen"};
	for (int k = 0; k < 2; k++) {
		v = json_object_get(c, arrays[k]);
		json_t *s;
		if (v && !json_is_array(v))
			return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("case: '%s' must be a list of texts"), arrays[k]);
		json_array_foreach(v, i, s)
			if (!json_is_string(s))
				return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("case: '%s' must be a list of texts"),
					       arrays[k]);
	}
	const char *parts[] = {"gepland", "werkelijk"};
	double *figs[] = {out->gepland, out->werkelijk};
	for (int k = 0; k < 2; k++) {
		v = json_object_get(c, parts[k]);
		figs[k][0] = figs[k][1] = -1;
		if (v && !json_is_null(v) && !json_is_object(v))
			return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("case: '%s' must be an object {uren, kostenEur}"),
				       parts[k]);
		if (case_figure(v, "uren", &figs[k][0], loc, parts[k], err) ||
		    case_figure(v, "kostenEur", &figs[k][1], loc, parts[k], err))
			return -1;
	}
	out->werkvormen = pt_xmalloc(p->nw + 1);
	memset(out->werkvormen, 0, p->nw + 1);
	json_array_foreach(json_object_get(c, "werkvormen"), i, v) {
		/* A werkvorm the catalogue no longer has still counts in the union. */
		int w = pt_plan_werkvorm_find(p, json_string_value(v));
		if (w >= 0 && !out->werkvormen[w])
			out->werkvormen[w] = 1;
		out->nwerkvormen++;
	}
	out->obj = c;
	out->id = json_string_value(json_object_get(c, "id"));
	return 0;
}

static int load_cases(pt_plan *p, pt_error *err)
{
	pt_reader *r = pt_reader_open(p->o.cases, err);
	json_t *c;
	pt_loc loc;
	int rc;
	if (!r)
		return -1;
	while ((rc = pt_reader_next(r, &c, &loc, err)) == 1) {
		pt_plan_case k;
		if (case_read(p, c, loc, &k, err)) {
			json_decref(c);
			rc = -1;
			break;
		}
		p->cases = pt_xrealloc(p->cases, (p->ncases + 1) * sizeof *p->cases);
		p->cases[p->ncases++] = k;
	}
	pt_reader_close(r);
	/* The reader's copy of the name is gone with it. */
	err->loc.file = p->o.cases;
	return rc < 0 ? -1 : 0;
}

/* ---- all of it ---------------------------------------------------------------- */

pt_plan *pt_plan_load(const pt_plan_opts *o, pt_error *err)
{
	pt_plan *p = pt_xmalloc(sizeof *p);
	memset(p, 0, sizeof *p);
	p->o = *o;
	if (load_catalog(p, err) || load_settings(p, err) || load_minimum(p, err) ||
	    !(p->thema = pt_thema_load(NULL, NULL, err)) ||
	    (o->collegas && load_collegas(p, err)) || (o->cases && load_cases(p, err))) {
		pt_plan_free(p);
		return NULL;
	}
	return p;
}

void pt_plan_free(pt_plan *p)
{
	if (!p)
		return;
	pt_thema_free(p->thema);
	for (size_t i = 0; i < p->nw; i++) {
		pt_plan_werkvorm *w = &p->w[i];
		free(w->id), free(w->naam), free(w->name), free(w->naam_lang), free(w->omschrijving), free(w->description);
	}
	for (size_t i = 0; i < p->nmin; i++)
		free(p->min[i].wanneer), free(p->min[i].werkvormen), free(p->min[i].toelichting);
	free(p->min);
	for (size_t i = 0; i < p->nc; i++)
		free(p->c[i].naam), free(p->c[i].afdeling), free(p->c[i].contact), free(p->c[i].kan);
	for (size_t i = 0; i < p->ncases; i++)
		json_decref(p->cases[i].obj), free(p->cases[i].werkvormen);
	free(p->s.locatie_open);
	free(p->s.evaluatie);
	if (p->names)
		name_table_free(&p->names->id), name_table_free(&p->names->folded), free(p->names);
	free(p->w), free(p->c), free(p->cases);
	free(p);
}
