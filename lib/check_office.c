/* What the Word and ODF readers share: one XML part out of the zip (by
 * libzip and libxml2), and the builder that makes blocks of paragraphs,
 * list items and table rows, located by paragraph number. */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>
#include <zip.h>
#include <libxml/parser.h>
#include "pt.h"
#include "check_office.h"

typedef struct pt_office_zip pt_office_zip;
struct pt_office_zip {
	zip_t *z;
};

static pt_office_zip *part_zip_open(const char *file, const char *buf, size_t n, pt_error *err)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(buf, n, 0, &ze);
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	if (!z) {
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, pt_tr("not a readable zip file: %s"),
			zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		return NULL;
	}
	zip_error_fini(&ze);
	pt_office_zip *oz = pt_xmalloc(sizeof *oz);
	oz->z = z;
	return oz;
}

static void part_zip_close(pt_office_zip *z)
{
	if (z) {
		zip_discard(z->z);
		free(z);
	}
}

static size_t part_max = PT_CHECK_MAX_SIZE;

void pt_check_office_max(size_t max)
{
	part_max = max;
}

/* A part may declare no DTD: OOXML and ODF never need one, and its
 * entities are how a few hundred bytes become gigabytes of text.  The
 * parser stops at the DOCTYPE, whatever the part's encoding. */
static void refuse_dtd(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
	xmlParserCtxt *c = ctx;
	*(int *)c->_private = 1;
	xmlStopParser(c);
}

/* At most this many elements, attributes and texts in one part: the tree
 * costs some 140 bytes a node, and 100 KB of zip inflate to millions of
 * empty elements.  Word writes some 40 bytes of XML a node, so a million
 * is a part of 40 MB, a document of a thousand pages or more; at the cap
 * the tree takes 150 MB and a second. */
#define PT_OFFICE_MAX_NODES 1000000

/* The nodes a part can make, counted from above: every element, comment
 * and text starts at or ends before a '<', every attribute has an '='. */
static size_t nodes_at_most(const char *s, size_t n)
{
	size_t k = 1;
	for (const char *p = s, *end = s + n; p < end; p++)
		k += *p == '<' || *p == '=';
	return k;
}

/* Read the entry whole, never more than the limit, then parse it without
 * the network, a DTD or entities (a hostile file gets no more than text). */
static xmlDoc *part_xml(pt_office_zip *z, const char *file, const char *part, int optional,
		      pt_error *err)
{
	zip_stat_t st;
	if (zip_stat(z->z, part, 0, &st) != 0) {
		if (!optional)
			pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, pt_tr("%s is missing: not a %s document"),
				part, strstr(part, "word/") ? "Word" : "ODF");
		return NULL;
	}
	size_t max = part_max < PT_CHECK_OFFICE_MAX ? part_max : PT_CHECK_OFFICE_MAX;
	if (!(st.valid & ZIP_STAT_SIZE) || st.size > max || st.size > INT_MAX) {
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0},
			pt_tr("%s unpacks to more than %zu bytes (--max-size)"), part, max);
		return NULL;
	}
	zip_file_t *f = zip_fopen(z->z, part, 0);
	char *buf = pt_xmalloc((size_t)st.size + 1);
	zip_int64_t got = f ? zip_fread(f, buf, st.size) : -1;
	if (f)
		zip_fclose(f);
	if (got < 0 || (zip_uint64_t)got != st.size) {
		free(buf);
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, pt_tr("%s cannot be unpacked"), part);
		return NULL;
	}
	if (nodes_at_most(buf, (size_t)st.size) > PT_OFFICE_MAX_NODES) {
		free(buf);
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0},
			pt_tr("%s holds more than %d elements and attributes: too many to read"), part,
			PT_OFFICE_MAX_NODES);
		return NULL;
	}
	int dtd = 0;
	xmlParserCtxt *c = xmlNewParserCtxt();
	xmlDoc *doc = NULL;
	if (c) {
		c->sax->internalSubset = refuse_dtd;
		c->_private = &dtd;
		doc = xmlCtxtReadMemory(c, buf, (int)st.size, part, NULL,
					XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
						XML_PARSE_COMPACT);
		xmlFreeParserCtxt(c);
	}
	free(buf);
	if (doc && (dtd || !xmlDocGetRootElement(doc))) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (dtd)
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0},
			pt_tr("%s declares a DTD, which Word and ODF never do: refused"), part);
	else if (!doc)
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, pt_tr("%s is not well-formed XML"), part);
	return doc;
}

