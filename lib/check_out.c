/* Writing --check findings: plain lines for grep and problem matchers,
 * JSON Lines, GitHub workflow commands, or one SARIF 2.1.0 log. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "check.h"

struct pt_check_writer {
	int format;
	int lang;
	pt_out out;
	const pt_check_config *cfg;
	json_t *results;	/* SARIF only */
};

pt_check_writer *pt_check_writer_open(int format, const char *output, const pt_check_config *c,
				  int lang, pt_error *err)
{
	pt_check_writer *w = pt_xmalloc(sizeof *w);
	memset(w, 0, sizeof *w);
	w->format = format, w->lang = lang, w->cfg = c;
	if (pt_out_open(&w->out, output, err)) {
		free(w);
		return NULL;
	}
	if (format == PT_CHECK_SARIF)
		w->results = json_array();
	return w;
}

/* GitHub workflow commands: %, CR and LF are escaped in the message, and
 * ':' and ',' as well in a property. */
static void gh_escape(FILE *f, const char *s, int property)
{
	for (; *s; s++) {
		if (*s == '%')
			fputs("%25", f);
		else if (*s == '\r')
			fputs("%0D", f);
		else if (*s == '\n')
			fputs("%0A", f);
		else if (property && *s == ':')
			fputs("%3A", f);
		else if (property && *s == ',')
			fputs("%2C", f);
		else
			fputc(*s, f);
	}
}

static const char *sarif_level(int sev)
{
	return sev == PT_SEV_ERROR ? "error" : sev == PT_SEV_WARNING ? "warning"
		: sev == PT_SEV_INFO ? "note" : sev == PT_SEV_ERNST ? "warning" : "none";
}

/* A relative URI reference for a path: unreserved bytes and '/' kept. */
static json_t *uri_of(const char *path)
{
	const char *s = pt_filename(path);
	size_t n = strlen(s);
	char *u = pt_xmalloc(3 * n + 1), *o = u;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || strchr("-._~/", c))
			*o++ = (char)c;
		else
			o += sprintf(o, "%%%02X", c);
	}
	*o = '\0';
	json_t *j = json_string(u);
	free(u);
	return j;
}

static json_t *sarif_result(const pt_check_finding *f)
{
	return json_pack("{s:s, s:i, s:s, s:{s:s}, s:[{s:{s:{s:o}, s:{s:I, s:I}}}]}",
			 "ruleId", pt_check_rule_id((size_t)f->rule), "ruleIndex", f->rule,
			 "level", sarif_level(f->sev), "message", "text", f->msg,
			 "locations", "physicalLocation", "artifactLocation", "uri", uri_of(f->file),
			 "region", "startLine", (json_int_t)f->line, "startColumn", (json_int_t)f->col);
}

void pt_check_writer_put(const pt_check_finding *f, void *writer)
{
	pt_check_writer *w = writer;
	FILE *out = w->out.f;
	const char *file = pt_filename(f->file);
	const char *sev = pt_check_sev_name(f->sev);
	const char *rule = pt_check_rule_id((size_t)f->rule);
	switch (w->format) {
	case PT_CHECK_TEXT:
		fprintf(out, "%s:%ld:%ld: %s: %s [%s]\n", file, f->line, f->col, sev, f->msg, rule);
		break;
	case PT_CHECK_JSON: {
		json_t *j = json_pack("{s:s, s:I, s:I, s:s, s:s, s:s}", "file", file,
				      "line", (json_int_t)f->line, "column", (json_int_t)f->col,
				      "severity", sev, "rule", rule, "message", f->msg);
		json_dumpf(j, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
		fputc('\n', out);
		json_decref(j);
		break;
	}
	case PT_CHECK_GITHUB:
		fprintf(out, "::%s file=", f->sev == PT_SEV_INFO ? "notice" : sev);
		gh_escape(out, file, 1);
		fprintf(out, ",line=%ld,col=%ld,title=", f->line, f->col);
		gh_escape(out, "pt-paragraph ", 1);
		gh_escape(out, rule, 1);
		fputs("::", out);
		gh_escape(out, f->msg, 0);
		fputc('\n', out);
		break;
	case PT_CHECK_SARIF:
		json_array_append_new(w->results, sarif_result(f));
		break;
	}
}

static json_t *sarif_log(const pt_check_writer *w)
{
	json_t *rules = json_array();
	for (size_t i = 0; i < pt_check_rule_count(); i++)
		json_array_append_new(rules, json_pack("{s:s, s:{s:s}, s:{s:s}}",
			"id", pt_check_rule_id(i), "shortDescription", "text", pt_check_rule_text(i, w->lang),
			"defaultConfiguration", "level", sarif_level(pt_check_rule_sev(w->cfg, i))));
	return json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:O}]}",
			 "version", "2.1.0",
			 "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
			 "runs", "tool", "driver", "name", "pt-paragraph", "version", PT_VERSION,
			 "rules", rules, "results", w->results);
}

int pt_check_writer_close(pt_check_writer *w, int ok, pt_error *err)
{
	int rc = 0;
	if (w->format == PT_CHECK_SARIF && ok) {
		json_t *log = sarif_log(w);
		json_dumpf(log, w->out.f, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', w->out.f);
		json_decref(log);
	}
	if (ok)
		rc = pt_out_commit(&w->out, err);
	else
		pt_out_abort(&w->out);
	json_decref(w->results);
	free(w);
	return rc;
}
