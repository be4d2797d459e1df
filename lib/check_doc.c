/* The block model of --check: what every reader (Markdown, HTML, Word,
 * ODF, PDF) turns a document into, and what the rules read.  The readers
 * call in here; nothing here calls a reader. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "check_int.h"

void pt_check_doc_clear(pt_check_doc *d)
{
	d->nb = d->nlines = 0;
	d->text.len = 0;
	if (d->text.s)
		d->text.s[0] = '\0';
	d->disabled = 0;
	d->src = NULL;
	d->srclen = 0;
	d->unit = PT_UNIT_LINE;
	d->page = 0;	/* a Markdown file after a PDF has no pages */
	d->map_line = 0;
	d->bad = NULL;
	d->bad_line = 0;
}

void pt_check_doc_free(pt_check_doc *d)
{
	free(d->b);
	pt_buf_free(&d->text);
	free(d->lines);
	free(d->colmap);
	memset(d, 0, sizeof *d);
}

void pt_check_block_add(pt_check_doc *d, int type, int level, long line, long col,
		      const char *s, size_t n)
{
	if (d->nb == d->bcap) {
		d->bcap = d->bcap ? 2 * d->bcap : 64;
		d->b = pt_xrealloc(d->b, d->bcap * sizeof *d->b);
	}
	size_t off = d->text.len;
	pt_buf_put(&d->text, s, n);
	pt_buf_putc(&d->text, '\0');	/* each block's text ends in a NUL */
	d->b[d->nb++] = (pt_check_block){type, level, line, col, off, n, d->page};
}

/* Where each line of d->src starts, and whether it is ASCII only (then a
 * byte column is the character column): built once, so that finding a
 * column never scans a long line again. */
static void index_lines(pt_check_doc *d)
{
	if (d->nlines)
		return;
	if (!d->lcap)
		d->lines = pt_xmalloc((d->lcap = 256) * sizeof *d->lines);
	size_t start = 0;
	int ascii = 1;
	for (size_t i = 0; i <= d->srclen; i++) {
		if (i < d->srclen && d->src[i] != '\n') {
			ascii &= (unsigned char)d->src[i] < 0x80;
			continue;
		}
		if (d->nlines == d->lcap)
			d->lines = pt_xrealloc(d->lines, (d->lcap *= 2) * sizeof *d->lines);
		/* the top bit says "not ASCII"; no file reaches 2^63 bytes */
		d->lines[d->nlines++] = start | (ascii ? 0 : (size_t)1 << (8 * sizeof(size_t) - 1));
		start = i + 1;
		ascii = 1;
	}
}

#define LINE_START(x) ((x) & ~((size_t)1 << (8 * sizeof(size_t) - 1)))
#define LINE_ASCII(x) (!((x) >> (8 * sizeof(size_t) - 1)))

long pt_check_skip_blank(pt_check_doc *d, long line, long bytecol)
{
	if (!d->src || line < 1 || bytecol < 1)
		return bytecol;
	index_lines(d);
	if ((size_t)line > d->nlines)
		return bytecol;
	size_t i = LINE_START(d->lines[line - 1]) + (size_t)bytecol - 1;
	while (i < d->srclen && (d->src[i] == ' ' || d->src[i] == '\t'))
		i++, bytecol++;
	return bytecol;
}

/* Lines of ASCII answer at once; for another line the character column of
 * every byte is counted once into a map, so the many nested items of one
 * long line cost one pass, in whatever order they are asked. */
long pt_check_char_col(pt_check_doc *d, long line, long bytecol)
{
	if (!d->src || line < 1 || bytecol < 1)
		return bytecol;
	index_lines(d);
	if ((size_t)line > d->nlines || LINE_ASCII(d->lines[line - 1]))
		return bytecol;
	size_t start = LINE_START(d->lines[line - 1]), end = start;
	if (d->map_line != line) {
		while (end < d->srclen && d->src[end] != '\n')
			end++;
		d->map_len = end - start;
		d->colmap = pt_xrealloc(d->colmap, (end - start + 1) * sizeof *d->colmap);
		long col = 1;
		for (size_t i = start; i <= end; i++) {
			d->colmap[i - start] = col;
			col += i < end && ((unsigned char)d->src[i] & 0xC0) != 0x80;
		}
		d->map_line = line;
	}
	size_t at = (size_t)bytecol - 1, len = d->map_len;
	return at <= len ? d->colmap[at] : d->colmap[len] + (long)(at - len);
}

