/* pt-paragraph --check on a document: Markdown or HTML (the first byte
 * picks) parsed into blocks, then every rule run with the defaults. */
#include "fuzz.h"
#include "check_int.h"

static pt_check_config *cfg;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pt_error err = {0};
	if (!(cfg = pt_check_config_load(NULL, &err)))
		abort();
	return 0;
}

static void on_finding(const pt_check_finding *f, void *ctx)
{
	if (!f->msg || f->line < 0 || f->col < 0)
		abort();
	++*(size_t *)ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int html = data[0] & 1, lang = data[0] >> 1 & 1;
	/* An exact-size copy, so a read past the end is caught. */
	char *buf = malloc(size - 1 ? size - 1 : 1);
	memcpy(buf, data + 1, size - 1);
	pt_check_doc doc = {0};
	size_t n = 0;
	doc.src = buf, doc.srclen = size - 1;
	if (html)
		pt_check_parse_html(&doc, buf, size - 1);
	else
		pt_check_parse_md(&doc, buf, size - 1);
	pt_check_rules_doc(cfg, &doc, "fuzz.md", lang, on_finding, &n);
	doc.src = NULL;
	pt_check_doc_free(&doc);
	free(buf);
	return 0;
}
