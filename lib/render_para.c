/* The paragraph participatie for the council: short running text in the
 * order the domain notes give (pt-render(1)): what is fixed and open; who
 * is involved; the step and why; how and when; what happens with the
 * input; the council's role.  At the decision stage the results replace
 * the plan; at evaluation the verdict follows.  Every sentence comes from
 * zinnen.csv.  It is public: no scores, rule ids, attitudes or salience of
 * named parties, no rates -- those are in the working document. */
#include <stdlib.h>
#include <string.h>
#include "render_priv.h"

#define MAX_ITEMS 8		/* activities or points named in one list */
#define MAX_ORGS 6		/* organisations named among those involved */
#define MAX_HARD 8		/* hard-to-reach groups named (a sentence per way they are reached) */
#define MAX_REDENEN 2		/* reasons given for the step */
#define MAX_WORDS 25		/* in one sentence (B1) */
#define MAX_CHANNELS 3		/* ways of informing named in one sentence */

/* Groups that practice says are usually missed (domain notes, "Who is
 * affected": loketgezondleven.nl, dialoogisch.nl). */
static const char *const hard_to_reach[] = {
	"kinderen", "jongeren", "ouderen", "beperking", "mantelzorgers",
	"laaggeletterden", "anderstaligen", "clienten", NULL
};

