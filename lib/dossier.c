/* Dossier sections, dotted paths and meldingen. */
#include <string.h>
#include "pt.h"

int pt_dossier_check(const json_t *d, const pt_loc *loc, pt_error *err)
{
	json_t *v = json_object_get(d, "pt");
	if (v && !(json_is_integer(v) && json_integer_value(v) == PT_FORMAT_VERSION))
		return pt_fail(err, PT_EXIT_DATA, *loc,
			       pt_tr("unsupported dossier format version (\"pt\" must be %d)"),
			       PT_FORMAT_VERSION);
	return 0;
}

void pt_section_set(json_t *d, const char *key, json_t *val)
{
	/* jansson keeps an existing key's place when its value is replaced. */
	json_object_set_new(d, key, val);
}

json_t *pt_get(const json_t *d, const char *path)
{
	char key[128];
	const char *p = path;
	json_t *v = (json_t *)d;
	while (v && *p) {
		const char *dot = strchr(p, '.');
		size_t n = dot ? (size_t)(dot - p) : strlen(p);
		if (n >= sizeof key || !json_is_object(v))
			return NULL;
		memcpy(key, p, n);
		key[n] = '\0';
		v = json_object_get(v, key);
		p += n + (dot != NULL);
	}
	return v;
}

const char *pt_get_str(const json_t *d, const char *path)
{
	return json_string_value(pt_get(d, path));
}

int pt_set_path(json_t *d, const char *path, json_t *val)
{
	char key[128];
	const char *p = path;
	json_t *obj = d;
	for (;;) {
		const char *dot = strchr(p, '.');
		size_t n = dot ? (size_t)(dot - p) : strlen(p);
		if (n == 0 || n >= sizeof key) {
			json_decref(val);
			return -1;
		}
		memcpy(key, p, n);
		key[n] = '\0';
		if (!dot)
			return json_object_set_new(obj, key, val);
		json_t *next = json_object_get(obj, key);
		if (!json_is_object(next)) {
			next = json_object();
			json_object_set_new(obj, key, next);
		}
		obj = next;
		p = dot + 1;
	}
}

static const char *ernst_code[] = {"fout", "waarschuwing", "info"};

void pt_meldingen_clear(json_t *d, const char *bron)
{
	json_t *m = json_object_get(d, "meldingen");
	if (!json_is_array(m))
		return;
	for (size_t i = json_array_size(m); i-- > 0;) {
		const char *b = json_string_value(json_object_get(json_array_get(m, i), "bron"));
		if (b && strcmp(b, bron) == 0)
			json_array_remove(m, i);
	}
	if (json_array_size(m) == 0)
		json_object_del(d, "meldingen");
}

void pt_melding_add(json_t *d, enum pt_ernst ernst, const char *code, const char *pad,
		    const char *bron, const char *fmt, ...)
{
	char text[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	/* A cut at the buffer's end may split a UTF-8 character. */
	size_t n = strlen(text);
	while (n > 0 && !pt_utf8_valid(text, n))
		text[--n] = '\0';
	json_t *m = json_object_get(d, "meldingen");
	if (!json_is_array(m)) {
		m = json_array();
		json_object_set_new(d, "meldingen", m);
	}
	json_array_append_new(m, json_pack("{s:s, s:s, s:s, s:s, s:s}", "ernst", ernst_code[ernst],
					   "code", code, "pad", pad ? pad : "", "tekst", text,
					   "bron", bron));
}

int pt_meldingen_has_fout(const json_t *d)
{
	json_t *m = json_object_get(d, "meldingen"), *v;
	size_t i;
	json_array_foreach(m, i, v) {
		const char *e = json_string_value(json_object_get(v, "ernst"));
		if (e && strcmp(e, "fout") == 0)
			return 1;
	}
	return 0;
}
