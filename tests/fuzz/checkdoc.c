/* pt-paragraph --check on a Word, ODF or PDF file (the first byte picks:
 * 0 Word, 1 ODF, 2 PDF), parsed into blocks, then every rule run with the
 * defaults.  Seeds: tests/fuzz/corpus/checkdoc, small files of the
 * tests/check-docs corpus and broken ones, and the hostile files of issue
 * 29 (entity bombs, parts that inflate past --max-size or the node cap,
 * overlapping text draws).  PDFs are read in this process, not in the
 * child with a CPU limit that --check uses: libFuzzer sees poppler's
 * coverage, and its own -timeout stands for the limit. */
#include "fuzz.h"
#include "check_int.h"

static pt_check_config *cfg;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pt_error err = {0};
	if (!(cfg = pt_check_config_load(NULL, &err)))
		abort();
	setenv("PT_CHECK_PDF_SECONDS", "0", 1);
	return 0;
}

static void on_finding(const pt_check_finding *f, void *ctx)
{
	if (!f->msg || f->line < 0 || f->col < 0 || f->page < 0)
		abort();
	++*(size_t *)ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int kind = data[0] % 3;
	char *buf = malloc(size - 1 ? size - 1 : 1);	/* exact size: overreads show */
	memcpy(buf, data + 1, size - 1);
	pt_check_doc doc = {0};
	pt_error err = {0};
	size_t n = 0;
	int rc = kind == 0 ? pt_check_parse_docx(&doc, "fuzz.docx", buf, size - 1, &err)
		: kind == 1 ? pt_check_parse_odt(&doc, "fuzz.odt", buf, size - 1, &err)
		: pt_check_parse_pdf(&doc, "fuzz.pdf", buf, size - 1, &err);
	if (rc != 0 && rc != PT_EXIT_DATA)
		abort();
	if (rc == 0)
		pt_check_rules_doc(cfg, &doc, "fuzz", 0, on_finding, &n);
	pt_check_doc_free(&doc);
	free(buf);
	return 0;
}
