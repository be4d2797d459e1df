/* The CSV reader, as pt-paragraph --csv and the table loaders use it.
 * The first byte picks the delimiter (or sniffing); the rest is the file.
 * Rows go through the column mapping and the intake, as pt-paragraph
 * --csv does, and the same bytes are read once more as a whole table. */
#include "fuzz.h"
#include "intake.h"

struct rows {
	int idx[64];
	pt_column cols[64];
	long last_line;
};

static int on_row(const pt_csv_row *row, void *ctx, pt_error *err)
{
	struct rows *st = ctx;
	pt_loc loc = {"fuzz.csv", row->line};
	if (row->line < st->last_line)
		abort();	/* rows start on lines in order */
	st->last_line = row->line;
	for (size_t i = 0; i < row->n; i++)
		if (!row->field[i])
			abort();
	if (row->rownum == 1)
		return pt_csv_columns(row, st->cols, st->idx, loc, err);
	pt_error e = {0};
	json_t *d = pt_intake_from_row(row, NULL, st->idx, loc, &e);
	if (d) {
		pt_intake_check(d, row->rownum & 1, 20000);
		pt_dossier_write(fuzz_null(), d, 0);
		json_decref(d);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int delim;
	void *copy;
	FILE *f = fuzz_csv_file(data, size, &delim, &copy);
	if (!f)
		return 0;
	struct rows st = {{0}, {{0}}, 0};
	pt_error err = {0};
	pt_intake_columns(st.cols);
	if (pt_csv_read(f, "fuzz.csv", delim, on_row, &st, &err) && !err.msg[0])
		abort();	/* a failure always says why */
	fclose(f);
	free(copy);

	f = fuzz_csv_file(data, size, &delim, &copy);
	pt_table *t = pt_table_read(f, "fuzz.csv", delim, &err);
	for (size_t i = 0; t && i < t->nrows; i++)
		if (t->rows[i].n != t->header.n)
			abort();	/* ragged rows are refused */
	pt_table_free(t);
	fclose(f);
	free(copy);
	return 0;
}
