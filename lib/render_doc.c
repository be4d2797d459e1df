/* pt-render's document helpers: building the cmark tree (text nodes,
 * headings, lists, tables) and reading and formatting dossier values.
 * Every section (render.c's werkdocument, render_para.c's paragraaf)
 * builds on these; they call no section, so the arrows point one way. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include "plan.h"
#include "render_priv.h"

/* Exported by libcmark-gfm-extensions, declared in no installed header. */
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;
static cmark_syntax_extension *table_ext;
cmark_llist *rd_html_exts;

/* Once a run: the table extension, which every table and the HTML
 * renderer need. */
void rd_cmark_setup(void)
{
	if (table_ext)
		return;
	cmark_gfm_core_extensions_ensure_registered();
	table_ext = cmark_find_syntax_extension("table");
	if (!table_ext)
		pt_die(PT_EXIT_IO, pt_tr("cmark-gfm has no table extension"));
	rd_html_exts = cmark_llist_append(cmark_get_default_mem_allocator(), NULL, table_ext);
}


/* ---- building the tree ------------------------------------------------- */

cmark_node *rd_child(cmark_node *parent, cmark_node_type t)
{
	cmark_node *n = cmark_node_new(t);
	cmark_node_append_child(parent, n);
	return n;
}

void rd_add_text(cmark_node *parent, const char *s)
{
	char *clean = pt_render_clean(s);
	cmark_node *t = rd_child(parent, CMARK_NODE_TEXT);
	cmark_node_set_literal(t, clean);
	free(clean);
}

/* Spaces at either end stay outside the emphasis: "**text **" is no
 * emphasis in Markdown at all. */
void rd_add_strong(cmark_node *parent, const char *s)
{
	char *t = pt_render_clean(s);
	size_t a = strspn(t, " "), len = strlen(t), n = len;
	while (n > a && t[n - 1] == ' ')
		n--;
	if (a)
		rd_add_text(parent, " ");
	if (n > a) {
		t[n] = '\0';
		rd_add_text(rd_child(parent, CMARK_NODE_STRONG), t + a);
	}
	if (n < len && n > a)
		rd_add_text(parent, " ");
	free(t);
}

void rd_heading(cmark_node *root, int level, const char *s)
{
	cmark_node *h = rd_child(root, CMARK_NODE_HEADING);
	cmark_node_set_heading_level(h, level);
	rd_add_text(h, s);
}

cmark_node *rd_para(cmark_node *root)
{
	return rd_child(root, CMARK_NODE_PARAGRAPH);
}

cmark_node *rd_bullets(cmark_node *root)
{
	cmark_node *l = rd_child(root, CMARK_NODE_LIST);
	cmark_node_set_list_type(l, CMARK_BULLET_LIST);
	cmark_node_set_list_tight(l, 1);
	return l;
}

/* A list item's paragraph, to put inlines in. */
cmark_node *rd_item(cmark_node *list)
{
	return rd_para(rd_child(list, CMARK_NODE_ITEM));
}

/* "**label:** value" */
void rd_labelled(cmark_node *p, const char *label, const char *value)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s:", label);
	rd_add_strong(p, buf);
	rd_add_text(p, " ");
	rd_add_text(p, value);
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
cmark_node *rd_table(cmark_node *root, const char *aligns, const char *const *head)
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
		rd_add_text(c, head[i]);
	}
	return t;
}

cmark_node *rd_row(cmark_node *t)
{
	cmark_node *r = cmark_node_new_with_ext(CMARK_NODE_TABLE_ROW, table_ext);
	cmark_node_append_child(t, r);
	return r;
}

cmark_node *rd_cell(cmark_node *row_, const char *s)
{
	cmark_node *c = new_cell();
	cmark_node_append_child(row_, c);
	if (s)
		rd_add_text(c, s);
	return c;
}

/* ---- values ------------------------------------------------------------ */

/* pt-plan's catalogue, read once, for the names of werkvormen. */
static pt_plan *catalogue;

/* An activity pt-plan named after its werkvorm is shown by the werkvorm's
 * name in the document's language (a plan made in Dutch reads in English
 * too); a name of the user's own stays as written. */
