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
	pt_check_config *cfg;
	pt_check_writer *w;
	pt_check_doc doc;
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

static void on_finding(const pt_check_finding *f, void *ctx)
{
	struct run *r = ctx;
	if (f->sev > PT_SEV_INFO)
		return;
	r->count[f->sev]++;
	if (f->sev <= r->o->fail_on)
		r->failed = 1;
	pt_check_writer_put(f, r->w);
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
			pt_check_rules_dossier(r->cfg, d, &loc, r->o->lang, on_finding, r);
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
		pt_check_doc_clear(&r->doc);
		r->doc.src = buf, r->doc.srclen = n;
		if (k == K_HTML)
			pt_check_parse_html(&r->doc, buf, n);
		else
			pt_check_parse_md(&r->doc, buf, n);
		pt_check_rules_doc(r->cfg, &r->doc, path, r->o->lang, on_finding, r);
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
	if (!(r.cfg = pt_check_config_load(o->config, &err))) {
		pt_report(&err);
		return err.status;
	}
	if (!(r.w = pt_check_writer_open(o->format, o->output, r.cfg, o->lang, &err))) {
		pt_report(&err);
		pt_check_config_free(r.cfg);
		return err.status;
	}
	if (nfiles == 0)
		files = stdin_only, nfiles = 1;
	for (int i = 0; i < nfiles; i++)
		check_path(&r, files[i]);
	if (pt_check_writer_close(r.w, 1, &err)) {
		if (errno != EPIPE)
			pt_report(&err);
		r.status = PT_EXIT_IO;
	}
	if (!o->quiet)
		summary(&r);
	pt_check_doc_free(&r.doc);
	pt_check_config_free(r.cfg);
	if (r.status)
		return r.status;
	return r.failed ? PT_EXIT_FINDINGS : PT_EXIT_OK;
}
