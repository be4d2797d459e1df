/* --interactive: the intake questions one by one.  Prompts go to out (the
 * program passes stderr, so stdout stays a dossier); answers come from in,
 * a terminal or a pipe alike. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "intake.h"

static void show_choices(const pt_intake_field *f, FILE *out, int lang)
{
	const pt_vocab *v = f->type == PT_F_BOOL ? &pt_v_ja_nee : f->vocab;
	if (!v)
		return;
	for (size_t i = 0; v->terms[i].code; i++)
		fprintf(out, "  %zu) %s\n", i + 1, lang ? v->terms[i].en : v->terms[i].code);
}

/* "2" picks the second choice of an enumerated field. */
static const char *by_number(const pt_intake_field *f, const char *ans)
{
	const pt_vocab *v = f->type == PT_F_BOOL ? &pt_v_ja_nee : f->vocab;
	char *end;
	long n = strtol(ans, &end, 10);
	if (!v || *end || n < 1 || (size_t)n > pt_vocab_count(v))
		return ans;
	return v->terms[n - 1].code;
}

static void current_value(json_t *voorstel, const pt_intake_field *f, FILE *out)
{
	json_t *v = pt_get(voorstel, f->path);
	if (json_is_string(v))
		fprintf(out, " [%s]", json_string_value(v));
	else if (json_is_boolean(v))
		fprintf(out, " [%s]", json_is_true(v) ? "ja" : "nee");
	else if (json_is_number(v))
		fprintf(out, " [%g]", json_number_value(v));
}

int pt_intake_ask(json_t *d, FILE *in, FILE *out, int lang)
{
	char *line = NULL, assign[4096];
	size_t cap = 0;
	int rc = 0;
	for (const pt_intake_field *f = pt_intake_fields; f->path && rc == 0; f++) {
		for (;;) {
			pt_error err = {0};
			fprintf(out, "%s%s", lang ? f->en : f->nl, f->required ? " *" : "");
			current_value(json_object_get(d, "voorstel"), f, out);
			fputs("\n", out);
			show_choices(f, out, lang);
			fputs("> ", out);
			fflush(out);
			if (getline(&line, &cap, in) < 0) {
				fputs("\n", out);
				rc = -1;
				break;
			}
			pt_trim(line);
			if (!*line)
				break;	/* keep what is there */
			snprintf(assign, sizeof assign, "%s=%s", f->path, by_number(f, line));
			if (pt_intake_set(d, assign, (pt_loc){0, 0}, &err) == 0)
				break;
			fprintf(out, "%s\n", err.msg);
		}
	}
	free(line);
	return rc;
}
