/* floor: the speed floor for make bench.  Parses each line of stdin with
 * jansson and dumps it again, nothing more. */
#include <stdio.h>
#include <stdlib.h>
#include <jansson.h>

static int dump_cb(const char *buf, size_t n, void *data)
{
	return fwrite(buf, 1, n, data) == n ? 0 : -1;
}

int main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	json_error_t je;
	while ((n = getline(&line, &cap, stdin)) > 0) {
		json_t *v = json_loadb(line, (size_t)n, 0, &je);
		if (!v)
			continue;
		json_dump_callback(v, dump_cb, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(v);
	}
	free(line);
	return 0;
}
