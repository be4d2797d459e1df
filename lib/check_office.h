/* Private to the Word and ODF readers of --check (check_office.c,
 * check_docx.c, check_odt.c): a zipped XML part, and the paragraph
 * builder that turns runs of text into blocks numbered by paragraph. */
#ifndef PT_CHECK_OFFICE_H
#define PT_CHECK_OFFICE_H
#include <libxml/tree.h>
#include "check_int.h"

/* The content part of a document's zip and its styles part (*sty NULL
 * when the zip has none), parsed: 0, or the status with err set.  A part
 * that unpacks to more than --max-size (at most PT_CHECK_OFFICE_MAX),
 * holds more nodes than a document has, or declares a DTD (its entities
 * expand a few bytes to gigabytes) is refused: a hostile zip must not
 * fill memory.  The caller frees both with xmlFreeDoc. */
#define PT_CHECK_OFFICE_MAX ((size_t)256 << 20)
int pt_office_parts(const char *file, const char *buf, size_t n, const char *content,
		    const char *styles, xmlDoc **doc, xmlDoc **sty, pt_error *err);

/* The heading level a style name says: "Heading 2", "Kop 2", "Heading_20_2". */
int pt_office_heading_level(const char *name);
/* Name and namespace-free tests on an element. */
int pt_office_is(const xmlNode *n, const char *name);
/* The first child element of n named name, or NULL. */
const xmlNode *pt_office_child(const xmlNode *n, const char *name);
/* An attribute by local name, whatever its prefix (caller frees). */
char *pt_office_attr(const xmlNode *n, const char *name);

/* Style names to their index, by hash: a document may define tens of
 * thousands of styles, and every paragraph and span looks one up.  The
 * keys are borrowed: they must outlive the table. */
typedef struct pt_office_names {
	const char **key;
	size_t *val;
	size_t cap, n;
} pt_office_names;

/* key to val; a key already there keeps its first value. */
void pt_office_names_put(pt_office_names *h, const char *key, size_t val);
/* Room for element n of an array of n elements of size sz, doubling: a
 * growth by one would copy the whole array each time (quadratic wherever
 * realloc cannot grow in place, as under ASan). */
void *pt_office_grow(void *a, size_t n, size_t sz);
/* The value of key, or -1 (key NULL: -1). */
long pt_office_names_get(const pt_office_names *h, const char *key);
void pt_office_names_free(pt_office_names *h);

typedef struct pt_office {
	pt_check_doc *d;
	pt_buf text;		/* the paragraph (or table cell) so far */
	long lead;		/* bytes of the bold run that starts it, -1 none */
	int in_lead;		/* still in that run */
	long para;		/* paragraphs so far: the "line" of a block */
	long row_para;		/* the paragraph a table row starts at */
	int cells;		/* cells of the current row so far */
	int in_cell;		/* paragraphs join into the cell's text */
	int breaks;		/* page breaks seen: the pages are known */
} pt_office;

void pt_office_start(pt_office *o, pt_check_doc *d);
void pt_office_para_begin(pt_office *o);
void pt_office_run(pt_office *o, const char *s, int bold);
/* The paragraph ends: a heading of level 1-6, a list item (item), or text. */
void pt_office_para_end(pt_office *o, int heading, int item);
/* A table row: each child element named cell a cell, whose content
 * body(ctx, that cell) reads as paragraphs; the row's first cell opens a
 * block of its own, the others follow it. */
void pt_office_row(pt_office *o, const xmlNode *row, const char *cell,
		   void (*body)(void *ctx, const xmlNode *n), void *ctx);
/* A page ends here (Word's rendered or explicit break, ODF's soft one):
 * from then on blocks carry their page. */
void pt_office_page_break(pt_office *o);
void pt_office_done(pt_office *o);

#endif
