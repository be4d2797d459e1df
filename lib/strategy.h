/* pt-strategy: choose the ladder and the step (trede) of a dossier, with a
 * trace of every rule that fired (strategy.c), from rules kept as data
 * (strategy_rules.c, lib/data/strategie-regels.json). */
#ifndef PT_STRATEGY_H
#define PT_STRATEGY_H
#include "pt.h"

#define PT_STRATEGY_BRON "pt-strategy"
#define PT_STRATEGY_RULES "strategie-regels.json"

typedef struct pt_strategy_rules pt_strategy_rules;

/* Load and check the rules once: path (--rules), else $PT_DATA_DIR, else
 * the built-in copy.  NULL with err set (exit 3 for a bad file). */
pt_strategy_rules *pt_strategy_rules_load(const char *path, pt_error *err);
void pt_strategy_rules_free(pt_strategy_rules *r);

typedef struct pt_strategy_opts {
	enum pt_lang lang;
	const char *trede;	/* --trede: a step code of either ladder, or NULL */
	FILE *explain;		/* --explain: the trace goes here, or NULL */
	const struct pt_thema_tables *themas;	/* to write strategie.themas, or NULL */
} pt_strategy_opts;

/* Match a step of either ladder forgivingly; the code, or NULL. */
const char *pt_strategy_trede_code(const char *s);

/* Write the strategie section and pt-strategy's meldingen of one dossier.
 * Returns 0, or PT_EXIT_DATA with err set for bad input. */
int pt_strategy_apply(json_t *d, const pt_strategy_rules *r, const pt_strategy_opts *o,
		      const pt_loc *loc, pt_error *err);

/* ---- internal: the compiled rules, shared by strategy.c and
 * strategy_rules.c ---------------------------------------------------- */

/* The facts a condition can test: a field of voorstel (given, or what its
 * words say: thema.h, pt_herken), what follows from the proposal (open,
 * openGenoemd, procedure, aanvraag, aanvrager), or a value the rules
 * before have computed. */
enum pt_sfact {
	SF_INITIATIEFNEMER, SF_SOORT, SF_SCHAAL, SF_IMPACT, SF_POLITIEK, SF_OMGEVINGSWET,
	SF_BELEIDSFASE, SF_BELEIDSRUIMTE, SF_BESLUITDOOR, SF_KEUZES, SF_MERKBAAR,
	SF_MIDDELEN, SF_UITZONDERING, SF_GEENPARTICIPATIE, SF_PUBLIEKBELANG,
	SF_EIGENDOELEN, SF_INITIATIEFFASE, SF_UITDAAGRECHT, SF_INSTRUMENT, SF_SPOED, SF_ZEGGENSCHAP,
	SF_OPEN, SF_OPENGENOEMD, SF_PROCEDURE, SF_AANVRAAG, SF_AANVRAGER,
	SF_IMPACTSCORE, SF_LADDER, SF_ROUTESVERSCHILLEN, SF_POORT, SF_COUNT
};

enum pt_skind { SK_ENUM, SK_BOOL, SK_TEKST, SK_INT };

struct pt_sfact_def {
	const char *name;	/* the key in "als" */
	const char *path;	/* below voorstel; NULL for a computed fact */
	enum pt_skind kind;
	const pt_vocab *vocab;	/* SK_ENUM */
};
extern const struct pt_sfact_def pt_sfacts[SF_COUNT];

/* One test of a condition.  Enum, bool and text facts hold -1 (absent) or
 * an index (bool: 0 false, 1 true); bit value+1 of mask says it matches. */
struct pt_stest {
	enum pt_sfact fact;
	unsigned mask;
	long min, max;		/* SK_INT */
	int niet;		/* negate */
};

struct pt_seffect {
	int stop;		/* "participatie": false */
	int ladder;		/* pt_v_ladder index, -1 none */
	int has_punten, punten;	/* a fixed number of points */
	int punten_fact;	/* or a table by an enum fact, -1 none */
	int *tabel;		/* points per index of that fact, INT_MIN: none */
	int plan;		/* burgertrede index, -1 none */
	int rol;		/* overheidstrede index, -1 none */
	int max;		/* burgertrede cap, -1 none */
	int min;		/* burgertrede floor (zeggenschap), -1 none */
	int eerst;		/* spoed: the step taken now, -1 none */
	int poort;		/* the gate says no: inform when noticed */
	int wettelijk;		/* a statutory procedure: participation stays */
	char *reden;		/* a reason code for strategie.redenen, or NULL */
	int has_mensen;
	unsigned kwadrant, salience;	/* bit i: index i selects a stakeholder */
	int combineer;		/* -1 none, 0 hoogste, 1 laagste */
	int uitdaagrecht;	/* check the request's parts */
};

/* A rule's text by language (tekst {nl, en, ...}; NULL: none); read
 * with pt_text_in, falling back to Dutch. */
struct pt_srule {
	char *id, *bron, *tekst[PT_MAX_LANGS];
	struct pt_stest *tests;
	size_t ntests;
	struct pt_seffect e;
};

struct pt_spart {
	char *veld, *tekst[PT_MAX_LANGS];
};


struct pt_strategy_rules {
	char *name;		/* as shown in messages */
	struct pt_srule *rules;
	size_t n;
	struct pt_spart *parts;	/* what a right-to-challenge request contains */
	size_t nparts;
};
#endif
