/* The paragraph participatie for the council: short running text in the
 * order the domain notes give (pt-render(1)): what is fixed and open; who
 * is involved; the step and why; how and when; what happens with the
 * input; the council's role.  At the decision stage the results replace
 * the plan; at evaluation the verdict follows.  Every sentence comes from
 * zinnen.csv.  It is public: no scores, rule ids, attitudes or salience of
 * named parties, no rates -- those are in the working document. */
#include <stdlib.h>
#include <string.h>
#include "render_priv.h"

#define MAX_ITEMS 6		/* activities or points named in one sentence */
#define MAX_REDENEN 2		/* reasons given for the step */

/* Groups that practice says are usually missed (domain notes, "Who is
 * affected": loketgezondleven.nl, dialoogisch.nl). */
static const char *const hard_to_reach[] = {
	"kinderen", "jongeren", "ouderen", "beperking", "mantelzorgers",
	"laaggeletterden", "anderstaligen", "clienten", NULL
};

static int in_list(const char *const *list, const char *s)
{
	for (; s && *list; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

/* ---- sentences ------------------------------------------------------------ */

/* Pattern key filled with name, value pairs ending in NULL. */
static char *fill(doc *r, const char *key, ...)
{
	const char *vars[32];
	size_t n = 0;
	va_list ap;
	va_start(ap, key);
	const char *s;
	while (n < 30 && (s = va_arg(ap, const char *)) != NULL) {
		vars[n++] = s;
		vars[n++] = va_arg(ap, const char *);
	}
	va_end(ap);
	vars[n] = NULL;
	return pt_zin_fill(key, r->lang, vars);
}

/* Append a sentence (owned; NULL is no sentence) to the running text. */
static void say(pt_buf *p, char *s)
{
	if (!s)
		return;
	if (p->len)
		pt_buf_putc(p, ' ');
	pt_buf_puts(p, s);
	free(s);
}

static void flush(doc *r, pt_buf *p)
{
	if (p->len)
		rd_add_text(rd_para(r->root), pt_buf_str(p));
	pt_buf_free(p);
}

/* Free text from the dossier ends a sentence with a full stop. */
static char *sentence_end(const char *s)
{
	char *c = pt_render_clean(s);
	size_t n = strlen(c);
	while (n && c[n - 1] == ' ')
		c[--n] = '\0';
	if (n && !strchr(".!?", c[n - 1])) {
		pt_buf b = PT_BUF_INIT;
		pt_buf_puts(&b, c);
		pt_buf_putc(&b, '.');
		free(c);
		return pt_buf_take(&b);
	}
	return c;
}

/* "Inloopavond" reads as "inloopavond" inside a sentence (and "Drop-in
 * evening" as "drop-in evening"); a name
 * whose second letter is a capital (an abbreviation) stays as it is. */
static char *in_sentence(doc *r, const char *s)
{
	char *c = pt_render_clean(s);
	if (c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'a' && c[1] <= 'z')
		c[0] = (char)(c[0] - 'A' + 'a');
	return c;
}

/* Free text after "De reden:": a sentence, without its capital. */
static char *after_colon(doc *r, const char *s)
{
	char *e = sentence_end(s), *c = in_sentence(r, e);
	free(e);
	return c;
}

/* "a, b en c" (owned items, freed here); NULL when there are none. */
static char *and_list(doc *r, char **items, size_t n)
{
	if (!n)
		return NULL;
	pt_buf b = PT_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			pt_buf_printf(&b, i + 1 == n ? " %s " : ", ", pt_zin("lijst.en", r->lang));
		pt_buf_puts(&b, items[i]);
		free(items[i]);
	}
	return pt_buf_take(&b);
}

/* ---- dates ---------------------------------------------------------------- */

/* An activity's start as days since 1970: its datum, else its week
 * counted from the decision date; -1 when neither is known. */
static long act_days(doc *r, const json_t *a)
{
	long d = pt_date_days(rd_str(a, "datum") ? rd_str(a, "datum") : "");
	double wk;
	if (d >= 0)
		return d;
	long besluit = pt_date_days(rd_str(r->d, "voorstel.datumBesluit") ? rd_str(r->d, "voorstel.datumBesluit") : "");
	if (besluit >= 0 && rd_number(a, "week", &wk))
		return besluit + 7 * (long)wk;
	return -1;
}

/* "april 2027", or "april" when with_year is 0. */
static const char *month_text(doc *r, long days, int with_year, char *buf, size_t n)
{
	int y, m, d;
	pt_date_civil(days, &y, &m, &d);
	const char *name = pt_rl((enum pt_rl)(RL_MAAND_1 + m - 1), r->lang);
	if (with_year)
		snprintf(buf, n, "%s %d", name, y);
	else
		snprintf(buf, n, "%s", name);
	return buf;
}

static int same_month(long a, long b)
{
	int ya, ma, yb, mb, d;
	pt_date_civil(a, &ya, &ma, &d);
	pt_date_civil(b, &yb, &mb, &d);
	return ya == yb && ma == mb;
}

static int same_year(long a, long b)
{
	int ya, yb, m, d;
	pt_date_civil(a, &ya, &m, &d);
	pt_date_civil(b, &yb, &m, &d);
	return ya == yb;
}

/* ---- the state of the dossier ------------------------------------------------ */

static const char *step(doc *r)
{
	const char *t = rd_str(r->d, "strategie.trede");
	return t ? t : rd_str(r->d, "voorstel.gewensteTrede");
}

static int chosen_by_user(doc *r)
{
	const char *door = rd_str(r->d, "strategie.gekozenDoor");
	return door && strcmp(door, "gebruiker") == 0;
}

static const char *motivation(doc *r)
{
	const char *m = rd_str(r->d, "strategie.motivatie");
	return m ? m : rd_str(r->d, "voorstel.motivatie");
}

static int has_code(const json_t *arr, const char *code)
{
	size_t i;
	json_t *e;
	json_array_foreach(arr, i, e)
		if (json_is_string(e) && strcmp(json_string_value(e), code) == 0)
			return 1;
	return 0;
}

/* The reason for no participation: the user's text, else a known reason
 * code's sentence, else pt-strategy's motivation.  Caller frees. */
static char *no_participation_reason(doc *r)
{
	const char *t = rd_str(r->d, "voorstel.geenParticipatie.reden");
	if (t)
		return after_colon(r, t);
	size_t i;
	json_t *e;
	/* the first reason that argues against participation */
	static const char *const against[] = {
		"gate-geen-keuzes", "gate-geen-tijd", "gate-geen-middelen", "gate-niet-merkbaar",
		"uitzondering", "ruimte-geen", "instrument-tarief", "impact-laag", "fase-uitvoering", NULL
	};
	json_array_foreach(pt_get(r->d, "strategie.redenen"), i, e) {
		char key[96];
		if (!in_list(against, json_string_value(e)))
			continue;
		snprintf(key, sizeof key, "reden.%s", json_string_value(e));
		if (pt_zin(key, r->lang))
			return pt_xstrdup(pt_zin(key, r->lang));
	}
	t = motivation(r);
	return t ? after_colon(r, t) : NULL;
}

static int same_as_advice(doc *r)
{
	const char *advies = rd_str(r->d, "strategie.advies");
	return advies && step(r) && strcmp(advies, step(r)) == 0;
}

/* The routes leave the step open when pt-strategy says a person must
 * choose (its melding routes-verschillen): one step apart, or both held
 * by a cap, its advice stands. */
static int routes_disagree(doc *r)
{
	size_t i;
	json_t *e;
	json_array_foreach(pt_get(r->d, "meldingen"), i, e)
		if (rd_str(e, "code") && strcmp(rd_str(e, "code"), "routes-verschillen") == 0)
			return 1;
	return 0;
}

/* Is the step itself the open question? */
static int step_open(doc *r)
{
	if (!step(r))
		return 1;
	if (chosen_by_user(r))
		return !motivation(r) && !same_as_advice(r);
	return routes_disagree(r);
}

const char *rd_open_question(doc *r, char *buf, size_t n)
{
	char *q = NULL;
	size_t i;
	json_t *e;
	json_array_foreach(pt_get(r->d, "meldingen"), i, e)
		if (rd_str(e, "ernst") && strcmp(rd_str(e, "ernst"), "fout") == 0 && rd_str(e, "tekst")) {
			q = fill(r, "vraag.fout", "tekst", rd_str(e, "tekst"), NULL);
			break;
		}
	int part = rd_participation(r);
	if (!q && part == PART_GEEN) {
		char *why = no_participation_reason(r);
		if (!why)
			q = fill(r, "vraag.geen-reden", NULL);
		free(why);
	} else if (!q && !step(r)) {
		q = fill(r, "vraag.trede", NULL);
	} else if (!q && routes_disagree(r) && !chosen_by_user(r)) {
		q = fill(r, "vraag.routes", "plan", rd_trede_label(r, rd_str(r->d, "strategie.routes.plan")),
			 "mensen", rd_trede_label(r, rd_str(r->d, "strategie.routes.mensen")), NULL);
	} else if (!q && chosen_by_user(r) && !motivation(r) && !same_as_advice(r)) {
		q = fill(r, "vraag.motivatie", "trede", rd_trede_label(r, step(r)),
			 "advies", rd_trede_label(r, rd_str(r->d, "strategie.advies")), NULL);
		if (!q)
			q = fill(r, "vraag.motivatie-kaal", "trede", rd_trede_label(r, step(r)), NULL);
	}
	if (!q)
		return NULL;
	snprintf(buf, n, "%s", q);
	free(q);
	return buf;
}

/* ---- the parts ------------------------------------------------------------------ */

static char *place(doc *r)
{
	const char *naam = rd_str(r->d, "voorstel.locatie.naam"), *wijk = rd_str(r->d, "voorstel.locatie.wijk");
	if (naam && wijk && strcmp(naam, wijk) != 0)
		return fill(r, "plek.twee", "naam", naam, "wijk", wijk, NULL);
	return naam ? pt_xstrdup(naam) : wijk ? pt_xstrdup(wijk) : NULL;
}

static char *text_list(doc *r, const json_t *arr)
{
	char *items[32];
	size_t n = 0, i;
	json_t *e;
	json_array_foreach(arr, i, e)
		if (json_string_value(e) && *json_string_value(e) && n < 32)
			items[n++] = pt_render_clean(json_string_value(e));
	return and_list(r, items, n);
}

static void p_intro(doc *r, pt_buf *p)
{
	const char *titel = rd_str(r->d, "voorstel.titel");
	char key[64];
	snprintf(key, sizeof key, "schaal.%s", rd_str(r->d, "voorstel.locatie.schaal") ? rd_str(r->d, "voorstel.locatie.schaal") : "");
	const char *schaal = pt_zin(key, r->lang);
	char *plek = place(r), *s = NULL;
	if (plek && schaal)
		s = fill(r, "intro.plek", "titel", titel, "plek", plek, "schaal", schaal, NULL);
	else if (plek)
		s = fill(r, "intro.plek-kaal", "titel", titel, "plek", plek, NULL);
	else if (schaal)
		s = fill(r, "intro.schaal", "titel", titel, "schaal", schaal, NULL);
	if (!s)
		s = fill(r, "intro.titel", "titel", titel, NULL);
	say(p, s);
	free(plek);
	char *vast = text_list(r, pt_get(r->d, "voorstel.vastKader"));
	char *open = text_list(r, pt_get(r->d, "voorstel.openVoorInbreng"));
	say(p, fill(r, "vast", "lijst", vast, NULL));
	/* informing asks for no input: nothing is "open for input" then,
	 * unless a later step asks for it */
	if (!step(r) || strcmp(step(r), "informeren") != 0 || rd_str(r->d, "strategie.vervolg.trede"))
		say(p, fill(r, "open", "lijst", open, NULL));
	free(vast);
	free(open);
}

const char *rd_role(const json_t *s)
{
	const char *rol = rd_str(s, "rol"), *groep = rd_str(s, "groep");
	if (rol)
		return rol;
	if (groep && strcmp(groep, "intern") == 0)
		return "partner";
	if (groep && (strcmp(groep, "overheid") == 0))
		return "overheid";
	if (groep && (strcmp(groep, "politiek") == 0 || strcmp(groep, "media") == 0))
		return "";
	return "deelnemer";
}

static char *group_phrase(doc *r, const char *groep)
{
	char key[96];
	snprintf(key, sizeof key, "groep.%s", groep);
	const char *z = pt_zin(key, r->lang);
	return pt_xstrdup(z ? z : pt_vocab_label(&pt_v_groep, groep, r->lang));
}

static int seen(char **items, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(items[i], s) == 0)
			return 1;
	return 0;
}

