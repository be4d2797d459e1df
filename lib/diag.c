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

void pt_report(const pt_error *err)
{
	if (err->loc.file && err->loc.line > 0)
		fprintf(stderr, "%s: %s:%ld: %s\n", pt_progname, pt_filename(err->loc.file),
			err->loc.line, err->msg);
	else if (err->loc.file)
		fprintf(stderr, "%s: %s: %s\n", pt_progname, pt_filename(err->loc.file), err->msg);
	else
		fprintf(stderr, "%s: %s\n", pt_progname, err->msg);
}

/* "prog: message" on stderr, without the newline: the one way messages start. */
static void say(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", pt_progname);
	vfprintf(stderr, fmt, ap);
}

void pt_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say(fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void pt_die(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say(fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(status);
}

void pt_usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say(fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fprintf(stderr, pt_tr("Try '%s --help'."), pt_progname);
	fputc('\n', stderr);
	exit(PT_EXIT_USAGE);
}

void pt_version(void)
{
	printf("%s %s\n", pt_progname, PT_VERSION);
	exit(PT_EXIT_OK);
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
	case 'h':
		fputs(usage, stdout);
		exit(fflush(stdout) == 0 ? PT_EXIT_OK : PT_EXIT_IO);
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
