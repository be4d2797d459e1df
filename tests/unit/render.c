/* Unit tests of pt-render's library parts: text cleaning and shortening, the label table, the pictures, the set of
 * files written to a directory, werkvorm names. */
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "render_priv.h"

static void test_clean_shorten(void)
{
	char *s = pt_render_clean("a\nb\r\tc\x02" "d\xff");
	is_str(s, "a b  cd\xEF\xBF\xBD", "clean: breaks to spaces, controls gone, bad UTF-8 replaced");
	free(s);
	char buf[64];
	is_str(pt_render_shorten("Brandweer", 14, buf, sizeof buf), "Brandweer", "short name kept");
	is_str(pt_render_shorten("Ondernemersvereniging", 14, buf, sizeof buf),
	       "Ondernemersve\xE2\x80\xA6", "long name cut to 14 characters with an ellipsis");
	is_str(pt_render_shorten("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3, buf, sizeof buf),
	       "\xC3\xA9\xC3\xA9\xE2\x80\xA6", "cut counts characters, not bytes");
	is_str(pt_render_shorten("ab cd", 4, buf, sizeof buf), "ab\xE2\x80\xA6", "no space before the ellipsis");
}

static void test_labels(void)
{
	int missing = 0;
	for (int k = 0; k < RL_COUNT; k++)
		for (int lang = 0; lang < 2; lang++) {
			const char *s = pt_rl((enum pt_rl)k, lang);
			if (!s || !*s || strcmp(s, "?") == 0) {
				missing++;
				printf("# label %d lang %d missing\n", k, lang);
			}
		}
	is_int(missing, 0, "every label has Dutch and English text");
	is_int((int)pt_texts_rows(pt_texts_load("render-teksten.csv", 1, PT_NL)), RL_COUNT,
	       "render-teksten.csv: a row for each key and no other");
	is_str(pt_rl(RL_AANPAK, 9), "Aanpak", "a language the table has no column for: Dutch");
	is_str(pt_rl((enum pt_rl)RL_COUNT, PT_NL), "?", "a key out of range: ?");
	char *s = pt_rl_fill(RL_FMT_WEEK, PT_EN, (const char *const[]){"week", "-3", NULL});
	is_str(s, "week -3", "a label's fact filled in");
	free(s);
	s = pt_rl_fill(RL_BEDRAG, PT_NL, (const char *const[]){"bedrag", "40.000", NULL});
	is_str(s, "\xE2\x82\xAC 40.000", "an amount as Dutch writes it");
	free(s);
	s = pt_fill("{a} en {b}{", (const char *const[]){"a", "x{b}", "b", "", NULL}, 0);
	is_str(s, "x{b} en {b}{", "fill: a value is not filled again; an empty one leaves its name");
	free(s);
	ok(pt_fill("{a} en {b}", (const char *const[]){"a", "x", NULL}, 1) == NULL,
	   "fill, strict: a name without a value gives nothing");
	is_str(pt_rl(RL_MAAND_12, 1), "December", "months in order");
	is_str(pt_rl(RL_C10, 0), "proces geëvalueerd en deelnemers over het besluit geïnformeerd",
	       "checklist points in order");
	is_int(pt_render_section("all"), PT_RS_ALL, "--section all");
	is_int(pt_render_section("plan"), PT_RS_PLAN, "--section plan");
	is_int(pt_render_section("x"), -1, "unknown section");
}

static void test_svg(void)
{
	json_t *sh = json_loads("[{\"naam\":\"<b>&\",\"invloed\":5,\"belang\":5,\"kwadrant\":\"actief betrekken\"},"
				"{\"naam\":\"b\",\"invloed\":5,\"belang\":5},{\"naam\":\"c\",\"invloed\":5,\"belang\":5},"
				"{\"naam\":\"d\",\"invloed\":5,\"belang\":5},{\"naam\":\"e\",\"invloed\":5,\"belang\":5},"
				"{\"naam\":\"f\",\"invloed\":5,\"belang\":5},{\"naam\":\"g\",\"invloed\":5,\"belang\":5}]", 0, NULL);
	char *svg = pt_svg_grid(sh, PT_NL, 1);
	ok(svg && strncmp(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"", 39) == 0, "grid is an SVG");
	ok(svg && strstr(svg, "1. &lt;b&gt;&amp;") != NULL, "a name in the legend is escaped");
	ok(svg && strstr(svg, "7. g") != NULL, "every name in the legend");
	ok(svg && strstr(svg, "<style>") != NULL, "the picture carries its own styles");
	int ticks = 0;
	for (const char *p = svg; p && (p = strstr(p, "class=\"pt-tick\">3<")); p++)
		ticks++;
	is_int(ticks, 2, "the tick 3 once on each axis");
	free(svg);
	/* thirty on one spot: as many dots as fit, then how many more */
	json_t *crowd = json_array();
	for (int i = 0; i < 30; i++)
		json_array_append_new(crowd, json_pack("{s:s, s:i, s:i}", "naam", "x", "invloed", 5, "belang", 5));
	svg = pt_svg_grid(crowd, PT_NL, 0);
	int dots = 0;
	for (const char *p = svg; (p = strstr(p, "<circle")); p++)
		dots++;
	is_int(dots, 24 + 4, "a full spot: 24 dots (and the 4 of the colour legend)");
	ok(strstr(svg, ">+6<") != NULL, "  and +6 in the last place");
	free(svg);
	json_decref(crowd);
	/* two on one spot do not hide each other */
	json_t *two = json_loads("[{\"naam\":\"a\",\"invloed\":2,\"belang\":4},{\"naam\":\"b\",\"invloed\":2,\"belang\":4}]", 0, NULL);
	svg = pt_svg_grid(two, PT_NL, 0);
	const char *c1 = strstr(svg, "<circle"), *c2 = c1 ? strstr(c1 + 1, "<circle") : NULL;
	ok(c1 && c2 && strncmp(c1, c2, 30) != 0, "two dots on one spot are drawn apart");
	free(svg);
	json_decref(two);
	/* a long name wraps, and is there in full */
	json_t *lng = json_loads("[{\"naam\":\"Stichting Basisschool De Regenboog en Kinderopvang Zonnestraal\",\"invloed\":2,\"belang\":4}]", 0, NULL);
	svg = pt_svg_grid(lng, PT_NL, 0);
	ok(strstr(svg, ">1. Stichting Basisschool De<") && strstr(svg, ">Regenboog en Kinderopvang<") &&
	   strstr(svg, ">Zonnestraal<"), "a long name wrapped at a space, in full");
	free(svg);
	json_decref(lng);
	json_t *none = json_array();
	ok(pt_svg_grid(none, PT_NL, 0) == NULL, "no stakeholders, no grid");
	json_decref(none);
	json_decref(sh);
	json_t *acts = json_loads("[{\"naam\":\"b\",\"week\":-2},{\"naam\":\"x\"},{\"naam\":\"a\",\"week\":-8}]", 0, NULL);
	size_t *ord = pt_render_week_order(acts);
	ok(ord[0] == 2 && ord[1] == 0 && ord[2] == 1, "activities in week order, no week last");
	free(ord);
	svg = pt_svg_timeline(acts, PT_EN, -1, 0);
	ok(svg && strstr(svg, "week unknown") != NULL, "timeline names an activity without a week");
	ok(svg && strstr(svg, ">decision<") != NULL, "timeline marks the decision");
	free(svg);
	svg = pt_svg_timeline(acts, PT_NL, pt_date_days("2027-06-15"), 0);
	ok(svg && strstr(svg, ">apr 2027<") != NULL, "with a decision date: months on the axis, from the first activity's");
	ok(svg && strstr(svg, ">mei<") != NULL, "  the next month by its name");
	ok(svg && strstr(svg, ">-8<") == NULL, "  not weeks");
	free(svg);
	json_decref(acts);
}

static void test_names(void)
{
	pt_render_names *s = pt_render_names_new();
	pt_loc at;
	char name[32];
	ok(pt_render_names_find(s, "a.md", NULL) == NULL, "an empty set has no names");
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof name, "CV-%d.md", i);
		pt_render_names_add(s, name, (pt_loc){"in.jsonl", i + 1});
	}
	is_str(pt_render_names_find(s, "CV-999.md", &at), "CV-999.md", "found after the table grew");
	ok(at.line == 1000 && strcmp(at.file, "in.jsonl") == 0, "  with the dossier that wrote it");
	ok(pt_render_names_find(s, "CV-7.md", &at) && at.line == 8, "an early name kept through growing");
	ok(pt_render_names_find(s, "cv-7.md", NULL) == NULL, "case tells names apart by default");
	pt_render_names_add(s, "CV-7.md", (pt_loc){"other.jsonl", 3});
	ok(pt_render_names_find(s, "CV-7.md", &at) && at.line == 8, "added again: the first kept");
	pt_render_names_fold(s);
	is_str(pt_render_names_find(s, "cv-7.MD", NULL), "CV-7.md",
	       "folded: a name differing in case finds the one written");
	ok(pt_render_names_find(s, "CV-1000.md", NULL) == NULL, "  and a new name is still new");
	pt_render_names_free(s);
}

