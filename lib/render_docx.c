/* pt-render -t docx: the document's cmark tree (the one the Markdown and
 * HTML come from, render.c's pt_render_tree) written as WordprocessingML,
 * and the package around it.  Every part goes through the core's escaping
 * writer (xw.c), so dossier text is only ever escaped character data:
 * no field codes (the footer's PAGE field is the one field, and pt's),
 * no hyperlinks, no external relationships, no macros.  The zip is built
 * in memory with libzip, with fixed dates: the same dossier gives the
 * same bytes.  The styles, page and header and footer come from the
 * reference document (render_docx_ref.c). */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include <cmark-gfm-core-extensions.h>
#include "render_docx.h"

extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;

static pt_docx_ref ref;
static int ref_loaded;

#define TEXT_WIDTH_TW ref.text_width
#define TEXT_WIDTH_EMU (ref.text_width * 635L)	/* a picture's widest */
#define NS_WP "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#define NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_PIC "http://schemas.openxmlformats.org/drawingml/2006/picture"
#define SVG_EXT "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
#define NS_ASVG "http://schemas.microsoft.com/office/drawing/2016/SVG/main"

int pt_docx_setup(const pt_render_opts *o, pt_error *err)
{
	if (ref_loaded)
		return 0;
	int rc = pt_docx_ref_load(&ref, o->reference_doc, o->lang, err);
	ref_loaded = !rc;
#ifdef M_TRIM_THRESHOLD
	/* zlib and libzip take a few hundred kB for each part and give them
	 * back; glibc would return them to the system each time and ask
	 * again (brk, or mmap above 128 kB): thousands of calls in a batch */
	mallopt(M_TRIM_THRESHOLD, 8 << 20);
	mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
	return rc;
}

void pt_docx_cleanup(void)
{
	if (ref_loaded)
		pt_docx_ref_free(&ref);
	ref_loaded = 0;
	pt_svg_png_cleanup();
}

/* ---- an XML part ------------------------------------------------------------ */

typedef struct part {
	char *name;
	char *data;
	size_t len;
	int stored;		/* a PNG: kept as it is, not deflated again */
} part;

/* A part is written by the core's escaping writer (xw.h), nested: S
 * opens an element, A and Af give it attributes, T text, E ends it. */
typedef pt_xw xw;

static void xw_begin(xw *x)
{
	*x = (xw){0};
	pt_xw_decl(x);
}

static void S(xw *x, const char *name)
{
	pt_xw_start(x, name);
}

static void E(xw *x)
{
	pt_xw_finish(x);
}

static void A(xw *x, const char *name, const char *value)
{
	pt_xw_attr(x, name, value);
}

static void Af(xw *x, const char *name, long v)
{
	pt_xw_attrf(x, name, "%ld", v);
}

/* Dossier text, escaped by the writer. */
static void T(xw *x, const char *s)
{
	pt_xw_text(x, s);
}

/* <name attr=value/> */
static void empty(xw *x, const char *name, const char *attr, const char *value)
{
	S(x, name);
	if (attr)
		A(x, attr, value);
	E(x);
}

static part xw_end(xw *x, const char *name)
{
	while (x->depth)
		E(x);
	pt_xw_nl(x);
	part p = {.name = pt_xstrdup(name), .len = pt_xw_len(x)};
	p.data = pt_xw_take(x);
	return p;
}

/* ---- the document's body: the tree walked ------------------------------------- */

typedef struct pic {
	char *rid, *svg_rid;
	char *alt;
	pt_buf png;
	const char *svg;
	long cx, cy;
} pic;

typedef struct body {
	xw x;
	enum pt_lang lang;
	pt_render_pic *pics;	/* the SVGs pt_render_tree made */
	int npics;
	pic placed[4];
	int nplaced;
	int bold, italic;
	int list_depth, item_first;
	int num_id;		/* of the list being written */
	int nordered;		/* ordered lists so far: numbering 2.. */
	int ids;		/* drawing object ids */
} body;

static void blocks(body *b, cmark_node *n);

static void run_props(body *b)
{
	if (!b->bold && !b->italic)
		return;
	S(&b->x, "w:rPr");
	if (b->bold)
		empty(&b->x, "w:b", NULL, NULL);
	if (b->italic)
		empty(&b->x, "w:i", NULL, NULL);
	E(&b->x);
}

static void text_run(body *b, const char *s)
{
	if (!s || !*s)
		return;
	S(&b->x, "w:r");
	run_props(b);
	S(&b->x, "w:t");
	A(&b->x, "xml:space", "preserve");
	T(&b->x, s);
	E(&b->x);
	E(&b->x);
}

