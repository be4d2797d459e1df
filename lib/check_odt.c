/* ODF text (.odt) into --check blocks: content.xml (and styles.xml for the
 * named styles) read with libxml2 out of the zip.  text:h is a heading;
 * a text:p whose style is a heading style ("Heading 1", "Kop 1") is one
 * too; a text:p set in bold by its style or its spans, alone on its line,
 * is a heading by hand.  Lists and tables as for Word; a block's line is
 * its paragraph number. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "check_office.h"

struct ostyle {
	char *name, *parent;
	int level;		/* heading level, 0 none, -1 not known: ask the parent */
	int bold;		/* 1 bold, 0 not, -1 not known */
};

struct odt {
	pt_office o;
	struct ostyle *st;
	size_t nst;
	pt_office_names by_name;	/* the last style of each name */
};

static void add_style(struct odt *x, const xmlNode *s)
{
	char *name = pt_office_attr(s, "name"), *disp = pt_office_attr(s, "display-name");
	char *lvl = pt_office_attr(s, "default-outline-level");
	char *w = pt_office_attr(pt_office_child(s, "text-properties"), "font-weight");
	if (name) {
		struct ostyle st = {pt_xstrdup(name), NULL, -1, -1};
		char *parent = pt_office_attr(s, "parent-style-name");
		st.parent = parent ? pt_xstrdup(parent) : NULL;
		xmlFree(parent);
		int l = lvl ? atoi(lvl) : 0;
		l = l ? l : pt_office_heading_level(disp);
		l = l ? l : pt_office_heading_level(name);
		st.level = l > 6 ? 6 : l ? l : -1;
		if (w)
			st.bold = strcmp(w, "bold") == 0 || atoi(w) >= 600;
		x->st = pt_office_grow(x->st, x->nst, sizeof *x->st);
		x->st[x->nst++] = st;
	}
	xmlFree(name), xmlFree(disp), xmlFree(lvl), xmlFree(w);
}

static void read_styles(struct odt *x, const xmlDoc *doc)
{
	const xmlNode *root = doc ? xmlDocGetRootElement((xmlDoc *)doc) : NULL;
	for (const xmlNode *part = root ? root->children : NULL; part; part = part->next)
		if (pt_office_is(part, "styles") || pt_office_is(part, "automatic-styles"))
			for (const xmlNode *s = part->children; s; s = s->next)
				if (pt_office_is(s, "style"))
					add_style(x, s);
}

static const struct ostyle *find(const struct odt *x, const char *name)
{
	long i = pt_office_names_get(&x->by_name, name);
	return i >= 0 ? &x->st[i] : NULL;
}

/* The last style of a name wins (automatic styles are read last): the
 * table is made when all are read, from the last one back. */
static void index_styles(struct odt *x)
{
	for (size_t i = x->nst; i-- > 0;)
		pt_office_names_put(&x->by_name, x->st[i].name, i);
}

/* A property through the parents (at most 16 deep: styles may loop). */
static int level_of(const struct odt *x, const char *name)
{
	const struct ostyle *s = find(x, name);
	for (int i = 0; s && i < 16; i++, s = find(x, s->parent))
		if (s->level >= 0)
			return s->level;
	return 0;
}

static int bold_of(const struct odt *x, const char *name)
{
	const struct ostyle *s = find(x, name);
	for (int i = 0; s && i < 16; i++, s = find(x, s->parent))
		if (s->bold >= 0)
			return s->bold;
	return 0;
}

static void inline_text(struct odt *x, const xmlNode *n, int bold)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE) {
			pt_office_run(&x->o, (const char *)c->content, bold);
		} else if (pt_office_is(c, "soft-page-break")) {
			pt_office_page_break(&x->o);
		} else if (pt_office_is(c, "s") || pt_office_is(c, "tab") || pt_office_is(c, "line-break")) {
			pt_office_run(&x->o, " ", bold);
		} else if (pt_office_is(c, "span")) {
			char *st = pt_office_attr(c, "style-name");
			const struct ostyle *s = find(x, st);
			int b = s && bold_of(x, st) ? 1 : s && s->bold == 0 ? 0 : bold;
			xmlFree(st);
			inline_text(x, c, b);
		} else if (c->type == XML_ELEMENT_NODE && !pt_office_is(c, "note") &&
			   !pt_office_is(c, "annotation")) {
			inline_text(x, c, bold);	/* links, fields, bookmarks */
		}
	}
}

static void paragraph(struct odt *x, const xmlNode *p, int item)
{
	char *st = pt_office_attr(p, "style-name"), *ol = pt_office_attr(p, "outline-level");
	int level = pt_office_is(p, "h") ? (ol ? atoi(ol) : 1) : level_of(x, st);
	level = level < 0 ? 0 : level > 6 ? 6 : level;
	pt_office_para_begin(&x->o);
	inline_text(x, p, bold_of(x, st));
	xmlFree(st), xmlFree(ol);
	if (x->o.text.len == 0)
		level = 0;
	pt_office_para_end(&x->o, x->o.in_cell ? 0 : level, x->o.in_cell ? 0 : item && !level);
}

static void text(struct odt *x, const xmlNode *n);

static void list_item(struct odt *x, const xmlNode *li)
{
	int first = 1;
	for (const xmlNode *c = li->children; c; c = c->next) {
		if (pt_office_is(c, "p") || pt_office_is(c, "h")) {
			paragraph(x, c, first);
			first = 0;
		} else if (c->type == XML_ELEMENT_NODE) {
			text(x, c);
		}
	}
}

static void cell_text(void *x, const xmlNode *c)
{
	text(x, c);
}

static void table(struct odt *x, const xmlNode *t)
{
	for (const xmlNode *r = t->children; r; r = r->next) {
		if (pt_office_is(r, "table-header-rows") || pt_office_is(r, "table-rows") ||
		    pt_office_is(r, "table-row-group")) {
			table(x, r);
			continue;
		}
		if (!pt_office_is(r, "table-row"))
			continue;
		pt_office_row(&x->o, r, "table-cell", cell_text, x);
	}
}

static void text(struct odt *x, const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (pt_office_is(c, "p") || pt_office_is(c, "h"))
			paragraph(x, c, 0);
		else if (pt_office_is(c, "list-item") || pt_office_is(c, "list-header"))
			list_item(x, c);
		else if (pt_office_is(c, "table") && !x->o.in_cell)
			table(x, c);
		else if (pt_office_is(c, "soft-page-break"))
			pt_office_page_break(&x->o);	/* where LibreOffice laid out a page */
		else if (c->type == XML_ELEMENT_NODE && !pt_office_is(c, "tracked-changes"))
			text(x, c);	/* sections, lists, nested tables, frames */
	}
}

int pt_check_parse_odt(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{
	xmlDoc *doc, *styles;
	if (pt_office_parts(file, buf, n, "content.xml", "styles.xml", &doc, &styles, err))
		return err->status;
	struct odt x = {0};
	pt_office_start(&x.o, d);
	read_styles(&x, styles);
	read_styles(&x, doc);
	index_styles(&x);
	const xmlNode *root = xmlDocGetRootElement(doc);
	text(&x, pt_office_child(root, "body") ? pt_office_child(root, "body") : root);
	pt_office_done(&x.o);
	for (size_t i = 0; i < x.nst; i++)
		free(x.st[i].name), free(x.st[i].parent);
	free(x.st);
	pt_office_names_free(&x.by_name);
	xmlFreeDoc(styles);
	xmlFreeDoc(doc);
	return 0;
}
