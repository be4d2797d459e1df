/* pt-results -f FILE: the results of participation from a reactienota
 * spreadsheet (CSV) or JSON, read once per process into one opbrengst per
 * voorstel id.  CSV and JSON go through the same add_punt/add_activity,
 * so a value is checked, and personal data taken out, the same way. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "redact.h"
#include "results.h"
#include "results_int.h"

#define VOCAB(var, name, ...) \
	static const pt_term var##_terms[] = {__VA_ARGS__, {0, 0, 0}}; \
	const pt_vocab var = {name, var##_terms}

VOCAB(pt_v_steun, "steun",
	{"groot", "groot", "large"},
	{"beperkt", "beperkt", "limited"},
	{"geen", "geen", "none"});

VOCAB(pt_v_besluit, "besluit",
	{"overgenomen", "overgenomen", "adopted"},
	{"deels", "deels overgenomen", "partly adopted"},
	{"niet", "niet overgenomen", "not adopted"});

struct pt_results {
	const char *path;	/* shown name; the caller's, it outlives us */
	pt_results_entry **g;
	size_t ng;
	json_t *byid;		/* id -> index into g */
	long general;		/* index of the group without id, -1 none */
	pt_redact_names *names;
	pt_redact_names *common;	/* capitalised words that are no names */
	pt_buf dropped;		/* the personal-data columns, "naam, e-mail" */
};

/* ---- groups ---------------------------------------------------------------- */

static pt_results_entry *group_for(pt_results *r, const char *id, pt_loc loc)
{
	json_t *k = id ? json_object_get(r->byid, id) : NULL;
	if (k)
		return r->g[json_integer_value(k)];
	if (!id && r->general >= 0)
		return r->g[r->general];
	pt_results_entry *g = pt_xcalloc(1, sizeof *g);
	g->id = id ? pt_xstrdup(id) : NULL;
	g->deelnemers = -1;
	g->activiteiten = json_array();
	g->punten = json_array();
	g->seen = json_object();
	g->loc = loc;
	r->g = pt_xrealloc(r->g, (r->ng + 1) * sizeof *r->g);
	if (id)
		json_object_set_new(r->byid, id, json_integer((json_int_t)r->ng));
	else
		r->general = (long)r->ng;
	r->g[r->ng++] = g;
	return g;
}

static void group_free(pt_results_entry *g)
{
	free(g->id);
	json_decref(g->activiteiten), json_decref(g->punten), json_decref(g->terugkoppeling);
	json_decref(g->ob), json_decref(g->seen);
	free(g);
}

/* Deelnemers in order first; when not given, the activities' added up. */
static void group_finish(pt_results_entry *g)
{
	long sum = -1;
	size_t i;
	json_t *a;
	json_array_foreach(g->activiteiten, i, a) {
		json_t *n = json_object_get(a, "deelnemers");
		if (json_is_integer(n))
			sum = (sum < 0 ? 0 : sum) + (long)json_integer_value(n);
	}
	long n = g->deelnemers >= 0 ? g->deelnemers : sum;
	g->ob = json_object();
	if (n >= 0)
		json_object_set_new(g->ob, "deelnemers", json_integer(n));
	if (json_array_size(g->activiteiten))
		json_object_set(g->ob, "activiteiten", g->activiteiten);
	json_object_set(g->ob, "punten", g->punten);
	if (g->terugkoppeling)
		json_object_set(g->ob, "terugkoppeling", g->terugkoppeling);
}

/* ---- values ---------------------------------------------------------------- */

int pt_results_date(const char *s, char iso[11])
{
	int y, m, d, n = 0;
	char sep1, sep2, buf[32];
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && s[n] == '\0' && strlen(s) == 10)
		;
	else if (!(sscanf(s, "%2d%c%2d%c%4d%n", &d, &sep1, &m, &sep2, &y, &n) == 5 && s[n] == '\0' &&
		   sep1 == sep2 && strchr("-/.", sep1)))
		return -1;
	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
	memcpy(iso, buf, 11);
	return pt_date_days(iso) < 0 ? -1 : 0;
}

/* A text as the file has it, trimmed.  Its personal data is taken out
 * when a dossier gets it (results_run.c), since what stays depends on the
 * dossier: its own place and its organisations. */
static json_t *raw_text(const char *s)
{
	char *t = pt_xstrdup(s);
	pt_trim(t);
	json_t *v = json_string(t);
	free(t);
	return v ? v : json_string("");
}

