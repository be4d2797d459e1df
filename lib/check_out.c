/* Writing --check findings: plain lines for grep and problem matchers,
 * JSON Lines, GitHub workflow commands, one SARIF 2.1.0 log, or one GitLab
 * Code Quality report; formats in files of their own (a JUnit report,
 * check_junit.c) through formats[].  No finding is ever dropped: bytes that are not
 * UTF-8 (in a file name or a heading) become U+FFFD in JSON, SARIF and
 * GitLab, and pass as they are in text. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"
#include "check_int.h"

struct pt_check_writer {
	int format;
	enum pt_lang lang;
	pt_out out;
	const pt_check_config *cfg;
	json_t *results;	/* SARIF and GitLab: written whole at the end */
	json_t *notes;		/* SARIF: files skipped or not read, an empty run */
	json_t *prints;		/* GitLab: fingerprints given so far, to keep each unique */
	int failed;		/* a file could not be read, or nothing was checked */
	const pt_check_fmt *ext;	/* a format of its own file, or NULL */
	void *st;		/* its state */
};

/* The formats after check_out.c's own five, in the order of their
 * numbers (PT_CHECK_GITLAB + 1, ...): a new one is a line here. */
static const pt_check_fmt *const formats[] = {&pt_check_junit};
#define NFORMATS (sizeof formats / sizeof formats[0])

int pt_check_format_parse(const char *s)
{
	static const char *const own[] = {"text", "json", "github", "sarif", "gitlab"};
	for (int i = 0; i <= PT_CHECK_GITLAB; i++)
		if (strcmp(s, own[i]) == 0)
			return i;
	for (size_t i = 0; i < NFORMATS; i++)
		if (strcmp(s, formats[i]->name) == 0)
			return PT_CHECK_GITLAB + 1 + (int)i;
	return -1;
}

pt_check_writer *pt_check_writer_open(int format, const char *output, const pt_check_config *c,
				      int lang, pt_error *err)
{
	pt_check_writer *w = pt_xcalloc(1, sizeof *w);
	w->format = format, w->lang = lang, w->cfg = c;
	if (pt_out_open(&w->out, output, err)) {
		free(w);
		return NULL;
	}
	if (format == PT_CHECK_SARIF || format == PT_CHECK_GITLAB)
		w->results = json_array();
	if (format > PT_CHECK_GITLAB) {
		w->ext = formats[format - PT_CHECK_GITLAB - 1];
		w->st = w->ext->start ? w->ext->start() : NULL;
	}
	w->notes = json_array();
	w->prints = json_object();
	return w;
}

/* A JSON string of s, controls shown and every byte that is no UTF-8
 * replaced by U+FFFD. */
static json_t *jstr(const char *s)
{
	pt_buf b = PT_BUF_INIT;
	pt_check_show_put(&b, s, 0);
	json_t *j = json_string(pt_buf_str(&b));
	pt_buf_free(&b);
	return j;
}

/* Text lines: a control character in a file name or a message (a
 * dossier's melding) is shown as \xNN or \uNNNN, so that no name can
 * start a line of its own in a CI log (issue 20.2, 29.5). */
static void text_escape(FILE *f, const char *s)
{
	pt_buf b = PT_BUF_INIT;
	pt_check_show_put(&b, s, 1);
	fputs(pt_buf_str(&b), f);
	pt_buf_free(&b);
}

/* GitHub workflow commands: controls shown as text, then %, CR and LF
 * escaped in the message, and ':' and ',' as well in a property. */
static void gh_escape(FILE *f, const char *s, int property)
{
	pt_buf b = PT_BUF_INIT;
	pt_check_show_put(&b, s, 1);
	for (const char *p = pt_buf_str(&b); *p; p++) {
		if (*p == '%')
			fputs("%25", f);
		else if (property && *p == ':')
			fputs("%3A", f);
		else if (property && *p == ',')
			fputs("%2C", f);
		else
			fputc(*p, f);
	}
	pt_buf_free(&b);
}

static const char *sarif_level(int sev)
{
	return sev == PT_SEV_ERROR ? "error" : sev == PT_SEV_WARNING ? "warning"
		: sev == PT_SEV_INFO ? "note" : sev == PT_SEV_ERNST ? "warning" : "none";
}

/* A URI for a path: relative as it is, absolute as file:///...; every byte
 * but the unreserved ones and '/' percent-encoded (so no byte is lost). */
