/* The timeline of a plan, counted back from the decision or forward from
 * today, and the budget fit that builds the plan anew at each lower reach. */
#include <stdlib.h>
#include <string.h>
#include "plan_priv.h"

/* ---- the timeline ------------------------------------------------------------ */

static int input_act(const plan_ctx *c, const act *a)
{
	int s = c->p->w[a->w].soort;
	return a->moment == PT_PLAN_MOMENT_TIJDENS && !a->vervolg && !a->partner &&
	       (s == PT_PLAN_SOORT_WERKVORM || s == PT_PLAN_SOORT_ROL);
}

/* The weeks of each part of the timeline before the decision. */
typedef struct durations {
	long ontwerp, aank, stap, verwerking, besluitvorming;
} durations;

static long floor_div7(long x)
{
	return x >= 0 ? x / 7 : -((-x + 6) / 7);
}

static long dur_total(const durations *d, long steps, long procedures)
{
	return d->ontwerp + d->aank + (steps ? steps * d->stap + d->verwerking : 0) + procedures + d->besluitvorming;
}

/* A part between its minimum and its usual length: the minimum plus the
 * same share of the difference for every part, rounded down. */
static long squeeze(long usual, long least, long room, long span)
{
	if (least > usual)
		least = usual;
	return least + (usual - least) * room / span;
}

/* Weeks left before the decision, -1 when the plan does not count back
 * from it (no date, urgent, or a decision already taken). */
static long weeks_left(const plan_ctx *c)
{
	long besluit = pt_date_days(pt_get_str(c->d, "voorstel.datumBesluit")), today = c->p->o.today;
	/* An initiative runs on the initiator's time: the municipality's work
	 * is not squeezed into the initiator's weeks. */
	if (besluit < 0 || c->spoed || c->ladder == 1 || (c->fase == UITVOERING && besluit <= today))
		return -1;
	return floor_div7(besluit - today);
}

/* The usual lengths; when they do not fit the weeks left, each part is
 * compressed toward its minimum just enough (pt-plan(1), TIMELINE).  The
 * statutory procedure is never shortened.  Even the minimum too long:
 * the minimum, and plan_base says the decision must move. */
static durations fit_time(plan_ctx *c, long steps, long procedures)
{
	const pt_plan_settings *s = &c->p->s;
	int k = c->schaal;
	durations u = {c->spoed ? 0 : s->wk_ontwerp[k], c->spoed ? 0 : s->wk_aankondiging, s->wk_stap[k],
		       s->wk_verwerking[k], s->wk_besluitvorming};
	durations m = {c->spoed ? 0 : s->min_ontwerp[k], c->spoed ? 0 : s->min_aankondiging, s->min_stap[k],
		       s->min_verwerking[k], s->min_besluitvorming};
	long left = weeks_left(c), need = dur_total(&u, steps, procedures), least = dur_total(&m, steps, procedures);
	if (left < 0 || need <= left || least >= need)
		return u;
	long room = left > least ? left - least : 0, span = need - least;
	durations d = {squeeze(u.ontwerp, m.ontwerp, room, span), squeeze(u.aank, m.aank, room, span),
		       squeeze(u.stap, m.stap, room, span), squeeze(u.verwerking, m.verwerking, room, span),
		       squeeze(u.besluitvorming, m.besluitvorming, room, span)};
	/* The weeks rounding left over go back, one at a time, to the input
	 * steps first, then processing, decision-making, design, announcement. */
	long *part[] = {&d.stap, &d.verwerking, &d.besluitvorming, &d.ontwerp, &d.aank};
	const long *full[] = {&u.stap, &u.verwerking, &u.besluitvorming, &u.ontwerp, &u.aank};
	for (int more = 1; more;) {
		more = 0;
		for (int i = 0; i < 5; i++) {
			long cost = i == 0 ? steps : i == 1 && !steps ? 0 : 1;
			if (cost && *part[i] < *full[i] && dur_total(&d, steps, procedures) + cost <= left)
				++*part[i], more = 1;
		}
	}
	if (least <= left)
		plan_note(c, PT_INFO, "plan-ingekort", "plan.activiteiten",
		     plan_tx(c, "There are %ld weeks left before the decision; the plan usually needs %ld and is shortened to %ld: design %ld, announcement %ld, %ld weeks per input step, processing %ld and decision-making %ld weeks. The report with the reactienota goes with the proposal."),
		     left, need, dur_total(&d, steps, procedures), d.ontwerp, d.aank, d.stap, d.verwerking, d.besluitvorming);
	return d;
}

