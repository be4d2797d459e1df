/* pt-render: a dossier as a council document.  The document is a cmark
 * node tree; dossier text only ever becomes a text node (cleaned of line
 * breaks and control characters), so cmark escapes it for Markdown and
 * HTML alike.  Pictures are SVG from the escaping writer, carried in the
 * tree as custom blocks (HTML only); Markdown links SVG files instead, or
 * gives the same facts as a table. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include "render.h"

/* Exported by libcmark-gfm-extensions, declared in no installed header. */
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;

/* style="text-align: right", not the align attribute HTML5 dropped. */
#define HTML_OPTS (CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES)

static cmark_syntax_extension *table_ext;
static cmark_llist *html_exts;

static void cmark_setup(void)
{
	if (table_ext)
		return;
	cmark_gfm_core_extensions_ensure_registered();
	table_ext = cmark_find_syntax_extension("table");
	if (!table_ext)
		pt_die(PT_EXIT_IO, "cmark-gfm has no table extension");
	html_exts = cmark_llist_append(cmark_get_default_mem_allocator(), NULL, table_ext);
}

typedef struct doc {
	cmark_node *root;
	const json_t *d;
	const pt_render_opts *o;
	int lang;
	int pics_beside;	/* Markdown in a directory: pictures as files */
	pt_render_pic *pics;
	int *npics;
	const char *id;
} doc;

#define L(key) pt_rl(key, r->lang)

/* ---- building the tree ------------------------------------------------- */

static cmark_node *child(cmark_node *parent, cmark_node_type t)
{
	cmark_node *n = cmark_node_new(t);
	cmark_node_append_child(parent, n);
	return n;
}

static void add_text(cmark_node *parent, const char *s)
{
	char *clean = pt_render_clean(s);
	cmark_node *t = child(parent, CMARK_NODE_TEXT);
	cmark_node_set_literal(t, clean);
	free(clean);
}

/* Formatted text: the format is one of ours, the arguments dossier text;
 * the result still goes into a text node. */
static void add_textf(cmark_node *parent, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void add_textf(cmark_node *parent, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *buf = pt_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(buf, (size_t)n + 1, fmt, ap);
	va_end(ap);
	add_text(parent, buf);
	free(buf);
}

static void add_strong(cmark_node *parent, const char *s)
{
	add_text(child(parent, CMARK_NODE_STRONG), s);
}

static void heading(cmark_node *root, int level, const char *s)
{
	cmark_node *h = child(root, CMARK_NODE_HEADING);
	cmark_node_set_heading_level(h, level);
	add_text(h, s);
}

static cmark_node *para(cmark_node *root)
{
	return child(root, CMARK_NODE_PARAGRAPH);
}

static void para_text(cmark_node *root, const char *s)
{
	add_text(para(root), s);
}

static cmark_node *bullets(cmark_node *root)
{
	cmark_node *l = child(root, CMARK_NODE_LIST);
	cmark_node_set_list_type(l, CMARK_BULLET_LIST);
	cmark_node_set_list_tight(l, 1);
	return l;
}

/* A list item's paragraph, to put inlines in. */
static cmark_node *item(cmark_node *list)
{
	return para(child(list, CMARK_NODE_ITEM));
}

/* "**label:** value" */
static void labelled(cmark_node *p, const char *label, const char *value)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s:", label);
	add_strong(p, buf);
	add_text(p, " ");
	add_text(p, value);
}

/* An omission stays visible: "**Open punt:** what is missing". */
static void open_point_in(doc *r, cmark_node *p, const char *what)
{
	labelled(p, L(RL_OPEN_PUNT), what);
}

static void open_point(doc *r, cmark_node *root, const char *what)
{
	open_point_in(r, para(root), what);
}

static void open_missing(doc *r, cmark_node *p, const char *label)
{
	char buf[512];
	snprintf(buf, sizeof buf, L(RL_FMT_ONTBREEKT), label);
	open_point_in(r, p, buf);
}

/* A labelled fact as a list item; an absent value becomes an open point. */
static void fact(doc *r, cmark_node *list, const char *label, const char *value)
{
	if (value && *value)
		labelled(item(list), label, value);
	else
		open_missing(r, item(list), label);
}

/* ---- tables ------------------------------------------------------------ */

/* A table cell.  cmark_node_new_with_ext would give it a block of
 * extension data that the table extension never frees (cmark-gfm
 * 0.29.0.gfm.6 frees it for tables and rows only), and that newer versions
 * misread as the cell's index (github/cmark-gfm#360).  A cell needs no such
 * data: a plain node marked as the table extension's renders the same. */
static cmark_node *new_cell(void)
{
	cmark_node *c = cmark_node_new(CMARK_NODE_TABLE_CELL);
	cmark_node_set_syntax_extension(c, table_ext);
	return c;
}

/* aligns: one of 'l', 'r', 'c' per column. */
static cmark_node *table(cmark_node *root, const char *aligns, const char *const *head)
{
	int n = (int)strlen(aligns);
	cmark_node *t = cmark_node_new_with_ext(CMARK_NODE_TABLE, table_ext);
	cmark_node_append_child(root, t);
	cmark_gfm_extensions_set_table_columns(t, (uint16_t)n);
	/* Left is the default: no marker, so the pipe table stays plain. */
	uint8_t al[32] = {0};
	for (int i = 0; i < n && i < 32; i++)
		al[i] = aligns[i] == 'l' ? 0 : (uint8_t)aligns[i];
	cmark_gfm_extensions_set_table_alignments(t, (uint16_t)n, al);
	cmark_node *row = cmark_node_new_with_ext(CMARK_NODE_TABLE_ROW, table_ext);
	cmark_node_append_child(t, row);
	cmark_gfm_extensions_set_table_row_is_header(row, 1);
	for (int i = 0; i < n; i++) {
		cmark_node *c = new_cell();
		cmark_node_append_child(row, c);
		add_text(c, head[i]);
	}
	return t;
}

static cmark_node *row(cmark_node *t)
{
	cmark_node *r = cmark_node_new_with_ext(CMARK_NODE_TABLE_ROW, table_ext);
	cmark_node_append_child(t, r);
	return r;
}

