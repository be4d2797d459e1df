/* pt-stakeholders: the stakeholder analysis of each dossier. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "stakeholders.h"
#include "thema.h"

static const char usage[] =
	"usage: pt-stakeholders [options] [FILE...]\n"
	"Analyse the stakeholders of each dossier: power-interest quadrant, salience,\n"
	"advice and a proposed step; warn about groups that are missing.\n\n"
	"  -f, --file FILE     stakeholders from a CSV or JSON file, merged by name\n"
	"                      (the file wins); rows with a voorstel column go to that dossier\n"
	"  --delimiter D       CSV delimiter of -f: ',', ';' or 'tab' (default: sniffed)\n"
	"  --drempel N         invloed and belang of N or more count as high (1-5, default 3)\n"
	"  --aanpak FILE       advice table instead of the built-in aanpak.csv\n"
	"  --treden FILE       step table instead of stakeholder-treden.csv\n"
	"  --checklist FILE    group checklist instead of groepen-checklist.csv\n"
	"  --thema-groepen FILE  topic groups instead of thema-groepen.csv\n"
	"  --template          write an empty stakeholder spreadsheet (CSV) and stop;\n"
	"                      with --lang nl ';' and a UTF-8 BOM, as Dutch Excel wants\n"
	"  --strict            exit 1 when a dossier has a 'fout' melding\n"
	"  --lang nl|en        language of advice and meldingen (default nl)\n"
	"  -o FILE             write to FILE atomically instead of stdout\n"
	"  --pretty            indent the output\n"
	"  --keep-going        report bad records, skip them, go on (still exit 3)\n"
	"  -h, --help          show this help;  --version  show the version\n"
	"Exit: 0 ok, 1 findings (--strict), 2 usage, 3 bad input, 4 I/O error.\n";

static int on_dossier(json_t *d, const pt_loc *loc, void *ctx, pt_error *err)
{
	return pt_sh_run(d, loc, ctx, err);
}

static int write_template(const char *path, int lang, int delim)
{
	pt_out out;
	pt_error err = {0};
	if (pt_out_open(&out, path, &err)) {
		pt_report(&err);
		return err.status;
	}
	if (pt_sh_template(out.f, lang, delim) != 0) {
		pt_out_abort(&out);
		pt_die(PT_EXIT_IO, "%s", pt_tr("write error"));
	}
	if (pt_out_commit(&out, &err)) {
		pt_report(&err);
		return err.status;
	}
	return 0;
}

static int drempel_of(const char *s)
{
	long n;
	if (pt_parse_whole(s, 1, 5, &n))
		pt_usage_error(pt_tr("--drempel: give a whole number from 1 to 5, not '%s'"), s);
	return (int)n;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"file", required_argument, 0, 'f'},
		{"delimiter", required_argument, 0, 'd'},
		{"drempel", required_argument, 0, 'D'},
		{"aanpak", required_argument, 0, 'A'},
		{"treden", required_argument, 0, 'T'},
		{"checklist", required_argument, 0, 'C'},
		{"thema-groepen", required_argument, 0, 'G'},
		{"template", no_argument, 0, 'P'},
		PT_LONGOPTS_FILTER
	};
	pt_filter_opts o = {0};
	pt_sh_opts so = {.drempel = 3, .bron = "pt-stakeholders"};
	const char *file = NULL, *aanpak = NULL, *treden = NULL, *checklist = NULL, *groepen = NULL;
	int delim = 0, c, template = 0;
	pt_error err = {0};

	pt_init(argv[0]);
	while ((c = getopt_long(argc, argv, "f:" PT_SHORTOPTS, longopts, NULL)) != -1) {
		if (pt_common_option(c, optarg, &o, &so.lang, usage))
			continue;
		switch (c) {
		case 'f':
			if (file)
				pt_usage_error(pt_tr("-f: give one stakeholder file (it may hold rows for many dossiers)"));
			file = optarg;
			break;
		case 'd':
			if ((delim = pt_csv_delim(optarg)) < 0)
				pt_usage_error(pt_tr("--delimiter: use ',', ';' or 'tab', not '%s'"), optarg);
			break;
		case 'D': so.drempel = drempel_of(optarg); break;
		case 'A': aanpak = optarg; break;
		case 'T': treden = optarg; break;
		case 'C': checklist = optarg; break;
		case 'G': groepen = optarg; break;
		case 'P': template = 1; break;
				}
	}
	if (template)
		return write_template(o.output, so.lang, delim);
	if (file && strcmp(file, "-") == 0 && optind == argc)
		pt_usage_error(pt_tr("-f -: the dossiers come on stdin; name the dossier files"));
	pt_sh_tables *tables = pt_sh_tables_load(aanpak, treden, checklist, &err);
	pt_thema_tables *themas = tables ? pt_thema_load(NULL, groepen, &err) : NULL;
	pt_sh_file *sf = themas && file ? pt_sh_file_load(file, delim, &err) : NULL;
	if (err.status) {
		pt_report(&err);
		pt_thema_free(themas);
		pt_sh_tables_free(tables);
		return err.status;
	}
	so.tables = tables;
	so.themas = themas;
	so.file = sf;
	int rc = pt_filter(&o, argv + optind, argc - optind, on_dossier, &so);
	/* Only a run that read all its input knows which ids it never met.
	 * A warning, not a failure: a stream split over parallel runs leaves
	 * each with rows for the others' dossiers. */
	if (sf && (rc == PT_EXIT_OK || rc == PT_EXIT_FINDINGS || (rc == PT_EXIT_DATA && o.keep_going)))
		pt_sh_file_unmatched(sf, pt_report);
	pt_sh_file_free(sf);
	pt_thema_free(themas);
	pt_sh_tables_free(tables);
	return rc;
}
