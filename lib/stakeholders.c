/* The stakeholder analysis of one dossier: read each stakeholder (the
 * record, stakeholders_record.c), merge the -f file in (stakeholders_file.c),
 * place it on the power-interest grid, give its salience class, role,
 * advice and step, order by priority, and name the groups that are missing. */
#include <stdlib.h>
#include <string.h>
#include "stakeholders.h"
#include "thema.h"

#define NONE ((size_t)-1)

/* ---- one dossier -------------------------------------------------------- */

/* The stakeholders of one dossier while it is worked on. */
typedef struct sh_list {
	pt_sh *s;
	size_t n, cap;
	json_t *d;
	const pt_sh_opts *o;
} sh_list;

typedef struct sh_row {
	size_t at;		/* position before sorting: keeps the sort stable */
	int kwadrant, salience;
	int trede;		/* -1: not a deelnemer, no step of its own */
	int rol;		/* enum pt_rol */
	int weight;		/* invloed + belang */
} sh_row;

static pt_sh *sh_push(sh_list *l)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->s = pt_xrealloc(l->s, l->cap * sizeof *l->s);
	}
	return &l->s[l->n++];
}

static int read_dossier(sh_list *l, const json_t *arr, const pt_loc *loc, pt_error *err)
{
	size_t i;
	json_t *v;
	if (!arr || json_is_null(arr))
		return 0;
	if (!json_is_array(arr))
		return pt_fail(err, PT_EXIT_DATA, *loc, pt_tr("stakeholders: expected a list of objects"));
	json_array_foreach(arr, i, v) {
		pt_sh *s = sh_push(l);
		pt_sh_init(s);
		s->loc = *loc;
		snprintf(s->where, sizeof s->where, "stakeholders[%zu]", i);
		if (pt_sh_from_json(s, v, 1, err))
			return err->status;
	}
	return 0;
}

/* A stakeholder's name key and position, sorted by key and then
 * position: equal names side by side, in n log n for any list length. */
struct keyed {
	const char *key;
	size_t at;
};

static int by_key_at(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);
	return c ? c : (a->at > b->at) - (a->at < b->at);
}

static struct keyed *sorted_by_key(const pt_sh *s, size_t n)
{
	struct keyed *ix = pt_xmalloc((n ? n : 1) * sizeof *ix);
	for (size_t i = 0; i < n; i++)
		ix[i] = (struct keyed){s[i].key, i};
	qsort(ix, n, sizeof *ix, by_key_at);
	return ix;
}

struct dup {
	size_t first;
	int times;
};

static int by_first(const void *pa, const void *pb)
{
	const struct dup *a = pa, *b = pb;
	return (a->first > b->first) - (a->first < b->first);
}

/* The same name twice in the dossier is kept as given (so a rerun finds
 * it again) and named once in a melding, in output order.  Entries from
 * the file never repeat a name: they were merged into the first. */
static void dossier_dups(sh_list *l)
{
	struct keyed *ix = sorted_by_key(l->s, l->n);
	struct dup *d = pt_xmalloc((l->n ? l->n : 1) * sizeof *d);
	size_t nd = 0;
	for (size_t i = 0, j; i < l->n; i = j) {
		for (j = i + 1; j < l->n && strcmp(ix[j].key, ix[i].key) == 0; j++)
			;
		if (j - i > 1)
			d[nd++] = (struct dup){ix[i].at, (int)(j - i)};
	}
	qsort(d, nd, sizeof *d, by_first);
	for (size_t i = 0; i < nd; i++)
		pt_melding_add(l->d, PT_WAARSCHUWING, "dubbele-stakeholder", "stakeholders", l->o->bron,
			       pt_sh_text(l->o->lang, "melding.dubbel-dossier"),
			       l->s[d[i].first].naam, d[i].times);
	free(d);
	free(ix);
}

/* The -f entries for this dossier, collected first and merged at once. */
struct pending {
	const pt_sh **e;
	size_t n, cap;
	sh_list *l;
};

static void collect_file_entry(const pt_sh *f, int dups, void *ctx)
{
	struct pending *p = ctx;
	sh_list *l = p->l;
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->e = pt_xrealloc(p->e, p->cap * sizeof *p->e);
	}
	p->e[p->n++] = f;
	if (dups)
		pt_melding_add(l->d, PT_WAARSCHUWING, "dubbele-stakeholder", "stakeholders", l->o->bron,
			       pt_sh_text(l->o->lang, "melding.dubbel-bestand"),
			       f->naam, dups + 1, pt_filename(f->loc.file), f->loc.line);
}

