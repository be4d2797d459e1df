/* Unit test of the lookup order of a data table (data.c, pt(7) FILES):
 * PT_DATA_DIR, then $XDG_CONFIG_HOME/pt ($HOME/.config/pt when unset),
 * then SYSCONFDIR/pt, then the copy built in; file by file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pt.h"
#include "tap.h"

static char root[] = "/tmp/pt-data-XXXXXX";

static void put(const char *dir, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", root, dir);
	for (char *p = path + strlen(root) + 1; *p; p++)
		if (*p == '/')
			*p = 0, mkdir(path, 0777), *p = '/';
	mkdir(path, 0777);
	snprintf(path, sizeof path, "%s/%s/probe.csv", root, dir);
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
}

/* The first line of the copy of name the lookup finds, and where. */
static const char *found(const char *name, const char **shown)
{
	static char line[256];
	static pt_error err;
	FILE *f = pt_data_open(name, NULL, shown, &err);
	line[0] = 0;
	if (f && !fgets(line, sizeof line, f))
		line[0] = 0;
	if (f)
		fclose(f);
	line[strcspn(line, "\n")] = 0;
	return f ? line : err.msg;
}

static void env(const char *name, const char *sub)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", root, sub);
	setenv(name, path, 1);
}

int main(void)
{
	const char *shown;
	char etc[512];
	if (!mkdtemp(root))
		return 4;
	snprintf(etc, sizeof etc, "%s/etc/pt", root);
	pt_data_sysconfdir = etc;
	unsetenv("PT_DATA_DIR");
	unsetenv("XDG_CONFIG_HOME");
	env("HOME", "home");

	is_str(found("probe.csv", &shown), "no such built-in data file", "nowhere: no built-in copy either");
	put("etc/pt", "etc");
	is_str(found("probe.csv", &shown), "etc", "SYSCONFDIR/pt");
	ok(strstr(shown, "/etc/pt/probe.csv") != NULL, "  messages name that file (%s)", shown);
	put("home/.config/pt", "home");
	is_str(found("probe.csv", &shown), "home", "$HOME/.config/pt before SYSCONFDIR/pt, XDG_CONFIG_HOME unset");
	put("xdg/pt", "xdg");
	env("XDG_CONFIG_HOME", "xdg");
	is_str(found("probe.csv", &shown), "xdg", "$XDG_CONFIG_HOME/pt when set, not $HOME/.config");
	put("data", "data");
	env("PT_DATA_DIR", "data");
	is_str(found("probe.csv", &shown), "data", "PT_DATA_DIR first");
	ok(strstr(shown, "/data/probe.csv") != NULL, "  messages name that file (%s)", shown);
	setenv("PT_DATA_DIR", "", 1);
	is_str(found("probe.csv", &shown), "xdg", "PT_DATA_DIR empty: as unset");
	/* file by file: a table not in any folder is the built-in one */
	is_str(found("zinnen.csv", &shown), "sleutel;nl;en", "another table: the built-in copy");
	is_str(shown, "zinnen.csv", "  named as built in");
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	if (system(cmd) != 0)
		return 4;
	return done_testing();
}