static size_t skip_label_end(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == ':'))
		i++;
	return i;
}

static size_t trim_label(const char *s, size_t k)
{
	while (k && (s[k - 1] == ':' || s[k - 1] == ' '))
		k--;
	return k;
}

static int words_in(const char *s, size_t n)
{
	int w = 0, in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = s[i] == ' ';
		w += !sp && !in;
		in = !sp;
	}
	return w;
}

/* What a paragraph is, for Markdown and HTML alike.  Bold text alone is a
 * pseudo heading; "**Label:** text" an entry of its own; the first
 * paragraph of a list item gives the item's label (its bold start, or
 * the few words before a colon) and the rest is the item's text. */
void pt_check_paragraph(pt_check_doc *d, const char *s, size_t n, long lead_len, int item_first,
		      long line, long col)
{
	size_t lab = 0;
	int entry = item_first;
	if (lead_len > 0) {
		lab = (size_t)lead_len;
		if (skip_label_end(s, lab, n) == n && !item_first && lab <= 120) {
			/* "Wie:" alone in bold labels the text below it: a
			 * heading by hand of a lower rank, inside a section */
			int colon = memchr(s, ':', n) != NULL;
			pt_check_block_add(d, PT_B_PSEUDO, colon ? PT_LEVEL_LABEL : PT_LEVEL_PSEUDO, line, col,
					   s, trim_label(s, lab));
			return;
		}
		if ((lab && s[lab - 1] == ':') || (lab < n && s[lab] == ':'))
			entry = 1;
		else if (!item_first)
			lab = 0;
	} else if (item_first) {
		const char *colon = memchr(s, ':', n < 60 ? n : 60);
		if (colon && words_in(s, (size_t)(colon - s)) <= 5)
			lab = (size_t)(colon - s) + 1;
	}
	if (!entry) {
		pt_check_block_add(d, PT_B_TEXT, 0, line, col, s, n);
		return;
	}
	size_t rest = skip_label_end(s, lab, n);
	pt_check_block_add(d, PT_B_OPEN, 0, line, col, s, trim_label(s, lab));
	if (rest < n)
		pt_check_block_add(d, PT_B_TEXT, 0, line, col, s + rest, n - rest);
	if (!item_first)
		pt_check_block_add(d, PT_B_CLOSE, 0, line, col, "", 0);
}

/* "pt-disable" alone turns every rule off for the document; followed by
 * rule ids (spaces or commas between), just those. */
void pt_check_directive(pt_check_doc *d, const char *s, size_t n)
{
	static const char kw[] = "pt-disable";
	const char *end = s + n;
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++;
	if ((size_t)(end - s) < sizeof kw - 1 || memcmp(s, kw, sizeof kw - 1) != 0)
		return;
	s += sizeof kw - 1;
	if (s < end && *s != ' ' && *s != '\t' && *s != '\n')
		return;		/* pt-disabled, pt-disable-next-line: not ours */
	unsigned long bits = 0;
	char id[64];
	while (s < end) {
		while (s < end && (*s == ' ' || *s == ',' || *s == '\t' || *s == '\n' || *s == '\r'))
			s++;
		size_t k = 0;
		while (s < end && *s != ' ' && *s != ',' && *s != '\t' && *s != '\n' && *s != '\r') {
			if (k + 1 < sizeof id)
				id[k++] = *s;
			s++;
		}
		id[k] = '\0';
		int r = k ? pt_check_rule_find(id) : -1;
		if (r >= 0)
			bits |= 1ul << r;
	}
	d->disabled |= bits ? bits : ~0ul;
}
