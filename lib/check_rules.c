/* The rules of pt-paragraph --check and their configuration.
 *
 * A document (Markdown, HTML) or a dossier becomes one "section": where the
 * participation section is, its text, and the facts that fields already
 * give.  The same rules then judge every kind of input.  What counts as
 * naming a step, a group of people or a date is a list of terms in
 * check-config.json: our own operationalisation, a default to edit. */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "check_int.h"
#include "plan.h"

#define TEKSTEN "check-teksten.csv"

enum rule {
	R_ONTBREEKT, R_LEEG, R_PLACEHOLDER, R_TREDE, R_REDEN, R_WIE, R_WANNEER,
	R_INBRENG, R_TERUG, R_RAAD, R_OMGEVINGSWET, R_MELDING,
	R_DUN, R_HOE, R_RESULTATEN, R_CONCEPT, R_COUNT
};

/* The rules the C below reasons about, by id: their rows in ruleTable
 * of check-config.json take these places; any other row (a rule that
 * only asks the section to say something) follows them. */
static const char *const known_rule[R_COUNT] = {
	[R_ONTBREEKT] = "sectie-ontbreekt", [R_LEEG] = "sectie-leeg",
	[R_PLACEHOLDER] = "sectie-placeholder", [R_TREDE] = "geen-trede",
	[R_REDEN] = "geen-participatie-zonder-reden", [R_WIE] = "betrokkenen",
	[R_WANNEER] = "planning", [R_INBRENG] = "inbreng", [R_TERUG] = "terugkoppeling",
	[R_RAAD] = "rol-raad", [R_OMGEVINGSWET] = "omgevingswet", [R_MELDING] = "melding",
	[R_DUN] = "inhoud-dun", [R_HOE] = "werkvorm", [R_RESULTATEN] = "resultaten",
	[R_CONCEPT] = "sectie-concept",
};

enum { F_MAX = 64, SAYS_MAX = 8 };

/* One row of ruleTable. */
static struct rule_row {
	char *id;
	int sev;
	char *text[PT_MAX_LANGS], *msg[PT_MAX_LANGS];	/* by language, NULL: none (then English) */
	char *pad;		/* where a dossier finding points */
	int says[SAYS_MAX], nsays;	/* term lists, any of which says it */
} table[PT_CHECK_MAXRULES];
static size_t ntable;
static int says_order[PT_CHECK_MAXRULES];	/* the rows that say, in their order */
static size_t nsays;

/* Facts a section can state; the order of the "terms" keys. */
enum fact {
	F_TREDE, F_GEEN, F_WIE, F_WANNEER, F_INBRENG, F_TERUG, F_RAAD, F_ONDERWERP,
	F_ROL, F_VINDPLAATS, F_RAADSVOORSTEL, F_OMGEVINGSWET,
	F_INVLOED, F_HOE, F_RESULTATEN, F_BESLUITFASE, F_LATER, F_COUNT
};

static const char *const fact_keys[F_COUNT] = {
	[F_TREDE] = "trede", [F_GEEN] = "geenParticipatie", [F_WIE] = "betrokkenen",
	[F_WANNEER] = "planning", [F_INBRENG] = "inbreng", [F_TERUG] = "terugkoppeling",
	[F_RAAD] = "rolRaad", [F_ONDERWERP] = "onderwerp", [F_ROL] = "rol",
	[F_VINDPLAATS] = "vindplaats", [F_RAADSVOORSTEL] = "raadsvoorstel",
	[F_OMGEVINGSWET] = "omgevingswet", [F_INVLOED] = "invloed", [F_HOE] = "werkvorm",
	[F_RESULTATEN] = "resultaten", [F_BESLUITFASE] = "besluitfase",
	[F_LATER] = "participatieLater",
};
static char *extra_fact[F_MAX];	/* term lists only a row of ruleTable asks for */
static int nfacts = F_COUNT;

struct termlist {
	char **pat;		/* " word " for a whole word, " word" for a prefix */
	size_t n;
};

struct pt_check_config {
	char **headings;	/* folded with pt_fold */
	size_t nheadings;
	char **drafts;		/* draft markers, matched as written */
	size_t ndrafts;
	char **placeholders;	/* lowercase, trimmed, without a final '.' */
	size_t nplaceholders;
	struct termlist terms[F_MAX];
	uint64_t implied[F_MAX];	/* facts that say this one too (impliedBy) */
	int sev[PT_CHECK_MAXRULES];
	int min_words;
};

static int fact_find(const char *key)
{
	for (int i = 0; i < nfacts; i++)
		if (strcmp(i < F_COUNT ? fact_keys[i] : extra_fact[i], key) == 0)
			return i;
	return -1;
}

/* A text of the row in each language: nl and en always (empty when not
 * given), another where the row has one. */
static void texts_of(const json_t *o, char **out)
{
	for (int l = 0; l < PT_MAX_LANGS && pt_lang_name(l); l++) {
		const char *t = json_string_value(json_object_get(o, pt_lang_name(l)));
		out[l] = t || l == PT_NL || l == PT_EN ? pt_xstrdup(t ? t : "") : NULL;
	}
}

/* A finding speaks the language of --lang, else English, as a message. */
static const char *in_lang(char *const *text, int lang)
{
	return pt_text_in(text, lang, PT_EN);
}

const char *pt_check_text(int lang, const char *id)
{
	return pt_text_needed(pt_texts_load(TEKSTEN, 1, PT_EN), id, lang);
}

