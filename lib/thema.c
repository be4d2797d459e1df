/* Topics: recognise them from the words of a proposal, and name the groups
 * each usually touches.  Both tables are data (lib/data/thema-*.csv), the
 * project's own operationalisation of practice lists (domain.md, "Who is
 * affected"), marked standaard van pt where no source gives them. */
#include <stdlib.h>
#include <string.h>
#include "thema.h"

enum { W_THEMA, W_WOORD, W_NCOLS };
enum { G_THEMA, G_GROEP, G_MOEILIJK, G_TOELICHTING, G_NCOLS };
enum { H_FEIT, H_WAARDE, H_WOORD, H_VELDEN, H_TOELICHTING, H_NCOLS };

#define MAX_PATROON 6		/* words in one pattern */

struct woord {
	int thema;
	char stem[64];		/* folded */
};

/* One word of a pattern: its folded core, and whether anything may come
 * before it ('*' first) or after it ('*' last) inside one word. */
struct patroonwoord {
	char core[48];
	int voor, na;
};

/* One row of herken-woorden.csv. */
struct herken {
	const char *feit;	/* one of feiten[] */
	int waarde;
	unsigned velden;
	struct patroonwoord w[MAX_PATROON];
	int n;
};

struct pt_thema_tables {
	struct woord *woorden;
	size_t nwoorden;
	pt_thema_need *needs;
	size_t nneeds;
	struct herken *herken;
	size_t nherken;
};

static const struct {
	const char *feit;
	const pt_vocab *vocab;
} feiten[] = {
	{"instrument", &pt_v_instrument}, {"zeggenschap", &pt_v_zeggenschap},
	{"initiatiefnemer", &pt_v_initiatiefnemer}, {"spoed", &pt_v_ja_nee}, {"locaties", &pt_v_ja_nee},
};

static const struct {
	const char *naam;
	unsigned bit;
} velden[] = {
	{"titel", PT_VELD_TITEL}, {"vastKader", PT_VELD_VASTKADER},
	{"openVoorInbreng", PT_VELD_OPEN}, {"locatie.naam", PT_VELD_LOCATIE},
};

static int thema_of(const char *s, const char *name, long line, pt_error *err)
{
	if (!s)
		return pt_fail(err, PT_EXIT_DATA, (pt_loc){name, line}, pt_tr("thema: empty (give a thema code)")), -1;
	return pt_vocab_match(&pt_v_thema, s, "thema", (pt_loc){name, line}, err);
}

static int load_woorden(pt_thema_tables *t, const char *path, pt_error *err)
{
	static const pt_column cols[] = {
		[W_THEMA] = {"thema", "thema|topic", 1}, [W_WOORD] = {"woord", "woord|word", 1}, {0, 0, 0}};
	_Static_assert(sizeof cols / sizeof cols[0] == W_NCOLS + 1, "one column a name");
	int idx[W_NCOLS];
	const char *name;
	pt_table *tb = pt_data_table(PT_THEMA_WOORDEN, path, cols, idx, &name, err);
	if (!tb)
		return err->status;
	t->woorden = pt_xcalloc(tb->nrows + 1, sizeof *t->woorden);
	for (size_t r = 0; r < tb->nrows && !err->status; r++) {
		const pt_csv_row *row = &tb->rows[r];
		struct woord *w = &t->woorden[t->nwoorden];
		const char *s = pt_csv_get(row, idx[W_WOORD]);
		if ((w->thema = thema_of(pt_csv_get(row, idx[W_THEMA]), name, row->line, err)) < 0)
			break;
		if (!s || !*pt_fold(s, w->stem, sizeof w->stem)) {
			pt_fail(err, PT_EXIT_DATA, (pt_loc){name, row->line}, pt_tr("woord: empty (give a word)"));
			break;
		}
		t->nwoorden++;
	}
	pt_table_free(tb);
	return err->status;
}

