/* How every --check format shows text it did not write itself (a file
 * name, a heading, a dossier's melding): controls as text, so that none
 * starts a line, rings a terminal or turns a line around.  Below the
 * writers (check_out.c and the formats of their own file). */
#include <stdlib.h>
#include "pt.h"
#include "check_int.h"

/* The length of the UTF-8 sequence at s, 0 if it is not one. */
static size_t utf8_len(const unsigned char *s)
{
	size_t n = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] < 0xE0 ? 2
		: s[0] >= 0xE0 && s[0] < 0xF0 ? 3 : s[0] >= 0xF0 && s[0] < 0xF5 ? 4 : 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return n && pt_utf8_valid((const char *)s, n) ? n : 0;
}

/* The code point of a control that no report shows raw: C0 and DEL (a
 * byte), C1 (U+0080-U+009F) and the bidi embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069), which reorder or hide what a
 * CI log or a review page shows.  0 if the sequence at s (n bytes) is
 * none of those. */
static unsigned control_at(const unsigned char *s, size_t n)
{
	if (n == 1)
		return s[0] < 0x20 || s[0] == 0x7f ? s[0] : 0;
	if (n == 2 && s[0] == 0xC2 && s[1] < 0xA0)
		return s[1];
	if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE)
		return 0x2000u + (s[2] - 0x80u);
	if (n == 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)
		return 0x2040u + (s[2] - 0x80u);
	return 0;
}

/* s with every control shown as text (\x1b, \u202e), the same in every
 * format, so that no file name, heading or melding can start a line, ring
 * a terminal or turn a line around.  A byte that is no UTF-8 passes as it
 * is (raw) or becomes U+FFFD (for JSON). */
void pt_check_show_put(pt_buf *b, const char *s, int raw)
{
	while (*s) {
		const unsigned char *u = (const unsigned char *)s;
		size_t n = utf8_len(u);
		unsigned c = n ? control_at(u, n) : 0;
		if (c)
			pt_buf_printf(b, n == 1 ? "\\x%02x" : "\\u%04x", c);
		else if (n)
			pt_buf_put(b, s, n);
		else if (raw)
			pt_buf_putc(b, *s);
		else
			pt_buf_puts(b, "\xEF\xBF\xBD");
		s += n ? n : 1;
	}
}

char *pt_check_show(const char *s)
{
	pt_buf b = PT_BUF_INIT;
	pt_check_show_put(&b, s, 0);
	return pt_buf_take(&b);
}

