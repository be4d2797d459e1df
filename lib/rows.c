/* A file of rows that is either CSV or JSON, as pt-stakeholders -f and
 * pt-results read it: the whole file in a buffer, which of the two it is,
 * and the JSON values one after another with the line each starts on. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "pt.h"

int pt_rows_slurp(const char *path, pt_buf *b, pt_error *err)
{
	FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	size_t got;
	if (!in)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
	do {
		pt_buf_grow(b, 65536);
		got = fread(b->s + b->len, 1, 65536, in);
		b->len += got;
	} while (got > 0);
	int bad = ferror(in), e = errno;
	if (in != stdin)
		fclose(in);
	if (bad)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("read error: %s"), strerror(e));
	return 0;
}

static size_t after_bom(const char *b, size_t n)
{
	return n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

int pt_rows_are_json(const char *b, size_t n)
{
	size_t i = after_bom(b, n);
	while (i < n && strchr(" \t\r\n", b[i]))
		i++;
	return i < n && (b[i] == '[' || b[i] == '{');
}

static long lines_in(const char *b, size_t n)
{
	long k = 0;
	for (size_t i = 0; i < n; i++)
		k += b[i] == '\n';
	return k;
}

/* jansson stops after each value and says how far it read. */
int pt_rows_json_each(const char *path, const char *buf, size_t len,
		      int (*each)(void *ctx, json_t *v, pt_loc loc, pt_error *err), void *ctx,
		      pt_error *err)
{
	size_t off = after_bom(buf, len);
	long line = 1;
	for (;;) {
		size_t start = off;
		while (off < len && strchr(" \t\r\n", buf[off]))
			off++;
		line += lines_in(buf + start, off - start);
		if (off >= len)
			return 0;
		json_error_t je;
		json_t *v = json_loadb(buf + off, len - off,
				       JSON_DISABLE_EOF_CHECK | JSON_REJECT_DUPLICATES, &je);
		if (!v)
			return pt_fail(err, PT_EXIT_DATA, (pt_loc){path, line + je.line - 1},
				       pt_tr("invalid JSON: %s"), je.text);
		int rc = each(ctx, v, (pt_loc){path, line}, err);
		json_decref(v);
		if (rc)
			return rc;
		line += lines_in(buf + off, je.position);
		off += je.position;
	}
}
