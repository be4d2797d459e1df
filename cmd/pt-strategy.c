/* pt-strategy: choose ladder and step (trede), with a rule trace. */
#include <getopt.h>
#include <stdlib.h>
#include "pt.h"
#include "strategy.h"

static const char usage[] =
	"usage: pt-strategy [options] [FILE...]\n"
	"Choose the ladder and step (trede) of each dossier, with every reason shown.\n\n"
	"  --trede STEP      use this step instead of the advice (like voorstel.gewensteTrede)\n"
	"  --rules FILE      use these rules instead of the built-in strategie-regels.json\n"
	"  --explain         also print the rule trace of each dossier on stderr\n"
	"  --strict          exit 1 when a dossier has a 'fout' melding\n"
	"  --lang nl|en      language of the trace and meldingen (default nl)\n"
	"  -o FILE           write to FILE atomically instead of stdout\n"
	"  --pretty          indent the output\n"
	"  --keep-going      report bad records, skip them, go on (still exit 3)\n"
	"  -h, --help        show this help;  --version  show the version\n"
	"Exit: 0 ok, 1 findings (--strict), 2 usage, 3 bad input, 4 I/O error.\n";

struct strategy {
	const pt_strategy_rules *rules;
	pt_strategy_opts opts;
};

static int on_dossier(json_t *d, const pt_loc *loc, void *ctx, pt_error *err)
{
	struct strategy *s = ctx;
	return pt_strategy_apply(d, s->rules, &s->opts, loc, err);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"trede", required_argument, 0, 't'},
		{"rules", required_argument, 0, 'r'},
		{"explain", no_argument, 0, 'e'},
		{"strict", no_argument, 0, 'S'},
		{"lang", required_argument, 0, 'l'},
		{"pretty", no_argument, 0, 'p'},
		{"keep-going", no_argument, 0, 'k'},
		{"help", no_argument, 0, 'h'},
		{"version", no_argument, 0, 'V'},
		{0, 0, 0, 0}
	};
	pt_filter_opts o = {.bron = PT_STRATEGY_BRON};
	struct strategy s = {0};
	const char *rules = NULL;
	pt_error err = {0};
	int c;

	pt_init(argv[0]);
	while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			if (!(s.opts.trede = pt_strategy_trede_code(optarg)))
				pt_usage_error("--trede: '%s' is no step of either ladder (informeren ... "
					       "meebeslissen, reguleren ... loslaten)", optarg);
			break;
		case 'r': rules = optarg; break;
		case 'e': s.opts.explain = stderr; break;
		case 'S': o.strict = 1; break;
		case 'l':
			if ((s.opts.lang = pt_parse_lang(optarg)) < 0)
				pt_usage_error("--lang: use nl or en, not '%s'", optarg);
			break;
		case 'o': o.output = optarg; break;
		case 'p': o.pretty = 1; break;
		case 'k': o.keep_going = 1; break;
		case 'h': fputs(usage, stdout); return 0;
		case 'V': pt_version();
		default: fputs(usage, stderr); return PT_EXIT_USAGE;
		}
	}
	/* Parsed once, before the first dossier: a bad rules file stops here. */
	pt_strategy_rules *r = pt_strategy_rules_load(rules, &err);
	if (!r) {
		pt_report(&err);
		return err.status;
	}
	s.rules = r;
	int rc = pt_filter(&o, argv + optind, argc - optind, on_dossier, &s);
	pt_strategy_rules_free(r);
	return rc;
}
