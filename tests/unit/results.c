/* Unit tests of lib/results*.c: dates as people write them, the CSV and
 * JSON readers giving one section, meldingen, and the options on top. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "results.h"
#include "tap.h"

static void test_dates(void)
{
	char iso[11];
	is_int(pt_results_date("2027-03-12", iso), 0, "date: ISO");
	is_str(iso, "2027-03-12", "date: ISO kept");
	is_int(pt_results_date("12-3-2027", iso), 0, "date: D-M-YYYY");
	is_str(iso, "2027-03-12", "date: D-M-YYYY as ISO");
	is_int(pt_results_date("1/04/2027", iso), 0, "date: D/MM/YYYY");
	is_str(iso, "2027-04-01", "date: D/MM/YYYY as ISO");
	is_int(pt_results_date("29-02-2027", iso), -1, "date: no 29 February in 2027");
	is_int(pt_results_date("12-3/2027", iso), -1, "date: mixed separators");
	is_int(pt_results_date("maart", iso), -1, "date: a word");
	is_int(pt_results_date("2027-3-12x", iso), -1, "date: trailing text");
}

static pt_results *parse(const char *text, pt_error *err)
{
	return pt_results_parse("mem", text, strlen(text), 0, err);
}

static json_t *run(pt_results *r, const char *id, long deelnemers, const char *terug)
{
	pt_error err = {0};
	json_t *d = json_pack("{s:i, s:{s:s, s:s}}", "pt", 1, "voorstel", "id", id, "datumBesluit", "2027-06-15");
	pt_results_opts o = {.file = r, .deelnemers = deelnemers, .terugkoppeling = terug};
	pt_results_run(d, &o, &err);
	return d;
}

static int count_code(const json_t *d, const char *code)
{
	size_t i, n = 0;
	json_t *m;
	json_array_foreach(json_object_get(d, "meldingen"), i, m)
		n += strcmp(json_string_value(json_object_get(m, "code")), code) == 0;
	return (int)n;
}

static void test_csv_json_same(void)
{
	pt_error err = {0};
	pt_results *c = parse("Voorstel;Activiteit;Datum;Deelnemers;Inbreng;Steun;Besluit;Reden\n"
			      "A;Inloop;1-3-2027;20;;;;\n"
			      "A;Inloop;;;Meer groen;Groot;ja;\n"
			      "A;;;;Minder auto's;beperkt;Niet overgenomen;\n"
			      "B;;;;Iets;;;\n", &err);
	ok(c != NULL, "csv: read");
	pt_results *j = parse("[{\"voorstel\":\"A\",\"activiteiten\":[{\"werkvorm\":\"Inloop\",\"datum\":\"2027-03-01\","
			      "\"deelnemers\":20}],\"punten\":[{\"inbreng\":\"Meer groen\",\"activiteit\":\"Inloop\","
			      "\"steun\":\"groot\",\"besluit\":\"overgenomen\"},{\"inbreng\":\"Minder auto's\","
			      "\"steun\":\"limited\",\"besluit\":\"not adopted\"}]},"
			      "{\"voorstel\":{\"id\":\"B\"},\"opbrengst\":{\"punten\":[{\"inbreng\":\"Iets\"}]}}]", &err);
	ok(j != NULL, "json: read (an array; English labels; a dossier-like object)");
	if (!c || !j)
		return;
	json_t *dc = run(c, "A", -1, NULL), *dj = run(j, "A", -1, NULL);
	ok(json_equal(json_object_get(dc, "opbrengst"), json_object_get(dj, "opbrengst")), "csv and json: the same section");
	ok(json_equal(json_object_get(dc, "meldingen"), json_object_get(dj, "meldingen")), "csv and json: the same meldingen");
	is_int(json_integer_value(pt_get(dc, "opbrengst.deelnemers")), 20, "deelnemers from the activities");
	is_int(count_code(dc, "reden-ontbreekt"), 1, "niet without a reason: one melding");
	is_int(count_code(dc, "terugkoppeling-ontbreekt"), 1, "no feedback: a melding");
	json_t *db = run(c, "B", -1, NULL);
	is_int(count_code(db, "besluit-open"), 1, "a point without besluit: info");
	json_t *dx = run(c, "X", -1, NULL);
	ok(json_object_get(dx, "opbrengst") == NULL && json_object_get(dx, "meldingen") == NULL,
	   "an id the file has nothing for: untouched");
	json_t *dopt = run(c, "A", 7, "brief aan alle deelnemers");
	is_int(json_integer_value(pt_get(dopt, "opbrengst.deelnemers")), 7, "--deelnemers wins");
	is_str(pt_get_str(dopt, "opbrengst.terugkoppeling"), "brief aan alle deelnemers", "--terugkoppeling set");
	is_int(count_code(dopt, "terugkoppeling-ontbreekt"), 0, "--terugkoppeling: no melding");
	json_decref(dc), json_decref(dj), json_decref(db), json_decref(dx), json_decref(dopt);
	pt_results_free(c), pt_results_free(j);
}

static void test_refused(void)
{
	pt_error err = {0};
	ok(parse("inbreng;besluit\nA;misschien\n", &err) == NULL && err.status == PT_EXIT_DATA && err.loc.line == 2,
	   "an unknown besluit: exit 3 at its line");
	ok(parse("inbreng;steunn\nA;groot\n", &err) == NULL && strstr(err.msg, "did you mean 'steun'"),
	   "a header typo: did you mean");
	ok(parse("{\"punten\":[{\"inbreng\":\"A\",\"email\":\"a@b.nl\"}]}", &err) == NULL &&
	   strstr(err.msg, "personal data"), "json: an e-mail field refused");
	ok(parse("{\"punten\":[{\"inbreng\":\"A\"}], \"extra\": 1}", &err) == NULL && strstr(err.msg, "unknown field 'extra'"),
	   "json: an unknown field refused");
	ok(parse("", &err) == NULL && err.status == PT_EXIT_DATA, "an empty file: exit 3");
	ok(parse("{\"deelnemers\": -1, \"punten\": []}", &err) == NULL, "json: negative deelnemers refused");
}

static void test_stripped(void)
{
	pt_error err = {0};
	pt_results *r = parse("naam,telefoon,inbreng\nKees Kip,0612345678,\"Kees wil een bank; Kip ook\"\n", &err);
	ok(r != NULL, "personal columns: read");
	if (!r)
		return;
	is_str(pt_results_dropped(r), "naam, telefoon", "personal columns: named as dropped");
	json_t *d = run(r, "A", -1, NULL);
	char *s = json_dumps(d, 0);
	ok(!strstr(s, "Kees") && !strstr(s, "Kip") && !strstr(s, "0612345678"), "personal data in no field");
	is_str(pt_get_str(json_array_get(pt_get(d, "opbrengst.punten"), 0), "inbreng"),
	       "[\xE2\x80\xA6] wil een bank; [\xE2\x80\xA6] ook", "the text kept without the names");
	is_int(count_code(d, "persoonsgegevens-verwijderd"), 1, "a melding says so");
	free(s);
	json_decref(d);
	pt_results_free(r);
}

int main(void)
{
	test_dates();
	test_csv_json_same();
	test_refused();
	test_stripped();
	return done_testing();
}
