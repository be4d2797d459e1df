/* Data files: an explicit path, else $PT_DATA_DIR/name, else the copy
 * built into the binary from lib/data/. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"

const struct pt_blob *pt_blob_find(const char *name)
{
	for (const struct pt_blob *b = pt_blobs; b->name; b++)
		if (strcmp(b->name, name) == 0)
			return b;
	return NULL;
}

FILE *pt_data_open(const char *name, const char *path, const char **shown, pt_error *err)
{
	static char dirpath[4096];
	const char *dir = getenv("PT_DATA_DIR");
	if (!path && dir && *dir) {
		snprintf(dirpath, sizeof dirpath, "%s/%s", dir, name);
		if (access(dirpath, F_OK) == 0)
			path = dirpath;
	}
	if (path) {
		FILE *f = fopen(path, "rb");
		*shown = path;
		if (!f)
			pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, "cannot open: %s", strerror(errno));
		return f;
	}
	const struct pt_blob *b = pt_blob_find(name);
	*shown = name;
	if (!b) {
		pt_fail(err, PT_EXIT_IO, (pt_loc){name, 0}, "no such built-in data file");
		return NULL;
	}
	return fmemopen((void *)b->data, b->len, "r");
}

json_t *pt_data_json(const char *name, const char *path, pt_error *err)
{
	const char *shown;
	json_error_t je;
	FILE *f = pt_data_open(name, path, &shown, err);
	if (!f)
		return NULL;
	json_t *v = json_loadf(f, JSON_REJECT_DUPLICATES, &je);
	fclose(f);
	if (!v)
		pt_fail(err, PT_EXIT_DATA, (pt_loc){shown, je.line > 0 ? je.line : 0},
			"invalid JSON: %s", je.text);
	return v;
}