/* A row of ruleTable into its place: a known rule's, or the next after. */
static int table_row(const json_t *row, size_t *next, pt_error *err)
{
	const char *id = json_string_value(json_object_get(row, "id"));
	int sev = pt_check_sev_parse(json_string_value(json_object_get(row, "severity")) ?
				     json_string_value(json_object_get(row, "severity")) : "");
	const json_t *says = json_object_get(row, "says");
	size_t at = *next, i;
	for (i = 0; id && i < R_COUNT; i++)
		if (strcmp(known_rule[i], id) == 0)
			at = i;
	if (!id || sev < 0 || at >= PT_CHECK_MAXRULES || table[at].id ||
	    (at >= R_COUNT && json_array_size(says) == 0))
		return pt_fail(err, PT_EXIT_USAGE, (pt_loc){"check-config.json", 0},
			       "ruleTable: row '%s' needs a new id, a severity and (a rule of its own) says",
			       id ? id : "?");
	struct rule_row *r = &table[at];
	r->id = pt_xstrdup(id), r->sev = sev;
	texts_of(json_object_get(row, "text"), r->text);
	texts_of(json_object_get(row, "message"), r->msg);
	r->pad = pt_xstrdup(json_string_value(json_object_get(row, "pad")) ?
			    json_string_value(json_object_get(row, "pad")) : "voorstel");
	json_t *v;
	json_array_foreach(says, i, v) {
		const char *name = json_string_value(v);
		int f = name ? fact_find(name) : -1;
		if (name && f < 0 && nfacts < F_MAX)
			extra_fact[f = nfacts++] = pt_xstrdup(name);
		if (f >= 0 && r->nsays < SAYS_MAX)
			r->says[r->nsays++] = f;
	}
	if (r->nsays)
		says_order[nsays++] = (int)at;
	if (at == *next)
		(*next)++;
	return 0;
}

/* ruleTable, from the data directory's check-config.json or, when that
 * has none, the built-in one: once a process. */
static int load_table(pt_error *err)
{
	static int done, status;
	if (done)
		return status;
	done = 1;
	pt_error ignore = {0};
	json_t *cfg = pt_data_json("check-config.json", NULL, &ignore);
	if (!json_is_array(json_object_get(cfg, "ruleTable"))) {
		const struct pt_blob *b = pt_blob_find("check-config.json");
		json_decref(cfg);
		cfg = b ? json_loadb(b->data, b->len, 0, NULL) : NULL;
	}
	size_t i, next = R_COUNT;
	json_t *row;
	json_array_foreach(json_object_get(cfg, "ruleTable"), i, row)
		if ((status = table_row(row, &next, err)))
			break;
	for (i = 0; !status && i < R_COUNT; i++)
		if (!table[i].id)
			status = pt_fail(err, PT_EXIT_USAGE, (pt_loc){"check-config.json", 0},
					 "ruleTable: no row for rule '%s'", known_rule[i]);
	ntable = next;
	json_decref(cfg);
	return status;
}

size_t pt_check_rule_count(void) { pt_error e; load_table(&e); return ntable; }
const char *pt_check_rule_id(size_t i) { return table[i].id; }
const char *pt_check_rule_text(size_t i, int lang) { return in_lang(table[i].text, lang); }
int pt_check_rule_sev(const pt_check_config *c, size_t i) { return c->sev[i]; }