static void test_werkvorm_name(void)
{
	json_t *acts = json_loads("[{\"werkvorm\":\"ontwerpatelier\",\"naam\":\"Ontwerpatelier (drie avonden)\"},"
				  "{\"werkvorm\":\"leeg\",\"naam\":\"\"}]", 0, NULL);
	char *s = pt_render_werkvorm_name(acts, "ontwerpatelier");
	is_str(s, "Ontwerpatelier (drie avonden)", "an id the plan names: its name");
	free(s);
	s = pt_render_werkvorm_name(acts, "online-groep_x");
	is_str(s, "Online groep x", "an unknown id: words, a capital first letter");
	free(s);
	s = pt_render_werkvorm_name(acts, "leeg");
	is_str(s, "Leeg", "an empty name: the id in words");
	free(s);
	s = pt_render_werkvorm_name(NULL, "\xc3\xa9" "en");
	is_str(s, "\xc3\xa9" "en", "no activities; a non-ASCII first letter left as it is");
	free(s);
	json_decref(acts);
}

/* The sentence patterns: whole sentences or none, both languages. */
static void test_zinnen(void)
{
	pt_error err = {0};
	is_int(pt_zin_load(&err), 0, "zinnen.csv loads");
	is_str(pt_zin("kop.paragraaf", PT_NL), "Participatie", "a pattern in Dutch");
	is_str(pt_zin("kop.paragraaf", PT_EN), "Participation", "the same in English");
	ok(pt_zin("geen.sleutel", PT_NL) == NULL, "an unknown key has no pattern");
	const char *vars[] = {"titel", "Plein", "plek", "Markt", "schaal", "vooral de buurt", NULL};
	char *s = pt_zin_fill("intro.plek", PT_NL, vars);
	is_str(s, "Het voorstel gaat over deze plek: Markt. Het raakt vooral de buurt.", "values filled in");
	free(s);
	const char *half[] = {"titel", "Plein", "plek", "", NULL};
	ok(pt_zin_fill("intro.plek", PT_NL, half) == NULL, "a value missing or empty: no sentence at all");
	const char *code[] = {NULL};
	s = pt_zin_fill("reden.spoed", PT_EN, code);
	is_str(s, "There is no time to lose: the plan must start now.", "a pattern without values");
	free(s);
	/* every key has both languages */
	static const char *keys[] = {"reden.impact-hoog", "trede.adviseren", "rol.faciliteren",
				     "werk.merk", "concept.zin", "punt.niet-reden", "eval.les", NULL};
	for (int i = 0; keys[i]; i++)
		ok(pt_zin(keys[i], PT_NL) && pt_zin(keys[i], PT_EN), "%s in both languages", keys[i]);
	is_int(pt_render_section("werkdocument"), PT_RS_WERK, "--section werkdocument");
	is_int(pt_render_section("opbrengst"), PT_RS_OPBRENGST, "--section opbrengst");
}

