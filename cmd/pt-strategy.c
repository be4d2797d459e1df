/* pt-strategy: choose ladder and step (trede), with a rule trace. */
#include <getopt.h>
#include <stdlib.h>
#include "pt.h"
#include "strategy.h"
#include "thema.h"

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
		PT_LONGOPTS_FILTER
	};
	pt_filter_opts o = {0};
	struct strategy s = {0};
	const char *rules = NULL;
	pt_error err = {0};
	int c, lang = PT_NL;

	pt_init(argv[0]);
	while ((c = getopt_long(argc, argv, PT_SHORTOPTS, longopts, NULL)) != -1) {
		if (pt_common_option(c, optarg, &o, &lang, usage))
			continue;
		switch (c) {
		case 't':
			if (!(s.opts.trede = pt_strategy_trede_code(optarg)))
				pt_usage_error(pt_tr("--trede: '%s' is no step of either ladder (informeren ... "
					       "meebeslissen, reguleren ... loslaten)"), optarg);
			break;
		case 'r': rules = optarg; break;
		case 'e': s.opts.explain = stderr; break;
				}
	}
	s.opts.lang = (enum pt_lang)lang;
	/* Parsed once, before the first dossier: a bad rules file stops here. */
	pt_strategy_rules *r = pt_strategy_rules_load(rules, &err);
	if (!r) {
		pt_report(&err);
		return err.status;
	}
	s.rules = r;
	pt_thema_tables *th = pt_thema_load(NULL, NULL, &err);
	if (!th) {
		pt_report(&err);
		pt_strategy_rules_free(r);
		return err.status;
	}
	s.opts.themas = th;
	int rc = pt_filter(&o, argv + optind, argc - optind, on_dossier, &s);
	pt_thema_free(th);
	pt_strategy_rules_free(r);
	return rc;
}