static int in_list(const char *const *list, const char *s)
{
	for (; s && *list; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

/* ---- sentences ------------------------------------------------------------ */

/* Pattern key filled with name, value pairs ending in NULL, and after
 * them the dossier's values every pattern may use (r->zv, pt-render(1)):
 * a value the call gives, even as NULL, comes first. */
static char *fill(doc *r, const char *key, ...)
{
	const char *vars[128];
	size_t n = 0;
	va_list ap;
	va_start(ap, key);
	const char *s;
	while (n < 30 && (s = va_arg(ap, const char *)) != NULL) {
		vars[n++] = s;
		vars[n++] = va_arg(ap, const char *);
	}
	va_end(ap);
	for (const char **z = r->zv; z && z[0] && n < 126; z += 2) {
		vars[n++] = z[0];
		vars[n++] = z[1];
	}
	vars[n] = NULL;
	return pt_zin_fill(key, r->lang, vars);
}

/* Append a sentence (owned; NULL is no sentence) to the running text. */
static char *short_sentences(char *s);

/* Add sentence s (owned) to the paragraph; one over MAX_WORDS words is cut
 * where a clause ends, whatever pattern or text made it. */
static void say(pt_buf *p, char *s)
{
	if (!s)
		return;
	s = short_sentences(s);
	if (p->len)
		pt_buf_putc(p, ' ');
	pt_buf_puts(p, s);
	free(s);
}

static void flush(doc *r, pt_buf *p)
{
	if (p->len)
		rd_add_text(rd_para(r->root), pt_buf_str(p));
	pt_buf_free(p);
}

/* Free text from the dossier ends a sentence with a full stop. */
static char *sentence_end(const char *s)
{
	char *c = pt_render_clean(s);
	size_t n = strlen(c);
	while (n && c[n - 1] == ' ')
		c[--n] = '\0';
	if (n && !strchr(".!?", c[n - 1])) {
		pt_buf b = PT_BUF_INIT;
		pt_buf_puts(&b, c);
		pt_buf_putc(&b, '.');
		free(c);
		return pt_buf_take(&b);
	}
	return c;
}

/* "Inloopavond" reads as "inloopavond" inside a sentence (and "Drop-in
 * evening" as "drop-in evening"); a name
 * whose second letter is a capital (an abbreviation) stays as it is. */
static char *in_sentence(doc *r, const char *s)
{
	char *c = pt_render_clean(s);
	if (c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'a' && c[1] <= 'z')
		c[0] = (char)(c[0] - 'A' + 'a');
	return c;
}

/* The start of a sentence or list item: its first letter a capital. */
static char *capital(char *s)
{
	if (s && s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 'a' + 'A');
	return s;
}

/* Free text after "De reden:": a sentence, without its capital. */
static char *after_colon(doc *r, const char *s)
{
	char *e = sentence_end(s), *c = in_sentence(r, e);
	free(e);
	return c;
}

/* "a, b en c" (owned items, freed here); NULL when there are none. */
static char *and_list(doc *r, char **items, size_t n)
{
	if (!n)
		return NULL;
	pt_buf b = PT_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			pt_buf_printf(&b, i + 1 == n ? " %s " : ", ", pt_zin("lijst.en", r->lang));
		pt_buf_puts(&b, items[i]);
		free(items[i]);
	}
	return pt_buf_take(&b);
}

/* A lead sentence and its items: one item is said in the sentence
 * (inline, "{lijst}"), more become a bullet list under the lead (kop).
 * Items are owned and freed here. */
static void say_list(doc *r, pt_buf *p, const char *inline_key, const char *kop_key, char **items, size_t n)
{
	if (!n)
		return;
	if (n == 1 || !pt_zin(kop_key, r->lang)) {
		char *l = and_list(r, items, n);
		say(p, fill(r, inline_key, "lijst", l, NULL));
		free(l);
		return;
	}
	say(p, fill(r, kop_key, NULL));
	flush(r, p);
	cmark_node *l = rd_bullets(r->root);
	for (size_t i = 0; i < n; i++) {
		rd_add_text(rd_item(l), capital(items[i]));
		free(items[i]);
	}
}

static char *short_sentences(char *s);

/* ---- dates ---------------------------------------------------------------- */

/* The date of the decision as the plan has it: pt-plan's besluitVoorzien
 * when it moved the decision later, else the proposal's datumBesluit. */
static const char *decision_date(doc *r)
{
	const char *v = rd_str(r->d, "voorstel.datumBesluit"), *p = rd_str(r->d, "plan.besluitVoorzien");
	if (p && pt_date_days(p) >= 0 && (!v || pt_date_days(p) > pt_date_days(v)))
		return p;
	return v;
}

/* An activity's start as days since 1970: its datum, else its week
 * counted from the decision date; -1 when neither is known. */
static long act_days(doc *r, const json_t *a)
{
	long d = pt_date_days(rd_str(a, "datum") ? rd_str(a, "datum") : "");
	double wk;
	if (d >= 0)
		return d;
	long besluit = pt_date_days(decision_date(r) ? decision_date(r) : "");
	if (besluit >= 0 && rd_number(a, "week", &wk))
		return besluit + 7 * (long)wk;
	return -1;
}

/* "april 2027", or "april" when with_year is 0. */
static const char *month_text(doc *r, long days, int with_year, char *buf, size_t n)
{
	int y, m, d;
	pt_date_civil(days, &y, &m, &d);
	const char *name = pt_rl((enum pt_rl)(RL_MAAND_1 + m - 1), r->lang);
	if (with_year)
		snprintf(buf, n, "%s %d", name, y);
	else
		snprintf(buf, n, "%s", name);
	return buf;
}

/* ---- the state of the dossier ------------------------------------------------ */

static const char *step(doc *r)
{
	const char *t = rd_str(r->d, "strategie.trede");
	return t ? t : rd_str(r->d, "voorstel.gewensteTrede");
}

static int chosen_by_user(doc *r)
{
	const char *door = rd_str(r->d, "strategie.gekozenDoor");
	return door && strcmp(door, "gebruiker") == 0;
}

static const char *motivation(doc *r)
{
	const char *m = rd_str(r->d, "strategie.motivatie");
	return m ? m : rd_str(r->d, "voorstel.motivatie");
}

static int has_code(const json_t *arr, const char *code)
{
	size_t i;
	json_t *e;
	json_array_foreach(arr, i, e)
		if (json_is_string(e) && strcmp(json_string_value(e), code) == 0)
			return 1;
	return 0;
}

/* The reason for no participation: the user's text (a sentence of its
 * own), else the clause after "omdat" of the first reason code that
 * argues against participation (the codes with an omdat.CODE pattern;
 * *clause set), else pt-strategy's motivation.  Caller frees. */
static char *no_participation_reason(doc *r, int *clause)
{
	const char *t = rd_str(r->d, "voorstel.geenParticipatie.reden");
	*clause = 0;
	if (t)
		return short_sentences(capital(sentence_end(t)));
	size_t i;
	json_t *e;
	json_array_foreach(pt_get(r->d, "strategie.redenen"), i, e) {
		char key[96];
		snprintf(key, sizeof key, "omdat.%s", json_string_value(e) ? json_string_value(e) : "");
		if (pt_zin(key, r->lang)) {
			*clause = 1;
			return pt_xstrdup(pt_zin(key, r->lang));
		}
	}
	t = motivation(r);
	return t ? capital(sentence_end(t)) : NULL;
}

static int same_as_advice(doc *r)
{
	const char *advies = rd_str(r->d, "strategie.advies");
	return advies && step(r) && strcmp(advies, step(r)) == 0;
}

/* The routes leave the step open when pt-strategy says a person must
 * choose (its melding routes-verschillen): one step apart, or both held
 * by a cap, its advice stands. */
static int routes_disagree(doc *r)
{
	size_t i;
	json_t *e;
	json_array_foreach(pt_get(r->d, "meldingen"), i, e)
		if (rd_str(e, "code") && strcmp(rd_str(e, "code"), "routes-verschillen") == 0)
			return 1;
	return 0;
}

/* Is the step itself the open question? */
static int step_open(doc *r)
{
	if (!step(r))
		return 1;
	if (chosen_by_user(r))
		return !motivation(r) && !same_as_advice(r);
	return routes_disagree(r);
}

const char *rd_open_question(doc *r, char *buf, size_t n)
{
	char *q = NULL;
	size_t i;
	json_t *e;
	json_array_foreach(pt_get(r->d, "meldingen"), i, e)
		if (rd_str(e, "ernst") && strcmp(rd_str(e, "ernst"), "fout") == 0) {
			/* the melding's own text may hold sums and rule ids: the
			 * paragraph asks the question its code stands for, and the
			 * working document has the text */
			char key[96];
			snprintf(key, sizeof key, "vraag.fout.%s", rd_str(e, "code") ? rd_str(e, "code") : "");
			q = fill(r, key, NULL);
			if (!q)
				q = fill(r, "vraag.fout", "code", rd_str(e, "code") ? rd_str(e, "code") : "?", NULL);
			break;
		}
	/* a name in the reactions that is no known organisation or place:
	 * the paragraph waits until it is removed or confirmed */
	json_array_foreach(pt_get(r->d, "meldingen"), i, e)
		if (!q && rd_str(e, "code") && strcmp(rd_str(e, "code"), "mogelijk-naam") == 0)
			q = fill(r, "vraag.naam", "tekst", rd_str(e, "tekst"), NULL);
	int part = rd_participation(r);
	if (!q && part == PART_GEEN) {
		int clause;
		char *why = no_participation_reason(r, &clause);
		if (!why)
			q = fill(r, "vraag.geen-reden", NULL);
		free(why);
	} else if (!q && !step(r)) {
		q = fill(r, "vraag.trede", NULL);
	} else if (!q && routes_disagree(r) && !chosen_by_user(r)) {
		q = fill(r, "vraag.routes", "plan", rd_trede_label(r, rd_str(r->d, "strategie.routes.plan")),
			 "mensen", rd_trede_label(r, rd_str(r->d, "strategie.routes.mensen")), NULL);
	} else if (!q && chosen_by_user(r) && !motivation(r) && !same_as_advice(r)) {
		q = fill(r, "vraag.motivatie", "trede", rd_trede_label(r, step(r)),
			 "advies", rd_trede_label(r, rd_str(r->d, "strategie.advies")), NULL);
		if (!q)
			q = fill(r, "vraag.motivatie-kaal", "trede", rd_trede_label(r, step(r)), NULL);
	}
	if (!q)
		return NULL;
	snprintf(buf, n, "%s", q);
	free(q);
	return buf;
}

/* ---- the dossier's values for every pattern -------------------------------- */

/* The values any sentence pattern may use, whatever the sentence (the
 * list is in pt-render(1)): a new sentence is a row in zinnen.csv. */
struct zvals {
	const char *v[64];
	char *own[16];
	size_t n, nown;
	char date[64], from[64], to[64];
};

static void zv_add(struct zvals *z, const char *name, const char *value)
{
	if (value && *value && z->n < 62) {
		z->v[z->n++] = name;
		z->v[z->n++] = value;
	}
}

static void zv_own(struct zvals *z, const char *name, char *value)
{
	if (!value)
		return;
	if (z->nown < 16) {
		z->own[z->nown++] = value;
		zv_add(z, name, value);
	} else {
		free(value);
	}
}

static char *place(doc *r);
static char *participant_groups(doc *r);
static char *org_names(doc *r);

static void zv_build(doc *r, struct zvals *z)
{
	char key[96];
	const char *door = rd_str(r->d, "voorstel.besluitDoor");
	memset(z, 0, sizeof *z);
	zv_add(z, "titel", rd_str(r->d, "voorstel.titel"));
	zv_add(z, "kenmerk", rd_str(r->d, "voorstel.id"));
	zv_add(z, "wijk", rd_str(r->d, "voorstel.locatie.wijk"));
	zv_add(z, "trekker", rd_str(r->d, "voorstel.trekker"));
	zv_add(z, "afdeling", rd_str(r->d, "voorstel.afdeling"));
	zv_add(z, "portefeuillehouder", rd_str(r->d, "voorstel.portefeuillehouder"));
	zv_add(z, "datum", rd_fmt_date(r, decision_date(r), z->date, sizeof z->date));
	snprintf(key, sizeof key, "besluiter.%s", door ? door : "");
	zv_add(z, "besluiter", pt_zin(key, r->lang));
	snprintf(key, sizeof key, "schaal.%s", rd_str(r->d, "voorstel.locatie.schaal") ? rd_str(r->d, "voorstel.locatie.schaal") : "");
	zv_add(z, "schaal", pt_zin(key, r->lang));
	snprintf(key, sizeof key, "wie.%s", rd_str(r->d, "voorstel.initiatiefnemer") ? rd_str(r->d, "voorstel.initiatiefnemer") : "");
	zv_add(z, "initiatiefnemer", pt_zin(key, r->lang));
	zv_add(z, "trede", rd_trede_label(r, step(r)));
	zv_add(z, "advies", rd_trede_label(r, rd_str(r->d, "strategie.advies")));
	const char *start = rd_str(r->d, "plan.start"), *eind = rd_str(r->d, "plan.eind");
	zv_add(z, "van", start ? rd_fmt_date(r, start, z->from, sizeof z->from) : NULL);
	zv_add(z, "tot", eind ? rd_fmt_date(r, eind, z->to, sizeof z->to) : NULL);
	zv_own(z, "plek", place(r));
	zv_own(z, "groepen", participant_groups(r));
	zv_own(z, "organisaties", org_names(r));
	z->v[z->n] = NULL;
	r->zv = z->v;
}

static void zv_free(doc *r, struct zvals *z)
{
	for (size_t i = 0; i < z->nown; i++)
		free(z->own[i]);
	r->zv = NULL;
}

/* ---- the parts ------------------------------------------------------------------ */

/* The place as a reader knows it: "Stadspark in Centrum"; the wijk left
 * out where the name holds it or where it is no name (lowercase, as
 * "buitengebied"); NULL for a place that is the whole municipality. */
static char *place(doc *r)
{
	const char *naam = rd_str(r->d, "voorstel.locatie.naam"), *wijk = rd_str(r->d, "voorstel.locatie.wijk");
	char fn[256], fw[256];
	if (naam && rd_general_place(naam))
		naam = NULL;
	if (wijk && (rd_general_place(wijk) || !(wijk[0] >= 'A' && wijk[0] <= 'Z')))
		wijk = naam ? NULL : wijk;
	if (naam && wijk && (strstr(pt_fold(naam, fn, sizeof fn), pt_fold(wijk, fw, sizeof fw)) || strcmp(naam, wijk) == 0))
		wijk = NULL;
	if (naam && wijk)
		return fill(r, "plek.twee", "naam", naam, "wijk", wijk, NULL);
	return naam ? pt_xstrdup(naam) : wijk ? pt_xstrdup(wijk) : NULL;
}

static size_t words(const char *s)
{
	size_t n = 0;
	for (const char *p = s; *p; p++)
		n += (*p != ' ') && (p == s || p[-1] == ' ');
	return n;
}

/* The user's own text over MAX_WORDS words is cut where a clause ends
 * ("; ", ", en ", and last a colon that a clause follows: "past binnen
 * het plan: als het ..."), into sentences a reader takes in at once: B1
 * asks no more.  Owned s in, owned text out. */
static char *short_sentences(char *s)
{
	static const char *const cuts[] = {"; ", ", en ", ", and ", ": ", NULL};
	if (words(s) <= MAX_WORDS)
		return s;
	for (int c = 0; cuts[c]; c++) {
		char *at = strstr(s, cuts[c]);
		if (!at || at == s)
			continue;
		pt_buf b = PT_BUF_INIT;
		pt_buf_put(&b, s, (size_t)(at - s));
		if (!strchr(".!?", at[-1]))
			pt_buf_putc(&b, '.');
		pt_buf_putc(&b, ' ');
		const char *rest = at + 2;	/* "en ..." becomes "En ..." */
		char *tail = short_sentences(capital(pt_xstrdup(rest)));
		pt_buf_puts(&b, tail);
		free(tail);
		free(s);
		return pt_buf_take(&b);
	}
	return s;
}

static size_t text_items(doc *r, const json_t *arr, char **items, size_t max)
{
	size_t n = 0, i;
	json_t *e;
	json_array_foreach(arr, i, e)
		if (json_string_value(e) && *json_string_value(e) && n < max)
			items[n++] = short_sentences(in_sentence(r, json_string_value(e)));
	return n;
}

static void p_intro(doc *r, pt_buf *p)
{
	char key[64];
	snprintf(key, sizeof key, "schaal.%s", rd_str(r->d, "voorstel.locatie.schaal") ? rd_str(r->d, "voorstel.locatie.schaal") : "");
	const char *schaal = pt_zin(key, r->lang);
	char *plek = place(r), *s = NULL;
	if (plek && schaal)
		s = fill(r, "intro.plek", "plek", plek, "schaal", schaal, NULL);
	else if (plek)
		s = fill(r, "intro.plek-kaal", "plek", plek, NULL);
	else if (schaal)
		s = fill(r, "intro.schaal", "schaal", schaal, NULL);
	say(p, s);
	free(plek);
	char *items[32];
	size_t n = text_items(r, pt_get(r->d, "voorstel.vastKader"), items, 32);
	say_list(r, p, "vast", "vast.kop", items, n);
	/* informing asks for no input: nothing is "open for input" then,
	 * unless a later step asks for it; nor where the room is none */
	const char *ruimte = rd_str(r->d, "voorstel.beleidsruimte");
	if ((!step(r) || strcmp(step(r), "informeren") != 0 || rd_str(r->d, "strategie.vervolg.trede")) &&
	    !(ruimte && strcmp(ruimte, "geen") == 0)) {
		n = text_items(r, pt_get(r->d, "voorstel.openVoorInbreng"), items, 32);
		say_list(r, p, "open", "open.kop", items, n);
	}
}

const char *rd_role(const json_t *s)
{
	const char *rol = rd_str(s, "rol"), *groep = rd_str(s, "groep");
	if (rol)
		return rol;
	if (groep && strcmp(groep, "intern") == 0)
		return "partner";
	if (groep && (strcmp(groep, "overheid") == 0))
		return "overheid";
	if (groep && (strcmp(groep, "politiek") == 0 || strcmp(groep, "media") == 0))
		return "";
	return "deelnemer";
}

static char *group_phrase(doc *r, const char *groep)
{
	char key[96];
	snprintf(key, sizeof key, "groep.%s", groep);
	const char *z = pt_zin(key, r->lang);
	return pt_xstrdup(z ? z : pt_vocab_label(&pt_v_groep, groep, r->lang));
}

static int seen(char **items, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(items[i], s) == 0)
			return 1;
	return 0;
}

