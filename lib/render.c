/* pt-render: a dossier as a council document.  The document is a cmark
 * node tree; dossier text only ever becomes a text node (cleaned of line
 * breaks and control characters), so cmark escapes it for Markdown and
 * HTML alike.  Pictures are SVG from the escaping writer, carried in the
 * tree as custom blocks (HTML only); Markdown links SVG files instead, or
 * gives the same facts as a table.  This file holds the werkdocument
 * sections and the run over a dossier; the helpers are render_doc.c's,
 * the paragraaf render_para.c's. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include "render_priv.h"

/* style="text-align: right", not the align attribute HTML5 dropped. */
#define HTML_OPTS (CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES)

/* Formatted text: the format is one of ours, the arguments dossier text;
 * the result still goes into a text node. */
static void add_textf(cmark_node *parent, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void add_textf(cmark_node *parent, const char *fmt, ...)
{
	pt_buf b = PT_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	pt_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	rd_add_text(parent, pt_buf_str(&b));
	pt_buf_free(&b);
}

/* A label with its {names} filled (pt_rl_fill): up to four name, value
 * pairs, ending in NULL. */
static void add_label(doc *r, cmark_node *parent, enum pt_rl key, ...)
{
	const char *vars[9] = {0};
	va_list ap;
	va_start(ap, key);
	for (int i = 0; i < 8 && (vars[i] = va_arg(ap, const char *)) != NULL; i += 2)
		vars[i + 1] = va_arg(ap, const char *);
	va_end(ap);
	char *s = pt_rl_fill(key, r->lang, vars);
	rd_add_text(parent, s);
	free(s);
}

static void para_text(cmark_node *root, const char *s)
{
	rd_add_text(rd_para(root), s);
}

/* An omission stays visible: "**Open punt:** what is missing". */
static void open_point_in(doc *r, cmark_node *p, const char *what)
{
	rd_labelled(p, L(RL_OPEN_PUNT), what);
}

static void open_point(doc *r, cmark_node *root, const char *what)
{
	open_point_in(r, rd_para(root), what);
}

static void open_missing(doc *r, cmark_node *p, const char *label)
{
	char *what = pt_rl_fill(RL_FMT_ONTBREEKT, r->lang, (const char *const[]){"wat", label, NULL});
	open_point_in(r, p, what);
	free(what);
}

/* A labelled fact as a list item; an absent value becomes an open point. */
static void fact(doc *r, cmark_node *list, const char *label, const char *value)
{
	if (value && *value)
		rd_labelled(rd_item(list), label, value);
	else
		open_missing(r, rd_item(list), label);
}

static const char *yes_no(doc *r, int b)
{
	return b < 0 ? NULL : L(b ? RL_JA : RL_NEE);
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
			l = rd_bullets(root);
		rd_add_text(rd_item(l), s);
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
		cmark_node *b = rd_child(root, CMARK_NODE_CUSTOM_BLOCK);
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
	cmark_node *img = rd_child(rd_para(root), CMARK_NODE_IMAGE);
	cmark_node_set_url(img, name);
	rd_add_text(img, alt);
	return 1;
}

/* ---- the title block ----------------------------------------------------- */

static void title_block(doc *r)
{
	const json_t *v = pt_get(r->d, "voorstel");
	const char *titel = rd_str(v, "titel");
	char date[64];
	rd_heading(r->root, 1, titel ? titel : r->id ? r->id : L(RL_ZONDER_TITEL));
	cmark_node *p = rd_para(r->root);
	int n = 0;
	const char *facts[][2] = {
		{L(RL_KENMERK), r->id},
		{L(RL_SOORT), rd_label_of(r, &pt_v_soort, rd_str(v, "soort"))},
		{L(RL_AFDELING), rd_str(v, "afdeling")},
		{L(RL_PORTEFEUILLEHOUDER), rd_str(v, "portefeuillehouder")},
		{L(RL_BESLUIT_DOOR), rd_label_of(r, &pt_v_besluitdoor, rd_str(v, "besluitDoor"))},
		{L(RL_DATUM_BESLUIT), rd_fmt_date(r, rd_str(v, "datumBesluit"), date, sizeof date)},
	};
	for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
		if (!facts[i][1])
			continue;
		if (n++)
			rd_child(p, CMARK_NODE_LINEBREAK);
		rd_labelled(p, facts[i][0], facts[i][1]);
	}
	if (!n)
		cmark_node_free(p);
}

/* ---- paragraaf ------------------------------------------------------------ */

/* The rule trace with ids and sources, the score, and the reason codes
 * the paragraph turned into sentences (unknown ones listed as such). */
static void onderbouwing(doc *r, cmark_node *root)
{
	json_t *ob = pt_get(r->d, "strategie.onderbouwing");
	size_t i;
	json_t *e;
	cmark_node *l = NULL;
	double score;
	json_array_foreach(ob, i, e) {
		const char *t = rd_str(e, "tekst");
		if (!t)
			continue;
		if (!l) {
			rd_add_strong(rd_para(root), L(RL_ONDERBOUWING));
			l = rd_bullets(root);
		}
		const char *vars[] = {"tekst", t, "regel", rd_str(e, "regel"), "bron", rd_str(e, "bron"), NULL};
		char *line = pt_zin_fill("werk.regel", r->lang, vars);
		rd_add_text(rd_item(l), line ? line : t);
		free(line);
	}
	if (rd_number(r->d, "strategie.impactScore", &score)) {
		char num[64], *line;
		const char *vars[] = {"score", rd_fmt_num(r, score, num, sizeof num), NULL};
		if ((line = pt_zin_fill("werk.score", r->lang, vars)))
			rd_add_text(rd_para(root), line);
		free(line);
	}
	json_t *redenen = pt_get(r->d, "strategie.redenen");
	if (!json_array_size(redenen))
		return;
	rd_add_strong(rd_para(root), pt_zin("werk.kop-redenen", r->lang));
	l = rd_bullets(root);
	json_array_foreach(redenen, i, e) {
		const char *code = json_string_value(e);
		char key[96];
		snprintf(key, sizeof key, "reden.%s", code ? code : "");
		const char *zin = code ? pt_zin(key, r->lang) : NULL;
		if (zin) {
			cmark_node *p = rd_item(l);
			rd_add_text(p, zin);
			rd_add_text(p, " (");
			rd_add_text(p, code);
			rd_add_text(p, ")");
		} else if (code && strcmp(code, "gekozen") != 0) {
			const char *vars[] = {"code", code, NULL};
			char *line = pt_zin_fill("werk.onbekend", r->lang, vars);
			open_point_in(r, rd_item(l), line ? line : code);
			free(line);
		}
	}
}

