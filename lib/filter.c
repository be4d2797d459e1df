/* The loop every dossier filter runs: read, process, write, and keep the
 * exit status by the rules of pt(7).  The sink is the writing half, shared
 * with inputs that are not dossier streams (pt-paragraph --csv). */
#include <errno.h>
#include <string.h>
#include "pt.h"

static char *stdin_only[] = {"-", NULL};

/* Worst status wins: I/O over bad data over findings. */
int pt_exit_worse(int a, int b)
{
	if (a == PT_EXIT_IO || b == PT_EXIT_IO)
		return PT_EXIT_IO;
	return a > b ? a : b;
}

int pt_sink_open(pt_sink *s, const pt_filter_opts *o)
{
	pt_error err = {0};
	memset(s, 0, sizeof *s);
	s->o = o;
	if (pt_out_open(&s->out, o->output, &err)) {
		pt_report(&err);
		return err.status;
	}
	return 0;
}

int pt_sink_put(pt_sink *s, json_t *d, int status, const pt_error *err)
{
	if (status) {
		pt_report(err);
		s->status = pt_exit_worse(s->status, status);
		/* After a bad record nothing more is written (unless
		 * --keep-going), but the input is read on, so that one run
		 * names every bad record, up to a limit. */
		if (!s->o->keep_going || status == PT_EXIT_IO)
			s->stop = 1;
		if (status == PT_EXIT_IO)
			s->halt = 1;
		else if (++s->errors == PT_MAX_ERRORS && !s->o->keep_going) {
			pt_error e;
			pt_fail(&e, status, (pt_loc){err->loc.file, 0},
				pt_tr("stopped after %d bad records; fix these and run again"),
				PT_MAX_ERRORS);
			pt_report(&e);
			s->halt = 1;
		}
	} else if (!s->stop) {
		if (s->o->strict && pt_meldingen_has_fout(d))
			s->fout = 1;
		if (pt_dossier_write(s->out.f, d, s->o->pretty) < 0) {
			/* -o FILE: say it now, the file is dropped at the end.
			 * stdout: said when flushed, and not for a closed pipe. */
			if (s->out.path) {
				pt_error e;
				pt_fail(&e, PT_EXIT_IO, (pt_loc){s->out.path, 0}, pt_tr("write error: %s"),
					strerror(errno));
				pt_report(&e);
			}
			s->status = PT_EXIT_IO, s->stop = s->halt = 1;
		}
	}
	json_decref(d);
	return s->halt;
}

int pt_sink_close(pt_sink *s)
{
	pt_error err = {0};
	/* With -o, a run that stopped early leaves the old file as it was. */
	if (s->out.path && s->stop) {
		pt_out_abort(&s->out);
		return s->status ? s->status : PT_EXIT_IO;
	}
	if (pt_out_commit(&s->out, &err)) {
		if (errno != EPIPE)
			pt_report(&err);
		return PT_EXIT_IO;
	}
	if (!s->status && s->fout)
		return PT_EXIT_FINDINGS;
	return s->status;
}

int pt_read_dossiers(const char *file, pt_dossier_fn fn, void *fctx, pt_record_fn put, void *pctx)
{
	pt_error err = {0};
	pt_loc loc;
	json_t *d;
	int rc, stop = 0;
	pt_reader *r = pt_reader_open(file, &err);
	if (!r)
		return put(NULL, NULL, err.status, &err, pctx);
	while (!stop && (rc = pt_reader_next(r, &d, &loc, &err)) != 0) {
		int st = rc < 0 ? err.status : pt_dossier_check(d, &loc, &err);
		if (!st && fn && (st = fn(d, &loc, fctx, &err)) != 0)
			pt_reader_locate(r, &err);
		stop = put(rc < 0 ? NULL : d, &loc, st, &err, pctx);
	}
	pt_reader_close(r);
	return stop;
}

static int sink_record(json_t *d, const pt_loc *loc, int status, const pt_error *err, void *ctx)
{
	(void)loc;
	return pt_sink_put(ctx, d, status, err);
}

int pt_filter(const pt_filter_opts *o, char **files, int nfiles, pt_dossier_fn fn, void *ctx)
{
	pt_sink s;
	int rc = pt_sink_open(&s, o);
	if (rc)
		return rc;
	if (nfiles == 0)
		files = stdin_only, nfiles = 1;
	for (int i = 0; i < nfiles && !s.halt; i++)
		pt_read_dossiers(files[i], fn, ctx, sink_record, &s);
	return pt_sink_close(&s);
}
