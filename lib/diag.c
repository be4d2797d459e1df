/* Diagnostics: every message reads "prog: file:line: what is wrong". */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"

const char *pt_progname = "pt";

void pt_init(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;
	pt_progname = slash ? slash + 1 : argv0 ? argv0 : "pt";
	/* A closed pipe (pt-x | head -1) is a write error we end on quietly
	 * with status 4, not a signal. */
	signal(SIGPIPE, SIG_IGN);
}

const char *pt_filename(const char *path)
{
	return !path || strcmp(path, "-") == 0 ? "<stdin>" : path;
}

int pt_fail(pt_error *err, int status, pt_loc loc, const char *fmt, ...)
{
	va_list ap;
	err->status = status;
	err->loc = loc;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return status;
}

/* Control characters from file names and values (a newline, a carriage
 * return, ESC) would start a line of their own in a terminal or a CI log
 * ("::stop-commands::"): every message shows them escaped, here, in the
 * one place messages are written. */
void pt_buf_put_shown(pt_buf *b, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '\n')
			pt_buf_puts(b, "\\n");
		else if (*p == '\r')
			pt_buf_puts(b, "\\r");
		else if (*p == '\t')
			pt_buf_puts(b, "\\t");
		else if (*p < 0x20 || *p == 0x7f)
			pt_buf_printf(b, "\\x%02X", *p);
		else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)	/* C1 controls */
			pt_buf_printf(b, "\\u%04X", *++p);
		else
			pt_buf_putc(b, *p);
	}
}

/* "prog: file:line: msg" on stderr, in one write. */
static void emit(pt_loc loc, const char *msg)
{
	pt_buf b = PT_BUF_INIT;
	pt_buf_printf(&b, "%s: ", pt_progname);
	if (loc.file && loc.line > 0)
		pt_buf_printf(&b, "%s:%ld: ", pt_filename(loc.file), loc.line);
	else if (loc.file)
		pt_buf_printf(&b, "%s: ", pt_filename(loc.file));
	pt_buf b2 = PT_BUF_INIT;
	pt_buf_put_shown(&b2, pt_buf_str(&b));
	pt_buf_put_shown(&b2, msg);
	pt_buf_putc(&b2, '\n');
	fputs(pt_buf_str(&b2), stderr);
	pt_buf_free(&b);
	pt_buf_free(&b2);
}

static void vemit(pt_loc loc, const char *fmt, va_list ap)
{
	char msg[2048];
	vsnprintf(msg, sizeof msg, fmt, ap);
	emit(loc, msg);
}

void pt_report(const pt_error *err)
{
	emit(err->loc, err->msg);
}

void pt_warn_at(pt_loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vemit(loc, fmt, ap);
	va_end(ap);
}

void pt_die(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vemit((pt_loc){0, 0}, fmt, ap);
	va_end(ap);
	exit(status);
}

void pt_usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vemit((pt_loc){0, 0}, fmt, ap);
	va_end(ap);
	fprintf(stderr, pt_tr("Try '%s --help'."), pt_progname);
	fputc('\n', stderr);
	exit(PT_EXIT_USAGE);
}

/* --version and --help on a full disk or a closed pipe are a write
 * error (exit 4), not a success. */
static void __attribute__((noreturn)) exit_flushed(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int e = errno;
		if (e != EPIPE)
			pt_die(PT_EXIT_IO, pt_tr("<stdout>: write error: %s"), strerror(e));
		exit(PT_EXIT_IO);
	}
	exit(PT_EXIT_OK);
}

void pt_version(void)
{
	printf("%s %s\n", pt_progname, PT_VERSION);
	exit_flushed();
}

int pt_common_option(int c, const char *arg, pt_filter_opts *o, int *lang, const char *usage)
{
	switch (c) {
	case 'o': o->output = arg; return 1;
	case 'S': o->strict = 1; return 1;
	case 'p': o->pretty = 1; return 1;
	case 'k': o->keep_going = 1; return 1;
	case 'l':
		if ((*lang = pt_parse_lang(arg)) < 0)
			pt_usage_error(pt_tr("--lang: use nl or en, not '%s'"), arg);
		pt_msg_set_lang(*lang);
		return 1;
	case 'X': pt_csv_extra_columns = 1; return 1;
	case 'h':
		fputs(usage, stdout);
		exit_flushed();
	case 'V':
		pt_version();
	case '?':
		fputs(usage, stderr);
		exit(PT_EXIT_USAGE);
	}
	return 0;
}

int pt_parse_lang(const char *s)
{
	if (strcmp(s, "nl") == 0)
		return 0;
	if (strcmp(s, "en") == 0)
		return 1;
	return -1;
}

void *pt_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		pt_die(PT_EXIT_IO, pt_tr("out of memory"));
	return p;
}

void *pt_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		pt_die(PT_EXIT_IO, pt_tr("out of memory"));
	return p;
}

char *pt_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(pt_xmalloc(n), s, n);
}

void *pt_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		pt_die(PT_EXIT_IO, pt_tr("out of memory"));
	return p;
}

char *pt_xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = pt_xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