static void p_aanleiding(doc *r, int part)
{
	const json_t *v = pt_get(r->d, "voorstel");
	rd_heading(r->root, 3, L(RL_H_AANLEIDING));
	const char *reden = rd_str(v, "geenParticipatie.reden");
	if (part == PART_GEEN) {
		para_text(r->root, L(RL_GEEN_PARTICIPATIE));
		if (!reden)
			reden = rd_str(r->d, "strategie.motivatie");
		if (reden)
			rd_labelled(rd_para(r->root), L(RL_REDEN), reden);
		else
			open_point(r, r->root, L(RL_OPEN_REDEN_GEEN));
	} else if (part == PART_WEL) {
		para_text(r->root, L(RL_WEL_PARTICIPATIE));
	} else {
		open_point(r, r->root, L(RL_OPEN_PARTICIPATIE));
	}
	cmark_node *l = rd_bullets(r->root);
	const char *naam = rd_str(v, "locatie.naam"), *wijk = rd_str(v, "locatie.wijk");
	if (naam && wijk && strcmp(naam, wijk) != 0) {
		cmark_node *p = rd_item(l);
		rd_labelled(p, L(RL_LOCATIE), naam);
		add_textf(p, " (%s)", wijk);
	} else {
		fact(r, l, L(RL_LOCATIE), naam ? naam : wijk);
	}
	fact(r, l, L(RL_SCHAAL), rd_label_of(r, &pt_v_schaal, rd_str(v, "locatie.schaal")));
	fact(r, l, L(RL_BELEIDSFASE), rd_label_of(r, &pt_v_beleidsfase, rd_str(v, "beleidsfase")));
	fact(r, l, L(RL_BELEIDSRUIMTE), rd_label_of(r, &pt_v_beleidsruimte, rd_str(v, "beleidsruimte")));
	fact(r, l, L(RL_IMPACT), rd_label_of(r, &pt_v_impact, rd_str(v, "impact")));
	fact(r, l, L(RL_INITIATIEFNEMER), rd_label_of(r, &pt_v_initiatiefnemer, rd_str(v, "initiatiefnemer")));
	if (rd_boolean(v, "politiekGevoelig") >= 0)
		fact(r, l, L(RL_POLITIEK_GEVOELIG), yes_no(r, rd_boolean(v, "politiekGevoelig")));
	if (rd_boolean(v, "omgevingswet") >= 0)
		fact(r, l, L(RL_OMGEVINGSWET), yes_no(r, rd_boolean(v, "omgevingswet")));
	if (rd_str(v, "uitzondering"))
		fact(r, l, L(RL_UITZONDERING), rd_str(v, "uitzondering"));
	if (pt_get(v, "intake")) {
		rd_add_strong(rd_para(r->root), L(RL_AFWEGING_INTAKE));
		cmark_node *g = rd_bullets(r->root);
		fact(r, g, L(RL_GATE_KEUZES), yes_no(r, rd_boolean(v, "intake.keuzes")));
		fact(r, g, L(RL_GATE_MERKBAAR), yes_no(r, rd_boolean(v, "intake.merkbaar")));
		fact(r, g, L(RL_GATE_MIDDELEN), yes_no(r, rd_boolean(v, "intake.middelen")));
	}
	onderbouwing(r, r->root);
}

static const char *current_trede(doc *r, int *from_strategy)
{
	const char *t = rd_str(r->d, "strategie.trede");
	*from_strategy = t != NULL;
	return t ? t : rd_str(r->d, "voorstel.gewensteTrede");
}

/* What a step promises, from the ladder tables in domain.md. */
static void promise(doc *r, cmark_node *l, const char *trede)
{
	int i = pt_vocab_index(&pt_v_burgertrede, trede);
	if (i >= 0) {
		rd_labelled(rd_item(l), L(RL_AGENDA), L((enum pt_rl)(RL_AGENDA_INFORMEREN + i)));
		rd_labelled(rd_item(l), L(RL_GEBONDEN), L((enum pt_rl)(RL_GEBONDEN_INFORMEREN + i)));
		return;
	}
	i = pt_vocab_index(&pt_v_overheidstrede, trede);
	if (i >= 0)
		rd_labelled(rd_item(l), L(RL_ROL_GEMEENTE), L((enum pt_rl)(RL_ROL_REGULEREN + i)));
}

static void p_trede(doc *r, int part)
{
	rd_heading(r->root, 3, L(RL_H_TREDE));
	if (part == PART_GEEN) {
		para_text(r->root, L(RL_NVT_GEEN));
		return;
	}
	int from_strategy;
	const char *trede = current_trede(r, &from_strategy);
	const char *ladder = rd_str(r->d, "strategie.ladder");
	cmark_node *l = rd_bullets(r->root);
	if (!trede) {
		open_missing(r, rd_item(l), L(RL_TREDE));
	} else {
		if (!ladder)
			ladder = pt_vocab_index(&pt_v_overheidstrede, trede) >= 0 ?
				"overheidsparticipatie" : "burgerparticipatie";
		cmark_node *p = rd_item(l);
		rd_labelled(p, L(RL_TREDE), rd_trede_label(r, trede));
		add_textf(p, " (%s)", rd_label_of(r, &pt_v_ladder, ladder));
		if (!from_strategy)
			open_point_in(r, rd_item(l), L(RL_OPEN_GEWENST));
		promise(r, l, trede);
	}
	fact(r, l, L(RL_BESLUIT_DOOR), rd_label_of(r, &pt_v_besluitdoor, rd_str(r->d, "voorstel.besluitDoor")));
	const char *advies = rd_str(r->d, "strategie.advies"), *door = rd_str(r->d, "strategie.gekozenDoor");
	if (advies && trede && door && strcmp(door, "gebruiker") == 0 && strcmp(advies, trede) != 0) {
		rd_labelled(rd_item(l), L(RL_ADVIES), rd_trede_label(r, advies));
		const char *mot = rd_str(r->d, "strategie.motivatie");
		if (!mot)
			mot = rd_str(r->d, "voorstel.motivatie");
		fact(r, l, L(RL_MOTIVATIE_KEUZE), mot);
	}
	const char *rp = rd_str(r->d, "strategie.routes.plan"), *rm = rd_str(r->d, "strategie.routes.mensen");
	if (rp && rm && strcmp(rp, rm) != 0) {
		char *routes = pt_rl_fill(RL_FMT_ROUTES, r->lang, (const char *const[]){
			"plan", rd_trede_label(r, rp), "mensen", rd_trede_label(r, rm), NULL});
		cmark_node *p = rd_item(l);
		rd_labelled(p, L(RL_ROUTES), routes);
		free(routes);
		/* an instruction only while the choice is open */
		if (!(door && strcmp(door, "gebruiker") == 0)) {
			rd_add_text(p, " \xE2\x80\x94 ");
			rd_add_text(p, pt_zin("werk.kies", r->lang));
		}
	}
	json_t *cf = pt_get(r->d, "strategie.conflicten");
	size_t i;
	json_t *e;
	json_array_foreach(cf, i, e)
		if (rd_str(e, "tekst"))
			rd_labelled(rd_item(l), L(RL_CONFLICT), rd_str(e, "tekst"));
}

