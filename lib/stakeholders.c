/* The stakeholder analysis: read each stakeholder, merge the -f file in,
 * place it on the power-interest grid, give its salience class, advice and
 * step, order by priority, and name the groups that are missing. */
#include <stdlib.h>
#include <string.h>
#include "stakeholders.h"

const pt_column pt_sh_columns[] = {
	/* naam is required; the readers check it, so every column is looked up. */
	{"naam", "naam|name|stakeholder|partij|organisatie|organisation|organization", 0},
	{"groep", "groep|group|doelgroep|category|categorie", 0},
	{"tags", "tags|tag|labels|groepen|groups", 0},
	{"invloed", "invloed|influence|power|macht", 0},
	{"belang", "belang|interest|interesse", 0},
	{"houding", "houding|attitude|stance|position|positie", 0},
	{"legitiem", "legitiem|legitimate|legitimacy|legitimiteit", 0},
	{"urgent", "urgent|urgency|urgentie", 0},
	{"contact", "contact|contactpersoon|email|e-mail", 0},
	{"opmerking", "opmerking|opmerkingen|remark|remarks|note|notes|comment|comments|toelichting", 0},
	{"voorstel", "voorstel|proposal|dossier|voorstelid|voorstel id|proposal id", 0},
	{0, 0, 0}
};

/* Keys we write ourselves; read back on a rerun, they are derived again. */
static const char *derived_keys[] = {"kwadrant", "salience", "aanpak", "trede", NULL};

void pt_sh_init(pt_sh *s)
{
	memset(s, 0, sizeof *s);
	s->groep = s->houding = s->legitiem = s->urgent = -1;
}

int pt_sh_level(const char *s)
{
	pt_error ignore;
	/* A digit is taken as written, spaces around it aside: folding would
	 * drop the sign of "-1" or the dot of ".3" and make them levels. */
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s >= '0' && *s <= '9') {
		const char *e = s + 1;
		while (*e == ' ' || *e == '\t')
			e++;
		return *s >= '1' && *s <= '5' && *e == '\0' ? *s - '0' : 0;
	}
	if (*s == '-' || *s == '+' || *s == '.')
		return 0;
	/* pt-stakeholders(1): laag 1, midden 3, hoog 5. */
	int i = pt_vocab_match(&pt_v_niveau, s, "", (pt_loc){0, 0}, &ignore);
	return i < 0 ? 0 : 1 + 2 * i;
}

int pt_sh_kwadrant(int invloed, int belang, int drempel)
{
	int power = invloed >= drempel, interest = belang >= drempel;
	/* pt_v_kwadrant order: actief betrekken, tevreden houden, consulteren, informeren */
	return power ? (interest ? 0 : 1) : (interest ? 2 : 3);
}

int pt_sh_salience(int power, int legitiem, int urgent)
{
	/* pt_v_salience order: slapend P, discretionair L, veeleisend U,
	 * dominant PL, gevaarlijk PU, afhankelijk LU, definitief PLU, geen. */
	static const int by_bits[8] = {7, 0, 1, 3, 2, 4, 5, 6};
	return by_bits[(power ? 1 : 0) | (legitiem ? 2 : 0) | (urgent ? 4 : 0)];
}

/* A vocabulary code: the exact code first (the common, fast case), then
 * the forgiving match with its message. */
static int vocab_code(const pt_vocab *v, const char *text, const char *what, pt_loc loc,
		      pt_error *err)
{
	int i = pt_vocab_index(v, text);
	return i >= 0 ? i : pt_vocab_match(v, text, what, loc, err);
}

static void what_of(const pt_sh *s, int col, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s%s", s->where, s->where[0] ? "." : "", pt_sh_columns[col].key);
}

static int set_level(pt_sh *s, int col, const json_t *v, const char *text, pt_error *err)
{
	char what[96], shown[64];
	int n = 0;
	if (json_is_integer(v)) {
		json_int_t i = json_integer_value(v);
		n = i >= 1 && i <= 5 ? (int)i : 0;
		snprintf(shown, sizeof shown, "%" JSON_INTEGER_FORMAT, i);
	} else if (text) {
		n = pt_sh_level(text);
		snprintf(shown, sizeof shown, "%s", text);
	} else {
		snprintf(shown, sizeof shown, "%s", json_is_real(v) ? "a fraction" : "not a number");
	}
	if (!n) {
		what_of(s, col, what, sizeof what);
		return pt_fail(err, PT_EXIT_DATA, s->loc,
			       "%s: '%s' is not a level (give 1 to 5, or laag, midden, hoog)",
			       what, shown);
	}
	*(col == PT_SH_INVLOED ? &s->invloed : &s->belang) = n;
	return 0;
}

