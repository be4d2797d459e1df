/* pt-plan's inside, shared by the files of lib/plan*.c and by no one else:
 * the plan of one dossier while it is built.  plan.c reads the dossier and
 * writes the section; plan_time.c lays out the timeline, counts forward
 * when it must and fits the budget; plan_choose.c chooses werkvormen by
 * fit, minimum sets and the work of an initiative; plan_text.c holds the
 * texts and sums they all use.  Calls go down that list, never up. */
#ifndef PT_PLAN_PRIV_H
#define PT_PLAN_PRIV_H
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
	long rondes;		/* input rounds: 1, or rondes.zwaar for a weighty matter */
	int licht;		/* one light round of consultation (pt-plan(1), Hours and euros) */
	int kind;		/* the kind of decision: strategie.kenmerken.instrument, else the instrument */
	int zeggenschap;	/* who has a say: strategie.kenmerken.zeggenschap, -1 unknown */
	unsigned themas;	/* the topics: voorstel.thema and strategie.themas (pt_v_thema) */
	int impact;		/* pt_v_impact index, -1 unknown */
	int top;		/* the highest step with input, after the budget's cap */
	pt_plan_groepen step0[PT_PLAN_NTREDEN];	/* participant groups per step, as read */
	pt_plan_groepen step[PT_PLAN_NTREDEN];	/* ... as planned */
	pt_plan_groepen partners, initiators, deelnemers;
	pt_plan_groepen thema_groepen;	/* participant groups the topics touch (thema-groepen.csv) */
	pt_plan_groepen topic;	/* hard-to-reach topic groups not on the list, asked at topic_step */
	int topic_step, no_topic;	/* no_topic: left out to fit the budget */
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

/* plan_text.c: texts, groups and money */
const char *plan_tx(const plan_ctx *c, const char *en) __attribute__((format_arg(2)));
void plan_open_point(plan_ctx *c, int items, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A melding held until the plan stands: a budget try that is thrown away
 * takes its meldingen with it; plan_flush_notes writes them. */
void plan_note(plan_ctx *c, enum pt_ernst e, const char *code, const char *pad, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void plan_flush_notes(plan_ctx *c);
const char *plan_naam_of(const plan_ctx *c, int wi);
void plan_groep_text(const plan_ctx *c, pt_plan_groepen g, pt_buf *b);
const char *plan_trede_label(const plan_ctx *c, int t);
pt_plan_groepen plan_groep(const char *code);
long plan_euros(long cents);
const char *plan_fmt_eur(char *buf, size_t n, long eur, enum pt_lang lang);

/* plan_choose.c: activities, their figures, werkvormen by fit */
long plan_parties(const plan_ctx *c, pt_plan_groepen g);
long plan_party_sessions(const plan_ctx *c, const pt_plan_werkvorm *w, pt_plan_groepen g);
long plan_cost_for(const plan_ctx *c, int wi, pt_plan_groepen g, int moment);
int plan_suits(const plan_ctx *c, int wi, int trede, int moment, unsigned rollen, int any_step);
void plan_build_burger(plan_ctx *c);
void plan_build_initiatief(plan_ctx *c);
/* Does text hold part, ASCII letters compared without case? */
int plan_holds_part(const char *text, const char *part);
/* omwonenden when the site is open (woorden.locatieOpen), else none. */
pt_plan_groepen plan_site_neighbours(const plan_ctx *c);

/* plan_time.c: the timeline, the budget, dates */
void plan_build(plan_ctx *c);
long plan_total_eur(const plan_ctx *c);
void plan_fit_budget(plan_ctx *c, long budget);
long plan_base(plan_ctx *c, long besluit, json_t **voorzien);
void plan_date_str(long z, char *buf, size_t n);
void plan_avoid_holidays(plan_ctx *c, long base);

#endif
