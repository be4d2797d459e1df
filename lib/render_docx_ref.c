/* The reference document of pt-render -t docx, as pandoc has one: from the
 * municipality's own template (--reference-doc) its styles, its page size
 * and margins, its theme (the fonts its styles name) and its headers and
 * footers with their pictures; else pt's plain one, written here.  A style
 * pt needs and the template lacks is added from pt's own; the styles'
 * language becomes the document's.  Of a header's relationships only its
 * pictures inside the package are kept: nothing external, nothing that
 * runs. */
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>
#include "render_docx.h"

/* The built-in names (w:name, the same in every language of Word) and pt's
 * ids for them. */
static const char *const style_names[DS_COUNT] = {
	"heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6",
	"list paragraph", "table grid", "header", "footer",
};
static const char *const style_ids[DS_COUNT] = {
	"Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6",
	"ListParagraph", "TableGrid", "Header", "Footer",
};

/* ---- pt's plain styles ------------------------------------------------------ */

/* Written by the core's escaping writer (xw.h), nested as Word's parts. */
static void S(pt_xw *w, const char *name)
{
	pt_xw_start(w, name);
}

static void A(pt_xw *w, const char *name, const char *value)
{
	pt_xw_attr(w, name, value);
}

static void E(pt_xw *w)
{
	pt_xw_finish(w);
}

static void V(pt_xw *w, const char *name, const char *value)
{
	S(w, name);
	if (value)
		A(w, "w:val", value);
	E(w);
}

static void style_open(pt_xw *w, const char *type, const char *id, const char *name,
		       const char *based_on)
{
	S(w, "w:style"), A(w, "w:type", type);
	if (strcmp(id, "Normal") == 0 || strcmp(id, "TableNormal") == 0)
		A(w, "w:default", "1");
	A(w, "w:styleId", id);
	V(w, "w:name", name);
	if (based_on)
		V(w, "w:basedOn", based_on);
}

static void heading(pt_xw *w, int level)
{
	static const char *const size[] = {"32", "26", "24", "22", "22", "22"};
	char lvl[4];
	snprintf(lvl, sizeof lvl, "%d", level - 1);
	style_open(w, "paragraph", style_ids[DS_HEADING1 + level - 1], style_names[DS_HEADING1 + level - 1], "Normal");
	V(w, "w:next", "Normal");
	V(w, "w:uiPriority", "9");
	V(w, "w:qFormat", NULL);
	S(w, "w:pPr");
	V(w, "w:keepNext", NULL), V(w, "w:keepLines", NULL);
	S(w, "w:spacing"), A(w, "w:before", level == 1 ? "360" : "240"), A(w, "w:after", "80"), E(w);
	V(w, "w:outlineLvl", lvl);
	E(w);
	S(w, "w:rPr");
	V(w, "w:b", NULL);
	if (level > 3)
		V(w, "w:i", NULL);
	S(w, "w:color"), A(w, "w:val", "1F3864"), E(w);
	V(w, "w:sz", size[level - 1]), V(w, "w:szCs", size[level - 1]);
	E(w);
	E(w);
}

static void border(pt_xw *w, const char *side)
{
	S(w, side), A(w, "w:val", "single"), A(w, "w:sz", "4"), A(w, "w:space", "0"),
		A(w, "w:color", "808080"), E(w);
}