static int is_participant(const json_t *s)
{
	return strcmp(rd_role(s), "deelnemer") == 0 && rd_str(s, "groep");
}

static const char *hard_group(const json_t *s);

/* The hard-to-reach groups the paragraph says the municipality seeks out,
 * in the order it says them: each participant's (its groep or a tag),
 * then each the plan asks for input (an activity's doelgroepen), each
 * once by its phrase, at most MAX_HARD.  codes[k] is the group's
 * code, phrases[k] its phrase (caller frees).  Returns how many. */
static int public_activity(const json_t *a);
static int informs_only_in(doc *r, const json_t *a);

/* Add group h to the sought ones, once by its phrase; the new count. */
static size_t add_sought(doc *r, const char *h, const char **codes, char **phrases, size_t n)
{
	char *g = group_phrase(r, h);
	if (seen(phrases, n, g)) {
		free(g);
		return n;
	}
	codes[n] = h;
	phrases[n] = g;
	return n + 1;
}

static size_t sought_groups(doc *r, const char **codes, char **phrases)
{
	size_t n = 0, i;
	json_t *s;
	json_array_foreach(pt_get(r->d, "stakeholders"), i, s) {
		const char *h = strcmp(rd_role(s), "deelnemer") == 0 ? hard_group(s) : NULL;
		if (!h || n >= MAX_HARD)
			continue;
		n = add_sought(r, h, codes, phrases, n);
	}
	/* and the groups the plan asks for input itself: a topic's group no
	 * stakeholder stands for is still sought out, and the paragraph says so */
	json_t *a;
	json_array_foreach(pt_get(r->d, "plan.activiteiten"), i, a) {
		if (!public_activity(a) || informs_only_in(r, a))
			continue;
		size_t k;
		json_t *d;
		json_array_foreach(pt_get(a, "doelgroepen"), k, d)
			if (in_list(hard_to_reach, json_string_value(d)) && n < MAX_HARD)
				n = add_sought(r, json_string_value(d), codes, phrases, n);
	}
	return n;
}

