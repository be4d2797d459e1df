/* Topics (thema) of a proposal: given in voorstel.thema or recognised from
 * its titel and openVoorInbreng, and the groups a topic usually touches
 * (lib/data/thema-woorden.csv, thema-groepen.csv; pt-stakeholders(1)). */
#ifndef PT_THEMA_H
#define PT_THEMA_H
#include <stdint.h>
#include "pt.h"

#define PT_THEMA_WOORDEN "thema-woorden.csv"
#define PT_THEMA_GROEPEN "thema-groepen.csv"
#define PT_HERKEN_WOORDEN "herken-woorden.csv"

typedef struct pt_thema_tables pt_thema_tables;

/* Load the tables once: a path, else $PT_DATA_DIR, else the built-in
 * copy (the recognition words always so).  NULL with err set (exit 3 for
 * a bad row). */
pt_thema_tables *pt_thema_load(const char *woorden, const char *groepen, pt_error *err);
void pt_thema_free(pt_thema_tables *t);

/* The topics of a voorstel as a mask (bit i: pt_v_thema term i): the
 * given list when there is one (*given 1), else those recognised from
 * the words of titel and openVoorInbreng (*given 0). */
uint32_t pt_thema_detect(const pt_thema_tables *t, const json_t *voorstel, int *given);
/* The codes of a mask as a JSON list, in vocabulary order. */
json_t *pt_thema_json(uint32_t mask);

/* One group a topic usually touches: the groups that count for it (bit i:
 * pt_v_groep term i), the one to name, and whether it is hard to reach. */
typedef struct pt_thema_need {
	int thema;
	uint64_t mask;
	int first;
	int moeilijk;
} pt_thema_need;
/* Calls fn for each need of the topics in mask, each group named once. */
void pt_thema_needs(const pt_thema_tables *t, uint32_t mask,
		    void (*fn)(const pt_thema_need *n, void *ctx), void *ctx);

/* ---- what the words of a proposal say (lib/data/herken-woorden.csv) ---- */

/* The fields words are read in, as a mask. */
enum { PT_VELD_TITEL = 1, PT_VELD_VASTKADER = 2, PT_VELD_OPEN = 4, PT_VELD_LOCATIE = 8 };

/* One recognition: the value (an index in the fact's vocabulary, -1 when
 * the words say nothing), the field it was read in and the words as the
 * proposal writes them, for a melding the user can check. */
typedef struct pt_herkend {
	int waarde;
	const char *veld;	/* "titel", "vastKader", "openVoorInbreng", "locatie.naam" */
	char woorden[160];
} pt_herkend;

/* The vocabulary of a fact that words can say: instrument, zeggenschap,
 * initiatiefnemer, spoed and locaties (ja: several sites are weighed). */
const pt_vocab *pt_herken_vocab(const char *feit);

/* What the words of voorstel say about feit, read in the fields of velden
 * (in the order titel, vastKader, openVoorInbreng, locatie.naam; in each,
 * the rows of the table in order).  Returns out->waarde. */
int pt_herken(const pt_thema_tables *t, const char *feit, const json_t *voorstel, unsigned velden,
	      pt_herkend *out);
#endif
