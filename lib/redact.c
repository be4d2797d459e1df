/* Redaction of personal data in free text (redact.h).  The text is read
 * once, code point by code point; at the start of each word the pattern
 * classes are tried in turn, and a word is looked up in the sorted name
 * list, so the cost is the text's length times log of the names. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "redact.h"

/* ---- code points --------------------------------------------------------- */

/* Decode the code point at s (n bytes left); returns its length, and a
 * broken byte as U+FFFD of one byte. */
static size_t cp_at(const char *s, size_t n, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = p[0] < 0x80 ? 1 : p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 ? 2 : 0;
	if (len == 0 || len > n || !pt_utf8_valid(s, len)) {
		*cp = 0xFFFD;
		return 1;
	}
	unsigned c = len == 1 ? p[0] : len == 2 ? p[0] & 0x1F : len == 3 ? p[0] & 0x0F : p[0] & 0x07;
	for (size_t i = 1; i < len; i++)
		c = c << 6 | (p[i] & 0x3F);
	*cp = c;
	return len;
}

static size_t cp_put(unsigned c, char *b)
{
	if (c < 0x80)
		return b[0] = (char)c, 1;
	if (c < 0x800)
		return b[0] = (char)(0xC0 | c >> 6), b[1] = (char)(0x80 | (c & 0x3F)), 2;
	if (c < 0x10000)
		return b[0] = (char)(0xE0 | c >> 12), b[1] = (char)(0x80 | (c >> 6 & 0x3F)),
		       b[2] = (char)(0x80 | (c & 0x3F)), 3;
	return b[0] = (char)(0xF0 | c >> 18), b[1] = (char)(0x80 | (c >> 12 & 0x3F)),
	       b[2] = (char)(0x80 | (c >> 6 & 0x3F)), b[3] = (char)(0x80 | (c & 0x3F)), 4;
}

/* The value of a digit in any of the scripts people type numbers in
 * (ASCII, full width, Arabic-Indic, Devanagari); -1 for no digit. */
static int digit_value(unsigned c)
{
	static const unsigned zero[] = {'0', 0xFF10, 0x0660, 0x06F0, 0x0966};
	for (size_t i = 0; i < sizeof zero / sizeof *zero; i++)
		if (c >= zero[i] && c <= zero[i] + 9)
			return (int)(c - zero[i]);
	return -1;
}

static int is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000 ||
	       (c >= 0x2000 && c <= 0x200B) || c == 0x202F;
}

/* Between the digits of a phone number: spaces, every hyphen and dash,
 * dots, slashes, brackets and plus signs, also in full width. */
static int phone_sep(unsigned c)
{
	return is_space(c) || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' ||
	       c == '+' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 ||
	       c == 0xFF0B || c == 0xFF0D || c == 0xFF0E || c == 0xFF08 || c == 0xFF09 || c == 0xFF0F;
}

static int is_punct(unsigned c)
{
	return (c >= 0x2010 && c <= 0x206F) || (c >= 0xFF01 && c <= 0xFF0F) ||
	       (c >= 0xFF1A && c <= 0xFF20) || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xBF ||
	       c == 0xA1 || c == 0xFFFD;
}

/* Letters and digits of any script make words; ASCII punctuation, the
 * spaces and the general punctuation block do not. */
static int is_word(unsigned c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	return !is_space(c) && !is_punct(c);
}

/* ---- folding ------------------------------------------------------------- */

/* Base letters of U+0100..U+017F (those of U+00C0..U+00FF are
 * pt_latin1_base's); '*' marks the letters that fold to two (Ĳ ij, Œ oe),
 * which two_letters gives, as it gives Æ ae and ß ss. */
static const char latin_a[129] =
	"aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "**" "jj" "kkk"
	"llllllllll" "nnnnnnnnn" "oooooo" "**" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu"
	"ww" "yyy" "zzzzzz" "s";

static const char *two_letters(unsigned c)
{
	switch (c) {
	case 0xC6: case 0xE6: return "ae";
	case 0xDF: return "ss";
	case 0x132: case 0x133: return "ij";
	case 0x152: case 0x153: return "oe";
	default: return NULL;
	}
}

static unsigned fold_cp(unsigned c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (pt_latin1_base(c))	/* Æ and ß never come here: two_letters */
		return (unsigned)pt_latin1_base(c);
	if (c >= 0x100 && c <= 0x17F && latin_a[c - 0x100] != '*')
		return (unsigned char)latin_a[c - 0x100];
	if (c >= 0xFF21 && c <= 0xFF3A)
		return c - 0xFF21 + 'a';
	if (c >= 0xFF41 && c <= 0xFF5A)
		return c - 0xFF41 + 'a';
	if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	return c;
}