int pt_check_rule_find(const char *id)
{
	pt_error e;
	load_table(&e);
	for (size_t i = 0; i < ntable; i++)
		if (strcmp(table[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* ---- normalized text ---------------------------------------------------- */

/* Does a '.' at p end a sentence?  Not in "n.v.t." or "bijv. de": only
 * after a word of two letters or more, before a blank or the end. */
static int sentence_dot(const unsigned char *start, const unsigned char *p, const unsigned char *end)
{
	if (p + 1 < end && p[1] != ' ' && p[1] != '\n' && p[1] != '\t')
		return 0;
	int letters = 0;
	for (const unsigned char *q = p; q > start && (isalpha(q[-1]) || q[-1] >= 0x80); q--)
		letters++;
	return letters >= 2;
}

/* Text as lowercase words of letters and digits, each between single
 * spaces (" geen participatie "), so a term is found with strstr at word
 * boundaries; sentences (ending in '.', '!', '?' or ';') apart by a '|'
 * (" we horen | in juni "), so that a term of two parts ("hoort&via")
 * can ask for both in one sentence.  out holds at least 2n + 3 bytes;
 * returns its length. */
static size_t norm(const char *s, size_t n, char *out)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t o = 0;
	out[o++] = ' ';
	static char ascii[128];
	if (!ascii['a'])	/* letters and digits lowercased, the rest a space */
		for (int i = 0; i < 128; i++)
			ascii[i] = isalnum(i) ? (char)tolower(i) : ' ';
	while (p < end) {
		unsigned c = *p++;
		char ch;
		if ((c == '!' || c == '?' || c == ';' || (c == '.' && sentence_dot((const unsigned char *)s, p - 1, end))) &&
		    o > 1 && out[o - 2] != '|') {
			if (out[o - 1] != ' ')
				out[o++] = ' ';
			out[o++] = '|';
			ch = ' ';
		} else if (c < 0x80)
			ch = ascii[c];
		else if (c == 0xC3 && p < end && *p >= 0x80 && *p <= 0xBF) {
			ch = (char)pt_latin1_base(0x40 + *p++);
			if (!ch)
				ch = ' ';	/* × and ÷ part words */
		} else if ((c == 0xC2 || c == 0xE2) && p < end) {
			/* nbsp, quotes, dashes, ellipsis: separators */
			p += c == 0xE2 ? 2 : 1;
			if (p > end)
				p = end;
			ch = ' ';
		} else
			ch = (char)c;	/* other letters stay part of a word */
		if (ch != ' ' || out[o - 1] != ' ')
			out[o++] = ch;
	}
	if (out[o - 1] != ' ')
		out[o++] = ' ';
	out[o] = '\0';
	return o;
}

static char *norm_dup(const char *s, size_t n)
{
	char *out = pt_xmalloc(2 * n + 3);
	norm(s, n, out);
	return out;
}

/* A term of parts ("hoort&via"): every part in one sentence of text. */
static int has_parts(const char *pat, const char *text)
{
	for (const char *sen = text; *sen; ) {
		const char *stop = strchr(sen, '|');
		size_t len = stop ? (size_t)(stop - sen) + 1 : strlen(sen);
		int all = 1;
		for (const char *part = pat; all && *part; ) {
			const char *amp = strchr(part, '&');
			size_t k = amp ? (size_t)(amp - part) : strlen(part);
			all = memmem(sen, len, part, k) != NULL;
			part += k + (amp != NULL);
		}
		if (all)
			return 1;
		sen += len;
	}
	return 0;
}

static int has_term(const struct termlist *t, const char *text)
{
	for (size_t i = 0; i < t->n; i++)
		if (strchr(t->pat[i], '&') ? has_parts(t->pat[i], text) : strstr(text, t->pat[i]) != NULL)
			return 1;
	return 0;
}

/* A year (1900-2099) counts as saying when. */
static int has_year(const char *text)
{
	for (const char *p = text; (p = strchr(p, ' ')) && p[1]; p++)
		if ((p[1] == '1' && p[2] == '9') || (p[1] == '2' && p[2] == '0'))
			if (isdigit((unsigned char)p[3]) && isdigit((unsigned char)p[4]) && p[5] == ' ')
				return 1;
	return 0;
}

static int count_words(const char *normed)
{
	int n = 0;
	for (const char *p = normed; *p; p++)
		n += p[0] == ' ' && p[1] && p[1] != ' ' && p[1] != '|';
	return n;
}

/* ---- configuration ------------------------------------------------------ */

static void free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void pt_check_config_free(pt_check_config *c)
{
	if (!c)
		return;
	free_strings(c->headings, c->nheadings);
	free_strings(c->placeholders, c->nplaceholders);
	free_strings(c->drafts, c->ndrafts);
	for (int i = 0; i < F_MAX; i++)
		free_strings(c->terms[i].pat, c->terms[i].n);
	free(c);
}

static char *placeholder_key(const char *s)
{
	char *k = pt_xstrdup(s);
	for (char *p = k; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	pt_trim(k);
	size_t n = strlen(k);
	if (n > 1 && k[n - 1] == '.')
		k[n - 1] = '\0';
	return k;
}

/* " word " for a whole word, " word" for a prefix ("word*"); parts
 * joined by '&' ("hoort&via") must all be in one sentence. */
static char *term_pattern(const char *s)
{
	pt_buf b = PT_BUF_INIT;
	for (;;) {
		const char *amp = strchr(s, '&');
		size_t n = amp ? (size_t)(amp - s) : strlen(s);
		int prefix = n > 0 && s[n - 1] == '*';
		char *p = norm_dup(s, n - prefix);
		if (prefix)
			p[strlen(p) - 1] = '\0';	/* drop the closing space */
		pt_buf_puts(&b, p);
		free(p);
		if (!amp)
			break;
		pt_buf_putc(&b, '&');
		s = amp + 1;
	}
	return pt_buf_take(&b);
}

/* A list of strings in the config and what becomes of each. */
struct string_list {
	char ***out;
	size_t *n;
	char *(*fn)(const char *);
};

/* A list of strings from the config file, each turned by l.fn. */
static int string_list(const json_t *a, const char *what, struct string_list l, const char *file, pt_error *err)
{
	size_t i;
	json_t *v;
	if (!json_is_array(a))
		return pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
			       "%s: expected a list of texts", what);
	*l.out = pt_xmalloc((json_array_size(a) + 1) * sizeof **l.out);
	*l.n = 0;
	json_array_foreach(a, i, v) {
		if (!json_is_string(v) || !*json_string_value(v)) {
			return pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
				       "%s: item %zu is not a non-empty text", what, i + 1);
		}
		(*l.out)[(*l.n)++] = l.fn(json_string_value(v));
	}
	return 0;
}

static char *fold_dup(const char *s)
{
	char buf[256];
	return pt_xstrdup(pt_fold(s, buf, sizeof buf));
}

int pt_check_sev_parse(const char *s)
{
	static const char *const names[] = {"error", "warning", "info", "off", "ernst"};
	for (int i = 0; i < 5; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

const char *pt_check_sev_name(int sev)
{
	static const char *const names[] = {"error", "warning", "info", "off", "ernst"};
	return sev >= 0 && sev <= PT_SEV_ERNST ? names[sev] : "?";
}

static int rule_setting(pt_check_config *c, const char *id, const json_t *v, const char *file,
			pt_error *err)
{
	int r = pt_check_rule_find(id), sev = -1;
	if (r < 0)
		return pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
			       "rules: unknown rule '%s' (see pt-paragraph(1), RULES)", id);
	if (json_is_boolean(v))
		sev = json_is_true(v) ? table[r].sev : PT_SEV_OFF;
	else if (json_is_string(v))
		sev = pt_check_sev_parse(json_string_value(v));
	if (sev < 0 || (sev == PT_SEV_ERNST && r != R_MELDING))
		return pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
			       "rules.%s: use \"error\", \"warning\", \"info\", \"off\"%s, true or false",
			       id, r == R_MELDING ? ", \"ernst\"" : "");
	c->sev[r] = sev;
	return 0;
}


/* "impliedBy": {"rol": ["trede"]}: a section that names its step has said
 * whose role is what. */
static int implied_by(pt_check_config *c, const json_t *v, const char *file, pt_error *err)
{
	const char *name;
	json_t *list, *e;
	size_t i;
	json_object_foreach((json_t *)v, name, list) {
		int f = fact_find(name);
		if (f < 0 || !json_is_array(list))
			return pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
				       "impliedBy: unknown list '%s' or not a list of lists", name);
		c->implied[f] = 0;
		json_array_foreach(list, i, e) {
			int g = json_is_string(e) ? fact_find(json_string_value(e)) : -1;
			if (g < 0)
				return pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
					       "impliedBy.%s: item %zu is no term list", name, i + 1);
			c->implied[f] |= (uint64_t)1 << g;
		}
	}
	return 0;
}

