/* Unit tests of pt-render's Word writer: the PNG of a picture, the
 * reference document (pt's plain one and a template's style ids, page and
 * header), and the same bytes from the same dossier. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>
#include "tap.h"
#include "render_docx.h"

static unsigned long be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

/* Left half red, right half white: the PNG's first row, unfiltered. */
static void test_png(void)
{
	const char *svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 4\" width=\"8\" height=\"4\">"
			  "<rect x=\"0\" y=\"0\" width=\"4\" height=\"4\" fill=\"#ff0000\"/></svg>";
	pt_buf png = PT_BUF_INIT;
	pt_error err;
	int w = 0, h = 0;
	int rc = pt_svg_png(svg, 2, &png, &w, &h, &err);
	is_int(rc, 0, "an SVG of pt's is drawn");
	if (rc) {
		printf("#   %s\n", err.msg);
		return;
	}
	is_int(w, 8, "its width in pixels, from the SVG");
	is_int(h, 4, "its height");
	const unsigned char *p = (const unsigned char *)png.s;
	ok(png.len > 33 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0, "a PNG signature");
	is_int(be32(p + 16), 16, "drawn at twice the size: 16 wide");
	is_int(be32(p + 20), 8, "and 8 high");
	ok(png.len >= 12 && memcmp(p + png.len - 8, "IEND", 4) == 0 && be32(p + png.len - 4) == 0xAE426082UL,
	   "ends in IEND with its CRC");
	/* the IDAT, inflated; row 0 with the Sub filter undone */
	size_t at = 33;
	ok(memcmp(p + at + 4, "IDAT", 4) == 0, "one IDAT after the header");
	unsigned char raw[8 * (1 + 16 * 3)];
	uLongf rawlen = sizeof raw;
	is_int(uncompress(raw, &rawlen, p + at + 8, be32(p + at)), Z_OK, "the IDAT inflates");
	is_int(rawlen, 8 * (1 + 16 * 3), "to 8 rows of 16 RGB pixels and a filter byte");
	is_int(raw[0], 1, "each row with the Sub filter");
	unsigned char px[16 * 3];
	for (int i = 0; i < 48; i++)
		px[i] = (unsigned char)(raw[1 + i] + (i >= 3 ? px[i - 3] : 0));
	ok(px[0] == 255 && px[1] == 0 && px[2] == 0, "the left is red");
	ok(px[45] == 255 && px[46] == 255 && px[47] == 255, "the right is white, as paper");
	pt_buf_free(&png);

	pt_buf none = PT_BUF_INIT;
	ok(pt_svg_png("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 1, &none, &w, &h, &err) != 0,
	   "an SVG without a size is refused");
	pt_buf_free(&none);
}

static void test_plain_reference(void)
{
	pt_docx_ref ref;
	pt_error err;
	is_int(pt_docx_ref_load(&ref, NULL, PT_EN, &err), 0, "pt's plain reference");
	is_str(ref.style_id[DS_HEADING1], "Heading1", "its heading style");
	ok(strstr(ref.styles, "<w:lang w:val=\"en-GB\"") != NULL, "its styles in the document's language");
	is_int(ref.nhf, 2, "a header and a footer");
	is_int(ref.text_width, 11906 - 2 * 1418, "A4 less 2.5 cm a side");
	ok(ref.sect == NULL && ref.theme == NULL, "no page settings or theme of its own");
	pt_docx_ref_free(&ref);
}

#define W_NS "xmlns:w=\"" DOCX_NS_W "\" xmlns:r=\"" DOCX_NS_R "\""

static void add(zip_t *z, const char *name, const char *text)
{
	zip_source_t *s = zip_source_buffer(z, text, strlen(text), 0);
	zip_file_add(z, name, s, ZIP_FL_OVERWRITE);
}

/* A Dutch template: Kop1 for heading 1, narrow page, a header with a
 * picture and an external link. */
static void make_template(const char *path)
{
	int e;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &e);
	add(z, "word/styles.xml", "<w:styles " W_NS "><w:style w:type=\"paragraph\" w:styleId=\"Kop1\">"
	    "<w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>");
	add(z, "word/document.xml", "<w:document " W_NS "><w:body><w:p/><w:sectPr>"
	    "<w:headerReference w:type=\"first\" r:id=\"rIdH\"/><w:pgSz w:w=\"10000\" w:h=\"14000\"/>"
	    "<w:pgMar w:left=\"2000\" w:right=\"1000\" w:top=\"1\" w:bottom=\"1\"/><w:titlePg/>"
	    "<w:bogus/></w:sectPr></w:body></w:document>");
	add(z, "word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	    "<Relationship Id=\"rIdH\" Type=\"" DOCX_REL "header\" Target=\"kop.xml\"/></Relationships>");
	add(z, "word/kop.xml", "<w:hdr " W_NS "><w:p><w:r><w:t>Gemeente</w:t></w:r></w:p></w:hdr>");
	add(z, "word/_rels/kop.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	    "<Relationship Id=\"rIdL\" Type=\"" DOCX_REL "image\" Target=\"media/logo.png\"/>"
	    "<Relationship Id=\"rIdX\" Type=\"" DOCX_REL "image\" Target=\"http://x.example/a.png\" TargetMode=\"External\"/>"
	    "<Relationship Id=\"rIdU\" Type=\"" DOCX_REL "image\" Target=\"../../etc/passwd.png\"/></Relationships>");
	add(z, "word/media/logo.png", "not really a png");
	zip_close(z);
}

