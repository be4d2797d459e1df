/* PDF into --check blocks, through poppler's glib API: the text of each
 * page with its fonts.  A heading is a short line set larger than the body
 * text (the most common size), its level by the rank of its size; a short
 * line all in bold at body size is a heading by hand (PSEUDO); a line that
 * starts in bold is an entry labelled by that bold start.  Other lines run
 * together into paragraphs.  A block's line is its line on its page. */
#include <dlfcn.h>
#include <errno.h>
#include <glib.h>
#include <poppler.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "pt.h"
#include "check_int.h"

/* poppler is opened when the first PDF is read, not linked: it brings some
 * fifty libraries that would cost every run of pt-paragraph 30 ms at
 * start.  The headers still give the types; the Makefile names the soname
 * it was built against. */
#ifndef PT_POPPLER_SO
#define PT_POPPLER_SO "libpoppler-glib.so.8"
#endif
#define POPPLER_FUNCS(X) \
	X(poppler_document_new_from_bytes) X(poppler_document_get_n_pages) \
	X(poppler_document_get_page) X(poppler_page_get_text) \
	X(poppler_page_get_text_attributes) X(poppler_page_free_text_attributes) \
	X(poppler_page_get_text_layout) X(g_object_unref) X(g_bytes_new_static) \
	X(g_bytes_unref) X(g_free) X(g_clear_error)
static struct {
#define MEMBER(f) __typeof__(f) *f;
	POPPLER_FUNCS(MEMBER)
#undef MEMBER
} P;

static int open_poppler(const char *file, pt_error *err)
{
	static int state;	/* 0 not tried, 1 open, -1 failed */
	static char why[256];
	if (!state) {
		void *h = dlopen(PT_POPPLER_SO, RTLD_NOW | RTLD_LOCAL);
		state = h ? 1 : -1;
#define LOAD(f) if (h && !(*(void **)&P.f = dlsym(h, #f))) state = -1;
		POPPLER_FUNCS(LOAD)
#undef LOAD
		if (state < 0)
			snprintf(why, sizeof why, "%s", dlerror() ? dlerror() : PT_POPPLER_SO);
	}
	if (state < 0)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){file, 0},
			       pt_tr("reading PDF needs poppler (%s): %s"), PT_POPPLER_SO, why);
	return 0;
}

#define MAX_STYLES 8		/* distinct heading styles told apart */

struct line {
	char *s;		/* its text (owned) */
	size_t n;
	double size;		/* its largest font size */
	size_t lead;		/* bytes of bold at its start (after a list marker) */
	long no;		/* its line on the page */
	double x, y;		/* where it starts */
	char family[48];	/* its first font, without subset, weight or slant */
	int cells;		/* 2 or more: a table row, the first cell its label */
	double x2;		/* a row: where its second cell starts */
	int item;		/* it started with a list marker */
	int gone;		/* joined to a row above */
};

struct pdf {
	pt_check_doc *d;
	double body;		/* the body text size */
	char body_family[48];
	struct hstyle {
		double size;
		char family[48];
	} styles[MAX_STYLES];	/* heading styles, the highest level first */
	int nstyles;
	pt_buf para;		/* the paragraph being gathered */
	long para_line;
	size_t para_lead;
	int para_item;		/* it is an entry: a list item or a table row */
};

static int bold_font(const char *name)
{
	return name && (strstr(name, "Bold") || strstr(name, "bold") || strstr(name, "Black") ||
			strstr(name, "Heavy") || strstr(name, "Semibold") || strstr(name, "Demi"));
}

/* What poppler says of each byte of the page's text: font size, bold, and
 * where it stands (its attributes and rectangles count characters). */
struct glyphs {
	float *size, *x, *y;
	char *bold;
	const char **font;	/* poppler's names, alive as long as attrs */
	GList *attrs;
};

