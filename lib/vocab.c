/* The domain vocabulary: every enumerated value of the dossier, with its
 * label in each language, in one table, lib/data/termen.csv (vocab,code,
 * then a column per language; pt-dossier(5)); here the C names of the
 * vocabularies and the ways to match and show a term. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"

/* A vocabulary's terms live in lib/data/termen.csv, the rows whose column
 * vocab is its table name, in the order of the rows (an index is a
 * position there: enum pt_rol, the masks of pt_vocab_alternatives). */
#define VOCAB_MAX 64

/* Each vocabulary: pt_v_TABLE, the dossier field it is named by in
 * messages, and TABLE, the value of its rows' column vocab. */
#define VOCABS(X) \
	X(schaal, "schaal") \
	X(beleidsfase, "beleidsfase") \
	X(beleidsruimte, "beleidsruimte") \
	X(initiatiefnemer, "initiatiefnemer") \
	X(burgertrede, "trede") \
	X(overheidstrede, "trede") \
	X(ladder, "ladder") \
	X(soort, "soort") \
	X(besluitdoor, "besluitDoor") \
	X(impact, "impact") \
	X(niveau, "niveau") \
	X(groep, "groep") \
	X(thema, "thema") \
	X(instrument, "instrument") \
	X(zeggenschap, "zeggenschap") \
	X(rol, "rol") \
	X(houding, "houding") \
	X(kwadrant, "kwadrant") \
	X(salience, "salience") \
	X(ernst, "ernst") \
	X(oordeel, "oordeel") \
	X(initiatieffase, "initiatiefFase") \
	X(ja_nee, "ja/nee")

#define DEFINE(table, field) \
	static pt_term table##_terms[VOCAB_MAX + 1]; \
	const pt_vocab pt_v_##table = {field, table##_terms};
VOCABS(DEFINE)

#define ENTRY(table, field) {&pt_v_##table, #table},
static const struct {
	const pt_vocab *v;
	const char *table;
} vocabs[] = {VOCABS(ENTRY)};

static const pt_texts *termen(void)
{
	return pt_texts_load("termen.csv", 2, PT_NL);
}

static void vocab_broken(const pt_texts *t, const char *fmt, const char *table, int max)
{
	pt_warn_at((pt_loc){pt_texts_shown(t), 0}, fmt, table, max);
	exit(PT_EXIT_DATA);
}

/* Fills every vocabulary from the table before main, so its terms are
 * there for whoever reads them (v->terms[i].code).  A table that lacks
 * one, or has more terms than a mask holds, ends the program. */
__attribute__((constructor(102))) static void vocab_load(void)
{
	const pt_texts *t = termen();
	for (size_t k = 0; k < sizeof vocabs / sizeof vocabs[0]; k++) {
		pt_term *terms = (pt_term *)vocabs[k].v->terms;
		size_t n = 0;
		for (size_t r = 0; r < pt_texts_rows(t); r++) {
			if (strcmp(pt_texts_key(t, r, 0), vocabs[k].table) != 0)
				continue;
			if (n == VOCAB_MAX)
				vocab_broken(t, pt_tr("vocabulary '%s' has more than %d terms"), vocabs[k].table,
					     VOCAB_MAX);
			terms[n++] = (pt_term){pt_texts_key(t, r, 1), pt_text_at(t, r, PT_NL),
					       pt_text_at(t, r, PT_EN)};
		}
		if (n == 0)
			vocab_broken(t, pt_tr("no terms for vocabulary '%s'"), vocabs[k].table, 0);
	}
}

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
	for (size_t k = 0; k < sizeof vocabs / sizeof vocabs[0]; k++)
		if (vocabs[k].v == v) {
			const char *key[2] = {vocabs[k].table, code};
			return pt_text_at(termen(), (size_t)pt_texts_find(termen(), key), lang);
		}
	/* A vocabulary made in C elsewhere: Dutch unless English. */
	return lang == PT_EN ? v->terms[i].en : v->terms[i].nl;
}

/* "a, b, c" of all codes, into buf. */
static const char *vocab_list(const pt_vocab *v, char *buf, size_t n)
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
	vocab_list(v, list, sizeof list);
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
