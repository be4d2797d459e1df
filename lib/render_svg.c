/* The pictures of a council document, as SVG through the escaping writer:
 * the power-interest grid of the stakeholders and the timeline of the plan.
 * Output is deterministic: positions are integers, no randomness. */
#include <stdlib.h>
#include <string.h>
#include "render_priv.h"

#define SVG_NS "http://www.w3.org/2000/svg"

static void svg_open(pt_xw *w, int width, int height, const char *label, const char *cls)
{
	pt_xw_open(w, "svg");
	pt_xw_attr(w, "xmlns", SVG_NS);
	pt_xw_attr(w, "class", cls);
	pt_xw_attrf(w, "viewBox", "0 0 %d %d", width, height);
	pt_xw_attrf(w, "width", "%d", width);
	pt_xw_attrf(w, "height", "%d", height);
	pt_xw_attr(w, "role", "img");
	pt_xw_attr(w, "aria-label", label);
	pt_xw_close(w);
	pt_xw_elem(w, "title", label, NULL);
	pt_xw_nl(w);
}

static void rect(pt_xw *w, int x, int y, int wd, int ht, const char *fill)
{
	pt_xw_open(w, "rect");
	pt_xw_attrf(w, "x", "%d", x);
	pt_xw_attrf(w, "y", "%d", y);
	pt_xw_attrf(w, "width", "%d", wd);
	pt_xw_attrf(w, "height", "%d", ht);
	pt_xw_attr(w, "fill", fill);
	pt_xw_selfclose(w);
	pt_xw_nl(w);
}

static void line(pt_xw *w, int x1, int y1, int x2, int y2, const char *stroke, int dash)
{
	pt_xw_open(w, "line");
	pt_xw_attrf(w, "x1", "%d", x1);
	pt_xw_attrf(w, "y1", "%d", y1);
	pt_xw_attrf(w, "x2", "%d", x2);
	pt_xw_attrf(w, "y2", "%d", y2);
	pt_xw_attr(w, "stroke", stroke);
	if (dash)
		pt_xw_attr(w, "stroke-dasharray", "4 3");
	pt_xw_selfclose(w);
	pt_xw_nl(w);
}

static void circle(pt_xw *w, int cx, int cy, int r, const char *fill)
{
	pt_xw_open(w, "circle");
	pt_xw_attrf(w, "cx", "%d", cx);
	pt_xw_attrf(w, "cy", "%d", cy);
	pt_xw_attrf(w, "r", "%d", r);
	pt_xw_attr(w, "fill", fill);
	pt_xw_selfclose(w);
	pt_xw_nl(w);
}

/* anchor: "start", "middle" or "end"; rotate: degrees, 0 for none. */
static void text_at(pt_xw *w, int x, int y, const char *anchor, const char *cls,
		    int rotate, const char *s)
{
	pt_xw_open(w, "text");
	pt_xw_attrf(w, "x", "%d", x);
	pt_xw_attrf(w, "y", "%d", y);
	pt_xw_attr(w, "text-anchor", anchor);
	pt_xw_attr(w, "class", cls);
	if (rotate)
		pt_xw_attrf(w, "transform", "rotate(%d %d %d)", rotate, x, y);
	pt_xw_close(w);
	pt_xw_text(w, s);
	pt_xw_end(w, "text");
	pt_xw_nl(w);
}

/* ---- the power-interest grid ------------------------------------------- */

/* Five columns of interest and five rows of influence, a tick for each
 * value once.  The quadrants meet in the middle of the 3s: a stakeholder
 * scored 3 sits in the half of that cell on the side of the quadrant
 * pt-stakeholders gave it.  Dots on the same spot are spread in a small
 * grid around it, each numbered; the names, in full, are in a legend
 * beside the grid, as in the table below it. */
/* The legend's letters are 16 px: the grid is 850 px wide and prints
 * 174 mm wide on A4 (about 657 px), so they print at 9.3 pt, as the text
 * around them (at 11 px they printed at 6 pt). */
enum { G_L = 70, G_T = 30, G_C = 90, G_SIZE = 5 * G_C, G_DOT = 7, G_STEP = 16,
       G_LEG_X = G_L + G_SIZE + 30, G_LEG_W = 300, G_W = G_LEG_X + G_LEG_W,
       G_LINE_H = 20, G_LEG_MAX = 30, G_WRAP = 34 };

/* The style an SVG file beside a Markdown document carries itself: the
 * same rules as render.css gives the pictures inline in HTML (where a
 * style element inside the SVG would apply to the whole page). */