/* Lay one configuration object over c: every key it gives replaces. */
static int apply(pt_check_config *c, const json_t *cfg, const char *file, pt_error *err)
{
	const char *key;
	json_t *v;
	if (!json_is_object(cfg))
		return pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0}, pt_tr("expected a JSON object"));
	json_object_foreach((json_t *)cfg, key, v) {
		int rc = 0;
		if (strcmp(key, "comment") == 0 || strcmp(key, "ruleTable") == 0)
			continue;	/* the table is read once, by load_table */
		if (strcmp(key, "headings") == 0) {
			free_strings(c->headings, c->nheadings);
			c->headings = NULL, c->nheadings = 0;
			rc = string_list(v, key, (struct string_list){&c->headings, &c->nheadings, fold_dup}, file, err);
		} else if (strcmp(key, "placeholders") == 0) {
			free_strings(c->placeholders, c->nplaceholders);
			c->placeholders = NULL, c->nplaceholders = 0;
			rc = string_list(v, key, (struct string_list){&c->placeholders, &c->nplaceholders,
					 placeholder_key}, file, err);
		} else if (strcmp(key, "draftMarkers") == 0) {
			free_strings(c->drafts, c->ndrafts);
			c->drafts = NULL, c->ndrafts = 0;
			rc = string_list(v, key, (struct string_list){&c->drafts, &c->ndrafts, pt_xstrdup}, file, err);
		} else if (strcmp(key, "minMotivationWords") == 0) {
			if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 1000)
				rc = pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
					     "minMotivationWords: expected a whole number from 0 to 1000");
			else
				c->min_words = (int)json_integer_value(v);
		} else if (strcmp(key, "rules") == 0 && json_is_object(v)) {
			const char *id;
			json_t *s;
			json_object_foreach(v, id, s)
				if ((rc = rule_setting(c, id, s, file, err)))
					break;
		} else if (strcmp(key, "impliedBy") == 0 && json_is_object(v)) {
			rc = implied_by(c, v, file, err);
		} else if (strcmp(key, "terms") == 0 && json_is_object(v)) {
			const char *name;
			json_t *list;
			json_object_foreach(v, name, list) {
				int f = fact_find(name);
				char what[80];
				if (f < 0) {
					rc = pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
						     "terms: unknown list '%s' (see pt-paragraph(1), CONFIGURATION)", name);
					break;
				}
				free_strings(c->terms[f].pat, c->terms[f].n);
				c->terms[f].pat = NULL, c->terms[f].n = 0;
				snprintf(what, sizeof what, "terms.%s", name);
				if ((rc = string_list(list, what, (struct string_list){&c->terms[f].pat,
						      &c->terms[f].n, term_pattern}, file, err)))
					break;
			}
		} else {
			rc = pt_fail(err, PT_EXIT_USAGE, (pt_loc){file, 0},
				     "unknown or malformed key '%s' (known: headings, placeholders, "
				     "draftMarkers, minMotivationWords, rules {}, terms {}, impliedBy {})", key);
		}
		if (rc)
			return rc;
	}
	return 0;
}

/* Every werkvorm of pt-plan's catalogue (built in, or the municipality's own
 * in $PT_DATA_DIR) says "how", by its Dutch and English name: the checker
 * then knows each werkvorm pt-render can name.  A catalogue pt-plan would
 * refuse adds nothing; pt-plan reports it. */
static void add_catalogue_terms(struct termlist *t)
{
	pt_plan_opts o = {.uurtarief = -1, .budget = -1};
	pt_error ignore;
	pt_plan *p = pt_plan_load(&o, &ignore);
	if (!p)
		return;
	t->pat = pt_xrealloc(t->pat, (t->n + 2 * p->nw + 1) * sizeof *t->pat);
	for (size_t i = 0; i < p->nw; i++) {
		if (p->w[i].soort != PT_PLAN_SOORT_WERKVORM)
			continue;
		t->pat[t->n++] = term_pattern(p->w[i].naam);
		if (p->w[i].name && *p->w[i].name)
			t->pat[t->n++] = term_pattern(p->w[i].name);
	}
	pt_plan_free(p);
}

pt_check_config *pt_check_config_load(const char *path, pt_error *err)
{
	pt_check_config *c = pt_xmalloc(sizeof *c);
	memset(c, 0, sizeof *c);
	if (load_table(err)) {
		free(c);
		return NULL;
	}
	for (size_t i = 0; i < ntable; i++)
		c->sev[i] = table[i].sev;
	c->min_words = 8;
	json_t *def = pt_data_json("check-config.json", NULL, err);
	int rc = def ? apply(c, def, "check-config.json", err) : err->status;
	json_decref(def);
	if (!rc && path) {
		json_error_t je;
		FILE *f = fopen(path, "rb");
		json_t *user = NULL;
		if (!f)
			rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %m"));
		else if (!(user = json_loadf(f, JSON_REJECT_DUPLICATES, &je)))
			rc = pt_fail(err, PT_EXIT_USAGE, (pt_loc){path, je.line > 0 ? je.line : 0},
				     "invalid JSON: %s", je.text);
		else
			rc = apply(c, user, path, err);
		if (f)
			fclose(f);
		json_decref(user);
	}
	if (rc) {
		pt_check_config_free(c);
		return NULL;
	}
	add_catalogue_terms(&c->terms[F_HOE]);
	return c;
}

/* ---- the section, whatever it came from ---------------------------------- */

struct section {
	const char *file;
	int found, empty;
	long line, col;		/* the heading; the record for a dossier */
	long tline, tcol;	/* the first text */
	long page, tpage;	/* PDF: the pages of those two */
	int unit;		/* enum pt_check_unit */
	const char *placeholder;	/* the placeholder text, if that is all */
	const char *heading;
	char *text;		/* normalized content */
	int words;		/* of the motivation, when there is no participation */
	unsigned given;		/* facts from dossier fields */
	int geen;		/* says there is no participation */
	int raadsvoorstel, omgevingswet;
	int besluitfase;	/* up for decision: the results are due */
	const char *draft;	/* a draft marker found in the section */
	int dossier;
	unsigned long disabled;
};

