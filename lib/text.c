/* Text helpers: folding for forgiving matches, UTF-8, ids, dates, and
 * numbers as people write them. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "pt.h"

/* The value a message echoes, cut when it is long (pt_cut), in a buffer
 * that lives as long as the block it is used in. */
#define SHOWN(s) pt_cut((s), (char[PT_CUT_SIZE]){0}, PT_CUT_SIZE)

/* Lowercase ASCII base letters of U+00C0..U+00FF; 0 for the signs × and ÷. */
static const char latin1_base[64] =
	"aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts"
	"aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";

int pt_latin1_base(unsigned c)
{
	return c >= 0xC0 && c <= 0xFF ? latin1_base[c - 0xC0] : 0;
}

char *pt_fold(const char *s, char *buf, size_t n)
{
	size_t o = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && o + 1 < n) {
		unsigned c = *p++;
		if (c == 0xC3 && *p >= 0x80 && *p <= 0xBF) {
			char b = (char)pt_latin1_base(0x40 + *p++);
			if (b)
				buf[o++] = b;
			continue;
		}
		if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t')
			continue;
		buf[o++] = (char)(c < 0x80 ? (unsigned)tolower((int)c) : c);
	}
	buf[o] = '\0';
	return buf;
}

int pt_fold_eq(const char *a, const char *b)
{
	char fa[256], fb[256];
	return strcmp(pt_fold(a, fa, sizeof fa), pt_fold(b, fb, sizeof fb)) == 0;
}

/* Edit distance counting a swap of two neighbours as one edit (optimal
 * string alignment), so "wjik" is one step from "wijk". */
size_t pt_levenshtein(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 255 || lb > 255)
		return la > lb ? la : lb;
	size_t r0[256], r1[256], r2[256], *prev2 = r0, *prev = r1, *cur = r2;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t best = prev[j - 1] + (a[i - 1] != b[j - 1]);
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		size_t *t = prev2;
		prev2 = prev, prev = cur, cur = t;
	}
	return prev[lb];
}

int pt_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		unsigned c = *p++;
		int more;
		unsigned cp;
		if (c < 0x80)
			continue;
		else if (c >= 0xC2 && c <= 0xDF)
			more = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			more = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			more = 3, cp = c & 0x07;
		else
			return 0;
		if (end - p < more)
			return 0;
		for (int i = 0; i < more; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (p[i] & 0x3F);
		}
		p += more;
		if ((more == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		    (more == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			return 0;
	}
	return 1;
}

int pt_id_safe(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 100 || !isalnum((unsigned char)s[0]) || s[n - 1] == '.')
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(isalnum(c) || c == '.' || c == '_' || c == '-'))
			return 0;
	}
	return 1;
}

char *pt_trim(char *s)
{
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	char *b = s;
	while (isspace((unsigned char)*b))
		b++;
	if (b != s)
		memmove(s, b, strlen(b) + 1);
	return s;
}

