/* The plan of one dossier: from the strategy's steps per stakeholder group
 * to werkvormen chosen by fit, fixed process work, legal procedures, a
 * timeline, hours and euros, open points and similar past cases.  All
 * figures are integers (hours, cents, euros), so the totals are exactly
 * the sums of the activities. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "plan.h"

#define BRON "pt-plan"
#define WIJK 2			/* pt_v_schaal index assumed without a schaal */
#define COPRODUCEREN 3
#define MEEBESLISSEN 4
#define UITVOERING 3		/* pt_v_beleidsfase index of uitvoering */
#define COVER_NODES 20000	/* search steps per cover before the greedy answer stands */

typedef struct act {
	int w, moment, trede;
	int partner;		/* for partners and authorities, not participants */
	int vervolg;		/* the later step after an urgent first one */
	int extra;		/* added by a minimum set */
	long week;		/* weeks from the decision (negative: before) */
	pt_plan_groepen groepen;
	long deelnemers, uren, cents;
} act;

/* What one dossier's plan is made of while it is built. */
typedef struct plan_ctx {
	const pt_plan *p;
	json_t *d;
	enum pt_lang lang;
	int schaal, fase, soort, ladder, trede, instrument, spoed, participatie, vervolg;
	int top;		/* the highest step with input, after the budget's cap */
	pt_plan_groepen step0[PT_PLAN_NTREDEN];	/* participant groups per step, as read */
	pt_plan_groepen step[PT_PLAN_NTREDEN];	/* ... as planned */
	pt_plan_groepen partners, initiators, deelnemers;
	long partijen[PT_PLAN_MAXGROEPEN];	/* stakeholders per group */
	int cap;		/* budget: highest input step allowed */
	int min_deelnemers;	/* budget: participants to each werkvorm's minimum */
	act *a;
	size_t na, nalloc;
	json_t *open, *meld;	/* openPunten; meldingen until the plan stands */
	int filled, todo;	/* items for gereedheid */
	size_t open_base;	/* open points from reading, kept by every budget try */
	int todo_base;
	int standaard, werkvormen_standaard;
} plan_ctx;

static const char *tx(const plan_ctx *c, const char *nl, const char *en)
{
	return c->lang == PT_EN ? en : nl;
}

static int popcount64(pt_plan_groepen x)
{
	int n = 0;
	for (; x; x &= x - 1)
		n++;
	return n;
}

/* The bit of one group code in pt_plan_groep_vocab(), 0 if unknown. */
static pt_plan_groepen groep(const char *code)
{
	int i = pt_vocab_index(pt_plan_groep_vocab(), code);
	return i < 0 ? 0 : (pt_plan_groepen)1 << i;
}

static long euros(long cents)
{
	return (cents + 50) / 100;
}

/* Whole euros as "1.234" in Dutch, "1,234" in English. */
static const char *fmt_eur(char *buf, size_t n, long eur, enum pt_lang lang)
{
	return pt_fmt_fixed(buf, n, eur, 1, lang);
}