/* The first of the n0 dossier stakeholders (ix sorted by key) named key,
 * or n0 when none is. */
static size_t find_key(const struct keyed *ix, size_t n0, const char *key)
{
	size_t lo = 0, hi = n0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n0 && strcmp(ix[lo].key, key) == 0 ? lo : n0;
}

/* Each -f entry is merged into every dossier stakeholder of that name (a
 * name the dossier holds twice gets it twice, so a rerun finds the same),
 * or added once; a later entry of the same name (a general row, then one
 * for this id) merges into the one added. */
static void merge_pending(sh_list *l, struct pending *p)
{
	size_t n0 = l->n;
	/* Room for every entry first: ix points at the keys in l->s. */
	if (l->cap < n0 + p->n) {
		l->cap = n0 + p->n;
		l->s = pt_xrealloc(l->s, l->cap * sizeof *l->s);
	}
	struct keyed *ix = sorted_by_key(l->s, n0);
	pt_sh *fs = pt_xmalloc((p->n ? p->n : 1) * sizeof *fs);
	for (size_t i = 0; i < p->n; i++)
		fs[i] = *p->e[i];
	struct keyed *fx = sorted_by_key(fs, p->n);
	/* before[i]: the previous entry of the same name, or NONE; fx is
	 * sorted by name, then entry order, so it was handled before i. */
	size_t *before = pt_xmalloc((p->n ? p->n : 1) * sizeof *before);
	for (size_t k = 0; k < p->n; k++)
		before[fx[k].at] = k > 0 && strcmp(fx[k - 1].key, fx[k].key) == 0 ? fx[k - 1].at : NONE;
	size_t *pos = pt_xmalloc((p->n ? p->n : 1) * sizeof *pos);
	for (size_t i = 0; i < p->n; i++) {
		const pt_sh *f = p->e[i];
		size_t at = find_key(ix, n0, f->key);
		if (at < n0) {
			for (; at < n0 && strcmp(ix[at].key, f->key) == 0; at++)
				pt_sh_merge(&l->s[ix[at].at], f);
			continue;
		}
		if (before[i] == NONE) {
			pos[i] = l->n;
			*sh_push(l) = *f;
		} else {
			pos[i] = pos[before[i]];
			pt_sh_merge(&l->s[pos[i]], f);
		}
	}
	free(pos), free(before), free(fx), free(fs), free(ix);
}

static int check_complete(const pt_sh *s, pt_error *err)
{
	const char *miss = !s->invloed ? "invloed" : !s->belang ? "belang" : NULL;
	if (!miss)
		return 0;
	return pt_fail(err, PT_EXIT_DATA, s->loc,
		       pt_tr("%s%s'%s' has no %s (give 1 to 5, or laag, midden, hoog)"), s->where,
		       s->where[0] ? ": " : "", s->naam, miss);
}

static int attributes(int salience)
{
	static const int n[PT_SAL_N] = {
		[PT_SAL_SLAPEND] = 1, [PT_SAL_DISCRETIONAIR] = 1, [PT_SAL_VEELEISEND] = 1,
		[PT_SAL_DOMINANT] = 2, [PT_SAL_GEVAARLIJK] = 2, [PT_SAL_AFHANKELIJK] = 2,
		[PT_SAL_DEFINITIEF] = 3, [PT_SAL_GEEN] = 0};
	return n[salience];
}

/* Priority: the higher step first, then the quadrant's order, the salience
 * (attributes held), influence plus interest; ties keep their input order. */
static int by_priority(const void *pa, const void *pb)
{
	const sh_row *a = pa, *b = pb;
	if (a->trede != b->trede)
		return b->trede - a->trede;
	if (a->kwadrant != b->kwadrant)
		return a->kwadrant - b->kwadrant;
	if (attributes(a->salience) != attributes(b->salience))
		return attributes(b->salience) - attributes(a->salience);
	if (a->weight != b->weight)
		return b->weight - a->weight;
	return a->at < b->at ? -1 : a->at > b->at;
}

static json_t *tags_json(uint64_t tags)
{
	json_t *a = json_array();
	for (int i = 0; pt_v_groep.terms[i].code; i++)
		if (tags & (uint64_t)1 << i)
			json_array_append_new(a, json_string(pt_v_groep.terms[i].code));
	return a;
}