static void byte_fonts(PopplerPage *page, const char *text, size_t n, struct glyphs *g)
{
	GList *attrs = P.poppler_page_get_text_attributes(page);
	PopplerRectangle *rects = NULL;
	guint nrects = 0;
	P.poppler_page_get_text_layout(page, &rects, &nrects);
	GList *l = attrs;
	long ch = 0;
	for (size_t b = 0; b < n; ch++) {
		size_t k = 1;
		while (b + k < n && ((unsigned char)text[b + k] & 0xC0) == 0x80)
			k++;
		while (l && ((PopplerTextAttributes *)l->data)->end_index < ch)
			l = l->next;
		PopplerTextAttributes *a = l ? l->data : NULL;
		int in = a && ch >= a->start_index;
		for (size_t i = b; i < b + k; i++) {
			g->size[i] = in ? (float)a->font_size : 0;
			g->bold[i] = in && bold_font(a->font_name);
			g->font[i] = in ? a->font_name : NULL;
			g->x[i] = (guint)ch < nrects ? (float)rects[ch].x1 : 0;
			g->y[i] = (guint)ch < nrects ? (float)rects[ch].y2 : 0;
		}
		b += k;
	}
	P.g_free(rects);
	g->attrs = attrs;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* "1.", "2)", "a.", "•", "–", "-", "*": the bytes of a list marker and the
 * blanks after it, 0 if the line has none. */
static size_t list_marker(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == 0 && n > 1 && s[0] >= 'a' && s[0] <= 'z' && (s[1] == '.' || s[1] == ')') &&
	    (n == 2 || is_space(s[2])))
		i = 1;
	if (i > 0 && i < n && (s[i] == '.' || s[i] == ')'))
		i++;
	else if (n >= 3 && (memcmp(s, "\xE2\x80\xA2", 3) == 0 || memcmp(s, "\xE2\x80\x93", 3) == 0 ||
			    memcmp(s, "\xE2\x97\xA6", 3) == 0 || memcmp(s, "\xE2\x96\xAA", 3) == 0))
		i = 3;
	else if (n >= 2 && (s[0] == '-' || s[0] == '*') && is_space(s[1]))
		i = 1;
	else
		return 0;
	if (i < n && s[i - 1] != '.' && s[i - 1] != ')' && !is_space(s[i]) && i < 3)
		return 0;
	while (i < n && is_space(s[i]))
		i++;
	return i < n ? i : 0;
}

/* "ABCDEF+NimbusSans-BoldItalic" and "NimbusSansBold": "NimbusSans". */
static void family_of(const char *name, char *out, size_t n)
{
	static const char *const cut[] = {"Bold", "Italic", "Oblique", "Regular", "Medium",
		"Semibold", "Black", "Heavy", "Light", "Roman", "-", ",", NULL};
	const char *plus = name ? strchr(name, '+') : NULL;
	size_t k;
	name = plus ? plus + 1 : name ? name : "";
	snprintf(out, n, "%s", name);
	for (size_t i = 0; cut[i]; i++) {
		char *at = strstr(out, cut[i]);
		if (at && at > out)
			*at = '\0';
	}
	k = strlen(out);
	while (k && out[k - 1] == ' ')
		out[--k] = '\0';
	if (strstr(name, "Italic") || strstr(name, "Oblique"))
		snprintf(out + k, n - k, "/italic");	/* a slant tells styles apart */
}

/* "•" or "1." with nothing after it. */
static int list_marker_alone(const char *s, size_t n)
{
	char buf[8];
	memcpy(buf, s, n);
	buf[n] = 'x';
	return list_marker(buf, n + 1) == n;
}

static struct line one_line(const char *text, size_t i, size_t j, long no, const struct glyphs *g)
{
	struct line L = {0};
	size_t k = i;
	while (k < j && is_space(text[k]))
		k++;
	L.n = j - k;
	while (L.n && is_space(text[k + L.n - 1]))
		L.n--;
	L.no = no;
	L.x = L.n ? g->x[k] : 0, L.y = L.n ? g->y[k] : 0;
	family_of(L.n ? g->font[k] : NULL, L.family, sizeof L.family);
	for (size_t b = k; b < k + L.n; b++)
		if (g->size[b] > L.size)
			L.size = g->size[b];
	size_t m = list_marker(text + k, L.n);
	if (!m && L.n && L.n <= 4 && list_marker_alone(text + k, L.n))
		m = L.n;	/* a bullet apart from its text (LibreOffice) */
	L.item = m > 0;
	k += m, L.n -= m;
	L.s = pt_xstrndup(text + k, L.n);
	while (L.lead < L.n && (g->bold[k + L.lead] || (is_space(L.s[L.lead]) && L.lead)))
		L.lead++;
	while (L.lead && is_space(L.s[L.lead - 1]))
		L.lead--;
	L.cells = 1;
	return L;
}