int pt_office_parts(const char *file, const char *buf, size_t n, const char *content,
		    const char *styles, xmlDoc **doc, xmlDoc **sty, pt_error *err)
{
	pt_office_zip *z = part_zip_open(file, buf, n, err);
	if (!z)
		return err->status;
	*doc = part_xml(z, file, content, 0, err);
	*sty = *doc ? part_xml(z, file, styles, 1, err) : NULL;
	part_zip_close(z);
	return *doc ? 0 : err->status;
}

/* "heading 2", "Heading2", "Kop 2", "kop2", ODF's "Heading_20_2": 2;
 * "Title", "Titel": 1; anything else 0. */
int pt_office_heading_level(const char *s)
{
	static const char *const words[] = {"heading", "kop"};
	if (!s)
		return 0;
	if (strcasecmp(s, "title") == 0 || strcasecmp(s, "titel") == 0)
		return 1;
	for (size_t i = 0; i < 2; i++) {
		size_t n = strlen(words[i]);
		if (strncasecmp(s, words[i], n) != 0)
			continue;
		const char *p = s + n;
		p += *p == ' ' ? 1 : strncmp(p, "_20_", 4) == 0 ? 4 : 0;
		if (isdigit((unsigned char)p[0]) && !p[1])
			return p[0] - '0' > 6 ? 6 : p[0] - '0' < 1 ? 0 : p[0] - '0';
	}
	return 0;
}

int pt_office_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

const xmlNode *pt_office_child(const xmlNode *n, const char *name)
{
	for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (pt_office_is(c, name))
			return c;
	return NULL;
}

char *pt_office_attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
		if (strcmp((const char *)a->name, name) == 0)
			return (char *)xmlNodeGetContent((const xmlNode *)a);
	return NULL;
}

/* ---- style names by hash ------------------------------------------------- */