static cmark_node *cell(cmark_node *row_, const char *s)
{
	cmark_node *c = new_cell();
	cmark_node_append_child(row_, c);
	if (s)
		add_text(c, s);
	return c;
}

/* ---- values ------------------------------------------------------------ */

static const char *str(const json_t *o, const char *path)
{
	const char *s = pt_get_str(o, path);
	return s && *s ? s : NULL;
}

static const char *label_of(doc *r, const pt_vocab *v, const char *code)
{
	return code ? pt_vocab_label(v, code, r->lang) : NULL;
}

/* true 1, false 0, absent or not a boolean -1 */
static int boolean(const json_t *o, const char *path)
{
	json_t *v = pt_get(o, path);
	return json_is_boolean(v) ? json_is_true(v) : -1;
}

static const char *yes_no(doc *r, int b)
{
	return b < 0 ? NULL : L(b ? RL_JA : RL_NEE);
}

static int number(const json_t *o, const char *path, double *out)
{
	json_t *v = pt_get(o, path);
	if (!json_is_number(v))
		return 0;
	*out = json_number_value(v);
	return isfinite(*out);
}

/* v in units of 1/scale, held within the amount limit (past it a
 * long long would overflow; no real figure comes near). */
static long long units_of(double v, int scale)
{
	double max = PT_AMOUNT_MAX - 1;
	if (!isfinite(v))
		return 0;
	return llround(fmax(-max, fmin(max, v)) * scale);
}

/* Whole numbers with thousands separators, one decimal otherwise:
 * nl 12.500 and 7,5; en 12,500 and 7.5. */
static const char *fmt_num(doc *r, double v, char *buf, size_t n)
{
	return pt_fmt_fixed(buf, n, units_of(v, 10), 10, r->lang);
}

/* Whole euros as a whole number; an amount with cents shows both digits of
 * them, as money is written: € 3.500,50, never € 3.500,5. */
static const char *fmt_euro(doc *r, double v, char *buf, size_t n)
{
	char num[64];
	long long cents = units_of(v, 100);
	pt_fmt_fixed(num, sizeof num, cents < 0 ? -cents : cents, 100, r->lang);
	snprintf(buf, n, r->lang ? "%s\xE2\x82\xAC%s" : "%s\xE2\x82\xAC %s", cents < 0 ? "-" : "", num);
	return buf;
}

/* "15 juni 2027"; the text itself when it is not a date. */
static const char *fmt_date(doc *r, const char *s, char *buf, size_t n)
{
	if (!s || pt_date_days(s) < 0)
		return s;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	snprintf(buf, n, "%d %s %d", d, pt_rl((enum pt_rl)(RL_MAAND_1 + m - 1), r->lang), y);
	return buf;
}

/* The step of either ladder, as a label; NULL when absent. */
static const char *trede_label(doc *r, const char *code)
{
	if (!code)
		return NULL;
	if (pt_vocab_index(&pt_v_burgertrede, code) >= 0)
		return pt_vocab_label(&pt_v_burgertrede, code, r->lang);
	return pt_vocab_label(&pt_v_overheidstrede, code, r->lang);
}

/* Join a JSON array of strings (or objects' key) with sep, labelled by
 * vocab v when given.  Caller frees; NULL when empty. */
static char *join(doc *r, const json_t *arr, const char *key, const pt_vocab *v, const char *sep)
{
	pt_xw w = {0};
	size_t i;
	json_t *e;
	int first = 1;
	json_array_foreach(arr, i, e) {
		const char *s = key ? json_string_value(json_object_get(e, key)) : json_string_value(e);
		if (!s || !*s)
			continue;
		/* pt_xw only as a growing buffer of plain text: escaping is for
		 * the HTML writer, this text goes to cmark; so copy by hand. */
		char *part = v ? pt_xstrdup(label_of(r, v, s)) : pt_xstrdup(s);
		size_t need = strlen(part) + strlen(sep) + 1;
		if (w.len + need + 1 > w.cap) {
			w.cap = (w.len + need + 1) * 2;
			w.p = pt_xrealloc(w.p, w.cap);
		}
		w.len += (size_t)snprintf(w.p + w.len, w.cap - w.len, "%s%s", first ? "" : sep, part);
		first = 0;
		free(part);
	}
	return w.p;
}

static void list_of_texts(doc *r, cmark_node *root, const json_t *arr)
{
	size_t i;
	json_t *e;
	cmark_node *l = NULL;
	json_array_foreach(arr, i, e) {
		const char *s = json_string_value(e);
		if (!s || !*s)
			continue;
		if (!l)
			l = bullets(root);
		add_text(item(l), s);
	}
}

static int has_texts(const json_t *arr)
{
	size_t i;
	json_t *e;
	json_array_foreach(arr, i, e)
		if (json_string_value(e) && *json_string_value(e))
			return 1;
	return 0;
}

/* ---- pictures ---------------------------------------------------------- */

/* HTML: the SVG inline.  Markdown in a directory: a file beside the
 * document and an image linking it.  Otherwise nothing here (the caller
 * gives the facts as a table).  Returns whether a picture was placed. */
static int picture(doc *r, cmark_node *root, char *svg, const char *suffix, const char *alt)
{
	if (!svg)
		return 0;
	if (r->o->format == PT_RENDER_HTML) {
		cmark_node *b = child(root, CMARK_NODE_CUSTOM_BLOCK);
		cmark_node_set_on_enter(b, svg);
		free(svg);
		return 1;
	}
	if (!r->pics_beside || !r->id || !r->pics) {
		free(svg);
		return 0;
	}
	char name[160];
	snprintf(name, sizeof name, "%s-%s.svg", r->id, suffix);
	r->pics[*r->npics].name = pt_xstrdup(name);
	r->pics[*r->npics].svg = svg;
	(*r->npics)++;
	cmark_node *img = child(para(root), CMARK_NODE_IMAGE);
	cmark_node_set_url(img, name);
	add_text(img, alt);
	return 1;
}

/* ---- the title block ----------------------------------------------------- */