/* The hard-to-reach group a stakeholder stands for: its groep, or a tag. */
static const char *hard_group(const json_t *s)
{
	if (in_list(hard_to_reach, rd_str(s, "groep")))
		return rd_str(s, "groep");
	size_t i;
	json_t *t;
	json_array_foreach(pt_get(s, "tags"), i, t)
		if (in_list(hard_to_reach, json_string_value(t)))
			return json_string_value(t);
	return NULL;
}

/* Activities a participant takes part in or sees: not the internal work
 * (soort proces) or the municipality's own role on an initiative. */
static int public_activity(const json_t *a)
{
	const char *soort = rd_str(a, "soort");
	return !soort || strcmp(soort, "werkvorm") == 0 || strcmp(soort, "procedure") == 0;
}

/* How a group is reached: an activity of the plan aimed at it, by name (a
 * stakeholder's own aanpak is advice to the civil servant, and may judge
 * the party: it stays in the working document).  NULL when none. */
static char *reached_by(doc *r, const char *groep)
{
	const char *best = NULL;
	size_t i;
	json_t *a;
	json_array_foreach(pt_get(r->d, "plan.activiteiten"), i, a) {
		const char *naam = rd_activity_name(r, a);
		const char *trede = rd_str(a, "trede");
		if (!naam || !public_activity(a) || !has_code(pt_get(a, "doelgroepen"), groep))
			continue;
		/* one that asks for input says more than a letter */
		if (!best || !(trede && strcmp(trede, "informeren") == 0)) {
			best = naam;
			if (!(trede && strcmp(trede, "informeren") == 0))
				break;
		}
	}
	return best ? in_sentence(r, best) : NULL;
}