char *pt_redact_fold(const char *s, size_t len, char *buf, size_t n)
{
	size_t o = 0, i = 0;
	unsigned c;
	while (i < len && o + 5 < n) {
		i += cp_at(s + i, len - i, &c);
		const char *two = two_letters(c);
		if (two)
			memcpy(buf + o, two, 2), o += 2;
		else
			o += cp_put(fold_cp(c), buf + o);
	}
	buf[o] = '\0';
	return buf;
}

/* ---- names ----------------------------------------------------------------- */

struct pt_redact_names {
	char **w;
	size_t n, cap;
	int sorted;
};

/* Words of a name column that are no name: particles, titles, "and". */
static int not_a_name(const char *f)
{
	static const char *const words[] = {"aan", "af", "al", "and", "bij", "da", "dal", "das", "de",
		"del", "della", "den", "der", "des", "di", "dhr", "do", "dos", "dr", "du", "el", "en",
		"fam", "familie", "het", "heer", "in", "ir", "la", "le", "les", "lo", "mevr", "mevrouw",
		"meneer", "mr", "mrs", "ms", "mw", "of", "op", "over", "prof", "s", "t", "te", "ten",
		"ter", "tot", "uit", "uijt", "und", "van", "vd", "ver", "von", "vom", "zu", NULL};
	for (int i = 0; words[i]; i++)
		if (strcmp(f, words[i]) == 0)
			return 1;
	return 0;
}

pt_redact_names *pt_redact_names_new(void)
{
	return pt_xcalloc(1, sizeof(pt_redact_names));
}

static size_t letters(const char *f)
{
	size_t k = 0;
	for (; *f; f++)
		k += ((unsigned char)*f & 0xC0) != 0x80;
	return k;
}

/* The next word of text (len bytes) from *at: its start, and *at moved
 * past it; 0 when no word is left. */
static int next_word(const char *text, size_t len, size_t *at, size_t *start)
{
	unsigned c;
	size_t k;
	while (*at < len) {
		*start = *at;
		while (*at < len && (k = cp_at(text + *at, len - *at, &c)) && is_word(c))
			*at += k;
		if (*at > *start)
			return 1;
		*at += cp_at(text + *at, len - *at, &c);
	}
	return 0;
}

void pt_redact_names_add(pt_redact_names *n, const char *name)
{
	size_t len = strlen(name), i = 0, start;
	char f[256];
	while (next_word(name, len, &i, &start)) {
		pt_redact_fold(name + start, i - start, f, sizeof f);
		if (letters(f) < 2 || not_a_name(f) || digit_value((unsigned char)f[0]) >= 0)
			continue;
		if (n->n == n->cap)
			n->cap = n->cap ? 2 * n->cap : 64, n->w = pt_xrealloc(n->w, n->cap * sizeof *n->w);
		n->w[n->n++] = pt_xstrdup(f);
		n->sorted = 0;
	}
}

/* A phrase to keep whole: its words folded, joined by one space, the
 * particles kept ("zonnepark de kampen"). */
static void add_phrase(pt_redact_names *n, const char *text, size_t len)
{
	pt_buf b = PT_BUF_INIT;
	char f[256];
	size_t i = 0, start;
	while (next_word(text, len, &i, &start))
		pt_buf_printf(&b, "%s%s", b.len ? " " : "", pt_redact_fold(text + start, i - start, f, sizeof f));
	if (b.len) {
		if (n->n == n->cap)
			n->cap = n->cap ? 2 * n->cap : 64, n->w = pt_xrealloc(n->w, n->cap * sizeof *n->w);
		n->w[n->n++] = pt_buf_take(&b);
		n->sorted = 0;
	} else {
		pt_buf_free(&b);
	}
}

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void names_sort(pt_redact_names *n)
{
	size_t out = 0;
	n->sorted = 1;
	if (n->n == 0)
		return;	/* qsort wants a base even for nothing */
	qsort(n->w, n->n, sizeof *n->w, by_str);
	for (size_t i = 0; i < n->n; i++) {
		if (out && strcmp(n->w[out - 1], n->w[i]) == 0)
			free(n->w[i]);
		else
			n->w[out++] = n->w[i];
	}
	n->n = out;
}

size_t pt_redact_names_count(const pt_redact_names *n)
{
	return n ? n->n : 0;
}

void pt_redact_names_free(pt_redact_names *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n; i++)
		free(n->w[i]);
	free(n->w);
	free(n);
}

static int name_known(const pt_redact_names *n, const char *f)
{
	const char *key = f;
	return n->n > 0 && bsearch(&key, n->w, n->n, sizeof *n->w, by_str) != NULL;
}

