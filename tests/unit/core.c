/* Unit tests of the core: streams, output, CSV, vocabulary, text, meldingen. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"
#include "intake.h"
#include "tap.h"

static pt_reader *reader_of(const char *text)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	return pt_reader_new(f, "mem");
}

static char *dump(const json_t *d)
{
	return json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

static void test_stream(void)
{
	const char *text = "\xEF\xBB\xBF{\"a\":1}\n{\"b\":\n  2}\n\n{\"c\":\"}{\\\"\"}{\"d\":[1,{}]}\n";
	pt_reader *r = reader_of(text);
	json_t *d;
	pt_loc loc;
	pt_error err = {0};
	long lines[4];
	const char *want[4] = {"{\"a\":1}", "{\"b\":2}", "{\"c\":\"}{\\\"\"}", "{\"d\":[1,{}]}"};
	int n = 0;
	while (n < 4 && pt_reader_next(r, &d, &loc, &err) == 1) {
		char *s = dump(d);
		is_str(s, want[n], "stream: record %d parsed", n + 1);
		lines[n++] = loc.line;
		free(s);
		json_decref(d);
	}
	is_int(n, 4, "stream: JSON Lines, pretty and concatenated values, BOM skipped");
	is_int(lines[1], 2, "stream: a pretty record knows its first line");
	is_int(lines[2], 5, "stream: line after a blank line");
	is_int(lines[3], 5, "stream: concatenated value on the same line");
	is_int(pt_reader_next(r, &d, &loc, &err), 0, "stream: end");
	pt_reader_close(r);

	r = reader_of("{\"a\":1}\n[1,2]\n{\"b\":}\n42\n{\"ok\":true}\n{\"x\":");
	int rcs[6], i = 0;
	long at[6];
	while (i < 6) {
		rcs[i] = pt_reader_next(r, &d, &loc, &err);
		at[i] = loc.line;
		json_decref(d);
		if (rcs[i++] == 0)
			break;
	}
	is_int(rcs[0], 1, "stream: good record before bad ones");
	ok(rcs[1] == -1 && at[1] == 2, "stream: an array is not a dossier (line 2)");
	ok(rcs[2] == -1 && at[2] == 3, "stream: invalid JSON at line 3");
	ok(rcs[3] == -1 && at[3] == 4, "stream: a bare number at line 4");
	is_int(rcs[4], 1, "stream: reading goes on after errors (keep-going)");
	ok(rcs[5] == -1 && strstr(err.msg, "truncated"), "stream: truncated last record: %s", err.msg);
	pt_reader_close(r);

	r = reader_of("  \n\n");
	is_int(pt_reader_next(r, &d, &loc, &err), -1, "stream: empty input is an error");
	ok(strstr(err.msg, "no dossier") != NULL, "stream: says there is no dossier");
	pt_reader_close(r);

	int depth = pt_max_depth;
	pt_max_depth = 3;
	r = reader_of("{\"a\":[[[1]]]}\n{\"b\":1}\n");
	is_int(pt_reader_next(r, &d, &loc, &err), -1, "stream: nesting over the limit");
	ok(strstr(err.msg, "PT_MAX_DEPTH") != NULL, "stream: names the setting: %s", err.msg);
	is_int(pt_reader_next(r, &d, &loc, &err), 1, "stream: next line after too deep");
	json_decref(d);
	pt_reader_close(r);
	pt_max_depth = depth;

	size_t max = pt_max_record;
	pt_max_record = 16;
	r = reader_of("{\"a\":\"0123456789012345678\"}\n{\"b\":1}\n");
	is_int(pt_reader_next(r, &d, &loc, &err), -1, "stream: record over the size limit");
	is_int(pt_reader_next(r, &d, &loc, &err), 1, "stream: next line after a too large one");
	json_decref(d);
	pt_reader_close(r);
	pt_max_record = max;

	r = reader_of("{\"a\":1,\"a\":2}\n");
	is_int(pt_reader_next(r, &d, &loc, &err), -1, "stream: duplicate keys rejected");
	pt_reader_close(r);
}

static void test_write(void)
{
	json_t *d = json_pack("{s:i, s:{s:s}, s:f}", "z", 1, "a", "b", "\xc3\xa9\xc3\xa9n", "x", 0.5);
	char buf[256] = "";
	FILE *f = fmemopen(buf, sizeof buf, "w");
	pt_dossier_write(f, d, 0);
	fclose(f);
	is_str(buf, "{\"z\":1,\"a\":{\"b\":\"\xc3\xa9\xc3\xa9n\"},\"x\":0.5}\n",
	       "write: compact, key order kept, UTF-8 kept");
	pt_section_set(d, "z", json_string("new"));
	char *s = dump(d);
	is_str(s, "{\"z\":\"new\",\"a\":{\"b\":\"\xc3\xa9\xc3\xa9n\"},\"x\":0.5}",
	       "section_set: replaced in place");
	free(s);
	json_decref(d);
}

static void test_out(void)
{
	char dir[] = "/tmp/pt-unit-XXXXXX", path[64];
	pt_out o;
	pt_error err = {0};
	if (!mkdtemp(dir))
		return;
	snprintf(path, sizeof path, "%s/out.jsonl", dir);
	ok(pt_out_open(&o, path, &err) == 0, "out: open a file");
	fputs("x\n", o.f);
	ok(access(path, F_OK) != 0, "out: nothing at the final name before commit");
	ok(pt_out_commit(&o, &err) == 0 && access(path, F_OK) == 0, "out: commit renames");
	ok(pt_out_open(&o, path, &err) == 0, "out: open again");
	fputs("half", o.f);
	pt_out_abort(&o);
	FILE *f = fopen(path, "r");
	char line[16] = "";
	if (f) {
		if (!fgets(line, sizeof line, f))
			line[0] = '\0';
		fclose(f);
	}
	is_str(line, "x\n", "out: abort leaves the old file whole");
	snprintf(path, sizeof path, "%s/no/such/dir", dir);
	is_int(pt_out_open(&o, path, &err), PT_EXIT_IO, "out: unwritable place is an I/O error");
	snprintf(path, sizeof path, "rm -rf %s", dir);
	if (system(path) != 0)
		printf("# could not remove %s\n", dir);
}

struct rows {
	int n;
	char got[8][128];
	long line[8];
};

static int collect(const pt_csv_row *row, void *ctx, pt_error *err)
{
	struct rows *r = ctx;
	if (r->n < 8) {
		snprintf(r->got[r->n], sizeof r->got[0], "%zu:%s|%s", row->n, row->field[0],
			 row->n > 1 ? row->field[1] : "");
		r->line[r->n++] = row->line;
	}
	return 0;
}

static int read_csv(const char *text, int delim, struct rows *r, pt_error *err)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	memset(r, 0, sizeof *r);
	int rc = pt_csv_read(f, "mem.csv", delim, collect, r, err);
	fclose(f);
	return rc;
}

static void test_csv(void)
{
	struct rows r;
	pt_error err = {0};
	is_int(read_csv("\xEF\xBB\xBFnaam;invloed\r\n\"De \"\"Buurt\"\"\";4\r\n\r\n\"twee\r\nregels\";5\r\n",
			0, &r, &err), 0, "csv: Excel export with ; BOM CRLF reads");
	is_int(r.n, 3, "csv: header and two rows (blank line skipped)");
	is_str(r.got[0], "2:naam|invloed", "csv: BOM stripped from the header");
	is_str(r.got[1], "2:De \"Buurt\"|4", "csv: doubled quotes");
	is_str(r.got[2], "2:twee\r\nregels|5", "csv: newline inside a quoted field");
	is_int(r.line[2], 4, "csv: the multi-line row starts on line 4");
	read_csv("a\tb\n1\t2\n", 0, &r, &err);
	is_str(r.got[1], "2:1|2", "csv: tab sniffed");
	read_csv("a,b;c\n1,2;3\n", ';', &r, &err);
	is_str(r.got[1], "2:1,2|3", "csv: --delimiter wins over sniffing");
	is_int(read_csv("a,b\n1,2\n3\n", 0, &r, &err), PT_EXIT_DATA, "csv: ragged row");
	ok(err.loc.line == 3 && strstr(err.msg, "row 3"), "csv: ragged row named: %ld %s",
	   err.loc.line, err.msg);
	is_int(read_csv("a,b\n\"1,2\n", 0, &r, &err), PT_EXIT_DATA, "csv: unterminated quote");
	is_int(read_csv("", 0, &r, &err), PT_EXIT_DATA, "csv: empty file");
	is_int(read_csv("a,b\n\xff,1\n", 0, &r, &err), PT_EXIT_DATA, "csv: invalid UTF-8");
	is_int(pt_csv_delim("tab"), '\t', "csv: --delimiter tab");
	is_int(pt_csv_delim("|"), -1, "csv: --delimiter | refused");

	pt_csv_row hdr = {3, (char *[]){"Naam", "Influence", "x"}, 1, 1};
	pt_column cols[] = {{"naam", "naam|name", 1}, {"invloed", "invloed|influence", 0},
			    {"belang", "belang|interest", 0}, {0, 0, 0}};
	int idx[3];
	ok(pt_csv_columns_partial(&hdr, cols, idx, (pt_loc){"f", 1}, &err) == 0 && idx[0] == 0 &&
	   idx[1] == 1 && idx[2] == -1, "csv: columns by Dutch or English name, any case");
	is_int(pt_csv_columns(&hdr, cols, idx, (pt_loc){"f", 1}, &err), PT_EXIT_DATA,
	       "csv: an unknown column is an error");
	is_str(err.msg, "unknown column 'x': rename or remove it, or let it through with --extra-columns",
	       "csv: the unknown column named");
	pt_csv_row typo = {3, (char *[]){"Naam", "Invlod", "Toelichting"}, 1, 1};
	is_int(pt_csv_columns(&typo, cols, idx, (pt_loc){"f", 1}, &err), PT_EXIT_DATA,
	       "csv: a misspelt column is an error");
	is_str(err.msg, "unknown column 'Invlod' (did you mean 'invloed'?): rename or remove it, or let it through with --extra-columns",
	       "csv: did you mean, and a notes column is fine");
	pt_csv_extra_columns = 1;
	is_int(pt_csv_columns(&typo, cols, idx, (pt_loc){"f", 1}, &err), 0,
	       "csv: --extra-columns lets it through");
	pt_csv_extra_columns = 0;
	cols[2].required = 1;
	is_int(pt_csv_columns(&hdr, cols, idx, (pt_loc){"f", 1}, &err), PT_EXIT_DATA,
	       "csv: a missing required column is an error");
}

static void test_vocab(void)
{
	pt_error err = {0};
	pt_loc loc = {"f", 3};
	is_int(pt_vocab_match(&pt_v_schaal, " Buurt ", "schaal", loc, &err), 1, "vocab: case and spaces");
	is_int(pt_vocab_match(&pt_v_schaal, "neighbourhood", "schaal", loc, &err), 1, "vocab: English label");
	is_int(pt_vocab_match(&pt_v_burgertrede, "co-produceren", "trede", loc, &err), 3, "vocab: hyphen");
	int g = pt_vocab_match(&pt_v_groep, "Mensen met een Beperking", "groep", loc, &err);
	is_str(g >= 0 ? pt_v_groep.terms[g].code : NULL, "beperking", "vocab: Dutch label with spaces");
	is_int(pt_vocab_match(&pt_v_beleidsfase, "beleidsvoorbereidng", "voorstel.beleidsfase", loc, &err),
	       -1, "vocab: unknown value");
	ok(strstr(err.msg, "did you mean 'beleidsvoorbereiding'") != NULL, "vocab: closest named: %s", err.msg);
	ok(strstr(err.msg, "allowed: agendavorming") != NULL, "vocab: allowed values listed");
	is_int(err.loc.line, 3, "vocab: error at the given line");
	pt_vocab_match(&pt_v_schaal, "planeet", "schaal", loc, &err);
	ok(strstr(err.msg, "did you mean") == NULL, "vocab: no far-fetched suggestion");
	is_str(pt_vocab_label(&pt_v_burgertrede, "adviseren", 1), "involve", "vocab: English label");
	is_str(pt_vocab_label(&pt_v_groep, "onderwijs", PT_NL), "scholen", "vocab: Dutch label from termen.csv");
	is_str(pt_vocab_label(&pt_v_groep, "onderwijs", 9), "scholen", "vocab: a language without a column: Dutch");
	is_str(pt_vocab_label(&pt_v_groep, "geen-groep", PT_EN), "geen-groep", "vocab: an unknown code is itself");
	/* The positions C relies on, from the table's order. */
	const char *rol[] = {"deelnemer", "partner", "overheid", "initiatiefnemer"};
	for (int i = 0; i < 4; i++)
		is_str(pt_v_rol.terms[i].code, rol[i], "vocab: rol %d in the order of enum pt_rol", i);
	is_str(pt_v_ernst.terms[PT_INFO].code, "info", "vocab: ernst info where enum pt_ernst has it");
	is_int((int)pt_vocab_count(&pt_v_groep), 27, "vocab: 27 groups read from termen.csv");
	is_str(pt_v_thema.terms[18].en, "public space", "vocab: term fields filled (thema 18, en)");
	int b = -1;
	ok(pt_parse_bool("Ja", &b) == 0 && b == 1, "bool: Ja");
	ok(pt_parse_bool("no", &b) == 0 && b == 0, "bool: no");
	is_int(pt_parse_bool("misschien", &b), -1, "bool: unknown");
}

