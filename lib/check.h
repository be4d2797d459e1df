/* pt-paragraph --check: does a proposal have a sound participation
 * section?  What a program needs to run the check: its options and the
 * run.  The parts inside (the block model, the readers, the rules, the
 * writers) are declared in check_int.h, for lib/'s check_*.c and the
 * tests only. */
#ifndef PT_CHECK_H
#define PT_CHECK_H
#include "pt.h"

enum pt_check_format { PT_CHECK_TEXT, PT_CHECK_JSON, PT_CHECK_GITHUB, PT_CHECK_SARIF, PT_CHECK_GITLAB };
/* Severities, most severe first; OFF disables a rule, ERNST (the melding
 * rule only) takes each melding's own ernst. */
enum pt_check_sev { PT_SEV_ERROR, PT_SEV_WARNING, PT_SEV_INFO, PT_SEV_OFF, PT_SEV_ERNST };

typedef struct pt_check_opts {
	const char *config;	/* --config FILE, NULL: the built-in defaults */
	const char *output;	/* -o FILE, NULL: stdout */
	int format;		/* enum pt_check_format */
	int fail_on;		/* PT_SEV_ERROR or PT_SEV_WARNING */
	enum pt_lang lang;
	int quiet;		/* no summary on stderr */
	int allow_empty;	/* --allow-empty: no file checked is no error */
	size_t max_size;	/* --max-size: larger files are not read */
} pt_check_opts;

/* The default of --max-size: 64 MiB, twice the largest PDF proposal we
 * have seen published (a default, "standaard"). */
#define PT_CHECK_MAX_SIZE ((size_t)64 << 20)

/* Check every file (directories are walked; "-" is stdin) and write the
 * findings.  Returns the exit status: 0 clean, 1 findings at or above
 * fail_on, 2 a bad configuration, a named file that cannot be checked, or
 * no file checked at all, 3 a dossier or document that is malformed, 4 a
 * file that could not be read. */
int pt_check_run(const pt_check_opts *o, char **files, int nfiles);
int pt_check_format_parse(const char *s);	/* -1 if unknown */
/* --max-size: "65536", "512k", "64M", "1G"; 0, or -1 if it is no size. */
int pt_check_size_parse(const char *s, size_t *out);
int pt_check_sev_parse(const char *s);		/* error, warning, info, off, ernst; -1 */

#endif