/* The text of a node's inlines, flat: an image's alternative text. */
static void flat_text(cmark_node *n, pt_buf *out)
{
	for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
		const char *lit = cmark_node_get_literal(c);
		if (lit)
			pt_buf_puts(out, lit);
		flat_text(c, out);
	}
}

/* The picture that pt_render_tree named url, drawn as a PNG beside its
 * SVG; NULL when it is not ours or cannot be drawn (the caption stays). */
static pic *place_picture(body *b, const char *url, cmark_node *img)
{
	for (int i = 0; i < b->npics && b->nplaced < 4; i++) {
		if (strcmp(b->pics[i].name, url) != 0)
			continue;
		pic *p = &b->placed[b->nplaced];
		int w, h;
		pt_error err;
		memset(p, 0, sizeof *p);
		if (pt_svg_png(b->pics[i].svg, 1, &p->png, &w, &h, &err)) {
			pt_buf_free(&p->png);
			return NULL;
		}
		b->nplaced++;
		p->svg = b->pics[i].svg;
		p->cx = (long)w * 9525L;	/* 96 pixels an inch */
		p->cy = (long)h * 9525L;
		if (p->cx > TEXT_WIDTH_EMU) {
			p->cy = (long)((double)p->cy * TEXT_WIDTH_EMU / p->cx);
			p->cx = TEXT_WIDTH_EMU;
		}
		char rid[32];
		snprintf(rid, sizeof rid, "rIdPic%d", b->nplaced);
		p->rid = pt_xstrdup(rid);
		snprintf(rid, sizeof rid, "rIdSvg%d", b->nplaced);
		p->svg_rid = pt_xstrdup(rid);
		pt_buf alt = PT_BUF_INIT;
		flat_text(img, &alt);
		p->alt = pt_buf_take(&alt);
		return p;
	}
	return NULL;
}

static void drawing(body *b, pic *p)
{
	xw *x = &b->x;
	int id = ++b->ids;
	char name[32];
	snprintf(name, sizeof name, "Picture %d", id);
	S(x, "w:r");
	S(x, "w:drawing");
	S(x, "wp:inline");
	A(x, "distT", "0"), A(x, "distB", "0"), A(x, "distL", "0"), A(x, "distR", "0");
	S(x, "wp:extent"), Af(x, "cx", p->cx), Af(x, "cy", p->cy), E(x);
	S(x, "wp:docPr"), Af(x, "id", id), A(x, "name", name), A(x, "descr", p->alt), E(x);
	S(x, "wp:cNvGraphicFramePr");
	S(x, "a:graphicFrameLocks"), A(x, "xmlns:a", NS_A), A(x, "noChangeAspect", "1"), E(x);
	E(x);
	S(x, "a:graphic"), A(x, "xmlns:a", NS_A);
	S(x, "a:graphicData"), A(x, "uri", NS_PIC);
	S(x, "pic:pic"), A(x, "xmlns:pic", NS_PIC);
	S(x, "pic:nvPicPr");
	S(x, "pic:cNvPr"), A(x, "id", "0"), A(x, "name", name), A(x, "descr", p->alt), E(x);
	empty(x, "pic:cNvPicPr", NULL, NULL);
	E(x);
	S(x, "pic:blipFill");
	S(x, "a:blip"), A(x, "r:embed", p->rid);
	S(x, "a:extLst"), S(x, "a:ext"), A(x, "uri", SVG_EXT);
	S(x, "asvg:svgBlip"), A(x, "xmlns:asvg", NS_ASVG), A(x, "r:embed", p->svg_rid), E(x);
	E(x), E(x);
	E(x);	/* a:blip */
	S(x, "a:stretch"), empty(x, "a:fillRect", NULL, NULL), E(x);
	E(x);	/* pic:blipFill */
	S(x, "pic:spPr");
	S(x, "a:xfrm");
	S(x, "a:off"), A(x, "x", "0"), A(x, "y", "0"), E(x);
	S(x, "a:ext"), Af(x, "cx", p->cx), Af(x, "cy", p->cy), E(x);
	E(x);
	S(x, "a:prstGeom"), A(x, "prst", "rect"), empty(x, "a:avLst", NULL, NULL), E(x);
	E(x);	/* pic:spPr */
	E(x), E(x), E(x);	/* pic:pic, a:graphicData, a:graphic */
	E(x), E(x), E(x);	/* wp:inline, w:drawing, w:r */
}

