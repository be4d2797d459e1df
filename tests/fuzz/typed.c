/* What people type: amounts, dates and messages quoting them (issue 19,
 * 20).  Input: one text.  A date that is read must come back as a valid
 * ISO date that reads as itself; an amount as a number of 0 or more below
 * the limit; a message quoting the text must hold no control character. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), iso[11], again[11], why[512];
	double v;
	memcpy(s, data, size);
	s[size] = '\0';
	long d = pt_parse_date(s, iso, why, sizeof why);
	if (d >= 0 && (pt_date_days(iso) != d || pt_parse_date(iso, again, NULL, 0) != d))
		abort();
	if (pt_parse_amount(s, &v, why, sizeof why) == 0 && !(v >= 0 && v < PT_AMOUNT_MAX))
		abort();
	pt_buf b = PT_BUF_INIT;
	pt_buf_put_shown(&b, s);
	for (const unsigned char *p = (const unsigned char *)pt_buf_str(&b); *p; p++)
		if (*p < 0x20 || *p == 0x7f || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
			abort();
	pt_buf_free(&b);
	free(s);
	return 0;
}
