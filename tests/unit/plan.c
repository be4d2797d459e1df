/* Unit tests of lib/plan*.c: numbers, steps, the built-in catalogue, the
 * similarity measure and the plan of one dossier. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "plan.h"
#include "tap.h"

static void test_fixed(void)
{
	char why[256];
	is_int(pt_plan_fixed("12", 100, why, sizeof why), 1200, "fixed: whole euros in cents");
	is_int(pt_plan_fixed("0.75", 100, why, sizeof why), 75, "fixed: decimal point");
	is_int(pt_plan_fixed("1,5", 10, why, sizeof why), 15, "fixed: decimal comma in tenths");
	is_int(pt_plan_fixed("82.50", 100, why, sizeof why), 8250, "fixed: cents kept");
	is_int(pt_plan_fixed("0.29", 100, why, sizeof why), 29, "fixed: rounded, not cut (0.29 is 28.999... cents)");
	is_int(pt_plan_fixed("2.56", 10, why, sizeof why), 26, "fixed: extra decimals rounded");
	is_int(pt_plan_fixed("1.250,50", 100, why, sizeof why), 125050, "fixed: Dutch thousands");
	is_int(pt_plan_fixed("25,000", 100, why, sizeof why), -1, "fixed: 25,000 is ambiguous");
	ok(strstr(why, "is ambiguous") != NULL, "fixed: ambiguity explained: %s", why);
	is_int(pt_plan_fixed("", 10, why, sizeof why), -1, "fixed: empty is no number");
	is_int(pt_plan_fixed("-3", 10, why, sizeof why), -1, "fixed: negative is no number");
	is_int(pt_plan_fixed("3.", 10, why, sizeof why), -1, "fixed: a point without decimals");
	is_int(pt_plan_fixed("12 uur", 10, why, sizeof why), -1, "fixed: trailing text");
	is_int(pt_plan_fixed("99999999999", 100, why, sizeof why), -1, "fixed: too large");
	is_str(why, "'99999999999' is too large", "fixed: too large, says so");
}

static void test_count(void)
{
	char why[256];
	is_int(pt_plan_count("12", why, sizeof why), 12, "count: whole");
	is_int(pt_plan_count("12,0", why, sizeof why), 12, "count: whole with a zero decimal");
	is_int(pt_plan_count("2,5", why, sizeof why), -1, "count: a decimal is refused, not rounded");
	is_str(why, "'2,5' is not a whole number", "count: says so");
	is_int(pt_plan_count("0.4", why, sizeof why), -1, "count: not rounded down to 0 either");
	is_int(pt_plan_count("1,000", why, sizeof why), -1, "count: ambiguous stays ambiguous");
	ok(strstr(why, "is ambiguous") != NULL, "count: ambiguity explained: %s", why);
	is_int(pt_plan_count("1000000000", why, sizeof why), -1, "count: too large");
}

/* One limit for a budget as text and as JSON: pt_parse_amount's. */
static void test_budget_limit(void)
{
	char why[256];
	double v;
	ok(pt_parse_amount("999999999999999", &v, why, sizeof why) == 0 && v < PT_AMOUNT_MAX,
	   "limit: pt_parse_amount takes what is below PT_AMOUNT_MAX");
	ok(pt_parse_amount("1000000000000000", &v, why, sizeof why) == -1,
	   "limit: and refuses PT_AMOUNT_MAX itself");
	is_int(pt_plan_budget("999999999999999", why, sizeof why), 99999999999999900L,
	       "budget: just below the limit, in cents");
	is_int(pt_plan_budget("1.000.000.000.000.000", why, sizeof why), -1, "budget: the limit refused");
	is_int(pt_plan_budget("2.000.000.000", why, sizeof why), 200000000000L,
	       "budget: above the limit of multiplied figures");
	is_int(pt_plan_fixed("2.000.000.000", 100, why, sizeof why), -1,
	       "fixed: a rate of two billion is too large");
}

static void test_treden(void)
{
	is_int(pt_plan_trede_index("informeren"), 0, "trede: first of burgerparticipatie");
	is_int(pt_plan_trede_index("loslaten"), 9, "trede: last of overheidsparticipatie");
	is_int(pt_plan_trede_index("meedoen"), -1, "trede: unknown");
	is_str(pt_plan_trede_code(5), "reguleren", "trede: code by index");
	ok(pt_plan_trede_code(10) == NULL, "trede: out of range");
}