static const char svg_style[] =
	".pt-grid text, .pt-timeline text { font-family: \"Source Sans Pro\", \"Segoe UI\", Arial, "
	"sans-serif; font-size: 11px; fill: #1a1a1a; }\n"
	".pt-grid .pt-axis, .pt-timeline .pt-axis { font-size: 12px; font-weight: 600; }\n"
	".pt-grid .pt-q { font-size: 12px; fill: #5a6570; font-style: italic; }\n"
	".pt-grid .pt-tick, .pt-timeline .pt-tick { font-size: 11px; fill: #444444; }\n"
	".pt-grid .pt-legend { font-size: 16px; fill: #333333; }\n"
	".pt-grid .pt-num { font-size: 8px; font-weight: 600; fill: #ffffff; }\n";

static void svg_styles(pt_xw *w)
{
	pt_xw_open(w, "style");
	pt_xw_close(w);
	pt_xw_css(w, svg_style);
	pt_xw_end(w, "style");
	pt_xw_nl(w);
}

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static int value_of(const json_t *s, const char *key)
{
	json_t *v = json_object_get(s, key);
	return json_is_number(v) ? clamp((int)json_number_value(v), 1, 5) : 0;
}

/* High interest / high power: from the kwadrant when the dossier has one,
 * else 3 or more counts as high (a default). */
static void grid_halves(const json_t *s, int belang, int invloed, int *hi_b, int *hi_i)
{
	const char *kw = json_string_value(json_object_get(s, "kwadrant"));
	int k = pt_vocab_index(&pt_v_kwadrant, kw);
	if (k >= 0) {
		*hi_b = strcmp(kw, "actief betrekken") == 0 || strcmp(kw, "consulteren") == 0;
		*hi_i = strcmp(kw, "actief betrekken") == 0 || strcmp(kw, "tevreden houden") == 0;
	} else {
		*hi_b = belang >= 3;
		*hi_i = invloed >= 3;
	}
}

/* The spot of a value on an axis: 0..5 for 1, 2, 3 low, 3 high, 4, 5. */
static int spot(int v, int hi)
{
	return v < 3 ? v - 1 : v > 3 ? v : hi ? 3 : 2;
}

/* Pixels from the axis' start to a spot's centre, and the room around it. */
static int spot_px(int s)
{
	static const int px[6] = {G_C / 2, G_C + G_C / 2, 2 * G_C + G_C / 4, 2 * G_C + 3 * G_C / 4,
				  3 * G_C + G_C / 2, 4 * G_C + G_C / 2};
	return px[s];
}

static int spot_room(int s)
{
	return s == 2 || s == 3 ? G_C / 2 : G_C;
}

static const char *houding_colour(const char *h)
{
	static const char *const names[] = {"voor", "twijfel", "tegen"};
	static const char *const colours[] = {"#1b7837", "#b35806", "#b2182b"};
	for (int i = 0; i < 3; i++)
		if (h && strcmp(h, names[i]) == 0)
			return colours[i];
	return "#555555";
}

static void grid_frame(pt_xw *w, enum pt_lang lang)
{
	static const char *const fills[4] = {"#f3f6fa", "#e3ecf5", "#fbf5e9", "#f8e4d5"};
	static const char *const kw[4] = {"informeren", "consulteren", "tevreden houden",
					  "actief betrekken"};
	int half = G_SIZE / 2;
	for (int q = 0; q < 4; q++) {
		int x = G_L + (q & 1) * half, y = G_T + (q & 2 ? 0 : half);
		rect(w, x, y, half, half, fills[q]);
		text_at(w, q & 1 ? x + half - 6 : x + 6, q & 2 ? y + 14 : y + half - 6,
			q & 1 ? "end" : "start", "pt-q", 0, pt_vocab_label(&pt_v_kwadrant, kw[q], lang));
	}
	line(w, G_L + half, G_T, G_L + half, G_T + G_SIZE, "#888888", 1);
	line(w, G_L, G_T + half, G_L + G_SIZE, G_T + half, "#888888", 1);
	for (int v = 1; v <= 5; v++) {
		char t[4];
		snprintf(t, sizeof t, "%d", v);
		text_at(w, G_L + (v - 1) * G_C + G_C / 2, G_T + G_SIZE + 16, "middle", "pt-tick", 0, t);
		text_at(w, G_L - 8, G_T + (5 - v) * G_C + G_C / 2 + 4, "end", "pt-tick", 0, t);
	}
	text_at(w, G_L + half, G_T + G_SIZE + 36, "middle", "pt-axis", 0, pt_rl(RL_AS_BELANG, lang));
	text_at(w, 22, G_T + half, "middle", "pt-axis", -90, pt_rl(RL_AS_INVLOED, lang));
}