struct emitter {
	const pt_check_config *c;
	const struct section *s;
	pt_check_emit emit;
	void *ctx;
	int lang;
};

static void report(const struct emitter *e, int rule, int sev, long line, long col,
		   const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void report(const struct emitter *e, int rule, int sev, long line, long col,
		   const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	if (sev == PT_SEV_OFF || (e->s->disabled & (1ul << rule)))
		return;
	va_start(ap, fmt);
	int n = vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (e->s->dossier && rule != R_MELDING && n >= 0 && (size_t)n < sizeof msg)
		snprintf(msg + n, sizeof msg - (size_t)n, " (%s)", table[rule].pad);
	long page = line == e->s->tline && col == e->s->tcol ? e->s->tpage : e->s->page;
	pt_check_finding f = {e->s->file, line, col, rule, sev, msg, page, e->s->unit, e->s->text};
	e->emit(&f, e->ctx);
}

static int has_own(const struct emitter *e, int fact)
{
	return (fact < 32 && (e->s->given & (1u << fact))) || has_term(&e->c->terms[fact], e->s->text) ||
	       (fact == F_WANNEER && has_year(e->s->text));
}

/* A fact the section says, itself or by one that implies it. */
static int has(const struct emitter *e, int fact)
{
	if (has_own(e, fact))
		return 1;
	for (int g = 0; g < nfacts; g++)
		if ((e->c->implied[fact] & ((uint64_t)1 << g)) && has_own(e, g))
			return 1;
	return 0;
}

/* Under the Omgevingswet the notice names who, about what, when, whose
 * role and where to find information (Ob 10.2, 10.7, 10.8). */
static void check_omgevingswet(const struct emitter *e, int sev, long line, long col)
{
	static const struct { int fact; const char *id; } part[] = {
		{F_WIE, "omgevingswet.wie"}, {F_ONDERWERP, "omgevingswet.waarover"},
		{F_WANNEER, "omgevingswet.wanneer"}, {F_ROL, "omgevingswet.rol"},
		{F_VINDPLAATS, "omgevingswet.vindplaats"},
	};
	int lang = e->lang;
	char missing[256] = "";
	for (size_t i = 0; i < sizeof part / sizeof part[0]; i++) {
		if (has(e, part[i].fact))
			continue;
		size_t n = strlen(missing);
		snprintf(missing + n, sizeof missing - n, "%s%s", n ? ", " : "", pt_check_text(lang, part[i].id));
	}
	if (*missing)
		report(e, R_OMGEVINGSWET, sev, line, col,
		       pt_check_text(lang, "omgevingswet"),
		       missing);
}

/* The four things a sound section says; thin text says at most two. */
static const struct part {
	int rule;
	const char *id;		/* what is missing, in a list: check-teksten.csv */
} core[] = {
	{R_WIE, "dun.wie"}, {R_HOE, "dun.hoe"}, {R_TREDE, "dun.invloed"}, {R_INBRENG, "dun.inbreng"},
};

static int off(const struct emitter *e, int rule)
{
	return e->c->sev[rule] == PT_SEV_OFF || (e->s->disabled & (1ul << rule));
}

/* A part is there when the section says it, or when its rules are off. */
static int core_has(const struct emitter *e, size_t i)
{
	int rule = core[i].rule;
	if (off(e, rule) && (rule != R_INBRENG || off(e, R_TERUG)))
		return 1;
	switch (rule) {
	case R_WIE: return has(e, F_WIE);
	case R_HOE: return has(e, F_HOE);
	case R_TREDE: return has(e, F_TREDE) || has(e, F_INVLOED);
	default: return has(e, F_INBRENG) || has(e, F_TERUG);
	}
}

/* Fewer than three of the four: one error that names what is missing
 * (the single warnings would only repeat it).  1 if it was thin. */
static int thin(const struct emitter *e, long l, long k)
{
	int lang = e->lang, n = 0;
	char missing[256] = "";
	for (size_t i = 0; i < sizeof core / sizeof core[0]; i++) {
		if (core_has(e, i)) {
			n++;
			continue;
		}
		size_t len = strlen(missing);
		snprintf(missing + len, sizeof missing - len, "%s%s", len ? ", " : "",
			 pt_check_text(lang, core[i].id));
	}
	/* however many werkvorm words it holds, a section that says neither
	 * who nor what influence they have says nothing of participation */
	int hollow = !core_has(e, 0) && !core_has(e, 2);
	if ((n >= 3 && !hollow) || off(e, R_DUN))
		return 0;
	report(e, R_DUN, e->c->sev[R_DUN], l, k,
	       pt_check_text(lang, "inhoud-dun"),
	       missing);
	return 1;
}

/* A section rich enough: each row of ruleTable that asks it to say
 * something it does not is a warning of its own, in the table's order. */
static void parts(const struct emitter *e, long l, long k)
{
	for (size_t i = 0; i < nsays; i++) {
		const struct rule_row *r = &table[says_order[i]];
		int said = 0;
		for (int j = 0; j < r->nsays && !said; j++)
			said = has(e, r->says[j]);
		if (!said)
			report(e, says_order[i], e->c->sev[says_order[i]], l, k, "%s",
			       in_lang(r->msg, e->lang));
	}
}

/* The first draft marker in text, as configured. */
static const char *find_draft(const pt_check_config *c, const char *text)
{
	for (size_t i = 0; i < c->ndrafts; i++)
		if (strstr(text, c->drafts[i]))
			return c->drafts[i];
	return NULL;
}

static void judge(const pt_check_config *c, const struct section *s, int lang,
		  pt_check_emit emit, void *ctx)
{
	struct emitter e = {c, s, emit, ctx, lang};
	long l = s->line, k = s->col;
	if (!s->found) {
		report(&e, R_ONTBREEKT, c->sev[R_ONTBREEKT], l, k, "%s",
		       s->dossier ? pt_check_text(lang, "sectie-ontbreekt.dossier")
		       : pt_check_text(lang, "sectie-ontbreekt"));
		return;
	}
	if (s->empty) {
		report(&e, R_LEEG, c->sev[R_LEEG], l, k,
		       pt_check_text(lang, "sectie-leeg"),
		       s->heading);
		return;
	}
	if (s->placeholder) {
		report(&e, R_PLACEHOLDER, c->sev[R_PLACEHOLDER], s->tline, s->tcol,
		       pt_check_text(lang, "sectie-placeholder"),
		       s->placeholder);
		return;
	}
	if (s->draft)
		report(&e, R_CONCEPT, c->sev[R_CONCEPT], l, k,
		       pt_check_text(lang, "sectie-concept"),
		       s->draft);
	if (s->geen) {
		if (s->words < c->min_words)
			report(&e, R_REDEN, c->sev[R_REDEN], l, k,
			       pt_check_text(lang, "geen-participatie-zonder-reden"),
			       s->words, c->min_words);
		return;
	}
	if (!thin(&e, l, k))
		parts(&e, l, k);
	if (s->besluitfase && !has(&e, F_RESULTATEN) && !has(&e, F_LATER))
		report(&e, R_RESULTATEN, c->sev[R_RESULTATEN], l, k, "%s",
		       pt_check_text(lang, "resultaten"));
	if (s->raadsvoorstel && !has(&e, F_RAAD))
		report(&e, R_RAAD, c->sev[R_RAAD], l, k, "%s",
		       pt_check_text(lang, "rol-raad"));
	if (s->omgevingswet)
		check_omgevingswet(&e, c->sev[R_OMGEVINGSWET], l, k);
}

/* ---- documents ----------------------------------------------------------- */

/* How well a heading names the section: 3 the same, 2 it starts with a
 * configured heading (after any numbering), 1 it contains one, 0 not. */
static int heading_score(const pt_check_config *c, const char *s, size_t n)
{
	char raw[128], folded[128];
	if (n >= sizeof raw)
		return 0;
	memcpy(raw, s, n);
	raw[n] = '\0';
	char *brace = strchr(raw, '{');	/* pandoc's {#id .class} */
	if (brace)
		*brace = '\0';
	pt_fold(raw, folded, sizeof folded);
	char *f = folded;
	while (*f && !isalpha((unsigned char)*f) && !((unsigned char)*f & 0x80))
		f++;
	size_t len = strlen(f);
	while (len && (f[len - 1] == ':' || f[len - 1] == ')'))
		f[--len] = '\0';
	int best = 0;
	for (size_t i = 0; i < c->nheadings; i++) {
		const char *h = c->headings[i];
		const char *at = strstr(f, h);
		int score = !at ? 0 : strcmp(f, h) == 0 ? 3 : at == f ? 2 : 1;
		if (score > best)
			best = score;
	}
	return best;
}

/* "2 Financiën", "3.1 Participatie": a list entry whose label is a
 * numbered heading, as a PDF reader makes of "2.2 Financiën" when it
 * takes "2." for a list marker.  Such an entry is a heading in disguise. */
static int numbered_label(const pt_check_doc *d, const pt_check_block *b)
{
	const char *s = d->text.s + b->off;
	size_t i = 0, n = b->len;
	if (b->type != PT_B_OPEN || n > 80)
		return 0;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && i)))
		i++;
	if (i == 0 || i >= n || s[i] != ' ')
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	unsigned char c = (unsigned char)s[i];
	return i < n && ((c >= 'A' && c <= 'Z') || c >= 0xC3);
}

