/* pt-strategy: a timely, conscious and reasoned choice of ladder and step.
 *
 * The rules (strategy_rules.c) run in order over the facts of one dossier,
 * in the order an adviser reasons (shared/domain.md, "How an adviser
 * reasons to a step"): whose plan it is (the ladder, and the initiator's
 * kind), whether anything is open and whether the law prescribes a
 * procedure (the gate), a floor from the room that is open, a cap from who
 * decides and the kind of decision, and within [floor, cap] the weight of
 * the matter: the plan's impact score and the people (the steps
 * pt-stakeholders gave key players and dependent groups), the two routes
 * of the Brabant participatiekompas.  Each rule that fires leaves a line
 * in strategie.onderbouwing.  The facts come from the proposal's fields,
 * and where a field is empty from its words (thema.h, pt_herken). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "strategy.h"
#include "thema.h"

#define BRON PT_STRATEGY_BRON
#define TEKSTEN "strategie-teksten.csv"

enum { BURGER, OVERHEID };
enum { INFORMEREN = 0 };	/* index in pt_v_burgertrede */
enum { LOSLATEN = 4 };		/* index in pt_v_overheidstrede */

struct person {
	const char *naam;
	int kwadrant, salience, trede;
	int rol;		/* enum pt_rol: only a deelnemer drives the step */
};

/* What a rule saw when it fired, for the placeholders of its text. */
struct fired {
	size_t rule;
	int score, plan, mensen, rol, punten, waarde;
	char wie[160];		/* the stakeholders a people rule selected */
};

/* A fact the proposal's words say where its field is empty. */
enum { H_INSTRUMENT, H_ZEGGENSCHAP, H_SPOED, H_INITIATIEFNEMER, H_N };
static const struct {
	const char *feit;
	int fact;
	unsigned velden;
} herken_feiten[H_N] = {
	[H_INSTRUMENT] = {"instrument", SF_INSTRUMENT, PT_VELD_TITEL},
	[H_ZEGGENSCHAP] = {"zeggenschap", SF_ZEGGENSCHAP, PT_VELD_TITEL | PT_VELD_VASTKADER},
	[H_SPOED] = {"spoed", SF_SPOED, PT_VELD_TITEL | PT_VELD_VASTKADER},
	[H_INITIATIEFNEMER] = {"initiatiefnemer", SF_INITIATIEFNEMER, PT_VELD_TITEL},
};

struct eval {
	const pt_strategy_rules *r;
	int lang;
	const pt_loc *loc;
	pt_error *err;
	json_t *v;			/* voorstel */
	int val[SF_COUNT];
	int stop, ladder, score, plan, mensen, rol, cap, combineer, uitdaag;
	int min, eerst, poort, wettelijk;
	int gate;			/* the first fired rule of the gate, -1 none */
	const pt_thema_tables *th;	/* the words, or NULL */
	pt_herkend herkend[H_N];	/* what the words said, waarde -1: nothing */
	struct person *people;
	size_t npeople;
	struct fired *fired;
	size_t nfired;
	int missing[SF_COUNT];		/* a punten table found no value here */
	json_t *themas;			/* strategie.themas, or NULL */
};

/* A text of pt-strategy in the dossier's language, by its id in
 * lib/data/strategie-teksten.csv. */
static const char *tx(const struct eval *ev, const char *id)
{
	return pt_text_needed(pt_texts_load(TEKSTEN, 1, PT_NL), id, ev->lang);
}

const char *pt_strategy_trede_code(const char *s)
{
	pt_error ignore;
	int i = pt_vocab_match(&pt_v_burgertrede, s, "trede", (pt_loc){0}, &ignore);
	if (i >= 0)
		return pt_v_burgertrede.terms[i].code;
	i = pt_vocab_match(&pt_v_overheidstrede, s, "trede", (pt_loc){0}, &ignore);
	return i >= 0 ? pt_v_overheidstrede.terms[i].code : NULL;
}

/* ---- reading the facts ------------------------------------------------- */

static int type_error(struct eval *ev, const char *what, const char *want)
{
	return pt_fail(ev->err, PT_EXIT_DATA, *ev->loc, pt_tr("%s: expected %s"), what, want);
}

static int enum_at(struct eval *ev, const json_t *j, const pt_vocab *voc, const char *what, int *out)
{
	return pt_vocab_at(voc, j, what, *ev->loc, out, ev->err);
}

static int blank(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	return *s == '\0';
}

static int read_fact(struct eval *ev, int f)
{
	const struct pt_sfact_def *fd = &pt_sfacts[f];
	char what[96];
	json_t *j = pt_get(ev->v, fd->path);
	snprintf(what, sizeof what, "voorstel.%s", fd->path);
	ev->val[f] = -1;
	switch (fd->kind) {
	case SK_ENUM:
		return enum_at(ev, j, fd->vocab, what, &ev->val[f]);
	case SK_BOOL:
		if (j && !json_is_null(j) && !json_is_boolean(j))
			return type_error(ev, what, "true or false");
		if (json_is_boolean(j))
			ev->val[f] = json_is_true(j);
		return 0;
	case SK_TEKST:
		if (j && !json_is_null(j) && !json_is_string(j) && !json_is_object(j))
			return type_error(ev, what, "a text");
		ev->val[f] = json_is_object(j) || (json_is_string(j) && !blank(json_string_value(j)));
		return 0;
	default:
		return 0;
	}
}

