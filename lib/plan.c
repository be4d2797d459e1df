/* The plan of one dossier: from the strategy's steps per stakeholder group
 * to werkvormen chosen by fit, fixed process work, legal procedures, a
 * timeline, hours and euros, open points and similar past cases.  All
 * figures are integers (hours, cents, euros), so the totals are exactly
 * the sums of the activities. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "plan_priv.h"
#include "thema.h"

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
	return json_pack("{s:s, s:s}", "werkvorm", c->p->w[wi].id, "naam", plan_naam_of(c, wi));
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
		    !plan_suits(c, (int)wi, a->trede, a->moment, rollen, a->partner))
			continue;
		long k = plan_cost_for(c, (int)wi, a->groepen, a->moment);
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

static const char *moment_code[] = {"voorbereiding", "start", "tijdens", "besluit", "terugkoppeling"};
static const char *vorm_code[] = {"fysiek", "online", "beide", "schriftelijk", "intern"};
static const char *soort_code[] = {"werkvorm", "proces", "procedure", "rol"};

/* An activity only with partners, other authorities or the council is
 * overleg: costed in the plan, never participation (soort "overleg"). */
static const char *activity_soort(const plan_ctx *c, const act *a)
{
	if (a->partner && a->groepen && !(a->groepen & ~c->partners))
		return "overleg";
	return soort_code[c->p->w[a->w].soort];
}
_Static_assert(sizeof moment_code / sizeof *moment_code == PT_PLAN_NMOMENTEN, "a code per moment");

/* datum: the day of the activity, base + 7 * week (base < 0: no dates). */
static json_t *activity_json(plan_ctx *c, const act *a, long base, long *day)
{
	const pt_plan_werkvorm *w = &c->p->w[a->w];
	json_t *o = json_object();
	json_object_set_new(o, "werkvorm", json_string(w->id));
	json_object_set_new(o, "naam", json_string(plan_naam_of(c, a->w)));
	json_object_set_new(o, "soort", json_string(activity_soort(c, a)));
	json_object_set_new(o, "moment", json_string(moment_code[a->moment]));
	json_object_set_new(o, "trede", json_string(pt_plan_trede_code(a->trede)));
	json_object_set_new(o, "doelgroepen", groep_list(a->groepen));
	json_object_set_new(o, "week", json_integer(a->week));
	*day = base >= 0 ? base + 7L * a->week : -1;
	if (*day >= 0) {
		char date[64];
		plan_date_str(*day, date, sizeof date);
		json_object_set_new(o, "datum", json_string(date));
	}
	json_object_set_new(o, "vorm", json_string(vorm_code[w->vorm]));
	json_object_set_new(o, "deelnemers", json_integer(a->deelnemers));
	json_object_set_new(o, "uren", json_integer(a->uren));
	json_object_set_new(o, "kostenEur", json_integer(plan_euros(a->cents)));
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
	long uren = 0, eur = plan_total_eur(c);
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
			       plan_tx(c, "Similar projects overran their hours by %ld%% and their costs by %ld%%: expect %ld hours and €%s instead of %ld hours and €%s."),
			       pu, pk, bu, plan_fmt_eur(a, sizeof a, bk, c->lang), uren, plan_fmt_eur(b, sizeof b, eur, c->lang));
		if (has_budget && eur <= budget_eur && bk > budget_eur)
			pt_melding_add(c->d, PT_WAARSCHUWING, "plan-bijgesteld-boven-budget", "plan.totaal.bijgesteld",
				       BRON, plan_tx(c, "With the overrun of similar projects (€%s) the plan no longer fits the budget of €%s."),
				       plan_fmt_eur(a, sizeof a, bk, c->lang), plan_fmt_eur(b, sizeof b, budget_eur, c->lang));
	}
	return t;
}