char *pt_docx_default_styles(enum pt_lang lang, size_t *len)
{
	pt_xw x = {0}, *w = &x;
	pt_xw_decl(w);
	S(w, "w:styles"), A(w, "xmlns:w", DOCX_NS_W);
	S(w, "w:docDefaults");
	S(w, "w:rPrDefault"), S(w, "w:rPr");
	S(w, "w:rFonts"), A(w, "w:ascii", "Calibri"), A(w, "w:hAnsi", "Calibri"), A(w, "w:eastAsia", "Calibri"),
		A(w, "w:cs", "Calibri"), E(w);
	V(w, "w:sz", "22"), V(w, "w:szCs", "22");
	S(w, "w:lang"), A(w, "w:val", pt_lang_rule(lang, "taalcode")), A(w, "w:eastAsia", "en-US"),
		A(w, "w:bidi", "ar-SA"), E(w);
	E(w), E(w);
	S(w, "w:pPrDefault"), S(w, "w:pPr");
	S(w, "w:spacing"), A(w, "w:after", "120"), A(w, "w:line", "264"), A(w, "w:lineRule", "auto"), E(w);
	E(w), E(w);
	E(w);	/* docDefaults */
	style_open(w, "paragraph", "Normal", "Normal", NULL);
	V(w, "w:qFormat", NULL);
	E(w);
	for (int l = 1; l <= 6; l++)
		heading(w, l);
	style_open(w, "paragraph", style_ids[DS_LIST], style_names[DS_LIST], "Normal");
	V(w, "w:uiPriority", "34"), V(w, "w:qFormat", NULL);
	S(w, "w:pPr"), V(w, "w:contextualSpacing", NULL), S(w, "w:ind"), A(w, "w:left", "720"), E(w), E(w);
	E(w);
	style_open(w, "paragraph", style_ids[DS_HEADER], style_names[DS_HEADER], "Normal");
	S(w, "w:pPr"), S(w, "w:spacing"), A(w, "w:after", "0"), E(w), E(w);
	S(w, "w:rPr"), V(w, "w:sz", "18"), V(w, "w:szCs", "18"), E(w);
	E(w);
	style_open(w, "paragraph", style_ids[DS_FOOTER], style_names[DS_FOOTER], "Normal");
	S(w, "w:pPr"), S(w, "w:spacing"), A(w, "w:after", "0"), E(w), E(w);
	S(w, "w:rPr"), V(w, "w:sz", "18"), V(w, "w:szCs", "18"), E(w);
	E(w);
	style_open(w, "table", "TableNormal", "Normal Table", NULL);
	V(w, "w:uiPriority", "99"), V(w, "w:semiHidden", NULL);
	S(w, "w:tblPr"), S(w, "w:tblInd"), A(w, "w:w", "0"), A(w, "w:type", "dxa"), E(w);
	S(w, "w:tblCellMar");
	static const char *const sides[] = {"w:top", "w:left", "w:bottom", "w:right"};
	for (int i = 0; i < 4; i++)
		S(w, sides[i]), A(w, "w:w", i % 2 ? "108" : "0"), A(w, "w:type", "dxa"), E(w);
	E(w), E(w);
	E(w);
	style_open(w, "table", style_ids[DS_TABLE], style_names[DS_TABLE], "TableNormal");
	V(w, "w:uiPriority", "39");
	S(w, "w:pPr"), S(w, "w:spacing"), A(w, "w:after", "0"), E(w), E(w);
	S(w, "w:rPr"), V(w, "w:sz", "19"), V(w, "w:szCs", "19"), E(w);	/* 9.5 pt: eight columns on A4 */
	S(w, "w:tblPr"), S(w, "w:tblBorders");
	static const char *const edges[] = {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"};
	for (int i = 0; i < 6; i++)
		border(w, edges[i]);
	E(w), E(w);
	E(w);
	E(w);	/* styles */
	pt_xw_nl(w);
	*len = pt_xw_len(w);
	return pt_xw_take(w);
}

/* ---- reading the template ------------------------------------------------------ */

typedef struct tpl {
	zip_t *za;
	const char *path;
	pt_error *err;
} tpl;

static int bad(tpl *t, const char *what)
{
	return pt_fail(t->err, PT_EXIT_DATA, (pt_loc){t->path, 0},
		       pt_tr("not a usable reference document (%s); save the template as .docx in Word and give that"),
		       what);
}

/* A part's bytes (NUL-terminated), or NULL when it is not there.  At
 * most 16 MB: a template is no archive. */
static char *read_part(tpl *t, const char *name, size_t *len)
{
	zip_stat_t st;
	if (zip_stat(t->za, name, 0, &st) < 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > (16u << 20))
		return NULL;
	zip_file_t *f = zip_fopen(t->za, name, 0);
	if (!f)
		return NULL;
	char *s = pt_xmalloc((size_t)st.size + 1);
	zip_int64_t n = zip_fread(f, s, st.size);
	zip_fclose(f);
	if (n < 0 || (zip_uint64_t)n != st.size) {
		free(s);
		return NULL;
	}
	s[n] = '\0';
	if (len)
		*len = (size_t)n;
	return s;
}

static xmlDocPtr read_xml(tpl *t, const char *name)
{
	size_t len;
	char *s = read_part(t, name, &len);
	if (!s)
		return NULL;
	xmlDocPtr d = xmlReadMemory(s, (int)len, name, NULL, XML_PARSE_NONET | XML_PARSE_NOENT * 0 | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	free(s);
	return d;
}

static int is_w(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST DOCX_NS_W) &&
	       xmlStrEqual(n->name, BAD_CAST name);
}

static xmlNodePtr w_child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (is_w(c, name))
			return c;
	return NULL;
}