static int read_person(struct eval *ev, size_t i, json_t *s, struct person *p)
{
	char what[64];
	if (!json_is_object(s)) {
		snprintf(what, sizeof what, "stakeholders[%zu]", i);
		return type_error(ev, what, "an object");
	}
	json_t *naam = json_object_get(s, "naam");
	if (naam && !json_is_string(naam)) {
		snprintf(what, sizeof what, "stakeholders[%zu].naam", i);
		return type_error(ev, what, "a text");
	}
	p->naam = json_string_value(naam);
	snprintf(what, sizeof what, "stakeholders[%zu].kwadrant", i);
	if (enum_at(ev, json_object_get(s, "kwadrant"), &pt_v_kwadrant, what, &p->kwadrant))
		return -1;
	snprintf(what, sizeof what, "stakeholders[%zu].salience", i);
	if (enum_at(ev, json_object_get(s, "salience"), &pt_v_salience, what, &p->salience))
		return -1;
	snprintf(what, sizeof what, "stakeholders[%zu].trede", i);
	if (enum_at(ev, json_object_get(s, "trede"), &pt_v_burgertrede, what, &p->trede))
		return -1;
	snprintf(what, sizeof what, "stakeholders[%zu].rol", i);
	if (enum_at(ev, json_object_get(s, "rol"), &pt_v_rol, what, &p->rol))
		return -1;
	const char *groep = pt_get_str(s, "groep");
	if (p->rol < 0)
		p->rol = groep ? pt_rol_of_groep(pt_vocab_index(&pt_v_groep, groep)) : PT_ROL_DEELNEMER;
	return 0;
}

static int read_people(struct eval *ev, json_t *d)
{
	json_t *list = json_object_get(d, "stakeholders"), *s;
	size_t i;
	if (!list || json_is_null(list))
		return 0;
	if (!json_is_array(list))
		return type_error(ev, "stakeholders", "a list");
	ev->people = pt_xmalloc((json_array_size(list) + 1) * sizeof *ev->people);
	json_array_foreach(list, i, s)
		if (read_person(ev, i, s, &ev->people[ev->npeople++]))
			return -1;
	return 0;
}

/* An empty field is filled from what the proposal's words say.  The
 * instrument: the title's words first (a "legesverordening" is a tariff
 * before it is an ordinance), then what the soort implies, then the fixed
 * frame (a design already adopted is execution). */
static void recognise(struct eval *ev)
{
	for (int h = 0; h < H_N; h++) {
		pt_herkend *r = &ev->herkend[h];
		int f = herken_feiten[h].fact;
		r->waarde = -1;
		if (ev->val[f] >= 0)
			continue;
		pt_herken(ev->th, herken_feiten[h].feit, ev->v, herken_feiten[h].velden, r);
		if (h == H_INSTRUMENT && r->waarde < 0) {
			ev->val[f] = pt_instrument_of(-1, ev->val[SF_SOORT]);
			if (ev->val[f] < 0)
				pt_herken(ev->th, "instrument", ev->v, PT_VELD_VASTKADER, r);
		}
		if (r->waarde >= 0)	/* spoed: index 0 of ja/nee is ja */
			ev->val[f] = h == H_SPOED ? r->waarde == 0 : r->waarde;
	}
}

static int has_text(const json_t *list)
{
	size_t i;
	json_t *x;
	json_array_foreach(list, i, x)
		if (json_is_string(x) && !blank(json_string_value(x)))
			return 1;
	return 0;
}

/* What follows from the proposal, before any rule: is something open (and
 * named), does the law prescribe a procedure, is it an application. */
static void derive_facts(struct eval *ev)
{
	int *val = ev->val, keuzes = val[SF_KEUZES];
	int instr = val[SF_INSTRUMENT], init = val[SF_INITIATIEFNEMER];
	val[SF_OPENGENOEMD] = has_text(json_object_get(ev->v, "openVoorInbreng"));
	val[SF_OPEN] = keuzes != 0 && (val[SF_OPENGENOEMD] || keuzes == 1);
	/* The uniform public preparation procedure (Awb afd. 3.4): an
	 * omgevingsplan, and a visie or programma under the Omgevingswet
	 * (unless the proposal says it is not under that law). */
	val[SF_PROCEDURE] = instr == pt_vocab_index(&pt_v_instrument, "omgevingsplan") ||
		(val[SF_OMGEVINGSWET] != 0 && (instr == pt_vocab_index(&pt_v_instrument, "visie") ||
					       instr == pt_vocab_index(&pt_v_instrument, "programma")));
	val[SF_AANVRAAG] = init > 0 && (instr == pt_vocab_index(&pt_v_instrument, "vergunning") ||
					instr == pt_vocab_index(&pt_v_instrument, "omgevingsplan"));
	val[SF_AANVRAGER] = val[SF_AANVRAAG] && init == pt_vocab_index(&pt_v_initiatiefnemer, "ondernemers");
}