static json_t *sh_json(const pt_sh *s, const sh_row *r, const pt_sh_opts *o)
{
	char aanpak[2048];
	json_t *j = json_object();
	json_object_set_new(j, "naam", json_string(s->naam));
	if (s->groep >= 0)
		json_object_set_new(j, "groep", json_string(pt_v_groep.terms[s->groep].code));
	if (s->tags)
		json_object_set_new(j, "tags", tags_json(s->tags));
	json_object_set_new(j, "invloed", json_integer(s->invloed));
	json_object_set_new(j, "belang", json_integer(s->belang));
	json_object_set_new(j, "houding",
			    json_string(pt_v_houding.terms[s->houding >= 0 ? s->houding : PT_HOUDING_ONBEKEND].code));
	json_object_set_new(j, "legitiem", json_boolean(s->legitiem == 1));
	json_object_set_new(j, "urgent", json_boolean(s->urgent == 1));
	if (s->contact)
		json_object_set_new(j, "contact", json_string(s->contact));
	if (s->opmerking)
		json_object_set_new(j, "opmerking", json_string(s->opmerking));
	json_object_set_new(j, "kwadrant", json_string(pt_v_kwadrant.terms[r->kwadrant].code));
	json_object_set_new(j, "salience", json_string(pt_v_salience.terms[r->salience].code));
	json_object_set_new(j, "rol", json_string(pt_v_rol.terms[r->rol].code));
	/* A partner, another authority or the initiator gets advice for its
	 * role, not a step on the citizens' ladder. */
	if (r->rol == PT_ROL_DEELNEMER)
		pt_sh_aanpak(o->tables, (pt_sh_stand){r->kwadrant, r->salience,
			     s->houding >= 0 ? s->houding : PT_HOUDING_ONBEKEND}, o->lang, aanpak, sizeof aanpak);
	else
		snprintf(aanpak, sizeof aanpak, "%s", pt_sh_aanpak_rol(o->tables, r->rol, o->lang));
	json_object_set_new(j, "aanpak", json_string(aanpak));
	if (r->trede >= 0)
		json_object_set_new(j, "trede", json_string(pt_v_burgertrede.terms[r->trede].code));
	/* Keys of someone else's making travel along, after ours. */
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)s->extra, key, v)
		if (pt_sh_column_of(key) < 0)
			json_object_set(j, key, v);
	return j;
}

struct need_ctx {
	uint64_t present;	/* the groups given, and those named already */
	uint64_t initiators;	/* the groups only the initiators are from */
	int wide;		/* a city or region: its people are inwoners */
	sh_list *l;
};

#define GROUP(code) ((uint64_t)1 << pt_vocab_index(&pt_v_groep, code))

/* The group to name: where residents and neighbours both count, the
 * neighbours of a street or district, the residents of a city or region. */
static int named_group(const struct need_ctx *n, uint64_t mask, int first)
{
	uint64_t both = GROUP("inwoners") | GROUP("omwonenden");
	if ((mask & both) == both)
		return pt_vocab_index(&pt_v_groep, n->wide ? "inwoners" : "omwonenden");
	return first;
}

/* Initiators never stand in for the others affected. */
static void say_initiators(struct need_ctx *n, uint64_t mask, const char *label, const char *code)
{
	const pt_sh_opts *o = n->l->o;
	pt_melding_add(n->l->d, PT_WAARSCHUWING, "ontbrekende-groep", "stakeholders", o->bron,
		       pt_sh_text(o->lang, "melding.groep-naast-initiatiefnemers"),
		       label, code);
}

static void need_group(uint64_t mask, int first, void *ctx)
{
	struct need_ctx *n = ctx;
	const pt_sh_opts *o = n->l->o;
	if (mask & n->present)
		return;
	n->present |= mask;
	const pt_term *t = &pt_v_groep.terms[named_group(n, mask, first)];
	const char *label = pt_vocab_label(&pt_v_groep, t->code, o->lang);
	if (mask & n->initiators) {
		say_initiators(n, mask, label, t->code);
		return;
	}
	int same = strcmp(label, t->code) == 0;
	pt_melding_add(n->l->d, PT_WAARSCHUWING, "ontbrekende-groep", "stakeholders", o->bron,
		       pt_sh_text(o->lang, "melding.groep-schaal"),
		       label, same ? "" : " (", same ? "" : t->code, same ? "" : ")");
}

