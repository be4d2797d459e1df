/* pt-results: what came of participation, into each dossier's opbrengst. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "results.h"

static const char usage[] =
	"usage: pt-results -f RESULTS [options] [FILE...]\n"
	"Write what came of participation into each dossier's opbrengst: the points\n"
	"people made, their support, what was done with each and why, the activities\n"
	"held and how participants heard back.  No personal data: name, e-mail, phone,\n"
	"address and postcode columns are dropped and taken out of the text.\n\n"
	"  -f, --file FILE       the results: a reactienota spreadsheet (CSV) or JSON;\n"
	"                        rows with a voorstel column go to that dossier\n"
	"  --delimiter D         CSV delimiter of -f: ',', ';' or 'tab' (default: sniffed)\n"
	"  --deelnemers N        how many took part (default: the activities added up)\n"
	"  --terugkoppeling TEXT how participants heard back (reactienota, letter, ...)\n"
	"  --strict              exit 1 when a dossier has a 'fout' melding\n"
	"  --lang nl|en          language of meldingen (default nl)\n"
	"  -o FILE               write to FILE atomically instead of stdout\n"
	"  --pretty              indent the output\n"
	"  --keep-going          report bad records, skip them, go on (still exit 3)\n"
	"  -h, --help            show this help;  --version  show the version\n"
	"Exit: 0 ok, 1 findings (--strict), 2 usage, 3 bad input, 4 I/O error.\n";

static int on_dossier(json_t *d, const pt_loc *loc, void *ctx, pt_error *err)
{
	(void)loc;
	return pt_results_run(d, ctx, err);
}

static long count_arg(const char *s)
{
	long n;
	if (pt_parse_whole(s, 0, 1000000000, &n))
		pt_usage_error(pt_tr("--deelnemers: give a whole number of 0 or more, not '%s'"), s);
	return n;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"file", required_argument, 0, 'f'},
		{"delimiter", required_argument, 0, 'd'},
		{"deelnemers", required_argument, 0, 'n'},
		{"terugkoppeling", required_argument, 0, 't'},
		PT_LONGOPTS_FILTER
	};
	pt_filter_opts o = {0};
	pt_results_opts ro = {.deelnemers = -1};
	const char *file = NULL;
	int delim = 0, c;
	pt_error err = {0};

	pt_init(argv[0]);
	while ((c = getopt_long(argc, argv, "f:" PT_SHORTOPTS, longopts, NULL)) != -1) {
		if (pt_common_option(c, optarg, &o, &ro.lang, usage))
			continue;
		switch (c) {
		case 'f':
			if (file)
				pt_usage_error("%s", pt_tr("-f: give one results file (it may hold rows for many dossiers)"));
			file = optarg;
			break;
		case 'd':
			if ((delim = pt_csv_delim(optarg)) < 0)
				pt_usage_error(pt_tr("--delimiter: use ',', ';' or 'tab', not '%s'"), optarg);
			break;
		case 'n': ro.deelnemers = count_arg(optarg); break;
		case 't':
			if (!*optarg || !pt_utf8_valid(optarg, strlen(optarg)))
				pt_usage_error("%s", pt_tr("--terugkoppeling wants a text (in UTF-8)"));
			ro.terugkoppeling = optarg;
			break;
		}
	}
	if (!file)
		pt_usage_error("%s", pt_tr("give the results with -f FILE (a reactienota CSV or JSON)"));
	if (strcmp(file, "-") == 0 && optind == argc)
		pt_usage_error("%s", pt_tr("-f -: the dossiers come on stdin; name the dossier files"));
	if (!(ro.file = pt_results_load(file, delim, &err))) {
		pt_report(&err);
		return err.status;
	}
	if (*pt_results_dropped(ro.file)) {
		pt_error w;
		pt_fail(&w, PT_EXIT_OK, (pt_loc){file, 1}, pt_tr("personal data not read: column(s) %s (their "
			"values are also taken out of the text)"), pt_results_dropped(ro.file));
		pt_report(&w);
	}
	int rc = pt_filter(&o, argv + optind, argc - optind, on_dossier, &ro);
	/* Only a run that read all its input knows which ids it never met. */
	if (rc == PT_EXIT_OK || rc == PT_EXIT_FINDINGS || (rc == PT_EXIT_DATA && o.keep_going))
		pt_results_unmatched(ro.file, pt_report);
	pt_results_free(ro.file);
	return rc;
}
