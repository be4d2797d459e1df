/* pt-plan: the draft ("70%") participation plan.  plan_data.c reads the
 * werkvormen catalogue, the settings, the minimum sets, the colleagues and
 * the case archive once per process; plan.c turns one dossier's strategy
 * into activities, a timeline, totals, open points and similar cases. */
#ifndef PT_PLAN_H
#define PT_PLAN_H
#include <stdint.h>
#include "pt.h"

/* Steps of both ladders in one index: 0-4 burgerparticipatie,
 * 5-9 overheidsparticipatie (pt_v_burgertrede, then pt_v_overheidstrede). */
enum { PT_PLAN_NTREDEN = 10, PT_PLAN_NBURGER = 5, PT_PLAN_NSCHALEN = 5 };
enum { PT_PLAN_TREDE_INFORMEREN = 0, PT_PLAN_TREDE_RAADPLEGEN = 1, PT_PLAN_TREDE_LOSLATEN = 9 };

/* When in the process a catalogue row is used (column moment):
 * voorbereiding before the start, start when it is announced, tijdens
 * while input is gathered, besluit with the proposal, terugkoppeling
 * after the decision. */
enum { PT_PLAN_MOMENT_VOORBEREIDING, PT_PLAN_MOMENT_START, PT_PLAN_MOMENT_TIJDENS, PT_PLAN_MOMENT_BESLUIT,
       PT_PLAN_MOMENT_TERUGKOPPELING, PT_PLAN_NMOMENTEN };

/* Physical, online, both, on paper, or internal work (column vorm). */
enum { PT_PLAN_VORM_FYSIEK, PT_PLAN_VORM_ONLINE, PT_PLAN_VORM_BEIDE, PT_PLAN_VORM_SCHRIFTELIJK, PT_PLAN_VORM_INTERN };

/* What a catalogue row is (column soort): a werkvorm with participants,
 * fixed process work, a legal procedure, or the municipality's work on an
 * initiative from others. */
enum { PT_PLAN_SOORT_WERKVORM, PT_PLAN_SOORT_PROCES, PT_PLAN_SOORT_PROCEDURE, PT_PLAN_SOORT_ROL };

/* Whom a werkvorm is for (column rollen; stakeholders[].rol). */
enum { PT_PLAN_ROL_DEELNEMER, PT_PLAN_ROL_PARTNER, PT_PLAN_ROL_OVERHEID, PT_PLAN_ROL_INITIATIEFNEMER, PT_PLAN_NROLLEN };

/* Groups as bits over pt_plan_groep_vocab(), that is pt_v_groep. */
typedef uint64_t pt_plan_groepen;
enum { PT_PLAN_MAXGROEPEN = 64 };

/* One row of the catalogue.  Sets are bit masks over a vocabulary's index;
 * hours are in tenths, money in cents, so sums stay exact. */
typedef struct pt_plan_werkvorm {
	char *id, *naam, *name, *omschrijving, *description;
	char *naam_lang;	/* the name in --lang beyond nl and en, NULL: none (column by its code) */
	unsigned treden, schalen, fasen, momenten, rollen, instrumenten;
	unsigned themas;	/* topics it is for (pt_v_thema); 0: any topic */
	pt_plan_groepen bereik;
	long min, max;		/* group size; max 0: no upper limit */
	int vorm, soort;
	int per_partij;		/* sessions are held per party (a bilateral talk) */
	long voorbereiding, per_sessie, sessies;	/* tenths of hours; count */
	long vast, per_deelnemer;			/* cents */
	long weken;		/* a procedure's length in weeks */
	int standaard;		/* figures are the shipped defaults */
	long line;		/* where it stands in its file */
} pt_plan_werkvorm;

/* A minimum set (plan-minimum.csv): when the dossier matches wanneer, the
 * plan holds one of the werkvormen, for doelgroepen if given. */
typedef struct pt_plan_minimum {
	char *wanneer;		/* "veld=a|b&veld~c", see pt-plan(1) */
	int *werkvormen;	/* catalogue rows, ending with -1 */
	pt_plan_groepen doelgroepen;
	char *toelichting;
	long line;
} pt_plan_minimum;

typedef struct pt_plan_collega {
	char *naam, *afdeling, *contact;
	unsigned char *kan;	/* one byte per werkvorm: can lead or train it */
} pt_plan_collega;

/* A finished project from the case archive (pt-evaluate). */
typedef struct pt_plan_case {
	json_t *obj;		/* the archive line, kept for its texts */
	const char *id;
	int trede, ladder, schaal, soort;	/* indexes, -1 unknown */
	unsigned char *werkvormen;	/* one byte per catalogue werkvorm */
	size_t nwerkvormen;		/* how many werkvormen it listed */
	double gepland[2], werkelijk[2];	/* uren, kostenEur; <0 unknown */
} pt_plan_case;