/* An entry that opens a section of its own: a numbered heading, or a
 * label with nothing after it ("1 Participatieparagraaf" whose text
 * follows in lines of their own). */
static int entry_heading(const pt_check_doc *d, size_t i)
{
	const pt_check_block *b = &d->b[i];
	return b->type == PT_B_OPEN &&
	       (numbered_label(d, b) || (i + 1 < d->nb && d->b[i + 1].type == PT_B_CLOSE));
}

/* The end (exclusive) of the section that starts at block i.  A heading's
 * runs to the next heading of its level or higher, or a numbered entry; a
 * heading by hand's (or an entry that is one) to the next heading of any
 * kind but a label below it ("Wie:"); another entry's to its close. */
static size_t section_end(const pt_check_doc *d, size_t i)
{
	const pt_check_block *h = &d->b[i];
	int by_hand = h->type == PT_B_PSEUDO || entry_heading(d, i);
	int level = h->type == PT_B_PSEUDO ? h->level : PT_LEVEL_PSEUDO;
	int depth = 0;
	for (size_t j = i + 1; j < d->nb; j++) {
		const pt_check_block *b = &d->b[j];
		if (h->type == PT_B_OPEN && !by_hand) {
			depth += b->type == PT_B_OPEN;
			if (b->type == PT_B_CLOSE && depth-- == 0)
				return j;
		} else if (b->type == PT_B_HEADING && (by_hand || b->level <= h->level)) {
			return j;
		} else if (by_hand && b->type == PT_B_PSEUDO && b->level <= level) {
			return j;
		} else if (numbered_label(d, b)) {
			return j;
		}
	}
	return d->nb;
}

static int is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

static const char *find_placeholder(const pt_check_config *c, const char *s, size_t n)
{
	char buf[64];
	if (n >= sizeof buf)
		return NULL;
	memcpy(buf, s, n);
	buf[n] = '\0';
	char *k = placeholder_key(buf);
	const char *hit = NULL;
	for (size_t i = 0; i < c->nplaceholders && !hit; i++)
		if (strcmp(k, c->placeholders[i]) == 0)
			hit = c->placeholders[i];
	free(k);
	return hit;
}

