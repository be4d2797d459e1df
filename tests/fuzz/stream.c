/* The dossier stream reader: any bytes at all, read to the end the way
 * pt_filter does (errors skip ahead, as --keep-going), every dossier
 * checked and written.  Small limits so the depth and size guards run. */
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pt_max_depth = 16;
	pt_max_record = 4096;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	void *copy;
	FILE *f = fuzz_file(data, size, &copy);
	pt_reader *r = pt_reader_new(f, "fuzz");
	json_t *d;
	pt_loc loc;
	pt_error err = {0};
	int rc, n = 0;
	/* Each call consumes input or ends; the bound only guards a bug. */
	while ((rc = pt_reader_next(r, &d, &loc, &err)) != 0 && n++ < 100000) {
		if (rc < 0) {
			if (err.status != PT_EXIT_DATA || !err.msg[0])
				abort();	/* a memory stream has no I/O errors */
			continue;
		}
		if (loc.line < 1)
			abort();
		if (pt_dossier_check(d, &loc, &err) == 0)
			pt_dossier_write(fuzz_null(), d, n & 1);
		json_decref(d);
	}
	pt_reader_close(r);
	fclose(f);
	free(copy);
	return 0;
}