/* Append text to a line; "geraad-" + "pleegd" is one word again. */
static void append(struct line *R, const char *s, size_t n)
{
	R->s = pt_xrealloc(R->s, R->n + n + 2);
	if (R->n >= 2 && R->s[R->n - 1] == '-' && R->s[R->n - 2] >= 'a' && R->s[R->n - 2] <= 'z' &&
	    n && s[0] >= 'a' && s[0] <= 'z')
		R->n--;
	else if (R->n)
		R->s[R->n++] = ' ';
	memcpy(R->s + R->n, s, n);
	R->s[R->n += n] = '\0';
}

/* Cells of a table row come one column after the other; a line that
 * stands level with an earlier one joins it, as a cell of its row (the
 * leftmost cell first: it is the row's label). */
static int joins_row(struct line *v, size_t nl, const struct line *L)
{
	for (size_t r = nl; r-- > 0 && nl - r <= 64;) {
		struct line *R = &v[r];
		double tol = (L->size > 0 ? L->size : 10) / 2;
		if (R->item && !R->n && L->n && !(R->y - L->y > tol || L->y - R->y > tol)) {
			/* the text of a bullet that stood alone */
			free(R->s);
			*R = (struct line){.s = pt_xstrndup(L->s, L->n), .n = L->n, .size = L->size,
					   .lead = L->lead, .no = R->no, .x = L->x, .y = L->y,
					   .cells = 1, .item = 1};
			memcpy(R->family, L->family, sizeof R->family);
			return 1;
		}
		if (!R->n || !L->n || R->y - L->y > tol || L->y - R->y > tol || L->x == R->x)
			continue;
		if (L->x > R->x) {
			if (R->cells == 1)
				R->lead = R->n, R->x2 = L->x;
			append(R, L->s, L->n);
		} else {
			char *old = R->s;
			size_t n = R->n;
			if (R->cells == 1)
				R->x2 = R->x;
			R->s = pt_xstrndup(L->s, L->n), R->n = L->n, R->lead = L->n, R->x = L->x;
			append(R, old, n);
			free(old);
		}
		R->cells++;
		return 1;
	}
	return 0;
}

/* The lines of a cell after its first come where the layout puts them,
 * often after the whole column: each joins the row above it whose second
 * cell starts where it does. */
static void cell_lines(struct line *v, size_t nl)
{
	for (size_t i = 0; i < nl; i++) {
		struct line *L = &v[i], *best = NULL;
		if (L->cells > 1 || L->item || !L->n)
			continue;
		for (size_t r = 0; r < nl; r++) {
			struct line *R = &v[r];
			if (R->cells > 1 && R->y < L->y && L->x - R->x2 < 2 && R->x2 - L->x < 2 &&
			    (!best || R->y > best->y))
				best = R;
		}
		if (best) {
			append(best, L->s, L->n);
			L->gone = 1;
		}
	}
}

