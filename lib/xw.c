/* The escaping XML writer: HTML, SVG and the parts of a Word document.
 * Names of tags and attributes come from this program only (and are
 * checked); all other text goes through escape, the one place that
 * escapes.  The core room: it calls only the buffer (buf.c, alloc.c). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "xw.h"

/* The writer is a pt_buf that only this file writes into. */
static void put(pt_xw *w, const char *s, size_t n)
{
	pt_buf_put(&w->b, s, n);
}

static void puts_(pt_xw *w, const char *s)
{
	pt_buf_puts(&w->b, s);
}

/* A start tag left open for attributes is closed before anything else
 * is written. */
static void settle(pt_xw *w)
{
	if (w->pending)
		puts_(w, ">");
	w->pending = 0;
}

size_t pt_xw_utf8_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		return (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		if ((p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] >= 0xA0))
			return 0;
		return 3;
	}
	if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		if ((p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
			return 0;
		if ((p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] >= 0x90))
			return 0;
		return 4;
	}
	return 0;
}

/* C0 and C1 controls (tab and newline excepted) and DEL are not allowed
 * in HTML text or XML at all: they are dropped. */
int pt_xw_control(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	if (n == 1)
		return (p[0] < 0x20 && p[0] != '\t' && p[0] != '\n') || p[0] == 0x7F;
	return n == 2 && p[0] == 0xC2 && p[1] < 0xA0;
}

/* in_attr: a tab or line break as a character reference, since reading
 * an attribute value turns them into spaces. */
static void escape(pt_xw *w, const char *s, int in_attr)
{
	while (*s) {
		size_t n = pt_xw_utf8_len(s);
		if (n == 0) {
			puts_(w, "\xEF\xBF\xBD");
			s++;
			continue;
		}
		if (pt_xw_control(s, n)) {
			s += n;
			continue;
		}
		switch (*s) {
		case '&': puts_(w, "&amp;"); break;
		case '<': puts_(w, "&lt;"); break;
		case '>': puts_(w, "&gt;"); break;
		case '"': puts_(w, "&quot;"); break;
		case '\'': puts_(w, "&#39;"); break;
		case '\t': puts_(w, in_attr ? "&#9;" : "\t"); break;
		case '\n': puts_(w, in_attr ? "&#10;" : "\n"); break;
		default: put(w, s, n);
		}
		s += n;
	}
}

void pt_xw_text(pt_xw *w, const char *s)
{
	settle(w);
	if (s)
		escape(w, s, 0);
}

/* Names are ours, never data: refuse anything but [A-Za-z0-9_.:-] (SVG
 * has viewBox, Word w:val and xml:space). */
static int name_ok(const char *s)
{
	if (!s || !*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' || *s == '.' || *s == ':'))
			return 0;
	return 1;
}

/* lead and a checked name, after what is pending; 0 when refused. */
static int tag_start(pt_xw *w, const char *lead, const char *name)
{
	if (!name_ok(name))
		return 0;
	settle(w);
	puts_(w, lead);
	puts_(w, name);
	return 1;
}

void pt_xw_open(pt_xw *w, const char *tag)
{
	tag_start(w, "<", tag);
}

void pt_xw_attr(pt_xw *w, const char *name, const char *value)
{
	if (!name_ok(name) || !value)
		return;
	puts_(w, " ");
	puts_(w, name);
	puts_(w, "=\"");
	escape(w, value, 1);
	puts_(w, "\"");
}

void pt_xw_attrf(pt_xw *w, const char *name, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	pt_xw_attr(w, name, buf);
}

void pt_xw_close(pt_xw *w)
{
	puts_(w, ">");
}

void pt_xw_selfclose(pt_xw *w)
{
	puts_(w, "/>");
}

void pt_xw_end(pt_xw *w, const char *tag)
{
	if (tag_start(w, "</", tag))
		puts_(w, ">");
}

void pt_xw_nl(pt_xw *w)
{
	settle(w);
	puts_(w, "\n");
}

void pt_xw_elem(pt_xw *w, const char *tag, const char *text, ...)
{
	va_list ap;
	pt_xw_open(w, tag);
	va_start(ap, text);
	for (const char *name; (name = va_arg(ap, const char *)) != NULL;)
		pt_xw_attr(w, name, va_arg(ap, const char *));
	va_end(ap);
	pt_xw_close(w);
	pt_xw_text(w, text);
	pt_xw_end(w, tag);
}

void pt_xw_doctype(pt_xw *w)
{
	settle(w);
	puts_(w, "<!DOCTYPE html>\n");
}

/* A style sheet goes in raw (CSS has its own '>' and quotes), so it must
 * not be able to end the style element: no '<' at all. */
int pt_xw_css(pt_xw *w, const char *css)
{
	if (strchr(css, '<'))
		return -1;
	settle(w);
	puts_(w, css);
	return 0;
}

/* ---- nested elements ----------------------------------------------------- */

void pt_xw_decl(pt_xw *w)
{
	settle(w);
	puts_(w, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

/* A refused name is still remembered, so that its pt_xw_finish ends
 * nothing else; it writes nothing, nor do its attributes' ends. */
void pt_xw_start(pt_xw *w, const char *name)
{
	if (w->depth == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 16;
		w->open = pt_xrealloc(w->open, w->cap * sizeof *w->open);
	}
	w->open[w->depth++] = name;
	if (tag_start(w, "<", name))
		w->pending = 1;
}

void pt_xw_finish(pt_xw *w)
{
	if (w->depth == 0)
		return;
	const char *name = w->open[--w->depth];
	if (!name_ok(name))
		return;
	if (w->pending) {
		puts_(w, "/>");
		w->pending = 0;
	} else {
		pt_xw_end(w, name);
	}
}

void pt_xw_raw(pt_xw *w, const char *xml)
{
	settle(w);
	if (xml)
		puts_(w, xml);
}

/* ---- the text ------------------------------------------------------------ */

char *pt_xw_take(pt_xw *w)
{
	char *s = w->b.len ? pt_buf_take(&w->b) : (pt_buf_free(&w->b), pt_xstrdup(""));
	free(w->open);
	w->open = NULL, w->depth = w->cap = 0, w->pending = 0;
	return s;
}

void pt_xw_free(pt_xw *w)
{
	pt_buf_free(&w->b);
	free(w->open);
	w->open = NULL, w->depth = w->cap = 0, w->pending = 0;
}

const char *pt_xw_str(const pt_xw *w)
{
	return w->b.s ? w->b.s : "";
}

size_t pt_xw_len(const pt_xw *w)
{
	return w->b.len;
}

void pt_xw_append(pt_xw *w, const pt_xw *from)
{
	settle(w);
	pt_buf_put(&w->b, pt_xw_str(from), from->b.len);
}
