/* The files one run of pt-render -o DIR has written, so that a second
 * dossier that would land on the same file is caught instead of silently
 * replacing the first one's document.
 *
 * This is the one thing pt-render keeps from dossier to dossier, so memory
 * is not flat here: it grows as O(number of dossiers), a short name and a
 * location per file written, about 100 bytes a file (measured: 100,000
 * files, 10 MB).  A dossier writes up to three (the Markdown document and
 * two pictures), so 100,000 dossiers take some 30 MB.  Only with -o DIR,
 * and nothing of a dossier's content is kept. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "render_priv.h"

typedef struct entry {
	char *name;		/* NULL: a free slot */
	pt_loc loc;
} entry;

struct pt_render_names {
	entry *slot;
	size_t cap, n;		/* cap a power of two, kept at least twice n */
	int fold;		/* the file system does not tell A from a */
};

/* FNV-1a of the name with ASCII letters lowered: a folded and an unfolded
 * set hash alike, so fold can be switched on after names were added. */
static size_t hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)tolower((unsigned char)*s)) * 16777619u;
	return h;
}

static int same(const pt_render_names *s, const char *a, const char *b)
{
	return s->fold ? strcasecmp(a, b) == 0 : strcmp(a, b) == 0;
}

/* The slot holding name, or the free slot where it would go. */
static entry *slot_of(const pt_render_names *s, const char *name)
{
	size_t i = hash(name) & (s->cap - 1);
	while (s->slot[i].name && !same(s, s->slot[i].name, name))
		i = (i + 1) & (s->cap - 1);
	return &s->slot[i];
}

static entry *slots(size_t n)
{
	entry *e = pt_xmalloc(n * sizeof *e);
	memset(e, 0, n * sizeof *e);
	return e;
}

pt_render_names *pt_render_names_new(void)
{
	pt_render_names *s = pt_xmalloc(sizeof *s);
	s->cap = 64;
	s->n = 0;
	s->fold = 0;
	s->slot = slots(s->cap);
	return s;
}

static void grow(pt_render_names *s)
{
	entry *old = s->slot;
	size_t n = s->cap;
	s->cap *= 2;
	s->slot = slots(s->cap);
	for (size_t i = 0; i < n; i++)
		if (old[i].name)
			*slot_of(s, old[i].name) = old[i];
	free(old);
}

const char *pt_render_names_find(const pt_render_names *s, const char *name, pt_loc *loc)
{
	entry *e = slot_of(s, name);
	if (!e->name)
		return NULL;
	if (loc)
		*loc = e->loc;
	return e->name;
}

void pt_render_names_add(pt_render_names *s, const char *name, pt_loc loc)
{
	entry *e = slot_of(s, name);
	if (e->name)		/* the caller looked first: never in twice */
		return;
	e->name = pt_xstrdup(name);
	e->loc = loc;
	if (++s->n * 2 > s->cap)
		grow(s);
}

/* Two names that differ only in case now collide.  Names already in the
 * set that differ only in case would have been one file on this file
 * system, so there are none; the set stays consistent. */
void pt_render_names_fold(pt_render_names *s)
{
	s->fold = 1;
}

void pt_render_names_free(pt_render_names *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->cap; i++)
		free(s->slot[i].name);
	free(s->slot);
	free(s);
}
