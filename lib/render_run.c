/* The run of pt-render: read dossiers, write documents -- on stdout or in
 * one file (one page holding every dossier), or one file per dossier in a
 * directory, each written atomically and none twice in one run.  Exit
 * status by the rules of pt(7), as pt_filter keeps them for the dossier
 * filters. */
/* syncfs is Linux's: ask for it (the fallback is sync). */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "render_priv.h"
#include "render_docx.h"

/* --progress, and on its own on a terminal once a run takes a while: one
 * line on stderr, redrawn in place, never on a pipe or in a log. */
typedef struct progress {
	int want;		/* --progress: from the start; else after AUTO_AFTER s */
	int tty;		/* stderr is a terminal: else nothing at all */
	int shown;		/* the line is on the screen */
	double start, drawn;	/* seconds (monotonic) */
	long done;		/* dossiers read */
	long lines, lines_before;	/* lines of all input, of the files done */
	long line;		/* where the file being read is */
} progress;

#define AUTO_AFTER 3.0

typedef struct run {
	const pt_render_opts *o;
	const char *dir;	/* one file per dossier here, or NULL */
	pt_out out;		/* the stream, when not a directory */
	char *css;
	int status, stop, started;
	int halt, errors;	/* read no more: as pt_sink's (pt.h) */
	int write_failed;	/* said once; the stream is not committed */
	const char *file;	/* the input being read, as the command line names it */
	pt_render_names *written;	/* -o DIR: every file written so far */
	int probed;		/* -o DIR: asked whether it tells A from a */
	pt_buf csv;		/* -o DIR: the overview, a row a dossier */
	pt_xw index;		/* -o DIR html: the same rows as an HTML table */
	cmark_node *md_index;	/* -o DIR md: the same rows as a Markdown document */
	cmark_node *md_table;
	int not_ready;		/* dossiers whose paragraph is a CONCEPT */
	int wrote;		/* -o DIR: a file was written, so sync at the end */
	progress pg;
	/* A stream of HTML holds its first dossier until it knows whether it
	 * is the only one: then its page prints that dossier's footer. */
	char *held, *held_footer, *held_title;
	int held_concept;
} run;

static void progress_clear(progress *pg);


/* As pt_sink_put: after a bad record nothing more is written (unless
 * --keep-going), but the input is read on to name every bad record, up to
 * PT_MAX_ERRORS. */
static void fail(run *r, const pt_error *err)
{
	progress_clear(&r->pg);
	pt_report(err);
	r->status = pt_exit_worse(r->status, err->status);
	if (!r->o->keep_going || err->status == PT_EXIT_IO)
		r->stop = 1;
	if (err->status == PT_EXIT_IO)
		r->halt = 1;
	else if (++r->errors == PT_MAX_ERRORS && !r->o->keep_going) {
		pt_error e;
		pt_fail(&e, err->status, (pt_loc){err->loc.file, 0},
			pt_tr("stopped after %d bad records; fix these and run again"), PT_MAX_ERRORS);
		pt_report(&e);
		r->halt = 1;
	}
}

static int is_dir(const char *path)
{
	struct stat st;
	size_t n = strlen(path);
	return (n > 0 && path[n - 1] == '/') || (stat(path, &st) == 0 && S_ISDIR(st.st_mode));
}

static int html_page(const run *r)
{
	return r->o->format == PT_RENDER_HTML && !r->o->fragment;
}

/* DIR/name, without doubling a '/' the user gave.  Caller frees. */
static char *dir_path(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = pt_xmalloc(n);
	snprintf(path, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	return path;
}

/* Does the directory tell upper from lower case?  macOS and Windows do
 * not, by default, and a FAT stick never.  Asked once, of the first temp
 * file: no other file has its random name with the case of each letter
 * swapped, so if that name is found, it is the same file.  (Comparing
 * inode numbers would be more direct, but FUSE and SMB file systems may
 * make them up anew on each lookup.) */
static void probe_case(run *r, const char *tmp)
{
	if (r->probed || !tmp)
		return;
	r->probed = 1;
	char *swapped = pt_xstrdup(tmp), *base = strrchr(swapped, '/');
	for (char *p = base ? base + 1 : swapped; *p; p++)
		*p = isupper((unsigned char)*p) ? tolower((unsigned char)*p) : toupper((unsigned char)*p);
	struct stat st;
	if (lstat(swapped, &st) == 0)
		pt_render_names_fold(r->written);
	free(swapped);
}

/* What is already in an output folder may be replaced only when it is a
 * regular file.  A symlink would redirect the write (as root, onto a
 * device), a FIFO would block the run: each is refused, nothing opened.
 * lstat, not stat: the name itself is what the rename would replace. */
static int replaceable(const char *path, pt_error *err)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return errno == ENOENT ? 0 : pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0},
						    pt_tr("cannot write: %s"), strerror(errno));
	if (S_ISREG(st.st_mode))
		return 0;
	return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0},
		       pt_tr("cannot write: there is a symlink, FIFO, device or directory by this name, and "
			     "pt-render replaces only regular files in an output folder; remove it or choose another folder"));
}

