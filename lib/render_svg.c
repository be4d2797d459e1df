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

/* Each half of an axis shows three values: low 1-3, high 3-5, so that a
 * stakeholder always sits in the quadrant pt-stakeholders gave it, even
 * when a 3 counts as high for one and low for another. */
enum { G_L = 80, G_T = 40, G_CW = 110, G_RH = 100, G_W = G_L + 6 * G_CW + 100,
       G_H = G_T + 6 * G_RH + 80, G_LINES = 5, G_LINE_H = 14 };

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

static int cell_index(int v, int hi)
{
	return hi ? 3 + clamp(v - 3, 0, 2) : clamp(v - 1, 0, 2);
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

static void grid_frame(pt_xw *w, int lang)
{
	static const char *const fills[4] = {"#f3f6fa", "#e3ecf5", "#fbf5e9", "#f8e4d5"};
	static const char *const kw[4] = {"informeren", "consulteren", "tevreden houden",
					  "actief betrekken"};
	int half_w = 3 * G_CW, half_h = 3 * G_RH;
	for (int q = 0; q < 4; q++) {
		int x = G_L + (q & 1) * half_w, y = G_T + (q & 2 ? 0 : half_h);
		rect(w, x, y, half_w, half_h, fills[q]);
		text_at(w, x + half_w - 8, y + half_h - 10, "end", "pt-q", 0,
			pt_vocab_label(&pt_v_kwadrant, kw[q], lang));
	}
	line(w, G_L + half_w, G_T, G_L + half_w, G_T + 2 * half_h, "#888888", 1);
	line(w, G_L, G_T + half_h, G_L + 2 * half_w, G_T + half_h, "#888888", 1);
	for (int c = 0; c < 6; c++) {
		char v[4];
		snprintf(v, sizeof v, "%d", c < 3 ? c + 1 : c);
		text_at(w, G_L + c * G_CW + G_CW / 2, G_T + 2 * half_h + 16, "middle", "pt-tick", 0, v);
		text_at(w, G_L - 8, G_T + (5 - c) * G_RH + G_RH / 2, "end", "pt-tick", 0, v);
	}
	text_at(w, G_L + half_w, G_T + 2 * half_h + 36, "middle", "pt-axis", 0,
		pt_rl(RL_AS_BELANG, lang));
	text_at(w, 24, G_T + half_h, "middle", "pt-axis", -90, pt_rl(RL_AS_INVLOED, lang));
}

static void grid_legend(pt_xw *w, int lang)
{
	static const char *const h[] = {"voor", "twijfel", "tegen", "onbekend"};
	int x = G_L, y = G_H - 16;
	for (int i = 0; i < 4; i++, x += 150) {
		circle(w, x + 5, y - 4, 5, houding_colour(h[i]));
		text_at(w, x + 14, y, "start", "pt-legend", 0, pt_vocab_label(&pt_v_houding, h[i], lang));
	}
}

char *pt_svg_grid(const json_t *stakeholders, int lang)
{
	size_t n = json_array_size(stakeholders);
	if (n == 0)
		return NULL;
	int *cell = pt_xmalloc(n * sizeof *cell), count[36] = {0}, seen[36] = {0};
	for (size_t i = 0; i < n; i++) {
		const json_t *s = json_array_get(stakeholders, i);
		int b = value_of(s, "belang"), v = value_of(s, "invloed"), hb, hi;
		cell[i] = -1;
		if (!b || !v)
			continue;
		grid_halves(s, b, v, &hb, &hi);
		cell[i] = cell_index(v, hi) * 6 + cell_index(b, hb);
		count[cell[i]]++;
	}
	pt_xw w = {0};
	svg_open(&w, G_W, G_H, pt_rl(RL_GRID_TITLE, lang), "pt-grid");
	grid_frame(&w, lang);
	for (size_t i = 0; i < n; i++) {
		if (cell[i] < 0)
			continue;
		const json_t *s = json_array_get(stakeholders, i);
		int c = cell[i], k = seen[c]++, col = c % 6, row = c / 6;
		int x = G_L + col * G_CW + 10, y = G_T + (5 - row) * G_RH + 16 + k * G_LINE_H;
		char label[128], shortname[96];
		/* A crowded cell shows the first ones and how many more. */
		if (count[c] > G_LINES && k >= G_LINES - 1) {
			if (k == G_LINES - 1) {
				snprintf(label, sizeof label, "+%d", count[c] - (G_LINES - 1));
				text_at(&w, x + 8, y + 4, "start", "pt-label", 0, label);
			}
			continue;
		}
		const char *naam = json_string_value(json_object_get(s, "naam"));
		char *clean = pt_render_clean(naam ? naam : "?");
		pt_render_shorten(clean, 14, shortname, sizeof shortname);
		free(clean);
		snprintf(label, sizeof label, "%zu. %s", i + 1, shortname);
		circle(&w, x, y, 5, houding_colour(json_string_value(json_object_get(s, "houding"))));
		text_at(&w, x + 8, y + 4, "start", "pt-label", 0, label);
	}
	grid_legend(&w, lang);
	pt_xw_end(&w, "svg");
	pt_xw_nl(&w);
	free(cell);
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

static void timeline_axis(pt_xw *w, int lo, int hi, int bottom, int lang)
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

char *pt_svg_timeline(const json_t *acts, int lang)
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