/* A code of vocabulary v, with the usual aliases (ja, nee) and the
 * forgiving match; NULL with err set when it is none. */
static const char *code_of(const pt_vocab *v, const char *s, const char *what, pt_loc loc,
			   pt_error *err)
{
	static const struct { const char *in, *code; } besluit_alias[] = {
		{"ja", "overgenomen"}, {"yes", "overgenomen"}, {"gedeeltelijk", "deels"},
		{"partly", "deels"}, {"partially", "deels"}, {"nee", "niet"}, {"no", "niet"},
		{"afgewezen", "niet"}, {"rejected", "niet"}, {"not", "niet"},
	};
	if (v == &pt_v_besluit)
		for (size_t i = 0; i < sizeof besluit_alias / sizeof *besluit_alias; i++)
			if (pt_fold_eq(s, besluit_alias[i].in))
				return besluit_alias[i].code;
	int k = pt_vocab_match(v, s, what, loc, err);
	return k < 0 ? NULL : v->terms[k].code;
}

/* The fields of a point, in the order they are written. */
enum { P_INBRENG, P_GROEP, P_ACTIVITEIT, P_STEUN, P_BESLUIT, P_REDEN, P_TERUGKOPPELING, NPUNT };
static const char *const punt_keys[NPUNT] = {"inbreng", "groep", "activiteit", "steun", "besluit",
	"reden", "terugkoppeling"};

static int add_punt(pt_results *r, pt_results_entry *g, const char *const f[NPUNT], pt_loc loc, pt_error *err)
{
	size_t i = json_array_size(g->punten);
	json_t *p = json_object();
	char what[96];
	int rc = 0;
	for (int k = 0; k < NPUNT && !rc; k++) {
		if (!f[k] || !*f[k])
			continue;
		snprintf(what, sizeof what, "punten[%zu].%s", i, punt_keys[k]);
		if (k == P_STEUN || k == P_BESLUIT) {
			const char *c = code_of(k == P_STEUN ? &pt_v_steun : &pt_v_besluit, f[k], what, loc, err);
			if (!c)
				rc = err->status;
			else
				json_object_set_new(p, punt_keys[k], json_string(c));
		} else {
			json_object_set_new(p, punt_keys[k], raw_text(f[k]));
		}
	}
	if (!rc && !f[P_INBRENG])
		rc = pt_fail(err, PT_EXIT_DATA, loc, pt_tr("punten[%zu]: no inbreng (what was said, in short)"), i);
	if (rc)
		json_decref(p);
	else
		json_array_append_new(g->punten, p);
	return rc;
}

/* An activity held: werkvorm, date (as written; NULL none), deelnemers
 * (-1 none).  from_punt: named by a point, so already listed is fine.
 * Doubles are found by key, so a long list costs no more per row. */
static int add_activity(pt_results *r, pt_results_entry *g, const char *werkvorm, const char *datum,
			long deelnemers, int from_punt, pt_loc loc, pt_error *err)
{
	char iso[11], key[300];
	(void)r;
	if (datum && pt_results_date(datum, iso) != 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("datum '%s' is not a date; write YYYY-MM-DD, e.g. 2027-03-12"),
			       datum);
	json_t *w = raw_text(werkvorm);
	pt_fold(json_string_value(w), key, 280);
	snprintf(key + strlen(key), sizeof key - strlen(key), "\x1f%s", datum ? iso : "");
	if (json_object_get(g->seen, key)) {
		json_decref(w);
		if (from_punt)
			return 0;
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("activity '%s'%s%s is listed twice; keep one row for it"), werkvorm,
			       datum ? " on " : "", datum ? iso : "");
	}
	json_object_set_new(g->seen, key, json_true());
	json_t *a = json_pack("{s:o}", "werkvorm", w);
	if (datum)
		json_object_set_new(a, "datum", json_string(iso));
	if (deelnemers >= 0)
		json_object_set_new(a, "deelnemers", json_integer(deelnemers));
	json_array_append_new(g->activiteiten, a);
	return 0;
}

static int whole_number(const char *s, long *out, const char *what, pt_loc loc, pt_error *err)
{
	double v;
	char why[512];
	if (pt_parse_amount(s, &v, why, sizeof why))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: %s"), what, why);
	if (v != (double)(long)v || v > 1e9)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: '%s' is not a whole number of people"), what, s);
	*out = (long)v;
	return 0;
}