/* A whole document or picture into its own file, atomically.  Not synced
 * one by one: the run syncs the folder once, at the end (sync_dir). */
static int write_parts(run *r, const char *name, const pt_xw *head, const char *body,
		       size_t len, const pt_xw *foot, pt_error *err)
{
	char *path = dir_path(r->dir, name);
	pt_out out;
	int rc = replaceable(path, err);
	if (!rc)
		rc = pt_out_open(&out, path, err);
	if (!rc) {
		out.nosync = 1;
		r->wrote = 1;
		probe_case(r, out.tmp);
		if (head)
			fputs(pt_xw_str(head), out.f);
		fwrite(body, 1, len, out.f);
		if (foot)
			fputs(pt_xw_str(foot), out.f);
		rc = pt_out_commit(&out, err);
	}
	if (rc && err->loc.file == path) {
		/* path is freed below and reported later: its name goes in the
		 * text, as pt_out_commit does. */
		char msg[sizeof err->msg];
		memcpy(msg, err->msg, sizeof msg);
		pt_fail(err, rc, (pt_loc){NULL, 0}, "%s: %s", path, msg);
	}
	free(path);
	return rc;
}

static int write_file(run *r, const char *name, const pt_xw *head, const char *body,
		      const pt_xw *foot, pt_error *err)
{
	return write_parts(r, name, head, body, strlen(body), foot, err);
}

/* <article class="pt-dossier" lang=..> around each dossier's HTML. */
static void article(pt_xw *w, const run *r, int open)
{
	if (!open) {
		pt_xw_end(w, "article");
		pt_xw_nl(w);
		return;
	}
	pt_xw_open(w, "article");
	pt_xw_attr(w, "class", "pt-dossier");
	pt_xw_attr(w, "lang", r->o->lang == PT_EN ? "en" : "nl");
	pt_xw_close(w);
	pt_xw_nl(w);
}

static const char *title_of(const json_t *d)
{
	const char *t = pt_get_str(d, "voorstel.titel");
	if (!t || !*t)
		t = pt_get_str(d, "voorstel.id");
	return t && *t ? t : "pt";
}

/* The names of the overview files (index.html or index.md, overzicht.csv)
 * without extension: a dossier with such an id would replace the overview,
 * or be replaced by it.  Compared without case, for the file systems that
 * do not tell them apart. */
static const char *const reserved[] = {"index", "overzicht"};

/* The id names the files, so it must be there and be a safe file name:
 * a string without a NUL inside, as pt_id_safe has it, and not the
 * overview's. */
static int dossier_id(const json_t *d, const pt_loc *loc, const char **id, pt_error *err)
{
	const json_t *v = pt_get(d, "voorstel.id");
	if (!v || (json_is_string(v) && json_string_length(v) == 0))
		return pt_fail(err, PT_EXIT_DATA, *loc,
			       "voorstel.id missing: -o DIR names each file after it; give the dossier an id");
	if (!json_is_string(v))
		return pt_fail(err, PT_EXIT_DATA, *loc,
			       "voorstel.id is not a string: -o DIR names each file after it; write the id as text");
	*id = json_string_value(v);
	if (strlen(*id) != json_string_length(v) || !pt_id_safe(*id))
		return pt_fail(err, PT_EXIT_DATA, *loc,
			       "voorstel.id '%s' is not a safe file name; use letters, digits, '.', '_' and '-'", *id);
	for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
		if (strcasecmp(*id, reserved[i]) == 0)
			return pt_fail(err, PT_EXIT_DATA, *loc,
				       pt_tr("voorstel.id '%s' is the name of the batch overview (index, overzicht); give the dossier another id"),
				       *id);
	return 0;
}

