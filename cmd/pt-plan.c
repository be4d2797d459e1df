/* pt-plan: the draft ("70%") participation plan of each dossier. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "plan.h"

static const char usage[] =
	"usage: pt-plan [options] [FILE...]\n"
	"Turn each dossier's strategy into a draft participation plan: werkvormen by fit,\n"
	"fixed process work, procedures, dates, hours, euros, open points.\n\n"
	"  --catalog FILE      werkvormen catalogue (CSV; default: built in)\n"
	"  --instellingen FILE settings: hourly rate, reach, factors, weeks (CSV; default: built in)\n"
	"  --minimum FILE      minimum sets of werkvormen (CSV; default: built in)\n"
	"  --uurtarief EUR     hourly rate in euros (overrides the settings)\n"
	"  --budget EUR        budget in euros (overrides voorstel.budget)\n"
	"  --cases FILE        case archive from pt-evaluate (JSON Lines): similar projects\n"
	"  --collegas FILE     colleagues who can lead werkvormen (CSV)\n"
	"  --strict            exit 1 when a dossier has a 'fout' melding\n"
	"  --lang nl|en        language of names, open points and meldingen (default nl)\n"
	"  -o FILE             write to FILE atomically instead of stdout\n"
	"  --pretty            indent the output\n"
	"  --keep-going        report bad records, skip them, go on (still exit 3)\n"
	"  -h, --help          show this help;  --version  show the version\n"
	"Exit: 0 ok, 1 findings (--strict), 2 usage, 3 bad input, 4 I/O error.\n";

static int on_dossier(json_t *d, const pt_loc *loc, void *ctx, pt_error *err)
{
	return pt_plan_apply(ctx, d, *loc, err);
}

/* An amount in euros as cents.  A budget is only compared, never
 * multiplied, so it takes the limit of any amount (pt-plan(1)). */
static long euro_option(const char *name, const char *s, int budget)
{
	char why[512];
	long v = budget ? pt_plan_budget(s, why, sizeof why) : pt_plan_fixed(s, 100, why, sizeof why);
	if (v < 0)
		pt_usage_error("%s: %s", name, why);
	return v;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"catalog", required_argument, 0, 'C'},
		{"instellingen", required_argument, 0, 'I'},
		{"uurtarief", required_argument, 0, 'u'},
		{"budget", required_argument, 0, 'b'},
		{"minimum", required_argument, 0, 'M'},
		{"cases", required_argument, 0, 'c'},
		{"collegas", required_argument, 0, 'g'},
		PT_LONGOPTS_FILTER
	};
	pt_filter_opts o = {0};
	pt_plan_opts po = {.uurtarief = -1, .budget = -1};
	pt_error err = {0};
	int c;

	pt_init(argv[0]);
	while ((c = getopt_long(argc, argv, PT_SHORTOPTS, longopts, NULL)) != -1) {
		if (pt_common_option(c, optarg, &o, &po.lang, usage))
			continue;
		switch (c) {
		case 'C': po.catalog = optarg; break;
		case 'I': po.settings = optarg; break;
		case 'u': po.uurtarief = euro_option("--uurtarief", optarg, 0); break;
		case 'b': po.budget = euro_option("--budget", optarg, 1); break;
		case 'M': po.minimum = optarg; break;
		case 'c': po.cases = optarg; break;
		case 'g': po.collegas = optarg; break;
		}
	}
	po.today = pt_today();
	/* The catalogue, settings, colleagues and cases: read once, for every dossier. */
	pt_plan *p = pt_plan_load(&po, &err);
	if (!p) {
		pt_report(&err);
		return err.status;
	}
	int rc = pt_filter(&o, argv + optind, argc - optind, on_dossier, p);
	pt_plan_free(p);
	return rc;
}