static void open_point(plan_ctx *c, int items, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void open_point(plan_ctx *c, int items, const char *fmt, ...)
{
	pt_buf b = PT_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	pt_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	json_array_append_new(c->open, json_string(pt_buf_str(&b)));
	pt_buf_free(&b);
	c->todo += items;
}

/* A melding held until the plan stands: a budget try that is thrown
 * away takes its meldingen with it. */
static void note(plan_ctx *c, enum pt_ernst e, const char *code, const char *pad, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void note(plan_ctx *c, enum pt_ernst e, const char *code, const char *pad, const char *fmt, ...)
{
	pt_buf b = PT_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	pt_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	json_array_append_new(c->meld, json_pack("{s:i, s:s, s:s, s:s}", "ernst", (int)e, "code", code,
						 "pad", pad, "tekst", pt_buf_str(&b)));
	pt_buf_free(&b);
}

static void flush_notes(plan_ctx *c)
{
	json_t *m;
	size_t i;
	json_array_foreach(c->meld, i, m)
		pt_melding_add(c->d, (enum pt_ernst)json_integer_value(json_object_get(m, "ernst")),
			       json_string_value(json_object_get(m, "code")),
			       json_string_value(json_object_get(m, "pad")), BRON, "%s",
			       json_string_value(json_object_get(m, "tekst")));
}

static const char *naam_of(const plan_ctx *c, int wi)
{
	return pt_plan_werkvorm_naam(c->p, wi, c->lang);
}

static const char *groep_label(const plan_ctx *c, int g)
{
	const pt_term *t = &pt_plan_groep_vocab()->terms[g];
	return c->lang == PT_EN ? t->en : t->nl;
}

/* "kinderen, ouders" for the groups in g, into b. */
static void groep_text(const plan_ctx *c, pt_plan_groepen g, pt_buf *b)
{
	for (int i = 0; g >> i; i++)
		if (g >> i & 1)
			pt_buf_printf(b, "%s%s", pt_buf_str(b)[0] ? ", " : "", groep_label(c, i));
}

static const char *trede_label(const plan_ctx *c, int t)
{
	const pt_vocab *v = t < PT_PLAN_NBURGER ? &pt_v_burgertrede : &pt_v_overheidstrede;
	const pt_term *term = &v->terms[t % PT_PLAN_NBURGER];
	return c->lang == PT_EN ? term->en : term->nl;
}

/* ---- hours and euros ---------------------------------------------------------- */

/* Stakeholders of the groups in g; a group nobody named counts as one party. */
static long parties(const plan_ctx *c, pt_plan_groepen g)
{
	long n = 0;
	for (int i = 0; g >> i; i++)
		if (g >> i & 1)
			n += c->partijen[i] ? c->partijen[i] : 1;
	return n;
}

/* Expected participants: the reach of the scale, or representatives of
 * organisations; under a tight budget an input session's minimum. */
static long participants(const plan_ctx *c, const pt_plan_werkvorm *w, pt_plan_groepen g, int moment)
{
	const pt_plan_settings *s = &c->p->s;
	long n = (g & ~s->organisaties) ? s->bereik[c->schaal] : s->per_partij * parties(c, g);
	if (c->min_deelnemers && moment == PT_PLAN_MOMENT_TIJDENS && w->min > 0)
		n = w->min;
	if (w->max && n > w->max)
		n = w->max;
	return n < w->min ? w->min : n;
}

/* Process work and procedures: the catalogue's hours for a buurt at
 * raadplegen, times the factors of scale and step, rounded up. */
static long process_hours(const plan_ctx *c, const pt_plan_werkvorm *w)
{
	const pt_plan_settings *s = &c->p->s;
	long ft = w->soort == PT_PLAN_SOORT_PROCES && c->top >= 0 && c->top < PT_PLAN_NBURGER ?
		  s->factor_trede[c->top] : 100;
	long tenths = w->voorbereiding + w->sessies * w->per_sessie;
	return (tenths * s->factor_schaal[c->schaal] * ft + 99999) / 100000;
}

/* Talks held per party: one each, up to as many as the werkvorm's max
 * participants allow (pt-plan(1); the open points say when that cuts). */
static long party_sessions(const plan_ctx *c, const pt_plan_werkvorm *w, pt_plan_groepen g)
{
	long n = parties(c, g), most = w->max / (c->p->s.per_partij ? c->p->s.per_partij : 1);
	return w->max && n > most ? most : n;
}

/* Hours are rounded up to whole hours per activity; the cost follows. */
static void figures(const plan_ctx *c, act *a)
{
	const pt_plan_werkvorm *w = &c->p->w[a->w];
	if (w->soort == PT_PLAN_SOORT_PROCES || w->soort == PT_PLAN_SOORT_PROCEDURE) {
		a->deelnemers = 0;
		a->uren = process_hours(c, w);
	} else {
		long sessies = w->sessies * (w->per_partij ? party_sessions(c, w, a->groepen) : 1);
		a->deelnemers = w->vorm == PT_PLAN_VORM_INTERN ? 0 : participants(c, w, a->groepen, a->moment);
		a->uren = (w->voorbereiding + sessies * w->per_sessie + 9) / 10;
	}
	a->cents = a->uren * c->p->s.uurtarief + w->vast + w->per_deelnemer * a->deelnemers;
}

static long cost_for(const plan_ctx *c, int wi, pt_plan_groepen g, int moment)
{
	act a = {.w = wi, .groepen = g, .moment = moment};
	figures(c, &a);
	return a.cents;
}

/* Add an activity, or widen the one with the same werkvorm, step and moment. */
static act *add_act(plan_ctx *c, int wi, int moment, int trede, pt_plan_groepen g)
{
	for (size_t k = 0; k < c->na; k++) {
		act *a = &c->a[k];
		if (a->w == wi && a->moment == moment && a->trede == trede) {
			a->groepen |= g;
			figures(c, a);
			return a;
		}
	}
	if (c->na == c->nalloc) {
		c->nalloc = c->nalloc ? 2 * c->nalloc : 16;
		c->a = pt_xrealloc(c->a, c->nalloc * sizeof *c->a);
	}
	act *a = &c->a[c->na++];
	memset(a, 0, sizeof *a);
	a->w = wi, a->moment = moment, a->trede = trede, a->groepen = g;
	figures(c, a);
	return a;
}

/* ---- choosing werkvormen by fit ------------------------------------------------ */

/* Is werkvorm wi one for this step, moment, scale and phase, for these
 * roles, with enough people at this scale to fill it?  any_step: partners
 * and authorities have no participation step. */
static int suits(const plan_ctx *c, int wi, int trede, int moment, unsigned rollen, int any_step)
{
	const pt_plan_werkvorm *w = &c->p->w[wi];
	return w->soort == PT_PLAN_SOORT_WERKVORM && (any_step || (w->treden >> trede & 1)) &&
	       (w->momenten >> moment & 1) && (w->rollen & rollen) && (w->schalen >> c->schaal & 1) &&
	       (c->fase < 0 || (w->fasen >> c->fase & 1)) && c->p->s.bereik[c->schaal] >= w->min;
}

typedef struct cand {
	int w;
	pt_plan_groepen reach;	/* the needed groups it reaches */
	long cost;
} cand;

typedef struct search {
	const cand *k;
	int nk;
	pt_plan_groepen need;
	unsigned char *pick, *best;
	long best_cost;
	long nodes;
} search;

/* Branch on the first group not yet covered, over the werkvormen that
 * reach it; cut when the cost passes the best found. */
static void dfs(search *s, pt_plan_groepen have, long cost)
{
	if (--s->nodes < 0 || cost >= s->best_cost)
		return;
	pt_plan_groepen left = s->need & ~have;
	if (!left) {
		s->best_cost = cost;
		memcpy(s->best, s->pick, (size_t)s->nk);
		return;
	}
	int g = 0;
	while (!(left >> g & 1))
		g++;
	for (int i = 0; i < s->nk; i++) {
		if (s->pick[i] || !(s->k[i].reach >> g & 1))
			continue;
		s->pick[i] = 1;
		dfs(s, have | s->k[i].reach, cost + s->k[i].cost);
		s->pick[i] = 0;
	}
}

/* Greedy start: the werkvorm with the lowest cost per group newly covered. */
static long greedy(search *s)
{
	pt_plan_groepen have = 0;
	long cost = 0;
	memset(s->best, 0, (size_t)s->nk);
	while (s->need & ~have) {
		int bi = -1;
		for (int i = 0; i < s->nk; i++) {
			int n = popcount64(s->k[i].reach & ~have);
			if (!s->best[i] && n &&
			    (bi < 0 || s->k[i].cost * popcount64(s->k[bi].reach & ~have) < s->k[bi].cost * n))
				bi = i;
		}
		s->best[bi] = 1;
		have |= s->k[bi].reach;
		cost += s->k[bi].cost;
	}
	return cost;
}

/* The cheapest set of werkvormen that together reach every group in need
 * at this step and moment; never one that does not reach a group it is
 * planned for.  Returns the groups no werkvorm reaches. */
static pt_plan_groepen cover(plan_ctx *c, pt_plan_groepen need, int trede, int moment, unsigned rollen,
			     int any_step, int partner)
{
	cand *k = pt_xcalloc(c->p->nw + 1, sizeof *k);
	int nk = 0;
	pt_plan_groepen reachable = 0;
	for (size_t wi = 0; wi < c->p->nw; wi++) {
		pt_plan_groepen r = c->p->w[wi].bereik & need;
		if (!r || !suits(c, (int)wi, trede, moment, rollen, any_step))
			continue;
		k[nk++] = (cand){(int)wi, r, cost_for(c, (int)wi, r, moment)};
		reachable |= r;
	}
	search s = {k, nk, need & reachable, pt_xcalloc((size_t)nk + 1, 1), pt_xcalloc((size_t)nk + 1, 1),
		    0, COVER_NODES};
	if (s.need) {
		s.best_cost = greedy(&s);
		dfs(&s, 0, 0);
	}
	for (int i = 0; i < nk; i++)
		if (s.best[i])
			add_act(c, k[i].w, moment, trede, k[i].reach)->partner = partner;
	free(s.pick), free(s.best), free(k);
	return need & ~reachable;
}

/* The groups that activities already reach at step t and moment tijdens. */
static pt_plan_groepen reached_at(const plan_ctx *c, int t)
{
	pt_plan_groepen g = 0;
	for (size_t k = 0; k < c->na; k++)
		if (c->a[k].trede == t && c->a[k].moment == PT_PLAN_MOMENT_TIJDENS && !c->a[k].partner)
			g |= c->a[k].groepen;
	return g;
}

/* Participant groups at each input step, highest first, less those a
 * minimum set reaches already; a group no werkvorm reaches at its step is
 * planned one step lower, and said. */
static void cover_steps(plan_ctx *c)
{
	for (int t = c->top; t > PT_PLAN_TREDE_INFORMEREN; t--) {
		pt_plan_groepen need = c->step[t] & ~reached_at(c, t);
		if (!need)
			continue;
		pt_plan_groepen left = cover(c, need, t, PT_PLAN_MOMENT_TIJDENS, 1u << PT_PLAN_ROL_DEELNEMER, 0, 0);
		if (!left)
			continue;
		pt_buf g = PT_BUF_INIT;
		groep_text(c, left, &g);
		if (t > PT_PLAN_TREDE_RAADPLEGEN) {
			c->step[t - 1] |= left;
			open_point(c, 1, tx(c, "Geen werkvorm in de catalogus bereikt %s op trede %s: zij zijn gepland op trede %s. Zoek een eigen vorm als dat te weinig is.",
					    "No werkvorm in the catalogue reaches %s at step %s: they are planned at step %s. Find a form of your own if that is too little."),
				   pt_buf_str(&g), trede_label(c, t), trede_label(c, t - 1));
		} else {
			c->step[PT_PLAN_TREDE_INFORMEREN] |= left;
			open_point(c, 1, tx(c, "Geen werkvorm in de catalogus laat %s inbreng geven: zij worden alleen geïnformeerd. Zoek een eigen vorm als hun inbreng nodig is.",
					    "No werkvorm in the catalogue lets %s give input: they are only informed. Find a form of your own if their input is needed."),
				   pt_buf_str(&g));
		}
		pt_buf_free(&g);
	}
}

/* ---- minimum sets ---------------------------------------------------------------- */

/* Does text hold part, ASCII letters compared without case? */
static int holds_part(const char *text, const char *part)
{
	size_t n = strlen(part);
	for (; *text; text++)
		if (strncasecmp(text, part, n) == 0)
			return 1;
	return 0;
}

/* Does the dossier's value of field match one of alts (a|b|c)?  op '='
 * is equality, '~' a case-insensitive part of the text. */
static int value_matches(const char *value, char op, const char *alts)
{
	char buf[512];
	if (!value)
		return 0;
	snprintf(buf, sizeof buf, "%s", alts);
	for (char *save = NULL, *t = strtok_r(buf, "|", &save); t; t = strtok_r(NULL, "|", &save)) {
		if (op == '=' ? pt_fold_eq(value, t) : holds_part(value, t))
			return 1;
	}
	return 0;
}

static int themas_match(const plan_ctx *c, char op, const char *alts)
{
	const char *paths[] = {"voorstel.thema", "strategie.themas"};
	for (int k = 0; k < 2; k++) {
		json_t *v, *arr = pt_get(c->d, paths[k]);
		size_t i;
		json_array_foreach(arr, i, v)
			if (value_matches(json_string_value(v), op, alts))
				return 1;
	}
	return 0;
}

/* One condition "veld=a|b" or "veld~a|b" (pt-plan(1), MINIMUM SETS). */
static int condition_holds(const plan_ctx *c, const char *cond)
{
	size_t n = strcspn(cond, "=~");
	if (!cond[n])
		return 0;
	char veld[64];
	snprintf(veld, sizeof veld, "%.*s", (int)(n < sizeof veld ? n : sizeof veld - 1), cond);
	const char *alts = cond + n + 1;
	char op = cond[n];
	if (strcmp(veld, "thema") == 0)
		return themas_match(c, op, alts);
	if (strcmp(veld, "schaal") == 0)
		return value_matches(pt_v_schaal.terms[c->schaal].code, op, alts);
	if (strcmp(veld, "trede") == 0)
		return value_matches(pt_plan_trede_code(c->top), op, alts);
	const char *path = strcmp(veld, "titel") == 0 ? "voorstel.titel" :
			   strcmp(veld, "instrument") == 0 ? "voorstel.instrument" :
			   strcmp(veld, "zeggenschap") == 0 ? "voorstel.zeggenschap" :
			   strcmp(veld, "fase") == 0 ? "voorstel.beleidsfase" : NULL;
	return path && value_matches(pt_get_str(c->d, path), op, alts);
}

static int rule_holds(const plan_ctx *c, const char *wanneer)
{
	char buf[1024];
	snprintf(buf, sizeof buf, "%s", wanneer);
	for (char *save = NULL, *t = strtok_r(buf, "&", &save); t; t = strtok_r(NULL, "&", &save))
		if (!condition_holds(c, t))
			return 0;
	return 1;
}

/* The moment a rule's werkvorm is planned at: during the input, or at
 * the start for a form that only informs. */
static int rule_moment(const plan_ctx *c, int wi)
{
	return c->p->w[wi].momenten >> PT_PLAN_MOMENT_TIJDENS & 1 ? PT_PLAN_MOMENT_TIJDENS : PT_PLAN_MOMENT_START;
}

/* The highest input step of the plan that werkvorm wi serves, else its
 * own highest step below the plan's; -1 if none. */
static int rule_step(const plan_ctx *c, int wi)
{
	unsigned treden = c->p->w[wi].treden;
	if (rule_moment(c, wi) == PT_PLAN_MOMENT_START)
		return treden & 1 ? PT_PLAN_TREDE_INFORMEREN : -1;
	for (int t = c->top; t > PT_PLAN_TREDE_INFORMEREN; t--)
		if (c->step[t] && (treden >> t & 1))
			return t;
	for (int t = c->top; t > PT_PLAN_TREDE_INFORMEREN; t--)
		if (treden >> t & 1)
			return t;
	return -1;
}

/* The groups a rule's werkvorm is planned for: the rule's, else the
 * participants it reaches, else residents. */
static pt_plan_groepen rule_groups(const plan_ctx *c, const pt_plan_minimum *m, int wi)
{
	pt_plan_groepen b = c->p->w[wi].bereik, inw = groep("inwoners") | groep("omwonenden");
	if (m->doelgroepen & b)
		return m->doelgroepen & b;
	if (c->deelnemers & b)
		return c->deelnemers & b;
	return b & inw ? b & inw : b;
}

static void apply_minimum(plan_ctx *c, const pt_plan_minimum *m)
{
	for (size_t k = 0; k < c->na; k++) {
		act *a = &c->a[k];
		for (const int *w = m->werkvormen; *w >= 0; w++)
			if (a->w == *w && a->moment == rule_moment(c, *w) && !a->partner) {
				a->groepen |= m->doelgroepen & c->p->w[*w].bereik;
				figures(c, a);
				return;
			}
	}
	int best = -1, best_t = -1;
	long best_cost = 0;
	for (const int *w = m->werkvormen; *w >= 0; w++) {
		int t = c->p->w[*w].schalen >> c->schaal & 1 ? rule_step(c, *w) : -1;
		long cost = t < 0 ? 0 : cost_for(c, *w, rule_groups(c, m, *w), rule_moment(c, *w));
		if (t >= 0 && (best < 0 || cost < best_cost))
			best = *w, best_t = t, best_cost = cost;
	}
	if (best < 0) {
		open_point(c, 1, tx(c, "De minimale set vraagt %s, maar die past bij geen trede of schaal van dit plan: kies zelf.",
				    "The minimum set asks for %s, but it fits no step or scale of this plan: choose yourself."),
			   naam_of(c, m->werkvormen[0]));
		return;
	}
	add_act(c, best, rule_moment(c, best), best_t, rule_groups(c, m, best))->extra = 1;
}

static void minimum_sets(plan_ctx *c)
{
	for (size_t i = 0; i < c->p->nmin; i++)
		if (rule_holds(c, c->p->min[i].wanneer))
			apply_minimum(c, &c->p->min[i]);
}

/* ---- the plan ---------------------------------------------------------------- */

/* Fixed process work for the plan's step, and the legal procedure of the
 * instrument, from the catalogue rows of those kinds. */
static void process_rows(plan_ctx *c)
{
	for (size_t wi = 0; wi < c->p->nw; wi++) {
		const pt_plan_werkvorm *w = &c->p->w[wi];
		int moment = 0;
		while (moment < PT_PLAN_NMOMENTEN && !(w->momenten >> moment & 1))
			moment++;
		if (w->soort == PT_PLAN_SOORT_PROCES && c->ladder == 0 && (w->treden >> c->top & 1))
			add_act(c, (int)wi, moment, c->top, 0);
		else if (w->soort == PT_PLAN_SOORT_PROCEDURE && c->instrument >= 0 &&
			 (w->instrumenten >> c->instrument & 1))
			add_act(c, (int)wi, moment, c->trede, 0);
	}
}

static pt_plan_groepen all_steps(const plan_ctx *c, int from)
{
	pt_plan_groepen g = 0;
	for (int t = from; t < PT_PLAN_NBURGER; t++)
		g |= c->step[t];
	return g;
}

/* The participant groups the input activities are planned for. */
static pt_plan_groepen planned_groups(const plan_ctx *c)
{
	pt_plan_groepen g = 0;
	for (size_t k = 0; k < c->na; k++)
		if (c->a[k].moment == PT_PLAN_MOMENT_TIJDENS && !c->a[k].partner)
			g |= c->a[k].groepen;
	return g;
}

static pt_plan_groepen reached_at_start(const plan_ctx *c)
{
	pt_plan_groepen g = 0;
	for (size_t k = 0; k < c->na; k++)
		if (c->a[k].moment == PT_PLAN_MOMENT_START)
			g |= c->a[k].groepen;
	return g;
}

/* The municipality's own plan: informing at the start, the input steps,
 * the minimum sets, partners bilaterally, feedback after the decision. */
static void build_burger(plan_ctx *c)
{
	unsigned deelnemer = 1u << PT_PLAN_ROL_DEELNEMER;
	memcpy(c->step, c->step0, sizeof c->step);
	c->top = PT_PLAN_TREDE_INFORMEREN;
	for (int t = PT_PLAN_NBURGER - 1; t > PT_PLAN_TREDE_INFORMEREN; t--) {
		if (t > c->cap) {
			c->step[c->cap] |= c->step[t];
			c->step[t] = 0;
		}
	}
	for (int t = PT_PLAN_TREDE_RAADPLEGEN; c->participatie && t < PT_PLAN_NBURGER; t++)
		if (c->step[t])
			c->top = t;
	if (c->participatie) {
		minimum_sets(c);
		cover_steps(c);
	}
	pt_plan_groepen inbreng = c->participatie ? all_steps(c, PT_PLAN_TREDE_RAADPLEGEN) | planned_groups(c) : 0;
	pt_plan_groepen informed = all_steps(c, 0) | inbreng;
	pt_plan_groepen left = cover(c, informed & ~reached_at_start(c), PT_PLAN_TREDE_INFORMEREN, PT_PLAN_MOMENT_START,
				     deelnemer, 0, 0);
	if (left) {
		pt_buf g = PT_BUF_INIT;
		groep_text(c, left, &g);
		note(c, PT_WAARSCHUWING, "plan-groep-onbereikt", "plan.activiteiten",
		     tx(c, "Geen werkvorm in de catalogus bereikt %s: zoek een eigen manier om hen te bereiken of vul de catalogus aan.",
			"No werkvorm in the catalogue reaches %s: find your own way to reach them or extend the catalogue."),
		     pt_buf_str(&g));
		open_point(c, 1, tx(c, "Kies hoe %s worden bereikt: de catalogus heeft geen vorm die hen bereikt.",
				    "Choose how %s are reached: the catalogue has no form that reaches them."),
			   pt_buf_str(&g));
		pt_buf_free(&g);
	}
	if (c->partners)
		cover(c, c->partners, c->top > COPRODUCEREN ? COPRODUCEREN : c->top, PT_PLAN_MOMENT_TIJDENS,
		      (1u << PT_PLAN_ROL_PARTNER) | (1u << PT_PLAN_ROL_OVERHEID), 1, 1);
	if (inbreng)
		cover(c, inbreng, PT_PLAN_TREDE_INFORMEREN, PT_PLAN_MOMENT_TERUGKOPPELING, deelnemer, 0, 0);
	if (c->vervolg > PT_PLAN_TREDE_INFORMEREN && c->vervolg < PT_PLAN_NBURGER) {
		size_t from = c->na;
		cover(c, all_steps(c, 0), c->vervolg, PT_PLAN_MOMENT_TIJDENS, deelnemer, 0, 0);
		for (size_t k = from; k < c->na; k++)
			c->a[k].vervolg = 1;
	}
	process_rows(c);
}

/* An initiative from others: the municipality's work in its role, not the
 * initiator's sessions (Or 7.4: the initiator involves the surroundings). */
static void build_initiatief(plan_ctx *c)
{
	pt_plan_groepen ini = c->initiators;
	if (!ini) {
		const char *who = pt_get_str(c->d, "voorstel.initiatiefnemer");
		ini = who && groep(who) ? groep(who) : groep("inwoners");
	}
	c->top = c->trede;
	for (size_t wi = 0; wi < c->p->nw; wi++) {
		const pt_plan_werkvorm *w = &c->p->w[wi];
		int moment = 0;
		while (moment < PT_PLAN_NMOMENTEN && !(w->momenten >> moment & 1))
			moment++;
		/* Whom the role's work is for: the initiators, the people around them, or both. */
		pt_plan_groepen voor = (w->rollen >> PT_PLAN_ROL_INITIATIEFNEMER & 1 ? ini : 0) |
				       (w->rollen >> PT_PLAN_ROL_DEELNEMER & 1 ? c->deelnemers : 0);
		if (w->soort == PT_PLAN_SOORT_ROL && (w->treden >> c->trede & 1) && (w->schalen >> c->schaal & 1))
			add_act(c, (int)wi, moment, c->trede, w->bereik & voor);
	}
	pt_plan_groepen orgs = (c->partners | c->deelnemers) & c->p->s.organisaties;
	if (c->trede == PT_PLAN_NBURGER + 1 && orgs)	/* regisseren: the parties at one table */
		cover(c, orgs, c->trede, PT_PLAN_MOMENT_TIJDENS, (1u << PT_PLAN_ROL_PARTNER) | (1u << PT_PLAN_ROL_OVERHEID), 1, 1);
	process_rows(c);
	if (c->deelnemers && c->trede != PT_PLAN_TREDE_LOSLATEN) {
		pt_buf g = PT_BUF_INIT;
		groep_text(c, c->deelnemers, &g);
		open_point(c, 1, tx(c, "De initiatiefnemer betrekt de omgeving en doet daarvan verslag (Or 7.4): %s. Toets dat in het participatieplan en het verslag.",
				    "The initiator involves the surroundings and reports on it (Or 7.4): %s. Check it in the participation plan and the report."),
			   pt_buf_str(&g));
		pt_buf_free(&g);
	}
}

/* ---- the timeline ------------------------------------------------------------ */

static int input_act(const plan_ctx *c, const act *a)
{
	int s = c->p->w[a->w].soort;
	return a->moment == PT_PLAN_MOMENT_TIJDENS && !a->vervolg && !a->partner &&
	       (s == PT_PLAN_SOORT_WERKVORM || s == PT_PLAN_SOORT_ROL);
}

/* Weeks from the decision, counted back: feedback after the decision;
 * before it the decision-making, the legal procedure, processing the
 * input, the input steps of stap weeks each, the announcement and the design
 * (pt-plan(1), TIMELINE). */
static void schedule(plan_ctx *c, int na_besluit)
{
	const pt_plan_settings *s = &c->p->s;
	long ontwerp = c->spoed ? 0 : s->wk_ontwerp[c->schaal], aank = c->spoed ? 0 : s->wk_aankondiging;
	long stap = s->wk_stap[c->schaal], cursor = -s->wk_besluitvorming;
	unsigned steps = 0;
	for (size_t k = c->na; k-- > 0;) {
		act *a = &c->a[k];
		if (c->p->w[a->w].soort == PT_PLAN_SOORT_PROCEDURE)
			a->week = cursor -= c->p->w[a->w].weken;
		if (input_act(c, a))
			steps |= 1u << a->trede;
	}
	long n = 0;
	for (unsigned x = steps; x; x &= x - 1)
		n++;
	/* Each input step runs stap weeks; processing starts when the last ends. */
	long last = cursor - s->wk_verwerking[c->schaal] - stap, first = last - (n ? n - 1 : 0) * stap;
	long start = n ? first - aank : na_besluit ? s->wk_terugkoppeling : cursor - aank;
	for (size_t k = 0; k < c->na; k++) {
		act *a = &c->a[k];
		int soort = c->p->w[a->w].soort;
		if (soort == PT_PLAN_SOORT_PROCEDURE)
			continue;
		switch (a->moment) {
		case PT_PLAN_MOMENT_VOORBEREIDING: a->week = start - ontwerp; break;
		case PT_PLAN_MOMENT_START: a->week = start; break;
		case PT_PLAN_MOMENT_BESLUIT: a->week = cursor; break;
		case PT_PLAN_MOMENT_TERUGKOPPELING: a->week = s->wk_terugkoppeling; break;
		default:
			if (soort == PT_PLAN_SOORT_PROCES)
				a->week = last + stap;
			else if (a->vervolg)
				a->week = s->wk_terugkoppeling + stap;
			else if (a->partner || !n)
				a->week = n ? first : start;
			else {
				long i = 0;
				for (int t = 0; t < a->trede; t++)
					i += steps >> t & 1;
				a->week = first + i * stap;
			}
		}
	}
}

static int by_week(const void *x, const void *y)
{
	const act *a = x, *b = y;
	if (a->week != b->week)
		return a->week < b->week ? -1 : 1;
	if (a->moment != b->moment)
		return a->moment < b->moment ? -1 : 1;
	return a->w < b->w ? -1 : a->w > b->w;
}

static int has_reden(const plan_ctx *c, const char *code)
{
	json_t *v, *arr = pt_get(c->d, "strategie.redenen");
	size_t i;
	json_array_foreach(arr, i, v)
		if (json_is_string(v) && strcmp(json_string_value(v), code) == 0)
			return 1;
	return 0;
}

static void build(plan_ctx *c)
{
	c->na = 0;
	while (json_array_size(c->open) > c->open_base)
		json_array_remove(c->open, json_array_size(c->open) - 1);
	json_array_clear(c->meld);
	c->todo = c->todo_base;
	if (c->ladder == 1)
		build_initiatief(c);
	else
		build_burger(c);
	schedule(c, has_reden(c, "informeren-na-besluit"));
	if (c->na)
		qsort(c->a, c->na, sizeof *c->a, by_week);
}

/* ---- the budget -------------------------------------------------------------- */

static long total_eur(const plan_ctx *c)
{
	long sum = 0;
	for (size_t k = 0; k < c->na; k++)
		sum += euros(c->a[k].cents);
	return sum;
}

/* What the plan lost against the full plan, each werkvorm once. */
static void dropped_text(const plan_ctx *c, const unsigned char *had, pt_buf *b)
{
	unsigned char *now = pt_xcalloc(c->p->nw + 1, 1);
	for (size_t k = 0; k < c->na; k++)
		now[c->a[k].w] = 1;
	for (size_t wi = 0; wi < c->p->nw; wi++)
		if (had[wi] && !now[wi])
			pt_buf_printf(b, "%s%s", pt_buf_str(b)[0] ? ", " : "", naam_of(c, (int)wi));
	free(now);
}

/* Over budget, reach is lowered in one fixed order until the plan fits:
 * first fewer participants per activity (each werkvorm's minimum), then
 * the highest input step one step down at a time, to raadplegen.  Process
 * work and the feedback step stay.  Nothing fits: the full plan stands
 * with a fout that names the sum needed. */
static void fit_budget(plan_ctx *c, long budget)
{
	char a[32], b[32], d[32];
	long full = total_eur(c);
	int top0 = c->top;
	if (full <= budget)
		return;
	unsigned char *had = pt_xcalloc(c->p->nw + 1, 1);
	for (size_t k = 0; k < c->na; k++)
		had[c->a[k].w] = 1;
	pt_buf how = PT_BUF_INIT;
	int fits = 0;
	c->min_deelnemers = 1;
	pt_buf_puts(&how, tx(c, "minder deelnemers per activiteit, tot het minimum van elke werkvorm",
			     "fewer participants per activity, down to each werkvorm's minimum"));
	for (int cap = top0; !fits && cap >= PT_PLAN_TREDE_RAADPLEGEN; cap--) {
		c->cap = cap;
		if (cap < top0)
			pt_buf_printf(&how, tx(c, "; trede %s verlaagd naar %s", "; step %s lowered to %s"),
				      trede_label(c, cap + 1), trede_label(c, cap));
		build(c);
		fits = total_eur(c) <= budget;
		if (c->ladder == 1)
			break;
	}
	long least = total_eur(c);
	if (fits) {
		pt_buf gone = PT_BUF_INIT;
		dropped_text(c, had, &gone);
		note(c, PT_INFO, "plan-budget-aangepast", "plan.activiteiten",
		     tx(c, "Om binnen het budget van € %s te blijven is het bereik verlaagd, in deze volgorde: %s. %s%s%sHet plan kost € %s in plaats van € %s; de terugkoppeling blijft.",
			"To stay within the budget of €%s reach was lowered, in this order: %s. %s%s%sThe plan costs €%s instead of €%s; the feedback stays."),
		     fmt_eur(a, sizeof a, budget, c->lang), pt_buf_str(&how),
		     gone.len ? tx(c, "Vervallen: ", "Dropped: ") : "", pt_buf_str(&gone), gone.len ? ". " : "",
		     fmt_eur(b, sizeof b, least, c->lang), fmt_eur(d, sizeof d, full, c->lang));
		pt_buf_free(&gone);
	} else {
		c->min_deelnemers = 0, c->cap = MEEBESLISSEN;
		build(c);
		note(c, PT_FOUT, "plan-budget-te-laag", "plan.budget",
		     tx(c, "Het plan kost € %s en past niet in het budget van € %s; ook na alle verlagingen van het bereik (%s) kost het nog € %s. Verhoog het budget tot minstens € %s of kies een lagere trede.",
			"The plan costs €%s and does not fit the budget of €%s; even after every lowering of reach (%s) it still costs €%s. Raise the budget to at least €%s or choose a lower step."),
		     fmt_eur(a, sizeof a, full, c->lang), fmt_eur(b, sizeof b, budget, c->lang), pt_buf_str(&how),
		     fmt_eur(d, sizeof d, least, c->lang), fmt_eur(d, sizeof d, least, c->lang));
		open_point(c, 1, tx(c, "Het plan past niet in het budget: verhoog het budget tot minstens € %s.",
				    "The plan does not fit the budget: raise the budget to at least €%s."), d);
	}
	pt_buf_free(&how);
	free(had);
}

/* ---- the plan as JSON ---------------------------------------------------------- */

static json_t *groep_list(pt_plan_groepen g)
{
	json_t *arr = json_array();
	for (int i = 0; g >> i; i++)
		if (g >> i & 1)
			json_array_append_new(arr, json_string(pt_plan_groep_vocab()->terms[i].code));
	return arr;
}

/* A werkvorm named for a machine (the id, to match on) and for a reader
 * (the name the activity itself would have): {"werkvorm", "naam"}. */
static json_t *werkvorm_ref(const plan_ctx *c, int wi)
{
	return json_pack("{s:s, s:s}", "werkvorm", c->p->w[wi].id, "naam", naam_of(c, wi));
}

/* One or two other werkvormen for the same step and moment that reach
 * every group of the activity, the cheapest first. */
static json_t *alternatives(const plan_ctx *c, const act *a)
{
	int pick[2] = {-1, -1};
	long cost[2] = {0, 0};
	unsigned rollen = a->partner ? (1u << PT_PLAN_ROL_PARTNER) | (1u << PT_PLAN_ROL_OVERHEID) : 1u << PT_PLAN_ROL_DEELNEMER;
	json_t *arr = json_array();
	if (c->p->w[a->w].soort != PT_PLAN_SOORT_WERKVORM)
		return arr;
	for (size_t wi = 0; wi < c->p->nw; wi++) {
		if ((int)wi == a->w || (a->groepen & ~c->p->w[wi].bereik) ||
		    !suits(c, (int)wi, a->trede, a->moment, rollen, a->partner))
			continue;
		long k = cost_for(c, (int)wi, a->groepen, a->moment);
		for (int s = 0; s < 2; s++) {
			if (pick[s] < 0 || k < cost[s]) {
				if (s == 0)
					pick[1] = pick[0], cost[1] = cost[0];
				pick[s] = (int)wi, cost[s] = k;
				break;
			}
		}
	}
	for (int s = 0; s < 2 && pick[s] >= 0; s++)
		json_array_append_new(arr, werkvorm_ref(c, pick[s]));
	return arr;
}

static json_t *colleagues(const plan_ctx *c, int wi)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < c->p->nc; i++)
		if (c->p->c[i].kan[wi])
			json_array_append_new(arr, json_string(c->p->c[i].naam));
	return arr;
}