/* The participants by group, for the groups no organisation of the
 * dossier is named for ("omwonenden en ouders"), and every group the
 * paragraph says is sought out: who is sought out is among those
 * involved ("jongeren" of a school's tag). */
static char *participant_groups(doc *r)
{
	char *groups[32 + MAX_HARD], *hard[MAX_HARD];
	const char *codes[MAX_HARD];
	size_t ng = 0, i, named = 0, nh = sought_groups(r, codes, hard);
	json_t *s;
	json_array_foreach(pt_get(r->d, "stakeholders"), i, s) {
		if (!is_participant(s) || ng >= 32)
			continue;
		if (rd_org_name(s) && named++ < MAX_ORGS)
			continue;
		char *g = group_phrase(r, rd_str(s, "groep"));
		if (seen(groups, ng, g))
			free(g);
		else
			groups[ng++] = g;
	}
	for (i = 0; i < nh; i++) {
		if (seen(groups, ng, hard[i]))
			free(hard[i]);
		else
			groups[ng++] = hard[i];
	}
	return and_list(r, groups, ng);
}

/* The organisations among the participants, by name (at most MAX_ORGS;
 * the rest are said by their group). */
static char *org_names(doc *r)
{
	char *names[MAX_ORGS];
	size_t n = 0, i;
	json_t *s;
	json_array_foreach(pt_get(r->d, "stakeholders"), i, s) {
		const char *naam = is_participant(s) ? rd_org_name(s) : NULL;
		if (!naam || n >= MAX_ORGS)
			continue;
		char *c = pt_render_clean(naam);
		if (seen(names, n, c))
			free(c);
		else
			names[n++] = c;
	}
	return and_list(r, names, n);
}

/* The hard-to-reach group a stakeholder stands for: its groep, or a tag. */
static const char *hard_group(const json_t *s)
{
	if (in_list(hard_to_reach, rd_str(s, "groep")))
		return rd_str(s, "groep");
	size_t i;
	json_t *t;
	json_array_foreach(pt_get(s, "tags"), i, t)
		if (in_list(hard_to_reach, json_string_value(t)))
			return json_string_value(t);
	return NULL;
}

/* Activities a participant takes part in or sees: not the internal work
 * (soort proces), the municipality's own role on an initiative, or the
 * overleg with partners. */
static int public_activity(const json_t *a)
{
	const char *soort = rd_str(a, "soort");
	return !soort || strcmp(soort, "werkvorm") == 0 || strcmp(soort, "procedure") == 0;
}

/* What people do in an activity, as a reader says it ("een rondgang
 * door de buurt met bewoners"): the werkvorm's doe.ID pattern, else its
 * name inside a sentence.  Caller frees. */
static char *what_people_do(doc *r, const json_t *a)
{
	char key[96];
	const char *naam = rd_activity_name(r, a);
	/* a name of the user's own is kept as written */
	int own = naam && naam == rd_str(a, "naam");
	snprintf(key, sizeof key, "doe.%s", rd_str(a, "werkvorm") ? rd_str(a, "werkvorm") : "");
	const char *z = own ? NULL : pt_zin(key, r->lang);
	if (z)
		return pt_xstrdup(z);
	return naam ? in_sentence(r, naam) : NULL;
}

/* An activity that only informs: its own step, else (an older plan)
 * the dossier's step; a statutory procedure always asks for views. */
