/* The stakeholders section: who has which interest, how much influence,
 * and how to involve each: the record (stakeholders_record.c), the tables
 * (stakeholders_data.c), the -f file (stakeholders_file.c) and the analysis
 * of a dossier (stakeholders.c), each depending only on those before it. */
#ifndef PT_STAKEHOLDERS_H
#define PT_STAKEHOLDERS_H
#include <stdint.h>
#include "pt.h"

/* Positions in pt_v_kwadrant, pt_v_salience and pt_v_houding (vocab.c);
 * pt_sh_tables_load checks that they still agree. */
enum pt_sh_kwadrant { PT_KW_ACTIEF, PT_KW_TEVREDEN, PT_KW_CONSULTEREN, PT_KW_INFORMEREN, PT_KW_N };
enum pt_sh_salience {
	PT_SAL_SLAPEND, PT_SAL_DISCRETIONAIR, PT_SAL_VEELEISEND, PT_SAL_DOMINANT, PT_SAL_GEVAARLIJK,
	PT_SAL_AFHANKELIJK, PT_SAL_DEFINITIEF, PT_SAL_GEEN, PT_SAL_N
};
enum pt_sh_houding { PT_HOUDING_VOOR, PT_HOUDING_TWIJFEL, PT_HOUDING_TEGEN, PT_HOUDING_ONBEKEND };

/* The fields a stakeholder can carry, as read from the dossier, a CSV
 * column or a JSON key (Dutch or English names, see stakeholders.c). */
enum pt_sh_col {
	PT_SH_NAAM, PT_SH_GROEP, PT_SH_TAGS, PT_SH_INVLOED, PT_SH_BELANG, PT_SH_HOUDING,
	PT_SH_LEGITIEM, PT_SH_URGENT, PT_SH_CONTACT, PT_SH_OPMERKING, PT_SH_VOORSTEL, PT_SH_ROL,
	PT_SH_NCOLS
};
extern const pt_column pt_sh_columns[];	/* PT_SH_NCOLS entries, then {0} */

/* One stakeholder as given by one source; absent fields are marked so a
 * merge can tell "not given" from a value.  Strings are borrowed from the
 * dossier or the loaded file. */
typedef struct pt_sh {
	const char *naam;
	char key[256];		/* pt_fold(naam): the merge key */
	int groep;		/* index in pt_v_groep, -1 absent */
	int has_tags;
	uint64_t tags;		/* bit i: pt_v_groep term i */
	int invloed, belang;	/* 1..5, 0 absent */
	int houding;		/* index in pt_v_houding, -1 absent */
	int legitiem, urgent;	/* 0/1, -1 absent */
	int rol;		/* enum pt_rol, -1 absent (then from groep) */
	const char *contact, *opmerking;
	const char *voorstel;	/* -f rows only: the dossier id it belongs to */
	const json_t *extra;	/* the dossier's object, for keys we do not know */
	pt_loc loc;		/* where it was read */
	char where[48];		/* "stakeholders[2]", "[3]" or "" for messages */
} pt_sh;

void pt_sh_init(pt_sh *s);
/* Set one field from a JSON value or text (CSV), checked against the
 * vocabularies.  Returns 0, or PT_EXIT_DATA with err set. */
int pt_sh_set(pt_sh *s, int col, const json_t *v, const char *text, pt_error *err);
/* Read one stakeholder object (dossier or JSON file). */
int pt_sh_from_json(pt_sh *s, const json_t *obj, int keep_extra, pt_error *err);
/* The fields given in from overwrite those of into. */
void pt_sh_merge(pt_sh *into, const pt_sh *from);
/* The column a JSON key names (canonical or by its Dutch and English
 * names); -1: not ours; PT_SH_NCOLS: one we derive. */
int pt_sh_column_of(const char *key);

/* Write the header row of a stakeholder spreadsheet (--template); delim 0:
 * ';' with a UTF-8 byte order mark for Dutch, ',' for English.  -1 on a
 * write error. */