/* Days since 1970 to YYYY-MM-DD (Howard Hinnant's civil_from_days). */
static void date_str(long z, char *buf, size_t n)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(buf, n, "%04ld-%02ld-%02ld", yoe + era * 400 + (m <= 2), m, d);
}

static const char *moment_code[] = {"voorbereiding", "start", "tijdens", "besluit", "terugkoppeling"};
static const char *vorm_code[] = {"fysiek", "online", "beide", "schriftelijk", "intern"};
static const char *soort_code[] = {"werkvorm", "proces", "procedure", "rol"};
_Static_assert(sizeof moment_code / sizeof *moment_code == PT_PLAN_NMOMENTEN, "a code per moment");

/* datum: the day of the activity, base + 7 * week (base < 0: no dates). */
static json_t *activity_json(plan_ctx *c, const act *a, long base, long *day)
{
	const pt_plan_werkvorm *w = &c->p->w[a->w];
	json_t *o = json_object();
	json_object_set_new(o, "werkvorm", json_string(w->id));
	json_object_set_new(o, "naam", json_string(naam_of(c, a->w)));
	json_object_set_new(o, "soort", json_string(soort_code[w->soort]));
	json_object_set_new(o, "moment", json_string(moment_code[a->moment]));
	json_object_set_new(o, "trede", json_string(pt_plan_trede_code(a->trede)));
	json_object_set_new(o, "doelgroepen", groep_list(a->groepen));
	json_object_set_new(o, "week", json_integer(a->week));
	*day = base >= 0 ? base + 7L * a->week : -1;
	if (*day >= 0) {
		char date[64];
		date_str(*day, date, sizeof date);
		json_object_set_new(o, "datum", json_string(date));
	}
	json_object_set_new(o, "vorm", json_string(vorm_code[w->vorm]));
	json_object_set_new(o, "deelnemers", json_integer(a->deelnemers));
	json_object_set_new(o, "uren", json_integer(a->uren));
	json_object_set_new(o, "kostenEur", json_integer(euros(a->cents)));
	json_object_set_new(o, "cijfers", json_string(w->standaard ? "standaard" : "eigen"));
	json_object_set_new(o, "alternatieven", alternatives(c, a));
	json_object_set_new(o, "collegas", colleagues(c, a->w));
	c->werkvormen_standaard |= w->standaard;
	c->standaard |= w->standaard;
	return o;
}

