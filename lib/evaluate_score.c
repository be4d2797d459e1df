/* Scoring a dossier: means per criterion and group, the verdict by the
 * Gennep rule, the ombudsman checklist from the dossier's own evidence or
 * from the answers, planned against actual, and the lessons. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "evaluate.h"
#include "redact.h"

#define BRON "pt-evaluate"
#define EPS 1e-9

static double round2(double x)
{
	return round(x * 100) / 100;
}

/* A number as the language writes it, to two decimals with no trailing
 * zero: 3,25 and 3,5 in Dutch, 3.5 in English. */
static const char *num(double x, int lang, char *buf, size_t n)
{
	long long cents = llround(x * 100);
	if (cents % 10)
		return pt_fmt_fixed(buf, n, cents, 100, lang);
	return pt_fmt_fixed(buf, n, cents / 10, 10, lang);
}

const char *pt_eval_verdict(int goed, int voldoende, int onvoldoende, double goed_aandeel)
{
	int judged = goed + voldoende + onvoldoende;
	if (judged == 0)
		return NULL;
	/* Gennep: voldoende with at most one onvoldoende, offset by a goed. */
	if (onvoldoende > 1 || (onvoldoende == 1 && goed == 0))
		return "onvoldoende";
	if (onvoldoende == 0 && goed >= goed_aandeel * judged - EPS)
		return "goed";
	return "voldoende";
}

static const char *judge(const pt_eval_data *q, double mean)
{
	return mean >= q->goed - EPS ? "goed" : mean >= q->voldoende - EPS ? "voldoende" : "onvoldoende";
}

/* ---- criteria ---------------------------------------------------------- */

struct mean {
	double som;
	long aantal, ontbrekend;
};

static struct mean crit_mean(const pt_eval_data *q, const pt_eval_scope *s, size_t c, int g)
{
	struct mean m = {0, 0, 0};
	for (size_t v = 0; s && v < q->nvragen; v++) {
		if ((size_t)q->vragen[v].crit != c)
			continue;
		m.som += s->som[2 * v + g];
		m.aantal += s->aantal[2 * v + g];
		m.ontbrekend += s->ontbrekend[2 * v + g];
	}
	return m;
}

static json_t *group_json(struct mean m)
{
	return json_pack("{s:o, s:I, s:I}", "gemiddelde",
			 m.aantal ? json_real(round2(m.som / m.aantal)) : json_null(),
			 "aantal", (json_int_t)m.aantal, "ontbrekend", (json_int_t)m.ontbrekend);
}

struct counts {
	int goed, voldoende, onvoldoende;
};

static void gap_melding(json_t *d, const pt_eval_criterium *c, double team, double ext, int lang)
{
	char a[32], b[32];
	pt_melding_add(d, PT_WAARSCHUWING, "kloof", "evaluatie.criteria", BRON,
		       pt_eval_text(lang, "melding.kloof"), pt_eval_crit_name(c, lang), num(team, lang, a, sizeof a),
		       num(ext, lang, b, sizeof b));
}

static json_t *criteria_json(json_t *d, const pt_eval_opts *o, const pt_eval_scope *s,
			     struct counts *n)
{
	const pt_eval_data *q = o->data;
	int lang = o->lang;
	json_t *arr = json_array();
	for (size_t c = 0; c < q->ncriteria; c++) {
		const pt_eval_criterium *cr = &q->criteria[c];
		struct mean t = crit_mean(q, s, c, PT_TEAM), e = crit_mean(q, s, c, PT_EXTERN);
		const char *oordeel = NULL;
		/* Team and participants weigh the same, however many of each answered. */
		if (t.aantal || e.aantal) {
			double mt = t.aantal ? t.som / t.aantal : 0, me = e.aantal ? e.som / e.aantal : 0;
			double mean = t.aantal && e.aantal ? (mt + me) / 2 : t.aantal ? mt : me;
			oordeel = judge(q, mean);
			if (t.aantal && e.aantal && fabs(round2(mt) - round2(me)) >= q->kloof - EPS)
				gap_melding(d, cr, mt, me, lang);
		}
		if (oordeel && strcmp(oordeel, "goed") == 0)
			n->goed++;
		else if (oordeel && strcmp(oordeel, "voldoende") == 0)
			n->voldoende++;
		else if (oordeel)
			n->onvoldoende++;
		json_array_append_new(arr, json_pack("{s:s, s:s, s:o, s:o, s:o}", "id", cr->id,
			"naam", pt_eval_crit_name(cr, lang), "team", group_json(t), "extern", group_json(e),
			"oordeel", oordeel ? json_string(oordeel) : json_null()));
		if (oordeel && strcmp(oordeel, "onvoldoende") == 0)
			pt_melding_add(d, PT_WAARSCHUWING, "criterium-onvoldoende", "evaluatie.criteria", BRON,
				       pt_eval_text(lang, "melding.criterium-onvoldoende"), pt_eval_crit_name(cr, lang));
	}
	return arr;
}

