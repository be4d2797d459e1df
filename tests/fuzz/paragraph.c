/* pt-paragraph's work on one dossier: normalize the voorstel, apply a
 * --set, stamp, check, write.  Input: a first line used as the --set
 * PATH=VALUE (skipped unless it holds '='), then one JSON value. */
#include "fuzz.h"
#include "intake.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	char set[512] = "";
	json_error_t je;
	if (nl && (size_t)(nl - data) < sizeof set) {
		memcpy(set, data, (size_t)(nl - data));
		set[nl - data] = '\0';
		size -= (size_t)(nl + 1 - data);
		data = nl + 1;
	}
	json_t *d = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
	if (!json_is_object(d)) {
		json_decref(d);
		return 0;
	}
	pt_loc loc = {"fuzz", 1};
	pt_error err = {0};
	if (pt_dossier_check(d, &loc, &err) == 0 && pt_intake_normalize(d, loc, &err) == 0) {
		if (strchr(set, '=') && memchr(set, '\0', sizeof set))
			pt_intake_set(d, set, loc, &err);
		pt_dossier_stamp(d);
		pt_intake_check(d, (int)(size & 1), 20000);
		/* A second pass must accept what the first one wrote. */
		if (pt_intake_normalize(d, loc, &err) != 0)
			abort();
		pt_dossier_write(fuzz_null(), d, 0);
	}
	json_decref(d);
	return 0;
}
