/* pt-paragraph --check: walk the files, parse each by its kind, judge it by
 * the rules, write the findings, and work out the exit status.  The exit
 * codes differ from the filter's: 1 means findings at or above --fail-on,
 * a file that cannot be read is 4 and never a finding. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "pt.h"
#include "check.h"

enum kind { K_SNIFF, K_MD, K_HTML, K_DOSSIER };

struct run {
	const pt_check_opts *o;
	pt_chk_config *cfg;
	pt_chk_writer *w;
	pt_chk_doc doc;
	int status;		/* worst of 3 and 4 so far */
	long files;
	long count[3];		/* findings by severity */
	int failed;		/* a finding at or above fail_on */
};

int pt_check_format_parse(const char *s)
{
	static const char *const names[] = {"text", "json", "github", "sarif"};
	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* ---- the document buffer ------------------------------------------------- */

void pt_chk_doc_clear(pt_chk_doc *d)
{
	d->nb = d->tlen = d->nlines = 0;
	d->disabled = 0;
	d->src = NULL;
	d->srclen = 0;
}

void pt_chk_doc_free(pt_chk_doc *d)
{
	free(d->b);
	free(d->text);
	free(d->lines);
	memset(d, 0, sizeof *d);
}

void pt_chk_block_add(pt_chk_doc *d, int type, int level, long line, long col,
		      const char *s, size_t n)
{
	if (d->nb == d->bcap) {
		d->bcap = d->bcap ? 2 * d->bcap : 64;
		d->b = pt_xrealloc(d->b, d->bcap * sizeof *d->b);
	}
	if (d->tlen + n + 1 > d->tcap) {
		d->tcap = 2 * (d->tlen + n + 1) + 1024;
		d->text = pt_xrealloc(d->text, d->tcap);
	}
	if (n)
		memcpy(d->text + d->tlen, s, n);
	d->text[d->tlen + n] = '\0';
	d->b[d->nb++] = (pt_chk_block){type, level, line, col, d->tlen, n};
	d->tlen += n + 1;
}

static void index_lines(pt_chk_doc *d)
{
	if (!d->nlines) {
		d->lines = d->lcap ? d->lines : pt_xmalloc((d->lcap = 256) * sizeof *d->lines);
		d->lines[d->nlines++] = 0;
		for (size_t i = 0; i < d->srclen; i++) {
			if (d->src[i] != '\n')
				continue;
			if (d->nlines == d->lcap)
				d->lines = pt_xrealloc(d->lines, (d->lcap *= 2) * sizeof *d->lines);
			d->lines[d->nlines++] = i + 1;
		}
	}
}

long pt_chk_skip_blank(pt_chk_doc *d, long line, long bytecol)
{
	if (!d->src || line < 1 || bytecol < 1)
		return bytecol;
	index_lines(d);
	if ((size_t)line > d->nlines)
		return bytecol;
	size_t i = d->lines[line - 1] + (size_t)bytecol - 1;
	while (i < d->srclen && (d->src[i] == ' ' || d->src[i] == '\t'))
		i++, bytecol++;
	return bytecol;
}

long pt_chk_char_col(pt_chk_doc *d, long line, long bytecol)
{
	if (!d->src || line < 1 || bytecol < 1)
		return bytecol;
	index_lines(d);
	if ((size_t)line > d->nlines)
		return bytecol;
	size_t start = d->lines[line - 1];
	long col = 1;
	for (size_t i = start; i < start + (size_t)bytecol - 1 && i < d->srclen; i++)
		col += ((unsigned char)d->src[i] & 0xC0) != 0x80;
	return col;
}

static size_t skip_label_end(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == ':'))
		i++;
	return i;
}

static size_t trim_label(const char *s, size_t k)
{
	while (k && (s[k - 1] == ':' || s[k - 1] == ' '))
		k--;
	return k;
}

static int words_in(const char *s, size_t n)
{
	int w = 0, in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = s[i] == ' ';
		w += !sp && !in;
		in = !sp;
	}
	return w;
}

/* What a paragraph is, for Markdown and HTML alike.  Bold text alone is a
 * pseudo heading; "**Label:** text" an entry of its own; the first
 * paragraph of a list item gives the item's label (its bold start, or
 * the few words before a colon) and the rest is the item's text. */