static int read_facts(struct eval *ev, json_t *d)
{
	ev->v = json_object_get(d, "voorstel");
	if (ev->v && !json_is_object(ev->v))
		return type_error(ev, "voorstel", "an object");
	for (int f = 0; f < SF_COUNT; f++)
		if (pt_sfacts[f].path && read_fact(ev, f))
			return -1;
	recognise(ev);
	derive_facts(ev);
	return read_people(ev, d);
}

/* ---- running the rules ------------------------------------------------- */

static int test_holds(const struct pt_stest *t, const int *val)
{
	int v = val[t->fact], m;
	if (pt_sfacts[t->fact].kind == SK_INT)
		m = v >= t->min && v <= t->max;
	else
		m = (t->mask >> (v + 1)) & 1u;
	return m != t->niet;
}

static int rule_holds(const struct pt_srule *r, const int *val)
{
	for (size_t i = 0; i < r->ntests; i++)
		if (!test_holds(&r->tests[i], val))
			return 0;
	return 1;
}

/* The people route: the highest step among the stakeholders the rule
 * selects by quadrant or salience.  Fires only when someone is selected. */
static int selects(const struct pt_seffect *e, const struct person *p)
{
	/* Partners, other authorities and the initiator are listed, but the
	 * step is about the people the plan affects. */
	return p->rol == PT_ROL_DEELNEMER &&
	       ((p->kwadrant >= 0 && (e->kwadrant >> p->kwadrant & 1u)) ||
		(p->salience >= 0 && (e->salience >> p->salience & 1u)));
}

/* The people route: the highest step among the stakeholders the rule
 * selects by quadrant or salience, and those who ask for it (up to three)
 * in f->wie, so that a reason names the very groups it is about.  Fires
 * only when someone is selected. */
static int people_route(struct eval *ev, const struct pt_seffect *e, struct fired *f)
{
	int best = -1, named = 0;
	for (size_t i = 0; i < ev->npeople; i++)
		if (selects(e, &ev->people[i]) && ev->people[i].trede > best)
			best = ev->people[i].trede;
	if (best < 0)
		return 0;
	size_t used = 0;
	for (size_t i = 0; i < ev->npeople && named < 3; i++) {
		const struct person *p = &ev->people[i];
		if (!selects(e, p) || p->trede != best)
			continue;
		used += (size_t)snprintf(f->wie + used, sizeof f->wie - used, "%s%s", named ? ", " : "",
					 p->naam ? p->naam : tx(ev, "zonder-naam"));
		if (used >= sizeof f->wie)
			used = sizeof f->wie - 1;
		named++;
	}
	if (best > ev->mensen)
		ev->mensen = best;
	return 1;
}

/* Points from a table: a field without a value scores nothing and is
 * reported, so that a low score is never silently a missing field. */
static int table_points(struct eval *ev, const struct pt_seffect *e, struct fired *f)
{
	int v = ev->val[e->punten_fact];
	if (v < 0 || e->tabel[v] == INT_MIN) {
		ev->missing[e->punten_fact] = 1;
		return 0;
	}
	f->punten = e->tabel[v];
	f->waarde = v;
	ev->score += f->punten;
	return 1;
}

/* Apply what a rule does; 0 when it turns out to have nothing to say. */
static int apply(struct eval *ev, const struct pt_seffect *e, struct fired *f)
{
	if (e->punten_fact >= 0 && !table_points(ev, e, f))
		return 0;
	if (e->has_mensen && !people_route(ev, e, f))
		return 0;
	if (e->has_punten)
		ev->score += (f->punten = e->punten);
	if (e->ladder >= 0)
		ev->ladder = e->ladder;
	if (e->plan >= 0)
		ev->plan = e->plan;
	/* Overheidsparticipatie: the lowest step that still does what the
	 * rules ask, i.e. the most involved role any fired rule needs. */
	if (e->rol >= 0 && (ev->rol < 0 || e->rol < ev->rol))
		ev->rol = e->rol;
	if (e->max >= 0 && (ev->cap < 0 || e->max < ev->cap))
		ev->cap = e->max;
	if (e->min > ev->min)
		ev->min = e->min;
	if (e->eerst >= 0 && (ev->eerst < 0 || e->eerst < ev->eerst))
		ev->eerst = e->eerst;
	if ((e->stop || e->poort) && ev->gate < 0)
		ev->gate = (int)ev->nfired;
	ev->poort |= e->poort;
	ev->wettelijk |= e->wettelijk;
	if (e->combineer >= 0)
		ev->combineer = e->combineer;
	ev->uitdaag |= e->uitdaagrecht;
	ev->stop |= e->stop;
	return 1;
}

static void derive(struct eval *ev)
{
	ev->val[SF_IMPACTSCORE] = ev->score;
	ev->val[SF_LADDER] = ev->ladder;
	ev->val[SF_ROUTESVERSCHILLEN] = ev->plan >= 0 && ev->mensen >= 0 && ev->plan != ev->mensen;
	ev->val[SF_POORT] = ev->poort && !ev->stop;
}

/* What the routes and floors contribute: nothing once the gate has said
 * no, since then informing (or nothing) is the outcome. */
static int route_effect(const struct pt_seffect *e)
{
	return e->plan >= 0 || e->has_mensen || e->min >= 0 || e->eerst >= 0 ||
	       e->has_punten || e->punten_fact >= 0;
}