/* A file that an earlier dossier of this run wrote would be replaced and
 * its document lost: that is bad input, like any other clash of ids. */
static int check_unwritten(const run *r, const char *id, const char *name, const pt_loc *loc,
			   pt_error *err)
{
	pt_loc first;
	const char *had = pt_render_names_find(r->written, name, &first);
	if (!had)
		return 0;
	char *path = dir_path(r->dir, had);
	pt_fail(err, PT_EXIT_DATA, *loc,
		"id '%s' already written to %s by the dossier at %s:%ld%s; give every dossier its own voorstel.id",
		id, path, pt_filename(first.file), first.line,
		strcmp(had, name) != 0 ? " (this file system does not tell upper from lower case)" : "");
	free(path);
	return PT_EXIT_DATA;
}

/* Write one file of the dossier at loc and remember it. */
static int put_file(run *r, const char *name, const pt_xw *head, const char *body,
		    const pt_xw *foot, const pt_loc *loc, pt_error *err)
{
	int rc = write_file(r, name, head, body, foot, err);
	if (!rc)
		pt_render_names_add(r->written, name, (pt_loc){r->file, loc->line});
	return rc;
}

/* The HTML document: the page (unless a fragment) and the article.  Its
 * printed pages carry what a page on stdout does: kenmerk and title at the
 * foot, CONCEPT and INTERN WERKDOCUMENT at the top of every one. */
static void html_frame(const run *r, const json_t *d, int concept, pt_xw *head, pt_xw *foot)
{
	if (!r->o->fragment) {
		char *footer = pt_render_page_footer_text(d);
		char *css = pt_render_page_css(r->css, footer, concept, (r->o->sections & PT_RS_WERK) != 0,
					       r->o->lang);
		pt_render_page_head(head, title_of(d), r->o->lang, css, NULL);
		free(css);
		free(footer);
	}
	article(head, r, 1);
	article(foot, r, 0);
	if (!r->o->fragment)
		pt_render_page_foot(foot);
}

/* ---- the overview of a -o DIR run: overzicht.csv and index.html/.md ------- */

/* What marks pt-render's own index, so that pt-paragraph --check passes it
 * by: the generator meta of index.html, the first line of index.md.  A
 * document pt-render writes says "pt-render VERSION" instead. */
#define INDEX_MARK "pt-render-index " PT_VERSION

static int count_meldingen(const json_t *d, const char *ernst)
{
	int n = 0;
	size_t i;
	json_t *m;
	json_array_foreach(pt_get(d, "meldingen"), i, m) {
		const char *e = pt_get_str(m, "ernst");
		n += e && strcmp(e, ernst) == 0;
	}
	return n;
}

/* Would a spreadsheet read a formula at p, the start of a cell?  Which
 * places start a cell depends on the delimiter the reader guesses (';'
 * in Dutch Excel, ',' in English, a tab when pasted), and a line break
 * starts a row: every one of them counts. */
static int cell_start(const char *c, const char *p)
{
	return (p == c || strchr(",;\t\n", p[-1])) && *p && strchr("=+-@\t\r", *p);
}

/* A CSV field for any spreadsheet: always quoted (so a ';', ',' or line
 * break inside stays inside), with a quote before every place a formula
 * could start, whatever the delimiter. */
static void csv_field(pt_buf *b, const char *s, int last)
{
	char *c = pt_render_clean(s ? s : "");
	pt_buf_putc(b, '"');
	for (const char *p = c; *p; p++) {
		if (cell_start(c, p))
			pt_buf_putc(b, '\'');
		if (*p == '"')
			pt_buf_putc(b, '"');
		pt_buf_putc(b, *p);
	}
	pt_buf_putc(b, '"');
	pt_buf_puts(b, last ? "\r\n" : ";");
	free(c);
}

static const char *step_label(const json_t *d, enum pt_lang lang)
{
	const char *t = pt_get_str(d, "strategie.trede");
	json_t *part = pt_get(d, "strategie.participatie");
	if (json_is_false(part) || (!part && pt_get_str(d, "voorstel.geenParticipatie.reden")))
		return pt_zin("overzicht.geen", lang);
	if (!t || !*t)
		return "";
	if (pt_vocab_index(&pt_v_burgertrede, t) >= 0)
		return pt_vocab_label(&pt_v_burgertrede, t, lang);
	return pt_vocab_label(&pt_v_overheidstrede, t, lang);
}