/* Inlines: text as runs; strong and emphasis as bold and italic; a link
 * as its text alone (no hyperlink from dossier data); an image as the
 * picture it names, or else its text. */
static void inlines(body *b, cmark_node *n)
{
	for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
		cmark_node_type t = cmark_node_get_type(c);
		if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE)
			text_run(b, cmark_node_get_literal(c));
		else if (t == CMARK_NODE_SOFTBREAK)
			text_run(b, " ");
		else if (t == CMARK_NODE_LINEBREAK) {
			S(&b->x, "w:r"), empty(&b->x, "w:br", NULL, NULL), E(&b->x);
		} else if (t == CMARK_NODE_STRONG) {
			int was = b->bold;
			b->bold = 1;
			inlines(b, c);
			b->bold = was;
		} else if (t == CMARK_NODE_EMPH) {
			int was = b->italic;
			b->italic = 1;
			inlines(b, c);
			b->italic = was;
		} else if (t == CMARK_NODE_IMAGE) {
			pic *p = place_picture(b, cmark_node_get_url(c), c);
			if (p)
				drawing(b, p);
			else
				inlines(b, c);
		} else {
			inlines(b, c);
		}
	}
}

static void paragraph(body *b, cmark_node *n, const char *style, const char *jc)
{
	xw *x = &b->x;
	S(x, "w:p");
	int numbered = b->list_depth > 0 && b->item_first;
	if (style || jc || numbered || b->list_depth > 0) {
		S(x, "w:pPr");
		if (style || b->list_depth > 0)
			empty(x, "w:pStyle", "w:val", style ? style : ref.style_id[DS_LIST]);
		if (numbered) {
			char lvl[16], num[16];
			snprintf(lvl, sizeof lvl, "%d", b->list_depth - 1 < 8 ? b->list_depth - 1 : 8);
			snprintf(num, sizeof num, "%d", b->num_id);
			S(x, "w:numPr");
			empty(x, "w:ilvl", "w:val", lvl);
			empty(x, "w:numId", "w:val", num);
			E(x);
		} else if (b->list_depth > 0) {
			char ind[16];
			snprintf(ind, sizeof ind, "%d", 720 * b->list_depth);
			empty(x, "w:ind", "w:left", ind);
		}
		if (jc)
			empty(x, "w:jc", "w:val", jc);
		E(x);
	}
	b->item_first = 0;
	inlines(b, n);
	E(x);
}

static void list(body *b, cmark_node *n)
{
	int was_id = b->num_id;
	b->num_id = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST ? 2 + b->nordered++ : 1;
	b->list_depth++;
	for (cmark_node *item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
		b->item_first = 1;
		blocks(b, item);
	}
	b->list_depth--;
	b->num_id = was_id;
}

static void table_cell(body *b, cmark_node *cell, int header, uint8_t align, long width)
{
	xw *x = &b->x;
	S(x, "w:tc");
	S(x, "w:tcPr"), S(x, "w:tcW"), Af(x, "w:w", width), A(x, "w:type", "dxa"), E(x), E(x);
	int was = b->bold, depth = b->list_depth;
	b->bold = header;
	b->list_depth = 0;
	paragraph(b, cell, NULL, align == 'r' ? "right" : align == 'c' ? "center" : NULL);
	b->bold = was;
	b->list_depth = depth;
	E(x);
}

/* Characters in s (UTF-8), and in its longest word. */
static void measure(const char *s, int *chars, int *word)
{
	int run = 0;
	*chars = *word = 0;
	for (; *s; s++) {
		if ((*s & 0xC0) == 0x80)
			continue;
		++*chars;
		run = *s == ' ' || *s == '-' || *s == '/' ? 0 : run + 1;
		if (run > *word)
			*word = run;
	}
}

/* Column widths after what they hold: each at least its longest word
 * (a word broken over lines reads badly; only one of over 14 characters
 * may break), then what is left of the page shared out after how much
 * more each would like, up to 28 characters a line.  A character is
 * taken as 105 twips: between the 9.5 pt of the table style, which Word
 * follows, and the body text, which LibreOffice keeps in tables.  A
 * cell's margins are 216. */