static int skipped(const struct eval *ev, const struct pt_seffect *e)
{
	/* After "no participation" only the gate's other reasons are listed. */
	if (ev->stop && !e->stop && !e->poort)
		return 1;
	return (ev->stop || ev->poort) && route_effect(e);
}

static void run_rules(struct eval *ev)
{
	const pt_strategy_rules *r = ev->r;
	derive(ev);
	for (size_t i = 0; i < r->n; i++) {
		if (skipped(ev, &r->rules[i].e) || !rule_holds(&r->rules[i], ev->val))
			continue;
		struct fired *f = &ev->fired[ev->nfired];
		memset(f, 0, sizeof *f);
		f->rule = i, f->waarde = -1;
		if (!apply(ev, &r->rules[i].e, f))
			continue;
		f->score = ev->score, f->plan = ev->plan, f->mensen = ev->mensen;
		f->rol = ev->rol;
		ev->nfired++;
		derive(ev);
	}
}

/* ---- the outcome ------------------------------------------------------- */

struct outcome {
	int participatie, ladder;
	int vervolg;		/* spoed: the step after the first one, -1 none */
	int want;		/* burger: the routes combined, before the caps */
	int advies;		/* index on the ladder, -1 none */
	int trede, tladder;	/* the step taken and its ladder */
	const char *keuze;	/* the user's step code, NULL: none */
	const char *keuze_bron;
};

static const pt_vocab *ladder_vocab(int ladder)
{
	return ladder == OVERHEID ? &pt_v_overheidstrede : &pt_v_burgertrede;
}

static const char *code(int ladder, int i)
{
	return i >= 0 ? ladder_vocab(ladder)->terms[i].code : NULL;
}

static const char *label(struct eval *ev, int ladder, int i)
{
	return i >= 0 ? pt_vocab_label(ladder_vocab(ladder), code(ladder, i), ev->lang) : "-";
}

static json_t *jcode(int ladder, int i)
{
	return i >= 0 ? json_string(code(ladder, i)) : json_null();
}

/* A step inside [floor, cap]; where they cross, the cap holds: nobody
 * is promised more say than the decision leaves. */
static int within(const struct eval *ev, int t)
{
	if (t < 0)
		return t;
	if (ev->min > t)
		t = ev->min;
	if (ev->cap >= 0 && t > ev->cap)
		t = ev->cap;
	return t;
}

static void decide(struct eval *ev, struct outcome *o)
{
	/* The gate said no: no participation beyond informing, unless the
	 * law prescribes a procedure, which no answer switches off. */
	o->ladder = ev->ladder >= 0 ? ev->ladder : BURGER;
	o->participatie = ev->wettelijk || (!ev->stop && (!ev->poort || o->ladder == OVERHEID));
	o->want = ev->plan;
	if (ev->mensen >= 0 && (o->want < 0 || (ev->combineer == 1 ? ev->mensen < o->want
							   : ev->mensen > o->want)))
		o->want = ev->mensen;
	/* Who has a say (zeggenschap) sets a floor: the step is shared or
	 * handed over, whatever the routes ask. */
	if (ev->min > o->want)
		o->want = ev->min;
	if (ev->poort)
		o->want = INFORMEREN;
	o->advies = o->vervolg = -1;
	if (o->participatie && o->ladder == OVERHEID)
		o->advies = ev->rol >= 0 ? ev->rol : LOSLATEN;
	else if (o->participatie) {
		o->advies = o->want >= 0 ? o->want : INFORMEREN;
		if (ev->cap >= 0 && o->advies > ev->cap)
			o->advies = ev->cap;
		/* Spoed: the first step now, the advice itself later. */
		if (ev->eerst >= 0 && o->advies > ev->eerst)
			o->vervolg = o->advies, o->advies = ev->eerst;
	}
	o->trede = o->advies, o->tladder = o->ladder;
}

/* A user's own step: --trede, else voorstel.gewensteTrede. */
static int read_choice(struct eval *ev, const pt_strategy_opts *opts, struct outcome *o)
{
	json_t *j = json_object_get(ev->v, "gewensteTrede");
	o->keuze = opts->trede, o->keuze_bron = "--trede";
	if (!o->keuze && j && !json_is_null(j)) {
		if (!json_is_string(j))
			return type_error(ev, "voorstel.gewensteTrede", "a text");
		o->keuze = pt_strategy_trede_code(json_string_value(j));
		o->keuze_bron = "voorstel.gewensteTrede";
		if (!o->keuze)
			return pt_fail(ev->err, PT_EXIT_DATA, *ev->loc,
				       pt_tr("voorstel.gewensteTrede: unknown value '%s' (allowed: a step of "
				       "either ladder: informeren ... meebeslissen, reguleren ... loslaten)"),
				       json_string_value(j));
	}
	if (o->keuze) {
		int b = pt_vocab_index(&pt_v_burgertrede, o->keuze);
		o->tladder = b >= 0 ? BURGER : OVERHEID;
		o->trede = b >= 0 ? b : pt_vocab_index(&pt_v_overheidstrede, o->keuze);
	}
	return 0;
}

/* ---- writing the section ----------------------------------------------- */