void pt_chk_paragraph(pt_chk_doc *d, const char *s, size_t n, long lead_len, int item_first,
		      long line, long col)
{
	size_t lab = 0;
	int entry = item_first;
	if (lead_len > 0) {
		lab = (size_t)lead_len;
		if (skip_label_end(s, lab, n) == n && !item_first && lab <= 120) {
			pt_chk_block_add(d, PT_B_PSEUDO, 7, line, col, s, trim_label(s, lab));
			return;
		}
		if ((lab && s[lab - 1] == ':') || (lab < n && s[lab] == ':'))
			entry = 1;
		else if (!item_first)
			lab = 0;
	} else if (item_first) {
		const char *colon = memchr(s, ':', n < 60 ? n : 60);
		if (colon && words_in(s, (size_t)(colon - s)) <= 5)
			lab = (size_t)(colon - s) + 1;
	}
	if (!entry) {
		pt_chk_block_add(d, PT_B_TEXT, 0, line, col, s, n);
		return;
	}
	size_t rest = skip_label_end(s, lab, n);
	pt_chk_block_add(d, PT_B_OPEN, 0, line, col, s, trim_label(s, lab));
	if (rest < n)
		pt_chk_block_add(d, PT_B_TEXT, 0, line, col, s + rest, n - rest);
	if (!item_first)
		pt_chk_block_add(d, PT_B_CLOSE, 0, line, col, "", 0);
}

/* "pt-disable" alone turns every rule off for the document; followed by
 * rule ids (spaces or commas between), just those. */
void pt_chk_directive(pt_chk_doc *d, const char *s, size_t n)
{
	static const char kw[] = "pt-disable";
	const char *end = s + n;
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++;
	if ((size_t)(end - s) < sizeof kw - 1 || memcmp(s, kw, sizeof kw - 1) != 0)
		return;
	s += sizeof kw - 1;
	if (s < end && *s != ' ' && *s != '\t' && *s != '\n')
		return;		/* pt-disabled, pt-disable-next-line: not ours */
	unsigned long bits = 0;
	char id[64];
	while (s < end) {
		while (s < end && (*s == ' ' || *s == ',' || *s == '\t' || *s == '\n' || *s == '\r'))
			s++;
		size_t k = 0;
		while (s < end && *s != ' ' && *s != ',' && *s != '\t' && *s != '\n' && *s != '\r') {
			if (k + 1 < sizeof id)
				id[k++] = *s;
			s++;
		}
		id[k] = '\0';
		int r = k ? pt_chk_rule_find(id) : -1;
		if (r >= 0)
			bits |= 1ul << r;
	}
	d->disabled |= bits ? bits : ~0ul;
}

/* ---- reading files ------------------------------------------------------- */

static enum kind kind_of(const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash))
		return K_SNIFF;
	if (strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0)
		return K_MD;
	if (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0)
		return K_HTML;
	if (strcmp(dot, ".json") == 0 || strcmp(dot, ".jsonl") == 0)
		return K_DOSSIER;
	return K_SNIFF;
}

/* Standard input, or a file of another name: judged by its first byte. */
static enum kind sniff(const char *buf, size_t n)
{
	size_t i = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
		i++;
	if (i < n && buf[i] == '{')
		return K_DOSSIER;
	if (i < n && buf[i] == '<' && !(n - i >= 4 && memcmp(buf + i, "<!--", 4) == 0))
		return K_HTML;
	return K_MD;
}

