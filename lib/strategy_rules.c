/* The rules of pt-strategy as data: load strategie-regels.json once, check
 * every condition and effect against the vocabulary, and compile them into
 * small tests so that each dossier costs a few integer compares.
 *
 * A rule is {id, als, dan, bron, tekst {nl, en}}.  "als" maps a fact (a
 * field of voorstel, or impactScore, ladder, routesVerschillen) to the
 * values it may have; "dan" says what the rule does.  pt-strategy(1) has
 * the full list. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "strategy.h"

const struct pt_sfact_def pt_sfacts[SF_COUNT] = {
	[SF_INITIATIEFNEMER] = {"initiatiefnemer", "initiatiefnemer", SK_ENUM, &pt_v_initiatiefnemer},
	[SF_SOORT] = {"soort", "soort", SK_ENUM, &pt_v_soort},
	[SF_SCHAAL] = {"locatie.schaal", "locatie.schaal", SK_ENUM, &pt_v_schaal},
	[SF_IMPACT] = {"impact", "impact", SK_ENUM, &pt_v_impact},
	[SF_POLITIEK] = {"politiekGevoelig", "politiekGevoelig", SK_BOOL, NULL},
	[SF_OMGEVINGSWET] = {"omgevingswet", "omgevingswet", SK_BOOL, NULL},
	[SF_BELEIDSFASE] = {"beleidsfase", "beleidsfase", SK_ENUM, &pt_v_beleidsfase},
	[SF_BELEIDSRUIMTE] = {"beleidsruimte", "beleidsruimte", SK_ENUM, &pt_v_beleidsruimte},
	[SF_BESLUITDOOR] = {"besluitDoor", "besluitDoor", SK_ENUM, &pt_v_besluitdoor},
	[SF_KEUZES] = {"intake.keuzes", "intake.keuzes", SK_BOOL, NULL},
	[SF_MERKBAAR] = {"intake.merkbaar", "intake.merkbaar", SK_BOOL, NULL},
	[SF_MIDDELEN] = {"intake.middelen", "intake.middelen", SK_BOOL, NULL},
	[SF_UITZONDERING] = {"uitzondering", "uitzondering", SK_TEKST, NULL},
	[SF_GEENPARTICIPATIE] = {"geenParticipatie.reden", "geenParticipatie.reden", SK_TEKST, NULL},
	[SF_PUBLIEKBELANG] = {"publiekBelang", "publiekBelang", SK_BOOL, NULL},
	[SF_EIGENDOELEN] = {"eigenDoelen", "eigenDoelen", SK_BOOL, NULL},
	[SF_INITIATIEFFASE] = {"initiatiefFase", "initiatiefFase", SK_ENUM, &pt_v_initiatieffase},
	[SF_UITDAAGRECHT] = {"uitdaagrecht", "uitdaagrecht", SK_TEKST, NULL},
	[SF_INSTRUMENT] = {"instrument", "instrument", SK_ENUM, &pt_v_instrument},
	[SF_SPOED] = {"spoed", "spoed", SK_BOOL, NULL},
	[SF_ZEGGENSCHAP] = {"zeggenschap", "zeggenschap", SK_ENUM, &pt_v_zeggenschap},
	[SF_OPEN] = {"open", NULL, SK_BOOL, NULL},
	[SF_OPENGENOEMD] = {"openGenoemd", NULL, SK_BOOL, NULL},
	[SF_PROCEDURE] = {"procedure", NULL, SK_BOOL, NULL},
	[SF_AANVRAAG] = {"aanvraag", NULL, SK_BOOL, NULL},
	[SF_AANVRAGER] = {"aanvrager", NULL, SK_BOOL, NULL},
	[SF_IMPACTSCORE] = {"impactScore", NULL, SK_INT, NULL},
	[SF_LADDER] = {"ladder", NULL, SK_ENUM, &pt_v_ladder},
	[SF_ROUTESVERSCHILLEN] = {"routesVerschillen", NULL, SK_BOOL, NULL},
	[SF_POORT] = {"poort", NULL, SK_BOOL, NULL},
};

/* The words a rule's text may hold in braces, filled in per dossier. */
static const char *placeholders[] = {
	"impactScore", "plan", "mensen", "rol", "max", "min", "eerst", "waarde", "punten", "wie", NULL
};