static void test_text(void)
{
	char buf[64];
	is_str(pt_fold("Ideeën-Markt", buf, sizeof buf), "ideeenmarkt", "fold: diacritics, case, hyphen");
	is_str(pt_fold("ÆÞßÖ×Ý", buf, sizeof buf), "atsoy", "fold: Æ Þ ß to one letter, × dropped");
	is_int(pt_latin1_base(0xC9), 'e', "latin1 base: É e");
	is_int(pt_latin1_base(0xFF), 'y', "latin1 base: ÿ y");
	is_int(pt_latin1_base(0xF7), 0, "latin1 base: ÷ none");
	is_int(pt_latin1_base(0xBF), 0, "latin1 base: below U+00C0 none");
	is_int(pt_latin1_base(0x100), 0, "latin1 base: above U+00FF none");
	long w = -7;
	ok(pt_parse_whole("5", 1, 5, &w) == 0 && w == 5, "whole: the top of the range");
	ok(pt_parse_whole("6", 1, 5, &w) == -1 && w == 5, "whole: above the range refused, out untouched");
	is_int(pt_parse_whole("", 0, 9, &w), -1, "whole: empty refused");
	is_int(pt_parse_whole("3x", 0, 9, &w), -1, "whole: trailing text refused");
	is_int(pt_parse_whole("-1", 0, 9, &w), -1, "whole: below the range refused");
	is_int(pt_levenshtein("wjik", "wijk"), 1, "levenshtein: a swap is one edit");
	is_int(pt_levenshtein("kitten", "sitting"), 3, "levenshtein: kitten/sitting");
	ok(pt_utf8_valid("\xc3\xa9\xf0\x9f\x98\x80", 6), "utf8: valid");
	ok(!pt_utf8_valid("\xc3", 1), "utf8: truncated");
	ok(!pt_utf8_valid("\xed\xa0\x80", 3), "utf8: surrogate");
	ok(!pt_utf8_valid("\xc0\xaf", 2), "utf8: overlong");
	ok(pt_id_safe("CV-2026.001_a"), "id: safe");
	ok(!pt_id_safe("../etc/passwd") && !pt_id_safe("a/b") && !pt_id_safe("") &&
	   !pt_id_safe(".hidden") && !pt_id_safe("x."), "id: unsafe ones refused");
	is_int(pt_date_days("1970-01-02"), 1, "date: epoch + 1");
	is_int(pt_date_days("2024-02-29") - pt_date_days("2024-02-28"), 1, "date: leap day");
	is_int(pt_date_days("2023-02-29"), -1, "date: no leap day in 2023");
	is_int(pt_date_days("2026-13-01"), -1, "date: month 13");
	char t[] = "  a b \t";
	is_str(pt_trim(t), "a b", "trim");
}

