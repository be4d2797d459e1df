/* One stakeholder record: its fields as read from the dossier, a CSV
 * column or a JSON key, checked against the vocabularies, and merged.
 * Both the dossier analysis (stakeholders.c) and the -f file
 * (stakeholders_file.c) build on it; it calls neither. */
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
	{"rol", "rol|role", 0},
	{0, 0, 0}
};
_Static_assert(sizeof pt_sh_columns / sizeof pt_sh_columns[0] == PT_SH_NCOLS + 1,
	       "one column a field of enum pt_sh_col");

/* Keys we write ourselves; read back on a rerun, they are derived again. */
static const char *derived_keys[] = {"kwadrant", "salience", "aanpak", "trede", NULL};

void pt_sh_init(pt_sh *s)
{
	memset(s, 0, sizeof *s);
	s->groep = s->houding = s->legitiem = s->urgent = s->rol = -1;
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
	return power ? (interest ? PT_KW_ACTIEF : PT_KW_TEVREDEN)
		     : (interest ? PT_KW_CONSULTEREN : PT_KW_INFORMEREN);
}

int pt_sh_salience(int power, int legitiem, int urgent)
{
	/* Indexed by the attributes held: power 1, legitimacy 2, urgency 4. */
	static const int by_bits[8] = {
		PT_SAL_GEEN, PT_SAL_SLAPEND, PT_SAL_DISCRETIONAIR, PT_SAL_DOMINANT,
		PT_SAL_VEELEISEND, PT_SAL_GEVAARLIJK, PT_SAL_AFHANKELIJK, PT_SAL_DEFINITIEF};
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
			       pt_tr("%s: '%s' is not a level (give 1 to 5, or laag, midden, hoog)"),
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
		return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s: '%s' is not yes or no (give ja or nee)"),
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
				return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s[%zu]: expected a group code"),
					       what, i);
			}
			if (add_tag(s, json_string_value(x), err))
				return err->status;
		}
		return 0;
	}
	if (!text) {
		what_of(s, PT_SH_TAGS, what, sizeof what);
		return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s: expected a list of group codes"), what);
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
		return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s: expected a text"), what);
	}
	switch (col) {
	case PT_SH_NAAM: {
		s->naam = text;
		pt_fold(text, s->key, sizeof s->key);
		if (!s->key[0])
			return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s%snaam: empty (every stakeholder needs a name)"), s->where,
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
	case PT_SH_ROL: {
		const pt_vocab *voc = col == PT_SH_GROEP ? &pt_v_groep : col == PT_SH_ROL ? &pt_v_rol
			: &pt_v_houding;
		what_of(s, col, what, sizeof what);
		if (!text)
			return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s: expected a text"), what);
		if ((i = vocab_code(voc, text, what, s->loc, err)) < 0)
			return err->status;
		*(col == PT_SH_GROEP ? &s->groep : col == PT_SH_ROL ? &s->rol : &s->houding) = i;
		return 0;
	}
	default:
		return set_text(s, col, text, err);
	}
}

/* The column a JSON key names: the canonical key exactly (fast), else by
 * the Dutch and English names, as a CSV header would.  -1: not ours;
 * PT_SH_NCOLS: one we derive. */
int pt_sh_column_of(const char *key)
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
		return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s: expected an object with a naam"),
			       s->where[0] ? s->where : "stakeholder");
	json_object_foreach((json_t *)obj, key, v) {
		int c = pt_sh_column_of(key);
		if (c < 0)
			continue;
		if (c < PT_SH_NCOLS && pt_sh_set(s, c, v, NULL, err))
			return err->status;
	}
	if (!s->naam)
		return pt_fail(err, PT_EXIT_DATA, s->loc, pt_tr("%s: no naam (every stakeholder needs a name)"),
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
	if (from->rol >= 0)
		into->rol = from->rol;
	if (from->legitiem >= 0)
		into->legitiem = from->legitiem;
	if (from->urgent >= 0)
		into->urgent = from->urgent;
	if (from->contact)
		into->contact = from->contact;
	if (from->opmerking)
		into->opmerking = from->opmerking;
}


/* The header of a stakeholder spreadsheet, in the user's language: names
 * pt_csv_columns maps back to the fields.  Dutch Excel splits on ';' and
 * reads UTF-8 only after a byte order mark. */
int pt_sh_template(FILE *f, int lang, int delim)
{
	static const char *const names[PT_SH_NCOLS][2] = {
		[PT_SH_NAAM] = {"naam", "name"}, [PT_SH_GROEP] = {"groep", "group"},
		[PT_SH_ROL] = {"rol", "role"}, [PT_SH_TAGS] = {"tags", "tags"},
		[PT_SH_INVLOED] = {"invloed", "influence"}, [PT_SH_BELANG] = {"belang", "interest"},
		[PT_SH_HOUDING] = {"houding", "attitude"}, [PT_SH_LEGITIEM] = {"legitiem", "legitimate"},
		[PT_SH_URGENT] = {"urgent", "urgent"}, [PT_SH_CONTACT] = {"contact", "contact"},
		[PT_SH_OPMERKING] = {"opmerking", "remark"}, [PT_SH_VOORSTEL] = {"voorstel", "proposal"}};
	delim = pt_csv_template_start(f, lang, delim);
	for (int c = 0; c < PT_SH_NCOLS; c++)
		pt_csv_put_cell(f, names[c][lang == PT_EN], delim, c == 0);
	fputc('\n', f);
	return ferror(f) ? -1 : 0;
}