const char *rd_activity_name(doc *r, const json_t *a)
{
	static int tried;
	const char *naam = rd_str(a, "naam"), *id = rd_str(a, "werkvorm");
	if (id && !tried) {
		pt_plan_opts o = {.uurtarief = -1, .budget = -1};
		pt_error ignore;
		tried = 1;
		catalogue = pt_plan_load(&o, &ignore);	/* none: names as written */
	}
	int wi = id && catalogue ? pt_plan_werkvorm_find(catalogue, id) : -1;
	if (wi >= 0 && (!naam || strcmp(naam, catalogue->w[wi].naam) == 0 ||
			strcmp(naam, catalogue->w[wi].name) == 0)) {
		const char *n = pt_plan_werkvorm_naam(catalogue, wi, r->lang);
		if (n && *n)
			return n;
	}
	return naam ? naam : id;
}

const char *rd_str(const json_t *o, const char *path)
{
	const char *s = pt_get_str(o, path);
	return s && *s ? s : NULL;
}

const char *rd_label_of(doc *r, const pt_vocab *v, const char *code)
{
	return code ? pt_vocab_label(v, code, r->lang) : NULL;
}

/* true 1, false 0, absent or not a boolean -1 */
int rd_boolean(const json_t *o, const char *path)
{
	json_t *v = pt_get(o, path);
	return json_is_boolean(v) ? json_is_true(v) : -1;
}

int rd_number(const json_t *o, const char *path, double *out)
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
const char *rd_fmt_num(doc *r, double v, char *buf, size_t n)
{
	return pt_fmt_fixed(buf, n, units_of(v, 10), 10, r->lang);
}

/* Whole euros as a whole number; an amount with cents shows both digits of
 * them, as money is written: € 3.500,50, never € 3.500,5. */
const char *rd_fmt_euro(doc *r, double v, char *buf, size_t n)
{
	char num[64];
	long long cents = units_of(v, 100);
	pt_fmt_fixed(num, sizeof num, cents < 0 ? -cents : cents, 100, r->lang);
	char *amount = pt_rl_fill(RL_BEDRAG, r->lang, (const char *const[]){"bedrag", num, NULL});
	snprintf(buf, n, "%s%s", cents < 0 ? "-" : "", amount);
	free(amount);
	return buf;
}

/* "15 juni 2027"; the text itself when it is not a date. */
const char *rd_fmt_date(doc *r, const char *s, char *buf, size_t n)
{
	if (!s || pt_date_days(s) < 0)
		return s;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	snprintf(buf, n, "%d %s %d", d, pt_rl((enum pt_rl)(RL_MAAND_1 + m - 1), r->lang), y);
	return buf;
}

/* The step of either ladder, as a label; NULL when absent. */
const char *rd_trede_label(doc *r, const char *code)
{
	if (!code)
		return NULL;
	if (pt_vocab_index(&pt_v_burgertrede, code) >= 0)
		return pt_vocab_label(&pt_v_burgertrede, code, r->lang);
	return pt_vocab_label(&pt_v_overheidstrede, code, r->lang);
}

/* Join a JSON array of strings (or objects' key) with sep, labelled by
 * vocab v when given.  Caller frees; NULL when empty. */
char *rd_join(doc *r, const json_t *arr, const char *key, const pt_vocab *v, const char *sep)
{
	pt_buf b = PT_BUF_INIT;
	size_t i;
	json_t *e;
	json_array_foreach(arr, i, e) {
		const char *s = key ? json_string_value(json_object_get(e, key)) : json_string_value(e);
		if (!s || !*s)
			continue;
		if (b.len)
			pt_buf_puts(&b, sep);
		pt_buf_puts(&b, v ? rd_label_of(r, v, s) : s);
	}
	return b.len ? pt_buf_take(&b) : NULL;
}

int rd_participation(doc *r)
{
	int s = rd_boolean(r->d, "strategie.participatie");
	/* pt-strategy's answer goes before the user's "no": the law or what
	 * the proposal lists as open can overrule it. */
	if (s == 0 || (s < 0 && rd_str(r->d, "voorstel.geenParticipatie.reden")))
		return PART_GEEN;
	return s == 1 ? PART_WEL : PART_ONBEKEND;
}

/* ---- the naming rule (lib/data/namen.csv) --------------------------------- */