/* Every rule of pt_parse_amount (pt(7) NUMBERS), accepted and refused;
 * why names the reason for a refusal. */
static void test_amount(void)
{
	static const struct { const char *in; double want; const char *why; } t[] = {
		{"1250", 1250, NULL},
		{"0", 0, NULL},
		{"007", 7, NULL},
		{" 42 ", 42, NULL},
		{"\t42\t", 42, NULL},
		/* one sign, not followed by exactly three digits: the decimal sign */
		{"2.5", 2.5, NULL},
		{"2,5", 2.5, NULL},
		{"82.50", 82.5, NULL},
		{"82,50", 82.5, NULL},
		{"1250.5", 1250.5, NULL},
		{"1,2345", 1.2345, NULL},
		/* a leading 0 carries no thousands */
		{"0.125", 0.125, NULL},
		{"0,125", 0.125, NULL},
		{"00.125", 0.125, NULL},
		/* nor do four digits or more */
		{"1250.500", 1250.5, NULL},
		/* both signs: the last one is the decimal sign */
		{"1.250,50", 1250.5, NULL},
		{"1,250.50", 1250.5, NULL},
		{"1.250,5", 1250.5, NULL},
		{"1.250.000,75", 1250000.75, NULL},
		{"1,250,000.75", 1250000.75, NULL},
		{"12.345,678", 12345.678, NULL},
		/* one sign more than once: thousands */
		{"1.000.000", 1000000, NULL},
		{"1,000,000", 1000000, NULL},
		/* the euro sign or EUR, before or after, and spaces around */
		{"\xE2\x82\xAC 300", 300, NULL},
		{"\xE2\x82\xAC" "300", 300, NULL},
		{"\xE2\x82\xAC\xC2\xA0" "1.250,50", 1250.5, NULL},
		{"300 \xE2\x82\xAC", 300, NULL},
		{"EUR 1.250,50", 1250.5, NULL},
		{"eur 12", 12, NULL},
		{"12 EUR", 12, NULL},
		{"999999999999999", 999999999999999, NULL},
		/* a lone '.' before three digits groups thousands, as in Dutch */
		{"1.000", 1000, NULL},
		{"40.000", 40000, NULL},
		{"2.500", 2500, NULL},
		{"123.456", 123456, NULL},
		{"\xE2\x82\xAC 1.250", 1250, NULL},
		/* whole euros as price tags write them */
		{"\xE2\x82\xAC 40.000,-", 40000, NULL},
		{"40.000,--", 40000, NULL},
		{"12,-", 12, NULL},
		{"EUR 12.-", 12, NULL},
		/* ambiguous: a lone ',' before three digits, a group that could lead */
		{"25,000", -1, "'25,000' is ambiguous: write 25000 if ',' separates thousands, or 25,0 if it is the decimal sign"},
		{"1,000", -1, "'1,000' is ambiguous: write 1000 if ',' separates thousands, or 1,0 if it is the decimal sign"},
		{"123,456", -1, "'123,456' is ambiguous: write 123456 if ',' separates thousands, or 123,4560 if it is the decimal sign"},
		{",-", -1, "',-' is not a number (write e.g. 12 or 2.5)"},
		{"12,---", -1, "'12,---' is not a number (write e.g. 12 or 2.5)"},
		/* groups of exactly three */
		{"1.25,0", -1, "'1.25,0' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"},
		{"1.2345,0", -1, "'1.2345,0' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"},
		{"1.00.000", -1, "'1.00.000' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"},
		{"1,5,5", -1, "'1,5,5' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"},
		{"1234.567.890", -1, "'1234.567.890' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"},
		{"0.250,50", -1, "'0.250,50' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"},
		/* the decimal sign once */
		{"1.250,50,5", -1, "'1.250,50,5' is not a number (write e.g. 12 or 2.5)"},
		/* signs, words and what strtod would have read */
		{"-5", -1, "'-5' is not a number of 0 or more"},
		{"+5", -1, "'+5': write the number without a sign"},
		{"\xE2\x82\xAC -5", -1, "'\xE2\x82\xAC -5' is not a number of 0 or more"},
		{"", -1, "'' is not a number (write e.g. 12 or 2.5)"},
		{"  ", -1, "'  ' is not a number (write e.g. 12 or 2.5)"},
		{"\xE2\x82\xAC", -1, "'\xE2\x82\xAC' is not a number (write e.g. 12 or 2.5)"},
		{"abc", -1, "'abc' is not a number (write e.g. 12 or 2.5)"},
		{"0x10", -1, "'0x10' is not a number (write e.g. 12 or 2.5)"},
		{"inf", -1, "'inf' is not a number (write e.g. 12 or 2.5)"},
		{"nan", -1, "'nan' is not a number (write e.g. 12 or 2.5)"},
		{"1e3", -1, "'1e3' is not a number (write e.g. 12 or 2.5)"},
		{"3.", -1, "'3.' is not a number (write e.g. 12 or 2.5)"},
		{".5", -1, "'.5' is not a number (write e.g. 12 or 2.5)"},
		{"1 250", -1, "'1 250' is not a number (write e.g. 12 or 2.5)"},
		{"12 uur", -1, "'12 uur' is not a number (write e.g. 12 or 2.5)"},
		{"\xE2\x82\xAC 5 EUR", -1, "'\xE2\x82\xAC 5 EUR' is not a number (write e.g. 12 or 2.5)"},
		{"1000000000000000", -1, "'1000000000000000' is too large"},
	};
	char why[256];
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		double v = -1;
		strcpy(why, "(none)");
		int rc = pt_parse_amount(t[i].in, &v, why, sizeof why);
		if (!t[i].why) {
			ok(rc == 0 && v == t[i].want, "amount: '%s' is %.10g", t[i].in, t[i].want);
			if (rc || v != t[i].want)
				printf("#   got: %d, %.17g, %s\n", rc, v, why);
		} else {
			is_int(rc, -1, "amount: '%s' refused", t[i].in);
			is_str(why, t[i].why, "amount: '%s': the reason", t[i].in);
		}
	}
	double v;
	ok(pt_parse_amount("1,000", &v, NULL, 0) == -1, "amount: why may be NULL");
	ok(pt_parse_amount(NULL, &v, why, sizeof why) == -1, "amount: NULL is no number");
	char small[8];
	ok(pt_parse_amount("1,000", &v, small, sizeof small) == -1 && strlen(small) == 7,
	   "amount: a short why buffer is cut, not overrun");
}