/* Where a message about the rules file points. */
struct ctx {
	const char *file;
	FILE *f;		/* the text, read again for a line on an error */
	size_t i;		/* 1-based rule number, 0: none */
	size_t part;		/* 1-based uitdaagrecht part, 0: none */
	const char *key;	/* a top-level key, when the message is about it */
	const char *id;
	pt_error *err;
};

/* The scan of line_of: where it is in the text. */
struct scan {
	int depth, str, esc;
	int after_key;		/* 1: a string that may be the key, 2: and its ':' */
	int in_list;		/* inside the key's array */
	int want;		/* the next value there starts an element */
	char s[64];		/* the string just read, when at the top level */
	size_t len;
	long line, key_line, elem;
};

static int blank_char(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* What follows a string that may be the key: 1 and *line when found, -1
 * when it is not there, 0 to go on, 2 when c is to be read as usual. */
static int scan_after_key(struct scan *sc, int c, long index, long *line)
{
	if (sc->after_key == 1) {
		sc->after_key = 0;
		if (c != ':')
			return 2;	/* it was a value that looks like the key */
		if (index < 0)
			return *line = sc->key_line, 1;
		sc->after_key = 2;
		return 0;
	}
	sc->after_key = 0;
	if (c != '[')
		return -1;
	sc->in_list = 1, sc->want = 1, sc->depth++;
	return 0;
}

/* A character outside strings, blanks aside: as scan_after_key. */
static int scan_char(struct scan *sc, int c, long index, long *line)
{
	int r = sc->after_key ? scan_after_key(sc, c, index, line) : 2;
	if (r != 2)
		return r;
	if (sc->in_list && sc->depth == 2 && sc->want && c != ']') {
		if (++sc->elem == index)
			return *line = sc->line, 1;
		sc->want = 0;
	}
	if (c == '"')
		sc->str = 1, sc->len = 0;
	else if (c == '{' || c == '[')
		sc->depth++;
	else if ((c == '}' || c == ']') && sc->in_list && sc->depth == 2)
		return -1;	/* the list ends before element index */
	else if (c == '}' || c == ']')
		sc->depth--;
	else if (c == ',' && sc->in_list && sc->depth == 2)
		sc->want = 1;
	return 0;
}

/* A character inside a string; at its end, is it the key at the top level? */
static void scan_string(struct scan *sc, int c, const char *key)
{
	if (sc->esc || c != '"') {
		sc->esc = !sc->esc && c == '\\';
		if (sc->len < sizeof sc->s)
			sc->s[sc->len] = (char)c;
		sc->len++;
		return;
	}
	sc->str = 0;
	if (sc->depth == 1 && sc->len == strlen(key) && sc->len <= sizeof sc->s &&
	    memcmp(sc->s, key, sc->len) == 0)
		sc->after_key = 1, sc->key_line = sc->line;
}

/* jansson keeps no positions, so after an error the text, which parsed,
 * is read again for the line where a top-level key is (index -1) or where
 * element index of its array starts.  0 when it cannot be found, as when
 * the rules come from a pipe, or the key is spelled with escapes. */
static long line_of(FILE *f, const char *key, long index)
{
	struct scan sc = {.line = 1, .elem = -1};
	long line = 0;
	int c, r = 0;
	if (!f || fseek(f, 0, SEEK_SET) != 0)
		return 0;
	while (!r && (c = getc(f)) != EOF) {
		if (c == '\n')
			sc.line++;
		if (sc.str)
			scan_string(&sc, c, key);
		else if (!blank_char(c))
			r = scan_char(&sc, c, index, &line);
	}
	return r > 0 ? line : 0;
}

static pt_loc loc_of(const struct ctx *c)
{
	long line = c->i ? line_of(c->f, "regels", (long)c->i - 1)
		  : c->part ? line_of(c->f, "uitdaagrecht", (long)c->part - 1)
		  : c->key ? line_of(c->f, c->key, -1) : 0;
	return (pt_loc){c->file, line};
}

static int bad(struct ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int bad(struct ctx *c, const char *fmt, ...)
{
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (c->i)
		return pt_fail(c->err, PT_EXIT_DATA, loc_of(c), pt_tr("rule %zu (%s): %s; fix the rules file"),
			       c->i, c->id ? c->id : "no id", msg);
	return pt_fail(c->err, PT_EXIT_DATA, loc_of(c), pt_tr("%s; fix the rules file"), msg);
}

static int fact_find(const char *name)
{
	for (int f = 0; f < SF_COUNT; f++)
		if (strcmp(pt_sfacts[f].name, name) == 0)
			return f;
	return -1;
}

static const char *fact_list(char *buf, size_t n)
{
	size_t used = 0;
	buf[0] = '\0';
	for (int f = 0; f < SF_COUNT && used < n; f++)
		used += (size_t)snprintf(buf + used, n - used, "%s%s", f ? ", " : "", pt_sfacts[f].name);
	return buf;
}

/* An enumerated value in a rule: its index in v, or -1 with the error set
 * (pt_vocab_match names the allowed values and the closest one). */
static int enum_value(struct ctx *c, const pt_vocab *v, const json_t *j, const char *what)
{
	char where[160];
	if (!json_is_string(j)) {
		bad(c, pt_tr("%s: expected a text (one of the %s values)"), what, v->name);
		return -1;
	}
	int i = pt_vocab_index(v, json_string_value(j));
	if (i >= 0)
		return i;
	snprintf(where, sizeof where, pt_tr("rule %zu (%s): %s"), c->i, c->id ? c->id : "no id", what);
	pt_vocab_match(v, json_string_value(j), where, loc_of(c), c->err);
	/* Forgiving matches are for people typing; a rules file uses codes. */
	char tail[1024];
	snprintf(tail, sizeof tail, pt_tr("%.990s; fix the rules file"), c->err->msg);
	snprintf(c->err->msg, sizeof c->err->msg, "%s", tail);
	c->err->status = PT_EXIT_DATA;
	return -1;
}

/* One accepted value of a condition as a mask bit (value + 1). */
static int value_bit(struct ctx *c, int f, const json_t *j, unsigned *mask, const char *what)
{
	const struct pt_sfact_def *fd = &pt_sfacts[f];
	if (json_is_null(j) && fd->kind != SK_TEKST) {
		*mask |= 1u;
		return 0;
	}
	if (fd->kind == SK_ENUM) {
		int i = enum_value(c, fd->vocab, j, what);
		if (i < 0)
			return -1;
		*mask |= 1u << (i + 1);
		return 0;
	}
	if (!json_is_boolean(j))
		return bad(c, pt_tr("%s: expected true or false%s"), what,
			   fd->kind == SK_BOOL ? " or null (not given)" : "");
	*mask |= 1u << (json_is_true(j) ? 2 : 1);
	return 0;
}

static int range_test(struct ctx *c, struct pt_stest *t, const json_t *j, const char *what)
{
	t->min = LONG_MIN, t->max = LONG_MAX;
	if (json_is_integer(j)) {
		t->min = t->max = (long)json_integer_value(j);
		return 0;
	}
	const char *k;
	json_t *v;
	if (!json_is_object(j) || json_object_size(j) == 0)
		return bad(c, pt_tr("%s: expected a number or {\"min\": N, \"max\": N}"), what);
	json_object_foreach((json_t *)j, k, v) {
		if (!json_is_integer(v) || (strcmp(k, "min") && strcmp(k, "max")))
			return bad(c, pt_tr("%s: expected a number or {\"min\": N, \"max\": N}"), what);
		*(strcmp(k, "min") == 0 ? &t->min : &t->max) = (long)json_integer_value(v);
	}
	return 0;
}

static int compile_test(struct ctx *c, const char *key, json_t *j, struct pt_stest *t)
{
	char what[128], facts[512];
	snprintf(what, sizeof what, "als.%s", key);
	int f = fact_find(key);
	if (f < 0)
		return bad(c, pt_tr("als: unknown fact '%s' (known: %s)"), key, fact_list(facts, sizeof facts));
	memset(t, 0, sizeof *t);
	t->fact = (enum pt_sfact)f;
	if (json_is_object(j) && json_object_get(j, "niet") && json_object_size(j) == 1) {
		t->niet = 1;
		j = json_object_get(j, "niet");
	}
	if (pt_sfacts[f].kind == SK_INT)
		return range_test(c, t, j, what);
	if (!json_is_array(j))
		return value_bit(c, f, j, &t->mask, what);
	size_t i;
	json_t *v;
	if (json_array_size(j) == 0)
		return bad(c, pt_tr("%s: an empty list matches nothing"), what);
	json_array_foreach(j, i, v)
		if (value_bit(c, f, v, &t->mask, what))
			return -1;
	return 0;
}

static int compile_condition(struct ctx *c, json_t *als, struct pt_srule *r)
{
	const char *k;
	json_t *v;
	if (!als)
		return 0;
	if (!json_is_object(als))
		return bad(c, pt_tr("als: expected an object of fact: value"));
	r->tests = pt_xmalloc((json_object_size(als) + 1) * sizeof *r->tests);
	json_object_foreach(als, k, v)
		if (compile_test(c, k, v, &r->tests[r->ntests++]))
			return -1;
	return 0;
}

static int trede_value(struct ctx *c, const pt_vocab *v, json_t *j, const char *what, int *out)
{
	return (*out = enum_value(c, v, j, what)) < 0 ? -1 : 0;
}

/* "punten": N, or {"veld": FACT, "tabel": {value: N, ...}}. */
static int compile_punten(struct ctx *c, json_t *j, struct pt_seffect *e)
{
	if (json_is_integer(j)) {
		e->has_punten = 1;
		e->punten = (int)json_integer_value(j);
		return 0;
	}
	const char *veld = json_string_value(json_object_get(j, "veld"));
	json_t *tabel = json_object_get(j, "tabel");
	if (!json_is_object(j) || !veld || !json_is_object(tabel) || json_object_size(j) != 2)
		return bad(c, pt_tr("dan.punten: expected a number or {\"veld\": FACT, \"tabel\": {VALUE: N}}"));
	int f = fact_find(veld);
	if (f < 0 || pt_sfacts[f].kind != SK_ENUM || !pt_sfacts[f].path)
		return bad(c, pt_tr("dan.punten.veld: '%s' is not an enumerated field of voorstel"), veld);
	const pt_vocab *voc = pt_sfacts[f].vocab;
	size_t n = pt_vocab_count(voc);
	e->punten_fact = f;
	e->tabel = pt_xmalloc(n * sizeof *e->tabel);
	for (size_t i = 0; i < n; i++)
		e->tabel[i] = INT_MIN;
	const char *k;
	json_t *v;
	json_object_foreach(tabel, k, v) {
		int i = pt_vocab_index(voc, k);
		if (i < 0)
			return bad(c, pt_tr("dan.punten.tabel: '%s' is not a value of %s"), k, voc->name);
		if (!json_is_integer(v))
			return bad(c, pt_tr("dan.punten.tabel.%s: expected a whole number"), k);
		e->tabel[i] = (int)json_integer_value(v);
	}
	return 0;
}

static int code_mask(struct ctx *c, const pt_vocab *v, json_t *list, unsigned *mask, const char *what)
{
	size_t i;
	json_t *x;
	if (!list)
		return 0;
	if (!json_is_array(list))
		return bad(c, pt_tr("%s: expected a list of %s values"), what, v->name);
	json_array_foreach(list, i, x) {
		int k = enum_value(c, v, x, what);
		if (k < 0)
			return -1;
		*mask |= 1u << k;
	}
	return 0;
}

static int compile_mensen(struct ctx *c, json_t *j, struct pt_seffect *e)
{
	const char *k;
	json_t *v;
	if (!json_is_object(j))
		return bad(c, pt_tr("dan.mensen: expected {\"kwadrant\": [...], \"salience\": [...]}"));
	json_object_foreach(j, k, v)
		if (strcmp(k, "kwadrant") && strcmp(k, "salience"))
			return bad(c, pt_tr("dan.mensen: unknown key '%s' (known: kwadrant, salience)"), k);
	e->has_mensen = 1;
	if (code_mask(c, &pt_v_kwadrant, json_object_get(j, "kwadrant"), &e->kwadrant,
		      "dan.mensen.kwadrant"))
		return -1;
	return code_mask(c, &pt_v_salience, json_object_get(j, "salience"), &e->salience,
			 "dan.mensen.salience");
}

/* A reason code: lowercase letters and '-', as pt-render looks it up. */
static int compile_reden(struct ctx *c, json_t *v, struct pt_seffect *e)
{
	const char *s = json_string_value(v);
	if (!s || !*s || strspn(s, "abcdefghijklmnopqrstuvwxyz-") != strlen(s))
		return bad(c, pt_tr("dan.reden: expected a reason code of lowercase letters and '-'"));
	e->reden = pt_xstrdup(s);
	return 0;
}

static int compile_effect_key(struct ctx *c, const char *k, json_t *v, struct pt_seffect *e)
{
	if (strcmp(k, "participatie") == 0) {
		if (!json_is_false(v))
			return bad(c, pt_tr("dan.participatie: only false has a meaning (stop: no participation)"));
		e->stop = 1;
		return 0;
	}
	if (strcmp(k, "ladder") == 0)
		return trede_value(c, &pt_v_ladder, v, "dan.ladder", &e->ladder);
	if (strcmp(k, "punten") == 0)
		return compile_punten(c, v, e);
	if (strcmp(k, "plan") == 0)
		return trede_value(c, &pt_v_burgertrede, v, "dan.plan", &e->plan);
	if (strcmp(k, "rol") == 0)
		return trede_value(c, &pt_v_overheidstrede, v, "dan.rol", &e->rol);
	if (strcmp(k, "max") == 0)
		return trede_value(c, &pt_v_burgertrede, v, "dan.max", &e->max);
	if (strcmp(k, "min") == 0)
		return trede_value(c, &pt_v_burgertrede, v, "dan.min", &e->min);
	if (strcmp(k, "eerst") == 0)
		return trede_value(c, &pt_v_burgertrede, v, "dan.eerst", &e->eerst);
	if (strcmp(k, "reden") == 0)
		return compile_reden(c, v, e);
	if (strcmp(k, "poort") == 0) {
		if (!json_is_true(v))
			return bad(c, pt_tr("dan.poort: only true has a meaning (the gate says no)"));
		e->poort = 1;
		return 0;
	}
	if (strcmp(k, "wettelijk") == 0) {
		if (!json_is_true(v))
			return bad(c, pt_tr("dan.wettelijk: only true has a meaning (a statutory procedure)"));
		e->wettelijk = 1;
		return 0;
	}
	if (strcmp(k, "mensen") == 0)
		return compile_mensen(c, v, e);
	if (strcmp(k, "combineer") == 0) {
		const char *s = json_string_value(v);
		if (!s || (strcmp(s, "hoogste") && strcmp(s, "laagste")))
			return bad(c, pt_tr("dan.combineer: use \"hoogste\" or \"laagste\""));
		e->combineer = strcmp(s, "laagste") == 0;
		return 0;
	}
	if (strcmp(k, "uitdaagrecht") == 0) {
		if (!json_is_true(v))
			return bad(c, pt_tr("dan.uitdaagrecht: only true has a meaning (check the request)"));
		e->uitdaagrecht = 1;
		return 0;
	}
	return bad(c, pt_tr("dan: unknown effect '%s' (known: participatie, poort, wettelijk, ladder, punten, "
		   "plan, rol, max, min, eerst, mensen, combineer, uitdaagrecht, reden)"), k);
}

static int compile_effect(struct ctx *c, json_t *dan, struct pt_seffect *e)
{
	const char *k;
	json_t *v;
	e->ladder = e->punten_fact = e->plan = e->rol = e->max = e->combineer = -1;
	e->min = e->eerst = -1;
	if (!json_is_object(dan) || json_object_size(dan) == 0)
		return bad(c, pt_tr("dan: expected an object with at least one effect"));
	json_object_foreach(dan, k, v)
		if (compile_effect_key(c, k, v, e))
			return -1;
	return 0;
}

/* Every {word} in a text must be one that pt-strategy fills in. */
static int check_text(struct ctx *c, const char *s, const char *lang)
{
	for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
		const char *q = strchr(p, '}');
		size_t n = q ? (size_t)(q - p - 1) : 0;
		int known = 0;
		for (const char **w = placeholders; q && *w; w++)
			known |= strlen(*w) == n && strncmp(*w, p + 1, n) == 0;
		if (!known)
			return bad(c, pt_tr("tekst.%s: unknown placeholder '%.*s' (known: {impactScore}, "
				   "{plan}, {mensen}, {rol}, {max}, {min}, {eerst}, {waarde}, {punten}, {wie})"),
				   lang, q ? (int)(n + 2) : 1, p);
	}
	return 0;
}

static int need_text(struct ctx *c, json_t *j, const char *what, char **out)
{
	const char *s = json_string_value(j);
	if (!s || !*s)
		return bad(c, pt_tr("%s: expected a non-empty text"), what);
	*out = pt_xstrdup(s);
	return 0;
}

/* A text in every language there is: nl and en needed, another language
 * where the file has it (else the Dutch, at use: pt_text_in).
 * what: "tekst." or "uitdaagrecht[0].", for the messages. */
static int need_texts(struct ctx *c, json_t *t, const char *what, char **out)
{
	char w[64];
	for (int l = 0; l < PT_MAX_LANGS && pt_lang_name(l); l++) {
		json_t *j = json_object_get(t, pt_lang_name(l));
		snprintf(w, sizeof w, "%s%s", what, pt_lang_name(l));
		if ((l == PT_NL || l == PT_EN || j) && need_text(c, j, w, &out[l]))
			return -1;
	}
	return 0;
}

static int check_texts(struct ctx *c, char *const *tekst)
{
	for (int l = 0; l < PT_MAX_LANGS; l++)
		if (tekst[l] && check_text(c, tekst[l], pt_lang_name(l)))
			return -1;
	return 0;
}

static int compile_rule(struct ctx *c, json_t *j, struct pt_srule *r, struct pt_srule *before)
{
	static const char *keys[] = {"id", "als", "dan", "bron", "tekst", "comment", "opmerking", NULL};
	const char *k;
	json_t *v;
	if (!json_is_object(j))
		return bad(c, pt_tr("expected an object {id, als, dan, bron, tekst}"));
	c->id = json_string_value(json_object_get(j, "id"));
	json_object_foreach(j, k, v) {
		const char **w = keys;
		while (*w && strcmp(*w, k))
			w++;
		if (!*w)
			return bad(c, pt_tr("unknown key '%s' (known: id, als, dan, bron, tekst)"), k);
	}
	if (need_text(c, json_object_get(j, "id"), "id", &r->id))
		return -1;
	for (struct pt_srule *p = before; p < r; p++)
		if (strcmp(p->id, r->id) == 0)
			return bad(c, pt_tr("id '%s' is used twice"), r->id);
	json_t *t = json_object_get(j, "tekst");
	if (need_text(c, json_object_get(j, "bron"), "bron", &r->bron) ||
	    need_texts(c, t, "tekst.", r->tekst) || check_texts(c, r->tekst))
		return -1;
	if (compile_condition(c, json_object_get(j, "als"), r))
		return -1;
	return compile_effect(c, json_object_get(j, "dan"), &r->e);
}

static int compile_parts(struct ctx *c, json_t *j, pt_strategy_rules *r)
{
	size_t i;
	json_t *p;
	if (!j)
		return 0;
	if (!json_is_array(j))
		return bad(c, pt_tr("uitdaagrecht: expected a list of {veld, nl, en}"));
	r->parts = pt_xmalloc((json_array_size(j) + 1) * sizeof *r->parts);
	json_array_foreach(j, i, p) {
		struct pt_spart *s = &r->parts[r->nparts++];
		char what[2][48];
		memset(s, 0, sizeof *s);
		c->part = i + 1;
		snprintf(what[0], sizeof what[0], "uitdaagrecht[%zu].veld", i);
		snprintf(what[1], sizeof what[1], "uitdaagrecht[%zu].", i);
		if (need_text(c, json_object_get(p, "veld"), what[0], &s->veld) ||
		    need_texts(c, p, what[1], s->tekst))
			return -1;
	}
	c->part = 0;
	return 0;
}

static int compile(struct ctx *c, json_t *root, pt_strategy_rules *r)
{
	const char *k;
	json_t *v, *list = json_object_get(root, "regels");
	if (!json_is_object(root) || !json_is_array(list)) {
		c->key = json_is_object(root) ? "regels" : NULL;
		return bad(c, pt_tr("expected an object with a list \"regels\""));
	}
	json_object_foreach(root, k, v)
		if (strcmp(k, "regels") && strcmp(k, "uitdaagrecht") && strcmp(k, "comment")) {
			c->key = k;
			return bad(c, pt_tr("unknown key '%s' (known: comment, regels, uitdaagrecht)"), k);
		}
	c->key = "regels";
	if (json_array_size(list) == 0)
		return bad(c, pt_tr("\"regels\" is empty"));
	c->key = NULL;
	r->rules = pt_xmalloc(json_array_size(list) * sizeof *r->rules);
	size_t i;
	json_array_foreach(list, i, v) {
		struct pt_srule *rule = &r->rules[r->n++];
		memset(rule, 0, sizeof *rule);
		c->i = i + 1;
		c->id = NULL;
		if (compile_rule(c, v, rule, r->rules))
			return -1;
	}
	c->i = 0;
	return compile_parts(c, json_object_get(root, "uitdaagrecht"), r);
}

pt_strategy_rules *pt_strategy_rules_load(const char *path, pt_error *err)
{
	const char *shown;
	json_error_t je;
	FILE *f = pt_data_open(PT_STRATEGY_RULES, path, &shown, err);
	if (!f)
		return NULL;
	pt_strategy_rules *r = pt_xmalloc(sizeof *r);
	memset(r, 0, sizeof *r);
	r->name = pt_xstrdup(shown);
	json_t *root = json_loadf(f, JSON_REJECT_DUPLICATES, &je);
	struct ctx c = {.file = r->name, .f = f, .err = err};
	if (!root)
		pt_fail(err, PT_EXIT_DATA, (pt_loc){r->name, je.line > 0 ? je.line : 0},
			pt_tr("invalid JSON: %s; fix the rules file"), je.text);
	/* Open while compiling: an error is looked up in the text again. */
	int failed = !root || compile(&c, root, r);
	fclose(f);
	if (failed) {
		json_decref(root);
		/* The message may point into r->name: keep it alive for the report. */
		static char name[4096];
		snprintf(name, sizeof name, "%s", r->name);
		err->loc.file = name;
		pt_strategy_rules_free(r);
		return NULL;
	}
	json_decref(root);
	return r;
}

void pt_strategy_rules_free(pt_strategy_rules *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		struct pt_srule *x = &r->rules[i];
		free(x->id), free(x->bron), free(x->tests), free(x->e.tabel), free(x->e.reden);
		for (int l = 0; l < PT_MAX_LANGS; l++)
			free(x->tekst[l]);
	}
	for (size_t i = 0; i < r->nparts; i++) {
		free(r->parts[i].veld);
		for (int l = 0; l < PT_MAX_LANGS; l++)
			free(r->parts[i].tekst[l]);
	}
	free(r->rules), free(r->parts), free(r->name);
	free(r);
}