static json_t *similar(plan_ctx *c, double ratio[2], json_t **ids)
{
	unsigned char *chosen = pt_xcalloc(c->p->nw + 1, 1);
	for (size_t k = 0; k < c->na; k++)
		chosen[c->a[k].w] = 1;
	json_t *arr = pt_plan_similar(c->p, pt_get_str(c->d, "voorstel.id"), c->ladder, c->trede, c->schaal,
				      c->soort, chosen, ratio, ids);
	free(chosen);
	return arr;
}

/* The hourly rate as given: 82.50 stays 82.5, a whole rate an integer.
 * Rounding it would hide what every hour is costed at. */
static json_t *rate_json(long cents)
{
	return cents % 100 ? json_real(cents / 100.0) : json_integer(cents / 100);
}

/* A figure times past overruns, rounded and held at the amount limit:
 * a case that planned 0.0001 hours makes the ratio absurd or infinite,
 * and lround() beyond a long is undefined. */
static long scaled(double v)
{
	return v < PT_AMOUNT_MAX ? lround(v) : (long)PT_AMOUNT_MAX;
}

static json_t *totals(plan_ctx *c, long budget_eur, int has_budget, double ratio[2], json_t *ids)
{
	long uren = 0, eur = total_eur(c);
	char a[32], b[32];
	for (size_t k = 0; k < c->na; k++)
		uren += c->a[k].uren;
	c->standaard |= c->p->s.uurtarief_standaard;
	json_t *t = json_pack("{s:I, s:I, s:o, s:s}", "uren", (json_int_t)uren,
			      "kostenEur", (json_int_t)eur, "uurtarief", rate_json(c->p->s.uurtarief),
			      "cijfers", c->standaard ? "standaard" : "eigen");
	if (json_array_size(ids) && (ratio[0] > 1 || ratio[1] > 1)) {
		long pu = ratio[0] > 1 ? scaled((ratio[0] - 1) * 100) : 0;
		long pk = ratio[1] > 1 ? scaled((ratio[1] - 1) * 100) : 0;
		long bu = ratio[0] > 1 ? scaled((double)uren * ratio[0]) : uren;
		long bk = ratio[1] > 1 ? scaled((double)eur * ratio[1]) : eur;
		json_object_set_new(t, "bijgesteld", json_pack("{s:I, s:I, s:I, s:I, s:O}",
			"uren", (json_int_t)bu, "kostenEur", (json_int_t)bk,
			"overschrijdingUrenPct", (json_int_t)pu, "overschrijdingKostenPct", (json_int_t)pk,
			"zaken", ids));
		pt_melding_add(c->d, PT_INFO, "plan-overschrijding", "plan.totaal.bijgesteld", BRON,
			       tx(c, "Vergelijkbare projecten liepen %ld%% uit in uren en %ld%% in kosten: reken op %ld uur en € %s in plaats van %ld uur en € %s.",
				 "Similar projects overran their hours by %ld%% and their costs by %ld%%: expect %ld hours and €%s instead of %ld hours and €%s."),
			       pu, pk, bu, fmt_eur(a, sizeof a, bk, c->lang), uren, fmt_eur(b, sizeof b, eur, c->lang));
		if (has_budget && eur <= budget_eur && bk > budget_eur)
			pt_melding_add(c->d, PT_WAARSCHUWING, "plan-bijgesteld-boven-budget", "plan.totaal.bijgesteld",
				       BRON, tx(c, "Met de uitloop van vergelijkbare projecten (€ %s) past het plan niet meer in het budget van € %s.",
					       "With the overrun of similar projects (€%s) the plan no longer fits the budget of €%s."),
				       fmt_eur(a, sizeof a, bk, c->lang), fmt_eur(b, sizeof b, budget_eur, c->lang));
	}
	return t;
}