static json_t *uri_of(const char *path)
{
	const char *s = pt_filename(path);
	pt_buf u = PT_BUF_INIT;
	if (*s == '/')
		pt_buf_puts(&u, "file://");
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || strchr("-._~/", c))
			pt_buf_putc(&u, c);
		else
			pt_buf_printf(&u, "%%%02X", c);
	}
	json_t *j = json_string(pt_buf_str(&u));
	pt_buf_free(&u);
	return j;
}

/* " (pagina 3)" after the message of a finding whose page is known. */
static const char *page_note(const pt_check_finding *f, enum pt_lang lang, char *buf, size_t n)
{
	if (f->page < 1)
		return "";
	buf[0] = ' ';
	snprintf(buf + 1, n - 1, pt_check_text(lang, "pagina"), f->page);
	return buf;
}

static json_t *sarif_result(const pt_check_finding *f, const char *note)
{
	json_t *msg = json_pack("{s:o}", "text", jstr(f->msg));
	if (*note) {
		char *t = pt_xmalloc(strlen(json_string_value(json_object_get(msg, "text"))) + strlen(note) + 1);
		sprintf(t, "%s%s", json_string_value(json_object_get(msg, "text")), note);
		json_object_set_new(msg, "text", json_string(t));
		free(t);
	}
	json_t *region = json_pack("{s:I, s:I}", "startLine", (json_int_t)f->line,
				   "startColumn", (json_int_t)f->col);
	json_t *r = json_pack("{s:s, s:i, s:s, s:o, s:[{s:{s:{s:o}, s:o}}]}",
			      "ruleId", pt_check_rule_id((size_t)f->rule), "ruleIndex", f->rule,
			      "level", sarif_level(f->sev), "message", msg,
			      "locations", "physicalLocation", "artifactLocation", "uri", uri_of(f->file),
			      "region", region);
	if (f->page > 0)
		json_object_set_new(r, "properties", json_pack("{s:I}", "page", (json_int_t)f->page));
	return r;
}

/* A path as a repository sees it: "./voorstellen//x.md" and
 * "$PWD/voorstellen/x.md" are both "voorstellen/x.md" (GitLab matches
 * issues across pipelines by path, and keeps no absolute one). */
static char *rel_path(const char *path)
{
	static char cwd[4096];
	static int have = -1;
	const char *s = pt_filename(path);
	if (have < 0)
		have = getcwd(cwd, sizeof cwd) != NULL;
	size_t n = have ? strlen(cwd) : 0;
	if (*s == '/' && n > 1 && strncmp(s, cwd, n) == 0 && s[n] == '/')
		s += n + 1;
	pt_buf b = PT_BUF_INIT;
	while (*s) {
		if (s[0] == '/' && b.len && b.s[b.len - 1] == '/') {
			s++;	/* "//" */
		} else if (s[0] == '.' && s[1] == '/' && (!b.len || b.s[b.len - 1] == '/')) {
			s += 2;	/* "./" */
		} else {
			pt_buf_putc(&b, *s++);
		}
	}
	return pt_buf_take(&b);
}

/* A fingerprint for GitLab: FNV-1a of the path, the rule, the message and
 * the section's text, so that a line inserted above a finding, or the
 * path written another way, keeps it the same finding; a second finding
 * with the same four gets a count, so that each stays unique. */
static json_t *fingerprint(pt_check_writer *w, const pt_check_finding *f)
{
	char *path = rel_path(f->file);
	char hex[17];
	const char *parts[] = {path, pt_check_rule_id((size_t)f->rule), f->msg,
			       f->context ? f->context : ""};
	for (unsigned seen = 0;; seen++) {
		uint64_t h = 1469598103934665603ull;
		for (size_t i = 0; i < 4; i++)
			for (const unsigned char *p = (const unsigned char *)parts[i]; ; p++) {
				h = (h ^ *p) * 1099511628211ull;
				if (!*p)
					break;
			}
		h = (h ^ seen) * 1099511628211ull;
		snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
		if (!json_object_get(w->prints, hex))
			break;
	}
	json_object_set_new(w->prints, hex, json_true());
	free(path);
	return json_string(hex);
}