static void column_widths(cmark_node *t, int cols, long *width)
{
	long least[64] = {0}, want[64] = {0}, sum_least = 0, sum_more = 0;
	for (cmark_node *row = cmark_node_first_child(t); row; row = cmark_node_next(row)) {
		int i = 0;
		for (cmark_node *cell = cmark_node_first_child(row); cell && i < cols; cell = cmark_node_next(cell), i++) {
			pt_buf text = PT_BUF_INIT;
			int chars, word;
			flat_text(cell, &text);
			measure(pt_buf_str(&text), &chars, &word);
			pt_buf_free(&text);
			if (word > 14)	/* a name as long as Ondernemersvereniging breaks */
				word = 14;
			if (word > least[i])
				least[i] = word;
			if ((chars < 28 ? chars : 28) > want[i])
				want[i] = chars < 28 ? chars : 28;
		}
	}
	for (int i = 0; i < cols; i++) {
		least[i] = (least[i] < 2 ? 2 : least[i]) * 105 + 216;
		want[i] = want[i] * 105 + 216;
		if (want[i] < least[i])
			want[i] = least[i];
		sum_least += least[i];
		sum_more += want[i] - least[i];
	}
	long room = TEXT_WIDTH_TW - sum_least;
	for (int i = 0; i < cols; i++) {
		if (room < 0)	/* not even the words fit: each its share */
			width[i] = TEXT_WIDTH_TW * least[i] / sum_least;
		else if (room >= sum_more)	/* all fit: the rest after what they hold */
			width[i] = want[i] + (room - sum_more) * want[i] / (sum_least + sum_more);
		else
			width[i] = least[i] + (sum_more ? room * (want[i] - least[i]) / sum_more : 0);
	}
}

/* A Word table; the header row repeats on every page and no row breaks
 * across two. */
static void table(body *b, cmark_node *t)
{
	xw *x = &b->x;
	int cols = cmark_gfm_extensions_get_table_columns(t);
	uint8_t *al = cmark_gfm_extensions_get_table_alignments(t);
	long width[64];
	if (cols <= 0 || cols > 64)
		return;
	column_widths(t, cols, width);
	S(x, "w:tbl");
	S(x, "w:tblPr");
	empty(x, "w:tblStyle", "w:val", ref.style_id[DS_TABLE]);
	S(x, "w:tblW"), A(x, "w:w", "5000"), A(x, "w:type", "pct"), E(x);
	S(x, "w:tblLook"), A(x, "w:val", "04A0"), A(x, "w:firstRow", "1"), A(x, "w:lastRow", "0"),
		A(x, "w:firstColumn", "0"), A(x, "w:lastColumn", "0"), A(x, "w:noHBand", "0"),
		A(x, "w:noVBand", "1"), E(x);
	E(x);
	S(x, "w:tblGrid");
	for (int i = 0; i < cols; i++)
		S(x, "w:gridCol"), Af(x, "w:w", width[i]), E(x);
	E(x);
	for (cmark_node *row = cmark_node_first_child(t); row; row = cmark_node_next(row)) {
		int header = cmark_gfm_extensions_get_table_row_is_header(row);
		S(x, "w:tr");
		S(x, "w:trPr");
		empty(x, "w:cantSplit", NULL, NULL);
		if (header)
			empty(x, "w:tblHeader", NULL, NULL);
		E(x);
		int i = 0;
		for (cmark_node *cell = cmark_node_first_child(row); cell && i < cols; cell = cmark_node_next(cell), i++)
			table_cell(b, cell, header, al ? al[i] : 0, width[i]);
		for (; i < cols; i++)	/* a short row: Word wants every cell */
			table_cell(b, NULL, 0, 0, width[i]);
		E(x);
	}
	E(x);
	/* a table is no paragraph: one after it keeps the next table apart */
	S(x, "w:p"), E(x);
}

static void blocks(body *b, cmark_node *n)
{
	for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
		cmark_node_type t = cmark_node_get_type(c);
		if (t == CMARK_NODE_HEADING) {
			int lvl = cmark_node_get_heading_level(c);
			paragraph(b, c, ref.style_id[DS_HEADING1 + (lvl < 1 ? 0 : lvl > 6 ? 5 : lvl - 1)], NULL);
		} else if (t == CMARK_NODE_PARAGRAPH) {
			paragraph(b, c, NULL, NULL);
		} else if (t == CMARK_NODE_LIST) {
			list(b, c);
		} else if (t == CMARK_NODE_TABLE) {
			table(b, c);
		} else if (t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_HTML_BLOCK) {
			/* never made by pt_render_tree; text, if ever */
			S(&b->x, "w:p"), text_run(b, cmark_node_get_literal(c)), E(&b->x);
		} else if (t != CMARK_NODE_CUSTOM_BLOCK && t != CMARK_NODE_THEMATIC_BREAK) {
			blocks(b, c);
		}
	}
}

