/* Dossier streams: JSON values one after another, whether one a line,
 * concatenated or pretty-printed.  A byte scanner finds where each value
 * ends (so we know its first line, and memory holds one value at a time);
 * jansson parses it. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"

size_t pt_max_record = 64u << 20;
int pt_max_depth = 64;

struct pt_reader {
	FILE *f;
	int own;		/* close f at the end */
	char *name;
	unsigned char buf[1 << 16];
	size_t pos, len;
	int eof, ioerr;
	long line;		/* line of buf[pos] */
	int started;		/* past a leading BOM check */
	int any;		/* a value was seen */
	pt_buf rec;		/* the text of the value being read */
};

/* A limit from the environment: a set but unusable value is a mistake in
 * the setup, said before any input is read, not a silent default. */
static long env_limit(const char *name, long max, long dflt)
{
	const char *s = getenv(name);
	if (!s || !*s)
		return dflt;
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (*end || errno || v <= 0 || v > max || !isdigit((unsigned char)*s))
		pt_die(PT_EXIT_USAGE, pt_tr("%s: '%s' is not a whole number from 1 to %ld"), name, s, max);
	return v;
}

void pt_limits_init(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	pt_max_record = (size_t)env_limit("PT_MAX_RECORD", LONG_MAX / 2, (long)pt_max_record);
	pt_max_depth = (int)env_limit("PT_MAX_DEPTH", INT_MAX, pt_max_depth);
}

pt_reader *pt_reader_new(FILE *f, const char *name)
{
	pt_limits_init();
	pt_reader *r = pt_xmalloc(sizeof *r);
	memset(r, 0, offsetof(pt_reader, buf));
	r->pos = r->len = 0;
	r->eof = r->ioerr = r->started = r->any = 0;
	r->rec = (pt_buf)PT_BUF_INIT;
	r->f = f;
	r->name = pt_xstrdup(name ? name : "-");
	r->line = 1;
	return r;
}

pt_reader *pt_reader_open(const char *path, pt_error *err)
{
	FILE *f = stdin;
	if (path && strcmp(path, "-") != 0) {
		f = fopen(path, "rb");
		if (!f) {
			pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
			return NULL;
		}
	}
	pt_reader *r = pt_reader_new(f, path);
	r->own = f != stdin;
	return r;
}

void pt_reader_close(pt_reader *r)
{
	if (!r)
		return;
	if (r->own)
		fclose(r->f);
	pt_buf_free(&r->rec);
	free(r->name);
	free(r);
}

/* Next byte, or -1 at the end (or on a read error, kept in ioerr). */
static int peekc(pt_reader *r)
{
	if (r->pos == r->len) {
		if (r->eof)
			return -1;
		r->len = fread(r->buf, 1, sizeof r->buf, r->f);
		r->pos = 0;
		if (r->len == 0) {
			r->eof = 1;
			r->ioerr = ferror(r->f);
			return -1;
		}
	}
	return r->buf[r->pos];
}

static void advance(pt_reader *r)
{
	if (r->buf[r->pos++] == '\n')
		r->line++;
}

/* After an error: drop the rest of the current line. */
static void skip_line(pt_reader *r)
{
	int c;
	while ((c = peekc(r)) != -1) {
		advance(r);
		if (c == '\n')
			break;
	}
}

static void skip_space(pt_reader *r)
{
	int c;
	if (!r->started) {
		r->started = 1;
		if (peekc(r) == 0xEF && r->len - r->pos >= 3 &&
		    memcmp(r->buf + r->pos, "\xEF\xBB\xBF", 3) == 0)
			r->pos += 3;
	}
	while ((c = peekc(r)) == ' ' || c == '\n' || c == '\r' || c == '\t')
		advance(r);
}

/* Collect one object or array into rec, a buffer-full at a time.
 * 0 ok, -1 error (err set). */
static int scan_value(pt_reader *r, pt_loc loc, pt_error *err)
{
	int depth = 0, in_str = 0, esc = 0, done = 0;
	while (!done && peekc(r) != -1) {
		const unsigned char *p = r->buf + r->pos, *end = r->buf + r->len, *q = p;
		for (; q < end && !done; q++) {
			unsigned char c = *q;
			if (c == '\n')
				r->line++;
			if (in_str) {
				if (esc)
					esc = 0;
				else if (c == '\\')
					esc = 1;
				else if (c == '"')
					in_str = 0;
			} else if (c == '"') {
				in_str = 1;
			} else if (c == '{' || c == '[') {
				if (++depth > pt_max_depth) {
					r->pos = (size_t)(q + 1 - r->buf);
					if (c != '\n')
						skip_line(r);
					return pt_fail(err, PT_EXIT_DATA, loc,
						       "nesting deeper than %d levels; raise PT_MAX_DEPTH if it is real",
						       pt_max_depth), -1;
				}
			} else if (c == '}' || c == ']') {
				done = --depth == 0;
			}
		}
		r->pos = (size_t)(q - r->buf);
		if (r->rec.len + (size_t)(q - p) > pt_max_record) {
			if (!done && q[-1] != '\n')
				skip_line(r);
			return pt_fail(err, PT_EXIT_DATA, loc,
				       "dossier larger than %zu bytes; raise PT_MAX_RECORD if it is real",
				       pt_max_record), -1;
		}
		pt_buf_put(&r->rec, p, (size_t)(q - p));
	}
	if (done)
		return 0;
	if (r->ioerr)
		return pt_fail(err, PT_EXIT_IO, loc, pt_tr("read error: %s"), strerror(errno)), -1;
	pt_fail(err, PT_EXIT_DATA, loc, pt_tr("truncated dossier: the input ends inside it"));
	return -1;
}