static void need_topic(const pt_thema_need *nd, void *ctx)
{
	struct need_ctx *n = ctx;
	const pt_sh_opts *o = n->l->o;
	if (nd->mask & n->present)
		return;
	n->present |= nd->mask;
	int first = named_group(n, nd->mask, nd->first);
	const char *groep = pt_vocab_label(&pt_v_groep, pt_v_groep.terms[first].code, o->lang);
	if (nd->mask & n->initiators) {
		say_initiators(n, nd->mask, groep, pt_v_groep.terms[first].code);
		return;
	}
	const char *thema = pt_vocab_label(&pt_v_thema, pt_v_thema.terms[nd->thema].code, o->lang);
	if (nd->moeilijk)
		pt_melding_add(n->l->d, PT_INFO, "moeilijk-bereikbare-groep", "stakeholders", o->bron,
			       pt_sh_text(o->lang, "melding.moeilijk-bereikbaar"),
			       groep, pt_v_groep.terms[first].code, thema);
	else
		pt_melding_add(n->l->d, PT_WAARSCHUWING, "ontbrekende-groep", "stakeholders", o->bron,
			       pt_sh_text(o->lang, "melding.groep-thema"),
			       groep, pt_v_groep.terms[first].code, thema);
}

static int names_open(const json_t *d)
{
	size_t i;
	json_t *x;
	json_array_foreach(pt_get(d, "voorstel.openVoorInbreng"), i, x)
		if (json_is_string(x) && strspn(json_string_value(x), " \t\r\n") < strlen(json_string_value(x)))
			return 1;
	return 0;
}

/* The gate said no: nobody is asked for input, so nobody is missing.  A
 * "no participation" or "no means" while the proposal names what is open
 * does not hold (pt-strategy(1)): then the groups still count. */
static int gate_closed(const json_t *d)
{
	const char *u = pt_get_str(d, "voorstel.uitzondering");
	static const char *const gate[] = {"voorstel.intake.keuzes", "voorstel.intake.merkbaar"};
	if (u && strspn(u, " \t\r\n") < strlen(u))
		return 1;
	for (size_t i = 0; i < sizeof gate / sizeof gate[0]; i++)
		if (json_is_false(pt_get(d, gate[i])))
			return 1;
	return !names_open(d) && (json_is_object(pt_get(d, "voorstel.geenParticipatie")) ||
				  json_is_false(pt_get(d, "voorstel.intake.middelen")));
}

/* Several sites are weighed: the neighbours of each are affected, and
 * residents elsewhere do not speak for them. */
static void need_sites(struct need_ctx *n)
{
	const pt_sh_opts *o = n->l->o;
	pt_herkend h;
	uint64_t buren = GROUP("omwonenden");
	if (!o->themas || (n->present & buren) ||
	    pt_herken(o->themas, "locaties", json_object_get(n->l->d, "voorstel"),
		      PT_VELD_TITEL | PT_VELD_OPEN | PT_VELD_LOCATIE, &h) < 0)
		return;
	n->present |= buren;
	pt_melding_add(n->l->d, PT_WAARSCHUWING, "ontbrekende-groep", "stakeholders", o->bron,
		       pt_sh_text(o->lang, "melding.groep-locaties"),
		       pt_vocab_label(&pt_v_groep, "omwonenden", o->lang), h.woorden, h.veld);
}

/* The groups a plan of this place, kind and topic usually touches, unless
 * the gate says no.  Overlapping groups count for each other (a|b rows). */
static void missing_groups(sh_list *l, const int *rol)
{
	struct need_ctx n = {0, 0, 0, l};
	if (gate_closed(l->d))
		return;
	uint64_t surroundings = GROUP("inwoners") | GROUP("omwonenden");
	for (size_t i = 0; i < l->n; i++) {
		uint64_t g = l->s[i].tags | (l->s[i].groep >= 0 ? (uint64_t)1 << l->s[i].groep : 0);
		if (rol[i] == PT_ROL_INITIATIEFNEMER)
			n.initiators |= g & surroundings, g &= ~surroundings;
		n.present |= g;
	}
	n.initiators &= ~n.present;
	int schaal = pt_vocab_index(&pt_v_schaal, pt_get_str(l->d, "voorstel.locatie.schaal"));
	int soort = pt_vocab_index(&pt_v_soort, pt_get_str(l->d, "voorstel.soort"));
	n.wide = schaal >= pt_vocab_index(&pt_v_schaal, "stad");
	need_sites(&n);
	pt_sh_checklist(l->o->tables, schaal, soort, need_group, &n);
	if (l->o->themas) {
		int given;
		uint32_t themas = pt_thema_detect(l->o->themas, json_object_get(l->d, "voorstel"), &given);
		pt_thema_needs(l->o->themas, themas, need_topic, &n);
	}
}

/* Put the stakeholders in the sorted order of rows. */
static void sh_reorder(sh_list *l, const sh_row *rows)
{
	pt_sh *sorted = pt_xmalloc((l->n ? l->n : 1) * sizeof *sorted);
	for (size_t i = 0; i < l->n; i++)
		sorted[i] = l->s[rows[i].at];
	free(l->s);
	l->s = sorted;
	l->cap = l->n;
}