static void p_betrokkenen(doc *r, pt_buf *p)
{
	char *groups[32], *partners[32], *hard[MAX_ITEMS], *hard_seen[32];
	size_t ng = 0, np = 0, nh = 0, nhs = 0, nvia = 0, i;
	json_t *s;
	json_array_foreach(pt_get(r->d, "stakeholders"), i, s) {
		const char *rol = rd_role(s), *groep = rd_str(s, "groep");
		if (strcmp(rol, "deelnemer") == 0 && groep && ng < 32) {
			char *g = group_phrase(r, groep);
			if (seen(groups, ng, g))
				free(g);
			else
				groups[ng++] = g;
		} else if ((strcmp(rol, "partner") == 0 || strcmp(rol, "overheid") == 0) &&
			   rd_str(s, "naam") && np < 32) {
			partners[np++] = pt_render_clean(rd_str(s, "naam"));
		}
		const char *h = strcmp(rol, "deelnemer") == 0 ? hard_group(s) : NULL;
		if (h && nh < MAX_ITEMS && nhs < 32) {
			char *g = group_phrase(r, h);
			if (seen(hard_seen, nhs, g)) {
				free(g);
				continue;
			}
			hard_seen[nhs++] = pt_xstrdup(g);
			char *how = reached_by(r, h);
			char *item = how ? fill(r, "moeilijk.item", "groep", g, "aanpak", how, NULL) : NULL;
			hard[nh++] = item ? item : pt_xstrdup(g);
			nvia += item != NULL;
			free(how);
			free(g);
		}
	}
	char *g = and_list(r, groups, ng), *pa = and_list(r, partners, np), *h = and_list(r, hard, nh);
	say(p, fill(r, "betrokken", "groepen", g, NULL));
	say(p, fill(r, nvia ? "moeilijk" : "moeilijk.aandacht", "lijst", h, NULL));
	say(p, fill(r, "partners", "partners", pa, NULL));
	free(g), free(pa), free(h);
	for (i = 0; i < nhs; i++)
		free(hard_seen[i]);
}

