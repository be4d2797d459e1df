/* The values a person types after an option, from the vocabularies in
 * lib/, for tools/mkcompletions.sh: one line a list, tab-separated,
 *   field	PATH	VALUE...	(pt-paragraph --set PATH=VALUE)
 *   trede		VALUE...	(pt-strategy --trede)
 * so that the shell completions never hold a copy that goes stale. */
#include <stdio.h>
#include "pt.h"
#include "intake.h"

static void codes(const pt_vocab *v)
{
	for (const pt_term *t = v->terms; t->code; t++)
		printf(" %s", t->code);
}

int main(void)
{
	for (const pt_intake_field *f = pt_intake_fields; f->path; f++) {
		printf("field\t%s\t", f->path);
		if (f->type == PT_F_ENUM)
			codes(f->vocab);
		else if (f->type == PT_F_TREDE)
			codes(&pt_v_burgertrede), codes(&pt_v_overheidstrede);
		else if (f->type == PT_F_BOOL)
			printf(" ja nee");
		printf("\n");
	}
	printf("trede\t\t");
	codes(&pt_v_burgertrede), codes(&pt_v_overheidstrede);
	printf("\n");
	return 0;
}
