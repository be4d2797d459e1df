/* Diagnostics: every message reads "prog: file:line: what is wrong". */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"

void pt_init(const char *argv0)
{
	pt_set_progname(argv0);
	/* A closed pipe (pt-x | head -1) is a write error we end on quietly
	 * with status 4, not a signal. */
	signal(SIGPIPE, SIG_IGN);
}

const char *pt_filename(const char *path)
{
	return !path || strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* A value longer than this (a run of bytes without a space) is cut to
 * its first CUT_KEEP characters in a message: a 5,000-digit number echoed
 * whole buries what is wrong with it. */
#define CUT_OVER 200
#define CUT_KEEP 40

static size_t utf8_chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* s (n bytes): its first CUT_KEEP characters, "…" and its length. */
static void put_cut(pt_buf *b, const char *s, size_t n)
{
	size_t keep = 0;
	for (size_t c = 0; keep < n && c < CUT_KEEP; c++)
		for (keep++; keep < n && ((unsigned char)s[keep] & 0xC0) == 0x80; keep++)
			;
	pt_buf_put(b, s, keep);
	pt_buf_puts(b, "\xE2\x80\xA6 (");
	pt_buf_printf(b, pt_tr("%zu characters"), utf8_chars(s, n));
	pt_buf_putc(b, ')');
}

const char *pt_cut(const char *s, char *buf, size_t n)
{
	size_t len = strlen(s);
	if (len <= CUT_OVER)
		return s;
	pt_buf b = PT_BUF_INIT;
	put_cut(&b, s, len);
	snprintf(buf, n, "%s", pt_buf_str(&b));
	pt_buf_free(&b);
	return buf;
}

/* A long run of a message keeps its quotes and punctuation around the cut. */
static void put_cut_run(pt_buf *b, const char *s, size_t n)
{
	size_t lead = strspn(s, "'\"([{"), end = n;
	while (end > lead && strchr("'\")]};:,.", s[end - 1]))
		end--;
	pt_buf_put(b, s, lead);
	put_cut(b, s + lead, end - lead);
	pt_buf_put(b, s + end, n - end);
}

/* fmt with its arguments into out (n bytes), every overlong value cut. */
static void format_cut(char *out, size_t n, const char *fmt, va_list ap)
{
	pt_buf full = PT_BUF_INIT, b = PT_BUF_INIT;
	pt_buf_vprintf(&full, fmt, ap);
	for (const char *p = pt_buf_str(&full); *p; ) {
		size_t run = strcspn(p, " \n");
		if (run > CUT_OVER)
			put_cut_run(&b, p, run);
		else
			pt_buf_put(&b, p, run);
		p += run;
		if (*p)
			pt_buf_putc(&b, *p++);
	}
	snprintf(out, n, "%s", pt_buf_str(&b));
	pt_buf_free(&full);
	pt_buf_free(&b);
}

int pt_fail(pt_error *err, int status, pt_loc loc, const char *fmt, ...)
{
	va_list ap;
	err->status = status;
	err->loc = loc;
	va_start(ap, fmt);
	format_cut(err->msg, sizeof err->msg, fmt, ap);
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
	format_cut(msg, sizeof msg, fmt, ap);
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