/* A rule's text with its {placeholders} filled in, into b. */
static void expand(struct eval *ev, const struct fired *f, pt_buf *b)
{
	const struct pt_srule *r = &ev->r->rules[f->rule];
	const char *s = pt_text_in(r->tekst, ev->lang, PT_NL);
	char num[32];
	b->len = 0;		/* the buffer is reused, rule after rule */
	pt_buf_puts(b, "");
	while (*s) {
		const char *q = *s == '{' ? strchr(s, '}') : NULL;
		if (!q) {
			pt_buf_putc(b, *s++);
			continue;
		}
		size_t k = (size_t)(q - s - 1);
		const char *w = s + 1, *out = "";
#define IS(x) (k == sizeof x - 1 && strncmp(w, x, k) == 0)
		if (IS("impactScore"))
			snprintf(num, sizeof num, "%d", f->score), out = num;
		else if (IS("punten"))
			snprintf(num, sizeof num, "%d", f->punten), out = num;
		else if (IS("plan"))
			out = label(ev, BURGER, f->plan);
		else if (IS("mensen"))
			out = label(ev, BURGER, f->mensen);
		else if (IS("rol"))
			out = label(ev, OVERHEID, f->rol);
		else if (IS("max"))
			out = label(ev, BURGER, r->e.max);
		else if (IS("min"))
			out = label(ev, BURGER, r->e.min);
		else if (IS("eerst"))
			out = label(ev, BURGER, r->e.eerst);
		else if (IS("wie"))
			out = f->wie[0] ? f->wie : "-";
		else if (IS("waarde") && f->waarde >= 0) {
			const pt_vocab *voc = pt_sfacts[r->e.punten_fact].vocab;
			out = pt_vocab_label(voc, voc->terms[f->waarde].code, ev->lang);
		}
#undef IS
		pt_buf_puts(b, out);
		s = q + 1;
	}
}

static json_t *trace(struct eval *ev, const struct outcome *o)
{
	json_t *a = json_array();
	char buf[1024];
	pt_buf text = PT_BUF_INIT;
	for (size_t i = 0; i < ev->nfired; i++) {
		const struct pt_srule *r = &ev->r->rules[ev->fired[i].rule];
		expand(ev, &ev->fired[i], &text);
		json_array_append_new(a, json_pack("{s:s, s:s, s:s}", "regel", r->id,
						   "tekst", pt_buf_str(&text), "bron", r->bron));
	}
	pt_buf_free(&text);
	if (o->keuze) {
		snprintf(buf, sizeof buf, tx(ev, "keuze"),
			 label(ev, o->tladder, o->trede), o->advies >= 0 ? label(ev, o->ladder, o->advies)
			 : tx(ev, "geen-participatie"));
		json_array_append_new(a, json_pack("{s:s, s:s, s:s}", "regel", "keuze",
						   "tekst", buf, "bron", o->keuze_bron));
	}
	return a;
}

static json_t *per_stakeholder(struct eval *ev, const struct outcome *o, int part)
{
	json_t *a = json_array();
	/* An initiative's participation is the initiator's to run. */
	if (!part || o->tladder == OVERHEID)
		return a;
	/* Without a step of their own: the plan's, or the routes' on the
	 * other ladder. */
	int plan = o->tladder == BURGER ? o->trede : o->want >= 0 ? o->want : 0;
	for (size_t i = 0; i < ev->npeople; i++) {
		if (ev->people[i].rol != PT_ROL_DEELNEMER)
			continue;
		int t = ev->people[i].trede >= 0 ? ev->people[i].trede : plan;
		if (ev->cap >= 0 && t > ev->cap)
			t = ev->cap;
		if (ev->poort || ev->stop)	/* the gate said no: everyone is informed */
			t = INFORMEREN;
		json_array_append_new(a, json_pack("{s:s*, s:o}", "naam", ev->people[i].naam,
						   "trede", jcode(BURGER, t)));
	}
	return a;
}

/* The user's own words first; else, when the gate decided, its answer is
 * the reason (Eindhoven art. 2), as the rule that fired says it. */
static const char *motivation(struct eval *ev, const struct outcome *o, pt_buf *b)
{
	const char *m = pt_get_str(ev->v, "motivatie");
	if (o->keuze)
		return m && !blank(m) ? m : NULL;
	if (o->participatie && !ev->poort)
		return NULL;
	m = pt_get_str(ev->v, "geenParticipatie.reden");
	if (m && !blank(m))
		return m;
	m = pt_get_str(ev->v, "uitzondering");
	if (m && !blank(m))
		return m;
	if (ev->gate < 0)
		return NULL;
	expand(ev, &ev->fired[ev->gate], b);
	return pt_buf_str(b);
}

static int motivated(struct eval *ev, const struct outcome *o)
{
	pt_buf m = PT_BUF_INIT;
	int yes = motivation(ev, o, &m) != NULL;
	pt_buf_free(&m);
	return yes;
}

/* Does effect e argue for the step taken?  A floor a cap overruled did not
 * make it: its reason ("the decision is handed over") would promise what
 * is not.  A cap at the step taken is what decided it. */
static int reason_weight(const struct pt_seffect *e, const struct outcome *o)
{
	int burger = o->tladder == BURGER && o->vervolg < 0;
	if (burger && e->min >= 0 && o->trede < e->min)
		return -1;
	return burger && e->max >= 0 && e->max == o->trede && o->want > o->trede ? 1 : 0;
}

