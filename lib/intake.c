/* The intake of a proposal (the voorstel section): its fields, their
 * types, the checks that turn content gaps into meldingen, and the three
 * ways in: a dossier, a CSV row, questions asked one by one. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "intake.h"

const pt_intake_field pt_intake_fields[] = {
	{"id", PT_F_ID, NULL, 1, "id|nummer|kenmerk"},
	{"titel", PT_F_STR, NULL, 1, "titel|title|onderwerp|subject"},
	{"soort", PT_F_ENUM, &pt_v_soort, 0, "soort|type|kind|soort voorstel"},
	{"afdeling", PT_F_STR, NULL, 0, "afdeling|department"},
	{"trekker", PT_F_STR, NULL, 0, "trekker|lead|projectleider|project lead"},
	{"contact", PT_F_STR, NULL, 0, "contact|e-mail|email"},
	{"portefeuillehouder", PT_F_STR, NULL, 0, "portefeuillehouder|portfolio holder|wethouder"},
	{"initiatiefnemer", PT_F_ENUM, &pt_v_initiatiefnemer, 1, "initiatiefnemer|initiator"},
	{"locatie.naam", PT_F_STR, NULL, 0, "locatie|location|locatie naam|location name"},
	{"locatie.wijk", PT_F_STR, NULL, 0, "wijk|district|buurt"},
	{"locatie.schaal", PT_F_ENUM, &pt_v_schaal, 1, "schaal|scale"},
	{"beleidsfase", PT_F_ENUM, &pt_v_beleidsfase, 1, "beleidsfase|policy phase|fase|phase"},
	{"beleidsruimte", PT_F_ENUM, &pt_v_beleidsruimte, 1, "beleidsruimte|policy room|ruimte"},
	{"impact", PT_F_ENUM, &pt_v_impact, 0, "impact|hinder|nuisance"},
	{"politiekGevoelig", PT_F_BOOL, NULL, 0, "politiek gevoelig|politically sensitive"},
	{"omgevingswet", PT_F_BOOL, NULL, 0, "omgevingswet|environment act"},
	{"vastKader", PT_F_LIST, NULL, 0, "vast kader|vastkader|fixed|kaders"},
	{"openVoorInbreng", PT_F_LIST, NULL, 0, "open voor inbreng|openvoorinbreng|open"},
	{"besluitDoor", PT_F_ENUM, &pt_v_besluitdoor, 0, "besluit door|besluitdoor|decided by"},
	{"datumBesluit", PT_F_DATE, NULL, 0, "datum besluit|datumbesluit|decision date|besluitdatum"},
	{"intake.keuzes", PT_F_BOOL, NULL, 0, "keuzes|echte keuzes|real choices"},
	{"intake.merkbaar", PT_F_BOOL, NULL, 0, "merkbaar|noticeable"},
	{"intake.middelen", PT_F_BOOL, NULL, 0, "middelen|means|tijd en geld"},
	{"geenParticipatie.reden", PT_F_STR, NULL, 0,
	 "geen participatie|reden geen participatie|no participation"},
	{"gewensteTrede", PT_F_TREDE, NULL, 0, "gewenste trede|desired step|trede"},
	{"motivatie", PT_F_STR, NULL, 0, "motivatie|motivation"},
	{"publiekBelang", PT_F_BOOL, NULL, 0, "publiek belang|public interest"},
	{"eigenDoelen", PT_F_BOOL, NULL, 0, "eigen doelen|own goals"},
	{"initiatiefFase", PT_F_ENUM, &pt_v_initiatieffase, 0, "initiatieffase|initiative stage"},
	{"uitzondering", PT_F_STR, NULL, 0, "uitzondering|exclusion"},
	{"budget", PT_F_NUM, NULL, 0, "budget|budget eur"},
	/* Kind of decision and who has a say: pt-strategy's caps and floors. */
	{"thema", PT_F_LIST, &pt_v_thema, 0, "thema|themas|topic|topics"},
	{"instrument", PT_F_ENUM, &pt_v_instrument, 0, "instrument|soort besluit|kind of decision"},
	{"spoed", PT_F_BOOL, NULL, 0, "spoed|urgent|urgency"},
	{"zeggenschap", PT_F_ENUM, &pt_v_zeggenschap, 0, "zeggenschap|say|control"},
	{"zeggenschapKaders", PT_F_STR, NULL, 0, "zeggenschap kaders|zeggenschapkaders|mandate limits"},
	{NULL, 0, NULL, 0, NULL}
};