static int set_bool(pt_sh *s, int col, const json_t *v, const char *text, pt_error *err)
{
	char what[96];
	int b;
	if (json_is_boolean(v))
		b = json_is_true(v);
	else if (json_is_integer(v) && (json_integer_value(v) == 0 || json_integer_value(v) == 1))
		b = (int)json_integer_value(v);
	else if (!text || pt_parse_bool(text, &b) != 0) {
		what_of(s, col, what, sizeof what);
		return pt_fail(err, PT_EXIT_DATA, s->loc, "%s: '%s' is not yes or no (give ja or nee)",
			       what, text ? text : json_is_number(v) ? "a number" : "not a text");
	}
	*(col == PT_SH_LEGITIEM ? &s->legitiem : &s->urgent) = b;
	return 0;
}

static int add_tag(pt_sh *s, const char *tag, pt_error *err)
{
	char what[96];
	what_of(s, PT_SH_TAGS, what, sizeof what);
	int i = vocab_code(&pt_v_groep, tag, what, s->loc, err);
	if (i < 0)
		return err->status;
	s->tags |= (uint64_t)1 << i;
	return 0;
}

/* Tags as a JSON list, or a text "jongeren; ouderen" (also ',' or '|'). */
static int set_tags(pt_sh *s, const json_t *v, const char *text, pt_error *err)
{
	char what[96];
	s->has_tags = 1;
	s->tags = 0;
	if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) {
			if (!json_is_string(x)) {
				what_of(s, PT_SH_TAGS, what, sizeof what);
				return pt_fail(err, PT_EXIT_DATA, s->loc, "%s[%zu]: expected a group code",
					       what, i);
			}
			if (add_tag(s, json_string_value(x), err))
				return err->status;
		}
		return 0;
	}
	if (!text) {
		what_of(s, PT_SH_TAGS, what, sizeof what);
		return pt_fail(err, PT_EXIT_DATA, s->loc, "%s: expected a list of group codes", what);
	}
	char *copy = pt_xstrdup(text), *save = NULL;
	int rc = 0;
	for (char *t = strtok_r(copy, ";,|\n", &save); t && !rc; t = strtok_r(NULL, ";,|\n", &save))
		if (*pt_trim(t))
			rc = add_tag(s, t, err);
	free(copy);
	return rc;
}

static int set_text(pt_sh *s, int col, const char *text, pt_error *err)
{
	char what[96];
	if (!text) {
		what_of(s, col, what, sizeof what);
		return pt_fail(err, PT_EXIT_DATA, s->loc, "%s: expected a text", what);
	}
	switch (col) {
	case PT_SH_NAAM: {
		s->naam = text;
		pt_fold(text, s->key, sizeof s->key);
		if (!s->key[0])
			return pt_fail(err, PT_EXIT_DATA, s->loc, "%s%snaam: empty (every stakeholder needs a name)", s->where,
				       s->where[0] ? "." : "");
		return 0;
	}
	case PT_SH_CONTACT: s->contact = text; return 0;
	case PT_SH_OPMERKING: s->opmerking = text; return 0;
	default: s->voorstel = *text ? text : NULL; return 0;
	}
}

int pt_sh_set(pt_sh *s, int col, const json_t *v, const char *text, pt_error *err)
{
	char what[96];
	int i;
	if (v && !text)
		text = json_string_value(v);
	if (json_is_null(v))
		return 0;
	switch (col) {
	case PT_SH_INVLOED:
	case PT_SH_BELANG:
		return set_level(s, col, v, text, err);
	case PT_SH_LEGITIEM:
	case PT_SH_URGENT:
		return set_bool(s, col, v, text, err);
	case PT_SH_TAGS:
		return set_tags(s, v, text, err);
	case PT_SH_GROEP:
	case PT_SH_HOUDING:
		what_of(s, col, what, sizeof what);
		if (!text)
			return pt_fail(err, PT_EXIT_DATA, s->loc, "%s: expected a text", what);
		i = vocab_code(col == PT_SH_GROEP ? &pt_v_groep : &pt_v_houding, text, what, s->loc, err);
		if (i < 0)
			return err->status;
		*(col == PT_SH_GROEP ? &s->groep : &s->houding) = i;
		return 0;
	default:
		return set_text(s, col, text, err);
	}
}

/* The column a JSON key names: the canonical key exactly (fast), else by
 * the Dutch and English names, as a CSV header would.  -1: not ours;
 * PT_SH_NCOLS: one we derive. */
