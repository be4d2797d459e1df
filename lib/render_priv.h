/* pt-render's insides (render.c and the render_*.c beside it).
 *
 * The document is a cmark node tree rendered by cmark-gfm (with the GFM
 * table extension): dossier text only ever lands in text nodes, which cmark
 * escapes.  What cmark cannot express -- the standalone HTML page with its
 * CSS, and the SVG pictures -- is written by the escaping writer pt_xw,
 * whose every piece of text goes through one escape function (xw.c, the
 * core's, which Word's parts use too). */
#ifndef PT_RENDER_PRIV_H
#define PT_RENDER_PRIV_H
#include "render.h"
#include "xw.h"

/* One dossier's document, as text the caller frees.  pics (may be NULL)
 * collects the SVG pictures a Markdown document in a directory links to:
 * names and contents, each malloc'ed, npics counting them.  *concept (may
 * be NULL) is set when the paragraph has an open question. */
typedef struct pt_render_pic {
	char *name;		/* file name, e.g. CV-1-krachtenveld.svg */
	char *svg;
} pt_render_pic;

char *pt_render_dossier(const json_t *d, const pt_render_opts *o, int pics_beside,
			pt_render_pic *pics, int *npics, int *concept);
void pt_render_pics_free(pt_render_pic *pics, int npics);


/* ---- one document being built (render.c, render_para.c) ----------------- */

#include <cmark-gfm.h>

/* The document as its cmark tree, which the caller renders and frees:
 * pt_render_dossier's Markdown and HTML, render_docx.c's Word. */
cmark_node *pt_render_tree(const json_t *d, const pt_render_opts *o, int pics_beside,
			   pt_render_pic *pics, int *npics, int *concept);

typedef struct doc {
	cmark_node *root;
	const json_t *d;
	const pt_render_opts *o;
	enum pt_lang lang;
	int pics_beside;	/* Markdown in a directory: pictures as files */
	pt_render_pic *pics;
	int *npics;
	const char *id;
	json_t *per_stakeholder;	/* naam -> trede, made when first needed */
	const char **zv;	/* the dossier's values every sentence pattern may
				 * use (render_para.c), name/value pairs, NULL-ended */
} doc;

#define L(key) pt_rl(key, r->lang)

/* Tree building (render_doc.c): dossier text only ever becomes a text
 * node.  rd_cmark_setup once before, then rd_html_exts for the renderer. */
void rd_cmark_setup(void);
extern cmark_llist *rd_html_exts;
cmark_node *rd_child(cmark_node *parent, cmark_node_type t);
void rd_add_text(cmark_node *parent, const char *s);
void rd_add_strong(cmark_node *parent, const char *s);
void rd_heading(cmark_node *root, int level, const char *s);
cmark_node *rd_para(cmark_node *root);
cmark_node *rd_bullets(cmark_node *root);
cmark_node *rd_item(cmark_node *list);
void rd_labelled(cmark_node *p, const char *label, const char *value);
cmark_node *rd_table(cmark_node *root, const char *aligns, const char *const *head);
cmark_node *rd_row(cmark_node *t);
cmark_node *rd_cell(cmark_node *row_, const char *s);

/* Values of the dossier: a non-empty string or NULL; a boolean as 1, 0 or
 * -1 when absent; a finite number. */
const char *rd_str(const json_t *o, const char *path);
/* An activity's name in the document's language (render_doc.c). */
const char *rd_activity_name(doc *r, const json_t *a);
const char *rd_label_of(doc *r, const pt_vocab *v, const char *code);
/* Whether the dossier has participation: a reason for none, or
 * strategie.participatie false, is none; true is some; else unknown. */
enum { PART_ONBEKEND, PART_WEL, PART_GEEN };
int rd_participation(doc *r);
/* The naming rule (lib/data/namen.csv): organisations by name, private
 * persons never.  rd_org_name: the stakeholder's naam when its groep is an
 * organisation's and the naam is no person's, else NULL.  rd_person_name:
 * a naam that is a private person's (a marker such as "Fam.", initials,
 * or a digit of an address).  rd_general_place: a location that names no
 * place ("hele gemeente"). */
