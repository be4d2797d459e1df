/* The standalone HTML page around the documents: head with the style
 * sheet (render.css, replaceable), body, and the end. */
#include <stdlib.h>
#include <string.h>
#include "render_priv.h"

int pt_render_css(const char *path, char **css, pt_error *err)
{
	const char *shown = "render.css";
	FILE *f = pt_data_open("render.css", path, &shown, err);
	if (!f)
		return err->status;
	pt_xw w = {0};
	char buf[4096];
	size_t n;
	pt_xw_text(&w, "");
	while ((n = fread(buf, 1, sizeof buf - 1, f)) > 0) {
		buf[n] = '\0';
		if (memchr(buf, '\0', n) || pt_xw_css(&w, buf) < 0) {
			fclose(f);
			pt_xw_free(&w);
			return pt_fail(err, PT_EXIT_DATA, (pt_loc){shown, 0},
				       "a style sheet may not contain '<' or NUL bytes; remove them");
		}
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		pt_xw_free(&w);
		return pt_fail(err, PT_EXIT_IO, (pt_loc){shown, 0}, pt_tr("read error"));
	}
	*css = pt_xw_take(&w);
	if (!pt_utf8_valid(*css, strlen(*css))) {
		free(*css);
		*css = NULL;
		return pt_fail(err, PT_EXIT_DATA, (pt_loc){shown, 0},
			       "the style sheet is not UTF-8; save it as UTF-8");
	}
	return 0;
}

static void meta(pt_xw *w, const char *name, const char *content)
{
	pt_xw_open(w, "meta");
	pt_xw_attr(w, "name", name);
	pt_xw_attr(w, "content", content);
	pt_xw_close(w);
	pt_xw_nl(w);
}

/* s as the text of a CSS string: quotes, backslashes, angle brackets and
 * control characters as hex escapes, so that no text from a dossier can end
 * the string, the rule or the style element. */
static void css_string(pt_buf *b, const char *s)
{
	char *c = pt_render_clean(s);
	pt_buf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)c; *p; p++) {
		if (*p == '"' || *p == '\\' || *p == '<' || *p == '>' || *p < 0x20)
			pt_buf_printf(b, "\\%x ", *p);
		else
			pt_buf_putc(b, (char)*p);
	}
	pt_buf_putc(b, '"');
	free(c);
}

/* The printed page's footer: kenmerk and title on the left (the page
 * numbers on the right are in render.css).  For a page of one dossier. */
static void page_footer(pt_xw *w, const char *footer)
{
	pt_buf b = PT_BUF_INIT;
	pt_buf_puts(&b, "@page { @bottom-left { content: ");
	css_string(&b, footer);
	pt_buf_puts(&b, "; font-size: 8.5pt; color: #555; } }\n");
	pt_xw_css(w, pt_buf_str(&b));
	pt_buf_free(&b);
}

void pt_render_page_head(pt_xw *w, const char *title, enum pt_lang lang, const char *css,
			 const char *footer)
{
	pt_render_page_head_as(w, title, lang, css, footer, "pt-render " PT_VERSION);
}

void pt_render_page_head_as(pt_xw *w, const char *title, enum pt_lang lang, const char *css,
			    const char *footer, const char *generator)
{
	pt_xw_doctype(w);
	pt_xw_open(w, "html");
	pt_xw_attr(w, "lang", lang == PT_EN ? "en" : "nl");
	pt_xw_close(w);
	pt_xw_nl(w);
	pt_xw_open(w, "head");
	pt_xw_close(w);
	pt_xw_nl(w);
	pt_xw_open(w, "meta");
	pt_xw_attr(w, "charset", "utf-8");
	pt_xw_close(w);
	pt_xw_nl(w);
	meta(w, "viewport", "width=device-width, initial-scale=1");
	meta(w, "generator", generator);
	pt_xw_elem(w, "title", title, NULL);
	pt_xw_nl(w);
	pt_xw_open(w, "style");
	pt_xw_close(w);
	pt_xw_nl(w);
	pt_xw_css(w, css ? css : "");
	if (footer)
		page_footer(w, footer);
	pt_xw_end(w, "style");
	pt_xw_nl(w);
	pt_xw_end(w, "head");
	pt_xw_nl(w);
	pt_xw_open(w, "body");
	pt_xw_close(w);
	pt_xw_nl(w);
}

char *pt_render_page_footer_text(const json_t *d)
{
	pt_buf f = PT_BUF_INIT;
	const char *id = pt_get_str(d, "voorstel.id"), *titel = pt_get_str(d, "voorstel.titel");
	pt_buf_printf(&f, "%s%s%s", id ? id : "", id && titel ? " \xC2\xB7 " : "", titel ? titel : "");
	if (!f.len) {
		pt_buf_free(&f);
		return NULL;
	}
	return pt_buf_take(&f);
}

/* The style sheet css with, on every printed page, the footer (kenmerk
 * and title; NULL none) and at the top CONCEPT for a paragraph not ready,
 * INTERN WERKDOCUMENT for a document that holds the working document, in
 * @page margin boxes (Chromium prints them).  Caller frees. */
char *pt_render_page_css(const char *css, const char *footer, int concept, int internal, enum pt_lang lang)
{
	pt_buf b = PT_BUF_INIT, mark = PT_BUF_INIT;
	pt_buf_puts(&b, css ? css : "");
	if (concept)
		pt_buf_puts(&mark, pt_zin("concept.merk", lang));
	if (internal)
		pt_buf_printf(&mark, "%s%s", mark.len ? " \xC2\xB7 " : "", pt_zin("werk.merk-kort", lang));
	if (footer && *footer) {
		pt_buf_puts(&b, "@page { @bottom-left { content: ");
		css_string(&b, footer);
		pt_buf_puts(&b, "; font-size: 8.5pt; color: #555; } }\n");
	}
	if (mark.len) {
		pt_buf_puts(&b, "@page { @top-center { content: ");
		css_string(&b, pt_buf_str(&mark));
		pt_buf_puts(&b, "; font-size: 9pt; font-weight: 700; color: #b2182b; letter-spacing: .08em; } }\n");
	}
	pt_buf_free(&mark);
	return pt_buf_take(&b);
}

void pt_render_page_foot(pt_xw *w)
{
	pt_xw_end(w, "body");
	pt_xw_nl(w);
	pt_xw_end(w, "html");
	pt_xw_nl(w);
}
