/* pt-render's work on one dossier: the paragraph and the whole working
 * document, as Markdown or HTML (the input's size picks), through
 * cmark-gfm. */
#include "fuzz.h"
#include "render_priv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t je;
	json_t *d = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
	pt_loc loc = {"fuzz", 1};
	pt_error err = {0};
	if (pt_zin_load(&err))
		abort();
	if (json_is_object(d) && pt_dossier_check(d, &loc, &err) == 0) {
		pt_render_opts o = {
			.format = size & 1 ? PT_RENDER_HTML : PT_RENDER_MD,
			.sections = PT_RS_ALL,
			.lang = size >> 1 & 1 ? PT_EN : PT_NL,
			.contacts = (int)(size >> 2 & 1),
		};
		int concept;
		char *doc = pt_render_dossier(d, &o, 0, NULL, NULL, &concept);
		if (doc)
			fputs(doc, fuzz_null());
		free(doc);
	}
	json_decref(d);
	return 0;
}