const char *rd_org_name(const json_t *s);
int rd_person_name(const char *naam);
int rd_general_place(const char *plek);
int rd_boolean(const json_t *o, const char *path);
int rd_number(const json_t *o, const char *path, double *out);
const char *rd_fmt_num(doc *r, double v, char *buf, size_t n);
const char *rd_fmt_euro(doc *r, double v, char *buf, size_t n);
const char *rd_fmt_date(doc *r, const char *s, char *buf, size_t n);
const char *rd_trede_label(doc *r, const char *code);
char *rd_join(doc *r, const json_t *arr, const char *key, const pt_vocab *v, const char *sep);

/* The paragraph for the council (render_para.c): running text in the
 * order of pt(7), from the sentence patterns in zinnen.csv.  Returns 1
 * when the dossier has an open choice and the paragraph is a CONCEPT. */
int rd_paragraaf(doc *r);
/* A stakeholder's role (pt-dossier(5)): given, else from its groep;
 * "" for the press and politics, who are no participants. */
const char *rd_role(const json_t *s);
/* The open question of a dossier that is not ready, or NULL; into buf. */
const char *rd_open_question(doc *r, char *buf, size_t n);

/* ---- sentence patterns (render_zin.c, lib/data/zinnen.csv) --------------- */

/* Load zinnen.csv ($PT_DATA_DIR or built in) once; 0 or an error. */
int pt_zin_load(pt_error *err);
/* The pattern for key in lang, or NULL when there is none. */
const char *pt_zin(const char *key, enum pt_lang lang);
/* The pattern for key with every {name} replaced by the value of that
 * name in vars (name, value pairs ending in NULL).  NULL when the key is
 * unknown or a name it uses has no value: a sentence is whole or absent.
 * Caller frees. */
char *pt_zin_fill(const char *key, enum pt_lang lang, const char *const *vars);
/* pattern with every {name} replaced by the value of that name in vars
 * (name, value pairs ending in NULL).  A name without a (non-empty) value:
 * NULL when strict, else the {name} stays as written.  Caller frees. */
char *pt_fill(const char *pattern, const char *const *vars, int strict);

/* ---- the files written by one -o DIR run (render_names.c) -------------- */

/* A set of file names, each with the location of the dossier that wrote
 * it.  It grows with the number of dossiers (a short string each): the
 * one thing a run keeps from dossier to dossier, and only with -o DIR. */
typedef struct pt_render_names pt_render_names;

pt_render_names *pt_render_names_new(void);
/* The name as it was added, and in *loc (may be NULL) where its dossier
 * started; NULL if no such name was written. */
const char *pt_render_names_find(const pt_render_names *s, const char *name, pt_loc *loc);
/* Add name; loc.file is kept as a pointer and must outlive the set. */
void pt_render_names_add(pt_render_names *s, const char *name, pt_loc loc);
/* From now on names that differ only in ASCII case are the same: for a
 * directory on a file system that does not tell them apart. */
void pt_render_names_fold(pt_render_names *s);
void pt_render_names_free(pt_render_names *s);

/* A werkvorm id made readable, for a plan's alternatives: the name the
 * plan gives it (one of its own activities), or else the id with '-' and
 * '_' as spaces and a capital first letter.  Caller frees. */
char *pt_render_werkvorm_name(const json_t *activiteiten, const char *id);

/* ---- labels (render_labels.c, lib/data/render-teksten.csv) ------------- */

