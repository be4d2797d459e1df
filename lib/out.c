/* Output: stdout, or a file that appears whole or not at all. */
/* O_TMPFILE is Linux's: ask for it (the fallback is mkstemp). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "pt.h"

/* The mode of the finished file: that of the regular file it replaces,
 * without setuid, setgid or sticky bits, or what the umask allows for a
 * new one.  Never the mode of a symlink's target: -o onto a link to a
 * setuid program must not make a setuid HTML file. */
static mode_t out_mode(const char *path)
{
	struct stat st;
	if (lstat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 0777;
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* The temp file of the -o in progress, when it has a name: a signal that
 * ends the run (^C, kill, a hang-up) takes it along, so nothing
 * half-written stays behind.  An O_TMPFILE has no name until the commit,
 * so even kill -9 leaves nothing. */
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

/* The finished file gets its mode.  A file system without modes (FAT,
 * some network shares) refuses chmod: the file is still worth writing. */
static int keep_mode(int fd, mode_t mode)
{
	if (fchmod(fd, mode) == 0)
		return 0;
	return errno == EPERM || errno == ENOSYS || errno == ENOTSUP ? 0 : -1;
}

/* An unnamed file in the directory of path (Linux O_TMPFILE), linked in
 * by pt_out_commit; -1 where the system or file system has none, or
 * /proc is not there to link it through. */
static int unnamed_tmp(const char *path)
{
#ifdef O_TMPFILE
	const char *slash = strrchr(path, '/');
	char *dir = slash ? pt_xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
			  : pt_xstrdup(".");
	int fd = access("/proc/self/fd", X_OK) == 0
		 ? open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) : -1;
	free(dir);
	return fd;
#else
	(void)path;
	return -1;
#endif
}

/* What the path names decides how it is written.  0 and *direct: a
 * regular file, a new name or a symlink (replaced whole, its target left
 * alone) get a temp file and a rename; a character device, FIFO or
 * terminal (also behind a symlink) is written to as it is.  Anything
 * else is refused: replacing it would change what the name is. */
static int out_kind(const char *path, int *direct, pt_error *err)
{
	struct stat st, lst;
	*direct = 0;
	if (stat(path, &st) != 0 || S_ISREG(st.st_mode))
		return 0;
	if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
		return *direct = 1, 0;
	if (S_ISDIR(st.st_mode))
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("write error: %s"),
			       strerror(EISDIR));
	if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0},
			       pt_tr("cannot write: a symlink to something that is no file, device or FIFO; remove the link or name another file"));
	return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0},
		       pt_tr("cannot write: not a regular file, device or FIFO"));
}

static int open_failed(pt_out *o, int fd, const char *path, pt_error *err)
{
	int e = errno;
	if (fd >= 0)
		close(fd);
	if (o->tmp && !o->unnamed && fd >= 0)
		unlink(o->tmp);
	free(o->path), free(o->tmp);
	o->path = o->tmp = NULL;
	o->f = NULL;
	return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot write: %s"), strerror(e));
}

int pt_out_open(pt_out *o, const char *path, pt_error *err)
{
	int fd, direct;
	/* A file past ulimit -f is a write error (exit 4), not a kill. */
	signal(SIGXFSZ, SIG_IGN);
	memset(o, 0, sizeof *o);
	o->f = stdout;
	if (!path || strcmp(path, "-") == 0)
		return 0;
	if (out_kind(path, &direct, err))
		return o->f = NULL, err->status;
	o->path = pt_xstrdup(path);
	if ((o->direct = direct)) {
		/* No O_CREAT or O_TRUNC; and what was opened must still be a
		 * device or FIFO, not a file swapped in since the stat. */
		struct stat st;
		fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
		if (fd >= 0 && (fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))))
			errno = EEXIST, close(fd), fd = -1;
		if (fd < 0 || !(o->f = fdopen(fd, "w")))
			return open_failed(o, fd, path, err);
		return 0;
	}
	size_t n = strlen(path) + 16;
	o->tmp = pt_xmalloc(n);
	snprintf(o->tmp, n, "%s.tmpXXXXXX", path);
	if ((fd = unnamed_tmp(path)) >= 0)
		o->unnamed = 1;
	else
		fd = mkstemp(o->tmp);
	if (fd < 0 || keep_mode(fd, out_mode(path)) != 0 || !(o->f = fdopen(fd, "w")))
		return open_failed(o, fd, path, err);
	if (!o->unnamed)
		guard_tmp(o->tmp);
	return 0;
}

/* Give the unnamed file the temp name, to rename it over path: linkat
 * cannot replace a file.  Between the two only a kill -9 leaves it. */
static int link_unnamed(pt_out *o)
{
	static unsigned seed;
	char proc[64];
	if (!seed)
		seed = (unsigned)getpid() ^ (unsigned)time(NULL);
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(o->f));
	for (int tries = 0; tries < 100; tries++) {
		char *x = o->tmp + strlen(o->tmp) - 6;
		for (int i = 0; i < 6; i++)
			x[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[(unsigned)rand_r(&seed) % 36];
		guard_tmp(o->tmp);
		if (linkat(AT_FDCWD, proc, AT_FDCWD, o->tmp, AT_SYMLINK_FOLLOW) == 0)
			return 0;
		guard_tmp(NULL);
		if (errno != EEXIST)
			return -1;
	}
	return -1;
}

static void out_free(pt_out *o)
{
	guard_tmp(NULL);
	free(o->path), free(o->tmp);
	o->path = o->tmp = NULL;
	o->f = NULL;
}

int pt_out_commit(pt_out *o, pt_error *err)
{
	if (!o->path) {
		if (fflush(stdout) != 0 || ferror(stdout))
			return pt_fail(err, PT_EXIT_IO, (pt_loc){"<stdout>", 0}, pt_tr("write error: %s"),
				       strerror(errno));
		return 0;
	}
	int bad = fflush(o->f) != 0 || ferror(o->f) || (!o->direct && !o->nosync && fsync(fileno(o->f)) != 0);
	int e = errno, named = !o->unnamed;
	if (!bad && !o->direct && o->unnamed && link_unnamed(o) != 0)
		bad = 1, e = errno;
	else if (!bad)
		named = 1;
	if (fclose(o->f) != 0 && !bad)
		bad = 1, e = errno;
	if (!bad && !o->direct && rename(o->tmp, o->path) != 0)
		bad = 1, e = errno;
	if (bad && !o->direct && named)
		unlink(o->tmp);
	if (bad)	/* the name goes in the text: o->path is freed below */
		pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0}, pt_tr("%s: write error: %s"), o->path,
			strerror(e));
	out_free(o);
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
	if (!o->direct && !o->unnamed)
		unlink(o->tmp);
	out_free(o);
}

/* jansson hands the text over in small pieces: gather them, then write
 * the line with one call. */
static int dump_cb(const char *buf, size_t n, void *data)
{
	pt_buf_put(data, buf, n);
	return 0;
}

int pt_dossier_write(FILE *f, const json_t *d, int pretty)
{
	static pt_buf b = PT_BUF_INIT;
	size_t flags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) |
		       (pretty ? JSON_INDENT(2) : JSON_COMPACT);
	b.len = 0;
	if (json_dump_callback(d, dump_cb, &b, flags) != 0)
		return -1;
	pt_buf_putc(&b, '\n');
	int rc = fwrite(b.s, 1, b.len, f) == b.len ? 0 : -1;
	/* Keep the buffer for the next dossier, unless one was huge. */
	if (b.cap > (4u << 20))
		pt_buf_free(&b);
	return rc;
}
