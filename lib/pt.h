/* libpt: the core of the Participatietoolbox.
 *
 * The library knows nothing of argv: programs in cmd/ parse their options
 * and hand lib/ open streams, paths and settings.  The one exception is
 * the handful of options every program shares (--help, --lang, -o ...),
 * handled once in opts.c: see "options every program shares" below.  Errors travel as a pt_error and are
 * printed by the diag functions as "prog: file:line: message".
 */
#ifndef PT_H
#define PT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdarg.h>
#include <jansson.h>

/* Exit status, the same for every program (pt(7)). */
enum {
	PT_EXIT_OK = 0,
	PT_EXIT_FINDINGS = 1,	/* --check findings, or a fout melding under --strict */
	PT_EXIT_USAGE = 2,
	PT_EXIT_DATA = 3,	/* bad input data */
	PT_EXIT_IO = 4		/* I/O or system error */
};

#define PT_FORMAT_VERSION 1

/* ---- diagnostics (diag.c) ---------------------------------------------- */

/* Where a message points: a file name ("-" is shown as <stdin>) and the
 * 1-based line where the record started; line 0 means the file as a whole. */
typedef struct pt_loc {
	const char *file;
	long line;
} pt_loc;

/* An error carried back to the caller: exit status and message. */
typedef struct pt_error {
	int status;		/* PT_EXIT_DATA, PT_EXIT_IO, ... ; 0: none */
	pt_loc loc;
	char msg[1024];
} pt_error;

extern const char *pt_progname;	/* set by pt_init (msg.c) */

void pt_init(const char *argv0);
/* Record an error; returns err->status so callers can `return pt_fail(...)`. */
int pt_fail(pt_error *err, int status, pt_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Print "prog: file:line: msg" (or "prog: msg") on stderr.  Every
 * message goes out through one path that shows control characters in
 * file names and values escaped (\n, \x1B), so no message can start a
 * line of its own in a terminal or a CI log. */
void pt_report(const pt_error *err);
/* A warning "prog: file:line: msg" that does not stop the run. */
void pt_warn_at(pt_loc loc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void pt_die(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3), noreturn));
/* A value to echo in a message: s itself, or, when longer than 200 bytes,
 * its first 40 characters, "…" and its length, in buf.  pt_fail and the
 * other messages cut every such run of a message too, but after their
 * caller's buffer may have cut it short. */
const char *pt_cut(const char *s, char *buf, size_t n);
#define PT_CUT_SIZE 128
/* Shown name of a file: "-" and NULL become <stdin>. */
const char *pt_filename(const char *path);

/* Allocation that cannot fail quietly: out of memory is fatal (exit 4).
 * alloc.c: it calls nothing else of lib/ but msg.c (pt_tr, pt_progname). */
void pt_out_of_memory(void) __attribute__((noreturn));
void *pt_xmalloc(size_t n);
void *pt_xrealloc(void *p, size_t n);
char *pt_xstrdup(const char *s);
void *pt_xcalloc(size_t n, size_t size);
char *pt_xstrndup(const char *s, size_t n);

/* ---- one growable buffer (buf.c) ---------------------------------------- */

/* Zero it (PT_BUF_INIT) to start; s is NUL-terminated after any put. */
typedef struct pt_buf {
	char *s;
	size_t len, cap;
} pt_buf;
#define PT_BUF_INIT {NULL, 0, 0}

