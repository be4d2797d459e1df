/* Unit tests of the escaping XML writer (xw.c): escaping, tags by hand
 * (HTML, SVG), nested elements (Word's parts). */
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "xw.h"

static char *escaped(const char *s)
{
	pt_xw w = {0};
	pt_xw_text(&w, s);
	return pt_xw_take(&w);
}

static void test_escape(void)
{
	char *s = escaped("<script>alert('x')</script> & \"q\"");
	is_str(s, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
	       "markup characters become entities");
	free(s);
	s = escaped("a\x01" "b\x7f" "c\xc2\x85" "d\te\nf");
	is_str(s, "abcd\te\nf", "C0, DEL and C1 controls dropped; tab and newline kept");
	free(s);
	s = escaped("x\xff" "y\xc3");
	is_str(s, "x\xEF\xBF\xBDy\xEF\xBF\xBD", "bad UTF-8 becomes U+FFFD");
	free(s);
	s = escaped("\xed\xa0\x80");
	ok(strstr(s, "\xed\xa0\x80") == NULL, "a UTF-16 surrogate is not let through");
	free(s);
	s = escaped("\xE2\x80\xAE" "sgnal\xF0\x9F\x98\x80 &amp;");
	is_str(s, "\xE2\x80\xAE" "sgnal\xF0\x9F\x98\x80 &amp;amp;",
	       "right-to-left mark and emoji kept as text, an entity escaped again");
	free(s);
}

static void test_writer(void)
{
	pt_xw w = {0};
	pt_xw_open(&w, "text");
	pt_xw_attr(&w, "class", "a\" onload=\"x");
	pt_xw_attr(&w, "on load", "x");
	pt_xw_attrf(&w, "x", "%d", 42);
	pt_xw_close(&w);
	pt_xw_text(&w, "</text><script>");
	pt_xw_end(&w, "text");
	pt_xw_open(&w, "scr<ipt");
	char *s = pt_xw_take(&w);
	is_str(s, "<text class=\"a&quot; onload=&quot;x\" x=\"42\">&lt;/text&gt;&lt;script&gt;</text>",
	       "attribute values escaped; bad names refused");
	free(s);
	pt_xw_elem(&w, "title", "a<b", "lang", "nl", NULL);
	s = pt_xw_take(&w);
	is_str(s, "<title lang=\"nl\">a&lt;b</title>", "pt_xw_elem");
	free(s);
	ok(pt_xw_css(&w, "p { color: red } </style><script>") < 0, "a style sheet with '<' refused");
	ok(*pt_xw_str(&w) == 0, "  and nothing written");
	ok(pt_xw_css(&w, "a > b { x: 'y' }") == 0, "a child combinator is fine");
	pt_xw_free(&w);
}

static void test_nested(void)
{
	pt_xw w = {0};
	pt_xw_decl(&w);
	pt_xw_start(&w, "w:document");
	pt_xw_attr(&w, "xmlns:w", "urn:w");
	pt_xw_start(&w, "w:p");
	pt_xw_start(&w, "w:pPr");
	pt_xw_finish(&w);
	pt_xw_start(&w, "w:t");
	pt_xw_attr(&w, "xml:space", "preserve");
	pt_xw_text(&w, "a < b & 'c'");
	pt_xw_finish(&w);
	pt_xw_finish(&w);
	pt_xw_finish(&w);
	pt_xw_finish(&w);	/* one too many: nothing */
	is_int((int)w.depth, 0, "nested: every element ended");
	char *s = pt_xw_take(&w);
	is_str(s, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	       "<w:document xmlns:w=\"urn:w\"><w:p><w:pPr/><w:t xml:space=\"preserve\">a &lt; b &amp; &#39;c&#39;</w:t></w:p></w:document>",
	       "nested: an empty element self-closes, text closes the start tag, names with ':' taken");
	free(s);
	pt_xw_start(&w, "a");
	pt_xw_start(&w, "b c");
	pt_xw_attr(&w, "x", "1");
	pt_xw_text(&w, "t");
	pt_xw_finish(&w);
	pt_xw_finish(&w);
	s = pt_xw_take(&w);
	is_str(s, "<a x=\"1\">t</a>", "nested: a refused name writes nothing, and ends nothing else");
	free(s);
	pt_xw_start(&w, "r");
	pt_xw_raw(&w, "<w:pgSz w:w=\"1\"/>");
	pt_xw_finish(&w);
	s = pt_xw_take(&w);
	is_str(s, "<r><w:pgSz w:w=\"1\"/></r>", "raw XML closes the start tag and goes in as it is");
	free(s);
	pt_xw_open(&w, "p");
	pt_xw_attr(&w, "title", "line\none\ttab");
	pt_xw_close(&w);
	pt_xw_text(&w, "line\none");
	s = pt_xw_take(&w);
	is_str(s, "<p title=\"line&#10;one&#9;tab\">line\none", "a line break and tab kept in an attribute as references, in text as they are");
	free(s);
	pt_xw_start(&w, "deep");
	pt_xw_free(&w);
	ok(w.depth == 0 && w.open == NULL && pt_xw_len(&w) == 0, "free: the writer empty again");
}

static void test_utf8(void)
{
	is_int((int)pt_xw_utf8_len("a"), 1, "utf8: ASCII");
	is_int((int)pt_xw_utf8_len("\xC3\xA9"), 2, "utf8: two bytes");
	is_int((int)pt_xw_utf8_len("\xF0\x9F\x98\x80"), 4, "utf8: four bytes");
	is_int((int)pt_xw_utf8_len("\xC0\x80"), 0, "utf8: an overlong form is none");
	ok(pt_xw_control("\x01", 1) && pt_xw_control("\xC2\x85", 2) && !pt_xw_control("\t", 1),
	   "control: C0 and C1, not tab");
}

int main(void)
{
	test_escape();
	test_writer();
	test_nested();
	test_utf8();
	return done_testing();
}
