/* Unit tests of lib/strategy*.c: loading the rules, and properties over
 * generated dossiers (more room, impact or say never lowers the step, the
 * advice never exceeds a cap, a partner or the initiator never changes it,
 * no participation always has a reason, the same input gives the same
 * bytes). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"
#include "strategy.h"
#include "tap.h"
#include "thema.h"

static unsigned long long state = 0x9E3779B97F4A7C15ULL;

static unsigned rnd(unsigned n)
{
	state ^= state << 13, state ^= state >> 7, state ^= state << 17;
	return (unsigned)(state % n);
}

/* A code of v, or absent one time in absent_in. */
static void maybe_set(json_t *o, const char *key, const pt_vocab *v, unsigned absent_in)
{
	if (absent_in && rnd(absent_in) == 0)
		return;
	json_object_set_new(o, key, json_string(v->terms[rnd((unsigned)pt_vocab_count(v))].code));
}

static json_t *gen_stakeholder(int i)
{
	char naam[32];
	json_t *s = json_object();
	snprintf(naam, sizeof naam, "Partij %d", i);
	json_object_set_new(s, "naam", json_string(naam));
	maybe_set(s, "kwadrant", &pt_v_kwadrant, 5);
	maybe_set(s, "salience", &pt_v_salience, 5);
	maybe_set(s, "trede", &pt_v_burgertrede, 4);
	maybe_set(s, "groep", &pt_v_groep, 3);
	maybe_set(s, "rol", &pt_v_rol, 2);
	return s;
}

static json_t *gen_dossier(void)
{
	json_t *v = json_object(), *sh = json_array();
	maybe_set(v, "soort", &pt_v_soort, 8);
	if (rnd(3))
		json_object_set_new(v, "initiatiefnemer", json_string("gemeente"));
	else
		maybe_set(v, "initiatiefnemer", &pt_v_initiatiefnemer, 6);
	json_object_set_new(v, "locatie", json_object());
	maybe_set(json_object_get(v, "locatie"), "schaal", &pt_v_schaal, 8);
	maybe_set(v, "impact", &pt_v_impact, 8);
	maybe_set(v, "beleidsfase", &pt_v_beleidsfase, 6);
	maybe_set(v, "beleidsruimte", &pt_v_beleidsruimte, 6);
	maybe_set(v, "initiatiefFase", &pt_v_initiatieffase, 3);
	maybe_set(v, "instrument", &pt_v_instrument, 2);
	maybe_set(v, "zeggenschap", &pt_v_zeggenschap, 2);
	if (rnd(4) == 0)
		json_object_set_new(v, "spoed", json_boolean(rnd(2)));
	if (rnd(2))
		json_object_set_new(v, "politiekGevoelig", json_boolean(rnd(2)));
	if (rnd(3))
		json_object_set_new(v, "publiekBelang", json_boolean(rnd(2)));
	if (rnd(3))
		json_object_set_new(v, "eigenDoelen", json_boolean(rnd(2)));
	json_object_set_new(v, "intake", json_pack("{s:b, s:b, s:b}", "keuzes", rnd(10) != 0,
						   "merkbaar", rnd(10) != 0, "middelen", rnd(10) != 0));
	for (unsigned i = 0, n = rnd(6); i < n; i++)
		json_array_append_new(sh, gen_stakeholder((int)i));
	return json_pack("{s:i, s:o, s:o}", "pt", 1, "voorstel", v, "stakeholders", sh);
}

static const pt_strategy_rules *rules;
static const pt_strategy_opts opts = {0};

/* Run the strategy on a copy; the burgertrede index of the advice, -1 when
 * there is no participation or the ladder is overheidsparticipatie. */
static int step_of(const json_t *d, json_t **out)
{
	pt_error err = {0};
	pt_loc loc = {"gen", 1};
	json_t *c = json_deep_copy(d);
	if (pt_strategy_apply(c, rules, &opts, &loc, &err)) {
		printf("# apply failed: %s\n", err.msg);
		json_decref(c);
		return -2;
	}
	int t = pt_vocab_index(&pt_v_burgertrede, pt_get_str(c, "strategie.advies"));
	if (out)
		*out = c;
	else
		json_decref(c);
	return t;
}

