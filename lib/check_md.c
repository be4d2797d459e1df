/* Markdown into --check blocks, parsed by cmark-gfm with the table
 * extension attached (proposals exported from Word carry tables).
 * Headings stay headings; a paragraph of bold text alone is a PSEUDO
 * heading (Word's "Kop" written by hand); a list item, a table row or a
 * paragraph led by "**Label:**" is an entry whose label may name the
 * section. */
#include <stdlib.h>
#include <string.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include "pt.h"
#include "check_int.h"

/* Exported by libcmark-gfm-extensions, declared in no installed header. */
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;

struct md {
	pt_check_doc *d;
	pt_buf buf;		/* text of the current heading, paragraph or cell */
	cmark_node *item;	/* a list item whose first child is still to come */
	int item_first;		/* the current paragraph opens a list item */
	int lead;		/* in a bold run that starts the paragraph */
	long lead_len;		/* bytes of that run, -1 if none */
	int cell;		/* index of the current cell in its row */
};

static void add(struct md *m, int type, int level, cmark_node *node, const char *s, size_t n)
{
	long line = cmark_node_get_start_line(node);
	long col = cmark_node_get_start_column(node);
	if (cmark_node_get_type(node) == CMARK_NODE_TABLE_CELL)
		col = pt_check_skip_blank(m->d, line, col);	/* a cell starts after its pipe */
	col = pt_check_char_col(m->d, line, col);
	pt_check_block_add(m->d, type, level, line, col, s, n);
}

/* Every <!-- ... --> in raw HTML may hold a pt-disable directive. */
static void directives(pt_check_doc *d, const char *s)
{
	const char *p = s, *end;
	while (s && (p = strstr(p, "<!--")) && (end = strstr(p + 4, "-->"))) {
		pt_check_directive(d, p + 4, (size_t)(end - p - 4));
		p = end + 3;
	}
}

/* A paragraph ends: the shared rules say what it is. */
static void paragraph(struct md *m, cmark_node *node)
{
	long line = cmark_node_get_start_line(node);
	long col = pt_check_char_col(m->d, line, cmark_node_get_start_column(node));
	pt_check_paragraph(m->d, pt_buf_str(&m->buf), m->buf.len, m->lead_len, m->item_first, line, col);
}

static void enter(struct md *m, cmark_node *node, cmark_node_type t)
{
	cmark_node *parent = cmark_node_parent(node);
	if (m->item && parent == m->item) {
		/* the item's first child: a paragraph gives its label */
		m->item_first = t == CMARK_NODE_PARAGRAPH;
		if (!m->item_first)
			add(m, PT_B_OPEN, 0, node, "", 0);
		m->item = NULL;
	}
	if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || t == CMARK_NODE_TABLE_CELL) {
		m->buf.len = 0;
		m->lead_len = -1;
		m->lead = 0;
	}
	if (t == CMARK_NODE_ITEM)
		m->item = node;
	else if (t == CMARK_NODE_TABLE_ROW)
		m->cell = 0;
	else if (t == CMARK_NODE_STRONG && cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH &&
		 !cmark_node_previous(node))
		m->lead = 1;
}

static void leave(struct md *m, cmark_node *node, cmark_node_type t)
{
	if (t == CMARK_NODE_HEADING) {
		add(m, PT_B_HEADING, cmark_node_get_heading_level(node), node, pt_buf_str(&m->buf), m->buf.len);
	} else if (t == CMARK_NODE_PARAGRAPH) {
		paragraph(m, node);
		m->item_first = 0;
	} else if (t == CMARK_NODE_TABLE_CELL) {
		add(m, m->cell++ ? PT_B_TEXT : PT_B_OPEN, 0, node, pt_buf_str(&m->buf), m->buf.len);
	} else if (t == CMARK_NODE_TABLE_ROW) {
		add(m, PT_B_CLOSE, 0, node, "", 0);
	} else if (t == CMARK_NODE_ITEM) {
		if (m->item == node) {	/* an empty item */
			add(m, PT_B_OPEN, 0, node, "", 0);
			m->item = NULL;
		}
		add(m, PT_B_CLOSE, 0, node, "", 0);
	} else if (t == CMARK_NODE_STRONG && m->lead) {
		m->lead = 0;
		m->lead_len = (long)m->buf.len;
	}
}