static char *w_attr(xmlNodePtr n, const char *name)
{
	return (char *)xmlGetNsProp(n, BAD_CAST name, BAD_CAST DOCX_NS_W);
}

static char *dump_node(xmlDocPtr d, xmlNodePtr n, pt_buf *out)
{
	xmlBufferPtr b = xmlBufferCreate();
	xmlNodeDump(b, d, n, 0, 0);
	pt_buf_put(out, xmlBufferContent(b), (size_t)xmlBufferLength(b));
	xmlBufferFree(b);
	return NULL;
}

/* Styles: the template's, with pt's for what it lacks, in the document's
 * language. */
static int load_styles(tpl *t, pt_docx_ref *ref, enum pt_lang lang)
{
	xmlDocPtr d = read_xml(t, "word/styles.xml");
	xmlNodePtr root = d ? xmlDocGetRootElement(d) : NULL;
	if (!is_w(root, "styles")) {
		xmlFreeDoc(d);
		return bad(t, "word/styles.xml");
	}
	size_t len;
	char *mine_s = pt_docx_default_styles(lang, &len);
	xmlDocPtr mine = xmlReadMemory(mine_s, (int)len, "styles.xml", NULL, 0);
	free(mine_s);
	for (int k = 0; k < DS_COUNT; k++) {
		for (xmlNodePtr s = root->children; s && !ref->style_id[k]; s = s->next) {
			if (!is_w(s, "style"))
				continue;
			char *name = w_attr(w_child(s, "name"), "val"), *id = w_attr(s, "styleId");
			if (name && id && xmlStrcasecmp(BAD_CAST name, BAD_CAST style_names[k]) == 0)
				ref->style_id[k] = pt_xstrdup(id);
			xmlFree(name), xmlFree(id);
		}
		if (ref->style_id[k])
			continue;
		/* pt's own, and whatever it is based on that the template lacks
		 * (Normal and Normal Table are in every Word template) */
		for (xmlNodePtr s = xmlDocGetRootElement(mine)->children; s; s = s->next) {
			char *id = is_w(s, "style") ? w_attr(s, "styleId") : NULL;
			if (id && strcmp(id, style_ids[k]) == 0)
				xmlAddChild(root, xmlDocCopyNode(s, d, 1));
			xmlFree(id);
		}
		ref->style_id[k] = pt_xstrdup(style_ids[k]);
	}
	xmlFreeDoc(mine);
	/* A style's numbering (a template's numbered headings) names lists of
	 * the template's numbering part, which pt does not take: in pt's the
	 * same number is another list. */
	for (xmlNodePtr st = root->children; st; st = st->next) {
		xmlNodePtr num = is_w(st, "style") ? w_child(w_child(st, "pPr"), "numPr") : NULL;
		if (num) {
			xmlUnlinkNode(num);
			xmlFreeNode(num);
		}
	}
	/* the spelling checker's language: docDefaults/rPrDefault/rPr/lang */
	xmlNsPtr ns = xmlSearchNsByHref(d, root, BAD_CAST DOCX_NS_W);
	xmlNodePtr dd = w_child(root, "docDefaults");
	if (!dd)
		dd = root->children ? xmlAddPrevSibling(root->children, xmlNewDocNode(d, ns, BAD_CAST "docDefaults", NULL))
				    : xmlNewChild(root, ns, BAD_CAST "docDefaults", NULL);
	xmlNodePtr rd = w_child(dd, "rPrDefault");
	if (!rd)
		rd = dd->children ? xmlAddPrevSibling(dd->children, xmlNewDocNode(d, ns, BAD_CAST "rPrDefault", NULL))
				  : xmlNewChild(dd, ns, BAD_CAST "rPrDefault", NULL);
	xmlNodePtr rpr = w_child(rd, "rPr");
	if (!rpr)
		rpr = xmlNewChild(rd, ns, BAD_CAST "rPr", NULL);
	xmlNodePtr lg = w_child(rpr, "lang");
	if (!lg)
		lg = xmlNewChild(rpr, ns, BAD_CAST "lang", NULL);
	xmlSetNsProp(lg, ns, BAD_CAST "val", BAD_CAST pt_lang_rule(lang, "taalcode"));
	xmlChar *out;
	int n;
	xmlDocDumpMemoryEnc(d, &out, &n, "UTF-8");
	ref->styles = pt_xstrdup((char *)out);
	xmlFree(out);
	xmlFreeDoc(d);
	return 0;
}

