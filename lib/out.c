/* Output: stdout, or a file that appears whole or not at all. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"

int pt_out_open(pt_out *o, const char *path, pt_error *err)
{
	o->path = o->tmp = NULL;
	o->f = stdout;
	if (!path || strcmp(path, "-") == 0)
		return 0;
	size_t n = strlen(path);
	o->path = pt_xstrdup(path);
	o->tmp = pt_xmalloc(n + 16);
	snprintf(o->tmp, n + 16, "%s.tmpXXXXXX", path);
	int fd = mkstemp(o->tmp);
	if (fd < 0 || !(o->f = fdopen(fd, "w"))) {
		int e = errno;
		if (fd >= 0)
			close(fd), unlink(o->tmp);
		free(o->path), free(o->tmp);
		o->path = o->tmp = NULL;
		o->f = NULL;
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot write: %s", strerror(e));
	}
	return 0;
}

int pt_out_commit(pt_out *o, pt_error *err)
{
	if (!o->path) {
		if (fflush(stdout) != 0 || ferror(stdout))
			return pt_fail(err, PT_EXIT_IO, (pt_loc){"<stdout>", 0}, "write error: %s",
				       strerror(errno));
		return 0;
	}
	int bad = fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0;
	int e = errno;
	if (fclose(o->f) != 0 && !bad)
		bad = 1, e = errno;
	o->f = NULL;
	if (!bad && rename(o->tmp, o->path) != 0)
		bad = 1, e = errno;
	if (bad) {
		unlink(o->tmp);
		pt_fail(err, PT_EXIT_IO, (pt_loc){o->path, 0}, "write error: %s", strerror(e));
	}
	free(o->path), free(o->tmp);
	o->path = o->tmp = NULL;
	return bad ? PT_EXIT_IO : 0;
}

void pt_out_abort(pt_out *o)
{
	if (!o->path) {
		fflush(stdout);
		return;
	}
	if (o->f)
		fclose(o->f);
	unlink(o->tmp);
	free(o->path), free(o->tmp);
	o->path = o->tmp = NULL;
	o->f = NULL;
}

static int dump_cb(const char *buf, size_t n, void *data)
{
	return fwrite(buf, 1, n, data) == n ? 0 : -1;
}

int pt_dossier_write(FILE *f, const json_t *d, int pretty)
{
	size_t flags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) |
		       (pretty ? JSON_INDENT(2) : JSON_COMPACT);
	if (json_dump_callback(d, dump_cb, f, flags) != 0 || putc('\n', f) == EOF)
		return -1;
	return 0;
}