static void add_reason(json_t *a, const char *c)
{
	size_t j;
	json_t *x;
	json_array_foreach(a, j, x)
		if (strcmp(json_string_value(x), c) == 0)
			return;
	json_array_append_new(a, json_string(c));
}

/* The reason codes of the rules that fired, the user's own choice first,
 * then what decided the step, then the rest in rule order. */
static json_t *reasons(const struct eval *ev, const struct outcome *o)
{
	json_t *a = json_array();
	if (o->keuze)
		add_reason(a, "gekozen");
	for (int weight = 1; weight >= 0; weight--)
		for (size_t i = 0; i < ev->nfired; i++) {
			const struct pt_seffect *e = &ev->r->rules[ev->fired[i].rule].e;
			/* Kept by law, the gate's "no" is no public reason. */
			if (o->participatie && ev->wettelijk && (e->poort || e->stop))
				continue;
			if (e->reden && reason_weight(e, o) == weight)
				add_reason(a, e->reden);
		}
	return a;
}

/* ---- conflicts and meldingen ------------------------------------------- */

/* The routes are inputs to the weight inside [floor, cap]: they are
 * written down as a conflict where they still differ there, and leave the
 * choice to a person (melding routes-verschillen, a CONCEPT in pt-render)
 * only when two steps inside the range are equally supported, i.e. when
 * the routes stay two or more steps apart within it.  A cap below a floor
 * (a mandate in a decision already taken) is a contradiction in the
 * proposal itself: written down, and said. */
static void conflicts(struct eval *ev, const struct outcome *o, json_t *d, json_t *list)
{
	char buf[512];
	int chose = o->keuze != NULL;
	int plan = within(ev, ev->plan), mensen = within(ev, ev->mensen);
	if (o->participatie && !ev->poort && o->ladder == BURGER && plan >= 0 && mensen >= 0 && plan != mensen) {
		snprintf(buf, sizeof buf, tx(ev, "conflict.routes"),
			 label(ev, BURGER, plan), label(ev, BURGER, mensen));
		json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s}", "soort", "routes",
			"tekst", buf, "plan", code(BURGER, plan), "mensen", code(BURGER, mensen)));
		if (!chose && abs(plan - mensen) > 1)
			pt_melding_add(d, PT_WAARSCHUWING, "routes-verschillen", "strategie.routes", BRON,
				       tx(ev, "melding.routes-verschillen"), buf);
	}
	int crossed = 0;
	for (size_t i = 0; o->participatie && o->ladder == BURGER && i < ev->nfired; i++) {
		const struct pt_srule *r = &ev->r->rules[ev->fired[i].rule];
		if (r->e.max < 0 || r->e.max >= o->want)
			continue;
		snprintf(buf, sizeof buf, tx(ev, "conflict.grens"),
			 label(ev, BURGER, o->want), r->id, label(ev, BURGER, r->e.max));
		json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s, s:s}", "soort", "grens",
			"tekst", buf, "regel", r->id, "gevraagd", code(BURGER, o->want),
			"grens", code(BURGER, r->e.max)));
		crossed |= ev->min > r->e.max;
	}
	if (crossed && !chose)
		pt_melding_add(d, PT_WAARSCHUWING, "grens-verlaagt", "strategie.trede", BRON,
			       tx(ev, "melding.grens-verlaagt"),
			       label(ev, BURGER, ev->min), label(ev, BURGER, ev->cap));
}

static void choice_conflict(struct eval *ev, const struct outcome *o, json_t *d, json_t *list)
{
	char buf[512];
	if (!o->keuze)
		return;
	if (o->tladder == BURGER && ev->cap >= 0 && o->trede > ev->cap)
		pt_melding_add(d, PT_FOUT, "keuze-boven-grens", "voorstel.gewensteTrede", BRON,
			       tx(ev, "melding.keuze-boven-grens"),
			       label(ev, BURGER, o->trede), label(ev, BURGER, ev->cap));
	if (o->tladder == o->ladder && o->trede == o->advies)
		return;
	snprintf(buf, sizeof buf, tx(ev, "conflict.keuze"),
		 label(ev, o->tladder, o->trede), o->advies >= 0 ? label(ev, o->ladder, o->advies)
		 : tx(ev, "geen-participatie"));
	json_array_append_new(list, json_pack("{s:s, s:s, s:o, s:s}", "soort", "keuze", "tekst", buf,
		"advies", jcode(o->ladder, o->advies), "gekozen", o->keuze));
	if (!motivated(ev, o))
		pt_melding_add(d, PT_FOUT, "afwijking-zonder-motivatie", "voorstel.motivatie", BRON,
			       tx(ev, "melding.afwijking-zonder-motivatie"), buf);
}

/* Each fact read from the words, with the words, so the user can confirm
 * it or set the field. */
static void recognised(struct eval *ev, json_t *d)
{
	for (int h = 0; h < H_N; h++) {
		const pt_herkend *r = &ev->herkend[h];
		const char *feit = herken_feiten[h].feit;
		if (r->waarde < 0)
			continue;
		const pt_vocab *v = pt_herken_vocab(feit);
		const char *val = h == H_SPOED ? pt_vocab_label(&pt_v_ja_nee, "ja", ev->lang)
					       : pt_vocab_label(v, v->terms[r->waarde].code, ev->lang);
		char pad[48];
		snprintf(pad, sizeof pad, "voorstel.%s", feit);
		pt_melding_add(d, PT_INFO, "kenmerk-herkend", pad, BRON,
			       tx(ev, "melding.kenmerk-herkend"),
			       r->woorden, r->veld, feit, val, pad);
	}
}

