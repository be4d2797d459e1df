/* pt-evaluate -f: a CSV of answers read (the first byte picks the
 * delimiter), then used to evaluate a fixed dossier. */
#include "fuzz.h"
#include "evaluate.h"

static pt_eval_data *q;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pt_error err = {0};
	if (!(q = pt_eval_data_load(NULL, NULL, &err)))
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int delim;
	void *copy;
	FILE *f = fuzz_csv_file(data, size, &delim, &copy);
	if (!f)
		return 0;
	pt_error err = {0};
	pt_eval_responses *r = pt_eval_responses_read(f, "fuzz.csv", delim, q, &err);
	fclose(f);
	free(copy);
	if (!r) {
		if (!err.status || !err.msg[0])
			abort();
		return 0;
	}
	json_t *d = json_pack("{s:i, s:{s:s, s:s}}", "pt", 1, "voorstel", "id", "CV-1", "titel", "t");
	pt_eval_opts o = {.data = q, .responses = r, .lang = (int)(size & 1)};
	pt_loc loc = {"fuzz", 1};
	if (pt_eval_run(d, &o, loc, &err) == 0)
		pt_dossier_write(fuzz_null(), d, 0);
	json_decref(d);
	pt_eval_responses_free(r);
	return 0;
}
