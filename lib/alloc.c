/* Memory that never comes back NULL.  It needs nothing of lib/ but msg.c
 * (pt_tr, the program's name), so every other file may call it without a
 * link circle (diag.c's messages are built in a pt_buf, and pt_buf grows
 * with these). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"

/* As pt_die would say it, without the buffer pt_die builds it in. */
void pt_out_of_memory(void)
{
	fprintf(stderr, "%s: %s\n", pt_progname, pt_tr("out of memory"));
	exit(PT_EXIT_IO);
}

void *pt_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		pt_out_of_memory();
	return p;
}

void *pt_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		pt_out_of_memory();
	return p;
}

char *pt_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(pt_xmalloc(n), s, n);
}

void *pt_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		pt_out_of_memory();
	return p;
}

char *pt_xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = pt_xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
