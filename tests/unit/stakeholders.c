/* Unit tests of the stakeholder analysis (lib/stakeholders*.c). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"
#include "stakeholders.h"
#include "thema.h"
#include "tap.h"

static char tmpdir[] = "/tmp/pt-unit-sh-XXXXXX";

static const char *write_tmp(const char *name, const char *text)
{
	static char path[8][128];
	static int k;
	char *p = path[k++ % 8];
	snprintf(p, sizeof path[0], "%s/%s", tmpdir, name);
	FILE *f = fopen(p, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	return p;
}

static void test_level(void)
{
	is_int(pt_sh_level("1"), 1, "level: 1");
	is_int(pt_sh_level(" 5 "), 5, "level: spaces around 5");
	is_int(pt_sh_level("laag"), 1, "level: laag is 1");
	is_int(pt_sh_level("Midden"), 3, "level: midden is 3");
	is_int(pt_sh_level("HOOG"), 5, "level: hoog is 5");
	is_int(pt_sh_level("medium"), 3, "level: English medium is 3");
	is_int(pt_sh_level("7"), 0, "level: 7 is not one");
	is_int(pt_sh_level("0"), 0, "level: 0 is not one");
	is_int(pt_sh_level("hoogg"), 0, "level: no guessing at a typo");
	is_int(pt_sh_level("12"), 0, "level: 12 is not one");
	is_int(pt_sh_level("-1"), 0, "level: -1 is not 1");
	is_int(pt_sh_level("1-"), 0, "level: 1- is not 1");
	is_int(pt_sh_level(".3"), 0, "level: .3 is not 3");
	is_int(pt_sh_level("3."), 0, "level: 3. is not 3");
}

static void test_grid(void)
{
	const char *want[4] = {"actief betrekken", "tevreden houden", "consulteren", "informeren"};
	int cases[4][2] = {{3, 3}, {5, 2}, {2, 5}, {1, 1}};
	for (int i = 0; i < 4; i++)
		is_str(pt_v_kwadrant.terms[pt_sh_kwadrant(cases[i][0], cases[i][1], 3)].code, want[i],
		       "kwadrant: invloed %d belang %d", cases[i][0], cases[i][1]);
	is_int(pt_sh_kwadrant(3, 3, 4), 3, "kwadrant: threshold 4 makes 3 low");
	is_int(pt_sh_kwadrant(1, 1, 1), 0, "kwadrant: threshold 1 makes all high");

	const char *sal[8] = {"geen", "slapend", "discretionair", "dominant", "veeleisend",
			      "gevaarlijk", "afhankelijk", "definitief"};
	for (int b = 0; b < 8; b++)
		is_str(pt_v_salience.terms[pt_sh_salience(b & 1, b & 2, b & 4)].code, sal[b],
		       "salience: power %d legitiem %d urgent %d", b & 1, !!(b & 2), !!(b & 4));
}

struct needs {
	char got[512];
};

static void collect(uint64_t mask, int first, void *ctx)
{
	struct needs *n = ctx;
	size_t o = strlen(n->got);
	snprintf(n->got + o, sizeof n->got - o, "%s%s%s", o ? " " : "", pt_v_groep.terms[first].code,
		 mask & ~((uint64_t)1 << first) ? "+" : "");
}

static void test_tables(void)
{
	pt_error err = {0};
	char buf[2048];
	pt_sh_tables *t = pt_sh_tables_load(NULL, NULL, NULL, &err);
	ok(t != NULL, "tables: the built-in ones load");
	if (!t)
		return;
	int buurt = pt_vocab_index(&pt_v_schaal, "buurt");
	int omgevingsplan = pt_vocab_index(&pt_v_soort, "omgevingsplan");
	/* Key players default to adviseren: more needs zeggenschap (issue 14). */
	is_str(pt_v_burgertrede.terms[pt_sh_trede(t, 0, 6)].code, "adviseren",
	       "trede: actief betrekken, definitief");
	is_str(pt_v_burgertrede.terms[pt_sh_trede(t, 3, 7)].code, "informeren",
	       "trede: informeren, geen");
	ok(pt_sh_trede(t, 2, 5) > pt_sh_trede(t, 2, 7), "trede: dependent above none (consulteren)");
	ok(pt_sh_trede(t, 3, 5) > pt_sh_trede(t, 3, 7), "trede: dependent above none (informeren)");
	pt_sh_aanpak(t, (pt_sh_stand){3, 7, 0}, PT_NL, buf, sizeof buf);
	is_str(buf, "Informeer deze partij: houd haar op de hoogte met een brief, nieuwsbrief of de "
	       "projectwebsite.", "aanpak: the quadrant's text alone for salience geen, houding voor");
	pt_sh_aanpak(t, (pt_sh_stand){2, 5, 2}, PT_EN, buf, sizeof buf);
	ok(strstr(buf, "Consult this party") == buf && strstr(buf, "without power") &&
	   strstr(buf, "They are against"), "aanpak: quadrant, salience and houding, in English");

	struct needs n = {""};
	pt_sh_checklist(t, buurt, -1, collect, &n);
	/* Residents labelled inwoners count for omwonenden (issue 14). */
	is_str(n.got, "omwonenden+ bewonersorganisatie", "checklist: buurt");
	n.got[0] = '\0';
	pt_sh_checklist(t, -1, -1, collect, &n);
	is_str(n.got, "", "checklist: no schaal or soort: no group is demanded everywhere");
	n.got[0] = '\0';
	pt_sh_checklist(t, buurt, omgevingsplan, collect, &n);
	is_str(n.got, "omwonenden+ bewonersorganisatie ondernemers natuur hulpdiensten",
	       "checklist: a soort adds groups; the same alternatives are named once");
	n.got[0] = '\0';
	pt_sh_checklist(t, -1, omgevingsplan, collect, &n);
	is_str(n.got, "omwonenden+ ondernemers natuur hulpdiensten",
	       "checklist: alternatives (omwonenden|inwoners) kept when nothing narrower applies");
	pt_sh_tables_free(t);

	/* An edited table that would lower a dependent group is overruled. */
	const char *low = write_tmp("treden.csv",
		"kwadrant;salience;trede\n"
		"actief betrekken;slapend;adviseren\nactief betrekken;dominant;adviseren\n"
		"actief betrekken;gevaarlijk;adviseren\nactief betrekken;definitief;adviseren\n"
		"tevreden houden;slapend;informeren\ntevreden houden;dominant;informeren\n"
		"tevreden houden;gevaarlijk;informeren\ntevreden houden;definitief;informeren\n"
		"consulteren;geen;raadplegen\nconsulteren;discretionair;raadplegen\n"
		"consulteren;veeleisend;raadplegen\nconsulteren;afhankelijk;informeren\n"
		"informeren;geen;informeren\ninformeren;discretionair;informeren\n"
		"informeren;veeleisend;informeren\ninformeren;afhankelijk;informeren\n");
	t = pt_sh_tables_load(NULL, low, NULL, &err);
	ok(t != NULL, "tables: an edited step table loads");
	if (t) {
		is_str(pt_v_burgertrede.terms[pt_sh_trede(t, 2, 5)].code, "adviseren",
		       "trede: dependent raised one step above the quadrant, never lowered");
		pt_sh_tables_free(t);
	}
	const char *gap = write_tmp("gap.csv", "kwadrant,salience,trede\nconsulteren,geen,raadplegen\n");
	t = pt_sh_tables_load(NULL, gap, NULL, &err);
	ok(t == NULL && err.status == PT_EXIT_DATA && strstr(err.msg, "no trede for kwadrant"),
	   "tables: a missing combination is bad data (%s)", err.msg);
	const char *bad = write_tmp("check.csv", "schaal,soort,groep\nbuurt,*,omwonenden|wijkbewoners\n");
	t = pt_sh_tables_load(NULL, NULL, bad, &err);
	ok(t == NULL && err.loc.line == 2 && strstr(err.msg, "wijkbewoners"),
	   "tables: an unknown group in the checklist names its line (%s)", err.msg);
}