/* Weeks from the decision, counted back: feedback after the decision;
 * before it the decision-making, the legal procedure, processing the
 * input, the input steps of stap weeks each, the announcement and the design
 * (pt-plan(1), TIMELINE). */
static void schedule(plan_ctx *c, int na_besluit)
{
	const pt_plan_settings *s = &c->p->s;
	unsigned steps = 0;
	long procedures = 0;
	for (size_t k = c->na; k-- > 0;) {
		act *a = &c->a[k];
		if (c->p->w[a->w].soort == PT_PLAN_SOORT_PROCEDURE)
			procedures += c->p->w[a->w].weken;
		if (input_act(c, a))
			steps |= 1u << a->trede;
	}
	long n = 0;
	for (unsigned x = steps; x; x &= x - 1)
		n++;
	/* A weighty matter runs each input step in rondes rounds. */
	durations d = fit_time(c, n * c->rondes, procedures);
	long ontwerp = d.ontwerp, aank = d.aank, stap = d.stap * c->rondes, cursor = -d.besluitvorming;
	for (size_t k = c->na; k-- > 0;) {
		act *a = &c->a[k];
		if (c->p->w[a->w].soort == PT_PLAN_SOORT_PROCEDURE)
			a->week = cursor -= c->p->w[a->w].weken;
	}
	/* Each input step runs stap weeks; processing starts when the last ends. */
	long last = cursor - d.verwerking - stap, first = last - (n ? n - 1 : 0) * stap;
	/* Informing about a decision taken: it goes out with the decision. */
	long start = n ? first - aank : na_besluit ? 0 : cursor - aank;
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

void plan_build(plan_ctx *c)
{
	c->na = 0;
	while (json_array_size(c->open) > c->open_base)
		json_array_remove(c->open, json_array_size(c->open) - 1);
	json_array_clear(c->meld);
	c->todo = c->todo_base;
	if (c->ladder == 1)
		plan_build_initiatief(c);
	else
		plan_build_burger(c);
	schedule(c, has_reden(c, "informeren-na-besluit"));
	if (c->na)
		qsort(c->a, c->na, sizeof *c->a, by_week);
}

/* ---- the budget -------------------------------------------------------------- */

long plan_total_eur(const plan_ctx *c)
{
	long sum = 0;
	for (size_t k = 0; k < c->na; k++)
		sum += plan_euros(c->a[k].cents);
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
			pt_buf_printf(b, "%s%s", pt_buf_str(b)[0] ? ", " : "", plan_naam_of(c, (int)wi));
	free(now);
}

/* The budget forced a lower step: the strategy says the step that will
 * happen, so the paragraph does too; the advice stays in strategie.advies. */
static void lower_strategy_step(plan_ctx *c, int cap, long budget)
{
	char a[32];
	json_t *st = json_object_get(c->d, "strategie");
	if (!json_is_object(st))
		return;
	const char *was = plan_trede_label(c, c->trede);
	json_object_set_new(st, "trede", json_string(pt_plan_trede_code(cap)));
	plan_note(c, PT_WAARSCHUWING, "plan-trede-verlaagd", "strategie.trede",
	     plan_tx(c, "The budget of €%s is too small for step %s: the step is lowered to %s, and the strategy now says so. If you want %s, raise the budget."),
	     plan_fmt_eur(a, sizeof a, budget, c->lang), was, plan_trede_label(c, cap), was);
}

/* Over budget, reach is lowered in one fixed order until the plan fits:
 * first fewer participants per activity (each werkvorm's minimum), then
 * the highest input step one step down at a time, to raadplegen.  Process
 * work and the feedback step stay.  Nothing fits: the full plan stands
 * with a fout that names the sum needed. */
void plan_fit_budget(plan_ctx *c, long budget)
{
	char a[32], b[32], d[32];
	long full = plan_total_eur(c);
	int top0 = c->top;
	if (full <= budget)
		return;
	unsigned char *had = pt_xcalloc(c->p->nw + 1, 1);
	for (size_t k = 0; k < c->na; k++)
		had[c->a[k].w] = 1;
	pt_buf how = PT_BUF_INIT;
	int fits = 0;
	c->min_deelnemers = 1;
	pt_buf_puts(&how, plan_tx(c, "fewer participants per activity, down to each werkvorm's minimum"));
	/* The step is the strategy's: the budget lowers it only where the rules
	 * advised it and the matter weighs little; else a fout asks which gives.
	 * A mandate is a promise made beforehand: money does not undo it. */
	const char *by = pt_get_str(c->d, "strategie.gekozenDoor");
	const char *say = pt_get_str(c->d, "strategie.kenmerken.zeggenschap");
	int user = by && strcmp(by, "gebruiker") == 0, heavy = c->impact == 2;
	int promised = say && strcmp(say, "mandaat") == 0;
	for (int cap = top0; !fits && cap >= PT_PLAN_TREDE_RAADPLEGEN; cap--) {
		if (cap < top0 && (user || heavy || promised))
			break;
		c->cap = cap;
		if (cap < top0)
			pt_buf_printf(&how, plan_tx(c, "; step %s lowered to %s"),
				      plan_trede_label(c, cap + 1), plan_trede_label(c, cap));
		plan_build(c);
		fits = plan_total_eur(c) <= budget;
		/* The groups the plan added, before the step the strategy chose. */
		if (!fits && c->topic && !c->no_topic) {
			c->no_topic = 1;
			pt_buf_puts(&how, plan_tx(c, "; the groups the topic touches that are not on the list"));
			plan_build(c);
			fits = plan_total_eur(c) <= budget;
		}
		if (c->ladder == 1)
			break;
	}
	long least = plan_total_eur(c);
	if (!fits && (user || heavy || promised) && top0 > PT_PLAN_TREDE_RAADPLEGEN && c->ladder == 0) {
		c->min_deelnemers = 0, c->cap = MEEBESLISSEN, c->no_topic = 0;
		plan_build(c);
		plan_note(c, PT_FOUT, "plan-budget-of-trede", "strategie.trede",
		     plan_tx(c, "Budget or step? The plan at step %s costs €%s and does not fit the budget of €%s, even with fewer participants (€%s). pt-plan does not lower the step, because %s: raise the budget to at least €%s, or choose a lower step yourself (strategie.trede)."),
		     plan_trede_label(c, top0), plan_fmt_eur(a, sizeof a, full, c->lang), plan_fmt_eur(b, sizeof b, budget, c->lang),
		     plan_fmt_eur(d, sizeof d, least, c->lang),
		     user ? plan_tx(c, "the user chose it") :
		     promised ? plan_tx(c, "the decision was handed to the participants beforehand, within limits (a mandate)") :
			    plan_tx(c, "the impact is high and less input would not do the matter justice"),
		     plan_fmt_eur(d, sizeof d, least, c->lang));
		plan_open_point(c, 1, plan_tx(c, "Budget or step: raise the budget to at least €%s or choose a lower step."), d);
		pt_buf_free(&how);
		free(had);
		return;
	}
	if (fits && c->cap < c->trede && c->ladder == 0)
		lower_strategy_step(c, c->cap, budget);
	if (fits) {
		pt_buf gone = PT_BUF_INIT;
		dropped_text(c, had, &gone);
		pt_buf dropped = PT_BUF_INIT;
		if (gone.len)
			pt_buf_printf(&dropped, "%s %s. ", plan_tx(c, "Dropped:"), pt_buf_str(&gone));
		plan_note(c, PT_INFO, "plan-budget-aangepast", "plan.activiteiten",
		     plan_tx(c, "To stay within the budget of €%s reach was lowered, in this order: %s. %sThe plan costs €%s instead of €%s; the feedback stays."),
		     plan_fmt_eur(a, sizeof a, budget, c->lang), pt_buf_str(&how), pt_buf_str(&dropped),
		     plan_fmt_eur(b, sizeof b, least, c->lang), plan_fmt_eur(d, sizeof d, full, c->lang));
		pt_buf_free(&dropped);
		pt_buf_free(&gone);
	} else {
		c->min_deelnemers = 0, c->cap = MEEBESLISSEN, c->no_topic = 0;
		plan_build(c);
		plan_note(c, PT_FOUT, "plan-budget-te-laag", "plan.budget",
		     plan_tx(c, "The plan costs €%s and does not fit the budget of €%s; even after every lowering of reach (%s) it still costs €%s. Raise the budget to at least €%s or choose a lower step."),
		     plan_fmt_eur(a, sizeof a, full, c->lang), plan_fmt_eur(b, sizeof b, budget, c->lang), pt_buf_str(&how),
		     plan_fmt_eur(d, sizeof d, least, c->lang), plan_fmt_eur(d, sizeof d, least, c->lang));
		plan_open_point(c, 1, plan_tx(c, "The plan does not fit the budget: raise the budget to at least €%s."), d);
	}
	pt_buf_free(&how);
	free(had);
}

/* ---- dates: back from the decision, or forward from today ------------------------ */

/* The day the weeks count from: the decision date; or, when the plan
 * cannot start in time, is urgent or comes after the decision, a date
 * such that the first activity is today.  -1: no dates. */
long plan_base(plan_ctx *c, long besluit, json_t **voorzien)
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
	plan_date_str(today, t, sizeof t);
	/* Informing only asks no input: late, it starts now and the decision stays. */
	int informing = c->ladder == 0 && (!c->participatie || c->top <= PT_PLAN_TREDE_INFORMEREN);
	if ((c->spoed || (late && informing)) && besluit >= today) {
		/* Urgent with a decision still ahead: what would lie in the past starts now. */
		for (size_t k = 0; k < c->na; k++)
			if (besluit + 7 * c->a[k].week < today)
				c->a[k].week = -floor_div7(besluit - today);
		if (c->spoed)
			plan_note(c, PT_INFO, "plan-spoed", "voorstel.spoed",
			     plan_tx(c, "Urgent: what should have happened before today (%s) starts now; the decision stays on %s."),
			     t, pt_get_str(c->d, "voorstel.datumBesluit"));
		else
			plan_note(c, PT_INFO, "plan-nu", "plan.activiteiten",
			     plan_tx(c, "No input is asked: what should have happened before today (%s) starts now; the decision stays on %s."),
			     t, pt_get_str(c->d, "voorstel.datumBesluit"));
		return besluit;
	}
	if (uitvoering && besluit >= 0) {
		/* The first activity in the first whole week from today, counted from the decision. */
		long shift = -floor_div7(besluit - today) - first;
		for (size_t k = 0; k < c->na; k++)
			c->a[k].week += shift;
		plan_note(c, PT_INFO, "plan-uitvoering", "voorstel.beleidsfase",
		     plan_tx(c, "The decision has been taken (phase uitvoering): the plan counts forward from today (%s)."), t);
		return besluit;
	}
	long base = today - 7 * first;
	plan_date_str(base, b, sizeof b);
	*voorzien = json_string(b);
	if (late) {
		plan_date_str(besluit + 7 * first, a, sizeof a);
		if (c->ladder == 1)	/* an initiative's plan is not compressed */
			plan_note(c, PT_WAARSCHUWING, "plan-te-krap", "voorstel.datumBesluit",
			     plan_tx(c, "The plan needs %ld weeks before the decision and should have started on %s, which has passed. It counts forward from today (%s): the decision can be taken on %s at the earliest. Move the decision or shorten the timeline."),
			     -first, a, t, b);
		else
			plan_note(c, PT_WAARSCHUWING, "plan-te-krap", "voorstel.datumBesluit",
			     plan_tx(c, "The plan needs at least %ld weeks before the decision and should have started on %s, which has passed. It counts forward from today (%s): the decision can be taken on %s at the earliest. Move the decision to that date, or ask for less input."),
			     -first, a, t, b);
	} else
		plan_note(c, PT_INFO, "plan-spoed", "voorstel.spoed",
		     plan_tx(c, "Urgent: the plan starts today (%s); the decision is foreseen on %s."), t, b);
	return base;
}

