/* The case archive: one JSON line per evaluated case, shared across the
 * organisation and read by pt-plan --cases.  Writers that run at the same
 * time take turns on an flock of FILE.lock (the archive itself is replaced
 * by rename, so it cannot carry the lock), read the archive, replace or
 * append their cases, and write the whole through pt_out (lib/out.c): a
 * reader sees the old file or the new one, never half of one, and an
 * interrupted run leaves no temp file.
 *
 * An archive path that is a symbolic link (to the shared archive) is
 * followed: the lock and the new file go beside the real archive, so
 * every writer, by whatever link, takes the same lock and the link stays
 * a link.  The lock itself is never followed. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pt.h"
#include "evaluate.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

/* The file to write: path itself, or the archive a symbolic link points
 * to.  NULL with err set when it cannot be written safely. */
static char *archive_target(const char *path, pt_error *err)
{
	struct stat st;
	char *real;
	if (lstat(path, &st) != 0) {
		if (errno == ENOENT)
			return pt_xstrdup(path);	/* a new archive */
		pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
		return NULL;
	}
	if (!S_ISLNK(st.st_mode))
		real = pt_xstrdup(path);
	else if (!(real = realpath(path, NULL))) {
		pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0},
			pt_tr("a symbolic link to an archive that is not there (%s); create the archive "
			      "or give its real path"), strerror(errno));
		return NULL;
	}
	if (stat(real, &st) == 0 && !S_ISREG(st.st_mode)) {
		pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0},
			pt_tr("not a regular file; the archive must be one (a JSON Lines file)"));
		free(real);
		return NULL;
	}
	return real;
}

/* Lock path.lock, never through a symbolic link: a planted link would
 * make us create or lock any file the user may write. */
static int lock_archive(const char *path, pt_error *err)
{
	size_t n = strlen(path) + 6;
	char *lock = pt_xmalloc(n);
	snprintf(lock, n, "%s.lock", path);
	int fd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
	int e = errno;
	while (fd >= 0 && flock(fd, LOCK_EX) != 0) {
		if (errno != EINTR) {
			e = errno;
			close(fd);
			fd = -1;
		}
	}
	if (fd < 0 && e == ELOOP)
		pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0},
			pt_tr("%s: the lock file is a symbolic link; pt makes no such link: remove it"), lock);
	else if (fd < 0)
		pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0}, pt_tr("%s: cannot lock the archive: %s"), lock,
			strerror(e));
	free(lock);
	return fd;
}

static int write_case(FILE *f, const json_t *c)
{
	char *s = json_dumps(c, DUMP_FLAGS);
	int rc = s && fputs(s, f) >= 0 && fputc('\n', f) != EOF ? 0 : -1;
	free(s);
	return rc;
}

static int copy_line(FILE *out, const char *line, size_t n)
{
	if (fwrite(line, 1, n, out) != n)
		return -1;
	return line[n - 1] != '\n' && fputc('\n', out) == EOF ? -1 : 0;
}

/* The new cases and where each is: one lookup per archive line, so a run
 * is linear in the archive however many cases it brings. */
typedef struct batch {
	json_t *cases;		/* array, one per id, the last of the run */
	json_t *index;		/* id -> position in cases */
	char *done;		/* written already */
} batch;

static long batch_find(const batch *b, const char *id)
{
	json_t *k = json_object_get(b->index, id);
	return k ? (long)json_integer_value(k) : -1;
}

/* Within one run the last evaluation of an id wins, in the place of the
 * first. */
static void batch_init(batch *b, const json_t *cases)
{
	size_t i;
	json_t *c;
	b->cases = json_array();
	b->index = json_object();
	json_array_foreach(cases, i, c) {
		const char *id = json_string_value(json_object_get(c, "id"));
		long k = id ? batch_find(b, id) : -1;
		if (!id)
			continue;
		if (k >= 0) {
			json_array_set(b->cases, (size_t)k, c);
		} else {
			json_object_set_new(b->index, id, json_integer((json_int_t)json_array_size(b->cases)));
			json_array_append(b->cases, c);
		}
	}
	b->done = pt_xcalloc(json_array_size(b->cases) + 1, 1);
}

static void batch_free(batch *b)
{
	json_decref(b->cases);
	json_decref(b->index);
	free(b->done);
}

/* Copy the old archive to out, each line with an id of the batch replaced
 * by the new case; other lines are kept byte for byte. */
static int merge_old(FILE *old, const char *path, FILE *out, batch *b, pt_error *err)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long lineno = 0;
	int rc = 0;
	while (!rc && (n = getline(&line, &cap, old)) > 0) {
		lineno++;
		json_error_t je;
		json_t *c = json_loadb(line, (size_t)n, 0, &je);
		const char *id = json_string_value(json_object_get(c, "id"));
		if (!c && strspn(line, " \t\r\n") == (size_t)n) {
			continue;	/* a blank line */
		} else if (!id) {
			rc = pt_fail(err, PT_EXIT_DATA, (pt_loc){path, lineno},
				     pt_tr("not an archive case (a JSON object with an id); fix or remove the line"));
		} else {
			long k = batch_find(b, id);
			if (k >= 0 && b->done[k])
				;	/* a duplicate of a case already written: drop it */
			else if (k >= 0)
				b->done[k] = 1, rc = write_case(out, json_array_get(b->cases, (size_t)k));
			else
				rc = copy_line(out, line, (size_t)n);
			if (rc < 0)
				rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("write error: %s"), strerror(errno));
		}
		json_decref(c);
	}
	free(line);
	if (!rc && ferror(old))
		rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("read error: %s"), strerror(errno));
	return rc;
}

static int rewrite(const char *path, batch *b, pt_error *err)
{
	FILE *old = fopen(path, "rb");
	pt_out out;
	int rc = 0;
	if (!old && errno != ENOENT)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
	if (pt_out_open(&out, path, err)) {
		if (old)
			fclose(old);
		return err->status;
	}
	if (old)
		rc = merge_old(old, path, out.f, b, err);
	for (size_t i = 0; !rc && i < json_array_size(b->cases); i++)
		if (!b->done[i] && write_case(out.f, json_array_get(b->cases, i)))
			rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("write error: %s"), strerror(errno));
	if (old)
		fclose(old);
	if (rc) {
		pt_out_abort(&out);
		return rc;
	}
	return pt_out_commit(&out, err);
}

int pt_eval_archive(const char *path, const json_t *cases, pt_error *err)
{
	batch b;
	char *real = archive_target(path, err);
	if (!real)
		return err->status;
	batch_init(&b, cases);
	int fd = lock_archive(real, err);
	int rc = fd < 0 ? err->status : rewrite(real, &b, err);
	if (fd >= 0)
		close(fd);	/* releases the lock */
	batch_free(&b);
	/* Messages name the archive as the user did; real is freed here. */
	if (rc && err->loc.file == real)
		err->loc.file = path;
	free(real);
	return rc;
}