/* The page: the reference's size and margins, pt's header and footer. */
static void section(xw *x)
{
	S(x, "w:sectPr");
	for (int i = 0; i < ref.nhf; i++) {
		char rid[16];
		snprintf(rid, sizeof rid, "rIdHf%d", i + 1);
		S(x, ref.hf[i].footer ? "w:footerReference" : "w:headerReference");
		A(x, "w:type", ref.hf[i].kind);
		A(x, "r:id", rid);
		E(x);
	}
	if (ref.sect) {
		pt_xw_raw(x, ref.sect);	/* the reference's, parsed and dumped */
	} else {
		S(x, "w:pgSz"), A(x, "w:w", "11906"), A(x, "w:h", "16838"), E(x);
		S(x, "w:pgMar"), A(x, "w:top", "1418"), A(x, "w:right", "1418"), A(x, "w:bottom", "1418"),
			A(x, "w:left", "1418"), A(x, "w:header", "709"), A(x, "w:footer", "709"),
			A(x, "w:gutter", "0"), E(x);
	}
	E(x);
}

static part document_part(body *b, cmark_node *root)
{
	xw *x = &b->x;
	xw_begin(x);
	S(x, "w:document");
	A(x, "xmlns:w", DOCX_NS_W);
	A(x, "xmlns:r", DOCX_NS_R);
	A(x, "xmlns:wp", NS_WP);
	S(x, "w:body");
	blocks(b, root);
	section(x);
	E(x);
	E(x);
	return xw_end(x, "word/document.xml");
}

/* ---- the parts around the body ------------------------------------------------- */

/* Bullets for every bulleted list; an ordered list numbers from 1 again,
 * its own w:num over the one decimal abstract numbering. */
static part numbering_part(int nordered)
{
	static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x96\xAA"};
	xw x;
	xw_begin(&x);
	S(&x, "w:numbering"), A(&x, "xmlns:w", DOCX_NS_W);
	for (int a = 0; a < 2; a++) {
		S(&x, "w:abstractNum"), Af(&x, "w:abstractNumId", a);
		empty(&x, "w:multiLevelType", "w:val", "hybridMultilevel");
		for (int l = 0; l < 9; l++) {
			char txt[16];
			snprintf(txt, sizeof txt, "%%%d.", l + 1);
			S(&x, "w:lvl"), Af(&x, "w:ilvl", l);
			empty(&x, "w:start", "w:val", "1");
			empty(&x, "w:numFmt", "w:val", a ? "decimal" : "bullet");
			empty(&x, "w:lvlText", "w:val", a ? txt : bullets[l % 3]);
			empty(&x, "w:lvlJc", "w:val", "left");
			S(&x, "w:pPr"), S(&x, "w:ind"), Af(&x, "w:left", 360L * (l + 1) + 360),
				A(&x, "w:hanging", "360"), E(&x), E(&x);
			E(&x);
		}
		E(&x);
	}
	for (int n = 1; n <= nordered + 1; n++) {
		S(&x, "w:num"), Af(&x, "w:numId", n);
		empty(&x, "w:abstractNumId", "w:val", n == 1 ? "0" : "1");
		if (n > 1) {
			S(&x, "w:lvlOverride"), A(&x, "w:ilvl", "0");
			empty(&x, "w:startOverride", "w:val", "1");
			E(&x);
		}
		E(&x);
	}
	E(&x);
	return xw_end(&x, "word/numbering.xml");
}

static const char *lang_tag(enum pt_lang lang)
{
	return pt_lang_rule(lang, "taalcode");
}

static part settings_part(enum pt_lang lang)
{
	xw x;
	xw_begin(&x);
	S(&x, "w:settings"), A(&x, "xmlns:w", DOCX_NS_W);
	empty(&x, "w:defaultTabStop", "w:val", "708");
	empty(&x, "w:characterSpacingControl", "w:val", "doNotCompress");
	S(&x, "w:compat"), S(&x, "w:compatSetting"), A(&x, "w:name", "compatibilityMode"),
		A(&x, "w:uri", "http://schemas.microsoft.com/office/word"), A(&x, "w:val", "15"), E(&x), E(&x);
	empty(&x, "w:themeFontLang", "w:val", lang_tag(lang));
	E(&x);
	return xw_end(&x, "word/settings.xml");
}

static part copy_part(const char *name, const char *data, size_t len, int stored)
{
	part p = {.name = pt_xstrdup(name), .data = pt_xmalloc(len + 1), .len = len, .stored = stored};
	memcpy(p.data, data, len);
	return p;
}

/* pt's line in a header or footer: the marks, or kenmerk and title with
 * the page number.  Its text is the dossier's, escaped; PAGE is ours. */
