/* Werkvormen chosen by fit: the cheapest set that reaches every group at
 * its step, the minimum sets practice asks for, partners bilaterally, fixed
 * process work and procedures, and the municipality's work on an initiative.
 * Hours and euros of one activity. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "plan_priv.h"

static int popcount64(pt_plan_groepen x)
{
	int n = 0;
	for (; x; x &= x - 1)
		n++;
	return n;
}

/* ---- hours and euros ---------------------------------------------------------- */

/* Stakeholders of the groups in g; a group nobody named counts as one party. */
long plan_parties(const plan_ctx *c, pt_plan_groepen g)
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
	long n = (g & ~s->organisaties) ? s->bereik[c->schaal] : s->per_partij * plan_parties(c, g);
	if (c->min_deelnemers && moment == PT_PLAN_MOMENT_TIJDENS && w->min > 0)
		n = w->min;
	if (w->max && n > w->max)
		n = w->max;
	return n < w->min ? w->min : n;
}

/* Process work and procedures: the catalogue's hours for a buurt at
 * raadplegen, times the factors of scale and step, rounded up.  The work
 * of one light round follows the round, not the size of the area: its
 * scale factor is at most factor.licht. */
static long process_hours(const plan_ctx *c, const pt_plan_werkvorm *w)
{
	const pt_plan_settings *s = &c->p->s;
	long fs = s->factor_schaal[c->schaal];
	if (c->licht && fs > s->factor_licht)
		fs = s->factor_licht;
	long ft = w->soort == PT_PLAN_SOORT_PROCES && c->top >= 0 && c->top < PT_PLAN_NBURGER ?
		  s->factor_trede[c->top] : 100;
	long fi = c->impact >= 0 && c->impact < 3 ? s->factor_impact[c->impact] : 100;
	long tenths = w->voorbereiding + w->sessies * w->per_sessie;
	return (tenths * fs * ft / 100 * fi + 99999) / 100000;
}

/* Talks held per party: one each, up to as many as the werkvorm's max
 * participants allow (pt-plan(1); the open points say when that cuts). */
long plan_party_sessions(const plan_ctx *c, const pt_plan_werkvorm *w, pt_plan_groepen g)
{
	long n = plan_parties(c, g), most = w->max / (c->p->s.per_partij ? c->p->s.per_partij : 1);
	return w->max && n > most ? most : n;
}

/* Hours are rounded up to whole hours per activity; the cost follows. */
static void plan_figures(const plan_ctx *c, act *a)
{
	const pt_plan_werkvorm *w = &c->p->w[a->w];
	if (w->soort == PT_PLAN_SOORT_PROCES || w->soort == PT_PLAN_SOORT_PROCEDURE) {
		a->deelnemers = 0;
		a->uren = process_hours(c, w);
		/* each round is announced and its input analysed */
		if (w->soort == PT_PLAN_SOORT_PROCES &&
		    (a->moment == PT_PLAN_MOMENT_TIJDENS || a->moment == PT_PLAN_MOMENT_START))
			a->uren *= c->rondes;
		a->cents = a->uren * c->p->s.uurtarief + w->vast;
		return;
	}
	/* Input with participants is held once per round; talks with partners once. */
	long r = a->moment == PT_PLAN_MOMENT_TIJDENS && !a->partner && !a->vervolg ? c->rondes : 1;
	long sessies = w->sessies * (w->per_partij ? plan_party_sessions(c, w, a->groepen) : 1);
	a->deelnemers = w->vorm == PT_PLAN_VORM_INTERN ? 0 : participants(c, w, a->groepen, a->moment);
	a->uren = (w->voorbereiding + r * sessies * w->per_sessie + 9) / 10;
	a->cents = a->uren * c->p->s.uurtarief + r * (w->vast + w->per_deelnemer * a->deelnemers);
}

long plan_cost_for(const plan_ctx *c, int wi, pt_plan_groepen g, int moment)
{
	act a = {.w = wi, .groepen = g, .moment = moment};
	plan_figures(c, &a);
	return a.cents;
}

