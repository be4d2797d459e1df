/* The data files a municipality edits and points pt at: the first byte
 * picks the loader, the rest is the file.  Loaded, checked, freed; a file
 * refused always says why. */
#include <unistd.h>
#include "fuzz.h"
#include "check_int.h"
#include "evaluate.h"
#include "plan.h"
#include "stakeholders.h"
#include "strategy.h"

static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	snprintf(path, sizeof path, "/tmp/pt-fuzz-data.%ld", (long)getpid());
	return 0;
}

static void load(int which, const char *p)
{
	pt_error err = {0};
	int ok = 0;
	switch (which) {
	case 0: {
		pt_strategy_rules *r = pt_strategy_rules_load(p, &err);
		ok = r != NULL;
		pt_strategy_rules_free(r);
		break;
	}
	case 1: case 2: case 3: case 4: {
		pt_plan_opts o = {.uurtarief = -1, .budget = -1, .today = 20785};
		if (which == 1) o.catalog = p;
		if (which == 2) o.settings = p;
		if (which == 3) o.cases = p;
		if (which == 4) o.collegas = p;
		pt_plan *pl = pt_plan_load(&o, &err);
		ok = pl != NULL;
		pt_plan_free(pl);
		break;
	}
	case 5: case 6: {
		pt_eval_data *q = pt_eval_data_load(which == 5 ? p : NULL, which == 6 ? p : NULL, &err);
		ok = q != NULL;
		pt_eval_data_free(q);
		break;
	}
	case 7: case 8: case 9: {
		pt_sh_tables *t = pt_sh_tables_load(which == 7 ? p : NULL, which == 8 ? p : NULL,
						     which == 9 ? p : NULL, &err);
		ok = t != NULL;
		pt_sh_tables_free(t);
		break;
	}
	case 10: case 11: {
		pt_sh_file *f = pt_sh_file_load(p, 0, &err);
		ok = f != NULL;
		pt_sh_file_free(f);
		break;
	}
	default: {
		pt_check_config *c = pt_check_config_load(p, &err);
		ok = c != NULL;
		pt_check_config_free(c);
		break;
	}
	}
	if (!ok && (!err.status || !err.msg[0]))
		abort();	/* a refusal always says why */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *ext[13] = {".json", ".csv", ".csv", ".jsonl", ".csv", ".csv", ".csv",
		".csv", ".csv", ".csv", ".csv", ".json", ".json"};
	char name[80];
	if (size < 1)
		return 0;
	int which = data[0] % 13;
	snprintf(name, sizeof name, "%s%s", path, ext[which]);
	FILE *f = fopen(name, "wb");
	if (!f || fwrite(data + 1, 1, size - 1, f) != size - 1 || fclose(f) != 0)
		abort();
	load(which, name);
	unlink(name);
	return 0;
}