static int load_groepen(pt_thema_tables *t, const char *path, pt_error *err)
{
	static const pt_column cols[] = {
		[G_THEMA] = {"thema", "thema|topic", 1}, [G_GROEP] = {"groep", "groep|group|groepen|groups", 1},
		[G_MOEILIJK] = {"moeilijk", "moeilijk|moeilijk bereikbaar|hard to reach", 0},
		[G_TOELICHTING] = {"toelichting", "toelichting|bron|source|note", 0}, {0, 0, 0}};
	_Static_assert(sizeof cols / sizeof cols[0] == G_NCOLS + 1, "one column a name");
	int idx[G_NCOLS];
	const char *name;
	pt_table *tb = pt_data_table(PT_THEMA_GROEPEN, path, cols, idx, &name, err);
	if (!tb)
		return err->status;
	t->needs = pt_xcalloc(tb->nrows + 1, sizeof *t->needs);
	for (size_t r = 0; r < tb->nrows && !err->status; r++) {
		const pt_csv_row *row = &tb->rows[r];
		pt_loc loc = {name, row->line};
		pt_thema_need *n = &t->needs[t->nneeds];
		const char *m = pt_csv_get(row, idx[G_MOEILIJK]);
		if ((n->thema = thema_of(pt_csv_get(row, idx[G_THEMA]), name, row->line, err)) < 0 ||
		    pt_vocab_alternatives(&pt_v_groep, pt_csv_get(row, idx[G_GROEP]), "groep", loc,
					  &n->mask, &n->first, err))
			break;
		if (m && pt_parse_bool(m, &n->moeilijk) != 0) {
			pt_fail(err, PT_EXIT_DATA, loc, pt_tr("moeilijk: '%s' is not ja or nee"), m);
			break;
		}
		t->nneeds++;
	}
	pt_table_free(tb);
	return err->status;
}

const pt_vocab *pt_herken_vocab(const char *feit)
{
	for (size_t i = 0; feit && i < sizeof feiten / sizeof feiten[0]; i++)
		if (strcmp(feiten[i].feit, feit) == 0)
			return feiten[i].vocab;
	return NULL;
}

/* "titel|vastKader": the mask, or 0 with err set. */
static unsigned parse_velden(const char *s, pt_loc loc, pt_error *err)
{
	unsigned mask = 0;
	char buf[256], *save = NULL;
	snprintf(buf, sizeof buf, "%s", s && *s ? s : "titel");
	for (char *w = strtok_r(buf, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
		size_t i = 0;
		w = pt_trim(w);
		while (i < sizeof velden / sizeof velden[0] && strcmp(velden[i].naam, w) != 0)
			i++;
		if (i == sizeof velden / sizeof velden[0]) {
			pt_fail(err, PT_EXIT_DATA, loc, pt_tr("velden: unknown field '%s' (known: titel, vastKader, "
				"openVoorInbreng, locatie.naam)"), w);
			return 0;
		}
		mask |= velden[i].bit;
	}
	return mask;
}

/* "neemt de uitslag*": up to MAX_PATROON words, each with its wildcards. */
static int parse_patroon(struct herken *h, const char *s, pt_loc loc, pt_error *err)
{
	char buf[256], *save = NULL;
	snprintf(buf, sizeof buf, "%s", s ? s : "");
	for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		struct patroonwoord *p = &h->w[h->n];
		size_t len = strlen(w);
		if (h->n == MAX_PATROON)
			return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("woord: more than %d words"), MAX_PATROON);
		p->voor = w[0] == '*';
		p->na = len > 1 && w[len - 1] == '*';
		if (p->na)
			w[len - 1] = '\0';
		if (!*pt_fold(w + p->voor, p->core, sizeof p->core))
			return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("woord: '%s' has no letters"), s);
		h->n++;
	}
	if (!h->n)
		return pt_fail(err, PT_EXIT_DATA, loc, pt_tr("woord: empty (give a word or phrase)"));
	return 0;
}

