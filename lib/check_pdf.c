/* PDF into --check blocks, through poppler's glib API: the text of each
 * page with its fonts.  A heading is a short line set larger than the body
 * text (the most common size), its level by the rank of its size; a short
 * line all in bold at body size is a heading by hand (PSEUDO); a line that
 * starts in bold is an entry labelled by that bold start.  Other lines run
 * together into paragraphs.  A block's line is its line on its page. */
#include <glib.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "check.h"

#define MAX_SIZES 8		/* distinct heading sizes told apart */

struct line {
	const char *s;		/* in the page's text */
	size_t n;
	double size;		/* its largest font size */
	size_t lead;		/* bytes of bold at its start */
	long no;		/* its line on the page */
};

struct pdf {
	pt_check_doc *d;
	double body;		/* the body text size */
	double sizes[MAX_SIZES];	/* heading sizes, largest first */
	int nsizes;
	pt_buf para;		/* the paragraph being gathered */
	long para_line;
	size_t para_lead;
};

static int bold_font(const char *name)
{
	return name && (strstr(name, "Bold") || strstr(name, "bold") || strstr(name, "Black") ||
			strstr(name, "Heavy") || strstr(name, "Semibold") || strstr(name, "Demi"));
}

/* Font size and boldness of every byte of the page's text, from poppler's
 * attribute ranges (which count characters). */