/* Reason codes for the step: pt-strategy's, else what the proposal's own
 * fields say (older dossiers). */
static void reasons(doc *r, pt_buf *p, int initiative)
{
	json_t *redenen = pt_get(r->d, "strategie.redenen");
	const char *fallback[6];
	size_t nf = 0, said = 0, i;
	if (!json_array_size(redenen)) {
		/* Only what argues for this step: informing rests on little impact,
		 * no room or a decision already taken; a higher step on impact
		 * and room. */
		const char *impact = rd_str(r->d, "voorstel.impact"), *ruimte = rd_str(r->d, "voorstel.beleidsruimte"),
			   *fase = rd_str(r->d, "voorstel.beleidsfase"), *t = step(r);
		int inform = t && strcmp(t, "informeren") == 0;
		if (rd_boolean(r->d, "voorstel.spoed") == 1)
			fallback[nf++] = "spoed";
		if (inform && fase && (strcmp(fase, "uitvoering") == 0 || strcmp(fase, "evaluatie") == 0))
			fallback[nf++] = "fase-uitvoering";
		if (inform && impact && strcmp(impact, "laag") == 0)
			fallback[nf++] = "impact-laag";
		if (inform && ruimte && strcmp(ruimte, "geen") == 0)
			fallback[nf++] = "ruimte-geen";
		if (!inform && impact && strcmp(impact, "hoog") == 0)
			fallback[nf++] = "impact-hoog";
		if (!inform && ruimte && strcmp(ruimte, "beperkt") == 0)
			fallback[nf++] = "ruimte-beperkt";
		if (!inform && ruimte && strcmp(ruimte, "ruim") == 0)
			fallback[nf++] = "ruimte-ruim";
	}
	size_t n = nf ? nf : json_array_size(redenen);
	for (i = 0; i < n && said < MAX_REDENEN; i++) {
		const char *code = nf ? fallback[i] : json_string_value(json_array_get(redenen, i));
		if (!code || (initiative && strncmp(code, "initiatief", 10) == 0))
			continue;
		char key[96];
		snprintf(key, sizeof key, "reden.%s", code);
		if (pt_zin(key, r->lang)) {
			say(p, pt_xstrdup(pt_zin(key, r->lang)));
			said++;
		}
	}
}

