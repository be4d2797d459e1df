/* pt-plan's work on one dossier: werkvormen chosen for the strategy,
 * hours, euros and weeks, open points, readiness. */
#include "fuzz.h"
#include "plan.h"

static pt_plan *plan[2];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	for (int lang = 0; lang < 2; lang++) {
		pt_plan_opts o = {.uurtarief = -1, .budget = -1, .lang = lang, .today = 20785};
		pt_error err = {0};
		if (!(plan[lang] = pt_plan_load(&o, &err)))
			abort();
	}
	return 0;
}

static int run(json_t *d, const pt_loc *loc, int lang, pt_error *err)
{
	return pt_plan_apply(plan[lang], d, *loc, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_dossier(data, size, run);
}