/* pt_parse_date: the forms people write, the ISO form out. */
static void test_parse_date(void)
{
	static const struct { const char *in, *iso, *why; } t[] = {
		{"2027-04-29", "2027-04-29", NULL},
		{"2027-4-9", "2027-04-09", NULL},
		{"29-4-2027", "2027-04-29", NULL},
		{"29-04-2027", "2027-04-29", NULL},
		{"9-4-2027", "2027-04-09", NULL},
		{"29.4.2027", "2027-04-29", NULL},
		{"29/4/2027", "2027-04-29", NULL},
		{"4/29/2027", "2027-04-29", NULL},
		{"29 april 2027", "2027-04-29", NULL},
		{" 1 Maart 2027 ", "2027-03-01", NULL},
		{"1 mrt 2027", "2027-03-01", NULL},
		{"1 mrt. 2027", "2027-03-01", NULL},
		{"3 October 2027", "2027-10-03", NULL},
		{"4/4/2027", "2027-04-04", NULL},
		{"4/5/2027", NULL, "'4/5/2027' is ambiguous: write 2027-05-04 or 2027-04-05 (year-month-day)"},
		{"31-2-2027", NULL, "'31-2-2027' is not a date: there is no day 31-2-2027"},
		{"29-4-27", NULL, "'29-4-27' is not a date (write 2027-04-29, 29-4-2027 or 29 april 2027)"},
		{"29 apri 2027", "2027-04-29", NULL},
		{"29 xyz 2027", NULL, "'29 xyz 2027' is not a date (write 2027-04-29, 29-4-2027 or 29 april 2027)"},
		{"29-4/2027", NULL, "'29-4/2027' is not a date (write 2027-04-29, 29-4-2027 or 29 april 2027)"},
		{"", NULL, "'' is not a date (write 2027-04-29, 29-4-2027 or 29 april 2027)"},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char iso[11] = "", why[256] = "";
		long d = pt_parse_date(t[i].in, iso, why, sizeof why);
		if (t[i].iso) {
			ok(d >= 0 && strcmp(iso, t[i].iso) == 0, "date: '%s' is %s", t[i].in, t[i].iso);
			if (d < 0 || strcmp(iso, t[i].iso))
				printf("#   got %s: %s\n", iso, why);
		} else {
			is_int(d, -1, "date: '%s' refused", t[i].in);
			is_str(why, t[i].why, "date: '%s': the reason", t[i].in);
		}
	}
}