/* Days from civil date (Howard Hinnant's algorithm). */
static long days_from_civil(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

/* The other way (Howard Hinnant's civil_from_days). */
void pt_date_civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

long pt_date_days(const char *s)
{
	static const unsigned mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return -1;
	long y = atol(s);
	unsigned m = (unsigned)atoi(s + 5), d = (unsigned)atoi(s + 8);
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return -1;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return -1;
	return days_from_civil(y, m, d);
}

/* A PT_TODAY that is set but no date is a mistake in the setup, not a
 * reason to use the clock: tests would pass today and fail tomorrow. */
long pt_today(void)
{
	const char *env = getenv("PT_TODAY");
	if (!env || !*env)
		return (long)(time(NULL) / 86400);
	long d = pt_date_days(env);
	if (d < 0)
		pt_die(PT_EXIT_USAGE, pt_tr("PT_TODAY: '%s' is not a date (YYYY-MM-DD)"), env);
	return d;
}

/* ---- dates as people write them -------------------------------------- */

static const char *const month_names[12][3] = {
	{"januari", "january", "jan"}, {"februari", "february", "feb"},
	{"maart", "march", "mrt"}, {"april", "april", "apr"}, {"mei", "may", "may"},
	{"juni", "june", "jun"}, {"juli", "july", "jul"}, {"augustus", "august", "aug"},
	{"september", "september", "sep"}, {"oktober", "october", "okt"},
	{"november", "november", "nov"}, {"december", "december", "dec"},
};

/* 1..12 for a month name in Dutch or English, in full or cut short
 * ("mrt", "oct", "sept"); 0 when it is none. */
static int month_of(const char *w, size_t len)
{
	char f[16];
	if (len < 3 || len >= sizeof f)
		return 0;
	for (size_t i = 0; i < len; i++)
		f[i] = (char)tolower((unsigned char)w[i]);
	f[len] = '\0';
	if (f[len - 1] == '.')
		f[--len] = '\0';
	for (int m = 0; m < 12; m++)
		for (int k = 0; k < 3; k++)
			if (strcmp(f, month_names[m][k]) == 0 ||
			    (k < 2 && len >= 3 && strncmp(f, month_names[m][k], len) == 0))
				return m + 1;
	return 0;
}

/* A run of 1..max digits at *p into *v; advances *p. */
static int digits_at(const char **p, int max, long *v)
{
	int k = 0;
	*v = 0;
	while (isdigit((unsigned char)**p) && k < max)
		*v = *v * 10 + (**p - '0'), (*p)++, k++;
	return k > 0 && !isdigit((unsigned char)**p) ? k : 0;
}

/* "29-4-2027", "29/04/2027", "29.4.2027", "29 april 2027": day, month,
 * year.  With '/' the American month-first order is also common, so a
 * slash date where both could be the month is refused as ambiguous. */
static int civil_of(const char *s, long *y, long *m, long *d, int *ambiguous)
{
	const char *p = s;
	long a, b;
	*ambiguous = 0;
	if (digits_at(&p, 4, &a) == 4 && *p == '-')	/* ISO */
		return p++, digits_at(&p, 2, m) && *p++ == '-' && digits_at(&p, 2, d) && !*p
			? (*y = a, 0) : -1;
	p = s;
	if (!digits_at(&p, 2, &a))
		return -1;
	char sep = *p;
	if (sep == '-' || sep == '/' || sep == '.') {
		p++;
		if (!digits_at(&p, 2, &b) || *p++ != sep || digits_at(&p, 4, y) != 4 || *p)
			return -1;
		*ambiguous = sep == '/' && a <= 12 && b <= 12 && a != b;
		*d = a, *m = b;
		if (sep == '/' && b > 12 && a <= 12)	/* 4/29/2027 */
			*d = b, *m = a;
		return 0;
	}
	while (*p == ' ')
		p++;
	const char *w = p;
	while (isalpha((unsigned char)*p) || *p == '.')
		p++;
	*m = month_of(w, (size_t)(p - w));
	while (*p == ' ')
		p++;
	if (!*m || digits_at(&p, 4, y) != 4 || *p)
		return -1;
	*d = a;
	return 0;
}

long pt_parse_date(const char *s, char iso[11], char *why, size_t n)
{
	char buf[64], none[1];
	long y = 0, m = 0, d = 0, days = -1;
	int amb = 0;
	if (!why)
		why = none, n = sizeof none;
	snprintf(buf, sizeof buf, "%s", s ? s : "");
	pt_trim(buf);
	if (civil_of(buf, &y, &m, &d, &amb) == 0 && !amb) {
		char tmp[32];
		snprintf(tmp, sizeof tmp, "%04ld-%02ld-%02ld", y, m, d);
		if ((days = pt_date_days(tmp)) >= 0)
			return memcpy(iso, tmp, 11), days;
		snprintf(why, n, pt_tr("'%s' is not a date: there is no day %ld-%ld-%ld"), SHOWN(s), d, m, y);
		return -1;
	}
	if (amb)
		snprintf(why, n, pt_tr("'%s' is ambiguous: write %04ld-%02ld-%02ld or %04ld-%02ld-%02ld (year-month-day)"),
			 SHOWN(s), y, m, d, y, d, m);
	else
		snprintf(why, n, pt_tr("'%s' is not a date (write 2027-04-29, 29-4-2027 or 29 april 2027)"), SHOWN(s));
	return -1;
}

/* ---- numbers as people write them ------------------------------------ */

/* Length of a space at p: ASCII, or the no-break space (U+00A0) that
 * spreadsheets put between the euro sign and the amount. */
static size_t space_len(const char *p)
{
	if (*p && isspace((unsigned char)*p))
		return 1;
	return (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0 ? 2 : 0;
}

/* Length of a currency mark at p: the euro sign or "EUR" in any case. */
static size_t currency_len(const char *p)
{
	if (strncmp(p, "\xE2\x82\xAC", 3) == 0)
		return 3;
	return strncasecmp(p, "eur", 3) == 0 ? 3 : 0;
}

/* The body of s, without surrounding spaces and one euro sign or "EUR"
 * before or after it, into buf; -1 when it does not fit. */
static int amount_body(const char *s, char *buf, size_t n)
{
	const char *b = s, *e = s + strlen(s);
	size_t k;
	while ((k = space_len(b)))
		b += k;
	int cur = (k = currency_len(b)) != 0;
	for (b += k; (k = space_len(b)); b += k)
		;
	for (;;) {
		if (e > b && isspace((unsigned char)e[-1]))
			e--;
		else if (e - b >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0)
			e -= 2;
		else if (!cur && e - b >= 3 && currency_len(e - 3))
			e -= 3, cur = 1;
		else
			break;
	}
	/* "40.000,-" and "40.000,--": whole euros, as price tags write them. */
	for (int dashes = 2; dashes >= 1; dashes--)
		if (e - b > dashes + 1 && strncmp(e - dashes, "--", (size_t)dashes) == 0 &&
		    (e[-dashes - 1] == ',' || e[-dashes - 1] == '.')) {
			e -= dashes + 1;
			break;
		}
	if ((size_t)(e - b) >= n)
		return -1;
	memcpy(buf, b, (size_t)(e - b));
	buf[e - b] = '\0';
	return 0;
}

/* Digits and separators only, a digit first and last. */
static int amount_chars(const char *b)
{
	size_t n = strlen(b);
	if (n == 0 || !isdigit((unsigned char)b[0]) || !isdigit((unsigned char)b[n - 1]))
		return 0;
	return strspn(b, "0123456789.,") == n;
}

/* The integer part [b, e) split by thou into groups: the first of one to
 * three digits not starting with 0 (a leading 0 carries no thousands),
 * every other of exactly three. */
static int groups_ok(const char *b, const char *e, char thou)
{
	const char *g = b;
	for (const char *p = b; p <= e; p++) {
		if (p < e && *p != thou)
			continue;
		size_t len = (size_t)(p - g);
		if (g == b ? len < 1 || len > 3 || *g == '0' : len != 3)
			return 0;
		g = p + 1;
	}
	return 1;
}

/* "1000 if ',' separates thousands, or 1,0 if it is the decimal sign":
 * both readings written so that they are no longer ambiguous, the
 * decimal one with other than three decimals (1,25, 1,2340). */
static void ambiguous(const char *s, const char *b, const char *sep, char *why, size_t n)
{
	char thousands[64], decimal[64];
	size_t ilen = (size_t)(sep - b), flen = strlen(sep + 1);
	while (flen > 1 && sep[flen] == '0')
		flen--;
	snprintf(thousands, sizeof thousands, "%.*s%s", (int)ilen, b, sep + 1);
	snprintf(decimal, sizeof decimal, "%.*s%c%.*s%s", (int)ilen, b, *sep, (int)flen, sep + 1,
		 flen == 3 ? "0" : "");
	snprintf(why, n, pt_tr("'%s' is ambiguous: write %s if '%c' separates thousands, or %s if it is the decimal sign"),
		 SHOWN(s), thousands, *sep, decimal);
}

/* Which sign is the decimal sign (0: none) and which separates thousands;
 * -1 when the text cannot be a number, -2 when it is ambiguous. */
static int amount_signs(const char *b, char *dec, char *thou)
{
	const char *last = NULL;
	int count[2] = {0, 0};	/* '.', ',' */
	for (const char *p = b; *p; p++)
		if (*p == '.' || *p == ',')
			count[*p == ','] += 1, last = p;
	*dec = *thou = 0;
	if (!last)
		return 0;
	if (count[0] && count[1]) {
		/* The last sign is the decimal sign, once; the other one groups. */
		*dec = *last, *thou = *last == '.' ? ',' : '.';
		return count[*dec == ','] == 1 ? 0 : -1;
	}
	if (count[0] + count[1] > 1)
		return *thou = *last, 0;
	/* One sign, three digits after it and a group that could lead before
	 * it: a '.' groups thousands, as Dutch writes 40.000 (nobody gives
	 * euros or hours to three decimals); a ',' could be English thousands
	 * or a Dutch decimal sign, and is refused. */
	if (strlen(last + 1) == 3 && groups_ok(b, last, 0)) {
		if (*last == '.')
			return *thou = '.', 0;
		return -2;
	}
	return *dec = *last, 0;
}

/* Why body (from s) is not a number at all. */
static void not_a_number(const char *s, const char *body, char *why, size_t n)
{
	if ((body[0] == '-' || body[0] == '+') && amount_chars(body + 1))
		snprintf(why, n, body[0] == '-' ? pt_tr("'%s' is not a number of 0 or more")
			 : pt_tr("'%s': write the number without a sign"), SHOWN(s));
	else
		snprintf(why, n, pt_tr("'%s' is not a number (write e.g. 12 or 2.5)"), SHOWN(s));
}

int pt_parse_whole(const char *s, long lo, long hi, long *out)
{
	char *end;
	long n = strtol(s, &end, 10);
	if (!*s || *end || n < lo || n > hi)
		return -1;
	*out = n;
	return 0;
}

int pt_parse_amount(const char *s, double *out, char *why, size_t n)
{
	char body[64] = "", digits[64], dec, thou, none[1];
	size_t o = 0;
	if (!why)
		why = none, n = sizeof none;
	if (!s)
		s = "";
	if (amount_body(s, body, sizeof body) || !amount_chars(body))
		return not_a_number(s, body, why, n), -1;
	int rc = amount_signs(body, &dec, &thou);
	if (rc == -2)
		return ambiguous(s, body, strpbrk(body, ".,"), why, n), -1;
	if (rc < 0)
		return not_a_number(s, body, why, n), -1;
	if (thou && !groups_ok(body, dec ? strchr(body, dec) : body + strlen(body), thou)) {
		snprintf(why, n, pt_tr("'%s' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"),
			 SHOWN(s));
		return -1;
	}
	/* Digits with '.' as the decimal point, the one strtod reads: the
	 * programs never call setlocale, so LC_NUMERIC stays "C". */
	for (const char *p = body; *p; p++)
		if (isdigit((unsigned char)*p) || *p == dec)
			digits[o++] = *p == dec ? '.' : *p;
	digits[o] = '\0';
	double v = strtod(digits, NULL);
	/* Below 10^15 every whole number is exact, also as a JSON integer. */
	if (v >= PT_AMOUNT_MAX) {
		snprintf(why, n, pt_tr("'%s' is too large"), SHOWN(s));
		return -1;
	}
	*out = v;
	return 0;
}

const char *pt_lang_rule(int lang, const char *rule)
{
	return pt_text_needed(pt_texts_load("taalregels.csv", 1, PT_NL), rule, lang);
}

const char *pt_fmt_fixed(char *buf, size_t n, long long units, int scale, int lang)
{
	char digits[32], out[64];
	char point = *pt_lang_rule(lang, "decimaalteken"), group = *pt_lang_rule(lang, "duizendtalteken");
	unsigned long long a = units < 0 ? 0 - (unsigned long long)units : (unsigned long long)units;
	unsigned long long frac = a % (unsigned)scale;
	int len = snprintf(digits, sizeof digits, "%llu", a / (unsigned)scale);
	size_t o = 0;
	if (units < 0)
		out[o++] = '-';
	for (int i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			out[o++] = group;
		out[o++] = digits[i];
	}
	if (frac)
		out[o++] = point;
	for (int s = scale / 10; frac && s >= 1; s /= 10)
		out[o++] = (char)('0' + frac / (unsigned)s % 10);
	out[o] = '\0';
	snprintf(buf, n, "%s", out);
	return buf;
}
