/* --interactive: the intake questions one by one.  Prompts go to out (the
 * program passes stderr, so stdout stays a dossier); answers come from in,
 * a terminal or a pipe.  On a terminal a blank answer to a required
 * question is asked again; "?" explains a question; questions that do not
 * apply to the answers so far are skipped. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"
#include "intake.h"

static const pt_vocab *choices_of(const pt_intake_field *f)
{
	return f->type == PT_F_BOOL ? &pt_v_ja_nee : f->vocab;
}

static void show_choices(const pt_intake_field *f, FILE *out, int lang)
{
	const pt_vocab *v = choices_of(f);
	for (size_t i = 0; v && v->terms[i].code; i++)
		fprintf(out, "  %zu) %s\n", i + 1, lang ? v->terms[i].en : v->terms[i].code);
}

/* "2" picks the second choice of an enumerated field. */
static const char *by_number(const pt_intake_field *f, const char *ans)
{
	const pt_vocab *v = choices_of(f);
	char *end;
	long n = strtol(ans, &end, 10);
	if (!v || *end || n < 1 || (size_t)n > pt_vocab_count(v))
		return ans;
	return v->terms[n - 1].code;
}

/* Text from the dossier on a person's terminal: control characters shown. */
static void put_shown(FILE *out, const char *fmt, const char *s)
{
	pt_buf b = PT_BUF_INIT;
	pt_buf_put_shown(&b, s ? s : "");
	fprintf(out, fmt, pt_buf_str(&b));
	pt_buf_free(&b);
}

static void current_value(json_t *voorstel, const pt_intake_field *f, FILE *out)
{
	json_t *v = pt_get(voorstel, f->path);
	if (json_is_string(v))
		put_shown(out, " [%s]", json_string_value(v));
	else if (json_is_boolean(v))
		fprintf(out, " [%s]", json_is_true(v) ? "ja" : "nee");
	else if (json_is_number(v))
		fprintf(out, " [%g]", json_number_value(v));
}

static int has_value(json_t *d, const pt_intake_field *f)
{
	json_t *v = pt_get(json_object_get(d, "voorstel"), f->path);
	return v && !json_is_null(v) && !(json_is_string(v) && json_string_length(v) == 0);
}

/* Questions that do not apply to the answers so far: a motivation
 * without a chosen step; the questions about an initiative from society
 * (how far it is, public interest, own goals) for the municipality's own
 * plan. */
static int applies(json_t *d, const pt_intake_field *f)
{
	const char *by = pt_get_str(d, "voorstel.initiatiefnemer");
	if (strcmp(f->path, "motivatie") == 0)
		return pt_get_str(d, "voorstel.gewensteTrede") != NULL;
	if (strcmp(f->path, "initiatiefFase") == 0 || strcmp(f->path, "publiekBelang") == 0 ||
	    strcmp(f->path, "eigenDoelen") == 0)
		return !by || strcmp(by, "gemeente") != 0;
	return 1;
}

/* Why some questions are asked (pt-paragraph(1), domain sources in
 * pt(7)); the others speak for themselves. */
static const struct { const char *path, *nl, *en; } why_asked[] = {
	{"initiatiefnemer",
	 "Een plan van de gemeente krijgt de participatieladder (informeren ... meebeslissen); "
	 "een initiatief uit de samenleving de ladder van overheidsparticipatie.",
	 "A plan of the municipality gets the participation ladder (informeren ... meebeslissen); "
	 "an initiative from society the ladder of government participation."},
	{"beleidsruimte",
	 "Hoeveel kan inbreng nog veranderen? Geen ruimte: hooguit informeren; beperkt: hooguit adviseren.",
	 "How much can input still change? None: at most informing; limited: at most advising."},
	{"beleidsfase",
	 "Na het besluit (uitvoering, evaluatie) gaat participatie over de uitvoering, niet over het besluit.",
	 "After the decision (implementation, evaluation) participation is about carrying it out, not the decision."},
	{"intake.keuzes",
	 "Participatie heeft alleen zin als er nog echte keuzes zijn (Wierden).",
	 "Participation only makes sense when real choices are left (Wierden)."},
	{"intake.merkbaar",
	 "Merkt de omgeving niets van het plan, dan is participatie meestal niet nodig.",
	 "When the surroundings will not notice the plan, participation is rarely needed."},
	{"intake.middelen",
	 "Zonder tijd, capaciteit en geld kan de gemeente geen belofte van participatie waarmaken.",
	 "Without time, capacity and money the municipality cannot keep a promise of participation."},
	{"vastKader",
	 "Wat niet meer ter discussie staat (budget, wettelijke eisen), zodat deelnemers weten waar ze niet over gaan.",
	 "What is no longer open (budget, legal requirements), so participants know what is not theirs to decide."},
	{"openVoorInbreng",
	 "Waar deelnemers wel over meepraten.", "What participants do have a say in."},
	{"gewensteTrede",
	 "Laat leeg om pt-strategy te laten adviseren; een zelf gekozen trede vraagt een motivatie.",
	 "Leave empty to let pt-strategy advise; a step chosen by hand needs a motivation."},
	{"geenParticipatie.reden",
	 "Geen participatie mag, maar alleen met een reden (bijv. Eindhoven, verordening art. 2).",
	 "No participation is allowed, but only with a reason (e.g. Eindhoven, ordinance art. 2)."},
};

