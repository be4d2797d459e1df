/* Content checks of the voorstel: gaps a person must act on become
 * meldingen (never errors), so the dossier flows on and pt-render can
 * list them as open points.  Codes are listed in pt-paragraph(1). */
#include <string.h>
#include "pt.h"
#include "intake.h"

#define BRON "pt-paragraph"

static int count_words(const char *s)
{
	int n = 0, in = 0;
	for (; s && *s; s++) {
		int sp = *s == ' ' || *s == '\t' || *s == '\n';
		n += !sp && !in;
		in = !sp;
	}
	return n;
}

static int is_empty(const json_t *v)
{
	return !v || json_is_null(v) || (json_is_string(v) && json_string_length(v) == 0) ||
	       (json_is_array(v) && json_array_size(v) == 0);
}

static void check_required(json_t *d, json_t *v, int lang)
{
	char pad[96];
	for (const pt_intake_field *f = pt_intake_fields; f->path; f++) {
		if (!f->required || !is_empty(pt_get(v, f->path)))
			continue;
		snprintf(pad, sizeof pad, "voorstel.%s", f->path);
		pt_melding_add(d, PT_FOUT, "verplicht-veld", pad, BRON,
			       pt_intake_text(lang, "melding.verplicht-veld"),
			       pad, pt_intake_label(f, lang));
	}
}

/* No participation: allowed, but only with a motivation (Eindhoven art. 2). */
static void check_no_participation(json_t *d, json_t *v, int lang)
{
	json_t *gp = json_object_get(v, "geenParticipatie");
	const char *reden = pt_get_str(v, "geenParticipatie.reden");
	if (gp && is_empty(json_object_get(gp, "reden")))
		pt_melding_add(d, PT_FOUT, "geen-participatie-zonder-reden",
			       "voorstel.geenParticipatie.reden", BRON, "%s",
			       pt_intake_text(lang, "melding.geen-participatie-zonder-reden"));
	else if (reden && count_words(reden) < 4)
		pt_melding_add(d, PT_WAARSCHUWING, "reden-te-kort", "voorstel.geenParticipatie.reden",
			       BRON, "%s",
			       pt_intake_text(lang, "melding.reden-te-kort"));
}

/* The intake gate (Wierden): choices left, noticeable, means available. */
static void check_gate(json_t *d, json_t *v, int lang)
{
	static const struct { const char *key, *id; } q[] = {
		{"keuzes", "poort.keuzes"}, {"merkbaar", "poort.merkbaar"}, {"middelen", "poort.middelen"},
	};
	char why[256] = "";
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		json_t *b = json_object_get(json_object_get(v, "intake"), q[i].key);
		if (json_is_false(b)) {
			size_t n = strlen(why);
			snprintf(why + n, sizeof why - n, "%s%s", n ? "; " : "", pt_intake_text(lang, q[i].id));
		}
	}
	if (*why)
		pt_melding_add(d, PT_WAARSCHUWING, "intake-poort", "voorstel.intake", BRON,
			       pt_intake_text(lang, "melding.intake-poort"),
			       why);
}

static void check_room(json_t *d, json_t *v, int lang)
{
	const char *ruimte = pt_get_str(v, "beleidsruimte");
	const char *trede = pt_get_str(v, "gewensteTrede");
	int t = pt_vocab_index(&pt_v_burgertrede, trede);
	if (ruimte && strcmp(ruimte, "geen") == 0 && t > 0)
		pt_melding_add(d, PT_FOUT, "ruimte-geen-ambitie", "voorstel.gewensteTrede", BRON,
			       pt_intake_text(lang, "melding.ruimte-geen-ambitie"),
			       trede);
	if (trede && !pt_get_str(v, "motivatie"))
		pt_melding_add(d, PT_WAARSCHUWING, "trede-zonder-motivatie", "voorstel.motivatie", BRON,
			       "%s", pt_intake_text(lang, "melding.trede-zonder-motivatie"));
}