static int set_terugkoppeling(pt_results *r, pt_results_entry *g, const char *s, pt_loc loc, pt_error *err)
{
	if (g->terugkoppeling)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("terugkoppeling is given twice for this proposal; keep one"));
	g->terugkoppeling = raw_text(s);
	return 0;
}

/* ---- CSV --------------------------------------------------------------------- */

enum { C_VOORSTEL, C_INBRENG, C_GROEP, C_ACTIVITEIT, C_STEUN, C_BESLUIT, C_REDEN,
	C_TERUGKOPPELING, C_DATUM, C_DEELNEMERS, C_NUMMER, NCOLS };

static const pt_column csv_cols[] = {
	{"voorstel", "voorstel|proposal|voorstel id|voorstelid|proposal id", 0},
	{"inbreng", "inbreng|input|reactie|zienswijze|opmerking|samenvatting|punt|comment|summary|point|"
		"reactie indiener|samenvatting reactie|samenvatting zienswijze|inhoud reactie|kern van de reactie", 0},
	{"groep", "groep|group|doelgroep|stakeholder|belanghebbende", 0},
	{"activiteit", "activiteit|activity|werkvorm|bijeenkomst|method|meeting", 0},
	{"steun", "steun|support|draagvlak", 0},
	{"besluit", "besluit|decision|overgenomen|adopted|verwerking", 0},
	{"reden", "reden|reason|motivering|motivation|toelichting|antwoord|reactie gemeente|answer|why|"
		"antwoord gemeente|reactie van de gemeente|beantwoording|standpunt gemeente|municipality's answer", 0},
	{"terugkoppeling", "terugkoppeling|feedback|teruggekoppeld", 0},
	{"datum", "datum|date", 0},
	{"deelnemers", "deelnemers|participants|aantal deelnemers|aantal|attendance", 0},
	{"nummer", "nr|nummer|volgnummer|no|id", 0},
	{0, 0, 0}
};

/* The known column name closest to header, for a did-you-mean. */
static const char *closest_column(const char *header, size_t *dist)
{
	/* The personal-data columns too: a misspelt one is refused, so say
	 * what was meant. */
	static const char personal[] = "naam|voornaam|achternaam|e-mail|telefoon|postcode|adres";
	static char best[64];
	char h[256], one[64], f[64];
	*dist = (size_t)-1;
	pt_fold(header, h, sizeof h);
	for (int c = 0; c <= NCOLS; c++)
		for (const char *p = c < NCOLS ? csv_cols[c].names : personal; *p;) {
			size_t k = strcspn(p, "|"), d;
			snprintf(one, sizeof one, "%.*s", (int)k, p);
			if ((d = pt_levenshtein(h, pt_fold(one, f, sizeof f))) < *dist)
				*dist = d, snprintf(best, sizeof best, "%s", one);
			p += k + (p[k] == '|');
		}
	return best;
}

static int unknown_column(const char *header, pt_loc loc, pt_error *err)
{
	size_t d, len = strlen(header);
	const char *near = closest_column(header, &d);
	if (len > 0 && d <= (len < 6 ? 1 : len / 3))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("unknown column '%s'; did you mean '%s'?"), header, near);
	return pt_fail(err, PT_EXIT_DATA, loc,
		       pt_tr("unknown column '%s' (known: voorstel, inbreng, groep, activiteit, steun, besluit, "
		       "reden, terugkoppeling, datum, deelnemers, nummer); rename or remove it"), header);
}

/* Does header name one of names ('|' list)?  Matched as the reader does. */
static int header_names(const char *header, const char *names)
{
	pt_csv_row one = {1, (char *[]){(char *)header}, 0, 1};
	pt_column col[2] = {{"one", names, 0}, {0, 0, 0}};
	pt_error e;
	int ix;
	return pt_csv_columns_partial(&one, col, &ix, (pt_loc){NULL, 0}, &e) == 0 && ix == 0;
}

/* Map the header: idx per known column, and the personal-data columns in
 * kind[] (0 for the others).  Every column must be one or the other. */