/* A top-level token that does not open an object: read its line. */
static void scan_line(pt_reader *r)
{
	int c;
	while ((c = peekc(r)) != -1 && c != '\n') {
		advance(r);
		if (r->rec.len < 256)
			pt_buf_putc(&r->rec, c);
	}
}

static const char *json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: case JSON_REAL: return "a number";
	case JSON_TRUE: case JSON_FALSE: return "a boolean";
	case JSON_NULL: return "null";
	default: return "an object";
	}
}

int pt_reader_next(pt_reader *r, json_t **out, pt_loc *loc, pt_error *err)
{
	json_error_t je;
	*out = NULL;
	skip_space(r);
	loc->file = r->name;
	loc->line = r->line;
	int c = peekc(r);
	if (c == -1) {
		if (r->ioerr)
			return pt_fail(err, PT_EXIT_IO, *loc, pt_tr("read error: %s"), strerror(errno)), -1;
		if (!r->any) {
			r->any = 1;	/* report once */
			return pt_fail(err, PT_EXIT_DATA, (pt_loc){r->name, 0},
				       pt_tr("no dossier in the input")), -1;
		}
		return 0;
	}
	r->any = 1;
	r->rec.len = 0;
	if (c == '{' || c == '[') {
		if (scan_value(r, *loc, err) < 0)
			return -1;
	} else {
		scan_line(r);
	}
	json_t *v = json_loadb(pt_buf_str(&r->rec), r->rec.len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &je);
	if (!v) {
		/* The line of the fault itself, in a dossier over many lines. */
		pt_loc at = {loc->file, loc->line + (je.line > 1 ? je.line - 1 : 0)};
		if (je.line > 1)
			pt_fail(err, PT_EXIT_DATA, at, pt_tr("invalid JSON: %s (column %d)"), je.text,
				je.column);
		else
			pt_fail(err, PT_EXIT_DATA, at, pt_tr("invalid JSON: %s"), je.text);
		if (c != '{' && c != '[')
			skip_line(r);
		return -1;
	}
	if (!json_is_object(v)) {
		pt_fail(err, PT_EXIT_DATA, *loc, pt_tr("expected a dossier (a JSON object), found %s"),
			json_kind(v));
		json_decref(v);
		if (c != '{' && c != '[')
			skip_line(r);
		return -1;
	}
	*out = v;
	return 1;
}

/* ---- the line of a value ------------------------------------------------ */

/* A walk over the text of the dossier last read, keeping the path of the
 * value it is at ("stakeholders[1].invloed"), to find the line where the
 * value a message names starts. */
struct walk {
	const char *p, *end, *want;
	long line, found;
	char path[256];
	int depth;
};

static void walk_space(struct walk *w)
{
	for (; w->p < w->end && isspace((unsigned char)*w->p); w->p++)
		w->line += *w->p == '\n';
}

static void walk_string(struct walk *w)
{
	for (w->p++; w->p < w->end && *w->p != '"'; w->p++)
		if (*w->p == '\\' && w->p + 1 < w->end)
			w->p++;
	w->p++;
}

static void walk_value(struct walk *w, size_t plen);

static void walk_members(struct walk *w, size_t plen, int object)
{
	for (long i = 0; w->found < 0 && w->p < w->end; i++) {
		walk_space(w);
		if (w->p < w->end && (*w->p == '}' || *w->p == ']'))
			break;
		if (object) {
			const char *k = w->p + 1;
			walk_string(w);
			snprintf(w->path + plen, sizeof w->path - plen, "%s%.*s", plen ? "." : "",
				 (int)(w->p - 1 - k), k);
			walk_space(w);
			w->p++;	/* ':' */
		} else {
			snprintf(w->path + plen, sizeof w->path - plen, "[%ld]", i);
		}
		walk_value(w, strlen(w->path));
		w->path[plen] = '\0';
		walk_space(w);
		if (w->p < w->end && *w->p == ',')
			w->p++;
	}
	w->p++;
}

static void walk_value(struct walk *w, size_t plen)
{
	walk_space(w);
	if (w->found >= 0 || w->p >= w->end)
		return;
	if (strcmp(w->path, w->want) == 0) {
		w->found = w->line;
		return;
	}
	if ((*w->p == '{' || *w->p == '[') && w->depth < 256) {
		int object = *w->p++ == '{';
		w->depth++;
		walk_members(w, plen, object);
		w->depth--;
	} else if (*w->p == '"') {
		walk_string(w);
	} else {
		while (w->p < w->end && !strchr(",}] \t\r\n", *w->p))
			w->p++;
	}
}

void pt_reader_locate(const pt_reader *r, pt_error *err)
{
	char want[256];
	size_t n = strspn(err->msg, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.[]");
	if (!r->rec.len || n == 0 || n >= sizeof want || strncmp(err->msg + n, ": ", 2) != 0 ||
	    err->loc.file != r->name || !memchr(r->rec.s, '\n', r->rec.len))
		return;
	memcpy(want, err->msg, n);
	want[n] = '\0';
	struct walk w = {r->rec.s, r->rec.s + r->rec.len, want, err->loc.line, -1, "", 0};
	walk_value(&w, 0);
	if (w.found > 0)
		err->loc.line = w.found;
}