enum pt_rl {
	RL_AANPAK,
	RL_AANSPREEKPUNT,
	RL_ADVIES,
	RL_AFDELING,
	RL_AFWEGING_INTAKE,
	RL_AGENDA,
	RL_AGENDA_INFORMEREN,
	RL_AGENDA_RAADPLEGEN,
	RL_AGENDA_ADVISEREN,
	RL_AGENDA_COPRODUCEREN,
	RL_AGENDA_MEEBESLISSEN,
	RL_GEBONDEN,
	RL_GEBONDEN_INFORMEREN,
	RL_GEBONDEN_RAADPLEGEN,
	RL_GEBONDEN_ADVISEREN,
	RL_GEBONDEN_COPRODUCEREN,
	RL_GEBONDEN_MEEBESLISSEN,
	RL_ROL_GEMEENTE,
	RL_ROL_REGULEREN,
	RL_ROL_REGISSEREN,
	RL_ROL_STIMULEREN,
	RL_ROL_FACILITEREN,
	RL_ROL_LOSLATEN,
	RL_AS_BELANG,
	RL_AS_INVLOED,
	RL_BELANG,
	RL_BELANGHEBBENDE,
	RL_BELANGHEBBENDEN,
	RL_BELEIDSFASE,
	RL_BELEIDSRUIMTE,
	RL_BESLUIT_DOOR,
	RL_BIJGESTELD_KOSTEN,
	RL_BIJGESTELD_UREN,
	RL_BRON,
	RL_BUDGET,
	RL_C1,
	RL_C2,
	RL_C3,
	RL_C4,
	RL_C5,
	RL_C6,
	RL_C7,
	RL_C8,
	RL_C9,
	RL_C10,
	RL_CONFLICT,
	RL_CONTACT,
	RL_CRITERIUM,
	RL_DATUM_BESLUIT,
	RL_DEELNEMERS,
	RL_DOELGROEPEN,
	RL_EIGEN_LESSEN,
	RL_EINDOORDEEL,
	RL_FMT_ALTERNATIEVEN,
	RL_FMT_COLLEGAS,
	RL_FMT_GEREED,
	RL_FMT_LESSEN,
	RL_FMT_NIET_GEPLAATST,
	RL_FMT_ONTBREEKT,
	RL_FMT_OORDEEL,
	RL_FMT_RAAD_INFO,
	RL_FMT_RESPONDENTEN,
	RL_FMT_ROUTES,
	RL_FMT_WEEK,
	RL_GATE_KEUZES,
	RL_GATE_MERKBAAR,
	RL_GATE_MIDDELEN,
	RL_GEEN_MELDINGEN,
	RL_GEEN_PARTICIPATIE,
	RL_GEPLAND,
	RL_GEREEDHEID,
	RL_GRID_TITLE,
	RL_GROEP,
	RL_HOUDING,
	RL_H_AANLEIDING,
	RL_H_ALTERNATIEVEN,
	RL_H_BETROKKENEN,
	RL_H_CHECKLIST,
	RL_H_EVALUATIE,
	RL_H_GEPLAND_WERKELIJK,
	RL_H_KADERS,
	RL_H_LESSEN,
	RL_H_MELDINGEN,
	RL_H_OPENPUNTEN,
	RL_H_PARAGRAAF,
	RL_H_PLAN,
	RL_H_PLANNING,
	RL_H_RAAD,
	RL_H_STAKEHOLDERS,
	RL_H_TERUGKOPPELING,
	RL_H_TREDE,
	RL_H_VERGELIJKBAAR,
	RL_IMPACT,
	RL_INITIATIEFNEMER,
	RL_INVLOED,
	RL_JA,
	RL_KENMERK,
	RL_KOSTEN,
	RL_KWADRANT,
	RL_LOCATIE,
	RL_MAAND_1,
	RL_MAAND_2,
	RL_MAAND_3,
	RL_MAAND_4,
	RL_MAAND_5,
	RL_MAAND_6,
	RL_MAAND_7,
	RL_MAAND_8,
	RL_MAAND_9,
	RL_MAAND_10,
	RL_MAAND_11,
	RL_MAAND_12,
	RL_MOTIVATIE_KEUZE,
	RL_NEE,
	RL_NR,
	RL_NVT_GEEN,
	RL_OMGEVINGSWET,
	RL_ONBEKEND,
	RL_ONDERBOUWING,
	RL_OORDEEL,
	RL_OPEN_ACTIVITEITEN,
	RL_OPEN_CRITERIA,
	RL_OPEN_EVALUATIE,
	RL_OPEN_GEWENST,
	RL_OPEN_PARTICIPATIE,
	RL_OPEN_PLAN,
	RL_OPEN_PUNT,
	RL_OPEN_REDEN_GEEN,
	RL_OPEN_STAKEHOLDERS,
	RL_OPEN_VOOR_INBRENG,
	RL_OPEN_VOOR_INBRENG_NAAM,
	RL_OVER_BUDGET,
	RL_POLITIEK_GEVOELIG,
	RL_PORTEFEUILLEHOUDER,
	RL_PUNT,
	RL_RAAD_BESLUIT,
	RL_RAAD_BESLUIT_GEEN,
	RL_INVLOED_BELANG,
	RL_RAAD_GEVOELIG,
	RL_REDEN,
	RL_ROUTES,
	RL_SALIENCE,
	RL_SCHAAL,
	RL_SOORT,
	RL_SUCCESFACTOREN,
	RL_TEAM,
	RL_TERUG_GEEN,
	RL_TERUG_WEL,
	RL_TL_BESLUIT,
	RL_TL_TITLE,
	RL_TL_WEKEN,
	RL_TOELICHTING,
	RL_TOTAAL_KOSTEN,
	RL_TOTAAL_UREN,
	RL_TREDE,
	RL_UITZONDERING,
	RL_UREN,
	RL_UURTARIEF,
	RL_VALKUILEN,
	RL_VAST,
	RL_VAST_KADER,
	RL_VERSCHIL,
	RL_VOLDAAN,
	RL_WEEK,
	RL_WEEK_ONBEKEND,
	RL_WEL_PARTICIPATIE,
	RL_WERKELIJK,
	RL_WERKVORM,
	RL_ZONDER_TITEL,
	RL_NVT_RUIMTE,
	RL_BEDRAG,
	RL_COUNT
};
/* The label of key in lang (lib/data/render-teksten.csv), Dutch where
 * the table has no cell for lang. */
