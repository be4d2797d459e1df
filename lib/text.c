/* Text helpers: folding for forgiving matches, UTF-8, ids, dates. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "pt.h"

/* ASCII base letter of U+00C0..U+00FF, 0 where there is none. */
static const char latin1_base[64] =
	"AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTs"
	"aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";

char *pt_fold(const char *s, char *buf, size_t n)
{
	size_t o = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && o + 1 < n) {
		unsigned c = *p++;
		if (c == 0xC3 && *p >= 0x80 && *p <= 0xBF) {
			char b = latin1_base[*p++ - 0x80];
			if (b)
				buf[o++] = (char)tolower((unsigned char)b);
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

long pt_today(void)
{
	const char *env = getenv("PT_TODAY");
	long d = env ? pt_date_days(env) : -1;
	if (d >= 0)
		return d;
	return (long)(time(NULL) / 86400);
}
