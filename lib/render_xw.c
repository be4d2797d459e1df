/* The escaping writer: HTML and SVG that cmark cannot express.  Names of
 * tags and attributes come from this program only (and are checked); all
 * other text goes through xw_escape, the one place that escapes. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "render_priv.h"

/* The writer is a pt_buf that only this file writes into. */
static void put(pt_xw *w, const char *s, size_t n)
{
	pt_buf_put(&w->b, s, n);
}

static void puts_(pt_xw *w, const char *s)
{
	pt_buf_puts(&w->b, s);
}

/* Length of the UTF-8 sequence at p (valid, not overlong, no surrogates),
 * or 0 when it is not one. */
static size_t utf8_len(const unsigned char *p)
{
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
static int is_control(const unsigned char *p, size_t n)
{
	if (n == 1)
		return (p[0] < 0x20 && p[0] != '\t' && p[0] != '\n') || p[0] == 0x7F;
	return n == 2 && p[0] == 0xC2 && p[1] < 0xA0;
}

static void xw_escape(pt_xw *w, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		size_t n = utf8_len(p);
		if (n == 0) {
			puts_(w, "\xEF\xBF\xBD");
			p++;
			continue;
		}
		if (is_control(p, n)) {
			p += n;
			continue;
		}
		switch (*p) {
		case '&': puts_(w, "&amp;"); break;
		case '<': puts_(w, "&lt;"); break;
		case '>': puts_(w, "&gt;"); break;
		case '"': puts_(w, "&quot;"); break;
		case '\'': puts_(w, "&#39;"); break;
		default: put(w, (const char *)p, n);
		}
		p += n;
	}
}

void pt_xw_text(pt_xw *w, const char *s)
{
	if (s)
		xw_escape(w, s);
}

/* Names are ours, never data: refuse anything but [A-Za-z0-9-] (SVG
 * has viewBox). */
static int name_ok(const char *s)
{
	if (!s || !*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

void pt_xw_open(pt_xw *w, const char *tag)
{
	if (!name_ok(tag))
		return;
	puts_(w, "<");
	puts_(w, tag);
}

void pt_xw_attr(pt_xw *w, const char *name, const char *value)
{
	if (!name_ok(name) || !value)
		return;
	puts_(w, " ");
	puts_(w, name);
	puts_(w, "=\"");
	xw_escape(w, value);
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
	if (!name_ok(tag))
		return;
	puts_(w, "</");
	puts_(w, tag);
	puts_(w, ">");
}

void pt_xw_nl(pt_xw *w)
{
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

char *pt_xw_take(pt_xw *w)
{
	return w->b.len ? pt_buf_take(&w->b) : (pt_buf_free(&w->b), pt_xstrdup(""));
}

void pt_xw_free(pt_xw *w)
{
	pt_buf_free(&w->b);
}

const char *pt_xw_str(const pt_xw *w)
{
	return w->b.s ? w->b.s : "";
}

void pt_xw_append(pt_xw *w, const pt_xw *from)
{
	pt_buf_put(&w->b, pt_xw_str(from), from->b.len);
}

/* For cmark text nodes: cmark escapes markup itself, but a line break
 * inside a text node could still end a table row or start a block, and
 * control characters have no place in a document. */
char *pt_render_clean(const char *s)
{
	pt_buf b = PT_BUF_INIT;
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	pt_buf_put(&b, "", 0);
	while (*p) {
		size_t n = utf8_len(p);
		if (n == 0)
			pt_buf_puts(&b, "\xEF\xBF\xBD"), n = 1;
		else if (*p == '\n' || *p == '\t' || *p == '\r')
			pt_buf_putc(&b, ' ');
		else if (!is_control(p, n))
			pt_buf_put(&b, (const char *)p, n);
		p += n;
	}
	return pt_buf_take(&b);
}

const char *pt_render_shorten(const char *s, size_t max, char *buf, size_t n)
{
	size_t o = 0, chars = 0;
	const unsigned char *p = (const unsigned char *)s;
	if (n == 0)
		return buf;
	while (*p) {
		size_t k = utf8_len(p);
		if (k == 0)
			k = 1;
		if (chars + 1 > max || o + k + 4 > n) {
			/* Cut: make room for the ellipsis within max characters. */
			while (chars + 1 > max && o > 0) {
				do
					o--;
				while (o > 0 && ((unsigned char)buf[o] & 0xC0) == 0x80);
				chars--;
			}
			while (o > 0 && buf[o - 1] == ' ')
				o--;
			memcpy(buf + o, "\xE2\x80\xA6", 3);
			o += 3;
			break;
		}
		memcpy(buf + o, p, k);
		o += k;
		chars++;
		p += k;
	}
	buf[o] = '\0';
	return buf;
}

void pt_xw_doctype(pt_xw *w)
{
	puts_(w, "<!DOCTYPE html>\n");
}

/* A style sheet goes in raw (CSS has its own '>' and quotes), so it must
 * not be able to end the style element: no '<' at all. */
int pt_xw_css(pt_xw *w, const char *css)
{
	if (strchr(css, '<'))
		return -1;
	puts_(w, css);
	return 0;
}
