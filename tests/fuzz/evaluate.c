/* pt-evaluate's work on one dossier, without answers (-f): the checklist
 * from the dossier, planned against actual, the meldingen. */
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

static int run(json_t *d, const pt_loc *loc, int lang, pt_error *err)
{
	pt_eval_opts o = {.data = q, .lang = lang, .uren = 12.5, .has_uren = lang};
	return pt_eval_run(d, &o, *loc, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_dossier(data, size, run);
}