static void plan_points(plan_ctx *c, long base, int has_budget)
{
	char eur[32];
	long total = total_eur(c);
	if (base >= 0)
		c->filled++;
	else
		open_point(c, 1, tx(c, "Leg de datum van het besluit vast (voorstel.datumBesluit): de weken in dit plan tellen terug vanaf die datum.",
				    "Set the date of the decision (voorstel.datumBesluit): the weeks in this plan count back from it."));
	if (c->na == 0)
		return;
	if (has_budget)
		c->filled++;
	else
		open_point(c, 1, tx(c, "Stel een budget voor de participatie vast; dit plan kost € %s.",
				    "Set a budget for the participation; this plan costs €%s."),
			   fmt_eur(eur, sizeof eur, total, c->lang));
	open_point(c, 1, tx(c, "Laat de begroting van € %s goedkeuren door de budgethouder.",
			    "Have the estimate of €%s approved by the budget holder."),
		   fmt_eur(eur, sizeof eur, total, c->lang));
	/* The rate as given, cents and all: 82,50 is not 83. */
	pt_fmt_fixed(eur, sizeof eur, c->p->s.uurtarief, 100, c->lang);
	if (c->werkvormen_standaard)
		open_point(c, 1, tx(c, "Controleer de uren en kosten: het zijn standaardwaarden zonder openbare bron (uurtarief € %s).",
				    "Check the hours and costs: they are defaults with no public source (hourly rate €%s)."),
			   eur);
	else if (c->p->s.uurtarief_standaard)
		open_point(c, 1, tx(c, "Controleer het uurtarief van € %s: een standaardwaarde zonder openbare bron.",
				    "Check the hourly rate of €%s: a default with no public source."),
			   eur);
}