static void p_kaders(doc *r, int part)
{
	const json_t *v = pt_get(r->d, "voorstel");
	rd_heading(r->root, 3, L(RL_H_KADERS));
	rd_add_strong(rd_para(r->root), L(RL_VAST));
	if (has_texts(pt_get(v, "vastKader")))
		list_of_texts(r, r->root, pt_get(v, "vastKader"));
	else
		open_missing(r, rd_para(r->root), L(RL_VAST_KADER));
	rd_add_strong(rd_para(r->root), L(RL_OPEN_VOOR_INBRENG));
	if (has_texts(pt_get(v, "openVoorInbreng")))
		list_of_texts(r, r->root, pt_get(v, "openVoorInbreng"));
	else if (part == PART_GEEN)
		para_text(r->root, L(RL_NVT_GEEN));
	else if (rd_str(v, "beleidsruimte") && strcmp(rd_str(v, "beleidsruimte"), "geen") == 0)
		para_text(r->root, L(RL_NVT_RUIMTE));	/* nothing open: nothing to ask for */
	else
		open_missing(r, rd_para(r->root), L(RL_OPEN_VOOR_INBRENG_NAAM));
}

/* A stakeholder's step: pt-strategy's per-stakeholder choice first.  The
 * choices are indexed by name once per document: a lookup per stakeholder
 * in the list would make a long list quadratic. */
static const char *stakeholder_trede(doc *r, const json_t *s)
{
	const char *naam = rd_str(s, "naam");
	if (!r->per_stakeholder) {
		r->per_stakeholder = json_object();
		size_t i;
		json_t *e;
		json_array_foreach(pt_get(r->d, "strategie.perStakeholder"), i, e)
			if (rd_str(e, "naam") && rd_str(e, "trede") && !json_object_get(r->per_stakeholder, rd_str(e, "naam")))
				json_object_set(r->per_stakeholder, rd_str(e, "naam"), json_object_get(e, "trede"));
	}
	const char *t = naam ? json_string_value(json_object_get(r->per_stakeholder, naam)) : NULL;
	return t ? t : rd_str(s, "trede");
}

static void p_betrokkenen(doc *r, int part)
{
	rd_heading(r->root, 3, L(RL_H_BETROKKENEN));
	json_t *sh = pt_get(r->d, "stakeholders");
	if (json_array_size(sh) == 0) {
		if (part == PART_GEEN)
			para_text(r->root, L(RL_NVT_GEEN));
		else
			open_point(r, r->root, L(RL_OPEN_STAKEHOLDERS));
		return;
	}
	const char *head[] = {L(RL_BELANGHEBBENDE), L(RL_GROEP), pt_zin("kol.rol", r->lang),
			      L(RL_KWADRANT), L(RL_TREDE), L(RL_AANPAK)};
	cmark_node *t = rd_table(r->root, "llllll", head);
	size_t i;
	json_t *s;
	json_array_foreach(sh, i, s) {
		char key[64];
		cmark_node *rw = rd_row(t);
		rd_cell(rw, rd_str(s, "naam") ? rd_str(s, "naam") : "?");
		rd_cell(rw, rd_label_of(r, &pt_v_groep, rd_str(s, "groep")));
		snprintf(key, sizeof key, "stakeholderrol.%s", rd_role(s));
		rd_cell(rw, pt_zin(key, r->lang));
		rd_cell(rw, rd_label_of(r, &pt_v_kwadrant, rd_str(s, "kwadrant")));
		rd_cell(rw, rd_trede_label(r, stakeholder_trede(r, s)));
		rd_cell(rw, rd_str(s, "aanpak"));
	}
}

static const char *act_name(const json_t *a)
{
	const char *n = rd_str(a, "naam");
	return n ? n : rd_str(a, "werkvorm") ? rd_str(a, "werkvorm") : "?";
}

/* The totals as items of list l (a new one when NULL). */
static void totals(doc *r, cmark_node *root, cmark_node *l)
{
	json_t *plan = pt_get(r->d, "plan");
	double uren, kosten, tarief, budget;
	char a[96], b[96], c[96];
	if (!l)
		l = rd_bullets(root);
	if (rd_number(plan, "totaal.uren", &uren))
		rd_labelled(rd_item(l), L(RL_TOTAAL_UREN), rd_fmt_num(r, uren, a, sizeof a));
	else
		open_missing(r, rd_item(l), L(RL_TOTAAL_UREN));
	if (rd_number(plan, "totaal.kostenEur", &kosten))
		rd_labelled(rd_item(l), L(RL_TOTAAL_KOSTEN), rd_fmt_euro(r, kosten, b, sizeof b));
	else
		open_missing(r, rd_item(l), L(RL_TOTAAL_KOSTEN));
	if (rd_number(plan, "totaal.uurtarief", &tarief))
		rd_labelled(rd_item(l), L(RL_UURTARIEF), rd_fmt_euro(r, tarief, c, sizeof c));
	if (rd_number(plan, "budget", &budget) || rd_number(r->d, "voorstel.budget", &budget)) {
		rd_labelled(rd_item(l), L(RL_BUDGET), rd_fmt_euro(r, budget, a, sizeof a));
		if (rd_number(plan, "totaal.kostenEur", &kosten) && kosten > budget)
			open_point_in(r, rd_item(l), L(RL_OVER_BUDGET));
	}
	/* pt-plan's estimate times the overrun of similar projects: the figure
	 * a council member should weigh beside the plain one. */
	double bu, bk;
	if (rd_number(plan, "totaal.bijgesteld.uren", &bu))
		rd_labelled(rd_item(l), L(RL_BIJGESTELD_UREN), rd_fmt_num(r, bu, a, sizeof a));
	if (rd_number(plan, "totaal.bijgesteld.kostenEur", &bk))
		rd_labelled(rd_item(l), L(RL_BIJGESTELD_KOSTEN), rd_fmt_euro(r, bk, b, sizeof b));
	double g;
	if (rd_number(plan, "gereedheid", &g)) {
		snprintf(a, sizeof a, "%.0f%%", g);
		rd_labelled(rd_item(l), L(RL_GEREEDHEID), a);
	}
}

