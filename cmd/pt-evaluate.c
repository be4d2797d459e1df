/* pt-evaluate: evaluate the participation process, and keep the case. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "evaluate.h"

static const char usage[] =
	"usage: pt-evaluate [options] [-f RESPONSES.csv] [FILE...]\n"
	"       pt-evaluate --template [--groep team|extern] [options]\n"
	"Evaluate each dossier's participation process: scores per criterion,\n"
	"the verdict, the ombudsman checklist, planned against actual, lessons.\n\n"
	"  -f, --responses FILE  the answers, one row per respondent (CSV)\n"
	"  --delimiter D      CSV delimiter: ',', ';' or 'tab' (default: sniffed)\n"
	"  --questions FILE   the questionnaire (default: built-in evaluatie-vragen.csv)\n"
	"  --thresholds FILE  the thresholds (default: built-in evaluatie-drempels.csv)\n"
	"  --template         write the questionnaire as a CSV to fill in; read no dossiers\n"
	"  --groep G          with --template: only the questions for team or extern\n"
	"  --uren N           actual hours spent (overrides the uren column)\n"
	"  --kosten EUR       actual costs in euros (overrides the kosten column)\n"
	"  --les TEXT         a lesson of your own (repeatable)\n"
	"  --archive FILE     add each evaluated case to the case archive FILE\n"
	"  --strict           exit 1 when a dossier has a 'fout' melding\n"
	"  --lang nl|en       language of texts and meldingen (default nl)\n"
	"  -o FILE            write to FILE atomically instead of stdout\n"
	"  --pretty           indent the output\n"
	"  --keep-going       report bad records, skip them, go on (still exit 3)\n"
	"  -h, --help         show this help;  --version  show the version\n"
	"Exit: 0 ok, 1 findings (--strict), 2 usage, 3 bad input, 4 I/O error.\n";

struct evaluate {
	pt_eval_opts eval;
	const char *archive;
	json_t *cases;		/* archive lines of this run */
};

static int on_dossier(json_t *d, const pt_loc *loc, void *ctx, pt_error *err)
{
	struct evaluate *e = ctx;
	if (e->archive && !pt_get_str(d, "voorstel.id"))
		return pt_fail(err, PT_EXIT_DATA, *loc,
			       pt_tr("voorstel.id is missing: the archive keeps cases by id (run pt-paragraph first)"));
	int rc = pt_eval_run(d, &e->eval, *loc, err);
	if (!rc && e->archive)
		json_array_append_new(e->cases, pt_eval_case(d, e->eval.data));
	return rc;
}

static int write_template(const pt_filter_opts *o, const pt_eval_data *q, int groep, int lang,
			  int delim)
{
	pt_out out;
	pt_error err = {0};
	if (pt_out_open(&out, o->output, &err)) {
		pt_report(&err);
		return err.status;
	}
	if (pt_eval_template(out.f, q, groep, lang, delim) != 0) {
		pt_out_abort(&out);
		pt_die(PT_EXIT_IO, pt_tr("write error"));
	}
	if (pt_out_commit(&out, &err)) {
		pt_report(&err);
		return err.status;
	}
	return 0;
}

static pt_eval_responses *read_responses(const char *path, int delim, const pt_eval_data *q,
					  pt_error *err)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		pt_die(PT_EXIT_IO, pt_tr("%s: cannot open: %m"), path);
	pt_eval_responses *r = pt_eval_responses_read(f, pt_filename(path), delim, q, err);
	if (f != stdin)
		fclose(f);
	return r;
}

static double amount_arg(const char *opt, const char *s)
{
	double v;
	char why[512];
	if (pt_parse_amount(s, &v, why, sizeof why))
		pt_usage_error("%s: %s", opt, why);
	return v;
}

/* Read the data, then evaluate; the archive is written once, at the end,
 * and only when the run did not stop at bad input. */