const char *pt_intake_label(const pt_intake_field *f, int lang)
{
	return pt_text_needed(pt_texts_load("intake-velden.csv", 1, PT_NL), f->path, lang);
}

const char *pt_intake_text(int lang, const char *id)
{
	return pt_text_needed(pt_texts_load("intake-teksten.csv", 1, PT_NL), id, lang);
}

/* Does name (folded) equal one of the '|'-separated CSV names? */
static int csv_name_is(const char *names, const char *folded)
{
	char one[128], f[128];
	for (const char *p = names; *p;) {
		size_t n = strcspn(p, "|");
		snprintf(one, sizeof one, "%.*s", (int)n, p);
		if (strcmp(pt_fold(one, f, sizeof f), folded) == 0)
			return 1;
		p += n + (p[n] == '|');
	}
	return 0;
}

/* By path, by its last part when that is unique ("schaal"), or by a name
 * the CSV reader knows for it ("besluitdatum"), case and spaces folded. */
const pt_intake_field *pt_intake_field_find(const char *path)
{
	const pt_intake_field *by_tail = NULL, *by_name = NULL;
	int tails = 0;
	char folded[128];
	if (strncmp(path, "voorstel.", 9) == 0)
		path += 9;
	pt_fold(path, folded, sizeof folded);
	for (const pt_intake_field *f = pt_intake_fields; f->path; f++) {
		const char *dot = strrchr(f->path, '.');
		if (strcmp(f->path, path) == 0)
			return f;
		if (dot && strcmp(dot + 1, path) == 0)
			by_tail = f, tails++;
		if (!by_name && csv_name_is(f->csv_names, folded))
			by_name = f;
	}
	return tails == 1 ? by_tail : by_name;
}

/* For an unknown field name: the fields below it ("locatie" gives
 * locatie.naam, locatie.wijk, locatie.schaal) or the closest one. */
static void field_hint(const char *path, char *buf, size_t n)
{
	size_t len = strlen(path), o = 0, best_d = (size_t)-1;
	const char *best = NULL;
	char folded[128], f[128];
	buf[0] = '\0';
	for (const pt_intake_field *x = pt_intake_fields; x->path; x++)
		if (strncmp(x->path, path, len) == 0 && x->path[len] == '.' && o + 1 < n)
			o += (size_t)snprintf(buf + o, n - o, "%s%s", o ? ", " : "", x->path);
	if (o)
		return;
	pt_fold(path, folded, sizeof folded);
	for (const pt_intake_field *x = pt_intake_fields; x->path; x++) {
		size_t d = pt_levenshtein(folded, pt_fold(x->path, f, sizeof f));
		if (d < best_d)
			best_d = d, best = x->path;
	}
	if (best && best_d <= (strlen(folded) < 6 ? 1 : strlen(folded) / 3))
		snprintf(buf, n, "%s", best);
}