static void p_trede(doc *r, pt_buf *p)
{
	const char *trede = step(r);
	char key[96];
	int initiative = pt_vocab_index(&pt_v_overheidstrede, trede) >= 0;
	if (initiative) {
		snprintf(key, sizeof key, "wie.%s", rd_str(r->d, "voorstel.initiatiefnemer") ? rd_str(r->d, "voorstel.initiatiefnemer") : "");
		say(p, fill(r, "initiatief", "wie", pt_zin(key, r->lang), NULL));
		snprintf(key, sizeof key, "rol.%s", trede);
	} else {
		snprintf(key, sizeof key, "trede.%s", trede);
	}
	say(p, fill(r, key, NULL));
	if (strcmp(trede, "meebeslissen") == 0) {
		char *k = rd_str(r->d, "voorstel.zeggenschapKaders") ? sentence_end(rd_str(r->d, "voorstel.zeggenschapKaders")) : NULL;
		if (k)
			k[strlen(k) - 1] = '\0';	/* the pattern ends the sentence */
		say(p, fill(r, "kaders", "kaders", k, NULL));
		free(k);
	}
	if (chosen_by_user(r) || has_code(pt_get(r->d, "strategie.redenen"), "gekozen")) {
		char *m = motivation(r) ? after_colon(r, motivation(r)) : NULL;
		say(p, fill(r, "motivatie", "motivatie", m, NULL));
		free(m);
	} else {
		reasons(r, p, initiative);
	}
	if (initiative && (has_code(pt_get(r->d, "strategie.redenen"), "initiatief-participatieplicht") ||
			   rd_boolean(r->d, "voorstel.omgevingswet") == 1))
		say(p, fill(r, "initiatief.plicht", NULL));
	const char *vt = rd_str(r->d, "strategie.vervolg.trede"), *over = rd_str(r->d, "strategie.vervolg.over");
	if (vt && over) {
		char *o = in_sentence(r, over);
		say(p, fill(r, "vervolg", "trede", rd_trede_label(r, vt), "over", o, NULL));
		free(o);
	}
}