/* The columns of the overview, in order; their headings in zinnen.csv. */
enum { OV_ID, OV_TITEL, OV_TREDE, OV_STATUS, OV_FOUTEN, OV_WAARSCH, OV_WAAROM, OV_DATUM, OV_DOOR, OV_N };
static const char *const overview_key[OV_N] = {
	"overzicht.k.id", "overzicht.k.titel", "overzicht.k.trede", "overzicht.k.status",
	"overzicht.k.fouten", "overzicht.k.waarschuwingen", "overzicht.k.waarom",
	"overzicht.k.datum", "overzicht.k.door",
};

static void index_html_row(run *r, const char *const *cells, const char *file)
{
	pt_xw *w = &r->index;
	pt_xw_open(w, "tr");
	pt_xw_close(w);
	pt_xw_open(w, "td");
	pt_xw_attr(w, "class", "pt-id");
	pt_xw_close(w);
	pt_xw_open(w, "a");
	pt_xw_attr(w, "href", file);
	pt_xw_close(w);
	pt_xw_text(w, cells[OV_ID]);
	pt_xw_end(w, "a");
	pt_xw_end(w, "td");
	for (int i = 1; i < OV_N; i++)
		pt_xw_elem(w, "td", cells[i] ? cells[i] : "", NULL);
	pt_xw_end(w, "tr");
	pt_xw_nl(w);
}

static void index_md_row(run *r, const char *const *cells, const char *file)
{
	cmark_node *row = rd_row(r->md_table), *cell = rd_cell(row, NULL);
	cmark_node *a = cmark_node_new(CMARK_NODE_LINK);
	cmark_node_set_url(a, file);
	cmark_node_append_child(cell, a);
	rd_add_text(a, cells[OV_ID]);
	for (int i = 1; i < OV_N; i++)
		rd_cell(row, cells[i] ? cells[i] : "");
}

/* The page or document the index rows go into, made before the first. */
/* The batch index: Markdown beside Markdown, a page beside HTML and Word,
 * which a browser opens and links out of. */
static int html_index(const run *r)
{
	return r->o->format != PT_RENDER_MD;
}

static void index_start(run *r)
{
	enum pt_lang lang = r->o->lang;
	if (html_index(r) || r->md_index)
		return;
	const char *head[OV_N];
	for (int i = 0; i < OV_N; i++)
		head[i] = pt_zin(overview_key[i], lang);
	rd_cmark_setup();
	r->md_index = cmark_node_new(CMARK_NODE_DOCUMENT);
	rd_heading(r->md_index, 1, pt_zin("overzicht.kop", lang));
	r->md_table = rd_table(r->md_index, "llllrrlll", head);
}

/* A row of the overview: the id, how far it is, and what the reader of a
 * CONCEPT needs to act: why it is one, when and by whom it is decided. */
static void overview_row(run *r, const json_t *d, const char *file, int concept)
{
	enum pt_lang lang = r->o->lang;
	char fout[16], waarsch[16], q[1200], date[64];
	snprintf(fout, sizeof fout, "%d", count_meldingen(d, "fout"));
	snprintf(waarsch, sizeof waarsch, "%d", count_meldingen(d, "waarschuwing"));
	doc dd = {.d = d, .o = r->o, .lang = lang};
	const char *waarom = concept ? rd_open_question(&dd, q, sizeof q) : NULL;
	const char *datum = pt_get_str(d, "voorstel.datumBesluit"), *door = pt_get_str(d, "voorstel.besluitDoor");
	const char *cells[OV_N] = {
		[OV_ID] = pt_get_str(d, "voorstel.id"), [OV_TITEL] = pt_get_str(d, "voorstel.titel"),
		[OV_TREDE] = step_label(d, lang),
		[OV_STATUS] = concept ? "CONCEPT" : pt_zin("overzicht.gereed", lang),
		[OV_FOUTEN] = fout, [OV_WAARSCH] = waarsch, [OV_WAAROM] = waarom,
		[OV_DATUM] = datum ? rd_fmt_date(&dd, datum, date, sizeof date) : NULL,
		[OV_DOOR] = door && pt_vocab_index(&pt_v_besluitdoor, door) >= 0
			    ? pt_vocab_label(&pt_v_besluitdoor, door, lang) : door,
	};
	r->not_ready += concept;
	for (int i = 0; i < OV_N; i++)
		csv_field(&r->csv, cells[i], i == OV_N - 1);
	index_start(r);
	if (html_index(r))
		index_html_row(r, cells, file);
	else
		index_md_row(r, cells, file);
}

