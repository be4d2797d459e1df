/* Word (.docx) into --check blocks: word/document.xml read with libxml2
 * out of the zip.  A paragraph is a heading by its style (Heading 1-6,
 * the Dutch "Kop 1"..., Title, or an outline level), a list item when it
 * is numbered, and otherwise text; a bold one-line paragraph is a heading
 * by hand, as many municipal templates make them.  Table rows are entries
 * labelled by their first cell.  A block's line is its paragraph number,
 * counting every paragraph of the body (table cells included) from 1. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "pt.h"
#include "check_office.h"

struct style {
	char *id;
	int level;		/* heading level 1-6, 0 none */
};

struct docx {
	pt_office o;
	struct style *st;
	size_t nst;
	pt_office_names by_id;	/* the first style of each id */
};

static int outline_level(const xmlNode *ppr)
{
	char *v = pt_office_attr(pt_office_child(ppr, "outlineLvl"), "val");
	int lvl = v && isdigit((unsigned char)v[0]) ? atoi(v) + 1 : 0;
	free(v);
	return lvl > 6 ? 0 : lvl;	/* level 10 is "body text" */
}

static void read_styles(struct docx *x, xmlDoc *doc)
{
	const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	for (const xmlNode *s = root ? root->children : NULL; s; s = s->next) {
		if (!pt_office_is(s, "style"))
			continue;
		char *id = pt_office_attr(s, "styleId"), *name = pt_office_attr(pt_office_child(s, "name"), "val");
		int lvl = pt_office_heading_level(name);
		if (!lvl)
			lvl = pt_office_heading_level(id);
		if (!lvl)
			lvl = outline_level(pt_office_child(s, "pPr"));
		if (id && lvl && pt_office_names_get(&x->by_id, id) < 0) {
			x->st = pt_office_grow(x->st, x->nst, sizeof *x->st);
			x->st[x->nst] = (struct style){pt_xstrdup(id), lvl};
			pt_office_names_put(&x->by_id, x->st[x->nst].id, x->nst);
			x->nst++;
		}
		xmlFree(id);
		xmlFree(name);
	}
}

static int style_level(const struct docx *x, const char *id)
{
	long i = pt_office_names_get(&x->by_id, id);
	return i >= 0 ? x->st[i].level
		      : pt_office_heading_level(id);	/* no styles part: pandoc's ids say it */
}

/* w:b, w:b w:val="1|true|on": bold; w:val="0|false|off": not. */
static int is_bold(const xmlNode *rpr)
{
	const xmlNode *b = pt_office_child(rpr, "b");
	if (!b)
		return 0;
	char *v = pt_office_attr(b, "val");
	int yes = !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
	xmlFree(v);
	return yes;
}

static void run(struct docx *x, const xmlNode *r)
{
	int bold = is_bold(pt_office_child(r, "rPr"));
	for (const xmlNode *c = r->children; c; c = c->next) {
		if (pt_office_is(c, "t")) {
			xmlChar *t = xmlNodeGetContent(c);
			pt_office_run(&x->o, (const char *)t, bold);
			xmlFree(t);
		} else if (pt_office_is(c, "tab") || pt_office_is(c, "br") || pt_office_is(c, "cr")) {
			char *type = pt_office_attr(c, "type");
			if (type && strcmp(type, "page") == 0)
				pt_office_page_break(&x->o);
			xmlFree(type);
			pt_office_run(&x->o, " ", bold);
		} else if (pt_office_is(c, "lastRenderedPageBreak")) {
			pt_office_page_break(&x->o);	/* where Word last laid out a page */
		}
	}
}

/* Runs inside a paragraph, also within links, insertions and fields. */
static void runs(struct docx *x, const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (pt_office_is(c, "r"))
			run(x, c);
		else if (c->type == XML_ELEMENT_NODE && !pt_office_is(c, "pPr") && !pt_office_is(c, "del"))
			runs(x, c);
	}
}

static void paragraph(struct docx *x, const xmlNode *p)
{
	const xmlNode *ppr = pt_office_child(p, "pPr");
	char *sid = pt_office_attr(pt_office_child(ppr, "pStyle"), "val");
	int level = style_level(x, sid), item = pt_office_child(ppr, "numPr") != NULL;
	xmlFree(sid);
	if (!level)
		level = outline_level(ppr);
	pt_office_para_begin(&x->o);
	runs(x, p);
	if (level && x->o.text.len == 0)
		level = 0;	/* an empty heading is no heading */
	pt_office_para_end(&x->o, x->o.in_cell ? 0 : level, x->o.in_cell ? 0 : item && !level);
}

static void body(struct docx *x, const xmlNode *n);

static void cell_body(void *x, const xmlNode *tc)
{
	body(x, tc);
}

static void table(struct docx *x, const xmlNode *tbl)
{
	if (x->o.in_cell) {	/* a table in a cell: its text joins the cell */
		body(x, tbl);
		return;
	}
	for (const xmlNode *tr = tbl->children; tr; tr = tr->next) {
		if (!pt_office_is(tr, "tr"))
			continue;
		pt_office_row(&x->o, tr, "tc", cell_body, x);
	}
}

static void body(struct docx *x, const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (pt_office_is(c, "p"))
			paragraph(x, c);
		else if (pt_office_is(c, "tbl"))
			table(x, c);
		else if (c->type == XML_ELEMENT_NODE && !pt_office_is(c, "del"))
			body(x, c);	/* content controls, custom XML */
	}
}

int pt_check_parse_docx(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{
	xmlDoc *doc, *styles;
	if (pt_office_parts(file, buf, n, "word/document.xml", "word/styles.xml", &doc, &styles, err))
		return err->status;
	struct docx x = {0};
	pt_office_start(&x.o, d);
	read_styles(&x, styles);
	body(&x, xmlDocGetRootElement(doc));
	pt_office_done(&x.o);
	for (size_t i = 0; i < x.nst; i++)
		free(x.st[i].id);
	free(x.st);
	pt_office_names_free(&x.by_id);
	xmlFreeDoc(styles);
	xmlFreeDoc(doc);
	return 0;
}