static void with(json_t *d, const char *path, const char *val)
{
	pt_set_path(json_object_get(d, "voorstel"), path, json_string(val));
}

static int monotone(json_t *d, const char *path, const pt_vocab *v, size_t n)
{
	int prev = -1;
	for (size_t i = 0; i < n && i < pt_vocab_count(v); i++) {
		with(d, path, v->terms[i].code);
		int t = step_of(d, NULL);
		if (t < 0)
			return 1;	/* no burgerparticipatie: nothing to compare */
		if (t < prev)
			return 0;
		prev = t;
	}
	return 1;
}

/* The cap for the dossier's room and phase, as the default rules set it:
 * limited room caps where the municipality decides itself (which its say
 * caps as well), evaluation is a phase of participation, not a decision
 * taken; the mayor's own decisions are public order. */
static int cap_of(const json_t *d)
{
	const char *r = pt_get_str(d, "voorstel.beleidsruimte");
	const char *f = pt_get_str(d, "voorstel.beleidsfase");
	const char *door = pt_get_str(d, "voorstel.besluitDoor");
	int cap = 4;
	if (r && strcmp(r, "geen") == 0)
		cap = 0;
	if (f && strcmp(f, "besluitvorming") == 0 && cap > 2)
		cap = 2;
	if (f && strcmp(f, "uitvoering") == 0 && cap > 1)
		cap = 1;
	if (door && strcmp(door, "burgemeester") == 0 && cap > 1)
		cap = 1;
	/* Who has a say, and the kind of decision. */
	const char *z = pt_get_str(d, "voorstel.zeggenschap"), *in = pt_get_str(d, "voorstel.instrument");
	const char *s = pt_get_str(d, "voorstel.soort");
	/* advies, gedeeld, mandaat; any other says another authority decides */
	int say = !z || strcmp(z, "advies") == 0 ? 2 : strcmp(z, "gedeeld") == 0 ? 3
		: strcmp(z, "mandaat") == 0 ? 4 : 1;
	if (cap > say)
		cap = say;
	if (!in && s && strcmp(s, "omgevingsplan") == 0)
		in = "omgevingsplan";
	if (!in && s && strcmp(s, "omgevingsvergunning") == 0)
		in = "vergunning";
	static const struct { const char *code; int cap; } by_kind[] = {
		{"tarief", 1}, {"subsidieregeling", 2}, {"visie", 2}, {"omgevingsplan", 2},
		{"vergunning", 1}, {"uitvoering", 1}, {"openbareOrde", 1}};
	for (size_t i = 0; in && i < sizeof by_kind / sizeof by_kind[0]; i++)
		if (strcmp(in, by_kind[i].code) == 0 && cap > by_kind[i].cap)
			cap = by_kind[i].cap;
	return cap;
}

static int within_cap(const json_t *d)
{
	json_t *out, *p;
	size_t i;
	int t = step_of(d, &out), cap = cap_of(d), ok_ = t <= cap;
	if (t == -2)
		return 0;
	json_array_foreach(pt_get(out, "strategie.perStakeholder"), i, p)
		ok_ &= pt_vocab_index(&pt_v_burgertrede, json_string_value(json_object_get(p, "trede"))) <= cap;
	json_decref(out);
	return ok_;
}

static int same_bytes(const json_t *d)
{
	json_t *a, *b, *c;
	step_of(d, &a);
	step_of(d, &b);
	step_of(a, &c);		/* a rerun on its own output */
	char *x = json_dumps(a, JSON_COMPACT | JSON_PRESERVE_ORDER);
	char *y = json_dumps(b, JSON_COMPACT | JSON_PRESERVE_ORDER);
	char *z = json_dumps(c, JSON_COMPACT | JSON_PRESERVE_ORDER);
	int same = strcmp(x, y) == 0 && strcmp(x, z) == 0;
	free(x), free(y), free(z);
	json_decref(a), json_decref(b), json_decref(c);
	return same;
}