/* ---- the ombudsman checklist ------------------------------------------- */

static int filled(const json_t *v)
{
	return v && !json_is_null(v) && !(json_is_string(v) && json_string_length(v) == 0) &&
	       !(json_is_array(v) && json_array_size(v) == 0) && !json_is_false(v);
}

/* What the evidence says of an item: 1 met, 0 not met, -1 it cannot
 * tell; bron is where it comes from (dossier, opbrengst, antwoorden). */
struct evidence {
	int met;
	const char *bron;
	char text[512];
};

static struct evidence said(int met, const char *bron, const char *text)
{
	struct evidence e = {met, bron, ""};
	snprintf(e.text, sizeof e.text, "%s", text ? text : "");
	return e;
}

/* The dossier says an item is met or not, in the text of id. */
#define MET(id) said(1, "dossier", pt_eval_text(x->o->lang, id))
#define UNMET(id) said(0, "dossier", pt_eval_text(x->o->lang, id))
#define UNKNOWN said(-1, NULL, NULL)

/* What the checklist may look at for one dossier. */
struct sources {
	const json_t *d;
	const pt_eval_opts *o;
	const pt_eval_scope *s;
};

static struct evidence c1_motivated(const struct sources *x)
{
	const json_t *d = x->d, *st = json_object_get(d, "strategie");
	if (filled(pt_get(d, "voorstel.geenParticipatie.reden")))
		return MET("C1.reden");
	if (filled(json_object_get(st, "motivatie")) || filled(pt_get(d, "voorstel.motivatie")))
		return MET("C1.gemotiveerd");
	if (filled(json_object_get(st, "onderbouwing")))
		return MET("C1.onderbouwd");
	if (json_is_object(st))
		return UNMET("C1.niet");
	return UNKNOWN;
}

static struct evidence c2_step(const struct sources *x)
{
	const json_t *d = x->d, *st = json_object_get(d, "strategie");
	if (json_is_string(json_object_get(st, "trede")) || filled(pt_get(d, "voorstel.gewensteTrede")))
		return MET("C2.trede");
	if (json_is_false(json_object_get(st, "participatie")))
		return MET("C2.geen-participatie");
	if (json_is_object(st))
		return UNMET("C2.niet");
	return UNKNOWN;
}

static struct evidence c3_fixed_open(const struct sources *x)
{
	const json_t *v = json_object_get(x->d, "voorstel");
	if (!json_is_object(v))
		return UNKNOWN;
	if (filled(json_object_get(v, "vastKader")) && filled(json_object_get(v, "openVoorInbreng")))
		return MET("C3.wel");
	return UNMET("C3.niet");
}

static const json_t *activities(const json_t *d)
{
	const json_t *a = pt_get(d, "plan.activiteiten");
	return json_is_array(a) ? a : NULL;
}

/* The mean answer of the participants (else of everyone) to the questions
 * tied to checklist item id; -1 when nobody answered them. */
static double answered(const struct sources *x, const char *id, long *n, int *extern_only)
{
	const pt_eval_data *q = x->o->data;
	double som[2] = {0, 0};
	long cnt[2] = {0, 0};
	for (size_t v = 0; x->s && v < q->nvragen; v++)
		if (strcmp(q->vragen[v].checklist, id) == 0)
			for (int g = 0; g < 2; g++)
				som[g] += x->s->som[2 * v + g], cnt[g] += x->s->aantal[2 * v + g];
	*extern_only = cnt[PT_EXTERN] > 0;
	*n = *extern_only ? cnt[PT_EXTERN] : cnt[PT_TEAM];
	return *n ? (*extern_only ? som[PT_EXTERN] : som[PT_TEAM]) / *n : -1;
}

