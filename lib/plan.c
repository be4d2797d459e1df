/* The plan of one dossier: from the strategy's steps per stakeholder group
 * to werkvormen, weeks before the decision, hours and euros, open points
 * and similar past cases.  All figures are integers (hours, cents, euros),
 * so the totals are exactly the sums of the activities. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "plan.h"

#define BRON "pt-plan"
#define L(nl, en) (c->lang ? (en) : (nl))
#define MAXACT 96
#define NGROEP 17		/* entries in pt_v_groep */
#define INWONERS 0		/* pt_v_groep index of inwoners */
#define WIJK 2			/* pt_v_schaal index assumed without a schaal */
#define INFORMEREN 0		/* step index of informeren */

typedef struct act {
	int w, moment, trede, week;
	unsigned groepen;	/* doelgroepen, bits over pt_v_groep */
	long deelnemers, uren, cents;
	int was;		/* werkvorm before a budget swap, -1 if none */
	long was_eur, was_deelnemers;
} act;

/* What one dossier's plan is made of while it is built. */
typedef struct plan_ctx {
	const pt_plan *p;
	json_t *d;
	int lang;
	int schaal, fase, soort, ladder, trede;
	unsigned step_groepen[PT_PLAN_NTREDEN];
	act a[MAXACT];
	int na;
	json_t *open;		/* openPunten */
	int filled, todo;	/* items for gereedheid */
	int standaard;		/* a default figure was used */
	int werkvormen_standaard;	/* ... in the catalogue rows used */
} plan_ctx;

static int popcount(unsigned x)
{
	int n = 0;
	for (; x; x &= x - 1)
		n++;
	return n;
}

static long euros(long cents)
{
	return (cents + 50) / 100;
}

/* Whole euros as "1.234" in Dutch, "1,234" in English. */
static const char *fmt_eur(char *buf, size_t n, long eur, int lang)
{
	return pt_fmt_fixed(buf, n, eur, 1, lang);
}

