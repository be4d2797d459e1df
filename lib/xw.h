/* The escaping XML writer (xw.c): every piece of XML and HTML pt writes
 * -- pt-render's HTML page and SVG pictures, the parts of a Word
 * document -- goes through it.  Names of elements and attributes come from
 * the program (and are checked); all other text goes through one escape
 * function. */
#ifndef PT_XW_H
#define PT_XW_H
#include "pt.h"

typedef struct pt_xw {
	pt_buf b;		/* written by the functions below only */
	const char **open;	/* the elements pt_xw_start opened, innermost last */
	size_t depth, cap;
	int pending;		/* a start tag still open for attributes */
} pt_xw;

/* Append s escaped for HTML/XML text and attribute values: & < > " ' as
 * entities; control characters dropped; bad UTF-8 becomes U+FFFD. */
void pt_xw_text(pt_xw *w, const char *s);

/* Tags by hand (HTML, SVG): "<tag", then attributes, then ">" or "/>".  A
 * tag or attribute name that is not [A-Za-z0-9_.:-] is refused (nothing
 * written), so none comes from data.  An attribute value's tab and line
 * breaks are written as character references, which survive reading. */
void pt_xw_open(pt_xw *w, const char *tag);
void pt_xw_attr(pt_xw *w, const char *name, const char *value);
void pt_xw_attrf(pt_xw *w, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void pt_xw_close(pt_xw *w);		/* ">" */
void pt_xw_selfclose(pt_xw *w);		/* "/>" */
void pt_xw_end(pt_xw *w, const char *tag);	/* "</tag>" */
void pt_xw_nl(pt_xw *w);
void pt_xw_doctype(pt_xw *w);		/* the one fixed line "<!DOCTYPE html>" */
/* A style sheet, raw; -1 (nothing written) if it holds a '<' that could
 * end the style element. */
int pt_xw_css(pt_xw *w, const char *css);
/* A whole element with text: <tag attrs...>text</tag>; attrs are
 * name/value pairs ending in NULL. */
void pt_xw_elem(pt_xw *w, const char *tag, const char *text, ...);

/* Nested elements (XML documents such as Word's parts): pt_xw_start
 * opens <name and remembers it (name must outlive the element: a string
 * of the program); pt_xw_attr adds attributes; the first text, child or
 * raw XML closes the start tag; pt_xw_finish ends the innermost element,
 * as "/>" when it holds nothing. */
void pt_xw_decl(pt_xw *w);	/* <?xml version="1.0" encoding="UTF-8" standalone="yes"?> and a newline */
void pt_xw_start(pt_xw *w, const char *name);
void pt_xw_finish(pt_xw *w);
/* XML that is no data's: pt's own, or a part of a reference document as
 * libxml2 parsed and wrote it out. */
void pt_xw_raw(pt_xw *w, const char *xml);

/* Take the text out (caller frees); the writer is empty again. */
char *pt_xw_take(pt_xw *w);
void pt_xw_free(pt_xw *w);
/* The text so far, never NULL; its length. */
const char *pt_xw_str(const pt_xw *w);
size_t pt_xw_len(const pt_xw *w);
/* Append what another writer wrote (escaped already). */
void pt_xw_append(pt_xw *w, const pt_xw *from);

/* Bytes of the UTF-8 character at p (valid, shortest form, no
 * surrogate), 0 when it is none. */
size_t pt_xw_utf8_len(const char *p);
/* Is the character of n bytes at p one XML and HTML do not allow (C0 but
 * tab and newline, DEL, C1)? */
int pt_xw_control(const char *p, size_t n);

#endif