/* Leaves: text goes into the buffer; code blocks are text of their own. */
static void leaf(struct md *m, cmark_node *node, cmark_node_type t)
{
	const char *lit = cmark_node_get_literal(node);
	if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
		if (lit)
			pt_buf_puts(&m->buf, lit);
	} else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
		pt_buf_putc(&m->buf, ' ');
	} else if (t == CMARK_NODE_HTML_BLOCK && lit) {
		/* raw HTML, such as the tables pandoc writes for Word's merged
		 * cells: its text counts, parsed as HTML (comments included) */
		pt_check_parse_html_at(m->d, lit, strlen(lit), cmark_node_get_start_line(node));
	} else if (t == CMARK_NODE_HTML_INLINE) {
		directives(m->d, lit);
	} else if (t == CMARK_NODE_CODE_BLOCK && lit) {
		add(m, PT_B_TEXT, 0, node, lit, strlen(lit));
	}
}

/* The length of a YAML front matter block ("---" to "---" or "..."),
 * as pandoc writes it; 0 if there is none. */
static size_t front_matter(const char *buf, size_t n)
{
	size_t i;
	if (n < 4 || memcmp(buf, "---", 3) != 0 || (buf[3] != '\n' && buf[3] != '\r'))
		return 0;
	for (i = 3; i < n; i++) {
		if (buf[i] != '\n' || i + 4 > n)
			continue;
		const char *l = buf + i + 1;
		if ((memcmp(l, "---", 3) == 0 || memcmp(l, "...", 3) == 0) &&
		    (i + 4 == n || l[3] == '\n' || l[3] == '\r'))
			return i + 4;
	}
	return 0;
}

void pt_check_parse_md(pt_check_doc *d, const char *buf, size_t n)
{
	/* Front matter is no Markdown (its closing "---" would make a setext
	 * heading): its text is a block of its own, and cmark gets blanks in
	 * its place so that lines and columns stay true. */
	char *copy = NULL;
	size_t fm = front_matter(buf, n);
	if (fm) {
		pt_check_block_add(d, PT_B_TEXT, 0, 2, 1, buf + 4, fm >= 8 ? fm - 8 : 0);
		copy = pt_xmalloc(n + 1);
		memcpy(copy, buf, n);
		for (size_t i = 0; i < fm; i++)
			if (copy[i] != '\n')
				copy[i] = ' ';
		buf = copy;
	}
	static cmark_syntax_extension *table;
	if (!table) {
		cmark_gfm_core_extensions_ensure_registered();
		table = cmark_find_syntax_extension("table");
	}
	cmark_parser *p = cmark_parser_new(CMARK_OPT_DEFAULT);
	if (table)
		cmark_parser_attach_syntax_extension(p, table);
	cmark_parser_feed(p, buf, n);
	cmark_node *root = cmark_parser_finish(p);
	struct md m = {.d = d, .lead_len = -1};
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(node);
		if (ev == CMARK_EVENT_ENTER) {
			enter(&m, node, t);
			if (!cmark_node_first_child(node) && t != CMARK_NODE_PARAGRAPH &&
			    t != CMARK_NODE_HEADING && t != CMARK_NODE_ITEM && t != CMARK_NODE_TABLE_CELL)
				leaf(&m, node, t);
		} else {
			leave(&m, node, t);
		}
	}
	cmark_iter_free(it);
	cmark_node_free(root);
	cmark_parser_free(p);
	pt_buf_free(&m.buf);
	free(copy);
}
