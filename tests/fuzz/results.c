/* pt-results -f: a reactienota CSV or JSON (the first byte picks the CSV
 * delimiter), then written into a fixed dossier.  A file that is refused
 * must say why; one that is read must give a dossier that can be written. */
#include "fuzz.h"
#include "results.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int delims[4] = {0, ',', ';', '\t'};
	if (size < 1)
		return 0;
	pt_error err = {0};
	pt_results *r = pt_results_parse("fuzz", (const char *)data + 1, size - 1, delims[data[0] & 3], &err);
	if (!r) {
		if (!err.status || !err.msg[0])
			abort();
		return 0;
	}
	json_t *d = json_pack("{s:i, s:{s:s, s:s, s:s}}", "pt", 1, "voorstel", "id", "CV-1", "titel", "t",
			      "datumBesluit", "2027-06-15");
	pt_results_opts o = {.file = r, .deelnemers = -1, .lang = (int)(size & 1)};
	if (pt_results_run(d, &o, &err) == 0)
		pt_dossier_write(fuzz_null(), d, 0);
	json_decref(d);
	pt_results_free(r);
	return 0;
}