/* The first open point, for a melding about it. */
static const char *first_open(struct eval *ev)
{
	size_t i;
	json_t *x;
	json_array_foreach(json_object_get(ev->v, "openVoorInbreng"), i, x)
		if (json_is_string(x) && !blank(json_string_value(x)))
			return json_string_value(x);
	return "";
}

/* A "no" that does not hold: the law's procedure, or what the proposal
 * itself lists as open, goes before the user's reason and the intake. */
static void gate_contradicted(struct eval *ev, const struct outcome *o, json_t *d)
{
	const char *geen = pt_get_str(ev->v, "geenParticipatie.reden");
	int said_no = geen && !blank(geen);
	if (!o->participatie || o->ladder != BURGER)
		return;
	if (ev->wettelijk && (said_no || ev->poort || ev->stop))
		pt_melding_add(d, PT_WAARSCHUWING, "geen-participatie-wettelijk",
			       said_no ? "voorstel.geenParticipatie.reden" : "voorstel.intake", BRON,
			       "%s", tx(ev, "melding.geen-participatie-wettelijk"));
	else if (said_no)
		pt_melding_add(d, PT_WAARSCHUWING, "geen-participatie-weerlegd", "voorstel.geenParticipatie.reden", BRON,
			       tx(ev, "melding.geen-participatie-weerlegd"), first_open(ev));
	else if (ev->val[SF_MIDDELEN] == 0)
		pt_melding_add(d, PT_WAARSCHUWING, "middelen-maar-open", "voorstel.intake.middelen", BRON,
			       tx(ev, "melding.middelen-maar-open"),
			       first_open(ev));
}

static void other_meldingen(struct eval *ev, const struct outcome *o, json_t *d)
{
	recognised(ev, d);
	gate_contradicted(ev, o, d);
	if (!o->participatie && !o->keuze && !motivated(ev, o))
		pt_melding_add(d, PT_FOUT, "geen-participatie-zonder-reden", "voorstel.geenParticipatie.reden",
			       BRON, "%s", tx(ev, "melding.geen-participatie-zonder-reden"));
	for (int f = 0; f < SF_COUNT; f++)
		if (ev->missing[f] && !ev->stop) {
			char pad[64];
			snprintf(pad, sizeof pad, "voorstel.%s", pt_sfacts[f].path);
			pt_melding_add(d, PT_WAARSCHUWING, "impactscore-onvolledig", pad, BRON,
				       tx(ev, "melding.impactscore-onvolledig"), pad);
		}
	json_t *u = json_object_get(ev->v, "uitdaagrecht");
	for (size_t i = 0; ev->uitdaag && i < ev->r->nparts; i++) {
		const struct pt_spart *p = &ev->r->parts[i];
		json_t *x = json_object_get(u, p->veld);
		if (json_is_string(x) && !blank(json_string_value(x)))
			continue;
		char pad[160];
		snprintf(pad, sizeof pad, "voorstel.uitdaagrecht.%s", p->veld);
		pt_melding_add(d, PT_FOUT, "uitdaagrecht-onvolledig", pad, BRON,
			       tx(ev, "melding.uitdaagrecht-onvolledig"),
			       pt_text_in(p->tekst, ev->lang, PT_NL), pad);
	}
}

/* ---- --explain ---------------------------------------------------------- */

static void explain_list(FILE *f, const char *what, const json_t *list)
{
	size_t i;
	json_t *x;
	if (!json_array_size(list))
		return;
	fprintf(f, "  %s:", what);
	json_array_foreach(list, i, x)
		fprintf(f, "%s %s", i ? "," : "", json_string_value(x));
	fputc('\n', f);
}

static void explain(struct eval *ev, const struct outcome *o, json_t *s, FILE *f)
{
	const char *id = pt_get_str(ev->v, "id");
	json_t *x;
	size_t i;
	fprintf(f, "%s:%ld%s%s: ", pt_filename(ev->loc->file), ev->loc->line, id ? " " : "", id ? id : "");
	if (!o->participatie)
		fprintf(f, "%s\n", tx(ev, "geen-participatie"));
	else
		fprintf(f, "%s, %s (%s: %s)\n",
			pt_vocab_label(&pt_v_ladder, pt_v_ladder.terms[o->tladder].code, ev->lang),
			label(ev, o->tladder, o->trede), tx(ev, "uitleg.advies"),
			label(ev, o->ladder, o->advies));
	json_array_foreach(json_object_get(s, "onderbouwing"), i, x)
		fprintf(f, "  %zu. %s: %s [%s]\n", i + 1, json_string_value(json_object_get(x, "regel")),
			json_string_value(json_object_get(x, "tekst")),
			json_string_value(json_object_get(x, "bron")));
	explain_list(f, tx(ev, "uitleg.redenen"), json_object_get(s, "redenen"));
	explain_list(f, tx(ev, "uitleg.themas"), json_object_get(s, "themas"));
	if ((x = json_object_get(s, "vervolg")))
		fprintf(f, "  %s: %s (%s)\n", tx(ev, "uitleg.daarna"),
			label(ev, BURGER, pt_vocab_index(&pt_v_burgertrede, pt_get_str(x, "trede"))),
			pt_get_str(x, "over"));
	json_array_foreach(json_object_get(s, "conflicten"), i, x)
		fprintf(f, "  %s %s: %s\n", tx(ev, "uitleg.conflict"),
			json_string_value(json_object_get(x, "soort")),
			json_string_value(json_object_get(x, "tekst")));
}