/* The participants' own word on an item, over what the plan intended. */
static struct evidence from_participants(const struct sources *x, const char *id)
{
	long n;
	int ext, lang = x->o->lang;
	char m[32], a[512], name[32];
	double mean = answered(x, id, &n, &ext);
	if (mean < 0 || !ext)
		return UNKNOWN;
	int met = mean >= x->o->data->voldoende - EPS;
	snprintf(name, sizeof name, "checklist.%s", id);
	snprintf(a, sizeof a, pt_eval_text(lang, "deelnemers"), num(mean, lang, m, sizeof m), n,
		 pt_eval_text(lang, name));
	return said(met, "antwoorden", a);
}

/* Dates actually held, from the opbrengst, against the decision date. */
static struct evidence c4_held(const struct sources *x)
{
	const char *besluit = pt_get_str(x->d, "voorstel.datumBesluit");
	long b = besluit ? pt_date_days(besluit) : -1, first = -1;
	const char *first_s = NULL;
	size_t i;
	json_t *a;
	char text[512];
	json_array_foreach(pt_get(x->d, "opbrengst.activiteiten"), i, a) {
		const char *dt = json_string_value(json_object_get(a, "datum"));
		long t = dt ? pt_date_days(dt) : -1;
		if (t >= 0 && (first < 0 || t < first))
			first = t, first_s = dt;
	}
	if (b < 0 || first < 0)
		return UNKNOWN;
	snprintf(text, sizeof text, pt_eval_text(x->o->lang, first < b ? "C4.voor" : "C4.na"), first_s, besluit);
	return said(first < b, "opbrengst", text);
}

static struct evidence c4_before(const struct sources *x)
{
	const json_t *a = activities(x->d), *act;
	size_t i;
	struct evidence e = c4_held(x);
	if (e.met >= 0)
		return e;
	e = from_participants(x, "C4");
	if (e.met >= 0)
		return e;
	if (!a)
		return UNKNOWN;
	json_array_foreach(a, i, act)
		if (json_is_number(json_object_get(act, "week")) &&
		    json_number_value(json_object_get(act, "week")) < 0)
			return MET("C4.plan-wel");
	return UNMET("C4.plan-niet");
}

static struct evidence c5_timeline(const struct sources *x)
{
	const json_t *a = activities(x->d), *act;
	size_t i;
	int dated = a && json_array_size(a) > 0 && filled(pt_get(x->d, "voorstel.datumBesluit"));
	if (!a)
		return UNKNOWN;
	json_array_foreach(a, i, act)
		dated &= json_is_number(json_object_get(act, "week"));
	if (dated)
		return MET("C5.wel");
	return UNMET("C5.niet");
}

static struct evidence c6_contact(const struct sources *x)
{
	const json_t *v = json_object_get(x->d, "voorstel");
	if (!json_is_object(v))
		return UNKNOWN;
	if (filled(json_object_get(v, "contact")) || filled(json_object_get(v, "trekker")))
		return MET("C6.wel");
	return UNMET("C6.niet");
}

static int mentions_feedback(const char *s)
{
	char f[256];
	return s && (strstr(pt_fold(s, f, sizeof f), "terugkoppel") || strstr(f, "feedback") ||
		     strstr(f, "reactienota"));
}

/* Feedback given, as the opbrengst records it. */
static struct evidence c9_recorded(const struct sources *x)
{
	const json_t *ob = json_object_get(x->d, "opbrengst"), *p;
	size_t i, n = 0;
	json_array_foreach(json_object_get(ob, "punten"), i, p)
		n += json_object_get(p, "terugkoppeling") != NULL;
	if (filled(json_object_get(ob, "terugkoppeling")) || n > 0)
		return said(1, "opbrengst", pt_eval_text(x->o->lang, "C9.opbrengst-wel"));
	if (json_is_object(ob))
		return said(0, "opbrengst", pt_eval_text(x->o->lang, "C9.opbrengst-niet"));
	return UNKNOWN;
}

/* After what participants say (checklist_json): feedback recorded, then
 * planned.  A reactienota that was planned is no feedback received. */
static struct evidence c9_feedback(const struct sources *x)
{
	const json_t *a = activities(x->d), *act;
	size_t i;
	struct evidence e = c9_recorded(x);
	if (e.met >= 0)
		return e;
	if (!a)
		return UNKNOWN;
	json_array_foreach(a, i, act) {
		const json_t *w = json_object_get(act, "week");
		if ((json_is_number(w) && json_number_value(w) >= 0) ||
		    mentions_feedback(json_string_value(json_object_get(act, "werkvorm"))) ||
		    mentions_feedback(json_string_value(json_object_get(act, "naam"))) ||
		    mentions_feedback(json_string_value(json_object_get(act, "moment"))))
			return MET("C9.plan-wel");
	}
	return UNMET("C9.plan-niet");
}

