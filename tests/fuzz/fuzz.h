/* Shared by the libFuzzer targets: the input as a FILE, and a sink that
 * throws output away (but still makes jansson and stdio do the work). */
#ifndef PT_FUZZ_H
#define PT_FUZZ_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"

/* fmemopen refuses a zero-length buffer on some libcs: give it one byte
 * and an empty stream instead. */
static inline FILE *fuzz_file(const uint8_t *data, size_t size, void **copy)
{
	*copy = malloc(size ? size : 1);
	if (size)
		memcpy(*copy, data, size);
	FILE *f = size ? fmemopen(*copy, size, "rb") : fopen("/dev/null", "rb");
	if (!f)
		abort();
	return f;
}

/* A CSV target: the first byte picks the delimiter (0 sniffs), the rest
 * is the file.  NULL for an empty input. */
static inline FILE *fuzz_csv_file(const uint8_t *data, size_t size, int *delim, void **copy)
{
	static const int delims[4] = {0, ',', ';', '\t'};
	if (size < 1)
		return NULL;
	*delim = delims[data[0] & 3];
	return fuzz_file(data + 1, size - 1, copy);
}

static inline FILE *fuzz_null(void)
{
	static FILE *null;
	if (!null && !(null = fopen("/dev/null", "w")))
		abort();
	return null;
}
/* One dossier's processing: the input is a JSON value; an object that
 * passes the version check goes to fn, which must not crash whatever it
 * holds, and the result is written as a program would. */
typedef int (*fuzz_dossier_fn)(json_t *d, const pt_loc *loc, int lang, pt_error *err);

static inline int fuzz_dossier(const uint8_t *data, size_t size, fuzz_dossier_fn fn)
{
	json_error_t je;
	json_t *d = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
	pt_loc loc = {"fuzz", 1};
	pt_error err = {0};
	if (json_is_object(d) && pt_dossier_check(d, &loc, &err) == 0) {
		int rc = fn(d, &loc, (int)(size & 1), &err);
		if (rc && (rc != err.status || !err.msg[0]))
			abort();	/* a failure always says why */
		if (!rc)
			pt_dossier_write(fuzz_null(), d, 0);
	}
	json_decref(d);
	return 0;
}
#endif