static void test_template(void)
{
	char path[] = "/tmp/pt-docx-unit-XXXXXX";
	int fd = mkstemp(path);
	if (fd >= 0)
		close(fd);
	make_template(path);
	pt_docx_ref ref;
	pt_error err;
	int rc = pt_docx_ref_load(&ref, path, PT_NL, &err);
	is_int(rc, 0, "a template loads");
	if (rc) {
		printf("#   %s\n", err.msg);
		unlink(path);
		return;
	}
	is_str(ref.style_id[DS_HEADING1], "Kop1", "heading 1 by the template's id");
	is_str(ref.style_id[DS_HEADING2], "Heading2", "heading 2, which it lacks, by pt's");
	ok(strstr(ref.styles, "w:styleId=\"Heading2\"") != NULL, "pt's heading 2 added to its styles");
	ok(strstr(ref.styles, "<w:lang w:val=\"nl-NL\"/>") != NULL, "its styles get the document's language");
	ok(strstr(ref.styles, "numPr") == NULL, "its styles' numbering goes: pt's numbering is not the template's");
	is_int(ref.text_width, 7000, "the page less its margins");
	ok(ref.sect && strstr(ref.sect, "<w:titlePg/>") && strstr(ref.sect, "w:left=\"2000\""),
	   "its page settings kept");
	ok(ref.sect && !strstr(ref.sect, "bogus") && !strstr(ref.sect, "headerReference"),
	   "only page settings: no references, nothing unknown");
	is_int(ref.nhf, 3, "its first-page header, and pt's default header and footer");
	is_str(ref.hf[0].kind, "first", "the header's kind kept");
	ok(ref.hf[0].head && strstr(ref.hf[0].head, "Gemeente") && ref.hf[0].tail &&
	   strcmp(ref.hf[0].tail, "</w:hdr>\n") == 0, "the header split before its closing tag");
	is_int(ref.hf[0].nmedia, 1, "one picture: not the external one, not the one outside word/");
	is_str(ref.hf[0].nmedia ? ref.hf[0].media[0].rid : NULL, "rIdL", "under its own id");
	pt_docx_ref_free(&ref);

	/* not a Word document: a zip without styles */
	int e;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &e);
	add(z, "a.txt", "x");
	zip_close(z);
	is_int(pt_docx_ref_load(&ref, path, PT_NL, &err), PT_EXIT_DATA, "a zip that is no Word document: bad input");
	ok(strstr(err.msg, "word/styles.xml") != NULL, "naming what is missing");
	unlink(path);
}

static void test_same_bytes(void)
{
	pt_error err;
	json_error_t je;
	json_t *d = json_loads("{\"voorstel\": {\"id\": \"CV-1\", \"titel\": \"Plein <&>\"}}", 0, &je);
	pt_render_opts o = {.format = PT_RENDER_DOCX, .sections = PT_RS_ALL, .lang = PT_NL};
	if (pt_zin_load(&err) || pt_docx_setup(&o, &err)) {
		ok(0, "set up: %s", err.msg);
		return;
	}
	pt_buf a = PT_BUF_INIT, b = PT_BUF_INIT;
	int concept = 0;
	pt_render_docx(d, &o, &a, &concept);
	pt_render_docx(d, &o, &b, NULL);
	ok(a.len > 0 && a.len == b.len && memcmp(a.s, b.s, a.len) == 0, "the same dossier, the same bytes");
	ok(a.len > 4 && memcmp(a.s, "PK\x03\x04", 4) == 0, "a zip");
	is_int(concept, 1, "a dossier without a step is a CONCEPT");
	pt_buf_free(&a);
	pt_buf_free(&b);
	pt_docx_cleanup();
	json_decref(d);
}

int main(void)
{
	test_png();
	test_plain_reference();
	test_template();
	test_same_bytes();
	return done_testing();
}
