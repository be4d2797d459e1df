/* The small things every part of a plan needs: texts in the plan's
 * language, open points, meldingen held until the plan stands, group
 * names and whole euros. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "plan_priv.h"

/* A text of the plan in its language: the row of lib/data/plan-teksten.csv
 * whose id is the English (id,nl, a column per further language), as
 * pt_tr reads meldingen.csv; English is the id itself. */
const char *plan_tx(const plan_ctx *c, const char *en)
{
	return pt_text_needed(pt_texts_load("plan-teksten.csv", 1, PT_EN), en, c->lang);
}

/* The bit of one group code in pt_plan_groep_vocab(), 0 if unknown. */
pt_plan_groepen plan_groep(const char *code)
{
	int i = pt_vocab_index(pt_plan_groep_vocab(), code);
	return i < 0 ? 0 : (pt_plan_groepen)1 << i;
}

long plan_euros(long cents)
{
	return (cents + 50) / 100;
}

/* Whole euros as "1.234" in Dutch, "1,234" in English. */
const char *plan_fmt_eur(char *buf, size_t n, long eur, enum pt_lang lang)
{
	return pt_fmt_fixed(buf, n, eur, 1, lang);
}

void plan_open_point(plan_ctx *c, int items, const char *fmt, ...)
{
	pt_buf b = PT_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	pt_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	json_array_append_new(c->open, json_string(pt_buf_str(&b)));
	pt_buf_free(&b);
	c->todo += items;
}

/* A melding held until the plan stands: a budget try that is thrown
 * away takes its meldingen with it. */
void plan_note(plan_ctx *c, enum pt_ernst e, const char *code, const char *pad, const char *fmt, ...)
{
	pt_buf b = PT_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	pt_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	json_array_append_new(c->meld, json_pack("{s:i, s:s, s:s, s:s}", "ernst", (int)e, "code", code,
						 "pad", pad, "tekst", pt_buf_str(&b)));
	pt_buf_free(&b);
}

void plan_flush_notes(plan_ctx *c)
{
	json_t *m;
	size_t i;
	json_array_foreach(c->meld, i, m)
		pt_melding_add(c->d, (enum pt_ernst)json_integer_value(json_object_get(m, "ernst")),
			       json_string_value(json_object_get(m, "code")),
			       json_string_value(json_object_get(m, "pad")), BRON, "%s",
			       json_string_value(json_object_get(m, "tekst")));
}

const char *plan_naam_of(const plan_ctx *c, int wi)
{
	return pt_plan_werkvorm_naam(c->p, wi, c->lang);
}

static const char *groep_label(const plan_ctx *c, int g)
{
	const pt_vocab *v = pt_plan_groep_vocab();
	return pt_vocab_label(v, v->terms[g].code, c->lang);
}

/* "kinderen, ouders" for the groups in g, into b. */
void plan_groep_text(const plan_ctx *c, pt_plan_groepen g, pt_buf *b)
{
	for (int i = 0; g >> i; i++)
		if (g >> i & 1)
			pt_buf_printf(b, "%s%s", pt_buf_str(b)[0] ? ", " : "", groep_label(c, i));
}

const char *plan_trede_label(const plan_ctx *c, int t)
{
	const pt_vocab *v = t < PT_PLAN_NBURGER ? &pt_v_burgertrede : &pt_v_overheidstrede;
	return pt_vocab_label(v, v->terms[t % PT_PLAN_NBURGER].code, c->lang);
}