int pt_intake_set_check(const char *assignment, pt_error *err)
{
	const char *eq = strchr(assignment, '=');
	char path[128], hint[256];
	if (!eq || eq == assignment || (size_t)(eq - assignment) >= sizeof path)
		return pt_fail(err, PT_EXIT_USAGE, (pt_loc){0, 0},
			       pt_tr("--set wants FIELD=VALUE, e.g. --set titel='Speelplek Oost', not '%s'"),
			       assignment);
	snprintf(path, sizeof path, "%.*s", (int)(eq - assignment), assignment);
	if (pt_intake_field_find(path))
		return 0;
	field_hint(strncmp(path, "voorstel.", 9) == 0 ? path + 9 : path, hint, sizeof hint);
	if (*hint)
		return pt_fail(err, PT_EXIT_USAGE, (pt_loc){0, 0},
			       pt_tr("--set %s: unknown field; did you mean %s?"), path, hint);
	return pt_fail(err, PT_EXIT_USAGE, (pt_loc){0, 0},
		       pt_tr("--set %s: unknown field (the voorstel fields are listed in pt-paragraph(1))"),
		       path);
}

static const char *type_name(pt_field_type t)
{
	switch (t) {
	case PT_F_BOOL: return pt_tr("true or false");
	case PT_F_LIST: return pt_tr("a list of texts");
	case PT_F_NUM: return pt_tr("a number of 0 or more");
	case PT_F_DATE: return pt_tr("a date");
	default: return pt_tr("a text");
	}
}

/* A trede of either ladder: matched against both. */
static int match_trede(const char *s, const char *what, pt_loc loc, const char **code,
		       pt_error *err)
{
	pt_error ignore;
	int i = pt_vocab_match(&pt_v_burgertrede, s, what, loc, &ignore);
	if (i >= 0)
		return *code = pt_v_burgertrede.terms[i].code, 0;
	i = pt_vocab_match(&pt_v_overheidstrede, s, what, loc, &ignore);
	if (i >= 0)
		return *code = pt_v_overheidstrede.terms[i].code, 0;
	return pt_fail(err, PT_EXIT_DATA, loc,
		       pt_tr("%s: unknown value '%s' (allowed: a step of either ladder: "
			     "informeren, raadplegen, adviseren, coproduceren, meebeslissen, reguleren, "
			     "regisseren, stimuleren, faciliteren, loslaten)"), what, s);
}

/* Split "a; b; c" (or lines) into a list of trimmed, non-empty texts. */
static json_t *split_list(const char *s)
{
	json_t *a = json_array();
	char *copy = pt_xstrdup(s), *save = NULL;
	for (char *t = strtok_r(copy, ";\n", &save); t; t = strtok_r(NULL, ";\n", &save))
		if (*pt_trim(t))
			json_array_append_new(a, json_string(t));
	free(copy);
	return a;
}

/* Each text of a list of codes (thema) to its code, or fail. */
static int list_codes(json_t *list, const pt_vocab *voc, const char *what, pt_loc loc, pt_error *err)
{
	size_t i;
	json_t *x;
	char where[128];
	json_array_foreach(list, i, x) {
		snprintf(where, sizeof where, "%s[%zu]", what, i);
		int k = pt_vocab_match(voc, json_string_value(x), where, loc, err);
		if (k < 0)
			return err->status;
		json_array_set_new(list, i, json_string(voc->terms[k].code));
	}
	return 0;
}

/* Bring one present field to its canonical form, or fail.  what names
 * the field as the user wrote it: "voorstel.datumBesluit" in a dossier,
 * "column 'Besluitdatum'" in a CSV file, "--set besluitdatum". */