/* ---- holidays ------------------------------------------------------------------ */

static int in_holiday(const plan_ctx *c, long day)
{
	int y, m, d;
	pt_date_civil(day, &y, &m, &d);
	int md = m * 100 + d;
	for (int i = 0; i < c->p->s.nvakantie; i++) {
		int from = c->p->s.vakantie[i][0], to = c->p->s.vakantie[i][1];
		if (from <= to ? md >= from && md <= to : md >= from || md <= to)
			return 1;
	}
	return 0;
}

/* A session with people does not fall in a school or Christmas holiday
 * (setting vakanties): it moves to the first week after it while that is
 * before the processing of the input, else to the last week before it
 * after the announcement; neither: it stays and an open point says so. */
void plan_avoid_holidays(plan_ctx *c, long base)
{
	long lo = -100000, hi = 100000;
	for (size_t k = 0; k < c->na; k++) {
		const act *a = &c->a[k];
		int soort = c->p->w[a->w].soort;
		if (a->moment == PT_PLAN_MOMENT_START && a->week > lo)
			lo = a->week;
		if ((soort == PT_PLAN_SOORT_PROCES && a->moment == PT_PLAN_MOMENT_TIJDENS) || a->moment == PT_PLAN_MOMENT_BESLUIT)
			hi = a->week < hi ? a->week : hi;
	}
	if (base < 0)
		return;
	for (size_t k = 0; k < c->na; k++) {
		act *a = &c->a[k];
		int vorm = c->p->w[a->w].vorm;
		/* overleg with partners only keeps its week; a session with participants moves */
		if (a->moment != PT_PLAN_MOMENT_TIJDENS || (a->partner && !(a->groepen & ~c->partners)) || a->vervolg ||
		    c->p->w[a->w].soort == PT_PLAN_SOORT_PROCES ||
		    (vorm != PT_PLAN_VORM_FYSIEK && vorm != PT_PLAN_VORM_BEIDE) || !in_holiday(c, base + 7 * a->week))
			continue;
		long w = a->week;
		while (w < hi && in_holiday(c, base + 7 * w))
			w++;
		if (w >= hi) {
			for (w = a->week; w > lo && in_holiday(c, base + 7 * w); w--)
				;
		}
		if (w > lo && w < hi && !in_holiday(c, base + 7 * w))
			a->week = w;
		else
			plan_open_point(c, 1, plan_tx(c, "%s (week %ld) falls in a school or Christmas holiday and fits nowhere else: choose another form or date."),
				   plan_naam_of(c, a->w), a->week);
	}
	if (c->na)	/* qsort of no activities: c->a may be NULL */
		qsort(c->a, c->na, sizeof *c->a, by_week);
}

/* Days since 1970 to YYYY-MM-DD. */
void plan_date_str(long z, char *buf, size_t n)
{
	int y, m, d;
	pt_date_civil(z, &y, &m, &d);
	snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
}
