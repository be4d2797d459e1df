/* The domain vocabulary: every enumerated value of the dossier, with its
 * Dutch and English label, in one place (pt-dossier(5)). */
#include <stdlib.h>
#include <string.h>
#include "pt.h"

#define VOCAB(var, name, ...) \
	static const pt_term var##_terms[] = {__VA_ARGS__, {0, 0, 0}}; \
	const pt_vocab var = {name, var##_terms}

VOCAB(pt_v_schaal, "schaal",
	{"straat", "straat", "street"},
	{"buurt", "buurt", "neighbourhood"},
	{"wijk", "wijk", "district"},
	{"stad", "stad of gemeente", "city"},
	{"regio", "regio", "region"});

VOCAB(pt_v_beleidsfase, "beleidsfase",
	{"agendavorming", "agendavorming", "agenda setting"},
	{"beleidsvoorbereiding", "beleidsvoorbereiding", "policy preparation"},
	{"besluitvorming", "besluitvorming", "decision making"},
	{"uitvoering", "uitvoering", "implementation"},
	{"evaluatie", "evaluatie", "evaluation"});

VOCAB(pt_v_beleidsruimte, "beleidsruimte",
	{"geen", "geen", "none"},
	{"beperkt", "beperkt", "limited"},
	{"ruim", "ruim", "ample"});

VOCAB(pt_v_initiatiefnemer, "initiatiefnemer",
	{"gemeente", "gemeente", "municipality"},
	{"inwoners", "inwoners", "residents"},
	{"ondernemers", "ondernemers", "businesses"},
	{"maatschappelijk", "maatschappelijke organisaties", "civil society"});

VOCAB(pt_v_burgertrede, "trede",
	{"informeren", "informeren", "inform"},
	{"raadplegen", "raadplegen", "consult"},
	{"adviseren", "adviseren", "involve"},
	{"coproduceren", "coproduceren", "collaborate"},
	{"meebeslissen", "meebeslissen", "empower"});

VOCAB(pt_v_overheidstrede, "trede",
	{"reguleren", "reguleren", "regulate"},
	{"regisseren", "regisseren", "direct"},
	{"stimuleren", "stimuleren", "stimulate"},
	{"faciliteren", "faciliteren", "facilitate"},
	{"loslaten", "loslaten", "let go"});

VOCAB(pt_v_ladder, "ladder",
	{"burgerparticipatie", "burgerparticipatie", "citizen participation"},
	{"overheidsparticipatie", "overheidsparticipatie", "government participation"});

VOCAB(pt_v_soort, "soort",
	{"collegevoorstel", "collegevoorstel", "executive board proposal"},
	{"raadsvoorstel", "raadsvoorstel", "council proposal"},
	{"raadsinformatiebrief", "raadsinformatiebrief", "council information letter"},
	{"projectplan", "projectplan", "project plan"},
	{"beleidsplan", "beleidsplan", "policy plan"},
	{"omgevingsplan", "omgevingsplan", "environment plan"},
	{"omgevingsvergunning", "omgevingsvergunning", "environmental permit"},
	{"verordening", "verordening", "ordinance"},
	{"initiatief", "initiatief uit de samenleving", "community initiative"},
	{"overig", "overig", "other"});

VOCAB(pt_v_besluitdoor, "besluitDoor",
	{"college", "college van B en W", "executive board"},
	{"raad", "gemeenteraad", "municipal council"},
	{"burgemeester", "burgemeester", "mayor"},
	{"ambtelijk", "ambtelijk (mandaat)", "officials (mandate)"});

VOCAB(pt_v_impact, "impact",
	{"laag", "laag", "low"},
	{"midden", "midden", "medium"},
	{"hoog", "hoog", "high"});

VOCAB(pt_v_niveau, "niveau",
	{"laag", "laag", "low"},
	{"midden", "midden", "medium"},
	{"hoog", "hoog", "high"});

VOCAB(pt_v_groep, "groep",
	{"inwoners", "inwoners", "residents"},
	{"omwonenden", "omwonenden", "neighbours"},
	{"ondernemers", "ondernemers", "businesses"},
	{"maatschappelijk", "maatschappelijke organisaties", "civil society"},
	{"bewonersorganisatie", "buurtvereniging of wijkraad", "residents' association"},
	{"woningcorporatie", "woningcorporatie", "housing association"},
	{"onderwijs", "scholen", "schools"},
	{"jongeren", "jongeren", "young people"},
	{"ouderen", "ouderen", "older people"},
	{"beperking", "mensen met een beperking", "people with disabilities"},
	{"hulpdiensten", "hulpdiensten", "emergency services"},
	{"zorg", "zorg en welzijn", "care and welfare"},
	{"natuur", "natuur- en milieuorganisaties", "environmental groups"},
	{"overheid", "andere overheden", "other authorities"},
	{"intern", "interne afdelingen", "internal departments"},
	{"politiek", "politiek", "politics"},
	{"media", "media", "media"},
	{"kinderen", "kinderen", "children"},
	{"ouders", "ouders", "parents"},
	{"huurders", "huurders en huurdersorganisaties", "tenants and tenants' associations"},
	{"mantelzorgers", "mantelzorgers", "carers"},
	{"laaggeletterden", "laaggeletterden", "people with low literacy"},
	{"anderstaligen", "nieuwkomers en anderstaligen", "newcomers and people with little Dutch"},
	{"clienten", "cliënten en cliëntenraden", "clients and client councils"},
	{"grondeigenaren", "grondeigenaren", "landowners"},
	{"energiecooperatie", "energiecoöperaties", "energy cooperatives"},
	{"verkeersorganisaties", "fiets-, voetgangers- en verkeersorganisaties", "cyclists', pedestrians' and traffic organisations"});

VOCAB(pt_v_thema, "thema",
	{"spelen", "spelen", "play"},
	{"onderwijs", "onderwijs", "education"},
	{"jeugd", "jeugd", "youth"},
	{"zorg", "zorg", "care"},
	{"welzijn", "welzijn", "welfare"},
	{"wonen", "wonen", "housing"},
	{"mobiliteit", "mobiliteit", "mobility"},
	{"parkeren", "parkeren", "parking"},
	{"energie", "energie", "energy"},
	{"groen", "groen", "green space"},
	{"water", "water", "water"},
	{"evenementen", "evenementen", "events"},
	{"opvang", "opvang", "shelter"},
	{"economie", "economie", "economy"},
	{"veiligheid", "veiligheid", "safety"},
	{"sport", "sport", "sport"},
	{"cultuur", "cultuur", "culture"},
	{"financien", "financiën", "finance"},
	{"openbareRuimte", "openbare ruimte", "public space"},
	{"voorzieningen", "voorzieningen in de buurt", "local facilities"},
	{"huishoudens", "thuis en huishouden", "homes and households"});

VOCAB(pt_v_instrument, "instrument",
	{"tarief", "tarief, belasting of leges", "tariff, tax or fee"},
	{"subsidieregeling", "subsidieregeling", "subsidy scheme"},
	{"visie", "visie", "vision"},
	{"omgevingsplan", "omgevingsplan", "environment plan"},
	{"programma", "programma", "programme"},
	{"vergunning", "vergunning", "permit"},
	{"verordening", "verordening", "ordinance"},
	{"beleidsnota", "beleidsnota", "policy paper"},
	{"uitvoering", "uitvoering", "execution"},
	{"openbareOrde", "openbare orde (bevoegdheid van de burgemeester)", "public order (the mayor's power)"},
	{"overig", "overig", "other"});

VOCAB(pt_v_zeggenschap, "zeggenschap",
	{"advies", "advies", "advice"},
	{"gedeeld", "gedeeld", "shared"},
	{"mandaat", "mandaat", "mandate"});

/* In the order of enum pt_rol. */
VOCAB(pt_v_rol, "rol",
	{"deelnemer", "deelnemer", "participant"},
	{"partner", "partner", "partner"},
	{"overheid", "bevoegd gezag of andere overheid", "competent or other authority"},
	{"initiatiefnemer", "initiatiefnemer", "initiator"});

VOCAB(pt_v_houding, "houding",
	{"voor", "voor", "in favour"},
	{"twijfel", "twijfel", "undecided"},
	{"tegen", "tegen", "against"},
	{"onbekend", "onbekend", "unknown"});

VOCAB(pt_v_kwadrant, "kwadrant",
	{"actief betrekken", "actief betrekken", "manage closely"},
	{"tevreden houden", "tevreden houden", "keep satisfied"},
	{"consulteren", "consulteren", "keep informed"},
	{"informeren", "informeren", "monitor"});

VOCAB(pt_v_salience, "salience",
	{"slapend", "slapend", "dormant"},
	{"discretionair", "discretionair", "discretionary"},
	{"veeleisend", "veeleisend", "demanding"},
	{"dominant", "dominant", "dominant"},
	{"gevaarlijk", "gevaarlijk", "dangerous"},
	{"afhankelijk", "afhankelijk", "dependent"},
	{"definitief", "definitief", "definitive"},
	{"geen", "geen", "none"});

VOCAB(pt_v_ernst, "ernst",
	{"fout", "fout", "error"},
	{"waarschuwing", "waarschuwing", "warning"},
	{"info", "info", "info"});

VOCAB(pt_v_oordeel, "oordeel",
	{"goed", "goed", "good"},
	{"voldoende", "voldoende", "sufficient"},
	{"onvoldoende", "onvoldoende", "insufficient"});

VOCAB(pt_v_initiatieffase, "initiatiefFase",
	{"idee", "idee", "idea"},
	{"plan", "plan", "plan"},
	{"gestart", "gestart", "under way"},
	{"zelfstandig", "zelfstandig", "self-sustaining"});

VOCAB(pt_v_ja_nee, "ja/nee",
	{"ja", "ja", "yes"},
	{"nee", "nee", "no"});

/* Exact codes fast, anything else forgiven as pt_vocab_match forgives it. */
int pt_vocab_at(const pt_vocab *v, const json_t *x, const char *what, pt_loc loc, int *out,
		pt_error *err)
{
	*out = -1;
	if (!x || json_is_null(x))
		return 0;
	if (!json_is_string(x))
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: expected a text"), what);
	const char *s = json_string_value(x);
	if ((*out = pt_vocab_index(v, s)) >= 0)
		return 0;
	if ((*out = pt_vocab_match(v, s, what, loc, err)) < 0)
		return err->status;
	return 0;
}

int pt_instrument_of(int instrument, int soort)
{
	static const char *const by_soort[][2] = {
		{"omgevingsplan", "omgevingsplan"}, {"omgevingsvergunning", "vergunning"},
		{"verordening", "verordening"}};
	for (size_t i = 0; instrument < 0 && soort >= 0 && i < sizeof by_soort / sizeof by_soort[0]; i++)
		if (soort == pt_vocab_index(&pt_v_soort, by_soort[i][0]))
			instrument = pt_vocab_index(&pt_v_instrument, by_soort[i][1]);
	return instrument;
}

size_t pt_vocab_count(const pt_vocab *v)
{
	size_t n = 0;
	while (v->terms[n].code)
		n++;
	return n;
}

int pt_vocab_index(const pt_vocab *v, const char *code)
{
	for (int i = 0; code && v->terms[i].code; i++)
		if (strcmp(v->terms[i].code, code) == 0)
			return i;
	return -1;
}

const char *pt_vocab_label(const pt_vocab *v, const char *code, int lang)
{
	int i = pt_vocab_index(v, code);
	if (i < 0)
		return code;
	return lang ? v->terms[i].en : v->terms[i].nl;
}

const char *pt_vocab_list(const pt_vocab *v, char *buf, size_t n)
{
	size_t o = 0;
	buf[0] = '\0';
	for (int i = 0; v->terms[i].code && o < n; i++)
		o += (size_t)snprintf(buf + o, n - o, "%s%s", i ? ", " : "", v->terms[i].code);
	return buf;
}

/* Exact match of folded forms first; the edit distance only on a miss. */
int pt_vocab_match(const pt_vocab *v, const char *input, const char *what,
		   pt_loc loc, pt_error *err)
{
	char in[256], f[256], list[1024];
	int best = -1;
	size_t best_d = (size_t)-1;
	pt_fold(input ? input : "", in, sizeof in);
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; v->terms[i].code; i++) {
			const char *forms[3] = {v->terms[i].code, v->terms[i].nl, v->terms[i].en};
			for (int k = 0; k < 3; k++) {
				pt_fold(forms[k], f, sizeof f);
				if (pass == 0 && strcmp(in, f) == 0)
					return i;
				size_t d = pass ? pt_levenshtein(in, f) : (size_t)-1;
				if (d < best_d)
					best_d = d, best = i;
			}
		}
	}
	pt_vocab_list(v, list, sizeof list);
	size_t len = strlen(in);
	/* Part of a longer word ("voorbereiding" of "beleidsvoorbereiding")
	 * is as good a hint as a typo, when only one value has it. */
	if (!(best >= 0 && len > 0 && best_d <= (len < 6 ? 1 : len / 3)) && len >= 4) {
		int part = -1, parts = 0;
		for (int i = 0; v->terms[i].code; i++) {
			const char *forms[3] = {v->terms[i].code, v->terms[i].nl, v->terms[i].en};
			for (int k = 0; k < 3; k++)
				if (strstr(pt_fold(forms[k], f, sizeof f), in)) {
					parts += part != i;
					part = i;
					break;
				}
		}
		if (parts == 1)
			best = part, best_d = 0;
	}
	if (best >= 0 && len > 0 && best_d <= (len < 6 ? 1 : len / 3))
		pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: unknown value '%s'; did you mean '%s'? (allowed: %s)"),
			what, input ? input : "", v->terms[best].code, list);
	else
		pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: unknown value '%s' (allowed: %s)"), what,
			input ? input : "", list);
	return -1;
}

