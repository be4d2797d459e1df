/* pt-paragraph --check: walk the files, parse each by its kind, judge it by
 * the rules, write the findings, and work out the exit status.  The exit
 * codes differ from the filter's: 1 means findings at or above --fail-on,
 * 2 a file named that cannot be checked or nothing checked at all, 4 a file
 * that cannot be read (never a finding). */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pt.h"
#include "check_int.h"

enum kind { K_SNIFF, K_MD, K_HTML, K_DOSSIER, K_DOCX, K_ODT, K_PDF, K_OTHER };

struct run {
	const pt_check_opts *o;
	pt_check_config *cfg;
	pt_check_writer *w;
	pt_check_doc doc;
	int status;		/* worst of 3 and 4 so far */
	long files, skipped;
	long count[3];		/* findings by severity */
	int failed;		/* a finding at or above fail_on */
};

/* ---- what a file is ------------------------------------------------------ */

/* By its extension, in any case (up.MD is Markdown); no extension: sniffed. */
static enum kind kind_of(const char *path)
{
	static const struct { const char *ext; enum kind k; } ext[] = {
		{".md", K_MD}, {".markdown", K_MD}, {".html", K_HTML}, {".htm", K_HTML},
		{".json", K_DOSSIER}, {".jsonl", K_DOSSIER}, {".docx", K_DOCX},
		{".odt", K_ODT}, {".pdf", K_PDF},
	};
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash) || dot == path || (slash && dot == slash + 1))
		return K_SNIFF;
	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
		if (strcasecmp(dot, ext[i].ext) == 0)
			return ext[i].k;
	return K_OTHER;
}

/* Standard input, or a file without an extension: judged by its first
 * bytes (a zip is Word or ODF, by what it holds). */
static enum kind sniff(const char *buf, size_t n)
{
	if (n >= 5 && memcmp(buf, "%PDF-", 5) == 0)
		return K_PDF;
	if (n >= 4 && memcmp(buf, "PK\3\4", 4) == 0)
		return memmem(buf, n, "word/document.xml", 17) ? K_DOCX : K_ODT;	/* the central directory names it */
	size_t i = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
		i++;
	if (i < n && buf[i] == '{')
		return K_DOSSIER;
	if (i < n && buf[i] == '<' && !(n - i >= 4 && memcmp(buf + i, "<!--", 4) == 0))
		return K_HTML;
	return K_MD;
}

/* ---- reading ------------------------------------------------------------- */

/* Read at most max bytes of an open file; *len is max + 1 when there is
 * more.  NULL with errno on a read error. */
static char *read_fd(int fd, size_t max, size_t *len)
{
	pt_buf b = PT_BUF_INIT;
	char chunk[1 << 15];
	ssize_t got;
	while (b.len <= max && (got = read(fd, chunk, sizeof chunk)) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			pt_buf_free(&b);
			errno = e;
			return NULL;
		}
		pt_buf_put(&b, chunk, (size_t)got);
	}
	*len = b.len > max ? max + 1 : b.len;
	pt_buf_putc(&b, '\0');	/* a NUL after the text, for the parsers */
	b.len--;
	return pt_buf_take(&b);
}

static void skip(struct run *r, const char *path, int why)
{
	r->skipped++;
	pt_check_writer_skip(r->w, path, why);
}

static void fail_file(struct run *r, const pt_error *err)
{
	pt_report(err);
	pt_check_writer_fail(r->w, err);
	if (r->status != PT_EXIT_IO && r->status != PT_EXIT_USAGE)
		r->status = err->status;
}

static const char *size_text(size_t max)
{
	static char why[160];
	snprintf(why, sizeof why, pt_tr("larger than the limit of %zu bytes (--max-size)"), max);
	return why;
}

/* A file named on the command line that cannot be checked: exit 2. */
static void refuse(struct run *r, const char *path, const char *why)
{
	pt_error err = {0};
	pt_fail(&err, PT_EXIT_USAGE, (pt_loc){path, 0}, pt_tr("cannot check: %s"), why);
	pt_report(&err);
	pt_check_writer_fail(r->w, &err);
	r->status = PT_EXIT_USAGE;
}

/* Open a regular file without following a link (at) or following one
 * (named on the command line), within the size limit.  NULL with *why
 * set when it is no file to check, or with a reported error. */