static void test_set(void)
{
	pt_sh s;
	pt_error err = {0};
	pt_sh_init(&s);
	strcpy(s.where, "stakeholders[1]");
	ok(pt_sh_set(&s, PT_SH_INVLOED, NULL, "7", &err) == PT_EXIT_DATA, "set: invloed 7 fails");
	is_str(err.msg, "stakeholders[1].invloed: '7' is not a level (give 1 to 5, or laag, midden, hoog)",
	       "set: the message names the path and the allowed values");
	ok(pt_sh_set(&s, PT_SH_HOUDING, NULL, "tegn", &err) == PT_EXIT_DATA &&
	   strstr(err.msg, "did you mean 'tegen'"), "set: unknown houding names the closest");
	json_t *tags = json_pack("[s, s]", "Jongeren", "older people");
	ok(pt_sh_set(&s, PT_SH_TAGS, tags, NULL, &err) == 0 &&
	   s.tags == ((uint64_t)1 << pt_vocab_index(&pt_v_groep, "jongeren") |
		      (uint64_t)1 << pt_vocab_index(&pt_v_groep, "ouderen")),
	   "set: tags by code or label");
	json_decref(tags);
	ok(pt_sh_set(&s, PT_SH_TAGS, NULL, "jongeren; buren", &err) == PT_EXIT_DATA,
	   "set: an unknown tag fails");
	json_t *yes = json_true();
	ok(pt_sh_set(&s, PT_SH_URGENT, yes, NULL, &err) == 0 && s.urgent == 1, "set: urgent true");
	ok(pt_sh_set(&s, PT_SH_LEGITIEM, NULL, "nee", &err) == 0 && s.legitiem == 0, "set: legitiem nee");
	ok(pt_sh_set(&s, PT_SH_LEGITIEM, NULL, "misschien", &err) == PT_EXIT_DATA,
	   "set: legitiem misschien fails");

	pt_sh a, b;
	pt_sh_init(&a);
	pt_sh_init(&b);
	pt_sh_set(&a, PT_SH_NAAM, NULL, "Wijk Raad", &err);
	pt_sh_set(&a, PT_SH_INVLOED, NULL, "2", &err);
	pt_sh_set(&a, PT_SH_CONTACT, NULL, "a@example.org", &err);
	pt_sh_set(&b, PT_SH_NAAM, NULL, "wijkraad", &err);
	pt_sh_set(&b, PT_SH_INVLOED, NULL, "hoog", &err);
	is_str(a.key, b.key, "merge key folds case and spaces");
	pt_sh_merge(&a, &b);
	ok(a.invloed == 5 && strcmp(a.contact, "a@example.org") == 0 && strcmp(a.naam, "Wijk Raad") == 0,
	   "merge: given fields win, absent ones stay, the first spelling stays");
}