/* A partner, another authority or the initiator, however strong, does
 * not change the outcome. */
static int outsiders_change_nothing(const json_t *d)
{
	static const char *const rollen[] = {"partner", "overheid", "initiatiefnemer"};
	json_t *a, *b;
	int t = step_of(d, &a), same = 1;
	for (size_t i = 0; i < 3; i++) {
		json_t *e = json_deep_copy(d);
		json_array_append_new(json_object_get(e, "stakeholders"),
			json_pack("{s:s, s:s, s:s, s:s, s:s}", "naam", "Buiten", "rol", rollen[i],
				  "kwadrant", "actief betrekken", "salience", "definitief", "trede", "meebeslissen"));
		json_t *ra = pt_get(a, "strategie.routes");
		int eq = step_of(e, &b) == t &&
			 (ra ? json_equal(ra, pt_get(b, "strategie.routes")) : !pt_get(b, "strategie.routes")) &&
			 json_equal(pt_get(a, "strategie.trede"), pt_get(b, "strategie.trede"));
		if (!eq && same) {
			char *x = json_dumps(b, JSON_COMPACT);
			printf("# changed by a %s: %s\n", rollen[i], x);
			free(x);
		}
		same &= eq;
		json_decref(b), json_decref(e);
	}
	json_decref(a);
	return same;
}

/* "No participation" carries a reason and a motivation. */
static int reasoned(const json_t *d)
{
	json_t *out;
	step_of(d, &out);
	int r = json_is_true(pt_get(out, "strategie.participatie")) ||
		(json_array_size(pt_get(out, "strategie.redenen")) > 0 &&
		 json_is_string(pt_get(out, "strategie.motivatie")));
	json_decref(out);
	return r;
}

static void properties(int n)
{
	int room = 1, impact = 1, say = 1, cap = 1, bytes = 1, outside = 1, reason = 1, burger = 0, none = 0;
	for (int i = 0; i < n; i++) {
		json_t *d = gen_dossier();
		burger += step_of(d, NULL) >= 0;
		bytes &= same_bytes(d);
		cap &= within_cap(d);
		outside &= outsiders_change_nothing(d);
		reason &= reasoned(d);
		json_t *out;
		step_of(d, &out);
		none += json_is_false(pt_get(out, "strategie.participatie"));
		json_decref(out);
		json_t *e = json_deep_copy(d), *f = json_deep_copy(d);
		room &= monotone(d, "beleidsruimte", &pt_v_beleidsruimte, SIZE_MAX);
		impact &= monotone(e, "impact", &pt_v_impact, SIZE_MAX);
		/* the say of those concerned: advies < gedeeld < mandaat; the
		 * values after it name another authority (a cap, within_cap) */
		say &= monotone(f, "zeggenschap", &pt_v_zeggenschap,
				(size_t)pt_vocab_index(&pt_v_zeggenschap, "mandaat") + 1);
		json_decref(d), json_decref(e), json_decref(f);
	}
	ok(burger > n / 3, "%d of %d generated dossiers get a burgerparticipatie step", burger, n);
	ok(none > 0, "%d of %d generated dossiers get no participation", none, n);
	ok(room, "more beleidsruimte never lowers the step (%d dossiers)", n);
	ok(impact, "a higher impact never lowers the step (%d dossiers)", n);
	ok(say, "more zeggenschap never lowers the step (%d dossiers)", n);
	ok(cap, "the advice and every stakeholder's step stay within the caps, zeggenschap and instrument "
	   "included (%d dossiers)", n);
	ok(outside, "a partner, another authority or the initiator never changes the step or the routes "
	   "(%d dossiers)", n);
	ok(reason, "no participation always carries a reason code and a motivation (%d dossiers)", n);
	ok(bytes, "the same input gives the same bytes, and a rerun too (%d dossiers)", n);
}

/* The property test must be able to fail: rules where more room gives a
 * lower cap are caught. */