static int run(const pt_filter_opts *o, struct evaluate *e, const char *responses, int delim,
	       char **files, int nfiles)
{
	pt_eval_responses *r = NULL;
	pt_error err = {0};
	if (responses && !(r = read_responses(responses, delim, e->eval.data, &err))) {
		pt_report(&err);
		return err.status;
	}
	e->eval.responses = r;
	e->cases = json_array();
	int rc = pt_filter(o, files, nfiles, on_dossier, e);
	if (e->archive && rc != PT_EXIT_IO && (rc != PT_EXIT_DATA || o->keep_going) &&
	    json_array_size(e->cases) > 0 && pt_eval_archive(e->archive, e->cases, &err)) {
		pt_report(&err);
		rc = err.status;
	}
	json_decref(e->cases);
	pt_eval_responses_free(r);
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"responses", required_argument, 0, 'f'},
		{"delimiter", required_argument, 0, 'd'},
		{"questions", required_argument, 0, 'Q'},
		{"thresholds", required_argument, 0, 'D'},
		{"template", no_argument, 0, 't'},
		{"groep", required_argument, 0, 'g'},
		{"uren", required_argument, 0, 'u'},
		{"kosten", required_argument, 0, 'K'},
		{"les", required_argument, 0, 'L'},
		{"archive", required_argument, 0, 'a'},
		PT_LONGOPTS_FILTER
	};
	pt_filter_opts o = {0};
	struct evaluate e = {0};
	const char *responses = NULL, *questions = NULL, *thresholds = NULL;
	int delim = 0, template = 0, groep = PT_BEIDE, c;

	pt_init(argv[0]);
	e.eval.lessen = pt_xmalloc((size_t)argc * sizeof *e.eval.lessen);
	while ((c = getopt_long(argc, argv, "f:" PT_SHORTOPTS, longopts, NULL)) != -1) {
		if (pt_common_option(c, optarg, &o, &e.eval.lang, usage))
			continue;
		switch (c) {
		case 'f': responses = optarg; break;
		case 'd':
			if ((delim = pt_csv_delim(optarg)) < 0)
				pt_usage_error(pt_tr("--delimiter: use ',', ';' or 'tab', not '%s'"), optarg);
			break;
		case 'Q': questions = optarg; break;
		case 'D': thresholds = optarg; break;
		case 't': template = 1; break;
		case 'g':
			if (strcmp(optarg, "team") == 0)
				groep = PT_TEAM;
			else if (strcmp(optarg, "extern") == 0)
				groep = PT_EXTERN;
			else
				pt_usage_error(pt_tr("--groep: use team or extern, not '%s'"), optarg);
			break;
		case 'u': e.eval.uren = amount_arg("--uren", optarg), e.eval.has_uren = 1; break;
		case 'K': e.eval.kosten = amount_arg("--kosten", optarg), e.eval.has_kosten = 1; break;
		case 'L':
			if (!*optarg || !pt_utf8_valid(optarg, strlen(optarg)))
				pt_usage_error("%s", pt_tr("--les wants a text (in UTF-8)"));
			e.eval.lessen[e.eval.nlessen++] = optarg;
			break;
		case 'a':
			if (!*optarg || strcmp(optarg, "-") == 0)
				pt_usage_error("%s", pt_tr("--archive: name the archive file (it is read and rewritten)"));
			e.archive = optarg;
			break;
				}
	}
	if (template && (optind < argc || responses || e.archive))
		pt_usage_error(pt_tr("--template reads no dossiers or responses and writes no archive"));
	if (responses && strcmp(responses, "-") == 0 && optind == argc)
		pt_usage_error(pt_tr("-f - reads the responses from stdin: name the dossier files"));
	if (groep != PT_BEIDE && !template)
		pt_usage_error(pt_tr("--groep goes with --template"));
	pt_error err = {0};
	pt_eval_data *q = pt_eval_data_load(questions, thresholds, &err);
	int rc;
	if (!q) {
		pt_report(&err);
		rc = err.status;
	} else {
		e.eval.data = q;
		rc = template ? write_template(&o, q, groep, e.eval.lang, delim)
			: run(&o, &e, responses, delim, argv + optind, argc - optind);
	}
	pt_eval_data_free(q);
	free(e.eval.lessen);
	return rc;
}