static void title_block(doc *r)
{
	const json_t *v = pt_get(r->d, "voorstel");
	const char *titel = str(v, "titel");
	char date[64];
	heading(r->root, 1, titel ? titel : r->id ? r->id : L(RL_ZONDER_TITEL));
	cmark_node *p = para(r->root);
	int n = 0;
	const char *facts[][2] = {
		{L(RL_KENMERK), r->id},
		{L(RL_SOORT), label_of(r, &pt_v_soort, str(v, "soort"))},
		{L(RL_AFDELING), str(v, "afdeling")},
		{L(RL_PORTEFEUILLEHOUDER), str(v, "portefeuillehouder")},
		{L(RL_BESLUIT_DOOR), label_of(r, &pt_v_besluitdoor, str(v, "besluitDoor"))},
		{L(RL_DATUM_BESLUIT), fmt_date(r, str(v, "datumBesluit"), date, sizeof date)},
	};
	for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
		if (!facts[i][1])
			continue;
		if (n++)
			child(p, CMARK_NODE_LINEBREAK);
		labelled(p, facts[i][0], facts[i][1]);
	}
	if (!n)
		cmark_node_free(p);
}

/* ---- paragraaf ------------------------------------------------------------ */

enum { PART_ONBEKEND, PART_WEL, PART_GEEN };

static int participation(doc *r)
{
	int s = boolean(r->d, "strategie.participatie");
	if (str(r->d, "voorstel.geenParticipatie.reden") || s == 0)
		return PART_GEEN;
	return s == 1 ? PART_WEL : PART_ONBEKEND;
}

static void onderbouwing(doc *r, cmark_node *root)
{
	json_t *ob = pt_get(r->d, "strategie.onderbouwing");
	size_t i;
	json_t *e;
	cmark_node *l = NULL;
	json_array_foreach(ob, i, e) {
		const char *t = str(e, "tekst"), *bron = str(e, "bron");
		if (!t)
			continue;
		if (!l) {
			add_strong(para(root), L(RL_ONDERBOUWING));
			l = bullets(root);
		}
		if (bron)
			add_textf(item(l), "%s (%s)", t, bron);
		else
			add_text(item(l), t);
	}
}

static void p_aanleiding(doc *r, int part)
{
	const json_t *v = pt_get(r->d, "voorstel");
	heading(r->root, 3, L(RL_H_AANLEIDING));
	const char *reden = str(v, "geenParticipatie.reden");
	if (part == PART_GEEN) {
		para_text(r->root, L(RL_GEEN_PARTICIPATIE));
		if (!reden)
			reden = str(r->d, "strategie.motivatie");
		if (reden)
			labelled(para(r->root), L(RL_REDEN), reden);
		else
			open_point(r, r->root, L(RL_OPEN_REDEN_GEEN));
	} else if (part == PART_WEL) {
		para_text(r->root, L(RL_WEL_PARTICIPATIE));
	} else {
		open_point(r, r->root, L(RL_OPEN_PARTICIPATIE));
	}
	cmark_node *l = bullets(r->root);
	const char *naam = str(v, "locatie.naam"), *wijk = str(v, "locatie.wijk");
	if (naam && wijk) {
		cmark_node *p = item(l);
		labelled(p, L(RL_LOCATIE), naam);
		add_textf(p, " (%s)", wijk);
	} else {
		fact(r, l, L(RL_LOCATIE), naam ? naam : wijk);
	}
	fact(r, l, L(RL_SCHAAL), label_of(r, &pt_v_schaal, str(v, "locatie.schaal")));
	fact(r, l, L(RL_BELEIDSFASE), label_of(r, &pt_v_beleidsfase, str(v, "beleidsfase")));
	fact(r, l, L(RL_BELEIDSRUIMTE), label_of(r, &pt_v_beleidsruimte, str(v, "beleidsruimte")));
	fact(r, l, L(RL_IMPACT), label_of(r, &pt_v_impact, str(v, "impact")));
	fact(r, l, L(RL_INITIATIEFNEMER), label_of(r, &pt_v_initiatiefnemer, str(v, "initiatiefnemer")));
	if (boolean(v, "politiekGevoelig") >= 0)
		fact(r, l, L(RL_POLITIEK_GEVOELIG), yes_no(r, boolean(v, "politiekGevoelig")));
	if (boolean(v, "omgevingswet") >= 0)
		fact(r, l, L(RL_OMGEVINGSWET), yes_no(r, boolean(v, "omgevingswet")));
	if (str(v, "uitzondering"))
		fact(r, l, L(RL_UITZONDERING), str(v, "uitzondering"));
	if (pt_get(v, "intake")) {
		add_strong(para(r->root), L(RL_AFWEGING_INTAKE));
		cmark_node *g = bullets(r->root);
		fact(r, g, L(RL_GATE_KEUZES), yes_no(r, boolean(v, "intake.keuzes")));
		fact(r, g, L(RL_GATE_MERKBAAR), yes_no(r, boolean(v, "intake.merkbaar")));
		fact(r, g, L(RL_GATE_MIDDELEN), yes_no(r, boolean(v, "intake.middelen")));
	}
	onderbouwing(r, r->root);
}

static const char *current_trede(doc *r, int *from_strategy)
{
	const char *t = str(r->d, "strategie.trede");
	*from_strategy = t != NULL;
	return t ? t : str(r->d, "voorstel.gewensteTrede");
}

/* What a step promises, from the ladder tables in domain.md. */
static void promise(doc *r, cmark_node *l, const char *trede)
{
	int i = pt_vocab_index(&pt_v_burgertrede, trede);
	if (i >= 0) {
		labelled(item(l), L(RL_AGENDA), L((enum pt_rl)(RL_AGENDA_INFORMEREN + i)));
		labelled(item(l), L(RL_GEBONDEN), L((enum pt_rl)(RL_GEBONDEN_INFORMEREN + i)));
		return;
	}
	i = pt_vocab_index(&pt_v_overheidstrede, trede);
	if (i >= 0)
		labelled(item(l), L(RL_ROL_GEMEENTE), L((enum pt_rl)(RL_ROL_REGULEREN + i)));
}