static char warned[4][1100];
static size_t nwarned;

static void keep_warning(const pt_error *w)
{
	if (nwarned < 4)
		snprintf(warned[nwarned], sizeof warned[0], "%ld %d %s", w->loc.line, w->status, w->msg);
	nwarned++;
}

/* The ids of a -f file that no dossier had: each once, at its first row,
 * in file order, and only those no dossier met. */
static void test_unmatched(void)
{
	pt_error err = {0};
	const char *csv = write_tmp("ids.csv",
		"naam,voorstel\nA,CV-2\nB,\nC,CV-1\nD,CV-2\nE,CV-3\nA,CV-2\n");
	pt_sh_file *f = pt_sh_file_load(csv, 0, &err);
	ok(f != NULL, "unmatched: the file loads");
	if (!f)
		return;
	nwarned = 0;
	is_int(pt_sh_file_unmatched(f, keep_warning), 3, "unmatched: before any dossier, every id");
	is_str(warned[0], "2 0 voorstel 'CV-2' matches no dossier in the input",
	       "unmatched: the first in file order, at its first row, a warning (status 0)");
	is_str(warned[1], "4 0 voorstel 'CV-1' matches no dossier in the input", "unmatched: then the next id");
	pt_sh_file_met(f, "CV-2");
	pt_sh_file_met(f, "CV-9");
	pt_sh_file_met(f, NULL);
	pt_sh_file_met(f, "");
	nwarned = 0;
	is_int(pt_sh_file_unmatched(f, keep_warning), 2, "unmatched: an id met is no longer named");
	is_str(warned[0], "4 0 voorstel 'CV-1' matches no dossier in the input", "unmatched: CV-1 still");
	is_str(warned[1], "6 0 voorstel 'CV-3' matches no dossier in the input", "unmatched: and CV-3");
	pt_sh_file_met(f, "CV-1");
	pt_sh_file_met(f, "CV-3");
	nwarned = 0;
	is_int(pt_sh_file_unmatched(f, keep_warning), 0, "unmatched: none when every id was met");
	pt_sh_file_free(f);
}

