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
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "render_docx.h"

#ifndef PT_RSVG_SO
#define PT_RSVG_SO "librsvg-2.so.2"
#endif
#define RSVG_FUNCS(X) \
	X(rsvg_handle_new_from_data) X(rsvg_handle_render_document) \
	X(cairo_image_surface_create) X(cairo_create) X(cairo_destroy) \
	X(cairo_surface_destroy) \
	X(cairo_set_source_rgb) X(cairo_paint) X(cairo_status) \
	X(cairo_surface_flush) X(cairo_image_surface_get_data) X(cairo_image_surface_get_stride) \
	X(g_object_unref) X(g_clear_error)
static struct {
#define MEMBER(f) __typeof__(f) *f;
	RSVG_FUNCS(MEMBER)
#undef MEMBER
} R;

static void *rsvg_so;

static int open_rsvg(pt_error *err)
{
	static int state;	/* 0 not tried, 1 open, -1 failed */
	static char why[256];
	if (!state) {
		void *h = rsvg_so = dlopen(PT_RSVG_SO, RTLD_NOW | RTLD_LOCAL);
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

static void chunk(pt_buf *png, const char *type, const unsigned char *data, size_t n)
{
	unsigned char len[4] = {n >> 24, n >> 16, n >> 8, n}, crc[4];
	uLong c = crc32(0, (const Bytef *)type, 4);
	if (n)	/* crc32 of a NULL buffer is 0, not the sum so far */
		c = crc32(c, data, (uInt)n);
	crc[0] = c >> 24, crc[1] = c >> 16, crc[2] = c >> 8, crc[3] = c;
	pt_buf_put(png, len, 4);
	pt_buf_put(png, type, 4);
	if (n)
		pt_buf_put(png, data, n);
	pt_buf_put(png, crc, 4);
}

/* The surface as a PNG: 8-bit RGB rows, each with the Sub filter,
 * deflated with zlib's run-length strategy.  libpng through cairo tries
 * every filter on every row, which costs more than drawing the picture;
 * in a chart of flat colours Sub makes long runs of zeros, which pack as
 * small. */
static int encode_png(cairo_surface_t *s, int w, int h, pt_buf *png)
{
	R.cairo_surface_flush(s);
	const unsigned char *px = R.cairo_image_surface_get_data(s);
	int stride = R.cairo_image_surface_get_stride(s);
	size_t rowlen = 1 + 3 * (size_t)w, rawlen = rowlen * (size_t)h;
	unsigned char *raw = pt_xmalloc(rawlen), *p = raw;
	for (int y = 0; y < h; y++) {
		const uint32_t *row = (const uint32_t *)(px + (size_t)y * stride);
		uint32_t left = 0;
		*p++ = 1;	/* Sub: each byte less the one a pixel before */
		for (int x = 0; x < w; x++) {
			*p++ = (unsigned char)((row[x] >> 16) - (left >> 16));
			*p++ = (unsigned char)((row[x] >> 8) - (left >> 8));
			*p++ = (unsigned char)(row[x] - left);
			left = row[x];
		}
	}
	z_stream z = {0};
	uLong cap = compressBound(rawlen);
	unsigned char *idat = pt_xmalloc(cap);
	int ok = deflateInit2(&z, 6, Z_DEFLATED, 15, 8, Z_RLE) == Z_OK;
	if (ok) {
		z.next_in = raw, z.avail_in = (uInt)rawlen;
		z.next_out = idat, z.avail_out = (uInt)cap;
		ok = deflate(&z, Z_FINISH) == Z_STREAM_END;
		deflateEnd(&z);
	}
	if (ok) {
		static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
		unsigned char ihdr[13] = {w >> 24, w >> 16, w >> 8, w, h >> 24, h >> 16, h >> 8, h,
					  8, 2, 0, 0, 0};	/* 8 bits, RGB, deflate, no filter, no interlace */
		pt_buf_put(png, sig, 8);
		chunk(png, "IHDR", ihdr, 13);
		chunk(png, "IDAT", idat, z.total_out);
		chunk(png, "IEND", NULL, 0);
	}
	free(raw);
	free(idat);
	return ok;
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
		ok = encode_png(s, *w * scale, *h * scale, png);
	R.cairo_destroy(cr);
	R.cairo_surface_destroy(s);
	R.g_object_unref(hd);
	if (!ok)
		return pt_fail(err, PT_EXIT_IO, (pt_loc){NULL, 0}, "%s", pt_tr("librsvg cannot draw the picture"));
	return 0;
}

/* At the end of a run: pango's font map and fontconfig's caches, which
 * they keep for the life of the process, given back, so that a leak
 * checker sees pt's own leaks only.  Both are looked up, not required. */
void pt_svg_png_cleanup(void)
{
	if (!rsvg_so)
		return;
	void (*set_default)(void *) = NULL;
	void (*fc_fini)(void) = NULL;
	*(void **)&set_default = dlsym(rsvg_so, "pango_cairo_font_map_set_default");
	*(void **)&fc_fini = dlsym(rsvg_so, "FcFini");
	if (set_default && fc_fini) {
		set_default(NULL);
		fc_fini();
	}
}
