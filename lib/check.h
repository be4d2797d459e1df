/* pt-paragraph --check: does a proposal have a sound participation
 * section?  check.c walks the files and runs the checks, check_md.c and
 * check_html.c turn a document into blocks, check_rules.c holds the
 * configuration and the rules, check_out.c writes the findings. */
#ifndef PT_CHECK_H
#define PT_CHECK_H
#include "pt.h"

enum pt_check_format { PT_CHECK_TEXT, PT_CHECK_JSON, PT_CHECK_GITHUB, PT_CHECK_SARIF };
/* Severities, most severe first; OFF disables a rule, ERNST (the melding
 * rule only) takes each melding's own ernst. */
enum pt_check_sev { PT_SEV_ERROR, PT_SEV_WARNING, PT_SEV_INFO, PT_SEV_OFF, PT_SEV_ERNST };

typedef struct pt_check_opts {
	const char *config;	/* --config FILE, NULL: the built-in defaults */
	const char *output;	/* -o FILE, NULL: stdout */
	int format;		/* enum pt_check_format */
	int fail_on;		/* PT_SEV_ERROR or PT_SEV_WARNING */
	int lang;		/* 0 nl, 1 en */
	int quiet;		/* no summary on stderr */
} pt_check_opts;

/* Check every file (directories are walked; "-" is stdin) and write the
 * findings.  Returns the exit status: 0 clean, 1 findings at or above
 * fail_on, 2 a bad configuration, 3 a dossier that is not JSON, 4 a file
 * that could not be read. */
int pt_check_run(const pt_check_opts *o, char **files, int nfiles);
int pt_check_format_parse(const char *s);	/* -1 if unknown */
int pt_check_sev_parse(const char *s);		/* error, warning, info, off, ernst; -1 */
const char *pt_check_sev_name(int sev);

/* ---- what the parsers produce ------------------------------------------ */

/* A document is a flat list of blocks.  A heading's section runs to the
 * next heading of the same or a higher level; a PSEUDO heading (a
 * paragraph of bold text only) to the next heading of any kind.  OPEN
 * starts an entry (a list item, a table row, a paragraph led by a bold
 * label) whose text is its label; its body runs to the matching CLOSE. */
enum pt_chk_btype { PT_B_HEADING, PT_B_PSEUDO, PT_B_TEXT, PT_B_OPEN, PT_B_CLOSE };

typedef struct pt_chk_block {
	int type;
	int level;		/* headings 1-6, PSEUDO 7 */
	long line, col;		/* 1-based; col in characters */
	size_t off, len;	/* text in the document's buffer */
} pt_chk_block;

enum { PT_CHK_MAXRULES = 32 };

typedef struct pt_chk_doc {
	pt_chk_block *b;
	size_t nb, bcap;
	char *text;
	size_t tlen, tcap;
	unsigned long disabled;	/* bit per rule, from <!-- pt-disable --> */
	const char *src;	/* the source, to turn byte columns into characters */
	size_t srclen;
	size_t *lines;		/* offset of each line's start in src, on demand */
	size_t nlines, lcap;
} pt_chk_doc;

void pt_chk_doc_clear(pt_chk_doc *d);
void pt_chk_doc_free(pt_chk_doc *d);
void pt_chk_block_add(pt_chk_doc *d, int type, int level, long line, long col,
		      const char *s, size_t n);
/* The character column of a byte column on a line of d->src. */
long pt_chk_char_col(pt_chk_doc *d, long line, long bytecol);
/* The byte column of the first non-blank at or after bytecol. */
long pt_chk_skip_blank(pt_chk_doc *d, long line, long bytecol);
/* A paragraph of text s (lead_len: bytes of a bold run that starts it,
 * -1 if none; item_first: it opens a list item) becomes blocks. */
void pt_chk_paragraph(pt_chk_doc *d, const char *s, size_t n, long lead_len, int item_first,
		      long line, long col);
/* Read "pt-disable RULE..." from the text of an HTML comment. */
void pt_chk_directive(pt_chk_doc *d, const char *s, size_t n);

void pt_chk_parse_md(pt_chk_doc *d, const char *buf, size_t n);
void pt_chk_parse_html(pt_chk_doc *d, const char *buf, size_t n);
/* HTML that starts on a given line of a larger file (a Markdown HTML block). */
void pt_chk_parse_html_at(pt_chk_doc *d, const char *buf, size_t n, long line);

/* ---- configuration and rules (check_rules.c) ---------------------------- */

typedef struct pt_chk_config pt_chk_config;

/* The built-in defaults with the file at path (if any) laid over them. */
pt_chk_config *pt_chk_config_load(const char *path, pt_error *err);
void pt_chk_config_free(pt_chk_config *c);
size_t pt_chk_rule_count(void);
const char *pt_chk_rule_id(size_t i);
const char *pt_chk_rule_text(size_t i, int lang);
int pt_chk_rule_find(const char *id);	/* -1 if unknown */
int pt_chk_rule_sev(const pt_chk_config *c, size_t i);

/* A finding, handed to the writer. */
typedef struct pt_chk_finding {
	const char *file;
	long line, col;
	int rule;
	int sev;
	const char *msg;
} pt_chk_finding;

typedef void (*pt_chk_emit)(const pt_chk_finding *f, void *ctx);

void pt_chk_rules_doc(const pt_chk_config *c, pt_chk_doc *d, const char *file, int lang,
		      pt_chk_emit emit, void *ctx);
void pt_chk_rules_dossier(const pt_chk_config *c, const json_t *dossier, const pt_loc *loc,
			  int lang, pt_chk_emit emit, void *ctx);

/* ---- writing the findings (check_out.c) --------------------------------- */

typedef struct pt_chk_writer pt_chk_writer;

pt_chk_writer *pt_chk_writer_open(int format, const char *output, const pt_chk_config *c,
				  int lang, pt_error *err);
void pt_chk_writer_put(const pt_chk_finding *f, void *writer);
/* Finish (SARIF is written whole here); 0 or PT_EXIT_IO. */
int pt_chk_writer_close(pt_chk_writer *w, int ok, pt_error *err);

#endif