/* Does the document state a fact (a council proposal, the Omgevingswet)?
 * In its headings and first blocks, or (whole) anywhere: the block texts
 * lie one after another in d->text, so one pass normalizes them all. */
static int doc_is(const pt_check_config *c, const pt_check_doc *d, int fact, int whole)
{
	char buf[4096];
	if (whole) {
		char *all = norm_dup(d->text.s ? d->text.s : "", d->text.len);
		int yes = has_term(&c->terms[fact], all);
		free(all);
		return yes;
	}
	for (size_t i = 0; i < d->nb; i++) {
		const pt_check_block *b = &d->b[i];
		if (i >= 12 && b->type != PT_B_HEADING && b->type != PT_B_PSEUDO)
			continue;
		norm(d->text.s + b->off, b->len < 2000 ? b->len : 2000, buf);
		if (has_term(&c->terms[fact], buf))
			return 1;
	}
	return 0;
}

/* A draft marker in a heading or the first blocks of the document (the
 * title "CONCEPT raadsvoorstel ..."). */
static const char *doc_draft(const pt_check_config *c, const pt_check_doc *d)
{
	for (size_t i = 0; i < d->nb; i++) {
		const pt_check_block *b = &d->b[i];
		if (i >= 4 && b->type != PT_B_HEADING && b->type != PT_B_PSEUDO)
			continue;
		const char *hit = find_draft(c, d->text.s + b->off);
		if (hit)
			return hit;
	}
	return NULL;
}

void pt_check_rules_doc(const pt_check_config *c, pt_check_doc *d, const char *file, int lang,
		      pt_check_emit emit, void *ctx)
{
	struct section s = {.file = file, .line = 1, .col = 1, .disabled = d->disabled,
			    .unit = d->unit, .page = d->unit == PT_UNIT_PAGE_LINE};
	size_t best = 0;
	int score = 0;
	for (size_t i = 0; i < d->nb; i++) {
		const pt_check_block *b = &d->b[i];
		if (b->type == PT_B_TEXT || b->type == PT_B_CLOSE)
			continue;
		int sc = heading_score(c, d->text.s + b->off, b->len);
		/* A label or bold line that merely mentions participation
		 * ("Wij vinden participatie belangrijk") is no heading. */
		if (sc == 1 && b->type != PT_B_HEADING)
			sc = 0;
		if (sc > score)
			score = sc, best = i;
	}
	if (!score) {
		judge(c, &s, lang, emit, ctx);
		return;
	}
	const pt_check_block *h = &d->b[best];
	size_t end = section_end(d, best), body = 0, first = 0;
	char *heading = pt_xmalloc(h->len + 1);
	memcpy(heading, d->text.s + h->off, h->len);
	heading[h->len] = '\0';
	s.found = 1, s.heading = heading, s.line = h->line, s.col = h->col, s.page = h->page;
	/* The content: every block's text up to the end, joined by spaces. */
	pt_buf all = PT_BUF_INIT;
	char *bodytext = NULL;
	for (size_t j = best + 1; j < end; j++) {
		const pt_check_block *b = &d->b[j];
		if (b->type == PT_B_CLOSE || is_blank(d->text.s + b->off, b->len))
			continue;
		if (b->type == PT_B_TEXT || b->type == PT_B_OPEN) {
			if (!body++)
				first = j;
		}
		pt_buf_put(&all, d->text.s + b->off, b->len);
		pt_buf_putc(&all, ' ');
	}
	size_t len = all.len;
	s.empty = body == 0;
	if (body) {
		s.tline = d->b[first].line, s.tcol = d->b[first].col, s.tpage = d->b[first].page;
		if (body == 1 || len < 64) {
			bodytext = pt_xstrdup(pt_buf_str(&all));
			s.placeholder = find_placeholder(c, bodytext, strlen(pt_trim(bodytext)));
			if (s.placeholder) {
				/* show what the document says, not our folded key */
				s.placeholder = bodytext;
			}
		}
	}
	s.draft = find_draft(c, pt_buf_str(&all));
	if (!s.draft)
		s.draft = doc_draft(c, d);
	s.text = pt_xmalloc(2 * len + 3);
	norm(pt_buf_str(&all), len, s.text);
	s.words = count_words(s.text);
	s.geen = has_term(&c->terms[F_GEEN], s.text);
	if (!s.geen && !s.empty && !s.placeholder) {
		s.raadsvoorstel = doc_is(c, d, F_RAADSVOORSTEL, 0);
		s.omgevingswet = doc_is(c, d, F_OMGEVINGSWET, 1);
		s.besluitfase = doc_is(c, d, F_BESLUITFASE, 0);
	}
	judge(c, &s, lang, emit, ctx);
	pt_buf_free(&all);
	free(bodytext);
	free(s.text);
	free(heading);
}

/* ---- dossiers ------------------------------------------------------------ */

static void add_text(pt_buf *b, const json_t *v)
{
	const char *s = json_string_value(v);
	if (s) {
		pt_buf_puts(b, s);
		pt_buf_putc(b, ' ');
	}
}

static void add_texts(pt_buf *b, const json_t *a, const char *key)
{
	size_t i;
	json_t *v;
	json_array_foreach(a, i, v)
		add_text(b, key ? json_object_get(v, key) : v);
}

static int nonempty_array(const json_t *a)
{
	return json_is_array(a) && json_array_size(a) > 0;
}

