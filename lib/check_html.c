#define _GNU_SOURCE /* memmem */
/* HTML into --check blocks, parsed by gumbo (an HTML5 parser): the same
 * blocks as Markdown gives, so the same rules judge both.  h1-h6 are
 * headings; a table row is an entry labelled by its first cell; a list
 * item an entry labelled by its bold start or the words before a colon;
 * other text runs up to the next block element are paragraphs. */
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>
#include <gumbo.h>
#include "pt.h"
#include "check_int.h"

/* Deeper than this, text is still read but blocks are no longer split:
 * a hostile file must not exhaust the stack. */
#define MAX_DEPTH 400

struct html {
	pt_check_doc *d;
	pt_buf buf;		/* the current run of inline text */
	long line, col;		/* where the run started */
	int lead;		/* in a bold element that starts the run */
	long lead_len;
	int item;		/* a list item waits for its label */
	long item_line, item_col;	/* where that item starts */
	long line0;		/* lines before the HTML, in a Markdown file */
};

/* Append text with whitespace collapsed, as a browser shows it. */
static void put(struct html *h, const char *s, long line, long col)
{
	pt_buf *b = &h->buf;
	for (; *s; s++) {
		int sp = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r' || *s == '\f';
		if (sp && (b->len == 0 || b->s[b->len - 1] == ' '))
			continue;
		if (!sp && b->len == 0)
			h->line = line + h->line0, h->col = col;
		pt_buf_putc(b, sp ? ' ' : *s);
	}
}

static void flush(struct html *h)
{
	while (h->buf.len && h->buf.s[h->buf.len - 1] == ' ')
		h->buf.len--;
	if (h->buf.len) {
		long lead = h->lead_len > (long)h->buf.len ? (long)h->buf.len : h->lead_len;
		pt_check_paragraph(h->d, h->buf.s, h->buf.len, lead, h->item, h->line, h->col);
		h->item = 0;
	}
	h->buf.len = 0;
	h->lead = 0;
	h->lead_len = -1;
}

static void gather(const GumboNode *n, struct html *h, int depth)
{
	if (depth > 20 * MAX_DEPTH)
		return;
	if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
	    n->type == GUMBO_NODE_CDATA) {
		put(h, n->v.text.text, n->v.text.start_pos.line, n->v.text.start_pos.column);
	} else if (n->type == GUMBO_NODE_ELEMENT) {
		const GumboVector *c = &n->v.element.children;
		if (n->v.element.tag == GUMBO_TAG_BR)
			put(h, " ", 0, 0);
		for (unsigned i = 0; i < c->length; i++)
			gather(c->data[i], h, depth + 1);
	}
}

/* The whole text of an element, as one block of the given type. */
static void block_of(const GumboNode *n, struct html *h, int type, int level)
{
	flush(h);
	gather(n, h, 0);
	while (h->buf.len && h->buf.s[h->buf.len - 1] == ' ')
		h->buf.len--;
	long line = h->line0 + n->v.element.start_pos.line, col = n->v.element.start_pos.column;
	pt_check_block_add(h->d, type, level, line, col, pt_buf_str(&h->buf), h->buf.len);
	h->buf.len = 0;
}

static int is_block(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
	case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE:
	case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
	case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
	case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE:
	case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
	case GUMBO_TAG_CAPTION: case GUMBO_TAG_FORM: case GUMBO_TAG_BODY: case GUMBO_TAG_TITLE:
	case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
		return 1;
	default:
		return 0;
	}
}

static void walk(const GumboNode *n, struct html *h, int depth);

static void children(const GumboNode *n, struct html *h, int depth)
{
	const GumboVector *c = &n->v.element.children;
	for (unsigned i = 0; i < c->length; i++)
		walk(c->data[i], h, depth + 1);
}

static void row(const GumboNode *n, struct html *h)
{
	const GumboVector *c = &n->v.element.children;
	int cells = 0;
	flush(h);
	for (unsigned i = 0; i < c->length; i++) {
		const GumboNode *cell = c->data[i];
		if (cell->type != GUMBO_NODE_ELEMENT ||
		    (cell->v.element.tag != GUMBO_TAG_TD && cell->v.element.tag != GUMBO_TAG_TH))
			continue;
		block_of(cell, h, cells++ ? PT_B_TEXT : PT_B_OPEN, 0);
	}
	if (cells)
		pt_check_block_add(h->d, PT_B_CLOSE, 0, h->line0 + n->v.element.start_pos.line,
				 n->v.element.start_pos.column, "", 0);
}

static void open_empty_item(struct html *h)
{
	pt_check_block_add(h->d, PT_B_OPEN, 0, h->item_line, h->item_col, "", 0);
	h->item = 0;
}