/* "N nog niet gereed (CONCEPT)." */
static char *not_ready_line(const run *r)
{
	char n[24];
	snprintf(n, sizeof n, "%d", r->not_ready);
	const char *vars[] = {"aantal", n, NULL};
	return pt_zin_fill("overzicht.niet-gereed", r->o->lang, vars);
}

static int write_index_html(run *r, pt_error *err)
{
	enum pt_lang lang = r->o->lang;
	pt_xw head = {0}, foot = {0};
	const char *title = pt_zin("overzicht.kop", lang);
	/* an id such as CV-2027-014 stays whole on one line, not cut at a '-' */
	pt_buf css = PT_BUF_INIT;
	pt_buf_printf(&css, "%s\ntd.pt-id { white-space: nowrap; hyphens: none; }\n", r->css ? r->css : "");
	pt_render_page_head_as(&head, title, lang, pt_buf_str(&css), NULL, INDEX_MARK);
	pt_buf_free(&css);
	pt_xw_elem(&head, "h1", title, NULL);
	pt_xw_nl(&head);
	char *line = not_ready_line(r);
	pt_xw_elem(&head, "p", line ? line : "", NULL);
	free(line);
	pt_xw_nl(&head);
	pt_xw_open(&head, "table");
	pt_xw_attr(&head, "class", "pt-overzicht");
	pt_xw_close(&head);
	pt_xw_open(&head, "thead");
	pt_xw_close(&head);
	pt_xw_open(&head, "tr");
	pt_xw_close(&head);
	for (int i = 0; i < OV_N; i++)
		pt_xw_elem(&head, "th", pt_zin(overview_key[i], lang), NULL);
	pt_xw_end(&head, "tr");
	pt_xw_end(&head, "thead");
	pt_xw_open(&head, "tbody");
	pt_xw_close(&head);
	pt_xw_nl(&head);
	pt_xw_end(&foot, "tbody");
	pt_xw_end(&foot, "table");
	pt_xw_nl(&foot);
	pt_render_page_foot(&foot);
	int rc = write_file(r, "index.html", &head, pt_xw_str(&r->index), &foot, err);
	pt_xw_free(&head);
	pt_xw_free(&foot);
	return rc;
}

/* index.md: its first line a comment no reader shows, the mark. */
static int write_index_md(run *r, pt_error *err)
{
	char *line = not_ready_line(r);
	cmark_node *p = cmark_node_new(CMARK_NODE_PARAGRAPH);
	rd_add_text(p, line ? line : "");
	cmark_node_insert_after(cmark_node_first_child(r->md_index), p);
	free(line);
	char *md = cmark_render_commonmark(r->md_index, CMARK_OPT_DEFAULT, 0);
	pt_buf b = PT_BUF_INIT;
	pt_buf_printf(&b, "<!-- %s -->\n\n%s", INDEX_MARK, md);
	int rc = write_file(r, "index.md", NULL, pt_buf_str(&b), NULL, err);
	pt_buf_free(&b);
	free(md);
	return rc;
}

/* The overview files, each atomically; after every dossier is written. */
static int write_overview(run *r, pt_error *err)
{
	enum pt_lang lang = r->o->lang;
	pt_buf csv = PT_BUF_INIT;
	pt_buf_puts(&csv, "\xEF\xBB\xBF");	/* so that Excel reads UTF-8 */
	for (int i = 0; i < OV_N; i++)
		csv_field(&csv, pt_zin(overview_key[i], lang), i == OV_N - 1);
	pt_buf_puts(&csv, pt_buf_str(&r->csv));
	int rc = write_file(r, "overzicht.csv", NULL, pt_buf_str(&csv), NULL, err);
	pt_buf_free(&csv);
	if (rc)
		return rc;
	return html_index(r) ? write_index_html(r, err) : write_index_md(r, err);
}

/* One dossier into DIR: every file it needs is checked before the first
 * is written, so a clash leaves no part of this dossier behind. */