/* Each activity with people leaves its date, its place and its leader to
 * a person; a letter or memo its date and its writer. */
static void activity_points(plan_ctx *c)
{
	static const char *where_nl[] = {"een locatie", "een platform", "een locatie en een platform"};
	static const char *where_en[] = {"a venue", "a platform", "a venue and a platform"};
	for (size_t k = 0; k < c->na; k++) {
		const pt_plan_werkvorm *w = &c->p->w[c->a[k].w];
		const char *naam = naam_of(c, c->a[k].w);
		c->filled += 4;	/* werkvorm, doelgroepen, week, uren en kosten */
		long n = parties(c, c->a[k].groepen), planned = party_sessions(c, w, c->a[k].groepen);
		if (w->per_partij && planned < n)
			open_point(c, 1, tx(c, "%s (week %ld): er zijn %ld partijen, gepland zijn %ld gesprekken (het maximum van de werkvorm); kies met wie, of kies de regietafel.",
					    "%s (week %ld): there are %ld parties, %ld talks are planned (the werkvorm's maximum); choose with whom, or choose the steering table."),
				   naam, c->a[k].week, n, planned);
		if (w->vorm == PT_PLAN_VORM_INTERN)
			continue;
		if (w->vorm == PT_PLAN_VORM_SCHRIFTELIJK)
			open_point(c, 2, tx(c, "%s (week %ld): kies de datum en wie het schrijft.",
					    "%s (week %ld): choose the date and who writes it."),
				   naam, c->a[k].week);
		else
			open_point(c, 3, tx(c, "%s (week %ld): kies datum en tijd, %s en wie het leidt.",
					    "%s (week %ld): choose the date and time, %s and who leads it."),
				   naam, c->a[k].week, c->lang == PT_EN ? where_en[w->vorm] : where_nl[w->vorm]);
	}
}

/* ---- dates: back from the decision, or forward from today ------------------------ */

static long floor_div7(long x)
{
	return x >= 0 ? x / 7 : -((-x + 6) / 7);
}