/* Facts the dossier's fields state outright. */
static unsigned dossier_given(const json_t *d, const json_t *v)
{
	unsigned g = 0;
	size_t i;
	json_t *a;
	if (json_is_string(json_object_get(v, "gewensteTrede")) || pt_get_str(d, "strategie.trede"))
		g |= 1u << F_TREDE;
	if (nonempty_array(json_object_get(d, "stakeholders")))
		g |= 1u << F_WIE;
	if (json_is_string(json_object_get(v, "datumBesluit")))
		g |= 1u << F_WANNEER;
	json_array_foreach(pt_get(d, "plan.activiteiten"), i, a) {
		if (nonempty_array(json_object_get(a, "doelgroepen")))
			g |= 1u << F_WIE;
		if (json_is_integer(json_object_get(a, "week")))
			g |= 1u << F_WANNEER;
	}
	if (nonempty_array(json_object_get(v, "openVoorInbreng")))
		g |= 1u << F_ONDERWERP;
	/* how: the plan's activities; before there is a plan it is not asked */
	const json_t *plan = json_object_get(d, "plan");
	if (!plan || nonempty_array(json_object_get(plan, "activiteiten")))
		g |= 1u << F_HOE;
	const json_t *opb = json_object_get(d, "opbrengst");
	if (nonempty_array(json_object_get(opb, "punten")) || json_is_integer(json_object_get(opb, "deelnemers")))
		g |= 1u << F_RESULTATEN;
	if (json_is_string(json_object_get(opb, "terugkoppeling")))
		g |= 1u << F_TERUG;
	if (json_is_string(json_object_get(v, "initiatiefnemer")))
		g |= 1u << F_ROL;
	if (json_is_string(json_object_get(v, "besluitDoor")))
		g |= 1u << F_RAAD;
	if (json_is_string(json_object_get(v, "contact")))
		g |= 1u << F_VINDPLAATS;
	/* pt-evaluate's checklist: C8 input recorded, C9 feedback given */
	json_array_foreach(pt_get(d, "evaluatie.checklist"), i, a) {
		const char *id = json_string_value(json_object_get(a, "id"));
		if (id && json_is_true(json_object_get(a, "voldaan")))
			g |= strcmp(id, "C8") == 0 ? 1u << F_INBRENG : strcmp(id, "C9") == 0 ? 1u << F_TERUG : 0;
	}
	return g;
}

static void dossier_meldingen(const struct emitter *e, const json_t *d)
{
	static const int from_ernst[] = {PT_SEV_ERROR, PT_SEV_WARNING, PT_SEV_INFO};
	size_t i;
	json_t *m;
	int sev = e->c->sev[R_MELDING];
	json_array_foreach(json_object_get(d, "meldingen"), i, m) {
		const char *ernst = json_string_value(json_object_get(m, "ernst"));
		int k = pt_vocab_index(&pt_v_ernst, ernst);
		const char *tekst = json_string_value(json_object_get(m, "tekst"));
		if (k < 0 || !tekst)
			continue;
		report(e, R_MELDING, sev == PT_SEV_ERNST ? from_ernst[k] : sev, e->s->line, 1,
		       "%s: %s (%s%s%s)",
		       json_string_value(json_object_get(m, "bron")) ? json_string_value(json_object_get(m, "bron")) : "?",
		       tekst, json_string_value(json_object_get(m, "code")) ? json_string_value(json_object_get(m, "code")) : "",
		       json_string_value(json_object_get(m, "pad")) ? ", " : "",
		       json_string_value(json_object_get(m, "pad")) ? json_string_value(json_object_get(m, "pad")) : "");
	}
}

void pt_check_rules_dossier(const pt_check_config *c, const json_t *d, const pt_loc *loc, int lang,
			  pt_check_emit emit, void *ctx)
{
	const json_t *v = json_object_get(d, "voorstel");
	struct section s = {.file = loc->file, .line = loc->line, .col = 1, .dossier = 1};
	s.tline = s.line, s.tcol = 1;
	s.found = json_is_object(v);
	s.empty = s.found && json_object_size(v) == 0 && !json_object_get(d, "strategie") &&
		  !json_object_get(d, "plan") && !json_object_get(d, "stakeholders");
	s.heading = "voorstel";
	pt_buf all = PT_BUF_INIT;
	const json_t *gp = json_object_get(v, "geenParticipatie");
	const json_t *reden = json_object_get(gp, "reden");
	s.geen = gp != NULL || json_is_false(pt_get(d, "strategie.participatie"));
	if (s.geen) {
		add_text(&all, reden);
		add_text(&all, json_object_get(v, "uitzondering"));
		if (json_is_string(reden))
			s.placeholder = find_placeholder(c, json_string_value(reden), json_string_length(reden))
				? json_string_value(reden) : NULL;
	} else {
		add_text(&all, json_object_get(v, "motivatie"));
		add_text(&all, pt_get(d, "strategie.motivatie"));
		add_texts(&all, json_object_get(v, "openVoorInbreng"), NULL);
		add_texts(&all, pt_get(d, "strategie.onderbouwing"), "tekst");
		add_texts(&all, pt_get(d, "plan.activiteiten"), "naam");
		add_texts(&all, pt_get(d, "plan.activiteiten"), "werkvorm");
		const char *mot = pt_get_str(v, "motivatie");
		if (mot && find_placeholder(c, mot, strlen(mot)))
			s.placeholder = mot;
	}
	s.text = pt_xmalloc(2 * all.len + 3);
	norm(pt_buf_str(&all), all.len, s.text);
	s.words = count_words(s.text);
	s.given = dossier_given(d, v);
	const char *soort = pt_get_str(v, "soort");
	s.raadsvoorstel = soort && strcmp(soort, "raadsvoorstel") == 0;
	s.omgevingswet = json_is_true(json_object_get(v, "omgevingswet")) ||
			 (soort && strncmp(soort, "omgevings", 9) == 0);
	const char *fase = pt_get_str(v, "beleidsfase");
	s.besluitfase = fase && strcmp(fase, "besluitvorming") == 0;
	judge(c, &s, lang, emit, ctx);
	struct emitter e = {c, &s, emit, ctx, lang};
	dossier_meldingen(&e, d);
	pt_buf_free(&all);
	free(s.text);
}