static void p_trede(doc *r, int part)
{
	heading(r->root, 3, L(RL_H_TREDE));
	if (part == PART_GEEN) {
		para_text(r->root, L(RL_NVT_GEEN));
		return;
	}
	int from_strategy;
	const char *trede = current_trede(r, &from_strategy);
	const char *ladder = str(r->d, "strategie.ladder");
	cmark_node *l = bullets(r->root);
	if (!trede) {
		open_missing(r, item(l), L(RL_TREDE));
	} else {
		if (!ladder)
			ladder = pt_vocab_index(&pt_v_overheidstrede, trede) >= 0 ?
				"overheidsparticipatie" : "burgerparticipatie";
		cmark_node *p = item(l);
		labelled(p, L(RL_TREDE), trede_label(r, trede));
		add_textf(p, " (%s)", label_of(r, &pt_v_ladder, ladder));
		if (!from_strategy)
			open_point_in(r, item(l), L(RL_OPEN_GEWENST));
		promise(r, l, trede);
	}
	fact(r, l, L(RL_BESLUIT_DOOR), label_of(r, &pt_v_besluitdoor, str(r->d, "voorstel.besluitDoor")));
	const char *advies = str(r->d, "strategie.advies"), *door = str(r->d, "strategie.gekozenDoor");
	if (advies && trede && door && strcmp(door, "gebruiker") == 0 && strcmp(advies, trede) != 0) {
		labelled(item(l), L(RL_ADVIES), trede_label(r, advies));
		const char *mot = str(r->d, "strategie.motivatie");
		if (!mot)
			mot = str(r->d, "voorstel.motivatie");
		fact(r, l, L(RL_MOTIVATIE_KEUZE), mot);
	}
	const char *rp = str(r->d, "strategie.routes.plan"), *rm = str(r->d, "strategie.routes.mensen");
	if (rp && rm && strcmp(rp, rm) != 0) {
		char buf[512];
		snprintf(buf, sizeof buf, L(RL_FMT_ROUTES), trede_label(r, rp), trede_label(r, rm));
		labelled(item(l), L(RL_ROUTES), buf);
	}
	json_t *cf = pt_get(r->d, "strategie.conflicten");
	size_t i;
	json_t *e;
	json_array_foreach(cf, i, e)
		if (str(e, "tekst"))
			labelled(item(l), L(RL_CONFLICT), str(e, "tekst"));
}

static void p_kaders(doc *r, int part)
{
	const json_t *v = pt_get(r->d, "voorstel");
	heading(r->root, 3, L(RL_H_KADERS));
	add_strong(para(r->root), L(RL_VAST));
	if (has_texts(pt_get(v, "vastKader")))
		list_of_texts(r, r->root, pt_get(v, "vastKader"));
	else
		open_missing(r, para(r->root), L(RL_VAST_KADER));
	add_strong(para(r->root), L(RL_OPEN_VOOR_INBRENG));
	if (has_texts(pt_get(v, "openVoorInbreng")))
		list_of_texts(r, r->root, pt_get(v, "openVoorInbreng"));
	else if (part == PART_GEEN)
		para_text(r->root, L(RL_NVT_GEEN));
	else
		open_missing(r, para(r->root), L(RL_OPEN_VOOR_INBRENG_NAAM));
}

/* A stakeholder's step: pt-strategy's per-stakeholder choice first. */
static const char *stakeholder_trede(doc *r, const json_t *s)
{
	const char *naam = str(s, "naam");
	json_t *per = pt_get(r->d, "strategie.perStakeholder");
	size_t i;
	json_t *e;
	json_array_foreach(per, i, e)
		if (naam && str(e, "naam") && strcmp(naam, str(e, "naam")) == 0 && str(e, "trede"))
			return str(e, "trede");
	return str(s, "trede");
}

static void p_betrokkenen(doc *r, int part)
{
	heading(r->root, 3, L(RL_H_BETROKKENEN));
	json_t *sh = pt_get(r->d, "stakeholders");
	if (json_array_size(sh) == 0) {
		if (part == PART_GEEN)
			para_text(r->root, L(RL_NVT_GEEN));
		else
			open_point(r, r->root, L(RL_OPEN_STAKEHOLDERS));
		return;
	}
	const char *head[] = {L(RL_BELANGHEBBENDE), L(RL_GROEP), L(RL_KWADRANT), L(RL_TREDE),
			      L(RL_AANPAK)};
	cmark_node *t = table(r->root, "lllll", head);
	size_t i;
	json_t *s;
	json_array_foreach(sh, i, s) {
		cmark_node *rw = row(t);
		cell(rw, str(s, "naam") ? str(s, "naam") : "?");
		cell(rw, label_of(r, &pt_v_groep, str(s, "groep")));
		cell(rw, label_of(r, &pt_v_kwadrant, str(s, "kwadrant")));
		cell(rw, trede_label(r, stakeholder_trede(r, s)));
		cell(rw, str(s, "aanpak"));
	}
}

static const char *act_name(const json_t *a)
{
	const char *n = str(a, "naam");
	return n ? n : str(a, "werkvorm") ? str(a, "werkvorm") : "?";
}