/* pt_fmt_fixed: how pt prints amounts, in both languages. */
static void test_fmt_fixed(void)
{
	static const struct { long long units; int scale, lang; const char *want; } t[] = {
		{0, 1, 0, "0"}, {999, 1, 0, "999"}, {1000, 1, 0, "1.000"}, {1000, 1, 1, "1,000"},
		{1234567, 1, 0, "1.234.567"}, {-1234, 1, 0, "-1.234"}, {-1234, 1, 1, "-1,234"},
		{8250, 100, 0, "82,50"}, {8250, 100, 1, "82.50"}, {8200, 100, 0, "82"},
		{8205, 100, 0, "82,05"}, {350050, 100, 0, "3.500,50"}, {75, 10, 0, "7,5"},
		{75, 10, 1, "7.5"}, {-5, 10, 0, "-0,5"}, {125000, 10, 1, "12,500"},
		{999999999999999LL, 1, 0, "999.999.999.999.999"},
		{-9223372036854775807LL - 1, 1, 1, "-9,223,372,036,854,775,808"},
	};
	char buf[64];
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		is_str(pt_fmt_fixed(buf, sizeof buf, t[i].units, t[i].scale, t[i].lang), t[i].want,
		       "fmt_fixed: %lld/%d (%s)", t[i].units, t[i].scale, t[i].lang ? "en" : "nl");
	char small[4];
	is_str(pt_fmt_fixed(small, sizeof small, 123456, 1, 0), "123", "fmt_fixed: a short buffer is cut");
}

