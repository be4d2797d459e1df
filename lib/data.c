/* Data files: an explicit path, else the user's or the system's copy of
 * the one table (pt.h, pt(7) FILES), else the copy built into the binary
 * from lib/data/.  A municipality edits one file in /etc/pt and every
 * program follows; a person tries a change in ~/.config/pt; a test or a
 * one-off run points PT_DATA_DIR at a folder. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"

#ifndef PT_SYSCONFDIR
#define PT_SYSCONFDIR "/etc"
#endif
const char *pt_data_sysconfdir = PT_SYSCONFDIR "/pt";

const struct pt_blob *pt_blob_find(const char *name)
{
	for (const struct pt_blob *b = pt_blobs; b->name; b++)
		if (strcmp(b->name, name) == 0)
			return b;
	return NULL;
}

/* dir/name (with sub, when given, between them) if it exists, kept for
 * the life of the process: messages about a data file may come long after
 * it was opened. */
static const char *in_data_dir(const char *dir, const char *sub, const char *name)
{
	static char *seen[64];
	static size_t nseen;
	char path[4096];
	if (!dir || !*dir)
		return NULL;
	snprintf(path, sizeof path, "%s%s%s/%s", dir, sub ? "/" : "", sub ? sub : "", name);
	if (access(path, F_OK) != 0)
		return NULL;
	for (size_t i = 0; i < nseen; i++)
		if (strcmp(seen[i], path) == 0)
			return seen[i];
	if (nseen == sizeof seen / sizeof seen[0])
		return pt_xstrdup(path);	/* more files than any program reads */
	return seen[nseen++] = pt_xstrdup(path);
}

/* A spreadsheet or editor saving UTF-8 may put a byte order mark first;
 * the dossier streams accept one, so the data files do too.  Read by
 * getc and ungetc, not seek, so a pipe (--catalog <(...)) works. */
static int skip_bom(FILE *f)
{
	int c = getc(f);
	if (c != 0xEF) {
		if (c != EOF)
			ungetc(c, f);
		return 0;
	}
	return getc(f) == 0xBB && getc(f) == 0xBF ? 0 : -1;
}

/* The first copy of name in the lookup order, or NULL: the built-in one. */
static const char *find_copy(const char *name)
{
	const char *p = in_data_dir(getenv("PT_DATA_DIR"), NULL, name);
	const char *xdg = getenv("XDG_CONFIG_HOME");
	if (!p && xdg && *xdg)
		p = in_data_dir(xdg, "pt", name);
	else if (!p)
		p = in_data_dir(getenv("HOME"), ".config/pt", name);
	return p ? p : in_data_dir(pt_data_sysconfdir, NULL, name);
}

FILE *pt_data_open(const char *name, const char *path, const char **shown, pt_error *err)
{
	if (!path)
		path = find_copy(name);
	if (path && strcmp(path, "-") == 0) {
		pt_fail(err, PT_EXIT_USAGE, (pt_loc){0, 0},
			pt_tr("%s cannot come from standard input, which carries the dossiers: name a file"), name);
		return NULL;
	}
	if (path) {
		FILE *f = fopen(path, "rb");
		*shown = path;
		if (!f)
			pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %s"), strerror(errno));
		else if (skip_bom(f)) {
			fclose(f);
			f = NULL;
			pt_fail(err, PT_EXIT_DATA, (pt_loc){path, 1}, pt_tr("not UTF-8 text"));
		}
		return f;
	}
	const struct pt_blob *b = pt_blob_find(name);
	*shown = name;
	if (!b) {
		pt_fail(err, PT_EXIT_IO, (pt_loc){name, 0}, pt_tr("no such built-in data file"));
		return NULL;
	}
	return fmemopen((void *)b->data, b->len, "r");
}

pt_table *pt_data_table(const char *name, const char *path, const pt_column *cols, int *idx,
			const char **shown, pt_error *err)
{
	FILE *f = pt_data_open(name, path, shown, err);
	if (!f)
		return NULL;
	pt_table *t = pt_table_read(f, *shown, 0, err);
	fclose(f);
	if (t && pt_csv_columns(&t->header, cols, idx, (pt_loc){*shown, 1}, err)) {
		pt_table_free(t);
		return NULL;
	}
	return t;
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
			pt_tr("invalid JSON: %s"), je.text);
	return v;
}
