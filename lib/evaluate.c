/* The evaluation questionnaire: questions and thresholds from lib/data/,
 * the template to fill in, and the response file read into sums per
 * question and group.  Scoring itself is in evaluate_score.c. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "pt.h"
#include "evaluate.h"
#include "redact.h"

#define VRAGEN "evaluatie-vragen.csv"
#define DREMPELS "evaluatie-drempels.csv"

struct pt_eval_remark {
	char *text;
	int groep;
	int succes;		/* 1: what went well, 0: what could be better */
};

/* ---- small parsers ------------------------------------------------------- */

static int parse_groep(const char *s, int allow_beide)
{
	static const char *team[] = {"team", "projectteam", "intern", "internal", "gemeente", NULL};
	static const char *extern_[] = {"extern", "external", "deelnemer", "deelnemers",
		"participant", "participants", "inwoner", "inwoners", "bewoner", "bewoners", NULL};
	for (int i = 0; team[i]; i++)
		if (pt_fold_eq(s, team[i]))
			return PT_TEAM;
	for (int i = 0; extern_[i]; i++)
		if (pt_fold_eq(s, extern_[i]))
			return PT_EXTERN;
	if (allow_beide && (pt_fold_eq(s, "beide") || pt_fold_eq(s, "both")))
		return PT_BEIDE;
	return -1;
}

int pt_eval_score(const char *cell, int *score)
{
	static const char *none[] = {"", "-", "?", "nvt", "n.v.t.", "na", "n/a", "weet niet",
		"don't know", "geen mening", NULL};
	char buf[64];
	*score = 0;
	if (!cell)
		return 0;
	snprintf(buf, sizeof buf, "%s", cell);
	pt_trim(buf);
	for (int i = 0; none[i]; i++)
		if (strcasecmp(buf, none[i]) == 0)
			return 0;
	if (buf[0] >= '1' && buf[0] <= '5' && buf[1] == '\0') {
		*score = buf[0] - '0';
		return 0;
	}
	return -1;
}

/* ---- questions and thresholds ----------------------------------------- */

static int find_crit(pt_eval_data *q, const char *id)
{
	for (size_t i = 0; i < q->ncriteria; i++)
		if (strcmp(q->criteria[i].id, id) == 0)
			return (int)i;
	return -1;
}

static int lang_count(void)
{
	int n = 0;
	while (n < PT_MAX_LANGS && pt_lang_name(n))
		n++;
	return n;
}

/* naam: the row's name of the criterion by language, NULL where empty. */
static int add_crit(pt_eval_data *q, const char *id, const char *const *naam, pt_loc loc, pt_error *err)
{
	int c = find_crit(q, id);
	if (c < 0) {
		q->criteria = pt_xrealloc(q->criteria, (q->ncriteria + 1) * sizeof *q->criteria);
		pt_eval_criterium *n = &q->criteria[q->ncriteria];
		memset(n, 0, sizeof *n);
		n->id = pt_xstrdup(id);
		for (int l = 0; l < PT_MAX_LANGS; l++)
			n->naam[l] = naam[l] ? pt_xstrdup(naam[l]) : NULL;
		/* Without a name the Dutch is the id, the English the Dutch. */
		if (!n->naam[PT_NL])
			n->naam[PT_NL] = pt_xstrdup(id);
		if (!n->naam[PT_EN])
			n->naam[PT_EN] = pt_xstrdup(n->naam[PT_NL]);
		return (int)q->ncriteria++;
	}
	/* A later row may leave the name empty; a different name is a mistake. */
	for (int l = 0; l < PT_MAX_LANGS; l++)
		if (naam[l] && (!q->criteria[c].naam[l] || strcmp(naam[l], q->criteria[c].naam[l]) != 0))
			return pt_fail(err, PT_EXIT_DATA, loc,
				       pt_tr("criterium '%s' has another name than on its first row; leave it empty or make them equal"), id), -1;
	return c;
}

static int valid_checklist(const char *s)
{
	char *end;
	if (!s || !*s)
		return 1;
	if (s[0] != 'C')
		return 0;
	long n = strtol(s + 1, &end, 10);
	return *end == '\0' && n >= 1 && n <= 10 && s[1] != '0';
}