/* The day the weeks count from: the decision date; or, when the plan
 * cannot start in time, is urgent or comes after the decision, a date
 * such that the first activity is today.  -1: no dates. */
static long plan_base(plan_ctx *c, long besluit, json_t **voorzien)
{
	long today = c->p->o.today, first = 0;
	char a[32], b[32], t[32];
	*voorzien = NULL;
	for (size_t k = 0; k < c->na; k++)
		if (c->a[k].week < first)
			first = c->a[k].week;
	/* Phase uitvoering: the decision is taken, unless its date is still ahead. */
	int uitvoering = c->fase == UITVOERING && (besluit < 0 || besluit <= today);
	int late = besluit >= 0 && besluit + 7 * first < today;
	if (c->na == 0 || (besluit < 0 && !c->spoed && !uitvoering))
		return besluit;
	if (!late && !c->spoed && !uitvoering)
		return besluit;
	date_str(today, t, sizeof t);
	if (c->spoed && besluit >= today) {
		/* Urgent with a decision still ahead: what would lie in the past starts now. */
		for (size_t k = 0; k < c->na; k++)
			if (besluit + 7 * c->a[k].week < today)
				c->a[k].week = -floor_div7(besluit - today);
		note(c, PT_INFO, "plan-spoed", "voorstel.spoed",
		     tx(c, "Spoed: wat voor vandaag (%s) had moeten gebeuren, begint nu; het besluit blijft op %s.",
			"Urgent: what should have happened before today (%s) starts now; the decision stays on %s."),
		     t, pt_get_str(c->d, "voorstel.datumBesluit"));
		return besluit;
	}
	if (uitvoering && besluit >= 0) {
		/* The first activity in the first whole week from today, counted from the decision. */
		long shift = -floor_div7(besluit - today) - first;
		for (size_t k = 0; k < c->na; k++)
			c->a[k].week += shift;
		note(c, PT_INFO, "plan-uitvoering", "voorstel.beleidsfase",
		     tx(c, "Het besluit is al genomen (fase uitvoering): het plan telt vooruit vanaf vandaag (%s).",
			"The decision has been taken (phase uitvoering): the plan counts forward from today (%s)."), t);
		return besluit;
	}
	long base = today - 7 * first;
	date_str(base, b, sizeof b);
	*voorzien = json_string(b);
	if (late) {
		date_str(besluit + 7 * first, a, sizeof a);
		note(c, PT_WAARSCHUWING, "plan-te-krap", "voorstel.datumBesluit",
		     tx(c, "Het plan heeft %ld weken nodig voor het besluit en had op %s moeten beginnen, en die datum is al voorbij. Het telt vooruit vanaf vandaag (%s): het besluit kan op zijn vroegst op %s vallen. Schuif het besluit op of maak de planning korter.",
			"The plan needs %ld weeks before the decision and should have started on %s, which has passed. It counts forward from today (%s): the decision can be taken on %s at the earliest. Move the decision or shorten the timeline."),
		     -first, a, t, b);
	} else
		note(c, PT_INFO, "plan-spoed", "voorstel.spoed",
		     tx(c, "Spoed: het plan begint vandaag (%s); het besluit is voorzien op %s.",
			"Urgent: the plan starts today (%s); the decision is foreseen on %s."), t, b);
	return base;
}

/* ---- reading the dossier ---------------------------------------------------- */

static int enum_at(const json_t *d, const char *path, const pt_vocab *v, pt_loc loc, int *out,
		   pt_error *err)
{
	json_t *x = pt_get(d, path);
	*out = -1;
	if (!x || json_is_null(x))
		return 0;
	if (!json_is_string(x))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: expected a text"), path);
	*out = pt_vocab_index(v, json_string_value(x));
	if (*out < 0)
		*out = pt_vocab_match(v, json_string_value(x), path, loc, err);
	return *out < 0 ? -1 : 0;
}

static int trede_of(const json_t *x, const char *what, pt_loc loc, int *out, pt_error *err)
{
	*out = -1;
	if (!x || json_is_null(x))
		return 0;
	if (!json_is_string(x))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: expected a text"), what);
	*out = pt_plan_trede_index(json_string_value(x));
	if (*out < 0)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("%s: unknown step '%s' (allowed: a step of either ladder, e.g. raadplegen, faciliteren)"),
			       what, json_string_value(x));
	return 0;
}

static int groep_bit(const char *g, const char *what, pt_loc loc, pt_plan_groepen *out, pt_error *err)
{
	const pt_vocab *v = pt_plan_groep_vocab();
	int gi = g ? pt_vocab_index(v, g) : -1;
	if (gi < 0 && (gi = pt_vocab_match(v, g ? g : "", what, loc, err)) < 0)
		return -1;
	*out |= (pt_plan_groepen)1 << gi;
	return 0;
}

/* The groups of one stakeholder: its groep and its tags. */
static int groepen_of(const json_t *s, size_t i, pt_loc loc, pt_plan_groepen *out, pt_error *err)
{
	char what[64];
	json_t *t, *tags = json_object_get(s, "tags");
	size_t k;
	*out = 0;
	snprintf(what, sizeof what, "stakeholders[%zu].groep", i);
	const char *g = json_string_value(json_object_get(s, "groep"));
	if (g && groep_bit(g, what, loc, out, err))
		return -1;
	snprintf(what, sizeof what, "stakeholders[%zu].tags", i);
	json_array_foreach(tags, k, t)
		if (groep_bit(json_string_value(t), what, loc, out, err))
			return -1;
	if (!*out)
		*out = groep("inwoners");
	return 0;
}

/* A stakeholder's role: given, else from its groep (contract). */
static int rol_of(const json_t *s, size_t i, pt_loc loc, int *out, pt_error *err)
{
	const char *r = json_string_value(json_object_get(s, "rol"));
	const char *g = json_string_value(json_object_get(s, "groep"));
	*out = r ? pt_plan_rol_index(r) : g && strcmp(g, "intern") == 0 ? PT_PLAN_ROL_PARTNER :
	       g && strcmp(g, "overheid") == 0 ? PT_PLAN_ROL_OVERHEID : PT_PLAN_ROL_DEELNEMER;
	if (*out < 0)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("stakeholders[%zu].rol: unknown role '%s' (allowed: deelnemer, partner, overheid, initiatiefnemer)"),
			       i, r);
	return 0;
}

/* The strategy's steps per stakeholder by name, looked up once each. */
static json_t *per_stakeholder_index(const json_t *strategie)
{
	json_t *v, *idx = json_object(), *list = json_object_get(strategie, "perStakeholder");
	size_t i;
	json_array_foreach(list, i, v) {
		const char *n = json_string_value(json_object_get(v, "naam"));
		json_t *t = json_object_get(v, "trede");
		if (n && t && !json_object_get(idx, n))
			json_object_set(idx, n, t);
	}
	return idx;
}

static int stakeholder(plan_ctx *c, const json_t *s, size_t i, const json_t *idx, pt_loc loc, pt_error *err)
{
	pt_plan_groepen g;
	int t = -1, rol;
	char what[64];
	if (!json_is_object(s))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("stakeholders[%zu]: expected an object"), i);
	if (groepen_of(s, i, loc, &g, err) || rol_of(s, i, loc, &rol, err))
		return -1;
	const char *naam = json_string_value(json_object_get(s, "naam"));
	const json_t *per = naam ? json_object_get(idx, naam) : NULL;
	snprintf(what, sizeof what, "stakeholders[%zu].trede", i);
	if (per ? trede_of(per, "strategie.perStakeholder.trede", loc, &t, err)
		: c->ladder == 0 && trede_of(json_object_get(s, "trede"), what, loc, &t, err))
		return -1;
	for (int b = 0; g >> b; b++)
		c->partijen[b] += g >> b & 1;
	/* A step on the overheidsparticipatie ladder is a role toward an initiator. */
	if (t >= PT_PLAN_NBURGER && !json_object_get(s, "rol"))
		rol = PT_PLAN_ROL_INITIATIEFNEMER;
	if (rol == PT_PLAN_ROL_PARTNER || rol == PT_PLAN_ROL_OVERHEID)
		c->partners |= g;
	else if (rol == PT_PLAN_ROL_INITIATIEFNEMER)
		c->initiators |= g;
	else {
		c->deelnemers |= g;
		if (t < 0 || t >= PT_PLAN_NBURGER)
			t = c->trede < PT_PLAN_NBURGER ? c->trede : PT_PLAN_TREDE_INFORMEREN;
		/* The strategy's step is the most the plan offers anyone. */
		if (c->trede < PT_PLAN_NBURGER && t > c->trede)
			t = c->trede;
		c->step0[t] |= g;
	}
	return 0;
}