/* The relationships of a part: Id to Target, internal ones only. */
static char *rel_target(tpl *t, const char *rels, const char *id, const char *type_end)
{
	xmlDocPtr d = read_xml(t, rels);
	char *found = NULL;
	for (xmlNodePtr r = d ? xmlDocGetRootElement(d)->children : NULL; r && !found; r = r->next) {
		if (r->type != XML_ELEMENT_NODE)
			continue;
		char *rid = (char *)xmlGetProp(r, BAD_CAST "Id"), *type = (char *)xmlGetProp(r, BAD_CAST "Type"),
		     *target = (char *)xmlGetProp(r, BAD_CAST "Target"), *mode = (char *)xmlGetProp(r, BAD_CAST "TargetMode");
		size_t tl = type ? strlen(type) : 0, el = strlen(type_end);
		if (rid && target && type && !mode && (!id || strcmp(rid, id) == 0) && tl >= el &&
		    strcmp(type + tl - el, type_end) == 0 && !strstr(target, "..") && target[0] != '/')
			found = pt_xstrdup(id ? target : rid);
		xmlFree(rid), xmlFree(type), xmlFree(target), xmlFree(mode);
	}
	xmlFreeDoc(d);
	return found;
}

static const char *image_type(const char *name)
{
	static const char *const types[][2] = {
		{".png", "image/png"}, {".jpeg", "image/jpeg"}, {".jpg", "image/jpeg"},
		{".gif", "image/gif"}, {".emf", "image/x-emf"}, {".wmf", "image/x-wmf"},
	};
	const char *dot = strrchr(name, '.');
	for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
		if (strcasecmp(dot, types[i][0]) == 0)
			return types[i][1];
	return NULL;
}

/* A header's or footer's pictures: its image relationships inside the
 * package, each renamed media/ref-N.ext. */