/* "?": what the question wants and why, in what form, and the choices
 * with their meaning. */
static void explain(const pt_intake_field *f, FILE *out, int lang)
{
	for (size_t i = 0; i < sizeof why_asked / sizeof why_asked[0]; i++)
		if (strcmp(why_asked[i].path, f->path) == 0)
			fprintf(out, "  %s\n", lang ? why_asked[i].en : why_asked[i].nl);
	static const char *const form[][2] = {
		[PT_F_STR] = {"Een tekst.", "A text."},
		[PT_F_ID] = {"Een kenmerk: letters, cijfers, '.', '_' of '-', bijv. CV-2027-014.",
			     "An id: letters, digits, '.', '_' or '-', e.g. CV-2027-014."},
		[PT_F_ENUM] = {"Kies een van de mogelijkheden: het nummer of het woord.",
			       "Pick one of the choices: its number or the word."},
		[PT_F_TREDE] = {"Een trede van een van beide ladders, bijv. raadplegen of faciliteren.",
				"A step of either ladder, e.g. raadplegen or faciliteren."},
		[PT_F_BOOL] = {"Ja of nee (1 of 2).", "Yes or no (1 or 2)."},
		[PT_F_DATE] = {"Een datum: 29-4-2027, 29 april 2027 of 2027-04-29.",
			       "A date: 2027-04-29, 29 April 2027 or 29-4-2027 (day first)."},
		[PT_F_LIST] = {"Een of meer teksten, gescheiden door ';'.",
			       "One or more texts, separated by ';'."},
		[PT_F_NUM] = {"Een bedrag of getal: 40.000, 2,5 of € 40.000,-.",
			      "An amount or number: 40000, 2.5 or €40,000.00."},
	};
	const pt_vocab *v = choices_of(f);
	fprintf(out, "  %s\n", form[f->type][lang ? 1 : 0]);
	if (f->required)
		fprintf(out, "  %s\n", lang ? "Required (*): the paragraph needs it."
					    : "Verplicht (*): de paragraaf heeft dit nodig.");
	else
		fprintf(out, "  %s\n", lang ? "Optional: press Enter to skip."
					    : "Niet verplicht: druk op Enter om over te slaan.");
	for (size_t i = 0; v && v->terms[i].code; i++)
		fprintf(out, "  %zu) %s: %s\n", i + 1, v->terms[i].code,
			lang ? v->terms[i].en : v->terms[i].nl);
}

/* Ask one field until it has an answer that holds; 0, or -1 at the end
 * of the input. */
static int ask_one(json_t *d, const pt_intake_field *f, FILE *in, FILE *out, int lang,
		   int tty, char **line, size_t *cap)
{
	char assign[4096];
	for (;;) {
		pt_error err = {0};
		fprintf(out, "%s%s", lang ? f->en : f->nl, f->required ? " *" : "");
		current_value(json_object_get(d, "voorstel"), f, out);
		fputs("\n", out);
		show_choices(f, out, lang);
		fputs("> ", out);
		fflush(out);
		if (getline(line, cap, in) < 0) {
			fputs("\n", out);
			return -1;
		}
		pt_trim(*line);
		if (strcmp(*line, "?") == 0) {
			explain(f, out, lang);
			continue;
		}
		if (!**line) {
			if (tty && f->required && !has_value(d, f)) {
				fprintf(out, "%s\n", lang ? "This one is required; '?' explains it."
							  : "Deze is verplicht; '?' legt uit wat er gevraagd wordt.");
				continue;
			}
			return 0;	/* keep what is there */
		}
		snprintf(assign, sizeof assign, "%s=%s", f->path, by_number(f, *line));
		if (pt_intake_set(d, assign, (pt_loc){0, 0}, &err) == 0)
			return 0;
		fprintf(out, "%s\n", err.msg);
	}
}

int pt_intake_ask(json_t *d, FILE *in, FILE *out, int lang)
{
	char *line = NULL;
	size_t cap = 0;
	int rc = 0, tty = isatty(fileno(in));
	for (const pt_intake_field *f = pt_intake_fields; f->path && rc == 0; f++)
		if (applies(d, f))
			rc = ask_one(d, f, in, out, lang, tty, &line, &cap);
	free(line);
	return rc;
}

int pt_intake_missing(json_t *d, pt_buf *names)
{
	int n = 0;
	if (pt_get_str(d, "voorstel.geenParticipatie.reden"))
		return 0;
	for (const pt_intake_field *f = pt_intake_fields; f->path; f++)
		if (f->required && !has_value(d, f))
			pt_buf_printf(names, "%s%s", n++ ? ", " : "", f->path);
	return n;
}

void pt_intake_summary(const json_t *d, FILE *out, int lang)
{
	json_t *m = json_object_get(d, "meldingen"), *x;
	size_t i, n = json_array_size(m);
	if (n == 0) {
		fprintf(out, "%s\n", lang ? "No meldingen: the intake is complete."
					  : "Geen meldingen: de intake is compleet.");
		return;
	}
	fprintf(out, "%zu meldingen:\n", n);
	json_array_foreach(m, i, x) {
		fprintf(out, "  %s: ", json_string_value(json_object_get(x, "ernst")));
		put_shown(out, "%s\n", json_string_value(json_object_get(x, "tekst")));
	}
}