static void grid_colours(pt_xw *w, enum pt_lang lang, int y)
{
	static const char *const h[] = {"voor", "twijfel", "tegen", "onbekend"};
	int x = G_L;
	for (int i = 0; i < 4; i++, x += 120) {
		circle(w, x + 6, y - 5, 6, houding_colour(h[i]));
		text_at(w, x + 16, y, "start", "pt-legend", 0, pt_vocab_label(&pt_v_houding, h[i], lang));
	}
}

/* One dot and its number. */
static void dot(pt_xw *w, int x, int y, size_t nr, const char *houding)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", nr);
	circle(w, x, y, G_DOT, houding_colour(houding));
	text_at(w, x, y + 3, "middle", "pt-num", 0, num);
}

/* The k-th of n dots on one spot: a grid of up to cols a row around the
 * spot's centre.  Returns 0 when the spot has no room left for it. */
static int spread(int k, int n, int room, int *dx, int *dy)
{
	int cols = (room - 4) / G_STEP, rows = (G_C - 4) / G_STEP;
	if (cols < 1)
		cols = 1;
	int per_row = n < cols ? n : cols, nrows = (n + cols - 1) / cols;
	if (nrows > rows)
		nrows = rows;
	if (k >= per_row * nrows)
		return 0;
	*dx = (k % per_row) * G_STEP - (per_row - 1) * G_STEP / 2;
	*dy = (k / per_row) * G_STEP - (nrows - 1) * G_STEP / 2;
	return 1;
}

/* The legend beside the grid: "n. name" in full, a long name wrapped at a
 * space.  Returns the y below the last line. */
static int grid_names(pt_xw *w, const json_t *sh, enum pt_lang lang)
{
	size_t n = json_array_size(sh), shown = 0;
	int y = G_T + 10, lines = 0;
	for (size_t i = 0; i < n && lines < G_LEG_MAX; i++, shown++) {
		const char *naam = json_string_value(json_object_get(json_array_get(sh, i), "naam"));
		char *clean = pt_render_clean(naam ? naam : "?");
		pt_buf b = PT_BUF_INIT;
		pt_buf_printf(&b, "%zu. %s", i + 1, clean);
		free(clean);
		char *s = pt_buf_take(&b), *p = s;
		int indent = 0;
		while (*p && lines < G_LEG_MAX) {
			size_t len = strlen(p), cut = len;
			if (len > G_WRAP) {
				cut = G_WRAP;
				while (cut > 0 && p[cut] != ' ')
					cut--;
				if (cut == 0)
					cut = G_WRAP;
				while (cut < len && (p[cut] & 0xC0) == 0x80)
					cut++;	/* never inside a UTF-8 sequence */
			}
			char save = p[cut];
			p[cut] = '\0';
			text_at(w, G_LEG_X + indent, y, "start", "pt-legend", 0, p);
			p[cut] = save;
			p += cut;
			while (*p == ' ')
				p++;
			y += G_LINE_H, lines++;
			indent = 14;
		}
		free(s);
	}
	if (shown < n) {
		char num[32];
		snprintf(num, sizeof num, "%zu", n - shown);
		const char *vars[] = {"n", num, NULL};
		char *more = pt_zin_fill("grid.meer", lang, vars);
		text_at(w, G_LEG_X, y, "start", "pt-legend", 0, more ? more : num);
		free(more);
		y += G_LINE_H;
	}
	return y;
}