static int map_header(pt_results *r, const pt_csv_row *h, int *idx, int *kind, pt_error *err)
{
	pt_loc loc = {r->path, h->line};
	pt_csv_columns_partial(h, csv_cols, idx, loc, err);
	for (size_t k = 0; k < h->n; k++) {
		int known = 0;
		if ((kind[k] = pt_redact_column(h->field[k])) != 0) {
			pt_buf_printf(&r->dropped, "%s%s", r->dropped.len ? ", " : "", h->field[k]);
			continue;
		}
		for (int c = 0; c < NCOLS; c++)
			known |= idx[c] == (int)k;
		if (known)
			continue;
		/* A second column for something the header has already. */
		for (int c = 0; c < NCOLS; c++)
			if (idx[c] >= 0 && header_names(h->field[k], csv_cols[c].names))
				return pt_fail(err, PT_EXIT_DATA, loc,
					       pt_tr("columns '%s' and '%s' both give %s; keep one"), h->field[idx[c]],
					       h->field[k], csv_cols[c].key);
		return unknown_column(h->field[k], loc, err);
	}
	if (idx[C_INBRENG] < 0 && idx[C_ACTIVITEIT] < 0)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("no column inbreng (the points) nor activiteit (the activities) in the header"));
	return 0;
}

static int empty_row(const pt_csv_row *row)
{
	for (size_t i = 0; i < row->n; i++)
		if (strspn(row->field[i], " \t") != strlen(row->field[i]))
			return 0;
	return 1;
}

static int csv_row(pt_results *r, const pt_csv_row *row, const int *idx, int by_voorstel,
		   pt_error *err)
{
	pt_loc loc = {r->path, row->line};
	const char *id = pt_csv_get(row, idx[C_VOORSTEL]);
	const char *inbreng = pt_csv_get(row, idx[C_INBRENG]);
	const char *act = pt_csv_get(row, idx[C_ACTIVITEIT]), *datum = pt_csv_get(row, idx[C_DATUM]);
	const char *n = pt_csv_get(row, idx[C_DEELNEMERS]);
	long deelnemers = -1;
	if (by_voorstel && !id)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("no voorstel id in this row; fill it in, or drop the voorstel column"));
	pt_results_entry *g = group_for(r, id, loc);
	if (n && whole_number(n, &deelnemers, "deelnemers", loc, err))
		return err->status;
	if (!inbreng && !act)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("this row has no inbreng (a point) nor activiteit (an activity held); fill in one"));
	if (!inbreng)
		return add_activity(r, g, act, datum, deelnemers, 0, loc, err);
	if (deelnemers >= 0)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("deelnemers goes on a row of its own for the activity (with activiteit, without inbreng)"));
	if (act && datum && add_activity(r, g, act, datum, -1, 1, loc, err))
		return err->status;
	if (!act && datum)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("a datum without activiteit: say which activity was on that date"));
	const char *f[NPUNT] = {inbreng, pt_csv_get(row, idx[C_GROEP]), act, pt_csv_get(row, idx[C_STEUN]),
		pt_csv_get(row, idx[C_BESLUIT]), pt_csv_get(row, idx[C_REDEN]),
		pt_csv_get(row, idx[C_TERUGKOPPELING])};
	return add_punt(r, g, f, loc, err);
}

static int read_csv(pt_results *r, FILE *in, int delim, pt_error *err)
{
	int idx[NCOLS];
	pt_table *t = pt_table_read(in, r->path, delim, err);
	if (!t)
		return err->status;
	int *kind = pt_xcalloc(t->header.n + 1, sizeof *kind), rc = map_header(r, &t->header, idx, kind, err);
	/* The names first: a point may name someone of another row. */
	for (size_t i = 0; !rc && i < t->nrows; i++)
		for (size_t k = 0; k < t->rows[i].n && k < t->header.n; k++)
			if (kind[k] == PT_REDACT_NAME)
				pt_redact_names_add(r->names, t->rows[i].field[k]);
	for (size_t i = 0; !rc && i < t->nrows; i++)
		if (!empty_row(&t->rows[i]))
			rc = csv_row(r, &t->rows[i], idx, idx[C_VOORSTEL] >= 0, err);
	free(kind);
	pt_table_free(t);
	return rc;
}

/* ---- JSON -------------------------------------------------------------------- */

/* The allowed key a typo is closest to, NULL when none is close. */
static const char *closest_key(const char *key, const char *const *allowed)
{
	char k[256], a[64];
	size_t best = (size_t)-1, len = strlen(pt_fold(key, k, sizeof k));
	const char *near = NULL;
	for (int i = 0; allowed[i]; i++) {
		size_t d = pt_levenshtein(k, pt_fold(allowed[i], a, sizeof a));
		if (d < best)
			best = d, near = allowed[i];
	}
	return len > 0 && best <= (len < 6 ? 1 : len / 3) ? near : NULL;
}