static int informs_only_in(doc *r, const json_t *a)
{
	const char *t = rd_str(a, "trede");
	if (!t && !rd_str(r->d, "strategie.vervolg.trede"))
		t = step(r);
	return t && strcmp(t, "informeren") == 0 && !(rd_str(a, "soort") && strcmp(rd_str(a, "soort"), "procedure") == 0);
}
#define informs_only(a) informs_only_in(r, (a))

/* How a group is reached: an activity of the plan aimed at it (a
 * stakeholder's own aanpak is advice to the civil servant, and may judge
 * the party: it stays in the working document).  NULL when none. */
static char *reached_by(doc *r, const char *groep)
{
	const json_t *best = NULL;
	size_t i;
	json_t *a;
	json_array_foreach(pt_get(r->d, "plan.activiteiten"), i, a) {
		if (!public_activity(a) || !has_code(pt_get(a, "doelgroepen"), groep))
			continue;
		/* one that asks for input says more than a letter */
		if (!best || !informs_only(a)) {
			best = a;
			if (!informs_only(a))
				break;
		}
	}
	return best ? what_people_do(r, best) : NULL;
}

static int results_stage(doc *r);

static void p_betrokkenen(doc *r, pt_buf *p)
{
	char *partners[32], *hard[MAX_HARD];
	size_t np = 0, nh, i;
	int past = results_stage(r);
	json_t *s;
	const char *groepen = NULL, *orgs = NULL;
	for (const char **z = r->zv; z && z[0]; z += 2) {
		if (strcmp(z[0], "groepen") == 0)
			groepen = z[1];
		if (strcmp(z[0], "organisaties") == 0)
			orgs = z[1];
	}
	if (groepen) {
		say(p, fill(r, past ? "betrokken.was" : "betrokken", NULL));
		/* one organisation "doet mee", more "doen mee" */
		char and[32];
		snprintf(and, sizeof and, " %s ", pt_zin("lijst.en", r->lang));
		int one = orgs && !strstr(orgs, ", ") && !strstr(orgs, and);
		say(p, fill(r, past ? (one ? "organisatie.was" : "organisaties.was") : (one ? "organisatie" : "organisaties"), NULL));
	} else {
		say(p, fill(r, past ? "betrokken.was" : "betrokken", "groepen", orgs, NULL));
	}
	json_array_foreach(pt_get(r->d, "stakeholders"), i, s) {
		const char *rol = rd_role(s);
		/* the municipality's own teams are no party to the public text;
		 * other authorities and partners are overleg, not participation */
		if (strcmp(rol, "overheid") == 0 || (strcmp(rol, "partner") == 0 && !(rd_str(s, "groep") && strcmp(rd_str(s, "groep"), "intern") == 0))) {
			const char *naam = rd_org_name(s) ? rd_org_name(s) : rd_person_name(rd_str(s, "naam")) ? NULL : rd_str(s, "naam");
			if (naam && np < 32) {
				char *c = pt_render_clean(naam);
				if (seen(partners, np, c))
					free(c);
				else
					partners[np++] = c;
			}
		}
	}
	/* the groups sought out, each named among those involved above */
	const char *codes[MAX_HARD];
	char *how[MAX_HARD];
	nh = sought_groups(r, codes, hard);
	for (i = 0; i < nh; i++)
		how[i] = reached_by(r, codes[i]);
	/* one sentence per way of reaching: the groups one activity reaches
	 * are named together */
	for (i = 0; i < nh; i++) {
		if (!hard[i])
			continue;
		char *same[MAX_HARD];
		size_t ns = 0;
		for (size_t k = i; k < nh; k++)
			if (hard[k] && (how[k] == how[i] || (how[k] && how[i] && strcmp(how[k], how[i]) == 0)))
				same[ns++] = hard[k], hard[k] = NULL;
		/* three or more are named among those involved already: the
		 * first and "other groups", or the sentence runs too long */
		const char *key = !how[i] ? (past ? "moeilijk.aandacht-was" : "moeilijk.aandacht")
			: ns > 2 ? (past ? "moeilijk.groepen-was" : "moeilijk.groepen") : (past ? "moeilijk.was" : "moeilijk");
		char *groups;
		if (how[i] && ns > 2) {
			pt_buf b = PT_BUF_INIT;
			pt_buf_puts(&b, same[0]);
			for (size_t k = 0; k < ns; k++)
				free(same[k]);
			groups = pt_buf_take(&b);
		} else {
			groups = and_list(r, same, ns);
		}
		say(p, fill(r, key, "groep", groups, "aanpak", how[i], NULL));
		free(groups);
	}
	for (i = 0; i < nh; i++)
		free(how[i]);
	char *pa = and_list(r, partners, np);
	say(p, fill(r, past ? "partners.was" : "partners", "partners", pa, NULL));
	free(pa);
}

/* Reason codes for the step: pt-strategy's, else what the proposal's own
 * fields say (older dossiers).  The paragraph gives the reasons that have
 * a public pattern (waarom.CODE): the weighing of named parties stays in
 * the working document. */
static void reasons(doc *r, pt_buf *p, int initiative)
{
	json_t *redenen = pt_get(r->d, "strategie.redenen");
	const char *fallback[6];
	size_t nf = 0, said = 0, i;
	if (!json_array_size(redenen)) {
		/* Only what argues for this step: informing rests on little impact,
		 * no room or a decision already taken; a higher step on impact
		 * and room. */
		const char *impact = rd_str(r->d, "voorstel.impact"), *ruimte = rd_str(r->d, "voorstel.beleidsruimte"),
			   *fase = rd_str(r->d, "voorstel.beleidsfase"), *t = step(r);
		int inform = t && strcmp(t, "informeren") == 0;
		if (rd_boolean(r->d, "voorstel.spoed") == 1)
			fallback[nf++] = "spoed";
		if (inform && fase && (strcmp(fase, "uitvoering") == 0 || strcmp(fase, "evaluatie") == 0))
			fallback[nf++] = "fase-uitvoering";
		if (inform && impact && strcmp(impact, "laag") == 0)
			fallback[nf++] = "impact-laag";
		if (inform && ruimte && strcmp(ruimte, "geen") == 0)
			fallback[nf++] = "ruimte-geen";
		if (!inform && impact && strcmp(impact, "hoog") == 0)
			fallback[nf++] = "impact-hoog";
		if (!inform && ruimte && strcmp(ruimte, "beperkt") == 0)
			fallback[nf++] = "ruimte-beperkt";
		if (!inform && ruimte && strcmp(ruimte, "ruim") == 0)
			fallback[nf++] = "ruimte-ruim";
	}
	size_t n = nf ? nf : json_array_size(redenen);
	for (i = 0; i < n && said < MAX_REDENEN; i++) {
		const char *code = nf ? fallback[i] : json_string_value(json_array_get(redenen, i));
		if (!code || (initiative && strncmp(code, "initiatief", 10) == 0))
			continue;
		char key[96];
		snprintf(key, sizeof key, "waarom.%s", code);
		char *z = fill(r, key, NULL);
		if (z) {
			say(p, z);
			said++;
		}
	}
}