static size_t name_hash(const char *s)
{
	size_t h = 14695981039346656037u;	/* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* The slot of key, or the empty slot where it would go (cap a power of 2,
 * never full). */
static size_t name_slot(const pt_office_names *h, const char *key)
{
	size_t i = name_hash(key) & (h->cap - 1);
	while (h->key[i] && strcmp(h->key[i], key) != 0)
		i = (i + 1) & (h->cap - 1);
	return i;
}

static void names_grow(pt_office_names *h)
{
	pt_office_names old = *h;
	h->cap = old.cap ? old.cap * 2 : 64;
	h->key = pt_xcalloc(h->cap, sizeof *h->key);
	h->val = pt_xcalloc(h->cap, sizeof *h->val);
	for (size_t i = 0; i < old.cap; i++)
		if (old.key[i]) {
			size_t j = name_slot(h, old.key[i]);
			h->key[j] = old.key[i], h->val[j] = old.val[i];
		}
	free(old.key);
	free(old.val);
}

void *pt_office_grow(void *a, size_t n, size_t sz)
{
	if (n && (n < 8 || (n & (n - 1))))
		return a;	/* room is 8, then each power of two */
	return pt_xrealloc(a, (n ? 2 * n : 8) * sz);
}

void pt_office_names_put(pt_office_names *h, const char *key, size_t val)
{
	if (2 * (h->n + 1) > h->cap)
		names_grow(h);
	size_t i = name_slot(h, key);
	if (h->key[i])
		return;
	h->key[i] = key, h->val[i] = val;
	h->n++;
}

long pt_office_names_get(const pt_office_names *h, const char *key)
{
	if (!key || !h->n)
		return -1;
	size_t i = name_slot(h, key);
	return h->key[i] ? (long)h->val[i] : -1;
}

void pt_office_names_free(pt_office_names *h)
{
	free(h->key);
	free(h->val);
	memset(h, 0, sizeof *h);
}

/* ---- the paragraph builder ------------------------------------------------ */

/* The text of one paragraph (or table cell) that is read: what comes
 * after is dropped, however the part's text came to be so long. */
#define PT_OFFICE_MAX_PARA ((size_t)1 << 20)

void pt_office_start(pt_office *o, pt_check_doc *d)
{
	memset(o, 0, sizeof *o);
	o->d = d;
	o->lead = -1;
	d->unit = PT_UNIT_PARAGRAPH;
	d->page = 1;
}

void pt_office_page_break(pt_office *o)
{
	o->breaks = 1;
	o->d->page++;
}

void pt_office_para_begin(pt_office *o)
{
	o->para++;
	if (o->in_cell)
		return;
	o->text.len = 0;
	o->lead = -1;
	o->in_lead = 0;
}

/* Text of a run; a bold run at the very start may be the label of an entry
 * or, if it is all there is, a heading by hand. */
void pt_office_run(pt_office *o, const char *s, int bold)
{
	if (!s)
		return;		/* libxml2 out of memory: no text */
	size_t n = strnlen(s, PT_OFFICE_MAX_PARA + 1);
	if (o->text.len + n > PT_OFFICE_MAX_PARA)
		return;		/* no one writes such a paragraph: the rest is not read */
	int blank = s[strspn(s, " \t\n")] == '\0';
	if (o->in_cell) {
		pt_buf_put(&o->text, s, n);
		return;
	}
	if (bold && o->text.len == 0 && o->lead < 0)
		o->in_lead = 1;
	else if (!bold && !blank)
		o->in_lead = 0;
	pt_buf_put(&o->text, s, n);
	if (o->in_lead && bold)
		o->lead = (long)o->text.len;
}

void pt_office_para_end(pt_office *o, int heading, int item)
{
	if (o->in_cell) {
		pt_buf_putc(&o->text, ' ');
		return;
	}
	const char *s = pt_buf_str(&o->text);
	size_t n = o->text.len;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (heading)
		pt_check_block_add(o->d, PT_B_HEADING, heading, o->para, 1, s, n);
	else if (n || item)
		pt_check_paragraph(o->d, s, n, o->lead > (long)n ? (long)n : o->lead, item, o->para, 1);
	if (item)
		pt_check_block_add(o->d, PT_B_CLOSE, 0, o->para, 1, "", 0);
}

static void row_begin(pt_office *o)
{
	o->cells = 0;
	o->row_para = o->para + 1;
}

static void cell_begin(pt_office *o)
{
	o->text.len = 0;
	o->in_cell = 1;
}

static void cell_end(pt_office *o)
{
	const char *s = pt_buf_str(&o->text);
	size_t n = o->text.len;
	while (n && s[n - 1] == ' ')
		n--;
	pt_check_block_add(o->d, o->cells++ ? PT_B_TEXT : PT_B_OPEN, 0, o->row_para, 1, s, n);
	o->in_cell = 0;
	o->text.len = 0;
}

static void row_end(pt_office *o)
{
	if (o->cells)
		pt_check_block_add(o->d, PT_B_CLOSE, 0, o->row_para, 1, "", 0);
}

void pt_office_row(pt_office *o, const xmlNode *row, const char *cell,
		   void (*body)(void *ctx, const xmlNode *n), void *ctx)
{
	row_begin(o);
	for (const xmlNode *c = row->children; c; c = c->next) {
		if (!pt_office_is(c, cell))
			continue;
		cell_begin(o);
		body(ctx, c);
		cell_end(o);
	}
	row_end(o);
}

/* Without a page break the page is not known (a file never laid out by a
 * word processor): no block claims one. */
void pt_office_done(pt_office *o)
{
	if (!o->breaks)
		for (size_t i = 0; i < o->d->nb; i++)
			o->d->b[i].page = 0;
	o->d->page = 0;
	pt_buf_free(&o->text);
}