int pt_sh_template(FILE *f, int lang, int delim);

/* invloed/belang: 1..5, or laag/midden/hoog as 1/3/5.  0 when not valid. */
int pt_sh_level(const char *s);
/* Index in pt_v_kwadrant: high is >= drempel. */
int pt_sh_kwadrant(int invloed, int belang, int drempel);
/* Index in pt_v_salience from the three attributes (Mitchell, Agle & Wood). */
int pt_sh_salience(int power, int legitiem, int urgent);

/* The editable tables of lib/data/, parsed once per process. */
typedef struct pt_sh_tables pt_sh_tables;
pt_sh_tables *pt_sh_tables_load(const char *aanpak, const char *treden, const char *checklist,
				pt_error *err);
void pt_sh_tables_free(pt_sh_tables *t);
/* The advice for a partner, another authority or the initiator (rol). */
const char *pt_sh_aanpak_rol(const pt_sh_tables *t, int rol, int lang);
/* Where a stakeholder stands: the indexes its advice is made of. */
typedef struct pt_sh_stand {
	int kwadrant, salience;
	int houding;		/* -1: none */
} pt_sh_stand;
/* The advice for a stakeholder, into buf, in lang (aanpak.csv's column
 * of that language, else the Dutch). */
const char *pt_sh_aanpak(const pt_sh_tables *t, pt_sh_stand st, int lang, char *buf, size_t n);
/* Index in pt_v_burgertrede for kwadrant and salience; a dependent
 * stakeholder is raised one step above the kwadrant's own step. */
int pt_sh_trede(const pt_sh_tables *t, int kwadrant, int salience);
/* A sentence of pt-stakeholders by its id: lib/data/stakeholders-teksten.csv. */
const char *pt_sh_text(int lang, const char *id);
/* Calls fn for each checklist group a plan of this schaal and soort
 * (indexes, -1 when unknown) usually touches: mask holds the groups that
 * count, first the one to name. */
typedef void (*pt_sh_need_fn)(uint64_t mask, int first, void *ctx);
void pt_sh_checklist(const pt_sh_tables *t, int schaal, int soort, pt_sh_need_fn fn, void *ctx);

/* The stakeholders of a -f file, loaded once per process. */
typedef struct pt_sh_file pt_sh_file;
pt_sh_file *pt_sh_file_load(const char *path, int delim, pt_error *err);
void pt_sh_file_free(pt_sh_file *f);
/* Calls fn for each entry that applies to the dossier with this id (NULL:
 * none): the rows without a voorstel, then those for this id.  dups is the
 * number of extra rows merged into it within the file. */
typedef void (*pt_sh_entry_fn)(const pt_sh *s, int dups, void *ctx);
void pt_sh_file_each(const pt_sh_file *f, const char *id, pt_sh_entry_fn fn, void *ctx);
/* Note that a dossier with this id was in the input (NULL: none). */
void pt_sh_file_met(pt_sh_file *f, const char *id);
/* Each voorstel id of the file that no dossier had, once, in file order:
 * report gets "voorstel 'X' matches no dossier in the input" at its first
 * row (status 0: a warning).  Returns how many. */
size_t pt_sh_file_unmatched(const pt_sh_file *f, void (*report)(const pt_error *w));

typedef struct pt_sh_opts {
	int drempel;		/* >= drempel is high; default 3 */
	int lang;
	const pt_sh_tables *tables;
	pt_sh_file *file;	/* NULL without -f; the ids met are marked */
	const char *bron;	/* "pt-stakeholders" */
	const struct pt_thema_tables *themas;	/* topic groups, or NULL */
} pt_sh_opts;

/* Build the stakeholders section of d and this program's meldingen. */
int pt_sh_run(json_t *d, const pt_loc *loc, const pt_sh_opts *o, pt_error *err);

#endif
