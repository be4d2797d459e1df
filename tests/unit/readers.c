/* Unit tests of the Word, ODF and PDF readers' own parts: style names by
 * hash, the heading level a style name says, a part's DTD refused, and a
 * PDF read in the worker giving the blocks it gives read in process. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include "pt.h"
#include "check_int.h"
#include "check_office.h"
#include "tap.h"

static void names(void)
{
	pt_office_names h = {0};
	is_int(pt_office_names_get(&h, "x"), -1, "an empty table has nothing");
	is_int(pt_office_names_get(&h, NULL), -1, "a NULL name is not there");
	enum { N = 100000 };
	static char keys[N][16];
	for (int i = 0; i < N; i++) {
		snprintf(keys[i], sizeof keys[i], "Stijl%d", i);
		pt_office_names_put(&h, keys[i], (size_t)i);
	}
	int bad = 0;
	for (int i = 0; i < N; i++)
		bad += pt_office_names_get(&h, keys[i]) != i;
	is_int(bad, 0, "100,000 names: each finds its value after the table grew");
	pt_office_names_put(&h, "Stijl7", 99);
	is_int(pt_office_names_get(&h, "Stijl7"), 7, "a name put twice keeps its first value");
	is_int(pt_office_names_get(&h, "Stijl"), -1, "a prefix is no name");
	pt_office_names_free(&h);
	is_int(pt_office_names_get(&h, "Stijl1"), -1, "freed: empty");
}

/* A .docx in memory whose document.xml is xml. */
static char *docx(const char *xml, size_t *n)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_source_keep(src);
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	zip_source_t *part = zip_source_buffer(z, xml, strlen(xml), 0);
	zip_file_add(z, "word/document.xml", part, 0);
	zip_close(z);
	zip_stat_t st;
	zip_source_stat(src, &st);
	char *buf = pt_xmalloc(st.size);
	zip_source_open(src);
	*n = (size_t)zip_source_read(src, buf, st.size);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	return buf;
}

static void dtd(void)
{
	static const char *const ok_xml =
		"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
		"<w:body><w:p><w:r><w:t>Participatie &amp; inspraak</w:t></w:r></w:p></w:body></w:document>";
	static const char *const dtd_xml =
		"<!DOCTYPE w [<!ENTITY e \"participatie\">]>"
		"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
		"<w:body><w:p><w:r><w:t>&e;&e;</w:t></w:r></w:p></w:body></w:document>";
	size_t n;
	pt_check_doc d = {0};
	pt_error err = {0};
	char *buf = docx(ok_xml, &n);
	is_int(pt_check_parse_docx(&d, "a.docx", buf, n, &err), 0, "a .docx without a DTD is read");
	is_int((int)d.nb, 1, "its one paragraph is a block");
	ok(d.nb && strcmp(d.text.s + d.b[0].off, "Participatie & inspraak") == 0,
	   "the predefined entity &amp; is text");
	free(buf);
	pt_check_doc_clear(&d);
	buf = docx(dtd_xml, &n);
	is_int(pt_check_parse_docx(&d, "b.docx", buf, n, &err), PT_EXIT_DATA, "a .docx with a DTD: exit 3");
	ok(strstr(err.msg, "DTD") != NULL, "the DTD is named: %s", err.msg);
	is_int((int)d.nb, 0, "no block of it");
	free(buf);
	pt_check_doc_free(&d);
}

static char *pdf_blocks(const char *path, const char *secs)
{
	setenv("PT_CHECK_PDF_SECONDS", secs, 1);
	FILE *f = fopen(path, "rb");
	pt_buf in = {0}, out = {0};
	char chunk[4096];
	size_t k;
	while (f && (k = fread(chunk, 1, sizeof chunk, f)) > 0)
		pt_buf_put(&in, chunk, k);
	if (f)
		fclose(f);
	pt_check_doc d = {0};
	pt_error err = {0};
	int rc = pt_check_parse_pdf(&d, path, in.s ? in.s : "", in.len, &err);
	pt_buf_printf(&out, "rc %d unit %d:", rc, d.unit);
	for (size_t i = 0; i < d.nb; i++)
		pt_buf_printf(&out, " %d/%d@%ld:%ld p%ld %s", d.b[i].type, d.b[i].level, d.b[i].line,
			      d.b[i].col, d.b[i].page, d.text.s + d.b[i].off);
	pt_check_doc_free(&d);
	pt_buf_free(&in);
	return pt_buf_take(&out);
}

static void pdf(void)
{
	const char *path = "tests/check-docs/12-sound-table.pdf";	/* tests run at the top */
	char *here = pdf_blocks(path, "0"), *worker = pdf_blocks(path, "10");
	ok(strncmp(here, "rc 0 ", 5) == 0 && strlen(here) > 100, "a PDF read in process has blocks");
	is_str(worker, here, "read by the worker: the same blocks, lines and pages");
	free(here), free(worker);
	worker = pdf_blocks("/dev/null", "10");
	ok(strncmp(worker, "rc 3 ", 5) == 0, "no PDF: exit 3 from the worker too");
	free(worker);
}

int main(void)
{
	names();
	dtd();
	pdf();
	return done_testing();
}
