/* pt-results for one dossier: its opbrengst from the file, the options on
 * top, and the meldingen a person must act on: a rejection without a
 * reason, feedback nobody gave, personal data that was taken out. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "results_int.h"

#define BRON "pt-results"

/* A melding's text in the dossier's language: the row of its English in
 * meldingen.csv (the English itself for English), as pt_tr gives a
 * diagnostic in the language of messages. */
__attribute__((format_arg(2))) static const char *tx(int lang, const char *en)
{
	return lang == PT_EN ? en : pt_text(pt_texts_load("meldingen.csv", 1, PT_EN), en, lang);
}

static void personal_data_meldingen(json_t *d, const json_t *notes, int lang)
{
	size_t i;
	json_t *n;
	char kinds[128];
	json_array_foreach(notes, i, n) {
		const char *pad = json_string_value(json_object_get(n, "pad"));
		pt_redact_kinds((unsigned)json_integer_value(json_object_get(n, "soort")), lang, kinds,
				sizeof kinds);
		pt_melding_add(d, PT_WAARSCHUWING, "persoonsgegevens-verwijderd", pad, BRON,
			       tx(lang,
				 "Personal data (%s) was taken out of %s; check the text still says what was "
				 "meant."), kinds, pad);
	}
}

/* The ombudsman and the Omgevingswet (Ob 10.8) ask that what is not
 * adopted is motivated. */
static void punt_meldingen(json_t *d, const json_t *punten, int lang)
{
	size_t i;
	json_t *p;
	char pad[96];
	json_array_foreach(punten, i, p) {
		const char *besluit = json_string_value(json_object_get(p, "besluit"));
		int reden = json_object_get(p, "reden") != NULL;
		snprintf(pad, sizeof pad, "opbrengst.punten[%zu].%s", i, besluit ? "reden" : "besluit");
		if (!besluit)
			pt_melding_add(d, PT_INFO, "besluit-open", pad, BRON,
				       tx(lang,
					 "Point %zu does not say yet what was done with it (adopted, partly or not)."),
				       i + 1);
		else if (!reden && strcmp(besluit, "niet") == 0)
			pt_melding_add(d, PT_FOUT, "reden-ontbreekt", pad, BRON,
				       tx(lang,
					 "Point %zu was not adopted, without a reason. Say why: the National "
					 "Ombudsman and the Omgevingswet (Ob 10.8) ask for it."), i + 1);
		else if (!reden && strcmp(besluit, "deels") == 0)
			pt_melding_add(d, PT_WAARSCHUWING, "reden-ontbreekt", pad, BRON,
				       tx(lang,
					 "Point %zu was partly adopted, without a reason: say what was not, and why."),
				       i + 1);
	}
}

static int has_feedback(const json_t *ob)
{
	size_t i;
	json_t *p;
	if (json_object_get(ob, "terugkoppeling"))
		return 1;
	json_array_foreach(json_object_get(ob, "punten"), i, p)
		if (json_object_get(p, "terugkoppeling"))
			return 1;
	return 0;
}

/* Input gathered after the decision could not shape it. */
static void late_meldingen(json_t *d, const json_t *ob, int lang)
{
	const char *besluit = pt_get_str(d, "voorstel.datumBesluit");
	long b = besluit ? pt_date_days(besluit) : -1;
	size_t i;
	json_t *a;
	char pad[64];
	json_array_foreach(json_object_get(ob, "activiteiten"), i, a) {
		const char *datum = json_string_value(json_object_get(a, "datum"));
		if (b < 0 || !datum || pt_date_days(datum) < b)
			continue;
		snprintf(pad, sizeof pad, "opbrengst.activiteiten[%zu].datum", i);
		pt_melding_add(d, PT_WAARSCHUWING, "activiteit-na-besluit", pad, BRON,
			       tx(lang,
				 "%s on %s was on or after the decision date (%s): that input could no longer "
				 "shape the decision."),
			       json_string_value(json_object_get(a, "werkvorm")), datum, besluit);
	}
}

/* A capital inside a sentence may be a name no column held: the text
 * goes to the council, so a person should look before it does. */
static void maybe_name(json_t *d, const char *text, const char *pad, pt_redact_names *const *known, int lang)
{
	size_t at, len;
	if (!text || !pt_redact_unlisted_name(text, known, 3, &at, &len))
		return;
	pt_melding_add(d, PT_WAARSCHUWING, "mogelijk-naam", pad, BRON,
		       tx(lang,
			 "'%.*s' in %s has a capital inside a sentence and may be a name; take names out "
			 "before the document goes to the council."), (int)len, text + at, pad);
}