static int after_decision(doc *r, const json_t *a)
{
	const char *moment = rd_str(a, "moment");
	double wk;
	long besluit = pt_date_days(rd_str(r->d, "voorstel.datumBesluit") ? rd_str(r->d, "voorstel.datumBesluit") : "");
	long d = act_days(r, a);
	/* dates decide; without them, the moment pt-plan gave */
	if (besluit >= 0 && d >= 0)
		return d > besluit;
	if (moment && strcmp(moment, "terugkoppeling") == 0)
		return 1;
	return rd_number(a, "week", &wk) && wk > 0;
}

/* The activities before (after 0) or after (1) the decision as "naam
 * (maand jaar)" (or the names alone, months 0), each name once; *first
 * and *last get the date range. */
static char *activity_list(doc *r, int after, int months, long *first, long *last)
{
	json_t *acts = pt_get(r->d, "plan.activiteiten");
	size_t n = json_array_size(acts), *ord = pt_render_week_order(acts), k = 0, more = 0;
	char *items[MAX_ITEMS + 1], *names[64];
	size_t nn = 0;
	*first = *last = -1;
	for (size_t i = 0; i < n; i++) {
		json_t *a = json_array_get(acts, ord[i]);
		const char *naam = rd_activity_name(r, a);
		if (!naam || !public_activity(a) || after_decision(r, a) != after)
			continue;
		long d = act_days(r, a);
		if (d >= 0) {
			if (*first < 0 || d < *first)
				*first = d;
			if (d > *last)
				*last = d;
		}
		char *name = in_sentence(r, naam);
		if (seen(names, nn, name) || nn >= 64) {
			free(name);
			continue;
		}
		names[nn++] = name;
		if (k == MAX_ITEMS) {
			more++;
			continue;
		}
		char month[64];
		char *it = d >= 0 && months ? fill(r, "act.maand", "naam", name, "maand", month_text(r, d, 1, month, sizeof month), NULL) : NULL;
		items[k++] = it ? it : pt_xstrdup(name);
	}
	free(ord);
	for (size_t i = 0; i < nn; i++)
		free(names[i]);
	if (more) {
		char num[32];
		snprintf(num, sizeof num, "%zu", more);
		items[k++] = more == 1 ? fill(r, "nog.een", NULL) : fill(r, "nog.meer", "n", num, NULL);
	}
	return and_list(r, items, k);
}

static void p_wanneer(doc *r, pt_buf *p)
{
	long first, last, f2, l2;
	char *before = activity_list(r, 0, 1, &first, &last);
	char a[64], b[64], date[64];
	if (before && first >= 0 && same_month(first, last)) {
		/* all in one month: the month once */
		free(before);
		before = activity_list(r, 0, 0, &first, &last);
		say(p, fill(r, "wanneer.maand", "maand", month_text(r, first, 1, a, sizeof a), "acts", before, NULL));
	}
	else if (before && first >= 0)
		say(p, fill(r, "wanneer.periode", "van", month_text(r, first, !same_year(first, last), a, sizeof a),
			    "tot", month_text(r, last, 1, b, sizeof b), "acts", before, NULL));
	else
		say(p, fill(r, "wanneer.zonder", "acts", before, NULL));
	free(before);
	say(p, fill(r, "besluit.datum", "datum", rd_fmt_date(r, rd_str(r->d, "voorstel.datumBesluit"), date, sizeof date), NULL));
	char *after = activity_list(r, 1, 1, &f2, &l2);
	say(p, fill(r, "na.besluit", "acts", after, NULL));
	free(after);
}

static int phase(doc *r)
{
	return pt_vocab_index(&pt_v_beleidsfase, rd_str(r->d, "voorstel.beleidsfase"));
}

/* ---- results (opbrengst) -------------------------------------------------------- */

static int steun_rank(const json_t *pt)
{
	const char *s = rd_str(pt, "steun");
	return !s ? 3 : strcmp(s, "groot") == 0 ? 0 : strcmp(s, "beperkt") == 0 ? 1 : 2;
}

