/* Inside pt-paragraph --check, private to lib/check*.c, the readers and
 * the tests: check.c walks the files and runs the checks; the readers
 * (check_md.c, check_html.c, check_docx.c and check_odt.c on check_office.c,
 * check_pdf.c) turn a document into blocks through the block model of
 * check_doc.c; check_rules.c holds the configuration and the rules,
 * check_out.c writes the findings.  Every arrow points one way: check.c
 * calls the readers, the readers call check_doc.c, check_doc.c asks
 * check_rules.c only for rule ids.  Programs include check.h only. */
#ifndef PT_CHECK_INT_H
#define PT_CHECK_INT_H
#include "check.h"

const char *pt_check_sev_name(int sev);	/* "error", "warning", ... */

/* ---- what the parsers produce (the block model, check_doc.c) ------------- */

/* A document is a flat list of blocks.  A heading's section runs to the
 * next heading of the same or a higher level; a PSEUDO heading (a
 * paragraph of bold text only) to the next heading of any kind.  OPEN
 * starts an entry (a list item, a table row, a paragraph led by a bold
 * label) whose text is its label; its body runs to the matching CLOSE. */
enum pt_check_btype { PT_B_HEADING, PT_B_PSEUDO, PT_B_TEXT, PT_B_OPEN, PT_B_CLOSE };
enum { PT_LEVEL_PSEUDO = 7, PT_LEVEL_LABEL = 8 };

typedef struct pt_check_block {
	int type;
	int level;		/* headings 1-6, PSEUDO 7, or 8 for a label ("Wie:") */
	long line, col;		/* 1-based; col in characters */
	size_t off, len;	/* text in the document's buffer */
	long page;		/* PDF: the page, 1-based; 0 elsewhere */
} pt_check_block;

/* What a block's line counts: lines of the source (Markdown, HTML),
 * paragraphs (Word, ODF), or lines of a page (PDF). */
enum pt_check_unit { PT_UNIT_LINE, PT_UNIT_PARAGRAPH, PT_UNIT_PAGE_LINE };

enum { PT_CHECK_MAXRULES = 32 };

typedef struct pt_check_doc {
	pt_check_block *b;
	size_t nb, bcap;
	pt_buf text;		/* the blocks' texts, each ending in a NUL */
	unsigned long disabled;	/* bit per rule, from <!-- pt-disable --> */
	const char *src;	/* the source, to turn byte columns into characters */
	size_t srclen;
	size_t *lines;		/* each line's start in src (and an ASCII bit), on demand */
	size_t nlines, lcap;
	long *colmap, map_line;	/* character column of each byte of one line */
	size_t map_len;
	int unit;		/* enum pt_check_unit */
	long page;		/* the page new blocks are on (PDF) */
	const char *bad;	/* set by a parser that refused the document: why */
	long bad_line;
} pt_check_doc;

/* Limits of the HTML that --check hands to gumbo (check_html.c). */
#define PT_CHECK_HTML_DEPTH 1000
#define PT_CHECK_HTML_ATTRS 1000

void pt_check_doc_clear(pt_check_doc *d);
void pt_check_doc_free(pt_check_doc *d);
void pt_check_block_add(pt_check_doc *d, int type, int level, long line, long col,
		      const char *s, size_t n);
/* The character column of a byte column on a line of d->src. */
long pt_check_char_col(pt_check_doc *d, long line, long bytecol);
/* The byte column of the first non-blank at or after bytecol. */
long pt_check_skip_blank(pt_check_doc *d, long line, long bytecol);
/* A paragraph of text s (lead_len: bytes of a bold run that starts it,
 * -1 if none; item_first: it opens a list item) becomes blocks. */
void pt_check_paragraph(pt_check_doc *d, const char *s, size_t n, long lead_len, int item_first,
		      long line, long col);
/* Read "pt-disable RULE..." from the text of an HTML comment. */
void pt_check_directive(pt_check_doc *d, const char *s, size_t n);

void pt_check_parse_md(pt_check_doc *d, const char *buf, size_t n);
/* Word (check_docx.c), ODF (check_odt.c, sharing the zip and XML helpers
 * of check_docx.c) and PDF (check_pdf.c): blocks whose line is the
 * paragraph (Word, ODF) or the line on its page (PDF).  0, or exit 3 with
 * err set when the file is not what its name says. */
int pt_check_parse_docx(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err);
int pt_check_parse_odt(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err);
int pt_check_parse_pdf(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err);
/* The most one part of a Word or ODF zip may unpack to (--max-size): a
 * small zip cannot become more than a file --check would not read. */