int pt_parse_bool(const char *s, int *out)
{
	static const char *yes[] = {"ja", "j", "yes", "y", "true", "1", "waar", "x", NULL};
	static const char *no[] = {"nee", "n", "no", "false", "0", "onwaar", NULL};
	char f[32];
	pt_fold(s, f, sizeof f);
	/* Folding drops signs and dots: "-1" and "0." are no yes or no. */
	if (strpbrk(s, "0123456789") && strpbrk(s, "-_."))
		return -1;
	for (int i = 0; yes[i]; i++)
		if (strcmp(f, yes[i]) == 0)
			return *out = 1, 0;
	for (int i = 0; no[i]; i++)
		if (strcmp(f, no[i]) == 0)
			return *out = 0, 0;
	return -1;
}

int pt_vocab_alternatives(const pt_vocab *v, const char *s, const char *what, pt_loc loc,
			  uint64_t *mask, int *first, pt_error *err)
{
	*mask = 0, *first = -1;
	if (!s)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: empty (give a code, or a|b)"), what);
	char *copy = pt_xstrdup(s), *save = NULL;
	int bad = 0;
	for (char *g = strtok_r(copy, "|", &save); g && !bad; g = strtok_r(NULL, "|", &save)) {
		int i = pt_vocab_match(v, pt_trim(g), what, loc, err);
		if ((bad = i < 0))
			break;
		*mask |= (uint64_t)1 << i;
		if (*first < 0)
			*first = i;
	}
	free(copy);
	if (bad)
		return err->status;
	if (*first < 0)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("%s: empty (give a code, or a|b)"), what);
	return 0;
}

int pt_rol_of_groep(int groep)
{
	/* Internal teams are partners, other authorities and the council act
	 * as such; the rest are the people the plan is about (pt-dossier(5), rol). */
	if (groep == pt_vocab_index(&pt_v_groep, "intern"))
		return PT_ROL_PARTNER;
	if (groep == pt_vocab_index(&pt_v_groep, "overheid") ||
	    groep == pt_vocab_index(&pt_v_groep, "politiek"))
		return PT_ROL_OVERHEID;
	/* The police, fire brigade and ambulance advise on safety: partners,
	 * not the surroundings whose participation a paragraph reports. */
	if (groep == pt_vocab_index(&pt_v_groep, "hulpdiensten"))
		return PT_ROL_PARTNER;
	return PT_ROL_DEELNEMER;
}