static void property_can_fail(void)
{
	static const char text[] = "{\"regels\": ["
		"{\"id\": \"a\", \"dan\": {\"plan\": \"coproduceren\"}, \"bron\": \"b\", \"tekst\": {\"nl\": \"n\", \"en\": \"e\"}},"
		"{\"id\": \"b\", \"als\": {\"beleidsruimte\": \"ruim\"}, \"dan\": {\"max\": \"informeren\"}, "
		"\"bron\": \"b\", \"tekst\": {\"nl\": \"n\", \"en\": \"e\"}}]}";
	char path[64];
	pt_error err = {0};
	strcpy(path, "/tmp/pt-strategy-unit-XXXXXX");
	FILE *f = fdopen(mkstemp(path), "w");
	fputs(text, f);
	fclose(f);
	const pt_strategy_rules *keep = rules;
	pt_strategy_rules *wrong = pt_strategy_rules_load(path, &err);
	unlink(path);
	rules = wrong;
	json_t *d = json_pack("{s:i, s:{s:s}}", "pt", 1, "voorstel", "id", "x");
	ok(wrong && !monotone(d, "beleidsruimte", &pt_v_beleidsruimte, SIZE_MAX),
	   "the room property catches rules where more room lowers the step");
	json_decref(d);
	rules = keep;
	pt_strategy_rules_free(wrong);
}

static int load_text(const char *text, pt_error *err, char *path)
{
	strcpy(path, "/tmp/pt-strategy-unit-XXXXXX");
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	fputs(text, f);
	fclose(f);
	pt_strategy_rules *r = pt_strategy_rules_load(path, err);
	unlink(path);
	pt_strategy_rules_free(r);
	return r != NULL;
}

static void bad_rules(const char *text, const char *want, const char *name)
{
	pt_error err = {0};
	char path[64];
	int loaded = load_text(text, &err, path);
	ok(!loaded && err.status == PT_EXIT_DATA, "%s: refused with exit 3", name);
	ok(strstr(err.msg, want) != NULL, "%s: says '%s'", name, want);
	if (!strstr(err.msg, want))
		printf("#   got: %s\n", err.msg);
	is_str(err.loc.file, path, "%s: names the file", name);
}

/* A rule that is wrong but valid JSON names the line where the rule (or
 * the part, or the top-level key) starts, found in the text again. */
static void bad_rules_at(const char *text, long line, const char *want, const char *name)
{
	pt_error err = {0};
	char path[64];
	load_text(text, &err, path);
	is_int(err.loc.line, line, "%s: line %ld", name, line);
	ok(strstr(err.msg, want) != NULL, "%s: says '%s'", name, want);
	if (!strstr(err.msg, want))
		printf("#   got: %s\n", err.msg);
}

#define OK_RULE(id) "{\"id\": \"" id "\", \"dan\": {\"punten\": 1}, \"bron\": \"b\", " \
	"\"tekst\": {\"nl\": \"n\", \"en\": \"e\"}}"