const char *pt_rl(enum pt_rl key, enum pt_lang lang);
/* The label with every {name} filled as pt_fill does, a name without a
 * value left as written.  Caller frees. */
char *pt_rl_fill(enum pt_rl key, enum pt_lang lang, const char *const *vars);

/* ---- pictures (render_svg.c) -------------------------------------------- */

/* The power-interest grid of a stakeholders array, numbered as in the
 * table; NULL when there is nothing to draw.  own_style: the picture
 * carries its style sheet (a file of its own).  Caller frees. */
char *pt_svg_grid(const json_t *stakeholders, enum pt_lang lang, int own_style);
/* The plan's activities on a line of weeks before the decision; of
 * months when the decision date is known (besluit: days since 1970, or -1). */
char *pt_svg_timeline(const json_t *activiteiten, enum pt_lang lang, long besluit, int own_style);
/* Indexes of the activities in week order, those without a week last
 * (stable); caller frees. */
size_t *pt_render_week_order(const json_t *activiteiten);
/* s shortened to at most max characters (UTF-8), ending in an ellipsis
 * when cut; into buf (render_doc.c, as pt_render_clean). */
const char *pt_render_shorten(const char *s, size_t max, char *buf, size_t n);
/* Dossier text made fit for one line: control characters and line
 * breaks become spaces, bad UTF-8 becomes U+FFFD.  Caller frees. */
char *pt_render_clean(const char *s);

/* The standalone page around documents (render_page.c). */
int pt_render_css(const char *path, char **css, pt_error *err);
/* footer (may be NULL): the printed pages' footer, "kenmerk · title". */
void pt_render_page_head(pt_xw *w, const char *title, enum pt_lang lang, const char *css,
			 const char *footer);
/* The same, with generator as the page's <meta name="generator"> (the
 * batch index marks itself so: "pt-render-index VERSION"). */
void pt_render_page_head_as(pt_xw *w, const char *title, enum pt_lang lang, const char *css,
			    const char *footer, const char *generator);
void pt_render_page_foot(pt_xw *w);
/* "kenmerk · titel" of a dossier for the printed footer; NULL when it has
 * neither.  Caller frees. */
char *pt_render_page_footer_text(const json_t *d);
/* The style sheet with the footer and the CONCEPT / INTERN WERKDOCUMENT
 * marks on every printed page (render_page.c).  Caller frees. */
char *pt_render_page_css(const char *css, const char *footer, int concept, int internal, enum pt_lang lang);

#endif