static int refuse_keys(const json_t *o, const char *const *allowed, const char *where, pt_loc loc,
		       pt_error *err)
{
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)o, key, v) {
		int ok = 0;
		for (int i = 0; allowed[i]; i++)
			ok |= strcmp(key, allowed[i]) == 0;
		if (ok)
			continue;
		if (pt_redact_column(key))
			return pt_fail(err, PT_EXIT_DATA, loc,
				       pt_tr("%s: '%s' is personal data, and the results hold none; remove it"),
				       where, key);
		const char *near = closest_key(key, allowed);
		if (near)
			return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: unknown field '%s'; did you mean '%s'?"),
				       where, key, near);
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: unknown field '%s'"), where, key);
	}
	return 0;
}

static const char *json_text(const json_t *o, const char *key, const char *where, pt_loc loc,
			     pt_error *err)
{
	const json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s.%s: want a text"), where, key);
		return NULL;
	}
	return json_string_value(v);
}

static int json_count(const json_t *o, const char *where, long *out, pt_loc loc, pt_error *err)
{
	const json_t *v = json_object_get(o, "deelnemers");
	*out = -1;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 1000000000)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s.deelnemers: want a whole number of 0 or more"), where);
	*out = (long)json_integer_value(v);
	return 0;
}

static int json_activity(pt_results *r, pt_results_entry *g, const json_t *a, const char *where, pt_loc loc,
			 pt_error *err)
{
	static const char *const keys[] = {"werkvorm", "datum", "deelnemers", NULL};
	long n;
	err->status = 0;
	if (!json_is_object(a))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: want an object {werkvorm, datum, deelnemers}"), where);
	if (refuse_keys(a, keys, where, loc, err) || json_count(a, where, &n, loc, err))
		return err->status;
	const char *w = json_text(a, "werkvorm", where, loc, err), *d = json_text(a, "datum", where, loc, err);
	if (err->status)
		return err->status;
	if (!w)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: no werkvorm (which activity)"), where);
	return add_activity(r, g, w, d, n, 0, loc, err);
}

static int json_punt(pt_results *r, pt_results_entry *g, const json_t *p, const char *where, pt_loc loc,
		     pt_error *err)
{
	static const char *const keys[] = {"inbreng", "groep", "activiteit", "steun", "besluit", "reden",
		"terugkoppeling", NULL};
	const char *f[NPUNT];
	err->status = 0;
	if (!json_is_object(p))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: want an object with inbreng, steun, besluit, reden"), where);
	if (refuse_keys(p, keys, where, loc, err))
		return err->status;
	for (int k = 0; k < NPUNT; k++)
		if (!(f[k] = json_text(p, punt_keys[k], where, loc, err)) && err->status)
			return err->status;
	return add_punt(r, g, f, loc, err);
}

static int json_list(pt_results *r, pt_results_entry *g, const json_t *o, const char *key, pt_loc loc,
		     int (*each)(pt_results *, pt_results_entry *, const json_t *, const char *, pt_loc, pt_error *),
		     pt_error *err)
{
	const json_t *a = json_object_get(o, key), *x;
	char where[64];
	size_t i;
	if (!a || json_is_null(a))
		return 0;
	if (!json_is_array(a))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: want an array"), key);
	json_array_foreach(a, i, x) {
		snprintf(where, sizeof where, "%s[%zu]", key, i);
		if (each(r, g, x, where, loc, err))
			return err->status;
	}
	return 0;
}

/* One result: an opbrengst object with an optional voorstel id, or a
 * dossier-like {voorstel: {id}, opbrengst: {...}}. */
