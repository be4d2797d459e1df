/* --check --format junit: a JUnit XML report, which GitLab, Jenkins and
 * most CI systems show as a test result.  One test suite per file with
 * findings, one test case per finding: an error or warning is a failure,
 * a note passes with its text as output; a skipped file is a skipped
 * case, a file not read an error.  Written through the core XML writer,
 * every name and message first as all formats show it (pt_check_show). */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "check_int.h"
#include "xw.h"

struct counts {
	long tests, failures, errors, skipped;
};

struct junit {
	pt_xw doc;		/* the suites written so far */
	pt_xw cases;		/* the current file's test cases */
	char *file;		/* the current file, NULL before the first */
	struct counts file_n, all;
};

static void *junit_start(void)
{
	return pt_xcalloc(1, sizeof(struct junit));
}

/* The suite of the file so far goes into the document. */
static void flush_suite(struct junit *j)
{
	if (!j->file)
		return;
	pt_xw_start(&j->doc, "testsuite");
	pt_xw_attr(&j->doc, "name", j->file);
	pt_xw_attrf(&j->doc, "tests", "%ld", j->file_n.tests);
	pt_xw_attrf(&j->doc, "failures", "%ld", j->file_n.failures);
	pt_xw_attrf(&j->doc, "errors", "%ld", j->file_n.errors);
	pt_xw_attrf(&j->doc, "skipped", "%ld", j->file_n.skipped);
	pt_xw_append(&j->doc, &j->cases);
	pt_xw_finish(&j->doc);
	pt_xw_nl(&j->doc);
	pt_xw_free(&j->cases);
	memset(&j->cases, 0, sizeof j->cases);
	free(j->file);
	j->file = NULL;
	memset(&j->file_n, 0, sizeof j->file_n);
}

/* A new test case of file (shown already); its suite starts when the
 * file changes. */
static void start_case(struct junit *j, const char *file, const char *classname, const char *name)
{
	if (!j->file || strcmp(j->file, file) != 0) {
		flush_suite(j);
		j->file = pt_xstrdup(file);
	}
	j->file_n.tests++, j->all.tests++;
	pt_xw_start(&j->cases, "testcase");
	pt_xw_attr(&j->cases, "classname", classname);
	pt_xw_attr(&j->cases, "name", name);
	pt_xw_attr(&j->cases, "file", file);
}

static void junit_finding(void *st, const pt_check_finding *f, const char *note)
{
	struct junit *j = st;
	char *file = pt_check_show(pt_filename(f->file)), *msg = pt_check_show(f->msg);
	const char *rule = pt_check_rule_id((size_t)f->rule), *sev = pt_check_sev_name(f->sev);
	pt_buf name = PT_BUF_INIT, text = PT_BUF_INIT;
	pt_buf_printf(&name, "%s:%ld:%ld %s", file, f->line, f->col, rule);
	pt_buf_printf(&text, "%s:%ld:%ld: %s: %s%s [%s]", file, f->line, f->col, sev, msg, note, rule);
	start_case(j, file, "pt-paragraph.check", pt_buf_str(&name));
	pt_xw_attrf(&j->cases, "line", "%ld", f->line);
	if (f->sev == PT_SEV_ERROR || f->sev == PT_SEV_WARNING) {
		j->file_n.failures++, j->all.failures++;
		pt_xw_start(&j->cases, "failure");
		pt_xw_attr(&j->cases, "type", sev);
		pt_buf m = PT_BUF_INIT;
		pt_buf_printf(&m, "%s%s", msg, note);
		pt_xw_attr(&j->cases, "message", pt_buf_str(&m));
		pt_buf_free(&m);
	} else {
		pt_xw_start(&j->cases, "system-out");
	}
	pt_xw_text(&j->cases, pt_buf_str(&text));
	pt_xw_finish(&j->cases);
	pt_xw_finish(&j->cases);
	pt_buf_free(&name);
	pt_buf_free(&text);
	free(file);
	free(msg);
}

static void junit_skipped(void *st, const char *file, const char *id, const char *text)
{
	struct junit *j = st;
	char *shown = pt_check_show(file);
	start_case(j, shown, "pt-paragraph.skipped", id);
	j->file_n.skipped++, j->all.skipped++;
	pt_xw_start(&j->cases, "skipped");
	pt_xw_attr(&j->cases, "message", text);
	pt_xw_finish(&j->cases);
	pt_xw_finish(&j->cases);
	free(shown);
}

static void junit_failed(void *st, const char *file, const char *id, const char *msg)
{
	struct junit *j = st;
	char *shown = pt_check_show(file), *said = pt_check_show(msg);
	start_case(j, shown, "pt-paragraph.check", id);
	j->file_n.errors++, j->all.errors++;
	pt_xw_start(&j->cases, "error");
	pt_xw_attr(&j->cases, "type", id);
	pt_xw_attr(&j->cases, "message", said);
	pt_xw_finish(&j->cases);
	pt_xw_finish(&j->cases);
	free(shown);
	free(said);
}

static void junit_finish(void *st, FILE *out, int ok)
{
	struct junit *j = st;
	flush_suite(j);
	if (ok) {
		pt_xw top = {0};
		pt_xw_decl(&top);
		pt_xw_start(&top, "testsuites");
		pt_xw_attr(&top, "name", "pt-paragraph --check");
		pt_xw_attrf(&top, "tests", "%ld", j->all.tests);
		pt_xw_attrf(&top, "failures", "%ld", j->all.failures);
		pt_xw_attrf(&top, "errors", "%ld", j->all.errors);
		pt_xw_attrf(&top, "skipped", "%ld", j->all.skipped);
		pt_xw_nl(&top);
		pt_xw_append(&top, &j->doc);
		pt_xw_finish(&top);
		pt_xw_nl(&top);
		fwrite(pt_xw_str(&top), 1, pt_xw_len(&top), out);
		pt_xw_free(&top);
	}
	pt_xw_free(&j->doc);
	pt_xw_free(&j->cases);
	free(j->file);
	free(j);
}

const pt_check_fmt pt_check_junit = {
	.name = "junit", .start = junit_start, .finding = junit_finding,
	.skipped = junit_skipped, .failed = junit_failed, .finish = junit_finish,
};