/* The columns of evaluatie-vragen.csv: these, then for each language
 * LANG a column LANG (the question) and criterium_LANG (the criterion's
 * name), at V_TEKST(l) and V_NAAM(l). */
enum { V_VRAAG, V_CRITERIUM, V_RANDVOORWAARDE, V_CHECKLIST, V_GROEP, V_LANGS };
#define V_TEKST(l) (V_LANGS + 2 * (l))
#define V_NAAM(l) (V_LANGS + 2 * (l) + 1)
#define NVRAAGCOLS V_LANGS + 2 * PT_MAX_LANGS

static const pt_column vraag_cols[V_LANGS] = {
	{"vraag", "vraag|question|id", 1},
	{"criterium", "criterium|criterion", 1},
	{"randvoorwaarde", "randvoorwaarde|precondition", 0},
	{"checklist", "checklist", 0},
	{"groep", "groep|group", 1},
};

struct vraag_columns {
	pt_column col[NVRAAGCOLS + 1];
	char names[2 * PT_MAX_LANGS][80];
};

/* The fixed columns and two for every language there is; nl and en are
 * needed. */
static void vraag_columns(struct vraag_columns *vc)
{
	int n = lang_count();
	memset(vc, 0, sizeof *vc);
	memcpy(vc->col, vraag_cols, sizeof vraag_cols);
	for (int l = 0; l < n; l++) {
		const char *c = pt_lang_name(l);
		char *t = vc->names[2 * l], *m = vc->names[2 * l + 1];
		snprintf(t, sizeof vc->names[0], "%s|vraag_%s|question_%s", c, c, c);
		snprintf(m, sizeof vc->names[0], "criterium_%s|criterion_%s", c, c);
		vc->col[V_TEKST(l)] = (pt_column){t, t, l == PT_NL || l == PT_EN};
		vc->col[V_NAAM(l)] = (pt_column){m, m, 0};
	}
	/* The list ends after the last language (memset: key NULL); the
	 * caller leaves the others' columns at -1. */
}

static int add_vraag(pt_eval_data *q, const pt_csv_row *r, const int *ix, pt_loc loc, pt_error *err)
{
	const char *id = pt_csv_get(r, ix[V_VRAAG]), *crit = pt_csv_get(r, ix[V_CRITERIUM]);
	const char *check = pt_csv_get(r, ix[V_CHECKLIST]), *groep = pt_csv_get(r, ix[V_GROEP]);
	const char *tekst[PT_MAX_LANGS], *naam[PT_MAX_LANGS];
	for (int l = 0; l < PT_MAX_LANGS; l++)
		tekst[l] = pt_csv_get(r, ix[V_TEKST(l)]), naam[l] = pt_csv_get(r, ix[V_NAAM(l)]);
	if (!id || !crit || !groep || !tekst[PT_NL] || !tekst[PT_EN])
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("a question needs vraag, criterium, groep, nl and en filled in"));
	for (size_t i = 0; i < q->nvragen; i++)
		if (pt_fold_eq(q->vragen[i].id, id))
			return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("question '%s' appears twice"), id);
	int g = parse_groep(groep, 1);
	if (g < 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("groep '%s': use team, extern or beide"), groep);
	if (!valid_checklist(check))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("checklist '%s': use C1 to C10, or leave it empty"), check);
	int c = add_crit(q, crit, naam, loc, err);
	if (c < 0)
		return err->status;
	const char *rv = pt_csv_get(r, ix[V_RANDVOORWAARDE]);
	q->vragen = pt_xrealloc(q->vragen, (q->nvragen + 1) * sizeof *q->vragen);
	pt_eval_vraag *v = &q->vragen[q->nvragen++];
	*v = (pt_eval_vraag){pt_xstrdup(id), pt_xstrdup(crit), pt_xstrdup(rv ? rv : ""),
		pt_xstrdup(check ? check : ""), {0}, g, c};
	for (int l = 0; l < PT_MAX_LANGS; l++)
		v->tekst[l] = tekst[l] ? pt_xstrdup(tekst[l]) : NULL;
	return 0;
}

