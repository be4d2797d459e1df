/* One growable byte buffer for the whole library (cf. cmark's strbuf).
 * The bytes are always NUL-terminated once anything was put, so b->s can be
 * handed to string functions; embedded NULs are kept for binary data. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"

void pt_buf_grow(pt_buf *b, size_t more)
{
	size_t need;
	if (more > (size_t)-1 / 2 - b->len)
		pt_out_of_memory();
	need = b->len + more + 1;
	if (need <= b->cap)
		return;
	b->cap = b->cap ? b->cap : 64;
	while (b->cap < need)
		b->cap *= 2;
	b->s = pt_xrealloc(b->s, b->cap);
}

void pt_buf_put(pt_buf *b, const void *p, size_t n)
{
	pt_buf_grow(b, n);
	if (n)
		memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void pt_buf_puts(pt_buf *b, const char *s)
{
	pt_buf_put(b, s, strlen(s));
}

void pt_buf_putc(pt_buf *b, int c)
{
	char ch = (char)c;
	pt_buf_put(b, &ch, 1);
}

void pt_buf_vprintf(pt_buf *b, const char *fmt, va_list ap)
{
	va_list again;
	int n;
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	if (n < 0)
		return;
	pt_buf_grow(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void pt_buf_printf(pt_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	pt_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *pt_buf_str(pt_buf *b)
{
	pt_buf_grow(b, 0);
	b->s[b->len] = '\0';
	return b->s;
}

char *pt_buf_take(pt_buf *b)
{
	char *s;
	pt_buf_grow(b, 0);
	b->s[b->len] = '\0';
	s = b->s;
	*b = (pt_buf)PT_BUF_INIT;
	return s;
}

void pt_buf_free(pt_buf *b)
{
	free(b->s);
	*b = (pt_buf)PT_BUF_INIT;
}