/* The paragraph through pt_render_dossier: ready or a CONCEPT. */
static void test_paragraph(void)
{
	pt_render_opts o = {.format = PT_RENDER_MD, .sections = PT_RS_PARAGRAAF, .lang = PT_NL};
	json_t *d = json_loads("{\"pt\":1,\"voorstel\":{\"id\":\"X\",\"titel\":\"Plein\",\"besluitDoor\":\"raad\","
			       "\"datumBesluit\":\"2027-06-15\",\"impact\":\"hoog\"},"
			       "\"strategie\":{\"participatie\":true,\"trede\":\"raadplegen\","
			       "\"routes\":{\"plan\":\"raadplegen\",\"mensen\":\"raadplegen\"}},"
			       "\"plan\":{\"activiteiten\":[{\"naam\":\"Enquête\",\"week\":-10}]}}", 0, NULL);
	int concept = -1;
	char *md = pt_render_dossier(d, &o, 0, NULL, NULL, &concept);
	is_int(concept, 0, "a dossier with its step: no CONCEPT");
	ok(strstr(md, "op het niveau raadplegen") != NULL, "the step in a sentence");
	ok(strstr(md, "(april 2027)") != NULL, "a week before the decision as a month");
	ok(strstr(md, "Het plan heeft merkbare gevolgen") != NULL, "an old dossier's reason from its impact");
	free(md);
	json_object_set_new(json_object_get(json_object_get(d, "strategie"), "routes"), "mensen", json_string("adviseren"));
	md = pt_render_dossier(d, &o, 0, NULL, NULL, &concept);
	is_int(concept, 0, "routes one step apart: pt-strategy's advice stands, no CONCEPT");
	free(md);
	json_object_set_new(json_object_get(json_object_get(d, "strategie"), "routes"), "mensen", json_string("coproduceren"));
	json_object_set_new(d, "meldingen", json_loads("[{\"ernst\":\"waarschuwing\",\"code\":\"routes-verschillen\","
						       "\"pad\":\"strategie.routes\",\"tekst\":\"Kies.\",\"bron\":\"pt-strategy\"}]", 0, NULL));
	md = pt_render_dossier(d, &o, 0, NULL, NULL, &concept);
	is_int(concept, 1, "routes that leave the step open (pt-strategy's melding), no step chosen: a CONCEPT");
	ok(strncmp(strstr(md, "## Participatie") + 17, "**CONCEPT**", 11) == 0, "  marked first in the paragraph");
	ok(strstr(md, "op het niveau raadplegen") == NULL, "  and the step not stated");
	free(md);
	json_object_set_new(json_object_get(d, "strategie"), "gekozenDoor", json_string("gebruiker"));
	md = pt_render_dossier(d, &o, 0, NULL, NULL, &concept);
	is_int(concept, 1, "chosen by the user without a motivation: still a CONCEPT");
	free(md);
	json_object_set_new(json_object_get(d, "strategie"), "motivatie", json_string("zo is het"));
	md = pt_render_dossier(d, &o, 0, NULL, NULL, &concept);
	is_int(concept, 0, "  with a motivation: ready");
	ok(strstr(md, "De reden voor deze keuze: zo is het.") != NULL, "  the motivation shown as a sentence");
	free(md);
	json_decref(d);
}