/* A name, or a name with a Dutch ending: Pieters, Jantje, Annie's. */
static int is_name(const pt_redact_names *n, const char *f)
{
	static const char *const endings[] = {"s", "je", "tje", "tjes", "jes", "ke", "en", "e", "n",
		"x", "ie", NULL};
	char stem[256];
	size_t len = strlen(f);
	if (name_known(n, f))
		return 1;
	for (int i = 0; endings[i]; i++) {
		size_t k = strlen(endings[i]);
		if (len >= k + 2 && strcmp(f + len - k, endings[i]) == 0) {
			memcpy(stem, f, len - k);
			stem[len - k] = '\0';
			if (letters(stem) >= 2 && name_known(n, stem))
				return 1;
		}
	}
	return 0;
}

/* ---- personal-data columns ------------------------------------------- */

int pt_redact_column(const char *header)
{
	static const struct { const char *names; int kind; } cols[] = {
		{"naam|name|voornaam|achternaam|tussenvoegsel|voorletters|initialen|roepnaam|"
		 "first name|firstname|given name|last name|lastname|surname|family name|full name|"
		 "volledige naam|respondent|indiener|inspreker|reclamant|melder|afzender|contactpersoon|submitter|"
		 "sender|contact person", PT_REDACT_NAME},
		{"email|e-mail|emailadres|e-mailadres|email address|e-mail address|mail|mailadres",
		 PT_REDACT_EMAIL},
		{"telefoon|telefoonnummer|tel|mobiel|mobiel nummer|06|phone|phone number|mobile|"
		 "telephone", PT_REDACT_PHONE},
		{"postcode|postal code|zip|zip code|zipcode", PT_REDACT_POSTCODE},
		{"adres|address|straat|street|huisnummer|house number|straatnaam|woonadres|"
		 "home address", PT_REDACT_ADDRESS},
	};
	char want[64], got[256];
	/* "Naam indiener", "E-mail reclamant": a kind, then whose it is */
	static const char *const whose[] = {"indiener", "inspreker", "reclamant", "afzender", "respondent",
		"melder", "bewoner", "contactpersoon", "submitter", "respondent's", NULL};
	const char *sp = strrchr(header, ' ');
	if (sp && sp > header) {
		char kind[128];
		int known = 0;
		for (int w = 0; whose[w]; w++)
			known |= pt_fold_eq(sp + 1, whose[w]);
		snprintf(kind, sizeof kind, "%.*s", (int)(sp - header), header);
		if (known && strcmp(kind, header) != 0)
			return pt_redact_column(kind) ? pt_redact_column(kind) : PT_REDACT_NAME;
	}
	pt_fold(header, got, sizeof got);
	for (size_t i = 0; i < sizeof cols / sizeof *cols; i++)
		for (const char *p = cols[i].names; *p;) {
			size_t k = strcspn(p, "|");
			char one[64];
			snprintf(one, sizeof one, "%.*s", (int)k, p);
			if (strcmp(pt_fold(one, want, sizeof want), got) == 0)
				return cols[i].kind;
			p += k + (p[k] == '|');
		}
	return 0;
}

/* ---- the patterns -------------------------------------------------------- */

typedef struct text {
	const char *s;
	size_t n;
} text;

static unsigned peek(const text *t, size_t i, size_t *len)
{
	unsigned c = 0;
	size_t k = i < t->n ? cp_at(t->s + i, t->n - i, &c) : 0;
	if (len)
		*len = k;
	return c;
}

/* End of the word at i (letters and digits). */
static size_t word_end(const text *t, size_t i)
{
	size_t k;
	while (i < t->n && is_word(peek(t, i, &k)))
		i += k;
	return i;
}

static size_t skip_spaces(const text *t, size_t i)
{
	size_t k;
	while (i < t->n && is_space(peek(t, i, &k)))
		i += k;
	return i;
}

/* Does the text at i read marker (ASCII, any case)? */
static int reads(const text *t, size_t i, const char *marker)
{
	size_t m = strlen(marker);
	if (i + m > t->n)
		return 0;
	for (size_t k = 0; k < m; k++) {
		unsigned char a = (unsigned char)t->s[i + k], b = (unsigned char)marker[k];
		if (a != b && !(a >= 'A' && a <= 'Z' && a + 32 == b))
			return 0;	/* markers are lower case: fold the text's letters only */
	}
	return 1;
}