/* An activity's date: its datum, else its week from the decision date. */
static long act_date(doc *r, const json_t *a, double wk)
{
	const char *datum = rd_str(a, "datum"), *besluit = rd_str(r->d, "voorstel.datumBesluit");
	long d = datum ? pt_date_days(datum) : -1, b = besluit ? pt_date_days(besluit) : -1;
	if (d >= 0)
		return d;
	return b >= 0 && rd_number(a, "week", &wk) ? b + 7 * (long)wk : -1;
}

static void p_planning(doc *r, int part)
{
	rd_heading(r->root, 3, L(RL_H_PLANNING));
	char date[64];
	cmark_node *l = rd_bullets(r->root);
	fact(r, l, L(RL_DATUM_BESLUIT), rd_fmt_date(r, rd_str(r->d, "voorstel.datumBesluit"), date, sizeof date));
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
		cmark_node *p = rd_item(l);
		char *groups = rd_join(r, pt_get(a, "doelgroepen"), NULL, &pt_v_groep, ", ");
		if (rd_number(a, "week", &wk)) {
			char num[32];
			snprintf(num, sizeof num, "%+.0f", wk);
			add_label(r, p, RL_FMT_WEEK, "week", num, NULL);
		} else {
			rd_add_text(p, L(RL_WEEK_ONBEKEND));
		}
		long day = act_date(r, a, wk);
		if (day >= 0) {
			int y, m, dd;
			pt_date_civil(day, &y, &m, &dd);
			add_textf(p, " (%d %s %d)", dd, pt_rl((enum pt_rl)(RL_MAAND_1 + m - 1), r->lang), y);
		}
		rd_add_text(p, ": ");
		rd_add_text(p, act_name(a));
		if (groups)
			add_textf(p, " (%s)", groups);
		free(groups);
	}
	free(ord);
	totals(r, r->root, l);
}

static void p_terugkoppeling(doc *r, int part)
{
	rd_heading(r->root, 3, L(RL_H_TERUGKOPPELING));
	para_text(r->root, L(part == PART_GEEN ? RL_TERUG_GEEN : RL_TERUG_WEL));
	cmark_node *l = rd_bullets(r->root);
	fact(r, l, L(RL_AANSPREEKPUNT), rd_str(r->d, "voorstel.trekker"));
	if (r->o->contacts && rd_str(r->d, "voorstel.contact"))
		rd_labelled(rd_item(l), L(RL_CONTACT), rd_str(r->d, "voorstel.contact"));
}

static void p_raad(doc *r, int part)
{
	rd_heading(r->root, 3, L(RL_H_RAAD));
	const char *door = rd_str(r->d, "voorstel.besluitDoor");
	if (!door)
		open_missing(r, rd_para(r->root), L(RL_BESLUIT_DOOR));
	else if (strcmp(door, "raad") == 0)
		para_text(r->root, L(part == PART_GEEN ? RL_RAAD_BESLUIT_GEEN : RL_RAAD_BESLUIT));
	else
		add_label(r, rd_para(r->root), RL_FMT_RAAD_INFO, "door", rd_label_of(r, &pt_v_besluitdoor, door), NULL);
	if (rd_boolean(r->d, "voorstel.politiekGevoelig") == 1)
		para_text(r->root, L(RL_RAAD_GEVOELIG));
}

/* The working document's weighing: every fact the advice rests on, the
 * step with the advice, routes and conflicts, what is fixed and open, the
 * stakeholders' steps, the timeline with its totals and the contact. */
static void sec_afweging(doc *r)
{
	int part = rd_participation(r);
	rd_heading(r->root, 2, pt_zin("werk.kop-afweging", r->lang));
	p_aanleiding(r, part);
	p_trede(r, part);
	p_kaders(r, part);
	p_betrokkenen(r, part);
	p_planning(r, part);
	p_terugkoppeling(r, part);
	p_raad(r, part);
}

static const char *zin_of(doc *r, const char *prefix, const char *code)
{
	char key[96];
	if (!code)
		return NULL;
	snprintf(key, sizeof key, "%s.%s", prefix, code);
	return pt_zin(key, r->lang) ? pt_zin(key, r->lang) : code;
}

/* The results as the reactienota: every point, its support, what was done
 * with it and why. */
static void sec_opbrengst(doc *r)
{
	const json_t *o = pt_get(r->d, "opbrengst");
	rd_heading(r->root, 2, pt_zin("werk.kop-opbrengst", r->lang));
	if (!json_is_object(o)) {
		open_point(r, r->root, pt_zin("werk.geen-opbrengst", r->lang));
		return;
	}
	double n;
	char num[64];
	cmark_node *l = rd_bullets(r->root);
	if (rd_number(o, "deelnemers", &n))
		rd_labelled(rd_item(l), L(RL_DEELNEMERS), rd_fmt_num(r, n, num, sizeof num));
	size_t i;
	json_t *a;
	json_array_foreach(pt_get(o, "activiteiten"), i, a) {
		char date[64];
		cmark_node *p = rd_item(l);
		rd_add_text(p, rd_str(a, "werkvorm") ? rd_str(a, "werkvorm") : "?");
		if (rd_str(a, "datum"))
			add_textf(p, ", %s", rd_fmt_date(r, rd_str(a, "datum"), date, sizeof date));
		if (rd_number(a, "deelnemers", &n))
			add_textf(p, ": %s", rd_fmt_num(r, n, num, sizeof num));
	}
	if (rd_str(o, "terugkoppeling"))
		rd_labelled(rd_item(l), pt_zin("kol.terug", r->lang), rd_str(o, "terugkoppeling"));
	json_t *punten = pt_get(o, "punten");
	if (!json_array_size(punten))
		return;
	const char *keys[] = {"inbreng", "groep", "activiteit", "steun", "besluit", "reden", "terugkoppeling"};
	const char *head[7];
	const char *cols[] = {"kol.inbreng", "kol.groep", "kol.activiteit", "kol.steun", "kol.besluit", "kol.reden", "kol.terug"};
	for (int k = 0; k < 7; k++)
		head[k] = pt_zin(cols[k], r->lang);
	cmark_node *t = rd_table(r->root, "lllllll", head);
	json_t *pt;
	json_array_foreach(punten, i, pt) {
		cmark_node *rw = rd_row(t);
		rd_cell(rw, rd_str(pt, keys[0]));
		rd_cell(rw, rd_str(pt, keys[1]) ? rd_label_of(r, &pt_v_groep, rd_str(pt, keys[1])) : NULL);
		rd_cell(rw, rd_str(pt, keys[2]));
		rd_cell(rw, zin_of(r, "steun", rd_str(pt, keys[3])));
		rd_cell(rw, zin_of(r, "besluit", rd_str(pt, keys[4])));
		rd_cell(rw, rd_str(pt, keys[5]));
		rd_cell(rw, rd_str(pt, keys[6]));
		const char *b = rd_str(pt, "besluit");
		if (b && strcmp(b, "overgenomen") != 0 && !rd_str(pt, "reden")) {
			char what[512];
			snprintf(what, sizeof what, "%s: %s", rd_str(pt, "inbreng") ? rd_str(pt, "inbreng") : "?",
				 pt_zin("kol.reden", r->lang));
			open_missing(r, rd_para(r->root), what);
		}
	}
}