static json_t *gitlab_issue(pt_check_writer *w, const pt_check_finding *f, const char *note)
{
	static const char *const sev[] = {"major", "minor", "info"};
	pt_buf d = PT_BUF_INIT;
	char *path = rel_path(f->file);
	pt_buf_printf(&d, "%s%s", f->msg, note);
	json_t *j = json_pack("{s:o, s:s, s:o, s:s, s:{s:o, s:{s:I}}}",
			      "description", jstr(pt_buf_str(&d)),
			      "check_name", pt_check_rule_id((size_t)f->rule),
			      "fingerprint", fingerprint(w, f), "severity", sev[f->sev],
			      "location", "path", jstr(path),
			      "lines", "begin", (json_int_t)f->line);
	free(path);
	pt_buf_free(&d);
	return j;
}

void pt_check_writer_put(const pt_check_finding *f, void *writer)
{
	pt_check_writer *w = writer;
	FILE *out = w->out.f;
	const char *file = pt_filename(f->file);
	const char *sev = pt_check_sev_name(f->sev);
	const char *rule = pt_check_rule_id((size_t)f->rule);
	char nb[64];
	const char *note = page_note(f, w->lang, nb, sizeof nb);
	if (w->ext) {
		if (w->ext->finding)
			w->ext->finding(w->st, f, note);
		return;
	}
	switch (w->format) {
	case PT_CHECK_TEXT:
		text_escape(out, file);
		fprintf(out, ":%ld:%ld: %s: ", f->line, f->col, sev);
		text_escape(out, f->msg);
		fprintf(out, "%s [%s]\n", note, rule);
		break;
	case PT_CHECK_JSON: {
		json_t *j = json_pack("{s:o, s:I, s:I, s:s, s:s, s:o}", "file", jstr(file),
				      "line", (json_int_t)f->line, "column", (json_int_t)f->col,
				      "severity", sev, "rule", rule, "message", jstr(f->msg));
		if (f->page > 0)
			json_object_set_new(j, "page", json_integer(f->page));
		if (f->unit == PT_UNIT_PARAGRAPH)
			json_object_set_new(j, "unit", json_string("paragraph"));
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
		gh_escape(out, note, 0);
		fputc('\n', out);
		break;
	case PT_CHECK_SARIF:
		json_array_append_new(w->results, sarif_result(f, note));
		break;
	case PT_CHECK_GITLAB:
		json_array_append_new(w->results, gitlab_issue(w, f, note));
		break;
	}
}

const char *pt_check_skip_id(int why)
{
	static const char *const id[] = {"format", "link", "not-regular", "size", "pt-render-index"};
	return id[why];
}

static const char *skip_text(int why, enum pt_lang lang)
{
	static const char *const id[] = {
		[PT_SKIP_FORMAT] = "overgeslagen.vorm", [PT_SKIP_LINK] = "overgeslagen.koppeling",
		[PT_SKIP_NOTREG] = "overgeslagen.geen-bestand", [PT_SKIP_SIZE] = "overgeslagen.grootte",
		[PT_SKIP_OWN] = "overgeslagen.overzicht",
	};
	return pt_check_text(lang, id[why]);
}

void pt_check_writer_skip(pt_check_writer *w, const char *path, int why)
{
	const char *file = pt_filename(path), *text = skip_text(why, w->lang);
	const char *word = pt_check_text(w->lang, "overgeslagen");
	if (w->ext && w->ext->skipped) {
		w->ext->skipped(w->st, file, pt_check_skip_id(why), text);
		return;
	}
	switch (w->format) {
	case PT_CHECK_TEXT:
		text_escape(w->out.f, file);
		fprintf(w->out.f, ": %s: %s\n", word, text);
		break;
	case PT_CHECK_JSON: {
		json_t *j = json_pack("{s:o, s:s, s:s}", "file", jstr(file), "skipped",
				      pt_check_skip_id(why), "message", text);
		json_dumpf(j, w->out.f, JSON_COMPACT | JSON_PRESERVE_ORDER);
		fputc('\n', w->out.f);
		json_decref(j);
		break;
	}
	case PT_CHECK_GITHUB:
		fputs("::notice file=", w->out.f);
		gh_escape(w->out.f, file, 1);
		fprintf(w->out.f, ",title=pt-paragraph %s::%s\n", word, text);
		break;
	case PT_CHECK_SARIF:
		json_array_append_new(w->notes, json_pack("{s:s, s:{s:s}, s:{s:s}, s:[{s:{s:{s:o}}}]}",
			"level", "note", "descriptor", "id", pt_check_skip_id(why), "message", "text", text,
			"locations", "physicalLocation", "artifactLocation", "uri", uri_of(path)));
		break;
	default:	/* a Code Quality report holds issues only: say it aside */
		fprintf(stderr, "%s: ", pt_progname);
		text_escape(stderr, file);
		fprintf(stderr, ": %s: %s\n", word, text);
		break;
	}
}

/* A file that could not be read or is no valid document (exit 3 or 4):
 * said on stderr by the caller; here a GitHub error annotation, a SARIF
 * notification, and the run is no longer a successful one. */
void pt_check_writer_fail(pt_check_writer *w, const pt_error *err)
{
	const char *file = err->loc.file ? err->loc.file : "-";
	const char *id = err->status == PT_EXIT_IO ? "unreadable"
		: err->status == PT_EXIT_USAGE ? "not-checked" : "malformed";
	w->failed = 1;
	if (w->ext && w->ext->failed)
		w->ext->failed(w->st, pt_filename(file), id, err->msg);
	switch (w->format) {
	case PT_CHECK_GITHUB:
		fputs("::error file=", w->out.f);
		gh_escape(w->out.f, pt_filename(file), 1);
		if (err->loc.line > 0)
			fprintf(w->out.f, ",line=%ld", err->loc.line);
		fprintf(w->out.f, ",title=pt-paragraph %s::", id);
		gh_escape(w->out.f, err->msg, 0);
		fputc('\n', w->out.f);
		break;
	case PT_CHECK_SARIF: {
		json_t *n = json_pack("{s:s, s:{s:s}, s:{s:o}, s:[{s:{s:{s:o}}}]}", "level", "error",
				      "descriptor", "id", id, "message", "text", jstr(err->msg),
				      "locations", "physicalLocation", "artifactLocation", "uri", uri_of(file));
		if (err->loc.line > 0)
			json_object_set_new(json_object_get(json_array_get(json_object_get(n, "locations"), 0),
							    "physicalLocation"), "region",
					    json_pack("{s:I}", "startLine", (json_int_t)err->loc.line));
		json_array_append_new(w->notes, n);
		break;
	}
	default:
		break;
	}
}

void pt_check_writer_empty(pt_check_writer *w, const char *why)
{
	w->failed = 1;
	if (w->ext && w->ext->failed)
		w->ext->failed(w->st, "pt-paragraph --check", "nothing-checked", why);
	if (w->format == PT_CHECK_SARIF)
		json_array_append_new(w->notes, json_pack("{s:s, s:{s:s}, s:{s:o}}", "level", "error",
			"descriptor", "id", "nothing-checked", "message", "text", jstr(why)));
	else if (w->format == PT_CHECK_GITHUB) {
		fputs("::error title=pt-paragraph nothing-checked::", w->out.f);
		gh_escape(w->out.f, why, 0);
		fputc('\n', w->out.f);
	}
}

static json_t *sarif_log(const pt_check_writer *w)
{
	json_t *rules = json_array();
	for (size_t i = 0; i < pt_check_rule_count(); i++)
		json_array_append_new(rules, json_pack("{s:s, s:{s:s}, s:{s:s}}",
			"id", pt_check_rule_id(i), "shortDescription", "text", pt_check_rule_text(i, w->lang),
			"defaultConfiguration", "level", sarif_level(pt_check_rule_sev(w->cfg, i))));
	return json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:[{s:b, s:O}], s:s, s:O}]}",
			 "version", "2.1.0",
			 "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
			 "runs", "tool", "driver", "name", "pt-paragraph", "version", PT_VERSION,
			 "rules", rules,
			 "invocations", "executionSuccessful", !w->failed, "toolExecutionNotifications", w->notes,
			 "columnKind", "unicodeCodePoints", "results", w->results);
}

int pt_check_writer_close(pt_check_writer *w, int ok, pt_error *err)
{
	int rc = 0;
	if (ok && (w->format == PT_CHECK_SARIF || w->format == PT_CHECK_GITLAB)) {
		json_t *log = w->format == PT_CHECK_SARIF ? sarif_log(w) : json_incref(w->results);
		json_dumpf(log, w->out.f, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', w->out.f);
		json_decref(log);
	}
	if (w->ext && w->ext->finish)
		w->ext->finish(w->st, w->out.f, ok);
	if (ok)
		rc = pt_out_commit(&w->out, err);
	else
		pt_out_abort(&w->out);
	json_decref(w->results);
	json_decref(w->notes);
	json_decref(w->prints);
	free(w);
	return rc;
}