/* The inbreng of points with besluit b (NULL: the best supported). */
static char *points(doc *r, const json_t *punten, const char *b)
{
	char *items[MAX_ITEMS];
	size_t k = 0, i;
	json_t *pt;
	for (int rank = 0; rank <= 3 && k < 3; rank++)
		json_array_foreach(punten, i, pt) {
			const char *besluit = rd_str(pt, "besluit"), *inbreng = rd_str(pt, "inbreng");
			if (!inbreng || k >= 3)
				continue;
			if (b ? !besluit || strcmp(besluit, b) != 0 || rank : steun_rank(pt) != rank)
				continue;
			items[k++] = in_sentence(r, inbreng);
		}
	return and_list(r, items, k);
}

static void p_opbrengst(doc *r, pt_buf *p, const json_t *o)
{
	double n;
	char num[64];
	char *acts[MAX_ITEMS];
	size_t k = 0, i;
	json_t *a;
	json_array_foreach(pt_get(o, "activiteiten"), i, a) {
		double dn;
		const char *w = rd_activity_name(r, a);
		if (!w || k >= MAX_ITEMS)
			continue;
		char *name = in_sentence(r, w), *it = NULL;
		if (rd_number(a, "deelnemers", &dn))
			it = fill(r, "res.act", "naam", name, "n", rd_fmt_num(r, dn, num, sizeof num), NULL);
		acts[k++] = it ? it : pt_xstrdup(name);
		free(name);
	}
	char *via = and_list(r, acts, k);
	if (rd_number(o, "deelnemers", &n)) {
		rd_fmt_num(r, n, num, sizeof num);
		char *s = fill(r, "res.deelnemers-via", "n", num, "acts", via, NULL);
		say(p, s ? s : fill(r, "res.deelnemers", "n", num, NULL));
	}
	free(via);
	json_t *punten = pt_get(o, "punten");
	char *main_points = points(r, punten, NULL), *over = points(r, punten, "overgenomen"),
	     *deels = points(r, punten, "deels");
	say(p, fill(r, "res.punten", "lijst", main_points, NULL));
	say(p, fill(r, "res.overgenomen", "lijst", over, NULL));
	say(p, fill(r, "res.deels", "lijst", deels, NULL));
	free(main_points), free(over), free(deels);
	size_t said = 0;
	json_t *pt;
	json_array_foreach(punten, i, pt) {
		const char *besluit = rd_str(pt, "besluit");
		if (said >= 2 || !besluit || strcmp(besluit, "niet") != 0 || !rd_str(pt, "reden") || !rd_str(pt, "inbreng"))
			continue;
		char *reden = sentence_end(rd_str(pt, "reden")), *inbreng = pt_render_clean(rd_str(pt, "inbreng"));
		say(p, fill(r, "res.niet", "inbreng", inbreng, "reden", reden, NULL));
		free(reden), free(inbreng);
		said++;
	}
}

static void p_evaluatie(doc *r, pt_buf *p)
{
	const json_t *ev = pt_get(r->d, "evaluatie");
	char key[64];
	snprintf(key, sizeof key, "oordeel.%s", rd_str(ev, "oordeel") ? rd_str(ev, "oordeel") : "");
	say(p, fill(r, "eval.oordeel", "oordeel", pt_zin(key, r->lang), NULL));
	const char *kinds[] = {"lessen.eigen", "lessen.succesfactoren", "lessen.valkuilen"};
	for (int k = 0; k < 3; k++) {
		const char *les = json_string_value(json_array_get(pt_get(ev, kinds[k]), 0));
		if (les && *les) {
			char *l = sentence_end(les);
			say(p, fill(r, "eval.les", "les", l, NULL));
			free(l);
			break;
		}
	}
}