static void hf_line(xw *x, const pt_docx_hf *hf, const char *text, int page, enum pt_lang lang)
{
	S(x, "w:p");
	if (!hf->wprefix)
		A(x, "xmlns:w", DOCX_NS_W);
	S(x, "w:pPr"), empty(x, "w:pStyle", "w:val", ref.style_id[hf->footer ? DS_FOOTER : DS_HEADER]);
	if (!hf->footer)
		empty(x, "w:jc", "w:val", "right");
	E(x);
	if (text && *text) {
		S(x, "w:r"), S(x, "w:t"), A(x, "xml:space", "preserve"), T(x, text), E(x), E(x);
	}
	if (page) {
		char lead[64];
		snprintf(lead, sizeof lead, "%s%s ", text && *text ? " \xC2\xB7 " : "", pt_zin("docx.pagina", lang));
		S(x, "w:r"), S(x, "w:t"), A(x, "xml:space", "preserve"), T(x, lead), E(x), E(x);
		S(x, "w:fldSimple"), A(x, "w:instr", " PAGE ");
		S(x, "w:r"), S(x, "w:t"), T(x, "1"), E(x), E(x);
		E(x);
	}
	E(x);
}

static part hf_part(const pt_docx_hf *hf, int i, const char *line, int page, enum pt_lang lang)
{
	char name[40];
	snprintf(name, sizeof name, "word/%s%d.xml", hf->footer ? "footer" : "header", i + 1);
	xw x = {0};
	if (hf->head) {
		/* the reference's part, as it was parsed and dumped, and pt's line */
		pt_xw_raw(&x, hf->head);
		hf_line(&x, hf, line, page, lang);
		pt_xw_raw(&x, hf->tail);
		part p = {.name = pt_xstrdup(name), .len = pt_xw_len(&x)};
		p.data = pt_xw_take(&x);
		return p;
	} else {
		xw_begin(&x);
		S(&x, hf->footer ? "w:ftr" : "w:hdr");
		A(&x, "xmlns:w", DOCX_NS_W), A(&x, "xmlns:r", DOCX_NS_R);
		hf_line(&x, hf, line, page, lang);
		E(&x);
	}
	return xw_end(&x, name);
}

static void rel(xw *x, const char *id, const char *type, const char *target)
{
	S(x, "Relationship"), A(x, "Id", id), A(x, "Type", type), A(x, "Target", target), E(x);
}

