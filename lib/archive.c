/* The case archive: one JSON line per evaluated case, shared across the
 * organisation and read by pt-plan --cases.  Writers that run at the same
 * time take turns on an flock of FILE.lock (the archive itself is replaced
 * by rename, so it cannot carry the lock), read the archive, replace or
 * append their cases, and rename a complete temp file over it: a reader
 * sees the old file or the new one, never half of one. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pt.h"
#include "evaluate.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

static int lock_archive(const char *path, pt_error *err)
{
	size_t n = strlen(path) + 6;
	char *lock = pt_xmalloc(n);
	snprintf(lock, n, "%s.lock", path);
	int fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	int e = errno;
	while (fd >= 0 && flock(fd, LOCK_EX) != 0) {
		if (errno != EINTR) {
			e = errno;
			close(fd);
			fd = -1;
		}
	}
	if (fd < 0)
		pt_fail(err, PT_EXIT_IO, (pt_loc){lock, 0}, "cannot lock the archive: %s", strerror(e));
	free(lock);
	return fd;
}

/* Index in cases of the case with this id, -1 if none. */
static int case_index(const json_t *cases, const char *id)
{
	size_t i;
	json_t *c;
	json_array_foreach(cases, i, c) {
		const char *cid = json_string_value(json_object_get(c, "id"));
		if (cid && strcmp(cid, id) == 0)
			return (int)i;
	}
	return -1;
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

/* Copy the old archive to out, each line with an id in cases replaced by
 * the new case (done[i] set); other lines are kept byte for byte. */
static int merge_old(FILE *old, const char *path, FILE *out, const json_t *cases, char *done,
		     pt_error *err)
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
				     "not an archive case (a JSON object with an id); fix or remove the line");
		} else {
			int k = case_index(cases, id);
			if (k >= 0 && done[k])
				;	/* a duplicate of a case already written: drop it */
			else if (k >= 0)
				done[k] = 1, rc = write_case(out, json_array_get(cases, (size_t)k));
			else
				rc = copy_line(out, line, (size_t)n);
			if (rc < 0)
				rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "write error: %s", strerror(errno));
		}
		json_decref(c);
	}
	free(line);
	if (!rc && ferror(old))
		rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "read error: %s", strerror(errno));
	return rc;
}

static int open_temp(const char *path, char **tmp, FILE **out, pt_error *err)
{
	size_t n = strlen(path) + 16;
	struct stat sb;
	*tmp = pt_xmalloc(n);
	snprintf(*tmp, n, "%s.tmpXXXXXX", path);
	int fd = mkstemp(*tmp);
	if (fd < 0 || !(*out = fdopen(fd, "w"))) {
		int e = errno;
		if (fd >= 0)
			close(fd), unlink(*tmp);
		return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot write: %s", strerror(e));
	}
	/* Keep the archive's mode; a new one gets the usual 0666 less umask. */
	mode_t um = umask(0);
	umask(um);
	fchmod(fd, stat(path, &sb) == 0 ? sb.st_mode & 07777 : 0666 & ~um);
	return 0;
}

static int rewrite(const char *path, const json_t *cases, pt_error *err)
{
	char *tmp = NULL, *done = calloc(json_array_size(cases) + 1, 1);
	FILE *out = NULL, *old = fopen(path, "rb");
	int rc = 0;
	if (!done)
		pt_die(PT_EXIT_IO, "out of memory");
	if (!old && errno != ENOENT)
		rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot open: %s", strerror(errno));
	if (!rc)
		rc = open_temp(path, &tmp, &out, err);
	if (!rc && old)
		rc = merge_old(old, path, out, cases, done, err);
	for (size_t i = 0; !rc && i < json_array_size(cases); i++)
		if (!done[i] && write_case(out, json_array_get(cases, i)))
			rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "write error: %s", strerror(errno));
	if (out) {
		if (!rc && (fflush(out) != 0 || fsync(fileno(out)) != 0))
			rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "write error: %s", strerror(errno));
		if (fclose(out) != 0 && !rc)
			rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "write error: %s", strerror(errno));
		if (!rc && rename(tmp, path) != 0)
			rc = pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot replace: %s", strerror(errno));
		if (rc)
			unlink(tmp);
	}
	if (old)
		fclose(old);
	free(tmp);
	free(done);
	return rc;
}

int pt_archive_update(const char *path, const json_t *cases, pt_error *err)
{
	/* Within one run the last evaluation of an id wins. */
	json_t *last = json_array(), *c;
	size_t i;
	json_array_foreach(cases, i, c) {
		const char *id = json_string_value(json_object_get(c, "id"));
		int k = id ? case_index(last, id) : -1;
		if (!id)
			continue;
		if (k >= 0)
			json_array_set(last, (size_t)k, c);
		else
			json_array_append(last, c);
	}
	int fd = lock_archive(path, err);
	int rc = fd < 0 ? err->status : rewrite(path, last, err);
	if (fd >= 0)
		close(fd);	/* releases the lock */
	json_decref(last);
	return rc;
}