static int load_herken(pt_thema_tables *t, pt_error *err)
{
	static const pt_column cols[] = {
		[H_FEIT] = {"feit", "feit|fact", 1}, [H_WAARDE] = {"waarde", "waarde|value", 1},
		[H_WOORD] = {"woord", "woord|word|woorden|words", 1}, [H_VELDEN] = {"velden", "velden|fields", 0},
		[H_TOELICHTING] = {"toelichting", "toelichting|bron|source|note", 0}, {0, 0, 0}};
	_Static_assert(sizeof cols / sizeof cols[0] == H_NCOLS + 1, "one column a name");
	int idx[H_NCOLS];
	const char *name;
	pt_table *tb = pt_data_table(PT_HERKEN_WOORDEN, NULL, cols, idx, &name, err);
	if (!tb)
		return err->status;
	t->herken = pt_xcalloc(tb->nrows + 1, sizeof *t->herken);
	for (size_t r = 0; r < tb->nrows && !err->status; r++) {
		const pt_csv_row *row = &tb->rows[r];
		pt_loc loc = {name, row->line};
		struct herken *h = &t->herken[t->nherken];
		const char *feit = pt_csv_get(row, idx[H_FEIT]);
		const pt_vocab *v = pt_herken_vocab(feit);
		if (!v) {
			pt_fail(err, PT_EXIT_DATA, loc, pt_tr("feit: '%s' is not a fact words can say (known: instrument, "
				"zeggenschap, initiatiefnemer, spoed, locaties)"), feit ? feit : "");
			break;
		}
		for (size_t i = 0; i < sizeof feiten / sizeof feiten[0]; i++)
			if (feiten[i].vocab == v && strcmp(feiten[i].feit, feit) == 0)
				h->feit = feiten[i].feit;
		if ((h->waarde = pt_vocab_match(v, pt_csv_get(row, idx[H_WAARDE]), "waarde", loc, err)) < 0 ||
		    !(h->velden = parse_velden(pt_csv_get(row, idx[H_VELDEN]), loc, err)) ||
		    parse_patroon(h, pt_csv_get(row, idx[H_WOORD]), loc, err))
			break;
		t->nherken++;
	}
	pt_table_free(tb);
	return err->status;
}

pt_thema_tables *pt_thema_load(const char *woorden, const char *groepen, pt_error *err)
{
	pt_thema_tables *t = pt_xcalloc(1, sizeof *t);
	err->status = 0;
	if (load_woorden(t, woorden, err) || load_groepen(t, groepen, err) || load_herken(t, err)) {
		pt_thema_free(t);
		return NULL;
	}
	return t;
}

void pt_thema_free(pt_thema_tables *t)
{
	if (!t)
		return;
	free(t->woorden);
	free(t->needs);
	free(t->herken);
	free(t);
}

/* Each word of text, folded, against every stem: a stem inside a word
 * counts ("parkeertarief" holds "parkeer" and "tarief"). */
static uint32_t words_of(const pt_thema_tables *t, const char *text)
{
	uint32_t mask = 0;
	char word[256], folded[256];
	while (text && *text) {
		size_t n = strcspn(text, " \t\r\n,.;:!?()/'\"&+");
		if (n > 0 && n < sizeof word) {
			memcpy(word, text, n), word[n] = '\0';
			pt_fold(word, folded, sizeof folded);
			for (size_t i = 0; i < t->nwoorden; i++)
				if (strstr(folded, t->woorden[i].stem))
					mask |= (uint32_t)1 << t->woorden[i].thema;
		}
		text += n;
		text += *text != '\0';
	}
	return mask;
}

uint32_t pt_thema_detect(const pt_thema_tables *t, const json_t *voorstel, int *given)
{
	const json_t *list = json_object_get(voorstel, "thema"), *x;
	uint32_t mask = 0;
	size_t i;
	json_array_foreach(list, i, x) {
		int k = pt_vocab_index(&pt_v_thema, json_string_value(x));
		if (k >= 0)
			mask |= (uint32_t)1 << k;
	}
	*given = mask != 0;
	if (mask)
		return mask;
	mask = words_of(t, json_string_value(json_object_get(voorstel, "titel")));
	json_array_foreach(json_object_get(voorstel, "openVoorInbreng"), i, x)
		mask |= words_of(t, json_string_value(x));
	return mask;
}

json_t *pt_thema_json(uint32_t mask)
{
	json_t *a = json_array();
	for (int i = 0; pt_v_thema.terms[i].code; i++)
		if (mask >> i & 1u)
			json_array_append_new(a, json_string(pt_v_thema.terms[i].code));
	return a;
}

