/* Output: stdout, or a file that appears whole or not at all. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pt.h"

/* mkstemp makes a file only its owner can read: give the finished one the
 * mode of the file it replaces, or what the umask allows for a new one. */
static mode_t out_mode(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* The temp file of the -o in progress: a signal that ends the run (^C,
 * kill, a hang-up) takes it along, so nothing half-written stays behind. */
static const char *volatile pending_tmp;

static void on_fatal_signal(int sig)
{
	if (pending_tmp)
		unlink(pending_tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void guard_tmp(const char *tmp)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	pending_tmp = tmp;
	for (size_t i = 0; tmp && i < sizeof sigs / sizeof sigs[0]; i++) {
		struct sigaction old;
		/* A signal ignored by whoever started us (nohup) stays ignored. */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			signal(sigs[i], on_fatal_signal);
	}
}

/* The finished file gets the mode the old one had.  A file system without
 * modes (FAT, some network shares) refuses chmod: the file is still worth
 * writing there. */
static int keep_mode(int fd, const char *path)
{
	if (fchmod(fd, out_mode(path)) == 0)
		return 0;
	return errno == EPERM || errno == ENOSYS || errno == ENOTSUP ? 0 : -1;
}

int pt_out_open(pt_out *o, const char *path, pt_error *err)
{
	/* A file past ulimit -f is a write error (exit 4), not a kill. */
	signal(SIGXFSZ, SIG_IGN);
	o->path = o->tmp = NULL;
	o->f = stdout;
	if (!path || strcmp(path, "-") == 0)
		return 0;
	size_t n = strlen(path);
	o->path = pt_xstrdup(path);
	o->tmp = pt_xmalloc(n + 16);
	snprintf(o->tmp, n + 16, "%s.tmpXXXXXX", path);
	int fd = mkstemp(o->tmp);
	if (fd < 0 || keep_mode(fd, path) != 0 || !(o->f = fdopen(fd, "w"))) {
		int e = errno;
		if (fd >= 0)
			close(fd), unlink(o->tmp);
		free(o->path), free(o->tmp);
		o->path = o->tmp = NULL;
		o->f = NULL;
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot write: %s", strerror(e));
	}
	guard_tmp(o->tmp);
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
		/* The name goes in the text: o->path is freed before it is shown. */
		pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0}, "%s: write error: %s", o->path, strerror(e));
	}
	guard_tmp(NULL);
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
	guard_tmp(NULL);
	unlink(o->tmp);
	free(o->path), free(o->tmp);
	o->path = o->tmp = NULL;
	o->f = NULL;
}

/* jansson hands the text over in small pieces: gather them, then write
 * the line with one call. */
struct dumpbuf {
	char *p;
	size_t len, cap;
};

static int dump_cb(const char *buf, size_t n, void *data)
{
	struct dumpbuf *b = data;
	if (b->len + n + 1 > b->cap) {
		while (b->len + n + 1 > b->cap)
			b->cap = b->cap ? 2 * b->cap : 65536;
		b->p = pt_xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->len, buf, n);
	b->len += n;
	return 0;
}

int pt_dossier_write(FILE *f, const json_t *d, int pretty)
{
	static struct dumpbuf b;
	size_t flags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) |
		       (pretty ? JSON_INDENT(2) : JSON_COMPACT);
	b.len = 0;
	if (json_dump_callback(d, dump_cb, &b, flags) != 0)
		return -1;
	b.p[b.len++] = '\n';
	int rc = fwrite(b.p, 1, b.len, f) == b.len ? 0 : -1;
	/* Keep the buffer for the next dossier, unless one was huge. */
	if (b.cap > (4u << 20)) {
		free(b.p);
		b.p = NULL;
		b.cap = 0;
	}
	return rc;
}