static pt_plan *load_default(void)
{
	pt_plan_opts o = {.uurtarief = -1, .budget = -1, .today = pt_date_days("2026-11-28")};
	pt_error err = {0};
	pt_plan *p = pt_plan_load(&o, &err);
	if (!p)
		printf("# %s\n", err.msg);
	return p;
}

static void test_catalog(pt_plan *p)
{
	ok(p->nw >= 25, "catalogue: at least 25 werkvormen (%zu)", p->nw);
	int bj = pt_plan_werkvorm_find(p, "burgerjury");
	ok(bj >= 0, "catalogue: burgerjury by id");
	is_int(pt_plan_werkvorm_find(p, "Ideeënmarkt"), pt_plan_werkvorm_find(p, "ideeenmarkt"),
	       "catalogue: found by its Dutch name, diacritics folded");
	if (bj >= 0) {
		is_int(p->w[bj].min, 12, "catalogue: burgerjury from 12");
		is_int(p->w[bj].max, 25, "catalogue: to 25");
		ok(p->w[bj].standaard, "catalogue: shipped figures are defaults");
	}
	int nb = pt_plan_werkvorm_find(p, "bewonersbrief");
	is_int(p->w[nb].per_deelnemer, 75, "catalogue: cost per participant in cents");
	is_int(p->s.uurtarief, 7500, "settings: hourly rate 75 euros");
	ok(p->s.uurtarief_standaard, "settings: the rate is a default");
	is_int(p->s.bereik[1], 150, "settings: reach of a buurt");
	is_str(pt_plan_werkvorm_naam(p, nb, 0), "Bewonersbrief", "catalogue: Dutch name");
	is_str(pt_plan_werkvorm_naam(p, nb, 1), "Letter to residents", "catalogue: English name");
	for (int t = 0; t < PT_PLAN_NTREDEN; t++) {
		int n = 0;
		for (size_t i = 0; i < p->nw; i++)
			n += (p->w[i].treden >> t & 1) != 0;
		ok(n > 0, "catalogue: a werkvorm serves %s", pt_plan_trede_code(t));
	}
	int kw = pt_plan_werkvorm_find(p, "kinderwandeling");
	int kinderen = pt_vocab_index(pt_plan_groep_vocab(), "kinderen");
	ok(kinderen >= 0, "groups: the contract's new code kinderen is known (%d)", kinderen);
	ok(kinderen >= 0 && (p->w[kw].bereik >> kinderen & 1), "catalogue: the children's walk reaches children");
	int kt = pt_plan_werkvorm_find(p, "keukentafelgesprek");
	ok(kinderen >= 0 && !(p->w[kt].bereik >> kinderen & 1), "catalogue: a kitchen-table talk does not");
	int bi = pt_plan_werkvorm_find(p, "bilateraal");
	ok(p->w[bi].rollen >> PT_PLAN_ROL_PARTNER & 1, "catalogue: a bilateral talk is for partners");
	ok(p->w[bi].per_partij, "catalogue: one talk per party");
	int tz = pt_plan_werkvorm_find(p, "terinzagelegging");
	is_int(p->w[tz].soort, PT_PLAN_SOORT_PROCEDURE, "catalogue: terinzagelegging is a procedure");
	is_int(p->w[tz].weken, 6, "catalogue: six weeks (Awb 3:16)");
	int om = pt_vocab_index(&pt_v_instrument, "omgevingsplan");
	ok(p->w[tz].instrumenten >> om & 1, "catalogue: for an omgevingsplan");
	is_int(p->s.factor_schaal[3], 300, "settings: a city's process factor 3");
	is_int(p->s.wk_stap[4], 8, "settings: a region's step of 8 weeks");
	ok(p->nmin >= 7, "minimum sets: loaded (%zu)", p->nmin);
	is_int(pt_plan_rol_index("overheid"), PT_PLAN_ROL_OVERHEID, "rol: overheid");
	is_int(pt_plan_rol_index("burgemeester"), -1, "rol: unknown");
}