/* The naming rule (lib/data/namen.csv): organisations by name, persons
 * never; and the dossier's values in every sentence pattern. */
static void test_naming(void)
{
	ok(rd_person_name("Fam. de Vries, Kerkstraat 12, 6411 AB"), "a family with an address is a person");
	ok(rd_person_name("fam de Vries"), "  lowercase, without the dot");
	ok(rd_person_name("J. Jansen"), "  initials");
	ok(rd_person_name("Mevrouw Smeets"), "  a form of address");
	ok(!rd_person_name("Wijkraad Molenberg"), "an organisation is no person");
	json_t *org = json_pack("{s:s, s:s}", "naam", "Wijkraad Molenberg", "groep", "bewonersorganisatie");
	json_t *buren = json_pack("{s:s, s:s}", "naam", "Omwonenden Rozenhof", "groep", "omwonenden");
	json_t *fam = json_pack("{s:s, s:s}", "naam", "Fam. Jansen", "groep", "ondernemers");
	is_str(rd_org_name(org), "Wijkraad Molenberg", "an organisation's group: named");
	ok(rd_org_name(buren) == NULL, "neighbours are said as a group");
	ok(rd_org_name(fam) == NULL, "a person in an organisation's group is never named");
	json_decref(org), json_decref(buren), json_decref(fam);
	ok(rd_general_place("hele gemeente"), "'hele gemeente' is no place");
	ok(rd_general_place("De hele gemeente, alle wijken"), "  inside a longer text too");
	ok(!rd_general_place("Stadspark"), "a park is a place");
	/* every pattern sees the dossier: a pattern of the user's own with
	 * the decision date and the decider is one row */
	pt_render_opts o = {.format = PT_RENDER_MD, .sections = PT_RS_PARAGRAAF, .lang = PT_NL};
	json_t *d = json_loads("{\"pt\":1,\"voorstel\":{\"id\":\"K-1\",\"titel\":\"Plein\",\"besluitDoor\":\"college\","
			       "\"datumBesluit\":\"2027-06-15\"},\"strategie\":{\"participatie\":false},"
			       "\"plan\":{\"besluitVoorzien\":\"2027-06-29\"}}", 0, NULL);
	char *md = pt_render_dossier(d, &o, 0, NULL, NULL, NULL);
	ok(strstr(md, "Het besluit staat gepland voor 29 juni 2027.") != NULL, "the plan's later decision date is the paragraph's");
	free(md);
	json_decref(d);
}

int main(void)
{
	test_zinnen();
	test_naming();
	test_paragraph();
	test_clean_shorten();
	test_labels();
	test_svg();
	test_names();
	test_werkvorm_name();
	return done_testing();
}