static int load_vragen(pt_eval_data *q, const char *path, pt_error *err)
{
	const char *shown;
	int ix[NVRAAGCOLS];
	struct vraag_columns vc;
	for (int i = 0; i < NVRAAGCOLS; i++)
		ix[i] = -1;
	vraag_columns(&vc);
	pt_table *t = pt_data_table(VRAGEN, path, vc.col, ix, &shown, err);
	if (!t)
		return err->status;
	int rc = 0;
	for (size_t i = 0; !rc && i < t->nrows; i++)
		rc = add_vraag(q, &t->rows[i], ix, (pt_loc){shown, t->rows[i].line}, err);
	if (!rc && q->nvragen == 0)
		rc = pt_fail(err, PT_EXIT_DATA, (pt_loc){shown, 0}, pt_tr("no questions in the file"));
	pt_table_free(t);
	return rc;
}

enum { D_SLEUTEL, D_WAARDE, NDREMPELCOLS };

static const pt_column drempel_cols[] = {
	{"sleutel", "sleutel|key", 1},
	{"waarde", "waarde|value", 1},
	{0, 0, 0}
};

static int set_drempel(pt_eval_data *q, const char *key, const char *val, pt_loc loc, pt_error *err)
{
	struct { const char *key; double *to; } keys[] = {
		{"goed", &q->goed}, {"voldoende", &q->voldoende}, {"kloof", &q->kloof},
		{"goedAandeel", &q->goed_aandeel}, {"overschrijding", &q->overschrijding}, {0, 0}
	};
	double v;
	char why[512];
	for (int i = 0; keys[i].key; i++) {
		if (!pt_fold_eq(key, keys[i].key))
			continue;
		if (pt_parse_amount(val, &v, why, sizeof why))
			return pt_fail(err, PT_EXIT_DATA, loc, "%s: %s", key, why);
		*keys[i].to = v;
		return 0;
	}
	return pt_fail(err, PT_EXIT_DATA, loc,
		       pt_tr("unknown threshold '%s' (known: goed, voldoende, kloof, goedAandeel, overschrijding)"), key);
}

static int load_drempels(pt_eval_data *q, const char *path, pt_error *err)
{
	const char *shown;
	int ix[NDREMPELCOLS];
	pt_table *t = pt_data_table(DREMPELS, path, drempel_cols, ix, &shown, err);
	if (!t)
		return err->status;
	int rc = 0;
	for (size_t i = 0; !rc && i < t->nrows; i++) {
		const char *key = pt_csv_get(&t->rows[i], ix[D_SLEUTEL]);
		if (key)
			rc = set_drempel(q, key, pt_csv_get(&t->rows[i], ix[D_WAARDE]),
					 (pt_loc){shown, t->rows[i].line}, err);
	}
	if (!rc && !(q->voldoende >= 1 && q->voldoende <= q->goed && q->goed <= 5 && q->kloof > 0 &&
		     q->goed_aandeel <= 1 && q->overschrijding > 0))
		rc = pt_fail(err, PT_EXIT_DATA, (pt_loc){shown, 0},
			     pt_tr("thresholds out of range: want 1 <= voldoende <= goed <= 5, kloof > 0, "
			     "goedAandeel <= 1, overschrijding > 0"));
	pt_table_free(t);
	return rc;
}

pt_eval_data *pt_eval_data_load(const char *questions, const char *thresholds, pt_error *err)
{
	pt_eval_data *q = pt_xmalloc(sizeof *q);
	memset(q, 0, sizeof *q);
	/* The built-in file sets these; the values here only back up a short file. */
	q->goed = 4, q->voldoende = 3, q->kloof = 1, q->goed_aandeel = 0.5, q->overschrijding = 1.1;
	if (load_vragen(q, questions, err) || load_drempels(q, thresholds, err) ||
	    !(q->geen_namen = pt_redact_common_words(err))) {
		pt_eval_data_free(q);
		return NULL;
	}
	return q;
}