/* The page's text split into lines, each with its size and bold start. */
static struct line *page_lines(PopplerPage *page, char *text, size_t *nl)
{
	size_t n = strlen(text), cap = 64;
	struct glyphs g = {pt_xcalloc(n + 1, sizeof(float)), pt_xcalloc(n + 1, sizeof(float)),
			   pt_xcalloc(n + 1, sizeof(float)), pt_xcalloc(n + 1, 1),
			   pt_xcalloc(n + 1, sizeof(char *)), NULL};
	byte_fonts(page, text, n, &g);
	struct line *v = pt_xmalloc(cap * sizeof *v);
	long no = 0;
	*nl = 0;
	for (size_t i = 0; i <= n;) {
		size_t j = i;
		while (j < n && text[j] != '\n')
			j++;
		struct line L = one_line(text, i, j, ++no, &g);
		if (joins_row(v, *nl, &L)) {
			free(L.s);
		} else {
			if (*nl == cap)
				v = pt_xrealloc(v, (cap *= 2) * sizeof *v);
			v[(*nl)++] = L;
		}
		i = j + 1;
	}
	P.poppler_page_free_text_attributes(g.attrs);
	free(g.size), free(g.x), free(g.y), free(g.bold), free(g.font);
	cell_lines(v, *nl);
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

static int same_size(double a, double b)
{
	return a - b < 0.5 && b - a < 0.5;
}

/* A heading by its style: a short line set larger than the body, or all
 * in bold in another font or size than the body's (Word's and
 * LibreOffice's heading styles).  Bold in the body's own font and size is
 * a heading by hand (PSEUDO). */
static int styled_heading(const struct pdf *x, const struct line *L)
{
	if (!short_line(L) || L->item || L->cells > 1)
		return 0;
	if (larger(x, L->size))
		return 1;
	return L->lead == L->n && !(same_size(L->size, x->body) && strcmp(L->family, x->body_family) == 0);
}

static int style_index(const struct pdf *x, const struct line *L)
{
	for (int k = 0; k < x->nstyles; k++)
		if (same_size(x->styles[k].size, L->size) && strcmp(x->styles[k].family, L->family) == 0)
			return k;
	return -1;
}

/* The most common size (and its font) by bytes of text is the body.  The
 * heading styles rank by size, larger first; of two the same size, the
 * one met first in the document is the higher. */
static void measure(struct pdf *x, struct line **pages, size_t *nl, int np)
{
	double sz[64];
	size_t weight[64], most = 0;
	int ns = 0, body = -1;
	const struct line *first[64];
	for (int p = 0; p < np; p++)
		for (size_t i = 0; i < nl[p]; i++) {
			int k = 0;
			while (k < ns && sz[k] != pages[p][i].size)
				k++;
			if (k == ns && ns < 64)
				sz[ns] = pages[p][i].size, weight[ns] = 0, first[ns++] = &pages[p][i];
			if (k < ns)
				weight[k] += pages[p][i].n - pages[p][i].lead;
		}
	for (int k = 0; k < ns; k++)
		if (sz[k] > 0 && weight[k] > most)
			body = k, most = weight[k];
	if (body >= 0) {
		x->body = sz[body];
		snprintf(x->body_family, sizeof x->body_family, "%s", first[body]->family);
	}
	for (int p = 0; p < np; p++)
		for (size_t i = 0; i < nl[p]; i++) {
			const struct line *L = &pages[p][i];
			if (!styled_heading(x, L) || style_index(x, L) >= 0 || x->nstyles == MAX_STYLES)
				continue;
			int k = x->nstyles++;
			while (k > 0 && x->styles[k - 1].size < L->size - 0.5)
				x->styles[k] = x->styles[k - 1], k--;
			x->styles[k].size = L->size;
			snprintf(x->styles[k].family, sizeof x->styles[k].family, "%s", L->family);
		}
}

static void flush(struct pdf *x)
{
	if (x->para.len || x->para_item)
		pt_check_paragraph(x->d, pt_buf_str(&x->para), x->para.len,
				   x->para_lead ? (long)x->para_lead : -1, x->para_item, x->para_line, 1);
	if (x->para_item)
		pt_check_block_add(x->d, PT_B_CLOSE, 0, x->para_line, 1, "", 0);
	x->para.len = 0;
	x->para_lead = 0;
	x->para_item = 0;
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
	if (L->gone)
		return;
	if (L->n == 0) {
		flush(x);
		return;
	}
	if (page_number(L))
		return;
	if (styled_heading(x, L)) {
		int level = style_index(x, L) + 1;
		level = level < 1 ? x->nstyles + 1 : level;
		flush(x);
		pt_check_block_add(x->d, PT_B_HEADING, level > 6 ? 6 : level, L->no, 1, L->s, L->n);
		return;
	}
	if (L->lead || L->item || L->cells > 1) {
		/* a bold start (a heading by hand, or a label), a list item or
		 * a table row: each begins a block of its own */
		flush(x);
		x->para_lead = L->lead;
		x->para_item = L->item || L->cells > 1;
	}
	if (!x->para.len) {
		x->para_line = L->no;
		pt_buf_put(&x->para, L->s, L->n);
	} else {
		join(x, L);
	}
	if (L->lead == L->n && !x->para_item)
		flush(x);	/* a whole bold line stands alone */
}

static int parse_here(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{
	GError *ge = NULL;
	GBytes *bytes = P.g_bytes_new_static(buf, n);
	PopplerDocument *doc = P.poppler_document_new_from_bytes(bytes, NULL, &ge);
	if (!doc) {
		pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0}, pt_tr("not a readable PDF: %s"),
			ge ? ge->message : "?");
		P.g_clear_error(&ge);
		P.g_bytes_unref(bytes);
		return err->status;
	}
	int np = P.poppler_document_get_n_pages(doc);
	struct line **pages = pt_xcalloc(np > 0 ? (size_t)np : 1, sizeof *pages);
	char **texts = pt_xcalloc(np > 0 ? (size_t)np : 1, sizeof *texts);
	size_t *nl = pt_xcalloc(np > 0 ? (size_t)np : 1, sizeof *nl);
	for (int p = 0; p < np; p++) {
		PopplerPage *page = P.poppler_document_get_page(doc, p);
		texts[p] = page ? P.poppler_page_get_text(page) : NULL;
		if (texts[p])
			pages[p] = page_lines(page, texts[p], &nl[p]);
		if (page)
			P.g_object_unref(page);
	}
	struct pdf x = {.d = d};
	d->unit = PT_UNIT_PAGE_LINE;
	measure(&x, pages, nl, np);
	for (int p = 0; p < np; p++) {
		d->page = p + 1;
		for (size_t i = 0; i < nl[p]; i++) {
			line(&x, &pages[p][i]);
			free(pages[p][i].s);
		}
		flush(&x);
		free(pages[p]);
		P.g_free(texts[p]);
	}
	pt_buf_free(&x.para);
	free(pages), free(texts), free(nl);
	P.g_object_unref(doc);
	P.g_bytes_unref(bytes);
	return 0;
}

