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
 * plan; the limits of a mandate without one. */
static int applies(json_t *d, const pt_intake_field *f)
{
	const char *by = pt_get_str(d, "voorstel.initiatiefnemer");
	if (strcmp(f->path, "motivatie") == 0)
		return pt_get_str(d, "voorstel.gewensteTrede") != NULL;
	if (strcmp(f->path, "initiatiefFase") == 0 || strcmp(f->path, "publiekBelang") == 0 ||
	    strcmp(f->path, "eigenDoelen") == 0)
		return !by || strcmp(by, "gemeente") != 0;
	/* The limits of a mandate only once there is one. */
	if (strcmp(f->path, "zeggenschapKaders") == 0) {
		const char *z = pt_get_str(d, "voorstel.zeggenschap");
		return z && strcmp(z, "mandaat") == 0;
	}
	return 1;
}

/* Why some questions are asked, and what the advice does with the answer
 * (pt-paragraph(1)): lib/data/intake-waarom.csv, read once.  Without the
 * table "?" still says what form an answer takes. */
enum { W_VELD, W_NL, W_EN, W_NCOLS };

static const pt_table *why_table(int *idx)
{
	static const pt_column cols[] = {
		[W_VELD] = {"veld", "veld|field", 1}, [W_NL] = {"nl", "nl", 1}, [W_EN] = {"en", "en", 1},
		{0, 0, 0}};
	static pt_table *t;
	static int loaded, at[W_NCOLS];
	if (!loaded) {
		pt_error err = {0};
		const char *name;
		loaded = 1;
		t = pt_data_table("intake-waarom.csv", NULL, cols, at, &name, &err);
	}
	memcpy(idx, at, sizeof at);
	return t;
}

static void why_asked(const pt_intake_field *f, FILE *out, int lang)
{
	int idx[W_NCOLS];
	const pt_table *t = why_table(idx);
	for (size_t r = 0; t && r < t->nrows; r++) {
		const char *veld = pt_csv_get(&t->rows[r], idx[W_VELD]);
		const char *text = pt_csv_get(&t->rows[r], idx[lang ? W_EN : W_NL]);
		if (veld && text && strcmp(veld, f->path) == 0)
			fprintf(out, "  %s\n", text);
	}
}

/* "?": what the question wants and why, in what form, and the choices
 * with their meaning. */
static void explain(const pt_intake_field *f, FILE *out, int lang)
{
	why_asked(f, out, lang);
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