void pt_eval_data_free(pt_eval_data *q)
{
	if (!q)
		return;
	for (size_t i = 0; i < q->nvragen; i++) {
		pt_eval_vraag *v = &q->vragen[i];
		free(v->id), free(v->criterium), free(v->randvoorwaarde), free(v->checklist);
		for (int l = 0; l < PT_MAX_LANGS; l++)
			free(v->tekst[l]);
	}
	for (size_t i = 0; i < q->ncriteria; i++) {
		free(q->criteria[i].id);
		for (int l = 0; l < PT_MAX_LANGS; l++)
			free(q->criteria[i].naam[l]);
	}
	free(q->vragen);
	free(q->criteria);
	pt_redact_names_free(q->geen_namen);
	free(q);
}

/* ---- texts ------------------------------------------------------------- */

const char *pt_eval_text(int lang, const char *id)
{
	return pt_text_needed(pt_texts_load("evaluatie-teksten.csv", 1, PT_NL), id, lang);
}

/* The questions file has a column per language for the texts (nl, en,
 * ...) and for the criteria's names (criterium_nl, criterium_en, ...): a
 * language without one reads the Dutch. */
const char *pt_eval_crit_name(const pt_eval_criterium *c, int lang)
{
	return pt_text_in(c->naam, lang, PT_NL);
}

static const char *question_text(const pt_eval_vraag *v, int lang)
{
	return pt_text_in(v->tekst, lang, PT_NL);
}

/* ---- the template ------------------------------------------------------ */

int pt_eval_template(FILE *out, const pt_eval_data *q, int groep, int lang, int delim)
{
	char cell[1024];
	delim = pt_csv_template_start(out, lang, delim);
	pt_csv_put_cell(out, pt_eval_text(lang, "sjabloon.groep"), delim, 1);
	for (size_t i = 0; i < q->nvragen; i++) {
		const pt_eval_vraag *v = &q->vragen[i];
		if (groep != PT_BEIDE && v->groep != PT_BEIDE && v->groep != groep)
			continue;
		snprintf(cell, sizeof cell, "%s: %s", v->id, question_text(v, lang));
		pt_csv_put_cell(out, cell, delim, 0);
	}
	pt_csv_put_cell(out, pt_eval_text(lang, "sjabloon.goed"), delim, 0);
	pt_csv_put_cell(out, pt_eval_text(lang, "sjabloon.beter"), delim, 0);
	if (groep != PT_EXTERN) {
		pt_csv_put_cell(out, pt_eval_text(lang, "sjabloon.uren"), delim, 0);
		pt_csv_put_cell(out, pt_eval_text(lang, "sjabloon.kosten"), delim, 0);
	}
	fputc('\n', out);
	return ferror(out) ? -1 : 0;
}

/* ---- the response file ------------------------------------------------- */

/* The roles of the columns: the first R_VRAAG in resp_cols' order, then
 * the personal-data columns (by pt_redact_column) and the questions. */
enum role { R_GROEP, R_VOORSTEL, R_OVERIG, R_UREN, R_KOSTEN, R_SUCCES, R_VALKUIL, R_VRAAG,
	R_NAAM, R_PRIVAT };

static const pt_column resp_cols[] = {
	{"groep", "groep|group|rol|role", 1},
	{"voorstel", "voorstel|proposal|voorstel.id|voorstelid", 0},
	{"overig", "tijdstempel|timestamp|datum|date|respondentnummer|respondent id|nummer", 0},
	{"uren", "uren|hours|werkelijke uren|actual hours", 0},
	{"kosten", "kosten|costs|kosten eur|kostenEur|werkelijke kosten|actual costs", 0},
	{"succes", "wat ging goed|what went well|succesfactor|succesfactoren|success factor|success factors", 0},
	{"valkuil", "wat kan beter|what could be better|valkuil|valkuilen|pitfall|pitfalls|verbeterpunt|verbeterpunten", 0},
	{0, 0, 0}
};

typedef struct resp_state {
	const pt_eval_data *q;
	pt_eval_responses *r;
	const char *name;
	int *role, *vraag;	/* per column */
	size_t ncols;
	size_t last;		/* the scope of the row before: rows come grouped */
} resp_state;

/* A question by header: its id, its text in any language, or "id: text"
 * as the template writes it. */