/* The instrument the proposal is (pt_instrument_of): its code or NULL. */
static const char *instrument(doc *r)
{
	int i = pt_instrument_of(pt_vocab_index(&pt_v_instrument, rd_str(r->d, "voorstel.instrument")),
				 pt_vocab_index(&pt_v_soort, rd_str(r->d, "voorstel.soort")));
	return i >= 0 ? pt_v_instrument.terms[i].code : NULL;
}

static void p_trede(doc *r, pt_buf *p)
{
	const char *trede = step(r);
	char key[96];
	int initiative = pt_vocab_index(&pt_v_overheidstrede, trede) >= 0;
	if (initiative) {
		say(p, fill(r, "initiatief", NULL));
		snprintf(key, sizeof key, "rol.%s", trede);
	} else {
		snprintf(key, sizeof key, "trede.%s%s", trede, results_stage(r) ? ".was" : "");
		if (!pt_zin(key, r->lang))
			snprintf(key, sizeof key, "trede.%s", trede);
	}
	say(p, fill(r, key, NULL));
	if (strcmp(trede, "meebeslissen") == 0) {
		char *k = rd_str(r->d, "voorstel.zeggenschapKaders") ? sentence_end(rd_str(r->d, "voorstel.zeggenschapKaders")) : NULL;
		if (k)
			k[strlen(k) - 1] = '\0';	/* the pattern ends the sentence */
		say(p, fill(r, "kaders", "kaders", k, NULL));
		free(k);
	}
	if (chosen_by_user(r) || has_code(pt_get(r->d, "strategie.redenen"), "gekozen")) {
		char *m = motivation(r) ? after_colon(r, motivation(r)) : NULL;
		say(p, fill(r, "motivatie", "motivatie", m, NULL));
		free(m);
	} else {
		reasons(r, p, initiative);
	}
	const char *ins = instrument(r);
	/* Or 7.4 belongs to a permit application; another initiative under
	 * the Omgevingswet only where pt-strategy found the duty */
	if (initiative && !(ins && strcmp(ins, "vergunning") == 0) &&
	    (has_code(pt_get(r->d, "strategie.redenen"), "initiatief-participatieplicht") ||
	     rd_boolean(r->d, "voorstel.omgevingswet") == 1))
		say(p, fill(r, "initiatief.plicht", NULL));
	const char *vt = rd_str(r->d, "strategie.vervolg.trede"), *over = rd_str(r->d, "strategie.vervolg.over");
	if (vt && over) {
		char *o = in_sentence(r, over);
		say(p, fill(r, "vervolg", "trede", rd_trede_label(r, vt), "over", o, NULL));
		free(o);
	}
}

/* The law's sentences for the instrument: the procedure and what the
 * decision must say (Ob 10.2, 10.7, 10.8; Or 7.4 for a permit). */
static void p_wet(doc *r, pt_buf *p)
{
	const char *ins = instrument(r);
	char key[96];
	if (!ins)
		return;
	snprintf(key, sizeof key, "wet.%s", ins);
	say(p, fill(r, key, NULL));
	snprintf(key, sizeof key, "wet.%s-motivering", ins);
	say(p, fill(r, key, NULL));
}

/* An instrument of the Omgevingswet: it has a wet.INSTRUMENT pattern
 * or one for its motivation. */
static int instrument_omgevingswet(doc *r)
{
	const char *ins = instrument(r);
	char key[96];
	snprintf(key, sizeof key, "wet.%s-motivering", ins ? ins : "");
	return ins && pt_zin(key, r->lang) && strcmp(ins, "vergunning") != 0;
}

/* Without an instrument, a decision under the Omgevingswet still says
 * how people were involved and what came of it. */
static void p_wet_algemeen(doc *r, pt_buf *p)
{
	if (!instrument(r) && rd_boolean(r->d, "voorstel.omgevingswet") == 1)
		say(p, fill(r, "wet.omgevingswet-motivering", NULL));
}

static int after_decision(doc *r, const json_t *a)
{
	const char *moment = rd_str(a, "moment");
	double wk;
	long besluit = pt_date_days(decision_date(r) ? decision_date(r) : "");
	long d = act_days(r, a);
	/* dates decide; without them, the moment pt-plan gave */
	if (besluit >= 0 && d >= 0)
		return d > besluit;
	if (moment && strcmp(moment, "terugkoppeling") == 0)
		return 1;
	return rd_number(a, "week", &wk) && wk > 0;
}

/* The activities in which people give input before the decision, each
 * "what people do (month year)", in the order of the plan, every one
 * named: the key session is never "one other activity". */
static size_t input_activities(doc *r, char **items, size_t max)
{
	json_t *acts = pt_get(r->d, "plan.activiteiten");
	size_t n = json_array_size(acts), *ord = pt_render_week_order(acts), k = 0;
	char *names[64];
	size_t nn = 0;
	for (size_t i = 0; i < n && k < max; i++) {
		json_t *a = json_array_get(acts, ord[i]);
		if (!public_activity(a) || informs_only(a) || after_decision(r, a))
			continue;
		char *what = what_people_do(r, a);
		if (!what || seen(names, nn, what) || nn >= 64) {
			free(what);
			continue;
		}
		names[nn++] = what;
		long d = act_days(r, a);
		char month[64];
		char *it = d >= 0 ? fill(r, "act.maand", "naam", what, "maand", month_text(r, d, 1, month, sizeof month), NULL) : NULL;
		items[k++] = it ? it : pt_xstrdup(what);
	}
	free(ord);
	for (size_t i = 0; i < nn; i++)
		free(names[i]);
	return k;
}

/* The ways the plan informs people (before or after the decision), each
 * once.  A werkvorm with a sentence vind.via.WERKVORM in zinnen.csv (the
 * project page, a text on the website) is where information is: said
 * once, in that sentence, not again among the channels.  *vind gets the
 * key of that sentence (the first such activity's, one that asks for input
 * too), else NULL. */
