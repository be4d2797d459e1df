/* pt-render's SVG pictures as PNG, for Word: drawn by librsvg on a cairo
 * surface.  librsvg is opened when the first picture is drawn, not linked,
 * as check_pdf.c opens poppler: it brings glib, cairo, pango and their
 * kin, which would cost every run of pt-render their start-up.  The
 * headers still give the types; the Makefile names the soname it was
 * built against.  cairo and gobject come in with librsvg, so dlsym finds
 * their functions through its handle. */
#include <dlfcn.h>
#include <librsvg/rsvg.h>
#include <cairo.h>
#include <string.h>
#include "render_docx.h"

#ifndef PT_RSVG_SO
#define PT_RSVG_SO "librsvg-2.so.2"
#endif
#define RSVG_FUNCS(X) \
	X(rsvg_handle_new_from_data) X(rsvg_handle_render_document) \
	X(cairo_image_surface_create) X(cairo_create) X(cairo_destroy) \
	X(cairo_surface_destroy) X(cairo_surface_write_to_png_stream) \
	X(cairo_set_source_rgb) X(cairo_paint) X(cairo_status) \
	X(g_object_unref) X(g_clear_error)
static struct {
#define MEMBER(f) __typeof__(f) *f;
	RSVG_FUNCS(MEMBER)
#undef MEMBER
} R;

static int open_rsvg(pt_error *err)
{
	static int state;	/* 0 not tried, 1 open, -1 failed */
	static char why[256];
	if (!state) {
		void *h = dlopen(PT_RSVG_SO, RTLD_NOW | RTLD_LOCAL);
		state = h ? 1 : -1;
#define LOAD(f) if (h && !(*(void **)&R.f = dlsym(h, #f))) state = -1;
		RSVG_FUNCS(LOAD)
#undef LOAD
		if (state < 0)
			snprintf(why, sizeof why, "%s", dlerror() ? dlerror() : PT_RSVG_SO);
	}
	if (state < 0)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0},
			       pt_tr("pictures in Word need librsvg (%s): %s"), PT_RSVG_SO, why);
	return 0;
}

static cairo_status_t to_buf(void *closure, const unsigned char *data, unsigned int n)
{
	pt_buf_put(closure, data, n);
	return CAIRO_STATUS_SUCCESS;
}

/* The SVG's own width and height attributes: pt_svg_* always writes both,
 * in pixels. */
static double svg_attr(const char *svg, const char *name)
{
	char pat[32];
	snprintf(pat, sizeof pat, " %s=\"", name);
	const char *p = strstr(svg, pat);
	return p ? strtod(p + strlen(pat), NULL) : 0;
}

int pt_svg_png(const char *svg, int scale, pt_buf *png, int *w, int *h, pt_error *err)
{
	if (open_rsvg(err))
		return err->status;
	*w = (int)svg_attr(svg, "width");
	*h = (int)svg_attr(svg, "height");
	if (*w <= 0 || *h <= 0 || *w > 4000 || *h > 4000)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0}, "%s", pt_tr("picture has no size"));
	GError *gerr = NULL;
	RsvgHandle *hd = R.rsvg_handle_new_from_data((const guint8 *)svg, strlen(svg), &gerr);
	if (!hd) {
		R.g_clear_error(&gerr);
		return pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0}, "%s", pt_tr("librsvg cannot read the picture"));
	}
	cairo_surface_t *s = R.cairo_image_surface_create(CAIRO_FORMAT_RGB24, *w * scale, *h * scale);
	cairo_t *cr = R.cairo_create(s);
	R.cairo_set_source_rgb(cr, 1, 1, 1);	/* white, as on paper */
	R.cairo_paint(cr);
	RsvgRectangle vp = {0, 0, (double)*w * scale, (double)*h * scale};
	int ok = R.rsvg_handle_render_document(hd, cr, &vp, &gerr) && !R.cairo_status(cr);
	R.g_clear_error(&gerr);
	if (ok)
		ok = R.cairo_surface_write_to_png_stream(s, to_buf, png) == CAIRO_STATUS_SUCCESS;
	R.cairo_destroy(cr);
	R.cairo_surface_destroy(s);
	R.g_object_unref(hd);
	if (!ok)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0}, "%s", pt_tr("librsvg cannot draw the picture"));
	return 0;
}