/* ---- one file's work, bounded -------------------------------------------- */

/* A few KB of overlapping text draws cost poppler minutes, and nothing in
 * its API stops it: PDFs are read in a worker process, forked at the
 * first PDF of a run, that loads poppler once and may spend so many CPU
 * seconds on each file before a timer ends it.  The file goes to it over
 * a socket, the blocks come back.  This process never loads poppler (the
 * worker would only fault its pages in again); a worker the limit ended
 * is replaced for the next file.  PT_CHECK_PDF_SECONDS sets the limit; 0
 * reads in this process, without one (the fuzzer). */
#define PT_CHECK_PDF_SECONDS 10

static long pdf_seconds(void)
{
	const char *s = getenv("PT_CHECK_PDF_SECONDS");
	char *end;
	long v = s && *s ? strtol(s, &end, 10) : -1;
	return v < 0 || *end || v > 86400 ? PT_CHECK_PDF_SECONDS : v;
}

/* What the worker sends for a file: this header, the blocks, their text. */
struct pdf_reply {
	int status;		/* 0, or the error's status with its msg */
	int unit;
	long page, bad_line;
	const char *bad;	/* a string of this program: the same after fork */
	unsigned long disabled;
	size_t nb, textlen;
	char msg[sizeof ((pt_error *)0)->msg];
};

static int put_all(int fd, const void *p, size_t n)
{
	for (const char *s = p; n;) {
		ssize_t k = send(fd, s, n, MSG_NOSIGNAL);	/* a dead worker: EPIPE, no signal */
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		s += k, n -= (size_t)k;
	}
	return 0;
}

static int get_all(int fd, void *p, size_t n)
{
	for (char *s = p; n;) {
		ssize_t k = read(fd, s, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		s += k, n -= (size_t)k;
	}
	return 0;
}

/* The worker: a file's size and bytes in, its reply out, until the
 * socket closes.  The timer counts the CPU time of one file; SIGPROF at
 * its end kills the worker (its default), which the reader sees. */
static void worker(int fd, long secs)
{
	struct rlimit core = {0, 0};
	setrlimit(RLIMIT_CORE, &core);	/* a worker ended by the limit leaves no core */
	signal(SIGPROF, SIG_DFL);
	int null = open("/dev/null", O_WRONLY);
	if (null >= 0)
		dup2(null, 1), close(null);	/* stdout is the parent's alone */
	pt_check_doc d = {0};
	size_t n;
	while (get_all(fd, &n, sizeof n) == 0) {
		char *buf = pt_xmalloc(n + 1);
		if (get_all(fd, buf, n) != 0)
			break;
		buf[n] = '\0';
		struct itimerval on = {{0, 0}, {secs, 0}}, off = {{0, 0}, {0, 0}};
		pt_error err = {0};
		struct pdf_reply r = {0};
		pt_check_doc_clear(&d);
		setitimer(ITIMER_PROF, &on, NULL);
		r.status = open_poppler("", &err) ? err.status : parse_here(&d, "", buf, n, &err);
		setitimer(ITIMER_PROF, &off, NULL);
		free(buf);
		snprintf(r.msg, sizeof r.msg, "%s", err.msg);
		r.unit = d.unit, r.page = d.page, r.bad = d.bad, r.bad_line = d.bad_line;
		r.disabled = d.disabled, r.nb = d.nb, r.textlen = d.text.len;
		if (put_all(fd, &r, sizeof r) || put_all(fd, d.b, d.nb * sizeof *d.b) ||
		    put_all(fd, d.text.s ? d.text.s : "", d.text.len))
			break;
	}
	_exit(0);	/* no atexit, no stdio flushed twice */
}

static struct {
	pid_t pid;	/* 0: none */
	int fd;
	int status;	/* how it ended, when it did */
} W;

/* At exit: the worker sees the socket close and ends; it is waited for,
 * so its CPU time is the run's. */
static void worker_stop(void)
{
	if (!W.pid)
		return;
	close(W.fd);
	while (waitpid(W.pid, &W.status, 0) < 0 && errno == EINTR)
		;
	W.pid = 0;
}

static int worker_start(long secs, const char *file, pt_error *err)
{
	static int registered;
	int sv[2];
	fflush(NULL);	/* what is buffered is written once, not again by the worker */
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){file, 0}, pt_tr("cannot read: %s"), strerror(errno));
	pid_t pid = fork();
	if (pid < 0) {
		close(sv[0]), close(sv[1]);
		return pt_fail(err, PT_EXIT_IO, (pt_loc){file, 0}, pt_tr("cannot read: %s"), strerror(errno));
	}
	if (pid == 0) {
		close(sv[0]);
		worker(sv[1], secs);
	}
	close(sv[1]);
	W.pid = pid, W.fd = sv[0];
	if (!registered++)
		atexit(worker_stop);
	return 0;
}

