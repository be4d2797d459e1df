/* The voorstel section: fields, normalizing, checks (intake.c, intake_check.c,
 * interactive.c). */
#ifndef PT_INTAKE_H
#define PT_INTAKE_H
#include "pt.h"

typedef enum {
	PT_F_STR, PT_F_ID, PT_F_ENUM, PT_F_TREDE, PT_F_BOOL, PT_F_DATE, PT_F_LIST, PT_F_NUM
} pt_field_type;

typedef struct pt_intake_field {
	const char *path;	/* below voorstel, dotted */
	pt_field_type type;
	const pt_vocab *vocab;	/* PT_F_ENUM */
	int required;		/* unless geenParticipatie gives a reason */
	const char *csv_names;	/* header names, Dutch and English, '|'-separated */
} pt_intake_field;

extern const pt_intake_field pt_intake_fields[];
const pt_intake_field *pt_intake_field_find(const char *path);
/* A field's label, the question --interactive asks: lib/data/intake-velden.csv. */
const char *pt_intake_label(const pt_intake_field *f, int lang);
/* A text of pt-paragraph's intake by its id: lib/data/intake-teksten.csv. */
const char *pt_intake_text(int lang, const char *id);

/* Check types and turn enumerated values into their codes.  Exit 3 errors. */
int pt_intake_normalize(json_t *d, pt_loc loc, pt_error *err);
/* Is "field=value" well formed, with a field pt_intake_field_find knows?
 * 0, or PT_EXIT_USAGE with err naming the field and a did-you-mean. */
int pt_intake_set_check(const char *assignment, pt_error *err);
/* Apply "field=value" (a path with or without "voorstel.", its last part,
 * or a CSV column name).  Empty value removes.  Errors name "--set FIELD". */
int pt_intake_set(json_t *d, const char *assignment, pt_loc loc, pt_error *err);
/* The CSV columns for the fields, in pt_intake_fields order, ending {0}. */
void pt_intake_columns(pt_column *cols);
/* A dossier from a CSV row; errors name the column as hdr has it. */
json_t *pt_intake_from_row(const pt_csv_row *row, const pt_csv_row *hdr, const int *idx,
			   pt_loc loc, pt_error *err);
/* Put "pt": 1 first when the dossier has no version yet. */
void pt_dossier_stamp(json_t *d);
/* Replace pt-paragraph's meldingen with the content gaps found now. */
void pt_intake_check(json_t *d, int lang, long today);
/* Ask every field that applies on out, read answers from in ("?" explains
 * a question; on a terminal a blank required answer is asked again);
 * 0, or -1 at the end of the input. */
int pt_intake_ask(json_t *d, FILE *in, FILE *out, int lang);
/* The required fields still empty, "a, b" into names; their number (0
 * when geenParticipatie gives a reason: then none are required). */
int pt_intake_missing(json_t *d, pt_buf *names);
/* The meldingen of d as a short list for a person, on out. */
void pt_intake_summary(const json_t *d, FILE *out, int lang);
#endif