enum { NM_SOORT, NM_WAARDE };
static const pt_column name_cols[] = {
	{"soort", "soort|kind", 1}, {"waarde", "waarde|value", 1}, {"toelichting", "toelichting|note", 0}, {0}
};
static pt_table *name_rule;
static int name_idx[3];

/* Whether the rule has a row of kind soort that matches s: the whole of
 * it (whole 1), or its start, in lowercase ASCII. */
static int name_row(const char *soort, const char *s, int whole)
{
	if (!name_rule) {
		pt_error err;
		const char *shown;
		name_rule = pt_data_table("namen.csv", NULL, name_cols, name_idx, &shown, &err);
		if (!name_rule) {
			pt_report(&err);	/* file and line, as for every data file */
			exit(err.status);
		}
	}
	for (size_t i = 0; s && i < name_rule->nrows; i++) {
		const pt_csv_row *row = &name_rule->rows[i];
		const char *k = pt_csv_get(row, name_idx[NM_SOORT]), *v = pt_csv_get(row, name_idx[NM_WAARDE]);
		size_t n = v ? strlen(v) : 0;
		if (!k || !n || strcmp(k, soort) != 0)
			continue;
		if (whole ? strcasecmp(s, v) == 0 : strncasecmp(s, v, n) == 0)
			return 1;
		if (!whole && strncasecmp(s, v, n - 1) == 0 && v[n - 1] == ' ' && !s[n - 1])
			return 1;
	}
	return 0;
}

int rd_person_name(const char *naam)
{
	if (!naam)
		return 0;
	if (strpbrk(naam, "0123456789"))
		return 1;	/* a house number or a postcode: an address */
	/* initials: "J. Jansen", "A.B. de Vries" */
	if (naam[0] >= 'A' && naam[0] <= 'Z' && naam[1] == '.')
		return 1;
	return name_row("persoon", naam, 0);
}

const char *rd_org_name(const json_t *s)
{
	const char *naam = rd_str(s, "naam"), *groep = rd_str(s, "groep");
	if (!naam || !groep || rd_person_name(naam) || !name_row("organisatie", groep, 1))
		return NULL;
	return naam;
}

int rd_general_place(const char *plek)
{
	for (const char *p = plek; p && *p; p++)
		if ((p == plek || p[-1] == ' ') && name_row("algemeen", p, 0))
			return 1;
	return 0;
}

/* ---- text for one line (the tree's text nodes, the pictures) ---------------- */

/* For cmark text nodes: cmark escapes markup itself, but a line break
 * inside a text node could still end a table row or start a block, and
 * control characters have no place in a document. */
char *pt_render_clean(const char *s)
{
	pt_buf b = PT_BUF_INIT;
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	pt_buf_put(&b, "", 0);
	while (*p) {
		size_t n = pt_xw_utf8_len((const char *)p);
		if (n == 0)
			pt_buf_puts(&b, "\xEF\xBF\xBD"), n = 1;
		else if (*p == '\n' || *p == '\t' || *p == '\r')
			pt_buf_putc(&b, ' ');
		else if (!pt_xw_control((const char *)p, n))
			pt_buf_put(&b, (const char *)p, n);
		p += n;
	}
	return pt_buf_take(&b);
}

const char *pt_render_shorten(const char *s, size_t max, char *buf, size_t n)
{
	size_t o = 0, chars = 0;
	const unsigned char *p = (const unsigned char *)s;
	if (n == 0)
		return buf;
	while (*p) {
		size_t k = pt_xw_utf8_len((const char *)p);
		if (k == 0)
			k = 1;
		if (chars + 1 > max || o + k + 4 > n) {
			/* Cut: make room for the ellipsis within max characters. */
			while (chars + 1 > max && o > 0) {
				do
					o--;
				while (o > 0 && ((unsigned char)buf[o] & 0xC0) == 0x80);
				chars--;
			}
			while (o > 0 && buf[o - 1] == ' ')
				o--;
			memcpy(buf + o, "\xE2\x80\xA6", 3);
			o += 3;
			break;
		}
		memcpy(buf + o, p, k);
		o += k;
		chars++;
		p += k;
	}
	buf[o] = '\0';
	return buf;
}
