/* Inside pt-results: one opbrengst in the making, shared by results.c
 * (reading) and results_run.c (writing it into a dossier). */
#ifndef PT_RESULTS_INT_H
#define PT_RESULTS_INT_H
#include "redact.h"
#include "results.h"

/* One opbrengst in the making: the rows of one voorstel id. */
typedef struct pt_results_entry {
	char *id;		/* NULL: rows for every dossier */
	long deelnemers;	/* -1: not given */
	json_t *activiteiten, *punten, *terugkoppeling;
	json_t *seen;		/* folded werkvorm and date of each activity, for doubles */
	json_t *ob;		/* built when the file is read; its texts as written,
				 * the personal data taken out per dossier */
	pt_loc loc;		/* the first row, for messages */
	int met;		/* a dossier with this id came by */
} pt_results_entry;

/* The group for a dossier's id (else the one for every dossier), marked
 * as met; NULL when the file has none. */
pt_results_entry *pt_results_find(pt_results *r, const char *id);
pt_redact_names *pt_results_names(pt_results *r);
pt_redact_names *pt_results_common(pt_results *r);
#endif