void pt_thema_needs(const pt_thema_tables *t, uint32_t mask,
		    void (*fn)(const pt_thema_need *n, void *ctx), void *ctx)
{
	uint64_t named = 0;
	for (size_t i = 0; i < t->nneeds; i++) {
		const pt_thema_need *n = &t->needs[i];
		/* Two topics asking for the same group name it once. */
		if (!(mask >> n->thema & 1u) || (named >> n->first & 1u))
			continue;
		named |= (uint64_t)1 << n->first;
		fn(n, ctx);
	}
}

/* ---- recognition ---------------------------------------------------------- */

#define MAX_TOKENS 256

/* The words of one text: where each starts, its length, its folded form. */
struct tokens {
	const char *at[MAX_TOKENS];
	size_t len[MAX_TOKENS];
	char fold[MAX_TOKENS][48];
	size_t n;
};

static int word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void tokenise(const char *s, struct tokens *tk)
{
	tk->n = 0;
	while (s && *s && tk->n < MAX_TOKENS) {
		while (*s && !word_byte((unsigned char)*s))
			s++;
		size_t n = 0;
		while (s[n] && word_byte((unsigned char)s[n]))
			n++;
		if (!n)
			break;
		char word[48];
		snprintf(word, sizeof word, "%.*s", (int)(n < sizeof word ? n : sizeof word - 1), s);
		tk->at[tk->n] = s, tk->len[tk->n] = n;
		pt_fold(word, tk->fold[tk->n], sizeof tk->fold[0]);
		tk->n++;
		s += n;
	}
}

static int word_matches(const struct patroonwoord *p, const char *w)
{
	size_t lw = strlen(w), lc = strlen(p->core);
	if (p->voor && p->na)
		return strstr(w, p->core) != NULL;
	if (p->voor)
		return lw >= lc && strcmp(w + lw - lc, p->core) == 0;
	if (p->na)
		return strncmp(w, p->core, lc) == 0;
	return strcmp(w, p->core) == 0;
}

/* The first place in tk where h's words follow each other; -1: none. */
static long phrase_at(const struct herken *h, const struct tokens *tk)
{
	for (size_t i = 0; i + (size_t)h->n <= tk->n; i++) {
		int k = 0;
		while (k < h->n && word_matches(&h->w[k], tk->fold[i + (size_t)k]))
			k++;
		if (k == h->n)
			return (long)i;
	}
	return -1;
}

/* Does one text say feit?  Fills out from the first row that matches. */
static int herken_text(const pt_thema_tables *t, const char *feit, unsigned veld, const char *text,
		       pt_herkend *out)
{
	struct tokens *tk = pt_xmalloc(sizeof *tk);
	tokenise(text, tk);
	int found = 0;
	for (size_t r = 0; r < t->nherken && !found; r++) {
		const struct herken *h = &t->herken[r];
		long i;
		if (strcmp(h->feit, feit) != 0 || !(h->velden & veld) || (i = phrase_at(h, tk)) < 0)
			continue;
		const char *end = tk->at[i + h->n - 1] + tk->len[i + h->n - 1];
		snprintf(out->woorden, sizeof out->woorden, "%.*s", (int)(end - tk->at[i]), tk->at[i]);
		out->waarde = h->waarde;
		found = 1;
	}
	free(tk);
	return found;
}

int pt_herken(const pt_thema_tables *t, const char *feit, const json_t *voorstel, unsigned mask,
	      pt_herkend *out)
{
	out->waarde = -1, out->veld = NULL, out->woorden[0] = '\0';
	for (size_t f = 0; t && f < sizeof velden / sizeof velden[0]; f++) {
		if (!(mask & velden[f].bit))
			continue;
		const json_t *x = pt_get(voorstel, velden[f].naam), *e;
		size_t i;
		if (json_is_string(x) && herken_text(t, feit, velden[f].bit, json_string_value(x), out))
			return out->veld = velden[f].naam, out->waarde;
		json_array_foreach(x, i, e)
			if (json_is_string(e) && herken_text(t, feit, velden[f].bit, json_string_value(e), out))
				return out->veld = velden[f].naam, out->waarde;
	}
	return -1;
}