/* An '@' or a way of writing one: ＠, [at], (at), {at}, <at>, [@]. */
static size_t at_sign(const text *t, size_t i)
{
	static const char *const forms[] = {"@", "\xEF\xBC\xA0", "[at]", "(at)", "{at}", "<at>",
		"[@]", "(@)", " at ", " apenstaartje ", " [at] ", " (at) ", " (apenstaartje) ",
		" [apenstaartje] ", "(apenstaartje)", "[apenstaartje]", " \xEF\xBC\xA0 ", " @ ", NULL};
	for (int k = 0; forms[k]; k++)
		if (reads(t, i, forms[k]))
			return strlen(forms[k]);
	return 0;
}

/* A '.' or a way of writing one: [dot], (dot), " dot ", " punt ". */
static size_t dot_sign(const text *t, size_t i)
{
	static const char *const forms[] = {".", "\xEF\xBC\x8E", "[dot]", "(dot)", "[punt]", "(punt)", " dot ",
		" punt ", " [dot] ", " (dot) ", " (punt) ", " [punt] ", NULL};
	for (int k = 0; forms[k]; k++)
		if (reads(t, i, forms[k]))
			return strlen(forms[k]);
	return 0;
}

/* An e-mail address at i, disguised or not: word(.word)* at word (dot
 * word)+.  Returns its end, or i. */
static size_t email_at(const text *t, size_t i)
{
	size_t p = word_end(t, i), k;
	if (p == i)
		return i;
	for (;;) {	/* the local part: words joined by . - _ + */
		unsigned c = peek(t, p, &k);
		size_t next = p + k;
		if ((c == '.' || c == '-' || c == '_' || c == '+') && word_end(t, next) > next)
			p = word_end(t, next);
		else
			break;
	}
	size_t a = at_sign(t, p);
	if (!a)
		return i;
	size_t q = word_end(t, p + a), end = q;
	int dots = 0;
	if (q == p + a)
		return i;
	for (;;) {	/* the domain: words joined by - and dots */
		unsigned c = peek(t, end, &k);
		size_t d = c == '-' ? 1 : dot_sign(t, end);
		if (!d || word_end(t, end + d) == end + d)
			break;
		dots += c != '-';
		end = word_end(t, end + d);
	}
	return dots ? end : i;
}

/* A phone number at i: nine digits or more, with hyphens, spaces, dots,
 * brackets and a plus between them.  Returns its end, or i. */
static size_t phone_at(const text *t, size_t i)
{
	size_t p = i, end = i, k;
	int digits = 0, seps = 0;
	unsigned first = peek(t, i, NULL);
	if (digit_value(first) < 0 && first != '+' && first != '(' && first != 0xFF0B && first != 0xFF08)
		return i;	/* a number starts with a digit, + or ( */
	while (p < t->n) {
		unsigned c = peek(t, p, &k);
		if (digit_value(c) >= 0)
			digits++, seps = 0, end = p + k;
		else if (!phone_sep(c) || ++seps > 2)
			break;
		p += k;
	}
	return digits >= 9 && !is_word(peek(t, end, NULL)) ? end : i;
}

static int ascii_upper(unsigned c)
{
	return c >= 'A' && c <= 'Z';
}

static unsigned ascii_lower(unsigned c)
{
	return ascii_upper(c) ? c + 32 : c;
}

/* Two letters after four digits that are a word, not a postcode's letters:
 * "in 2027 en", "1500 op", "2026 is". */
static int common_two(unsigned a, unsigned b)
{
	static const char *const words[] = {"al", "at", "de", "en", "er", "ik", "in", "is", "je",
		"na", "nu", "of", "om", "on", "op", "or", "te", "to", "we", "ze", "zo", NULL};
	for (int w = 0; words[w]; w++)
		if (ascii_lower(a) == (unsigned char)words[w][0] && ascii_lower(b) == (unsigned char)words[w][1])
			return 1;
	return 0;
}

/* A Dutch postcode at i: 1234 AB, 1234AB, 1234 ab, 1234  AB, 1234-AB or
 * 1234‑AB (no SA, SD, SS; two letters in lower or mixed case only when
 * they are no common word).  Returns its end, or i. */
static size_t postcode_at(const text *t, size_t i)
{
	size_t p = i, k;
	for (int d = 0; d < 4; d++, p += k)
		if (digit_value(peek(t, p, &k)) < 0 || (d == 0 && digit_value(peek(t, p, &k)) == 0))
			return i;
	unsigned c = peek(t, p, &k);
	if (c == '-' || c == 0x2011 || c == 0x2010 || c == 0x2013 || c == 0xFF0D)
		p += k;
	else
		for (int sp = 0; sp < 3 && is_space(c); sp++, p += k, c = peek(t, p, &k))
			;
	unsigned a = peek(t, p, NULL), b = p + 1 < t->n ? (unsigned char)t->s[p + 1] : 0;
	unsigned A = ascii_lower(a) - 32, B = ascii_lower(b) - 32;
	if (!ascii_upper(A) || !ascii_upper(B) || (A == 'S' && (B == 'A' || B == 'D' || B == 'S')))
		return i;
	if (!(ascii_upper(a) && ascii_upper(b)) && common_two(a, b))
		return i;
	return is_word(peek(t, p + 2, NULL)) ? i : p + 2;
}