static void load_media(tpl *t, pt_docx_hf *hf, const char *target, int *nmedia_total)
{
	char rels[300];
	snprintf(rels, sizeof rels, "word/_rels/%s.rels", target);
	xmlDocPtr d = read_xml(t, rels);
	hf->media = pt_xcalloc(PT_DOCX_MAX_MEDIA, sizeof *hf->media);
	for (xmlNodePtr r = d ? xmlDocGetRootElement(d)->children : NULL; r && hf->nmedia < PT_DOCX_MAX_MEDIA; r = r->next) {
		if (r->type != XML_ELEMENT_NODE)
			continue;
		char *rid = (char *)xmlGetProp(r, BAD_CAST "Id"), *type = (char *)xmlGetProp(r, BAD_CAST "Type"),
		     *tg = (char *)xmlGetProp(r, BAD_CAST "Target"), *mode = (char *)xmlGetProp(r, BAD_CAST "TargetMode");
		const char *ct = tg ? image_type(tg) : NULL;
		if (rid && type && tg && ct && !mode && strstr(type, "/image") && !strstr(tg, "..") && tg[0] != '/') {
			char part[300];
			size_t len;
			snprintf(part, sizeof part, "word/%s", tg);
			char *data = read_part(t, part, &len);
			if (data) {
				pt_docx_media *m = &hf->media[hf->nmedia++];
				char name[64];
				snprintf(name, sizeof name, "media/ref-%d%s", ++*nmedia_total, strrchr(tg, '.'));
				m->rid = pt_xstrdup(rid);
				m->name = pt_xstrdup(name);
				m->type = pt_xstrdup(ct);
				m->data = data;
				m->len = len;
			}
		}
		xmlFree(rid), xmlFree(type), xmlFree(tg), xmlFree(mode);
	}
	xmlFreeDoc(d);
}

static int load_hf(tpl *t, pt_docx_ref *ref, xmlNodePtr refnode, int footer, int *nmedia)
{
	char *kind = w_attr(refnode, "type");
	char *rid = (char *)xmlGetNsProp(refnode, BAD_CAST "id", BAD_CAST DOCX_NS_R);
	char *target = rid ? rel_target(t, "word/_rels/document.xml.rels", rid, footer ? "/footer" : "/header") : NULL;
	int rc = 0;
	char part[300];
	snprintf(part, sizeof part, "word/%s", target ? target : "");
	xmlDocPtr d = target ? read_xml(t, part) : NULL;
	xmlNodePtr root = d ? xmlDocGetRootElement(d) : NULL;
	if (!is_w(root, footer ? "ftr" : "hdr")) {
		rc = bad(t, footer ? "a footer" : "a header");
	} else if (ref->nhf < PT_DOCX_MAX_HF) {
		pt_docx_hf *hf = &ref->hf[ref->nhf++];
		hf->footer = footer;
		snprintf(hf->kind, sizeof hf->kind, "%s",
			 kind && (!strcmp(kind, "first") || !strcmp(kind, "even")) ? kind : "default");
		hf->wprefix = root->ns->prefix && xmlStrEqual(root->ns->prefix, BAD_CAST "w");
		xmlChar *out;
		int n;
		xmlDocDumpMemoryEnc(d, &out, &n, "UTF-8");
		char *end = NULL;
		for (char *p = strstr((char *)out, "</"); p; p = strstr(p + 2, "</"))
			end = p;
		hf->head = pt_xstrdup((char *)out);
		hf->head[end - (char *)out] = '\0';
		hf->tail = pt_xstrdup(end);
		xmlFree(out);
		load_media(t, hf, target, nmedia);
	}
	xmlFreeDoc(d);
	xmlFree(kind), xmlFree(rid);
	free(target);
	return rc;
}

/* A length in twips, when the attribute is one. */
static void twips(xmlNodePtr n, const char *attr, long *out)
{
	char *v = w_attr(n, attr), *end;
	long t = v ? strtol(v, &end, 10) : -1;
	if (v && end != v && !*end && t >= 0 && t < 100000)
		*out = t;
	xmlFree(v);
}