static int normalize_field(json_t *voorstel, const pt_intake_field *f, const char *what,
			   pt_loc loc, pt_error *err)
{
	char why[256], iso[11];
	json_t *v = pt_get(voorstel, f->path);
	const char *s = json_string_value(v);
	int b;
	if (!v || json_is_null(v))
		return 0;
	switch (f->type) {
	case PT_F_STR:
	case PT_F_ID:
		if (!s)
			break;
		if (f->type == PT_F_ID && !pt_id_safe(s))
			return pt_fail(err, PT_EXIT_DATA, loc,
				       pt_tr("%s: '%s' is not a safe file name (use 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit)"),
				       what, s);
		return 0;
	case PT_F_ENUM: {
		if (!s)
			break;
		int i = pt_vocab_match(f->vocab, s, what, loc, err);
		if (i < 0)
			return err->status;
		return pt_set_path(voorstel, f->path, json_string(f->vocab->terms[i].code));
	}
	case PT_F_TREDE: {
		const char *code = NULL;
		if (!s)
			break;
		if (match_trede(s, what, loc, &code, err))
			return err->status;
		return pt_set_path(voorstel, f->path, json_string(code));
	}
	case PT_F_BOOL:
		if (json_is_boolean(v))
			return 0;
		if (s && pt_parse_bool(s, &b) == 0)
			return pt_set_path(voorstel, f->path, json_boolean(b));
		break;
	case PT_F_DATE:
		if (!s)
			break;
		if (pt_parse_date(s, iso, why, sizeof why) < 0)
			return pt_fail(err, PT_EXIT_DATA, loc, "%s: %s", what, why);
		return strcmp(s, iso) ? pt_set_path(voorstel, f->path, json_string(iso)) : 0;
	case PT_F_NUM:
		if (json_is_number(v) && json_number_value(v) >= 0)
			return 0;
		break;
	case PT_F_LIST: {
		size_t i;
		json_t *x;
		if (s) {
			v = split_list(s);
			pt_set_path(voorstel, f->path, v);
		}
		if (!json_is_array(v))
			break;
		json_array_foreach(v, i, x)
			if (!json_is_string(x))
				return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s[%zu]: expected a text"), what, i);
		return f->vocab ? list_codes(v, f->vocab, what, loc, err) : 0;
	}
	}
	return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: expected %s"), what, type_name(f->type));
}

/* "voorstel.locatie.schaal": how a field is named inside a dossier. */
static const char *dossier_name(const pt_intake_field *f, char *buf, size_t n)
{
	snprintf(buf, n, "voorstel.%s", f->path);
	return buf;
}

int pt_intake_normalize(json_t *d, pt_loc loc, pt_error *err)
{
	json_t *v = json_object_get(d, "voorstel");
	if (!v)
		return 0;
	if (!json_is_object(v))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("voorstel: expected an object"));
	json_t *loc_obj = json_object_get(v, "locatie");
	if (loc_obj && !json_is_object(loc_obj))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("voorstel.locatie: expected an object"));
	json_t *gp = json_object_get(v, "geenParticipatie");
	if (gp && !json_is_object(gp))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("voorstel.geenParticipatie: expected an object"));
	json_t *ur = json_object_get(v, "uitdaagrecht");
	if (ur && !json_is_object(ur))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("voorstel.uitdaagrecht: expected an object"));
	json_t *in = json_object_get(v, "intake");
	if (in && !json_is_object(in))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("voorstel.intake: expected an object"));
	for (const pt_intake_field *f = pt_intake_fields; f->path; f++) {
		char what[96];
		if (normalize_field(v, f, dossier_name(f, what, sizeof what), loc, err))
			return err->status;
	}
	return 0;
}

/* A raw text value for a field, as typed by a person or a spreadsheet:
 * a number field takes pt_parse_amount's reading, so "1.250,50" is a
 * budget and "1.000" an error rather than a guess.  NULL with err set. */
static json_t *raw_value(const pt_intake_field *f, const char *text, const char *what,
			 pt_loc loc, pt_error *err)
{
	char why[512];
	double x;
	json_t *v;
	if (f->type == PT_F_NUM) {
		if (pt_parse_amount(text, &x, why, sizeof why)) {
			pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: expected %s; %s"), what,
				type_name(f->type), why);
			return NULL;
		}
		/* Whole amounts stay integers; below 10^15 they convert exactly. */
		return x == floor(x) ? json_integer((json_int_t)x) : json_real(x);
	}
	if (!(v = json_string(text)))
		pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: not valid UTF-8 text"), what);
	return v;
}