/* Each participant's step: the strategy's per-stakeholder step, else the
 * stakeholder's own (burgerparticipatie only), else the strategy's. */
static int read_groups(plan_ctx *c, const json_t *strategie, pt_loc loc, pt_error *err)
{
	json_t *s, *list = json_object_get(c->d, "stakeholders");
	json_t *idx = per_stakeholder_index(strategie);
	size_t i;
	int rc = 0;
	json_array_foreach(list, i, s)
		if ((rc = stakeholder(c, s, i, idx, loc, err)) != 0)
			break;
	json_decref(idx);
	if (rc)
		return -1;
	if (!c->deelnemers && c->ladder == 0) {
		c->step0[c->trede < PT_PLAN_NBURGER ? c->trede : PT_PLAN_TREDE_INFORMEREN] |= groep("inwoners");
		c->deelnemers = groep("inwoners");
		if (json_array_size(list) == 0)
			open_point(c, 1, tx(c, "Er zijn geen stakeholders: het plan gaat uit van inwoners. Maak de stakeholderanalyse (pt-stakeholders).",
					    "There are no stakeholders: the plan assumes residents. Make the stakeholder analysis (pt-stakeholders)."));
	}
	return 0;
}

static int read_context(plan_ctx *c, const json_t *strategie, pt_loc loc, pt_error *err)
{
	json_t *pv = json_object_get(strategie, "participatie");
	if (enum_at(c->d, "voorstel.locatie.schaal", &pt_v_schaal, loc, &c->schaal, err) ||
	    enum_at(c->d, "voorstel.beleidsfase", &pt_v_beleidsfase, loc, &c->fase, err) ||
	    enum_at(c->d, "voorstel.soort", &pt_v_soort, loc, &c->soort, err) ||
	    enum_at(c->d, "voorstel.instrument", pt_plan_instrument_vocab(), loc, &c->instrument, err) ||
	    enum_at(c->d, "strategie.ladder", &pt_v_ladder, loc, &c->ladder, err) ||
	    trede_of(json_object_get(strategie, "trede"), "strategie.trede", loc, &c->trede, err) ||
	    trede_of(pt_get(c->d, "strategie.vervolg.trede"), "strategie.vervolg.trede", loc, &c->vervolg, err))
		return -1;
	if (pv && !json_is_boolean(pv))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("strategie.participatie: expected true or false"));
	c->participatie = pv ? json_is_true(pv) : c->trede >= 0;
	c->spoed = json_is_true(pt_get(c->d, "voorstel.spoed"));
	if (c->ladder < 0)
		c->ladder = c->trede >= PT_PLAN_NBURGER ? 1 : 0;
	if (c->schaal < 0) {
		c->schaal = WIJK;
		pt_melding_add(c->d, PT_WAARSCHUWING, "plan-schaal-onbekend", "voorstel.locatie.schaal", BRON, "%s",
		     tx(c, "De schaal ontbreekt: het plan gaat uit van een wijk. Vul voorstel.locatie.schaal in.",
			"The scale is missing: the plan assumes a district. Fill in voorstel.locatie.schaal."));
	}
	return 0;
}

/* The budget in euros into *out (null without one).  A JSON number has
 * the limit of one written as text: beyond it lround() would overflow,
 * and no participation budget is that large but by a typo. */
static int budget_of(const plan_ctx *c, pt_loc loc, long *budget_eur, json_t **out, pt_error *err)
{
	json_t *b = pt_get(c->d, "voorstel.budget");
	double v = json_number_value(b);
	*out = json_null();
	if (c->p->o.budget >= 0)
		*budget_eur = euros(c->p->o.budget);
	else if (json_is_number(b) && v >= PT_AMOUNT_MAX)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       pt_tr("voorstel.budget: %g is too large: a budget is below %.0f euros"), v,
			       PT_AMOUNT_MAX);
	else if (json_is_number(b) && v >= 0)
		*budget_eur = lround(v);
	else
		return 0;
	*out = json_integer(*budget_eur);
	return 0;
}

static int plan_dossier(plan_ctx *c, const json_t *strategie, pt_loc loc, long besluit, pt_error *err)
{
	long budget_eur = 0;
	json_t *budget, *voorzien = NULL;
	if (read_context(c, strategie, loc, err) || budget_of(c, loc, &budget_eur, &budget, err))
		return err->status;
	int has_budget = !json_is_null(budget);
	if (!json_is_object(strategie) || (c->participatie && c->trede < 0)) {
		pt_melding_add(c->d, PT_WAARSCHUWING, "plan-geen-strategie", "strategie", BRON, "%s",
			       tx(c, "Er is geen strategie met een trede: kies eerst ladder en trede (pt-strategy), dan volgt het plan.",
				  "There is no strategy with a step: choose the ladder and step first (pt-strategy), then the plan follows."));
		open_point(c, 1, tx(c, "Kies ladder en trede (pt-strategy).", "Choose the ladder and step (pt-strategy)."));
	} else {
		if (c->trede < 0)
			c->trede = PT_PLAN_TREDE_INFORMEREN;
		if (read_groups(c, strategie, loc, err)) {
			json_decref(budget);
			return err->status;
		}
		c->open_base = json_array_size(c->open), c->todo_base = c->todo;
		c->cap = MEEBESLISSEN;
		build(c);
		if (has_budget)
			fit_budget(c, budget_eur);
	}
	long base = plan_base(c, besluit, &voorzien), first = -1, last = -1, day;
	json_t *acts = json_array();
	for (size_t k = 0; k < c->na; k++) {
		json_array_append_new(acts, activity_json(c, &c->a[k], base, &day));
		if (day >= 0 && (first < 0 || day < first))
			first = day;
		if (day > last)
			last = day;
	}
	flush_notes(c);
	double ratio[2] = {1, 1};
	json_t *ids = NULL;
	json_t *verg = similar(c, ratio, &ids);
	json_t *tot = totals(c, budget_eur, has_budget, ratio, ids);
	json_decref(ids);
	activity_points(c);
	plan_points(c, base, has_budget);
	int items = c->filled + c->todo;
	json_t *plan = json_pack("{s:o, s:o, s:o, s:o, s:i, s:o}", "activiteiten", acts, "totaal", tot,
				 "budget", budget, "openPunten", json_incref(c->open),
				 "gereedheid", items && c->na ? c->filled * 100 / items : 0, "vergelijkbaar", verg);
	char date[32];
	if (first >= 0) {
		date_str(first, date, sizeof date);
		json_object_set_new(plan, "start", json_string(date));
		date_str(last, date, sizeof date);
		json_object_set_new(plan, "eind", json_string(date));
	}
	if (voorzien)
		json_object_set_new(plan, "besluitVoorzien", voorzien);
	pt_section_set(c->d, "plan", plan);
	return 0;
}

int pt_plan_apply(const pt_plan *p, json_t *d, pt_loc loc, pt_error *err)
{
	plan_ctx *c = pt_xcalloc(1, sizeof *c);
	c->p = p, c->d = d, c->lang = p->o.lang == PT_EN ? PT_EN : PT_NL;
	c->open = json_array();
	c->meld = json_array();
	pt_meldingen_clear(d, BRON);
	/* Hold the plan's place before meldingen added now, as the pipeline orders them. */
	if (!json_object_get(d, "plan"))
		pt_section_set(d, "plan", json_null());
	int rc = plan_dossier(c, json_object_get(d, "strategie"), loc,
			      pt_date_days(pt_get_str(d, "voorstel.datumBesluit")), err);
	json_decref(c->open);
	json_decref(c->meld);
	free(c->a);
	free(c);
	return rc;
}