static int column_of(const char *key)
{
	for (int c = 0; c < PT_SH_NCOLS; c++)
		if (strcmp(pt_sh_columns[c].key, key) == 0)
			return c;
	for (int i = 0; derived_keys[i]; i++)
		if (strcmp(derived_keys[i], key) == 0)
			return PT_SH_NCOLS;
	pt_csv_row hdr = {1, (char **)&key, 0, 1};
	int idx[PT_SH_NCOLS];
	pt_error ignore;
	pt_csv_columns_partial(&hdr, pt_sh_columns, idx, (pt_loc){0, 0}, &ignore);
	for (int c = 0; c < PT_SH_NCOLS; c++)
		if (idx[c] == 0)
			return c;
	return -1;
}

int pt_sh_from_json(pt_sh *s, const json_t *obj, int keep_extra, pt_error *err)
{
	const char *key;
	json_t *v;
	if (!json_is_object(obj))
		return pt_fail(err, PT_EXIT_DATA, s->loc, "%s: expected an object with a naam",
			       s->where[0] ? s->where : "stakeholder");
	json_object_foreach((json_t *)obj, key, v) {
		int c = column_of(key);
		if (c < 0)
			continue;
		if (c < PT_SH_NCOLS && pt_sh_set(s, c, v, NULL, err))
			return err->status;
	}
	if (!s->naam)
		return pt_fail(err, PT_EXIT_DATA, s->loc, "%s: no naam (every stakeholder needs a name)",
			       s->where[0] ? s->where : "stakeholder");
	if (keep_extra)
		s->extra = obj;
	return 0;
}

/* The name is the key: the spelling first met stays. */
void pt_sh_merge(pt_sh *into, const pt_sh *from)
{
	if (from->groep >= 0)
		into->groep = from->groep;
	if (from->has_tags)
		into->has_tags = 1, into->tags = from->tags;
	if (from->invloed)
		into->invloed = from->invloed;
	if (from->belang)
		into->belang = from->belang;
	if (from->houding >= 0)
		into->houding = from->houding;
	if (from->legitiem >= 0)
		into->legitiem = from->legitiem;
	if (from->urgent >= 0)
		into->urgent = from->urgent;
	if (from->contact)
		into->contact = from->contact;
	if (from->opmerking)
		into->opmerking = from->opmerking;
}

/* ---- one dossier -------------------------------------------------------- */

/* The stakeholders of one dossier while it is worked on. */
typedef struct sh_list {
	pt_sh *s;
	size_t n, cap;
	json_t *d;
	const pt_sh_opts *o;
} sh_list;

typedef struct sh_row {
	size_t at;		/* position before sorting: keeps the sort stable */
	int kwadrant, salience, trede;
	int weight;		/* invloed + belang */
} sh_row;

static pt_sh *sh_push(sh_list *l)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->s = pt_xrealloc(l->s, l->cap * sizeof *l->s);
	}
	return &l->s[l->n++];
}

static int read_dossier(sh_list *l, const json_t *arr, const pt_loc *loc, pt_error *err)
{
	size_t i;
	json_t *v;
	if (!arr || json_is_null(arr))
		return 0;
	if (!json_is_array(arr))
		return pt_fail(err, PT_EXIT_DATA, *loc, "stakeholders: expected a list of objects");
	json_array_foreach(arr, i, v) {
		pt_sh *s = sh_push(l);
		pt_sh_init(s);
		s->loc = *loc;
		snprintf(s->where, sizeof s->where, "stakeholders[%zu]", i);
		if (pt_sh_from_json(s, v, 1, err))
			return err->status;
	}
	return 0;
}

/* The same name twice in the dossier is kept as given (so a rerun finds
 * it again) and named once in a melding, in output order.  Entries from
 * the file never repeat a name: they were merged into the first. */
static void dossier_dups(sh_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		int first = 1, times = 1;
		for (size_t j = 0; j < i && first; j++)
			first = strcmp(l->s[j].key, l->s[i].key) != 0;
		for (size_t j = i + 1; j < l->n && first; j++)
			times += strcmp(l->s[j].key, l->s[i].key) == 0;
		if (!first || times == 1)
			continue;
		pt_melding_add(l->d, PT_WAARSCHUWING, "dubbele-stakeholder", "stakeholders", l->o->bron,
			       l->o->lang ? "'%s' appears %d times among the dossier's stakeholders; "
					    "merge them or give them different names"
					  : "'%s' staat %d keer bij de stakeholders van het dossier; "
					    "voeg ze samen of geef ze verschillende namen",
			       l->s[i].naam, times);
	}
}

/* A -f entry: merged into every stakeholder of that name (a name the
 * dossier holds twice gets it twice, so a rerun finds the same), or added. */