/* The public reactienota the paragraph refers to: every point once, how
 * often it was raised, what was done with it and why; no groups' support,
 * no activities, nothing of the working document.  The text is what
 * pt-results kept, free of personal data; while a word may still be a
 * name it is a CONCEPT (1). */
static int sec_reactienota(doc *r)
{
	const json_t *o = pt_get(r->d, "opbrengst");
	rd_heading(r->root, 2, pt_zin("nota.kop", r->lang));
	int concept = 0;
	size_t i;
	json_t *e;
	json_array_foreach(pt_get(r->d, "meldingen"), i, e)
		if (rd_str(e, "code") && strcmp(rd_str(e, "code"), "mogelijk-naam") == 0 && !concept) {
			cmark_node *c = rd_para(r->root);
			rd_add_strong(c, pt_zin("concept.merk", r->lang));
			rd_add_text(c, " ");
			rd_add_text(c, pt_zin("nota.naam", r->lang));
			concept = 1;
		}
	json_t *punten = pt_get(o, "punten");
	if (!json_array_size(punten)) {
		open_point(r, r->root, pt_zin("werk.geen-opbrengst", r->lang));
		return concept;
	}
	char num[32];
	snprintf(num, sizeof num, "%zu", json_array_size(punten));
	const char *vars[] = {"n", num, NULL};
	char *intro = pt_zin_fill("nota.intro", r->lang, vars);
	rd_add_text(rd_para(r->root), intro ? intro : "");
	free(intro);
	const char *head[] = {pt_zin("kol.inbreng", r->lang), pt_zin("nota.aantal", r->lang),
			      pt_zin("kol.besluit", r->lang), pt_zin("nota.antwoord", r->lang)};
	cmark_node *t = rd_table(r->root, "lrll", head);
	json_array_foreach(punten, i, e) {
		char f1[512], f2[512];
		const char *inbreng = rd_str(e, "inbreng");
		size_t j, count = 0, first = 1;
		json_t *x;
		if (!inbreng)
			continue;
		pt_fold(inbreng, f1, sizeof f1);
		json_array_foreach(punten, j, x) {
			if (!rd_str(x, "inbreng") || strcmp(pt_fold(rd_str(x, "inbreng"), f2, sizeof f2), f1) != 0)
				continue;
			if (j < i)
				first = 0;
			count++;
		}
		if (!first)
			continue;	/* each point once */
		cmark_node *rw = rd_row(t);
		rd_cell(rw, inbreng);
		snprintf(num, sizeof num, "%zu", count);
		rd_cell(rw, num);
		rd_cell(rw, zin_of(r, "besluit", rd_str(e, "besluit")));
		rd_cell(rw, rd_str(e, "reden"));
	}
	return concept;
}

/* The first line of the internal document says what it is. */
static void werk_mark(doc *r)
{
	cmark_node *p = rd_para(r->root);
	rd_add_strong(p, pt_zin("werk.merk", r->lang));
	rd_add_text(p, " ");
	rd_add_text(p, pt_zin("werk.uitleg", r->lang));
}

/* Open questions of the working document: the paragraph's, if any. */
static void werk_open(doc *r)
{
	char q[1200];
	if (!rd_open_question(r, q, sizeof q))
		return;
	rd_heading(r->root, 2, pt_zin("werk.kop-open", r->lang));
	open_point(r, r->root, q);
}

/* ---- stakeholders ---------------------------------------------------------- */

/* Markdown on stdout: the grid's facts as a table of quadrants. */
static void quadrant_table(doc *r, const json_t *sh)
{
	const char *head[] = {L(RL_KWADRANT), L(RL_BELANGHEBBENDEN)};
	cmark_node *t = rd_table(r->root, "ll", head);
	for (int k = 0; pt_v_kwadrant.terms[k].code; k++) {
		const char *code = pt_v_kwadrant.terms[k].code;
		pt_buf b = PT_BUF_INIT;
		size_t i;
		json_t *s;
		json_array_foreach(sh, i, s) {
			const char *kw = rd_str(s, "kwadrant");
			if (!kw || strcmp(kw, code) != 0)
				continue;
			pt_buf_printf(&b, "%s%zu. %s", b.len ? ", " : "", i + 1,
				      rd_str(s, "naam") ? rd_str(s, "naam") : "?");
		}
		cmark_node *rw = rd_row(t);
		rd_cell(rw, pt_vocab_label(&pt_v_kwadrant, code, r->lang));
		rd_cell(rw, b.len ? pt_buf_str(&b) : "\xE2\x80\x94");
		pt_buf_free(&b);
	}
}

static void num_cell(doc *r, cmark_node *rw, const json_t *o, const char *key)
{
	double v;
	char buf[96];
	rd_cell(rw, rd_number(o, key, &v) ? rd_fmt_num(r, v, buf, sizeof buf) : NULL);
}

/* "4 / 5": influence and interest in one column, to keep the table
 * narrow enough for A4. */
static const char *power_interest(const json_t *s, char *buf, size_t n)
{
	double a, b;
	if (!rd_number(s, "invloed", &a) || !rd_number(s, "belang", &b))
		return NULL;
	snprintf(buf, n, "%.0f / %.0f", a, b);
	return buf;
}