static int match_vraag(const pt_eval_data *q, const char *header)
{
	char id[64];
	size_t n = strcspn(header, ":. ");
	snprintf(id, sizeof id, "%.*s", (int)(n < sizeof id ? n : sizeof id - 1), header);
	for (size_t i = 0; i < q->nvragen; i++) {
		const pt_eval_vraag *v = &q->vragen[i];
		if (pt_fold_eq(header, v->id) || (header[n] && pt_fold_eq(id, v->id)))
			return (int)i;
		for (int l = 0; l < PT_MAX_LANGS; l++)
			if (v->tekst[l] && pt_fold_eq(header, v->tekst[l]))
				return (int)i;
	}
	return -1;
}

static int map_header(resp_state *st, const pt_csv_row *h, pt_error *err)
{
	int ix[R_VRAAG];
	pt_loc loc = {st->name, h->line};
	if (pt_csv_columns_partial(h, resp_cols, ix, loc, err))
		return err->status;
	st->ncols = h->n;
	st->role = pt_xmalloc(h->n * sizeof *st->role);
	st->vraag = pt_xmalloc(h->n * sizeof *st->vraag);
	for (size_t k = 0; k < h->n; k++) {
		st->role[k] = -1, st->vraag[k] = -1;
		for (int r = 0; r < R_VRAAG; r++)
			if (ix[r] == (int)k)
				st->role[k] = r;
		if (st->role[k] >= 0)
			continue;
		/* Personal data is never read, but names are kept to take
		 * them out of the remarks: voornaam, achternaam, e-mail... */
		int kind = pt_redact_column(h->field[k]);
		if (kind) {
			st->role[k] = kind == PT_REDACT_NAME ? R_NAAM : R_PRIVAT;
			continue;
		}
		int v = match_vraag(st->q, h->field[k]);
		if (v < 0)
			return pt_fail(err, PT_EXIT_DATA, loc,
				       pt_tr("unknown column '%s': not a question of the questionnaire nor a known "
					     "column (groep, voorstel, naam, voornaam, achternaam, email, telefoon, "
					     "uren, kosten, wat ging goed, wat kan beter); rename it, remove it or "
					     "use --questions"),
				       h->field[k]);
		for (size_t j = 0; j < k; j++)
			if (st->vraag[j] == v)
				return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("question '%s' has two columns"),
					       st->q->vragen[v].id);
		st->role[k] = R_VRAAG, st->vraag[k] = v;
	}
	st->r->by_voorstel = ix[R_VOORSTEL] >= 0;
	return 0;
}

/* The scope of a voorstel id (NULL: the file has no voorstel column),
 * found in constant time: a survey may hold thousands of proposals. */
static pt_eval_scope *scope_get(resp_state *st, const char *id)
{
	pt_eval_responses *r = st->r;
	if (r->nscopes && st->last < r->nscopes) {
		const char *lid = r->scopes[st->last]->id;
		if ((!id && !lid) || (id && lid && strcmp(id, lid) == 0))
			return r->scopes[st->last];
	}
	json_t *k = json_object_get(r->byid, id ? id : "");
	if (k)
		return r->scopes[st->last = (size_t)json_integer_value(k)];
	pt_eval_scope *s = pt_xcalloc(1, sizeof *s);
	size_t n = 2 * st->q->nvragen;
	s->id = id ? pt_xstrdup(id) : NULL;
	s->som = pt_xcalloc(n + 1, sizeof *s->som);
	s->aantal = pt_xcalloc(n + 1, sizeof *s->aantal);
	s->ontbrekend = pt_xcalloc(n + 1, sizeof *s->ontbrekend);
	json_object_set_new(r->byid, id ? id : "", json_integer((json_int_t)r->nscopes));
	r->scopes = pt_xrealloc(r->scopes, (r->nscopes + 1) * sizeof *r->scopes);
	st->last = r->nscopes;
	r->scopes[r->nscopes++] = s;
	return s;
}

