/* The opbrengst section: what came of participation (pt-results).  A
 * reactienota spreadsheet (CSV) or JSON is read once per process
 * (results.c), into one opbrengst per voorstel id; each dossier then gets
 * its own (results_run.c), free of personal data, with the dossier's own
 * place and organisations kept (pt_redact_keep). */
#ifndef PT_RESULTS_H
#define PT_RESULTS_H
#include "pt.h"

extern const pt_vocab pt_v_steun, pt_v_besluit;

typedef struct pt_results pt_results;

/* Read path ("-": stdin): CSV (delim 0 sniffs) or JSON when it starts with
 * '{' or '['.  Personal-data columns are dropped and their values taken
 * out of every text a dossier gets; personal-data fields in JSON are
 * refused. */
pt_results *pt_results_load(const char *path, int delim, pt_error *err);
/* The same from len bytes in memory; name (kept, not copied) for messages. */
pt_results *pt_results_parse(const char *name, const char *buf, size_t len, int delim, pt_error *err);
void pt_results_free(pt_results *r);
/* The personal-data columns the CSV had, "naam, e-mail" ("" for none). */
const char *pt_results_dropped(const pt_results *r);

typedef struct pt_results_opts {
	pt_results *file;
	long deelnemers;		/* --deelnemers; -1: from the file */
	const char *terugkoppeling;	/* --terugkoppeling; NULL: from the file */
	int lang;
} pt_results_opts;

/* Write the dossier's opbrengst and pt-results' meldingen; a dossier the
 * file has nothing for passes unchanged. */
int pt_results_run(json_t *d, const pt_results_opts *o, pt_error *err);

/* Report each voorstel id of the file that no dossier had (status 0). */
size_t pt_results_unmatched(const pt_results *r, void (*report)(const pt_error *w));

/* For the unit tests: a date as people write it (2027-03-12, 12-3-2027,
 * 12/03/2027) as YYYY-MM-DD into iso[11]; -1 when it is none. */
int pt_results_date(const char *s, char iso[11]);
#endif