static void lines(void)
{
	bad_rules_at("{\n\"regels\": [\n" OK_RULE("a") ",\n\n  " OK_RULE("a") "\n]}", 5,
		     "rule 2 (a): id 'a' is used twice", "a duplicate id");
	bad_rules_at("{\"comment\": \"\\\"regels\\\": [\",\n\"uitdaagrecht\": [{\"veld\": \"regels\", \"nl\": \"[\", \"en\": \"]\"}],\n\"regels\"\n:\n[\n"
		     OK_RULE("a") ",\n {\"id\": \"b\", \"bron\": \"[\", \"tekst\": {\"nl\": \"n\", \"en\": \"e\"}, "
		     "\"dan\": {\"punten\": \"]\"}},\n"
		     "{\"id\": \"c\"}]}", 7, "rule 2 (b): dan.punten: expected a number",
		     "the key, not a value or a string like it; brackets in strings");
	bad_rules_at("{\"regels\": [" OK_RULE("a") "],\n\"uitdaagrecht\": [\n{\"veld\": \"taak\", \"nl\": \"t\", \"en\": \"t\"},\n"
		     "{\"veld\": \"\", \"nl\": \"t\", \"en\": \"t\"}]}", 4,
		     "uitdaagrecht[1].veld: expected a non-empty text", "a part of uitdaagrecht");
	bad_rules_at("{\"regels\": [" OK_RULE("a") "],\n\n\"regel\": 1}", 3,
		     "unknown key 'regel' (known: comment, regels, uitdaagrecht)", "an unknown top-level key");
	bad_rules_at("{\"comment\": \"c\",\n\"regels\": []}", 2, "\"regels\" is empty", "no rules");
	bad_rules_at("{\"regels\": [\n" OK_RULE("a") ",\n{\"id\": \"b\", \"bron\": \"b\", \"tekst\": {\"nl\": \"n\", \"en\": \"e\"},\n"
		     "\"als\": {\"schaal\": \"wijk\"}, \"dan\": {\"punten\": 1}}]}", 3,
		     "rule 2 (b): als: unknown fact 'schaal'", "an unknown fact: the line of the rule");
	bad_rules_at("{\"regels\": [\n" OK_RULE("a") ",\n" OK_RULE("b") "\n", 4, "invalid JSON",
		     "broken JSON: jansson's line");
}

#define RULE(als, dan) "{\"regels\": [{\"id\": \"r\", \"als\": " als ", \"dan\": " dan \
	", \"bron\": \"b\", \"tekst\": {\"nl\": \"n\", \"en\": \"e\"}}]}"

static void loading(void)
{
	pt_error err = {0};
	pt_strategy_rules *r = pt_strategy_rules_load(NULL, &err);
	ok(r != NULL, "the built-in rules load");
	ok(r && r->n >= 20, "they hold the default table");
	pt_strategy_rules_free(r);
	char path[64];
	ok(load_text(RULE("{\"impactScore\": {\"min\": 3}, \"beleidsruimte\": {\"niet\": \"geen\"}}",
			  "{\"plan\": \"raadplegen\"}"), &err, path), "a small valid file loads");
	bad_rules("[1]", "expected an object with a list \"regels\"", "not an object");
	bad_rules("{\"regels\": []}", "\"regels\" is empty", "no rules");
	bad_rules(RULE("{\"schaal\": \"wijk\"}", "{\"plan\": \"raadplegen\"}"), "unknown fact 'schaal'",
		  "unknown fact");
	bad_rules(RULE("{}", "{\"plan\": \"reguleren\"}"), "unknown value 'reguleren'", "plan from the other ladder");
	bad_rules(RULE("{}", "{\"max\": \"raadplegen\", \"stop\": true}"), "unknown effect 'stop'", "unknown effect");
	bad_rules(RULE("{\"impactScore\": \"hoog\"}", "{\"punten\": 1}"), "expected a number", "score test");
	bad_rules(RULE("{}", "{\"punten\": {\"veld\": \"impact\", \"tabel\": {\"enorm\": 9}}}"),
		  "'enorm' is not a value of impact", "points table");
	bad_rules("{\"regels\": [{\"id\": \"r\", \"dan\": {\"punten\": 1}, \"bron\": \"b\", "
		  "\"tekst\": {\"nl\": \"{score}\", \"en\": \"e\"}}]}", "unknown placeholder '{score}'",
		  "placeholder");
	bad_rules("{\"regels\": [{\"id\": \"r\", \"dan\": {\"punten\": 1}, \"bron\": \"b\", "
		  "\"tekst\": {\"nl\": \"n\"}}]}", "tekst.en: expected a non-empty text", "English text missing");
	bad_rules("{\"regels\": [{\"id\": \"r\", \"dan\": {\"punten\": 1}, \"bron\": \"b\", \"tekst\": {\"nl\": \"n\", \"en\": \"e\"}},"
		  "{\"id\": \"r\", \"dan\": {\"punten\": 1}, \"bron\": \"b\", \"tekst\": {\"nl\": \"n\", \"en\": \"e\"}}]}",
		  "id 'r' is used twice", "duplicate id");
	bad_rules("{\"regels\": [{\"id\": \"r\", \"voorwaarde\": {}, \"dan\": {\"punten\": 1}, \"bron\": \"b\", "
		  "\"tekst\": {\"nl\": \"n\", \"en\": \"e\"}}]}", "unknown key 'voorwaarde'", "unknown key");
	bad_rules("{\"regels\": [", "invalid JSON", "broken JSON");
}