/* Add an activity, or widen the one with the same werkvorm, step and moment. */
static act *add_act(plan_ctx *c, int wi, int moment, int trede, pt_plan_groepen g)
{
	for (size_t k = 0; k < c->na; k++) {
		act *a = &c->a[k];
		if (a->w == wi && a->moment == moment && a->trede == trede) {
			a->groepen |= g;
			plan_figures(c, a);
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
	plan_figures(c, a);
	return a;
}

/* ---- choosing werkvormen by fit ------------------------------------------------ */

/* Is werkvorm wi one for this step, moment, scale, phase and topic, for
 * these roles, with enough people at this scale to fill it?  any_step:
 * partners and authorities have no participation step.  A werkvorm for
 * certain topics (column themas) only serves a matter about one of them. */
int plan_suits(const plan_ctx *c, int wi, int trede, int moment, unsigned rollen, int any_step)
{
	const pt_plan_werkvorm *w = &c->p->w[wi];
	return w->soort == PT_PLAN_SOORT_WERKVORM && (any_step || (w->treden >> trede & 1)) &&
	       (w->momenten >> moment & 1) && (w->rollen & rollen) && (w->schalen >> c->schaal & 1) &&
	       (c->fase < 0 || (w->fasen >> c->fase & 1)) && (!w->themas || (w->themas & c->themas)) &&
	       c->p->s.bereik[c->schaal] >= w->min;
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
		if (!r || !plan_suits(c, (int)wi, trede, moment, rollen, any_step))
			continue;
		k[nk++] = (cand){(int)wi, r, plan_cost_for(c, (int)wi, r, moment)};
		reachable |= r;
	}
	search s = {k, nk, need & reachable, pt_xcalloc((size_t)nk + 1, 1), pt_xcalloc((size_t)nk + 1, 1),
		    0, COVER_NODES};
	if (s.need) {
		s.best_cost = greedy(&s);
		dfs(&s, 0, 0);
	}
	for (int i = 0; i < nk; i++)
		if (s.best[i]) {
			act *a = add_act(c, k[i].w, moment, trede, k[i].reach);
			a->partner = partner;
			plan_figures(c, a);
		}
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
		plan_groep_text(c, left, &g);
		if (t > PT_PLAN_TREDE_RAADPLEGEN) {
			c->step[t - 1] |= left;
			plan_open_point(c, 1, plan_tx(c, "No werkvorm in the catalogue reaches %s at step %s: they are planned at step %s. Find a form of your own if that is too little."),
				   pt_buf_str(&g), plan_trede_label(c, t), plan_trede_label(c, t - 1));
		} else {
			c->step[PT_PLAN_TREDE_INFORMEREN] |= left;
			plan_open_point(c, 1, plan_tx(c, "No werkvorm in the catalogue lets %s give input: they are only informed. Find a form of your own if their input is needed."),
				   pt_buf_str(&g));
		}
		pt_buf_free(&g);
	}
}

/* ---- minimum sets ---------------------------------------------------------------- */

int plan_holds_part(const char *text, const char *part)
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
		if (op == '=' ? pt_fold_eq(value, t) : plan_holds_part(value, t))
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

/* The participant groups at step from and above. */
static pt_plan_groepen all_steps(const plan_ctx *c, int from)
{
	pt_plan_groepen g = 0;
	for (int t = from; t < PT_PLAN_NBURGER; t++)
		g |= c->step[t];
	return g;
}

/* Is one of the groups in g among alts (a|b|c)? */
static int groups_match(pt_plan_groepen g, char op, const char *alts)
{
	for (int i = 0; g >> i; i++)
		if (g >> i & 1 && value_matches(pt_plan_groep_vocab()->terms[i].code, op, alts))
			return 1;
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
	if (strcmp(veld, "omgevingswet") == 0)	/* the physical living environment: ja or nee */
		return value_matches(json_is_true(pt_get(c->d, "voorstel.omgevingswet")) ? "ja" : "nee", op, alts);
	if (strcmp(veld, "schaal") == 0)
		return value_matches(pt_v_schaal.terms[c->schaal].code, op, alts);
	if (strcmp(veld, "trede") == 0)
		return value_matches(pt_plan_trede_code(c->top), op, alts);
	if (strcmp(veld, "gewicht") == 0)
		return value_matches(c->licht ? "licht" : c->rondes > 1 ? "zwaar" : "gewoon", op, alts);
	if (strcmp(veld, "deelnemers") == 0)
		return groups_match(all_steps(c, PT_PLAN_TREDE_RAADPLEGEN), op, alts);
	if (strcmp(veld, "instrument") == 0)
		return c->kind >= 0 && value_matches(pt_v_instrument.terms[c->kind].code, op, alts);
	if (strcmp(veld, "fase") == 0)
		return c->fase >= 0 && value_matches(pt_v_beleidsfase.terms[c->fase].code, op, alts);
	const char *path = strcmp(veld, "titel") == 0 ? "voorstel.titel" :
			   strcmp(veld, "zeggenschap") == 0 ? "voorstel.zeggenschap" :
			   strcmp(veld, "impact") == 0 ? "voorstel.impact" : NULL;
	return path && value_matches(pt_get_str(c->d, path), op, alts);
}

