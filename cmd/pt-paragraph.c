/* pt-paragraph: fill in and check the participatieparagraaf intake. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "intake.h"
#include "check.h"

static const char usage[] =
	"usage: pt-paragraph [options] [FILE...]\n"
	"       pt-paragraph --csv FILE [options]\n"
	"       pt-paragraph --interactive [options]\n"
	"       pt-paragraph --new --set PATH=VALUE... [options]\n"
	"       pt-paragraph --check [--format F] [--fail-on S] [--config FILE] FILE|DIR...\n"
	"Fill in and check the voorstel (intake) of each dossier.\n\n"
	"  --csv FILE        one proposal per CSV row (batch); '-' is stdin\n"
	"  --delimiter D     CSV delimiter: ',', ';' or 'tab' (default: sniffed)\n"
	"  --set FIELD=VALUE set a voorstel field, e.g. locatie.schaal=wijk or\n"
	"                    besluitdatum=29-4-2027 (repeatable)\n"
	"  --extra-columns   let CSV columns pt does not know through (a warning)\n"
	"  --interactive     ask the intake questions (prompts on stderr; '?' explains)\n"
	"  -n, --new         start one new dossier from the --set options; read no input\n"
	"  --strict          exit 1 when a dossier has a 'fout' melding\n"
	"  --lang nl|en      language of meldingen (default nl)\n"
	"  -o FILE           write to FILE atomically instead of stdout\n"
	"  --pretty          indent the output\n"
	"  --keep-going      report bad records, skip them, go on (still exit 3)\n"
	"  -h, --help        show this help;  --version  show the version\n"
	"Exit: 0 ok, 1 findings (--strict), 2 usage, 3 bad input, 4 I/O error.\n\n"
	"--check: is there a sound participation section?  Markdown (.md), HTML\n"
	"(.html), Word (.docx), ODF (.odt), PDF (.pdf) and dossiers (.json, .jsonl);\n"
	"directories are walked, other files in them listed as skipped.\n"
	"  --format F        text (default), json, github, sarif, gitlab or junit\n"
	"  --fail-on S       exit 1 on findings of error (default) or warning and up\n"
	"  --config FILE     headings, rules, severities, placeholders (JSON)\n"
	"  -q, --quiet       no summary on stderr\n"
	"  --allow-empty     no file checked is no error\n"
	"  --max-size N      skip files over N bytes (k, M, G; default 64M)\n"
	"  -o FILE, --lang nl|en as above\n"
	"Exit: 0 clean, 1 findings at or above --fail-on, 2 usage, bad config, a\n"
	"named file that cannot be checked or no file checked, 3 a malformed\n"
	"dossier or document, 4 a file that cannot be read.\n";

struct paragraph {
	char **sets;
	int nsets;
	int lang;
	long today;
	int csv_idx[64];
	pt_csv_row csv_header;	/* a copy, for column names in messages */
	pt_sink *sink;
};

/* Options override the input, then the content checks run. */
static int finish(json_t *d, const pt_loc *loc, struct paragraph *p, pt_error *err)
{
	if (pt_intake_normalize(d, *loc, err))
		return err->status;
	for (int i = 0; i < p->nsets; i++)
		if (pt_intake_set(d, p->sets[i], *loc, err))
			return err->status == PT_EXIT_USAGE ? PT_EXIT_DATA : err->status;
	pt_dossier_stamp(d);
	pt_intake_check(d, p->lang, p->today);
	return 0;
}

static int on_dossier(json_t *d, const pt_loc *loc, void *ctx, pt_error *err)
{
	return finish(d, loc, ctx, err);
}

/* A header with no column we know (another kind of file, or a forced
 * delimiter that does not split it) would give empty dossiers: say so. */
static int header(const pt_csv_row *row, const pt_column *cols, int *idx,
		  pt_loc loc, pt_error *err)
{
	if (pt_csv_columns_partial(row, cols, idx, loc, err))
		return 1;
	for (int i = 0; cols[i].key; i++)
		if (idx[i] >= 0)
			return pt_csv_columns(row, cols, idx, loc, err);
	return pt_fail(err, PT_EXIT_DATA, loc,
		       pt_tr("no known column in the header: name them as in FIELDS of pt-paragraph(1) "
		       "(id, titel, ...), or check the delimiter"));
}

static int on_row(const pt_csv_row *row, void *ctx, pt_error *err)
{
	struct paragraph *p = ctx;
	pt_loc loc = {err->loc.file, row->line};
	pt_column cols[64];
	pt_intake_columns(cols);
	if (row->rownum == 1) {
		p->csv_header = pt_csv_row_copy(row);
		return header(row, cols, p->csv_idx, loc, err);
	}
	pt_error e = {0};
	json_t *d = pt_intake_from_row(row, &p->csv_header, p->csv_idx, loc, &e);
	int st = d ? finish(d, &loc, p, &e) : e.status;
	/* The sink reports a bad row itself; stop reading when it says so. */
	if (pt_sink_put(p->sink, d, st, &e)) {
		err->status = 0;
		return 1;
	}
	return 0;
}

static int run_csv(const pt_filter_opts *o, const char *path, int delim, struct paragraph *p)
{
	pt_sink sink;
	pt_error err = {0};
	int rc = pt_sink_open(&sink, o);
	if (rc)
		return rc;
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		pt_fail(&err, PT_EXIT_IO, (pt_loc){path, 0}, pt_tr("cannot open: %m"));
		pt_sink_put(&sink, NULL, PT_EXIT_IO, &err);
		return pt_sink_close(&sink);
	}
	p->sink = &sink;
	err.loc.file = path;
	if (pt_csv_read(f, path, delim, on_row, p, &err))
		pt_sink_put(&sink, NULL, err.status, &err);
	if (f != stdin)
		fclose(f);
	pt_csv_row_free(&p->csv_header);
	return pt_sink_close(&sink);
}