static void check_scope(json_t *d, json_t *v, int lang)
{
	const char *ruimte = pt_get_str(v, "beleidsruimte");
	if (is_empty(json_object_get(v, "vastKader")))
		pt_melding_add(d, PT_WAARSCHUWING, "vast-kader-leeg", "voorstel.vastKader", BRON, "%s",
			       pt_intake_text(lang, "melding.vast-kader-leeg"));
	if (is_empty(json_object_get(v, "openVoorInbreng")) && !(ruimte && strcmp(ruimte, "geen") == 0))
		pt_melding_add(d, PT_WAARSCHUWING, "open-voor-inbreng-leeg", "voorstel.openVoorInbreng",
			       BRON, "%s",
			       pt_intake_text(lang, "melding.open-voor-inbreng-leeg"));
}

/* A mandate hands a decision over within limits: without them, nobody
 * knows what the participants decide (Nationale ombudsman 2009/180:
 * clear choices made beforehand). */
static void check_say(json_t *d, json_t *v, int lang)
{
	const char *z = pt_get_str(v, "zeggenschap");
	if (z && strcmp(z, "mandaat") == 0 && is_empty(json_object_get(v, "zeggenschapKaders")))
		pt_melding_add(d, PT_WAARSCHUWING, "mandaat-zonder-kaders", "voorstel.zeggenschapKaders", BRON, "%s",
			       pt_intake_text(lang, "melding.mandaat-zonder-kaders"));
}

static void check_timing(json_t *d, json_t *v, int lang, long today)
{
	const char *datum = pt_get_str(v, "datumBesluit");
	const char *fase = pt_get_str(v, "beleidsfase");
	long day = pt_date_days(datum);
	if (!datum)
		pt_melding_add(d, PT_INFO, "geen-besluitdatum", "voorstel.datumBesluit", BRON, "%s",
			       pt_intake_text(lang, "melding.geen-besluitdatum"));
	else if (day >= 0 && day < today)
		pt_melding_add(d, PT_WAARSCHUWING, "besluit-verleden", "voorstel.datumBesluit", BRON,
			       pt_intake_text(lang, "melding.besluit-verleden"),
			       datum);
	if (fase && (strcmp(fase, "uitvoering") == 0 || strcmp(fase, "evaluatie") == 0))
		pt_melding_add(d, PT_INFO, "late-fase", "voorstel.beleidsfase", BRON,
			       pt_intake_text(lang, "melding.late-fase"),
			       fase);
}

void pt_intake_check(json_t *d, int lang, long today)
{
	pt_meldingen_clear(d, BRON);
	json_t *v = json_object_get(d, "voorstel");
	if (!json_is_object(v)) {
		pt_melding_add(d, PT_FOUT, "geen-voorstel", "voorstel", BRON, "%s",
			       pt_intake_text(lang, "melding.geen-voorstel"));
		return;
	}
	int no_part = !is_empty(pt_get(v, "geenParticipatie.reden"));
	if (no_part) {
		/* Even without participation, a proposal needs a name and id. */
		if (is_empty(json_object_get(v, "id")) || is_empty(json_object_get(v, "titel")))
			pt_melding_add(d, PT_FOUT, "verplicht-veld", "voorstel", BRON, "%s",
				       pt_intake_text(lang, "melding.id-en-titel"));
	} else {
		check_required(d, v, lang);
	}
	check_no_participation(d, v, lang);
	if (!no_part) {
		if (!json_object_get(v, "geenParticipatie"))
			check_gate(d, v, lang);
		check_room(d, v, lang);
		check_scope(d, v, lang);
		check_say(d, v, lang);
		if (is_empty(json_object_get(v, "trekker")))
			pt_melding_add(d, PT_WAARSCHUWING, "geen-aanspreekpunt", "voorstel.trekker", BRON,
				       "%s", pt_intake_text(lang, "melding.geen-aanspreekpunt"));
	}
	check_timing(d, v, lang, today);
}