/* What the advice rests on, given or read from the words, for the
 * programs after this one: pt-plan and pt-render need not read the words
 * again. */
static json_t *features(const struct eval *ev)
{
	json_t *k = json_object();
	static const struct {
		const char *key;
		int fact;
	} f[] = {{"instrument", SF_INSTRUMENT}, {"zeggenschap", SF_ZEGGENSCHAP},
		 {"initiatiefnemer", SF_INITIATIEFNEMER}};
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		int v = ev->val[f[i].fact];
		if (v >= 0)
			json_object_set_new(k, f[i].key, json_string(pt_sfacts[f[i].fact].vocab->terms[v].code));
	}
	if (ev->val[SF_SPOED] >= 0)
		json_object_set_new(k, "spoed", json_boolean(ev->val[SF_SPOED]));
	json_object_set_new(k, "procedure", json_boolean(ev->val[SF_PROCEDURE]));
	return k;
}

static json_t *section(struct eval *ev, const struct outcome *o, json_t *d)
{
	json_t *conf = json_array();
	pt_buf mb = PT_BUF_INIT;
	const char *m = motivation(ev, o, &mb);
	conflicts(ev, o, d, conf);
	choice_conflict(ev, o, d, conf);
	other_meldingen(ev, o, d);
	int part = o->participatie || o->keuze;
	json_t *s = json_pack("{s:b, s:s, s:o, s:o, s:s, s:o}",
		"participatie", part,
		"ladder", pt_v_ladder.terms[o->tladder].code,
		"trede", part ? jcode(o->tladder, o->trede) : json_null(),
		"advies", jcode(o->ladder, o->advies),
		"gekozenDoor", o->keuze ? "gebruiker" : "advies",
		"motivatie", m ? json_string(m) : json_null());
	pt_buf_free(&mb);
	json_object_set_new(s, "redenen", reasons(ev, o));
	if (o->vervolg >= 0)
		json_object_set_new(s, "vervolg", json_pack("{s:s, s:s}", "trede", code(BURGER, o->vervolg),
			"over", tx(ev, "vervolg.over")));
	if (ev->themas)
		json_object_set_new(s, "themas", json_incref(ev->themas));
	json_object_set_new(s, "kenmerken", features(ev));
	int scored = o->participatie && !ev->poort && !ev->stop && o->ladder == BURGER;
	json_object_set_new(s, "impactScore", scored ? json_integer(ev->score) : json_null());
	if (o->ladder == BURGER)
		json_object_set_new(s, "routes", json_pack("{s:o, s:o}", "plan", jcode(BURGER, within(ev, ev->plan)),
							   "mensen", jcode(BURGER, within(ev, ev->mensen))));
	json_object_set_new(s, "perStakeholder", per_stakeholder(ev, o, part));
	json_object_set_new(s, "onderbouwing", trace(ev, o));
	json_object_set_new(s, "conflicten", conf);
	return s;
}

/* A new section goes before the meldingen, which stay last. */
static void write_section(struct eval *ev, const struct outcome *o, json_t *d, FILE *ex)
{
	int fresh = json_object_get(d, "strategie") == NULL;
	pt_meldingen_clear(d, BRON);
	json_t *s = section(ev, o, d);
	if (ex)
		explain(ev, o, s, ex);
	pt_section_set(d, "strategie", s);
	json_t *m = json_object_get(d, "meldingen");
	if (fresh && m) {
		json_incref(m);
		json_object_del(d, "meldingen");
		json_object_set_new(d, "meldingen", m);
	}
}

int pt_strategy_apply(json_t *d, const pt_strategy_rules *r, const pt_strategy_opts *opts,
		      const pt_loc *loc, pt_error *err)
{
	struct eval ev = {.r = r, .lang = opts->lang, .loc = loc, .err = err, .th = opts->themas};
	struct outcome o = {0};
	ev.ladder = ev.plan = ev.mensen = ev.rol = ev.cap = ev.combineer = -1;
	ev.min = ev.eerst = ev.gate = -1;
	int rc = read_facts(&ev, d);
	if (!rc && opts->themas) {
		int given;
		ev.themas = pt_thema_json(pt_thema_detect(opts->themas, ev.v, &given));
	}
	if (!rc) {
		ev.fired = pt_xmalloc((r->n + 1) * sizeof *ev.fired);
		run_rules(&ev);
		decide(&ev, &o);
		rc = read_choice(&ev, opts, &o);
	}
	if (!rc)
		write_section(&ev, &o, d, opts->explain);
	free(ev.people);
	free(ev.fired);
	json_decref(ev.themas);
	return rc ? err->status : 0;
}