/* What the command line asked for. */
typedef struct pt_plan_opts {
	const char *catalog, *settings, *minimum, *cases, *collegas;	/* NULL: built in / none */
	long uurtarief;		/* cents; <0: from the settings */
	long budget;		/* cents; <0: from the dossier */
	int lang;		/* enum pt_lang; int for pt_common_option */
	long today;		/* days since 1970 */
} pt_plan_opts;

/* The settings (plan-instellingen.csv); factors in hundredths. */
typedef struct pt_plan_settings {
	long uurtarief;		/* cents */
	int uurtarief_standaard;
	long bereik[PT_PLAN_NSCHALEN];	/* expected participants per schaal */
	long per_partij;	/* participants per organisation */
	long factor_schaal[PT_PLAN_NSCHALEN], factor_trede[PT_PLAN_NBURGER];
	long wk_stap[PT_PLAN_NSCHALEN], wk_verwerking[PT_PLAN_NSCHALEN];
	long wk_ontwerp[PT_PLAN_NSCHALEN];
	long wk_aankondiging, wk_besluitvorming, wk_terugkoppeling;
	/* The shortest a plan may be compressed to (weken.minimum.*). */
	long min_stap[PT_PLAN_NSCHALEN], min_verwerking[PT_PLAN_NSCHALEN], min_ontwerp[PT_PLAN_NSCHALEN];
	long min_aankondiging, min_besluitvorming;
	long rondes_zwaar;	/* input rounds of a weighty matter (rondes.zwaar) */
	/* A light round (licht.*): a consultation on a decision of these
	 * kinds (pt_v_instrument), phases (pt_v_beleidsfase) or impacts
	 * (pt_v_impact); its process hours at most factor.licht times the
	 * catalogue's, in hundredths. */
	unsigned licht_instrumenten, licht_fasen, licht_impact, licht_zeggenschap;
	long factor_licht;
	char *evaluatie;	/* title words that say the proposal evaluates (woorden.evaluatie) */
	long factor_impact[3];	/* process hours by voorstel.impact, hundredths */
	pt_plan_groepen organisaties;	/* groups that are organisations */
	pt_plan_groepen bewoners;	/* groups that are residents or speak for them (groepen.bewoners) */
	char *locatie_open;	/* words that, in openVoorInbreng, say the site is open */
	int vakantie[8][2];	/* school and Christmas holidays: MMDD from, to */
	int nvakantie;
} pt_plan_settings;

/* Everything read once per process. */
typedef struct pt_plan {
	pt_plan_opts o;
	pt_plan_werkvorm *w;
	size_t nw, wcap;
	struct pt_plan_names *names;	/* werkvormen by id and folded name (plan_data.c) */
	struct pt_thema_tables *thema;	/* the groups a topic touches (thema.h) */
	pt_plan_settings s;
	pt_plan_minimum *min;
	size_t nmin;
	pt_plan_collega *c;
	size_t nc;
	pt_plan_case *cases;
	size_t ncases;
} pt_plan;

/* Read the catalogue, settings, minimum sets, colleagues and cases; NULL
 * with err set (exit 3 for bad data naming file and line, 4 for I/O). */
pt_plan *pt_plan_load(const pt_plan_opts *o, pt_error *err);
void pt_plan_free(pt_plan *p);

/* Write the plan section of d (and pt-plan's meldingen).  Exit 3 with err
 * for input the plan cannot use, e.g. an unknown step. */
int pt_plan_apply(const pt_plan *p, json_t *d, pt_loc loc, pt_error *err);

/* Index of a step in either ladder (0-9), -1 if none. */
int pt_plan_trede_index(const char *code);
const char *pt_plan_trede_code(int i);
/* The groups the plan knows: pt_v_groep, at most PT_PLAN_MAXGROEPEN. */
const pt_vocab *pt_plan_groep_vocab(void);
/* The step of a stakeholder's role: PT_PLAN_ROL_*, -1 if unknown. */
int pt_plan_rol_index(const char *code);
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
/* The name of werkvorm wi in language lang: the name every activity and
 * alternative is shown by. */
const char *pt_plan_werkvorm_naam(const pt_plan *p, int wi, enum pt_lang lang);
/* Similarity of a case to a plan (documented in pt-plan(1)), 0-100. */
int pt_plan_similarity(const pt_plan *p, const pt_plan_case *c, int ladder, int trede,
		       int schaal, int soort, const unsigned char *chosen);
/* Up to three cases of the same ladder, most similar first, the project
 * itself (id self) left out; chosen marks the plan's werkvormen (one byte
 * each).  ratio[] gets the overrun in hours and euros of those that kept
 * planned and actual figures (1: none), *ids their ids. */
json_t *pt_plan_similar(const pt_plan *p, const char *self, int ladder, int trede, int schaal, int soort,
			const unsigned char *chosen, double ratio[2], json_t **ids);

#endif