static void byte_fonts(PopplerPage *page, const char *text, size_t n, float *size, char *bold)
{
	GList *attrs = poppler_page_get_text_attributes(page);
	const char *p = text;
	long ch = 0;
	for (GList *l = attrs; l; l = l->next) {
		PopplerTextAttributes *a = l->data;
		while ((size_t)(p - text) < n && ch <= a->end_index) {
			size_t k = 1;
			while ((size_t)(p - text) + k < n && ((unsigned char)p[k] & 0xC0) == 0x80)
				k++;
			for (size_t i = 0; i < k; i++) {
				size[p - text + i] = ch >= a->start_index ? (float)a->font_size : 0;
				bold[p - text + i] = ch >= a->start_index && bold_font(a->font_name);
			}
			p += k, ch++;
		}
	}
	poppler_page_free_text_attributes(attrs);
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The page's text split into lines, each with its size and bold start. */
static struct line *page_lines(PopplerPage *page, char *text, size_t *nl)
{
	size_t n = strlen(text), cap = 64;
	float *size = pt_xcalloc(n + 1, sizeof *size);
	char *bold = pt_xcalloc(n + 1, 1);
	byte_fonts(page, text, n, size, bold);
	struct line *v = pt_xmalloc(cap * sizeof *v);
	long no = 0;
	*nl = 0;
	for (size_t i = 0; i <= n;) {
		size_t j = i;
		while (j < n && text[j] != '\n')
			j++;
		struct line L = {text + i, j - i, 0, 0, ++no};
		size_t k = i;
		while (k < j && is_space(text[k]))
			k++;
		L.s = text + k, L.n = j - k;
		while (L.n && is_space(L.s[L.n - 1]))
			L.n--;
		for (size_t b = k; b < k + L.n; b++)
			if (size[b] > L.size)
				L.size = size[b];
		while (L.lead < L.n && (bold[k + L.lead] || (is_space(L.s[L.lead]) && L.lead)))
			L.lead++;
		while (L.lead && is_space(L.s[L.lead - 1]))
			L.lead--;
		if (*nl == cap)
			v = pt_xrealloc(v, (cap *= 2) * sizeof *v);
		v[(*nl)++] = L;
		i = j + 1;
	}
	free(size);
	free(bold);
	return v;
}

static int words(const char *s, size_t n)
{
	int w = 0, in = 0;
	for (size_t i = 0; i < n; i++) {
		w += !is_space(s[i]) && !in;
		in = !is_space(s[i]);
	}
	return w;
}

static int short_line(const struct line *L)
{
	return L->n > 0 && L->n <= 120 && words(L->s, L->n) <= 12;
}

static int larger(const struct pdf *x, double size)
{
	return x->body > 0 && size >= x->body * 1.15;
}

/* Most common size by bytes of text is the body; larger sizes of short
 * lines are heading sizes, ranked. */
static void measure(struct pdf *x, struct line **pages, size_t *nl, int np)
{
	double sz[64];
	size_t weight[64];
	int ns = 0;
	for (int p = 0; p < np; p++)
		for (size_t i = 0; i < nl[p]; i++) {
			int k = 0;
			while (k < ns && sz[k] != pages[p][i].size)
				k++;
			if (k == ns && ns < 64)
				sz[ns] = pages[p][i].size, weight[ns++] = 0;
			if (k < ns)
				weight[k] += pages[p][i].n;
		}
	size_t most = 0;
	for (int k = 0; k < ns; k++)
		if (sz[k] > 0 && weight[k] > most)
			x->body = sz[k], most = weight[k];
	for (int p = 0; p < np; p++)
		for (size_t i = 0; i < nl[p]; i++) {
			double s = pages[p][i].size;
			int k = 0;
			if (!short_line(&pages[p][i]) || !larger(x, s))
				continue;
			while (k < x->nsizes && x->sizes[k] != s)
				k++;
			if (k == x->nsizes && x->nsizes < MAX_SIZES)
				x->sizes[x->nsizes++] = s;
		}
	for (int i = 1; i < x->nsizes; i++)	/* largest first */
		for (int j = i; j > 0 && x->sizes[j] > x->sizes[j - 1]; j--) {
			double t = x->sizes[j];
			x->sizes[j] = x->sizes[j - 1], x->sizes[j - 1] = t;
		}
}

static void flush(struct pdf *x)
{
	if (x->para.len)
		pt_check_paragraph(x->d, x->para.s, x->para.len, x->para_lead ? (long)x->para_lead : -1,
				   0, x->para_line, 1);
	x->para.len = 0;
	x->para_lead = 0;
}

/* A page number alone on its line is no text of the proposal. */
static int page_number(const struct line *L)
{
	for (size_t i = 0; i < L->n; i++)
		if (L->s[i] < '0' || L->s[i] > '9')
			return 0;
	return L->n > 0 && L->n <= 4;
}

/* Join a line to the paragraph: "geraad-" + "pleegd" is one word again. */
static void join(struct pdf *x, const struct line *L)
{
	const char *p = x->para.s;
	size_t n = x->para.len;
	if (n >= 2 && p[n - 1] == '-' && p[n - 2] >= 'a' && p[n - 2] <= 'z' &&
	    L->s[0] >= 'a' && L->s[0] <= 'z')
		x->para.len--;
	else
		pt_buf_putc(&x->para, ' ');
	pt_buf_put(&x->para, L->s, L->n);
}

static void line(struct pdf *x, const struct line *L)
{
	if (L->n == 0) {
		flush(x);
		return;
	}
	if (page_number(L))
		return;
	if (short_line(L) && larger(x, L->size)) {
		int level = 1;
		while (level <= x->nsizes && x->sizes[level - 1] > L->size)
			level++;
		flush(x);
		pt_check_block_add(x->d, PT_B_HEADING, level > 6 ? 6 : level, L->no, 1, L->s, L->n);
		return;
	}
	if (L->lead) {	/* a bold start: a heading by hand, or a label */
		flush(x);
		x->para_lead = L->lead;
	}
	if (!x->para.len) {
		x->para_line = L->no;
		pt_buf_put(&x->para, L->s, L->n);
	} else {
		join(x, L);
	}
	if (L->lead == L->n)
		flush(x);	/* a whole bold line stands alone */
}

int pt_check_parse_pdf(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{
	GError *ge = NULL;
	GBytes *bytes = g_bytes_new_static(buf, n);
	PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &ge);
	if (!doc) {
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, pt_tr("not a readable PDF: %s"),
			ge ? ge->message : "?");
		g_clear_error(&ge);
		g_bytes_unref(bytes);
		return err->status;
	}
	int np = poppler_document_get_n_pages(doc);
	struct line **pages = pt_xcalloc(np > 0 ? (size_t)np : 1, sizeof *pages);
	char **texts = pt_xcalloc(np > 0 ? (size_t)np : 1, sizeof *texts);
	size_t *nl = pt_xcalloc(np > 0 ? (size_t)np : 1, sizeof *nl);
	for (int p = 0; p < np; p++) {
		PopplerPage *page = poppler_document_get_page(doc, p);
		texts[p] = page ? poppler_page_get_text(page) : NULL;
		if (texts[p])
			pages[p] = page_lines(page, texts[p], &nl[p]);
		if (page)
			g_object_unref(page);
	}
	struct pdf x = {.d = d};
	d->unit = PT_UNIT_PAGE_LINE;
	measure(&x, pages, nl, np);
	for (int p = 0; p < np; p++) {
		d->page = p + 1;
		for (size_t i = 0; i < nl[p]; i++)
			line(&x, &pages[p][i]);
		flush(&x);
		free(pages[p]);
		g_free(texts[p]);
	}
	pt_buf_free(&x.para);
	free(pages), free(texts), free(nl);
	g_object_unref(doc);
	g_bytes_unref(bytes);
	return 0;
}