static void steps(void)
{
	is_str(pt_strategy_trede_code("Co-produceren"), "coproduceren", "a step is matched forgivingly");
	is_str(pt_strategy_trede_code("let go"), "loslaten", "an English label matches too");
	ok(pt_strategy_trede_code("meedoen") == NULL, "no step: NULL");
}

/* What the words say (thema.c, pt_herken): whole words, '*' inside a
 * word, phrases across punctuation, the field order, and nothing where
 * the words are not there. */
static const char *said(const pt_thema_tables *t, const char *feit, const char *json, unsigned velden,
			char *woorden)
{
	json_t *v = json_loads(json, 0, NULL);
	pt_herkend h;
	int i = pt_herken(t, feit, v, velden, &h);
	json_decref(v);
	strcpy(woorden, h.woorden);
	return i < 0 ? "-" : pt_herken_vocab(feit)->terms[i].code;
}

static void words(void)
{
	pt_error err = {0};
	pt_thema_tables *t = pt_thema_load(NULL, NULL, &err);
	char w[160];
	ok(t != NULL, "the words load");
	ok(strcmp(said(t, "instrument", "{\"titel\":\"Verhoging parkeertarieven 2027\"}", PT_VELD_TITEL, w), "tarief") == 0 &&
	   strcmp(w, "parkeertarieven") == 0, "'*tarieven' inside a compound word: tarief, the word named (%s)", w);
	ok(strcmp(said(t, "instrument", "{\"titel\":\"Wijkuitvoeringsplan aardgasvrij\"}", PT_VELD_TITEL, w), "-") == 0,
	   "'uitvoering' as a whole word only: not inside 'wijkuitvoeringsplan'");
	ok(strcmp(said(t, "instrument", "{\"titel\":\"Uitvoering herinrichting Markt\"}", PT_VELD_TITEL, w), "uitvoering") == 0,
	   "'Uitvoering' in a title: uitvoering, whatever its case");
	ok(strcmp(said(t, "zeggenschap", "{\"vastKader\":[\"budget\", \"Bewoners beslissen; het college NEEMT de uitslag over\"]}",
			PT_VELD_TITEL | PT_VELD_VASTKADER, w), "mandaat") == 0 && strcmp(w, "Bewoners beslissen") == 0,
	   "a phrase in the second item of vastKader, as written (%s)", w);
	ok(strcmp(said(t, "zeggenschap", "{\"vastKader\":[\"bewoners beslissen\"]}", PT_VELD_TITEL, w), "-") == 0,
	   "a field not asked for is not read");
	ok(strcmp(said(t, "spoed", "{\"titel\":\"Crisisnoodopvang sporthal\"}", PT_VELD_TITEL, w), "ja") == 0,
	   "urgency from 'crisis*'");
	ok(strcmp(said(t, "instrument", "{\"titel\":\"Cameratoezicht Markt (art. 151c)\"}", PT_VELD_TITEL, w), "openbareOrde") == 0,
	   "the mayor's power: openbareOrde");
	ok(strcmp(said(NULL, "instrument", "{\"titel\":\"Leges 2027\"}", PT_VELD_TITEL, w), "-") == 0,
	   "without the tables nothing is recognised");
	pt_thema_free(t);
}

int main(void)
{
	pt_init("unit-strategy");
	pt_error err = {0};
	pt_strategy_rules *r = pt_strategy_rules_load(NULL, &err);
	rules = r;
	loading();
	lines();
	steps();
	properties(2000);
	property_can_fail();
	words();
	pt_strategy_rules_free(r);
	return done_testing();
}
