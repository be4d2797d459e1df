/* Unit tests of lib/evaluate*.c and lib/archive.c: score cells (amounts are in core.c),
 * the Gennep verdict, the questionnaire, scoring, the archive. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"
#include "evaluate.h"
#include "tap.h"

static void test_score(void)
{
	int s;
	is_int(pt_eval_score("4", &s), 0, "score: 4 is a score");
	is_int(s, 4, "score: 4 read");
	is_int(pt_eval_score(" 1 ", &s), 0, "score: spaces trimmed");
	is_int(s, 1, "score: 1 read");
	is_int(pt_eval_score("", &s), 0, "score: empty is no answer");
	is_int(s, 0, "score: empty gives 0, counted as missing");
	pt_eval_score("n.v.t.", &s);
	is_int(s, 0, "score: n.v.t. is no answer");
	is_int(pt_eval_score("6", &s), -1, "score: 6 is not a score");
	is_int(pt_eval_score("0", &s), -1, "score: 0 is not a score");
	is_int(pt_eval_score("3.5", &s), -1, "score: 3.5 is not a score");
	is_int(pt_eval_score("goed", &s), -1, "score: a word is not a score");
}

static void test_verdict(void)
{
	is_str(pt_eval_verdict(0, 0, 0, 0.5), NULL, "verdict: nothing judged, no verdict");
	is_str(pt_eval_verdict(5, 3, 0, 0.5), "goed", "verdict: no onvoldoende, 5 of 8 goed: goed");
	is_str(pt_eval_verdict(3, 5, 0, 0.5), "voldoende", "verdict: 3 of 8 goed: voldoende");
	is_str(pt_eval_verdict(1, 5, 1, 0.5), "voldoende", "verdict: one onvoldoende offset by a goed");
	is_str(pt_eval_verdict(0, 6, 1, 0.5), "onvoldoende", "verdict: one onvoldoende, no goed");
	is_str(pt_eval_verdict(8, 0, 2, 0.5), "onvoldoende", "verdict: two onvoldoende");
	is_str(pt_eval_verdict(9, 0, 1, 0.5), "voldoende", "verdict: an onvoldoende is never goed");
}

static pt_eval_data *load(void)
{
	pt_error err = {0};
	pt_eval_data *q = pt_eval_data_load(NULL, NULL, &err);
	ok(q != NULL, "data: the built-in questionnaire loads");
	return q;
}

static void test_data(pt_eval_data *q)
{
	is_int(q->ncriteria, 10, "data: the ten Gennep criteria");
	ok(q->goed == 4 && q->voldoende == 3 && q->kloof == 1, "data: default thresholds");
	int checks[11] = {0}, rv[8] = {0};
	for (size_t i = 0; i < q->nvragen; i++) {
		if (q->vragen[i].checklist[0])
			checks[atoi(q->vragen[i].checklist + 1)] = 1;
		if (q->vragen[i].randvoorwaarde[0])
			rv[atoi(q->vragen[i].randvoorwaarde + 1)] = 1;
	}
	int all = 1;
	for (int i = 1; i <= 10; i++)
		all &= checks[i];
	ok(all, "data: every checklist item C1-C10 has a question");
	all = 1;
	for (int i = 1; i <= 7; i++)
		all &= rv[i];
	ok(all, "data: every precondition R1-R7 has a question");
}

static pt_eval_responses *responses(const pt_eval_data *q, const char *csv, pt_error *err)
{
	FILE *f = fmemopen((void *)csv, strlen(csv), "r");
	pt_eval_responses *r = pt_eval_responses_read(f, "mem.csv", 0, q, err);
	fclose(f);
	return r;
}

static void test_scoring(const pt_eval_data *q)
{
	pt_error err = {0};
	pt_eval_responses *r = responses(q,
		"groep,plan1,org1,wat kan beter\n"
		"team,5,2,Te laat\n"
		"extern,4,,te  laat\n"
		"extern,4,2,Anders\n", &err);
	ok(r != NULL, "scoring: responses read");
	json_t *d = json_pack("{s:i, s:{s:s}}", "pt", 1, "voorstel", "id", "x");
	pt_eval_opts o = {.data = q, .responses = r};
	pt_eval_run(d, &o, (pt_loc){"mem", 1}, &err);
	json_t *c0 = json_array_get(pt_get(d, "evaluatie.criteria"), 0);
	ok(json_real_value(pt_get(c0, "extern.gemiddelde")) == 4.0, "scoring: extern mean");
	is_int(json_integer_value(pt_get(json_array_get(pt_get(d, "evaluatie.criteria"), 1),
					 "extern.ontbrekend")), 1, "scoring: a missing answer counted");
	is_str(pt_get_str(d, "evaluatie.oordeel"), "voldoende", "scoring: one onvoldoende offset by a goed");
	json_t *v = pt_get(d, "evaluatie.lessen.valkuilen");
	is_int(json_array_size(v), 2, "scoring: folded remarks counted together");
	is_str(json_string_value(json_array_get(v, 0)), "Te laat", "scoring: the first spelling kept");
	json_decref(d);
	pt_eval_responses_free(r);

	r = responses(q, "groep,plan1\nteam,7\n", &err);
	ok(r == NULL && err.status == PT_EXIT_DATA && err.loc.line == 2, "scoring: score 7 is exit 3 at line 2");
}

static void test_archive(void)
{
	pt_error err = {0};
	char dir[] = "/tmp/pt-evalXXXXXX", path[64];
	ok(mkdtemp(dir) != NULL, "archive: temp dir");
	snprintf(path, sizeof path, "%s/cases.jsonl", dir);
	json_t *cases = json_pack("[{s:s, s:i}, {s:s, s:i}, {s:s, s:i}]", "id", "a", "n", 1,
				  "id", "b", "n", 1, "id", "a", "n", 2);
	is_int(pt_eval_archive(path, cases, &err), 0, "archive: written");
	json_decref(cases);
	cases = json_pack("[{s:s, s:i}]", "id", "b", "n", 3);
	is_int(pt_eval_archive(path, cases, &err), 0, "archive: updated");
	json_decref(cases);
	FILE *f = fopen(path, "r");
	char buf[256] = "";
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	is_str(buf, "{\"id\":\"a\",\"n\":2}\n{\"id\":\"b\",\"n\":3}\n",
	       "archive: last of a run wins, a rerun replaces in place");
	f = fopen(path, "a");
	fputs("not json\n", f);
	fclose(f);
	cases = json_pack("[{s:s}]", "id", "c");
	is_int(pt_eval_archive(path, cases, &err), PT_EXIT_DATA, "archive: a broken line is exit 3");
	is_int(err.loc.line, 3, "archive: at its line");
	json_decref(cases);
	char lock[80];
	snprintf(lock, sizeof lock, "%s.lock", path);
	unlink(path), unlink(lock), rmdir(dir);
}

int main(void)
{
	test_score();
	test_verdict();
	pt_eval_data *q = load();
	if (q) {
		test_data(q);
		test_scoring(q);
	}
	pt_eval_data_free(q);
	test_archive();
	return done_testing();
}