void pt_buf_grow(pt_buf *b, size_t more);	/* room for more bytes and a NUL */
void pt_buf_put(pt_buf *b, const void *p, size_t n);
void pt_buf_puts(pt_buf *b, const char *s);
void pt_buf_putc(pt_buf *b, int c);
void pt_buf_printf(pt_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void pt_buf_vprintf(pt_buf *b, const char *fmt, va_list ap);
const char *pt_buf_str(pt_buf *b);	/* the bytes so far, never NULL */
char *pt_buf_take(pt_buf *b);	/* the bytes, now the caller's; b is empty again */
void pt_buf_free(pt_buf *b);
/* s with control characters shown escaped (\n, \x1B), as every message
 * shows text from files and dossiers (diag.c). */
void pt_buf_put_shown(pt_buf *b, const char *s);

/* The language of text and messages (--lang, PT_LANG, the locale): an
 * index into the languages, nl and en first, then every other language
 * column of lib/data/meldingen.csv. */
enum pt_lang { PT_NL = 0, PT_EN = 1 };
#define PT_MAX_LANGS 16

/* ---- texts in the user's language (msg.c, lib/data/ tables) -------------- */

/* Write every diagnostic in English inside pt_tr("..."): it returns the
 * text of that id in lib/data/meldingen.csv (id,nl,...) in the language of
 * messages, the English itself when the language is English or the cell
 * is empty.  Messages follow --lang, else PT_LANG, else LC_ALL,
 * LC_MESSAGES or LANG (nl, NL, nl_BE, nl_NL.UTF-8 ...), else English. */
const char *pt_tr(const char *en) __attribute__((format_arg(1)));
void pt_msg_set_lang(int lang);
void pt_set_progname(const char *argv0);	/* pt_progname: its last part */
/* A language by its spelling ("nl", "NL", "en_GB.UTF-8"), -1 if none. */
int pt_lang_of(const char *spelling);
/* The code of a language, the name of its columns in the tables: "nl";
 * NULL past the last language (a loop over them stops there). */
const char *pt_lang_name(int lang);

/* A text table: CSV, nkeys key columns, then a column per language named
 * by its code; read once from $PT_DATA_DIR/name or the built-in copy (a
 * broken one ends the program, exit 3).  pt_text_at is the one lookup:
 * the cell of lang, else of the fallback language, else the first key.
 * Documents fall back to Dutch (PT_NL), messages to English (PT_EN: the
 * id).  pt_text: by a one-column key, the key itself when no row has it. */
typedef struct pt_texts pt_texts;
const pt_texts *pt_texts_load(const char *name, int nkeys, int fallback);
long pt_texts_find(const pt_texts *t, const char *const *key);	/* row, -1 */
size_t pt_texts_rows(const pt_texts *t);
const char *pt_texts_shown(const pt_texts *t);	/* its path or name, for messages */
const char *pt_texts_key(const pt_texts *t, size_t row, int k);
const char *pt_text_at(const pt_texts *t, size_t row, int lang);
const char *pt_text(const pt_texts *t, const char *id, int lang);
/* The same for an id the program cannot do without: a table (through
 * PT_DATA_DIR) that lacks its row ends the program, exit 3. */
const char *pt_text_needed(const pt_texts *t, const char *id, int lang);
/* A text a program keeps by language (PT_MAX_LANGS cells, NULL: none, as
 * a JSON key or CSV column per language gives it): lang's, else the
 * fallback language's. */
const char *pt_text_in(char *const *by_lang, int lang, int fallback);

/* ---- dossier streams (stream.c) ---------------------------------------- */

/* Settable limits (pt(7) ENVIRONMENT: PT_MAX_RECORD, PT_MAX_DEPTH). */
extern size_t pt_max_record;	/* bytes in one dossier; default 64 MiB */
extern int pt_max_depth;	/* nesting depth; default 64 */
/* Read them from the environment, once (the readers call it); a value that
 * is not a whole number of 1 or more ends the program with exit 2. */
void pt_limits_init(void);

typedef struct pt_reader pt_reader;

/* Read JSON values one after another: JSON Lines, concatenated or
 * pretty-printed.  Opens path ("-" or NULL: stdin). NULL on error. */
pt_reader *pt_reader_open(const char *path, pt_error *err);
pt_reader *pt_reader_new(FILE *f, const char *name);
/* Next dossier: 1 and *out (caller owns it), 0 at the end, -1 on an error
 * in err (the reader then skips to the next line, so --keep-going works). */
int pt_reader_next(pt_reader *r, json_t **out, pt_loc *loc, pt_error *err);
void pt_reader_close(pt_reader *r);
/* An error about the dossier last read whose message starts with the path
 * of a value ("stakeholders[1].invloed: ...") is pointed at the line
 * where that value starts, when the dossier spans lines (--pretty). */
void pt_reader_locate(const pt_reader *r, pt_error *err);

/* ---- output (out.c) ---------------------------------------------------- */

/* Output to stdout, or to a file written atomically: a temp file beside it
 * (unnamed with O_TMPFILE where Linux has it, so even kill -9 leaves
 * nothing), renamed over it by pt_out_commit, dropped by pt_out_abort.
 * Only a regular file (or a new name, or a symlink, which is replaced, its
 * target untouched) is replaced; a character device, FIFO or terminal is
 * written to directly; anything else is refused (exit 4). */
typedef struct pt_out {
	FILE *f;
	char *path;		/* final name, NULL for stdout */
	char *tmp;		/* temp name while open */
	int direct;		/* a device or FIFO: written in place */
	int unnamed;		/* an O_TMPFILE, linked as tmp at the commit */
	int nosync;		/* set after open: the caller syncs (once, for many files) */
} pt_out;

int pt_out_open(pt_out *o, const char *path, pt_error *err);
int pt_out_commit(pt_out *o, pt_error *err);	/* flush, fsync, rename */
void pt_out_abort(pt_out *o);
/* Write a dossier as one compact line, or indented with pretty. */
int pt_dossier_write(FILE *f, const json_t *d, int pretty);

/* ---- the filter loop (filter.c) ---------------------------------------- */

/* What every dossier filter does: read each file (or stdin), call fn on
 * each dossier, write it.  fn returns 0, or an exit status with err set. */
typedef int (*pt_dossier_fn)(json_t *d, const pt_loc *loc, void *ctx, pt_error *err);

typedef struct pt_filter_opts {
	const char *output;	/* -o FILE, NULL: stdout */
	int pretty;
	int keep_going;
	int strict;		/* exit 1 if a dossier has a fout melding */
} pt_filter_opts;

/* Returns the exit status for the run. */
int pt_filter(const pt_filter_opts *o, char **files, int nfiles, pt_dossier_fn fn, void *ctx);

/* The reading half of pt_filter, for programs that write something else
 * (pt-render): read file ("-": stdin), check each dossier, apply fn (may
 * be NULL), and hand it to put -- d owned, NULL with status and err set
 * when the record or the file could not be read; loc NULL for the file.
 * put returns non-zero to stop; so does pt_read_dossiers then. */
typedef int (*pt_record_fn)(json_t *d, const pt_loc *loc, int status, const pt_error *err, void *ctx);
int pt_read_dossiers(const char *file, pt_dossier_fn fn, void *fctx, pt_record_fn put, void *pctx);
/* The worse of two exit statuses: I/O over bad data over findings. */
int pt_exit_worse(int a, int b);

/* The writing half of pt_filter, for other sources of dossiers. */
typedef struct pt_sink {
	const pt_filter_opts *o;
	pt_out out;
	int status, fout;
	int stop;		/* write no more: a bad record without --keep-going */
	int halt;		/* read no more: an I/O error, or PT_MAX_ERRORS */
	int errors;
} pt_sink;

/* Bad records named in one run before it gives up (pt(7)). */
#define PT_MAX_ERRORS 20

int pt_sink_open(pt_sink *s, const pt_filter_opts *o);
/* Hand over d (owned; may be NULL when status is set).  status 0 writes
 * it, unless an earlier bad record stopped the writing; otherwise err is
 * reported.  Returns non-zero when the run must stop reading. */
int pt_sink_put(pt_sink *s, json_t *d, int status, const pt_error *err);
int pt_sink_close(pt_sink *s);	/* the run's exit status */

/* ---- options every program shares (opts.c) ---------------------------- */

/* The options every program shares (pt(7)): put PT_LONGOPTS_FILTER (or,
 * without --strict and --pretty, PT_LONGOPTS_BASE) at the end of a
 * program's getopt_long table and PT_SHORTOPTS in its optstring, and hand
 * each option to pt_common_option first. */
#define PT_SHORTOPTS "o:h"
#define PT_LONGOPTS_BASE \
	{"lang", required_argument, 0, 'l'}, {"keep-going", no_argument, 0, 'k'}, \
	{"extra-columns", no_argument, 0, 'X'}, \
	{"help", no_argument, 0, 'h'}, {"version", no_argument, 0, 'V'}, {0, 0, 0, 0}
#define PT_LONGOPTS_FILTER \
	{"strict", no_argument, 0, 'S'}, {"pretty", no_argument, 0, 'p'}, PT_LONGOPTS_BASE

/* 1 when c was a shared option and is now in o and *lang; 0 when it is the
 * program's own.  --help prints usage and exits 0, --version the version;
 * an unknown option prints usage on stderr and exits 2. */
int pt_common_option(int c, const char *arg, pt_filter_opts *o, int *lang, const char *usage);

/* Option values shared by the programs; parse errors are usage errors. */
void pt_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* ---- dossier sections and meldingen (dossier.c) ------------------------ */

/* Check the dossier is an object of a known format version. */
int pt_dossier_check(const json_t *d, const pt_loc *loc, pt_error *err);
/* Replace section key with val (stolen), keeping its place if present. */
void pt_section_set(json_t *d, const char *key, json_t *val);
/* Borrowed string at a dotted path ("voorstel.locatie.schaal"), or NULL. */
const char *pt_get_str(const json_t *d, const char *path);
json_t *pt_get(const json_t *d, const char *path);
/* Set a dotted path, creating objects on the way; val is stolen. */
int pt_set_path(json_t *d, const char *path, json_t *val);

enum pt_ernst { PT_FOUT, PT_WAARSCHUWING, PT_INFO };
/* Drop every melding whose bron is bron, so a rerun never duplicates. */
void pt_meldingen_clear(json_t *d, const char *bron);
void pt_melding_add(json_t *d, enum pt_ernst ernst, const char *code, const char *pad,
		    const char *bron, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
int pt_meldingen_has_fout(const json_t *d);

/* ---- vocabulary (vocab.c) ---------------------------------------------- */

/* The terms of the pt_v_ vocabularies are rows of lib/data/termen.csv
 * (vocab,code,nl,en,...), read before main; a new term or label is a row
 * there, a new language a column.  Show a label with pt_vocab_label, which
 * knows every language; nl and en are here for what reads them directly. */
typedef struct pt_term {
	const char *code;	/* the value in the dossier */
	const char *nl;		/* Dutch label */
	const char *en;		/* English label */
} pt_term;

typedef struct pt_vocab {
	const char *name;	/* the field, e.g. "schaal" */
	const pt_term *terms;	/* ends with {0} */
} pt_vocab;

extern const pt_vocab pt_v_schaal, pt_v_beleidsfase, pt_v_beleidsruimte,
	pt_v_initiatiefnemer, pt_v_burgertrede, pt_v_overheidstrede, pt_v_ladder,
	pt_v_soort, pt_v_besluitdoor, pt_v_impact, pt_v_groep, pt_v_houding,
	pt_v_kwadrant, pt_v_salience, pt_v_ernst, pt_v_oordeel, pt_v_ja_nee,
	pt_v_niveau, pt_v_initiatieffase, pt_v_thema, pt_v_instrument,
	pt_v_zeggenschap, pt_v_rol;
/* "a|b|c": codes of v that count for each other, as a mask (bit i: term
 * i, at most 64 terms) and the first one.  Returns 0, or PT_EXIT_DATA with
 * err naming what and the value. */
int pt_vocab_alternatives(const pt_vocab *v, const char *s, const char *what, pt_loc loc,
			  uint64_t *mask, int *first, pt_error *err);
/* Positions in pt_v_rol; a stakeholder's default role from its groep. */
enum pt_rol { PT_ROL_DEELNEMER, PT_ROL_PARTNER, PT_ROL_OVERHEID, PT_ROL_INITIATIEFNEMER };
int pt_rol_of_groep(int groep);

/* The instrument a proposal is, as a pt_v_instrument index: the given one
 * (voorstel.instrument), else the one its soort (a pt_v_soort index)
 * implies: an omgevingsplan, an omgevingsvergunning (a permit) or a
 * verordening is one.  -1 when neither says. */
int pt_instrument_of(int instrument, int soort);

/* Match input forgivingly (case, spaces, -, _, diacritics; code or either
 * label).  Returns the index, or -1 with err naming the allowed values and
 * the closest one.  loc and what (e.g. "voorstel.schaal") go in the message. */
int pt_vocab_match(const pt_vocab *v, const char *input, const char *what,
		   pt_loc loc, pt_error *err);
/* The code x holds (a JSON text) into *out: -1 if x is absent or null;
 * else as pt_vocab_match.  Returns 0, or PT_EXIT_DATA with err naming what. */
int pt_vocab_at(const pt_vocab *v, const json_t *x, const char *what, pt_loc loc, int *out,
		pt_error *err);
/* Index of an exact code, -1 if none. */
int pt_vocab_index(const pt_vocab *v, const char *code);
size_t pt_vocab_count(const pt_vocab *v);
/* Label in language lang (any, Dutch when its cell is empty) for code;
 * code itself if unknown. */
const char *pt_vocab_label(const pt_vocab *v, const char *code, int lang);
/* Parse a yes/no answer (ja, nee, yes, no, true, false, 1, 0, j, n, y). */
int pt_parse_bool(const char *s, int *out);

/* ---- text (text.c) ----------------------------------------------------- */

/* Fold for matching: lowercase ASCII, strip diacritics of Latin-1 letters,
 * drop spaces, '-', '_' and '.'.  Writes into buf; returns buf. */
char *pt_fold(const char *s, char *buf, size_t n);
int pt_fold_eq(const char *a, const char *b);
/* The lowercase ASCII letter under a Latin-1 letter (U+00C0..U+00FF: é e,
 * Æ a, ß s); 0 for any other code point and for × and ÷. */
int pt_latin1_base(unsigned c);
size_t pt_levenshtein(const char *a, const char *b);
/* Is s valid UTF-8 of length n? */
int pt_utf8_valid(const char *s, size_t n);
/* A safe file name id: [A-Za-z0-9][A-Za-z0-9._-]{0,99}, not ending in '.'. */
int pt_id_safe(const char *s);
/* Trim ASCII space in place; returns s. */
char *pt_trim(char *s);
/* Parse YYYY-MM-DD into days since 1970-01-01; -1 when not a valid date. */
long pt_date_days(const char *s);
/* Days since 1970-01-01 to year, month (1-12) and day. */
void pt_date_civil(long days, int *y, int *m, int *d);
/* A date as people write it: 2027-04-29, 29-4-2027, 29-04-2027,
 * 29/4/2027, 29.4.2027, 29 april 2027 (Dutch or English month, in full
 * or cut short).  Day before month, except an unmistakable 4/29/2027;
 * a slash date that reads both ways (4/5/2027) is refused.  Returns days
 * since 1970 and the ISO form in iso, or -1 with why (n bytes, may be
 * NULL) quoting s and giving the forms that work. */
long pt_parse_date(const char *s, char iso[11], char *why, size_t n);
/* Today as days since 1970 ($PT_TODAY=YYYY-MM-DD overrides, for tests;
 * a PT_TODAY that is no date ends the program with exit 2). */
long pt_today(void);
/* A number of 0 or more as people and spreadsheets write it (pt(7),
 * Numbers): "1250", "1.250,50", "1,250.50", "2,5", "€ 300", "40.000",
 * "€ 40.000,-".  A lone '.' before three digits groups thousands (the
 * Dutch 40.000); a lone ',' before three digits ("25,000": English
 * thousands or a Dutch decimal sign) is refused, never guessed.  Returns 0 with *out, or -1 with why (n bytes,
 * may be NULL) quoting s and saying how to write it. */
int pt_parse_amount(const char *s, double *out, char *why, size_t n);
/* A whole number from lo to hi, in decimal digits: 0 with *out, or -1. */
int pt_parse_whole(const char *s, long lo, long hi, long *out);
/* The largest amount pt reads, typed or in JSON, is below this: far above
 * any budget, and still exact in cents as a double and a long. */
#define PT_AMOUNT_MAX 1e15
/* units/scale (scale 1, 10 or 100) as a reader writes it: thousands
 * grouped and the fraction, when not zero, in full: nl "12.500" and
 * "82,50", en "12,500" and "82.50".  The one way pt prints amounts. */
const char *pt_fmt_fixed(char *buf, size_t n, long long units, int scale, int lang);
/* How lang writes things (lib/data/taalregels.csv: decimaalteken,
 * duizendtalteken, spreadsheet-scheidingsteken, spreadsheet-bom ja/nee). */
const char *pt_lang_rule(int lang, const char *rule);

/* ---- files of rows, CSV or JSON (rows.c) ------------------------------- */

/* The whole of path ("-" stdin) appended to b.  0, or PT_EXIT_IO. */
int pt_rows_slurp(const char *path, pt_buf *b, pt_error *err);
/* 1 when the first thing after a BOM and blanks is '[' or '{'. */
int pt_rows_are_json(const char *b, size_t n);
/* Each JSON value of buf (JSON Lines, values one after another, or one
 * array) to each(), with the line it starts on; the value is freed after.
 * Stops at the first nonzero each() and returns it; bad JSON is
 * PT_EXIT_DATA naming the line. */
int pt_rows_json_each(const char *path, const char *buf, size_t len,
		      int (*each)(void *ctx, json_t *v, pt_loc loc, pt_error *err), void *ctx,
		      pt_error *err);

/* ---- CSV (csv.c) ------------------------------------------------------- */

typedef struct pt_csv_row {
	size_t n;		/* fields in this row */
	char **field;		/* NUL-terminated, BOM stripped from the first */
	long line;		/* line where the row starts */
	long rownum;		/* 1 for the header, 2 for the first data row */
} pt_csv_row;

/* Called once a row, the header first; return non-zero (with err set) to stop. */
typedef int (*pt_csv_fn)(const pt_csv_row *row, void *ctx, pt_error *err);

/* Stream a CSV file.  delim 0 sniffs ',', ';' or tab from the header.
 * A row with a different number of fields than the header is an error. */
int pt_csv_read(FILE *f, const char *name, int delim, pt_csv_fn fn, void *ctx, pt_error *err);
/* A spreadsheet template to fill in: for Dutch (lang PT_NL) a UTF-8 byte
 * order mark and ';', which Dutch Excel opens in columns; for English ','.
 * An explicit delim (not 0) wins.  Writes the mark; returns the delimiter. */
int pt_csv_template_start(FILE *f, int lang, int delim);
/* One cell: quoted where needed; a cell that starts with = + - or @ is
 * written as text (a leading '), so a spreadsheet never runs it. */
void pt_csv_put_cell(FILE *f, const char *s, int delim, int first);
/* Parse a --delimiter value: ",", ";", "tab" or "\t"; -1 if none. */
int pt_csv_delim(const char *s);

/* Columns by header name: each column has a key and names, '|'-separated,
 * Dutch and English ("naam|name").  Matching folds case and spaces. */
typedef struct pt_column {
	const char *key;
	const char *names;
	int required;
} pt_column;

/* Fill idx[i] with the header position of cols[i] (-1 absent); cols ends
 * with {0}.  Returns 0, or an error for a missing required column, or for
 * a header column that is none of cols (with a did-you-mean) unless
 * pt_csv_extra_columns is set: then those are named once, as a warning. */
int pt_csv_columns(const pt_csv_row *hdr, const pt_column *cols, int *idx,
		   pt_loc loc, pt_error *err);
/* The same for a reader that maps the other columns itself (questions). */
int pt_csv_columns_partial(const pt_csv_row *hdr, const pt_column *cols, int *idx,
			   pt_loc loc, pt_error *err);
extern int pt_csv_extra_columns;	/* --extra-columns */
/* Field for column index (from pt_csv_columns), NULL if absent or empty. */
const char *pt_csv_get(const pt_csv_row *row, int idx);

/* A row that outlives the callback (fields copied); free a zeroed or
 * copied row with pt_csv_row_free. */
pt_csv_row pt_csv_row_copy(const pt_csv_row *r);
void pt_csv_row_free(pt_csv_row *r);

/* A whole CSV file held in memory (catalogues, stakeholder lists). */
typedef struct pt_table {
	char *name;
	size_t nrows;		/* data rows, header excluded */
	pt_csv_row header;
	pt_csv_row *rows;
} pt_table;

pt_table *pt_table_read(FILE *f, const char *name, int delim, pt_error *err);
void pt_table_free(pt_table *t);

/* ---- embedded data (data.c) -------------------------------------------- */

struct pt_blob {
	const char *name;
	const char *data;
	size_t len;
};
extern const struct pt_blob pt_blobs[];

/* Open a data file: path if given, else the first of these that exists,
 * file by file (pt(7), FILES):
 *   $PT_DATA_DIR/name
 *   $XDG_CONFIG_HOME/pt/name   ($HOME/.config/pt/name when unset)
 *   pt_data_sysconfdir/name    (SYSCONFDIR/pt: /etc/pt by default)
 *   the copy built in.
 * *shown gets the name for messages. */
FILE *pt_data_open(const char *name, const char *path, const char **shown, pt_error *err);
/* The system-wide directory of the lookup above; a test points it elsewhere. */
extern const char *pt_data_sysconfdir;
const struct pt_blob *pt_blob_find(const char *name);
/* Open a CSV data file the same way, read it whole and map its columns
 * (idx as pt_csv_columns fills it).  *shown lives as long as the process. */
pt_table *pt_data_table(const char *name, const char *path, const pt_column *cols, int *idx,
			const char **shown, pt_error *err);
/* Read a JSON data file the same way. */
json_t *pt_data_json(const char *name, const char *path, pt_error *err);

#endif