static void sec_stakeholders(doc *r)
{
	json_t *sh = pt_get(r->d, "stakeholders");
	rd_heading(r->root, 2, L(RL_H_STAKEHOLDERS));
	if (json_array_size(sh) == 0) {
		open_point(r, r->root, L(RL_OPEN_STAKEHOLDERS));
		return;
	}
	if (!picture(r, r->root, pt_svg_grid(sh, r->lang, r->o->format != PT_RENDER_HTML), "krachtenveld", L(RL_GRID_TITLE)))
		quadrant_table(r, sh);
	const char *head[] = {L(RL_NR), L(RL_BELANGHEBBENDE), L(RL_INVLOED_BELANG),
			      L(RL_HOUDING), L(RL_KWADRANT), L(RL_SALIENCE), L(RL_AANPAK),
			      L(RL_TREDE), L(RL_CONTACT)};
	cmark_node *t = rd_table(r->root, r->o->contacts ? "rlclllll" "l" : "rlclllll", head);
	size_t i;
	json_t *s;
	json_array_foreach(sh, i, s) {
		char nr[32];
		snprintf(nr, sizeof nr, "%zu", i + 1);
		cmark_node *rw = rd_row(t);
		rd_cell(rw, nr);
		rd_cell(rw, rd_str(s, "naam") ? rd_str(s, "naam") : "?");
		rd_cell(rw, power_interest(s, nr, sizeof nr));
		rd_cell(rw, rd_label_of(r, &pt_v_houding, rd_str(s, "houding")));
		rd_cell(rw, rd_label_of(r, &pt_v_kwadrant, rd_str(s, "kwadrant")));
		rd_cell(rw, rd_label_of(r, &pt_v_salience, rd_str(s, "salience")));
		rd_cell(rw, rd_str(s, "aanpak"));
		rd_cell(rw, rd_trede_label(r, stakeholder_trede(r, s)));
		if (r->o->contacts)
			rd_cell(rw, rd_str(s, "contact"));
	}
	json_array_foreach(sh, i, s) {
		double a, b;
		if (!rd_number(s, "invloed", &a) || !rd_number(s, "belang", &b)) {
			char *what = pt_rl_fill(RL_FMT_NIET_GEPLAATST, r->lang, (const char *const[]){
				"naam", rd_str(s, "naam") ? rd_str(s, "naam") : "?", NULL});
			open_point(r, r->root, what);
			free(what);
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
	cmark_node *t = rd_table(r->root, "rlllrr", head);
	size_t n = json_array_size(acts), *ord = pt_render_week_order(acts);
	for (size_t i = 0; i < n; i++) {
		json_t *a = json_array_get(acts, ord[i]);
		cmark_node *rw = rd_row(t);
		double v;
		char buf[96];
		rd_cell(rw, rd_number(a, "week", &v) ? week_text(v, buf, sizeof buf) : NULL);
		rd_cell(rw, act_name(a));
		char *groups = rd_join(r, pt_get(a, "doelgroepen"), NULL, &pt_v_groep, ", ");
		rd_cell(rw, groups);
		free(groups);
		rd_cell(rw, rd_trede_label(r, rd_str(a, "trede")));
		num_cell(r, rw, a, "uren");
		rd_cell(rw, rd_number(a, "kostenEur", &v) ? rd_fmt_euro(r, v, buf, sizeof buf) : NULL);
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
		const char *w = rd_str(a, "werkvorm"), *naam = rd_str(a, "naam");
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
	const char *naam = rd_str(e, "naam");
	if (naam)
		return pt_xstrdup(naam);
	const char *id = json_is_object(e) ? rd_str(e, "werkvorm") : json_string_value(e);
	return id && *id ? pt_render_werkvorm_name(acts, id) : NULL;
}

/* The alternatives of one activity as "A, B", or NULL.  Caller frees. */
static char *alternatives_of(const json_t *acts, const json_t *a)
{
	pt_buf b = PT_BUF_INIT;
	size_t i;
	json_t *e;
	json_array_foreach(pt_get(a, "alternatieven"), i, e) {
		char *name = alternative_name(acts, e);
		if (!name)
			continue;
		if (b.len)
			pt_buf_puts(&b, ", ");
		pt_buf_puts(&b, name);
		free(name);
	}
	return b.len ? pt_buf_take(&b) : NULL;
}

static void alternatives(doc *r, const json_t *acts)
{
	cmark_node *l = NULL;
	size_t i;
	json_t *a;
	json_array_foreach(acts, i, a) {
		char *alt = alternatives_of(acts, a);
		char *who = rd_join(r, pt_get(a, "collegas"), NULL, NULL, ", ");
		if (alt || who) {
			if (!l) {
				rd_heading(r->root, 3, L(RL_H_ALTERNATIEVEN));
				l = rd_bullets(r->root);
			}
			cmark_node *p = rd_item(l);
			rd_add_strong(p, act_name(a));
			if (alt) {
				rd_add_text(p, " \xE2\x80\x94 ");
				add_label(r, p, RL_FMT_ALTERNATIEVEN, "alternatieven", alt, NULL);
			}
			if (who) {
				rd_add_text(p, " \xE2\x80\x94 ");
				add_label(r, p, RL_FMT_COLLEGAS, "wie", who, NULL);
			}
		}
		free(alt);
		free(who);
	}
}

static void similar_cases(doc *r, const json_t *cases)
{
	if (json_array_size(cases) == 0)
		return;
	rd_heading(r->root, 3, L(RL_H_VERGELIJKBAAR));
	cmark_node *l = rd_bullets(r->root);
	size_t i;
	json_t *c;
	json_array_foreach(cases, i, c) {
		cmark_node *p = rd_item(l);
		const char *id = rd_str(c, "id"), *titel = rd_str(c, "titel"), *oordeel = rd_str(c, "oordeel");
		rd_add_strong(p, titel ? titel : id ? id : "?");
		if (id && titel)
			add_textf(p, " (%s)", id);
		if (oordeel) {
			rd_add_text(p, ", ");
			add_label(r, p, RL_FMT_OORDEEL, "oordeel", rd_label_of(r, &pt_v_oordeel, oordeel), NULL);
		}
		char *lessen = rd_join(r, pt_get(c, "lessen"), NULL, NULL, "; ");
		if (lessen) {
			rd_add_text(p, " \xE2\x80\x94 ");
			add_label(r, p, RL_FMT_LESSEN, "lessen", lessen, NULL);
		}
		free(lessen);
	}
}

static void sec_plan(doc *r)
{
	json_t *plan = pt_get(r->d, "plan");
	rd_heading(r->root, 2, L(RL_H_PLAN));
	if (!json_is_object(plan)) {
		open_point(r, r->root, L(RL_OPEN_PLAN));
		return;
	}
	json_t *acts = pt_get(plan, "activiteiten");
	double g;
	if (rd_number(plan, "gereedheid", &g)) {
		char pct[32];
		snprintf(pct, sizeof pct, "%.0f", g);
		add_label(r, rd_para(r->root), RL_FMT_GEREED, "procent", pct, NULL);
	}
	if (json_array_size(acts) == 0) {
		open_point(r, r->root, L(RL_OPEN_ACTIVITEITEN));
	} else {
		picture(r, r->root, pt_svg_timeline(acts, r->lang,
			pt_date_days(rd_str(r->d, "voorstel.datumBesluit") ? rd_str(r->d, "voorstel.datumBesluit") : ""),
			r->o->format != PT_RENDER_HTML),
			"tijdlijn", L(RL_TL_TITLE));
		activities_table(r, acts);
	}
	totals(r, r->root, NULL);
	alternatives(r, acts);
	if (has_texts(pt_get(plan, "openPunten"))) {
		rd_heading(r->root, 3, L(RL_H_OPENPUNTEN));
		json_t *op = pt_get(plan, "openPunten");
		cmark_node *l = rd_bullets(r->root);
		size_t i;
		json_t *e;
		json_array_foreach(op, i, e) {
			const char *t = json_string_value(e);
			int again = 0;
			/* each open point once: two meetings of one kind ask the same */
			for (size_t j = 0; t && j < i && !again; j++)
				again = json_string_value(json_array_get(op, j)) &&
					strcmp(json_string_value(json_array_get(op, j)), t) == 0;
			if (t && *t && !again)
				open_point_in(r, rd_item(l), t);
		}
	}
	similar_cases(r, pt_get(plan, "vergelijkbaar"));
}

/* ---- evaluatie ------------------------------------------------------------- */

static const char *score(doc *r, const json_t *o, char *buf, size_t n)
{
	double g, a;
	char num[96];
	if (!rd_number(o, "gemiddelde", &g))
		return NULL;
	/* one decimal always: scores are averages */
	snprintf(num, sizeof num, "%.1f", round(g * 10) / 10);
	char *point = strchr(num, '.');
	if (point)
		*point = *pt_lang_rule(r->lang, "decimaalteken");
	if (rd_number(o, "aantal", &a))
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
	cmark_node *t = rd_table(r->root, "lrrl", head);
	size_t i;
	json_t *c;
	json_array_foreach(crit, i, c) {
		char a[128], b[128];
		cmark_node *rw = rd_row(t);
		rd_cell(rw, rd_str(c, "naam") ? rd_str(c, "naam") : rd_str(c, "id"));
		rd_cell(rw, score(r, pt_get(c, "team"), a, sizeof a));
		rd_cell(rw, score(r, pt_get(c, "extern"), b, sizeof b));
		rd_cell(rw, rd_label_of(r, &pt_v_oordeel, rd_str(c, "oordeel")));
	}
}

static void eval_checklist(doc *r, const json_t *ev)
{
	json_t *cl = pt_get(ev, "checklist");
	if (json_array_size(cl) == 0)
		return;
	rd_heading(r->root, 3, L(RL_H_CHECKLIST));
	const char *head[] = {L(RL_NR), L(RL_PUNT), L(RL_VOLDAAN), L(RL_BRON), L(RL_TOELICHTING)};
	cmark_node *t = rd_table(r->root, "lllll", head);
	size_t i;
	json_t *c;
	json_array_foreach(cl, i, c) {
		const char *id = rd_str(c, "id");
		int k = id && id[0] == 'C' ? atoi(id + 1) : 0;
		int v = rd_boolean(c, "voldaan");
		cmark_node *rw = rd_row(t);
		rd_cell(rw, id);
		rd_cell(rw, k >= 1 && k <= 10 ? L((enum pt_rl)(RL_C1 + k - 1)) : NULL);
		rd_cell(rw, v < 0 ? L(RL_ONBEKEND) : L(v ? RL_JA : RL_NEE));
		rd_cell(rw, rd_str(c, "bron"));
		rd_cell(rw, rd_str(c, "toelichting"));
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
	rd_heading(r->root, 3, L(RL_H_GEPLAND_WERKELIJK));
	const char *head[] = {"", L(RL_GEPLAND), L(RL_WERKELIJK), L(RL_VERSCHIL)};
	cmark_node *t = rd_table(r->root, "lrrr", head);
	const char *keys[2] = {"uren", "kostenEur"};
	enum pt_rl names[2] = {RL_UREN, RL_KOSTEN};
	for (int k = 0; k < 2; k++) {
		double p = 0, w = 0;
		char a[96], b[96], c[96], d[100];
		int hp = rd_number(pt_get(ev, "gepland"), keys[k], &p);
		int hw = rd_number(pt_get(ev, "werkelijk"), keys[k], &w);
		cmark_node *rw = rd_row(t);
		rd_cell(rw, L(names[k]));
		if (k == 0) {
			rd_cell(rw, hp ? rd_fmt_num(r, p, a, sizeof a) : NULL);
			rd_cell(rw, hw ? rd_fmt_num(r, w, b, sizeof b) : NULL);
			rd_cell(rw, hp && hw ? signed_text(w - p, rd_fmt_num(r, w - p, c, sizeof c), d, sizeof d) : NULL);
		} else {
			rd_cell(rw, hp ? rd_fmt_euro(r, p, a, sizeof a) : NULL);
			rd_cell(rw, hw ? rd_fmt_euro(r, w, b, sizeof b) : NULL);
			rd_cell(rw, hp && hw ? signed_text(w - p, rd_fmt_euro(r, w - p, c, sizeof c), d, sizeof d) : NULL);
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
	rd_heading(r->root, 3, L(RL_H_LESSEN));
	for (int k = 0; k < 3; k++) {
		json_t *arr = pt_get(les, keys[k]);
		if (!has_texts(arr))
			continue;
		rd_add_strong(rd_para(r->root), L(names[k]));
		list_of_texts(r, r->root, arr);
	}
}

static void sec_evaluatie(doc *r)
{
	json_t *ev = pt_get(r->d, "evaluatie");
	rd_heading(r->root, 2, L(RL_H_EVALUATIE));
	if (!json_is_object(ev)) {
		open_point(r, r->root, L(RL_OPEN_EVALUATIE));
		return;
	}
	double team, ext;
	cmark_node *l = rd_bullets(r->root);
	if (rd_number(ev, "respondenten.team", &team) && rd_number(ev, "respondenten.extern", &ext)) {
		char t[32], e[32];
		snprintf(t, sizeof t, "%.0f", team), snprintf(e, sizeof e, "%.0f", ext);
		add_label(r, rd_item(l), RL_FMT_RESPONDENTEN, "team", t, "deelnemers", e, NULL);
	}
	fact(r, l, L(RL_EINDOORDEEL), rd_label_of(r, &pt_v_oordeel, rd_str(ev, "oordeel")));
	eval_criteria(r, ev);
	eval_checklist(r, ev);
	eval_planned(r, ev);
	eval_lessons(r, ev);
}

/* ---- meldingen ------------------------------------------------------------- */

static void sec_meldingen(doc *r)
{
	json_t *m = pt_get(r->d, "meldingen");
	rd_heading(r->root, 2, L(RL_H_MELDINGEN));
	if (json_array_size(m) == 0) {
		para_text(r->root, L(RL_GEEN_MELDINGEN));
		return;
	}
	cmark_node *l = rd_bullets(r->root);
	size_t i;
	json_t *e;
	json_array_foreach(m, i, e) {
		cmark_node *p = rd_item(l);
		const char *ernst = rd_label_of(r, &pt_v_ernst, rd_str(e, "ernst"));
		rd_labelled(p, ernst ? ernst : "?", rd_str(e, "tekst") ? rd_str(e, "tekst") : "");
		const char *pad = rd_str(e, "pad"), *bron = rd_str(e, "bron");
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
		{"werkdocument", PT_RS_WERK}, {"working-document", PT_RS_WERK},
		{"afweging", PT_RS_AFWEGING}, {"weighing", PT_RS_AFWEGING},
		{"stakeholders", PT_RS_STAKEHOLDERS}, {"plan", PT_RS_PLAN},
		{"opbrengst", PT_RS_OPBRENGST}, {"results", PT_RS_OPBRENGST},
		{"evaluatie", PT_RS_EVALUATIE}, {"evaluation", PT_RS_EVALUATIE},
		{"all", PT_RS_ALL}, {"alles", PT_RS_ALL},
		{"reactienota", PT_RS_REACTIENOTA}, {"response-memo", PT_RS_REACTIENOTA},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(s, names[i].name) == 0)
			return names[i].bits;
	return -1;
}

/* The working document, or the parts of it asked for.  The whole of it
 * gives only the sections the dossier has; a part asked for alone is
 * always there, with an open point when missing. */
static void werkdocument(doc *r, int s)
{
	int whole = (s & PT_RS_WERK) == PT_RS_WERK;
	if (whole)
		werk_open(r);
	if (s & PT_RS_AFWEGING)
		sec_afweging(r);
	if ((s & PT_RS_STAKEHOLDERS) && (!whole || pt_get(r->d, "stakeholders")))
		sec_stakeholders(r);
	if ((s & PT_RS_PLAN) && (!whole || pt_get(r->d, "plan")))
		sec_plan(r);
	if ((s & PT_RS_OPBRENGST) && (!whole || pt_get(r->d, "opbrengst")))
		sec_opbrengst(r);
	if ((s & PT_RS_EVALUATIE) && (!whole || pt_get(r->d, "evaluatie")))
		sec_evaluatie(r);
	if (s & PT_RS_MELDINGEN)
		sec_meldingen(r);
}

static int build(doc *r)
{
	int s = r->o->sections, concept = 0;
	if (s == PT_RS_REACTIENOTA) {
		title_block(r);
		return sec_reactienota(r);
	}
	if (!(s & PT_RS_PARAGRAAF)) {
		werk_mark(r);
		title_block(r);
		werkdocument(r, s);
		return 0;
	}
	title_block(r);
	concept = rd_paragraaf(r);
	if (s & PT_RS_WERK) {
		/* the bijlage: its own title, then the mark */
		rd_heading(r->root, 1, pt_zin("werk.kop", r->lang));
		werk_mark(r);
		werkdocument(r, s);
	}
	return concept;
}

/* A stakeholder who is a private person (the naming rule, namen.csv:
 * "Fam. de Vries, Kerkstraat 12, 6411 AB") is never named in a document pt
 * prints, in a table or in the grid: a copy of the dossier where such a
 * naam reads "privépersoon 3".  NULL when there is none. */
static json_t *mask_persons(const json_t *d, enum pt_lang lang)
{
	json_t *copy = NULL, *s;
	size_t i;
	json_array_foreach(pt_get(d, "stakeholders"), i, s) {
		if (!rd_person_name(rd_str(s, "naam")))
			continue;
		if (!copy)
			copy = json_deep_copy(d);
		char num[32];
		snprintf(num, sizeof num, "%zu", i + 1);
		const char *vars[] = {"n", num, NULL};
		char *t = pt_zin_fill("naam.persoon", lang, vars);
		json_object_set_new(json_array_get(pt_get(copy, "stakeholders"), i), "naam", json_string(t ? t : "?"));
		free(t);
	}
	return copy;
}

cmark_node *pt_render_tree(const json_t *d, const pt_render_opts *o, int pics_beside,
			   pt_render_pic *pics, int *npics, int *concept)
{
	rd_cmark_setup();
	json_t *masked = mask_persons(d, o->lang);
	if (masked)
		d = masked;
	doc r = {.root = cmark_node_new(CMARK_NODE_DOCUMENT), .d = d, .o = o, .lang = o->lang,
		 .pics_beside = pics_beside, .pics = pics, .npics = npics, .id = rd_str(d, "voorstel.id")};
	if (npics)
		*npics = 0;
	int c = build(&r);
	if (concept)
		*concept = c;
	json_decref(r.per_stakeholder);
	json_decref(masked);	/* the tree holds copies of its texts */
	return r.root;
}

char *pt_render_dossier(const json_t *d, const pt_render_opts *o, int pics_beside,
			pt_render_pic *pics, int *npics, int *concept)
{
	cmark_node *root = pt_render_tree(d, o, pics_beside, pics, npics, concept);
	char *out;
	if (o->format == PT_RENDER_HTML)
		out = cmark_render_html(root, HTML_OPTS, rd_html_exts);
	else
		out = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0);
	cmark_node_free(root);
	return out;
}

void pt_render_pics_free(pt_render_pic *pics, int npics)
{
	for (int i = 0; i < npics; i++)
		free(pics[i].name), free(pics[i].svg);
}