static int to_dir(run *r, const json_t *d, const pt_loc *loc, pt_error *err)
{
	const char *id = NULL;
	int rc = dossier_id(d, loc, &id, err);
	if (rc)
		return rc;
	pt_render_pic pics[4];
	int npics = 0, md = r->o->format == PT_RENDER_MD, concept = 0;
	char *body = pt_render_dossier(d, r->o, md, pics, &npics, &concept);
	char name[128];
	snprintf(name, sizeof name, "%s.%s", id, md ? "md" : "html");
	rc = check_unwritten(r, id, name, loc, err);
	for (int i = 0; i < npics && !rc; i++)
		rc = check_unwritten(r, id, pics[i].name, loc, err);
	pt_xw head = {0}, foot = {0};
	if (!md)
		html_frame(r, d, concept, &head, &foot);
	for (int i = 0; i < npics && !rc; i++)
		rc = put_file(r, pics[i].name, NULL, pics[i].svg, NULL, loc, err);
	if (!rc)
		rc = put_file(r, name, md ? NULL : &head, body, md ? NULL : &foot, loc, err);
	if (!rc)
		overview_row(r, d, name, concept);
	if (!rc && concept)
		r->status = pt_exit_worse(r->status, PT_EXIT_FINDINGS);
	pt_render_pics_free(pics, npics);
	pt_xw_free(&head);
	pt_xw_free(&foot);
	free(body);
	return rc;
}

static void stream_failed(run *r);
/* The page head and the dossier held back: with its footer when it is
 * the page's only dossier. */
static void put_held(run *r, int only)
{
	pt_xw w = {0};
	char *css = pt_render_page_css(r->css, only ? r->held_footer : NULL, r->held_concept,
				       (r->o->sections & PT_RS_WERK) != 0, r->o->lang);
	pt_render_page_head(&w, r->held_title ? r->held_title : "pt", r->o->lang, css, NULL);
	fputs(pt_xw_str(&w), r->out.f);
	fputs(r->held, r->out.f);
	pt_xw_free(&w);
	free(css);
	free(r->held), free(r->held_footer), free(r->held_title);
	r->held = r->held_footer = r->held_title = NULL;
}

static int to_stream(run *r, const json_t *d)
{
	int concept = 0;
	char *body = pt_render_dossier(d, r->o, 0, NULL, NULL, &concept);
	if (concept)
		r->status = pt_exit_worse(r->status, PT_EXIT_FINDINGS);
	pt_xw w = {0};
	if (html_page(r) && !r->started) {
		pt_buf held = PT_BUF_INIT;
		article(&w, r, 1);
		pt_buf_puts(&held, pt_xw_str(&w));
		pt_buf_puts(&held, body);	/* cmark's HTML, escaped already */
		pt_xw_free(&w);
		article(&w, r, 0);
		pt_buf_puts(&held, pt_xw_str(&w));
		pt_xw_free(&w);
		r->held = pt_buf_take(&held);
		r->held_footer = pt_render_page_footer_text(d);
		r->held_title = pt_xstrdup(title_of(d));
		r->held_concept = concept;
		r->started = 1;
		free(body);
		return 0;
	}
	if (r->held)
		put_held(r, 0);
	if (r->o->format == PT_RENDER_HTML)
		article(&w, r, 1);
	r->started = 1;
	fputs(pt_xw_str(&w), r->out.f);
	fputs(body, r->out.f);
	pt_xw_free(&w);
	/* Every document ends the same way, the first and the last alike, so
	 * that the output of parts of a stream, put together, is the output
	 * of the whole (pt(7), sharding): a Markdown document by a blank
	 * line, an HTML one by its </article>. */
	if (r->o->format == PT_RENDER_HTML) {
		article(&w, r, 0);
		fputs(pt_xw_str(&w), r->out.f);
		pt_xw_free(&w);
	} else {
		fputc('\n', r->out.f);
	}
	free(body);
	return ferror(r->out.f) ? PT_EXIT_IO : 0;
}

/* One dossier as a .docx: DIR/<id>.docx with its overview row, or the
 * stream's one document (a .docx holds one dossier). */
