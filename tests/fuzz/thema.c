/* Topic recognition (lib/thema.c): any bytes as a title and as one item of
 * openVoorInbreng, each word folded and matched against every stem, and
 * the groups of what was found.  Never a crash, whatever the bytes. */
#include "fuzz.h"
#include "thema.h"

static pt_thema_tables *tables;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pt_error err = {0};
	if (!(tables = pt_thema_load(NULL, NULL, &err)))
		abort();
	return 0;
}

static void count(const pt_thema_need *n, void *ctx)
{
	(*(size_t *)ctx)++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	/* jansson keeps only valid UTF-8; the library sees what a dossier holds. */
	json_t *t = json_string(text), *v = json_object();
	if (t) {
		json_object_set(v, "titel", t);
		json_object_set_new(v, "openVoorInbreng", json_pack("[O]", t));
	}
	int given;
	size_t n = 0;
	uint32_t mask = pt_thema_detect(tables, v, &given);
	json_decref(pt_thema_json(mask));
	pt_thema_needs(tables, mask, count, &n);
	json_decref(t), json_decref(v);
	free(text);
	return 0;
}