static void merge_file_entry(const pt_sh *f, int dups, void *ctx)
{
	sh_list *l = ctx;
	int found = 0;
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->s[i].key, f->key) == 0)
			pt_sh_merge(&l->s[i], f), found = 1;
	if (!found)
		*sh_push(l) = *f;
	if (dups)
		pt_melding_add(l->d, PT_WAARSCHUWING, "dubbele-stakeholder", "stakeholders", l->o->bron,
			       l->o->lang ? "'%s' appears %d times in %s (from line %ld); the rows were "
					    "merged, the last one winning per field"
					  : "'%s' staat %d keer in %s (vanaf regel %ld); de rijen zijn "
					    "samengevoegd, de laatste wint per veld",
			       f->naam, dups + 1, pt_filename(f->loc.file), f->loc.line);
}

static int check_complete(const pt_sh *s, pt_error *err)
{
	const char *miss = !s->invloed ? "invloed" : !s->belang ? "belang" : NULL;
	if (!miss)
		return 0;
	return pt_fail(err, PT_EXIT_DATA, s->loc,
		       "%s%s'%s' has no %s (give 1 to 5, or laag, midden, hoog)", s->where,
		       s->where[0] ? ": " : "", s->naam, miss);
}

static int attributes(int salience)
{
	/* slapend, discretionair, veeleisend: 1; the pairs 2; definitief 3; geen 0 */
	static const int n[8] = {1, 1, 1, 2, 2, 2, 3, 0};
	return n[salience];
}

/* Priority: the higher step first, then the quadrant's order, the salience
 * (attributes held), influence plus interest; ties keep their input order. */
static int by_priority(const void *pa, const void *pb)
{
	const sh_row *a = pa, *b = pb;
	if (a->trede != b->trede)
		return b->trede - a->trede;
	if (a->kwadrant != b->kwadrant)
		return a->kwadrant - b->kwadrant;
	if (attributes(a->salience) != attributes(b->salience))
		return attributes(b->salience) - attributes(a->salience);
	if (a->weight != b->weight)
		return b->weight - a->weight;
	return a->at < b->at ? -1 : a->at > b->at;
}

static json_t *tags_json(uint64_t tags)
{
	json_t *a = json_array();
	for (int i = 0; pt_v_groep.terms[i].code; i++)
		if (tags & (uint64_t)1 << i)
			json_array_append_new(a, json_string(pt_v_groep.terms[i].code));
	return a;
}

static json_t *sh_json(const pt_sh *s, const sh_row *r, const pt_sh_opts *o)
{
	char aanpak[2048];
	json_t *j = json_object();
	json_object_set_new(j, "naam", json_string(s->naam));
	if (s->groep >= 0)
		json_object_set_new(j, "groep", json_string(pt_v_groep.terms[s->groep].code));
	if (s->tags)
		json_object_set_new(j, "tags", tags_json(s->tags));
	json_object_set_new(j, "invloed", json_integer(s->invloed));
	json_object_set_new(j, "belang", json_integer(s->belang));
	json_object_set_new(j, "houding",
			    json_string(pt_v_houding.terms[s->houding >= 0 ? s->houding : 3].code));
	json_object_set_new(j, "legitiem", json_boolean(s->legitiem == 1));
	json_object_set_new(j, "urgent", json_boolean(s->urgent == 1));
	if (s->contact)
		json_object_set_new(j, "contact", json_string(s->contact));
	if (s->opmerking)
		json_object_set_new(j, "opmerking", json_string(s->opmerking));
	json_object_set_new(j, "kwadrant", json_string(pt_v_kwadrant.terms[r->kwadrant].code));
	json_object_set_new(j, "salience", json_string(pt_v_salience.terms[r->salience].code));
	pt_sh_aanpak(o->tables, r->kwadrant, r->salience, s->houding >= 0 ? s->houding : 3, o->lang,
		     aanpak, sizeof aanpak);
	json_object_set_new(j, "aanpak", json_string(aanpak));
	json_object_set_new(j, "trede", json_string(pt_v_burgertrede.terms[r->trede].code));
	/* Keys of someone else's making travel along, after ours. */
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)s->extra, key, v)
		if (column_of(key) < 0)
			json_object_set(j, key, v);
	return j;
}

struct need_ctx {
	uint64_t present;
	sh_list *l;
};