static int json_entry(pt_results *r, const json_t *v, pt_loc loc, pt_error *err)
{
	static const char *const keys[] = {"voorstel", "deelnemers", "activiteiten", "punten",
		"terugkoppeling", NULL};
	const json_t *ob = json_object_get(v, "opbrengst");
	const char *id;
	long n;
	if (!json_is_object(v))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("want a JSON object with punten (and voorstel, activiteiten, "
			       "deelnemers, terugkoppeling)"));
	id = json_is_object(json_object_get(v, "voorstel")) ? pt_get_str(v, "voorstel.id")
							    : json_string_value(json_object_get(v, "voorstel"));
	if (json_object_get(v, "voorstel") && !id)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("voorstel: want the proposal's id as a text"));
	if (!json_is_object(ob))
		ob = v;
	else if (!json_is_object(ob))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("opbrengst: want an object"));
	if (refuse_keys(ob, keys + (ob != v), "opbrengst", loc, err))
		return err->status;
	if (id ? json_object_get(r->byid, id) != NULL : r->general >= 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("the results for voorstel '%s' are given twice; keep one"),
			       id ? id : "(every dossier)");
	pt_results_entry *g = group_for(r, id, loc);
	if (json_count(ob, "opbrengst", &n, loc, err))
		return err->status;
	g->deelnemers = n;
	const char *t = json_text(ob, "terugkoppeling", "opbrengst", loc, err);
	if (err->status || (t && set_terugkoppeling(r, g, t, loc, err)))
		return err->status;
	if (json_list(r, g, ob, "activiteiten", loc, json_activity, err) ||
	    json_list(r, g, ob, "punten", loc, json_punt, err))
		return err->status;
	return 0;
}

static int json_value(void *ctx, json_t *v, pt_loc loc, pt_error *err)
{
	pt_results *r = ctx;
	if (!json_is_array(v))
		return json_entry(r, v, loc, err);
	size_t i;
	json_t *x;
	int rc = 0;
	json_array_foreach(v, i, x)
		if ((rc = json_entry(r, x, loc, err)))
			break;
	return rc;
}

/* ---- the file -------------------------------------------------------------- */

pt_results *pt_results_parse(const char *name, const char *buf, size_t len, int delim, pt_error *err)
{
	pt_results *r = pt_xcalloc(1, sizeof *r);
	r->path = name;
	r->byid = json_object();
	r->general = -1;
	r->names = pt_redact_names_new();
	err->status = 0;
	if (!(r->common = pt_redact_common_words(err))) {
		;
	} else if (len == 0) {
		pt_fail(err, PT_EXIT_DATA, (pt_loc){r->path, 0},
			pt_tr("empty file (give a CSV with a header row, or JSON)"));
	} else if (pt_rows_are_json(buf, len)) {
		pt_rows_json_each(r->path, buf, len, json_value, r, err);
	} else {
		FILE *in = fmemopen((void *)buf, len, "r");
		if (!in)
			pt_die(PT_EXIT_IO, "%s", pt_tr("out of memory"));
		read_csv(r, in, delim, err);
		fclose(in);
	}
	if (err->status) {
		pt_results_free(r);
		return NULL;
	}
	for (size_t i = 0; i < r->ng; i++)
		group_finish(r->g[i]);
	return r;
}

pt_results *pt_results_load(const char *path, int delim, pt_error *err)
{
	pt_buf b = PT_BUF_INIT;
	pt_results *r = NULL;
	err->status = 0;
	if (pt_rows_slurp(path, &b, err) == 0)
		r = pt_results_parse(pt_filename(path), pt_buf_str(&b), b.len, delim, err);
	pt_buf_free(&b);
	return r;
}

void pt_results_free(pt_results *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->ng; i++)
		group_free(r->g[i]);
	free(r->g);
	json_decref(r->byid);
	pt_redact_names_free(r->names);
	pt_redact_names_free(r->common);
	pt_buf_free(&r->dropped);
	free(r);
}

const char *pt_results_dropped(const pt_results *r)
{
	return r->dropped.s ? r->dropped.s : "";
}

/* ---- for results_run.c ----------------------------------------------------- */

pt_results_entry *pt_results_find(pt_results *r, const char *id)
{
	json_t *k = id ? json_object_get(r->byid, id) : NULL;
	pt_results_entry *g = k ? r->g[json_integer_value(k)] : r->general >= 0 ? r->g[r->general] : NULL;
	if (g)
		g->met = 1;
	return g;
}

pt_redact_names *pt_results_names(pt_results *r)
{
	return r->names;
}

pt_redact_names *pt_results_common(pt_results *r)
{
	return r->common;
}

size_t pt_results_unmatched(const pt_results *r, void (*report)(const pt_error *w))
{
	size_t n = 0;
	for (size_t i = 0; i < r->ng; i++) {
		const pt_results_entry *g = r->g[i];
		if (!g->id || g->met)
			continue;
		pt_error w;
		pt_fail(&w, PT_EXIT_OK, g->loc, pt_tr("voorstel '%s' matches no dossier in the input"), g->id);
		report(&w);
		n++;
	}
	return n;
}
