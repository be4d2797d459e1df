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

/* The choices by their codes, which are Dutch words; in another language
 * by their labels (termen.csv). */
static void show_choices(const pt_intake_field *f, FILE *out, int lang)
{
	const pt_vocab *v = choices_of(f);
	for (size_t i = 0; v && v->terms[i].code; i++)
		fprintf(out, "  %zu) %s\n", i + 1,
			lang == PT_NL ? v->terms[i].code : pt_vocab_label(v, v->terms[i].code, lang));
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
 * (pt-paragraph(1)): lib/data/intake-waarom.csv, a row for such a field. */
static void why_asked(const pt_intake_field *f, FILE *out, int lang)
{
	const pt_texts *t = pt_texts_load("intake-waarom.csv", 1, PT_NL);
	long row = pt_texts_find(t, &f->path);
	if (row >= 0)
		fprintf(out, "  %s\n", pt_text_at(t, (size_t)row, lang));
}

/* "?": what the question wants and why, in what form, and the choices
 * with their meaning. */
static void explain(const pt_intake_field *f, FILE *out, int lang)
{
	why_asked(f, out, lang);
	/* What form an answer takes: intake-teksten.csv, vorm.TYPE. */
	static const char *const form[] = {
		[PT_F_STR] = "vorm.tekst", [PT_F_ID] = "vorm.kenmerk", [PT_F_ENUM] = "vorm.keuze",
		[PT_F_TREDE] = "vorm.trede", [PT_F_BOOL] = "vorm.ja-nee", [PT_F_DATE] = "vorm.datum",
		[PT_F_LIST] = "vorm.lijst", [PT_F_NUM] = "vorm.getal",
	};
	const pt_vocab *v = choices_of(f);
	fprintf(out, "  %s\n", pt_intake_text(lang, form[f->type]));
	fprintf(out, "  %s\n", pt_intake_text(lang, f->required ? "vraag.verplicht" : "vraag.niet-verplicht"));
	for (size_t i = 0; v && v->terms[i].code; i++)
		fprintf(out, "  %zu) %s: %s\n", i + 1, v->terms[i].code,
			pt_vocab_label(v, v->terms[i].code, lang));
}

/* The dialogue: where questions go and answers come from, in which
 * language, and the line read last. */
struct dialogue {
	FILE *in, *out;
	int lang;
	int tty;		/* in is a terminal: a blank required answer is asked again */
	char *line;
	size_t cap;
};

/* Ask one field until it has an answer that holds; 0, or -1 at the end
 * of the input. */
static int ask_one(json_t *d, const pt_intake_field *f, struct dialogue *q)
{
	char assign[4096];
	FILE *out = q->out;
	int lang = q->lang;
	for (;;) {
		pt_error err = {0};
		fprintf(out, "%s%s", pt_intake_label(f, lang), f->required ? " *" : "");
		current_value(json_object_get(d, "voorstel"), f, out);
		fputs("\n", out);
		show_choices(f, out, lang);
		fputs("> ", out);
		fflush(out);
		if (getline(&q->line, &q->cap, q->in) < 0) {
			fputs("\n", out);
			return -1;
		}
		char *line = pt_trim(q->line);
		if (strcmp(line, "?") == 0) {
			explain(f, out, lang);
			continue;
		}
		if (!*line) {
			if (q->tty && f->required && !has_value(d, f)) {
				fprintf(out, "%s\n", pt_intake_text(lang, "vraag.nog-verplicht"));
				continue;
			}
			return 0;	/* keep what is there */
		}
		snprintf(assign, sizeof assign, "%s=%s", f->path, by_number(f, line));
		if (pt_intake_set(d, assign, (pt_loc){0, 0}, &err) == 0)
			return 0;
		fprintf(out, "%s\n", err.msg);
	}
}

int pt_intake_ask(json_t *d, FILE *in, FILE *out, int lang)
{
	struct dialogue q = {in, out, lang, isatty(fileno(in)), NULL, 0};
	int rc = 0;
	for (const pt_intake_field *f = pt_intake_fields; f->path && rc == 0; f++)
		if (applies(d, f))
			rc = ask_one(d, f, &q);
	free(q.line);
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
		fprintf(out, "%s\n", pt_intake_text(lang, "samenvatting.geen"));
		return;
	}
	fprintf(out, pt_intake_text(lang, "samenvatting.aantal"), n);
	fputc('\n', out);
	json_array_foreach(m, i, x) {
		fprintf(out, "  %s: ", json_string_value(json_object_get(x, "ernst")));
		put_shown(out, "%s\n", json_string_value(json_object_get(x, "tekst")));
	}
}