static void test_meldingen(void)
{
	json_t *d = json_object();
	pt_melding_add(d, PT_INFO, "x", "p", "pt-a", "een %s", "test");
	pt_melding_add(d, PT_FOUT, "y", "p", "pt-b", "b");
	ok(pt_meldingen_has_fout(d), "meldingen: fout seen");
	pt_meldingen_clear(d, "pt-b");
	ok(!pt_meldingen_has_fout(d), "meldingen: clear by bron");
	is_int(json_array_size(json_object_get(d, "meldingen")), 1, "meldingen: others kept");
	is_str(pt_get_str(json_array_get(json_object_get(d, "meldingen"), 0), "tekst"), "een test",
	       "meldingen: formatted text");
	pt_meldingen_clear(d, "pt-a");
	ok(json_object_get(d, "meldingen") == NULL, "meldingen: empty list removed");
	char longtext[1100];
	memset(longtext, 'a', sizeof longtext);
	memcpy(longtext + 1021, "\xc3\xa9\xc3\xa9", 4);
	longtext[1099] = '\0';
	pt_melding_add(d, PT_INFO, "z", "p", "pt-a", "%s", longtext);
	ok(json_object_get(d, "meldingen") != NULL, "meldingen: a cut inside UTF-8 still gives valid text");
	pt_set_path(d, "a.b.c", json_string("v"));
	is_str(pt_get_str(d, "a.b.c"), "v", "paths: set and get");
	ok(pt_get(d, "a.x.c") == NULL, "paths: missing");
	json_decref(d);
}

static void test_intake(void)
{
	pt_error err = {0};
	pt_loc loc = {"f", 1};
	json_t *d = json_loads("{\"x\":0,\"voorstel\":{\"locatie\":{\"schaal\":\"Wijk\"},\"intake\":{\"keuzes\":\"nee\"}}}",
			       0, NULL);
	is_int(pt_intake_normalize(d, loc, &err), 0, "intake: normalize");
	is_str(pt_get_str(d, "voorstel.locatie.schaal"), "wijk", "intake: enum to its code");
	ok(json_is_false(pt_get(d, "voorstel.intake.keuzes")), "intake: 'nee' to false");
	is_int(pt_intake_set(d, "schaal=stad", loc, &err), 0, "intake: --set by the last part");
	is_str(pt_get_str(d, "voorstel.locatie.schaal"), "stad", "intake: --set wins");
	is_int(pt_intake_set(d, "vastKader=budget; planning", loc, &err), 0, "intake: a list");
	is_int(json_array_size(pt_get(d, "voorstel.vastKader")), 2, "intake: list split on ;");
	is_int(pt_intake_set(d, "id=../x", loc, &err), PT_EXIT_DATA, "intake: unsafe id refused");
	is_int(pt_intake_set(d, "datumBesluit=31-2-2027", loc, &err), PT_EXIT_DATA, "intake: bad date");
	is_str(err.msg, "--set datumBesluit: '31-2-2027' is not a date: there is no day 31-2-2027",
	       "intake: the error names the --set");
	is_int(pt_intake_set(d, "besluitdatum=1-2-2027", loc, &err), 0, "intake: --set by a CSV name");
	is_str(pt_get_str(d, "voorstel.datumBesluit"), "2027-02-01", "intake: a Dutch date to ISO");
	is_int(pt_intake_set(d, "locatie=Markt", loc, &err), 0, "intake: --set locatie is the name");
	is_str(pt_get_str(d, "voorstel.locatie.naam"), "Markt", "intake: locatie.naam set");
	is_int(pt_intake_set_check("lokatie.wijk=x", &err), PT_EXIT_USAGE, "intake: a typo refused");
	is_str(err.msg, "--set lokatie.wijk: unknown field; did you mean locatie.wijk?", "intake: did you mean");
	is_int(pt_intake_set_check("=x", &err), PT_EXIT_USAGE, "intake: no field is a usage error");
	is_int(pt_intake_set(d, "gewensteTrede=Faciliteren", loc, &err), 0, "intake: trede of the other ladder");
	is_int(pt_intake_set(d, "nope=1", loc, &err), PT_EXIT_USAGE, "intake: unknown field");
	pt_dossier_stamp(d);
	is_str(json_object_iter_key(json_object_iter(d)), "pt", "stamp: version first");
	pt_intake_check(d, 0, pt_date_days("2026-11-28"));
	size_t n1 = json_array_size(json_object_get(d, "meldingen"));
	pt_intake_check(d, 0, pt_date_days("2026-11-28"));
	is_int(json_array_size(json_object_get(d, "meldingen")), n1, "check: a rerun does not duplicate");
	json_decref(d);
}