/* The totals as items of list l (a new one when NULL). */
static void totals(doc *r, cmark_node *root, cmark_node *l)
{
	json_t *plan = pt_get(r->d, "plan");
	double uren, kosten, tarief, budget;
	char a[96], b[96], c[96];
	if (!l)
		l = bullets(root);
	if (number(plan, "totaal.uren", &uren))
		labelled(item(l), L(RL_TOTAAL_UREN), fmt_num(r, uren, a, sizeof a));
	else
		open_missing(r, item(l), L(RL_TOTAAL_UREN));
	if (number(plan, "totaal.kostenEur", &kosten))
		labelled(item(l), L(RL_TOTAAL_KOSTEN), fmt_euro(r, kosten, b, sizeof b));
	else
		open_missing(r, item(l), L(RL_TOTAAL_KOSTEN));
	if (number(plan, "totaal.uurtarief", &tarief))
		labelled(item(l), L(RL_UURTARIEF), fmt_euro(r, tarief, c, sizeof c));
	if (number(plan, "budget", &budget) || number(r->d, "voorstel.budget", &budget)) {
		labelled(item(l), L(RL_BUDGET), fmt_euro(r, budget, a, sizeof a));
		if (number(plan, "totaal.kostenEur", &kosten) && kosten > budget)
			open_point_in(r, item(l), L(RL_OVER_BUDGET));
	}
	/* pt-plan's estimate times the overrun of similar projects: the figure
	 * a council member should weigh beside the plain one. */
	double bu, bk;
	if (number(plan, "totaal.bijgesteld.uren", &bu))
		labelled(item(l), L(RL_BIJGESTELD_UREN), fmt_num(r, bu, a, sizeof a));
	if (number(plan, "totaal.bijgesteld.kostenEur", &bk))
		labelled(item(l), L(RL_BIJGESTELD_KOSTEN), fmt_euro(r, bk, b, sizeof b));
	double g;
	if (number(plan, "gereedheid", &g)) {
		snprintf(a, sizeof a, "%.0f%%", g);
		labelled(item(l), L(RL_GEREEDHEID), a);
	}
}

static void p_planning(doc *r, int part)
{
	heading(r->root, 3, L(RL_H_PLANNING));
	char date[64];
	cmark_node *l = bullets(r->root);
	fact(r, l, L(RL_DATUM_BESLUIT), fmt_date(r, str(r->d, "voorstel.datumBesluit"), date, sizeof date));
	json_t *acts = pt_get(r->d, "plan.activiteiten");
	if (!pt_get(r->d, "plan")) {
		if (part != PART_GEEN)
			open_point(r, r->root, L(RL_OPEN_PLAN));
		return;
	}
	size_t n = json_array_size(acts), *ord = pt_render_week_order(acts);
	for (size_t i = 0; i < n; i++) {
		json_t *a = json_array_get(acts, ord[i]);
		double wk;
		cmark_node *p = item(l);
		char *groups = join(r, pt_get(a, "doelgroepen"), NULL, &pt_v_groep, ", ");
		if (number(a, "week", &wk))
			add_textf(p, L(RL_FMT_WEEK), wk);
		else
			add_text(p, L(RL_WEEK_ONBEKEND));
		add_text(p, ": ");
		add_text(p, act_name(a));
		if (groups)
			add_textf(p, " (%s)", groups);
		free(groups);
	}
	free(ord);
	totals(r, r->root, l);
}

static void p_terugkoppeling(doc *r, int part)
{
	heading(r->root, 3, L(RL_H_TERUGKOPPELING));
	para_text(r->root, L(part == PART_GEEN ? RL_TERUG_GEEN : RL_TERUG_WEL));
	cmark_node *l = bullets(r->root);
	fact(r, l, L(RL_AANSPREEKPUNT), str(r->d, "voorstel.trekker"));
	if (r->o->contacts && str(r->d, "voorstel.contact"))
		labelled(item(l), L(RL_CONTACT), str(r->d, "voorstel.contact"));
}

static void p_raad(doc *r, int part)
{
	heading(r->root, 3, L(RL_H_RAAD));
	const char *door = str(r->d, "voorstel.besluitDoor");
	if (!door)
		open_missing(r, para(r->root), L(RL_BESLUIT_DOOR));
	else if (strcmp(door, "raad") == 0)
		para_text(r->root, L(part == PART_GEEN ? RL_RAAD_BESLUIT_GEEN : RL_RAAD_BESLUIT));
	else
		add_textf(para(r->root), L(RL_FMT_RAAD_INFO), label_of(r, &pt_v_besluitdoor, door));
	if (boolean(r->d, "voorstel.politiekGevoelig") == 1)
		para_text(r->root, L(RL_RAAD_GEVOELIG));
}

static void sec_paragraaf(doc *r)
{
	int part = participation(r);
	heading(r->root, 2, L(RL_H_PARAGRAAF));
	p_aanleiding(r, part);
	p_trede(r, part);
	p_kaders(r, part);
	p_betrokkenen(r, part);
	p_planning(r, part);
	p_terugkoppeling(r, part);
	p_raad(r, part);
}

/* ---- stakeholders ---------------------------------------------------------- */

/* Markdown on stdout: the grid's facts as a table of quadrants. */
static void quadrant_table(doc *r, const json_t *sh)
{
	const char *head[] = {L(RL_KWADRANT), L(RL_BELANGHEBBENDEN)};
	cmark_node *t = table(r->root, "ll", head);
	for (int k = 0; pt_v_kwadrant.terms[k].code; k++) {
		const char *code = pt_v_kwadrant.terms[k].code;
		pt_xw w = {0};
		size_t i;
		json_t *s;
		json_array_foreach(sh, i, s) {
			const char *kw = str(s, "kwadrant");
			if (!kw || strcmp(kw, code) != 0)
				continue;
			char num[32];
			snprintf(num, sizeof num, "%s%zu. ", w.len ? ", " : "", i + 1);
			/* a plain buffer for the cell's text, which cmark escapes */
			size_t need = strlen(num) + strlen(str(s, "naam") ? str(s, "naam") : "?") + 1;
			if (w.len + need + 1 > w.cap)
				w.cap = (w.len + need + 1) * 2, w.p = pt_xrealloc(w.p, w.cap);
			w.len += (size_t)snprintf(w.p + w.len, w.cap - w.len, "%s%s", num,
						  str(s, "naam") ? str(s, "naam") : "?");
		}
		cmark_node *rw = row(t);
		cell(rw, pt_vocab_label(&pt_v_kwadrant, code, r->lang));
		cell(rw, w.p ? w.p : "\xE2\x80\x94");
		free(w.p);
	}
}

static void num_cell(doc *r, cmark_node *rw, const json_t *o, const char *key)
{
	double v;
	char buf[96];
	cell(rw, number(o, key, &v) ? fmt_num(r, v, buf, sizeof buf) : NULL);
}

/* "4 / 5": influence and interest in one column, to keep the table
 * narrow enough for A4. */