char *pt_svg_grid(const json_t *stakeholders, enum pt_lang lang, int own_style)
{
	size_t n = json_array_size(stakeholders);
	if (n == 0)
		return NULL;
	int *where = pt_xmalloc(n * sizeof *where), count[36] = {0}, placed[36] = {0};
	for (size_t i = 0; i < n; i++) {
		const json_t *s = json_array_get(stakeholders, i);
		int b = value_of(s, "belang"), v = value_of(s, "invloed"), hb, hi;
		where[i] = -1;
		if (!b || !v)
			continue;
		grid_halves(s, b, v, &hb, &hi);
		where[i] = spot(v, hi) * 6 + spot(b, hb);
		count[where[i]]++;
	}
	pt_xw body = {0};
	int legend_end = grid_names(&body, stakeholders, lang);
	int grid_end = G_T + G_SIZE + 70;
	int height = legend_end + 10 > grid_end ? legend_end + 10 : grid_end;
	pt_xw w = {0};
	svg_open(&w, G_W, height, pt_rl(RL_GRID_TITLE, lang), "pt-grid");
	if (own_style)
		svg_styles(&w);
	grid_frame(&w, lang);
	for (size_t i = 0; i < n; i++) {
		if (where[i] < 0)
			continue;
		const json_t *s = json_array_get(stakeholders, i);
		int c = where[i], k = placed[c]++, col = c % 6, row = c / 6, dx, dy;
		int x = G_L + spot_px(col), y = G_T + G_SIZE - spot_px(row);
		if (spread(k, count[c], spot_room(col), &dx, &dy)) {
			int last = !spread(k + 1, count[c], spot_room(col), &dx, &dy) && k + 1 < count[c];
			spread(k, count[c], spot_room(col), &dx, &dy);
			if (!last) {
				dot(&w, x + dx, y + dy, i + 1, json_string_value(json_object_get(s, "houding")));
				continue;
			}
			/* the last place of a full spot says how many more */
			char more[32];
			snprintf(more, sizeof more, "+%d", count[c] - k);
			text_at(&w, x + dx, y + dy + 4, "middle", "pt-tick", 0, more);
		}
	}
	pt_xw_append(&w, &body);
	pt_xw_free(&body);
	grid_colours(&w, lang, G_T + G_SIZE + 60);
	pt_xw_end(&w, "svg");
	pt_xw_nl(&w);
	free(where);
	return pt_xw_take(&w);
}

/* ---- the timeline ------------------------------------------------------ */

enum { T_LABEL = 260, T_X0 = 280, T_X1 = 740, T_W = 760, T_TOP = 50, T_ROW = 24 };

static int week_of(const json_t *a, int *week)
{
	json_t *v = json_object_get(a, "week");
	if (!json_is_number(v))
		return 0;
	*week = (int)json_number_value(v);
	return 1;
}

/* Activities in week order, those without a week last; stable (equal
 * weeks keep their order).  A sort, not an insertion: plans can be long. */
struct by_week {
	int has, week;
	size_t i;
};

