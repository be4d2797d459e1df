/* lib/redact.c: the first line holds names, the rest is the text.  The
 * result must be valid UTF-8 when the text was, and a second pass must
 * find nothing more of the same kinds. */
#include "fuzz.h"
#include "redact.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	char *nl = strchr(s, '\n'), *text = nl ? nl + 1 : s;
	if (nl)
		*nl = '\0';
	pt_redact_names *n = pt_redact_names_new();
	if (nl)
		pt_redact_names_add(n, s);
	unsigned found = 0, again = 0;
	char *out = pt_redact(text, n, &found);
	if (pt_utf8_valid(text, strlen(text)) && !pt_utf8_valid(out, strlen(out)))
		abort();
	char *twice = pt_redact(out, n, &again);
	if (again & (PT_REDACT_EMAIL | PT_REDACT_POSTCODE))
		abort();
	free(twice), free(out), free(s);
	pt_redact_names_free(n);
	return 0;
}