/* An IBAN at i: two letters, two check digits, then 11 to 30 letters and
 * digits, in groups of four or not (NL91ABNA0417164300, NL91 ABNA 0417
 * 1643 00).  Returns its end, or i. */
static size_t iban_at(const text *t, size_t i)
{
	size_t p = i, k, end = i;
	for (int d = 0; d < 4; d++, p += k) {
		unsigned c = peek(t, p, &k);
		if (d < 2 ? !ascii_upper(ascii_lower(c) - 32) || c > 'z' : digit_value(c) < 0)
			return i;
	}
	int n = 0, digits = 0;
	while (p < t->n && n < 30) {
		unsigned c = peek(t, p, &k);
		if (c == ' ' && n % 4 == 0 && (ascii_upper(peek(t, p + 1, NULL)) || digit_value(peek(t, p + 1, NULL)) >= 0)) {
			p += k;
			continue;
		}
		if (digit_value(c) >= 0)
			digits++;
		else if (!ascii_upper(c) && !(c >= 'a' && c <= 'z'))
			break;
		n++;
		p += k;
		end = p;
	}
	return n >= 11 && digits >= 7 && !is_word(peek(t, end, NULL)) ? end : i;
}

/* After a house number: a range of numbers ("18-20", "18 - 20a", "18/20",
 * "18 t/m 20") and a postcode (", 6411 AB") are of the same address, so
 * they go with it and leave no "-20" behind.  Returns the address' end. */
static size_t address_tail(const text *t, size_t end)
{
	size_t p = skip_spaces(t, end), k, q;
	unsigned c = peek(t, p, &k);
	if (c == '-' || c == '/' || c == 0x2013 || c == 0x2011)
		p = skip_spaces(t, p + k);
	else if (reads(t, p, "t/m "))
		p = skip_spaces(t, p + 4);
	else
		p = end;
	for (q = p; q < t->n && digit_value(peek(t, q, &k)) >= 0; q += k)
		;
	if (p != end && q > p && q - p <= 5)
		end = word_end(t, q);
	p = end;
	if (peek(t, p, &k) == ',')
		p += k;
	q = postcode_at(t, skip_spaces(t, p));
	return q > skip_spaces(t, p) ? q : end;
}

/* A street and house number at i: a word ending as Dutch street names do,
 * then a number (12, 12a, 12-3).  Returns its end, or i. */
/* A folded word that ends as Dutch street names do. */
static int is_street(const char *f)
{
	static const char *const ends[] = {"straat", "laan", "weg", "plein", "singel", "gracht",
		"kade", "dijk", "pad", "steeg", "dreef", "markt", "ring", "baan", "wal", "hof", "park",
		"allee", "boulevard", "street", "road", "lane", "avenue", NULL};
	size_t len = strlen(f);
	for (int e = 0; ends[e]; e++) {
		size_t m = strlen(ends[e]);
		if (len >= m && strcmp(f + len - m, ends[e]) == 0)
			return 1;
	}
	return 0;
}

static size_t address_at(const text *t, size_t i)
{
	char f[256];
	size_t w = word_end(t, i), k;
	pt_redact_fold(t->s + i, w - i, f, sizeof f);
	if (!is_street(f))
		return i;
	size_t p = skip_spaces(t, w), q = p;
	while (q < t->n && digit_value(peek(t, q, &k)) >= 0)
		q += k;
	if (q == p || q - p > 5)
		return i;
	return address_tail(t, word_end(t, q));	/* 12a */
}

/* ---- the text -------------------------------------------------------------- */

static size_t name_at(const text *t, size_t i, pt_redact_names *names)
{
	char f[256];
	size_t w = word_end(t, i);
	if (!names || !names->n || w == i)
		return i;
	if (!names->sorted)
		names_sort(names);
	pt_redact_fold(t->s + i, w - i, f, sizeof f);
	return letters(f) >= 2 && is_name(names, f) ? w : i;
}

/* The longest kept phrase that starts at i: its words one after another,
 * with only spaces or a hyphen between them ("Heerlen-Centrum").  Returns
 * its end, or i; *last gets the start of its last word. */