static const char *power_interest(const json_t *s, char *buf, size_t n)
{
	double a, b;
	if (!number(s, "invloed", &a) || !number(s, "belang", &b))
		return NULL;
	snprintf(buf, n, "%.0f / %.0f", a, b);
	return buf;
}

static void sec_stakeholders(doc *r)
{
	json_t *sh = pt_get(r->d, "stakeholders");
	heading(r->root, 2, L(RL_H_STAKEHOLDERS));
	if (json_array_size(sh) == 0) {
		open_point(r, r->root, L(RL_OPEN_STAKEHOLDERS));
		return;
	}
	if (!picture(r, r->root, pt_svg_grid(sh, r->lang), "krachtenveld", L(RL_GRID_TITLE)))
		quadrant_table(r, sh);
	const char *head[] = {L(RL_NR), L(RL_BELANGHEBBENDE), L(RL_INVLOED_BELANG),
			      L(RL_HOUDING), L(RL_KWADRANT), L(RL_SALIENCE), L(RL_AANPAK),
			      L(RL_TREDE), L(RL_CONTACT)};
	cmark_node *t = table(r->root, r->o->contacts ? "rlclllll" "l" : "rlclllll", head);
	size_t i;
	json_t *s;
	json_array_foreach(sh, i, s) {
		char nr[32];
		snprintf(nr, sizeof nr, "%zu", i + 1);
		cmark_node *rw = row(t);
		cell(rw, nr);
		cell(rw, str(s, "naam") ? str(s, "naam") : "?");
		cell(rw, power_interest(s, nr, sizeof nr));
		cell(rw, label_of(r, &pt_v_houding, str(s, "houding")));
		cell(rw, label_of(r, &pt_v_kwadrant, str(s, "kwadrant")));
		cell(rw, label_of(r, &pt_v_salience, str(s, "salience")));
		cell(rw, str(s, "aanpak"));
		cell(rw, trede_label(r, stakeholder_trede(r, s)));
		if (r->o->contacts)
			cell(rw, str(s, "contact"));
	}
	json_array_foreach(sh, i, s) {
		double a, b;
		if (!number(s, "invloed", &a) || !number(s, "belang", &b)) {
			char what[512];
			snprintf(what, sizeof what, L(RL_FMT_NIET_GEPLAATST), str(s, "naam") ? str(s, "naam") : "?");
			open_point(r, r->root, what);
		}
	}
}

/* ---- plan ------------------------------------------------------------------ */

/* Weeks relative to the decision: -20, 0, +2. */
static const char *week_text(double v, char *buf, size_t n)
{
	snprintf(buf, n, v > 0 ? "+%.0f" : "%.0f", v);
	return buf;
}

static void activities_table(doc *r, const json_t *acts)
{
	const char *head[] = {L(RL_WEEK), L(RL_WERKVORM), L(RL_DOELGROEPEN), L(RL_TREDE),
			      L(RL_UREN), L(RL_KOSTEN)};
	cmark_node *t = table(r->root, "rlllrr", head);
	size_t n = json_array_size(acts), *ord = pt_render_week_order(acts);
	for (size_t i = 0; i < n; i++) {
		json_t *a = json_array_get(acts, ord[i]);
		cmark_node *rw = row(t);
		double v;
		char buf[96];
		cell(rw, number(a, "week", &v) ? week_text(v, buf, sizeof buf) : NULL);
		cell(rw, act_name(a));
		char *groups = join(r, pt_get(a, "doelgroepen"), NULL, &pt_v_groep, ", ");
		cell(rw, groups);
		free(groups);
		cell(rw, trede_label(r, str(a, "trede")));
		num_cell(r, rw, a, "uren");
		cell(rw, number(a, "kostenEur", &v) ? fmt_euro(r, v, buf, sizeof buf) : NULL);
	}
	free(ord);
}

/* Older dossiers give alternatives as bare werkvorm ids ("onlinegroep").
 * pt-render does not read pt-plan's catalogue, so the names come from the
 * dossier itself: an activity of the same plan with that werkvorm has one.
 * Any other id is shown as words, which is what a reader can use of it. */
char *pt_render_werkvorm_name(const json_t *activiteiten, const char *id)
{
	size_t i;
	json_t *a;
	json_array_foreach(activiteiten, i, a) {
		const char *w = str(a, "werkvorm"), *naam = str(a, "naam");
		if (w && naam && strcmp(w, id) == 0)
			return pt_xstrdup(naam);
	}
	char *s = pt_xstrdup(id);
	for (char *p = s; *p; p++)
		if (*p == '-' || *p == '_')
			*p = ' ';
	if (*s >= 'a' && *s <= 'z')
		*s = (char)(*s - 'a' + 'A');
	return s;
}

/* The name of one alternative: pt-plan writes {"werkvorm", "naam"} and
 * the naam is what a reader needs; a dossier from before that holds the
 * bare id, named as pt_render_werkvorm_name can.  NULL if neither. */
static char *alternative_name(const json_t *acts, const json_t *e)
{
	const char *naam = str(e, "naam");
	if (naam)
		return pt_xstrdup(naam);
	const char *id = json_is_object(e) ? str(e, "werkvorm") : json_string_value(e);
	return id && *id ? pt_render_werkvorm_name(acts, id) : NULL;
}

/* The alternatives of one activity as "A, B", or NULL.  Caller frees. */
static char *alternatives_of(const json_t *acts, const json_t *a)
{
	char *out = NULL;
	size_t len = 0, i;
	json_t *e;
	json_array_foreach(pt_get(a, "alternatieven"), i, e) {
		char *name = alternative_name(acts, e);
		if (!name)
			continue;
		size_t n = strlen(name) + 3;
		out = pt_xrealloc(out, len + n);
		len += (size_t)snprintf(out + len, n, "%s%s", len ? ", " : "", name);
		free(name);
	}
	return out;
}