static part hf_rels(const pt_docx_hf *hf, int i)
{
	char name[48];
	snprintf(name, sizeof name, "word/_rels/%s%d.xml.rels", hf->footer ? "footer" : "header", i + 1);
	xw x;
	xw_begin(&x);
	S(&x, "Relationships"), A(&x, "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
	for (int m = 0; m < hf->nmedia; m++)
		rel(&x, hf->media[m].rid, DOCX_REL "image", hf->media[m].name);
	E(&x);
	return xw_end(&x, name);
}

static part document_rels(const body *b)
{
	xw x;
	xw_begin(&x);
	S(&x, "Relationships"), A(&x, "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
	rel(&x, "rIdStyles", DOCX_REL "styles", "styles.xml");
	rel(&x, "rIdNumbering", DOCX_REL "numbering", "numbering.xml");
	rel(&x, "rIdSettings", DOCX_REL "settings", "settings.xml");
	if (ref.theme)
		rel(&x, "rIdTheme", DOCX_REL "theme", "theme/theme1.xml");
	for (int i = 0; i < ref.nhf; i++) {
		char id[16], target[32];
		snprintf(id, sizeof id, "rIdHf%d", i + 1);
		snprintf(target, sizeof target, "%s%d.xml", ref.hf[i].footer ? "footer" : "header", i + 1);
		rel(&x, id, ref.hf[i].footer ? DOCX_REL "footer" : DOCX_REL "header", target);
	}
	for (int i = 0; i < b->nplaced; i++) {
		char target[32];
		snprintf(target, sizeof target, "media/pt-%d.png", i + 1);
		rel(&x, b->placed[i].rid, DOCX_REL "image", target);
		snprintf(target, sizeof target, "media/pt-%d.svg", i + 1);
		rel(&x, b->placed[i].svg_rid, DOCX_REL "image", target);
	}
	E(&x);
	return xw_end(&x, "word/_rels/document.xml.rels");
}

static void override(xw *x, const char *part_name, const char *type)
{
	S(x, "Override"), A(x, "PartName", part_name), A(x, "ContentType", type), E(x);
}

#define CT_WML "application/vnd.openxmlformats-officedocument.wordprocessingml."

static part content_types(void)
{
	xw x;
	xw_begin(&x);
	S(&x, "Types"), A(&x, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
	static const char *const defaults[][2] = {
		{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
		{"xml", "application/xml"}, {"png", "image/png"}, {"svg", "image/svg+xml"},
		{"jpeg", "image/jpeg"}, {"jpg", "image/jpeg"}, {"gif", "image/gif"},
		{"emf", "image/x-emf"}, {"wmf", "image/x-wmf"},
	};
	for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
		S(&x, "Default"), A(&x, "Extension", defaults[i][0]), A(&x, "ContentType", defaults[i][1]), E(&x);
	override(&x, "/word/document.xml", CT_WML "document.main+xml");
	override(&x, "/word/styles.xml", CT_WML "styles+xml");
	override(&x, "/word/numbering.xml", CT_WML "numbering+xml");
	override(&x, "/word/settings.xml", CT_WML "settings+xml");
	if (ref.theme)
		override(&x, "/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
	for (int i = 0; i < ref.nhf; i++) {
		char name[32];
		snprintf(name, sizeof name, "/word/%s%d.xml", ref.hf[i].footer ? "footer" : "header", i + 1);
		override(&x, name, ref.hf[i].footer ? CT_WML "footer+xml" : CT_WML "header+xml");
	}
	override(&x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
	override(&x, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
	override(&x, "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
	E(&x);
	return xw_end(&x, "[Content_Types].xml");
}

static part package_rels(void)
{
	xw x;
	xw_begin(&x);
	S(&x, "Relationships"), A(&x, "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
	rel(&x, "rId1", DOCX_REL "officeDocument", "word/document.xml");
	rel(&x, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
	    "docProps/core.xml");
	rel(&x, "rId3", DOCX_REL "extended-properties", "docProps/app.xml");
	rel(&x, "rId4", DOCX_REL "custom-properties", "docProps/custom.xml");
	E(&x);
	return xw_end(&x, "_rels/.rels");
}

/* Title, kenmerk (as subject, and as the custom property Kenmerk that a
 * document management system can map) and language. */
static part core_part(const char *title, const char *kenmerk, enum pt_lang lang)
{
	xw x;
	xw_begin(&x);
	S(&x, "cp:coreProperties");
	A(&x, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
	A(&x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
	A(&x, "xmlns:dcterms", "http://purl.org/dc/terms/");
	if (title)
		S(&x, "dc:title"), T(&x, title), E(&x);
	if (kenmerk)
		S(&x, "dc:subject"), T(&x, kenmerk), E(&x);
	S(&x, "dc:language"), T(&x, lang_tag(lang)), E(&x);
	E(&x);
	return xw_end(&x, "docProps/core.xml");
}

static part app_part(void)
{
	xw x;
	xw_begin(&x);
	S(&x, "Properties");
	A(&x, "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
	S(&x, "Application"), T(&x, "pt-render " PT_VERSION), E(&x);
	E(&x);
	return xw_end(&x, "docProps/app.xml");
}

static part custom_part(const char *kenmerk)
{
	xw x;
	xw_begin(&x);
	S(&x, "Properties");
	A(&x, "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties");
	A(&x, "xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
	if (kenmerk) {
		S(&x, "property"), A(&x, "fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"), A(&x, "pid", "2"),
			A(&x, "name", "Kenmerk");
		S(&x, "vt:lpwstr"), T(&x, kenmerk), E(&x);
		E(&x);
	}
	E(&x);
	return xw_end(&x, "docProps/custom.xml");
}

/* ---- the package ---------------------------------------------------------------- */

/* The parts zipped in the order given, each dated 1 January 1980 (the
 * first DOS date), so that nothing of the moment or the time zone gets
 * into the bytes. */
static void zip_parts(part *parts, int n, pt_buf *out)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
	if (!za)
		pt_out_of_memory();
	zip_source_keep(src);
	for (int i = 0; i < n; i++) {
		zip_source_t *s = zip_source_buffer(za, parts[i].data, parts[i].len, 0);
		zip_int64_t idx = s ? zip_file_add(za, parts[i].name, s, ZIP_FL_ENC_UTF_8) : -1;
		if (idx < 0)
			pt_out_of_memory();
		/* a PNG is deflated already, and a small part gains nothing */
		int store = parts[i].stored || parts[i].len < 1024;
		zip_set_file_compression(za, (zip_uint64_t)idx, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6);
		zip_file_set_dostime(za, (zip_uint64_t)idx, 0, (0 << 9) | (1 << 5) | 1, 0);
	}
	if (zip_close(za) < 0)
		pt_out_of_memory();
	zip_stat_t st;
	if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0)
		pt_out_of_memory();
	pt_buf_grow(out, (size_t)st.size);
	zip_int64_t got = zip_source_read(src, out->s + out->len, st.size);
	if (got < 0)
		pt_out_of_memory();
	out->len += (size_t)got;
	out->s[out->len] = '\0';
	zip_source_close(src);
	zip_source_free(src);
}

static const char *title_of(const json_t *d)
{
	const char *t = rd_str(d, "voorstel.titel");
	return t ? t : rd_str(d, "voorstel.id");
}

void pt_render_docx(const json_t *d, const pt_render_opts *o, pt_buf *out, int *concept)
{
	body b = {.lang = o->lang};
	pt_render_pic pics[4];
	int c = 0;
	cmark_node *root = pt_render_tree(d, o, 1, pics, &b.npics, &c);
	b.pics = pics;
	if (concept)
		*concept = c;

	part parts[64];	/* at most 14 + 2 * 2 * PT_DOCX_MAX_HF + PT_DOCX_MAX_HF * PT_DOCX_MAX_MEDIA */
	int n = 0;
	part docxml = document_part(&b, root);
	cmark_node_free(root);
	parts[n++] = content_types();
	parts[n++] = package_rels();
	parts[n++] = docxml;
	parts[n++] = document_rels(&b);
	size_t slen = strlen(ref.styles);
	parts[n++] = copy_part("word/styles.xml", ref.styles, slen, 0);
	parts[n++] = numbering_part(b.nordered);
	parts[n++] = settings_part(o->lang);
	if (ref.theme)
		parts[n++] = copy_part("word/theme/theme1.xml", ref.theme, strlen(ref.theme), 0);

	/* the header's marks and the footer's kenmerk and title */
	pt_buf mark = PT_BUF_INIT, foot = PT_BUF_INIT;
	const char *id = rd_str(d, "voorstel.id"), *title = title_of(d);
	if (c)
		pt_buf_puts(&mark, pt_zin("concept.merk", o->lang));
	if (o->sections & PT_RS_WERK)
		pt_buf_printf(&mark, "%s%s", mark.len ? " \xC2\xB7 " : "", pt_zin("werk.merk", o->lang));
	if (id)
		pt_buf_puts(&foot, id);
	if (rd_str(d, "voorstel.titel"))
		pt_buf_printf(&foot, "%s%s", foot.len ? " \xC2\xB7 " : "", rd_str(d, "voorstel.titel"));
	char *mark_c = pt_render_clean(pt_buf_str(&mark)), *foot_c = pt_render_clean(pt_buf_str(&foot));
	for (int i = 0; i < ref.nhf; i++) {
		const pt_docx_hf *hf = &ref.hf[i];
		parts[n++] = hf_part(hf, i, hf->footer ? foot_c : mark_c, hf->footer, o->lang);
		if (hf->nmedia)
			parts[n++] = hf_rels(hf, i);
	}
	free(mark_c), free(foot_c);
	pt_buf_free(&mark), pt_buf_free(&foot);
	for (int i = 0; i < ref.nhf; i++)
		for (int m = 0; m < ref.hf[i].nmedia; m++) {
			char name[64];
			snprintf(name, sizeof name, "word/%s", ref.hf[i].media[m].name);
			parts[n++] = copy_part(name, ref.hf[i].media[m].data, ref.hf[i].media[m].len, 1);
		}
	for (int i = 0; i < b.nplaced; i++) {
		char name[40];
		snprintf(name, sizeof name, "word/media/pt-%d.png", i + 1);
		parts[n++] = copy_part(name, b.placed[i].png.s, b.placed[i].png.len, 1);
		snprintf(name, sizeof name, "word/media/pt-%d.svg", i + 1);
		parts[n++] = copy_part(name, b.placed[i].svg, strlen(b.placed[i].svg), 0);
	}
	char *t = title ? pt_render_clean(title) : NULL, *k = id ? pt_render_clean(id) : NULL;
	parts[n++] = core_part(t, k, o->lang);
	parts[n++] = app_part();
	parts[n++] = custom_part(k);
	free(t), free(k);

	zip_parts(parts, n, out);
	for (int i = 0; i < n; i++)
		free(parts[i].name), free(parts[i].data);
	for (int i = 0; i < b.nplaced; i++) {
		free(b.placed[i].rid), free(b.placed[i].svg_rid), free(b.placed[i].alt);
		pt_buf_free(&b.placed[i].png);
	}
	pt_render_pics_free(pics, b.npics);
}