/* A remark cell may hold several remarks, one a line. */
static void add_remarks(pt_eval_scope *s, const char *cell, int groep, int succes)
{
	char *copy = pt_xstrdup(cell), *save = NULL;
	for (char *line = strtok_r(copy, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
		pt_trim(line);
		if (!*line)
			continue;
		s->remarks = pt_xrealloc(s->remarks, (s->nremarks + 1) * sizeof *s->remarks);
		s->remarks[s->nremarks++] = (struct pt_eval_remark){pt_xstrdup(line), groep, succes};
	}
	free(copy);
}

/* A row of answers being read: its process, its group, where it is. */
struct answer_row {
	resp_state *st;
	pt_eval_scope *s;
	int g;			/* PT_TEAM or PT_EXTERN */
	pt_loc loc;
	pt_error *err;
};

static int add_amount(const struct answer_row *a, const char *cell, double *sum, int *has, const char *what)
{
	double v;
	char why[512];
	if (!cell)
		return 0;
	if (pt_parse_amount(cell, &v, why, sizeof why))
		return pt_fail(a->err, PT_EXIT_DATA, a->loc, pt_tr("column %s: %s"), what, why);
	*sum += v, *has = 1;
	return 0;
}

static int score_cell(const struct answer_row *a, size_t k, const char *cell)
{
	resp_state *st = a->st;
	pt_eval_scope *s = a->s;
	int score, v = st->vraag[k], g = a->g;
	if (pt_eval_score(cell, &score))
		return pt_fail(a->err, PT_EXIT_DATA, a->loc,
			       pt_tr("question '%s': score '%s' is not 1 to 5; leave the cell empty when there is no answer"),
			       st->q->vragen[v].id, cell);
	if (score) {
		s->som[2 * v + g] += score;
		s->aantal[2 * v + g]++;
	} else if (st->q->vragen[v].groep == PT_BEIDE || st->q->vragen[v].groep == g) {
		/* an empty cell of a question the group was never asked is not a missing answer */
		s->ontbrekend[2 * v + g]++;
	}
	return 0;
}

static int read_row(resp_state *st, const pt_csv_row *row, pt_error *err)
{
	pt_loc loc = {st->name, row->line};
	const char *groep = NULL, *voorstel = NULL;
	for (size_t k = 0; k < row->n; k++) {
		if (st->role[k] == R_GROEP)
			groep = pt_csv_get(row, (int)k);
		else if (st->role[k] == R_VOORSTEL)
			voorstel = pt_csv_get(row, (int)k);
	}
	int g = groep ? parse_groep(groep, 0) : -1;
	if (g < 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("groep '%s': use team or extern"), groep ? groep : "");
	if (st->r->by_voorstel && !voorstel)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("no voorstel id in this row; fill it in, or drop the voorstel column"));
	pt_eval_scope *s = scope_get(st, voorstel);
	struct answer_row a = {st, s, g, loc, err};
	s->respondenten[g]++;
	for (size_t k = 0; k < row->n; k++) {
		const char *cell = pt_csv_get(row, (int)k);
		int rc = 0;
		switch (st->role[k]) {
		case R_VRAAG: rc = score_cell(&a, k, cell); break;
		case R_UREN: rc = add_amount(&a, cell, &s->uren, &s->has_uren, "uren"); break;
		case R_KOSTEN: rc = add_amount(&a, cell, &s->kosten, &s->has_kosten, "kosten"); break;
		case R_SUCCES: case R_VALKUIL:
			if (cell)
				add_remarks(s, cell, g, st->role[k] == R_SUCCES);
			break;
		case R_NAAM:
			if (cell)
				pt_redact_names_add(st->r->names, cell);
			break;
		default: break;
		}
		if (rc)
			return rc;
	}
	return 0;
}

static int on_response(const pt_csv_row *row, void *ctx, pt_error *err)
{
	resp_state *st = ctx;
	return row->rownum == 1 ? map_header(st, row, err) : read_row(st, row, err);
}

/* ---- lessons: the most frequent remarks -------------------------------- */

struct tally {
	const char *text;
	char *key;
	long count, first;
};

static int by_key(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->first > y->first) - (x->first < y->first);
}

static int by_count(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return (x->first > y->first) - (x->first < y->first);
}