/* The worker's reply into d, each block checked against what was sent. */
static int take_reply(pt_check_doc *d, const char *file, pt_error *err)
{
	struct pdf_reply r;
	if (get_all(W.fd, &r, sizeof r) != 0)
		return -1;
	if (r.nb > ((size_t)1 << 40) / sizeof *d->b || r.textlen > (size_t)1 << 40)
		return -2;
	pt_check_block *b = pt_xmalloc(r.nb * sizeof *b + 1);
	char *text = pt_xmalloc(r.textlen + 1);
	int rc = get_all(W.fd, b, r.nb * sizeof *b) || get_all(W.fd, text, r.textlen) ? -1 : 0;
	for (size_t i = 0; !rc && i < r.nb; i++) {
		if (b[i].off > r.textlen || b[i].len > r.textlen - b[i].off) {
			rc = -2;
			break;
		}
		d->page = b[i].page;
		pt_check_block_add(d, b[i].type, b[i].level, b[i].line, b[i].col, text + b[i].off, b[i].len);
	}
	free(b), free(text);
	if (rc)
		return rc;
	if (r.status)
		return pt_fail(err, r.status, (pt_loc){file, 0}, "%s", r.msg);
	d->unit = r.unit, d->page = r.page, d->bad = r.bad, d->bad_line = r.bad_line;
	d->disabled = r.disabled;
	return 0;
}

static int parse_worker(pt_check_doc *d, const char *file, const char *buf, size_t n, long secs,
			pt_error *err)
{
	if (!W.pid && worker_start(secs, file, err))
		return err->status;
	int rc = put_all(W.fd, &n, sizeof n) || put_all(W.fd, buf, n) ? -1 : take_reply(d, file, err);
	if (rc >= 0)
		return rc;
	worker_stop();	/* it ended, or said what cannot be: the next file gets a new one */
	int ws = W.status;
	if (WIFSIGNALED(ws) && (WTERMSIG(ws) == SIGPROF || WTERMSIG(ws) == SIGXCPU))
		return pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0},
			       pt_tr("not a readable PDF: its text takes more than %ld s of CPU time to lay out (the limit, PT_CHECK_PDF_SECONDS)"),
			       secs);
	if (WIFSIGNALED(ws))
		return pt_fail(err, PT_EXIT_DATA, (pt_loc){file, 0},
			       pt_tr("not a readable PDF: poppler stopped on signal %d"), WTERMSIG(ws));
	return pt_fail(err, PT_EXIT_IO, (pt_loc){file, 0}, pt_tr("cannot read: %s"),
		       pt_tr("the PDF reader stopped"));
}

int pt_check_parse_pdf(pt_check_doc *d, const char *file, const char *buf, size_t n, pt_error *err)
{
	long secs = pdf_seconds();
	if (secs)
		return parse_worker(d, file, buf, n, secs, err);
	return open_poppler(file, err) ? err->status : parse_here(d, file, buf, n, err);
}