static size_t keep_at(const text *t, size_t i, pt_redact_names *keep, size_t *last)
{
	enum { MAXWORDS = 6 };
	char f[256], joined[1024];
	size_t p = i, best = i, jl = 0, k;
	if (!keep || !keep->n || word_end(t, i) == i)
		return i;
	if (!keep->sorted)
		names_sort(keep);
	for (int w = 0; w < MAXWORDS; w++) {
		size_t e = word_end(t, p);
		if (e == p || e - p >= sizeof f / 2)
			break;
		pt_redact_fold(t->s + p, e - p, f, sizeof f);
		if (jl + strlen(f) + 2 > sizeof joined)
			break;
		jl += (size_t)snprintf(joined + jl, sizeof joined - jl, "%s%s", w ? " " : "", f);
		if (is_name(keep, joined))
			best = e, *last = p;
		/* between the words: spaces, or one hyphen */
		size_t q = e;
		while (q < t->n && (is_space(peek(t, q, &k)) || (q == e && peek(t, q, NULL) == '-')))
			q += k;
		if (q == e || q - e > 3)
			break;
		p = q;
	}
	return best;
}

/* Replace in s (in place: never longer) every from with to. */
static int squeeze(char *s, const char *from, const char *to)
{
	size_t nf = strlen(from), nt = strlen(to);
	int any = 0;
	for (char *p = strstr(s, from); p; p = strstr(p + nt, from)) {
		memmove(p + nt, p + nf, strlen(p + nf) + 1);
		memcpy(p, to, nt);
		any = 1;
	}
	return any;
}

/* What redaction leaves in a sentence reads as one gap: "[…], […] en […]"
 * is "[…]", and a bracket that held only personal data goes whole, so
 * no "([…], […])" is left for a reader to puzzle over. */
static void no_debris(char *s)
{
	static const char *const joins[] = {PT_REDACTED ", " PT_REDACTED, PT_REDACTED " en " PT_REDACTED,
		PT_REDACTED " and " PT_REDACTED, PT_REDACTED " " PT_REDACTED, PT_REDACTED "," PT_REDACTED,
		PT_REDACTED "-" PT_REDACTED, NULL};
	int again = 1;
	while (again) {
		again = 0;
		for (int j = 0; joins[j]; j++)
			again |= squeeze(s, joins[j], PT_REDACTED);
	}
	squeeze(s, " (" PT_REDACTED ")", "");
	squeeze(s, "(" PT_REDACTED ")", "");
	/* a phone number's "(" went with it: its ")" goes too */
	int depth = 0;
	size_t m = strlen(PT_REDACTED);
	for (char *p = s; *p; p++) {
		depth += *p == '(';
		if (*p == ')' && depth-- == 0 && p >= s + m && strncmp(p - m, PT_REDACTED, m) == 0) {
			memmove(p, p + 1, strlen(p + 1) + 1);
			depth = 0;
			p--;
		}
		if (depth < 0)
			depth = 0;
	}
}

static char *redact_pass(const char *s, pt_redact_names *names, pt_redact_names *keep, unsigned *found)
{
	text t = {s, strlen(s)};
	pt_buf b = PT_BUF_INIT;
	unsigned got = 0;
	size_t i = 0, k;
	int at_start = 1;
	pt_buf_puts(&b, "");
	while (i < t.n) {
		unsigned c = peek(&t, i, &k);
		size_t end = i;
		if (at_start) {
			static const struct { size_t (*at)(const text *, size_t); unsigned kind; } pat[] = {
				{email_at, PT_REDACT_EMAIL}, {iban_at, PT_REDACT_IBAN}, {phone_at, PT_REDACT_PHONE},
				{postcode_at, PT_REDACT_POSTCODE}, {address_at, PT_REDACT_ADDRESS},
			};
			size_t last = i, kept = i;
			for (size_t p = 0; p < sizeof pat / sizeof *pat && end == i; p++) {
				if (pat[p].at == address_at && (kept = keep_at(&t, i, keep, &last)) > i)
					break;	/* the proposal's own place, an organisation */
				if ((end = pat[p].at(&t, i)) > i)
					got |= pat[p].kind;
			}
			if (kept > i) {
				/* The place stays; a house number on it is a home, and goes
				 * without a gap: "bij Pancratiusplein 12" reads "bij
				 * Pancratiusplein". */
				size_t home = address_at(&t, last);
				pt_buf_put(&b, s + i, kept - i);
				if (home > kept)
					got |= PT_REDACT_ADDRESS;
				i = home > kept ? home : kept;
				at_start = 0;
				continue;
			}
			if (end == i && (end = name_at(&t, i, names)) > i)
				got |= PT_REDACT_NAME;
		}
		if (end > i) {
			pt_buf_puts(&b, PT_REDACTED);
			i = end;
			at_start = 0;
			continue;
		}
		/* Inside a word nothing starts; after a word's last letter, the
		 * next word may. */
		if (is_word(c) && at_start) {
			size_t w = word_end(&t, i);
			pt_buf_put(&b, s + i, w - i);
			i = w;
			at_start = 0;
			continue;
		}
		pt_buf_put(&b, s + i, k);
		i += k;
		at_start = !is_word(c);
	}
	if (found)
		*found = got;
	char *out = pt_buf_take(&b);
	if (got)
		no_debris(out);
	return out;
}