/* The last section's page settings and its headers and footers. */
static int load_section(tpl *t, pt_docx_ref *ref)
{
	static const char *const keep[] = {"pgSz", "pgMar", "cols", "docGrid", "titlePg", "textDirection", NULL};
	xmlDocPtr d = read_xml(t, "word/document.xml");
	xmlNodePtr body = d ? w_child(xmlDocGetRootElement(d), "body") : NULL;
	if (!body) {
		xmlFreeDoc(d);
		return bad(t, "word/document.xml");
	}
	xmlNodePtr sect = w_child(body, "sectPr");
	pt_buf b = PT_BUF_INIT;
	int rc = 0, nmedia = 0;
	ref->hf = pt_xcalloc(PT_DOCX_MAX_HF, sizeof *ref->hf);
	long page = 11906, left = 1418, right = 1418;
	for (xmlNodePtr c = sect ? sect->children : NULL; c && !rc; c = c->next) {
		if (is_w(c, "pgSz"))
			twips(c, "w", &page);
		if (is_w(c, "pgMar"))
			twips(c, "left", &left), twips(c, "right", &right);
		if (is_w(c, "headerReference") || is_w(c, "footerReference"))
			rc = load_hf(t, ref, c, is_w(c, "footerReference"), &nmedia);
		for (int k = 0; keep[k]; k++)
			if (is_w(c, keep[k]))
				dump_node(d, c, &b);
	}
	if (b.len)
		ref->sect = pt_buf_take(&b);
	if (page - left - right >= 1440)	/* an inch at least, or pt's */
		ref->text_width = page - left - right;
	pt_buf_free(&b);
	xmlFreeDoc(d);
	return rc;
}

/* Each kind of header and footer pt writes its line in: the template's,
 * and a plain default of each that it lacks. */
static void plain_hf(pt_docx_ref *ref)
{
	if (!ref->hf)
		ref->hf = pt_xcalloc(PT_DOCX_MAX_HF, sizeof *ref->hf);
	for (int footer = 0; footer < 2; footer++) {
		int have = 0;
		for (int i = 0; i < ref->nhf; i++)
			have |= ref->hf[i].footer == footer && strcmp(ref->hf[i].kind, "default") == 0;
		if (!have && ref->nhf < PT_DOCX_MAX_HF) {
			pt_docx_hf *hf = &ref->hf[ref->nhf++];
			hf->footer = footer;
			strcpy(hf->kind, "default");
			hf->wprefix = 1;
		}
	}
}

int pt_docx_ref_load(pt_docx_ref *ref, const char *path, enum pt_lang lang, pt_error *err)
{
	memset(ref, 0, sizeof *ref);
	ref->text_width = 11906 - 2 * 1418;	/* A4, 2.5 cm margins */
	if (!path) {
		size_t len;
		ref->styles = pt_docx_default_styles(lang, &len);
		for (int k = 0; k < DS_COUNT; k++)
			ref->style_id[k] = pt_xstrdup(style_ids[k]);
		plain_hf(ref);
		return 0;
	}
	int zerr = 0;
	tpl t = {.za = zip_open(path, ZIP_RDONLY, &zerr), .path = path, .err = err};
	if (!t.za) {
		if (zerr == ZIP_ER_OPEN || zerr == ZIP_ER_READ || zerr == ZIP_ER_NOENT)
			return pt_fail(err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot read: %s"),
				       zerr == ZIP_ER_NOENT ? "no such file" : "read error");
		return bad(&t, "not a zip file");
	}
	int rc = load_styles(&t, ref, lang);
	if (!rc)
		rc = load_section(&t, ref);
	if (!rc) {
		xmlDocPtr th = read_xml(&t, "word/theme/theme1.xml");
		if (th) {
			xmlChar *out;
			int n;
			xmlDocDumpMemoryEnc(th, &out, &n, "UTF-8");
			ref->theme = pt_xstrdup((char *)out);
			xmlFree(out);
			xmlFreeDoc(th);
		}
		plain_hf(ref);
	}
	zip_discard(t.za);
	if (rc)
		pt_docx_ref_free(ref);
	return rc;
}

void pt_docx_ref_free(pt_docx_ref *ref)
{
	free(ref->styles);
	free(ref->sect);
	free(ref->theme);
	for (int k = 0; k < DS_COUNT; k++)
		free((char *)ref->style_id[k]);
	for (int i = 0; i < ref->nhf; i++) {
		pt_docx_hf *hf = &ref->hf[i];
		free(hf->head), free(hf->tail);
		for (int m = 0; m < hf->nmedia; m++)
			free(hf->media[m].rid), free(hf->media[m].name), free(hf->media[m].type), free(hf->media[m].data);
		free(hf->media);
	}
	free(ref->hf);
	memset(ref, 0, sizeof *ref);
}
