/* pt-stakeholders' work on one dossier: check and merge its stakeholders,
 * derive grid, salience, approach and step, add the meldingen. */
#include "fuzz.h"
#include "stakeholders.h"

static pt_sh_tables *tables;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pt_error err = {0};
	if (!(tables = pt_sh_tables_load(NULL, NULL, NULL, &err)))
		abort();
	return 0;
}

static int run(json_t *d, const pt_loc *loc, int lang, pt_error *err)
{
	pt_sh_opts o = {.drempel = 3, .lang = lang, .tables = tables, .bron = "pt-stakeholders"};
	return pt_sh_run(d, loc, &o, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_dossier(data, size, run);
}