/* C8 "input recorded": an opbrengst with points is the record. */
static struct evidence c8_recorded(const struct sources *x)
{
	const json_t *p = pt_get(x->d, "opbrengst.punten");
	if (json_array_size(p) > 0)
		return said(1, "opbrengst", pt_eval_text(x->o->lang, "C8.opbrengst"));
	return UNKNOWN;
}

static struct evidence from_answers_only(const struct sources *x)
{
	(void)x;
	return UNKNOWN;
}

/* participants: what the participants answer goes before the dossier's
 * own evidence, which says what was intended.  C4 orders its sources
 * itself (the dates held first); C8's record is a fact of its own. */
static const struct item {
	const char *id;		/* its name: checklist.ID in evaluatie-teksten.csv */
	struct evidence (*dossier)(const struct sources *x);
	int participants;
} items[] = {
	{"C1", c1_motivated, 0}, {"C2", c2_step, 1}, {"C3", c3_fixed_open, 1}, {"C4", c4_before, 0},
	{"C5", c5_timeline, 1}, {"C6", c6_contact, 1}, {"C7", from_answers_only, 0},
	{"C8", c8_recorded, 0}, {"C9", c9_feedback, 1}, {"C10", from_answers_only, 0},
};

static json_t *check_json(const char *id, int met, const char *bron, const char *text)
{
	return json_pack("{s:s, s:o, s:s, s:s}", "id", id,
			 "voldaan", met < 0 ? json_null() : json_boolean(met), "bron", bron,
			 "toelichting", text);
}

/* The answers to the questions tied to an item, over both groups. */
static json_t *check_from_answers(const pt_eval_opts *o, const pt_eval_scope *s,
				  const struct item *it, int *met)
{
	const pt_eval_data *q = o->data;
	int lang = o->lang;
	double som = 0;
	long n = 0;
	char m[32];
	pt_buf ids = PT_BUF_INIT, text = PT_BUF_INIT;
	for (size_t v = 0; v < q->nvragen; v++) {
		if (strcmp(q->vragen[v].checklist, it->id) != 0)
			continue;
		pt_buf_printf(&ids, "%s%s", ids.len ? ", " : "", q->vragen[v].id);
		for (int g = 0; s && g < 2; g++)
			som += s->som[2 * v + g], n += s->aantal[2 * v + g];
	}
	*met = n ? som / n >= q->voldoende - EPS : -1;
	if (!ids.len)
		pt_buf_puts(&text, pt_eval_text(lang, "antwoorden.geen-vraag"));
	else if (!n)
		pt_buf_printf(&text, pt_eval_text(lang, "antwoorden.geen"), ids.s);
	else
		pt_buf_printf(&text, pt_eval_text(lang, "antwoorden.gemiddeld"), num(som / n, lang, m, sizeof m), ids.s, n);
	json_t *c = check_json(it->id, *met, "antwoorden", pt_buf_str(&text));
	pt_buf_free(&ids), pt_buf_free(&text);
	return c;
}

static json_t *checklist_json(json_t *d, const pt_eval_opts *o, const pt_eval_scope *s)
{
	int lang = o->lang;
	json_t *arr = json_array();
	struct sources x = {d, o, s};
	for (size_t i = 0; i < sizeof items / sizeof *items; i++) {
		const struct item *it = &items[i];
		struct evidence e = it->participants ? from_participants(&x, it->id) : UNKNOWN;
		if (e.met < 0)
			e = it->dossier(&x);
		int met = e.met;
		char name[32];
		snprintf(name, sizeof name, "checklist.%s", it->id);
		json_array_append_new(arr, met >= 0 ? check_json(it->id, met, e.bron, e.text)
					   : check_from_answers(o, s, it, &met));
		if (met == 0)
			pt_melding_add(d, PT_WAARSCHUWING, "checklist-niet-voldaan", "evaluatie.checklist", BRON,
				       pt_eval_text(lang, "melding.checklist-niet-voldaan"), it->id, pt_eval_text(lang, name));
	}
	return arr;
}

/* ---- planned against actual -------------------------------------------- */

static json_t *amount(int has, double v)
{
	return has ? json_real(round2(v)) : json_null();
}