static char *slurp(const char *path, size_t *len, pt_error *err)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	if (!f) {
		pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot open: %s", strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 14, n = 0, got;
	char *buf = pt_xmalloc(cap);
	while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (n + 1 == cap)
			buf = pt_xrealloc(buf, cap *= 2);
	}
	int bad = ferror(f);
	if (!is_stdin)
		fclose(f);
	if (bad) {
		free(buf);
		pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot read: %s", strerror(errno));
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static void on_finding(const pt_chk_finding *f, void *ctx)
{
	struct run *r = ctx;
	if (f->sev > PT_SEV_INFO)
		return;
	r->count[f->sev]++;
	if (f->sev <= r->o->fail_on)
		r->failed = 1;
	pt_chk_writer_put(f, r->w);
}

static void fail_file(struct run *r, const pt_error *err)
{
	pt_report(err);
	if (r->status != PT_EXIT_IO)
		r->status = err->status;
}

static void check_dossiers(struct run *r, const char *path, char *buf, size_t n)
{
	pt_error err = {0};
	pt_loc loc;
	json_t *d = NULL;
	int rc;
	FILE *f = fmemopen(buf, n ? n : 1, "rb");
	if (!f) {
		pt_fail(&err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot read: %s", strerror(errno));
		fail_file(r, &err);
		return;
	}
	if (!n)
		fgetc(f);	/* fmemopen wants a size of 1 or more: skip the NUL */
	pt_reader *rd = pt_reader_new(f, path);
	while ((rc = pt_reader_next(rd, &d, &loc, &err)) != 0) {
		if (rc > 0 && pt_dossier_check(d, &loc, &err) == 0)
			pt_chk_rules_dossier(r->cfg, d, &loc, r->o->lang, on_finding, r);
		else
			fail_file(r, &err);
		json_decref(d);
		d = NULL;
	}
	pt_reader_close(rd);
	fclose(f);
}

static void check_file(struct run *r, const char *path, enum kind k)
{
	pt_error err = {0};
	size_t n;
	char *buf = slurp(path, &n, &err);
	if (!buf) {
		fail_file(r, &err);
		return;
	}
	r->files++;
	if (k == K_SNIFF)
		k = sniff(buf, n);
	if (k == K_DOSSIER) {
		check_dossiers(r, path, buf, n);
	} else {
		pt_chk_doc_clear(&r->doc);
		r->doc.src = buf, r->doc.srclen = n;
		if (k == K_HTML)
			pt_chk_parse_html(&r->doc, buf, n);
		else
			pt_chk_parse_md(&r->doc, buf, n);
		pt_chk_rules_doc(r->cfg, &r->doc, path, r->o->lang, on_finding, r);
		r->doc.src = NULL;
	}
	free(buf);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory: its Markdown, HTML and dossier files, in byte order of
 * their names so every machine gives the same output; hidden entries
 * (.git) are skipped. */
static void check_dir(struct run *r, const char *dir)
{
	pt_error err = {0};
	DIR *dp = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	if (!dp) {
		pt_fail(&err, PT_EXIT_IO, (pt_loc){dir, 0}, "cannot open: %s", strerror(errno));
		fail_file(r, &err);
		return;
	}
	while ((e = readdir(dp))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap)
			names = pt_xrealloc(names, (cap = cap ? 2 * cap : 32) * sizeof *names);
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		names[n] = pt_xmalloc(len);
		snprintf(names[n++], len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		struct stat st, lst;
		/* A link to a directory is not followed, as grep -r does not:
		 * a link to a parent would walk forever. */
		if (stat(names[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			if (lstat(names[i], &lst) == 0 && !S_ISLNK(lst.st_mode))
				check_dir(r, names[i]);
		} else if (kind_of(names[i]) != K_SNIFF)
			check_file(r, names[i], kind_of(names[i]));
		free(names[i]);
	}
	free(names);
}

static void check_path(struct run *r, const char *path)
{
	struct stat st;
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		check_dir(r, path);
	else
		check_file(r, path, strcmp(path, "-") == 0 ? K_SNIFF : kind_of(path));
}

static const char *plural(long n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

static void summary(const struct run *r)
{
	const long *c = r->count;
	if (r->o->lang)
		fprintf(stderr, "%s: %ld %s checked: %ld %s, %ld %s, %ld info\n", pt_progname,
			r->files, plural(r->files, "file", "files"), c[0], plural(c[0], "error", "errors"),
			c[1], plural(c[1], "warning", "warnings"), c[2]);
	else
		fprintf(stderr, "%s: %ld %s gecontroleerd: %ld %s, %ld %s, %ld info\n", pt_progname,
			r->files, plural(r->files, "bestand", "bestanden"), c[0],
			plural(c[0], "fout", "fouten"), c[1], plural(c[1], "waarschuwing", "waarschuwingen"),
			c[2]);
}

int pt_check_run(const pt_check_opts *o, char **files, int nfiles)
{
	static char *stdin_only[] = {"-", NULL};
	struct run r = {.o = o};
	pt_error err = {0};
	if (!(r.cfg = pt_chk_config_load(o->config, &err))) {
		pt_report(&err);
		return err.status;
	}
	if (!(r.w = pt_chk_writer_open(o->format, o->output, r.cfg, o->lang, &err))) {
		pt_report(&err);
		pt_chk_config_free(r.cfg);
		return err.status;
	}
	if (nfiles == 0)
		files = stdin_only, nfiles = 1;
	for (int i = 0; i < nfiles; i++)
		check_path(&r, files[i]);
	if (pt_chk_writer_close(r.w, 1, &err)) {
		if (errno != EPIPE)
			pt_report(&err);
		r.status = PT_EXIT_IO;
	}
	if (!o->quiet)
		summary(&r);
	pt_chk_doc_free(&r.doc);
	pt_chk_config_free(r.cfg);
	if (r.status)
		return r.status;
	return r.failed ? PT_EXIT_FINDINGS : PT_EXIT_OK;
}
