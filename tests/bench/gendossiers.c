/* gendossiers: N realistic dossiers as JSON Lines, the same bytes for the
 * same N (a fixed pseudo-random sequence), for make bench and tests.
 *   gendossiers N [SEED] */
#include <stdio.h>
#include <stdlib.h>
#include "pt.h"

static unsigned long long state = 88172645463325252ULL;

static unsigned rnd(unsigned n)
{
	state ^= state << 13, state ^= state >> 7, state ^= state << 17;
	return (unsigned)(state % n);
}

static const char *pick(const pt_vocab *v)
{
	return v->terms[rnd((unsigned)pt_vocab_count(v))].code;
}

static const char *places[] = {"Pancratiusplein", "Schinkelplein", "Hoensbroek Centrum",
	"Molenberg", "Meezenbroek", "Heerlerheide", "Zeswegen", "Grasbroek", "Welten",
	"Schandelen", "Caumerveld", "Douve Weien"};
static const char *topics[] = {"Herinrichting", "Speelplek", "Parkeerregulering",
	"Groenplan", "Fietsroute", "Warmtenet", "Woningbouw", "Wijkagenda", "Verkeersveiligheid",
	"Zonneweide", "Buurtcentrum", "Afvalinzameling"};
static const char *who[] = {"Bewonersvereniging", "Ondernemersvereniging", "Wijkraad",
	"Woningcorporatie Weller", "Basisschool De Regenboog", "Jongerenwerk", "Seniorenraad",
	"Omwonenden", "Brandweer Zuid-Limburg", "Afdeling Openbare Ruimte", "Natuurmonumenten",
	"Zorggroep"};

static json_t *stakeholder(void)
{
	json_t *s = json_pack("{s:s, s:s, s:i, s:i, s:s, s:b, s:b}",
		"naam", who[rnd(12)], "groep", pick(&pt_v_groep),
		"invloed", (int)rnd(5) + 1, "belang", (int)rnd(5) + 1,
		"houding", pick(&pt_v_houding), "legitiem", (int)rnd(2), "urgent", (int)rnd(2));
	if (rnd(3) == 0)
		json_object_set_new(s, "tags", json_pack("[s]", rnd(2) ? "jongeren" : "ouderen"));
	return s;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 10000;
	if (argc > 2)
		state += strtoull(argv[2], NULL, 10);
	for (long i = 0; i < n; i++) {
		char id[32], titel[128], datum[16];
		const char *place = places[rnd(12)];
		snprintf(id, sizeof id, "CV-%04ld-%05ld", 2026 + i % 3, i + 1);
		snprintf(titel, sizeof titel, "%s %s", topics[rnd(12)], place);
		snprintf(datum, sizeof datum, "2027-%02u-%02u", rnd(12) + 1, rnd(28) + 1);
		json_t *v = json_pack("{s:s, s:s, s:s, s:s, s:s, s:{s:s, s:s}, s:s, s:s, s:s, s:s, s:s,"
				      " s:[s, s], s:[s], s:{s:b, s:b, s:b}}",
			"id", id, "titel", titel, "soort", pick(&pt_v_soort),
			"trekker", "A. de Vries", "initiatiefnemer", rnd(4) ? "gemeente" : pick(&pt_v_initiatiefnemer),
			"locatie", "naam", place, "schaal", pick(&pt_v_schaal),
			"beleidsfase", pick(&pt_v_beleidsfase), "beleidsruimte", pick(&pt_v_beleidsruimte),
			"impact", pick(&pt_v_impact), "besluitDoor", rnd(2) ? "college" : "raad",
			"datumBesluit", datum,
			"vastKader", "budget", "planning", "openVoorInbreng", "inrichting",
			"intake", "keuzes", rnd(8) != 0, "merkbaar", 1, "middelen", rnd(9) != 0);
		json_t *sh = json_array();
		for (unsigned k = 0, m = 3 + rnd(6); k < m; k++)
			json_array_append_new(sh, stakeholder());
		json_t *d = json_pack("{s:i, s:o, s:o}", "pt", 1, "voorstel", v, "stakeholders", sh);
		pt_dossier_write(stdout, d, 0);
		json_decref(d);
	}
	return 0;
}