static void plan_points(plan_ctx *c, long base, int has_budget)
{
	char eur[32];
	long total = plan_total_eur(c);
	if (base >= 0)
		c->filled++;
	else
		plan_open_point(c, 1, plan_tx(c, "Set the date of the decision (voorstel.datumBesluit): the weeks in this plan count back from it."));
	if (c->na == 0)
		return;
	if (has_budget)
		c->filled++;
	else
		plan_open_point(c, 1, plan_tx(c, "Set a budget for the participation; this plan costs €%s."),
			   plan_fmt_eur(eur, sizeof eur, total, c->lang));
	plan_open_point(c, 1, plan_tx(c, "Have the estimate of €%s approved by the budget holder."),
		   plan_fmt_eur(eur, sizeof eur, total, c->lang));
	/* The rate as given, cents and all: 82,50 is not 83. */
	pt_fmt_fixed(eur, sizeof eur, c->p->s.uurtarief, 100, c->lang);
	if (c->werkvormen_standaard)
		plan_open_point(c, 1, plan_tx(c, "Check the hours and costs: they are defaults with no public source (hourly rate €%s)."),
			   eur);
	else if (c->p->s.uurtarief_standaard)
		plan_open_point(c, 1, plan_tx(c, "Check the hourly rate of €%s: a default with no public source."),
			   eur);
}

/* Each activity with people leaves its date, its place and its leader to
 * a person; a letter or memo its date and its writer. */
static void activity_points(plan_ctx *c)
{
	static const char *where[] = {"a venue", "a platform", "a venue and a platform"};
	for (size_t k = 0; k < c->na; k++) {
		const pt_plan_werkvorm *w = &c->p->w[c->a[k].w];
		const char *naam = plan_naam_of(c, c->a[k].w);
		c->filled += 4;	/* werkvorm, doelgroepen, week, uren en kosten */
		long n = plan_parties(c, c->a[k].groepen), planned = plan_party_sessions(c, w, c->a[k].groepen);
		if (w->per_partij && planned < n)
			plan_open_point(c, 1, plan_tx(c, "%s (week %ld): there are %ld parties, %ld talks are planned (the werkvorm's maximum); choose with whom, or choose the steering table."),
				   naam, c->a[k].week, n, planned);
		if (w->vorm == PT_PLAN_VORM_INTERN)
			continue;
		if (w->vorm == PT_PLAN_VORM_SCHRIFTELIJK)
			plan_open_point(c, 2, plan_tx(c, "%s (week %ld): choose the date and who writes it."),
				   naam, c->a[k].week);
		else
			plan_open_point(c, 3, plan_tx(c, "%s (week %ld): choose the date and time, %s and who leads it."),
				   naam, c->a[k].week, plan_tx(c, where[w->vorm]));
	}
}

/* ---- reading the dossier ---------------------------------------------------- */

