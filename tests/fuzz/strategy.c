/* pt-strategy's work on one dossier: the rules applied to its voorstel and
 * stakeholders, the strategie section and the meldingen written. */
#include "fuzz.h"
#include "strategy.h"

static pt_strategy_rules *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pt_error err = {0};
	if (!(rules = pt_strategy_rules_load(NULL, &err)))
		abort();
	return 0;
}

static int run(json_t *d, const pt_loc *loc, int lang, pt_error *err)
{
	pt_strategy_opts o = {.lang = lang};
	return pt_strategy_apply(d, rules, &o, loc, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_dossier(data, size, run);
}