static void alternatives(doc *r, const json_t *acts)
{
	cmark_node *l = NULL;
	size_t i;
	json_t *a;
	json_array_foreach(acts, i, a) {
		char *alt = alternatives_of(acts, a);
		char *who = join(r, pt_get(a, "collegas"), NULL, NULL, ", ");
		if (alt || who) {
			if (!l) {
				heading(r->root, 3, L(RL_H_ALTERNATIEVEN));
				l = bullets(r->root);
			}
			cmark_node *p = item(l);
			add_strong(p, act_name(a));
			if (alt)
				add_textf(p, L(RL_FMT_ALTERNATIEVEN), alt);
			if (who)
				add_textf(p, L(RL_FMT_COLLEGAS), who);
		}
		free(alt);
		free(who);
	}
}

static void similar_cases(doc *r, const json_t *cases)
{
	if (json_array_size(cases) == 0)
		return;
	heading(r->root, 3, L(RL_H_VERGELIJKBAAR));
	cmark_node *l = bullets(r->root);
	size_t i;
	json_t *c;
	json_array_foreach(cases, i, c) {
		cmark_node *p = item(l);
		const char *id = str(c, "id"), *titel = str(c, "titel"), *oordeel = str(c, "oordeel");
		add_strong(p, titel ? titel : id ? id : "?");
		if (id && titel)
			add_textf(p, " (%s)", id);
		if (oordeel)
			add_textf(p, L(RL_FMT_OORDEEL), label_of(r, &pt_v_oordeel, oordeel));
		char *lessen = join(r, pt_get(c, "lessen"), NULL, NULL, "; ");
		if (lessen)
			add_textf(p, L(RL_FMT_LESSEN), lessen);
		free(lessen);
	}
}

static void sec_plan(doc *r)
{
	json_t *plan = pt_get(r->d, "plan");
	heading(r->root, 2, L(RL_H_PLAN));
	if (!json_is_object(plan)) {
		open_point(r, r->root, L(RL_OPEN_PLAN));
		return;
	}
	json_t *acts = pt_get(plan, "activiteiten");
	double g;
	if (number(plan, "gereedheid", &g))
		add_textf(para(r->root), L(RL_FMT_GEREED), g);
	if (json_array_size(acts) == 0) {
		open_point(r, r->root, L(RL_OPEN_ACTIVITEITEN));
	} else {
		picture(r, r->root, pt_svg_timeline(acts, r->lang), "tijdlijn", L(RL_TL_TITLE));
		activities_table(r, acts);
	}
	totals(r, r->root, NULL);
	alternatives(r, acts);
	if (has_texts(pt_get(plan, "openPunten"))) {
		heading(r->root, 3, L(RL_H_OPENPUNTEN));
		json_t *op = pt_get(plan, "openPunten");
		cmark_node *l = bullets(r->root);
		size_t i;
		json_t *e;
		json_array_foreach(op, i, e)
			if (json_string_value(e) && *json_string_value(e))
				open_point_in(r, item(l), json_string_value(e));
	}
	similar_cases(r, pt_get(plan, "vergelijkbaar"));
}

/* ---- evaluatie ------------------------------------------------------------- */

static const char *score(doc *r, const json_t *o, char *buf, size_t n)
{
	double g, a;
	char num[96];
	if (!number(o, "gemiddelde", &g))
		return NULL;
	/* one decimal always: scores are averages */
	snprintf(num, sizeof num, "%.1f", round(g * 10) / 10);
	if (!r->lang)
		for (char *c = num; *c; c++)
			if (*c == '.')
				*c = ',';
	if (number(o, "aantal", &a))
		snprintf(buf, n, "%s (n=%.0f)", num, a);
	else
		snprintf(buf, n, "%s", num);
	return buf;
}

static void eval_criteria(doc *r, const json_t *ev)
{
	json_t *crit = pt_get(ev, "criteria");
	if (json_array_size(crit) == 0) {
		open_point(r, r->root, L(RL_OPEN_CRITERIA));
		return;
	}
	const char *head[] = {L(RL_CRITERIUM), L(RL_TEAM), L(RL_DEELNEMERS), L(RL_OORDEEL)};
	cmark_node *t = table(r->root, "lrrl", head);
	size_t i;
	json_t *c;
	json_array_foreach(crit, i, c) {
		char a[128], b[128];
		cmark_node *rw = row(t);
		cell(rw, str(c, "naam") ? str(c, "naam") : str(c, "id"));
		cell(rw, score(r, pt_get(c, "team"), a, sizeof a));
		cell(rw, score(r, pt_get(c, "extern"), b, sizeof b));
		cell(rw, label_of(r, &pt_v_oordeel, str(c, "oordeel")));
	}
}

static void eval_checklist(doc *r, const json_t *ev)
{
	json_t *cl = pt_get(ev, "checklist");
	if (json_array_size(cl) == 0)
		return;
	heading(r->root, 3, L(RL_H_CHECKLIST));
	const char *head[] = {L(RL_NR), L(RL_PUNT), L(RL_VOLDAAN), L(RL_BRON), L(RL_TOELICHTING)};
	cmark_node *t = table(r->root, "lllll", head);
	size_t i;
	json_t *c;
	json_array_foreach(cl, i, c) {
		const char *id = str(c, "id");
		int k = id && id[0] == 'C' ? atoi(id + 1) : 0;
		int v = boolean(c, "voldaan");
		cmark_node *rw = row(t);
		cell(rw, id);
		cell(rw, k >= 1 && k <= 10 ? L((enum pt_rl)(RL_C1 + k - 1)) : NULL);
		cell(rw, v < 0 ? L(RL_ONBEKEND) : L(v ? RL_JA : RL_NEE));
		cell(rw, str(c, "bron"));
		cell(rw, str(c, "toelichting"));
	}
}

/* A difference shows its sign: +17,5 and -€ 650 alike. */
static const char *signed_text(double v, const char *text, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s", v > 0 ? "+" : "", text);
	return buf;
}

