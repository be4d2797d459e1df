/* pt-plan: the draft ("70%") participation plan.  plan_data.c reads the
 * werkvormen catalogue, the settings, the colleagues and the case archive
 * once per process; plan.c turns one dossier's strategy into activities,
 * a timeline, totals, open points and similar cases. */
#ifndef PT_PLAN_H
#define PT_PLAN_H
#include "pt.h"

/* Steps of both ladders in one index: 0-4 burgerparticipatie,
 * 5-9 overheidsparticipatie (pt_v_burgertrede, then pt_v_overheidstrede). */
enum { PT_PLAN_NTREDEN = 10 };

/* When in the process a werkvorm can be used (catalogue column moment). */
enum { PT_MOMENT_START, PT_MOMENT_TIJDENS, PT_MOMENT_TERUGKOPPELING, PT_NMOMENTEN };

/* Physical, online, both, or on paper (catalogue column vorm). */
enum { PT_VORM_FYSIEK, PT_VORM_ONLINE, PT_VORM_BEIDE, PT_VORM_SCHRIFTELIJK };

/* One row of the catalogue.  Sets are bit masks over a vocabulary's index;
 * hours are in tenths, money in cents, so sums stay exact. */
typedef struct pt_werkvorm {
	char *id, *naam, *name, *omschrijving, *description;
	unsigned treden, schalen, fasen, bereik, momenten;
	long min, max;		/* group size; max 0: no upper limit */
	int vorm;
	long voorbereiding, per_sessie, sessies;	/* tenths of hours; count */
	long vast, per_deelnemer;			/* cents */
	int standaard;		/* figures are the shipped defaults */
	long line;		/* where it stands in its file */
} pt_werkvorm;

typedef struct pt_collega {
	char *naam, *afdeling, *contact;
	unsigned char *kan;	/* one byte per werkvorm: can lead or train it */
} pt_collega;

/* A finished project from the case archive (pt-evaluate). */
typedef struct pt_case {
	json_t *obj;		/* the archive line, kept for its texts */
	const char *id;
	int trede, ladder, schaal, soort;	/* indexes, -1 unknown */
	unsigned char *werkvormen;	/* one byte per catalogue werkvorm */
	size_t nwerkvormen;		/* how many werkvormen it listed */
	double gepland[2], werkelijk[2];	/* uren, kostenEur; <0 unknown */
} pt_case;

/* What the command line asked for. */
typedef struct pt_plan_opts {
	const char *catalog, *settings, *cases, *collegas;	/* NULL: built in / none */
	long uurtarief;		/* cents; <0: from the settings */
	long budget;		/* cents; <0: from the dossier */
	int lang;		/* 0 nl, 1 en */
	long today;		/* days since 1970 */
} pt_plan_opts;

/* Everything read once per process. */
typedef struct pt_plan {
	pt_plan_opts o;
	pt_werkvorm *w;
	size_t nw;
	long uurtarief;		/* cents */
	int uurtarief_standaard;
	long bereik[5];		/* expected participants per schaal */
	long wk_terugkoppeling, wk_verwerking, wk_tussen, wk_aankondiging;
	pt_collega *c;
	size_t nc;
	pt_case *cases;
	size_t ncases;
} pt_plan;

/* Read the catalogue, settings, colleagues and cases; NULL with err set
 * (exit 3 for bad data naming file and line, 4 for I/O). */
pt_plan *pt_plan_load(const pt_plan_opts *o, pt_error *err);
void pt_plan_free(pt_plan *p);

/* Write the plan section of d (and pt-plan's meldingen).  Exit 3 with err
 * for input the plan cannot use, e.g. an unknown step. */
int pt_plan_apply(const pt_plan *p, json_t *d, pt_loc loc, pt_error *err);

/* Index of a step in either ladder (0-9), -1 if none. */
int pt_plan_trede_index(const char *code);
const char *pt_plan_trede_code(int i);
/* Index of a werkvorm by id or name (folded), -1 if none. */
int pt_plan_werkvorm_find(const pt_plan *p, const char *s);
/* The largest figure that is multiplied (rates, catalogue figures,
 * settings), exclusive: 10^9, so products stay inside a long in cents. */
#define PT_PLAN_FIGURE_MAX 1e9

/* Parse a number as pt_parse_amount reads it ("12", "1,5", "1.250,50")
 * into units of 1/scale (1, 10 or 100), rounded; -1 with why (n bytes)
 * when it is not a number from 0 to below PT_PLAN_FIGURE_MAX. */
long pt_plan_fixed(const char *s, int scale, char *why, size_t n);
/* The same for a count: a whole number, refused (-1 with why) when it
 * has decimals, so that a typo is not rounded into another number. */
long pt_plan_count(const char *s, char *why, size_t n);
/* A budget in euros as text, in cents; below PT_AMOUNT_MAX. */
long pt_plan_budget(const char *s, char *why, size_t n);
/* The name of werkvorm wi in language lang (0 nl, 1 en): the name every
 * activity, alternative and swap is shown by. */
const char *pt_plan_werkvorm_naam(const pt_plan *p, int wi, int lang);
/* Similarity of a case to a plan (documented in pt-plan(1)), 0-100. */
int pt_plan_similarity(const pt_plan *p, const pt_case *c, int ladder, int trede,
		       int schaal, int soort, const unsigned char *chosen);

#endif