static void test_file_and_run(void)
{
	pt_error err = {0};
	const char *csv = write_tmp("sh.csv",
		"naam;invloed;belang;voorstel\n"
		"Wijkraad;4;4;\nwijkraad;;2;\nOmwonenden;2;5;CV-1\nBuren;1;1;CV-2\n");
	pt_sh_file *f = pt_sh_file_load(csv, 0, &err);
	ok(f != NULL, "file: CSV loads");
	pt_sh_tables *t = pt_sh_tables_load(NULL, NULL, NULL, &err);
	if (!f || !t)
		return;
	pt_sh_opts o = {3, 0, t, f, "pt-stakeholders", NULL};
	json_t *d = json_loads("{\"voorstel\":{\"id\":\"CV-1\",\"locatie\":{\"schaal\":\"straat\"}},"
			       "\"stakeholders\":[{\"naam\":\"Buurtbus\",\"invloed\":1,\"belang\":2}]}",
			       0, NULL);
	pt_loc loc = {"mem", 1};
	is_int(pt_sh_run(d, &loc, &o, &err), 0, "run: ok");
	json_t *s = json_object_get(d, "stakeholders");
	is_int(json_array_size(s), 3, "run: dossier row, a general row, the row for CV-1");
	is_str(json_string_value(json_object_get(json_array_get(s, 0), "naam")), "Omwonenden",
	       "run: highest step first (raadplegen)");
	json_t *w = json_array_get(s, 1);
	is_str(json_string_value(json_object_get(w, "naam")), "Wijkraad", "run: then informeren, higher quadrant first");
	ok(json_integer_value(json_object_get(w, "belang")) == 2 &&
	   json_integer_value(json_object_get(w, "invloed")) == 4,
	   "run: a later row of the same name wins per field, an empty cell does not");
	char *once = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER);
	pt_sh_run(d, &loc, &o, &err);
	char *twice = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER);
	is_str(twice, once, "run: a second run changes nothing");
	ok(strstr(once, "\"dubbele-stakeholder\"") && strstr(once, "\"ontbrekende-groep\"") &&
	   strstr(once, "(omwonenden)") == NULL && strstr(once, "omwonenden"),
	   "run: meldingen for the duplicate row and the missing group");
	free(once);
	free(twice);
	json_decref(d);

	nwarned = 0;
	is_int(pt_sh_file_unmatched(f, keep_warning), 1, "run: the dossier's id was marked as met");
	is_str(warned[0], "5 0 voorstel 'CV-2' matches no dossier in the input", "run: CV-2 was not");

	d = json_loads("{\"stakeholders\":[{\"naam\":\"X\",\"belang\":2}]}", 0, NULL);
	o.file = NULL;
	is_int(pt_sh_run(d, &loc, &o, &err), PT_EXIT_DATA, "run: no invloed is bad data");
	is_str(err.msg, "stakeholders[0]: 'X' has no invloed (give 1 to 5, or laag, midden, hoog)",
	       "run: the message says what to give");
	json_decref(d);
	pt_sh_tables_free(t);
	pt_sh_file_free(f);

	const char *nonaam = write_tmp("nonaam.csv", "wie,invloed\nX,1\n");
	ok(pt_sh_file_load(nonaam, 0, &err) == NULL && strstr(err.msg, "no column naam"),
	   "file: a CSV without a naam column fails");
}


static void collect_topic(const pt_thema_need *nd, void *ctx)
{
	struct needs *n = ctx;
	size_t o = strlen(n->got);
	snprintf(n->got + o, sizeof n->got - o, "%s%s%s", o ? " " : "", nd->moeilijk ? "~" : "",
		 pt_v_groep.terms[nd->first].code);
}

