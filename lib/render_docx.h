/* pt-render's Word documents (render_docx.c, render_docx_ref.c,
 * render_png.c): what render_run.c calls, and what the three files share. */
#ifndef PT_RENDER_DOCX_H
#define PT_RENDER_DOCX_H
#include "render_priv.h"

/* Once a run, before the first dossier: the reference document (--reference-doc,
 * or pt's plain one) read and checked; 0 or an error (exit 3 for a file
 * that is no Word document, 4 when it cannot be read). */
int pt_docx_setup(const pt_render_opts *o, pt_error *err);
/* One dossier as a .docx, its bytes appended to out; *concept as
 * pt_render_dossier's.  The same input gives the same bytes. */
void pt_render_docx(const json_t *d, const pt_render_opts *o, pt_buf *out, int *concept);
/* Release what pt_docx_setup read. */
void pt_docx_cleanup(void);

/* An SVG of pt_svg_* drawn as a PNG, scale times its size in pixels,
 * appended to png; *w and *h its size in (unscaled) pixels. */
int pt_svg_png(const char *svg, int scale, pt_buf *png, int *w, int *h, pt_error *err);
/* What librsvg's fonts keep for the life of the process, given back. */
void pt_svg_png_cleanup(void);

/* ---- the reference document (render_docx_ref.c) ---------------------------- */

/* The styles a document uses, by their built-in names; the reference's
 * ids for them (Kop1 in a Dutch template, Heading1 in an English one). */
enum pt_docx_style {
	DS_HEADING1, DS_HEADING2, DS_HEADING3, DS_HEADING4, DS_HEADING5, DS_HEADING6,
	DS_LIST, DS_TABLE, DS_HEADER, DS_FOOTER, DS_COUNT
};

/* A header or footer part of the reference: its XML up to the closing tag
 * of its root (pt adds its line there) and that tag; its pictures. */
typedef struct pt_docx_media {
	char *rid;		/* the relationship id the part uses */
	char *name;		/* in the package: media/ref-N.ext */
	char *type;		/* content type */
	char *data;
	size_t len;
} pt_docx_media;

typedef struct pt_docx_hf {
	int footer;		/* 0 a header, 1 a footer */
	char kind[8];		/* default, first or even */
	char *head, *tail;	/* the part around pt's line */
	int wprefix;		/* its root binds w: to WordprocessingML */
	pt_docx_media *media;
	int nmedia;
} pt_docx_hf;

#define PT_DOCX_MAX_HF 6		/* default, first and even; header and footer */
#define PT_DOCX_MAX_MEDIA 4		/* pictures in one of them */

typedef struct pt_docx_ref {
	char *styles;		/* styles.xml */
	const char *style_id[DS_COUNT];
	char *sect;		/* the sectPr's page settings, as XML; NULL: A4 */
	long text_width;	/* the page less its margins, in twips */
	char *theme;		/* word/theme/theme1.xml, or NULL */
	pt_docx_hf *hf;
	int nhf;
} pt_docx_ref;

/* Read the reference (path NULL: pt's plain one) for documents in lang. */
int pt_docx_ref_load(pt_docx_ref *ref, const char *path, enum pt_lang lang, pt_error *err);
void pt_docx_ref_free(pt_docx_ref *ref);
/* pt's own styles.xml, as a reference without one gets it. */
char *pt_docx_default_styles(enum pt_lang lang, size_t *len);

#define DOCX_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DOCX_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define DOCX_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

#endif