/* In an initiative from society, the stakeholder the title or the
 * request (uitdaagrecht.betrokkenheid) names is the initiator. */
static int named_initiator(const sh_list *l, const pt_sh *s)
{
	const char *init = pt_get_str(l->d, "voorstel.initiatiefnemer");
	const char *where[] = {"voorstel.titel", "voorstel.uitdaagrecht.betrokkenheid"};
	char naam[256], text[1024];
	if (!init || strcmp(init, "gemeente") == 0 || !s->naam)
		return 0;
	/* "Jongerengroep West (ca. 40 jongeren)": the name without its note */
	snprintf(text, sizeof text, "%.*s", (int)strcspn(s->naam, "("), s->naam);
	if (strlen(pt_fold(text, naam, sizeof naam)) < 6)
		return 0;
	for (size_t i = 0; i < sizeof where / sizeof where[0]; i++) {
		const char *t = pt_get_str(l->d, where[i]);
		if (t && strstr(pt_fold(t, text, sizeof text), naam))
			return 1;
	}
	return 0;
}

static json_t *derive_all(sh_list *l, int **rol)
{
	const pt_sh_opts *o = l->o;
	sh_row *rows = pt_xmalloc((l->n ? l->n : 1) * sizeof *rows);
	for (size_t i = 0; i < l->n; i++) {
		const pt_sh *s = &l->s[i];
		rows[i].at = i;
		rows[i].kwadrant = pt_sh_kwadrant(s->invloed, s->belang, o->drempel);
		rows[i].salience = pt_sh_salience(s->invloed >= o->drempel, s->legitiem == 1,
						  s->urgent == 1);
		rows[i].rol = s->rol >= 0 ? s->rol : named_initiator(l, s) ? PT_ROL_INITIATIEFNEMER
			    : pt_rol_of_groep(s->groep);
		rows[i].trede = rows[i].rol != PT_ROL_DEELNEMER ? -1
			      : pt_sh_trede(o->tables, rows[i].kwadrant, rows[i].salience);
		rows[i].weight = s->invloed + s->belang;
	}
	qsort(rows, l->n, sizeof *rows, by_priority);
	sh_reorder(l, rows);
	dossier_dups(l);
	json_t *arr = json_array();
	*rol = pt_xmalloc((l->n ? l->n : 1) * sizeof **rol);
	for (size_t i = 0; i < l->n; i++) {
		json_array_append_new(arr, sh_json(&l->s[i], &rows[i], o));
		(*rol)[i] = rows[i].rol;
	}
	free(rows);
	return arr;
}

static int analyse(sh_list *l, const pt_loc *loc, pt_error *err)
{
	json_t *d = l->d;
	if (read_dossier(l, json_object_get(d, "stakeholders"), loc, err))
		return err->status;
	if (l->o->file) {
		struct pending p = {NULL, 0, 0, l};
		pt_sh_file_each(l->o->file, pt_get_str(d, "voorstel.id"), collect_file_entry, &p);
		merge_pending(l, &p);
		free(p.e);
	}
	for (size_t i = 0; i < l->n; i++)
		if (check_complete(&l->s[i], err))
			return err->status;
	/* Built in full before the old section, which holds the strings, goes. */
	int *rol;
	json_t *arr = derive_all(l, &rol);
	if (l->n == 0)
		pt_melding_add(d, PT_WAARSCHUWING, "geen-stakeholders", "stakeholders", l->o->bron, "%s",
			       pt_sh_text(l->o->lang, "melding.geen-stakeholders"));
	missing_groups(l, rol);
	free(rol);
	pt_section_set(d, "stakeholders", arr);
	return 0;
}

int pt_sh_run(json_t *d, const pt_loc *loc, const pt_sh_opts *o, pt_error *err)
{
	sh_list l = {NULL, 0, 0, d, o};
	/* Marked first: a dossier refused below (--keep-going) was still in
	 * the input, so its rows did match one. */
	if (o->file)
		pt_sh_file_met(o->file, pt_get_str(d, "voorstel.id"));
	/* The section takes its place before our meldingen do, so that a
	 * rerun, which drops and adds them again, writes the same bytes. */
	if (!json_object_get(d, "stakeholders"))
		json_object_set_new(d, "stakeholders", json_array());
	pt_meldingen_clear(d, o->bron);
	int rc = analyse(&l, loc, err);
	free(l.s);
	return rc;
}