static char *inform_channels(doc *r, const char **vind)
{
	json_t *acts = pt_get(r->d, "plan.activiteiten");
	char *items[MAX_ITEMS];
	static char key[96];
	size_t k = 0, i;
	json_t *a;
	*vind = NULL;
	json_array_foreach(acts, i, a) {
		if (!public_activity(a))
			continue;
		char via[96];
		snprintf(via, sizeof via, "vind.via.%s", rd_str(a, "werkvorm") ? rd_str(a, "werkvorm") : "");
		if (pt_zin(via, r->lang)) {
			if (!*vind)
				*vind = strcpy(key, via);
			continue;	/* said in the sentence on where information is */
		}
		if (!informs_only(a))
			continue;
		char *what = what_people_do(r, a);
		if (!what || seen(items, k, what) || k >= MAX_CHANNELS)
			free(what);
		else
			items[k++] = what;
	}
	return and_list(r, items, k);
}

static void p_wanneer(doc *r, pt_buf *p)
{
	char *items[MAX_ITEMS];
	size_t n = input_activities(r, items, MAX_ITEMS);
	say_list(r, p, "meedoen", "meedoen.kop", items, n);
	const char *vind;
	char *channels = inform_channels(r, &vind);
	say(p, fill(r, "info", "lijst", channels, NULL));
	free(channels);
	say(p, fill(r, vind ? vind : "vind.site", NULL));
	say(p, fill(r, "besluit.datum", NULL));
}

static int phase(doc *r)
{
	return pt_vocab_index(&pt_v_beleidsfase, rd_str(r->d, "voorstel.beleidsfase"));
}

static int results_stage(doc *r)
{
	const json_t *o = pt_get(r->d, "opbrengst");
	return phase(r) >= 2 && json_is_object(o) &&
	       (rd_number(o, "deelnemers", &(double){0}) || json_array_size(pt_get(o, "punten")));
}

/* ---- results (opbrengst) -------------------------------------------------------- */

/* One point as the reactions raised it: its text, how many reactions
 * said it (points whose text folds the same are one), the first row. */
struct point {
	const json_t *first;
	size_t count;
	int steun;
};

static int steun_rank(const json_t *pt)
{
	const char *s = rd_str(pt, "steun");
	return !s ? 3 : strcmp(s, "groot") == 0 ? 0 : strcmp(s, "beperkt") == 0 ? 1 : 2;
}

static int by_count(const void *a, const void *b)
{
	const struct point *x = a, *y = b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return x->steun - y->steun;
}

static size_t gather_points(const json_t *punten, struct point *pts, size_t max)
{
	size_t n = 0, i;
	json_t *pt;
	json_array_foreach(punten, i, pt) {
		const char *inbreng = rd_str(pt, "inbreng");
		char f1[512], f2[512];
		if (!inbreng)
			continue;
		pt_fold(inbreng, f1, sizeof f1);
		size_t j;
		for (j = 0; j < n; j++)
			if (strcmp(pt_fold(rd_str(pts[j].first, "inbreng"), f2, sizeof f2), f1) == 0)
				break;
		if (j < n) {
			pts[j].count++;
			continue;
		}
		if (n < max)
			pts[n++] = (struct point){pt, 1, steun_rank(pt)};
	}
	/* stable for equal counts: the file's order within a rank */
	for (size_t a = 1; a < n; a++)
		for (size_t b = a; b > 0 && by_count(&pts[b - 1], &pts[b]) > 0; b--) {
			struct point t = pts[b];
			pts[b] = pts[b - 1];
			pts[b - 1] = t;
		}
	return n;
}

/* "Meer schaduw bij de speelplek (12 keer genoemd): overgenomen." */
static char *point_line(doc *r, const struct point *pt)
{
	char key[96], num[32];
	const char *besluit = rd_str(pt->first, "besluit");
	char *inbreng = pt_render_clean(rd_str(pt->first, "inbreng"));
	snprintf(num, sizeof num, "%zu", pt->count);
	snprintf(key, sizeof key, "punt.%s", besluit ? besluit : "open");
	char *reden = rd_str(pt->first, "reden") ? after_colon(r, rd_str(pt->first, "reden")) : NULL;
	char *s = NULL;
	if (besluit && strcmp(besluit, "niet") == 0 && reden)
		s = fill(r, pt->count > 1 ? "punt.niet-reden-n" : "punt.niet-reden", "inbreng", inbreng, "n", num, "reden", reden, NULL);
	if (!s) {
		snprintf(key, sizeof key, "punt.%s%s", besluit ? besluit : "open", pt->count > 1 ? "-n" : "");
		s = fill(r, key, "inbreng", inbreng, "n", num, NULL);
	}
	free(inbreng), free(reden);
	return s ? capital(s) : NULL;
}

static void p_opbrengst(doc *r, pt_buf *p, const json_t *o)
{
	double n;
	char num[64], num2[64];
	char *acts[MAX_ITEMS];
	size_t k = 0, i;
	json_t *a;
	json_array_foreach(pt_get(o, "activiteiten"), i, a) {
		double dn;
		char *name = what_people_do(r, a), *it = NULL;
		if (!name || k >= MAX_ITEMS) {
			free(name);
			continue;
		}
		if (rd_number(a, "deelnemers", &dn))
			it = fill(r, "res.act", "naam", name, "n", rd_fmt_num(r, dn, num, sizeof num), NULL);
		acts[k++] = it ? it : pt_xstrdup(name);
		free(name);
	}
	if (rd_number(o, "deelnemers", &n))
		say(p, fill(r, "res.deelnemers", "n", rd_fmt_num(r, n, num, sizeof num), NULL));
	say_list(r, p, "res.via", "res.via.kop", acts, k);
	json_t *punten = pt_get(o, "punten");
	struct point pts[64];
	size_t np = gather_points(punten, pts, 64);
	if (json_array_size(punten)) {
		snprintf(num, sizeof num, "%zu", json_array_size(punten));
		snprintf(num2, sizeof num2, "%zu", np);
		say(p, fill(r, json_array_size(punten) == 1 ? "res.reactie" : "res.reacties", "n", num, "punten", num2, NULL));
	}
	char *items[MAX_ITEMS];
	size_t ni = 0;
	for (i = 0; i < np && ni < MAX_ITEMS; i++) {
		char *line = point_line(r, &pts[i]);
		if (line)
			items[ni++] = line;
	}
	if (ni) {
		say(p, fill(r, "res.punten.kop", NULL));
		flush(r, p);
		cmark_node *l = rd_bullets(r->root);
		for (i = 0; i < ni; i++) {
			rd_add_text(rd_item(l), items[i]);
			free(items[i]);
		}
	}
}