static void test_data(void)
{
	char dir[] = "/tmp/pt-data-XXXXXX", path[80], buf[64] = "";
	const char *shown;
	pt_error err = {0};
	if (!mkdtemp(dir))
		return;
	snprintf(path, sizeof path, "%s/eigen.csv", dir);
	FILE *f = fopen(path, "w");
	fputs("edited copy\n", f);
	fclose(f);
	setenv("PT_DATA_DIR", dir, 1);
	f = pt_data_open("eigen.csv", NULL, &shown, &err);
	ok(f && fgets(buf, sizeof buf, f) && strcmp(buf, "edited copy\n") == 0,
	   "data: a file in PT_DATA_DIR is found");
	is_str(shown, path, "data: messages name the file used");
	if (f)
		fclose(f);
	f = pt_data_open("eigen.csv", "/no/such/file.csv", &shown, &err);
	ok(!f && err.status == PT_EXIT_IO, "data: an explicit path wins, and must exist");
	unsetenv("PT_DATA_DIR");
	f = pt_data_open("eigen.csv", NULL, &shown, &err);
	ok(!f, "data: no built-in file of that name");
	if (pt_blobs[0].name) {
		f = pt_data_open(pt_blobs[0].name, NULL, &shown, &err);
		size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
		ok(n > 0 && memcmp(buf, pt_blobs[0].data, n) == 0, "data: the built-in copy is read");
		if (f)
			fclose(f);
	}
	unlink(path);
	rmdir(dir);
}

static void test_buf(void)
{
	pt_buf b = PT_BUF_INIT;
	char *s;
	is_str(pt_buf_str(&b), "", "an empty buffer reads as the empty string");
	pt_buf_puts(&b, "een");
	pt_buf_putc(&b, ' ');
	pt_buf_printf(&b, "%d %s", 2, "drie");
	is_str(b.s, "een 2 drie", "puts, putc and printf append");
	is_int(b.len, 10, "len counts the bytes");
	for (int i = 0; i < 1000; i++)
		pt_buf_put(&b, "0123456789", 10);
	is_int(b.len, 10010, "the buffer grows past its first size");
	ok(b.s[b.len] == '\0', "the bytes stay NUL-terminated");
	s = pt_buf_take(&b);
	ok(b.s == NULL && b.len == 0, "take leaves the buffer empty");
	ok(strncmp(s, "een 2 drie0123", 14) == 0, "take hands over the bytes");
	free(s);
	pt_buf_put(&b, "a\0b", 3);
	is_int(b.len, 3, "embedded NUL bytes are kept");
	pt_buf_free(&b);
	s = pt_xstrndup("abcdef", 3);
	is_str(s, "abc", "pt_xstrndup copies at most n bytes");
	free(s);
}

/* The printf conversions of a message, in order: "%s%ld%c". */
static void conversions(const char *fmt, char *out, size_t n)
{
	size_t o = 0;
	for (const char *p = fmt; *p && o + 4 < n; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		out[o++] = '%';
		for (p++; *p && strchr("0123456789.-+ #lhzj", *p); p++)
			if (strchr("lhzj", *p))
				out[o++] = *p;
		out[o++] = *p;
		if (!*p)
			break;
	}
	out[o] = '\0';
}

/* Every message once, its Dutch with the same arguments as its English;
 * tools/textcheck.py (house.t) finds one no code uses. */
static void test_msgtab(void)
{
	const pt_texts *t = pt_texts_load("meldingen.csv", 1, PT_EN);
	size_t n = pt_texts_rows(t);
	int bad = 0;
	for (size_t i = 0; i < n; i++) {
		const char *en = pt_texts_key(t, i, 0), *nl = pt_text_at(t, i, PT_NL);
		char a[64], b[64];
		conversions(en, a, sizeof a);
		conversions(nl, b, sizeof b);
		if (strcmp(a, b) != 0 || strcmp(en, nl) == 0) {
			printf("#   %s: %s against %s\n", en, a, b);
			bad++;
		}
		if (pt_texts_find(t, &en) != (long)i)
			printf("#   twice: %s\n", en), bad++;
	}
	is_int(bad, 0, "meldingen.csv: %zu messages, each once, its Dutch with the same conversions", n);
	ok(n > 200, "the messages table is read whole (%zu rows)", n);
	is_str(pt_text(t, "no such message", PT_NL), "no such message", "pt_text: an unknown id is itself");
	is_str(pt_text(t, "out of memory", PT_EN), "out of memory", "pt_text: no en column, so the id");
	is_str(pt_text(t, "out of memory", 7), "out of memory", "pt_text: a language without a column falls back");
}