static void test_similarity(pt_plan *p)
{
	unsigned char chosen[256] = {0}, theirs[256] = {0};
	int a = pt_plan_werkvorm_find(p, "enquete"), b = pt_plan_werkvorm_find(p, "focusgroep");
	chosen[a] = chosen[b] = 1;
	theirs[a] = 1;
	pt_plan_case k = {0};
	k.trede = 1, k.ladder = 0, k.schaal = 2, k.soort = 1, k.werkvormen = theirs, k.nwerkvormen = 1;
	/* 16 + 8 + 4 + 2 + 1/2 of 31 */
	is_int(pt_plan_similarity(p, &k, 0, 1, 2, 1, chosen), 98, "similarity: all but half the werkvormen");
	is_int(pt_plan_similarity(p, &k, 0, 2, 2, 1, chosen), 47, "similarity: other step, same ladder");
	k.ladder = -1;
	is_int(pt_plan_similarity(p, &k, 0, 2, 2, 1, chosen), 47, "similarity: ladder from the step");
	k.schaal = k.soort = -1;
	k.nwerkvormen = 0;
	memset(theirs, 0, sizeof theirs);
	is_int(pt_plan_similarity(p, &k, 1, 5, 2, 1, chosen), 0, "similarity: nothing in common");
}

static json_t *dossier(const char *strategie)
{
	char buf[2048];
	json_error_t je;
	snprintf(buf, sizeof buf,
		 "{\"pt\":1,\"voorstel\":{\"locatie\":{\"schaal\":\"buurt\"},\"beleidsfase\":\"beleidsvoorbereiding\","
		 "\"datumBesluit\":\"2027-06-15\"},\"stakeholders\":[{\"naam\":\"A\",\"groep\":\"omwonenden\"}],"
		 "\"strategie\":%s}", strategie);
	return json_loads(buf, 0, &je);
}

static json_int_t sum_of(json_t *acts, const char *key)
{
	json_t *a;
	size_t i;
	json_int_t n = 0;
	json_array_foreach(acts, i, a)
		n += json_integer_value(json_object_get(a, key));
	return n;
}

static json_t *activity(json_t *d, const char *werkvorm)
{
	json_t *a;
	size_t i;
	json_array_foreach(pt_get(d, "plan.activiteiten"), i, a)
		if (strcmp(json_string_value(json_object_get(a, "werkvorm")), werkvorm) == 0)
			return a;
	return NULL;
}