static json_t *voorstel_of(json_t *d)
{
	json_t *v = json_object_get(d, "voorstel");
	if (!json_is_object(v)) {
		v = json_object();
		pt_section_set(d, "voorstel", v);
	}
	return v;
}

static void remove_path(json_t *voorstel, const char *path)
{
	const char *dot = strrchr(path, '.');
	if (!dot) {
		json_object_del(voorstel, path);
		return;
	}
	char parent[128];
	snprintf(parent, sizeof parent, "%.*s", (int)(dot - path), path);
	json_object_del(pt_get(voorstel, parent), dot + 1);
}

int pt_intake_set(json_t *d, const char *assignment, pt_loc loc, pt_error *err)
{
	char what[160];
	if (pt_intake_set_check(assignment, err)) {
		err->loc = loc;
		return err->status;
	}
	const char *eq = strchr(assignment, '=');
	snprintf(what, sizeof what, "--set %.*s", (int)(eq - assignment), assignment);
	const pt_intake_field *f = pt_intake_field_find(what + 6);
	json_t *v = voorstel_of(d);
	if (eq[1] == '\0')
		return remove_path(v, f->path), 0;
	/* A value that does not normalize leaves the old one in place. */
	json_t *val = raw_value(f, eq + 1, what, loc, err);
	if (!val)
		return err->status;
	json_t *old = json_incref(pt_get(v, f->path));
	pt_set_path(v, f->path, val);
	int rc = normalize_field(v, f, what, loc, err);
	if (rc && old)
		pt_set_path(v, f->path, json_incref(old));
	else if (rc)
		remove_path(v, f->path);
	json_decref(old);
	return rc;
}

json_t *pt_intake_from_row(const pt_csv_row *row, const pt_csv_row *hdr, const int *idx,
			   pt_loc loc, pt_error *err)
{
	json_t *d = json_object(), *v = json_object();
	char what[160];
	int bad = 0;
	json_object_set_new(d, "pt", json_integer(PT_FORMAT_VERSION));
	json_object_set_new(d, "voorstel", v);
	for (size_t i = 0; pt_intake_fields[i].path; i++) {
		const pt_intake_field *f = &pt_intake_fields[i];
		const char *s = pt_csv_get(row, idx[i]);
		pt_error e = {0};
		if (!s)
			continue;
		/* Errors name the column as the spreadsheet has it. */
		snprintf(what, sizeof what, pt_tr("column '%s'"),
			 hdr && (size_t)idx[i] < hdr->n ? hdr->field[idx[i]] : f->path);
		/* The cell into the voorstel, as a value of its field. */
		json_t *val = raw_value(f, s, what, loc, &e);
		if (val)
			pt_set_path(v, f->path, val);
		if (val && !normalize_field(v, f, what, loc, &e))
			continue;
		/* Every bad cell of the row is named: all but the last here,
		 * the last by whoever reports err. */
		if (bad++)
			pt_report(err);
		*err = e;
	}
	if (bad || pt_intake_normalize(d, loc, err)) {
		json_decref(d);
		return NULL;
	}
	return d;
}

void pt_intake_columns(pt_column *cols)
{
	size_t i;
	for (i = 0; pt_intake_fields[i].path; i++)
		cols[i] = (pt_column){pt_intake_fields[i].path, pt_intake_fields[i].csv_names, 0};
	cols[i] = (pt_column){0, 0, 0};
}

void pt_dossier_stamp(json_t *d)
{
	if (json_object_get(d, "pt"))
		return;
	/* "pt" goes first: rebuild the object with it in front. */
	json_t *copy = json_object();
	const char *k;
	json_t *v;
	json_object_set_new(copy, "pt", json_integer(PT_FORMAT_VERSION));
	json_object_foreach(d, k, v)
		json_object_set(copy, k, v);
	json_object_clear(d);
	json_object_update(d, copy);
	json_decref(copy);
}