static json_t *ratio(const json_t *planned, const json_t *actual)
{
	if (!json_is_number(planned) || !json_is_number(actual) || json_number_value(planned) <= 0)
		return json_null();
	return json_real(round2(json_number_value(actual) / json_number_value(planned)));
}

static void overrun(json_t *d, const pt_eval_opts *o, const json_t *r, const char *what)
{
	int lang = o->lang;
	char a[32];
	if (json_is_number(r) && json_number_value(r) >= o->data->overschrijding - EPS)
		pt_melding_add(d, PT_WAARSCHUWING, "overschrijding", "evaluatie.werkelijk", BRON,
			       pt_eval_text(lang, "melding.overschrijding"), pt_eval_text(lang, what),
			       num(json_number_value(r), lang, a, sizeof a));
}

static void planned_actual(json_t *d, json_t *ev, const pt_eval_opts *o, const pt_eval_scope *s)
{
	const json_t *pu = pt_get(d, "plan.totaal.uren"), *pk = pt_get(d, "plan.totaal.kostenEur");
	/* Options win over the response file's columns. */
	int hu = o->has_uren || (s && s->has_uren), hk = o->has_kosten || (s && s->has_kosten);
	double u = o->has_uren ? o->uren : s ? s->uren : 0, k = o->has_kosten ? o->kosten : s ? s->kosten : 0;
	json_t *w = json_pack("{s:o, s:o}", "uren", amount(hu, u), "kostenEur", amount(hk, k));
	json_t *r = json_pack("{s:o, s:o}", "uren", ratio(pu, json_object_get(w, "uren")),
			      "kostenEur", ratio(pk, json_object_get(w, "kostenEur")));
	json_object_set_new(ev, "gepland", json_pack("{s:O?, s:O?}", "uren",
		json_is_number(pu) ? pu : NULL, "kostenEur", json_is_number(pk) ? pk : NULL));
	json_object_set_new(ev, "werkelijk", w);
	json_object_set_new(ev, "verhouding", r);
	overrun(d, o, json_object_get(r, "uren"), "werkelijk.uren");
	overrun(d, o, json_object_get(r, "kostenEur"), "werkelijk.kosten");
}

/* ---- the section ------------------------------------------------------- */

/* The user's own lessons, cleared like the remarks: a --les is free text
 * too, and may name the people it is about. */
static json_t *own_lessons(json_t *d, const pt_eval_opts *o)
{
	json_t *eigen = json_array();
	pt_redact_names *names = o->responses ? o->responses->names : NULL;
	int lang = o->lang;
	char pad[64], kinds[128];
	for (int i = 0; i < o->nlessen; i++) {
		unsigned found = 0;
		char *t = pt_redact(o->lessen[i], names, &found);
		json_array_append_new(eigen, json_string(t));
		free(t);
		if (!found)
			continue;
		snprintf(pad, sizeof pad, "evaluatie.lessen.eigen[%d]", i);
		pt_melding_add(d, PT_WAARSCHUWING, "persoonsgegevens-verwijderd", pad, BRON,
			       pt_eval_text(lang, "melding.persoonsgegevens"),
			       pt_redact_kinds(found, lang, kinds, sizeof kinds), i + 1);
	}
	return eigen;
}

static json_t *lessons_json(json_t *d, const pt_eval_opts *o, const pt_eval_scope *s)
{
	json_t *eigen = own_lessons(d, o);
	return json_pack("{s:o, s:o, s:o}",
			 "valkuilen", s ? json_deep_copy(s->valkuilen) : json_array(),
			 "succesfactoren", s ? json_deep_copy(s->succesfactoren) : json_array(),
			 "eigen", eigen);
}

static void verdict_melding(json_t *d, const char *oordeel, int lang)
{
	if (oordeel && strcmp(oordeel, "onvoldoende") == 0)
		pt_melding_add(d, PT_FOUT, "oordeel-onvoldoende", "evaluatie.oordeel", BRON, "%s",
			       pt_eval_text(lang, "melding.oordeel-onvoldoende"));
}