/* Taking out debris may join what stood on either side of it ("64 ([…])11
 * AB" becomes a postcode): pass again until a pass finds nothing, so no
 * personal data is left that a second look would find. */
char *pt_redact_keep(const char *s, pt_redact_names *names, pt_redact_names *keep, unsigned *found)
{
	unsigned all, got;
	char *out = redact_pass(s, names, keep, &all);
	got = all;
	/* A pass that finds nothing copies its input: the loop ends there. */
	for (int n = 0; got && n < 4; n++) {
		char *again = redact_pass(out, names, keep, &got);
		free(out);
		out = again;
		all |= got;
	}
	if (found)
		*found = all;
	return out;
}

char *pt_redact(const char *s, pt_redact_names *names, unsigned *found)
{
	return pt_redact_keep(s, names, NULL, found);
}

/* ---- names nobody listed ---------------------------------------------------- */

static int is_capital(unsigned c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F)	/* Latin Extended-A: pairs, capital first */
		return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) ? c % 2 == 1
		       : c == 0x178 || (c % 2 == 0 && c != 0x138);
	return (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

int pt_redact_unlisted_name(const char *s, pt_redact_names *const *known, size_t nknown, size_t *at,
			    size_t *len)
{
	text t = {s, strlen(s)};
	char f[256];
	size_t i = 0, k;
	int sentence = 1;	/* at the start of a sentence, a capital says nothing */
	for (size_t n = 0; n < nknown; n++)
		if (known[n] && !known[n]->sorted)
			names_sort(known[n]);
	while (i < t.n) {
		unsigned c = peek(&t, i, &k);
		if (!is_word(c)) {
			if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' ||
			    c == 0x201C || c == 0x2022 || (c == '-' && sentence))
				sentence = 1;
			i += k;
			continue;
		}
		size_t w = word_end(&t, i);
		int listed = 0;
		if (!sentence && is_capital(c)) {
			pt_redact_fold(s + i, w - i, f, sizeof f);
			for (size_t n = 0; n < nknown && !listed; n++)
				listed = known[n] && known[n]->n && is_name(known[n], f);
			if (!listed) {
				if (at)
					*at = i, *len = w - i;
				return 1;
			}
		}
		sentence = 0;
		i = w;
	}
	return 0;
}

static const pt_column word_cols[] = {
	{"woord", "woord|word", 1},
	{0, 0, 0}
};

pt_redact_names *pt_redact_common_words(pt_error *err)
{
	const char *shown;
	int ix[1];
	pt_table *t = pt_data_table("geen-namen.csv", NULL, word_cols, ix, &shown, err);
	if (!t)
		return NULL;
	pt_redact_names *n = pt_redact_names_new();
	for (size_t i = 0; i < t->nrows; i++) {
		const char *w = pt_csv_get(&t->rows[i], ix[0]);
		if (w)
			pt_redact_names_add(n, w);
	}
	pt_table_free(t);
	return n;
}

pt_redact_names *pt_redact_own_words(const json_t *d)
{
	static const char *const paths[] = {"voorstel.titel", "voorstel.locatie.naam", "voorstel.locatie.wijk",
		"voorstel.vastKader", "voorstel.openVoorInbreng", NULL};
	pt_redact_names *n = pt_redact_names_new();
	for (int p = 0; paths[p]; p++) {
		const json_t *v = pt_get(d, paths[p]), *x;
		size_t i;
		if (json_is_string(v))
			pt_redact_names_add(n, json_string_value(v));
		json_array_foreach(v, i, x)
			if (json_is_string(x))
				pt_redact_names_add(n, json_string_value(x));
	}
	return n;
}

/* ---- what stays: the proposal's own place, organisations ------------------ */

enum { NM_SOORT, NM_WAARDE };
static const pt_column naming_cols[] = {
	{"soort", "soort|kind", 1}, {"waarde", "waarde|value", 1}, {"toelichting", "toelichting|note", 0}, {0, 0, 0}
};
static pt_table *naming;
static int naming_ix[3];

/* Whether namen.csv has a row of kind soort that is s (whole) or starts
 * it, in any case; a value ending in a space also matches s without it. */