/* The language a spelling names: code, locale, any case. */
static void test_lang_of(void)
{
	const struct { const char *s; int lang; } t[] = {
		{"nl", PT_NL}, {"NL", PT_NL}, {"nl_NL.UTF-8", PT_NL}, {"nl_BE", PT_NL}, {"nl-BE", PT_NL},
		{"en", PT_EN}, {"en_GB.UTF-8", PT_EN}, {"En_us@euro", PT_EN}, {"C.UTF-8", -1}, {"C", -1},
		{"POSIX", -1}, {"", -1}, {"nld", -1}, {"n", -1}, {"english", -1}, {"e1", -1},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		is_int(pt_lang_of(t[i].s), t[i].lang, "pt_lang_of('%s')", t[i].s);
}

/* A language's code, and a text kept by language with its fallback. */
static void test_lang_name(void)
{
	char *by[PT_MAX_LANGS] = {"nl-tekst", "en-tekst"};
	is_str(pt_lang_name(PT_NL), "nl", "pt_lang_name: nl");
	is_str(pt_lang_name(PT_EN), "en", "pt_lang_name: en");
	ok(pt_lang_name(PT_MAX_LANGS - 1) == NULL && pt_lang_name(-1) == NULL,
	   "pt_lang_name: NULL past the languages (a loop stops there)");
	is_str(pt_text_in(by, PT_EN, PT_NL), "en-tekst", "pt_text_in: the language's own");
	is_str(pt_text_in(by, 2, PT_NL), "nl-tekst", "pt_text_in: a language without one reads the fallback");
	is_str(pt_text_in(by, 2, PT_EN), "en-tekst", "pt_text_in: whichever fallback is asked");
	is_str(pt_text_in(by, PT_MAX_LANGS, PT_NL), "nl-tekst", "pt_text_in: out of range, the fallback");
	by[2] = "qps-tekst";
	is_str(pt_text_in(by, 2, PT_NL), "qps-tekst", "pt_text_in: a third language's own");
}

/* Control characters shown escaped; the line of a value in a dossier. */
static void test_shown_and_locate(void)
{
	pt_buf b = PT_BUF_INIT;
	pt_buf_put_shown(&b, "a\nb\rc\td\x1b[31m\x7f\xc2\x85" "caf\xc3\xa9");
	is_str(pt_buf_str(&b), "a\\nb\\rc\\td\\x1B[31m\\x7F\\u0085caf\xc3\xa9",
	       "shown: control characters escaped, UTF-8 text kept");
	pt_buf_free(&b);

	static char text[] = "{\n \"voorstel\": {\n  \"locatie\": {\"naam\": \"x\",\n   \"schaal\": \"wjik\"}},\n"
			     " \"stakeholders\": [{}, {\"a\": [1,\n 2], \"invloed\":\n 9}]\n}\n";
	FILE *f = fmemopen(text, strlen(text), "r");
	pt_reader *r = pt_reader_new(f, "t.json");
	pt_error err = {0};
	pt_loc loc;
	json_t *d;
	is_int(pt_reader_next(r, &d, &loc, &err), 1, "locate: read");
	const struct { const char *msg; long line; } t[] = {
		{"voorstel.locatie.schaal: bad", 4},
		{"stakeholders[1].invloed: bad", 7},
		{"stakeholders[1]: bad", 5},
		{"nothing.here: bad", 1},
		{"no path at all", 1},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		pt_fail(&err, PT_EXIT_DATA, loc, "%s", t[i].msg);
		pt_reader_locate(r, &err);
		is_int(err.loc.line, t[i].line, "locate: '%s' at line %ld", t[i].msg, t[i].line);
	}
	json_decref(d);
	pt_reader_close(r);
	fclose(f);
}

static void test_msg(void)
{
	pt_msg_set_lang(PT_NL);
	is_str(pt_tr("out of memory"), "onvoldoende geheugen", "pt_tr gives the Dutch of a known message");
	is_str(pt_tr("no such message"), "no such message", "an unknown message stays as written");
	pt_msg_set_lang(PT_EN);
	is_str(pt_tr("out of memory"), "out of memory", "English messages stay English");
	test_msgtab();
	test_lang_of();
	test_lang_name();
}

int main(void)
{
	test_buf();
	test_msg();
	test_stream();
	test_write();
	test_out();
	test_csv();
	test_vocab();
	test_text();
	test_amount();
	test_parse_date();
	test_shown_and_locate();
	test_fmt_fixed();
	test_meldingen();
	test_intake();
	test_data();
	return done_testing();
}