void pt_check_office_max(size_t max);
void pt_check_parse_html(pt_check_doc *d, const char *buf, size_t n);
/* HTML that starts on a given line of a larger file (a Markdown HTML block). */
void pt_check_parse_html_at(pt_check_doc *d, const char *buf, size_t n, long line);

/* ---- configuration and rules (check_rules.c) ---------------------------- */

typedef struct pt_check_config pt_check_config;

/* The built-in defaults with the file at path (if any) laid over them. */
pt_check_config *pt_check_config_load(const char *path, pt_error *err);
void pt_check_config_free(pt_check_config *c);
size_t pt_check_rule_count(void);
const char *pt_check_rule_id(size_t i);
const char *pt_check_rule_text(size_t i, int lang);
/* A text of --check in lang (else English) by its id: lib/data/check-teksten.csv. */
const char *pt_check_text(int lang, const char *id);
int pt_check_rule_find(const char *id);	/* -1 if unknown */
int pt_check_rule_sev(const pt_check_config *c, size_t i);

/* A finding, handed to the writer. */
typedef struct pt_check_finding {
	const char *file;
	long line, col;
	int rule;
	int sev;
	const char *msg;
	long page;		/* PDF: the page of line; 0 elsewhere */
	int unit;		/* enum pt_check_unit */
	const char *context;	/* the section's text, normalised: what a
				 * finding is about, whatever line it is on */
} pt_check_finding;

typedef void (*pt_check_emit)(const pt_check_finding *f, void *ctx);

void pt_check_rules_doc(const pt_check_config *c, pt_check_doc *d, const char *file, int lang,
		      pt_check_emit emit, void *ctx);
void pt_check_rules_dossier(const pt_check_config *c, const json_t *dossier, const pt_loc *loc,
			  int lang, pt_check_emit emit, void *ctx);

/* ---- writing the findings (check_out.c) --------------------------------- */

typedef struct pt_check_writer pt_check_writer;

pt_check_writer *pt_check_writer_open(int format, const char *output, const pt_check_config *c,
				  int lang, pt_error *err);
void pt_check_writer_put(const pt_check_finding *f, void *writer);
/* Why a file in a directory was not checked. */
enum pt_check_skip { PT_SKIP_FORMAT, PT_SKIP_LINK, PT_SKIP_NOTREG, PT_SKIP_SIZE, PT_SKIP_OWN };
/* "format", "link", "not-regular", "size", "pt-render-index" */
const char *pt_check_skip_id(int why);
/* A file not checked, and why (text, JSON, GitHub notices, SARIF
 * notifications; on stderr beside a GitLab report). */
void pt_check_writer_skip(pt_check_writer *w, const char *file, int why);
/* A file that could not be read or parsed (its error is on stderr too):
 * a GitHub error annotation, a SARIF notification, an unsuccessful run. */
void pt_check_writer_fail(pt_check_writer *w, const pt_error *err);
/* Nothing was checked (exit 2): the run is no success, and says why. */
void pt_check_writer_empty(pt_check_writer *w, const char *why);
/* Finish (SARIF is written whole here); 0 or PT_EXIT_IO. */
int pt_check_writer_close(pt_check_writer *w, int ok, pt_error *err);

/* An output format in a file of its own: the writer hands it every
 * finding, skipped file, file not read and an empty run, and it writes
 * its report at the end.  Any hook may be NULL.  A new format is one such
 * file and one line in check_out.c's formats[]; text, json, github, sarif
 * and gitlab are check_out.c's own. */
typedef struct pt_check_fmt {
	const char *name;
	void *(*start)(void);
	void (*finding)(void *st, const pt_check_finding *f, const char *note);
	void (*skipped)(void *st, const char *file, const char *id, const char *text);
	void (*failed)(void *st, const char *file, const char *id, const char *msg);
	/* Write the report to out (when ok) and free st. */
	void (*finish)(void *st, FILE *out, int ok);
} pt_check_fmt;

extern const pt_check_fmt pt_check_junit;	/* check_junit.c */
/* s as every format shows it (check_show.c): a control, C1 or bidi
 * character as text (\x1b, \u202e); a byte that is no UTF-8 as it is
 * (raw) or as U+FFFD.  pt_check_show: the latter, caller frees. */
void pt_check_show_put(pt_buf *b, const char *s, int raw);
char *pt_check_show(const char *s);

#endif
