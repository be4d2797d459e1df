/* pt-render: council documents in Markdown and HTML.  What cmd/pt-render.c
 * uses; the rest of the module is in render_priv.h. */
#ifndef PT_RENDER_H
#define PT_RENDER_H
#include "pt.h"

enum pt_render_format { PT_RENDER_MD, PT_RENDER_HTML, PT_RENDER_DOCX };

/* Sections, as a set of bits.  The paragraph is the public text for the
 * council; every other section belongs to the working document, which is
 * internal and says so on its first line.  --section all is the paragraph
 * with the whole working document behind it as a bijlage. */
enum {
	PT_RS_PARAGRAAF = 1,
	PT_RS_STAKEHOLDERS = 2,
	PT_RS_PLAN = 4,
	PT_RS_EVALUATIE = 8,
	PT_RS_MELDINGEN = 16,
	PT_RS_AFWEGING = 32,	/* the step, its trace and routes */
	PT_RS_OPBRENGST = 64,	/* the reactienota */
	PT_RS_WERK = 126,	/* the whole working document */
	PT_RS_ALL = 127,
	PT_RS_REACTIENOTA = 128	/* the public, anonymised reactienota: alone */
};

typedef struct pt_render_opts {
	int format;		/* enum pt_render_format */
	int sections;		/* PT_RS_* bits */
	enum pt_lang lang;
	int fragment;		/* HTML: the body alone, no page around it */
	int contacts;		/* --met-contactgegevens: show contact values */
	const char *output;	/* -o FILE, or a directory: one file per dossier */
	int keep_going;
	const char *css;	/* --css FILE; NULL: render.css ($PT_DATA_DIR or built in) */
	int progress;		/* --progress: the progress line from the start */
	const char *reference_doc;	/* --reference-doc FILE.docx; NULL: pt's plain one */
} pt_render_opts;

/* Parse a --section value into PT_RS_* bits; -1 if unknown. */
int pt_render_section(const char *s);

/* Read the dossiers in files (stdin when nfiles is 0) and write their
 * documents; returns the exit status of the run (pt(7)). */
int pt_render_run(const pt_render_opts *o, char **files, int nfiles);

#endif