static int naming_row(const char *soort, const char *s, int whole)
{
	if (!naming) {
		pt_error err;
		const char *shown;
		if (!(naming = pt_data_table("namen.csv", NULL, naming_cols, naming_ix, &shown, &err))) {
			pt_report(&err);	/* file and line, as for every data file */
			exit(err.status);
		}
	}
	for (size_t i = 0; s && i < naming->nrows; i++) {
		const char *k = pt_csv_get(&naming->rows[i], naming_ix[NM_SOORT]);
		const char *v = pt_csv_get(&naming->rows[i], naming_ix[NM_WAARDE]);
		size_t n = v ? strlen(v) : 0;
		if (!k || !n || strcmp(k, soort) != 0)
			continue;
		if (whole ? strcasecmp(s, v) == 0 : strncasecmp(s, v, n) == 0)
			return 1;
		if (!whole && v[n - 1] == ' ' && strlen(s) == n - 1 && strncasecmp(s, v, n - 1) == 0)
			return 1;
	}
	return 0;
}

int pt_redact_person(const char *naam)
{
	if (!naam)
		return 0;
	if (strpbrk(naam, "0123456789"))
		return 1;	/* a house number or a postcode: an address */
	if (naam[0] >= 'A' && naam[0] <= 'Z' && naam[1] == '.')
		return 1;	/* initials: "J. Jansen" */
	return naming_row("persoon", naam, 0);
}

/* A place's words that name it on their own: those with a capital but
 * the first and particles ("Kampen" of "De Kampen, buitengebied"), and
 * street names ("Kerkstraat" of "herinrichting Kerkstraat"). */
static void add_place_words(pt_redact_names *keep, const char *place)
{
	text t = {place, strlen(place)};
	char f[256];
	size_t i = 0, k;
	while (i < t.n) {
		unsigned c = peek(&t, i, &k);
		size_t w = word_end(&t, i);
		if (w == i) {
			i += k;
			continue;
		}
		pt_redact_fold(place + i, w - i, f, sizeof f);
		if (!not_a_name(f) && letters(f) >= 2 && (is_capital(c) || is_street(f)))
			add_phrase(keep, place + i, w - i);
		i = w;
	}
}

pt_redact_names *pt_redact_org_words(const json_t *d)
{
	pt_redact_names *n = pt_redact_names_new();
	size_t i;
	json_t *s;
	json_array_foreach(pt_get(d, "stakeholders"), i, s) {
		const char *naam = json_string_value(json_object_get(s, "naam"));
		const char *groep = json_string_value(json_object_get(s, "groep"));
		if (naam && groep && !pt_redact_person(naam) && naming_row("organisatie", groep, 1))
			pt_redact_names_add(n, naam);
	}
	return n;
}

pt_redact_names *pt_redact_keep_words(const json_t *d, const pt_redact_names *common)
{
	static const char *const places[] = {"voorstel.locatie.naam", "voorstel.locatie.wijk", NULL};
	pt_redact_names *keep = pt_redact_names_new();
	for (int p = 0; places[p]; p++) {
		const char *v = pt_get_str(d, places[p]);
		if (v) {
			add_phrase(keep, v, strlen(v));
			add_place_words(keep, v);
		}
	}
	if (pt_get_str(d, "voorstel.titel"))
		add_place_words(keep, pt_get_str(d, "voorstel.titel"));
	size_t i;
	json_t *s;
	json_array_foreach(pt_get(d, "stakeholders"), i, s) {
		const char *naam = json_string_value(json_object_get(s, "naam"));
		const char *groep = json_string_value(json_object_get(s, "groep"));
		if (naam && groep && !pt_redact_person(naam) && naming_row("organisatie", groep, 1))
			add_phrase(keep, naam, strlen(naam));
	}
	for (size_t w = 0; common && w < common->n; w++)
		add_phrase(keep, common->w[w], strlen(common->w[w]));
	return keep;
}

const char *pt_redact_kinds(unsigned found, int lang, char *buf, size_t n)
{
	/* the English of each kind; its words in another language are its
	 * row in meldingen.csv */
	static const struct { unsigned kind; const char *en; } kinds[] = {
		{PT_REDACT_NAME, "name"},
		{PT_REDACT_EMAIL, "e-mail address"},
		{PT_REDACT_PHONE, "phone number"},
		{PT_REDACT_POSTCODE, "postal code"},
		{PT_REDACT_ADDRESS, "address"},
		{PT_REDACT_IBAN, "bank account number"},
	};
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		if (!(found & kinds[i].kind))
			continue;
		const char *w = lang == PT_EN ? kinds[i].en
			      : pt_text(pt_texts_load("meldingen.csv", 1, PT_EN), kinds[i].en, lang);
		o += (size_t)snprintf(buf + o, o < n ? n - o : 0, "%s%s", o ? ", " : "", w);
	}
	return buf;
}