static void p_inbreng(doc *r, pt_buf *p, int results)
{
	const char *trede = step(r), *door = rd_str(r->d, "voorstel.besluitDoor");
	char key[64];
	/* while the step is an open question, nothing that depends on it */
	if (step_open(r))
		trede = NULL;
	int inform = trede && strcmp(trede, "informeren") == 0;
	const json_t *o = pt_get(r->d, "opbrengst");
	if (results) {
		char *t = rd_str(o, "terugkoppeling") ? sentence_end(rd_str(o, "terugkoppeling")) : NULL;
		say(p, fill(r, "res.terug", "terug", t, NULL));
		free(t);
		if (json_array_size(pt_get(o, "punten")))
			say(p, fill(r, "res.bijlage", NULL));
	} else if (inform) {
		say(p, fill(r, "terug.informeren", NULL));
	} else if (pt_vocab_index(&pt_v_overheidstrede, trede) >= 0) {
		/* an initiative: the initiator reports (Or 7.4), unless let go */
		if (strcmp(trede, "loslaten") != 0)
			say(p, fill(r, "initiatief.terug", NULL));
	} else if (strcmp(trede ? trede : "", "meebeslissen") == 0) {
		say(p, fill(r, "inbreng.meebeslissen", NULL));
	} else if (pt_vocab_index(&pt_v_burgertrede, trede) >= 0) {
		snprintf(key, sizeof key, "besluiter.%s", door ? door : "");
		const char *who = pt_zin(key, r->lang);
		char *s = strcmp(trede, "coproduceren") == 0 ? fill(r, "inbreng.coproduceren", "besluiter", who, NULL) : NULL;
		say(p, s ? s : fill(r, "inbreng", "besluiter", who, NULL));
		say(p, fill(r, "terug", NULL));
	}
	say(p, fill(r, "contact", "trekker", rd_str(r->d, "voorstel.trekker"), NULL));
	/* informing asks nothing: no "what it brought" for the council */
	snprintf(key, sizeof key, "raad.%s%s", door ? door : "", inform ? "-kaal" : "");
	char *raad = fill(r, key, NULL);
	if (!raad && inform) {
		snprintf(key, sizeof key, "raad.%s", door ? door : "");
		raad = fill(r, key, NULL);
	}
	say(p, raad);
	if (rd_boolean(r->d, "voorstel.politiekGevoelig") == 1 && door && strcmp(door, "raad") != 0)
		say(p, fill(r, "raad.gevoelig", NULL));
}

/* ---- the paragraph ------------------------------------------------------------- */

static void concept_mark(doc *r, const char *question)
{
	cmark_node *c = rd_para(r->root);
	rd_add_strong(c, pt_zin("concept.merk", r->lang));
	char *s = fill(r, "concept.zin", "vraag", question, NULL);
	rd_add_text(c, " ");
	rd_add_text(c, s ? s : question);
	free(s);
}

int rd_paragraaf(doc *r)
{
	char q[1200];
	const char *question = rd_open_question(r, q, sizeof q);
	pt_buf p = PT_BUF_INIT;
	rd_heading(r->root, 2, pt_zin("kop.paragraaf", r->lang));
	if (question)
		concept_mark(r, question);
	int part = rd_participation(r);
	if (part == PART_GEEN) {
		say(&p, fill(r, "geen", NULL));
		char *why = no_participation_reason(r);
		/* the user's words are quoted as the reason; a reason code's
		 * sentence stands on its own */
		if (why && rd_str(r->d, "voorstel.geenParticipatie.reden"))
			say(&p, fill(r, "geen.reden", "reden", why, NULL));
		else
			say(&p, why ? pt_xstrdup(why) : NULL);
		free(why);
		flush(r, &p);
		return question != NULL;
	}
	p_intro(r, &p);
	flush(r, &p);
	p_betrokkenen(r, &p);
	flush(r, &p);
	/* The step waits for its open question: nothing here from a choice
	 * not yet made. */
	if (!step_open(r))
		p_trede(r, &p);
	flush(r, &p);
	const json_t *o = pt_get(r->d, "opbrengst");
	int results = phase(r) >= 2 && json_is_object(o) &&
		      (rd_number(o, "deelnemers", &(double){0}) || json_array_size(pt_get(o, "punten")));
	if (results)
		p_opbrengst(r, &p, o);
	else
		p_wanneer(r, &p);
	flush(r, &p);
	p_inbreng(r, &p, results);
	flush(r, &p);
	if (phase(r) == 4 && json_is_object(pt_get(r->d, "evaluatie")))
		p_evaluatie(r, &p);
	flush(r, &p);
	return question != NULL;
}