static void open_point(plan_ctx *c, int items, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void open_point(plan_ctx *c, int items, const char *fmt, ...)
{
	char text[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	json_array_append_new(c->open, json_string(text));
	c->todo += items;
}

/* ---- choosing werkvormen -------------------------------------------------- */

static long participants(const pt_plan *p, const pt_werkvorm *w, int schaal)
{
	long n = p->bereik[schaal];
	if (w->max && n > w->max)
		n = w->max;
	return n < w->min ? w->min : n;
}

/* Hours are rounded up to whole hours per activity; the cost follows. */
static void figures(const pt_plan *p, int wi, int schaal, act *a)
{
	const pt_werkvorm *w = &p->w[wi];
	a->uren = (w->voorbereiding + w->sessies * w->per_sessie + 9) / 10;
	a->deelnemers = participants(p, w, schaal);
	a->cents = a->uren * p->uurtarief + w->vast + w->per_deelnemer * a->deelnemers;
}

static long cost_of(const plan_ctx *c, int wi)
{
	act a;
	figures(c->p, wi, c->schaal, &a);
	return a.cents;
}

/* Does werkvorm wi serve this step at this moment, schaal and fase, with
 * enough people at this schaal to fill it? */
static int suits(const plan_ctx *c, int wi, int trede, int moment)
{
	const pt_werkvorm *w = &c->p->w[wi];
	return (w->treden >> trede & 1) && (w->momenten >> moment & 1) &&
	       (w->schalen >> c->schaal & 1) && (c->fase < 0 || (w->fasen >> c->fase & 1)) &&
	       c->p->bereik[c->schaal] >= w->min;
}

/* The cheapest suitable werkvorm that reaches group g well; without one,
 * the cheapest that suits at all (*reached 0).  -1 if nothing suits. */
static int cheapest_for(const plan_ctx *c, int g, int trede, int moment, int *reached)
{
	int best = -1, best_r = 0;
	long best_cost = 0;
	for (size_t wi = 0; wi < c->p->nw; wi++) {
		if (!suits(c, (int)wi, trede, moment))
			continue;
		int r = (c->p->w[wi].bereik >> g) & 1;
		long cost = cost_of(c, (int)wi);
		if (best < 0 || r > best_r || (r == best_r && cost < best_cost))
			best = (int)wi, best_r = r, best_cost = cost;
	}
	*reached = best_r;
	return best;
}

/* Drop a picked werkvorm whose groups the others of the same step reach
 * well too: one activity that covers is cheaper than two. */
static int prune(const plan_ctx *c, act *set, int n)
{
	for (int changed = 1; changed && n > 1;) {
		changed = 0;
		int drop = -1;
		for (int i = 0; i < n; i++) {
			unsigned others = 0;
			for (int k = 0; k < n; k++)
				if (k != i)
					others |= c->p->w[set[k].w].bereik;
			if ((set[i].groepen & ~others) == 0 &&
			    (drop < 0 || set[i].cents > set[drop].cents))
				drop = i;
		}
		if (drop < 0)
			break;
		unsigned g = set[drop].groepen;
		set[drop] = set[--n];
		for (int k = 0; k < n && g; k++) {
			unsigned mine = g & c->p->w[set[k].w].bereik;
			set[k].groepen |= mine;
			g &= ~mine;
		}
		changed = 1;
	}
	return n;
}

/* A werkvorm as people know it, in the plan's language. */
static const char *naam_of(const plan_ctx *c, int wi)
{
	return pt_plan_werkvorm_naam(c->p, wi, c->lang);
}

static const char *groep_label(const plan_ctx *c, int g)
{
	return c->lang ? pt_v_groep.terms[g].en : pt_v_groep.terms[g].nl;
}

static const char *trede_label(const plan_ctx *c, int t)
{
	const pt_vocab *v = t < 5 ? &pt_v_burgertrede : &pt_v_overheidstrede;
	return c->lang ? v->terms[t % 5].en : v->terms[t % 5].nl;
}

/* Activities for groups at one step and moment: per group the cheapest
 * werkvorm that reaches it, merged and pruned.  Returns how many. */
static int choose(plan_ctx *c, unsigned groepen, int trede, int moment)
{
	act set[NGROEP];
	int n = 0, reached;
	for (int g = 0; g < NGROEP; g++) {
		if (!(groepen >> g & 1))
			continue;
		int wi = cheapest_for(c, g, trede, moment, &reached);
		if (wi < 0) {
			pt_melding_add(c->d, PT_WAARSCHUWING, "plan-geen-werkvorm", "plan.activiteiten",
				       BRON, L("Geen werkvorm in de catalogus past bij trede %s en schaal %s%s%s: kies er zelf een of vul de catalogus aan.",
					       "No werkvorm in the catalogue fits step %s and scale %s%s%s: choose one yourself or extend the catalogue."),
				       pt_plan_trede_code(trede), pt_v_schaal.terms[c->schaal].code,
				       c->fase >= 0 ? L(" in fase ", " in phase ") : "",
				       c->fase >= 0 ? pt_v_beleidsfase.terms[c->fase].code : "");
			open_point(c, 1, L("Kies een werkvorm voor trede %s: de catalogus heeft er geen die past.",
					   "Choose a werkvorm for step %s: the catalogue has none that fits."),
				   trede_label(c, trede));
			return 0;
		}
		if (!reached)
			open_point(c, 1, L("Geen werkvorm in de catalogus bereikt %s goed bij %s: zoek een eigen manier om hen te bereiken.",
					   "No werkvorm in the catalogue reaches %s well at %s: find your own way to reach them."),
				   groep_label(c, g), trede_label(c, trede));
		int k = 0;
		while (k < n && set[k].w != wi)
			k++;
		if (k == n) {
			memset(&set[n], 0, sizeof set[n]);
			set[n].w = wi, set[n].moment = moment, set[n].trede = trede, set[n].was = -1;
			figures(c->p, wi, c->schaal, &set[n]);
			n++;
		}
		set[k].groepen |= 1u << g;
	}
	n = prune(c, set, n);
	for (int k = 0; k < n && c->na < MAXACT; k++)
		c->a[c->na++] = set[k];
	return n;
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
		return pt_fail(err, PT_EXIT_DATA, loc, "%s: expected a text", path);
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
		return pt_fail(err, PT_EXIT_DATA, loc, "%s: expected a text", what);
	*out = pt_plan_trede_index(json_string_value(x));
	if (*out < 0)
		return pt_fail(err, PT_EXIT_DATA, loc,
			       "%s: unknown step '%s' (allowed: a step of either ladder, e.g. raadplegen, faciliteren)",
			       what, json_string_value(x));
	return 0;
}

/* The groups of one stakeholder: its groep and its tags. */
static int groepen_of(const json_t *s, size_t i, pt_loc loc, unsigned *out, pt_error *err)
{
	char what[64];
	json_t *t, *tags = json_object_get(s, "tags");
	size_t k;
	*out = 0;
	snprintf(what, sizeof what, "stakeholders[%zu].groep", i);
	const char *g = json_string_value(json_object_get(s, "groep"));
	if (g) {
		int gi = pt_vocab_index(&pt_v_groep, g);
		if (gi < 0 && (gi = pt_vocab_match(&pt_v_groep, g, what, loc, err)) < 0)
			return -1;
		*out |= 1u << gi;
	}
	snprintf(what, sizeof what, "stakeholders[%zu].tags", i);
	json_array_foreach(tags, k, t) {
		int gi = json_is_string(t) ? pt_vocab_index(&pt_v_groep, json_string_value(t)) : -1;
		if (gi < 0 && (gi = pt_vocab_match(&pt_v_groep, json_is_string(t) ? json_string_value(t) : "",
						   what, loc, err)) < 0)
			return -1;
		*out |= 1u << gi;
	}
	if (!*out)
		*out = 1u << INWONERS;
	return 0;
}

static const json_t *per_stakeholder(const json_t *strategie, const char *naam)
{
	json_t *v, *list = json_object_get(strategie, "perStakeholder");
	size_t i;
	json_array_foreach(list, i, v) {
		const char *n = json_string_value(json_object_get(v, "naam"));
		if (naam && n && strcmp(n, naam) == 0)
			return json_object_get(v, "trede");
	}
	return NULL;
}

/* Each stakeholder's step: the strategy's per-stakeholder step, else the
 * stakeholder's own (burgerparticipatie only), else the strategy's. */
static int read_groups(plan_ctx *c, const json_t *strategie, pt_loc loc, pt_error *err)
{
	json_t *s, *list = json_object_get(c->d, "stakeholders");
	size_t i;
	char what[64];
	json_array_foreach(list, i, s) {
		unsigned g;
		int t = -1;
		if (!json_is_object(s))
			return pt_fail(err, PT_EXIT_DATA, loc, "stakeholders[%zu]: expected an object", i);
		if (groepen_of(s, i, loc, &g, err))
			return -1;
		const json_t *per = per_stakeholder(strategie, json_string_value(json_object_get(s, "naam")));
		snprintf(what, sizeof what, "stakeholders[%zu].trede", i);
		if (per ? trede_of(per, "strategie.perStakeholder.trede", loc, &t, err)
			: c->ladder == 0 && trede_of(json_object_get(s, "trede"), what, loc, &t, err))
			return -1;
		c->step_groepen[t >= 0 ? t : c->trede] |= g;
	}
	/* The municipality's role on the overheidsparticipatie ladder is a role
	 * toward the initiators, whatever the steps of the people around them. */
	if (c->trede >= 5) {
		int g = pt_vocab_index(&pt_v_groep, pt_get_str(c->d, "voorstel.initiatiefnemer"));
		c->step_groepen[c->trede] |= 1u << (g >= 0 ? g : INWONERS);
	}
	if (json_array_size(list) == 0) {
		c->step_groepen[c->trede] |= 1u << INWONERS;
		open_point(c, 1, L("Er zijn geen stakeholders: het plan gaat uit van inwoners. Maak de stakeholderanalyse (pt-stakeholders).",
				   "There are no stakeholders: the plan assumes residents. Make the stakeholder analysis (pt-stakeholders)."));
	}
	return 0;
}

/* ---- the plan ---------------------------------------------------------------- */

static unsigned all_groepen(const plan_ctx *c, int from)
{
	unsigned g = 0;
	for (int t = from; t < PT_PLAN_NTREDEN; t++)
		g |= c->step_groepen[t];
	return g;
}

/* Informing at the start, each step's activities, feedback before the
 * decision (the ombudsman's rules); weeks counted back from the decision. */
static void build(plan_ctx *c, int participatie)
{
	const pt_plan *p = c->p;
	unsigned inbreng = participatie ? all_groepen(c, INFORMEREN + 1) : 0;
	int first = c->na;
	choose(c, all_groepen(c, 0), INFORMEREN, PT_MOMENT_START);
	int steps_from = c->na;
	long cursor = -p->wk_terugkoppeling - (inbreng ? p->wk_verwerking : 0);
	int nsteps = 0;
	for (int t = INFORMEREN + 1; inbreng && t < PT_PLAN_NTREDEN; t++)
		if (c->step_groepen[t])
			nsteps++;
	long week = cursor - (nsteps > 0 ? (nsteps - 1) * p->wk_tussen : 0);
	long earliest = nsteps ? week : -p->wk_terugkoppeling;
	for (int t = INFORMEREN + 1; inbreng && t < PT_PLAN_NTREDEN; t++) {
		if (!c->step_groepen[t])
			continue;
		int from = c->na;
		choose(c, c->step_groepen[t], t, PT_MOMENT_TIJDENS);
		for (int k = from; k < c->na; k++)
			c->a[k].week = (int)week;
		week += p->wk_tussen;
	}
	for (int k = first; k < steps_from; k++)
		c->a[k].week = (int)(earliest - p->wk_aankondiging);
	if (inbreng) {
		int from = c->na;
		choose(c, inbreng, INFORMEREN, PT_MOMENT_TERUGKOPPELING);
		for (int k = from; k < c->na; k++)
			c->a[k].week = (int)-p->wk_terugkoppeling;
	}
}

static long total_eur(const plan_ctx *c)
{
	long sum = 0;
	for (int k = 0; k < c->na; k++)
		sum += euros(c->a[k].cents);
	return sum;
}

/* Say what a budget swap cost in reach; merged: the activity was folded
 * into another with the new werkvorm, so all of its cost was saved. */
static void swap_melding(plan_ctx *c, const act *a, int merged)
{
	char eur[32], lost[512];
	const pt_werkvorm *old = &c->p->w[a->was], *now = &c->p->w[a->w];
	unsigned g = a->groepen & old->bereik & ~now->bereik;
	size_t o = 0;
	lost[0] = '\0';
	for (int i = 0; i < NGROEP && o < sizeof lost; i++)
		if (g >> i & 1)
			o += (size_t)snprintf(lost + o, sizeof lost - o, "%s%s", o ? ", " : "",
					      groep_label(c, i));
	char fewer[128] = "";
	if (a->deelnemers != a->was_deelnemers)
		snprintf(fewer, sizeof fewer, L("; %ld in plaats van %ld deelnemers", "; %ld instead of %ld participants"),
			 a->deelnemers, a->was_deelnemers);
	pt_melding_add(c->d, PT_INFO, "plan-budget-vervangen", "plan.activiteiten", BRON,
		       L("Om binnen het budget te blijven is %s (week %d) vervangen door %s%s: bespaart € %s; %s%s%s.",
			 "To stay within the budget %s (week %d) was replaced by %s%s: saves €%s; %s%s%s."),
		       naam_of(c, a->was), a->week, naam_of(c, a->w),
		       merged ? L(", dat al in het plan stond", ", already in the plan") : "",
		       fmt_eur(eur, sizeof eur, a->was_eur - (merged ? 0 : euros(a->cents)), c->lang),
		       g ? L("bereikt minder goed: ", "reaches less well: ") : L("bereikt dezelfde groepen", "reaches the same groups"),
		       lost, fewer);
}

static void swap_meldingen(plan_ctx *c)
{
	for (int k = 0; k < c->na; k++)
		if (c->a[k].was >= 0)
			swap_melding(c, &c->a[k], 0);
}

/* The activity other than k with werkvorm wi at the same step and moment. */
static int same_slot(const plan_ctx *c, int k, int wi)
{
	for (int j = 0; j < c->na; j++)
		if (j != k && c->a[j].w == wi && c->a[j].trede == c->a[k].trede &&
		    c->a[j].moment == c->a[k].moment)
			return j;
	return -1;
}

/* Over budget: swap in the cheaper werkvorm that loses the fewest groups
 * reached well, then saves the most, until it fits or nothing is cheaper.
 * A swap to a werkvorm the step already has merges the two activities. */
static void fit_budget(plan_ctx *c, long budget_eur)
{
	while (total_eur(c) > budget_eur) {
		int bi = -1, bw = -1, bloss = 0;
		long bsave = 0;
		for (int k = 0; k < c->na; k++) {
			const act *a = &c->a[k];
			unsigned had = a->groepen & c->p->w[a->w].bereik;
			for (size_t wi = 0; wi < c->p->nw; wi++) {
				if ((int)wi == a->w || !suits(c, (int)wi, a->trede, a->moment))
					continue;
				long save = euros(a->cents) -
					    (same_slot(c, k, (int)wi) >= 0 ? 0 : euros(cost_of(c, (int)wi)));
				int loss = popcount(had & ~c->p->w[wi].bereik);
				if (save > 0 && (bi < 0 || loss < bloss || (loss == bloss && save > bsave)))
					bi = k, bw = (int)wi, bloss = loss, bsave = save;
			}
		}
		if (bi < 0)
			return;
		act *a = &c->a[bi];
		if (a->was < 0)
			a->was = a->w, a->was_eur = euros(a->cents), a->was_deelnemers = a->deelnemers;
		int j = same_slot(c, bi, bw);
		a->w = bw;
		figures(c->p, bw, c->schaal, a);
		if (j >= 0) {
			swap_melding(c, a, 1);
			c->a[j].groepen |= a->groepen;
			memmove(a, a + 1, (size_t)(c->na - bi - 1) * sizeof *a);
			c->na--;
		}
	}
}

static json_t *groep_list(unsigned g)
{
	json_t *arr = json_array();
	for (int i = 0; i < NGROEP; i++)
		if (g >> i & 1)
			json_array_append_new(arr, json_string(pt_v_groep.terms[i].code));
	return arr;
}

/* A werkvorm named for a machine (the id, to match on) and for a reader
 * (the name the activity itself would have): {"werkvorm", "naam"}. */
static json_t *werkvorm_ref(const plan_ctx *c, int wi)
{
	return json_pack("{s:s, s:s}", "werkvorm", c->p->w[wi].id, "naam", naam_of(c, wi));
}

/* One or two other werkvormen for the same step and moment: those that
 * reach most of the activity's groups, then the cheapest. */
static json_t *alternatives(const plan_ctx *c, const act *a)
{
	int pick[2] = {-1, -1}, miss[2] = {0, 0};
	long cost[2] = {0, 0};
	for (size_t wi = 0; wi < c->p->nw; wi++) {
		if ((int)wi == a->w || !suits(c, (int)wi, a->trede, a->moment))
			continue;
		int m = popcount(a->groepen & ~c->p->w[wi].bereik);
		long k = cost_of(c, (int)wi);
		for (int s = 0; s < 2; s++) {
			if (pick[s] < 0 || m < miss[s] || (m == miss[s] && k < cost[s])) {
				if (s == 0)
					pick[1] = pick[0], miss[1] = miss[0], cost[1] = cost[0];
				pick[s] = (int)wi, miss[s] = m, cost[s] = k;
				break;
			}
		}
	}
	json_t *arr = json_array();
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

static const char *moment_code[] = {"start", "tijdens", "terugkoppeling"};
static const char *vorm_code[] = {"fysiek", "online", "beide", "schriftelijk"};

static json_t *activity_json(plan_ctx *c, const act *a, long besluit)
{
	const pt_werkvorm *w = &c->p->w[a->w];
	json_t *o = json_object();
	json_object_set_new(o, "werkvorm", json_string(w->id));
	json_object_set_new(o, "naam", json_string(naam_of(c, a->w)));
	json_object_set_new(o, "moment", json_string(moment_code[a->moment]));
	json_object_set_new(o, "trede", json_string(pt_plan_trede_code(a->trede)));
	json_object_set_new(o, "doelgroepen", groep_list(a->groepen));
	json_object_set_new(o, "week", json_integer(a->week));
	if (besluit >= 0) {
		char date[64];
		date_str(besluit + 7L * a->week, date, sizeof date);
		json_object_set_new(o, "datum", json_string(date));
	}
	json_object_set_new(o, "vorm", json_string(vorm_code[w->vorm]));
	json_object_set_new(o, "deelnemers", json_integer(a->deelnemers));
	json_object_set_new(o, "uren", json_integer(a->uren));
	json_object_set_new(o, "kostenEur", json_integer(euros(a->cents)));
	json_object_set_new(o, "cijfers", json_string(w->standaard ? "standaard" : "eigen"));
	json_object_set_new(o, "alternatieven", alternatives(c, a));
	json_object_set_new(o, "collegas", colleagues(c, a->w));
	if (a->was >= 0) {
		unsigned lost = a->groepen & c->p->w[a->was].bereik & ~w->bereik;
		json_t *was = werkvorm_ref(c, a->was);
		json_object_set_new(was, "kostenEur", json_integer(a->was_eur));
		json_object_set_new(was, "deelnemers", json_integer(a->was_deelnemers));
		json_object_set_new(was, "minderBereik", groep_list(lost));
		json_object_set_new(o, "vervangt", was);
	}
	c->werkvormen_standaard |= w->standaard;
	c->standaard |= w->standaard;
	return o;
}

/* ---- similar cases -------------------------------------------------------- */

int pt_plan_similarity(const pt_plan *p, const pt_case *k, int ladder, int trede, int schaal,
		       int soort, const unsigned char *chosen)
{
	double s = 0;
	size_t inter = 0, mine = 0;
	int kl = k->ladder >= 0 ? k->ladder : k->trede >= 0 ? k->trede / 5 : -1;
	if (k->trede >= 0 && k->trede == trede)
		s += 16;
	if (kl >= 0 && kl == ladder)
		s += 8;
	if (k->schaal >= 0 && k->schaal == schaal)
		s += 4;
	if (k->soort >= 0 && k->soort == soort)
		s += 2;
	for (size_t i = 0; i < p->nw; i++) {
		mine += chosen[i] != 0;
		inter += chosen[i] && k->werkvormen[i];
	}
	size_t uni = mine + k->nwerkvormen - inter;
	if (uni)
		s += (double)inter / (double)uni;
	return (int)lround(s * 100.0 / 31.0);
}

static json_t *case_json(const pt_case *k, int sim)
{
	static const char *keys[] = {"id", "titel", "soort", "schaal", "ladder", "trede",
		"oordeel", "lessen", "gepland", "werkelijk", NULL};
	json_t *o = json_object();
	for (int i = 0; keys[i]; i++) {
		json_t *v = json_object_get(k->obj, keys[i]);
		if (v)
			json_object_set_new(o, keys[i], json_deep_copy(v));
		if (i == 5)
			json_object_set_new(o, "gelijkenis", json_integer(sim));
	}
	return o;
}

/* Up to three cases of the same ladder, most similar first; with them the
 * overrun of those that kept planned and actual figures. */
static json_t *similar(plan_ctx *c, double ratio[2], json_t **ids)
{
	const pt_plan *p = c->p;
	const char *self = pt_get_str(c->d, "voorstel.id");
	int best[3] = {-1, -1, -1}, score[3] = {0, 0, 0};
	unsigned char chosen[p->nw + 1];
	memset(chosen, 0, sizeof chosen);
	for (int k = 0; k < c->na; k++)
		chosen[c->a[k].w] = 1;
	for (size_t i = 0; i < p->ncases; i++) {
		const pt_case *k = &p->cases[i];
		int kl = k->ladder >= 0 ? k->ladder : k->trede >= 0 ? k->trede / 5 : -1;
		/* A rerun after evaluation finds the project itself in the archive. */
		if (kl != c->ladder || (self && strcmp(self, k->id) == 0))
			continue;
		int s = pt_plan_similarity(p, k, c->ladder, c->trede, c->schaal, c->soort, chosen);
		for (int r = 0; r < 3; r++) {
			if (best[r] < 0 || s > score[r] ||
			    (s == score[r] && strcmp(k->id, p->cases[best[r]].id) < 0)) {
				for (int m = 2; m > r; m--)
					best[m] = best[m - 1], score[m] = score[m - 1];
				best[r] = (int)i, score[r] = s;
				break;
			}
		}
	}
	json_t *arr = json_array();
	double plan[2] = {0, 0}, real[2] = {0, 0};
	*ids = json_array();
	for (int r = 0; r < 3 && best[r] >= 0; r++) {
		const pt_case *k = &p->cases[best[r]];
		json_array_append_new(arr, case_json(k, score[r]));
		int used = 0;
		for (int f = 0; f < 2; f++)
			if (k->gepland[f] > 0 && k->werkelijk[f] >= 0)
				plan[f] += k->gepland[f], real[f] += k->werkelijk[f], used = 1;
		if (used)
			json_array_append_new(*ids, json_string(k->id));
	}
	for (int f = 0; f < 2; f++)
		ratio[f] = plan[f] > 0 ? real[f] / plan[f] : 1;
	return arr;
}

/* ---- putting it together ---------------------------------------------------- */

/* Each activity leaves its date, its place and its leader to a person;
 * a letter or memo only its date and its writer. */
static void activity_points(plan_ctx *c)
{
	static const char *where_nl[] = {"een locatie", "een platform", "een locatie en een platform"};
	static const char *where_en[] = {"a venue", "a platform", "a venue and a platform"};
	for (int k = 0; k < c->na; k++) {
		const pt_werkvorm *w = &c->p->w[c->a[k].w];
		const char *naam = naam_of(c, c->a[k].w);
		if (w->vorm == PT_VORM_SCHRIFTELIJK)
			open_point(c, 2, L("%s (week %d): kies de datum en wie het schrijft.",
					   "%s (week %d): choose the date and who writes it."),
				   naam, c->a[k].week);
		else
			open_point(c, 3, L("%s (week %d): kies datum en tijd, %s en wie het leidt.",
					   "%s (week %d): choose the date and time, %s and who leads it."),
				   naam, c->a[k].week, c->lang ? where_en[w->vorm] : where_nl[w->vorm]);
		c->filled += 4;	/* werkvorm, doelgroepen, week, uren en kosten */
	}
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
	for (int k = 0; k < c->na; k++)
		uren += c->a[k].uren;
	c->standaard |= c->p->uurtarief_standaard;
	json_t *t = json_pack("{s:I, s:I, s:o, s:s}", "uren", (json_int_t)uren,
			      "kostenEur", (json_int_t)eur, "uurtarief", rate_json(c->p->uurtarief),
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
			       L("Vergelijkbare projecten liepen %ld%% uit in uren en %ld%% in kosten: reken op %ld uur en € %s in plaats van %ld uur en € %s.",
				 "Similar projects overran their hours by %ld%% and their costs by %ld%%: expect %ld hours and €%s instead of %ld hours and €%s."),
			       pu, pk, bu, fmt_eur(a, sizeof a, bk, c->lang), uren, fmt_eur(b, sizeof b, eur, c->lang));
		if (has_budget && eur <= budget_eur && bk > budget_eur)
			pt_melding_add(c->d, PT_WAARSCHUWING, "plan-bijgesteld-boven-budget", "plan.totaal.bijgesteld",
				       BRON, L("Met de uitloop van vergelijkbare projecten (€ %s) past het plan niet meer in het budget van € %s.",
					       "With the overrun of similar projects (€%s) the plan no longer fits the budget of €%s."),
				       fmt_eur(a, sizeof a, bk, c->lang), fmt_eur(b, sizeof b, budget_eur, c->lang));
	}
	return t;
}

static void plan_points(plan_ctx *c, long besluit, int has_budget, long budget_eur)
{
	char eur[32];
	long total = total_eur(c);
	if (besluit >= 0)
		c->filled++;
	else
		open_point(c, 1, L("Leg de datum van het besluit vast (voorstel.datumBesluit): de weken in dit plan tellen terug vanaf die datum.",
				   "Set the date of the decision (voorstel.datumBesluit): the weeks in this plan count back from it."));
	if (c->na == 0)
		return;
	if (has_budget)
		c->filled++;
	else
		open_point(c, 1, L("Stel een budget voor de participatie vast; dit plan kost € %s.",
				   "Set a budget for the participation; this plan costs €%s."),
			   fmt_eur(eur, sizeof eur, total, c->lang));
	open_point(c, 1, L("Laat de begroting van € %s goedkeuren door de budgethouder.",
			   "Have the estimate of €%s approved by the budget holder."),
		   fmt_eur(eur, sizeof eur, total, c->lang));
	if (has_budget && total > budget_eur) {
		char b[32];
		pt_melding_add(c->d, PT_WAARSCHUWING, "plan-budget-overschreden", "plan.totaal.kostenEur", BRON,
			       L("Het plan kost € %s en past niet in het budget van € %s, ook niet met de goedkoopste werkvormen: verhoog het budget of kies een lagere trede.",
				 "The plan costs €%s and does not fit the budget of €%s, even with the cheapest werkvormen: raise the budget or choose a lower step."),
			       fmt_eur(eur, sizeof eur, total, c->lang), fmt_eur(b, sizeof b, budget_eur, c->lang));
		open_point(c, 1, L("Het plan past niet in het budget: verhoog het budget of schrap activiteiten.",
				   "The plan does not fit the budget: raise the budget or drop activities."));
	}
	/* The rate as given, cents and all: 82,50 is not 83. */
	pt_fmt_fixed(eur, sizeof eur, c->p->uurtarief, 100, c->lang);
	if (c->werkvormen_standaard)
		open_point(c, 1, L("Controleer de uren en kosten: het zijn standaardwaarden zonder openbare bron (uurtarief € %s).",
				   "Check the hours and costs: they are defaults with no public source (hourly rate €%s)."),
			   eur);
	else if (c->p->uurtarief_standaard)
		open_point(c, 1, L("Controleer het uurtarief van € %s: een standaardwaarde zonder openbare bron.",
				   "Check the hourly rate of €%s: a default with no public source."),
			   eur);
}

static void timing_check(plan_ctx *c, long besluit)
{
	int first = 0;
	char date[64];
	for (int k = 0; k < c->na; k++)
		if (c->a[k].week < first)
			first = c->a[k].week;
	if (besluit < 0 || c->na == 0 || besluit + 7L * first >= c->p->o.today)
		return;
	date_str(besluit + 7L * first, date, sizeof date);
	pt_melding_add(c->d, PT_WAARSCHUWING, "plan-te-krap", "plan.activiteiten", BRON,
		       L("Het plan begint op %s, en die datum is al voorbij: schuif het besluit op of maak de planning korter.",
			 "The plan starts on %s, which has already passed: move the decision or shorten the timeline."),
		       date);
}

static int read_context(plan_ctx *c, const json_t *strategie, pt_loc loc, int *participatie,
			pt_error *err)
{
	json_t *pv = json_object_get(strategie, "participatie");
	if (enum_at(c->d, "voorstel.locatie.schaal", &pt_v_schaal, loc, &c->schaal, err) ||
	    enum_at(c->d, "voorstel.beleidsfase", &pt_v_beleidsfase, loc, &c->fase, err) ||
	    enum_at(c->d, "voorstel.soort", &pt_v_soort, loc, &c->soort, err) ||
	    enum_at(c->d, "strategie.ladder", &pt_v_ladder, loc, &c->ladder, err) ||
	    trede_of(json_object_get(strategie, "trede"), "strategie.trede", loc, &c->trede, err))
		return -1;
	if (pv && !json_is_boolean(pv))
		return pt_fail(err, PT_EXIT_DATA, loc, "strategie.participatie: expected true or false");
	*participatie = pv ? json_is_true(pv) : c->trede >= 0;
	if (c->ladder < 0)
		c->ladder = c->trede >= 5 ? 1 : 0;
	if (c->schaal < 0) {
		c->schaal = WIJK;
		pt_melding_add(c->d, PT_WAARSCHUWING, "plan-schaal-onbekend", "voorstel.locatie.schaal", BRON,
			       "%s", L("De schaal ontbreekt: het plan gaat uit van een wijk. Vul voorstel.locatie.schaal in.",
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
			       "voorstel.budget: %g is too large: a budget is below %.0f euros", v,
			       PT_AMOUNT_MAX);
	else if (json_is_number(b) && v >= 0)
		*budget_eur = lround(v);
	else
		return 0;
	*out = json_integer(*budget_eur);
	return 0;
}

int pt_plan_apply(const pt_plan *p, json_t *d, pt_loc loc, pt_error *err)
{
	plan_ctx *c = pt_xmalloc(sizeof *c);
	memset(c, 0, sizeof *c);
	c->p = p, c->d = d, c->lang = p->o.lang;
	c->open = json_array();
	pt_meldingen_clear(d, BRON);
	/* Hold the plan's place before meldingen added now, as the pipeline orders them. */
	if (!json_object_get(d, "plan"))
		pt_section_set(d, "plan", json_null());
	json_t *strategie = json_object_get(d, "strategie");
	int participatie = 0, rc = 0;
	long budget_eur = 0, besluit = pt_date_days(pt_get_str(d, "voorstel.datumBesluit"));
	if (read_context(c, strategie, loc, &participatie, err)) {
		rc = err->status;
		goto out;
	}
	json_t *budget;
	if (budget_of(c, loc, &budget_eur, &budget, err)) {
		rc = err->status;
		goto out;
	}
	int has_budget = !json_is_null(budget);
	if (!json_is_object(strategie) || (participatie && c->trede < 0)) {
		pt_melding_add(d, PT_WAARSCHUWING, "plan-geen-strategie", "strategie", BRON, "%s",
			       L("Er is geen strategie met een trede: kies eerst ladder en trede (pt-strategy), dan volgt het plan.",
				 "There is no strategy with a step: choose the ladder and step first (pt-strategy), then the plan follows."));
		open_point(c, 1, L("Kies ladder en trede (pt-strategy).", "Choose the ladder and step (pt-strategy)."));
	} else {
		if (c->trede < 0)
			c->trede = INFORMEREN;
		if (read_groups(c, strategie, loc, err)) {
			json_decref(budget);
			rc = err->status;
			goto out;
		}
		build(c, participatie);
		if (has_budget)
			fit_budget(c, budget_eur);
		swap_meldingen(c);
	}
	json_t *acts = json_array();
	for (int k = 0; k < c->na; k++)
		json_array_append_new(acts, activity_json(c, &c->a[k], besluit));
	double ratio[2] = {1, 1};
	json_t *ids = NULL;
	json_t *verg = similar(c, ratio, &ids);
	json_t *tot = totals(c, budget_eur, has_budget, ratio, ids);
	json_decref(ids);
	activity_points(c);
	plan_points(c, besluit, has_budget, budget_eur);
	timing_check(c, besluit);
	int items = c->filled + c->todo;
	json_t *plan = json_pack("{s:o, s:o, s:o, s:o, s:i, s:o}", "activiteiten", acts, "totaal", tot,
				 "budget", budget, "openPunten", c->open,
				 "gereedheid", items && c->na ? c->filled * 100 / items : 0, "vergelijkbaar", verg);
	c->open = NULL;
	pt_section_set(d, "plan", plan);
out:
	json_decref(c->open);
	free(c);
	return rc;
}