static int in_array(const json_t *a, const char *key)
{
	size_t i;
	json_t *v;
	json_array_foreach(a, i, v) {
		size_t n = json_string_length(v) + 1;
		char *k = pt_xmalloc(n);
		int same = strcmp(pt_fold(json_string_value(v), k, n), key) == 0;
		free(k);
		if (same)
			return 1;
	}
	return 0;
}

/* The three most frequent remarks of one group and kind, appended to out:
 * sorted by folded text to count, then by count; n log n. */
static void top_three(const pt_eval_scope *s, char **redacted, int groep, int succes, json_t *out)
{
	struct tally *t = pt_xmalloc((s->nremarks + 1) * sizeof *t);
	size_t n = 0, m = 0;
	for (size_t i = 0; i < s->nremarks; i++) {
		if (s->remarks[i].groep != groep || s->remarks[i].succes != succes)
			continue;
		size_t len = strlen(redacted[i]) + 1;
		t[n++] = (struct tally){redacted[i], pt_fold(redacted[i], pt_xmalloc(len), len), 1, (long)i};
	}
	qsort(t, n, sizeof *t, by_key);
	for (size_t j = 0; j < n; j++) {
		if (m > 0 && strcmp(t[m - 1].key, t[j].key) == 0) {
			t[m - 1].count++;
			free(t[j].key);
		} else {
			t[m++] = t[j];
		}
	}
	qsort(t, m, sizeof *t, by_count);
	for (size_t j = 0, added = 0; j < m; j++) {
		if (added < 3 && !in_array(out, t[j].key))
			json_array_append_new(out, json_string(t[j].text)), added++;
		free(t[j].key);
	}
	free(t);
}

static void draw_lessons(pt_eval_scope *s, pt_redact_names *names)
{
	char **red = pt_xmalloc((s->nremarks + 1) * sizeof *red);
	for (size_t i = 0; i < s->nremarks; i++)
		red[i] = pt_redact(s->remarks[i].text, names, NULL);
	s->valkuilen = json_array();
	s->succesfactoren = json_array();
	for (int g = PT_TEAM; g <= PT_EXTERN; g++) {
		top_three(s, red, g, 0, s->valkuilen);
		top_three(s, red, g, 1, s->succesfactoren);
	}
	/* The raw remarks go: only the lessons drawn from them are kept. */
	for (size_t i = 0; i < s->nremarks; i++)
		free(red[i]), free(s->remarks[i].text);
	free(red);
	free(s->remarks);
	s->remarks = NULL;
	s->nremarks = 0;
}

pt_eval_responses *pt_eval_responses_read(FILE *f, const char *name, int delim,
					  const pt_eval_data *q, pt_error *err)
{
	pt_eval_responses *r = pt_xcalloc(1, sizeof *r);
	r->byid = json_object();
	r->names = pt_redact_names_new();
	resp_state st = {q, r, name, NULL, NULL, 0, 0};
	int rc = pt_csv_read(f, name, delim, on_response, &st, err);
	for (size_t i = 0; !rc && i < r->nscopes; i++)
		draw_lessons(r->scopes[i], r->names);
	free(st.role);
	free(st.vraag);
	if (rc) {
		pt_eval_responses_free(r);
		return NULL;
	}
	return r;
}

void pt_eval_responses_free(pt_eval_responses *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nscopes; i++) {
		pt_eval_scope *s = r->scopes[i];
		for (size_t k = 0; k < s->nremarks; k++)
			free(s->remarks[k].text);
		free(s->remarks);
		json_decref(s->valkuilen);
		json_decref(s->succesfactoren);
		free(s->id), free(s->som), free(s->aantal), free(s->ontbrekend);
		free(s);
	}
	free(r->scopes);
	json_decref(r->byid);
	pt_redact_names_free(r->names);
	free(r);
}

const pt_eval_scope *pt_eval_scope_for(const pt_eval_responses *r, const char *id)
{
	if (!r->by_voorstel)
		return r->nscopes ? r->scopes[0] : NULL;
	json_t *k = id ? json_object_get(r->byid, id) : NULL;
	return k ? r->scopes[json_integer_value(k)] : NULL;
}