static int to_docx(run *r, const json_t *d, const pt_loc *loc, pt_error *err)
{
	const char *id = NULL;
	char name[128] = "";
	int concept = 0, rc = r->dir ? dossier_id(d, loc, &id, err) : 0;
	if (!rc && r->dir && snprintf(name, sizeof name, "%s.docx", id) > 0)
		rc = check_unwritten(r, id, name, loc, err);
	if (!rc && !r->dir && r->started)
		rc = pt_fail(err, PT_EXIT_DATA, *loc, "%s",
			     pt_tr("a .docx holds one dossier: give -o DIR/ for one file per dossier"));
	if (rc)
		return rc;
	pt_buf b = PT_BUF_INIT;
	pt_render_docx(d, r->o, &b, &concept);
	if (r->dir && !(rc = write_parts(r, name, NULL, b.s, b.len, NULL, err))) {
		pt_render_names_add(r->written, name, (pt_loc){r->file, loc->line});
		overview_row(r, d, name, concept);
	} else if (!r->dir && fwrite(b.s, 1, b.len, r->out.f) != b.len) {
		stream_failed(r);
	}
	r->started = 1;
	if (!rc && concept)
		r->status = pt_exit_worse(r->status, PT_EXIT_FINDINGS);
	pt_buf_free(&b);
	return rc;
}

/* A write to the stream failed: say so once, with the file's name, and
 * quietly when the reader went away (a closed pipe, as in `| head`). */
static void stream_failed(run *r)
{
	int e = errno;
	pt_error err = {0};
	if (e != EPIPE) {
		pt_fail(&err, PT_EXIT_IO, (pt_loc){r->out.path ? r->out.path : "<stdout>", 0},
			pt_tr("write error: %s"), strerror(e));
		pt_report(&err);
	}
	r->status = PT_EXIT_IO;
	r->stop = r->halt = r->write_failed = 1;
}

/* ---- progress -------------------------------------------------------------- */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The lines of the input files, for the time left: only regular files
 * are counted (a pipe is read once); -1 when one is not. */
static long count_lines(char **files, int nfiles)
{
	long n = 0;
	static char buf[1 << 16];
	for (int i = 0; i < nfiles; i++) {
		struct stat st;
		FILE *f = strcmp(files[i], "-") == 0 ? NULL : fopen(files[i], "rb");
		if (!f || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
			if (f)
				fclose(f);
			return -1;
		}
		size_t got;
		while ((got = fread(buf, 1, sizeof buf, f)) > 0)
			for (char *p = buf; (p = memchr(p, '\n', (size_t)(buf + got - p))) != NULL; p++)
				n++;
		fclose(f);
	}
	return n;
}

static void progress_start(progress *pg, int want, char **files, int nfiles)
{
	memset(pg, 0, sizeof *pg);
	pg->want = want;
	pg->tty = isatty(STDERR_FILENO);
	pg->start = now();
	pg->drawn = pg->start - 1;	/* --progress: the first dossier draws the line */
	pg->lines = pg->tty ? count_lines(files, nfiles) : -1;
}

static void progress_clear(progress *pg)
{
	if (pg->shown)
		fputs("\r\033[K", stderr);
	pg->shown = 0;
}

/* "1234 of 100000 dossiers, 850 a second, 1:55 left", redrawn at most
 * four times a second; line: the line the input has reached. */
static void progress_draw(progress *pg, long line, int last)
{
	double t = now(), spent = t - pg->start;
	if (!pg->tty || (!last && t - pg->drawn < 0.25) || (!pg->want && spent < AUTO_AFTER))
		return;
	pg->drawn = t;
	double rate = spent > 0 ? pg->done / spent : 0;
	long at = pg->lines_before + line;
	fprintf(stderr, "\r%s: ", pt_progname);
	if (pg->lines > 0 && at > 0 && !last) {
		long left = (long)(spent * (double)(pg->lines - at) / (double)at);
		long total = (long)((double)pg->done * pg->lines / at);
		fprintf(stderr, pt_tr("%ld of about %ld dossiers, %.0f a second, %ld:%02ld left"),
			pg->done, total, rate, left / 60, left % 60);
	} else {
		fprintf(stderr, pt_tr("%ld dossiers, %.0f a second"), pg->done, rate);
	}
	fputs("\033[K", stderr);
	if (last)
		fputc('\n', stderr);
	pg->shown = !last;
}

/* One record of the input: a document, or the error reported. */
static int render_record(json_t *d, const pt_loc *loc, int status, const pt_error *err, void *ctx)
{
	run *r = ctx;
	pt_error e = *err;
	if (d) {
		r->pg.done++;
		r->pg.line = loc ? loc->line : r->pg.line;
		progress_draw(&r->pg, r->pg.line, 0);
	}
	if (!status && r->stop)
		;	/* after a bad record: read on, write nothing */
	else if (!status && r->o->format == PT_RENDER_DOCX)
		status = to_docx(r, d, loc, &e);
	else if (!status && r->dir)
		status = to_dir(r, d, loc, &e);
	else if (!status && to_stream(r, d) != 0)
		stream_failed(r);
	if (status)
		fail(r, &e);
	json_decref(d);
	return r->halt;
}