static void name_meldingen(json_t *d, const json_t *ob, pt_redact_names *common, int lang)
{
	static const char *const fields[] = {"inbreng", "groep", "reden", "terugkoppeling", NULL};
	pt_redact_names *known[3] = {pt_redact_own_words(d), common, pt_redact_org_words(d)};
	size_t i;
	json_t *p;
	char pad[96];
	json_array_foreach(json_object_get(ob, "punten"), i, p)
		for (int f = 0; fields[f]; f++) {
			snprintf(pad, sizeof pad, "opbrengst.punten[%zu].%s", i, fields[f]);
			maybe_name(d, json_string_value(json_object_get(p, fields[f])), pad, known, lang);
		}
	maybe_name(d, json_string_value(json_object_get(ob, "terugkoppeling")), "opbrengst.terugkoppeling",
		   known, lang);
	pt_redact_names_free(known[0]);
	pt_redact_names_free(known[2]);
}

static void meldingen(json_t *d, const json_t *ob, const json_t *notes, pt_redact_names *common, int lang)
{
	personal_data_meldingen(d, notes, lang);
	name_meldingen(d, ob, common, lang);
	if (json_array_size(json_object_get(ob, "punten")) == 0)
		pt_melding_add(d, PT_INFO, "geen-punten", "opbrengst.punten", BRON, "%s",
			       tx(lang,
				 "The results have no points yet: what was said, and what was done with it?"));
	punt_meldingen(d, json_object_get(ob, "punten"), lang);
	if (!has_feedback(ob))
		pt_melding_add(d, PT_WAARSCHUWING, "terugkoppeling-ontbreekt", "opbrengst.terugkoppeling", BRON,
			       "%s", tx(lang,
				       "The results do not say how participants heard what was done with their "
				       "input (feedback, e.g. a reactienota or a letter)."));
	late_meldingen(d, ob, lang);
}

/* Personal data out of one text of ob, in place; where any was, a note. */
static void redact_one(json_t *o, const char *key, const char *pad, pt_redact_names *names, pt_redact_names *keep,
		       json_t *notes)
{
	const char *s = json_string_value(json_object_get(o, key));
	unsigned found = 0;
	if (!s)
		return;
	char *t = pt_redact_keep(s, names, keep, &found);
	pt_trim(t);
	if (found)
		json_array_append_new(notes, json_pack("{s:s, s:i}", "pad", pad, "soort", (int)found));
	json_object_set_new(o, key, json_string(t));
	free(t);
}

/* Every free text of ob, with what stays for this dossier: its own place
 * and streets, its organisations, the common words (pt_redact_keep_words). */
static void redact_ob(const json_t *d, json_t *ob, pt_results *r, json_t *notes)
{
	static const char *const fields[] = {"inbreng", "groep", "activiteit", "reden", "terugkoppeling", NULL};
	pt_redact_names *keep = pt_redact_keep_words(d, pt_results_common(r));
	size_t i;
	json_t *x;
	char pad[96];
	json_array_foreach(json_object_get(ob, "activiteiten"), i, x) {
		snprintf(pad, sizeof pad, "opbrengst.activiteiten[%zu].werkvorm", i);
		redact_one(x, "werkvorm", pad, pt_results_names(r), keep, notes);
	}
	json_array_foreach(json_object_get(ob, "punten"), i, x)
		for (int f = 0; fields[f]; f++) {
			snprintf(pad, sizeof pad, "opbrengst.punten[%zu].%s", i, fields[f]);
			redact_one(x, fields[f], pad, pt_results_names(r), keep, notes);
		}
	redact_one(ob, "terugkoppeling", "opbrengst.terugkoppeling", pt_results_names(r), keep, notes);
	pt_redact_names_free(keep);
}

/* The file's opbrengst with the options on top, deelnemers first, its
 * personal data taken out. */
static json_t *with_options(const json_t *d, const pt_results_entry *g, const pt_results_opts *o, pt_results *r,
			    json_t *notes)
{
	json_t *ob = json_object(), *v;
	const char *key;
	long n = o->deelnemers;
	if (n < 0 && json_is_integer(json_object_get(g->ob, "deelnemers")))
		n = (long)json_integer_value(json_object_get(g->ob, "deelnemers"));
	if (n >= 0)
		json_object_set_new(ob, "deelnemers", json_integer(n));
	json_object_foreach(g->ob, key, v)
		if (strcmp(key, "deelnemers") != 0 && !(o->terugkoppeling && strcmp(key, "terugkoppeling") == 0))
			json_object_set_new(ob, key, json_deep_copy(v));
	if (o->terugkoppeling)
		json_object_set_new(ob, "terugkoppeling", json_string(o->terugkoppeling));
	redact_ob(d, ob, r, notes);
	return ob;
}

int pt_results_run(json_t *d, const pt_results_opts *o, pt_error *err)
{
	const pt_results_entry *g = pt_results_find(o->file, pt_get_str(d, "voorstel.id"));
	(void)err;
	if (!g)
		return 0;
	json_t *notes = json_array();
	json_t *ob = with_options(d, g, o, o->file, notes);
	/* The section first, then the meldingen: a rerun writes the same bytes. */
	pt_section_set(d, "opbrengst", ob);
	pt_meldingen_clear(d, BRON);
	meldingen(d, ob, notes, pt_results_common(o->file), o->lang);
	json_decref(notes);
	return 0;
}