static void element(const GumboNode *n, struct html *h, int depth)
{
	GumboTag t = n->v.element.tag;
	switch (t) {
	case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
	case GUMBO_TAG_NOSCRIPT:
		return;
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
	case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
		block_of(n, h, PT_B_HEADING, 1 + (int)(t - GUMBO_TAG_H1));
		return;
	case GUMBO_TAG_TR:
		row(n, h);
		return;
	case GUMBO_TAG_BR:
		put(h, " ", 0, 0);
		return;
	case GUMBO_TAG_LI:
		flush(h);
		if (h->item)
			open_empty_item(h);	/* the outer item had no text */
		h->item = 1;
		h->item_line = h->line0 + n->v.element.start_pos.line;
		h->item_col = n->v.element.start_pos.column;
		children(n, h, depth);
		flush(h);
		if (h->item)
			open_empty_item(h);
		pt_check_block_add(h->d, PT_B_CLOSE, 0, h->line0 + n->v.element.start_pos.line,
				 n->v.element.start_pos.column, "", 0);
		return;
	case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
		if (h->buf.len == 0 && h->lead_len < 0) {
			h->lead = 1;
			children(n, h, depth);
			h->lead = 0;
			h->lead_len = (long)h->buf.len;
			return;
		}
		break;
	default:
		break;
	}
	int block = is_block(t);
	if (block)
		flush(h);
	children(n, h, depth);
	if (block)
		flush(h);
}

static void walk(const GumboNode *n, struct html *h, int depth)
{
	switch (n->type) {
	case GUMBO_NODE_DOCUMENT:
		for (unsigned i = 0; i < n->v.document.children.length; i++)
			walk(n->v.document.children.data[i], h, depth + 1);
		break;
	case GUMBO_NODE_ELEMENT:
	case GUMBO_NODE_TEMPLATE:
		if (depth > MAX_DEPTH)
			gather(n, h, depth);
		else
			element(n, h, depth);
		break;
	case GUMBO_NODE_COMMENT:
		pt_check_directive(h->d, n->v.text.text, strlen(n->v.text.text));
		break;
	default:
		put(h, n->v.text.text, n->v.text.start_pos.line, n->v.text.start_pos.column);
		break;
	}
}

void pt_check_parse_html(pt_check_doc *d, const char *buf, size_t n)
{
	pt_check_parse_html_at(d, buf, n, 1);
}

/* Elements that close themselves or are closed by the next of their kind:
 * sloppy HTML leaves them open without nesting deeper. */
static int self_closing(const char *name, size_t n)
{
	static const char *const tags[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
		"thead", "tbody", "tfoot", "colgroup", "optgroup", "rb", "rt", "rp", "!doctype",
	};
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strlen(tags[i]) == n && strncasecmp(tags[i], name, n) == 0)
			return 1;
	return 0;
}

/* The attributes of the tag whose name ends at i, up to its '>'. */
static size_t attributes(const char *s, size_t *i, size_t n)
{
	size_t count = 0;
	char quote = 0;
	int in_word = 0;
	for (; *i < n; (*i)++) {
		char c = s[*i];
		if (quote) {
			quote = c == quote ? 0 : quote;
		} else if (c == '"' || c == '\'') {
			quote = c;
		} else if (c == '>') {
			break;
		} else {
			int sp = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
			count += !sp && !in_word;
			in_word = !sp && c != '=';
		}
	}
	return count;
}

/* Before gumbo: HTML whose elements nest deeper than PT_CHECK_HTML_DEPTH
 * or whose one tag has more than PT_CHECK_HTML_ATTRS attributes costs gumbo
 * memory and time that grow with the square (and then an abort), so it is
 * refused.  One linear pass that counts open and close tags. */
static const char *too_complex(const char *s, size_t n)
{
	long depth = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '<' || i + 1 >= n)
			continue;
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			const char *end = memmem(s + i + 4, n - i - 4, "-->", 3);
			i = end ? (size_t)(end - s) + 2 : n;
			continue;
		}
		int close = s[i + 1] == '/';
		size_t a = i + 1 + close, b = a;
		while (b < n && (isalnum((unsigned char)s[b]) || s[b] == '!'))
			b++;
		if (b == a || !(isalpha((unsigned char)s[a]) || s[a] == '!'))
			continue;
		size_t j = b;
		if (attributes(s, &j, n) > PT_CHECK_HTML_ATTRS)
			return "a tag has more attributes than --check reads (1000)";
		int selfc = j > 0 && j < n && s[j - 1] == '/';
		if (!self_closing(s + a, b - a) && !selfc)
			depth += close ? (depth > 0 ? -1 : 0) : 1;
		if (depth > PT_CHECK_HTML_DEPTH)
			return "elements nest deeper than --check reads (1000)";
		i = j;
	}
	return NULL;
}

void pt_check_parse_html_at(pt_check_doc *d, const char *buf, size_t n, long line)
{
	const char *bad = too_complex(buf, n);
	if (bad) {
		if (!d->bad)
			d->bad = bad, d->bad_line = line;
		return;
	}
	GumboOptions opt = kGumboDefaultOptions;
	opt.tab_stop = 1;
	GumboOutput *out = gumbo_parse_with_options(&opt, buf, n);
	struct html h = {.d = d, .lead_len = -1, .line0 = line - 1};
	walk(out->document, &h, 0);
	flush(&h);
	gumbo_destroy_output(&opt, out);
	pt_buf_free(&h.buf);
}