static void render_file(run *r, const char *file)
{
	r->file = file;
	r->pg.line = 0;
	pt_read_dossiers(file, NULL, NULL, render_record, r);
	r->pg.lines_before += r->pg.line;
}

static int finish_stream(run *r)
{
	pt_error err = {0};
	if (r->out.path && r->stop) {
		free(r->held), free(r->held_footer), free(r->held_title);
		pt_out_abort(&r->out);
		return r->status ? r->status : PT_EXIT_IO;
	}
	if (r->write_failed)
		return PT_EXIT_IO;
	if (r->held)
		put_held(r, 1);
	if (html_page(r)) {
		pt_xw w = {0};
		if (!r->started)
			pt_render_page_head(&w, "pt", r->o->lang, r->css, NULL);
		pt_render_page_foot(&w);
		fputs(pt_xw_str(&w), r->out.f);
		pt_xw_free(&w);
	}
	if (pt_out_commit(&r->out, &err)) {
		if (errno != EPIPE)
			pt_report(&err);
		return PT_EXIT_IO;
	}
	return r->status;
}

/* -o DIR: an existing directory, or a name ending in '/' (made here). */
static int open_dir(const char *path, pt_error *err)
{
	struct stat st;
	if (stat(path, &st) == 0)
		return 0;
	if (mkdir(path, 0777) != 0)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot make directory: %s"),
			       strerror(errno));
	return 0;
}

/* The files of a -o DIR run are not synced one by one: once, here, the
 * file system they are on (syncfs), which takes the folder's entries
 * along.  Where there is no syncfs, sync. */
static int sync_dir(const char *dir, pt_error *err)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){dir, 0}, pt_tr("write error: %s"), strerror(errno));
#ifdef __linux__
	int rc = syncfs(fd) == 0 && fsync(fd) == 0 ? 0 : -1;
#else
	sync();
	int rc = fsync(fd);
#endif
	int e = errno;
	close(fd);
	return rc ? pt_fail(err, PT_EXIT_IO, (pt_loc){dir, 0}, pt_tr("write error: %s"), strerror(e)) : 0;
}

int pt_render_run(const pt_render_opts *o, char **files, int nfiles)
{
	static char *stdin_only[] = {"-", NULL};
	pt_error err = {0};
	run r = {.o = o};
	if (pt_zin_load(&err) || (o->format == PT_RENDER_DOCX && pt_docx_setup(o, &err))) {
		pt_report(&err);
		return err.status;
	}
	int dir = o->output && is_dir(o->output);
	if (((o->format == PT_RENDER_HTML && !o->fragment) || dir) && pt_render_css(o->css, &r.css, &err)) {
		pt_report(&err);
		return err.status;
	}
	if (dir) {
		r.dir = o->output;
		r.written = pt_render_names_new();
		if (open_dir(r.dir, &err)) {
			pt_render_names_free(r.written);
			pt_report(&err);
			free(r.css);
			return err.status;
		}
	} else if (pt_out_open(&r.out, o->output, &err)) {
		pt_report(&err);
		free(r.css);
		return err.status;
	}
	if (nfiles == 0)
		files = stdin_only, nfiles = 1;
	progress_start(&r.pg, o->progress, files, nfiles);
	for (int i = 0; i < nfiles && !r.halt; i++)
		render_file(&r, files[i]);
	if (r.pg.shown)
		progress_draw(&r.pg, 0, 1);
	int rc = r.dir ? r.status : finish_stream(&r);
	if (r.dir && r.csv.len && rc != PT_EXIT_IO && write_overview(&r, &err)) {
		pt_report(&err);
		rc = PT_EXIT_IO;
	}
	if (r.dir && r.wrote && sync_dir(r.dir, &err)) {
		pt_report(&err);
		rc = PT_EXIT_IO;
	}
	pt_buf_free(&r.csv);
	pt_xw_free(&r.index);
	if (r.md_index)
		cmark_node_free(r.md_index);
	pt_render_names_free(r.written);
	free(r.css);
	pt_docx_cleanup();
	return rc;
}