static void test_apply(pt_plan *p)
{
	pt_error err = {0};
	pt_loc loc = {"mem", 1};
	json_t *d = dossier("{\"participatie\":true,\"ladder\":\"burgerparticipatie\",\"trede\":\"raadplegen\"}");
	is_int(pt_plan_apply(p, d, loc, &err), 0, "apply: ok");
	json_t *acts = pt_get(d, "plan.activiteiten");
	/* procesontwerp, letter, communicatie, the input, analyse, reactienota, letter, verslag */
	ok(json_array_size(acts) == 8, "apply: design, start, input, analysis, memo, feedback, report (%zu)",
	   json_array_size(acts));
	is_str(json_string_value(json_object_get(activity(d, "keukentafelgesprek"), "trede")), "raadplegen",
	       "apply: the step is planned with a werkvorm that reaches omwonenden");
	is_int(json_integer_value(pt_get(d, "plan.totaal.uren")), sum_of(acts, "uren"), "apply: hours add up");
	is_int(json_integer_value(pt_get(d, "plan.totaal.kostenEur")), sum_of(acts, "kostenEur"), "apply: euros add up");
	is_str(json_string_value(json_object_get(json_array_get(acts, 0), "datum")), "2027-02-16",
	       "apply: dates counted back from the decision (design 3, announce 2, step 3, processing 3, decision 6 weeks)");
	is_str(json_string_value(json_object_get(activity(d, "verslag"), "datum")), "2027-06-29",
	       "apply: the report two weeks after the decision");
	is_int(json_integer_value(json_object_get(activity(d, "procesontwerp"), "uren")), 8,
	       "apply: process design 8 h for a buurt at raadplegen");
	json_t *before = json_deep_copy(d);
	pt_plan_apply(p, d, loc, &err);
	ok(json_equal(before, d), "apply: idempotent");
	json_decref(before);
	json_decref(d);

	/* A partner and an authority: a bilateral talk, never a session. */
	d = dossier("{\"participatie\":true,\"ladder\":\"burgerparticipatie\",\"trede\":\"adviseren\"}");
	json_t *st = json_object_get(d, "stakeholders");
	json_array_append_new(st, json_pack("{s:s, s:s}", "naam", "Provincie", "groep", "overheid"));
	json_array_append_new(st, json_pack("{s:s, s:s, s:s}", "naam", "Team", "groep", "intern", "rol", "partner"));
	is_int(pt_plan_apply(p, d, loc, &err), 0, "apply partners: ok");
	json_t *bi = activity(d, "bilateraal");
	ok(bi && json_array_size(json_object_get(bi, "doelgroepen")) == 2, "apply partners: one bilateral line for both");
	is_int(json_integer_value(json_object_get(bi, "uren")), 8, "apply partners: 2 h + 3 h per party");
	json_decref(d);

	/* An unknown role is bad input. */
	d = dossier("{\"participatie\":true,\"trede\":\"raadplegen\"}");
	json_array_append_new(json_object_get(d, "stakeholders"),
			      json_pack("{s:s, s:s, s:s}", "naam", "X", "groep", "inwoners", "rol", "baas"));
	is_int(pt_plan_apply(p, d, loc, &err), PT_EXIT_DATA, "apply: unknown role is bad input");
	ok(strstr(err.msg, "'baas'") != NULL, "apply: the role is named: %s", err.msg);
	json_decref(d);

	/* A budget that nothing fits: a fout naming the sum; the full plan stands. */
	d = dossier("{\"participatie\":true,\"ladder\":\"burgerparticipatie\",\"trede\":\"adviseren\"}");
	json_object_set_new(json_object_get(d, "voorstel"), "budget", json_integer(100));
	is_int(pt_plan_apply(p, d, loc, &err), 0, "apply budget: ok");
	ok(pt_meldingen_has_fout(d), "apply budget: a fout");
	json_t *m = json_array_get(json_object_get(d, "meldingen"), 0);
	is_str(json_string_value(json_object_get(m, "code")), "plan-budget-te-laag", "apply budget: its code");
	ok(activity(d, "keukentafelgesprek") != NULL, "apply budget: the full plan stands");
	json_decref(d);

	/* meebeslissen: a deciding form from the minimum sets. */
	d = dossier("{\"participatie\":true,\"ladder\":\"burgerparticipatie\",\"trede\":\"meebeslissen\"}");
	is_int(pt_plan_apply(p, d, loc, &err), 0, "apply meebeslissen: ok");
	ok(activity(d, "stemronde") || activity(d, "buurtbudget") || activity(d, "mandaatgroep"),
	   "apply meebeslissen: a vote, a budget round or a mandated committee");
	json_decref(d);

	/* An initiative: the municipality's role, no sessions of its own. */
	d = dossier("{\"participatie\":true,\"ladder\":\"overheidsparticipatie\",\"trede\":\"faciliteren\"}");
	is_int(pt_plan_apply(p, d, loc, &err), 0, "apply initiative: ok");
	ok(activity(d, "initiatiefgesprek") && activity(d, "ondersteuning"),
	   "apply initiative: a talk with the initiators and support");
	ok(!activity(d, "toetsplan") && !activity(d, "toetsverslag"),
	   "apply initiative: Or 7.4's checks belong to permit applications, not to facilitating");
	json_t *a;
	size_t i;
	int sessions = 0;
	json_array_foreach(pt_get(d, "plan.activiteiten"), i, a)
		sessions += strcmp(json_string_value(json_object_get(a, "soort")), "werkvorm") == 0;
	is_int(sessions, 0, "apply initiative: no werkvorm sessions of the municipality's own");
	json_decref(d);

	d = dossier("{\"participatie\":true,\"trede\":\"bestaatniet\"}");
	is_int(pt_plan_apply(p, d, loc, &err), PT_EXIT_DATA, "apply: unknown step is bad input");
	ok(strstr(err.msg, "bestaatniet") != NULL, "apply: the step is named");
	json_decref(d);
}

/* One light round: a city-wide consultation on a tariff plans its process
 * work for one round (the catalogue's hours), no project page; the same on
 * an ordinance is a city's full process.  An evaluation by its title asks
 * the users about their experience. */