/* Is the site still open, said by a word of woorden.locatieOpen in one of
 * voorstel.openVoorInbreng?  Then the neighbours of every candidate site
 * are among those informed. */
static int site_open(const plan_ctx *c)
{
	json_t *v, *arr = pt_get(c->d, "voorstel.openVoorInbreng");
	size_t i;
	json_array_foreach(arr, i, v) {
		const char *item = json_string_value(v);
		char words[512];
		snprintf(words, sizeof words, "%s", c->p->s.locatie_open ? c->p->s.locatie_open : "");
		for (char *save = NULL, *w = strtok_r(words, ";", &save); item && w; w = strtok_r(NULL, ";", &save))
			if (*w && plan_holds_part(item, w))
				return 1;
	}
	return 0;
}

pt_plan_groepen plan_site_neighbours(const plan_ctx *c)
{
	return site_open(c) ? plan_groep("omwonenden") : 0;
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
 * participants and, for input, the groups the topics touch that it
 * reaches (an evaluation asks the users), else residents.  *own: 1 when
 * they are the people the rule is about. */
static pt_plan_groepen rule_groups(const plan_ctx *c, const pt_plan_minimum *m, int wi, int *own)
{
	pt_plan_groepen b = c->p->w[wi].bereik, inw = plan_groep("inwoners") | plan_groep("omwonenden");
	pt_plan_groepen people = c->deelnemers | (rule_moment(c, wi) == PT_PLAN_MOMENT_TIJDENS ? c->thema_groepen : 0);
	*own = 1;
	if (m->doelgroepen & b)
		return m->doelgroepen & b;
	if (people & b)
		return people & b;
	*own = 0;
	return b & inw ? b & inw : b;
}

static void apply_minimum(plan_ctx *c, const pt_plan_minimum *m)
{
	for (size_t k = 0; k < c->na; k++) {
		act *a = &c->a[k];
		for (const int *w = m->werkvormen; *w >= 0; w++)
			if (a->w == *w && a->moment == rule_moment(c, *w) && !a->partner) {
				a->groepen |= m->doelgroepen & c->p->w[*w].bereik;
				plan_figures(c, a);
				return;
			}
	}
	/* Of those that reach the people the rule is about, the lowest cost per
	 * group reached (a survey of four groups before a talk with one); only
	 * when none reaches them, the same among the others. */
	int best = -1, best_t = -1, best_own = 0, best_n = 1, own;
	long best_cost = 0;
	for (const int *w = m->werkvormen; *w >= 0; w++) {
		int t = c->p->w[*w].schalen >> c->schaal & 1 ? rule_step(c, *w) : -1;
		pt_plan_groepen g = rule_groups(c, m, *w, &own);
		int n = popcount64(g) ? popcount64(g) : 1;
		long cost = t < 0 ? 0 : plan_cost_for(c, *w, g, rule_moment(c, *w));
		if (t >= 0 && (best < 0 || own > best_own || (own == best_own && cost * best_n < best_cost * n)))
			best = *w, best_t = t, best_cost = cost, best_own = own, best_n = n;
	}
	if (best < 0) {
		plan_open_point(c, 1, plan_tx(c, "The minimum set asks for %s, but it fits no step or scale of this plan: choose yourself."),
			   plan_naam_of(c, m->werkvormen[0]));
		return;
	}
	add_act(c, best, rule_moment(c, best), best_t, rule_groups(c, m, best, &own))->extra = 1;
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

/* One light round: a consultation (the highest input step raadplegen, in
 * one round) on a decision whose kind, phase or impact is in the settings
 * licht.instrumenten, licht.fasen or licht.impact, or where another
 * authority decides (licht.zeggenschap): tariffs, bound permits,
 * execution, public order and a view on another's decision cap the step
 * at raadplegen (shared/domain.md, 'How an adviser reasons to a step',
 * question 4).  Its werkvormen are
 * those of the affected groups, its process work scaled to the round. */
static int light_round(const plan_ctx *c)
{
	const pt_plan_settings *s = &c->p->s;
	if (!c->participatie || c->top != PT_PLAN_TREDE_RAADPLEGEN || c->rondes > 1)
		return 0;
	return (c->kind >= 0 && (s->licht_instrumenten >> c->kind & 1)) ||
	       (c->zeggenschap >= 0 && (s->licht_zeggenschap >> c->zeggenschap & 1)) ||
	       (c->fase >= 0 && (s->licht_fasen >> c->fase & 1)) || (c->impact >= 0 && (s->licht_impact >> c->impact & 1));
}

/* The municipality's own plan: informing at the start, the input steps,
 * the minimum sets, partners bilaterally, feedback after the decision. */
void plan_build_burger(plan_ctx *c)
{
	unsigned deelnemer = 1u << PT_PLAN_ROL_DEELNEMER;
	memcpy(c->step, c->step0, sizeof c->step);
	if (c->topic && !c->no_topic) {
		pt_buf b = PT_BUF_INIT;
		c->step[c->topic_step] |= c->topic;
		plan_groep_text(c, c->topic, &b);
		plan_open_point(c, 1, plan_tx(c, "The topic touches %s, who are not on the stakeholder list: the plan reaches them at step %s. Find who speaks for them or where they are, and add them."),
				pt_buf_str(&b), plan_trede_label(c, c->topic_step));
		pt_buf_free(&b);
	}
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
	c->licht = light_round(c);
	if (c->participatie) {
		minimum_sets(c);
		cover_steps(c);
	}
	pt_plan_groepen inbreng = c->participatie ? all_steps(c, PT_PLAN_TREDE_RAADPLEGEN) | planned_groups(c) : 0;
	pt_plan_groepen informed = all_steps(c, 0) | inbreng | plan_site_neighbours(c);
	pt_plan_groepen left = cover(c, informed & ~reached_at_start(c), PT_PLAN_TREDE_INFORMEREN, PT_PLAN_MOMENT_START,
				     deelnemer, 0, 0);
	if (left) {
		pt_buf g = PT_BUF_INIT;
		plan_groep_text(c, left, &g);
		plan_note(c, PT_WAARSCHUWING, "plan-groep-onbereikt", "plan.activiteiten",
		     plan_tx(c, "No werkvorm in the catalogue reaches %s: find your own way to reach them or extend the catalogue."),
		     pt_buf_str(&g));
		plan_open_point(c, 1, plan_tx(c, "Choose how %s are reached: the catalogue has no form that reaches them."),
			   pt_buf_str(&g));
		pt_buf_free(&g);
	}
	/* Partners' overleg at the plan's own weight: a note to the front office
	 * where only informing, a talk where input is weighed with them. */
	if (c->partners)
		cover(c, c->partners, c->top > COPRODUCEREN ? COPRODUCEREN : c->top, PT_PLAN_MOMENT_TIJDENS,
		      (1u << PT_PLAN_ROL_PARTNER) | (1u << PT_PLAN_ROL_OVERHEID), 0, 1);
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
void plan_build_initiatief(plan_ctx *c)
{
	pt_plan_groepen ini = c->initiators;
	if (!ini) {
		const char *who = pt_get_str(c->d, "voorstel.initiatiefnemer");
		ini = who && plan_groep(who) ? plan_groep(who) : plan_groep("inwoners");
		/* Residents' initiative: the residents on the list (young people,
		 * tenants...) are the initiators, not an abstract "inwoners". */
		if (ini == plan_groep("inwoners"))
			ini |= c->deelnemers & ~c->p->s.organisaties;
	}
	c->top = c->trede;
	for (size_t wi = 0; wi < c->p->nw; wi++) {
		const pt_plan_werkvorm *w = &c->p->w[wi];
		int moment = 0;
		while (moment < PT_PLAN_NMOMENTEN && !(w->momenten >> moment & 1))
			moment++;
		/* Whom the role's work is for: the initiators, the people around them, or both. */
		pt_plan_groepen voor = (w->rollen >> PT_PLAN_ROL_INITIATIEFNEMER & 1 ? ini : 0) |
				       (w->rollen >> PT_PLAN_ROL_DEELNEMER & 1 ? c->deelnemers | plan_site_neighbours(c) : 0);
		if (w->soort == PT_PLAN_SOORT_ROL && (w->treden >> c->trede & 1) && (w->schalen >> c->schaal & 1))
			add_act(c, (int)wi, moment, c->trede, w->bereik & voor);
	}
	pt_plan_groepen orgs = (c->partners | c->deelnemers) & c->p->s.organisaties;
	if (c->trede == PT_PLAN_NBURGER + 1 && orgs)	/* regisseren: the parties at one table */
		cover(c, orgs, c->trede, PT_PLAN_MOMENT_TIJDENS, (1u << PT_PLAN_ROL_PARTNER) | (1u << PT_PLAN_ROL_OVERHEID), 1, 1);
	process_rows(c);
	if (c->deelnemers && c->trede != PT_PLAN_TREDE_LOSLATEN) {
		pt_buf g = PT_BUF_INIT;
		plan_groep_text(c, c->deelnemers, &g);
		plan_open_point(c, 1, plan_tx(c, "The initiator involves the surroundings and reports on it (Or 7.4): %s. Check it in the participation plan and the report."),
			   pt_buf_str(&g));
		pt_buf_free(&g);
	}
}