static int by_week_cmp(const void *a, const void *b)
{
	const struct by_week *x = a, *y = b;
	if (x->has != y->has)
		return y->has - x->has;
	if (x->has && x->week != y->week)
		return x->week < y->week ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

size_t *pt_render_week_order(const json_t *acts)
{
	size_t n = json_array_size(acts);
	struct by_week *k = pt_xcalloc(n ? n : 1, sizeof *k);
	size_t *ord = pt_xmalloc((n ? n : 1) * sizeof *ord);
	for (size_t i = 0; i < n; i++) {
		k[i].i = i;
		k[i].has = week_of(json_array_get(acts, i), &k[i].week);
	}
	qsort(k, n, sizeof *k, by_week_cmp);
	for (size_t i = 0; i < n; i++)
		ord[i] = k[i].i;
	free(k);
	return ord;
}

static int week_x(int week, int lo, int hi)
{
	return T_X0 + (int)((long)(week - lo) * (T_X1 - T_X0) / (hi - lo));
}

static void timeline_axis(pt_xw *w, int lo, int hi, int bottom, enum pt_lang lang)
{
	int step = 1;
	while ((hi - lo) / step > 12)
		step *= 2;
	line(w, T_X0, bottom, T_X1, bottom, "#888888", 0);
	for (int wk = 0; wk >= lo; wk -= step) {
		char v[16];
		snprintf(v, sizeof v, "%d", wk);
		line(w, week_x(wk, lo, hi), T_TOP - 8, week_x(wk, lo, hi), bottom, "#dddddd", 0);
		text_at(w, week_x(wk, lo, hi), bottom + 16, "middle", "pt-tick", 0, v);
	}
	for (int wk = step; wk <= hi; wk += step) {
		char v[16];
		snprintf(v, sizeof v, "+%d", wk);
		text_at(w, week_x(wk, lo, hi), bottom + 16, "middle", "pt-tick", 0, v);
	}
	line(w, week_x(0, lo, hi), T_TOP - 20, week_x(0, lo, hi), bottom, "#b2182b", 0);
	text_at(w, week_x(0, lo, hi), T_TOP - 26, "middle", "pt-axis", 0, pt_rl(RL_TL_BESLUIT, lang));
	text_at(w, (T_X0 + T_X1) / 2, bottom + 36, "middle", "pt-axis", 0, pt_rl(RL_TL_WEKEN, lang));
}

/* With a decision date the axis shows months, not weeks: a tick at the
 * first of each month (every second or third when the plan is long), its
 * short name, and the year at January and at the first tick.  The first
 * tick is the month of the first activity, at the axis' start, so that
 * every activity lies under a label. */
static void timeline_months(pt_xw *w, int lo, int hi, int bottom, long besluit, enum pt_lang lang)
{
	long d0 = besluit + 7L * lo, d1 = besluit + 7L * hi;
	int y, m, d;
	pt_date_civil(d0, &y, &m, &d);
	m--;	/* from the month of the first activity: a label covers it */
	long firsts[240];
	int mons[240], years[240], n = 0;
	while (n < 240) {
		if (++m > 12)
			m = 1, y++;
		char iso[48];
		snprintf(iso, sizeof iso, "%04d-%02d-01", y, m);
		long ds = pt_date_days(iso);
		if (ds < 0 || ds > d1)
			break;
		firsts[n] = ds, mons[n] = m, years[n] = y, n++;
	}
	int step = 1;
	while (n / step > 8)
		step++;
	line(w, T_X0, bottom, T_X1, bottom, "#888888", 0);
	for (int i = 0; i < n; i += step) {
		long at = firsts[i] < d0 ? d0 : firsts[i];	/* the first month starts at the axis */
		int x = T_X0 + (int)((at - d0) * (T_X1 - T_X0) / (d1 - d0 > 0 ? d1 - d0 : 1));
		char key[32], label[64];
		snprintf(key, sizeof key, "maandkort.%d", mons[i]);
		const char *name = pt_zin(key, lang) ? pt_zin(key, lang) : "?";
		if (i == 0 || mons[i] <= step)
			snprintf(label, sizeof label, "%s %d", name, years[i]);
		else
			snprintf(label, sizeof label, "%s", name);
		line(w, x, T_TOP - 8, x, bottom, "#dddddd", 0);
		/* the first month, begun before the axis, ends its label at the
		 * axis' start when the next month's label is close */
		int close = firsts[i] < d0 && i + step < n &&
			    (firsts[i + step] - d0) * (T_X1 - T_X0) / (d1 - d0 > 0 ? d1 - d0 : 1) < 50;
		text_at(w, x, bottom + 16, close ? "end" : "middle", "pt-tick", 0, label);
	}
	line(w, week_x(0, lo, hi), T_TOP - 20, week_x(0, lo, hi), bottom, "#b2182b", 0);
	text_at(w, week_x(0, lo, hi), T_TOP - 26, "middle", "pt-axis", 0, pt_rl(RL_TL_BESLUIT, lang));
}

char *pt_svg_timeline(const json_t *acts, enum pt_lang lang, long besluit, int own_style)
{
	size_t n = json_array_size(acts);
	if (n == 0)
		return NULL;
	int lo = -1, hi = 0, wk;
	for (size_t i = 0; i < n; i++)
		if (week_of(json_array_get(acts, i), &wk)) {
			if (wk < lo)
				lo = wk < -520 ? -520 : wk;
			if (wk > hi)
				hi = wk > 104 ? 104 : wk;
		}
	size_t *ord = pt_render_week_order(acts);
	int bottom = T_TOP + (int)n * T_ROW;
	pt_xw w = {0};
	svg_open(&w, T_W, bottom + 50, pt_rl(RL_TL_TITLE, lang), "pt-timeline");
	if (own_style)
		svg_styles(&w);
	if (besluit >= 0)
		timeline_months(&w, lo, hi, bottom, besluit, lang);
	else
		timeline_axis(&w, lo, hi, bottom, lang);
	for (size_t r = 0; r < n; r++) {
		const json_t *a = json_array_get(acts, ord[r]);
		const char *naam = json_string_value(json_object_get(a, "naam"));
		if (!naam)
			naam = json_string_value(json_object_get(a, "werkvorm"));
		char *clean = pt_render_clean(naam ? naam : "?"), shortname[160];
		int y = T_TOP + (int)r * T_ROW + T_ROW / 2;
		text_at(&w, T_LABEL, y + 4, "end", "pt-label", 0,
			pt_render_shorten(clean, 38, shortname, sizeof shortname));
		free(clean);
		if (week_of(a, &wk)) {
			int x = week_x(clamp(wk, lo, hi), lo, hi);
			circle(&w, x, y, 6, "#2166ac");
		} else {
			text_at(&w, T_X0, y + 4, "start", "pt-label", 0, pt_rl(RL_WEEK_ONBEKEND, lang));
		}
	}
	pt_xw_end(&w, "svg");
	pt_xw_nl(&w);
	free(ord);
	return pt_xw_take(&w);
}
