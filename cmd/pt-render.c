/* pt-render: council documents in Markdown and HTML from dossiers. */
#include <getopt.h>
#include <string.h>
#include <unistd.h>
#include "pt.h"
#include "render.h"

static const char usage[] =
	"usage: pt-render [options] [FILE...]\n"
	"Write each dossier as the participation paragraph for the council, or as\n"
	"the civil servant's internal working document behind it.\n\n"
	"  -t, --format md|html|docx  Markdown (GFM tables; default), standalone\n"
	"                           HTML, or Word (one dossier a .docx)\n"
	"                           (-f still means --format for this release: deprecated)\n"
	"  -s, --section NAME       paragraaf (default: public), werkdocument (internal),\n"
	"                           all (both), or part of the working document:\n"
	"                           afweging, stakeholders, plan, opbrengst, evaluatie\n"
	"  --fragment               HTML: the body alone, to paste into a CMS or template\n"
	"  --met-contactgegevens    show contact details (hidden by default: privacy)\n"
	"  --css FILE               HTML: this style sheet instead of render.css\n"
	"  --reference-doc FILE     Word: styles, page, header and footer of this .docx\n"
	"  --lang nl|en             language of the document (default nl)\n"
	"  -o FILE|DIR              write to FILE atomically; a directory (existing, or\n"
	"                           ending in '/') gets DIR/<id>.md, .html or .docx per dossier;\n"
	"                           an id a dossier before it had is bad input\n"
	"  --keep-going             report bad records, skip them, go on (still exit 3)\n"
	"  --progress               on a terminal: dossiers done, rate and time left on\n"
	"                           one line of stderr (shown anyway after a few seconds)\n"
	"  -h, --help               show this help;  --version  show the version\n"
	"Exit: 0 ok, 1 a paragraph is a CONCEPT (an open choice), 2 usage, 3 bad input,\n"
	"4 I/O error.\n";

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"format", required_argument, 0, 't'},
		{"section", required_argument, 0, 's'},
		{"fragment", no_argument, 0, 'F'},
		{"met-contactgegevens", no_argument, 0, 'C'},
		{"with-contact-details", no_argument, 0, 'C'},
		{"css", required_argument, 0, 'c'},
		{"progress", no_argument, 0, 'P'},
		{"reference-doc", required_argument, 0, 'R'},
		PT_LONGOPTS_BASE
	};
	pt_render_opts o = {.format = PT_RENDER_MD, .sections = PT_RS_PARAGRAAF};
	pt_filter_opts common = {0};
	int c, lang = PT_NL;

	pt_init(argv[0]);
	while ((c = getopt_long(argc, argv, "t:f:s:" PT_SHORTOPTS, longopts, NULL)) != -1) {
		if (pt_common_option(c, optarg, &common, &lang, usage))
			continue;
		switch (c) {
		case 'f':
			/* -f is --file in the other programs: one more release as
			 * --format, with a note, then gone. */
			fprintf(stderr, "%s: %s\n", pt_progname,
				pt_tr("-f for --format is deprecated and will go: use -t or --format"));
			/* fall through */
		case 't':
			if (strcmp(optarg, "md") == 0 || strcmp(optarg, "markdown") == 0)
				o.format = PT_RENDER_MD;
			else if (strcmp(optarg, "html") == 0)
				o.format = PT_RENDER_HTML;
			else if (strcmp(optarg, "docx") == 0)
				o.format = PT_RENDER_DOCX;
			else
				pt_usage_error(pt_tr("--format: use md, html or docx, not '%s'"), optarg);
			break;
		case 's':
			if ((o.sections = pt_render_section(optarg)) < 0)
				pt_usage_error(pt_tr("--section: use paragraaf, werkdocument, all, afweging, "
						     "stakeholders, plan, opbrengst or evaluatie, not '%s'"), optarg);
			break;
		case 'F': o.fragment = 1; break;
		case 'C': o.contacts = 1; break;
		case 'c': o.css = optarg; break;
		case 'P': o.progress = 1; break;
		case 'R': o.reference_doc = optarg; break;
		}
	}
	o.lang = lang;
	o.output = common.output;
	o.keep_going = common.keep_going;
	if (o.fragment && o.format != PT_RENDER_HTML)
		pt_usage_error("%s", pt_tr("--fragment goes with --format html"));
	if (o.reference_doc && o.format != PT_RENDER_DOCX)
		pt_usage_error("%s", pt_tr("--reference-doc goes with --format docx"));
	if (o.format == PT_RENDER_DOCX && !o.output && isatty(STDOUT_FILENO))
		pt_usage_error("%s", pt_tr("a .docx is no text for a terminal: give -o FILE.docx or -o DIR/"));
	return pt_render_run(&o, argv + optind, argc - optind);
}