static void need_group(uint64_t mask, int first, void *ctx)
{
	struct need_ctx *n = ctx;
	const pt_sh_opts *o = n->l->o;
	if (mask & n->present)
		return;
	const pt_term *t = &pt_v_groep.terms[first];
	const char *label = o->lang ? t->en : t->nl;
	int same = strcmp(label, t->code) == 0;
	pt_melding_add(n->l->d, PT_WAARSCHUWING, "ontbrekende-groep", "stakeholders", o->bron,
		       o->lang ? "No stakeholder from the group %s%s%s%s: a plan of this scale and kind "
				 "usually affects them; find out who speaks for them and add them"
			       : "Geen stakeholder uit de groep %s%s%s%s: een plan van deze schaal en "
				 "soort raakt hen meestal; ga na wie hen vertegenwoordigt en voeg die toe",
		       label, same ? "" : " (", same ? "" : t->code, same ? "" : ")");
}

/* The checklist of groups, unless the dossier says there is no participation. */
static void missing_groups(sh_list *l)
{
	struct need_ctx n = {0, l};
	if (json_is_object(pt_get(l->d, "voorstel.geenParticipatie")))
		return;
	for (size_t i = 0; i < l->n; i++)
		n.present |= l->s[i].tags | (l->s[i].groep >= 0 ? (uint64_t)1 << l->s[i].groep : 0);
	int schaal = pt_vocab_index(&pt_v_schaal, pt_get_str(l->d, "voorstel.locatie.schaal"));
	int soort = pt_vocab_index(&pt_v_soort, pt_get_str(l->d, "voorstel.soort"));
	pt_sh_checklist(l->o->tables, schaal, soort, need_group, &n);
}

/* Put the stakeholders in the sorted order of rows. */
static void sh_reorder(sh_list *l, const sh_row *rows)
{
	pt_sh *sorted = pt_xmalloc((l->n ? l->n : 1) * sizeof *sorted);
	for (size_t i = 0; i < l->n; i++)
		sorted[i] = l->s[rows[i].at];
	free(l->s);
	l->s = sorted;
	l->cap = l->n;
}

static json_t *derive_all(sh_list *l)
{
	const pt_sh_opts *o = l->o;
	sh_row *rows = pt_xmalloc((l->n ? l->n : 1) * sizeof *rows);
	for (size_t i = 0; i < l->n; i++) {
		const pt_sh *s = &l->s[i];
		rows[i].at = i;
		rows[i].kwadrant = pt_sh_kwadrant(s->invloed, s->belang, o->drempel);
		rows[i].salience = pt_sh_salience(s->invloed >= o->drempel, s->legitiem == 1,
						  s->urgent == 1);
		rows[i].trede = pt_sh_trede(o->tables, rows[i].kwadrant, rows[i].salience);
		rows[i].weight = s->invloed + s->belang;
	}
	qsort(rows, l->n, sizeof *rows, by_priority);
	sh_reorder(l, rows);
	dossier_dups(l);
	json_t *arr = json_array();
	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(arr, sh_json(&l->s[i], &rows[i], o));
	free(rows);
	return arr;
}

static int analyse(sh_list *l, const pt_loc *loc, pt_error *err)
{
	json_t *d = l->d;
	if (read_dossier(l, json_object_get(d, "stakeholders"), loc, err))
		return err->status;
	if (l->o->file)
		pt_sh_file_each(l->o->file, pt_get_str(d, "voorstel.id"), merge_file_entry, l);
	for (size_t i = 0; i < l->n; i++)
		if (check_complete(&l->s[i], err))
			return err->status;
	/* Built in full before the old section, which holds the strings, goes. */
	json_t *arr = derive_all(l);
	if (l->n == 0)
		pt_melding_add(d, PT_WAARSCHUWING, "geen-stakeholders", "stakeholders", l->o->bron, "%s",
			       l->o->lang ? "No stakeholders are listed; add them to the dossier or "
					    "with pt-stakeholders -f FILE"
					  : "Er zijn geen stakeholders genoemd; voeg ze toe aan het "
					    "dossier of met pt-stakeholders -f BESTAND");
	missing_groups(l);
	pt_section_set(d, "stakeholders", arr);
	return 0;
}

int pt_stakeholders_run(json_t *d, const pt_loc *loc, const pt_sh_opts *o, pt_error *err)
{
	sh_list l = {NULL, 0, 0, d, o};
	/* Marked first: a dossier refused below (--keep-going) was still in
	 * the input, so its rows did match one. */
	if (o->file)
		pt_sh_file_met(o->file, pt_get_str(d, "voorstel.id"));
	/* The section takes its place before our meldingen do, so that a
	 * rerun, which drops and adds them again, writes the same bytes. */
	if (!json_object_get(d, "stakeholders"))
		json_object_set_new(d, "stakeholders", json_array());
	pt_meldingen_clear(d, o->bron);
	int rc = analyse(&l, loc, err);
	free(l.s);
	return rc;
}