/* One new dossier: asked for (--interactive) or from --set alone (--new). */
static int run_new(const pt_filter_opts *o, struct paragraph *p, int ask)
{
	pt_sink sink;
	pt_error err = {0};
	/* Nothing is read but the options and answers: messages name the
	 * --set or the question. */
	pt_loc loc = {NULL, 0};
	json_t *d = json_object();
	int rc = pt_sink_open(&sink, o);
	if (rc) {
		json_decref(d);
		return rc;
	}
	if (ask) {
		/* The dialogue speaks one language, its answers' errors too. */
		pt_msg_set_lang(p->lang);
		pt_intake_ask(d, stdin, stderr, p->lang);
	}
	int st = finish(d, &loc, p, &err);
	pt_buf missing = PT_BUF_INIT;
	if (!st && ask && pt_intake_missing(d, &missing))
		st = pt_fail(&err, PT_EXIT_DATA, (pt_loc){0, 0},
			     pt_tr("the input ended before the required questions were answered: %s; nothing written"),
			     missing.s);
	pt_buf_free(&missing);
	if (!st && ask)
		pt_intake_summary(d, stderr, p->lang);
	pt_sink_put(&sink, st ? NULL : d, st, &err);
	if (st)
		json_decref(d);
	return pt_sink_close(&sink);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"csv", required_argument, 0, 'c'},
		{"delimiter", required_argument, 0, 'd'},
		{"set", required_argument, 0, 's'},
		{"interactive", no_argument, 0, 'i'},
		{"new", no_argument, 0, 'n'},
		{"check", no_argument, 0, 'C'},
		{"config", required_argument, 0, 'F'},
		{"format", required_argument, 0, 'f'},
		{"fail-on", required_argument, 0, 'e'},
		{"quiet", no_argument, 0, 'q'},
		{"allow-empty", no_argument, 0, 'E'},
		{"max-size", required_argument, 0, 'M'},
		PT_LONGOPTS_FILTER
	};
	pt_filter_opts o = {0};
	struct paragraph p = {0};
	const char *csv = NULL;
	pt_check_opts chk = {.fail_on = PT_SEV_ERROR, .max_size = PT_CHECK_MAX_SIZE};
	int delim = 0, interactive = 0, new = 0, check = 0, other = 0, c;

	pt_init(argv[0]);
	p.sets = pt_xmalloc((size_t)argc * sizeof *p.sets);
	while ((c = getopt_long(argc, argv, PT_SHORTOPTS "nq", longopts, NULL)) != -1) {
		/* options of the intake that --check does not take */
		other += c == 'c' || c == 'd' || c == 's' || c == 'i' || c == 'n' || c == 'S' ||
			 c == 'p' || c == 'k';
		if (pt_common_option(c, optarg, &o, &p.lang, usage))
			continue;
		switch (c) {
		case 'C': check = 1; break;
		case 'F': chk.config = optarg; break;
		case 'f':
			if ((chk.format = pt_check_format_parse(optarg)) < 0)
				pt_usage_error(pt_tr("--format: use text, json, github, sarif, gitlab or junit, not '%s'"), optarg);
			break;
		case 'e':
			chk.fail_on = pt_check_sev_parse(optarg);
			if (chk.fail_on != PT_SEV_ERROR && chk.fail_on != PT_SEV_WARNING)
				pt_usage_error(pt_tr("--fail-on: use error or warning, not '%s'"), optarg);
			break;
		case 'q': chk.quiet = 1; break;
		case 'E': chk.allow_empty = 1; break;
		case 'M':
			if (pt_check_size_parse(optarg, &chk.max_size) != 0)
				pt_usage_error(pt_tr("--max-size: use a number of bytes, with k, M or G, not '%s'"), optarg);
			break;
		case 'c': csv = optarg; break;
		case 'd':
			if ((delim = pt_csv_delim(optarg)) < 0)
				pt_usage_error(pt_tr("--delimiter: use ',', ';' or 'tab', not '%s'"), optarg);
			break;
		case 's': {
			pt_error e = {0};
			if (pt_intake_set_check(optarg, &e))
				pt_usage_error("%s", e.msg);
			p.sets[p.nsets++] = optarg;
			break;
		}
		case 'i': interactive = 1; break;
		case 'n': new = 1; break;
				}
	}
	if (check) {
		if (other)
			pt_usage_error(pt_tr("--check takes only --format, --fail-on, --config, --quiet, --allow-empty, --max-size, --lang and -o"));
		chk.output = o.output;
		chk.lang = p.lang;
		/* one language per run: the messages speak the findings' */
		pt_msg_set_lang(chk.lang);
		free(p.sets);
		return pt_check_run(&chk, argv + optind, argc - optind);
	}
	if (chk.config || chk.format || chk.fail_on != PT_SEV_ERROR || chk.quiet || chk.allow_empty ||
	    chk.max_size != PT_CHECK_MAX_SIZE)
		pt_usage_error(pt_tr("--format, --fail-on, --config, --quiet, --allow-empty and --max-size go with --check"));
	if ((csv != NULL) + interactive + new > 1)
		pt_usage_error(pt_tr("--csv, --interactive and --new exclude each other"));
	if ((csv || interactive || new) && optind < argc)
		pt_usage_error(pt_tr("%s reads no dossier files"),
			       csv ? "--csv" : interactive ? "--interactive" : "--new");
	p.today = pt_today();
	int rc = csv ? run_csv(&o, csv, delim, &p)
		: interactive || new ? run_new(&o, &p, interactive)
		: pt_filter(&o, argv + optind, argc - optind, on_dossier, &p);
	free(p.sets);
	return rc;
}