static void eval_planned(doc *r, const json_t *ev)
{
	if (!pt_get(ev, "gepland") && !pt_get(ev, "werkelijk"))
		return;
	heading(r->root, 3, L(RL_H_GEPLAND_WERKELIJK));
	const char *head[] = {"", L(RL_GEPLAND), L(RL_WERKELIJK), L(RL_VERSCHIL)};
	cmark_node *t = table(r->root, "lrrr", head);
	const char *keys[2] = {"uren", "kostenEur"};
	enum pt_rl names[2] = {RL_UREN, RL_KOSTEN};
	for (int k = 0; k < 2; k++) {
		double p = 0, w = 0;
		char a[96], b[96], c[96], d[100];
		int hp = number(pt_get(ev, "gepland"), keys[k], &p);
		int hw = number(pt_get(ev, "werkelijk"), keys[k], &w);
		cmark_node *rw = row(t);
		cell(rw, L(names[k]));
		if (k == 0) {
			cell(rw, hp ? fmt_num(r, p, a, sizeof a) : NULL);
			cell(rw, hw ? fmt_num(r, w, b, sizeof b) : NULL);
			cell(rw, hp && hw ? signed_text(w - p, fmt_num(r, w - p, c, sizeof c), d, sizeof d) : NULL);
		} else {
			cell(rw, hp ? fmt_euro(r, p, a, sizeof a) : NULL);
			cell(rw, hw ? fmt_euro(r, w, b, sizeof b) : NULL);
			cell(rw, hp && hw ? signed_text(w - p, fmt_euro(r, w - p, c, sizeof c), d, sizeof d) : NULL);
		}
	}
}

static void eval_lessons(doc *r, const json_t *ev)
{
	const char *keys[3] = {"valkuilen", "succesfactoren", "eigen"};
	enum pt_rl names[3] = {RL_VALKUILEN, RL_SUCCESFACTOREN, RL_EIGEN_LESSEN};
	json_t *les = pt_get(ev, "lessen");
	if (!les)
		return;
	heading(r->root, 3, L(RL_H_LESSEN));
	for (int k = 0; k < 3; k++) {
		json_t *arr = pt_get(les, keys[k]);
		if (!has_texts(arr))
			continue;
		add_strong(para(r->root), L(names[k]));
		list_of_texts(r, r->root, arr);
	}
}

static void sec_evaluatie(doc *r)
{
	json_t *ev = pt_get(r->d, "evaluatie");
	heading(r->root, 2, L(RL_H_EVALUATIE));
	if (!json_is_object(ev)) {
		open_point(r, r->root, L(RL_OPEN_EVALUATIE));
		return;
	}
	double team, ext;
	cmark_node *l = bullets(r->root);
	if (number(ev, "respondenten.team", &team) && number(ev, "respondenten.extern", &ext)) {
		add_textf(item(l), L(RL_FMT_RESPONDENTEN), team, ext);
	}
	fact(r, l, L(RL_EINDOORDEEL), label_of(r, &pt_v_oordeel, str(ev, "oordeel")));
	eval_criteria(r, ev);
	eval_checklist(r, ev);
	eval_planned(r, ev);
	eval_lessons(r, ev);
}

/* ---- meldingen ------------------------------------------------------------- */

static void sec_meldingen(doc *r)
{
	json_t *m = pt_get(r->d, "meldingen");
	heading(r->root, 2, L(RL_H_MELDINGEN));
	if (json_array_size(m) == 0) {
		para_text(r->root, L(RL_GEEN_MELDINGEN));
		return;
	}
	cmark_node *l = bullets(r->root);
	size_t i;
	json_t *e;
	json_array_foreach(m, i, e) {
		cmark_node *p = item(l);
		const char *ernst = label_of(r, &pt_v_ernst, str(e, "ernst"));
		labelled(p, ernst ? ernst : "?", str(e, "tekst") ? str(e, "tekst") : "");
		const char *pad = str(e, "pad"), *bron = str(e, "bron");
		if (pad && bron)
			add_textf(p, " (%s, %s)", pad, bron);
		else if (pad || bron)
			add_textf(p, " (%s)", pad ? pad : bron);
	}
}

/* ---- the document ---------------------------------------------------------- */

int pt_render_section(const char *s)
{
	static const struct { const char *name; int bits; } names[] = {
		{"paragraaf", PT_RS_PARAGRAAF}, {"paragraph", PT_RS_PARAGRAAF},
		{"stakeholders", PT_RS_STAKEHOLDERS}, {"plan", PT_RS_PLAN},
		{"evaluatie", PT_RS_EVALUATIE}, {"evaluation", PT_RS_EVALUATIE},
		{"all", PT_RS_ALL}, {"alles", PT_RS_ALL},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(s, names[i].name) == 0)
			return names[i].bits;
	return -1;
}

static void build(doc *r)
{
	int all = r->o->sections == PT_RS_ALL, s = r->o->sections;
	title_block(r);
	if (s & PT_RS_PARAGRAAF)
		sec_paragraaf(r);
	/* all: only the sections the dossier has; asked for alone: always,
	 * with an open point when missing. */
	if ((s & PT_RS_STAKEHOLDERS) && (!all || pt_get(r->d, "stakeholders")))
		sec_stakeholders(r);
	if ((s & PT_RS_PLAN) && (!all || pt_get(r->d, "plan")))
		sec_plan(r);
	if ((s & PT_RS_EVALUATIE) && (!all || pt_get(r->d, "evaluatie")))
		sec_evaluatie(r);
	if (s & PT_RS_MELDINGEN)
		sec_meldingen(r);
}

char *pt_render_dossier(const json_t *d, const pt_render_opts *o, int pics_beside,
			pt_render_pic *pics, int *npics)
{
	cmark_setup();
	doc r = {cmark_node_new(CMARK_NODE_DOCUMENT), d, o, o->lang, pics_beside, pics, npics,
		 str(d, "voorstel.id")};
	if (npics)
		*npics = 0;
	build(&r);
	char *out;
	if (o->format == PT_RENDER_HTML)
		out = cmark_render_html(r.root, HTML_OPTS, html_exts);
	else
		out = cmark_render_commonmark(r.root, CMARK_OPT_DEFAULT, 0);
	cmark_node_free(r.root);
	return out;
}

void pt_render_pics_free(pt_render_pic *pics, int npics)
{
	for (int i = 0; i < npics; i++)
		free(pics[i].name), free(pics[i].svg);
}