static void p_evaluatie(doc *r, pt_buf *p)
{
	const json_t *ev = pt_get(r->d, "evaluatie");
	char key[64];
	snprintf(key, sizeof key, "oordeel.%s", rd_str(ev, "oordeel") ? rd_str(ev, "oordeel") : "");
	say(p, fill(r, "eval.oordeel", "oordeel", pt_zin(key, r->lang), NULL));
	const char *kinds[] = {"lessen.eigen", "lessen.succesfactoren", "lessen.valkuilen"};
	for (int k = 0; k < 3; k++) {
		const char *les = json_string_value(json_array_get(pt_get(ev, kinds[k]), 0));
		if (les && *les) {
			char *l = sentence_end(les);
			say(p, fill(r, "eval.les", "les", l, NULL));
			free(l);
			break;
		}
	}
}

static void p_inbreng(doc *r, pt_buf *p, int results)
{
	const char *trede = step(r), *door = rd_str(r->d, "voorstel.besluitDoor");
	char key[64];
	/* while the step is an open question, nothing that depends on it */
	if (step_open(r))
		trede = NULL;
	int inform = trede && strcmp(trede, "informeren") == 0;
	const char *ins = instrument(r);
	const json_t *o = pt_get(r->d, "opbrengst");
	if (results) {
		char *t = rd_str(o, "terugkoppeling") ? after_colon(r, rd_str(o, "terugkoppeling")) : NULL;
		say(p, fill(r, "res.terug", "terug", t, NULL));
		free(t);
		if (json_array_size(pt_get(o, "punten")))
			say(p, fill(r, "res.bijlage", NULL));
	} else if (inform) {
		say(p, fill(r, "na.besluit", NULL));
	} else if (pt_vocab_index(&pt_v_overheidstrede, trede) >= 0) {
		/* an initiative: the initiator reports (Or 7.4 for a permit,
		 * said with the law), unless let go */
		if (strcmp(trede, "loslaten") != 0 && !(ins && strcmp(ins, "vergunning") == 0))
			say(p, fill(r, "initiatief.terug", NULL));
	} else if (strcmp(trede ? trede : "", "meebeslissen") == 0) {
		say(p, fill(r, "inbreng.meebeslissen", NULL));
	} else if (pt_vocab_index(&pt_v_burgertrede, trede) >= 0) {
		char *s = strcmp(trede, "coproduceren") == 0 ? fill(r, "inbreng.coproduceren", NULL) : NULL;
		say(p, s ? s : fill(r, "inbreng", NULL));
		say(p, fill(r, "terug", NULL));
	}
	/* under the Omgevingswet the paragraph says whose role it is: for
	 * an initiative the role sentences said it */
	if (trede && pt_vocab_index(&pt_v_burgertrede, trede) >= 0 &&
	    (rd_boolean(r->d, "voorstel.omgevingswet") == 1 || instrument_omgevingswet(r)))
		say(p, fill(r, "rol.eigen", NULL));
	p_wet(r, p);
	p_wet_algemeen(r, p);
	say(p, fill(r, "contact", NULL));
	/* informing asks nothing: no "what it brought" for the council */
	snprintf(key, sizeof key, "raad.%s%s", door ? door : "", inform ? "-kaal" : "");
	char *raad = fill(r, key, NULL);
	if (!raad && inform) {
		snprintf(key, sizeof key, "raad.%s", door ? door : "");
		raad = fill(r, key, NULL);
	}
	say(p, raad);
}

/* ---- the paragraph ------------------------------------------------------------- */

static void concept_mark(doc *r, const char *question)
{
	cmark_node *c = rd_para(r->root);
	rd_add_strong(c, pt_zin("concept.merk", r->lang));
	char *s = fill(r, "concept.zin", "vraag", question, NULL);
	rd_add_text(c, " ");
	rd_add_text(c, s ? s : question);
	free(s);
}

/* No participation: why, and how those affected still hear of it. */
static void p_geen(doc *r, pt_buf *p)
{
	int clause;
	char *why = no_participation_reason(r, &clause);
	char *s = clause ? fill(r, "geen.omdat", "reden", why, NULL) : NULL;
	say(p, s ? s : fill(r, "geen", NULL));
	if (!clause)
		say(p, fill(r, "geen.reden", "reden", why, NULL));
	free(why);
	const char *vind;
	char *channels = inform_channels(r, &vind);
	int any = channels != NULL;
	say(p, channels ? fill(r, "geen.info", "lijst", channels, NULL) : fill(r, "geen.info-kaal", NULL));
	free(channels);
	/* geen.info-kaal names the website already: a sentence that says no
	 * more than vind.site is not said twice */
	if (vind && (any || strcmp(pt_zin(vind, r->lang), pt_zin("vind.site", r->lang)) != 0))
		say(p, fill(r, vind, NULL));
	p_wet(r, p);
	p_wet_algemeen(r, p);
	say(p, fill(r, "besluit.datum", NULL));
}

int rd_paragraaf(doc *r)
{
	struct zvals z;
	zv_build(r, &z);
	char q[1200];
	const char *question = rd_open_question(r, q, sizeof q);
	pt_buf p = PT_BUF_INIT;
	rd_heading(r->root, 2, pt_zin("kop.paragraaf", r->lang));
	if (question)
		concept_mark(r, question);
	if (rd_participation(r) == PART_GEEN) {
		p_geen(r, &p);
		flush(r, &p);
		zv_free(r, &z);
		return question != NULL;
	}
	p_intro(r, &p);
	flush(r, &p);
	p_betrokkenen(r, &p);
	flush(r, &p);
	/* The step waits for its open question: nothing here from a choice
	 * not yet made. */
	if (!step_open(r))
		p_trede(r, &p);
	flush(r, &p);
	int results = results_stage(r);
	if (results)
		p_opbrengst(r, &p, pt_get(r->d, "opbrengst"));
	else
		p_wanneer(r, &p);
	flush(r, &p);
	p_inbreng(r, &p, results);
	flush(r, &p);
	if (phase(r) == 4 && json_is_object(pt_get(r->d, "evaluatie")))
		p_evaluatie(r, &p);
	flush(r, &p);
	zv_free(r, &z);
	return question != NULL;
}
