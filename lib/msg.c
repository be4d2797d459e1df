/* Diagnostics in the user's language.  Messages are written in the code in
 * English, wrapped in pt_tr(); the Dutch of each lives in one table,
 * lib/msgtab.h, so that both languages are kept side by side in one place. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"

struct pt_msgpair {
	const char *en, *nl;
};

static const struct pt_msgpair msgtab[] = {
#include "msgtab.h"
	{NULL, NULL}
};

/* -1: not yet decided; then PT_NL or PT_EN. */
static int msg_lang = -1;

static int locale_is_dutch(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return strncmp(v, "nl", 2) == 0;
	}
	return 0;
}

void pt_msg_set_lang(int lang)
{
	msg_lang = lang == PT_NL ? PT_NL : PT_EN;
}

/* --lang wins (pt_msg_set_lang), then PT_LANG, then a Dutch locale. */
int pt_msg_lang(void)
{
	if (msg_lang < 0) {
		const char *v = getenv("PT_LANG");
		if (v && strcmp(v, "nl") == 0)
			msg_lang = PT_NL;
		else if (v && strcmp(v, "en") == 0)
			msg_lang = PT_EN;
		else
			msg_lang = locale_is_dutch() ? PT_NL : PT_EN;
	}
	return msg_lang;
}

const char *pt_tr(const char *en)
{
	if (pt_msg_lang() != PT_NL)
		return en;
	for (const struct pt_msgpair *m = msgtab; m->en; m++)
		if (strcmp(m->en, en) == 0)
			return m->nl;
	return en;
}