static char *load(struct run *r, int dirfd, const char *name, const char *path, int follow,
		  size_t *len, int *why)
{
	pt_error err = {0};
	int fd = openat(dirfd, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW));
	struct stat st;
	if (fd < 0 && errno == ELOOP && !follow) {
		*why = PT_SKIP_LINK;
		return NULL;
	}
	if (fd < 0 || fstat(fd, &st) != 0) {
		pt_fail(&err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
		fail_file(r, &err);
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		*why = PT_SKIP_NOTREG;
		return NULL;
	}
	fcntl(fd, F_SETFL, 0);	/* blocking reads from here on */
	char *buf = (size_t)st.st_size > r->o->max_size ? NULL : read_fd(fd, r->o->max_size, len);
	int e = errno;
	close(fd);
	if ((size_t)st.st_size > r->o->max_size || (buf && *len > r->o->max_size)) {
		free(buf);
		*why = PT_SKIP_SIZE;
		return NULL;
	}
	if (!buf) {
		pt_fail(&err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot read: %s"), strerror(e));
		fail_file(r, &err);
	}
	return buf;
}

/* ---- checking ------------------------------------------------------------ */

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

static void check_dossiers(struct run *r, const char *path, char *buf, size_t n)
{
	pt_error err = {0};
	pt_loc loc;
	json_t *d = NULL;
	int rc;
	FILE *f = fmemopen(buf, n ? n : 1, "rb");
	if (!f) {
		pt_fail(&err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot read: %s"), strerror(errno));
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

/* A document into blocks by its kind; 0, or an error in err. */
static int parse(struct run *r, enum kind k, const char *path, const char *buf, size_t n,
		 pt_error *err)
{
	pt_check_doc *d = &r->doc;
	switch (k) {
	case K_HTML:
		pt_check_parse_html(d, buf, n);
		return 0;
	case K_DOCX:
		return pt_check_parse_docx(d, path, buf, n, err);
	case K_ODT:
		return pt_check_parse_odt(d, path, buf, n, err);
	case K_PDF:
		return pt_check_parse_pdf(d, path, buf, n, err);
	default:
		pt_check_parse_md(d, buf, n);
		return 0;
	}
}

static void check_buf(struct run *r, const char *path, enum kind k, char *buf, size_t n)
{
	pt_error err = {0};
	r->files++;
	if (k == K_SNIFF)
		k = sniff(buf, n);
	if (k == K_DOSSIER) {
		check_dossiers(r, path, buf, n);
		return;
	}
	pt_check_doc_clear(&r->doc);
	r->doc.src = buf, r->doc.srclen = n;
	int rc = parse(r, k, path, buf, n, &err);
	if (!rc && r->doc.bad)
		rc = pt_fail(&err, PT_EXIT_DATA, (pt_loc){path, r->doc.bad_line}, "%s", pt_tr(r->doc.bad));
	if (!rc)
		pt_check_rules_doc(r->cfg, &r->doc, path, r->o->lang, on_finding, r);
	else
		fail_file(r, &err);
	r->doc.src = NULL;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **dir_names(DIR *dp, size_t *n)
{
	struct dirent *e;
	char **names = NULL;
	size_t cap = 0;
	*n = 0;
	while ((e = readdir(dp))) {
		if (e->d_name[0] == '.')
			continue;	/* hidden entries (.git) are not ours */
		if (*n == cap)
			names = pt_xrealloc(names, (cap = cap ? 2 * cap : 32) * sizeof *names);
		names[(*n)++] = pt_xstrdup(e->d_name);
	}
	if (*n > 1)
		qsort(names, *n, sizeof *names, by_name);
	return names;
}

/* pt-render's own overview of a batch folder (-o DIR): the index.html or
 * index.md whose head carries pt-render's index marker (a generator tag in
 * HTML, a comment on the first line of Markdown).  Its CONCEPT column is no
 * proposal's section.  The dossiers' own pages are paragraphs, and are
 * checked; an index of another maker is checked as any file. */
static int own_overview(const char *name, const char *buf, size_t n)
{
	static const char tag[] = "<meta name=\"generator\" content=\"pt-render-index ";
	static const char md[] = "<!-- pt-render-index ";
	size_t lim = n < 4096 ? n : 4096;
	if (strcasecmp(name, "index.md") == 0)
		return n >= sizeof md - 1 && memcmp(buf, md, sizeof md - 1) == 0;
	const char *head = memmem(buf, lim, "</head>", 7);
	return strcasecmp(name, "index.html") == 0 &&
	       memmem(buf, head ? (size_t)(head - buf) : lim, tag, sizeof tag - 1);
}

static void check_dir(struct run *r, int fd, const char *shown);

/* One entry of a directory: a directory (not a link to one) is walked, a
 * regular file of a known kind checked, anything else listed as skipped. */
static void check_entry(struct run *r, int dirfd, const char *name, const char *path)
{
	struct stat st;
	int why = -1;
	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		pt_error err = {0};
		pt_fail(&err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
		fail_file(r, &err);
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0) {
			pt_error err = {0};
			pt_fail(&err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
			fail_file(r, &err);
			return;
		}
		check_dir(r, fd, path);
		return;
	}
	enum kind k = kind_of(name);
	size_t n;
	why = S_ISLNK(st.st_mode) ? PT_SKIP_LINK : !S_ISREG(st.st_mode) ? PT_SKIP_NOTREG
		: k == K_SNIFF || k == K_OTHER ? PT_SKIP_FORMAT : -1;
	if (why >= 0) {
		skip(r, path, why);
		return;
	}
	char *buf = load(r, dirfd, name, path, 0, &n, &why);
	if (buf && own_overview(name, buf, n))
		skip(r, path, PT_SKIP_OWN);
	else if (buf)
		check_buf(r, path, k, buf, n);
	else if (why >= 0)
		skip(r, path, why);
	free(buf);
}

/* A directory by its descriptor, so that no path grows past PATH_MAX: its
 * entries in byte order of their names, so every machine gives the same
 * output.  A link to a directory is not followed, as grep -r does not. */
static void check_dir(struct run *r, int fd, const char *shown)
{
	DIR *dp = fdopendir(dup(fd));
	if (!dp) {
		pt_error err = {0};
		pt_fail(&err, PT_EXIT_IO, (pt_loc){shown, 0}, pt_tr("cannot open: %s"), strerror(errno));
		fail_file(r, &err);
		close(fd);
		return;
	}
	size_t n;
	char **names = dir_names(dp, &n);
	closedir(dp);
	pt_buf path = PT_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		path.len = 0;
		pt_buf_printf(&path, "%s%s%s", shown, shown[strlen(shown) - 1] == '/' ? "" : "/", names[i]);
		check_entry(r, fd, names[i], path.s);
		free(names[i]);
	}
	pt_buf_free(&path);
	free(names);
	close(fd);
}

static void check_stdin(struct run *r)
{
	size_t n;
	char *buf = read_fd(0, r->o->max_size, &n);
	if (!buf) {
		pt_error err = {0};
		pt_fail(&err, PT_EXIT_IO, (pt_loc){"-", 0}, pt_tr("cannot read: %s"), strerror(errno));
		fail_file(r, &err);
	} else if (n > r->o->max_size) {
		refuse(r, "-", size_text(r->o->max_size));
	} else {
		check_buf(r, "-", K_SNIFF, buf, n);
	}
	free(buf);
}

/* A path named on the command line: what cannot be checked is refused. */
static void check_path(struct run *r, const char *path)
{
	struct stat st;
	if (strcmp(path, "-") == 0) {
		check_stdin(r);
		return;
	}
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd >= 0) {
			check_dir(r, fd, path);
			return;
		}
	}
	enum kind k = kind_of(path);
	if (k == K_OTHER) {
		refuse(r, path, pt_tr("not a format --check reads (.md, .html, .json, .docx, .odt, .pdf)"));
		return;
	}
	int why = -1;
	size_t n;
	char *buf = load(r, AT_FDCWD, path, path, 1, &n, &why);
	if (buf)
		check_buf(r, path, k, buf, n);
	else if (why >= 0)
		refuse(r, path, why == PT_SKIP_SIZE ? size_text(r->o->max_size) : pt_tr("not a regular file"));
	free(buf);
}

static const char *plural(long n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

static void summary(const struct run *r)
{
	const long *c = r->count;
	char skipped[80] = "";
	if (r->o->lang) {
		if (r->skipped)
			snprintf(skipped, sizeof skipped, " (%ld skipped)", r->skipped);
		fprintf(stderr, "%s: %ld %s checked%s: %ld %s, %ld %s, %ld info\n", pt_progname,
			r->files, plural(r->files, "file", "files"), skipped, c[0],
			plural(c[0], "error", "errors"), c[1], plural(c[1], "warning", "warnings"), c[2]);
	} else {
		if (r->skipped)
			snprintf(skipped, sizeof skipped, " (%ld overgeslagen)", r->skipped);
		fprintf(stderr, "%s: %ld %s gecontroleerd%s: %ld %s, %ld %s, %ld info\n", pt_progname,
			r->files, plural(r->files, "bestand", "bestanden"), skipped, c[0],
			plural(c[0], "fout", "fouten"), c[1], plural(c[1], "waarschuwing", "waarschuwingen"),
			c[2]);
	}
}

int pt_check_run(const pt_check_opts *o, char **files, int nfiles)
{
	static char *stdin_only[] = {"-", NULL};
	struct run r = {.o = o};
	pt_error err = {0};
	pt_check_office_max(o->max_size);
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
	/* Green with nothing checked would be a lie to a CI pipeline. */
	const char *none = pt_tr("no file was checked: name a Markdown, HTML, Word, ODF, PDF or dossier file, "
				 "or use --allow-empty if an empty set is fine");
	int empty = r.files == 0 && !o->allow_empty && !r.status;
	if (empty)
		pt_check_writer_empty(r.w, none);
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
	if (empty) {
		fprintf(stderr, "%s: %s\n", pt_progname, none);
		return PT_EXIT_USAGE;
	}
	return r.failed ? PT_EXIT_FINDINGS : PT_EXIT_OK;
}

/* "65536", "512k", "64M", "1G": bytes; 0 or -1 when it is no such size. */
int pt_check_size_parse(const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	int shift = *end == 'k' || *end == 'K' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : 0;
	if (shift)
		end++;
	if (end == s || *end || errno || !isdigit((unsigned char)*s) || v == 0 ||
	    v > (SIZE_MAX >> 31))
		return -1;
	*out = (size_t)(v << shift);
	return 0;
}