int pt_eval_run(json_t *d, const pt_eval_opts *o, pt_loc loc, pt_error *err)
{
	const char *id = pt_get_str(d, "voorstel.id");
	const pt_eval_scope *s = o->responses ? pt_eval_scope_for(o->responses, id) : NULL;
	struct counts n = {0, 0, 0};
	json_t *ev = json_object();
	(void)loc, (void)err;
	/* The section goes in first, meldingen after it: so a rerun, which
	 * drops and adds the meldingen again, writes the same bytes. */
	pt_section_set(d, "evaluatie", ev);
	pt_meldingen_clear(d, BRON);
	if (o->responses && !s)
		pt_melding_add(d, PT_INFO, "geen-antwoorden", "evaluatie.respondenten", BRON,
			       pt_eval_text(o->lang, "melding.geen-antwoorden"), id ? id : "");
	json_object_set_new(ev, "respondenten", json_pack("{s:I, s:I}",
		"team", (json_int_t)(s ? s->respondenten[PT_TEAM] : 0),
		"extern", (json_int_t)(s ? s->respondenten[PT_EXTERN] : 0)));
	json_object_set_new(ev, "criteria", criteria_json(d, o, s, &n));
	const char *oordeel = pt_eval_verdict(n.goed, n.voldoende, n.onvoldoende, o->data->goed_aandeel);
	json_object_set_new(ev, "oordeel", oordeel ? json_string(oordeel) : json_null());
	verdict_melding(d, oordeel, o->lang);
	json_object_set_new(ev, "checklist", checklist_json(d, o, s));
	planned_actual(d, ev, o, s);
	json_object_set_new(ev, "lessen", lessons_json(d, o, s));
	return 0;
}

/* ---- the archive line -------------------------------------------------- */

static json_t *str_or_null(const json_t *d, const char *path)
{
	const char *s = pt_get_str(d, path);
	return s ? json_string(s) : json_null();
}

static json_t *num_or_null(const json_t *v)
{
	return json_is_number(v) ? json_deep_copy(v) : json_null();
}

static json_t *werkvormen(const json_t *d)
{
	json_t *out = json_array(), *act, *w;
	const json_t *a = activities(d);
	size_t i, k;
	json_array_foreach(a, i, act) {
		const char *id = json_string_value(json_object_get(act, "werkvorm"));
		int seen = !id;
		json_array_foreach(out, k, w)
			seen |= strcmp(json_string_value(w), id) == 0;
		if (!seen)
			json_array_append_new(out, json_string(id));
	}
	return out;
}

static json_t *pair(const json_t *ev, const char *key)
{
	const json_t *p = json_object_get(ev, key);
	return json_pack("{s:o, s:o}", "uren", num_or_null(json_object_get(p, "uren")),
			 "kostenEur", num_or_null(json_object_get(p, "kostenEur")));
}

/* A lesson the archive may publish: nothing was taken out of it, the
 * patterns find nothing in it now, and no capital in the middle of a
 * sentence may be a name nobody listed.  Free text is personal data until
 * shown otherwise; what cannot be cleared is withheld. */
static int cleared(const char *lesson, pt_redact_names *const *known)
{
	unsigned found = 0;
	if (strstr(lesson, PT_REDACTED))
		return 0;
	free(pt_redact(lesson, NULL, &found));
	return !found && !pt_redact_unlisted_name(lesson, known, 2, NULL, NULL);
}

/* The user's own lessons first: they are the considered ones. */
static json_t *all_lessons(const json_t *d, const pt_eval_data *q)
{
	const json_t *ev = pt_get(d, "evaluatie.lessen");
	json_t *out = json_array(), *v;
	static const char *kinds[] = {"eigen", "valkuilen", "succesfactoren"};
	pt_redact_names *known[2] = {pt_redact_own_words(d), q ? q->geen_namen : NULL};
	size_t i;
	for (int k = 0; k < 3; k++)
		json_array_foreach(pt_get(ev, kinds[k]), i, v)
			if (json_is_string(v) && cleared(json_string_value(v), known))
				json_array_append(out, v);
	pt_redact_names_free(known[0]);
	return out;
}

json_t *pt_eval_case(const json_t *d, const pt_eval_data *q)
{
	const json_t *ev = json_object_get(d, "evaluatie");
	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
		"id", str_or_null(d, "voorstel.id"), "titel", str_or_null(d, "voorstel.titel"),
		"soort", str_or_null(d, "voorstel.soort"), "schaal", str_or_null(d, "voorstel.locatie.schaal"),
		"ladder", str_or_null(d, "strategie.ladder"), "trede", str_or_null(d, "strategie.trede"),
		"werkvormen", werkvormen(d), "gepland", pair(ev, "gepland"), "werkelijk", pair(ev, "werkelijk"),
		"oordeel", str_or_null(ev, "oordeel"), "lessen", all_lessons(d, q));
}
