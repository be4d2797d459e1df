/* The run of pt-render: read dossiers, write documents -- on stdout or in
 * one file (one page holding every dossier), or one file per dossier in a
 * directory, each written atomically and none twice in one run.  Exit
 * status by the rules of pt(7), as pt_filter keeps them for the dossier
 * filters. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "render_priv.h"

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
	pt_xw index;		/* -o DIR: the same rows as an HTML table */
	int not_ready;		/* dossiers whose paragraph is a CONCEPT */
	/* A stream of HTML holds its first dossier until it knows whether it
	 * is the only one: then its page prints that dossier's footer. */
	char *held, *held_footer, *held_title;
	int held_concept;
} run;


/* As pt_sink_put: after a bad record nothing more is written (unless
 * --keep-going), but the input is read on to name every bad record, up to
 * PT_MAX_ERRORS. */
static void fail(run *r, const pt_error *err)
{
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
	if (r->probed)
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

/* A whole document or picture into its own file, atomically. */
static int write_file(run *r, const char *name, const pt_xw *head, const char *body,
		      const pt_xw *foot, pt_error *err)
{
	char *path = dir_path(r->dir, name);
	pt_out out;
	int rc = pt_out_open(&out, path, err);
	if (!rc) {
		probe_case(r, out.tmp);
		if (head)
			fputs(pt_xw_str(head), out.f);
		fputs(body, out.f);
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

/* The id names the files, so it must be there and be a safe file name:
 * a string without a NUL inside, as pt_id_safe has it. */
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

/* The HTML document: the page (unless a fragment) and the article. */
static void html_frame(const run *r, const json_t *d, pt_xw *head, pt_xw *foot)
{
	if (!r->o->fragment) {
		pt_buf f = PT_BUF_INIT;
		const char *id = pt_get_str(d, "voorstel.id"), *titel = pt_get_str(d, "voorstel.titel");
		pt_buf_printf(&f, "%s%s%s", id ? id : "", id && titel ? " \xC2\xB7 " : "", titel ? titel : "");
		pt_render_page_head(head, title_of(d), r->o->lang, r->css, f.len ? pt_buf_str(&f) : NULL);
		pt_buf_free(&f);
	}
	article(head, r, 1);
	article(foot, r, 0);
	if (!r->o->fragment)
		pt_render_page_foot(foot);
}

/* ---- the overview of a -o DIR run: overzicht.csv and index.html ---------- */

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

/* A CSV field for a Dutch spreadsheet: quoted when it holds ';', a quote
 * or a line break; a leading = + - @ made text, never a formula. */
static void csv_field(pt_buf *b, const char *s, int last)
{
	char *c = pt_render_clean(s ? s : "");
	int quote = strpbrk(c, ";\"\n") != NULL || strchr("=+-@", c[0]) != NULL;
	if (quote)
		pt_buf_putc(b, '"');
	if (c[0] && strchr("=+-@", c[0]))
		pt_buf_putc(b, '\'');
	for (const char *p = c; *p; p++) {
		if (*p == '"')
			pt_buf_putc(b, '"');
		pt_buf_putc(b, *p);
	}
	if (quote)
		pt_buf_putc(b, '"');
	pt_buf_puts(b, last ? "\r\n" : ";");
	free(c);
}

static const char *step_label(const json_t *d, enum pt_lang lang)
{
	const char *t = pt_get_str(d, "strategie.trede");
	if (json_is_false(pt_get(d, "strategie.participatie")) || pt_get_str(d, "voorstel.geenParticipatie.reden"))
		return lang == PT_EN ? "no participation" : "geen participatie";
	if (!t || !*t)
		return "";
	if (pt_vocab_index(&pt_v_burgertrede, t) >= 0)
		return pt_vocab_label(&pt_v_burgertrede, t, lang);
	return pt_vocab_label(&pt_v_overheidstrede, t, lang);
}

static void overview_row(run *r, const json_t *d, const char *file, int concept)
{
	enum pt_lang lang = r->o->lang;
	const char *status = concept ? "CONCEPT" : lang == PT_EN ? "ready" : "gereed";
	char fout[16], waarsch[16];
	snprintf(fout, sizeof fout, "%d", count_meldingen(d, "fout"));
	snprintf(waarsch, sizeof waarsch, "%d", count_meldingen(d, "waarschuwing"));
	const char *cells[] = {pt_get_str(d, "voorstel.id"), pt_get_str(d, "voorstel.titel"),
			       step_label(d, lang), status, fout, waarsch};
	r->not_ready += concept;
	for (int i = 0; i < 6; i++)
		csv_field(&r->csv, cells[i], i == 5);
	pt_xw *w = &r->index;
	pt_xw_open(w, "tr");
	pt_xw_close(w);
	pt_xw_open(w, "td");
	pt_xw_close(w);
	pt_xw_open(w, "a");
	pt_xw_attr(w, "href", file);
	pt_xw_close(w);
	pt_xw_text(w, cells[0]);
	pt_xw_end(w, "a");
	pt_xw_end(w, "td");
	for (int i = 1; i < 6; i++)
		pt_xw_elem(w, "td", cells[i] ? cells[i] : "", NULL);
	pt_xw_end(w, "tr");
	pt_xw_nl(w);
}

static const char *const overview_head[2][6] = {
	{"id", "titel", "trede of rol", "status", "fouten", "waarschuwingen"},
	{"id", "title", "level or role", "status", "errors", "warnings"},
};

/* Both overview files, each atomically; after every dossier is written. */
static int write_overview(run *r, pt_error *err)
{
	enum pt_lang lang = r->o->lang;
	pt_buf csv = PT_BUF_INIT;
	pt_buf_puts(&csv, "\xEF\xBB\xBF");	/* so that Excel reads UTF-8 */
	for (int i = 0; i < 6; i++)
		csv_field(&csv, overview_head[lang][i], i == 5);
	pt_buf_puts(&csv, pt_buf_str(&r->csv));
	int rc = write_file(r, "overzicht.csv", NULL, pt_buf_str(&csv), NULL, err);
	pt_buf_free(&csv);
	if (rc)
		return rc;
	pt_xw head = {0}, foot = {0};
	const char *title = lang == PT_EN ? "Participation paragraphs: overview" : "Participatieparagrafen: overzicht";
	pt_render_page_head(&head, title, lang, r->css, NULL);
	pt_xw_elem(&head, "h1", title, NULL);
	pt_xw_nl(&head);
	pt_xw_open(&head, "p");
	pt_xw_close(&head);
	char line[160];
	snprintf(line, sizeof line, lang == PT_EN ? "%d not ready (CONCEPT)." : "%d nog niet gereed (CONCEPT).", r->not_ready);
	pt_xw_text(&head, line);
	pt_xw_end(&head, "p");
	pt_xw_nl(&head);
	pt_xw_open(&head, "table");
	pt_xw_close(&head);
	pt_xw_open(&head, "thead");
	pt_xw_close(&head);
	pt_xw_open(&head, "tr");
	pt_xw_close(&head);
	for (int i = 0; i < 6; i++)
		pt_xw_elem(&head, "th", overview_head[lang][i], NULL);
	pt_xw_end(&head, "tr");
	pt_xw_end(&head, "thead");
	pt_xw_open(&head, "tbody");
	pt_xw_close(&head);
	pt_xw_nl(&head);
	pt_xw_end(&foot, "tbody");
	pt_xw_end(&foot, "table");
	pt_xw_nl(&foot);
	pt_render_page_foot(&foot);
	rc = write_file(r, "index.html", &head, pt_xw_str(&r->index), &foot, err);
	pt_xw_free(&head);
	pt_xw_free(&foot);
	return rc;
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
		html_frame(r, d, &head, &foot);
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
	else if (r->started)
		pt_xw_nl(&w);	/* a blank line between Markdown documents */
	r->started = 1;
	fputs(pt_xw_str(&w), r->out.f);
	fputs(body, r->out.f);
	pt_xw_free(&w);
	if (r->o->format == PT_RENDER_HTML) {
		article(&w, r, 0);
		fputs(pt_xw_str(&w), r->out.f);
		pt_xw_free(&w);
	}
	free(body);
	return ferror(r->out.f) ? PT_EXIT_IO : 0;
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

/* One record of the input: a document, or the error reported. */
static int render_record(json_t *d, const pt_loc *loc, int status, const pt_error *err, void *ctx)
{
	run *r = ctx;
	pt_error e = *err;
	if (!status && r->stop)
		;	/* after a bad record: read on, write nothing */
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
	pt_read_dossiers(file, NULL, NULL, render_record, r);
}

static int finish_stream(run *r)
{
	pt_error err = {0};
	if (r->out.path && r->stop) {
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

int pt_render_run(const pt_render_opts *o, char **files, int nfiles)
{
	static char *stdin_only[] = {"-", NULL};
	pt_error err = {0};
	run r = {.o = o};
	if (pt_zin_load(&err)) {
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
	for (int i = 0; i < nfiles && !r.halt; i++)
		render_file(&r, files[i]);
	int rc = r.dir ? r.status : finish_stream(&r);
	if (r.dir && r.csv.len && rc != PT_EXIT_IO && write_overview(&r, &err)) {
		pt_report(&err);
		rc = PT_EXIT_IO;
	}
	pt_buf_free(&r.csv);
	pt_xw_free(&r.index);
	pt_render_names_free(r.written);
	free(r.css);
	return rc;
}
