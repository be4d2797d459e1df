/* The evaluatie section: questionnaire, scoring, the ombudsman checklist,
 * lessons (evaluate.c, evaluate_score.c), and the shared case archive
 * (archive.c). */
#ifndef PT_EVALUATE_H
#define PT_EVALUATE_H
#include "pt.h"

enum pt_eval_groep { PT_TEAM, PT_EXTERN, PT_BEIDE };

typedef struct pt_eval_vraag {
	char *id, *criterium, *randvoorwaarde, *checklist;	/* checklist: "C1".."C10" or "" */
	char *tekst[PT_MAX_LANGS];	/* by language, NULL: none (then Dutch) */
	int groep;		/* enum pt_eval_groep */
	int crit;		/* index into criteria */
} pt_eval_vraag;

typedef struct pt_eval_criterium {
	char *id;
	char *naam[PT_MAX_LANGS];	/* by language, NULL: none (then Dutch) */
} pt_eval_criterium;

/* The questionnaire and the thresholds, read once per process. */
typedef struct pt_eval_data {
	pt_eval_vraag *vragen;
	size_t nvragen;
	pt_eval_criterium *criteria;
	size_t ncriteria;
	double goed, voldoende, kloof, goed_aandeel, overschrijding;
	struct pt_redact_names *geen_namen;	/* capitalised words that are no names */
} pt_eval_data;

/* Read the questions (evaluatie-vragen.csv) and thresholds
 * (evaluatie-drempels.csv); a path overrides the built-in copy.  The
 * words the archive may publish with a capital (geen-namen.csv)
 * come from $PT_DATA_DIR or the built-in copy. */
pt_eval_data *pt_eval_data_load(const char *questions, const char *thresholds, pt_error *err);
void pt_eval_data_free(pt_eval_data *q);

/* Write the questionnaire as a CSV to fill in: one column per question of
 * groep (PT_BEIDE: every question), texts in lang (0 nl, 1 en). */
int pt_eval_template(FILE *out, const pt_eval_data *q, int groep, int lang, int delim);
/* A text of pt-evaluate in lang, by its id in lib/data/evaluatie-teksten.csv. */
const char *pt_eval_text(int lang, const char *id);
/* A criterion's name in lang (the questions file's criterium_nl,
 * criterium_en, ... a column per language), else its Dutch. */
const char *pt_eval_crit_name(const pt_eval_criterium *c, int lang);

/* The answers of one process: rows with the same voorstel id, or every row
 * when the file has no voorstel column. */
typedef struct pt_eval_scope {
	char *id;		/* voorstel id; NULL: every dossier */
	long respondenten[2];	/* team, extern */
	double *som;		/* per question and group: [2 * vraag + groep] */
	long *aantal, *ontbrekend;
	double uren, kosten;	/* actual, added up over the rows */
	int has_uren, has_kosten;
	struct pt_eval_remark *remarks;	/* raw, until the lessons are drawn */
	size_t nremarks;
	json_t *valkuilen, *succesfactoren;	/* the lessons drawn */
} pt_eval_scope;

typedef struct pt_eval_responses {
	int by_voorstel;	/* the file has a voorstel column */
	pt_eval_scope **scopes;
	size_t nscopes;
	json_t *byid;		/* voorstel id -> index into scopes */
	struct pt_redact_names *names;	/* of the name columns, to take out of text */
} pt_eval_responses;

pt_eval_responses *pt_eval_responses_read(FILE *f, const char *name, int delim,
					  const pt_eval_data *q, pt_error *err);
void pt_eval_responses_free(pt_eval_responses *r);
/* The answers for a dossier's id, NULL when there are none. */
const pt_eval_scope *pt_eval_scope_for(const pt_eval_responses *r, const char *id);

typedef struct pt_eval_opts {
	const pt_eval_data *data;
	const pt_eval_responses *responses;	/* NULL: no -f */
	double uren, kosten;			/* actual, when has_uren/has_kosten */
	int has_uren, has_kosten;
	char **lessen;				/* --les TEXT */
	int nlessen;
	int lang;
} pt_eval_opts;

/* Write the evaluatie section and pt-evaluate's meldingen. */
int pt_eval_run(json_t *d, const pt_eval_opts *o, pt_loc loc, pt_error *err);

/* The archive line of an evaluated dossier (new reference): lessons only
 * when cleared of personal data (see pt-evaluate(1)). */
json_t *pt_eval_case(const json_t *d, const pt_eval_data *q);
/* Add or replace cases (array of objects with an id) in the archive at
 * path, under an flock on path.lock, by a temp file and rename. */
int pt_eval_archive(const char *path, const json_t *cases, pt_error *err);

/* Helpers, exposed for the unit tests. */
/* Score cell: 1..5 into *score, 0 for no answer, -1 when not a score. */
int pt_eval_score(const char *cell, int *score);
/* Overall verdict by the Gennep rule; NULL when nothing was judged. */
const char *pt_eval_verdict(int goed, int voldoende, int onvoldoende, double goed_aandeel);
#endif