static int enum_at(const json_t *d, const char *path, const pt_vocab *v, pt_loc loc, int *out,
		   pt_error *err)
{
	return pt_vocab_at(v, pt_get(d, path), path, loc, out, err);
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
		*out = plan_groep("inwoners");
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

/* The strategy's step must be delivered: where no participant has it
 * (the per-stakeholder steps lag behind a step the user or the budget
 * set), the residents at the highest step below it are raised to it, or
 * every group there when none are residents, and it is said. */
static void raise_to_step(plan_ctx *c)
{
	int t = c->trede, below = t - 1;
	if (c->ladder != 0 || !c->participatie || t <= PT_PLAN_TREDE_INFORMEREN || t >= PT_PLAN_NBURGER || c->step0[t])
		return;
	/* Residents first: a step is theirs to take, organisations advise. */
	int res = below;
	while (res >= 0 && !(c->step0[res] & ~c->p->s.organisaties))
		res--;
	while (below >= 0 && !c->step0[below])
		below--;
	if (below < 0)
		return;
	pt_plan_groepen g = res >= 0 ? c->step0[res] & ~c->p->s.organisaties : c->step0[below];
	below = res >= 0 ? res : below;
	c->step0[below] &= ~g;
	c->step0[t] |= g;
	pt_buf b = PT_BUF_INIT;
	plan_groep_text(c, g, &b);
	pt_melding_add(c->d, PT_INFO, "plan-trede-waargemaakt", "strategie.trede", BRON,
		       plan_tx(c, "The strategy chooses step %s, but no stakeholder has it: %s get step %s, so that a werkvorm delivers it."),
		       plan_trede_label(c, t), pt_buf_str(&b), plan_trede_label(c, t));
	pt_buf_free(&b);
}

struct topic_ctx {
	plan_ctx *c;
	pt_plan_groepen listed, add;
};

static void topic_need(const pt_thema_need *n, void *ctx)
{
	struct topic_ctx *t = ctx;
	pt_plan_groepen g = plan_groep(pt_v_groep.terms[n->first].code);
	if (pt_rol_of_groep(n->first) != PT_ROL_DEELNEMER)
		return;
	t->c->thema_groepen |= g;
	if (n->moeilijk && !(n->mask & t->listed))
		t->add |= g;
}

/* The hard-to-reach groups the matter's topics touch (thema-groepen.csv,
 * moeilijk ja) that the list lacks: pt-stakeholders flags them, and
 * flagging is not enough: "the group the evening is about is the one not
 * on the list" (dialoogisch.nl); they do not come by themselves.  Where
 * the plan asks residents for input (groepen.bewoners) they are asked at
 * the lowest step residents have (plan_build_burger), and it is said
 * (shared/domain.md, 'Who is affected'); a tight budget leaves them out
 * before it lowers the step. */
static void topic_groups(plan_ctx *c, pt_plan_groepen listed)
{
	struct topic_ctx t = {c, listed, 0};
	pt_plan_groepen asked = 0;
	for (int k = PT_PLAN_TREDE_RAADPLEGEN; k < PT_PLAN_NBURGER; k++)
		asked |= c->step0[k];
	if (c->ladder != 0 || !c->themas)
		return;
	pt_thema_needs(c->p->thema, c->themas, topic_need, &t);
	/* Only where residents are asked: a tax on businesses asks no one at home. */
	if (!t.add || !(asked & c->p->s.bewoners))
		return;
	/* At the lowest step where residents give input, so the plan gains no step of its own. */
	int step = PT_PLAN_TREDE_RAADPLEGEN;
	while (step < PT_PLAN_NBURGER - 1 && !(c->step0[step] & c->p->s.bewoners))
		step++;
	c->topic = t.add, c->topic_step = step;
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
	raise_to_step(c);
	topic_groups(c, c->deelnemers | c->partners | c->initiators);
	if (!c->deelnemers && c->ladder == 0) {
		c->step0[c->trede < PT_PLAN_NBURGER ? c->trede : PT_PLAN_TREDE_INFORMEREN] |= plan_groep("inwoners");
		c->deelnemers = plan_groep("inwoners");
		if (json_array_size(list) == 0)
			plan_open_point(c, 1, plan_tx(c, "There are no stakeholders: the plan assumes residents. Make the stakeholder analysis (pt-stakeholders)."));
	}
	return 0;
}

/* A weighty matter: high impact with wide room, while the choice is still
 * being shaped (agendavorming, beleidsvoorbereiding).  Such a process
 * runs in rounds: a first while the solution is open, a second on the
 * variants (pt-plan(1), Hours and euros). */
static int weighty(const plan_ctx *c)
{
	const char *impact = pt_get_str(c->d, "voorstel.impact"), *ruimte = pt_get_str(c->d, "voorstel.beleidsruimte");
	return !c->spoed && c->ladder != 1 && impact && pt_fold_eq(impact, "hoog") && ruimte && pt_fold_eq(ruimte, "ruim") &&
	       (c->fase < 0 || c->fase < UITVOERING - 1);
}

/* The topics of the dossier: those given (voorstel.thema) and those the
 * strategy recognised (strategie.themas), as a mask over pt_v_thema. */
static unsigned topics(const plan_ctx *c)
{
	const char *paths[] = {"voorstel.thema", "strategie.themas"};
	unsigned m = 0;
	for (int k = 0; k < 2; k++) {
		json_t *v;
		size_t i;
		json_array_foreach(pt_get(c->d, paths[k]), i, v) {
			int t = pt_vocab_index(&pt_v_thema, json_string_value(v));
			if (t >= 0 && t < 32)
				m |= 1u << t;
		}
	}
	return m;
}

/* Without a beleidsfase, a title that says it evaluates (a word of
 * woorden.evaluatie) puts the plan in the evaluation phase: evaluating
 * policy is a participation phase of its own (Gemeentewet art. 150). */
static int evaluates(const plan_ctx *c)
{
	const char *titel = pt_get_str(c->d, "voorstel.titel");
	char words[512];
	snprintf(words, sizeof words, "%s", c->p->s.evaluatie ? c->p->s.evaluatie : "");
	for (char *save = NULL, *w = strtok_r(words, ";", &save); titel && w; w = strtok_r(NULL, ";", &save))
		if (*w && plan_holds_part(titel, w))
			return 1;
	return 0;
}

static int read_context(plan_ctx *c, const json_t *strategie, pt_loc loc, pt_error *err)
{
	json_t *pv = json_object_get(strategie, "participatie");
	if (enum_at(c->d, "voorstel.locatie.schaal", &pt_v_schaal, loc, &c->schaal, err) ||
	    enum_at(c->d, "voorstel.beleidsfase", &pt_v_beleidsfase, loc, &c->fase, err) ||
	    enum_at(c->d, "voorstel.soort", &pt_v_soort, loc, &c->soort, err) ||
	    enum_at(c->d, "voorstel.instrument", &pt_v_instrument, loc, &c->instrument, err) ||
	    enum_at(c->d, "voorstel.impact", &pt_v_impact, loc, &c->impact, err) ||
	    enum_at(c->d, "strategie.ladder", &pt_v_ladder, loc, &c->ladder, err) ||
	    trede_of(json_object_get(strategie, "trede"), "strategie.trede", loc, &c->trede, err) ||
	    trede_of(pt_get(c->d, "strategie.vervolg.trede"), "strategie.vervolg.trede", loc, &c->vervolg, err))
		return -1;
	c->instrument = pt_instrument_of(c->instrument, c->soort);
	if (enum_at(c->d, "strategie.kenmerken.instrument", &pt_v_instrument, loc, &c->kind, err))
		return -1;
	if (c->kind < 0)
		c->kind = c->instrument;
	if (enum_at(c->d, "strategie.kenmerken.zeggenschap", &pt_v_zeggenschap, loc, &c->zeggenschap, err))
		return -1;
	c->themas = topics(c);
	if (c->fase < 0 && evaluates(c))
		c->fase = pt_vocab_index(&pt_v_beleidsfase, "evaluatie");
	if (pv && !json_is_boolean(pv))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("strategie.participatie: expected true or false"));
	c->participatie = pv ? json_is_true(pv) : c->trede >= 0;
	c->spoed = json_is_true(pt_get(c->d, "voorstel.spoed"));
	c->rondes = weighty(c) && c->p->s.rondes_zwaar > 1 ? c->p->s.rondes_zwaar : 1;
	if (c->ladder < 0)
		c->ladder = c->trede >= PT_PLAN_NBURGER ? 1 : 0;
	if (c->schaal < 0) {
		c->schaal = WIJK;
		pt_melding_add(c->d, PT_WAARSCHUWING, "plan-schaal-onbekend", "voorstel.locatie.schaal", BRON, "%s",
		     plan_tx(c, "The scale is missing: the plan assumes a district. Fill in voorstel.locatie.schaal."));
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
		*budget_eur = plan_euros(c->p->o.budget);
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
			       plan_tx(c, "There is no strategy with a step: choose the ladder and step first (pt-strategy), then the plan follows."));
		plan_open_point(c, 1, plan_tx(c, "Choose the ladder and step (pt-strategy)."));
	} else {
		if (c->trede < 0)
			c->trede = PT_PLAN_TREDE_INFORMEREN;
		if (read_groups(c, strategie, loc, err)) {
			json_decref(budget);
			return err->status;
		}
		c->open_base = json_array_size(c->open), c->todo_base = c->todo;
		c->cap = MEEBESLISSEN;
		plan_build(c);
		if (has_budget)
			plan_fit_budget(c, budget_eur);
	}
	long base = plan_base(c, besluit, &voorzien), first = -1, last = -1, day;
	plan_avoid_holidays(c, base);
	json_t *acts = json_array();
	for (size_t k = 0; k < c->na; k++) {
		json_array_append_new(acts, activity_json(c, &c->a[k], base, &day));
		if (day >= 0 && (first < 0 || day < first))
			first = day;
		if (day > last)
			last = day;
	}
	plan_flush_notes(c);
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
		plan_date_str(first, date, sizeof date);
		json_object_set_new(plan, "start", json_string(date));
		plan_date_str(last, date, sizeof date);
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
	c->p = p, c->d = d, c->lang = p->o.lang;
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