/* Topics: given, or recognised from the words; the groups each asks for. */
static void test_themas(void)
{
	pt_error err = {0};
	struct needs n = {""};
	int given;
	pt_thema_tables *t = pt_thema_load(NULL, NULL, &err);
	ok(t != NULL, "themas: the built-in tables load");
	if (!t)
		return;
	json_t *v = json_pack("{s:s, s:[s]}", "titel", "Nieuwe speelplekken in de wijk",
			      "openVoorInbreng", "Het parkeertarief");
	uint32_t m = pt_thema_detect(t, v, &given);
	json_t *codes = pt_thema_json(m);
	char *got = json_dumps(codes, JSON_COMPACT);
	is_str(got, "[\"spelen\",\"parkeren\",\"financien\"]",
	       "themas: speelplekken is play, parkeertarief parking and finance");
	ok(!given, "themas: recognised, not given");
	free(got), json_decref(codes);
	json_object_set_new(v, "thema", json_pack("[s]", "energie"));
	m = pt_thema_detect(t, v, &given);
	ok(given && m == 1u << pt_vocab_index(&pt_v_thema, "energie"), "themas: a given list wins");
	json_decref(v);
	v = json_pack("{s:s}", "titel", "Zorgvuldige afweging");
	ok(pt_thema_detect(t, v, &given) == 0, "themas: zorgvuldig is not care");
	json_decref(v);
	v = json_pack("{s:s}", "titel", "Inkoop jeugdzorg 2027");
	ok(pt_thema_detect(t, v, &given) == (1u << pt_vocab_index(&pt_v_thema, "zorg") |
					     1u << pt_vocab_index(&pt_v_thema, "jeugd")),
	   "themas: a stem inside a word counts (jeugdzorg: care and youth)");
	json_decref(v);
	pt_thema_needs(t, 1u << pt_vocab_index(&pt_v_thema, "spelen"), collect_topic, &n);
	is_str(n.got, "kinderen ouders omwonenden onderwijs ~anderstaligen",
	       "themas: play asks for children, parents, neighbours, schools; newcomers are hard to reach");
	n.got[0] = '\0';
	pt_thema_needs(t, 1u << pt_vocab_index(&pt_v_thema, "wonen") |
			  1u << pt_vocab_index(&pt_v_thema, "spelen"), collect_topic, &n);
	ok(strstr(n.got, "huurders woningcorporatie") != NULL && strstr(n.got, "omwonenden omwonenden") == NULL,
	   "themas: two topics, each group named once");
	pt_thema_free(t);
}

/* "a|b" alternatives, shared by the checklist and the topic table. */
static void test_alternatives(void)
{
	pt_error err = {0};
	uint64_t mask;
	int first;
	pt_loc loc = {"t.csv", 2};
	is_int(pt_vocab_alternatives(&pt_v_groep, "omwonenden | Inwoners", "groep", loc, &mask, &first, &err), 0,
	       "alternatives: two codes, spaces and case forgiven");
	ok(first == pt_vocab_index(&pt_v_groep, "omwonenden") &&
	   mask == ((uint64_t)1 << first | (uint64_t)1 << pt_vocab_index(&pt_v_groep, "inwoners")),
	   "alternatives: the first is named, both count");
	is_int(pt_vocab_alternatives(&pt_v_groep, "omwonenden|burenn", "groep", loc, &mask, &first, &err),
	       PT_EXIT_DATA, "alternatives: a bad second code fails, though the first was good");
	ok(strstr(err.msg, "groep: unknown value 'burenn'") != NULL, "alternatives: the bad code named");
	err = (pt_error){0};
	is_int(pt_vocab_alternatives(&pt_v_groep, "|", "groep", loc, &mask, &first, &err), PT_EXIT_DATA,
	       "alternatives: nothing between the bars is empty");
	is_int(pt_vocab_alternatives(&pt_v_groep, NULL, "groep", loc, &mask, &first, &err), PT_EXIT_DATA,
	       "alternatives: no text is empty");
	ok(strstr(err.msg, "groep: empty (give a code, or a|b)") != NULL, "alternatives: says it is empty");
}

int main(void)
{
	if (!mkdtemp(tmpdir))
		return 1;
	test_level();
	test_grid();
	test_tables();
	test_themas();
	test_alternatives();
	test_set();
	test_file_and_run();
	test_unmatched();
	char rm[128];
	snprintf(rm, sizeof rm, "rm -rf %s", tmpdir);
	if (system(rm) != 0)
		printf("# could not remove %s\n", tmpdir);
	return done_testing();
}