static void test_weight(pt_plan *p)
{
	pt_error err = {0};
	pt_loc loc = {"mem", 1};
	const char *kinds[] = {"tarief", "verordening"};
	long want[] = {8, 24};
	for (int k = 0; k < 2; k++) {
		char s[256];
		snprintf(s, sizeof s, "{\"participatie\":true,\"ladder\":\"burgerparticipatie\",\"trede\":\"raadplegen\","
			 "\"kenmerken\":{\"instrument\":\"%s\"}}", kinds[k]);
		json_t *d = dossier(s);
		json_object_set_new(pt_get(d, "voorstel.locatie"), "schaal", json_string("stad"));
		is_int(pt_plan_apply(p, d, loc, &err), 0, "weight %s: ok", kinds[k]);
		is_int(json_integer_value(json_object_get(activity(d, "procesontwerp"), "uren")), want[k],
		       "weight %s: process design %ld h", kinds[k], want[k]);
		ok((activity(d, "projectwebsite") != NULL) == (k == 1), "weight %s: a project page only in a full process",
		   kinds[k]);
		json_decref(d);
	}
	/* Young people at a buurt: a school project while policy is prepared;
	 * in an evaluation, said only by the title, a focus group on their
	 * experience. */
	const char *titles[] = {"Evaluatie van het speelbeleid", "Het speelbeleid"};
	for (int k = 0; k < 2; k++) {
		json_t *d = dossier("{\"participatie\":true,\"ladder\":\"burgerparticipatie\",\"trede\":\"raadplegen\"}");
		json_t *v = json_object_get(d, "voorstel");
		json_object_del(v, "beleidsfase");
		json_object_set_new(v, "titel", json_string(titles[k]));
		json_object_set_new(json_array_get(json_object_get(d, "stakeholders"), 0), "groep", json_string("jongeren"));
		is_int(pt_plan_apply(p, d, loc, &err), 0, "evaluation %d: ok", k);
		ok((activity(d, "focusgroep") != NULL) == (k == 0), "evaluation %d: a focus group only in the evaluation", k);
		json_decref(d);
	}
}

/* A catalogue of thousands of rows: every row found by id, Dutch and
 * English name through the hash tables, a twice-listed id refused. */
static void test_names(void)
{
	char path[] = "/tmp/pt-unit-plan-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	ok(f != NULL, "names: a temporary catalogue");
	if (!f)
		return;
	fputs("id,naam,name,soort,treden,schalen,fasen,min,max,vorm,bereik,rollen,instrumenten,moment,"
	      "voorbereidingUren,urenPerSessie,sessies,perPartij,vasteKosten,kostenPerDeelnemer,weken,cijfers,omschrijving,description\n", f);
	for (int i = 0; i < 3000; i++)
		fprintf(f, "w%d,Vorm nummer %d,Form number %d,werkvorm,raadplegen,alle,alle,1,0,fysiek,inwoners,deelnemer,,tijdens,1,1,1,nee,0,0,,standaard,x,x\n",
			i, i, i);
	fclose(f);
	pt_plan_opts o = {.catalog = path, .uurtarief = -1, .budget = -1, .today = 0};
	pt_error err = {0};
	pt_plan *p = pt_plan_load(&o, &err);
	ok(p && p->nw == 3000, "names: 3000 rows read");
	if (p) {
		is_int(pt_plan_werkvorm_find(p, "w2999"), 2999, "names: the last row by id");
		is_int(pt_plan_werkvorm_find(p, "vorm nummer 1500"), 1500, "names: by Dutch name, folded");
		is_int(pt_plan_werkvorm_find(p, "FORM-NUMBER-7"), 7, "names: by English name, folded");
		is_int(pt_plan_werkvorm_find(p, "w3000"), -1, "names: an unknown name");
		pt_plan_free(p);
	}
	f = fopen(path, "a");
	fputs("W12,Dubbel,Double,werkvorm,raadplegen,alle,alle,1,0,fysiek,inwoners,deelnemer,,tijdens,1,1,1,nee,0,0,,standaard,x,x\n", f);
	fclose(f);
	p = pt_plan_load(&o, &err);
	ok(p == NULL && strstr(err.msg, "'W12' is listed twice"), "names: an id listed twice, folded, refused");
	pt_plan_free(p);
	remove(path);
}

int main(void)
{
	test_names();
	test_fixed();
	test_count();
	test_budget_limit();
	test_treden();
	pt_plan *p = load_default();
	ok(p != NULL, "load: the built-in catalogue and settings");
	if (p) {
		test_catalog(p);
		test_similarity(p);
		test_apply(p);
		test_weight(p);
		pt_plan_free(p);
	}
	return done_testing();
}
