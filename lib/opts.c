/* The options every program shares, --help and --version: the one place
 * lib/ looks at what the command line said (cmd/ passes each option here
 * first).  Above diag.c, which knows nothing of options. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"

/* --version and --help on a full disk or a closed pipe are a write
 * error (exit 4), not a success. */
static void __attribute__((noreturn)) exit_flushed(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int e = errno;
		if (e != EPIPE)
			pt_die(PT_EXIT_IO, pt_tr("<stdout>: write error: %s"), strerror(e));
		exit(PT_EXIT_IO);
	}
	exit(PT_EXIT_OK);
}

__attribute__((noreturn)) static void version(void)
{
	printf("%s %s\n", pt_progname, PT_VERSION);
	exit_flushed();
}

int pt_common_option(int c, const char *arg, pt_filter_opts *o, int *lang, const char *usage)
{
	switch (c) {
	case 'o': o->output = arg; return 1;
	case 'S': o->strict = 1; return 1;
	case 'p': o->pretty = 1; return 1;
	case 'k': o->keep_going = 1; return 1;
	case 'l':
		if ((*lang = pt_lang_of(arg)) < 0)
			pt_usage_error(pt_tr("--lang: use nl or en, not '%s'"), arg);
		pt_msg_set_lang(*lang);
		return 1;
	case 'X': pt_csv_extra_columns = 1; return 1;
	case 'h':
		fputs(usage, stdout);
		exit_flushed();
	case 'V':
		version();
	case '?':
		fputs(usage, stderr);
		exit(PT_EXIT_USAGE);
	}
	return 0;
}
